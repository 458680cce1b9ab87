// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinestacking.h"

#include "dossier.h"
#include "renderstyle.h"
#include "timelinelanes.h"
#include "timelinerenderer.h"

#include <algorithm>
#include <cmath>

namespace Entente {

namespace {
    using Interval = TimelineStacking::Interval;
    using Row = std::vector<Interval>;

    // Whether [l0, r0) is free in a row of disjoint intervals sorted by left.
    bool isFree(const Row& row, double l0, double r0)
    {
        const auto it
            = std::lower_bound(row.begin(), row.end(), l0, [](const Interval& iv, double v) { return iv.right <= v; });
        return it == row.end() || it->left >= r0;
    }

    void insert(Row& row, double l0, double r0)
    {
        const auto it
            = std::lower_bound(row.begin(), row.end(), l0, [](const Interval& iv, double v) { return iv.right <= v; });
        row.insert(it, { l0, r0 });
    }

    // The left of the first interval that begins after x (strictly), or +inf.
    double nextLeft(const Row& row, double x)
    {
        const auto it
            = std::upper_bound(row.begin(), row.end(), x, [](double v, const Interval& iv) { return v < iv.left; });
        return it == row.end() ? std::numeric_limits<double>::infinity() : it->left;
    }

    bool isExtentRow(const EventStore& store, quint32 row)
    {
        return store.end(row) != PartialDate::Invalid || TimelineRenderer::isFaintExtentRow(store, row);
    }
}

void TimelineStacking::clear()
{
    m_extents.clear();
    m_pages.clear();
    ++m_revision;
}

void TimelineStacking::prepare(const TimelineLanes* lanes, double msecsPerPixel, const RenderStyle& style, int maxRows,
    const std::vector<qint64>& selected)
{
    const QString fontKey = style.font.key();
    const quint64 generation = lanes ? lanes->generation() : ~quint64(0);
    if (lanes != m_lanes || generation != m_generation || fontKey != m_fontKey || style.scale != m_scale) {
        m_titleWidths.clear();
        m_chipWidths.clear();
    }
    if (lanes == m_lanes && generation == m_generation && msecsPerPixel == m_msPerPx && fontKey == m_fontKey
        && style.scale == m_scale && maxRows == m_maxRows && selected == m_selected)
        return;
    m_lanes = lanes;
    m_generation = generation;
    m_msPerPx = msecsPerPixel;
    if (fontKey != m_fontKey)
        m_fm = QFontMetricsF(style.font);
    m_fontKey = fontKey;
    m_scale = style.scale;
    m_maxRows = maxRows;
    m_selected = selected;
    const double s = style.scale;
    m_markerW = 5 * s;
    m_gap = 6 * s;
    m_preferred = 160 * s;
    m_maxLabel = 420 * s;
    m_minRoom = 5 * m_fm.averageCharWidth();
    m_pageWidth = std::max(2048.0, std::ceil(8 * m_maxLabel));
    clear();
    if (m_lanes)
        m_extents.resize(size_t(m_lanes->laneCount()));
}

int TimelineStacking::capOf(int lane) const { return m_lanes->isExpanded(lane) ? std::max(64, m_maxRows) : m_maxRows; }

double TimelineStacking::titleWidth(quint32 row)
{
    auto it = m_titleWidths.constFind(row);
    if (it != m_titleWidths.constEnd())
        return *it;
    if (m_titleWidths.size() > 200000)
        m_titleWidths.clear();
    const auto w = float(m_fm.horizontalAdvance(m_lanes->dossier()->events().title(row).toString()));
    m_titleWidths.insert(row, w);
    return w;
}

double TimelineStacking::chipWidth(int count)
{
    if (size_t(count) >= m_chipWidths.size())
        m_chipWidths.resize(size_t(count) + 1, -1);
    double& w = m_chipWidths[size_t(count)];
    if (w < 0)
        w = m_fm.horizontalAdvance(QStringLiteral("+%1").arg(count)) + 8 * m_scale;
    return w;
}

bool TimelineStacking::isSelectedRow(quint32 row) const
{
    return !m_selected.empty()
        && std::binary_search(m_selected.begin(), m_selected.end(), m_lanes->dossier()->events().id(row));
}

TimelineStacking::Placed TimelineStacking::pointAt(quint32 row) const
{
    Placed c;
    c.row = row;
    c.kind = Kind::Point;
    c.x0 = c.x1 = absX(m_lanes->dossier()->events().start(row));
    c.left = std::floor(c.x0 - m_markerW / 2 + 0.5);
    c.labelLeft = c.left + m_markerW + m_gap / 2;
    return c;
}

const TimelineStacking::Extents& TimelineStacking::extents(int lane)
{
    Extents& e = m_extents[size_t(lane)];
    const int cap = capOf(lane);
    if (e.cap == cap)
        return e;
    e = Extents();
    e.cap = cap;
    const EventStore& store = m_lanes->dossier()->events();
    const auto& ln = m_lanes->lane(lane);
    const double s = m_scale;
    std::vector<Placed> cands;
    cands.reserve(ln.extentRows.size());
    for (size_t k = 0; k < ln.extentRows.size(); ++k) {
        Placed c;
        c.row = ln.extentRows[k];
        c.kind = TimelineRenderer::isFaintExtentRow(store, c.row) ? Kind::Band : Kind::Range;
        c.x0 = absX(store.start(c.row));
        c.x1 = std::max(c.x0, absX(ln.extentEnds[k]));
        if (c.kind == Kind::Band) {
            c.left = c.x0;
            c.labelLeft = c.x0 + 3 * s;
        } else {
            c.left = c.x0 - 1 * s;
            c.labelLeft = c.x0 + 1 * s + m_gap / 2;
        }
        cands.push_back(c);
    }
    e.rows.resize(size_t(cap));
    std::vector<bool> done(cands.size(), false);
    auto place = [&](size_t i) {
        Placed& c = cands[i];
        done[i] = true;
        c.textWidth = titleWidth(c.row) + 2 * s;
        const double occupied = std::max(c.labelLeft + std::min(c.textWidth, m_preferred), c.x1);
        for (int r = 0; r < cap; ++r)
            if (isFree(e.rows[size_t(r)], c.left, occupied + m_gap)) {
                insert(e.rows[size_t(r)], c.left, occupied + m_gap);
                c.subRow = r;
                // The label keeps to what the extent occupies: a point may follow right after it.
                c.room = std::min(occupied - c.labelLeft, m_maxLabel);
                const double label = c.room >= m_minRoom ? c.labelLeft + std::min(c.textWidth, c.room) : c.labelLeft;
                c.slotLeft = c.left;
                c.slotRight = std::max({ c.x1, c.kind == Kind::Range ? c.x0 + 1 * s : c.x0, label });
                e.placed.push_back(c);
                return;
            }
        e.unplaced.push_back({ c.x0, store.start(c.row) });
    };
    if (!m_selected.empty())
        for (size_t i = 0; i < cands.size(); ++i)
            if (isSelectedRow(cands[i].row))
                place(i);
    for (size_t i = 0; i < cands.size(); ++i)
        if (!done[i])
            place(i);
    std::sort(
        e.placed.begin(), e.placed.end(), [](const Placed& a, const Placed& b) { return a.slotLeft < b.slotLeft; });
    std::sort(e.unplaced.begin(), e.unplaced.end(), [](const auto& a, const auto& b) { return a.x0 < b.x0; });
    e.slotRightMax.resize(e.placed.size());
    double m = -std::numeric_limits<double>::infinity();
    for (size_t i = 0; i < e.placed.size(); ++i)
        e.slotRightMax[i] = m = std::max(m, e.placed[i].slotRight);
    return e;
}

std::vector<TimelineStacking::Placed> TimelineStacking::straddlers(
    int lane, const Extents& ext, double cut, const std::vector<Placed>& candidates)
{
    std::vector<Placed> out;
    std::vector<Row> rows(ext.rows.size());
    for (Placed c : candidates) {
        if (!(c.left < cut && c.left + m_markerW > cut))
            continue;
        c.textWidth = titleWidth(c.row) + 2 * m_scale;
        const double r0 = std::max(c.left + m_markerW, c.labelLeft + std::min(c.textWidth, m_preferred)) + m_gap;
        c.subRow = -1;
        for (int r = 0; r < int(rows.size()); ++r)
            if (isFree(ext.rows[size_t(r)], c.left, r0) && isFree(rows[size_t(r)], c.left, r0)) {
                insert(rows[size_t(r)], c.left, r0);
                c.subRow = r;
                break;
            }
        out.push_back(c);
    }
    Q_UNUSED(lane);
    return out;
}

const TimelineStacking::Page& TimelineStacking::page(int lane, qint64 index)
{
    const quint64 key = (quint64(quint32(lane)) << 44) ^ (quint64(index) & ((quint64(1) << 44) - 1));
    const int cap = capOf(lane);
    auto found = m_pages.find(key);
    if (found != m_pages.end() && found->cap == cap)
        return *found;
    if (m_pages.size() > 4000)
        m_pages.clear();
    const Extents& ext = extents(lane);
    Page pg;
    pg.cap = cap;
    const EventStore& store = m_lanes->dossier()->events();
    const auto& ln = m_lanes->lane(lane);
    const double A = double(index) * m_pageWidth, B = A + m_pageWidth;

    // The points whose marker begins in the page or straddles either cut.
    std::vector<Placed> own, atStart, atEnd;
    {
        const qint64 tmin = qint64(std::floor((A - m_markerW - 2) * m_msPerPx));
        const qint64 tmax = qint64(std::ceil((B + m_markerW + 2) * m_msPerPx));
        const qsizetype i0 = m_lanes->lowerBound(lane, tmin);
        const qsizetype i1 = m_lanes->upperBound(lane, tmax, i0);
        for (qsizetype i = i0; i < i1; ++i) {
            const quint32 row = ln.rows[size_t(i)];
            if (isExtentRow(store, row))
                continue;
            const Placed c = pointAt(row);
            if (c.left < B && c.left + m_markerW > B)
                atEnd.push_back(c);
            else if (c.left < A && c.left + m_markerW > A)
                atStart.push_back(c);
            else if (c.left >= A && c.left + m_markerW <= B)
                own.push_back(c);
        }
    }
    std::vector<Row> rows(static_cast<size_t>(cap));
    auto fits = [&](int r, double l0, double r0) {
        return isFree(ext.rows[size_t(r)], l0, r0) && isFree(rows[size_t(r)], l0, r0);
    };
    std::vector<Placed> placed, unplaced;
    // 1. The markers on either cut, placed as both neighbours place them; those on the right cut only block.
    for (const Placed& c : straddlers(lane, ext, B, atEnd))
        if (c.subRow >= 0)
            insert(rows[size_t(c.subRow)], c.left,
                std::max(c.left + m_markerW, c.labelLeft + std::min(c.textWidth, m_preferred)) + m_gap);
    for (const Placed& c : straddlers(lane, ext, A, atStart)) {
        if (c.subRow < 0) {
            unplaced.push_back(c);
            continue;
        }
        insert(rows[size_t(c.subRow)], c.left,
            std::max(c.left + m_markerW, c.labelLeft + std::min(c.textWidth, m_preferred)) + m_gap);
        placed.push_back(c);
    }
    // 2. Selected points, then the others, left to right; what they occupy ends at the cut.
    std::vector<bool> done(own.size(), false);
    auto place = [&](size_t i) {
        Placed c = own[i];
        done[i] = true;
        const double markerEnd = c.left + m_markerW + m_gap;
        int r = 0;
        for (; r < cap; ++r)
            if (fits(r, c.left, markerEnd))
                break;
        if (r == cap) { // not even the marker fits: no need to measure the title
            unplaced.push_back(c);
            return;
        }
        c.textWidth = titleWidth(c.row) + 2 * m_scale;
        const double r0
            = std::max(c.left + m_markerW, std::min(c.labelLeft + std::min(c.textWidth, m_preferred), B - m_gap))
            + m_gap;
        for (; r < cap; ++r)
            if (fits(r, c.left, r0)) {
                insert(rows[size_t(r)], c.left, r0);
                c.subRow = r;
                placed.push_back(c);
                return;
            }
        unplaced.push_back(c);
    };
    if (!m_selected.empty())
        for (size_t i = 0; i < own.size(); ++i)
            if (isSelectedRow(own[i].row))
                place(i);
    for (size_t i = 0; i < own.size(); ++i)
        if (!done[i])
            place(i);

    // 3. Each label runs to the next item of its row (a point, an extent or a straddler), the cut, or maxLabel.
    for (Placed& c : placed) {
        const double next
            = std::min(nextLeft(rows[size_t(c.subRow)], c.left), nextLeft(ext.rows[size_t(c.subRow)], c.left));
        const double limit = std::min({ next - m_gap / 2, B, c.labelLeft + m_maxLabel });
        c.room = limit - c.labelLeft;
        const double label = c.room >= m_minRoom ? c.labelLeft + std::min(c.textWidth, c.room) : c.labelLeft;
        c.slotLeft = c.left;
        c.slotRight = std::max(c.left + m_markerW, label);
    }
    std::sort(placed.begin(), placed.end(), [](const Placed& a, const Placed& b) { return a.slotLeft < b.slotLeft; });
    pg.items = std::move(placed);

    // 4. "+N" chips for the points and extents that did not fit, merged while they would touch; the last ones
    // move left (merging into the one before when they meet it) until they end a gap before the cut.
    struct Miss {
        double x0;
        qint64 start;
    };
    std::vector<Miss> misses;
    for (const Placed& c : unplaced)
        misses.push_back({ c.x0, store.start(c.row) });
    {
        const auto lo = std::lower_bound(
            ext.unplaced.begin(), ext.unplaced.end(), A, [](const Extents::Unplaced& u, double v) { return u.x0 < v; });
        for (auto it = lo; it != ext.unplaced.end() && it->x0 < B; ++it)
            misses.push_back({ it->x0, it->start });
    }
    std::sort(misses.begin(), misses.end(),
        [](const Miss& a, const Miss& b) { return a.x0 < b.x0 || (a.x0 == b.x0 && a.start < b.start); });
    auto width = [&](int count) { return chipWidth(count); };
    for (const Miss& m : misses) {
        const double x = m.x0 - m_markerW / 2;
        if (!pg.chips.empty() && x < pg.chips.back().left + pg.chips.back().width + m_gap) {
            Chip& ch = pg.chips.back();
            ++ch.count;
            ch.from = std::min(ch.from, m.start);
            ch.to = std::max(ch.to, m.start);
            ch.width = width(ch.count);
            continue;
        }
        pg.chips.push_back({ x, width(1), 1, m.start, m.start });
    }
    while (!pg.chips.empty() && pg.chips.back().left + pg.chips.back().width > B - m_gap) {
        Chip& last = pg.chips.back();
        last.left = B - m_gap - last.width;
        if (pg.chips.size() < 2)
            break;
        Chip& prev = pg.chips[pg.chips.size() - 2];
        if (last.left >= prev.left + prev.width + m_gap)
            break;
        prev.count += last.count;
        prev.from = std::min(prev.from, last.from);
        prev.to = std::max(prev.to, last.to);
        prev.width = width(prev.count);
        pg.chips.pop_back();
    }
    return *m_pages.insert(key, std::move(pg));
}

} // namespace Entente
