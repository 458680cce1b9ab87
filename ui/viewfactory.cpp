// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewfactory.h"

#include "dossier.h"
#include "matrix/matrixrenderer.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinerenderer.h"

#include <QCoreApplication>

namespace Entente {

namespace {
    class TimelinePaintable : public Paintable {
    public:
        TimelinePaintable(const Dossier& d, qint64 from, qint64 to, qint64 asOf, const std::vector<bool>& mask,
            TimelineLanes::Mode mode, TimelineRenderer::ColorMode colours)
        {
            m_lanes.build(d, mode, mask);
            m_renderer.setLanes(&m_lanes);
            m_renderer.setColorMode(colours);
            m_renderer.setAsOf(asOf);
            m_from = from;
            m_to = to;
            m_laneCount = qMax<qsizetype>(m_lanes.laneCount(), 1);
        }
        void paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const override
        {
            TimeScale scale;
            // The renderer maps the scale onto its own time area; fit the span to the target's width.
            scale.setWidth(target.width());
            scale.fit(m_from, m_to);
            auto* self = const_cast<TimelinePaintable*>(this);
            self->m_renderer.setScale(scale);
            m_renderer.paint(painter, target, style);
        }
        [[nodiscard]] QSizeF naturalSize() const override { return { 1600, 90.0 + 46.0 * qreal(m_laneCount) }; }
        [[nodiscard]] QString title() const override { return QCoreApplication::translate("Entente", "Timeline"); }
        [[nodiscard]] QList<ScaleLevel> legend() const override { return m_renderer.legend(); }

    private:
        TimelineLanes m_lanes;
        TimelineRenderer m_renderer;
        qint64 m_from = 0;
        qint64 m_to = 0;
        qsizetype m_laneCount = 1;
    };
}

std::unique_ptr<Paintable> makeMatrixPaintable(const Dossier& d, qint64 asOf, std::optional<qint64> compareDate)
{
    auto m = std::make_unique<MatrixRenderer>(&d);
    m->setAsOf(asOf);
    m->setCompareDate(compareDate);
    return m;
}

std::unique_ptr<Paintable> makeTimelinePaintable(const Dossier& d, std::optional<qint64> from, std::optional<qint64> to,
    qint64 asOf, const std::vector<bool>& rowMask, TimelineLanes::Mode mode, TimelineRenderer::ColorMode colours)
{
    const auto range = d.dateRange();
    qint64 lo = from.value_or(range ? range->first : 0);
    // The last day is shown whole: events dated that day are drawn, not cut at the edge.
    constexpr qint64 Day = 86400000LL;
    qint64 hi = to.value_or(range ? range->second : lo) + Day;
    if (hi <= lo)
        hi = lo + Day;
    return std::make_unique<TimelinePaintable>(d, lo, hi, asOf, rowMask, mode, colours);
}

HeadlessViewFactory headlessViewFactory()
{
    return [](const QString& view, const Dossier& d, const HeadlessExportRequest& r) -> std::unique_ptr<Paintable> {
        const auto range = d.dateRange();
        const qint64 asOf = r.asOf.value_or(range ? range->second : 0);
        if (view == u"matrix")
            return makeMatrixPaintable(d, asOf, r.compareDate);
        if (view == u"timeline") {
            const auto mode = r.lanes == u"issues" ? TimelineLanes::Mode::Issues
                : r.lanes == u"single"             ? TimelineLanes::Mode::Single
                                                   : TimelineLanes::Mode::Parties;
            return makeTimelinePaintable(d, r.from, r.to, asOf, r.rowMask, mode);
        }
        return nullptr;
    };
}

} // namespace Entente
