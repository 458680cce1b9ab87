// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinerenderer.h"

#include "dossier.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QHash>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <bit>

namespace Entente {

qint64 eraEndMsecs(const Era& e) { return e.end.isValid() ? e.end.periodEnd() : e.start.periodEnd(); }

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

double TimelineRenderer::rowHeight(const RenderStyle& style)
{
    return std::ceil(QFontMetricsF(style.font).height() + 6 * style.scale);
}

double TimelineRenderer::contentHeight(const QRectF& target, const RenderStyle& style) const
{
    return layout(target, style, false).contentHeight;
}

const TimelineRenderer::Item* TimelineRenderer::Layout::itemOf(qint64 eventId, int lane) const
{
    for (const Item& item : items)
        if (item.eventId == eventId && (lane < 0 || item.lane == lane))
            return &item;
    return nullptr;
}

const TimelineRenderer::Cluster* TimelineRenderer::Layout::clusterAt(QPointF p) const
{
    for (const Cluster& c : clusters)
        if (c.rect.contains(p))
            return &c;
    return nullptr;
}

const TimelineRenderer::ChangeMark* TimelineRenderer::Layout::changeMarkAt(QPointF p, double radius) const
{
    for (const ChangeMark& m : changeMarks)
        if (m.rect.adjusted(-radius, -radius, radius, radius).contains(p))
            return &m;
    return nullptr;
}

const TimelineRenderer::LabelText& TimelineRenderer::labelText(quint32 row, double room, const QFontMetricsF& fm) const
{
    // Elided to 1/64 px of room: a pan shifts a label and the item that limits it by the same amount, so the
    // room (and the text) a label had in the previous frame is found again instead of re-eliding.
    const qint32 quantum = room < 0 ? -1 : qint32(std::min(room * 64, 1e9));
    const quint64 key = (quint64(row) << 32) | quint32(quantum);
    auto it = m_labelTexts.constFind(key);
    if (it != m_labelTexts.constEnd())
        return *it;
    if (m_labelTexts.size() > 100000)
        m_labelTexts.clear();
    LabelText t;
    const QString full = m_lanes->dossier()->events().title(row).toString();
    t.text = quantum < 0 ? full : fm.elidedText(full, Qt::ElideRight, quantum / 64.0);
    t.advance = fm.horizontalAdvance(t.text);
    return *m_labelTexts.insert(key, t);
}

TimelineRenderer::Layout TimelineRenderer::layout(const QRectF& target, const RenderStyle& style, bool withLabels) const
{
    Layout l;
    l.target = target;
    const double hw = std::floor(std::min(headerWidth(style), target.width() / 3)); // whole pixels: see TimelineView
    const double ah = axisHeight(style);
    l.axis = QRectF(target.left() + hw, target.top(), std::max(1.0, target.width() - hw), ah);
    l.timeArea = QRectF(l.axis.left(), l.axis.bottom(), l.axis.width(), std::max(0.0, target.height() - ah));
    if (m_lanes && m_lanes->dossier() && !m_lanes->dossier()->eras().isEmpty()) {
        const double eh = QFontMetricsF(style.font).height() + 4 * style.scale;
        l.eraBand = QRectF(l.axis.left(), l.axis.bottom() - eh, l.axis.width(), eh);
    }
    const double span = m_scale.msecsPerPixel() * m_scale.width();
    // On the whole-pixel grid of its resolution: a view panned by whole pixels maps every instant exactly that
    // many pixels further, so what it draws is the previous frame shifted (TimeScale::pixelAligned).
    l.scale = TimeScale::pixelAligned(m_scale.start(), span / l.axis.width(), l.axis.width());
    if (m_asOf != std::numeric_limits<qint64>::min()) {
        const double x = l.scale.toX(m_asOf);
        if (x >= -1 && x <= l.axis.width() + 1)
            l.asOfX = l.axis.left() + x;
    }
    if (!m_lanes || !m_lanes->dossier())
        return l;
    if (m_labelTextsGeneration != m_lanes->generation() || m_labelTextsFont != style.font.key()) {
        m_labelTexts.clear();
        m_labelTextsGeneration = m_lanes->generation();
        m_labelTextsFont = style.font.key();
    }
    m_stacking.prepare(m_lanes, l.scale.msecsPerPixel(), style, m_maxRows, m_selected);

    const double collapsedHeight = std::ceil(QFontMetricsF(style.font).height() + 4 * style.scale);
    const double rh = rowHeight(style);
    const double pad = 3 * style.scale;
    const qint64 from = l.scale.start(), to = l.scale.end();
    const double top = l.timeArea.top() - m_verticalOffset;
    double y = top;
    for (int lane : m_lanes->order()) {
        LaneGeometry g;
        g.lane = lane;
        g.collapsed = m_lanes->isCollapsed(lane);
        g.rowHeight = rh;
        g.rowsTop = y + pad;
        g.body = QRectF(l.timeArea.left(), y, l.timeArea.width(), 0);
        const bool changes = m_showChanges && !g.collapsed && m_lanes->mode() != TimelineLanes::Mode::Single
            && m_lanes->lane(lane).sourceIndex >= 0;
        const double strip = changes ? std::ceil(9 * style.scale) : 0;
        if (changes) {
            g.changeStrip = QRectF(l.timeArea.left(), y + pad, l.timeArea.width(), strip);
            g.rowsTop += strip;
        }
        double h = collapsedHeight;
        const size_t items = l.items.size(), labels = l.labels.size(), clusters = l.clusters.size();
        const size_t pinned = l.pinnedLabels.size();
        if (!g.collapsed) {
            g.visibleCount = m_lanes->upperBound(lane, to) - m_lanes->lowerBound(lane, from);
            g.density = double(g.visibleCount) > m_densityPerPixel * l.timeArea.width();
            if (g.density)
                g.rows = 3;
            else // below the target the lane only needs its height: no label text
                stackLane(l, g, style, withLabels && y < target.bottom());
            h = g.rows * rh + 2 * pad + strip;
        }
        g.header = QRectF(target.left(), y, hw, h);
        g.body = QRectF(l.timeArea.left(), y, l.timeArea.width(), h);
        if (y + h > l.timeArea.top() && y < target.bottom()) {
            if (!g.changeStrip.isEmpty())
                markChanges(l, g, style);
            l.lanes.push_back(g);
        } else { // off screen: only its height counts
            l.items.resize(items);
            l.labels.resize(labels);
            l.pinnedLabels.resize(pinned);
            l.clusters.resize(clusters);
        }
        y += h;
    }
    l.contentHeight = y - top;
    return l;
}

void TimelineRenderer::stackLane(Layout& l, LaneGeometry& g, const RenderStyle& style, bool withLabels) const
{
    // The lane's stacking at this resolution is laid out in absolute pixels, page by page (TimelineStacking);
    // the view takes what meets it, shifted by its start.
    using Placed = TimelineStacking::Placed;
    TimelineStacking& st = m_stacking;
    const EventStore& store = m_lanes->dossier()->events();
    const QFontMetricsF& fm = st.metrics();
    const double s = style.scale;
    const double left = g.body.left(), right = g.body.right();
    const double v0 = l.scale.startPixel(), v1 = v0 + l.timeArea.width();
    const double offset = left - v0; // view x = absolute x + offset
    const double textH = fm.height();

    // What meets the view, or comes within the reach of what is drawn around an item (a selection's outline, a
    // note's flag, a chip's pen): the same whichever edge of the view it is near.
    const double reach = 5 * s;
    std::vector<Placed> shown;
    std::vector<TimelineStacking::Chip> chips;
    {
        const auto& ext = st.extents(g.lane);
        const auto first = std::lower_bound(ext.slotRightMax.begin(), ext.slotRightMax.end(), v0 - reach, [](double m, double v) { return m <= v; });
        for (size_t i = size_t(first - ext.slotRightMax.begin()); i < ext.placed.size() && ext.placed[i].slotLeft < v1 + reach; ++i)
            if (ext.placed[i].slotRight > v0 - reach)
                shown.push_back(ext.placed[i]);
    }
    const double pw = st.pageWidth();
    const auto k0 = qint64(std::floor((v0 - reach) / pw)), k1 = qint64(std::floor((v1 + reach + st.markerWidth()) / pw));
    for (qint64 k = k0; k <= k1; ++k) {
        const auto& page = st.page(g.lane, k);
        for (const Placed& c : page.items)
            if (c.slotLeft < v1 + reach && c.slotRight > v0 - reach)
                shown.push_back(c);
        for (const auto& ch : page.chips)
            if (ch.left < v1 + reach && ch.left + ch.width > v0 - reach)
                chips.push_back(ch);
    }

    // The sub-rows in use here, renumbered from the top: a lane is as tall as what it shows.
    quint64 used = 0;
    for (const Placed& c : shown)
        used |= quint64(1) << std::min(c.subRow, 63);
    auto displayRow = [&](int r) { return std::popcount(used & ((quint64(1) << std::min(r, 63)) - 1)); };
    g.rows = std::max(1, std::popcount(used));
    g.firstItem = l.items.size();
    const double lo = left - 2, hi = right + 2; // bars are cut just outside the view (beyond its clip)
    for (const Placed& c : shown) {
        const int row = displayRow(c.subRow);
        const QRectF rowRect = g.rowRect(row);
        Item item;
        item.eventId = store.id(c.row);
        item.row = c.row;
        item.lane = g.lane;
        item.subRow = row;
        const double markerTop = rowRect.top() + 2 * s, markerH = rowRect.height() - 4 * s;
        const double x0 = c.x0 + offset, x1 = c.x1 + offset;
        auto cut = [&](double a, double b) { // [a, b) within [lo, hi]; empty when it lies outside
            a = std::max(a, lo);
            b = std::min(b, hi);
            return b > a ? std::pair(a, b) : std::pair(a, a);
        };
        switch (c.kind) {
        case TimelineStacking::Kind::Band: {
            const auto [a, b] = cut(x0, std::max(x1, x0 + 2 * s));
            item.bar = QRectF(a, markerTop, b - a, markerH);
            break;
        }
        case TimelineStacking::Kind::Range: {
            item.marker = QRectF(x0 - 1 * s, markerTop, 2 * s, markerH);
            const auto [a, b] = cut(x0, std::max(x1, x0 + 2 * s));
            item.bar = QRectF(a, rowRect.bottom() - 3 * s, b - a, 2.5 * s);
            break;
        }
        case TimelineStacking::Kind::Point:
            item.marker = QRectF(c.left + offset, markerTop, st.markerWidth(), markerH);
            break;
        }
        if (withLabels && c.room >= st.minRoom()) {
            const LabelText& label = labelText(c.row, c.textWidth <= c.room ? -1.0 : c.room - 2 * s, fm);
            if (label.text.size() >= 4) {
                const QRectF r(c.labelLeft + offset, rowRect.top() + 2 * s, std::min({ c.textWidth, c.room, label.advance + 2 * s }), textH);
                const QRectF visible = r.intersected(l.timeArea);
                if (!visible.isEmpty())
                    l.labels.push_back({ item.eventId, g.lane, visible, label.text, QPointF(r.left() + 1 * s, r.top()) });
            }
        }
        // A range or band that began before the view, whose own label starts left of it, is named at the view's
        // left edge as long as it runs (nothing else is in its row there) and the name covers what shows of its
        // own label.
        if (withLabels && c.kind != TimelineStacking::Kind::Point && c.labelLeft + offset < left && x1 > left) {
            const double pinLeft = left + 3 * s;
            const double room = std::min(x1, right) - pinLeft;
            const double ownRight
                = c.room >= st.minRoom() ? c.labelLeft + offset + std::min(c.textWidth, c.room) : -1e300;
            if (room >= st.minRoom()) {
                const LabelText& label = labelText(c.row, c.textWidth <= room ? -1.0 : room - 2 * s, fm);
                const QRectF r(
                    pinLeft, rowRect.top() + 2 * s, std::min({ c.textWidth, room, label.advance + 2 * s }), textH);
                if (label.text.size() >= 4 && r.right() >= ownRight)
                    l.pinnedLabels.push_back({ item.eventId, g.lane, r.intersected(l.timeArea), label.text,
                        QPointF(r.left() + 1 * s, r.top()) });
            }
        }
        item.slot = QRectF(QPointF(std::max(c.slotLeft + offset, lo), rowRect.top()), QPointF(std::min(c.slotRight + offset, hi), rowRect.bottom()));
        l.items.push_back(item);
    }
    g.itemEnd = l.items.size();

    // What did not fit: "+N" chips on one more row.
    qsizetype clustered = 0;
    const double clusterTop = g.rowsTop + g.rows * g.rowHeight + 2 * s;
    for (const auto& ch : chips) {
        Cluster cl;
        cl.lane = g.lane;
        cl.count = ch.count;
        cl.from = ch.from;
        cl.to = ch.to;
        cl.rect = QRectF(ch.left + offset, clusterTop, ch.width, g.rowHeight - 4 * s);
        cl.text = QStringLiteral("+%1").arg(ch.count);
        clustered += ch.count;
        l.clusters.push_back(std::move(cl));
    }
    if (!chips.empty())
        ++g.rows;
    g.visibleCount = qsizetype(shown.size()) + clustered;
}

void TimelineRenderer::markChanges(Layout& l, const LaneGeometry& g, const RenderStyle& style) const
{
    const Dossier& d = *m_lanes->dossier();
    const auto& lane = m_lanes->lane(g.lane);
    const qint64 to = l.scale.end();
    struct Hit {
        double x;
        bool status;
        quint32 change;
    };
    const double size = g.changeStrip.height() - 1;
    const double gap = 2 * style.scale;
    // Changes close together share one mark, grouped left to right. The grouping starts where no earlier change
    // could reach (a space wider than a mark and its gap), so it does not depend on where the view starts.
    const double apart = size + gap + 1;
    std::vector<Hit> hits;
    double back = 64;
    for (int attempt = 0;; ++attempt, back *= 4) {
        hits.clear();
        const qint64 from = l.scale.toMsecs(-back);
        auto collect = [&](const AsOfIndex& index, qsizetype cell, bool status) {
            const auto& entries = index.cell(cell);
            auto it = std::lower_bound(entries.begin(), entries.end(), from, [](const AsOfIndex::Entry& e, qint64 v) { return e.effective < v; });
            for (; it != entries.end() && it->effective <= to; ++it)
                hits.push_back({ g.body.left() + l.scale.toX(it->effective), status, it->change });
        };
        if (m_lanes->mode() == TimelineLanes::Mode::Parties) {
            for (qsizetype i = 0; i < d.issues().size(); ++i)
                collect(d.positionIndex(), d.cellOf(lane.sourceIndex, i), false);
        } else {
            for (qsizetype p = 0; p < d.parties().size(); ++p)
                collect(d.positionIndex(), d.cellOf(p, lane.sourceIndex), false);
            collect(d.statusIndex(), lane.sourceIndex, true);
        }
        std::sort(hits.begin(), hits.end(), [](const Hit& a, const Hit& b) { return a.x < b.x; });
        // The last space wide enough before the view's left edge.
        size_t start = 0;
        for (size_t i = 1; i < hits.size() && hits[i].x < g.body.left(); ++i)
            if (hits[i].x - hits[i - 1].x >= apart)
                start = i;
        if (start > 0 || hits.empty() || hits.front().x >= g.body.left() - back + apart || attempt == 6) {
            hits.erase(hits.begin(), hits.begin() + qsizetype(start));
            break;
        }
    }
    for (const Hit& h : hits) {
        QColor c;
        if (h.status) {
            const ScaleLevel* level = d.statusLevel(d.statusChanges()[h.change].status);
            c = level ? QColor::fromString(level->color) : QColor();
        } else {
            const ScaleLevel* level = d.stanceLevel(d.positionChanges()[h.change].stance);
            c = level ? QColor::fromString(level->color) : QColor();
        }
        if (!c.isValid())
            c = style.mutedText;
        if (!l.changeMarks.empty() && l.changeMarks.back().lane == g.lane && h.x - size / 2 < l.changeMarks.back().rect.right() + gap) {
            ChangeMark& m = l.changeMarks.back();
            if (m.color != c)
                m.color = style.foreground; // several changes that differ
            (h.status ? m.statuses : m.positions).push_back(h.change);
            continue;
        }
        ChangeMark m;
        m.lane = g.lane;
        m.rect = QRectF(std::floor(h.x - size / 2 + 0.5), g.changeStrip.top(), size, size);
        m.color = c;
        (h.status ? m.statuses : m.positions).push_back(h.change);
        l.changeMarks.push_back(std::move(m));
    }
}

qint64 TimelineRenderer::hitTest(const Layout& l, QPointF pos, double radius) const
{
    if (!m_lanes || !m_lanes->dossier() || pos.x() < l.timeArea.left() || pos.x() > l.timeArea.right())
        return 0;
    const LaneGeometry* g = l.laneAt(pos);
    if (!g || g->collapsed)
        return 0;
    if (!g->density) {
        // Stacked lanes: the item whose slot (marker, bar, label) is under the pointer, else the nearest
        // marker within `radius` on the same sub-row.
        qint64 best = 0;
        double bestDist = radius + 0.5;
        for (size_t i = g->firstItem; i < g->itemEnd && i < l.items.size(); ++i) {
            const Item& item = l.items[i];
            if (pos.y() < item.slot.top() || pos.y() >= item.slot.bottom())
                continue;
            if (item.slot.contains(pos))
                return item.eventId;
            const double d = pos.x() < item.slot.left() ? item.slot.left() - pos.x() : pos.x() - item.slot.right();
            if (d < bestDist) {
                bestDist = d;
                best = item.eventId;
            }
        }
        return best;
    }
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

void TimelineRenderer::paintLayers(QPainter* p, const Layout& l, const RenderStyle& style, int layers, int parts) const
{
    p->save();
    p->setFont(style.font);
    const bool lanes = parts & TimeAreaPart, margins = parts & MarginsPart;
    if (!margins)
        p->setClipRect(l.timeArea, Qt::IntersectClip);
    if (layers & Background)
        paintBackground(p, l, style, parts);
    if (layers & Foreground) {
        if (lanes) {
            p->save();
            p->setClipRect(l.timeArea, Qt::IntersectClip);
            for (const auto& g : l.lanes)
                paintLane(p, l, g, style);
            paintSelectionAndLabels(p, l, style);
            p->restore();
        }
        if (parts & PinnedPart)
            paintPinnedLabels(p, l, style);
        if (margins)
            paintDateNotes(p, l, style);
        if (!std::isnan(l.asOfX) && (parts & (TimeAreaPart | MarginsPart)))
            paintAsOf(p, l, style, parts);
    }
    p->restore();
}

} // namespace Entente
