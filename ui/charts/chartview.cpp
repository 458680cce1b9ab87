// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartview.h"

#include "chartpaintable.h"
#include "chartsummary.h"

#include <QChart>
#include <QCursor>
#include <QDateTime>
#include <QLineSeries>
#include <QResizeEvent>
#include <QTimer>
#include <QToolTip>

namespace Entente {

ChartView::ChartView(const Dossier& dossier, ChartSpec spec, QWidget* parent)
    : QChartView(parent)
    , m_dossier(dossier)
    , m_spec(std::move(spec))
{
    setRenderHint(QPainter::Antialiasing);
    setObjectName(u"chartView"_qs);
    rebuild();
}

void ChartView::setSpec(ChartSpec spec)
{
    m_spec = std::move(spec);
    scheduleRebuild();
}

void ChartView::setAsOf(std::optional<qint64> asOf)
{
    m_spec.filter.asOf = asOf;
    scheduleRebuild();
}

void ChartView::setRowMask(std::vector<bool> mask)
{
    m_spec.filter.rowMask = std::move(mask);
    scheduleRebuild();
}

void ChartView::scheduleRebuild()
{
    // A chart over 10^6 events takes tens of ms: build it once per event-loop turn however many settings
    // changed (a reset changes several), and not at all while the view is hidden (a tab behind another).
    m_dirty = true;
    if (!isVisible() || m_rebuildQueued)
        return;
    m_rebuildQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_rebuildQueued = false;
        if (m_dirty && isVisible())
            rebuild();
    });
}

void ChartView::showEvent(QShowEvent* event)
{
    QChartView::showEvent(event);
    if (m_dirty)
        rebuild();
}

std::unique_ptr<ChartPaintable> ChartView::paintable() const { return std::make_unique<ChartPaintable>(m_dossier, m_spec); }

void ChartView::resizeEvent(QResizeEvent* event)
{
    QChartView::resizeEvent(event);
    const int w = int(event->size().width() * devicePixelRatioF());
    if (m_builtWidth < 0 || std::abs(w - m_builtWidth) > m_builtWidth / 4)
        scheduleRebuild();
}

void ChartView::rebuild()
{
    m_dirty = false;
    ChartSpec spec = m_spec;
    m_builtWidth = int(std::max(200, width()) * devicePixelRatioF());
    spec.pixelColumns = m_builtWidth;
    auto built = Charts::build(m_dossier, spec);
    QChart* chart = nullptr; // owned by the view once set below
    if (built.ok()) {
        chart = std::move(built).value().release();
    } else {
        chart = new QChart;
        chart->setTitle(Charts::escaped(built.message()));
    }
    Charts::applyStyle(chart, RenderStyle::fromPalette(palette(), font()));
    setAccessibleName(Charts::plainTitle(m_dossier, m_spec));
    setAccessibleDescription(Charts::textSummary(chart));
    for (auto* series : chart->series())
        if (auto* line = qobject_cast<QLineSeries*>(series); line && !line->property("partyId").isNull()) {
            const QString partyId = line->property("partyId").toString();
            connect(line, &QLineSeries::hovered, this, [this, partyId](const QPointF& point, bool state) {
                if (state)
                    showChangeTip(partyId, point);
                else
                    QToolTip::hideText();
            });
        }
    QChart* old = this->chart();
    setChart(chart);
    delete old;
}

void ChartView::showChangeTip(const QString& partyId, const QPointF& point)
{
    const qsizetype p = m_dossier.partyIndex(partyId);
    const qsizetype i = m_dossier.issueIndex(m_spec.issueId);
    const PositionChange* c = m_dossier.positionAsOf(p, i, qint64(point.x()));
    if (!c)
        return;
    const ScaleLevel* level = m_dossier.stanceLevel(c->stance);
    QStringList sources;
    for (const auto& id : c->citedSources) {
        const qsizetype s = m_dossier.sourceIndex(id);
        sources.append(s < 0 ? id : m_dossier.sources()[s].outlet + u" ("_qs + m_dossier.sources()[s].grading() + u')');
    }
    const QString text = tr("<b>%1</b>: %2 since %3").arg(m_dossier.parties()[p].name.toHtmlEscaped(),
                             (level ? level->label : c->stance).toHtmlEscaped(), c->effective.display().toHtmlEscaped())
        + (c->note.isEmpty() ? QString() : u"<br>"_qs + c->note.toHtmlEscaped())
        + (sources.isEmpty() ? QString() : u"<br>"_qs + tr("Sources: %1").arg(sources.join(u", "_qs).toHtmlEscaped()));
    QToolTip::showText(QCursor::pos(), text, this);
}

} // namespace Entente
