// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "dossier.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace Entente {

namespace {
    // The categorical palette for issue and tag colours (the dossier gives colours to parties only).
    QList<QColor> defaultPalette()
    {
        return { QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
            QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
            QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf) };
    }
}

const TimelineRenderer::LaneGeometry* TimelineRenderer::Layout::laneAt(QPointF p) const
{
    for (const auto& g : lanes)
        if (p.y() >= g.body.top() && p.y() < g.body.bottom())
            return &g;
    return nullptr;
}

TimelineRenderer::TimelineRenderer(const TimelineLanes* lanes)
    : m_lanes(lanes)
    , m_palette(defaultPalette())
{
}

void TimelineRenderer::setSelectedEventIds(const QList<qint64>& ids)
{
    m_selected.assign(ids.begin(), ids.end());
    std::sort(m_selected.begin(), m_selected.end());
    m_selected.erase(std::unique(m_selected.begin(), m_selected.end()), m_selected.end());
}

bool TimelineRenderer::isSelected(qint64 id) const
{
    return std::binary_search(m_selected.begin(), m_selected.end(), id);
}

QString TimelineRenderer::title() const { return QCoreApplication::translate("TimelineRenderer", "Timeline"); }

QColor TimelineRenderer::categoricalColor(int index) const
{
    return m_palette[int(qsizetype(index) % m_palette.size())];
}

double TimelineRenderer::headerWidth(const RenderStyle& style) { return 150 * style.scale; }

double TimelineRenderer::axisHeight(const RenderStyle& style) const
{
    const bool eras = m_lanes && m_lanes->dossier() && !m_lanes->dossier()->eras().isEmpty();
    return std::ceil((eras ? 3 : 2) * QFontMetricsF(style.font).height() + (eras ? 14 : 10) * style.scale);
}

double TimelineRenderer::laneHeight(const RenderStyle& style, double available) const
{
    if (!m_lanes || m_lanes->laneCount() == 0)
        return 40 * style.scale;
    const double collapsedHeight = std::ceil(QFontMetricsF(style.font).height() + 4 * style.scale);
    int open = 0, collapsed = 0;
    for (int lane : m_lanes->order())
        (m_lanes->isCollapsed(lane) ? collapsed : open)++;
    if (open == 0)
        return collapsedHeight;
    const double h = (available - collapsed * collapsedHeight) / open;
    return std::floor(std::clamp(h, 30 * style.scale, 120 * style.scale));
}

double TimelineRenderer::contentHeight(const RenderStyle& style, double available) const
{
    if (!m_lanes)
        return 0;
    const double collapsedHeight = std::ceil(QFontMetricsF(style.font).height() + 4 * style.scale);
    const double lh = laneHeight(style, available);
    double h = 0;
    for (int lane : m_lanes->order())
        h += m_lanes->isCollapsed(lane) ? collapsedHeight : lh;
    return h;
}

double TimelineRenderer::markerY(const LaneGeometry& g) const { return g.body.top() + std::round(g.body.height() * 0.62); }

TimelineRenderer::Layout TimelineRenderer::layout(const QRectF& target, const RenderStyle& style, bool withLabels) const
{
    Layout l;
    l.target = target;
    const double hw = std::min(headerWidth(style), target.width() / 3);
    const double ah = axisHeight(style);
    l.axis = QRectF(target.left() + hw, target.top(), std::max(1.0, target.width() - hw), ah);
    l.timeArea = QRectF(l.axis.left(), l.axis.bottom(), l.axis.width(), std::max(0.0, target.height() - ah));
    if (m_lanes && m_lanes->dossier() && !m_lanes->dossier()->eras().isEmpty()) {
        const double eh = QFontMetricsF(style.font).height() + 4 * style.scale;
        l.eraBand = QRectF(l.axis.left(), l.axis.bottom() - eh, l.axis.width(), eh);
    }
    const double span = m_scale.msecsPerPixel() * m_scale.width();
    l.scale = TimeScale(m_scale.start(), span / l.axis.width(), l.axis.width());
    if (m_asOf != std::numeric_limits<qint64>::min()) {
        const double x = l.scale.toX(m_asOf);
        if (x >= -1 && x <= l.axis.width() + 1)
            l.asOfX = l.axis.left() + x;
    }
    if (!m_lanes || !m_lanes->dossier())
        return l;

    const double collapsedHeight = std::ceil(QFontMetricsF(style.font).height() + 4 * style.scale);
    const double lh = laneHeight(style, l.timeArea.height());
    const qint64 from = l.scale.start(), to = l.scale.end();
    double y = l.timeArea.top() - m_verticalOffset;
    for (int lane : m_lanes->order()) {
        const bool collapsed = m_lanes->isCollapsed(lane);
        const double h = collapsed ? collapsedHeight : lh;
        if (y + h > l.timeArea.top() && y < target.bottom()) {
            LaneGeometry g;
            g.lane = lane;
            g.collapsed = collapsed;
            g.header = QRectF(target.left(), y, hw, h);
            g.body = QRectF(l.timeArea.left(), y, l.timeArea.width(), h);
            if (!collapsed) {
                g.visibleCount = m_lanes->upperBound(lane, to) - m_lanes->lowerBound(lane, from);
                g.density = double(g.visibleCount) > m_densityPerPixel * l.timeArea.width();
            }
            l.lanes.push_back(g);
        }
        y += h;
    }
    if (withLabels)
        placeLabels(l, style);
    return l;
}

void TimelineRenderer::placeLabels(Layout& l, const RenderStyle& style) const
{
    const QFontMetricsF fm(style.font);
    const EventStore& store = m_lanes->dossier()->events();
    const double textH = fm.height();
    const double gap = 4 * style.scale;
    const double maxW = 220 * style.scale;
    const double markerHalf = 3 * style.scale;
    const double minRoom = 6 * fm.averageCharWidth();
    for (const auto& g : l.lanes) {
        if (g.collapsed || g.density || g.body.height() < textH)
            continue;
        const double y = std::clamp(markerY(g) - textH / 2, g.body.top(), g.body.bottom() - textH);
        const double right = g.body.right();
        std::vector<QRectF> taken; // labels of selected events, placed first
        // Places the label of `row` right of its marker, ending before `limit` (the next marker), or not at all.
        auto tryPlace = [&](qsizetype row, double minLeft, double limit) -> double {
            const double x = g.body.left() + l.scale.toX(store.start(row));
            const double left = x + markerHalf + gap / 2;
            if (x < g.body.left() || left < minLeft)
                return -1;
            const double room = std::min({ maxW, right - left, limit - left }) - 2 * style.scale;
            if (room < minRoom)
                return -1;
            const QString full = store.title(row).toString();
            if (full.isEmpty())
                return -1;
            const QString text = fm.elidedText(full, Qt::ElideRight, room);
            if (text.isEmpty() || text.size() < 5)
                return -1;
            const QRectF r(left, y, fm.horizontalAdvance(text) + 2 * style.scale, textH);
            if (r.right() > right || r.right() > limit)
                return -1;
            for (const QRectF& t : taken)
                if (t.intersects(r))
                    return -1;
            l.labels.push_back({ store.id(row), g.lane, r, text });
            return r.right() + gap;
        };
        const qsizetype i0 = m_lanes->lowerBound(g.lane, l.scale.start());
        const qsizetype i1 = m_lanes->upperBound(g.lane, l.scale.end(), i0);
        const auto& rows = m_lanes->lane(g.lane).rows;
        // Selected events first (highest priority), then greedily left to right.
        for (qint64 id : m_selected) {
            const qsizetype row = store.rowOfId(id);
            if (row < 0 || m_lanes->positionOfRow(g.lane, quint32(row)) < 0)
                continue;
            const qsizetype before = qsizetype(l.labels.size());
            if (tryPlace(row, -1e300, 1e300) > 0 && qsizetype(l.labels.size()) > before)
                taken.push_back(l.labels.back().rect);
            if (taken.size() > 64)
                break;
        }
        double minLeft = -1e300;
        for (qsizetype i = i0; i < i1; ++i) {
            const quint32 row = rows[size_t(i)];
            if (!taken.empty() && isSelected(store.id(row)))
                continue;
            const double limit = i + 1 < qsizetype(rows.size())
                ? g.body.left() + l.scale.toX(store.start(rows[size_t(i + 1)])) - markerHalf - gap / 2
                : 1e300;
            const double next = tryPlace(row, minLeft, limit);
            if (next > 0)
                minLeft = next;
        }
    }
}

qint64 TimelineRenderer::hitTest(const Layout& l, QPointF pos, double radius) const
{
    if (!m_lanes || !m_lanes->dossier() || pos.x() < l.timeArea.left() || pos.x() > l.timeArea.right())
        return 0;
    const LaneGeometry* g = l.laneAt(pos);
    if (!g || g->collapsed)
        return 0;
    const EventStore& store = m_lanes->dossier()->events();
    const auto& lane = m_lanes->lane(g->lane);
    const double x = pos.x() - l.timeArea.left();
    const qint64 t = l.scale.toMsecs(x);
    // The nearest start on either side of t.
    const qsizetype i = m_lanes->lowerBound(g->lane, t);
    qint64 best = 0;
    double bestDist = radius + 0.5;
    for (qsizetype k : { i - 1, i }) {
        if (k < 0 || k >= qsizetype(lane.rows.size()))
            continue;
        const quint32 row = lane.rows[size_t(k)];
        const double d = std::abs(l.scale.toX(store.start(row)) - x);
        if (d < bestDist) {
            bestDist = d;
            best = store.id(row);
        }
    }
    if (best != 0)
        return best;
    // Otherwise a range or period that covers t (bounded scan over the few candidates).
    qsizetype k = m_lanes->firstExtentEndingAfter(g->lane, t);
    for (int n = 0; k < qsizetype(lane.extentRows.size()) && n < 256; ++k, ++n) {
        const quint32 row = lane.extentRows[size_t(k)];
        if (store.start(row) > t)
            break;
        if (lane.extentEnds[size_t(k)] > t)
            return store.id(row);
    }
    return 0;
}

QList<qint64> TimelineRenderer::eventsIn(const std::vector<int>& lanes, qint64 from, qint64 to, qsizetype limit) const
{
    std::vector<qint64> ids;
    if (!m_lanes || !m_lanes->dossier())
        return {};
    const EventStore& store = m_lanes->dossier()->events();
    for (int lane : lanes) {
        const auto& rows = m_lanes->lane(lane).rows;
        const qsizetype i1 = m_lanes->upperBound(lane, to);
        for (qsizetype i = m_lanes->lowerBound(lane, from); i < i1 && qsizetype(ids.size()) < limit; ++i)
            ids.push_back(store.id(rows[size_t(i)]));
    }
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    return QList<qint64>(ids.begin(), ids.end());
}

void TimelineRenderer::paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const
{
    paintLayers(painter, layout(target, style), style, AllLayers);
}

void TimelineRenderer::paintLayers(QPainter* p, const Layout& l, const RenderStyle& style, int layers) const
{
    p->save();
    p->setFont(style.font);
    if (layers & Background)
        paintBackground(p, l, style);
    if (layers & Foreground) {
        p->save();
        p->setClipRect(l.timeArea);
        for (const auto& g : l.lanes)
            paintLane(p, l, g, style);
        p->restore();
        paintSelectionAndLabels(p, l, style);
        if (!std::isnan(l.asOfX)) {
            p->setRenderHint(QPainter::Antialiasing, true);
            p->setPen(QPen(style.highlight, 2 * style.scale));
            p->drawLine(QPointF(l.asOfX, l.axis.top()), QPointF(l.asOfX, l.target.bottom()));
            const double s = 6 * style.scale;
            const QPointF tip(l.asOfX, l.axis.bottom());
            const QPointF handle[] = { tip, tip + QPointF(-s, -s), tip + QPointF(s, -s) };
            p->setBrush(style.highlight);
            p->drawPolygon(handle, 3);
        }
    }
    p->restore();
}

} // namespace Entente
