<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>ChartSummary</name>
    <message numerus="yes">
        <source>%1: %n point(s), last %2</source>
        <translation>
            <numerusform>%1: %n точка, остання %2</numerusform>
            <numerusform>%1: %n точки, остання %2</numerusform>
            <numerusform>%1: %n точок, остання %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: усього %2</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>: “%1”</source>
        <translation>: «%1»</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>colour &quot;%1&quot; is not #rrggbb</source>
        <translation>колір «%1» не має формату #rrggbb</translation>
    </message>
    <message>
        <source>the stance scale has no levels</source>
        <translation>шкала позицій не має рівнів</translation>
    </message>
    <message>
        <source>the status scale has no levels</source>
        <translation>шкала статусів не має рівнів</translation>
    </message>
    <message>
        <source>a stance level has an empty key</source>
        <translation>рівень шкали позицій має порожній ключ</translation>
    </message>
    <message>
        <source>a status level has an empty key</source>
        <translation>рівень шкали статусів має порожній ключ</translation>
    </message>
    <message>
        <source>duplicate stance level &quot;%1&quot;</source>
        <translation>повторений рівень позиції «%1»</translation>
    </message>
    <message>
        <source>duplicate status level &quot;%1&quot;</source>
        <translation>повторений рівень статусу «%1»</translation>
    </message>
    <message>
        <source>party &quot;%1&quot; has no name</source>
        <translation>сторона «%1» не має назви</translation>
    </message>
    <message>
        <source>party &quot;%1&quot; names an unknown bloc &quot;%2&quot;</source>
        <translation>сторона «%1» називає невідомий блок «%2»</translation>
    </message>
    <message>
        <source>party id is empty</source>
        <translation>ідентифікатор сторони порожній</translation>
    </message>
    <message>
        <source>duplicate party id &quot;%1&quot;</source>
        <translation>повторений ідентифікатор сторони «%1»</translation>
    </message>
    <message>
        <source>unknown party &quot;%1&quot;</source>
        <translation>невідома сторона «%1»</translation>
    </message>
    <message>
        <source>party &quot;%1&quot; is still referenced by events, positions, notes, member parties or saved scenarios</source>
        <translation>на сторону «%1» досі посилаються події, позиції, примітки, сторони-члени або збережені сценарії</translation>
    </message>
    <message>
        <source>party position out of range</source>
        <translation>позиція сторони поза межами</translation>
    </message>
    <message>
        <source>issue id is empty</source>
        <translation>ідентифікатор питання порожній</translation>
    </message>
    <message>
        <source>duplicate issue id &quot;%1&quot;</source>
        <translation>повторений ідентифікатор питання «%1»</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot; has no name</source>
        <translation>питання «%1» не має назви</translation>
    </message>
    <message>
        <source>unknown issue &quot;%1&quot;</source>
        <translation>невідоме питання «%1»</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot; is still referenced by events, changes, notes or saved scenarios</source>
        <translation>на питання «%1» досі посилаються події, зміни, примітки або збережені сценарії</translation>
    </message>
    <message>
        <source>issue position out of range</source>
        <translation>позиція питання поза межами</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: reliability must be A to F</source>
        <translation>джерело «%1»: надійність має бути від A до F</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: credibility must be 1 to 6</source>
        <translation>джерело «%1»: достовірність має бути від 1 до 6</translation>
    </message>
    <message>
        <source>source id is empty</source>
        <translation>ідентифікатор джерела порожній</translation>
    </message>
    <message>
        <source>duplicate source id &quot;%1&quot;</source>
        <translation>повторений ідентифікатор джерела «%1»</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>невідоме джерело «%1»</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is still cited</source>
        <translation>на джерело «%1» досі посилаються</translation>
    </message>
    <message>
        <source>era &quot;%1&quot; needs a start before its end</source>
        <translation>етап «%1» має починатися до свого кінця</translation>
    </message>
    <message>
        <source>era id is empty</source>
        <translation>ідентифікатор етапу порожній</translation>
    </message>
    <message>
        <source>duplicate era id &quot;%1&quot;</source>
        <translation>повторений ідентифікатор етапу «%1»</translation>
    </message>
    <message>
        <source>unknown era &quot;%1&quot;</source>
        <translation>невідомий етап «%1»</translation>
    </message>
    <message>
        <source>era &quot;%1&quot; still carries a note</source>
        <translation>до етапу «%1» досі прикріплено примітку</translation>
    </message>
    <message>
        <source>stance level &quot;%1&quot; is used by recorded positions</source>
        <translation>рівень позиції «%1» використовують записані позиції</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is used by recorded status changes</source>
        <translation>статус «%1» використовують записані зміни статусу</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>подія %1</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>подія</translation>
    </message>
    <message>
        <source>%1 has no start date</source>
        <translation>%1: немає дати початку</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation>%1: закінчується раніше, ніж починається</translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation>%1: немає заголовка</translation>
    </message>
    <message>
        <source>%1 names an unknown party &quot;%2&quot;</source>
        <translation>%1: невідома сторона «%2»</translation>
    </message>
    <message>
        <source>%1 names an unknown issue &quot;%2&quot;</source>
        <translation>%1: невідоме питання «%2»</translation>
    </message>
    <message>
        <source>%1 cites an unknown source &quot;%2&quot;</source>
        <translation>%1: посилання на невідоме джерело «%2»</translation>
    </message>
    <message>
        <source>duplicate event id %1</source>
        <translation>повторений ідентифікатор події %1</translation>
    </message>
    <message>
        <source>unknown event %1</source>
        <translation>невідома подія %1</translation>
    </message>
    <message>
        <source>event %1 still carries a note</source>
        <translation>до події %1 досі прикріплено примітку</translation>
    </message>
    <message>
        <source>event %1 ends before it starts</source>
        <translation>подія %1 закінчується раніше, ніж починається</translation>
    </message>
    <message>
        <source>claims of an unknown event</source>
        <translation>твердження до невідомої події</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>подія %1: %2</translation>
    </message>
    <message>
        <source>position change %1: %2</source>
        <translation>зміна позиції %1: %2</translation>
    </message>
    <message>
        <source>status change %1: %2</source>
        <translation>зміна статусу %1: %2</translation>
    </message>
    <message>
        <source>position change %1 cites an unknown event %2</source>
        <translation>зміна позиції %1 посилається на невідому подію %2</translation>
    </message>
    <message>
        <source>status change %1 cites an unknown event %2</source>
        <translation>зміна статусу %1 посилається на невідому подію %2</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to an unknown event %2</source>
        <translation>примітку «%1» прикріплено до невідомої події %2</translation>
    </message>
    <message>
        <source>the dossier already has events</source>
        <translation>досьє вже має події</translation>
    </message>
    <message>
        <source>duplicate position change id %1</source>
        <translation>повторений ідентифікатор зміни позиції %1</translation>
    </message>
    <message>
        <source>duplicate status change id %1</source>
        <translation>повторений ідентифікатор зміни статусу %1</translation>
    </message>
    <message>
        <source>unknown position change %1</source>
        <translation>невідома зміна позиції %1</translation>
    </message>
    <message>
        <source>unknown status change %1</source>
        <translation>невідома зміна статусу %1</translation>
    </message>
    <message>
        <source>the change has no effective date</source>
        <translation>зміна не має дати набуття чинності</translation>
    </message>
    <message>
        <source>the change cites an unknown source &quot;%1&quot;</source>
        <translation>зміна посилається на невідоме джерело «%1»</translation>
    </message>
    <message>
        <source>the change cites an unknown event %1</source>
        <translation>зміна посилається на невідому подію %1</translation>
    </message>
    <message>
        <source>the change: %1</source>
        <translation>зміна: %1</translation>
    </message>
    <message>
        <source>unknown stance &quot;%1&quot;</source>
        <translation>невідома позиція «%1»</translation>
    </message>
    <message>
        <source>salience %1 is outside 0–100</source>
        <translation>вагомість %1 поза межами 0–100</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>невідомий статус «%1»</translation>
    </message>
    <message>
        <source>note id is empty</source>
        <translation>ідентифікатор примітки порожній</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; has no text</source>
        <translation>примітка «%1» не має тексту</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to an unknown party &quot;%2&quot;</source>
        <translation>примітку «%1» прикріплено до невідомої сторони «%2»</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to an unknown issue &quot;%2&quot;</source>
        <translation>примітку «%1» прикріплено до невідомого питання «%2»</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to a %2 but names a party</source>
        <translation>примітку «%1» прикріплено до «%2», але вона називає сторону</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to a %2 but names an issue</source>
        <translation>примітку «%1» прикріплено до «%2», але вона називає питання</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to a date but has none</source>
        <translation>примітку «%1» прикріплено до дати, але дати немає</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to a %2 but names a date</source>
        <translation>примітку «%1» прикріплено до «%2», але вона називає дату</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; names an era only when pinned to one</source>
        <translation>примітка «%1» може називати етап, лише якщо прикріплена до нього</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to an unknown era &quot;%2&quot;</source>
        <translation>примітку «%1» прикріплено до невідомого етапу «%2»</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; names an event only when pinned to one</source>
        <translation>примітка «%1» може називати подію, лише якщо прикріплена до неї</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; cites evidence but is not a key judgement (no confidence)</source>
        <translation>примітка «%1» наводить докази, але не є ключовим судженням (немає впевненості)</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; cites an unknown source &quot;%2&quot;</source>
        <translation>примітка «%1» посилається на невідоме джерело «%2»</translation>
    </message>
    <message>
        <source>note &quot;%1&quot;: %2</source>
        <translation>примітка «%1»: %2</translation>
    </message>
    <message>
        <source>duplicate note id &quot;%1&quot;</source>
        <translation>повторений ідентифікатор примітки «%1»</translation>
    </message>
    <message>
        <source>unknown note &quot;%1&quot;</source>
        <translation>невідома примітка «%1»</translation>
    </message>
    <message>
        <source>view id is empty</source>
        <translation>ідентифікатор вигляду порожній</translation>
    </message>
    <message>
        <source>view &quot;%1&quot; has no name</source>
        <translation>вигляд «%1» не має назви</translation>
    </message>
    <message>
        <source>a view named &quot;%1&quot; exists already</source>
        <translation>вигляд з назвою «%1» вже існує</translation>
    </message>
    <message>
        <source>duplicate view id &quot;%1&quot;</source>
        <translation>повторений ідентифікатор вигляду «%1»</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>невідомий вигляд «%1»</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot;: %2</source>
        <translation>питання «%1»: %2</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot;: recorded positions carry values on its axis</source>
        <translation>питання «%1»: записані позиції мають значення на його осі</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot;: the recorded value %2 would be off the axis (%3 to %4)</source>
        <translation>питання «%1»: записане значення %2 опинилося б поза віссю (від %3 до %4)</translation>
    </message>
    <message>
        <source>capability change %1: %2</source>
        <translation>зміна спроможності %1: %2</translation>
    </message>
    <message>
        <source>capability change %1 cites an unknown event %2</source>
        <translation>зміна спроможності %1 посилається на невідому подію %2</translation>
    </message>
    <message>
        <source>duplicate capability change id %1</source>
        <translation>повторений ідентифікатор зміни спроможності %1</translation>
    </message>
    <message>
        <source>unknown capability change %1</source>
        <translation>невідома зміна спроможності %1</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot; has no axis of its own: the position is its stance</source>
        <translation>питання «%1» не має власної осі: позицією є його позиція на шкалі</translation>
    </message>
    <message>
        <source>the value %1 is off the axis of &quot;%2&quot; (%3 to %4)</source>
        <translation>значення %1 поза віссю «%2» (від %3 до %4)</translation>
    </message>
    <message>
        <source>capability is not a number</source>
        <translation>спроможність не є числом</translation>
    </message>
    <message>
        <source>capability %1 is negative (a capability is 0 or more)</source>
        <translation>спроможність %1 від’ємна (спроможність дорівнює 0 або більше)</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;: the scenario&apos;s issue &quot;%2&quot; is not in the dossier</source>
        <translation>вигляд «%1»: питання сценарію «%2» немає в досьє</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;: the scenario changes party &quot;%2&quot;, which is not in the dossier</source>
        <translation>вигляд «%1»: сценарій змінює сторону «%2», якої немає в досьє</translation>
    </message>
</context>
<context>
    <name>Entente</name>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
</context>
<context>
    <name>Entente::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Коли</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Хто</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Що</translation>
    </message>
</context>
<context>
    <name>Entente::ActivityPanel</name>
    <message>
        <source>Show the actions of one analyst</source>
        <translation>Показати дії одного аналітика</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Будь-коли</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Останні 30 днів</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Аналітик:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Період:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Усі</translation>
    </message>
</context>
<context>
    <name>Entente::AsOfControl</name>
    <message>
        <source>As of</source>
        <translation>Станом на</translation>
    </message>
    <message>
        <source>Previous change (Alt+Left)</source>
        <translation>Попередня зміна (Alt+Ліворуч)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Попередня зміна</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Дата стану</translation>
    </message>
    <message>
        <source>Next change (Alt+Right)</source>
        <translation>Наступна зміна (Alt+Праворуч)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Наступна зміна</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Перейти до сьогодні</translation>
    </message>
</context>
<context>
    <name>Entente::AxisDialog</name>
    <message>
        <source>Axis of %1</source>
        <translation>Вісь питання %1</translation>
    </message>
    <message>
        <source>Positions on this issue are placed on this axis; the forecast names its outcome by the nearest anchor. Without anchors the stance scale is the axis.</source>
        <translation>Позиції з цього питання розміщуються на цій осі; прогноз називає результат за найближчою опорною точкою. Без опорних точок віссю є шкала позицій.</translation>
    </message>
    <message>
        <source>Anchors of the axis</source>
        <translation>Опорні точки осі</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Значення</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>&amp;Add anchor</source>
        <translation>&amp;Додати точку</translation>
    </message>
    <message>
        <source>&amp;Remove anchor</source>
        <translation>&amp;Вилучити точку</translation>
    </message>
    <message>
        <source>Use the &amp;stance scale</source>
        <translation>Використати &amp;шкалу позицій</translation>
    </message>
    <message>
        <source>This axis cannot be used: %1.</source>
        <translation>Цю вісь не можна використати: %1.</translation>
    </message>
</context>
<context>
    <name>Entente::BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Брифінг</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>Handling marking</source>
        <translation>Гриф обмеження</translation>
    </message>
    <message>
        <source>e.g. OFFICIAL – SENSITIVE (printed on every page)</source>
        <translation>напр. ДЛЯ СЛУЖБОВОГО КОРИСТУВАННЯ (друкується на кожній сторінці)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Гриф:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Період від</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Період до</translation>
    </message>
    <message>
        <source>to</source>
        <translation>до</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Період:</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>Position matrix</source>
        <translation>Матриця позицій</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Position history per issue</source>
        <translation>Історія позицій за питаннями</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Зближення</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Stance distribution</source>
        <translation>Розподіл позицій</translation>
    </message>
    <message>
        <source>Events with sources and grades</source>
        <translation>Події з джерелами та оцінками</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Розділи:</translation>
    </message>
    <message>
        <source>&amp;Issues:</source>
        <translation>&amp;Питання:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Forecast per issue</source>
        <translation>Прогноз для кожного питання</translation>
    </message>
    <message>
        <source>Issues with a position-history page and a forecast</source>
        <translation>Питання зі сторінкою історії позицій і прогнозом</translation>
    </message>
</context>
<context>
    <name>Entente::BriefingExporter</name>
    <message>
        <source>Briefing</source>
        <translation>Брифінг</translation>
    </message>
    <message>
        <source>Positions as of %1</source>
        <translation>Позиції станом на %1</translation>
    </message>
    <message>
        <source>Events from %1 to %2</source>
        <translation>Події з %1 до %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>початку</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>кінця</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Створено %1 UTC</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>No events in the period.</source>
        <translation>У цьому періоді подій немає.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Sources (grading)</source>
        <translation>Джерела (оцінка)</translation>
    </message>
    <message>
        <source>… and %1 more events in the period.</source>
        <translation>… і ще %1 подій у цьому періоді.</translation>
    </message>
    <message>
        <source>A briefing is a PDF: use a .pdf file name</source>
        <translation>Брифінг — це PDF: вкажіть ім’я файлу .pdf</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start</source>
        <translation>Не вдалося записати %1: не вдалося запустити запис PDF</translation>
    </message>
    <message>
        <source>Reliability as of %1</source>
        <translation>Надійність станом на %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation>Що змінилося з %1 до %2</translation>
    </message>
    <message>
        <source>Nothing changed in the period.</source>
        <translation>За цей період нічого не змінилося.</translation>
    </message>
    <message>
        <source>Event, %1: %2</source>
        <translation>Подія, %1: %2</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, сторінка %2 з %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>%1 confidence:</source>
        <translation>Впевненість %1:</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>На %1.</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>Доказів не наведено.</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation>Докази: %1.</translation>
    </message>
    <message>
        <source>Key judgements</source>
        <translation>Ключові судження</translation>
    </message>
    <message>
        <source>Analyst&apos;s notes</source>
        <translation>Нотатки аналітика</translation>
    </message>
    <message>
        <source>Forecast as of %1 (%2)</source>
        <translation>Прогноз на %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n party(ies) with a known position</source>
        <translation>
            <numerusform>%1 — %n сторона з відомою позицією</numerusform>
            <numerusform>%1 — %n сторони з відомою позицією</numerusform>
            <numerusform>%1 — %n сторін з відомою позицією</numerusform>
        </translation>
    </message>
    <message>
        <source>Caveat: thin inputs (%1); read this as what the models make of the record, not as a prediction.</source>
        <translation>Застереження: недостатні вхідні дані (%1); читайте це як те, що моделі роблять із записами, а не як передбачення.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Scenario “%1” (not the record; %2): %3</source>
        <translation>Сценарій «%1» (не записи; %2): %3</translation>
    </message>
</context>
<context>
    <name>Entente::CellHistoryModel</name>
    <message>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Помірна</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Висока</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n подія</numerusform>
            <numerusform>%n події</numerusform>
            <numerusform>%n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>Retracted %1 by %2</source>
        <translation>Відкликано %1, автор %2</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Чинний з</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Вагомість</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Упевненість</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Відкликано</translation>
    </message>
</context>
<context>
    <name>Entente::ChangeEditorDialog</name>
    <message>
        <source>Record position: %1 on %2</source>
        <translation>Записати позицію: %1 щодо %2</translation>
    </message>
    <message>
        <source>Record status: %1</source>
        <translation>Записати статус: %1</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Позиція:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Оцінено</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Вагомість</translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation>&amp;Вагомість:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Дата набуття чинності</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>&amp;Чинна з:</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Помірна</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Висока</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Упевненість</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Упевненість:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мітка:</translation>
    </message>
    <message>
        <source>Cited events</source>
        <translation>Цитовані події</translation>
    </message>
    <message>
        <source>Cite e&amp;vents:</source>
        <translation>Цитувати по&amp;дії:</translation>
    </message>
    <message>
        <source>Cited sources</source>
        <translation>Цитовані джерела</translation>
    </message>
    <message>
        <source>Cite s&amp;ources:</source>
        <translation>Цитувати д&amp;жерела:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Записати</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Вибрати…</translation>
    </message>
    <message>
        <source>Clai&amp;ms:</source>
        <translation>&amp;Твердження:</translation>
    </message>
    <message>
        <source>Set capability</source>
        <translation>Задати спроможність</translation>
    </message>
    <message>
        <source>On the axis</source>
        <translation>На осі</translation>
    </message>
    <message>
        <source>Value on the issue&apos;s axis</source>
        <translation>Значення на осі питання</translation>
    </message>
    <message>
        <source>nearest: %1</source>
        <translation>найближча: %1</translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation>В&amp;ісь:</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Every issue</source>
        <translation>Усі питання</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Питання:</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Спроможність</translation>
    </message>
    <message>
        <source>The party&apos;s clout on this issue: 0 or more, on a scale of 0–100 unless the dossier uses another one consistently.</source>
        <translation>Спроможність (вплив) сторони в цьому питанні: 0 або більше, за шкалою 0–100, якщо досьє послідовно не використовує іншої.</translation>
    </message>
    <message>
        <source>C&amp;apability:</source>
        <translation>Сп&amp;роможність:</translation>
    </message>
    <message>
        <source>No capability recorded as of this date: the forecast weighs this party like the others without one.</source>
        <translation>На цю дату спроможність не записано: прогноз зважує цю сторону так само, як інші без нього.</translation>
    </message>
    <message>
        <source>every issue</source>
        <translation>усі питання</translation>
    </message>
    <message>
        <source>In force: %1 on %2, since %3.</source>
        <translation>Чинний: %1 щодо «%2», з %3.</translation>
    </message>
</context>
<context>
    <name>Entente::ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Діаграма</translation>
    </message>
    <message>
        <source>Position history</source>
        <translation>Історія позицій</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Зближення</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Stance distribution</source>
        <translation>Розподіл позицій</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Діаграма:</translation>
    </message>
    <message>
        <source>Iss&amp;ue:</source>
        <translation>&amp;Питання:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Період</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>За день</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>За тиждень</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>За місяць</translation>
    </message>
</context>
<context>
    <name>Entente::ChartView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 since %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 з %3</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Джерела: %1</translation>
    </message>
</context>
<context>
    <name>Entente::Charts</name>
    <message>
        <source>unknown issue &quot;%1&quot;</source>
        <translation>невідоме питання «%1»</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Spread (salience-weighted)</source>
        <translation>Розкид (зважений за вагомістю)</translation>
    </message>
    <message>
        <source>Spread of positions</source>
        <translation>Розкид позицій</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Зміна статусу</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Усі події</translation>
    </message>
    <message>
        <source>Events per month</source>
        <translation>Подій за місяць</translation>
    </message>
    <message>
        <source>Events per week</source>
        <translation>Подій за тиждень</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Подій за день</translation>
    </message>
    <message>
        <source>No position recorded</source>
        <translation>Позицію не записано</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (станом на %1)</translation>
    </message>
    <message>
        <source>Position history: %1</source>
        <translation>Історія позицій: %1</translation>
    </message>
    <message>
        <source>Convergence: spread of positions per issue</source>
        <translation>Зближення: розкид позицій за питаннями</translation>
    </message>
    <message>
        <source>Activity by issue</source>
        <translation>Активність за питаннями</translation>
    </message>
    <message>
        <source>Activity by party</source>
        <translation>Активність за сторонами</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>Stance distribution as of %1</source>
        <translation>Розподіл позицій станом на %1</translation>
    </message>
    <message>
        <source>Several parties</source>
        <translation>Кілька сторін</translation>
    </message>
    <message>
        <source>Several issues</source>
        <translation>Кілька питань</translation>
    </message>
    <message>
        <source>No party shown</source>
        <translation>Без показаної сторони</translation>
    </message>
    <message>
        <source>No issue shown</source>
        <translation>Без показаного питання</translation>
    </message>
    <message>
        <source>Events per month (each event counted once)</source>
        <translation>Подій за місяць (кожну враховано один раз)</translation>
    </message>
    <message>
        <source>Events per week (each event counted once)</source>
        <translation>Подій за тиждень (кожну враховано один раз)</translation>
    </message>
    <message>
        <source>Events per day (each event counted once)</source>
        <translation>Подій за день (кожну враховано один раз)</translation>
    </message>
    <message>
        <source>unknown chart kind</source>
        <translation>невідомий тип діаграми</translation>
    </message>
</context>
<context>
    <name>Entente::ClaimsEditor</name>
    <message>
        <source>Claims: the grade of each cited source here</source>
        <translation>Твердження: оцінка кожного цитованого тут джерела</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Оцінка</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Автор твердження</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Цитата</translation>
    </message>
    <message>
        <source>Who claims it, e.g. “an unnamed US official”</source>
        <translation>Хто це стверджує, напр. «неназваний американський посадовець»</translation>
    </message>
    <message>
        <source>The words quoted, if any</source>
        <translation>Цитовані слова, якщо є</translation>
    </message>
    <message>
        <source>Reliability %1: %2</source>
        <translation>Надійність %1: %2</translation>
    </message>
    <message>
        <source>Credibility of what %1 reports here</source>
        <translation>Достовірність того, що %1 повідомляє тут</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 source, information %2</source>
        <translation>джерело %1, інформація %2</translation>
    </message>
</context>
<context>
    <name>Entente::Command</name>
    <message>
        <source>Unknown event %1.</source>
        <translation>Невідома подія %1.</translation>
    </message>
    <message>
        <source>Edit event title</source>
        <translation>Редагувати назву події</translation>
    </message>
    <message>
        <source>Edit event description</source>
        <translation>Редагувати опис події</translation>
    </message>
    <message>
        <source>Edit event location</source>
        <translation>Редагувати місце події</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Редагувати подію %1</translation>
    </message>
    <message>
        <source>Add party %1</source>
        <translation>Додати сторону %1</translation>
    </message>
    <message>
        <source>Unknown party &quot;%1&quot;.</source>
        <translation>Невідома сторона «%1».</translation>
    </message>
    <message>
        <source>Rename party %1 to %2</source>
        <translation>Перейменувати сторону %1 на %2</translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation>Редагувати сторону %1</translation>
    </message>
    <message>
        <source>Remove party %1</source>
        <translation>Вилучити сторону %1</translation>
    </message>
    <message>
        <source>Party position out of range.</source>
        <translation>Позиція сторони поза межами.</translation>
    </message>
    <message>
        <source>Move party %1</source>
        <translation>Перемістити сторону %1</translation>
    </message>
    <message>
        <source>Add issue %1</source>
        <translation>Додати питання %1</translation>
    </message>
    <message>
        <source>Unknown issue &quot;%1&quot;.</source>
        <translation>Невідоме питання «%1».</translation>
    </message>
    <message>
        <source>Rename issue %1 to %2</source>
        <translation>Перейменувати питання %1 на %2</translation>
    </message>
    <message>
        <source>Edit issue %1</source>
        <translation>Редагувати питання %1</translation>
    </message>
    <message>
        <source>Remove issue %1</source>
        <translation>Вилучити питання %1</translation>
    </message>
    <message>
        <source>Issue position out of range.</source>
        <translation>Позиція питання поза межами.</translation>
    </message>
    <message>
        <source>Move issue %1</source>
        <translation>Перемістити питання %1</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Додати джерело %1</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>Невідоме джерело «%1».</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Редагувати джерело %1</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>Вилучити джерело %1</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation>Встановити позицію %1 щодо %2: %3</translation>
    </message>
    <message>
        <source>Set status of %1 to %2</source>
        <translation>Встановити статус %1: %2</translation>
    </message>
    <message>
        <source>Unknown position change %1.</source>
        <translation>Невідома зміна позиції %1.</translation>
    </message>
    <message>
        <source>Retract %1 on %2: %3</source>
        <translation>Відкликати %1 щодо %2: %3</translation>
    </message>
    <message>
        <source>Unknown status change %1.</source>
        <translation>Невідома зміна статусу %1.</translation>
    </message>
    <message>
        <source>Retract status of %1: %2</source>
        <translation>Відкликати статус %1: %2</translation>
    </message>
    <message>
        <source>Edit scales</source>
        <translation>Редагувати шкали</translation>
    </message>
    <message>
        <source>Recolour %1</source>
        <translation>Змінити колір %1</translation>
    </message>
    <message>
        <source>Rename stance %1 to %2</source>
        <translation>Перейменувати позицію %1 на %2</translation>
    </message>
    <message>
        <source>Rename status %1 to %2</source>
        <translation>Перейменувати статус %1 на %2</translation>
    </message>
    <message>
        <source>Rename dossier to %1</source>
        <translation>Перейменувати досьє на %1</translation>
    </message>
    <message>
        <source>Edit dossier description</source>
        <translation>Редагувати опис досьє</translation>
    </message>
    <message>
        <source>Edit dossier</source>
        <translation>Редагувати досьє</translation>
    </message>
    <message>
        <source>Add era %1</source>
        <translation>Додати етап %1</translation>
    </message>
    <message>
        <source>Unknown era &quot;%1&quot;.</source>
        <translation>Невідомий етап «%1».</translation>
    </message>
    <message>
        <source>Edit era %1</source>
        <translation>Редагувати етап %1</translation>
    </message>
    <message>
        <source>Rename era %1 to %2</source>
        <translation>Перейменувати етап %1 на %2</translation>
    </message>
    <message>
        <source>Remove era %1</source>
        <translation>Вилучити етап %1</translation>
    </message>
    <message>
        <source>Add key judgement %1</source>
        <translation>Додати ключове судження %1</translation>
    </message>
    <message>
        <source>Add note %1</source>
        <translation>Додати нотатку %1</translation>
    </message>
    <message>
        <source>Unknown note &quot;%1&quot;.</source>
        <translation>Невідома нотатка «%1».</translation>
    </message>
    <message>
        <source>Edit note text</source>
        <translation>Редагувати текст нотатки</translation>
    </message>
    <message>
        <source>Edit note %1</source>
        <translation>Редагувати нотатку %1</translation>
    </message>
    <message>
        <source>Remove note %1</source>
        <translation>Вилучити нотатку %1</translation>
    </message>
    <message>
        <source>Save view %1</source>
        <translation>Зберегти вигляд %1</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;.</source>
        <translation>Невідомий вигляд «%1».</translation>
    </message>
    <message>
        <source>Rename view %1 to %2</source>
        <translation>Перейменувати вигляд %1 на %2</translation>
    </message>
    <message>
        <source>Update view %1</source>
        <translation>Оновити вигляд %1</translation>
    </message>
    <message>
        <source>Delete view %1</source>
        <translation>Видалити вигляд %1</translation>
    </message>
    <message>
        <source>Set the axis of %1</source>
        <translation>Задати вісь питання %1</translation>
    </message>
    <message>
        <source>%1: %2 on every issue</source>
        <translation>%1: %2 щодо всіх питань</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 щодо «%3»</translation>
    </message>
    <message>
        <source>A capability cannot be negative (%1); use 0 or more.</source>
        <translation>Спроможність не може бути від’ємною (%1); використайте 0 або більше.</translation>
    </message>
    <message>
        <source>Set capability of %1</source>
        <translation>Задати спроможність: %1</translation>
    </message>
    <message>
        <source>Unknown capability change %1.</source>
        <translation>Невідома зміна спроможності %1.</translation>
    </message>
    <message>
        <source>Retract capability of %1</source>
        <translation>Відкликати спроможність: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ConflictDialog</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Хтось інший це змінив</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <source>Yours (tick to keep)</source>
        <translation>Ваше (позначте, щоб зберегти)</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation>Їхнє (збережене зараз)</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Прийняти їхнє</translation>
    </message>
    <message>
        <source>Merge Ticked Fields</source>
        <translation>Об’єднати позначені поля</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Залишити моє</translation>
    </message>
    <message>
        <source>Another analyst changed %1 after you read it, so your edit was not written. Nothing has been overwritten: choose what to keep.</source>
        <translation>Інший аналітик змінив %1 після того, як ви це прочитали, тому вашу зміну не записано. Нічого не перезаписано: виберіть, що залишити.</translation>
    </message>
</context>
<context>
    <name>Entente::DateCore</name>
    <message>
        <source>year 0 does not exist</source>
        <translation>року 0 не існує</translation>
    </message>
    <message>
        <source>year %1 out of range</source>
        <translation>рік %1 поза межами</translation>
    </message>
    <message>
        <source>month %1 out of range</source>
        <translation>місяць %1 поза межами</translation>
    </message>
    <message>
        <source>day %1 out of range for %2-%3</source>
        <translation>день %1 поза межами для %2-%3</translation>
    </message>
    <message>
        <source>time %1:%2 out of range</source>
        <translation>час %1:%2 поза межами</translation>
    </message>
    <message>
        <source>expected a year of four digits</source>
        <translation>очікувався рік із чотирьох цифр</translation>
    </message>
    <message>
        <source>expected -MM after the year</source>
        <translation>очікувалося -MM після року</translation>
    </message>
    <message>
        <source>expected -DD after the month</source>
        <translation>очікувалося -DD після місяця</translation>
    </message>
    <message>
        <source>expected THH:MM after the day</source>
        <translation>очікувалося THH:MM після дня</translation>
    </message>
    <message>
        <source>bad seconds</source>
        <translation>неправильні секунди</translation>
    </message>
    <message>
        <source>bad time-zone offset</source>
        <translation>неправильне зміщення часового поясу</translation>
    </message>
    <message>
        <source>unexpected text after the time</source>
        <translation>неочікуваний текст після часу</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD hh:mm:ss</source>
        <translation>очікувалося РРРР-ММ-ДД гг:хх:сс</translation>
    </message>
    <message>
        <source>a time after a date without a day</source>
        <translation>час після дати без дня</translation>
    </message>
    <message>
        <source>time %1 out of range</source>
        <translation>час %1 поза межами</translation>
    </message>
    <message>
        <source>unrecognised date</source>
        <translation>нерозпізнана дата</translation>
    </message>
    <message>
        <source>unrecognised date &quot;%1&quot;</source>
        <translation>нерозпізнана дата «%1»</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>порожня дата</translation>
    </message>
    <message>
        <source>%1 digits are not a date</source>
        <translation>%1 цифр — це не дата</translation>
    </message>
</context>
<context>
    <name>Entente::Document</name>
    <message>
        <source>No dossier is open.</source>
        <translation>Жодне досьє не відкрито.</translation>
    </message>
    <message>
        <source>The events are still loading; edits are possible once they are in.</source>
        <translation>Події ще завантажуються; редагувати можна, щойно вони надійдуть.</translation>
    </message>
    <message>
        <source>An import is being saved; edits are possible once it is in.</source>
        <translation>Імпорт зберігається; редагувати можна, щойно він завершиться.</translation>
    </message>
    <message>
        <source>The dossier is read-only.</source>
        <translation>Досьє доступне лише для читання.</translation>
    </message>
    <message>
        <source>Unknown event %1.</source>
        <translation>Невідома подія %1.</translation>
    </message>
    <message>
        <source>Event %1 is cited by a recorded change.</source>
        <translation>На подію %1 посилається записана зміна.</translation>
    </message>
    <message>
        <source>Duplicate position change id %1.</source>
        <translation>Дубльований ідентифікатор зміни позиції %1.</translation>
    </message>
    <message>
        <source>Duplicate status change id %1.</source>
        <translation>Дубльований ідентифікатор зміни статусу %1.</translation>
    </message>
    <message>
        <source>Unknown position change %1.</source>
        <translation>Невідома зміна позиції %1.</translation>
    </message>
    <message>
        <source>Unknown status change %1.</source>
        <translation>Невідома зміна статусу %1.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>Не вдалося прочитати «%1»: %2</translation>
    </message>
    <message>
        <source>The import removed party &quot;%1&quot;.</source>
        <translation>Імпорт вилучив сторону «%1».</translation>
    </message>
    <message>
        <source>The import removed source &quot;%1&quot;.</source>
        <translation>Імпорт вилучив джерело «%1».</translation>
    </message>
    <message>
        <source>The import changed existing events.</source>
        <translation>Імпорт змінив наявні події.</translation>
    </message>
    <message>
        <source>The import changed the histories.</source>
        <translation>Імпорт змінив історії змін.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Імпорт скасовано.</translation>
    </message>
    <message>
        <source>Duplicate event id %1 in the import.</source>
        <translation>Дубльований ідентифікатор події %1 в імпорті.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 не існує.</translation>
    </message>
    <message>
        <source>Converted %1 to the dossier file %2; edits are saved there.</source>
        <translation>%1 перетворено на файл досьє %2; зміни зберігаються там.</translation>
    </message>
    <message>
        <source>Opened the existing dossier file %1 made from %2.</source>
        <translation>Відкрито наявний файл досьє %1, створений з %2.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Лише для читання: %1.</translation>
    </message>
    <message>
        <source>Read-only: %1. Keep what can be read with: entente export-data %2 --format json --out COPY.json</source>
        <translation>Лише для читання: %1. Збережіть те, що вдається прочитати, командою: entente export-data %2 --format json --out COPY.json</translation>
    </message>
    <message>
        <source>The dossier is read-only: %1.</source>
        <translation>Досьє доступне лише для читання: %1.</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>Імпорт не завершився.</translation>
    </message>
    <message>
        <source>the connection to the team server was lost (%1); reconnecting</source>
        <translation>з’єднання з командним сервером втрачено (%1); перепідключення</translation>
    </message>
    <message>
        <source>The team dossier was changed on the server.</source>
        <translation>Командне досьє змінено на сервері.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more change(s) by others)</source>
        <translation>
            <numerusform>%1 (і ще %n зміна від інших)</numerusform>
            <numerusform>%1 (і ще %n зміни від інших)</numerusform>
            <numerusform>%1 (і ще %n змін від інших)</numerusform>
        </translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>подія «%1»</translation>
    </message>
    <message>
        <source>the party “%1”</source>
        <translation>сторона «%1»</translation>
    </message>
    <message>
        <source>the issue “%1”</source>
        <translation>питання «%1»</translation>
    </message>
    <message>
        <source>the source “%1”</source>
        <translation>джерело «%1»</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 більше не існує.</translation>
    </message>
    <message>
        <source>%1 was changed again meanwhile; look at it once more.</source>
        <translation>%1 тим часом знову змінено; перегляньте ще раз.</translation>
    </message>
    <message>
        <source>The import cannot be undone: a recorded position names its party “%1”.</source>
        <translation>Імпорт неможливо скасувати: записана позиція називає його сторону «%1».</translation>
    </message>
    <message>
        <source>The import cannot be undone: a recorded change cites one of its events.</source>
        <translation>Імпорт неможливо скасувати: записана зміна посилається на одну з його подій.</translation>
    </message>
    <message>
        <source>The import cannot be undone: a recorded change cites its source “%1”.</source>
        <translation>Імпорт неможливо скасувати: записана зміна посилається на його джерело «%1».</translation>
    </message>
    <message>
        <source>The import cannot be undone: an event added since names its party “%1”.</source>
        <translation>Імпорт неможливо скасувати: подія, додана відтоді, називає його сторону «%1».</translation>
    </message>
    <message>
        <source>The import cannot be undone: an event added since cites its source “%1”.</source>
        <translation>Імпорт неможливо скасувати: подія, додана відтоді, посилається на його джерело «%1».</translation>
    </message>
    <message>
        <source>The import cannot be redone: event %1 exists again.</source>
        <translation>Імпорт неможливо повторити: подія %1 знову існує.</translation>
    </message>
    <message>
        <source>The import cannot be redone: %1</source>
        <translation>Імпорт неможливо повторити: %1</translation>
    </message>
    <message>
        <source>Unknown capability change %1.</source>
        <translation>Невідома зміна спроможності %1.</translation>
    </message>
    <message>
        <source>Duplicate capability change id %1.</source>
        <translation>Повторний ідентифікатор зміни спроможності %1.</translation>
    </message>
    <message>
        <source>The import cannot be undone: a recorded capability names its party “%1”.</source>
        <translation>Імпорт не можна скасувати: записана спроможність називає його сторону «%1».</translation>
    </message>
</context>
<context>
    <name>Entente::EditConflict</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Коротка назва</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
</context>
<context>
    <name>Entente::ErasDialog</name>
    <message>
        <source>Eras</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Era name</source>
        <translation>Назва етапу</translation>
    </message>
    <message>
        <source>Berlin round</source>
        <translation>Берлінський раунд</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>2025, 2025-12 or 2025-12-16</source>
        <translation>2025, 2025-12 або 2025-12-16</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Колір</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Вибрати…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Колір:</translation>
    </message>
    <message>
        <source>&amp;Add era</source>
        <translation>&amp;Додати етап</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <source>&amp;Remove era</source>
        <translation>В&amp;илучити етап</translation>
    </message>
    <message>
        <source>Era colour</source>
        <translation>Колір етапу</translation>
    </message>
    <message>
        <source>Added era “%1”.</source>
        <translation>Етап «%1» додано.</translation>
    </message>
    <message>
        <source>Select the era to change.</source>
        <translation>Виберіть етап, який треба змінити.</translation>
    </message>
    <message>
        <source>Changed era “%1”.</source>
        <translation>Етап «%1» змінено.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Нічого змінювати.</translation>
    </message>
    <message>
        <source>Select the era to remove.</source>
        <translation>Виберіть етап, який треба вилучити.</translation>
    </message>
    <message>
        <source>Removed era “%1” (Edit ▸ Undo brings it back).</source>
        <translation>Етап «%1» вилучено (Редагування ▸ Скасувати поверне його).</translation>
    </message>
</context>
<context>
    <name>Entente::ErasModel</name>
    <message>
        <source>Era</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>An era needs a name.</source>
        <translation>Етап повинен мати назву.</translation>
    </message>
    <message>
        <source>An era needs a start date: write 2025, 2025-12 or 2025-12-16.</source>
        <translation>Етап повинен мати дату початку: 2025, 2025-12 або 2025-12-16.</translation>
    </message>
    <message>
        <source>The start “%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16.</source>
        <translation>Початок «%1» не є датою (%2): пишіть 2025, 2025-12 або 2025-12-16.</translation>
    </message>
    <message>
        <source>An era needs an end date: write 2025, 2025-12 or 2025-12-16.</source>
        <translation>Етап повинен мати дату завершення: 2025, 2025-12 або 2025-12-16.</translation>
    </message>
    <message>
        <source>The end “%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16.</source>
        <translation>Кінець «%1» не є датою (%2): пишіть 2025, 2025-12 або 2025-12-16.</translation>
    </message>
    <message>
        <source>The era ends (%1) before it starts (%2).</source>
        <translation>Етап закінчується (%1) раніше, ніж починається (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write #rrggbb or a colour name.</source>
        <translation>«%1» не є кольором: пишіть #rrggbb або назву кольору.</translation>
    </message>
</context>
<context>
    <name>Entente::EventEditor</name>
    <message>
        <source>2025-12-15, 2022-02 (a month), 2025 (a year), 2025-12-15T10:30Z</source>
        <translation>2025-12-15, 2022-02 (місяць), 2025 (рік), 2025-12-15T10:30Z</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>optional, for a period</source>
        <translation>необов’язково, для періоду</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Parties involved</source>
        <translation>Залучені сторони</translation>
    </message>
    <message>
        <source>Issues touched</source>
        <translation>Зачеплені питання</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>через кому</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Сторони:</translation>
    </message>
    <message>
        <source>&amp;Issues:</source>
        <translation>П&amp;итання:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>&amp;Теги:</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>Д&amp;жерела:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Нова</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Застосувати</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Видалити</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Додати подію</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation>Дата початку: %1</translation>
    </message>
    <message>
        <source>End date: %1</source>
        <translation>Дата завершення: %1</translation>
    </message>
    <message>
        <source>Clai&amp;ms:</source>
        <translation>Тверд&amp;ження:</translation>
    </message>
</context>
<context>
    <name>Entente::EventFilterBar</name>
    <message>
        <source>Filter events (Ctrl+F): text in title or description</source>
        <translation>Фільтр подій (Ctrl+F): текст у назві або описі</translation>
    </message>
    <message>
        <source>Event text filter</source>
        <translation>Текстовий фільтр подій</translation>
    </message>
    <message>
        <source>Filter by party</source>
        <translation>Фільтр за стороною</translation>
    </message>
    <message>
        <source>Filter by issue</source>
        <translation>Фільтр за питанням</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>тег</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Фільтр за тегом</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Від</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Дата початку</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>Only the selected &amp;cell</source>
        <translation>Лише вибрана &amp;клітинка</translation>
    </message>
    <message>
        <source>Show only events of the party and issue selected in the matrix</source>
        <translation>Показувати лише події сторони й питання, вибраних у матриці</translation>
    </message>
    <message>
        <source>Any party</source>
        <translation>Будь-яка сторона</translation>
    </message>
    <message>
        <source>Any issue</source>
        <translation>Будь-яке питання</translation>
    </message>
</context>
<context>
    <name>Entente::EventImportRunner</name>
    <message>
        <source>Import cancelled</source>
        <translation>Імпорт скасовано</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>Імпорт уже виконується</translation>
    </message>
</context>
<context>
    <name>Entente::EventsModel</name>
    <message>
        <source>Start</source>
        <translation>Початок</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Кінець</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Теги</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
</context>
<context>
    <name>Entente::ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Експорт зображення</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Формат</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>Зображення PNG</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>Малюнок SVG</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>Документ PDF</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Розмір</translation>
    </message>
    <message>
        <source>Custom width in pixels</source>
        <translation>Власна ширина в пікселях</translation>
    </message>
    <message>
        <source>Custom height in pixels</source>
        <translation>Власна висота в пікселях</translation>
    </message>
    <message>
        <source> px</source>
        <translation> пкс</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Масштаб</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Тема</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Світла</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Темна</translation>
    </message>
    <message>
        <source>Print (greyscale-safe)</source>
        <translation>Друк (придатна для відтінків сірого)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Підзаголовок</translation>
    </message>
    <message>
        <source>&amp;As-of date stamp</source>
        <translation>Позначка &amp;дати стану</translation>
    </message>
    <message>
        <source>As-of date stamp</source>
        <translation>Позначка дати стану</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Легенда</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Легенда</translation>
    </message>
    <message>
        <source>S&amp;ource line</source>
        <translation>Рядок &amp;джерела</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Рядок джерела</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Огляд…</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>&amp;Копіювати зображення</translation>
    </message>
    <message>
        <source>Copy image to the clipboard</source>
        <translation>Копіювати зображення до буфера обміну</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Формат:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>Ро&amp;змір:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>&amp;Масштаб:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>&amp;Тема:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Підзаголовок:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Файл:</translation>
    </message>
    <message>
        <source>export</source>
        <translation>експорт</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>Зображення PNG (*.png);;Малюнок SVG (*.svg);;Документ PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Виберіть файл для експорту.</translation>
    </message>
</context>
<context>
    <name>Entente::ExportOptions</name>
    <message>
        <source>As on screen</source>
        <translation>Як на екрані</translation>
    </message>
    <message>
        <source>1920 × 1080 (Full HD)</source>
        <translation>1920 × 1080 (Full HD)</translation>
    </message>
    <message>
        <source>3840 × 2160 (4K)</source>
        <translation>3840 × 2160 (4K)</translation>
    </message>
    <message>
        <source>A4 portrait</source>
        <translation>A4 книжкова</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 альбомна</translation>
    </message>
    <message>
        <source>Letter portrait</source>
        <translation>Letter книжкова</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter альбомна</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Власний</translation>
    </message>
</context>
<context>
    <name>Entente::ForecastChart</name>
    <message>
        <source>round %1</source>
        <translation>раунд %1</translation>
    </message>
</context>
<context>
    <name>Entente::ForecastPanel</name>
    <message>
        <source>Issue</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Раунди</translation>
    </message>
    <message>
        <source>Probabilistic Condorcet Election</source>
        <translation>Імовірнісні вибори за Кондорсе</translation>
    </message>
    <message>
        <source>Conditional PCE</source>
        <translation>Умовні PCE</translation>
    </message>
    <message>
        <source>Markov PCE</source>
        <translation>Марковські PCE</translation>
    </message>
    <message>
        <source>Iss&amp;ue:</source>
        <translation>&amp;Питання:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Модель:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Раунди:</translation>
    </message>
    <message>
        <source>Trajectory over the rounds</source>
        <translation>Траєкторія за раундами</translation>
    </message>
    <message>
        <source>Forecast over time</source>
        <translation>Прогноз у часі</translation>
    </message>
    <message>
        <source>Forecast over time: progress</source>
        <translation>Прогноз у часі: поступ</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Чому</translation>
    </message>
    <message>
        <source>No issue to forecast.</source>
        <translation>Немає питання для прогнозу.</translation>
    </message>
    <message>
        <source>No forecast as of %1: %2.</source>
        <translation>Немає прогнозу станом на %1: %2.</translation>
    </message>
    <message>
        <source>Predicted outcome as of %1: %2</source>
        <translation>Прогнозований результат станом на %1: %2</translation>
    </message>
    <message>
        <source>No predicted outcome as of %1</source>
        <translation>Немає прогнозованого результату станом на %1</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) with a known position.</source>
        <translation>
            <numerusform>%n сторона з відомою позицією.</numerusform>
            <numerusform>%n сторони з відомою позицією.</numerusform>
            <numerusform>%n сторін з відомою позицією.</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions per round</source>
        <translation>Позиції за раундами</translation>
    </message>
    <message>
        <source>Positions as of %1</source>
        <translation>Позиції станом на %1</translation>
    </message>
    <message>
        <source>No positions to chart.</source>
        <translation>Немає позицій для діаграми.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Середнє</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Медіана</translation>
    </message>
    <message>
        <source>The mean of the positions weighted by capability × salience.</source>
        <translation>Середнє позицій, зважене за спроможністю × вагомістю.</translation>
    </message>
    <message>
        <source>Black&apos;s median: the position with parties holding at least half of the capability × salience weight at or below it and at least half at or above it.</source>
        <translation>Медіана Блека: позиція, на рівні якої або нижче неї перебувають сторони щонайменше з половиною ваги «спроможність × вагомість» і щонайменше з половиною — на її рівні або вище.</translation>
    </message>
    <message>
        <source>The position that wins every pairwise vote, each party voting its capability × salience for the nearer position.</source>
        <translation>Позиція, що перемагає в кожному парному голосуванні, де кожна сторона віддає свою спроможність × вагомість за ближчу позицію.</translation>
    </message>
    <message>
        <source>The point that maximises the product of the parties&apos; gains, weighted by capability × salience (disagreement: every party&apos;s worst case).</source>
        <translation>Точка, що максимізує добуток виграшів сторін, зважених за спроможністю × вагомістю (незгода: найгірший випадок для кожної сторони).</translation>
    </message>
    <message>
        <source>Forecast at every change step (%1)</source>
        <translation>Прогноз на кожному кроці змін (%1)</translation>
    </message>
    <message>
        <source>No change on this issue up to the as-of date.</source>
        <translation>До дати стану змін щодо цього питання немає.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Set &amp;capability…</source>
        <translation>Задати &amp;спроможність…</translation>
    </message>
    <message>
        <source>Forecast over time: %1 (%2)</source>
        <translation>Прогноз у часі: %1 (%2)</translation>
    </message>
    <message>
        <source>What if (a scenario, not the record)</source>
        <translation>Що, якби (сценарій, а не записи)</translation>
    </message>
    <message>
        <source>Scenario: each party&apos;s position, salience and capability</source>
        <translation>Сценарій: позиція, вагомість і спроможність кожної сторони</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Позиція</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Вагомість</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Спроможність</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Скинути сценарій</translation>
    </message>
    <message>
        <source>Scenario: nothing to forecast.</source>
        <translation>Сценарій: нічого прогнозувати.</translation>
    </message>
    <message>
        <source>Scenario refused: %1.</source>
        <translation>Сценарій відхилено: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Scenario (not recorded): no change yet; edit a value above. Baseline: %1</source>
        <translation>Сценарій (не записується): змін ще немає; змініть значення вище. Базовий прогноз: %1</translation>
    </message>
    <message>
        <source>Scenario (not recorded): %1 — baseline: %2</source>
        <translation>Сценарій (не записується): %1 — базовий прогноз: %2</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario…</source>
        <translation>З&amp;берегти сценарій…</translation>
    </message>
    <message>
        <source>Save the scenario with the dossier, as a saved view</source>
        <translation>Зберегти сценарій разом із досьє як збережений вигляд</translation>
    </message>
    <message>
        <source>Scenario “%1” (not recorded): %2 — baseline: %3</source>
        <translation>Сценарій «%1» (не записується): %2 — базовий прогноз: %3</translation>
    </message>
</context>
<context>
    <name>Entente::HeadlessExport</name>
    <message>
        <source>unknown view &quot;%1&quot; (expected one of: %2)</source>
        <translation>невідомий вигляд «%1» (очікується одне з: %2)</translation>
    </message>
    <message>
        <source>no output file given (--out PATH)</source>
        <translation>не вказано вихідний файл (--out ШЛЯХ)</translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot; (expected .png, .svg or .pdf)</source>
        <translation>невідомий формат виводу «%1» (очікується .png, .svg або .pdf)</translation>
    </message>
    <message>
        <source>the briefing is a PDF: use a .pdf output file</source>
        <translation>брифінг — це PDF: вкажіть вихідний файл .pdf</translation>
    </message>
    <message>
        <source>unknown issue &quot;%1&quot;</source>
        <translation>невідоме питання «%1»</translation>
    </message>
    <message>
        <source>the dossier has no issues</source>
        <translation>досьє не містить питань</translation>
    </message>
    <message>
        <source>unknown briefing section &quot;%1&quot; (expected some of: %2)</source>
        <translation>невідомий розділ брифінгу «%1» (очікуються деякі з: %2)</translation>
    </message>
    <message>
        <source>--sections, --issues and --marking apply to the briefing only</source>
        <translation>--sections, --issues і --marking стосуються лише брифінгу</translation>
    </message>
    <message>
        <source>%1: the dossier has no dated content</source>
        <translation>%1: досьє не має датованого вмісту</translation>
    </message>
    <message>
        <source>%1 %2 is outside the dossier (%3 to %4)</source>
        <translation>%1 %2 поза межами досьє (з %3 до %4)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from пізніше за --to</translation>
    </message>
    <message>
        <source>--size must be positive</source>
        <translation>--size має бути додатним</translation>
    </message>
    <message>
        <source>--size %1x%2 is too large (at most %3 pixels a side)</source>
        <translation>--size %1x%2 завеликий (щонайбільше %3 пікселів на сторону)</translation>
    </message>
    <message>
        <source>--scale must be between 0 and 8</source>
        <translation>--scale має бути між 0 і 8</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected light, dark or print)</source>
        <translation>невідома тема «%1» (очікується light, dark або print)</translation>
    </message>
    <message>
        <source>Position history: %1</source>
        <translation>Історія позицій: %1</translation>
    </message>
    <message>
        <source>the %1 view is not available in this build</source>
        <translation>вигляд %1 недоступний у цій збірці</translation>
    </message>
    <message>
        <source>no saved view named &quot;%1&quot;: the dossier has no saved views</source>
        <translation>немає збереженого вигляду з назвою «%1»: у досьє немає збережених виглядів</translation>
    </message>
    <message>
        <source>no saved view named &quot;%1&quot; (the dossier has: %2)</source>
        <translation>немає збереженого вигляду з назвою «%1» (у досьє є: %2)</translation>
    </message>
</context>
<context>
    <name>Entente::ImageExporter</name>
    <message>
        <source>As of %1</source>
        <translation>Станом на %1</translation>
    </message>
    <message>
        <source>Source: %1, as of %2</source>
        <translation>Джерело: %1, станом на %2</translation>
    </message>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation>Невідомий формат зображення «%1»: використовуйте .png, .svg або .pdf</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels)</source>
        <translation>Зображення завелике (%1 × %2 пікселів)</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG generator could not start</source>
        <translation>Не вдалося записати %1: не вдалося запустити генератор SVG</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start</source>
        <translation>Не вдалося записати %1: не вдалося запустити запис PDF</translation>
    </message>
    <message>
        <source>The image is too large to copy</source>
        <translation>Зображення завелике для копіювання</translation>
    </message>
    <message>
        <source>No clipboard is available</source>
        <translation>Буфер обміну недоступний</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Не вдалося записати %1: %2</translation>
    </message>
</context>
<context>
    <name>Entente::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Виберіть файл</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Огляд…</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Визначити</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Кома</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Табуляція</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Крапка з комою</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>Перший рядок — заголовки</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Без рядка заголовків</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Файл:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Роздільник:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Заголовки:</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Імпорт подій</translation>
    </message>
    <message>
        <source>Event data (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Дані подій (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;Усі файли (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>табуляція</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>крапка з комою</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>кома</translation>
    </message>
    <message numerus="yes">
        <source>JSON, %n field(s)</source>
        <translation>
            <numerusform>JSON, %n поле</numerusform>
            <numerusform>JSON, %n поля</numerusform>
            <numerusform>JSON, %n полів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delimited text (%1), %2, %n column(s)</source>
        <translation>
            <numerusform>Текст із роздільниками (%1), %2, %n стовпець</numerusform>
            <numerusform>Текст із роздільниками (%1), %2, %n стовпці</numerusform>
            <numerusform>Текст із роздільниками (%1), %2, %n стовпців</numerusform>
        </translation>
    </message>
    <message>
        <source>with a header row</source>
        <translation>з рядком заголовків</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>без рядка заголовків</translation>
    </message>
    <message>
        <source>CSV or TSV (with or without a header row; ACLED and GDELT exports, spreadsheets), JSON (an array of objects, or one object per line) or a TimelineJS file (JSON, or the Google-Sheet template as CSV).</source>
        <translation>CSV або TSV (з рядком заголовків чи без; експорти ACLED і GDELT, електронні таблиці), JSON (масив об’єктів або один об’єкт на рядок) чи файл TimelineJS (JSON або шаблон Google Sheet у форматі CSV).</translation>
    </message>
</context>
<context>
    <name>Entente::ImportMappingPage</name>
    <message>
        <source>Map columns to event fields</source>
        <translation>Зіставте стовпці з полями подій</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Шаблон:</translation>
    </message>
    <message>
        <source>Actors → parties:</source>
        <translation>Актори → сторони:</translation>
    </message>
    <message>
        <source>Columns → tags:</source>
        <translation>Стовпці → теги:</translation>
    </message>
    <message>
        <source>Kept as name=value:</source>
        <translation>Зберігати як назва=значення:</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Зберегти зіставлення</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Назва:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Власне</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Збережено: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Give the mapping a name first.</source>
        <translation>Спершу дайте зіставленню назву.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>«%1» збережено.</translation>
    </message>
    <message>
        <source>Issues:</source>
        <translation>Питання:</translation>
    </message>
    <message>
        <source>Cells of the actor, issue, tag and source columns hold several values separated by this</source>
        <translation>Клітинки стовпців акторів, питань, тегів і джерел містять кілька значень, розділених цим знаком</translation>
    </message>
    <message>
        <source>List separator:</source>
        <translation>Роздільник списку:</translation>
    </message>
    <message>
        <source>Actor as written</source>
        <translation>Актор, як записано</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>Actor aliases:</source>
        <translation>Псевдоніми акторів:</translation>
    </message>
    <message>
        <source>A party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Тег</translation>
    </message>
    <message>
        <source>TimelineJS group becomes:</source>
        <translation>Група TimelineJS стає:</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Визначено: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ImportOptionsPage</name>
    <message>
        <source>Unknown actors and bad rows</source>
        <translation>Невідомі актори та хибні рядки</translation>
    </message>
    <message>
        <source>Create a party for each new actor</source>
        <translation>Створити сторону для кожного нового актора</translation>
    </message>
    <message>
        <source>Drop actors that match no party</source>
        <translation>Відкинути акторів, які не відповідають жодній стороні</translation>
    </message>
    <message>
        <source>Treat rows with unknown actors as bad</source>
        <translation>Вважати рядки з невідомими акторами хибними</translation>
    </message>
    <message>
        <source>Skip bad rows and report them (otherwise stop at the first)</source>
        <translation>Пропускати хибні рядки й повідомляти про них (інакше зупинитися на першому)</translation>
    </message>
    <message>
        <source>Unknown actors:</source>
        <translation>Невідомі актори:</translation>
    </message>
    <message>
        <source>Actors are first matched to existing parties by name, short name or id.</source>
        <translation>Акторів спершу зіставляють із наявними сторонами за назвою, короткою назвою або ідентифікатором.</translation>
    </message>
</context>
<context>
    <name>Entente::ImportReportPage</name>
    <message>
        <source>Line</source>
        <translation>Рядок</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Стовпець</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Причина</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Зберегти звіт…</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Зберегти звіт</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Перевірка</translation>
    </message>
    <message>
        <source>Nothing is in the dossier yet: Finish adds what is listed here, Cancel drops it.</source>
        <translation>У досьє ще нічого немає: «Завершити» додасть те, що тут перелічено, «Скасувати» відкине це.</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Нова сторона</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Рядки</translation>
    </message>
    <message>
        <source>%L1 rows read: %L2 events to add, %L3 rows skipped, %L4 duplicates of events already in the dossier (same external id) left out, %L5 new parties.</source>
        <translation>Прочитано рядків: %L1; подій до додавання: %L2; пропущено рядків: %L3; пропущено дублікатів наявних подій (той самий зовнішній ідентифікатор): %L4; нових сторін: %L5.</translation>
    </message>
    <message>
        <source>Aliases applied: %1</source>
        <translation>Застосовані псевдоніми: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Імпорт</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Скасувати імпорт</translation>
    </message>
    <message>
        <source>%L1 rows, %L2 rows/s</source>
        <translation>%L1 рядків, %L2 рядків/с</translation>
    </message>
    <message>
        <source>Imported %L1 events, skipped %L2 rows.</source>
        <translation>Імпортовано подій: %L1, пропущено рядків: %L2.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Читання %1…</translation>
    </message>
    <message>
        <source>Read %L1 events.</source>
        <translation>Прочитано подій: %L1.</translation>
    </message>
</context>
<context>
    <name>Entente::ImportWizard</name>
    <message>
        <source>Import events</source>
        <translation>Імпорт подій</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Власне</translation>
    </message>
</context>
<context>
    <name>Entente::IsoDateEdit</name>
    <message>
        <source>A date such as 15 Dec 2025, or typed as 2025-12-15</source>
        <translation>Дата на зразок 15 груд. 2025 або введена як 2025-12-15</translation>
    </message>
</context>
<context>
    <name>Entente::IssuesModel</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 з %2</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
</context>
<context>
    <name>Entente::MainWindow</name>
    <message>
        <source>&amp;Compare with</source>
        <translation>&amp;Порівняти з</translation>
    </message>
    <message>
        <source>Compare date</source>
        <translation>Дата порівняння</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Готово</translation>
    </message>
    <message>
        <source>Loading events</source>
        <translation>Завантаження подій</translation>
    </message>
    <message>
        <source>Saving %1 imported events… %2 %</source>
        <translation>Збереження %1 імпортованих подій… %2 %</translation>
    </message>
    <message>
        <source>No dossier</source>
        <translation>Немає досьє</translation>
    </message>
    <message>
        <source> (loading events)</source>
        <translation> (завантаження подій)</translation>
    </message>
    <message>
        <source> (importing)</source>
        <translation> (імпорт)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (лише читання)</translation>
    </message>
    <message>
        <source>Cannot open dossier</source>
        <translation>Не вдається відкрити досьє</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>Відкрито %1</translation>
    </message>
    <message>
        <source>The events are still loading; edits are possible once they are in</source>
        <translation>Події ще завантажуються; редагувати можна, щойно вони надійдуть</translation>
    </message>
    <message>
        <source>An import is being saved; edits are possible once it is in</source>
        <translation>Імпорт зберігається; редагувати можна, щойно він завершиться</translation>
    </message>
    <message>
        <source>The dossier is open read-only</source>
        <translation>Досьє відкрито лише для читання</translation>
    </message>
    <message>
        <source>Loading %1 events… %2 %</source>
        <translation>Завантаження %1 подій… %2 %</translation>
    </message>
    <message>
        <source>Loaded %1 events in %2 s</source>
        <translation>Завантажено %1 подій за %2 с</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Зміну не збережено</translation>
    </message>
    <message>
        <source>The change could not be written to the dossier file and was not applied:
%1</source>
        <translation>Зміну не вдалося записати у файл досьє, тому її не застосовано:
%1</translation>
    </message>
    <message>
        <source>Nothing changed: that position is already in force</source>
        <translation>Нічого не змінено: ця позиція вже чинна</translation>
    </message>
    <message>
        <source>Nothing changed: that status is already in force</source>
        <translation>Нічого не змінено: цей статус уже чинний</translation>
    </message>
    <message>
        <source>%1 on %2 %3 %4</source>
        <translation>%1 щодо %2 %3 %4</translation>
    </message>
    <message>
        <source>toward support:</source>
        <translation>у бік підтримки:</translation>
    </message>
    <message>
        <source>toward opposition:</source>
        <translation>у бік протидії:</translation>
    </message>
    <message>
        <source>No stance moved between the two dates.</source>
        <translation>Між цими двома датами жодна позиція не змінилася.</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s): </source>
        <translation>
            <numerusform>%n зміна: </numerusform>
            <numerusform>%n зміни: </numerusform>
            <numerusform>%n змін: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>Показано %n подію</numerusform>
            <numerusform>Показано %n події</numerusform>
            <numerusform>Показано %n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1, автор %2</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>відкликано</translation>
    </message>
    <message>
        <source>That change is already retracted</source>
        <translation>Цю зміну вже відкликано</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>Нове досьє</translation>
    </message>
    <message>
        <source>Entente dossiers (*.entente)</source>
        <translation>Досьє Entente (*.entente)</translation>
    </message>
    <message>
        <source>Cannot create dossier</source>
        <translation>Не вдається створити досьє</translation>
    </message>
    <message>
        <source>Open Dossier</source>
        <translation>Відкрити досьє</translation>
    </message>
    <message>
        <source>Dossiers (*.entente *.json);;All files (*)</source>
        <translation>Досьє (*.entente *.json);;Усі файли (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Створити…</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Відкрити…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Недавні</translation>
    </message>
    <message>
        <source>&amp;Import Events or Dossier…</source>
        <translation>&amp;Імпортувати події або досьє…</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>Експортувати &amp;дані…</translation>
    </message>
    <message>
        <source>Export &amp;Image</source>
        <translation>Експортувати &amp;зображення</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>&amp;Матриця…</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Хронологія…</translation>
    </message>
    <message>
        <source>&amp;Chart…</source>
        <translation>&amp;Діаграма…</translation>
    </message>
    <message>
        <source>Cop&amp;y Image</source>
        <translation>&amp;Копіювати зображення</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Матриця</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Хронологія</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Діаграма</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Друк</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>&amp;Попередній перегляд друку</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>&amp;Брифінг</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Закрити</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Вийти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Редагування</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>&amp;Edit Position…</source>
        <translation>&amp;Редагувати позицію…</translation>
    </message>
    <message>
        <source>Edit Issue &amp;Status…</source>
        <translation>Редагувати &amp;статус питання…</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>&amp;Знайти події</translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation>Нова &amp;подія</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>П&amp;ерехід</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Попередня зміна</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Наступна зміна</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Х&amp;ронологія</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Події</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>&amp;Compare Mode</source>
        <translation>Режим &amp;порівняння</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>&amp;Про Entente</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>Про Entente</translation>
    </message>
    <message>
        <source>Entente %1 — follow a multi-party negotiation: a timeline of events and each party&apos;s position on each issue as of any date.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Entente %1 — відстежуйте багатосторонні переговори: хронологія подій і позиція кожної сторони щодо кожного питання на будь-яку дату.
Ліцензія GNU GPL версії 3 або новішої.</translation>
    </message>
    <message>
        <source>Colour &amp;Scheme</source>
        <translation>Колірна &amp;схема</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Як у &amp;системі</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Світла</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Темна</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Нічого не імпортовано: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Помилка імпорту</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Нічого не імпортовано.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s)</source>
        <translation>
            <numerusform>Імпортовано %n подію</numerusform>
            <numerusform>Імпортовано %n події</numerusform>
            <numerusform>Імпортовано %n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>TimelineJS3 web timeline of the visible period (*.json)</source>
        <translation>Вебхронологія TimelineJS3 видимого періоду (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Експорт даних</translation>
    </message>
    <message>
        <source>Whole dossier as JSON (*.json);;Events as CSV (*.csv)</source>
        <translation>Усе досьє як JSON (*.json);;Події як CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Помилка експорту</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Експортовано до %1</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Помилка копіювання</translation>
    </message>
    <message>
        <source>Image copied to the clipboard</source>
        <translation>Зображення скопійовано до буфера обміну</translation>
    </message>
    <message>
        <source>Briefing PDF</source>
        <translation>Брифінг у PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Briefing not written</source>
        <translation>Брифінг не записано</translation>
    </message>
    <message>
        <source>Briefing written to %1</source>
        <translation>Брифінг записано до %1</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Доріжки хронології</translation>
    </message>
    <message>
        <source>Lanes by party</source>
        <translation>Доріжки за сторонами</translation>
    </message>
    <message>
        <source>Lanes by issue</source>
        <translation>Доріжки за питаннями</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>Одна доріжка</translation>
    </message>
    <message>
        <source>Timeline colours</source>
        <translation>Кольори хронології</translation>
    </message>
    <message>
        <source>Colour by party</source>
        <translation>Колір за стороною</translation>
    </message>
    <message>
        <source>Colour by issue</source>
        <translation>Колір за питанням</translation>
    </message>
    <message>
        <source>Colour by tag</source>
        <translation>Колір за тегом</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Показати все</translation>
    </message>
    <message>
        <source>Fit all (Home)</source>
        <translation>Показати все (Home)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Збільшити (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Зменшити (−)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Масштабувати до вибраного</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Перейти до дати</translation>
    </message>
    <message>
        <source>  Go to </source>
        <translation>  Перейти до </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Діаграми</translation>
    </message>
    <message>
        <source>Event editor</source>
        <translation>Редактор подій</translation>
    </message>
    <message>
        <source>Change history of the selected cell</source>
        <translation>Історія змін вибраної клітинки</translation>
    </message>
    <message>
        <source>&amp;Retract selected change</source>
        <translation>&amp;Відкликати вибрану зміну</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Історія</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Add issue</source>
        <translation>Додати питання</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Нове питання</translation>
    </message>
    <message>
        <source>Remove issue</source>
        <translation>Вилучити питання</translation>
    </message>
    <message>
        <source>Issue not removed</source>
        <translation>Питання не вилучено</translation>
    </message>
    <message>
        <source>Status history of the selected issue</source>
        <translation>Історія статусів вибраного питання</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Чинний з</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Відкликано</translation>
    </message>
    <message>
        <source>Retract selected status</source>
        <translation>Відкликати вибраний статус</translation>
    </message>
    <message>
        <source>That status change is already retracted</source>
        <translation>Цю зміну статусу вже відкликано</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Додати сторону</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Нова сторона</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Вилучити сторону</translation>
    </message>
    <message>
        <source>Party not removed</source>
        <translation>Сторону не вилучено</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Вилучити джерело</translation>
    </message>
    <message>
        <source>Source not removed</source>
        <translation>Джерело не вилучено</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Як у системі</translation>
    </message>
    <message>
        <source>The language changes the next time Entente starts.</source>
        <translation>Мова зміниться під час наступного запуску Entente.</translation>
    </message>
    <message>
        <source>Reconnected to the team server</source>
        <translation>Знову підключено до командного сервера</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Лише для читання: %1</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translation>Досьє використовується</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Відкрити лише для читання?</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Нове досьє</translation>
    </message>
    <message>
        <source>Open &amp;Team Dossier…</source>
        <translation>Відкрити &amp;командне досьє…</translation>
    </message>
    <message>
        <source>P&amp;ublish to Team Server…</source>
        <translation>&amp;Опублікувати на командному сервері…</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Брифінг…</translation>
    </message>
    <message>
        <source>E&amp;ras…</source>
        <translation>&amp;Етапи…</translation>
    </message>
    <message>
        <source>Mark &amp;Weakly Sourced Cells</source>
        <translation>Позначати &amp;слабко підтверджені клітинки</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Налаштування…</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Брифінг</translation>
    </message>
    <message>
        <source>Fit recent activity</source>
        <translation>Вмістити останню активність</translation>
    </message>
    <message>
        <source>Frame the densest recent period of events (Shift+Home)</source>
        <translation>Показати найщільніший недавній період подій (Shift+Home)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Зміни</translation>
    </message>
    <message>
        <source>Mark position and status changes in their lanes</source>
        <translation>Позначати зміни позицій і статусів на їхніх доріжках</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Легенда хронології</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Кольори: %1</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Прогноз</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Активність</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Додати джерело…</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Редагувати джерело…</translation>
    </message>
    <message>
        <source>Open a dossier first, then publish it</source>
        <translation>Спершу відкрийте досьє, а потім опублікуйте його</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Не вдалося опублікувати</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Жодне досьє не відкрито.</translation>
    </message>
    <message>
        <source>The dossier is still loading or importing; publish it once that is done.</source>
        <translation>Досьє ще завантажується або імпортується; опублікуйте його, коли це завершиться.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing %n event(s) to %1…</source>
        <translation>
            <numerusform>Публікація %n події до %1…</numerusform>
            <numerusform>Публікація %n подій до %1…</numerusform>
            <numerusform>Публікація %n подій до %1…</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation>Опублікувати на командному сервері</translation>
    </message>
    <message numerus="yes">
        <source>Published %n event(s) as %1</source>
        <translation>
            <numerusform>Опубліковано %n подію як %1</numerusform>
            <numerusform>Опубліковано %n події як %1</numerusform>
            <numerusform>Опубліковано %n подій як %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>%1.

Open the team copy now? Edits there are shared with the team; this file stays as it is.</source>
        <translation>%1.

Відкрити командну копію зараз? Зміни в ній бачитиме вся команда; цей файл залишиться без змін.</translation>
    </message>
    <message>
        <source>&amp;Open Team Copy</source>
        <translation>&amp;Відкрити командну копію</translation>
    </message>
    <message>
        <source>&amp;Keep This File Open</source>
        <translation>&amp;Залишити відкритим цей файл</translation>
    </message>
    <message>
        <source>Search E&amp;verything…</source>
        <translation>Шукати &amp;всюди…</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Збережені &amp;вигляди</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Збережені вигляди</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>&amp;Зберегти поточний вигляд…</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Вигляд «%1»</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Зберегти вигляд</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Назва вигляду:</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Вигляд %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Пошук</translation>
    </message>
    <message>
        <source>That item is no longer in the dossier</source>
        <translation>Цього елемента більше немає в досьє</translation>
    </message>
    <message>
        <source>The event is hidden by the events filter</source>
        <translation>Подію приховано фільтром подій</translation>
    </message>
    <message>
        <source>Nothing changed: that capability is already in force</source>
        <translation>Нічого не змінено: ця спроможність уже чинна</translation>
    </message>
    <message>
        <source>Axis not changed</source>
        <translation>Вісь не змінено</translation>
    </message>
    <message>
        <source>Every issue</source>
        <translation>Усі питання</translation>
    </message>
    <message>
        <source>Edit axis…</source>
        <translation>Змінити вісь…</translation>
    </message>
    <message>
        <source>Set capability…</source>
        <translation>Задати спроможність…</translation>
    </message>
    <message>
        <source>Capability history of the selected party</source>
        <translation>Історія спроможності вибраної сторони</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Спроможність</translation>
    </message>
    <message>
        <source>Retract selected capability</source>
        <translation>Відкликати вибрану спроможність</translation>
    </message>
    <message>
        <source>That capability change is already retracted</source>
        <translation>Цю зміну спроможності вже відкликано</translation>
    </message>
    <message>
        <source>Save Forecast S&amp;cenario…</source>
        <translation>Зберегти &amp;сценарій прогнозу…</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace its settings with the current ones?</source>
        <translation>Вигляд з назвою «%1» вже існує. Замінити його налаштування поточними?</translation>
    </message>
    <message>
        <source>No scenario to save: turn on What if in the Forecast dock and change a party&apos;s value.</source>
        <translation>Немає сценарію для збереження: увімкніть «Що, якби» на панелі прогнозу й змініть значення сторони.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Сценарій %1</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Зберегти сценарій</translation>
    </message>
    <message>
        <source>Name of the scenario (saved as a view, with the current view):</source>
        <translation>Назва сценарію (зберігається як вигляд разом із поточним виглядом):</translation>
    </message>
    <message>
        <source>%1 — scenario</source>
        <translation>%1 — сценарій</translation>
    </message>
</context>
<context>
    <name>Entente::MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation>Матриця позицій</translation>
    </message>
</context>
<context>
    <name>Entente::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Додати нотатку</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Редагувати нотатку</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>A matrix cell (party on issue)</source>
        <translation>Клітинка матриці (сторона щодо питання)</translation>
    </message>
    <message>
        <source>An issue</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>A party</source>
        <translation>Сторона</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>Подія</translation>
    </message>
    <message>
        <source>An era</source>
        <translation>Етап</translation>
    </message>
    <message>
        <source>event id (the selected event when opened)</source>
        <translation>ідентифікатор події (під час відкриття — вибрана подія)</translation>
    </message>
    <message>
        <source>&amp;Key judgement (opens the briefing)</source>
        <translation>&amp;Ключове судження (відкриває брифінг)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Низька</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Помірна</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Висока</translation>
    </message>
    <message>
        <source>Evidence sources</source>
        <translation>Джерела доказів</translation>
    </message>
    <message>
        <source>&amp;Pinned to:</source>
        <translation>&amp;Прикріплено до:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Дата:</translation>
    </message>
    <message>
        <source>Pa&amp;rty:</source>
        <translation>&amp;Сторона:</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Питання:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>П&amp;одія:</translation>
    </message>
    <message>
        <source>E&amp;ra:</source>
        <translation>&amp;Етап:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Текст:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Впевненість:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>Д&amp;окази:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Твердження:</translation>
    </message>
</context>
<context>
    <name>Entente::NotesModel</name>
    <message>
        <source>low</source>
        <translation>низька</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>помірна</translation>
    </message>
    <message>
        <source>high</source>
        <translation>висока</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 щодо %2</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>питання %1</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>сторона %1</translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation>подія «%1»</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>подія %1</translation>
    </message>
    <message>
        <source>era %1</source>
        <translation>етап %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Докази: %1</translation>
    </message>
    <message>
        <source>Key judgement</source>
        <translation>Ключове судження</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <source>Pinned to</source>
        <translation>Прикріплено до</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Впевненість</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Докази</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Автор</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Записано</translation>
    </message>
</context>
<context>
    <name>Entente::NotesPanel</name>
    <message>
        <source>Show notes of kind</source>
        <translation>Показати нотатки виду</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Усі нотатки</translation>
    </message>
    <message>
        <source>Key judgements</source>
        <translation>Ключові судження</translation>
    </message>
    <message>
        <source>Plain notes</source>
        <translation>Звичайні нотатки</translation>
    </message>
    <message>
        <source>On dates</source>
        <translation>До дат</translation>
    </message>
    <message>
        <source>On cells</source>
        <translation>До клітинок</translation>
    </message>
    <message>
        <source>On issues</source>
        <translation>До питань</translation>
    </message>
    <message>
        <source>On parties</source>
        <translation>До сторін</translation>
    </message>
    <message>
        <source>On events</source>
        <translation>До подій</translation>
    </message>
    <message>
        <source>On eras</source>
        <translation>До етапів</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Нотатки</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Додати…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Редагувати…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити</translation>
    </message>
</context>
<context>
    <name>Entente::PartiesModel</name>
    <message>
        <source>State</source>
        <translation>Держава</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>Блок</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Організація</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Коротка назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
</context>
<context>
    <name>Entente::PositionMatrixModel</name>
    <message>
        <source>%1 on %2: no recorded position</source>
        <translation>%1 щодо %2: позицію не записано</translation>
    </message>
    <message>
        <source>%1 on %2: %3 since %4</source>
        <translation>%1 щодо %2: %3 з %4</translation>
    </message>
    <message>
        <source>salience %1 of 100</source>
        <translation>вагомість %1 зі 100</translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation>джерела: %1</translation>
    </message>
    <message>
        <source>no source cited</source>
        <translation>джерело не вказано</translation>
    </message>
    <message numerus="yes">
        <source>cites %n event(s)</source>
        <translation>
            <numerusform>посилається на %n подію</numerusform>
            <numerusform>посилається на %n події</numerusform>
            <numerusform>посилається на %n подій</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since the previous step</source>
        <translation>змінено від попереднього кроку</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; щодо &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No recorded position</source>
        <translation>Позицію не записано</translation>
    </message>
    <message>
        <source>Latest change: %1, %2</source>
        <translation>Остання зміна: %1, %2</translation>
    </message>
    <message>
        <source>Salience: %1</source>
        <translation>Вагомість: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Примітка: %1</translation>
    </message>
    <message>
        <source>No source cited</source>
        <translation>Джерело не вказано</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1, status: %2</source>
        <translation>%1, статус: %2</translation>
    </message>
    <message>
        <source>%1, no status</source>
        <translation>%1, без статусу</translation>
    </message>
    <message>
        <source>rests on one source</source>
        <translation>спирається на одне джерело</translation>
    </message>
    <message>
        <source>rests on %1 independent sources</source>
        <translation>спирається на незалежні джерела: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>Rests on one source, graded %1</source>
        <translation>Спирається на одне джерело з оцінкою %1</translation>
    </message>
    <message>
        <source>Rests on %1 independent sources, best graded %2</source>
        <translation>Спирається на незалежні джерела (%1), найкраща оцінка %2</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Єдине джерело</translation>
    </message>
    <message>
        <source>Graded below %1</source>
        <translation>Оцінка нижча за %1</translation>
    </message>
    <message>
        <source>Key judgement (%1 confidence): %2</source>
        <translation>Ключове судження (впевненість %1): %2</translation>
    </message>
</context>
<context>
    <name>Entente::ReliabilityPanel</name>
    <message>
        <source>&amp;Mark weakly sourced cells on the matrix</source>
        <translation>&amp;Позначати в матриці слабко підтверджені клітинки</translation>
    </message>
    <message>
        <source>Weakest acceptable reliability</source>
        <translation>Найнижча прийнятна надійність</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Weakest acceptable credibility</source>
        <translation>Найнижча прийнятна достовірність</translation>
    </message>
    <message>
        <source>Weak below:</source>
        <translation>Слабке нижче:</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>Станом на %1: %2</translation>
    </message>
    <message>
        <source>A dashed frame marks a stated position that rests on one source (one outlet, however many reports) or whose best grade is below %1.</source>
        <translation>Пунктирна рамка позначає заявлену позицію, що спирається на одне джерело (одне видання, скільки б не було повідомлень) або найкраща оцінка якої нижча за %1.</translation>
    </message>
</context>
<context>
    <name>Entente::SavedViewsPanel</name>
    <message>
        <source>Saved views</source>
        <translation>Збережені вигляди</translation>
    </message>
    <message>
        <source>&amp;Save Current…</source>
        <translation>&amp;Зберегти поточний…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>&amp;Застосувати</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Перейменувати…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Перейменувати вигляд</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Нова назва:</translation>
    </message>
    <message>
        <source>%1 — scenario</source>
        <translation>%1 — сценарій</translation>
    </message>
    <message>
        <source>Forecast scenario on %1, %2</source>
        <translation>Сценарій прогнозу щодо %1, %2</translation>
    </message>
</context>
<context>
    <name>Entente::SearchPanel</name>
    <message>
        <source>Search everything</source>
        <translation>Шукати всюди</translation>
    </message>
    <message>
        <source>Search events, notes, claims, sources, names…</source>
        <translation>Шукати події, нотатки, твердження, джерела, назви…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Результати пошуку</translation>
    </message>
    <message>
        <source>Type words to find; each must begin a word (&quot;negot&quot; finds &quot;negotiations&quot;).</source>
        <translation>Введіть слова для пошуку; кожне має бути початком слова («перемов» знаходить «перемовини»).</translation>
    </message>
    <message>
        <source>Indexing the events…</source>
        <translation>Індексування подій…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Пошук…</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Нічого не знайдено.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n збіг</numerusform>
            <numerusform>%n збіги</numerusform>
            <numerusform>%n збігів</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::SearchResultsModel</name>
    <message>
        <source>%1 (%2, the first %3 shown)</source>
        <translation>%1 (%2, показано перші %3)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 — %2: %3</source>
        <translation>%1 — %2: %3</translation>
    </message>
</context>
<context>
    <name>Entente::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ваше &amp;ім’я:</translation>
    </message>
    <message>
        <source>Recorded on every change you make and in the dossier&apos;s journal. Left empty, your account&apos;s name is used.</source>
        <translation>Записується до кожної вашої зміни та до журналу досьє. Якщо залишити порожнім, використовується ім’я вашого облікового запису.</translation>
    </message>
</context>
<context>
    <name>Entente::SourceDialog</name>
    <message>
        <source>Add source</source>
        <translation>Додати джерело</translation>
    </message>
    <message>
        <source>Edit source: %1</source>
        <translation>Редагувати джерело: %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Видання:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Заголовок:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Open the URL in the web browser</source>
        <translation>Відкрити URL у вебпереглядачі</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>2025, 2025-12 or 2025-12-16</source>
        <translation>2025, 2025-12 або 2025-12-16</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>Опу&amp;бліковано:</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>&amp;Надійність:</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>The credibility of what this source itself reports</source>
        <translation>Достовірність того, що повідомляє саме це джерело</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>&amp;Достовірність:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>При&amp;мітка:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Без дати</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>Entente::SourcesModel</name>
    <message>
        <source>Outlet</source>
        <translation>Видання</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Заголовок</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Опубліковано</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16.</source>
        <translation>«%1» не є датою (%2): пишіть 2025, 2025-12 або 2025-12-16.</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>відомо з точністю до року</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>відомо з точністю до місяця</translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation>відомо з точністю до дня</translation>
    </message>
    <message>
        <source>known to the minute</source>
        <translation>відомо з точністю до хвилини</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Reliability %1: %2</source>
        <translation>Надійність %1: %2</translation>
    </message>
    <message>
        <source>Credibility %1: %2</source>
        <translation>Достовірність %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How reliable the source has been: A (completely reliable) to F (cannot be judged)</source>
        <translation>Наскільки надійним було джерело досі: від A (цілком надійне) до F (неможливо оцінити)</translation>
    </message>
    <message>
        <source>How credible its account is: 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation>Наскільки достовірне його повідомлення: від 1 (підтверджено іншими джерелами) до 6 (неможливо оцінити)</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Надійність</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Достовірність</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Примітка</translation>
    </message>
    <message>
        <source>Reliability is a letter from A to F, not “%1”.</source>
        <translation>Надійність — це літера від A до F, а не «%1».</translation>
    </message>
    <message>
        <source>Credibility is a digit from 1 to 6, not “%1”.</source>
        <translation>Достовірність — це цифра від 1 до 6, а не «%1».</translation>
    </message>
</context>
<context>
    <name>Entente::Store</name>
    <message>
        <source>The server has no roles entente_reader, entente_editor and entente_owner; create them first (see docs/team.md).</source>
        <translation>На сервері немає ролей entente_reader, entente_editor і entente_owner; спершу створіть їх (див. docs/team.md).</translation>
    </message>
    <message>
        <source>The %1 “%2” no longer exists.</source>
        <translation>%1 «%2» більше не існує.</translation>
    </message>
    <message>
        <source>The %1 “%2” was changed by someone else since you read it (version %3, now %4).</source>
        <translation>%1 «%2» змінив хтось інший після того, як ви його прочитали (версія %3, тепер %4).</translation>
    </message>
    <message>
        <source>The new order of the %1 table does not name each of its %2 rows once.</source>
        <translation>Новий порядок таблиці %1 не називає кожен з її %2 рядків рівно один раз.</translation>
    </message>
    <message>
        <source>the server asks for a password and none was found; put it in ~/.pgpass (host:port:database:user:password, mode 0600) or use a service from ~/.pg_service.conf (%1)</source>
        <translation>сервер вимагає пароль, але його не знайдено; додайте його до ~/.pgpass (host:port:database:user:password, режим 0600) або використайте службу з ~/.pg_service.conf (%1)</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>Не вдалося зв’язатися з командним сервером: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost (%1); nothing was written. It reconnects on the next attempt.</source>
        <translation>З’єднання з командним сервером втрачено (%1); нічого не записано. Під час наступної спроби з’єднання буде відновлено.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>немає з’єднання</translation>
    </message>
    <message>
        <source>The server refused the write: your role “%1” may only read this team dossier. Nothing was written.</source>
        <translation>Сервер відхилив запис: ваша роль «%1» дозволяє лише читати це командне досьє. Нічого не записано.</translation>
    </message>
    <message>
        <source>Another analyst&apos;s write collided with yours; nothing was written (%1).</source>
        <translation>Запис іншого аналітика зіткнувся з вашим; нічого не записано (%1).</translation>
    </message>
    <message>
        <source>an event row has %1 fields instead of %2</source>
        <translation>рядок події має %1 полів замість %2</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>подія %1: %2</translation>
    </message>
    <message>
        <source>the load was cancelled</source>
        <translation>завантаження скасовано</translation>
    </message>
    <message>
        <source>the dossier “%1” no longer exists on the server</source>
        <translation>досьє «%1» більше не існує на сервері</translation>
    </message>
    <message>
        <source>party “%1” has an unknown kind</source>
        <translation>сторона «%1» має невідомий тип</translation>
    </message>
    <message>
        <source>change %1 has an unknown confidence</source>
        <translation>зміна %1 має невідомий рівень упевненості</translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation>зміна %1: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read</source>
        <translation>не вдалося прочитати «%1»</translation>
    </message>
    <message>
        <source>%1 names no dossier; add ?dossier=ID to the address.</source>
        <translation>%1 не вказує досьє; додайте до адреси ?dossier=ID.</translation>
    </message>
    <message>
        <source>“%1” is not a valid dossier id (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>«%1» не є допустимим ідентифікатором досьє (використовуйте літери, цифри, «.», «_» і «-»).</translation>
    </message>
    <message>
        <source>%1: the server holds no Entente team dossiers.</source>
        <translation>%1: на сервері немає командних досьє Entente.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s dossiers were written by a newer version of Entente (schema %2); this version reads up to %3.</source>
        <translation>%1: досьє на сервері записано новішою версією Entente (схема %2); ця версія читає до %3.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s dossiers use schema %2 and need an upgrade to %3, which only the owner of the schema may run (%4).</source>
        <translation>%1: досьє на сервері використовують схему %2 і потребують оновлення до %3, яке може виконати лише власник схеми (%4).</translation>
    </message>
    <message>
        <source>%1: there is no dossier “%2” on that server.</source>
        <translation>%1: на цьому сервері немає досьє «%2».</translation>
    </message>
    <message>
        <source>your server role “%1” may only read team dossiers</source>
        <translation>ваша роль на сервері «%1» дозволяє лише читати командні досьє</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s schema %2 is newer than this version of Entente (%3).</source>
        <translation>%1: схема сервера %2 новіша за цю версію Entente (%3).</translation>
    </message>
    <message>
        <source>%1: cannot install the team schema</source>
        <translation>%1: не вдалося встановити командну схему</translation>
    </message>
    <message>
        <source>There is already a dossier “%1” on that server; choose another id.</source>
        <translation>На цьому сервері вже є досьє «%1»; виберіть інший ідентифікатор.</translation>
    </message>
    <message>
        <source>%1: cannot publish</source>
        <translation>%1: не вдалося опублікувати</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 відкрито лише для читання.</translation>
    </message>
    <message>
        <source>a transaction is already open</source>
        <translation>транзакцію вже відкрито</translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation>жодну транзакцію не відкрито</translation>
    </message>
    <message>
        <source>%1: nothing was written, a statement of the transaction failed.</source>
        <translation>%1: нічого не записано, одна з інструкцій транзакції завершилася помилкою.</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>його відкрито лише для читання</translation>
    </message>
    <message>
        <source>%1: nothing was written, %2.</source>
        <translation>%1: нічого не записано, %2.</translation>
    </message>
    <message>
        <source>The %1 “%2” already exists.</source>
        <translation>%1 «%2» вже існує.</translation>
    </message>
    <message>
        <source>The new order of the %1 table names rows that no longer exist.</source>
        <translation>Новий порядок таблиці %1 називає рядки, яких більше не існує.</translation>
    </message>
    <message>
        <source>event rows %1–%2 out of range</source>
        <translation>рядки подій %1–%2 поза межами</translation>
    </message>
    <message>
        <source>unknown %1 change %2</source>
        <translation>невідома зміна (%1) %2</translation>
    </message>
    <message>
        <source>position</source>
        <translation>позиції</translation>
    </message>
    <message>
        <source>status</source>
        <translation>статусу</translation>
    </message>
    <message>
        <source>The connection to the team server was lost.</source>
        <translation>З’єднання з командним сервером втрачено.</translation>
    </message>
    <message>
        <source>note “%1” is damaged %2</source>
        <translation>нотатку «%1» пошкоджено %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of the events were changed or removed by someone else meanwhile: nothing was removed.</source>
        <translation>
            <numerusform>Тим часом хтось інший змінив або вилучив %n подію: нічого не вилучено.</numerusform>
            <numerusform>Тим часом хтось інший змінив або вилучив %n події: нічого не вилучено.</numerusform>
            <numerusform>Тим часом хтось інший змінив або вилучив %n подій: нічого не вилучено.</numerusform>
        </translation>
    </message>
    <message>
        <source>capability</source>
        <translation>спроможність</translation>
    </message>
</context>
<context>
    <name>Entente::TeamDossierDialog</name>
    <message>
        <source>Open Team Dossier</source>
        <translation>Відкрити командне досьє</translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation>Опублікувати на командному сервері</translation>
    </message>
    <message>
        <source>A team dossier lives on a PostgreSQL server, where several analysts edit it at once.</source>
        <translation>Командне досьє зберігається на сервері PostgreSQL, де його одночасно редагують кілька аналітиків.</translation>
    </message>
    <message>
        <source>The open dossier is copied to the server as a new team dossier; this file stays as it is.</source>
        <translation>Відкрите досьє буде скопійовано на сервер як нове командне досьє; цей файл залишиться без змін.</translation>
    </message>
    <message>
        <source>Use a &amp;service from pg_service.conf</source>
        <translation>Використати &amp;службу з pg_service.conf</translation>
    </message>
    <message>
        <source>e.g. team</source>
        <translation>напр. team</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>С&amp;лужба:</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (порожньо: цей комп’ютер)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Хост:</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>типовий (5432)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Порт:</translation>
    </message>
    <message>
        <source>e.g. entente</source>
        <translation>напр. entente</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;База даних:</translation>
    </message>
    <message>
        <source>e.g. berlin-talks</source>
        <translation>напр. berlin-talks</translation>
    </message>
    <message>
        <source>D&amp;ossier:</source>
        <translation>&amp;Досьє:</translation>
    </message>
    <message>
        <source>New d&amp;ossier id:</source>
        <translation>Ідентифікатор нового &amp;досьє:</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>порожньо: ваше ім’я входу</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Користувач:</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>типовий (prefer)</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>Режим SS&amp;L:</translation>
    </message>
    <message>
        <source>Entente never asks for or stores a password. If the server wants one, put it in ~/.pgpass (one line host:port:database:user:password, mode 0600) or use a service; an administrator can also let you in without one (peer or certificate authentication).</source>
        <translation>Entente ніколи не запитує й не зберігає паролів. Якщо сервер вимагає пароль, додайте його до ~/.pgpass (рядок host:port:database:user:password, режим 0600) або використайте службу; адміністратор також може впустити вас без пароля (автентифікація peer або за сертифікатом).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Опублікувати</translation>
    </message>
    <message>
        <source>Service: enter the name of a section of pg_service.conf.</source>
        <translation>Служба: введіть назву розділу з pg_service.conf.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Адреса: %1</translation>
    </message>
</context>
<context>
    <name>Entente::TeamLocation</name>
    <message>
        <source>Dossier: enter the id of the dossier on the server.</source>
        <translation>Досьє: введіть ідентифікатор досьє на сервері.</translation>
    </message>
    <message>
        <source>Dossier: “%1” is not a valid id (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>Досьє: «%1» не є допустимим ідентифікатором (використовуйте літери, цифри, «.», «_» і «-»).</translation>
    </message>
    <message>
        <source>Database: enter the database name (or use a service).</source>
        <translation>База даних: введіть назву бази даних (або використайте службу).</translation>
    </message>
    <message>
        <source>Port: %1 is not a port number (1–65535).</source>
        <translation>Порт: %1 не є номером порту (1–65535).</translation>
    </message>
    <message>
        <source>SSL mode: “%1” is not one of %2.</source>
        <translation>Режим SSL: «%1» не є одним із %2.</translation>
    </message>
    <message>
        <source>(no dossier)</source>
        <translation>(без досьє)</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>служба %1</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>локальний сервер</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 на %2</translation>
    </message>
</context>
<context>
    <name>Entente::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Laying out %1 events…</source>
        <translation>Розміщення %1 подій…</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Сторони: %1</translation>
    </message>
    <message>
        <source>Issues: %1</source>
        <translation>Питання: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Джерело: %1</translation>
    </message>
    <message>
        <source>&amp;Edit Era “%1”…</source>
        <translation>&amp;Редагувати етап «%1»…</translation>
    </message>
    <message>
        <source>&amp;Add Era Here…</source>
        <translation>&amp;Додати етап тут…</translation>
    </message>
    <message>
        <source>E&amp;ras…</source>
        <translation>&amp;Етапи…</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (from %4)</source>
        <translation>%1 щодо %2: %3 (з %4)</translation>
    </message>
    <message>
        <source>%1 status: %2 (from %3)</source>
        <translation>Статус %1: %2 (з %3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Нотатка: %1</translation>
    </message>
</context>
<context>
    <name>Entente::WhatChangedPanel</name>
    <message>
        <source>What changed</source>
        <translation>Що змінилося</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Зміна</translation>
    </message>
    <message>
        <source>Change record and sources</source>
        <translation>Запис зміни та джерела</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 new, %4 withdrawn, %5 stance moves, %6 salience moves, %7 status changes, %8 events</source>
        <translation>З %1 до %2: нових: %3, відкликаних: %4, змін позицій: %5, змін вагомості: %6, змін статусу: %7, подій: %8</translation>
    </message>
    <message>
        <source>Change %1, effective %2</source>
        <translation>Зміна %1, чинна з %2</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Подія: %1</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The weighted median of the positions after the last round.</source>
        <translation>Зважена медіана позицій після останнього раунду.</translation>
    </message>
    <message>
        <source>The position most likely to prevail (probability %1), held by %2.</source>
        <translation>Позиція, яка найімовірніше переважить (імовірність %1), її обстоює %2.</translation>
    </message>
    <message>
        <source>Tied with the position of %1: the model cannot choose.</source>
        <translation>Нічия з позицією %1: модель не може обрати.</translation>
    </message>
    <message>
        <source>%1 (nearest: %2)</source>
        <translation>%1 (найближче: %2)</translation>
    </message>
    <message>
        <source>no party has a position on this issue</source>
        <translation>жодна сторона не має позиції щодо цього питання</translation>
    </message>
    <message>
        <source>%1: expected %2 position(s) and salience(s)</source>
        <translation>%1: очікується позицій і вагомостей: %2</translation>
    </message>
    <message>
        <source>%1: capability must be a number ≥ 0</source>
        <translation>%1: спроможність має бути числом ≥ 0</translation>
    </message>
    <message>
        <source>%1: position is not a number</source>
        <translation>%1: позиція не є числом</translation>
    </message>
    <message>
        <source>%1: salience must be between 0 and 100</source>
        <translation>%1: вагомість має бути від 0 до 100</translation>
    </message>
    <message>
        <source>the axis needs a lower end below its upper end</source>
        <translation>нижній край осі має бути меншим за верхній</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Зважене середнє</translation>
    </message>
    <message>
        <source>Weighted median (Black)</source>
        <translation>Зважена медіана (Блек)</translation>
    </message>
    <message>
        <source>Condorcet winner</source>
        <translation>Переможець за Кондорсе</translation>
    </message>
    <message>
        <source>Nash bargaining</source>
        <translation>Переговорний розв’язок Неша</translation>
    </message>
    <message>
        <source>Expected utility (Bueno de Mesquita)</source>
        <translation>Очікувана корисність (Буено де Мескіта)</translation>
    </message>
    <message>
        <source>Spatial model of politics (KTAB)</source>
        <translation>Просторова модель політики (KTAB)</translation>
    </message>
    <message>
        <source>No Condorcet winner: no position beats every other in a weighted majority vote.</source>
        <translation>Немає переможця за Кондорсе: жодна позиція не перемагає всі інші у зваженому голосуванні більшістю.</translation>
    </message>
    <message>
        <source>No agreement gives every party more than the disagreement point.</source>
        <translation>Жодна угода не дає кожній стороні більше, ніж точка незгоди.</translation>
    </message>
    <message>
        <source>Every party has zero capability or zero salience.</source>
        <translation>Кожна сторона має нульову спроможність або нульову вагомість.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(невідомо)</translation>
    </message>
    <message>
        <source>%1 expects to lose a confrontation with %2 and moves to its position (%3 → %4).</source>
        <translation>%1 очікує програти протистояння з %2 і переходить на його позицію (%3 → %4).</translation>
    </message>
    <message>
        <source>%1 compromises with %2 and moves part of the way toward it (%3 → %4).</source>
        <translation>%1 іде на компроміс із %2 і частково наближається до нього (%3 → %4).</translation>
    </message>
    <message>
        <source>%1 capitulates to %2 and adopts its position (%3 → %4).</source>
        <translation>%1 капітулює перед %2 і переймає його позицію (%3 → %4).</translation>
    </message>
    <message>
        <source>%1 accepts the bargain with %2 (%3 → %4).</source>
        <translation>%1 приймає домовленість із %2 (%3 → %4).</translation>
    </message>
    <message>
        <source>No party moved in the last round.</source>
        <translation>В останньому раунді жодна сторона не зрушила.</translation>
    </message>
    <message>
        <source>line %1: %2 is missing</source>
        <translation>рядок %1: бракує %2</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a number</source>
        <translation>рядок %1: %2 «%3» не є числом</translation>
    </message>
    <message>
        <source>line %1: %2 %3 is outside %4…%5</source>
        <translation>рядок %1: %2 %3 поза межами %4…%5</translation>
    </message>
    <message>
        <source>line 1: expected &quot;name, description, actors, dimensions&quot; (KTAB layout)</source>
        <translation>рядок 1: очікується «name, description, actors, dimensions» (формат KTAB)</translation>
    </message>
    <message>
        <source>line 2: the header row is missing</source>
        <translation>рядок 2: бракує рядка заголовків</translation>
    </message>
    <message>
        <source>line %1: expected Actor, Description, Power and %2 position/salience pairs</source>
        <translation>рядок %1: очікуються Actor, Description, Power і %2 пар позиція/вагомість</translation>
    </message>
    <message>
        <source>line %1: Actor is empty</source>
        <translation>рядок %1: Actor порожній</translation>
    </message>
    <message>
        <source>line %1: the saliences add up to more than 100</source>
        <translation>рядок %1: сума вагомостей перевищує 100</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>рядок %1: %2</translation>
    </message>
    <message>
        <source>line 1 announces %1 actors, the file has %2</source>
        <translation>рядок 1 оголошує %1 акторів, а у файлі їх %2</translation>
    </message>
    <message>
        <source>line 1: expected the columns actor, capability, position and salience</source>
        <translation>рядок 1: очікуються стовпці actor, capability, position і salience</translation>
    </message>
    <message>
        <source>line %1: actor is empty</source>
        <translation>рядок %1: actor порожній</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>таблиця порожня</translation>
    </message>
    <message>
        <source>the table has no actors</source>
        <translation>у таблиці немає акторів</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не вдалося відкрити %1: %2</translation>
    </message>
    <message>
        <source>Salience not assessed, taken as 50: %1</source>
        <translation>Вагомість не оцінено, прийнято 50: %1</translation>
    </message>
    <message>
        <source>Capability: equal (1) for every party; the dossier records no capabilities.</source>
        <translation>Спроможність: однакова (1) для кожної сторони; досьє не містить даних про спроможність.</translation>
    </message>
    <message>
        <source>Capability not recorded, taken as the mean of those recorded (%1): %2</source>
        <translation>Спроможність не записано, взято середнє із записаних (%1): %2</translation>
    </message>
    <message>
        <source>%1: a capability cannot be negative (%2)</source>
        <translation>%1: спроможність не може бути від’ємною (%2)</translation>
    </message>
    <message>
        <source>%1: salience %2 is outside 0–100</source>
        <translation>%1: вагомість %2 поза межами 0–100</translation>
    </message>
    <message>
        <source>%1: position %2 is off the axis (%3 to %4)</source>
        <translation>%1: позиція %2 поза віссю (від %3 до %4)</translation>
    </message>
    <message>
        <source>Scenario, not the record: changed for %1.</source>
        <translation>Сценарій, а не записи: змінено для %1.</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>немає результату</translation>
    </message>
    <message>
        <source>no capability is recorded, so every party weighs the same</source>
        <translation>спроможність не записано, тому всі сторони мають однакову вагу</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) without a recorded capability</source>
        <translation>
            <numerusform>%n сторона без записаної спроможності</numerusform>
            <numerusform>%n сторони без записаної спроможності</numerusform>
            <numerusform>%n сторін без записаної спроможності</numerusform>
        </translation>
    </message>
    <message>
        <source>the positions cite no source</source>
        <translation>позиції не посилаються на жодне джерело</translation>
    </message>
    <message>
        <source>the positions rest on one source</source>
        <translation>позиції спираються на одне джерело</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>позиція %1</translation>
    </message>
    <message>
        <source>salience %1</source>
        <translation>вагомість %1</translation>
    </message>
    <message>
        <source>capability %1</source>
        <translation>спроможність %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Grading</name>
    <message>
        <source>Completely reliable</source>
        <translation>Цілком надійне</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Зазвичай надійне</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Досить надійне</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Зазвичай ненадійне</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Ненадійне</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Надійність неможливо оцінити</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Підтверджено іншими джерелами</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Імовірно правдиве</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Можливо правдиве</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Сумнівне</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Неймовірне</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Правдивість неможливо оцінити</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Дата завершення</translation>
    </message>
    <message>
        <source>Title (column or {template})</source>
        <translation>Назва (стовпець або {шаблон})</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Широта</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Довгота</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Джерело</translation>
    </message>
    <message>
        <source>Event type (tag)</source>
        <translation>Тип події (тег)</translation>
    </message>
    <message>
        <source>External id (no twins on re-import)</source>
        <translation>Зовнішній ідентифікатор (без дублікатів під час повторного імпорту)</translation>
    </message>
</context>
<context>
    <name>MatrixRenderer</name>
    <message>
        <source>Position matrix</source>
        <translation>Матриця позицій</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Без статусу</translation>
    </message>
    <message>
        <source>●  changed since previous step    △  no source    bar: salience</source>
        <translation>●  змінено від попереднього кроку    △  без джерела    смуга: вагомість</translation>
    </message>
    <message>
        <source>    ┆┆  one source or graded below %1</source>
        <translation>    ┆┆  одне джерело або оцінка нижча за %1</translation>
    </message>
    <message>
        <source>    ◢  note</source>
        <translation>    ◢  нотатка</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>internal error: the fast PNG writer takes RGB32 images</source>
        <translation>внутрішня помилка: швидкий запис PNG приймає лише зображення RGB32</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>бракує пам’яті</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>кодувальник PNG зазнав збою</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>не вдалося записати</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>не вдається відкрити %1: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>це тека</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe)</source>
        <translation>не звичайний файл (іменований канал)</translation>
    </message>
    <message>
        <source>not a regular file (a device)</source>
        <translation>не звичайний файл (пристрій)</translation>
    </message>
    <message>
        <source>not a regular file (a socket)</source>
        <translation>не звичайний файл (сокет)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <source>it was replaced while being opened</source>
        <translation>його замінили під час відкриття</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>No stated positions as of this date.</source>
        <translation>Станом на цю дату заявлених позицій немає.</translation>
    </message>
    <message>
        <source>%1 of 1 stated position rests on one source</source>
        <translation>%1 з 1 заявленої позиції спирається на одне джерело</translation>
    </message>
    <message>
        <source>%1 of %2 stated positions rest on one source</source>
        <translation>%1 з %2 заявлених позицій спираються на одне джерело</translation>
    </message>
    <message>
        <source>, all graded %1</source>
        <translation>, усі з оцінкою %1</translation>
    </message>
    <message>
        <source>, graded %1</source>
        <translation>, з оцінкою %1</translation>
    </message>
    <message>
        <source>1 cites no source</source>
        <translation>1 не посилається на жодне джерело</translation>
    </message>
    <message>
        <source>%1 cite no source</source>
        <translation>%1 не посилаються на жодне джерело</translation>
    </message>
    <message>
        <source>%1 graded below %2</source>
        <translation>%1 з оцінкою нижчою за %2</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <source>no file name</source>
        <translation>немає назви файлу</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>це тека</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>не звичайний файл</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>файл не відкрито</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>не вдалося записати</translation>
    </message>
    <message>
        <source>written, but syncing its folder failed: %1</source>
        <translation>записано, але синхронізувати теку не вдалося: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>не вдається записати %1: %2</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>view &quot;%1&quot;: scenario: %2</source>
        <translation>вигляд «%1»: сценарій: %2</translation>
    </message>
    <message>
        <source>no issue</source>
        <translation>немає питання</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (mean, median, condorcet, nash, eu or smp)</source>
        <translation>невідома модель «%1» (mean, median, condorcet, nash, eu або smp)</translation>
    </message>
    <message>
        <source>rounds must be from 1 to 10000, not %1</source>
        <translation>кількість раундів має бути від 1 до 10000, а не %1</translation>
    </message>
    <message>
        <source>unknown PCE form &quot;%1&quot; (conditional or markov)</source>
        <translation>невідома форма PCE «%1» (conditional або markov)</translation>
    </message>
    <message>
        <source>an override without a party</source>
        <translation>зміна без сторони</translation>
    </message>
    <message>
        <source>the override of party &quot;%1&quot; changes nothing</source>
        <translation>зміна для сторони «%1» нічого не змінює</translation>
    </message>
    <message>
        <source>party &quot;%1&quot;: a value is not a finite number</source>
        <translation>сторона «%1»: значення не є скінченним числом</translation>
    </message>
    <message>
        <source>party &quot;%1&quot;: salience %2 is outside 0–100</source>
        <translation>сторона «%1»: вагомість %2 поза межами 0–100</translation>
    </message>
    <message>
        <source>party &quot;%1&quot;: capability %2 is negative</source>
        <translation>сторона «%1»: спроможність %2 від’ємна</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Opposes</source>
        <translation>Проти</translation>
    </message>
    <message>
        <source>Resists</source>
        <translation>Опирається</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Неоднозначно</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Відкрито</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Підтримує</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Спірне</translation>
    </message>
    <message>
        <source>Converging</source>
        <translation>Зближення</translation>
    </message>
    <message>
        <source>Agreed in principle</source>
        <translation>Погоджено в принципі</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Погоджено</translation>
    </message>
    <message>
        <source>Deadlocked</source>
        <translation>У глухому куті</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Знято</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Events</source>
        <translation>Події</translation>
    </message>
    <message>
        <source>Position notes</source>
        <translation>Нотатки до позицій</translation>
    </message>
    <message>
        <source>Status notes</source>
        <translation>Нотатки до статусів</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Твердження</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Джерела</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Сторони</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Питання</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>Етапи</translation>
    </message>
    <message>
        <source>Notes and key judgements</source>
        <translation>Нотатки та ключові судження</translation>
    </message>
    <message>
        <source>title</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>description</source>
        <translation>опис</translation>
    </message>
    <message>
        <source>location</source>
        <translation>місце</translation>
    </message>
    <message>
        <source>party</source>
        <translation>сторона</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>мітка</translation>
    </message>
    <message>
        <source>note</source>
        <translation>нотатка</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>автор твердження</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>цитата</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>видання</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>name</source>
        <translation>назва</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>коротка назва</translation>
    </message>
    <message>
        <source>text</source>
        <translation>текст</translation>
    </message>
    <message>
        <source>author</source>
        <translation>автор</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 щодо %2</translation>
    </message>
    <message>
        <source>%1 (retracted)</source>
        <translation>%1 (відкликано)</translation>
    </message>
    <message>
        <source>Key judgement</source>
        <translation>Ключове судження</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Нотатка</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n подія</numerusform>
            <numerusform>%1: %n події</numerusform>
            <numerusform>%1: %n подій</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the visible period</source>
        <translation>
            <numerusform>%n подія у видимому періоді</numerusform>
            <numerusform>%n події у видимому періоді</numerusform>
            <numerusform>%n подій у видимому періоді</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>з %1 до %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>parties: %1</source>
        <translation>сторони: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s), %1 to %2</source>
        <translation>
            <numerusform>%n доріжка, з %1 до %2</numerusform>
            <numerusform>%n доріжки, з %1 до %2</numerusform>
            <numerusform>%n доріжок, з %1 до %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <source>All events</source>
        <translation>Усі події</translation>
    </message>
    <message>
        <source>No issue</source>
        <translation>Без питання</translation>
    </message>
    <message>
        <source>No party</source>
        <translation>Без сторони</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>Timeline</source>
        <translation>Хронологія</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Статус: %1</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>Unknown</source>
        <translation>Невідомо</translation>
    </message>
    <message>
        <source>none</source>
        <translation>немає</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Інші події</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Статус: %1 → %2</translation>
    </message>
    <message>
        <source>%1: new position %2</source>
        <translation>%1: нова позиція %2</translation>
    </message>
    <message>
        <source> (salience %1)</source>
        <translation> (вагомість %1)</translation>
    </message>
    <message>
        <source>%1: position withdrawn (was %2)</source>
        <translation>%1: позицію відкликано (була %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4</source>
        <translation>%1: %2 → %3, %4</translation>
    </message>
    <message>
        <source>toward support</source>
        <translation>у бік підтримки</translation>
    </message>
    <message>
        <source>toward opposition</source>
        <translation>у бік протидії</translation>
    </message>
    <message>
        <source>sideways</source>
        <translation>без зсуву</translation>
    </message>
    <message>
        <source>; salience %1 → %2</source>
        <translation>; вагомість %1 → %2</translation>
    </message>
    <message>
        <source>%1: salience %2 → %3 (still %4)</source>
        <translation>%1: вагомість %2 → %3 (і далі %4)</translation>
    </message>
    <message>
        <source>change %1, effective %2</source>
        <translation>зміна %1, чинна з %2</translation>
    </message>
    <message>
        <source>; sources: %1</source>
        <translation>; джерела: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 withdrawn, %3 stance moves, %4 salience moves, %5 status changes, %6 events</source>
        <translation>нових: %1, відкликаних: %2, змін позицій: %3, змін вагомості: %4, змін статусу: %5, подій: %6</translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation>Що змінилося з %1 до %2</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Нічого не змінилося.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Подія: %1</translation>
    </message>
</context>
</TS>
