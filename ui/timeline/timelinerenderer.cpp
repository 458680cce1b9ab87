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

double TimelineRenderer::titleWidth(quint32 row, const QFontMetricsF& fm) const
{
    auto it = m_titleWidths.constFind(row);
    if (it != m_titleWidths.constEnd())
        return *it;
    if (m_titleWidths.size() > 200000)
        m_titleWidths.clear();
    const auto w = float(fm.horizontalAdvance(m_lanes->dossier()->events().title(row).toString()));
    m_titleWidths.insert(row, w);
    return w;
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
    if (m_titleWidthsGeneration != m_lanes->generation() || m_titleWidthsFont != style.font.key()) {
        m_titleWidths.clear();
        m_labelTexts.clear();
        m_clusterWidths.clear();
        m_titleWidthsGeneration = m_lanes->generation();
        m_titleWidthsFont = style.font.key();
    }

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
            l.clusters.resize(clusters);
        }
        y += h;
    }
    l.contentHeight = y - top;
    return l;
}

void TimelineRenderer::stackLane(Layout& l, LaneGeometry& g, const RenderStyle& style, bool withLabels) const
{
    const EventStore& store = m_lanes->dossier()->events();
    const auto& lane = m_lanes->lane(g.lane);
    const QFontMetricsF fm(style.font);
    const double s = style.scale;
    const double left = g.body.left(), right = g.body.right();
    const double markerW = 5 * s, gap = 6 * s;
    const double preferredLabel = 160 * s, maxLabel = 420 * s;
    const double minRoom = 5 * fm.averageCharWidth();
    const double textH = fm.height();
    const qint64 from = l.scale.start(), to = l.scale.end();
    const int cap = m_lanes->isExpanded(g.lane) ? std::max(64, m_maxRows) : m_maxRows;

    struct Candidate {
        quint32 row = 0;
        double x0 = 0, x1 = 0; // start, and end for ranges and bands
        bool range = false, band = false;
        double occupiedLeft = 0, occupiedRight = 0, labelLeft = 0, textWidth = 0;
        int subRow = -1; // -1: not placed
    };
    std::vector<Candidate> cands;
    auto add = [&](quint32 row, qint64 end) {
        Candidate c;
        c.row = row;
        c.range = store.end(row) != PartialDate::Invalid;
        c.band = isFaintExtentRow(store, row);
        c.x0 = left + l.scale.toX(store.start(row));
        c.x1 = c.range || c.band ? std::min(left + l.scale.toX(end), right + 2) : c.x0;
        const double shown = std::max(c.x0, left);
        if (c.band) {
            c.occupiedLeft = shown;
            c.labelLeft = shown + 3 * s;
        } else if (c.range) {
            c.occupiedLeft = shown - 1 * s;
            c.labelLeft = shown + 1 * s + gap / 2;
        } else {
            c.occupiedLeft = std::round(c.x0 - markerW / 2);
            c.labelLeft = c.occupiedLeft + markerW + gap / 2;
        }
        c.textWidth = titleWidth(row, fm) + 2 * s;
        c.occupiedRight = std::max(c.labelLeft + std::min(c.textWidth, preferredLabel), c.x1);
        cands.push_back(c);
    };
    // Ranges and bands that began before the view and still run in it, then every start inside the view.
    qsizetype k = m_lanes->firstExtentEndingAfter(g.lane, from);
    for (int n = 0; k < qsizetype(lane.extentRows.size()) && n < 20000; ++k, ++n) {
        const quint32 row = lane.extentRows[size_t(k)];
        if (store.start(row) >= from)
            break;
        if (lane.extentEnds[size_t(k)] > from)
            add(row, lane.extentEnds[size_t(k)]);
    }
    const qsizetype i0 = m_lanes->lowerBound(g.lane, from);
    const qsizetype i1 = m_lanes->upperBound(g.lane, to, i0);
    for (qsizetype i = i0; i < i1; ++i) {
        const quint32 row = lane.rows[size_t(i)];
        add(row, TimelineLanes::extentEndOf(store, row));
    }

    // Rows hold disjoint occupied intervals sorted by left edge. Selected events claim their place first.
    struct Interval {
        double left, right;
        size_t cand;
    };
    std::vector<std::vector<Interval>> rows;
    auto place = [&](size_t ci) {
        Candidate& c = cands[ci];
        const double l0 = c.occupiedLeft, r0 = c.occupiedRight + gap;
        for (int r = 0; r < cap; ++r) {
            if (size_t(r) == rows.size())
                rows.emplace_back();
            auto& row = rows[size_t(r)];
            const auto it = std::lower_bound(row.begin(), row.end(), l0, [](const Interval& iv, double v) { return iv.right <= v; });
            if (it == row.end() || it->left >= r0) {
                row.insert(it, { l0, r0, ci });
                c.subRow = r;
                return;
            }
        }
    };
    if (!m_selected.empty())
        for (size_t ci = 0; ci < cands.size(); ++ci)
            if (isSelected(store.id(cands[ci].row)))
                place(ci);
    for (size_t ci = 0; ci < cands.size(); ++ci)
        if (cands[ci].subRow < 0 && (m_selected.empty() || !isSelected(store.id(cands[ci].row))))
            place(ci);

    // Each placed event's label may run to the next item of its row.
    std::vector<double> limit(cands.size(), right);
    int used = 0;
    for (size_t r = 0; r < rows.size(); ++r) {
        if (!rows[r].empty())
            used = int(r) + 1;
        for (size_t i = 0; i + 1 < rows[r].size(); ++i)
            limit[rows[r][i].cand] = std::min(right, rows[r][i + 1].left - gap / 2);
    }
    g.rows = std::max(1, used);
    g.firstItem = l.items.size();
    for (size_t ci = 0; ci < cands.size(); ++ci) {
        const Candidate& c = cands[ci];
        if (c.subRow < 0)
            continue;
        const QRectF rowRect = g.rowRect(c.subRow);
        Item item;
        item.eventId = store.id(c.row);
        item.row = c.row;
        item.lane = g.lane;
        item.subRow = c.subRow;
        const double markerTop = rowRect.top() + 2 * s, markerH = rowRect.height() - 4 * s;
        if (c.band) {
            item.bar = QRectF(c.occupiedLeft, markerTop, std::max(2 * s, c.x1 - c.occupiedLeft), markerH);
        } else if (c.range) {
            item.marker = QRectF(c.x0 - 1 * s, markerTop, 2 * s, markerH);
            item.bar = QRectF(std::max(c.x0, left - 2), rowRect.bottom() - 3 * s, std::max(2 * s, c.x1 - std::max(c.x0, left - 2)), 2.5 * s);
        } else {
            item.marker = QRectF(c.occupiedLeft, markerTop, markerW, markerH);
        }
        const double room = std::min({ limit[ci], right, c.labelLeft + maxLabel }) - c.labelLeft;
        double slotRight = std::max(item.marker.right(), item.bar.right());
        if (room >= minRoom) {
            const double labelW = std::min(c.textWidth, room);
            slotRight = std::max(slotRight, c.labelLeft + labelW);
            if (withLabels) {
                const LabelText& label = labelText(c.row, c.textWidth <= room ? -1.0 : room - 2 * s, fm);
                if (label.text.size() >= 4) {
                    const QRectF r(c.labelLeft, rowRect.top() + 2 * s, std::min(labelW, label.advance + 2 * s), textH);
                    l.labels.push_back({ item.eventId, g.lane, r, label.text });
                }
            }
        }
        item.slot = QRectF(QPointF(std::min(c.occupiedLeft, item.marker.isEmpty() ? c.occupiedLeft : item.marker.left()), rowRect.top()),
            QPointF(slotRight, rowRect.bottom()));
        l.items.push_back(item);
    }
    g.itemEnd = l.items.size();

    // What did not fit: "+N" clusters on one more row, merged while they would touch. A chip's width depends on
    // its count only (memo); its text is written once the lane's clusters are final.
    auto clusterWidth = [&](int count) {
        if (size_t(count) >= m_clusterWidths.size())
            m_clusterWidths.resize(size_t(count) + 1, -1);
        double& w = m_clusterWidths[size_t(count)];
        if (w < 0)
            w = fm.horizontalAdvance(QStringLiteral("+%1").arg(count));
        return w + 8 * s;
    };
    const size_t firstCluster = l.clusters.size();
    bool overflow = false;
    const double clusterTop = g.rowsTop + g.rows * g.rowHeight + 2 * s;
    for (const Candidate& c : cands) {
        if (c.subRow >= 0)
            continue;
        overflow = true;
        const double x = std::max(c.x0, left);
        const qint64 start = store.start(c.row);
        if (!l.clusters.empty() && l.clusters.back().lane == g.lane && x - markerW / 2 < l.clusters.back().rect.right() + gap) {
            Cluster& cl = l.clusters.back();
            ++cl.count;
            cl.from = std::min(cl.from, start);
            cl.to = std::max(cl.to, start);
        } else {
            Cluster cl;
            cl.lane = g.lane;
            cl.count = 1;
            cl.from = cl.to = start;
            cl.rect = QRectF(x - markerW / 2, clusterTop, 0, g.rowHeight - 4 * s);
            l.clusters.push_back(cl);
        }
        Cluster& cl = l.clusters.back();
        cl.rect.setWidth(clusterWidth(cl.count));
    }
    for (size_t i = firstCluster; i < l.clusters.size(); ++i)
        l.clusters[i].text = QStringLiteral("+%1").arg(l.clusters[i].count);
    if (overflow)
        ++g.rows;
}

void TimelineRenderer::markChanges(Layout& l, const LaneGeometry& g, const RenderStyle& style) const
{
    const Dossier& d = *m_lanes->dossier();
    const auto& lane = m_lanes->lane(g.lane);
    const qint64 from = l.scale.start(), to = l.scale.end();
    struct Hit {
        double x;
        bool status;
        quint32 change;
    };
    std::vector<Hit> hits;
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
    const double size = g.changeStrip.height() - 1;
    const double gap = 2 * style.scale;
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
        m.rect = QRectF(std::round(h.x - size / 2), g.changeStrip.top(), size, size);
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
