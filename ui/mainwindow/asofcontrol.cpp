// SPDX-License-Identifier: GPL-3.0-or-later
#include "asofcontrol.h"
#include "isodateedit.h"

#include "document.h"

#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QSlider>
#include <QStyleOptionSlider>
#include <QToolButton>

#include <algorithm>

namespace Entente {

namespace {
    constexpr qint64 Day = 86400000;

    // A slider that also draws a short tick under every change date.
    class TickSlider : public QSlider {
    public:
        explicit TickSlider(QWidget* parent)
            : QSlider(Qt::Horizontal, parent)
        {
        }
        std::vector<int> ticks;

    protected:
        void paintEvent(QPaintEvent* e) override
        {
            QSlider::paintEvent(e);
            QStyleOptionSlider opt;
            initStyleOption(&opt);
            const QRect groove = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderGroove, this);
            const QRect handle = style()->subControlRect(QStyle::CC_Slider, &opt, QStyle::SC_SliderHandle, this);
            const int span = groove.width() - handle.width();
            QPainter p(this);
            p.setPen(QPen(palette().color(QPalette::Highlight), 1));
            for (int v : ticks) {
                const int x = groove.left() + handle.width() / 2
                    + QStyle::sliderPositionFromValue(minimum(), maximum(), v, span);
                p.drawLine(x, height() - 5, x, height() - 1);
            }
        }
    };
}

AsOfControl::AsOfControl(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("asOfControl"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 4, 6, 4);
    m_caption = new QLabel(tr("As of"), this);
    m_prev = new QToolButton(this);
    m_prev->setText(QStringLiteral("◀"));
    m_prev->setObjectName(QStringLiteral("previousChange"));
    m_prev->setToolTip(tr("Previous change (Alt+Left)"));
    m_prev->setAccessibleName(tr("Previous change"));
    m_prev->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Left));
    m_slider = new TickSlider(this);
    m_slider->setObjectName(QStringLiteral("asOfSlider"));
    m_slider->setAccessibleName(tr("As-of date"));
    m_slider->setMinimumWidth(200);
    m_next = new QToolButton(this);
    m_next->setText(QStringLiteral("▶"));
    m_next->setObjectName(QStringLiteral("nextChange"));
    m_next->setToolTip(tr("Next change (Alt+Right)"));
    m_next->setAccessibleName(tr("Next change"));
    m_next->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Right));
    m_date = new IsoDateEdit(this);
    m_date->setObjectName(QStringLiteral("asOfDate"));
    m_date->setAccessibleName(tr("As-of date"));
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setTimeSpec(Qt::UTC);
    m_today = new QToolButton(this);
    m_today->setText(tr("Today"));
    m_today->setObjectName(QStringLiteral("asOfToday"));
    m_today->setAccessibleName(tr("Go to today"));
    m_caption->setBuddy(m_date);
    layout->addWidget(m_caption);
    layout->addWidget(m_prev);
    layout->addWidget(m_slider, 1);
    layout->addWidget(m_next);
    layout->addWidget(m_date);
    layout->addWidget(m_today);

    connect(m_slider, &QSlider::valueChanged, this, [this](int v) {
        if (!m_syncing)
            m_document->setAsOf(sliderToMsecs(v));
    });
    connect(m_date, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (!m_syncing)
            m_document->setAsOf(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    });
    connect(m_prev, &QToolButton::clicked, this, &AsOfControl::stepToPreviousChange);
    connect(m_next, &QToolButton::clicked, this, &AsOfControl::stepToNextChange);
    connect(m_today, &QToolButton::clicked, this, &AsOfControl::goToToday);
    connect(m_document, &Document::asOfChanged, this, &AsOfControl::syncFromDocument);
    connect(m_document, &Document::reset, this, &AsOfControl::rebuildRange);
    connect(m_document, &Document::eventsReset, this, &AsOfControl::rebuildRange);
    connect(m_document, &Document::positionChanged, this, &AsOfControl::rebuildRange);
    connect(m_document, &Document::statusChanged, this, &AsOfControl::rebuildRange);
    connect(m_document, &Document::eventInserted, this, &AsOfControl::rebuildRange);
    rebuildRange();
}

qint64 AsOfControl::sliderToMsecs(int v) const
{
    return m_first + qint64(v) * Day;
}

int AsOfControl::msecsToSlider(qint64 ms) const
{
    return int(qBound<qint64>(0, (ms - m_first) / Day, (m_last - m_first) / Day));
}

void AsOfControl::rebuildRange()
{
    const auto& d = m_document->dossier();
    const auto range = d.dateRange();
    const qint64 today = QDateTime::currentMSecsSinceEpoch() / Day * Day;
    m_first = range ? range->first / Day * Day : today - 365 * Day;
    m_last = std::max(range ? range->second / Day * Day + Day : today, m_first + Day);
    // Leave a little room after the last dated item so "after everything" is reachable.
    m_last += 7 * Day;
    m_changeDates = d.changeDates();
    auto* slider = static_cast<TickSlider*>(m_slider);
    slider->ticks.clear();
    for (qint64 t : m_changeDates)
        slider->ticks.push_back(msecsToSlider(t));
    for (qsizetype r = 0; r < d.events().size() && r < 2000; ++r)
        slider->ticks.push_back(msecsToSlider(d.events().start(r)));
    m_syncing = true;
    m_slider->setRange(0, int((m_last - m_first) / Day));
    m_slider->setPageStep(7);
    m_date->setDateRange(QDateTime::fromMSecsSinceEpoch(m_first, Qt::UTC).date().addYears(-50),
        QDateTime::fromMSecsSinceEpoch(m_last, Qt::UTC).date().addYears(50));
    m_syncing = false;
    syncFromDocument();
    m_slider->update();
}

void AsOfControl::syncFromDocument()
{
    m_syncing = true;
    const qint64 t = m_document->asOf();
    m_slider->setValue(msecsToSlider(t));
    m_date->setDate(QDateTime::fromMSecsSinceEpoch(t, Qt::UTC).date());
    m_prev->setEnabled(!m_changeDates.empty() && m_changeDates.front() < t);
    m_next->setEnabled(!m_changeDates.empty() && m_changeDates.back() > t);
    m_syncing = false;
}

void AsOfControl::stepToPreviousChange()
{
    const qint64 t = m_document->asOf();
    auto it = std::lower_bound(m_changeDates.begin(), m_changeDates.end(), t);
    if (it != m_changeDates.begin())
        m_document->setAsOf(*std::prev(it));
}

void AsOfControl::stepToNextChange()
{
    const qint64 t = m_document->asOf();
    auto it = std::upper_bound(m_changeDates.begin(), m_changeDates.end(), t);
    if (it != m_changeDates.end())
        m_document->setAsOf(*it);
}

void AsOfControl::goToToday()
{
    m_document->setAsOf(QDateTime::currentMSecsSinceEpoch() / Day * Day);
}

} // namespace Entente
