<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ChartSummary</name>
    <message numerus="yes">
        <source>%1: %n point(s), last %2</source>
        <translation>
            <numerusform>%1: %n Punkt, zuletzt %2</numerusform>
            <numerusform>%1: %n Punkte, zuletzt %2</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2 in all</source>
        <translation>%1: %2 insgesamt</translation>
    </message>
</context>
<context>
    <name>Citation</name>
    <message>
        <source>: “%1”</source>
        <translation>: „%1“</translation>
    </message>
</context>
<context>
    <name>Dossier</name>
    <message>
        <source>colour &quot;%1&quot; is not #rrggbb</source>
        <translation>Farbe „%1“ ist nicht im Format #rrggbb</translation>
    </message>
    <message>
        <source>the stance scale has no levels</source>
        <translation>die Haltungsskala hat keine Stufen</translation>
    </message>
    <message>
        <source>the status scale has no levels</source>
        <translation>die Statusskala hat keine Stufen</translation>
    </message>
    <message>
        <source>a stance level has an empty key</source>
        <translation>eine Haltungsstufe hat einen leeren Schlüssel</translation>
    </message>
    <message>
        <source>a status level has an empty key</source>
        <translation>eine Statusstufe hat einen leeren Schlüssel</translation>
    </message>
    <message>
        <source>duplicate stance level &quot;%1&quot;</source>
        <translation>doppelte Haltungsstufe „%1“</translation>
    </message>
    <message>
        <source>duplicate status level &quot;%1&quot;</source>
        <translation>doppelte Statusstufe „%1“</translation>
    </message>
    <message>
        <source>party &quot;%1&quot; has no name</source>
        <translation>Partei „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>party &quot;%1&quot; names an unknown bloc &quot;%2&quot;</source>
        <translation>Partei „%1“ nennt einen unbekannten Block „%2“</translation>
    </message>
    <message>
        <source>party id is empty</source>
        <translation>die Kennung der Partei ist leer</translation>
    </message>
    <message>
        <source>duplicate party id &quot;%1&quot;</source>
        <translation>doppelte Parteikennung „%1“</translation>
    </message>
    <message>
        <source>unknown party &quot;%1&quot;</source>
        <translation>unbekannte Partei „%1“</translation>
    </message>
    <message>
        <source>party &quot;%1&quot; is still referenced by events, positions, notes, member parties or saved scenarios</source>
        <translation>auf Partei „%1“ verweisen noch Ereignisse, Haltungen, Notizen, Mitgliedsparteien oder gespeicherte Szenarien</translation>
    </message>
    <message>
        <source>party position out of range</source>
        <translation>Position der Partei außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>issue id is empty</source>
        <translation>die Kennung des Themas ist leer</translation>
    </message>
    <message>
        <source>duplicate issue id &quot;%1&quot;</source>
        <translation>doppelte Themenkennung „%1“</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot; has no name</source>
        <translation>Thema „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>unknown issue &quot;%1&quot;</source>
        <translation>unbekanntes Thema „%1“</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot; is still referenced by events, changes, notes or saved scenarios</source>
        <translation>auf Thema „%1“ verweisen noch Ereignisse, Änderungen, Notizen oder gespeicherte Szenarien</translation>
    </message>
    <message>
        <source>issue position out of range</source>
        <translation>Position des Themas außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: reliability must be A to F</source>
        <translation>Quelle „%1“: die Zuverlässigkeit muss A bis F sein</translation>
    </message>
    <message>
        <source>source &quot;%1&quot;: credibility must be 1 to 6</source>
        <translation>Quelle „%1“: die Glaubwürdigkeit muss 1 bis 6 sein</translation>
    </message>
    <message>
        <source>source id is empty</source>
        <translation>die Kennung der Quelle ist leer</translation>
    </message>
    <message>
        <source>duplicate source id &quot;%1&quot;</source>
        <translation>doppelte Quellenkennung „%1“</translation>
    </message>
    <message>
        <source>unknown source &quot;%1&quot;</source>
        <translation>unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <source>source &quot;%1&quot; is still cited</source>
        <translation>Quelle „%1“ wird noch zitiert</translation>
    </message>
    <message>
        <source>era &quot;%1&quot; needs a start before its end</source>
        <translation>Phase „%1“ braucht einen Beginn vor ihrem Ende</translation>
    </message>
    <message>
        <source>era id is empty</source>
        <translation>die Kennung der Phase ist leer</translation>
    </message>
    <message>
        <source>duplicate era id &quot;%1&quot;</source>
        <translation>doppelte Phasenkennung „%1“</translation>
    </message>
    <message>
        <source>unknown era &quot;%1&quot;</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>era &quot;%1&quot; still carries a note</source>
        <translation>an Phase „%1“ hängt noch eine Notiz</translation>
    </message>
    <message>
        <source>stance level &quot;%1&quot; is used by recorded positions</source>
        <translation>Haltungsstufe „%1“ wird von erfassten Haltungen verwendet</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is used by recorded status changes</source>
        <translation>Status „%1“ wird von erfassten Statusänderungen verwendet</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>the event</source>
        <translation>das Ereignis</translation>
    </message>
    <message>
        <source>%1 has no start date</source>
        <translation>%1 hat kein Anfangsdatum</translation>
    </message>
    <message>
        <source>%1 ends before it starts</source>
        <translation>%1 endet vor seinem Beginn</translation>
    </message>
    <message>
        <source>%1 has no title</source>
        <translation>%1 hat keinen Titel</translation>
    </message>
    <message>
        <source>%1 names an unknown party &quot;%2&quot;</source>
        <translation>%1 nennt eine unbekannte Partei „%2“</translation>
    </message>
    <message>
        <source>%1 names an unknown issue &quot;%2&quot;</source>
        <translation>%1 nennt eine unbekanntes Thema „%2“</translation>
    </message>
    <message>
        <source>%1 cites an unknown source &quot;%2&quot;</source>
        <translation>%1 zitiert eine unbekannte Quelle „%2“</translation>
    </message>
    <message>
        <source>duplicate event id %1</source>
        <translation>doppelte Ereigniskennung %1</translation>
    </message>
    <message>
        <source>unknown event %1</source>
        <translation>unbekanntes Ereignis %1</translation>
    </message>
    <message>
        <source>event %1 still carries a note</source>
        <translation>an Ereignis %1 hängt noch eine Notiz</translation>
    </message>
    <message>
        <source>event %1 ends before it starts</source>
        <translation>Ereignis %1 endet vor seinem Beginn</translation>
    </message>
    <message>
        <source>claims of an unknown event</source>
        <translation>Angaben zu einem unbekannten Ereignis</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>position change %1: %2</source>
        <translation>Haltungsänderung %1: %2</translation>
    </message>
    <message>
        <source>status change %1: %2</source>
        <translation>Statusänderung %1: %2</translation>
    </message>
    <message>
        <source>position change %1 cites an unknown event %2</source>
        <translation>Haltungsänderung %1 zitiert ein unbekanntes Ereignis %2</translation>
    </message>
    <message>
        <source>status change %1 cites an unknown event %2</source>
        <translation>Statusänderung %1 zitiert ein unbekanntes Ereignis %2</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to an unknown event %2</source>
        <translation>Notiz „%1“ hängt an einem unbekannten Ereignis %2</translation>
    </message>
    <message>
        <source>the dossier already has events</source>
        <translation>das Dossier hat bereits Ereignisse</translation>
    </message>
    <message>
        <source>duplicate position change id %1</source>
        <translation>doppelte Kennung der Haltungsänderung %1</translation>
    </message>
    <message>
        <source>duplicate status change id %1</source>
        <translation>doppelte Kennung der Statusänderung %1</translation>
    </message>
    <message>
        <source>unknown position change %1</source>
        <translation>unbekannte Haltungsänderung %1</translation>
    </message>
    <message>
        <source>unknown status change %1</source>
        <translation>unbekannte Statusänderung %1</translation>
    </message>
    <message>
        <source>the change has no effective date</source>
        <translation>die Änderung hat kein Gültigkeitsdatum</translation>
    </message>
    <message>
        <source>the change cites an unknown source &quot;%1&quot;</source>
        <translation>die Änderung zitiert eine unbekannte Quelle „%1“</translation>
    </message>
    <message>
        <source>the change cites an unknown event %1</source>
        <translation>die Änderung zitiert ein unbekanntes Ereignis %1</translation>
    </message>
    <message>
        <source>the change: %1</source>
        <translation>die Änderung: %1</translation>
    </message>
    <message>
        <source>unknown stance &quot;%1&quot;</source>
        <translation>unbekannte Haltung „%1“</translation>
    </message>
    <message>
        <source>salience %1 is outside 0–100</source>
        <translation>Gewicht %1 liegt außerhalb von 0–100</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>note id is empty</source>
        <translation>die Kennung der Notiz ist leer</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; has no text</source>
        <translation>Notiz „%1“ hat keinen Text</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to an unknown party &quot;%2&quot;</source>
        <translation>Notiz „%1“ hängt an einer unbekannten Partei „%2“</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to an unknown issue &quot;%2&quot;</source>
        <translation>Notiz „%1“ hängt an einem unbekannten Thema „%2“</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to a %2 but names a party</source>
        <translation>Notiz „%1“ hängt an „%2“, nennt aber eine Partei</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to a %2 but names an issue</source>
        <translation>Notiz „%1“ hängt an „%2“, nennt aber ein Thema</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to a date but has none</source>
        <translation>Notiz „%1“ hängt an einem Datum, hat aber keines</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to a %2 but names a date</source>
        <translation>Notiz „%1“ hängt an „%2“, nennt aber ein Datum</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; names an era only when pinned to one</source>
        <translation>Notiz „%1“ darf nur eine Phase nennen, wenn sie daran hängt</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; is pinned to an unknown era &quot;%2&quot;</source>
        <translation>Notiz „%1“ hängt an einer unbekannten Phase „%2“</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; names an event only when pinned to one</source>
        <translation>Notiz „%1“ darf nur ein Ereignis nennen, wenn sie daran hängt</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; cites evidence but is not a key judgement (no confidence)</source>
        <translation>Notiz „%1“ zitiert Belege, ist aber keine Kernbewertung (keine Sicherheit)</translation>
    </message>
    <message>
        <source>note &quot;%1&quot; cites an unknown source &quot;%2&quot;</source>
        <translation>Notiz „%1“ zitiert eine unbekannte Quelle „%2“</translation>
    </message>
    <message>
        <source>note &quot;%1&quot;: %2</source>
        <translation>Notiz „%1“: %2</translation>
    </message>
    <message>
        <source>duplicate note id &quot;%1&quot;</source>
        <translation>doppelte Notizkennung „%1“</translation>
    </message>
    <message>
        <source>unknown note &quot;%1&quot;</source>
        <translation>unbekannte Notiz „%1“</translation>
    </message>
    <message>
        <source>view id is empty</source>
        <translation>die Kennung der Ansicht ist leer</translation>
    </message>
    <message>
        <source>view &quot;%1&quot; has no name</source>
        <translation>Ansicht „%1“ hat keinen Namen</translation>
    </message>
    <message>
        <source>a view named &quot;%1&quot; exists already</source>
        <translation>eine Ansicht namens „%1“ gibt es bereits</translation>
    </message>
    <message>
        <source>duplicate view id &quot;%1&quot;</source>
        <translation>doppelte Kennung der Ansicht „%1“</translation>
    </message>
    <message>
        <source>unknown view &quot;%1&quot;</source>
        <translation>unbekannte Ansicht „%1“</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot;: %2</source>
        <translation>Thema „%1“: %2</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot;: recorded positions carry values on its axis</source>
        <translation>Thema „%1“: erfasste Haltungen tragen Werte auf seiner Achse</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot;: the recorded value %2 would be off the axis (%3 to %4)</source>
        <translation>Thema „%1“: der erfasste Wert %2 läge außerhalb der Achse (%3 bis %4)</translation>
    </message>
    <message>
        <source>capability change %1: %2</source>
        <translation>Fähigkeitsänderung %1: %2</translation>
    </message>
    <message>
        <source>capability change %1 cites an unknown event %2</source>
        <translation>Fähigkeitsänderung %1 zitiert ein unbekanntes Ereignis %2</translation>
    </message>
    <message>
        <source>duplicate capability change id %1</source>
        <translation>doppelte Kennung der Fähigkeitsänderung %1</translation>
    </message>
    <message>
        <source>unknown capability change %1</source>
        <translation>unbekannte Fähigkeitsänderung %1</translation>
    </message>
    <message>
        <source>issue &quot;%1&quot; has no axis of its own: the position is its stance</source>
        <translation>Thema „%1“ hat keine eigene Achse: die Position ist seine Haltung</translation>
    </message>
    <message>
        <source>the value %1 is off the axis of &quot;%2&quot; (%3 to %4)</source>
        <translation>der Wert %1 liegt außerhalb der Achse von „%2“ (%3 bis %4)</translation>
    </message>
    <message>
        <source>capability is not a number</source>
        <translation>die Fähigkeit ist keine Zahl</translation>
    </message>
    <message>
        <source>capability %1 is negative (a capability is 0 or more)</source>
        <translation>Fähigkeit %1 ist negativ (eine Fähigkeit ist 0 oder mehr)</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;: the scenario&apos;s issue &quot;%2&quot; is not in the dossier</source>
        <translation>Ansicht „%1“: das Thema „%2“ des Szenarios ist nicht im Dossier</translation>
    </message>
    <message>
        <source>view &quot;%1&quot;: the scenario changes party &quot;%2&quot;, which is not in the dossier</source>
        <translation>Ansicht „%1“: das Szenario ändert Partei „%2“, die nicht im Dossier ist</translation>
    </message>
</context>
<context>
    <name>Entente</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>Entente::ActivityModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
</context>
<context>
    <name>Entente::ActivityPanel</name>
    <message>
        <source>Show the actions of one analyst</source>
        <translation>Die Aktionen einer Analystin oder eines Analysten zeigen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Analyst:</source>
        <translation>Analyst:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
</context>
<context>
    <name>Entente::AsOfControl</name>
    <message>
        <source>As of</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Previous change (Alt+Left)</source>
        <translation>Vorherige Änderung (Alt+Links)</translation>
    </message>
    <message>
        <source>Previous change</source>
        <translation>Vorherige Änderung</translation>
    </message>
    <message>
        <source>As-of date</source>
        <translation>Stichtag</translation>
    </message>
    <message>
        <source>Next change (Alt+Right)</source>
        <translation>Nächste Änderung (Alt+Rechts)</translation>
    </message>
    <message>
        <source>Next change</source>
        <translation>Nächste Änderung</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Go to today</source>
        <translation>Zu heute springen</translation>
    </message>
</context>
<context>
    <name>Entente::AxisDialog</name>
    <message>
        <source>Axis of %1</source>
        <translation>Achse von %1</translation>
    </message>
    <message>
        <source>Positions on this issue are placed on this axis; the forecast names its outcome by the nearest anchor. Without anchors the stance scale is the axis.</source>
        <translation>Positionen zu dieser Frage werden auf dieser Achse verortet; die Prognose benennt ihr Ergebnis nach dem nächsten Ankerpunkt. Ohne Ankerpunkte ist die Haltungsskala die Achse.</translation>
    </message>
    <message>
        <source>Anchors of the axis</source>
        <translation>Ankerpunkte der Achse</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <source>&amp;Add anchor</source>
        <translation>Ankerpunkt &amp;hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove anchor</source>
        <translation>Ankerpunkt &amp;entfernen</translation>
    </message>
    <message>
        <source>Use the &amp;stance scale</source>
        <translation>&amp;Haltungsskala verwenden</translation>
    </message>
    <message>
        <source>This axis cannot be used: %1.</source>
        <translation>Diese Achse ist nicht verwendbar: %1.</translation>
    </message>
</context>
<context>
    <name>Entente::BriefingDialog</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>Handling marking</source>
        <translation>Einstufungsvermerk</translation>
    </message>
    <message>
        <source>e.g. OFFICIAL – SENSITIVE (printed on every page)</source>
        <translation>z. B. VS – NUR FÜR DEN DIENSTGEBRAUCH (auf jeder Seite gedruckt)</translation>
    </message>
    <message>
        <source>&amp;Marking:</source>
        <translation>&amp;Vermerk:</translation>
    </message>
    <message>
        <source>Period from</source>
        <translation>Zeitraum von</translation>
    </message>
    <message>
        <source>Period to</source>
        <translation>Zeitraum bis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Position matrix</source>
        <translation>Positionsmatrix</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Position history per issue</source>
        <translation>Positionsverlauf je Thema</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Annäherung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Stance distribution</source>
        <translation>Verteilung der Haltungen</translation>
    </message>
    <message>
        <source>Events with sources and grades</source>
        <translation>Ereignisse mit Quellen und Bewertungen</translation>
    </message>
    <message>
        <source>Sections:</source>
        <translation>Abschnitte:</translation>
    </message>
    <message>
        <source>&amp;Issues:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Forecast per issue</source>
        <translation>Prognose je Frage</translation>
    </message>
    <message>
        <source>Issues with a position-history page and a forecast</source>
        <translation>Fragen mit einer Seite zum Positionsverlauf und einer Prognose</translation>
    </message>
</context>
<context>
    <name>Entente::BriefingExporter</name>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Positions as of %1</source>
        <translation>Positionen mit Stand %1</translation>
    </message>
    <message>
        <source>Events from %1 to %2</source>
        <translation>Ereignisse von %1 bis %2</translation>
    </message>
    <message>
        <source>the start</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>the end</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Generated %1 UTC</source>
        <translation>Erstellt %1 UTC</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>No events in the period.</source>
        <translation>Keine Ereignisse im Zeitraum.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Sources (grading)</source>
        <translation>Quellen (Bewertung)</translation>
    </message>
    <message>
        <source>… and %1 more events in the period.</source>
        <translation>… und %1 weitere Ereignisse im Zeitraum.</translation>
    </message>
    <message>
        <source>A briefing is a PDF: use a .pdf file name</source>
        <translation>Ein Briefing ist ein PDF: bitte einen .pdf-Dateinamen verwenden</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start</source>
        <translation>%1 kann nicht geschrieben werden: der PDF-Writer ließ sich nicht starten</translation>
    </message>
    <message>
        <source>Reliability as of %1</source>
        <translation>Verlässlichkeit mit Stand %1</translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation>Was sich von %1 bis %2 geändert hat</translation>
    </message>
    <message>
        <source>Nothing changed in the period.</source>
        <translation>Im Zeitraum hat sich nichts geändert.</translation>
    </message>
    <message>
        <source>Event, %1: %2</source>
        <translation>Ereignis, %1: %2</translation>
    </message>
    <message>
        <source>%1, page %2 of %3</source>
        <translation>%1, Seite %2 von %3</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>%1 confidence:</source>
        <translation>%1 Sicherheit:</translation>
    </message>
    <message>
        <source>On %1.</source>
        <translation>Am %1.</translation>
    </message>
    <message>
        <source>No evidence cited.</source>
        <translation>Keine Belege angeführt.</translation>
    </message>
    <message>
        <source>Evidence: %1.</source>
        <translation>Belege: %1.</translation>
    </message>
    <message>
        <source>Key judgements</source>
        <translation>Kernbewertungen</translation>
    </message>
    <message>
        <source>Analyst&apos;s notes</source>
        <translation>Notizen des Analysten</translation>
    </message>
    <message>
        <source>Forecast as of %1 (%2)</source>
        <translation>Prognose zum %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %n party(ies) with a known position</source>
        <translation>
            <numerusform>%1 — %n Partei mit bekannter Position</numerusform>
            <numerusform>%1 — %n Parteien mit bekannter Position</numerusform>
        </translation>
    </message>
    <message>
        <source>Caveat: thin inputs (%1); read this as what the models make of the record, not as a prediction.</source>
        <translation>Vorbehalt: dünne Eingaben (%1); lesen Sie dies als das, was die Modelle aus den Aufzeichnungen machen, nicht als Vorhersage.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Scenario “%1” (not the record; %2): %3</source>
        <translation>Szenario „%1“ (nicht die Aufzeichnung; %2): %3</translation>
    </message>
</context>
<context>
    <name>Entente::CellHistoryModel</name>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Ereignis</numerusform>
            <numerusform>%n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Retracted %1 by %2</source>
        <translation>Zurückgezogen am %1 von %2</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
</context>
<context>
    <name>Entente::ChangeEditorDialog</name>
    <message>
        <source>Record position: %1 on %2</source>
        <translation>Position erfassen: %1 zu %2</translation>
    </message>
    <message>
        <source>Record status: %1</source>
        <translation>Status erfassen: %1</translation>
    </message>
    <message>
        <source>Stance</source>
        <translation>Haltung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>&amp;Stance:</source>
        <translation>&amp;Haltung:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>Assessed</source>
        <translation>Bewertet</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Sa&amp;lience:</source>
        <translation>&amp;Gewicht:</translation>
    </message>
    <message>
        <source>Effective date</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>&amp;Effective:</source>
        <translation>&amp;Gültig ab:</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>Cited events</source>
        <translation>Zitierte Ereignisse</translation>
    </message>
    <message>
        <source>Cite e&amp;vents:</source>
        <translation>&amp;Ereignisse zitieren:</translation>
    </message>
    <message>
        <source>Cited sources</source>
        <translation>Zitierte Quellen</translation>
    </message>
    <message>
        <source>Cite s&amp;ources:</source>
        <translation>&amp;Quellen zitieren:</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Erfassen</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen …</translation>
    </message>
    <message>
        <source>Clai&amp;ms:</source>
        <translation>&amp;Behauptungen:</translation>
    </message>
    <message>
        <source>Set capability</source>
        <translation>Fähigkeit festlegen</translation>
    </message>
    <message>
        <source>On the axis</source>
        <translation>Auf der Achse</translation>
    </message>
    <message>
        <source>Value on the issue&apos;s axis</source>
        <translation>Wert auf der Achse der Frage</translation>
    </message>
    <message>
        <source>nearest: %1</source>
        <translation>nächster: %1</translation>
    </message>
    <message>
        <source>&amp;Axis:</source>
        <translation>&amp;Achse:</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>&amp;Party:</source>
        <translation>&amp;Partei:</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Every issue</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Frage:</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>The party&apos;s clout on this issue: 0 or more, on a scale of 0–100 unless the dossier uses another one consistently.</source>
        <translation>Die Fähigkeit (Einfluss) der Partei in dieser Frage: 0 oder mehr, auf einer Skala von 0–100, sofern das Dossier nicht durchgehend eine andere verwendet.</translation>
    </message>
    <message>
        <source>C&amp;apability:</source>
        <translation>F&amp;ähigkeit:</translation>
    </message>
    <message>
        <source>No capability recorded as of this date: the forecast weighs this party like the others without one.</source>
        <translation>Zu diesem Datum ist keine Fähigkeit erfasst: Die Prognose gewichtet diese Partei wie die anderen ohne Fähigkeit.</translation>
    </message>
    <message>
        <source>every issue</source>
        <translation>alle Fragen</translation>
    </message>
    <message>
        <source>In force: %1 on %2, since %3.</source>
        <translation>In Kraft: %1 für %2, seit %3.</translation>
    </message>
</context>
<context>
    <name>Entente::ChartPanel</name>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>Position history</source>
        <translation>Positionsverlauf</translation>
    </message>
    <message>
        <source>Convergence</source>
        <translation>Annäherung</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Stance distribution</source>
        <translation>Verteilung der Haltungen</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>C&amp;hart:</source>
        <translation>&amp;Diagramm:</translation>
    </message>
    <message>
        <source>Iss&amp;ue:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Per day</source>
        <translation>Pro Tag</translation>
    </message>
    <message>
        <source>Per week</source>
        <translation>Pro Woche</translation>
    </message>
    <message>
        <source>Per month</source>
        <translation>Pro Monat</translation>
    </message>
</context>
<context>
    <name>Entente::ChartView</name>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;: %2 since %3</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;: %2 seit %3</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
</context>
<context>
    <name>Entente::Charts</name>
    <message>
        <source>unknown issue &quot;%1&quot;</source>
        <translation>unbekanntes Thema „%1“</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Spread (salience-weighted)</source>
        <translation>Streuung (nach Gewicht)</translation>
    </message>
    <message>
        <source>Spread of positions</source>
        <translation>Streuung der Positionen</translation>
    </message>
    <message>
        <source>Status change</source>
        <translation>Statusänderung</translation>
    </message>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>Events per month</source>
        <translation>Ereignisse pro Monat</translation>
    </message>
    <message>
        <source>Events per week</source>
        <translation>Ereignisse pro Woche</translation>
    </message>
    <message>
        <source>Events per day</source>
        <translation>Ereignisse pro Tag</translation>
    </message>
    <message>
        <source>No position recorded</source>
        <translation>Keine Position erfasst</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source> (as of %1)</source>
        <translation> (Stand %1)</translation>
    </message>
    <message>
        <source>Position history: %1</source>
        <translation>Positionsverlauf: %1</translation>
    </message>
    <message>
        <source>Convergence: spread of positions per issue</source>
        <translation>Annäherung: Streuung der Positionen je Thema</translation>
    </message>
    <message>
        <source>Activity by issue</source>
        <translation>Aktivität nach Thema</translation>
    </message>
    <message>
        <source>Activity by party</source>
        <translation>Aktivität nach Partei</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Stance distribution as of %1</source>
        <translation>Verteilung der Haltungen mit Stand %1</translation>
    </message>
    <message>
        <source>Several parties</source>
        <translation>Mehrere Parteien</translation>
    </message>
    <message>
        <source>Several issues</source>
        <translation>Mehrere Themen</translation>
    </message>
    <message>
        <source>No party shown</source>
        <translation>Keine gezeigte Partei</translation>
    </message>
    <message>
        <source>No issue shown</source>
        <translation>Kein gezeigtes Thema</translation>
    </message>
    <message>
        <source>Events per month (each event counted once)</source>
        <translation>Ereignisse pro Monat (jedes einmal gezählt)</translation>
    </message>
    <message>
        <source>Events per week (each event counted once)</source>
        <translation>Ereignisse pro Woche (jedes einmal gezählt)</translation>
    </message>
    <message>
        <source>Events per day (each event counted once)</source>
        <translation>Ereignisse pro Tag (jedes einmal gezählt)</translation>
    </message>
    <message>
        <source>unknown chart kind</source>
        <translation>unbekannte Diagrammart</translation>
    </message>
</context>
<context>
    <name>Entente::ClaimsEditor</name>
    <message>
        <source>Claims: the grade of each cited source here</source>
        <translation>Behauptungen: die Bewertung jeder hier zitierten Quelle</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Grade</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Claimant</source>
        <translation>Urheber</translation>
    </message>
    <message>
        <source>Quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>Who claims it, e.g. “an unnamed US official”</source>
        <translation>Wer es behauptet, z. B. „ein ungenannter US-Beamter“</translation>
    </message>
    <message>
        <source>The words quoted, if any</source>
        <translation>Der zitierte Wortlaut, falls vorhanden</translation>
    </message>
    <message>
        <source>Reliability %1: %2</source>
        <translation>Zuverlässigkeit %1: %2</translation>
    </message>
    <message>
        <source>Credibility of what %1 reports here</source>
        <translation>Glaubwürdigkeit dessen, was %1 hier berichtet</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 source, information %2</source>
        <translation>Quelle %1, Information %2</translation>
    </message>
</context>
<context>
    <name>Entente::Command</name>
    <message>
        <source>Unknown event %1.</source>
        <translation>Unbekanntes Ereignis %1.</translation>
    </message>
    <message>
        <source>Edit event title</source>
        <translation>Ereignistitel bearbeiten</translation>
    </message>
    <message>
        <source>Edit event description</source>
        <translation>Ereignisbeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit event location</source>
        <translation>Ereignisort bearbeiten</translation>
    </message>
    <message>
        <source>Edit event %1</source>
        <translation>Ereignis %1 bearbeiten</translation>
    </message>
    <message>
        <source>Add party %1</source>
        <translation>Partei %1 hinzufügen</translation>
    </message>
    <message>
        <source>Unknown party &quot;%1&quot;.</source>
        <translation>Unbekannte Partei „%1“.</translation>
    </message>
    <message>
        <source>Rename party %1 to %2</source>
        <translation>Partei %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit party %1</source>
        <translation>Partei %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove party %1</source>
        <translation>Partei %1 entfernen</translation>
    </message>
    <message>
        <source>Party position out of range.</source>
        <translation>Position der Partei außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Move party %1</source>
        <translation>Partei %1 verschieben</translation>
    </message>
    <message>
        <source>Add issue %1</source>
        <translation>Thema %1 hinzufügen</translation>
    </message>
    <message>
        <source>Unknown issue &quot;%1&quot;.</source>
        <translation>Unbekanntes Thema „%1“.</translation>
    </message>
    <message>
        <source>Rename issue %1 to %2</source>
        <translation>Thema %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Edit issue %1</source>
        <translation>Thema %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove issue %1</source>
        <translation>Thema %1 entfernen</translation>
    </message>
    <message>
        <source>Issue position out of range.</source>
        <translation>Position des Themas außerhalb des Bereichs.</translation>
    </message>
    <message>
        <source>Move issue %1</source>
        <translation>Thema %1 verschieben</translation>
    </message>
    <message>
        <source>Add source %1</source>
        <translation>Quelle %1 hinzufügen</translation>
    </message>
    <message>
        <source>Unknown source &quot;%1&quot;.</source>
        <translation>Unbekannte Quelle „%1“.</translation>
    </message>
    <message>
        <source>Edit source %1</source>
        <translation>Quelle %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove source %1</source>
        <translation>Quelle %1 entfernen</translation>
    </message>
    <message>
        <source>Set %1 on %2 to %3</source>
        <translation>%1 zu %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Set status of %1 to %2</source>
        <translation>Status von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Unknown position change %1.</source>
        <translation>Unbekannte Positionsänderung %1.</translation>
    </message>
    <message>
        <source>Retract %1 on %2: %3</source>
        <translation>%1 zu %2 zurückziehen: %3</translation>
    </message>
    <message>
        <source>Unknown status change %1.</source>
        <translation>Unbekannte Statusänderung %1.</translation>
    </message>
    <message>
        <source>Retract status of %1: %2</source>
        <translation>Status von %1 zurückziehen: %2</translation>
    </message>
    <message>
        <source>Edit scales</source>
        <translation>Skalen bearbeiten</translation>
    </message>
    <message>
        <source>Recolour %1</source>
        <translation>%1 umfärben</translation>
    </message>
    <message>
        <source>Rename stance %1 to %2</source>
        <translation>Haltung %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Rename status %1 to %2</source>
        <translation>Status %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Rename dossier to %1</source>
        <translation>Dossier in %1 umbenennen</translation>
    </message>
    <message>
        <source>Edit dossier description</source>
        <translation>Dossierbeschreibung bearbeiten</translation>
    </message>
    <message>
        <source>Edit dossier</source>
        <translation>Dossier bearbeiten</translation>
    </message>
    <message>
        <source>Add era %1</source>
        <translation>Phase %1 hinzufügen</translation>
    </message>
    <message>
        <source>Unknown era &quot;%1&quot;.</source>
        <translation>Unbekannte Phase „%1“.</translation>
    </message>
    <message>
        <source>Edit era %1</source>
        <translation>Phase %1 bearbeiten</translation>
    </message>
    <message>
        <source>Rename era %1 to %2</source>
        <translation>Phase %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Remove era %1</source>
        <translation>Phase %1 entfernen</translation>
    </message>
    <message>
        <source>Add key judgement %1</source>
        <translation>Kernbewertung %1 hinzufügen</translation>
    </message>
    <message>
        <source>Add note %1</source>
        <translation>Notiz %1 hinzufügen</translation>
    </message>
    <message>
        <source>Unknown note &quot;%1&quot;.</source>
        <translation>Unbekannte Notiz „%1“.</translation>
    </message>
    <message>
        <source>Edit note text</source>
        <translation>Notiztext bearbeiten</translation>
    </message>
    <message>
        <source>Edit note %1</source>
        <translation>Notiz %1 bearbeiten</translation>
    </message>
    <message>
        <source>Remove note %1</source>
        <translation>Notiz %1 entfernen</translation>
    </message>
    <message>
        <source>Save view %1</source>
        <translation>Ansicht %1 speichern</translation>
    </message>
    <message>
        <source>Unknown view &quot;%1&quot;.</source>
        <translation>Unbekannte Ansicht „%1“.</translation>
    </message>
    <message>
        <source>Rename view %1 to %2</source>
        <translation>Ansicht %1 in %2 umbenennen</translation>
    </message>
    <message>
        <source>Update view %1</source>
        <translation>Ansicht %1 aktualisieren</translation>
    </message>
    <message>
        <source>Delete view %1</source>
        <translation>Ansicht %1 löschen</translation>
    </message>
    <message>
        <source>Set the axis of %1</source>
        <translation>Achse von %1 festlegen</translation>
    </message>
    <message>
        <source>%1: %2 on every issue</source>
        <translation>%1: %2 für alle Fragen</translation>
    </message>
    <message>
        <source>%1: %2 on %3</source>
        <translation>%1: %2 für %3</translation>
    </message>
    <message>
        <source>A capability cannot be negative (%1); use 0 or more.</source>
        <translation>Eine Fähigkeit kann nicht negativ sein (%1); verwenden Sie 0 oder mehr.</translation>
    </message>
    <message>
        <source>Set capability of %1</source>
        <translation>Fähigkeit festlegen – %1</translation>
    </message>
    <message>
        <source>Unknown capability change %1.</source>
        <translation>Unbekannte Fähigkeitsänderung %1.</translation>
    </message>
    <message>
        <source>Retract capability of %1</source>
        <translation>Fähigkeit zurückziehen – %1</translation>
    </message>
</context>
<context>
    <name>Entente::ConflictDialog</name>
    <message>
        <source>Someone else changed this</source>
        <translation>Jemand anderes hat dies geändert</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Yours (tick to keep)</source>
        <translation>Ihre Fassung (ankreuzen zum Behalten)</translation>
    </message>
    <message>
        <source>Theirs (stored now)</source>
        <translation>Die andere Fassung (jetzt gespeichert)</translation>
    </message>
    <message>
        <source>Take Theirs</source>
        <translation>Andere Fassung übernehmen</translation>
    </message>
    <message>
        <source>Merge Ticked Fields</source>
        <translation>Angekreuzte Felder zusammenführen</translation>
    </message>
    <message>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <source>Another analyst changed %1 after you read it, so your edit was not written. Nothing has been overwritten: choose what to keep.</source>
        <translation>Eine andere Analystin oder ein anderer Analyst hat %1 geändert, nachdem Sie es gelesen haben; Ihre Änderung wurde daher nicht geschrieben. Nichts wurde überschrieben: Wählen Sie, was bleiben soll.</translation>
    </message>
</context>
<context>
    <name>Entente::DateCore</name>
    <message>
        <source>year 0 does not exist</source>
        <translation>das Jahr 0 gibt es nicht</translation>
    </message>
    <message>
        <source>year %1 out of range</source>
        <translation>Jahr %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>month %1 out of range</source>
        <translation>Monat %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>day %1 out of range for %2-%3</source>
        <translation>Tag %1 außerhalb des Bereichs für %2-%3</translation>
    </message>
    <message>
        <source>time %1:%2 out of range</source>
        <translation>Uhrzeit %1:%2 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>expected a year of four digits</source>
        <translation>vierstellige Jahreszahl erwartet</translation>
    </message>
    <message>
        <source>expected -MM after the year</source>
        <translation>-MM nach dem Jahr erwartet</translation>
    </message>
    <message>
        <source>expected -DD after the month</source>
        <translation>-DD nach dem Monat erwartet</translation>
    </message>
    <message>
        <source>expected THH:MM after the day</source>
        <translation>THH:MM nach dem Tag erwartet</translation>
    </message>
    <message>
        <source>bad seconds</source>
        <translation>ungültige Sekunden</translation>
    </message>
    <message>
        <source>bad time-zone offset</source>
        <translation>ungültiger Zeitzonenversatz</translation>
    </message>
    <message>
        <source>unexpected text after the time</source>
        <translation>unerwarteter Text nach der Uhrzeit</translation>
    </message>
    <message>
        <source>expected YYYY-MM-DD hh:mm:ss</source>
        <translation>JJJJ-MM-TT hh:mm:ss erwartet</translation>
    </message>
    <message>
        <source>a time after a date without a day</source>
        <translation>eine Uhrzeit nach einem Datum ohne Tag</translation>
    </message>
    <message>
        <source>time %1 out of range</source>
        <translation>Uhrzeit %1 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>unrecognised date</source>
        <translation>unbekanntes Datumsformat</translation>
    </message>
    <message>
        <source>unrecognised date &quot;%1&quot;</source>
        <translation>unbekanntes Datumsformat „%1“</translation>
    </message>
    <message>
        <source>empty date</source>
        <translation>leeres Datum</translation>
    </message>
    <message>
        <source>%1 digits are not a date</source>
        <translation>%1 Ziffern sind kein Datum</translation>
    </message>
</context>
<context>
    <name>Entente::Document</name>
    <message>
        <source>No dossier is open.</source>
        <translation>Kein Dossier ist geöffnet.</translation>
    </message>
    <message>
        <source>The events are still loading; edits are possible once they are in.</source>
        <translation>Die Ereignisse werden noch geladen; Änderungen sind möglich, sobald sie da sind.</translation>
    </message>
    <message>
        <source>An import is being saved; edits are possible once it is in.</source>
        <translation>Ein Import wird gespeichert; Änderungen sind möglich, sobald er abgeschlossen ist.</translation>
    </message>
    <message>
        <source>The dossier is read-only.</source>
        <translation>Das Dossier ist schreibgeschützt.</translation>
    </message>
    <message>
        <source>Unknown event %1.</source>
        <translation>Unbekanntes Ereignis %1.</translation>
    </message>
    <message>
        <source>Event %1 is cited by a recorded change.</source>
        <translation>Ereignis %1 wird von einer erfassten Änderung zitiert.</translation>
    </message>
    <message>
        <source>Duplicate position change id %1.</source>
        <translation>Doppelte Positionsänderungs-ID %1.</translation>
    </message>
    <message>
        <source>Duplicate status change id %1.</source>
        <translation>Doppelte Statusänderungs-ID %1.</translation>
    </message>
    <message>
        <source>Unknown position change %1.</source>
        <translation>Unbekannte Positionsänderung %1.</translation>
    </message>
    <message>
        <source>Unknown status change %1.</source>
        <translation>Unbekannte Statusänderung %1.</translation>
    </message>
    <message>
        <source>“%1” could not be read: %2</source>
        <translation>„%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The import removed party &quot;%1&quot;.</source>
        <translation>Der Import hat die Partei „%1“ entfernt.</translation>
    </message>
    <message>
        <source>The import removed source &quot;%1&quot;.</source>
        <translation>Der Import hat die Quelle „%1“ entfernt.</translation>
    </message>
    <message>
        <source>The import changed existing events.</source>
        <translation>Der Import hat vorhandene Ereignisse geändert.</translation>
    </message>
    <message>
        <source>The import changed the histories.</source>
        <translation>Der Import hat die Verläufe geändert.</translation>
    </message>
    <message>
        <source>The import was cancelled.</source>
        <translation>Der Import wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Duplicate event id %1 in the import.</source>
        <translation>Doppelte Ereignis-ID %1 im Import.</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 existiert nicht.</translation>
    </message>
    <message>
        <source>Converted %1 to the dossier file %2; edits are saved there.</source>
        <translation>%1 wurde in die Dossierdatei %2 umgewandelt; Änderungen werden dort gespeichert.</translation>
    </message>
    <message>
        <source>Opened the existing dossier file %1 made from %2.</source>
        <translation>Die vorhandene Dossierdatei %1, erstellt aus %2, wurde geöffnet.</translation>
    </message>
    <message>
        <source>Read-only: %1.</source>
        <translation>Schreibgeschützt: %1.</translation>
    </message>
    <message>
        <source>Read-only: %1. Keep what can be read with: entente export-data %2 --format json --out COPY.json</source>
        <translation>Schreibgeschützt: %1. Was lesbar ist, sichern Sie mit: entente export-data %2 --format json --out KOPIE.json</translation>
    </message>
    <message>
        <source>The dossier is read-only: %1.</source>
        <translation>Das Dossier ist schreibgeschützt: %1.</translation>
    </message>
    <message>
        <source>The import did not finish.</source>
        <translation>Der Import wurde nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>the connection to the team server was lost (%1); reconnecting</source>
        <translation>die Verbindung zum Teamserver ist unterbrochen (%1); sie wird wiederhergestellt</translation>
    </message>
    <message>
        <source>The team dossier was changed on the server.</source>
        <translation>Das Teamdossier wurde auf dem Server geändert.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message numerus="yes">
        <source>%1 (and %n more change(s) by others)</source>
        <translation>
            <numerusform>%1 (und %n weitere Änderung anderer)</numerusform>
            <numerusform>%1 (und %n weitere Änderungen anderer)</numerusform>
        </translation>
    </message>
    <message>
        <source>the event “%1”</source>
        <translation>das Ereignis „%1“</translation>
    </message>
    <message>
        <source>the party “%1”</source>
        <translation>die Partei „%1“</translation>
    </message>
    <message>
        <source>the issue “%1”</source>
        <translation>das Thema „%1“</translation>
    </message>
    <message>
        <source>the source “%1”</source>
        <translation>die Quelle „%1“</translation>
    </message>
    <message>
        <source>%1 no longer exists.</source>
        <translation>%1 existiert nicht mehr.</translation>
    </message>
    <message>
        <source>%1 was changed again meanwhile; look at it once more.</source>
        <translation>%1 wurde inzwischen erneut geändert; bitte noch einmal ansehen.</translation>
    </message>
    <message>
        <source>The import cannot be undone: a recorded position names its party “%1”.</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: Eine erfasste Position nennt seine Partei „%1“.</translation>
    </message>
    <message>
        <source>The import cannot be undone: a recorded change cites one of its events.</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: Eine erfasste Änderung zitiert eines seiner Ereignisse.</translation>
    </message>
    <message>
        <source>The import cannot be undone: a recorded change cites its source “%1”.</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: Eine erfasste Änderung zitiert seine Quelle „%1“.</translation>
    </message>
    <message>
        <source>The import cannot be undone: an event added since names its party “%1”.</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: Ein seither hinzugefügtes Ereignis nennt seine Partei „%1“.</translation>
    </message>
    <message>
        <source>The import cannot be undone: an event added since cites its source “%1”.</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: Ein seither hinzugefügtes Ereignis zitiert seine Quelle „%1“.</translation>
    </message>
    <message>
        <source>The import cannot be redone: event %1 exists again.</source>
        <translation>Der Import kann nicht wiederhergestellt werden: Ereignis %1 existiert wieder.</translation>
    </message>
    <message>
        <source>The import cannot be redone: %1</source>
        <translation>Der Import kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Unknown capability change %1.</source>
        <translation>Unbekannte Fähigkeitsänderung %1.</translation>
    </message>
    <message>
        <source>Duplicate capability change id %1.</source>
        <translation>Doppelte Kennung %1 einer Fähigkeitsänderung.</translation>
    </message>
    <message>
        <source>The import cannot be undone: a recorded capability names its party “%1”.</source>
        <translation>Der Import kann nicht rückgängig gemacht werden: Eine erfasste Fähigkeit nennt seine Partei „%1“.</translation>
    </message>
</context>
<context>
    <name>Entente::EditConflict</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>Entente::ErasDialog</name>
    <message>
        <source>Eras</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Era name</source>
        <translation>Name der Phase</translation>
    </message>
    <message>
        <source>Berlin round</source>
        <translation>Berliner Runde</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>2025, 2025-12 or 2025-12-16</source>
        <translation>2025, 2025-12 oder 2025-12-16</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>Farbe</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen …</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Ende:</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>&amp;Farbe:</translation>
    </message>
    <message>
        <source>&amp;Add era</source>
        <translation>Phase &amp;hinzufügen</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>&amp;Remove era</source>
        <translation>Phase &amp;entfernen</translation>
    </message>
    <message>
        <source>Era colour</source>
        <translation>Farbe der Phase</translation>
    </message>
    <message>
        <source>Added era “%1”.</source>
        <translation>Phase „%1“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Select the era to change.</source>
        <translation>Wählen Sie die zu ändernde Phase.</translation>
    </message>
    <message>
        <source>Changed era “%1”.</source>
        <translation>Phase „%1“ geändert.</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>Nichts zu ändern.</translation>
    </message>
    <message>
        <source>Select the era to remove.</source>
        <translation>Wählen Sie die zu entfernende Phase.</translation>
    </message>
    <message>
        <source>Removed era “%1” (Edit ▸ Undo brings it back).</source>
        <translation>Phase „%1“ entfernt (Bearbeiten ▸ Rückgängig holt sie zurück).</translation>
    </message>
</context>
<context>
    <name>Entente::ErasModel</name>
    <message>
        <source>Era</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>An era needs a name.</source>
        <translation>Eine Phase braucht einen Namen.</translation>
    </message>
    <message>
        <source>An era needs a start date: write 2025, 2025-12 or 2025-12-16.</source>
        <translation>Eine Phase braucht ein Anfangsdatum: 2025, 2025-12 oder 2025-12-16.</translation>
    </message>
    <message>
        <source>The start “%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16.</source>
        <translation>Der Beginn „%1“ ist kein Datum (%2): 2025, 2025-12 oder 2025-12-16 schreiben.</translation>
    </message>
    <message>
        <source>An era needs an end date: write 2025, 2025-12 or 2025-12-16.</source>
        <translation>Eine Phase braucht ein Enddatum: 2025, 2025-12 oder 2025-12-16.</translation>
    </message>
    <message>
        <source>The end “%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16.</source>
        <translation>Das Ende „%1“ ist kein Datum (%2): 2025, 2025-12 oder 2025-12-16 schreiben.</translation>
    </message>
    <message>
        <source>The era ends (%1) before it starts (%2).</source>
        <translation>Die Phase endet (%1), bevor sie beginnt (%2).</translation>
    </message>
    <message>
        <source>“%1” is not a colour: write #rrggbb or a colour name.</source>
        <translation>„%1“ ist keine Farbe: #rrggbb oder einen Farbnamen schreiben.</translation>
    </message>
</context>
<context>
    <name>Entente::EventEditor</name>
    <message>
        <source>2025-12-15, 2022-02 (a month), 2025 (a year), 2025-12-15T10:30Z</source>
        <translation>2025-12-15, 2022-02 (ein Monat), 2025 (ein Jahr), 2025-12-15T10:30Z</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>optional, for a period</source>
        <translation>optional, für einen Zeitraum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Parties involved</source>
        <translation>Beteiligte Parteien</translation>
    </message>
    <message>
        <source>Issues touched</source>
        <translation>Berührte Themen</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Beginn:</translation>
    </message>
    <message>
        <source>E&amp;nd:</source>
        <translation>E&amp;nde:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <source>&amp;Parties:</source>
        <translation>&amp;Parteien:</translation>
    </message>
    <message>
        <source>&amp;Issues:</source>
        <translation>&amp;Themen:</translation>
    </message>
    <message>
        <source>T&amp;ags:</source>
        <translation>Schlag&amp;wörter:</translation>
    </message>
    <message>
        <source>So&amp;urces:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Add event</source>
        <translation>Ereignis hinzufügen</translation>
    </message>
    <message>
        <source>Start date: %1</source>
        <translation>Anfangsdatum: %1</translation>
    </message>
    <message>
        <source>End date: %1</source>
        <translation>Enddatum: %1</translation>
    </message>
    <message>
        <source>Clai&amp;ms:</source>
        <translation>Behaupt&amp;ungen:</translation>
    </message>
</context>
<context>
    <name>Entente::EventFilterBar</name>
    <message>
        <source>Filter events (Ctrl+F): text in title or description</source>
        <translation>Ereignisse filtern (Strg+F): Text in Titel oder Beschreibung</translation>
    </message>
    <message>
        <source>Event text filter</source>
        <translation>Textfilter für Ereignisse</translation>
    </message>
    <message>
        <source>Filter by party</source>
        <translation>Nach Partei filtern</translation>
    </message>
    <message>
        <source>Filter by issue</source>
        <translation>Nach Thema filtern</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>Filter by tag</source>
        <translation>Nach Schlagwort filtern</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Anfangsdatum</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Only the selected &amp;cell</source>
        <translation>Nur die gewählte &amp;Zelle</translation>
    </message>
    <message>
        <source>Show only events of the party and issue selected in the matrix</source>
        <translation>Nur Ereignisse der in der Matrix gewählten Partei und des gewählten Themas zeigen</translation>
    </message>
    <message>
        <source>Any party</source>
        <translation>Jede Partei</translation>
    </message>
    <message>
        <source>Any issue</source>
        <translation>Jedes Thema</translation>
    </message>
</context>
<context>
    <name>Entente::EventImportRunner</name>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>An import is already running</source>
        <translation>Es läuft bereits ein Import</translation>
    </message>
</context>
<context>
    <name>Entente::EventsModel</name>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Schlagwörter</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>Entente::ExportImageDialog</name>
    <message>
        <source>Export Image</source>
        <translation>Bild exportieren</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <source>SVG drawing</source>
        <translation>SVG-Zeichnung</translation>
    </message>
    <message>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Custom width in pixels</source>
        <translation>Eigene Breite in Pixeln</translation>
    </message>
    <message>
        <source>Custom height in pixels</source>
        <translation>Eigene Höhe in Pixeln</translation>
    </message>
    <message>
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skalierung</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Print (greyscale-safe)</source>
        <translation>Druck (graustufensicher)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>Untertitel</translation>
    </message>
    <message>
        <source>&amp;As-of date stamp</source>
        <translation>&amp;Stichtag-Stempel</translation>
    </message>
    <message>
        <source>As-of date stamp</source>
        <translation>Stichtag-Stempel</translation>
    </message>
    <message>
        <source>&amp;Legend</source>
        <translation>&amp;Legende</translation>
    </message>
    <message>
        <source>Legend</source>
        <translation>Legende</translation>
    </message>
    <message>
        <source>S&amp;ource line</source>
        <translation>&amp;Quellenzeile</translation>
    </message>
    <message>
        <source>Source line</source>
        <translation>Quellenzeile</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen …</translation>
    </message>
    <message>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Export error</source>
        <translation>Exportfehler</translation>
    </message>
    <message>
        <source>&amp;Copy Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>Copy image to the clipboard</source>
        <translation>Bild in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Si&amp;ze:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Sc&amp;ale:</source>
        <translation>S&amp;kalierung:</translation>
    </message>
    <message>
        <source>T&amp;heme:</source>
        <translation>Farbs&amp;chema:</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>S&amp;ubtitle:</source>
        <translation>&amp;Untertitel:</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>export</source>
        <translation>export</translation>
    </message>
    <message>
        <source>PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)</source>
        <translation>PNG-Bild (*.png);;SVG-Zeichnung (*.svg);;PDF-Dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a file to export to.</source>
        <translation>Wählen Sie eine Datei für den Export.</translation>
    </message>
</context>
<context>
    <name>Entente::ExportOptions</name>
    <message>
        <source>As on screen</source>
        <translation>Wie am Bildschirm</translation>
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
        <translation>A4 hoch</translation>
    </message>
    <message>
        <source>A4 landscape</source>
        <translation>A4 quer</translation>
    </message>
    <message>
        <source>Letter portrait</source>
        <translation>Letter hoch</translation>
    </message>
    <message>
        <source>Letter landscape</source>
        <translation>Letter quer</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>Entente::ForecastChart</name>
    <message>
        <source>round %1</source>
        <translation>Runde %1</translation>
    </message>
</context>
<context>
    <name>Entente::ForecastPanel</name>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Rounds</source>
        <translation>Runden</translation>
    </message>
    <message>
        <source>Probabilistic Condorcet Election</source>
        <translation>Probabilistische Condorcet-Wahl</translation>
    </message>
    <message>
        <source>Conditional PCE</source>
        <translation>Bedingte PCE</translation>
    </message>
    <message>
        <source>Markov PCE</source>
        <translation>Markov-PCE</translation>
    </message>
    <message>
        <source>Iss&amp;ue:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Rounds:</source>
        <translation>&amp;Runden:</translation>
    </message>
    <message>
        <source>Trajectory over the rounds</source>
        <translation>Verlauf über die Runden</translation>
    </message>
    <message>
        <source>Forecast over time</source>
        <translation>Prognose im Zeitverlauf</translation>
    </message>
    <message>
        <source>Forecast over time: progress</source>
        <translation>Prognose im Zeitverlauf: Fortschritt</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>No issue to forecast.</source>
        <translation>Kein Thema zu prognostizieren.</translation>
    </message>
    <message>
        <source>No forecast as of %1: %2.</source>
        <translation>Keine Prognose mit Stand %1: %2.</translation>
    </message>
    <message>
        <source>Predicted outcome as of %1: %2</source>
        <translation>Vorhergesagtes Ergebnis mit Stand %1: %2</translation>
    </message>
    <message>
        <source>No predicted outcome as of %1</source>
        <translation>Kein vorhergesagtes Ergebnis mit Stand %1</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) with a known position.</source>
        <translation>
            <numerusform>%n Partei mit bekannter Position.</numerusform>
            <numerusform>%n Parteien mit bekannter Position.</numerusform>
        </translation>
    </message>
    <message>
        <source>Positions per round</source>
        <translation>Positionen je Runde</translation>
    </message>
    <message>
        <source>Positions as of %1</source>
        <translation>Positionen mit Stand %1</translation>
    </message>
    <message>
        <source>No positions to chart.</source>
        <translation>Keine Positionen für ein Diagramm.</translation>
    </message>
    <message>
        <source>Mean</source>
        <translation>Mittelwert</translation>
    </message>
    <message>
        <source>Median</source>
        <translation>Median</translation>
    </message>
    <message>
        <source>The mean of the positions weighted by capability × salience.</source>
        <translation>Der Mittelwert der Positionen, gewichtet mit Fähigkeit × Gewicht.</translation>
    </message>
    <message>
        <source>Black&apos;s median: the position with parties holding at least half of the capability × salience weight at or below it and at least half at or above it.</source>
        <translation>Blacks Median: die Position, bei der Parteien mit mindestens der Hälfte des Gewichts aus Fähigkeit × Gewicht an oder unter ihr und mindestens die Hälfte an oder über ihr liegen.</translation>
    </message>
    <message>
        <source>The position that wins every pairwise vote, each party voting its capability × salience for the nearer position.</source>
        <translation>Die Position, die jede paarweise Abstimmung gewinnt, wobei jede Partei mit Fähigkeit × Gewicht für die nähere Position stimmt.</translation>
    </message>
    <message>
        <source>The point that maximises the product of the parties&apos; gains, weighted by capability × salience (disagreement: every party&apos;s worst case).</source>
        <translation>Der Punkt, der das Produkt der Gewinne der Parteien maximiert, gewichtet mit Fähigkeit × Gewicht (Nichteinigung: der ungünstigste Fall jeder Partei).</translation>
    </message>
    <message>
        <source>Forecast at every change step (%1)</source>
        <translation>Prognose bei jedem Änderungsschritt (%1)</translation>
    </message>
    <message>
        <source>No change on this issue up to the as-of date.</source>
        <translation>Keine Änderung zu diesem Thema bis zum Stichtag.</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Set &amp;capability…</source>
        <translation>&amp;Fähigkeit festlegen…</translation>
    </message>
    <message>
        <source>Forecast over time: %1 (%2)</source>
        <translation>Prognose im Zeitverlauf: %1 (%2)</translation>
    </message>
    <message>
        <source>What if (a scenario, not the record)</source>
        <translation>Was wäre, wenn (ein Szenario, nicht die Aufzeichnung)</translation>
    </message>
    <message>
        <source>Scenario: each party&apos;s position, salience and capability</source>
        <translation>Szenario: Position, Gewicht und Fähigkeit jeder Partei</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Salience</source>
        <translation>Gewicht</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Reset scenario</source>
        <translation>Szenario zurücksetzen</translation>
    </message>
    <message>
        <source>Scenario: nothing to forecast.</source>
        <translation>Szenario: nichts zu prognostizieren.</translation>
    </message>
    <message>
        <source>Scenario refused: %1.</source>
        <translation>Szenario abgelehnt: %1.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keines</translation>
    </message>
    <message>
        <source>Scenario (not recorded): no change yet; edit a value above. Baseline: %1</source>
        <translation>Szenario (nicht erfasst): noch keine Änderung; bearbeiten Sie oben einen Wert. Ausgangslage: %1</translation>
    </message>
    <message>
        <source>Scenario (not recorded): %1 — baseline: %2</source>
        <translation>Szenario (nicht erfasst): %1 — Ausgangslage: %2</translation>
    </message>
    <message>
        <source>Sa&amp;ve Scenario…</source>
        <translation>Szenario spei&amp;chern…</translation>
    </message>
    <message>
        <source>Save the scenario with the dossier, as a saved view</source>
        <translation>Das Szenario mit dem Dossier speichern, als gespeicherte Ansicht</translation>
    </message>
    <message>
        <source>Scenario “%1” (not recorded): %2 — baseline: %3</source>
        <translation>Szenario „%1“ (nicht erfasst): %2 — Ausgangslage: %3</translation>
    </message>
</context>
<context>
    <name>Entente::HeadlessExport</name>
    <message>
        <source>unknown view &quot;%1&quot; (expected one of: %2)</source>
        <translation>unbekannte Ansicht „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>no output file given (--out PATH)</source>
        <translation>keine Ausgabedatei angegeben (--out PFAD)</translation>
    </message>
    <message>
        <source>unknown output format &quot;%1&quot; (expected .png, .svg or .pdf)</source>
        <translation>unbekanntes Ausgabeformat „%1“ (erwartet .png, .svg oder .pdf)</translation>
    </message>
    <message>
        <source>the briefing is a PDF: use a .pdf output file</source>
        <translation>das Briefing ist ein PDF: bitte eine .pdf-Ausgabedatei angeben</translation>
    </message>
    <message>
        <source>unknown issue &quot;%1&quot;</source>
        <translation>unbekanntes Thema „%1“</translation>
    </message>
    <message>
        <source>the dossier has no issues</source>
        <translation>das Dossier enthält keine Themen</translation>
    </message>
    <message>
        <source>unknown briefing section &quot;%1&quot; (expected some of: %2)</source>
        <translation>unbekannter Briefing-Abschnitt „%1“ (erwartet werden einige von: %2)</translation>
    </message>
    <message>
        <source>--sections, --issues and --marking apply to the briefing only</source>
        <translation>--sections, --issues und --marking gelten nur für das Briefing</translation>
    </message>
    <message>
        <source>%1: the dossier has no dated content</source>
        <translation>%1: das Dossier hat keine datierten Inhalte</translation>
    </message>
    <message>
        <source>%1 %2 is outside the dossier (%3 to %4)</source>
        <translation>%1 %2 liegt außerhalb des Dossiers (%3 bis %4)</translation>
    </message>
    <message>
        <source>--from is after --to</source>
        <translation>--from liegt nach --to</translation>
    </message>
    <message>
        <source>--size must be positive</source>
        <translation>--size muss positiv sein</translation>
    </message>
    <message>
        <source>--size %1x%2 is too large (at most %3 pixels a side)</source>
        <translation>--size %1x%2 ist zu groß (höchstens %3 Pixel je Seite)</translation>
    </message>
    <message>
        <source>--scale must be between 0 and 8</source>
        <translation>--scale muss zwischen 0 und 8 liegen</translation>
    </message>
    <message>
        <source>unknown theme &quot;%1&quot; (expected light, dark or print)</source>
        <translation>unbekanntes Farbschema „%1“ (erwartet light, dark oder print)</translation>
    </message>
    <message>
        <source>Position history: %1</source>
        <translation>Positionsverlauf: %1</translation>
    </message>
    <message>
        <source>the %1 view is not available in this build</source>
        <translation>die Ansicht %1 ist in diesem Build nicht verfügbar</translation>
    </message>
    <message>
        <source>no saved view named &quot;%1&quot;: the dossier has no saved views</source>
        <translation>keine gespeicherte Ansicht namens „%1“: Das Dossier hat keine gespeicherten Ansichten</translation>
    </message>
    <message>
        <source>no saved view named &quot;%1&quot; (the dossier has: %2)</source>
        <translation>keine gespeicherte Ansicht namens „%1“ (das Dossier hat: %2)</translation>
    </message>
</context>
<context>
    <name>Entente::ImageExporter</name>
    <message>
        <source>As of %1</source>
        <translation>Stand %1</translation>
    </message>
    <message>
        <source>Source: %1, as of %2</source>
        <translation>Quelle: %1, Stand %2</translation>
    </message>
    <message>
        <source>Unknown image format &quot;%1&quot;: use .png, .svg or .pdf</source>
        <translation>Unbekanntes Bildformat „%1“: .png, .svg oder .pdf verwenden</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels)</source>
        <translation>Das Bild ist zu groß (%1 × %2 Pixel)</translation>
    </message>
    <message>
        <source>Cannot write %1: the SVG generator could not start</source>
        <translation>%1 kann nicht geschrieben werden: der SVG-Generator ließ sich nicht starten</translation>
    </message>
    <message>
        <source>Cannot write %1: the PDF writer could not start</source>
        <translation>%1 kann nicht geschrieben werden: der PDF-Writer ließ sich nicht starten</translation>
    </message>
    <message>
        <source>The image is too large to copy</source>
        <translation>Das Bild ist zu groß zum Kopieren</translation>
    </message>
    <message>
        <source>No clipboard is available</source>
        <translation>Keine Zwischenablage verfügbar</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Entente::ImportFilePage</name>
    <message>
        <source>Choose a file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen …</translation>
    </message>
    <message>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>First row is a header</source>
        <translation>Erste Zeile ist eine Kopfzeile</translation>
    </message>
    <message>
        <source>No header row</source>
        <translation>Keine Kopfzeile</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <source>Header:</source>
        <translation>Kopfzeile:</translation>
    </message>
    <message>
        <source>Import events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>Event data (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)</source>
        <translation>Ereignisdaten (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>comma</source>
        <translation>Komma</translation>
    </message>
    <message numerus="yes">
        <source>JSON, %n field(s)</source>
        <translation>
            <numerusform>JSON, %n Feld</numerusform>
            <numerusform>JSON, %n Felder</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delimited text (%1), %2, %n column(s)</source>
        <translation>
            <numerusform>Text mit Trennzeichen (%1), %2, %n Spalte</numerusform>
            <numerusform>Text mit Trennzeichen (%1), %2, %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <source>with a header row</source>
        <translation>mit Kopfzeile</translation>
    </message>
    <message>
        <source>no header row</source>
        <translation>ohne Kopfzeile</translation>
    </message>
    <message>
        <source>CSV or TSV (with or without a header row; ACLED and GDELT exports, spreadsheets), JSON (an array of objects, or one object per line) or a TimelineJS file (JSON, or the Google-Sheet template as CSV).</source>
        <translation>CSV oder TSV (mit oder ohne Kopfzeile; ACLED- und GDELT-Exporte, Tabellen), JSON (ein Array von Objekten oder ein Objekt pro Zeile) oder eine TimelineJS-Datei (JSON oder die Google-Sheet-Vorlage als CSV).</translation>
    </message>
</context>
<context>
    <name>Entente::ImportMappingPage</name>
    <message>
        <source>Map columns to event fields</source>
        <translation>Spalten den Ereignisfeldern zuordnen</translation>
    </message>
    <message>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <source>Actors → parties:</source>
        <translation>Akteure → Parteien:</translation>
    </message>
    <message>
        <source>Columns → tags:</source>
        <translation>Spalten → Schlagwörter:</translation>
    </message>
    <message>
        <source>Kept as name=value:</source>
        <translation>Als Name=Wert behalten:</translation>
    </message>
    <message>
        <source>Save mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>Saved: %1</source>
        <translation>Gespeichert: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Give the mapping a name first.</source>
        <translation>Geben Sie der Zuordnung zuerst einen Namen.</translation>
    </message>
    <message>
        <source>Saved “%1”.</source>
        <translation>„%1“ gespeichert.</translation>
    </message>
    <message>
        <source>Issues:</source>
        <translation>Themen:</translation>
    </message>
    <message>
        <source>Cells of the actor, issue, tag and source columns hold several values separated by this</source>
        <translation>Zellen der Akteurs-, Themen-, Schlagwort- und Quellenspalten enthalten mehrere Werte, getrennt durch dieses Zeichen</translation>
    </message>
    <message>
        <source>List separator:</source>
        <translation>Listentrennzeichen:</translation>
    </message>
    <message>
        <source>Actor as written</source>
        <translation>Akteur wie geschrieben</translation>
    </message>
    <message>
        <source>Party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>Actor aliases:</source>
        <translation>Akteur-Aliasse:</translation>
    </message>
    <message>
        <source>A party</source>
        <translation>Eine Partei</translation>
    </message>
    <message>
        <source>A tag</source>
        <translation>Ein Schlagwort</translation>
    </message>
    <message>
        <source>TimelineJS group becomes:</source>
        <translation>TimelineJS-Gruppe wird zu:</translation>
    </message>
    <message>
        <source>Detected: %1</source>
        <translation>Erkannt: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ImportOptionsPage</name>
    <message>
        <source>Unknown actors and bad rows</source>
        <translation>Unbekannte Akteure und fehlerhafte Zeilen</translation>
    </message>
    <message>
        <source>Create a party for each new actor</source>
        <translation>Für jeden neuen Akteur eine Partei anlegen</translation>
    </message>
    <message>
        <source>Drop actors that match no party</source>
        <translation>Akteure ohne passende Partei verwerfen</translation>
    </message>
    <message>
        <source>Treat rows with unknown actors as bad</source>
        <translation>Zeilen mit unbekannten Akteuren als fehlerhaft behandeln</translation>
    </message>
    <message>
        <source>Skip bad rows and report them (otherwise stop at the first)</source>
        <translation>Fehlerhafte Zeilen überspringen und melden (sonst beim ersten anhalten)</translation>
    </message>
    <message>
        <source>Unknown actors:</source>
        <translation>Unbekannte Akteure:</translation>
    </message>
    <message>
        <source>Actors are first matched to existing parties by name, short name or id.</source>
        <translation>Akteure werden zuerst über Name, Kurzname oder ID vorhandenen Parteien zugeordnet.</translation>
    </message>
</context>
<context>
    <name>Entente::ImportReportPage</name>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Save report…</source>
        <translation>Bericht speichern …</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts wurde importiert: %1</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Nothing is in the dossier yet: Finish adds what is listed here, Cancel drops it.</source>
        <translation>Noch ist nichts im Dossier: Fertigstellen fügt hinzu, was hier aufgeführt ist, Abbrechen verwirft es.</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neue Partei</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%L1 rows read: %L2 events to add, %L3 rows skipped, %L4 duplicates of events already in the dossier (same external id) left out, %L5 new parties.</source>
        <translation>%L1 Zeilen gelesen: %L2 Ereignisse hinzuzufügen, %L3 Zeilen übersprungen, %L4 Duplikate von bereits vorhandenen Ereignissen (gleiche externe ID) ausgelassen, %L5 neue Parteien.</translation>
    </message>
    <message>
        <source>Aliases applied: %1</source>
        <translation>Angewandte Aliasse: %1</translation>
    </message>
</context>
<context>
    <name>Entente::ImportRunPage</name>
    <message>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>%L1 rows, %L2 rows/s</source>
        <translation>%L1 Zeilen, %L2 Zeilen/s</translation>
    </message>
    <message>
        <source>Imported %L1 events, skipped %L2 rows.</source>
        <translation>%L1 Ereignisse importiert, %L2 Zeilen übersprungen.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen …</translation>
    </message>
    <message>
        <source>Read %L1 events.</source>
        <translation>%L1 Ereignisse gelesen.</translation>
    </message>
</context>
<context>
    <name>Entente::ImportWizard</name>
    <message>
        <source>Import events</source>
        <translation>Ereignisse importieren</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>Entente::IsoDateEdit</name>
    <message>
        <source>A date such as 15 Dec 2025, or typed as 2025-12-15</source>
        <translation>Ein Datum wie 15. Dez. 2025 oder eingegeben als 2025-12-15</translation>
    </message>
</context>
<context>
    <name>Entente::IssuesModel</name>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Thema</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>Entente::MainWindow</name>
    <message>
        <source>&amp;Compare with</source>
        <translation>&amp;Vergleichen mit</translation>
    </message>
    <message>
        <source>Compare date</source>
        <translation>Vergleichsdatum</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Loading events</source>
        <translation>Ereignisse werden geladen</translation>
    </message>
    <message>
        <source>Saving %1 imported events… %2 %</source>
        <translation>%1 importierte Ereignisse werden gespeichert … %2 %</translation>
    </message>
    <message>
        <source>No dossier</source>
        <translation>Kein Dossier</translation>
    </message>
    <message>
        <source> (loading events)</source>
        <translation> (Ereignisse werden geladen)</translation>
    </message>
    <message>
        <source> (importing)</source>
        <translation> (Import läuft)</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Cannot open dossier</source>
        <translation>Dossier kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1</source>
        <translation>%1 geöffnet</translation>
    </message>
    <message>
        <source>The events are still loading; edits are possible once they are in</source>
        <translation>Die Ereignisse werden noch geladen; Änderungen sind möglich, sobald sie da sind</translation>
    </message>
    <message>
        <source>An import is being saved; edits are possible once it is in</source>
        <translation>Ein Import wird gespeichert; Änderungen sind möglich, sobald er abgeschlossen ist</translation>
    </message>
    <message>
        <source>The dossier is open read-only</source>
        <translation>Das Dossier ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>Loading %1 events… %2 %</source>
        <translation>%1 Ereignisse werden geladen … %2 %</translation>
    </message>
    <message>
        <source>Loaded %1 events in %2 s</source>
        <translation>%1 Ereignisse in %2 s geladen</translation>
    </message>
    <message>
        <source>Change not saved</source>
        <translation>Änderung nicht gespeichert</translation>
    </message>
    <message>
        <source>The change could not be written to the dossier file and was not applied:
%1</source>
        <translation>Die Änderung konnte nicht in die Dossierdatei geschrieben werden und wurde nicht übernommen:
%1</translation>
    </message>
    <message>
        <source>Nothing changed: that position is already in force</source>
        <translation>Nichts geändert: diese Position gilt bereits</translation>
    </message>
    <message>
        <source>Nothing changed: that status is already in force</source>
        <translation>Nichts geändert: dieser Status gilt bereits</translation>
    </message>
    <message>
        <source>%1 on %2 %3 %4</source>
        <translation>%1 zu %2 %3 %4</translation>
    </message>
    <message>
        <source>toward support:</source>
        <translation>zur Zustimmung hin:</translation>
    </message>
    <message>
        <source>toward opposition:</source>
        <translation>zur Ablehnung hin:</translation>
    </message>
    <message>
        <source>No stance moved between the two dates.</source>
        <translation>Zwischen den beiden Daten hat sich keine Haltung verändert.</translation>
    </message>
    <message numerus="yes">
        <source>%n move(s): </source>
        <translation>
            <numerusform>%n Veränderung: </numerusform>
            <numerusform>%n Veränderungen: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown</source>
        <translation>
            <numerusform>%n Ereignis angezeigt</numerusform>
            <numerusform>%n Ereignisse angezeigt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>retracted</source>
        <translation>zurückgezogen</translation>
    </message>
    <message>
        <source>That change is already retracted</source>
        <translation>Diese Änderung ist bereits zurückgezogen</translation>
    </message>
    <message>
        <source>New Dossier</source>
        <translation>Neues Dossier</translation>
    </message>
    <message>
        <source>Entente dossiers (*.entente)</source>
        <translation>Entente-Dossiers (*.entente)</translation>
    </message>
    <message>
        <source>Cannot create dossier</source>
        <translation>Dossier kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Open Dossier</source>
        <translation>Dossier öffnen</translation>
    </message>
    <message>
        <source>Dossiers (*.entente *.json);;All files (*)</source>
        <translation>Dossiers (*.entente *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu …</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen …</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Import Events or Dossier…</source>
        <translation>Ereignisse oder Dossier &amp;importieren …</translation>
    </message>
    <message>
        <source>Export &amp;Data…</source>
        <translation>&amp;Daten exportieren …</translation>
    </message>
    <message>
        <source>Export &amp;Image</source>
        <translation>&amp;Bild exportieren</translation>
    </message>
    <message>
        <source>&amp;Matrix…</source>
        <translation>&amp;Matrix …</translation>
    </message>
    <message>
        <source>&amp;Timeline…</source>
        <translation>&amp;Zeitleiste …</translation>
    </message>
    <message>
        <source>&amp;Chart…</source>
        <translation>&amp;Diagramm …</translation>
    </message>
    <message>
        <source>Cop&amp;y Image</source>
        <translation>Bild &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Matrix</source>
        <translation>&amp;Matrix</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Zeitleiste</translation>
    </message>
    <message>
        <source>&amp;Chart</source>
        <translation>&amp;Diagramm</translation>
    </message>
    <message>
        <source>&amp;Print</source>
        <translation>&amp;Drucken</translation>
    </message>
    <message>
        <source>Print Pre&amp;view</source>
        <translation>Druck&amp;vorschau</translation>
    </message>
    <message>
        <source>&amp;Briefing</source>
        <translation>&amp;Briefing</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Edit Position…</source>
        <translation>Position &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>Edit Issue &amp;Status…</source>
        <translation>Themen&amp;status bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Find Events</source>
        <translation>Ereignisse &amp;suchen</translation>
    </message>
    <message>
        <source>New &amp;Event</source>
        <translation>Neues &amp;Ereignis</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <source>&amp;Previous Change</source>
        <translation>&amp;Vorherige Änderung</translation>
    </message>
    <message>
        <source>&amp;Next Change</source>
        <translation>&amp;Nächste Änderung</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heute</translation>
    </message>
    <message>
        <source>T&amp;imeline</source>
        <translation>Z&amp;eitleiste</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Ereignisse</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Compare Mode</source>
        <translation>&amp;Vergleichsmodus</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Entente</source>
        <translation>Ü&amp;ber Entente</translation>
    </message>
    <message>
        <source>About Entente</source>
        <translation>Über Entente</translation>
    </message>
    <message>
        <source>Entente %1 — follow a multi-party negotiation: a timeline of events and each party&apos;s position on each issue as of any date.
Licensed under the GNU GPL, version 3 or later.</source>
        <translation>Entente %1 – Mehrparteienverhandlungen verfolgen: eine Zeitleiste der Ereignisse und die Position jeder Partei zu jedem Thema zu jedem Stichtag.
Lizenziert unter der GNU GPL, Version 3 oder später.</translation>
    </message>
    <message>
        <source>Colour &amp;Scheme</source>
        <translation>&amp;Farbschema</translation>
    </message>
    <message>
        <source>Follow the &amp;System</source>
        <translation>Wie das &amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Nichts importiert: %1</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was imported.
%1</source>
        <translation>Nichts wurde importiert.
%1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n event(s)</source>
        <translation>
            <numerusform>%n Ereignis importiert</numerusform>
            <numerusform>%n Ereignisse importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>TimelineJS3 web timeline of the visible period (*.json)</source>
        <translation>TimelineJS3-Webzeitleiste des sichtbaren Zeitraums (*.json)</translation>
    </message>
    <message>
        <source>Export Data</source>
        <translation>Daten exportieren</translation>
    </message>
    <message>
        <source>Whole dossier as JSON (*.json);;Events as CSV (*.csv)</source>
        <translation>Ganzes Dossier als JSON (*.json);;Ereignisse als CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Exported to %1</source>
        <translation>Nach %1 exportiert</translation>
    </message>
    <message>
        <source>Copy failed</source>
        <translation>Kopieren fehlgeschlagen</translation>
    </message>
    <message>
        <source>Image copied to the clipboard</source>
        <translation>Bild in die Zwischenablage kopiert</translation>
    </message>
    <message>
        <source>Briefing PDF</source>
        <translation>Briefing-PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Briefing not written</source>
        <translation>Briefing nicht geschrieben</translation>
    </message>
    <message>
        <source>Briefing written to %1</source>
        <translation>Briefing nach %1 geschrieben</translation>
    </message>
    <message>
        <source>Timeline lanes</source>
        <translation>Bahnen der Zeitleiste</translation>
    </message>
    <message>
        <source>Lanes by party</source>
        <translation>Bahnen nach Partei</translation>
    </message>
    <message>
        <source>Lanes by issue</source>
        <translation>Bahnen nach Thema</translation>
    </message>
    <message>
        <source>One lane</source>
        <translation>Eine Bahn</translation>
    </message>
    <message>
        <source>Timeline colours</source>
        <translation>Farben der Zeitleiste</translation>
    </message>
    <message>
        <source>Colour by party</source>
        <translation>Farbe nach Partei</translation>
    </message>
    <message>
        <source>Colour by issue</source>
        <translation>Farbe nach Thema</translation>
    </message>
    <message>
        <source>Colour by tag</source>
        <translation>Farbe nach Schlagwort</translation>
    </message>
    <message>
        <source>Fit all</source>
        <translation>Alles zeigen</translation>
    </message>
    <message>
        <source>Fit all (Home)</source>
        <translation>Alles zeigen (Pos1)</translation>
    </message>
    <message>
        <source>Zoom in (+)</source>
        <translation>Vergrößern (+)</translation>
    </message>
    <message>
        <source>Zoom out (−)</source>
        <translation>Verkleinern (−)</translation>
    </message>
    <message>
        <source>Zoom to selection</source>
        <translation>Auf Auswahl zoomen</translation>
    </message>
    <message>
        <source>Go to date</source>
        <translation>Zu Datum springen</translation>
    </message>
    <message>
        <source>  Go to </source>
        <translation>  Gehe zu </translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Event editor</source>
        <translation>Ereigniseditor</translation>
    </message>
    <message>
        <source>Change history of the selected cell</source>
        <translation>Änderungsverlauf der gewählten Zelle</translation>
    </message>
    <message>
        <source>&amp;Retract selected change</source>
        <translation>Gewählte Änderung &amp;zurückziehen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Add issue</source>
        <translation>Thema hinzufügen</translation>
    </message>
    <message>
        <source>New issue</source>
        <translation>Neues Thema</translation>
    </message>
    <message>
        <source>Remove issue</source>
        <translation>Thema entfernen</translation>
    </message>
    <message>
        <source>Issue not removed</source>
        <translation>Thema nicht entfernt</translation>
    </message>
    <message>
        <source>Status history of the selected issue</source>
        <translation>Statusverlauf des gewählten Themas</translation>
    </message>
    <message>
        <source>Effective</source>
        <translation>Gültig ab</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Retracted</source>
        <translation>Zurückgezogen</translation>
    </message>
    <message>
        <source>Retract selected status</source>
        <translation>Gewählten Status zurückziehen</translation>
    </message>
    <message>
        <source>That status change is already retracted</source>
        <translation>Diese Statusänderung ist bereits zurückgezogen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Add party</source>
        <translation>Partei hinzufügen</translation>
    </message>
    <message>
        <source>New party</source>
        <translation>Neue Partei</translation>
    </message>
    <message>
        <source>Remove party</source>
        <translation>Partei entfernen</translation>
    </message>
    <message>
        <source>Party not removed</source>
        <translation>Partei nicht entfernt</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Remove source</source>
        <translation>Quelle entfernen</translation>
    </message>
    <message>
        <source>Source not removed</source>
        <translation>Quelle nicht entfernt</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>System Default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The language changes the next time Entente starts.</source>
        <translation>Die Sprache wechselt beim nächsten Start von Entente.</translation>
    </message>
    <message>
        <source>Reconnected to the team server</source>
        <translation>Wieder mit dem Teamserver verbunden</translation>
    </message>
    <message>
        <source>Read-only: %1</source>
        <translation>Schreibgeschützt: %1</translation>
    </message>
    <message>
        <source>Dossier in use</source>
        <translation>Dossier in Benutzung</translation>
    </message>
    <message>
        <source>%1

Open it read-only?</source>
        <translation>%1

Schreibgeschützt öffnen?</translation>
    </message>
    <message>
        <source>New dossier</source>
        <translation>Neues Dossier</translation>
    </message>
    <message>
        <source>Open &amp;Team Dossier…</source>
        <translation>&amp;Teamdossier öffnen …</translation>
    </message>
    <message>
        <source>P&amp;ublish to Team Server…</source>
        <translation>Auf Teamserver &amp;veröffentlichen …</translation>
    </message>
    <message>
        <source>&amp;Briefing…</source>
        <translation>&amp;Briefing …</translation>
    </message>
    <message>
        <source>E&amp;ras…</source>
        <translation>&amp;Phasen …</translation>
    </message>
    <message>
        <source>Mark &amp;Weakly Sourced Cells</source>
        <translation>&amp;Schwach belegte Zellen markieren</translation>
    </message>
    <message>
        <source>Se&amp;ttings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Briefing</source>
        <translation>Briefing</translation>
    </message>
    <message>
        <source>Fit recent activity</source>
        <translation>Jüngste Aktivität einpassen</translation>
    </message>
    <message>
        <source>Frame the densest recent period of events (Shift+Home)</source>
        <translation>Den dichtesten jüngsten Zeitraum mit Ereignissen einpassen (Umschalt+Pos1)</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Mark position and status changes in their lanes</source>
        <translation>Positions- und Statusänderungen in ihren Bahnen markieren</translation>
    </message>
    <message>
        <source>Timeline legend</source>
        <translation>Legende der Zeitleiste</translation>
    </message>
    <message>
        <source>Colours: %1</source>
        <translation>Farben: %1</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Verlässlichkeit</translation>
    </message>
    <message>
        <source>Add source…</source>
        <translation>Quelle hinzufügen …</translation>
    </message>
    <message>
        <source>Edit source…</source>
        <translation>Quelle bearbeiten …</translation>
    </message>
    <message>
        <source>Open a dossier first, then publish it</source>
        <translation>Öffnen Sie zuerst ein Dossier und veröffentlichen Sie es dann</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>No dossier is open.</source>
        <translation>Kein Dossier ist geöffnet.</translation>
    </message>
    <message>
        <source>The dossier is still loading or importing; publish it once that is done.</source>
        <translation>Das Dossier wird noch geladen oder importiert; veröffentlichen Sie es, wenn das abgeschlossen ist.</translation>
    </message>
    <message numerus="yes">
        <source>Publishing %n event(s) to %1…</source>
        <translation>
            <numerusform>%n Ereignis wird in %1 veröffentlicht …</numerusform>
            <numerusform>%n Ereignisse werden in %1 veröffentlicht …</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation>Auf Teamserver veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>Published %n event(s) as %1</source>
        <translation>
            <numerusform>%n Ereignis als %1 veröffentlicht</numerusform>
            <numerusform>%n Ereignisse als %1 veröffentlicht</numerusform>
        </translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>%1.

Open the team copy now? Edits there are shared with the team; this file stays as it is.</source>
        <translation>%1.

Die Teamkopie jetzt öffnen? Änderungen dort werden mit dem Team geteilt; diese Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>&amp;Open Team Copy</source>
        <translation>Teamkopie ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Keep This File Open</source>
        <translation>Diese Datei geöffnet &amp;lassen</translation>
    </message>
    <message>
        <source>Search E&amp;verything…</source>
        <translation>&amp;Alles durchsuchen…</translation>
    </message>
    <message>
        <source>Saved &amp;Views</source>
        <translation>Gespeicherte &amp;Ansichten</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Saved Views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save Current View…</source>
        <translation>Aktuelle Ansicht &amp;speichern…</translation>
    </message>
    <message>
        <source>View “%1”</source>
        <translation>Ansicht „%1“</translation>
    </message>
    <message>
        <source>Save View</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of the view:</source>
        <translation>Name der Ansicht:</translation>
    </message>
    <message>
        <source>View %1</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>That item is no longer in the dossier</source>
        <translation>Dieser Eintrag ist nicht mehr im Dossier</translation>
    </message>
    <message>
        <source>The event is hidden by the events filter</source>
        <translation>Das Ereignis wird vom Ereignisfilter ausgeblendet</translation>
    </message>
    <message>
        <source>Nothing changed: that capability is already in force</source>
        <translation>Nichts geändert: Diese Fähigkeit gilt bereits</translation>
    </message>
    <message>
        <source>Axis not changed</source>
        <translation>Achse nicht geändert</translation>
    </message>
    <message>
        <source>Every issue</source>
        <translation>Alle Fragen</translation>
    </message>
    <message>
        <source>Edit axis…</source>
        <translation>Achse bearbeiten…</translation>
    </message>
    <message>
        <source>Set capability…</source>
        <translation>Fähigkeit festlegen…</translation>
    </message>
    <message>
        <source>Capability history of the selected party</source>
        <translation>Verlauf der Fähigkeit der gewählten Partei</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>Capability</source>
        <translation>Fähigkeit</translation>
    </message>
    <message>
        <source>Retract selected capability</source>
        <translation>Gewählte Fähigkeit zurückziehen</translation>
    </message>
    <message>
        <source>That capability change is already retracted</source>
        <translation>Diese Fähigkeitsänderung ist bereits zurückgezogen</translation>
    </message>
    <message>
        <source>Save Forecast S&amp;cenario…</source>
        <translation>Prognose-S&amp;zenario speichern…</translation>
    </message>
    <message>
        <source>A view named “%1” exists already. Replace its settings with the current ones?</source>
        <translation>Eine Ansicht namens „%1“ gibt es bereits. Ihre Einstellungen durch die aktuellen ersetzen?</translation>
    </message>
    <message>
        <source>No scenario to save: turn on What if in the Forecast dock and change a party&apos;s value.</source>
        <translation>Kein Szenario zu speichern: „Was wäre, wenn“ im Prognose-Dock einschalten und einen Wert einer Partei ändern.</translation>
    </message>
    <message>
        <source>Scenario %1</source>
        <translation>Szenario %1</translation>
    </message>
    <message>
        <source>Save Scenario</source>
        <translation>Szenario speichern</translation>
    </message>
    <message>
        <source>Name of the scenario (saved as a view, with the current view):</source>
        <translation>Name des Szenarios (gespeichert als Ansicht, mit der aktuellen Ansicht):</translation>
    </message>
    <message>
        <source>%1 — scenario</source>
        <translation>%1 — Szenario</translation>
    </message>
</context>
<context>
    <name>Entente::MatrixView</name>
    <message>
        <source>Position matrix</source>
        <translation>Positionsmatrix</translation>
    </message>
</context>
<context>
    <name>Entente::NoteDialog</name>
    <message>
        <source>Add Note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>Edit Note</source>
        <translation>Notiz bearbeiten</translation>
    </message>
    <message>
        <source>A date</source>
        <translation>Ein Datum</translation>
    </message>
    <message>
        <source>A matrix cell (party on issue)</source>
        <translation>Eine Matrixzelle (Partei zu Thema)</translation>
    </message>
    <message>
        <source>An issue</source>
        <translation>Ein Thema</translation>
    </message>
    <message>
        <source>A party</source>
        <translation>Eine Partei</translation>
    </message>
    <message>
        <source>An event</source>
        <translation>Ein Ereignis</translation>
    </message>
    <message>
        <source>An era</source>
        <translation>Eine Phase</translation>
    </message>
    <message>
        <source>event id (the selected event when opened)</source>
        <translation>Ereignis-ID (beim Öffnen das ausgewählte Ereignis)</translation>
    </message>
    <message>
        <source>&amp;Key judgement (opens the briefing)</source>
        <translation>&amp;Kernbewertung (eröffnet das Briefing)</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Moderate</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Evidence sources</source>
        <translation>Belegquellen</translation>
    </message>
    <message>
        <source>&amp;Pinned to:</source>
        <translation>&amp;Angeheftet an:</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Pa&amp;rty:</source>
        <translation>Pa&amp;rtei:</translation>
    </message>
    <message>
        <source>&amp;Issue:</source>
        <translation>&amp;Thema:</translation>
    </message>
    <message>
        <source>&amp;Event:</source>
        <translation>&amp;Ereignis:</translation>
    </message>
    <message>
        <source>E&amp;ra:</source>
        <translation>P&amp;hase:</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>&amp;Confidence:</source>
        <translation>&amp;Sicherheit:</translation>
    </message>
    <message>
        <source>E&amp;vidence:</source>
        <translation>&amp;Belege:</translation>
    </message>
    <message>
        <source>Claims:</source>
        <translation>Behauptungen:</translation>
    </message>
</context>
<context>
    <name>Entente::NotesModel</name>
    <message>
        <source>low</source>
        <translation>gering</translation>
    </message>
    <message>
        <source>moderate</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>issue %1</source>
        <translation>Thema %1</translation>
    </message>
    <message>
        <source>party %1</source>
        <translation>Partei %1</translation>
    </message>
    <message>
        <source>event “%1”</source>
        <translation>Ereignis „%1“</translation>
    </message>
    <message>
        <source>event %1</source>
        <translation>Ereignis %1</translation>
    </message>
    <message>
        <source>era %1</source>
        <translation>Phase %1</translation>
    </message>
    <message>
        <source>Evidence: %1</source>
        <translation>Belege: %1</translation>
    </message>
    <message>
        <source>Key judgement</source>
        <translation>Kernbewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Pinned to</source>
        <translation>Angeheftet an</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Belege</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Erfasst</translation>
    </message>
</context>
<context>
    <name>Entente::NotesPanel</name>
    <message>
        <source>Show notes of kind</source>
        <translation>Notizen dieser Art anzeigen</translation>
    </message>
    <message>
        <source>All notes</source>
        <translation>Alle Notizen</translation>
    </message>
    <message>
        <source>Key judgements</source>
        <translation>Kernbewertungen</translation>
    </message>
    <message>
        <source>Plain notes</source>
        <translation>Einfache Notizen</translation>
    </message>
    <message>
        <source>On dates</source>
        <translation>Zu Daten</translation>
    </message>
    <message>
        <source>On cells</source>
        <translation>Zu Zellen</translation>
    </message>
    <message>
        <source>On issues</source>
        <translation>Zu Themen</translation>
    </message>
    <message>
        <source>On parties</source>
        <translation>Zu Parteien</translation>
    </message>
    <message>
        <source>On events</source>
        <translation>Zu Ereignissen</translation>
    </message>
    <message>
        <source>On eras</source>
        <translation>Zu Phasen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
</context>
<context>
    <name>Entente::PartiesModel</name>
    <message>
        <source>State</source>
        <translation>Staat</translation>
    </message>
    <message>
        <source>Bloc</source>
        <translation>Block</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
</context>
<context>
    <name>Entente::PositionMatrixModel</name>
    <message>
        <source>%1 on %2: no recorded position</source>
        <translation>%1 zu %2: keine Position erfasst</translation>
    </message>
    <message>
        <source>%1 on %2: %3 since %4</source>
        <translation>%1 zu %2: %3 seit %4</translation>
    </message>
    <message>
        <source>salience %1 of 100</source>
        <translation>Gewicht %1 von 100</translation>
    </message>
    <message>
        <source>sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>no source cited</source>
        <translation>keine Quelle angegeben</translation>
    </message>
    <message numerus="yes">
        <source>cites %n event(s)</source>
        <translation>
            <numerusform>verweist auf %n Ereignis</numerusform>
            <numerusform>verweist auf %n Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>changed since the previous step</source>
        <translation>seit dem vorigen Schritt geändert</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; on &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; zu &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>No recorded position</source>
        <translation>Keine Position erfasst</translation>
    </message>
    <message>
        <source>Latest change: %1, %2</source>
        <translation>Letzte Änderung: %1, %2</translation>
    </message>
    <message>
        <source>Salience: %1</source>
        <translation>Gewicht: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>No source cited</source>
        <translation>Keine Quelle angegeben</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1, status: %2</source>
        <translation>%1, Status: %2</translation>
    </message>
    <message>
        <source>%1, no status</source>
        <translation>%1, kein Status</translation>
    </message>
    <message>
        <source>rests on one source</source>
        <translation>stützt sich auf eine Quelle</translation>
    </message>
    <message>
        <source>rests on %1 independent sources</source>
        <translation>stützt sich auf %1 unabhängige Quellen</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Rests on one source, graded %1</source>
        <translation>Stützt sich auf eine Quelle, bewertet mit %1</translation>
    </message>
    <message>
        <source>Rests on %1 independent sources, best graded %2</source>
        <translation>Stützt sich auf %1 unabhängige Quellen, beste Bewertung %2</translation>
    </message>
    <message>
        <source>Single source</source>
        <translation>Einzige Quelle</translation>
    </message>
    <message>
        <source>Graded below %1</source>
        <translation>Schlechter bewertet als %1</translation>
    </message>
    <message>
        <source>Key judgement (%1 confidence): %2</source>
        <translation>Kernbewertung (Sicherheit %1): %2</translation>
    </message>
</context>
<context>
    <name>Entente::ReliabilityPanel</name>
    <message>
        <source>&amp;Mark weakly sourced cells on the matrix</source>
        <translation>Schwach belegte Zellen in der Matrix &amp;markieren</translation>
    </message>
    <message>
        <source>Weakest acceptable reliability</source>
        <translation>Schwächste noch annehmbare Zuverlässigkeit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Weakest acceptable credibility</source>
        <translation>Schwächste noch annehmbare Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Weak below:</source>
        <translation>Schwach unter:</translation>
    </message>
    <message>
        <source>As of %1: %2</source>
        <translation>Stand %1: %2</translation>
    </message>
    <message>
        <source>A dashed frame marks a stated position that rests on one source (one outlet, however many reports) or whose best grade is below %1.</source>
        <translation>Ein gestrichelter Rahmen markiert eine erklärte Position, die sich auf eine Quelle stützt (ein Medium, gleich wie viele Berichte) oder deren beste Bewertung unter %1 liegt.</translation>
    </message>
</context>
<context>
    <name>Entente::SavedViewsPanel</name>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>&amp;Save Current…</source>
        <translation>Aktuelle &amp;speichern…</translation>
    </message>
    <message>
        <source>A&amp;pply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Re&amp;name…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Rename View</source>
        <translation>Ansicht umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>%1 — scenario</source>
        <translation>%1 — Szenario</translation>
    </message>
    <message>
        <source>Forecast scenario on %1, %2</source>
        <translation>Prognoseszenario zu %1, %2</translation>
    </message>
</context>
<context>
    <name>Entente::SearchPanel</name>
    <message>
        <source>Search everything</source>
        <translation>Alles durchsuchen</translation>
    </message>
    <message>
        <source>Search events, notes, claims, sources, names…</source>
        <translation>Ereignisse, Notizen, Behauptungen, Quellen, Namen durchsuchen…</translation>
    </message>
    <message>
        <source>Search results</source>
        <translation>Suchergebnisse</translation>
    </message>
    <message>
        <source>Type words to find; each must begin a word (&quot;negot&quot; finds &quot;negotiations&quot;).</source>
        <translation>Suchwörter eingeben; jedes muss einen Wortanfang bilden („verhand“ findet „Verhandlungen“).</translation>
    </message>
    <message>
        <source>Indexing the events…</source>
        <translation>Ereignisse werden indiziert…</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing matches.</source>
        <translation>Keine Treffer.</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Entente::SearchResultsModel</name>
    <message>
        <source>%1 (%2, the first %3 shown)</source>
        <translation>%1 (%2, die ersten %3 angezeigt)</translation>
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
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <source>Recorded on every change you make and in the dossier&apos;s journal. Left empty, your account&apos;s name is used.</source>
        <translation>Wird bei jeder Ihrer Änderungen und im Journal des Dossiers vermerkt. Leer gelassen wird der Name Ihres Kontos verwendet.</translation>
    </message>
</context>
<context>
    <name>Entente::SourceDialog</name>
    <message>
        <source>Add source</source>
        <translation>Quelle hinzufügen</translation>
    </message>
    <message>
        <source>Edit source: %1</source>
        <translation>Quelle bearbeiten: %1</translation>
    </message>
    <message>
        <source>Outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>&amp;Outlet:</source>
        <translation>&amp;Medium:</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>O&amp;pen</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the URL in the web browser</source>
        <translation>Die URL im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>2025, 2025-12 or 2025-12-16</source>
        <translation>2025, 2025-12 oder 2025-12-16</translation>
    </message>
    <message>
        <source>Pu&amp;blished:</source>
        <translation>Veröffentlic&amp;ht:</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>&amp;Reliability:</source>
        <translation>&amp;Zuverlässigkeit:</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>The credibility of what this source itself reports</source>
        <translation>Die Glaubwürdigkeit dessen, was diese Quelle selbst berichtet</translation>
    </message>
    <message>
        <source>&amp;Credibility:</source>
        <translation>&amp;Glaubwürdigkeit:</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Kein Datum</translation>
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
        <translation>Medium</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Published</source>
        <translation>Veröffentlicht</translation>
    </message>
    <message>
        <source>“%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16.</source>
        <translation>„%1“ ist kein Datum (%2): 2025, 2025-12 oder 2025-12-16 schreiben.</translation>
    </message>
    <message>
        <source>known to the year</source>
        <translation>aufs Jahr genau bekannt</translation>
    </message>
    <message>
        <source>known to the month</source>
        <translation>auf den Monat genau bekannt</translation>
    </message>
    <message>
        <source>known to the day</source>
        <translation>auf den Tag genau bekannt</translation>
    </message>
    <message>
        <source>known to the minute</source>
        <translation>auf die Minute genau bekannt</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Reliability %1: %2</source>
        <translation>Zuverlässigkeit %1: %2</translation>
    </message>
    <message>
        <source>Credibility %1: %2</source>
        <translation>Glaubwürdigkeit %1: %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>How reliable the source has been: A (completely reliable) to F (cannot be judged)</source>
        <translation>Wie zuverlässig die Quelle bisher war: A (völlig zuverlässig) bis F (nicht beurteilbar)</translation>
    </message>
    <message>
        <source>How credible its account is: 1 (confirmed by other sources) to 6 (cannot be judged)</source>
        <translation>Wie glaubwürdig ihre Darstellung ist: 1 (von anderen Quellen bestätigt) bis 6 (nicht beurteilbar)</translation>
    </message>
    <message>
        <source>Reliability</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <source>Credibility</source>
        <translation>Glaubwürdigkeit</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Reliability is a letter from A to F, not “%1”.</source>
        <translation>Die Zuverlässigkeit ist ein Buchstabe von A bis F, nicht „%1“.</translation>
    </message>
    <message>
        <source>Credibility is a digit from 1 to 6, not “%1”.</source>
        <translation>Die Glaubwürdigkeit ist eine Ziffer von 1 bis 6, nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Entente::Store</name>
    <message>
        <source>The server has no roles entente_reader, entente_editor and entente_owner; create them first (see docs/team.md).</source>
        <translation>Der Server hat keine Rollen entente_reader, entente_editor und entente_owner; legen Sie sie zuerst an (siehe docs/team.md).</translation>
    </message>
    <message>
        <source>The %1 “%2” no longer exists.</source>
        <translation>%1 „%2“ existiert nicht mehr.</translation>
    </message>
    <message>
        <source>The %1 “%2” was changed by someone else since you read it (version %3, now %4).</source>
        <translation>%1 „%2“ wurde seit dem Lesen von jemand anderem geändert (Version %3, jetzt %4).</translation>
    </message>
    <message>
        <source>The new order of the %1 table does not name each of its %2 rows once.</source>
        <translation>Die neue Reihenfolge der Tabelle %1 nennt nicht jede ihrer %2 Zeilen genau einmal.</translation>
    </message>
    <message>
        <source>the server asks for a password and none was found; put it in ~/.pgpass (host:port:database:user:password, mode 0600) or use a service from ~/.pg_service.conf (%1)</source>
        <translation>der Server verlangt ein Passwort und es wurde keines gefunden; tragen Sie es in ~/.pgpass ein (host:port:database:user:password, Modus 0600) oder verwenden Sie einen Dienst aus ~/.pg_service.conf (%1)</translation>
    </message>
    <message>
        <source>Cannot reach the team server: %1</source>
        <translation>Der Teamserver ist nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost (%1); nothing was written. It reconnects on the next attempt.</source>
        <translation>Die Verbindung zum Teamserver ist unterbrochen (%1); nichts wurde geschrieben. Beim nächsten Versuch wird sie neu aufgebaut.</translation>
    </message>
    <message>
        <source>no connection</source>
        <translation>keine Verbindung</translation>
    </message>
    <message>
        <source>The server refused the write: your role “%1” may only read this team dossier. Nothing was written.</source>
        <translation>Der Server hat das Schreiben abgelehnt: Ihre Rolle „%1“ darf dieses Teamdossier nur lesen. Nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>Another analyst&apos;s write collided with yours; nothing was written (%1).</source>
        <translation>Der Schreibvorgang einer anderen Person ist mit Ihrem kollidiert; nichts wurde geschrieben (%1).</translation>
    </message>
    <message>
        <source>an event row has %1 fields instead of %2</source>
        <translation>eine Ereigniszeile hat %1 Felder statt %2</translation>
    </message>
    <message>
        <source>event %1: %2</source>
        <translation>Ereignis %1: %2</translation>
    </message>
    <message>
        <source>the load was cancelled</source>
        <translation>das Laden wurde abgebrochen</translation>
    </message>
    <message>
        <source>the dossier “%1” no longer exists on the server</source>
        <translation>das Dossier „%1“ existiert auf dem Server nicht mehr</translation>
    </message>
    <message>
        <source>party “%1” has an unknown kind</source>
        <translation>Partei „%1“ hat eine unbekannte Art</translation>
    </message>
    <message>
        <source>change %1 has an unknown confidence</source>
        <translation>Änderung %1 hat eine unbekannte Sicherheit</translation>
    </message>
    <message>
        <source>change %1: %2</source>
        <translation>Änderung %1: %2</translation>
    </message>
    <message>
        <source>“%1” could not be read</source>
        <translation>„%1“ konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 names no dossier; add ?dossier=ID to the address.</source>
        <translation>%1 nennt kein Dossier; fügen Sie ?dossier=ID an die Adresse an.</translation>
    </message>
    <message>
        <source>“%1” is not a valid dossier id (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>„%1“ ist keine gültige Dossier-ID (Buchstaben, Ziffern, „.“, „_“ und „-“ verwenden).</translation>
    </message>
    <message>
        <source>%1: the server holds no Entente team dossiers.</source>
        <translation>%1: der Server enthält keine Entente-Teamdossiers.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s dossiers were written by a newer version of Entente (schema %2); this version reads up to %3.</source>
        <translation>%1: die Dossiers des Servers wurden von einer neueren Entente-Version geschrieben (Schema %2); diese Version liest bis %3.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s dossiers use schema %2 and need an upgrade to %3, which only the owner of the schema may run (%4).</source>
        <translation>%1: die Dossiers des Servers verwenden Schema %2 und brauchen eine Aktualisierung auf %3, die nur der Eigentümer des Schemas ausführen darf (%4).</translation>
    </message>
    <message>
        <source>%1: there is no dossier “%2” on that server.</source>
        <translation>%1: auf diesem Server gibt es kein Dossier „%2“.</translation>
    </message>
    <message>
        <source>your server role “%1” may only read team dossiers</source>
        <translation>Ihre Serverrolle „%1“ darf Teamdossiers nur lesen</translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>%1: the server&apos;s schema %2 is newer than this version of Entente (%3).</source>
        <translation>%1: das Schema %2 des Servers ist neuer als diese Entente-Version (%3).</translation>
    </message>
    <message>
        <source>%1: cannot install the team schema</source>
        <translation>%1: das Teamschema kann nicht installiert werden</translation>
    </message>
    <message>
        <source>There is already a dossier “%1” on that server; choose another id.</source>
        <translation>Auf diesem Server gibt es bereits ein Dossier „%1“; wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>%1: cannot publish</source>
        <translation>%1: Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>%1 is open read-only.</source>
        <translation>%1 ist schreibgeschützt geöffnet.</translation>
    </message>
    <message>
        <source>a transaction is already open</source>
        <translation>eine Transaktion ist bereits offen</translation>
    </message>
    <message>
        <source>no transaction is open</source>
        <translation>keine Transaktion ist offen</translation>
    </message>
    <message>
        <source>%1: nothing was written, a statement of the transaction failed.</source>
        <translation>%1: nichts wurde geschrieben, eine Anweisung der Transaktion ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>it is open read-only</source>
        <translation>es ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>%1: nothing was written, %2.</source>
        <translation>%1: nichts wurde geschrieben, %2.</translation>
    </message>
    <message>
        <source>The %1 “%2” already exists.</source>
        <translation>%1 „%2“ existiert bereits.</translation>
    </message>
    <message>
        <source>The new order of the %1 table names rows that no longer exist.</source>
        <translation>Die neue Reihenfolge der Tabelle %1 nennt Zeilen, die nicht mehr existieren.</translation>
    </message>
    <message>
        <source>event rows %1–%2 out of range</source>
        <translation>Ereigniszeilen %1–%2 außerhalb des Bereichs</translation>
    </message>
    <message>
        <source>unknown %1 change %2</source>
        <translation>unbekannte %1-Änderung %2</translation>
    </message>
    <message>
        <source>position</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>The connection to the team server was lost.</source>
        <translation>Die Verbindung zum Teamserver ist unterbrochen.</translation>
    </message>
    <message>
        <source>note “%1” is damaged %2</source>
        <translation>Notiz „%1“ ist beschädigt %2</translation>
    </message>
    <message numerus="yes">
        <source>%n of the events were changed or removed by someone else meanwhile: nothing was removed.</source>
        <translation>
            <numerusform>%n Ereignis wurde inzwischen von jemand anderem geändert oder entfernt: Nichts wurde entfernt.</numerusform>
            <numerusform>%n der Ereignisse wurden inzwischen von jemand anderem geändert oder entfernt: Nichts wurde entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>capability</source>
        <translation>Fähigkeit</translation>
    </message>
</context>
<context>
    <name>Entente::TeamDossierDialog</name>
    <message>
        <source>Open Team Dossier</source>
        <translation>Teamdossier öffnen</translation>
    </message>
    <message>
        <source>Publish to Team Server</source>
        <translation>Auf Teamserver veröffentlichen</translation>
    </message>
    <message>
        <source>A team dossier lives on a PostgreSQL server, where several analysts edit it at once.</source>
        <translation>Ein Teamdossier liegt auf einem PostgreSQL-Server, auf dem mehrere Analystinnen und Analysten es gleichzeitig bearbeiten.</translation>
    </message>
    <message>
        <source>The open dossier is copied to the server as a new team dossier; this file stays as it is.</source>
        <translation>Das geöffnete Dossier wird als neues Teamdossier auf den Server kopiert; diese Datei bleibt, wie sie ist.</translation>
    </message>
    <message>
        <source>Use a &amp;service from pg_service.conf</source>
        <translation>Einen &amp;Dienst aus pg_service.conf verwenden</translation>
    </message>
    <message>
        <source>e.g. team</source>
        <translation>z. B. team</translation>
    </message>
    <message>
        <source>S&amp;ervice:</source>
        <translation>D&amp;ienst:</translation>
    </message>
    <message>
        <source>db.example.org (empty: this computer)</source>
        <translation>db.example.org (leer: dieser Computer)</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>default (5432)</source>
        <translation>Standard (5432)</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>e.g. entente</source>
        <translation>z. B. entente</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>e.g. berlin-talks</source>
        <translation>z. B. berlin-talks</translation>
    </message>
    <message>
        <source>D&amp;ossier:</source>
        <translation>D&amp;ossier:</translation>
    </message>
    <message>
        <source>New d&amp;ossier id:</source>
        <translation>Neue D&amp;ossier-ID:</translation>
    </message>
    <message>
        <source>empty: your login name</source>
        <translation>leer: Ihr Anmeldename</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>default (prefer)</source>
        <translation>Standard (prefer)</translation>
    </message>
    <message>
        <source>SS&amp;L mode:</source>
        <translation>SS&amp;L-Modus:</translation>
    </message>
    <message>
        <source>Entente never asks for or stores a password. If the server wants one, put it in ~/.pgpass (one line host:port:database:user:password, mode 0600) or use a service; an administrator can also let you in without one (peer or certificate authentication).</source>
        <translation>Entente fragt nie nach einem Passwort und speichert keines. Wenn der Server eines verlangt, tragen Sie es in ~/.pgpass ein (eine Zeile host:port:database:user:password, Modus 0600) oder verwenden Sie einen Dienst; eine Administratorin oder ein Administrator kann Sie auch ohne Passwort zulassen (Peer- oder Zertifikatsauthentifizierung).</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
    <message>
        <source>Service: enter the name of a section of pg_service.conf.</source>
        <translation>Dienst: geben Sie den Namen eines Abschnitts aus pg_service.conf ein.</translation>
    </message>
    <message>
        <source>Address: %1</source>
        <translation>Adresse: %1</translation>
    </message>
</context>
<context>
    <name>Entente::TeamLocation</name>
    <message>
        <source>Dossier: enter the id of the dossier on the server.</source>
        <translation>Dossier: geben Sie die ID des Dossiers auf dem Server ein.</translation>
    </message>
    <message>
        <source>Dossier: “%1” is not a valid id (use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;).</source>
        <translation>Dossier: „%1“ ist keine gültige ID (Buchstaben, Ziffern, „.“, „_“ und „-“ verwenden).</translation>
    </message>
    <message>
        <source>Database: enter the database name (or use a service).</source>
        <translation>Datenbank: geben Sie den Datenbanknamen ein (oder verwenden Sie einen Dienst).</translation>
    </message>
    <message>
        <source>Port: %1 is not a port number (1–65535).</source>
        <translation>Port: %1 ist keine Portnummer (1–65535).</translation>
    </message>
    <message>
        <source>SSL mode: “%1” is not one of %2.</source>
        <translation>SSL-Modus: „%1“ ist keiner von %2.</translation>
    </message>
    <message>
        <source>(no dossier)</source>
        <translation>(kein Dossier)</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>the local server</source>
        <translation>der lokale Server</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
</context>
<context>
    <name>Entente::TimelineView</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Laying out %1 events…</source>
        <translation>%1 Ereignisse werden angeordnet …</translation>
    </message>
    <message>
        <source>Parties: %1</source>
        <translation>Parteien: %1</translation>
    </message>
    <message>
        <source>Issues: %1</source>
        <translation>Themen: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>&amp;Edit Era “%1”…</source>
        <translation>Phase „%1“ &amp;bearbeiten …</translation>
    </message>
    <message>
        <source>&amp;Add Era Here…</source>
        <translation>Phase hier &amp;hinzufügen …</translation>
    </message>
    <message>
        <source>E&amp;ras…</source>
        <translation>&amp;Phasen …</translation>
    </message>
    <message>
        <source>%1 on %2: %3 (from %4)</source>
        <translation>%1 zu %2: %3 (ab %4)</translation>
    </message>
    <message>
        <source>%1 status: %2 (from %3)</source>
        <translation>Status von %1: %2 (ab %3)</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
</context>
<context>
    <name>Entente::WhatChangedPanel</name>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Change record and sources</source>
        <translation>Änderungsdatensatz und Quellen</translation>
    </message>
    <message>
        <source>From %1 to %2: %3 new, %4 withdrawn, %5 stance moves, %6 salience moves, %7 status changes, %8 events</source>
        <translation>Von %1 bis %2: %3 neu, %4 zurückgenommen, %5 Haltungswechsel, %6 Gewichtswechsel, %7 Statusänderungen, %8 Ereignisse</translation>
    </message>
    <message>
        <source>Change %1, effective %2</source>
        <translation>Änderung %1, gültig ab %2</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
</context>
<context>
    <name>Forecast</name>
    <message>
        <source>The weighted median of the positions after the last round.</source>
        <translation>Der gewichtete Median der Positionen nach der letzten Runde.</translation>
    </message>
    <message>
        <source>The position most likely to prevail (probability %1), held by %2.</source>
        <translation>Die Position, die sich am wahrscheinlichsten durchsetzt (Wahrscheinlichkeit %1), vertreten von %2.</translation>
    </message>
    <message>
        <source>Tied with the position of %1: the model cannot choose.</source>
        <translation>Gleichstand mit der Position von %1: das Modell kann nicht entscheiden.</translation>
    </message>
    <message>
        <source>%1 (nearest: %2)</source>
        <translation>%1 (am nächsten: %2)</translation>
    </message>
    <message>
        <source>no party has a position on this issue</source>
        <translation>keine Partei hat eine Position zu diesem Thema</translation>
    </message>
    <message>
        <source>%1: expected %2 position(s) and salience(s)</source>
        <translation>%1: erwartet werden %2 Positionen und Gewichte</translation>
    </message>
    <message>
        <source>%1: capability must be a number ≥ 0</source>
        <translation>%1: die Fähigkeit muss eine Zahl ≥ 0 sein</translation>
    </message>
    <message>
        <source>%1: position is not a number</source>
        <translation>%1: die Position ist keine Zahl</translation>
    </message>
    <message>
        <source>%1: salience must be between 0 and 100</source>
        <translation>%1: das Gewicht muss zwischen 0 und 100 liegen</translation>
    </message>
    <message>
        <source>the axis needs a lower end below its upper end</source>
        <translation>die Achse braucht ein unteres Ende unterhalb ihres oberen Endes</translation>
    </message>
    <message>
        <source>Weighted mean</source>
        <translation>Gewichteter Mittelwert</translation>
    </message>
    <message>
        <source>Weighted median (Black)</source>
        <translation>Gewichteter Median (Black)</translation>
    </message>
    <message>
        <source>Condorcet winner</source>
        <translation>Condorcet-Sieger</translation>
    </message>
    <message>
        <source>Nash bargaining</source>
        <translation>Nash-Verhandlungslösung</translation>
    </message>
    <message>
        <source>Expected utility (Bueno de Mesquita)</source>
        <translation>Erwarteter Nutzen (Bueno de Mesquita)</translation>
    </message>
    <message>
        <source>Spatial model of politics (KTAB)</source>
        <translation>Räumliches Politikmodell (KTAB)</translation>
    </message>
    <message>
        <source>No Condorcet winner: no position beats every other in a weighted majority vote.</source>
        <translation>Kein Condorcet-Sieger: keine Position schlägt jede andere in einer gewichteten Mehrheitsabstimmung.</translation>
    </message>
    <message>
        <source>No agreement gives every party more than the disagreement point.</source>
        <translation>Keine Einigung stellt jede Partei besser als der Nichteinigungspunkt.</translation>
    </message>
    <message>
        <source>Every party has zero capability or zero salience.</source>
        <translation>Jede Partei hat null Fähigkeit oder null Gewicht.</translation>
    </message>
    <message>
        <source>(unknown)</source>
        <translation>(unbekannt)</translation>
    </message>
    <message>
        <source>%1 expects to lose a confrontation with %2 and moves to its position (%3 → %4).</source>
        <translation>%1 erwartet, eine Konfrontation mit %2 zu verlieren, und übernimmt dessen Position (%3 → %4).</translation>
    </message>
    <message>
        <source>%1 compromises with %2 and moves part of the way toward it (%3 → %4).</source>
        <translation>%1 geht einen Kompromiss mit %2 ein und bewegt sich ein Stück darauf zu (%3 → %4).</translation>
    </message>
    <message>
        <source>%1 capitulates to %2 and adopts its position (%3 → %4).</source>
        <translation>%1 kapituliert vor %2 und übernimmt dessen Position (%3 → %4).</translation>
    </message>
    <message>
        <source>%1 accepts the bargain with %2 (%3 → %4).</source>
        <translation>%1 nimmt die Abmachung mit %2 an (%3 → %4).</translation>
    </message>
    <message>
        <source>No party moved in the last round.</source>
        <translation>In der letzten Runde hat sich keine Partei bewegt.</translation>
    </message>
    <message>
        <source>line %1: %2 is missing</source>
        <translation>Zeile %1: %2 fehlt</translation>
    </message>
    <message>
        <source>line %1: %2 &quot;%3&quot; is not a number</source>
        <translation>Zeile %1: %2 „%3“ ist keine Zahl</translation>
    </message>
    <message>
        <source>line %1: %2 %3 is outside %4…%5</source>
        <translation>Zeile %1: %2 %3 liegt außerhalb von %4…%5</translation>
    </message>
    <message>
        <source>line 1: expected &quot;name, description, actors, dimensions&quot; (KTAB layout)</source>
        <translation>Zeile 1: erwartet wird „name, description, actors, dimensions“ (KTAB-Aufbau)</translation>
    </message>
    <message>
        <source>line 2: the header row is missing</source>
        <translation>Zeile 2: die Kopfzeile fehlt</translation>
    </message>
    <message>
        <source>line %1: expected Actor, Description, Power and %2 position/salience pairs</source>
        <translation>Zeile %1: erwartet werden Actor, Description, Power und %2 Paare aus Position und Gewicht</translation>
    </message>
    <message>
        <source>line %1: Actor is empty</source>
        <translation>Zeile %1: Actor ist leer</translation>
    </message>
    <message>
        <source>line %1: the saliences add up to more than 100</source>
        <translation>Zeile %1: die Gewichte ergeben zusammen mehr als 100</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <source>line 1 announces %1 actors, the file has %2</source>
        <translation>Zeile 1 kündigt %1 Akteure an, die Datei hat %2</translation>
    </message>
    <message>
        <source>line 1: expected the columns actor, capability, position and salience</source>
        <translation>Zeile 1: erwartet werden die Spalten actor, capability, position und salience</translation>
    </message>
    <message>
        <source>line %1: actor is empty</source>
        <translation>Zeile %1: actor ist leer</translation>
    </message>
    <message>
        <source>the table is empty</source>
        <translation>die Tabelle ist leer</translation>
    </message>
    <message>
        <source>the table has no actors</source>
        <translation>die Tabelle hat keine Akteure</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Salience not assessed, taken as 50: %1</source>
        <translation>Gewicht nicht bewertet, als 50 angenommen: %1</translation>
    </message>
    <message>
        <source>Capability: equal (1) for every party; the dossier records no capabilities.</source>
        <translation>Fähigkeit: gleich (1) für jede Partei; das Dossier erfasst keine Fähigkeiten.</translation>
    </message>
    <message>
        <source>Capability not recorded, taken as the mean of those recorded (%1): %2</source>
        <translation>Fähigkeit nicht erfasst, als Mittel der erfassten angenommen (%1): %2</translation>
    </message>
    <message>
        <source>%1: a capability cannot be negative (%2)</source>
        <translation>%1: eine Fähigkeit kann nicht negativ sein (%2)</translation>
    </message>
    <message>
        <source>%1: salience %2 is outside 0–100</source>
        <translation>%1: Gewicht %2 liegt außerhalb von 0–100</translation>
    </message>
    <message>
        <source>%1: position %2 is off the axis (%3 to %4)</source>
        <translation>%1: Position %2 liegt außerhalb der Achse (%3 bis %4)</translation>
    </message>
    <message>
        <source>Scenario, not the record: changed for %1.</source>
        <translation>Szenario, nicht die Aufzeichnung: geändert für %1.</translation>
    </message>
    <message>
        <source>no outcome</source>
        <translation>kein Ergebnis</translation>
    </message>
    <message>
        <source>no capability is recorded, so every party weighs the same</source>
        <translation>keine Fähigkeit erfasst, daher wiegt jede Partei gleich</translation>
    </message>
    <message numerus="yes">
        <source>%n party(ies) without a recorded capability</source>
        <translation>
            <numerusform>%n Partei ohne erfasste Fähigkeit</numerusform>
            <numerusform>%n Parteien ohne erfasste Fähigkeit</numerusform>
        </translation>
    </message>
    <message>
        <source>the positions cite no source</source>
        <translation>die Positionen nennen keine Quelle</translation>
    </message>
    <message>
        <source>the positions rest on one source</source>
        <translation>die Positionen stützen sich auf eine einzige Quelle</translation>
    </message>
    <message>
        <source>position %1</source>
        <translation>Position %1</translation>
    </message>
    <message>
        <source>salience %1</source>
        <translation>Gewicht %1</translation>
    </message>
    <message>
        <source>capability %1</source>
        <translation>Fähigkeit %1</translation>
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
        <translation>Völlig zuverlässig</translation>
    </message>
    <message>
        <source>Usually reliable</source>
        <translation>Meist zuverlässig</translation>
    </message>
    <message>
        <source>Fairly reliable</source>
        <translation>Ziemlich zuverlässig</translation>
    </message>
    <message>
        <source>Not usually reliable</source>
        <translation>Meist nicht zuverlässig</translation>
    </message>
    <message>
        <source>Unreliable</source>
        <translation>Unzuverlässig</translation>
    </message>
    <message>
        <source>Reliability cannot be judged</source>
        <translation>Zuverlässigkeit nicht beurteilbar</translation>
    </message>
    <message>
        <source>Confirmed by other sources</source>
        <translation>Von anderen Quellen bestätigt</translation>
    </message>
    <message>
        <source>Probably true</source>
        <translation>Wahrscheinlich wahr</translation>
    </message>
    <message>
        <source>Possibly true</source>
        <translation>Möglicherweise wahr</translation>
    </message>
    <message>
        <source>Doubtful</source>
        <translation>Zweifelhaft</translation>
    </message>
    <message>
        <source>Improbable</source>
        <translation>Unwahrscheinlich</translation>
    </message>
    <message>
        <source>Truth cannot be judged</source>
        <translation>Wahrheit nicht beurteilbar</translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Enddatum</translation>
    </message>
    <message>
        <source>Title (column or {template})</source>
        <translation>Titel (Spalte oder {Vorlage})</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Latitude</source>
        <translation>Breitengrad</translation>
    </message>
    <message>
        <source>Longitude</source>
        <translation>Längengrad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Event type (tag)</source>
        <translation>Ereignistyp (Schlagwort)</translation>
    </message>
    <message>
        <source>External id (no twins on re-import)</source>
        <translation>Externe ID (keine Doppel bei erneutem Import)</translation>
    </message>
</context>
<context>
    <name>MatrixRenderer</name>
    <message>
        <source>Position matrix</source>
        <translation>Positionsmatrix</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>No status</source>
        <translation>Kein Status</translation>
    </message>
    <message>
        <source>●  changed since previous step    △  no source    bar: salience</source>
        <translation>●  seit dem vorigen Schritt geändert    △  keine Quelle    Balken: Gewicht</translation>
    </message>
    <message>
        <source>    ┆┆  one source or graded below %1</source>
        <translation>    ┆┆  eine Quelle oder schlechter bewertet als %1</translation>
    </message>
    <message>
        <source>    ◢  note</source>
        <translation>    ◢  Notiz</translation>
    </message>
</context>
<context>
    <name>PngWriter</name>
    <message>
        <source>internal error: the fast PNG writer takes RGB32 images</source>
        <translation>interner Fehler: der schnelle PNG-Schreiber nimmt nur RGB32-Bilder</translation>
    </message>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr frei</translation>
    </message>
    <message>
        <source>the PNG encoder failed</source>
        <translation>der PNG-Kodierer ist gescheitert</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>RegularFile</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file (a named pipe)</source>
        <translation>keine reguläre Datei (eine benannte Pipe)</translation>
    </message>
    <message>
        <source>not a regular file (a device)</source>
        <translation>keine reguläre Datei (ein Gerät)</translation>
    </message>
    <message>
        <source>not a regular file (a socket)</source>
        <translation>keine reguläre Datei (ein Socket)</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>it was replaced while being opened</source>
        <translation>sie wurde beim Öffnen ersetzt</translation>
    </message>
</context>
<context>
    <name>Reliability</name>
    <message>
        <source>No stated positions as of this date.</source>
        <translation>Keine erklärten Positionen zu diesem Datum.</translation>
    </message>
    <message>
        <source>%1 of 1 stated position rests on one source</source>
        <translation>%1 von 1 erklärten Position stützt sich auf eine Quelle</translation>
    </message>
    <message>
        <source>%1 of %2 stated positions rest on one source</source>
        <translation>%1 von %2 erklärten Positionen stützen sich auf eine Quelle</translation>
    </message>
    <message>
        <source>, all graded %1</source>
        <translation>, alle bewertet mit %1</translation>
    </message>
    <message>
        <source>, graded %1</source>
        <translation>, bewertet mit %1</translation>
    </message>
    <message>
        <source>1 cites no source</source>
        <translation>1 zitiert keine Quelle</translation>
    </message>
    <message>
        <source>%1 cite no source</source>
        <translation>%1 zitieren keine Quelle</translation>
    </message>
    <message>
        <source>%1 graded below %2</source>
        <translation>%1 schlechter bewertet als %2</translation>
    </message>
</context>
<context>
    <name>SafeFileWriter</name>
    <message>
        <source>no file name</source>
        <translation>kein Dateiname</translation>
    </message>
    <message>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine reguläre Datei</translation>
    </message>
    <message>
        <source>the file is not open</source>
        <translation>die Datei ist nicht geöffnet</translation>
    </message>
    <message>
        <source>write failed</source>
        <translation>Schreiben fehlgeschlagen</translation>
    </message>
    <message>
        <source>written, but syncing its folder failed: %1</source>
        <translation>geschrieben, aber das Synchronisieren des Ordners schlug fehl: %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>SavedView</name>
    <message>
        <source>view &quot;%1&quot;: scenario: %2</source>
        <translation>Ansicht „%1“: Szenario: %2</translation>
    </message>
    <message>
        <source>no issue</source>
        <translation>kein Thema</translation>
    </message>
    <message>
        <source>unknown model &quot;%1&quot; (mean, median, condorcet, nash, eu or smp)</source>
        <translation>unbekanntes Modell „%1“ (mean, median, condorcet, nash, eu oder smp)</translation>
    </message>
    <message>
        <source>rounds must be from 1 to 10000, not %1</source>
        <translation>Runden müssen zwischen 1 und 10000 liegen, nicht %1</translation>
    </message>
    <message>
        <source>unknown PCE form &quot;%1&quot; (conditional or markov)</source>
        <translation>unbekannte PCE-Form „%1“ (conditional oder markov)</translation>
    </message>
    <message>
        <source>an override without a party</source>
        <translation>eine Änderung ohne Partei</translation>
    </message>
    <message>
        <source>the override of party &quot;%1&quot; changes nothing</source>
        <translation>die Änderung für Partei „%1“ ändert nichts</translation>
    </message>
    <message>
        <source>party &quot;%1&quot;: a value is not a finite number</source>
        <translation>Partei „%1“: ein Wert ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>party &quot;%1&quot;: salience %2 is outside 0–100</source>
        <translation>Partei „%1“: Gewicht %2 liegt außerhalb von 0–100</translation>
    </message>
    <message>
        <source>party &quot;%1&quot;: capability %2 is negative</source>
        <translation>Partei „%1“: Fähigkeit %2 ist negativ</translation>
    </message>
</context>
<context>
    <name>Scale</name>
    <message>
        <source>Opposes</source>
        <translation>Lehnt ab</translation>
    </message>
    <message>
        <source>Resists</source>
        <translation>Sträubt sich</translation>
    </message>
    <message>
        <source>Ambiguous</source>
        <translation>Unklar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Supports</source>
        <translation>Unterstützt</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Contested</source>
        <translation>Umstritten</translation>
    </message>
    <message>
        <source>Converging</source>
        <translation>Annäherung</translation>
    </message>
    <message>
        <source>Agreed in principle</source>
        <translation>Grundsätzlich vereinbart</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Vereinbart</translation>
    </message>
    <message>
        <source>Deadlocked</source>
        <translation>Festgefahren</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>Fallen gelassen</translation>
    </message>
</context>
<context>
    <name>Search</name>
    <message>
        <source>Events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>Position notes</source>
        <translation>Positionsnotizen</translation>
    </message>
    <message>
        <source>Status notes</source>
        <translation>Statusnotizen</translation>
    </message>
    <message>
        <source>Claims</source>
        <translation>Behauptungen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Parties</source>
        <translation>Parteien</translation>
    </message>
    <message>
        <source>Issues</source>
        <translation>Themen</translation>
    </message>
    <message>
        <source>Eras</source>
        <translation>Phasen</translation>
    </message>
    <message>
        <source>Notes and key judgements</source>
        <translation>Notizen und Kernbewertungen</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>party</source>
        <translation>Partei</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Schlagwort</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>claimant</source>
        <translation>Behauptender</translation>
    </message>
    <message>
        <source>quote</source>
        <translation>Zitat</translation>
    </message>
    <message>
        <source>outlet</source>
        <translation>Medium</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>short name</source>
        <translation>Kurzname</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 zu %2</translation>
    </message>
    <message>
        <source>%1 (retracted)</source>
        <translation>%1 (widerrufen)</translation>
    </message>
    <message>
        <source>Key judgement</source>
        <translation>Kernbewertung</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>TimelineAccessible</name>
    <message numerus="yes">
        <source>%1: %n event(s)</source>
        <translation>
            <numerusform>%1: %n Ereignis</numerusform>
            <numerusform>%1: %n Ereignisse</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) in the visible period</source>
        <translation>
            <numerusform>%n Ereignis im sichtbaren Zeitraum</numerusform>
            <numerusform>%n Ereignisse im sichtbaren Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>parties: %1</source>
        <translation>Parteien: %1</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message numerus="yes">
        <source>%n lane(s), %1 to %2</source>
        <translation>
            <numerusform>%n Bahn, %1 bis %2</numerusform>
            <numerusform>%n Bahnen, %1 bis %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimelineLanes</name>
    <message>
        <source>All events</source>
        <translation>Alle Ereignisse</translation>
    </message>
    <message>
        <source>No issue</source>
        <translation>Kein Thema</translation>
    </message>
    <message>
        <source>No party</source>
        <translation>Keine Partei</translation>
    </message>
</context>
<context>
    <name>TimelineRenderer</name>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>Status: %1</source>
        <translation>Status: %1</translation>
    </message>
</context>
<context>
    <name>WhatChanged</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Other events</source>
        <translation>Andere Ereignisse</translation>
    </message>
    <message>
        <source>Status: %1 → %2</source>
        <translation>Status: %1 → %2</translation>
    </message>
    <message>
        <source>%1: new position %2</source>
        <translation>%1: neue Position %2</translation>
    </message>
    <message>
        <source> (salience %1)</source>
        <translation> (Gewicht %1)</translation>
    </message>
    <message>
        <source>%1: position withdrawn (was %2)</source>
        <translation>%1: Position zurückgenommen (war %2)</translation>
    </message>
    <message>
        <source>%1: %2 → %3, %4</source>
        <translation>%1: %2 → %3, %4</translation>
    </message>
    <message>
        <source>toward support</source>
        <translation>in Richtung Zustimmung</translation>
    </message>
    <message>
        <source>toward opposition</source>
        <translation>in Richtung Ablehnung</translation>
    </message>
    <message>
        <source>sideways</source>
        <translation>seitwärts</translation>
    </message>
    <message>
        <source>; salience %1 → %2</source>
        <translation>; Gewicht %1 → %2</translation>
    </message>
    <message>
        <source>%1: salience %2 → %3 (still %4)</source>
        <translation>%1: Gewicht %2 → %3 (weiterhin %4)</translation>
    </message>
    <message>
        <source>change %1, effective %2</source>
        <translation>Änderung %1, gültig ab %2</translation>
    </message>
    <message>
        <source>; sources: %1</source>
        <translation>; Quellen: %1</translation>
    </message>
    <message>
        <source>%1 new, %2 withdrawn, %3 stance moves, %4 salience moves, %5 status changes, %6 events</source>
        <translation>%1 neu, %2 zurückgenommen, %3 Haltungswechsel, %4 Gewichtswechsel, %5 Statusänderungen, %6 Ereignisse</translation>
    </message>
    <message>
        <source>What changed from %1 to %2</source>
        <translation>Was sich von %1 bis %2 geändert hat</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts hat sich geändert.</translation>
    </message>
    <message>
        <source>Event: %1</source>
        <translation>Ereignis: %1</translation>
    </message>
</context>
</TS>
