// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinelanes.h"

#include "dossier.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>
#include <span>

namespace Entente {

namespace {
    qint64 extentEnd(const EventStore& s, qsizetype row)
    {
        const PartialDate start = s.startDate(row);
        const PartialDate end = s.endDate(row);
        auto periodEnd = [](PartialDate d) {
            switch (d.precision) {
            case Precision::Minute:
                return d.msecs + 60000;
            case Precision::Day:
                return d.msecs + 86400000LL;
            default:
                return d.periodEnd();
            }
        };
        if (end.isValid())
            return std::max(periodEnd(end), start.msecs);
        return periodEnd(start);
    }

    bool hasExtent(const EventStore& s, qsizetype row)
    {
        if (s.end(row) != PartialDate::Invalid)
            return true;
        const Precision p = s.startDate(row).precision;
        return p == Precision::Year || p == Precision::Month;
    }
}

void TimelineLanes::clear()
{
    m_build.reset();
    m_dossier = nullptr;
    m_lanes.clear();
    m_order.clear();
    m_symbolLane.clear();
    m_unassignedLane = -1;
    ++m_generation;
}

// The state of a build between steps: the lanes under construction and where the passes over the rows are.
struct TimelineLanes::Build {
    const Dossier* dossier = nullptr;
    Mode mode = Mode::Parties;
    std::vector<bool> rowMask; // empty: every row
    std::vector<Lane> lanes;
    std::vector<int> symbolLane;
    qint64 keyBase = 0;
    enum class Pass { Count, Fill } pass = Pass::Count;
    qsizetype row = 0;
    std::vector<qsizetype> counts, extents; // per lane, the last entry for events in no lane
    int unassignedLane = -1;
    std::vector<int> seen; // lanes the current row was already put in
};

TimelineLanes::TimelineLanes() = default;
TimelineLanes::~TimelineLanes() = default;
TimelineLanes::TimelineLanes(TimelineLanes&&) noexcept = default;
TimelineLanes& TimelineLanes::operator=(TimelineLanes&&) noexcept = default;

void TimelineLanes::build(const Dossier& dossier, Mode mode, const std::vector<bool>& rowMask)
{
    begin(dossier, mode, rowMask);
    while (!step(std::numeric_limits<qsizetype>::max())) { }
}

void TimelineLanes::begin(const Dossier& dossier, Mode mode, std::vector<bool> rowMask)
{
    // Remember the current display order by key before the lanes are replaced.
    if (!m_lanes.empty()) {
        m_keyOrder.clear();
        for (int i : m_order)
            m_keyOrder.append(m_lanes[size_t(i)].key);
    }
    clear();
    m_mode = mode;
    auto b = std::make_unique<Build>();
    b->dossier = &dossier;
    b->mode = mode;
    b->rowMask = std::move(rowMask);
    const EventStore& store = dossier.events();
    b->symbolLane.assign(size_t(store.symbols().size()), -1);
    if (mode == Mode::Single) {
        b->lanes.push_back({ u"*all"_qs, QCoreApplication::translate("TimelineLanes", "All events"), {}, -1, {}, {}, {}, {} });
    } else if (mode == Mode::Parties) {
        for (qsizetype i = 0; i < dossier.parties().size(); ++i) {
            const Party& p = dossier.parties()[i];
            const quint32 sym = store.symbolOf(p.id);
            if (sym != Dictionary::None)
                b->symbolLane[sym] = int(b->lanes.size());
            b->lanes.push_back({ p.id, p.name, p.color, i, {}, {}, {}, {} });
        }
    } else {
        for (qsizetype i = 0; i < dossier.issues().size(); ++i) {
            const Issue& is = dossier.issues()[i];
            const quint32 sym = store.symbolOf(is.id);
            if (sym != Dictionary::None)
                b->symbolLane[sym] = int(b->lanes.size());
            b->lanes.push_back({ is.id, is.name, {}, i, {}, {}, {}, {} });
        }
    }
    const qsizetype n = store.size();
    b->keyBase = n > 0 ? store.start(0) - ((store.start(0) % 60000) + 60000) % 60000 : 0;
    b->counts.assign(b->lanes.size() + 1, 0);
    b->extents.assign(b->lanes.size() + 1, 0);
    m_build = std::move(b);
}

bool TimelineLanes::step(qsizetype rowBudget)
{
    if (!m_build)
        return true;
    Build& b = *m_build;
    const EventStore& store = b.dossier->events();
    const qsizetype n = store.size();
    const auto kind = b.mode == Mode::Issues ? EventStore::RefKind::Issue : EventStore::RefKind::Party;
    const bool masked = !b.rowMask.empty();
    auto visible = [&](qsizetype row) { return !masked || (size_t(row) < b.rowMask.size() && b.rowMask[size_t(row)]); };
    // Calls fn(lane) once per lane the row belongs to; returns false when it belongs to none.
    auto forEachLane = [&](qsizetype row, auto&& fn) {
        if (b.mode == Mode::Single) {
            fn(0);
            return true;
        }
        b.seen.clear();
        for (quint32 r : store.refs(row)) {
            if (EventStore::refKindOf(r) != quint32(kind))
                continue;
            const int lane = b.symbolLane[EventStore::refSymbolOf(r)];
            if (lane >= 0 && std::find(b.seen.begin(), b.seen.end(), lane) == b.seen.end()) {
                b.seen.push_back(lane);
                fn(lane);
            }
        }
        return !b.seen.empty();
    };
    const qsizetype stop = rowBudget >= n - b.row ? n : b.row + rowBudget;

    // Two passes so that every vector is allocated exactly once at its final size.
    if (b.pass == Build::Pass::Count) {
        const size_t unassigned = b.lanes.size();
        for (qsizetype row = b.row; row < stop; ++row) {
            if (!visible(row))
                continue;
            const bool ext = hasExtent(store, row);
            if (!forEachLane(row, [&](int lane) {
                    ++b.counts[size_t(lane)];
                    b.extents[size_t(lane)] += ext;
                })) {
                ++b.counts[unassigned];
                b.extents[unassigned] += ext;
            }
        }
        b.row = stop;
        if (b.row < n)
            return false;
        if (b.counts[unassigned] > 0) {
            b.unassignedLane = int(b.lanes.size());
            b.lanes.push_back({ u"*none"_qs,
                b.mode == Mode::Issues ? QCoreApplication::translate("TimelineLanes", "No issue")
                                       : QCoreApplication::translate("TimelineLanes", "No party"),
                {}, -1, {}, {}, {}, {} });
        }
        for (size_t i = 0; i < b.lanes.size(); ++i) {
            b.lanes[i].rows.reserve(size_t(b.counts[i]));
            b.lanes[i].keys.reserve(size_t(b.counts[i]));
            b.lanes[i].extentRows.reserve(size_t(b.extents[i]));
            b.lanes[i].extentEnds.reserve(size_t(b.extents[i]));
        }
        b.pass = Build::Pass::Fill;
        b.row = 0;
        return false;
    }

    m_keyBase = b.keyBase; // keyOf() below
    for (qsizetype row = b.row; row < stop; ++row) {
        if (!visible(row))
            continue;
        const bool ext = hasExtent(store, row);
        const qint64 end = ext ? extentEnd(store, row) : 0;
        const quint32 key = keyOf(store.start(row));
        auto add = [&](int lane) {
            Lane& l = b.lanes[size_t(lane)];
            l.rows.push_back(quint32(row));
            l.keys.push_back(key);
            if (ext) {
                l.extentRows.push_back(quint32(row));
                l.extentEnds.push_back(end);
            }
        };
        if (!forEachLane(row, add))
            add(b.unassignedLane);
    }
    b.row = stop;
    if (b.row < n)
        return false;
    for (Lane& l : b.lanes) {
        l.coarseKeys.reserve(l.keys.size() / size_t(CoarseStride) + 1);
        for (size_t i = 0; i < l.keys.size(); i += size_t(CoarseStride))
            l.coarseKeys.push_back(l.keys[i]);
        l.extentMaxEnd.resize(l.extentEnds.size());
        qint64 m = std::numeric_limits<qint64>::min();
        for (size_t i = 0; i < l.extentEnds.size(); ++i)
            l.extentMaxEnd[i] = m = std::max(m, l.extentEnds[i]);
    }

    // Done: the lanes become visible at once.
    m_dossier = b.dossier;
    m_lanes = std::move(b.lanes);
    m_symbolLane = std::move(b.symbolLane);
    m_unassignedLane = b.unassignedLane;
    m_build.reset();
    // Display order: remembered keys first, in their order, then new lanes in dossier order.
    std::vector<bool> placed(m_lanes.size(), false);
    for (const QString& key : std::as_const(m_keyOrder))
        for (size_t i = 0; i < m_lanes.size(); ++i)
            if (!placed[i] && m_lanes[i].key == key) {
                m_order.push_back(int(i));
                placed[i] = true;
            }
    for (size_t i = 0; i < m_lanes.size(); ++i)
        if (!placed[i])
            m_order.push_back(int(i));
    ++m_generation;
    return true;
}

void TimelineLanes::moveLane(int fromPosition, int toPosition)
{
    const int n = int(m_order.size());
    if (fromPosition < 0 || fromPosition >= n || toPosition < 0 || toPosition >= n || fromPosition == toPosition)
        return;
    const int lane = m_order[size_t(fromPosition)];
    m_order.erase(m_order.begin() + fromPosition);
    m_order.insert(m_order.begin() + toPosition, lane);
    m_keyOrder.clear();
    for (int i : m_order)
        m_keyOrder.append(m_lanes[size_t(i)].key);
    ++m_generation;
}

void TimelineLanes::setCollapsed(qsizetype lane, bool collapsed)
{
    m_collapsed.insert(m_lanes[size_t(lane)].key, collapsed);
    ++m_generation;
}

void TimelineLanes::setExpanded(qsizetype lane, bool expanded)
{
    m_expanded.insert(m_lanes[size_t(lane)].key, expanded);
    ++m_generation;
}

qint64 TimelineLanes::extentEndOf(const EventStore& store, qsizetype row) { return extentEnd(store, row); }

quint32 TimelineLanes::keyOf(qint64 msecs) const
{
    if (msecs <= m_keyBase)
        return 0;
    constexpr qint64 maxSpan = qint64(0xffffffffu) * 60000;
    if (msecs - maxSpan >= m_keyBase) // written so that it cannot overflow for any msecs > m_keyBase
        return 0xffffffffu;
    return quint32((msecs - m_keyBase) / 60000);
}

namespace {
    // First position in [lo, n) whose start is >= msecs, given that keys are floor-minutes of the starts: the
    // key search skips whole minutes, and only the run sharing msecs' minute is compared on exact starts.
    qsizetype settle(const TimelineLanes::Lane& l, std::span<const qint64> starts, qsizetype i, quint32 key, qint64 msecs)
    {
        const auto n = qsizetype(l.rows.size());
        if (i >= n || l.keys[size_t(i)] != key)
            return i;
        const auto runEnd = std::upper_bound(l.keys.begin() + i, l.keys.end(), key);
        const auto it = std::lower_bound(l.rows.begin() + i, l.rows.begin() + (runEnd - l.keys.begin()), msecs,
            [&starts](quint32 row, qint64 v) { return starts[row] < v; });
        return qsizetype(it - l.rows.begin());
    }
}

namespace {
    // First position whose key is >= key, from the block that coarse position b (first coarse key >= key) names:
    // keys[b * stride] >= key and keys[(b - 1) * stride] < key, so the answer lies in ((b - 1) * stride, b * stride].
    qsizetype keyLowerBoundInBlock(const TimelineLanes::Lane& l, qsizetype b, quint32 key)
    {
        constexpr qsizetype stride = TimelineLanes::CoarseStride;
        const auto n = qsizetype(l.keys.size());
        const qsizetype lo = b == 0 ? 0 : (b - 1) * stride + 1;
        const qsizetype hi = std::min(n, b * stride);
        if (lo >= hi)
            return std::min(hi, n);
        return qsizetype(std::lower_bound(l.keys.begin() + lo, l.keys.begin() + hi, key) - l.keys.begin());
    }
}

qsizetype TimelineLanes::lowerBound(qsizetype lane, qint64 msecs, qsizetype from) const
{
    const Lane& l = m_lanes[size_t(lane)];
    from = std::clamp<qsizetype>(from, 0, qsizetype(l.keys.size()));
    const quint32 key = keyOf(msecs);
    const auto b = qsizetype(std::lower_bound(l.coarseKeys.begin(), l.coarseKeys.end(), key) - l.coarseKeys.begin());
    const qsizetype i = std::max(from, keyLowerBoundInBlock(l, b, key));
    return settle(l, m_dossier->events().starts(), i, key, msecs);
}

qsizetype TimelineLanes::upperBound(qsizetype lane, qint64 msecs, qsizetype from) const
{
    if (msecs == std::numeric_limits<qint64>::max())
        return qsizetype(m_lanes[size_t(lane)].rows.size());
    return lowerBound(lane, msecs + 1, from);
}

qsizetype TimelineLanes::gallopLowerBound(qsizetype lane, qint64 msecs, qsizetype from) const
{
    const Lane& l = m_lanes[size_t(lane)];
    const auto n = qsizetype(l.keys.size());
    const quint32 key = keyOf(msecs);
    if (from >= n || l.keys[size_t(from)] >= key)
        return settle(l, m_dossier->events().starts(), std::min(from, n), key, msecs);
    // Short hops (the usual case: the next pixel column starts a few dozen entries on) gallop over the keys
    // themselves, within one block's distance; longer ones gallop over the coarse keys.
    qsizetype lo = from, step = 1, hi = from + 1;
    while (hi < n && l.keys[size_t(hi)] < key && step < CoarseStride) {
        lo = hi;
        step *= 2;
        hi = from + step;
    }
    if (hi >= n || l.keys[size_t(hi)] >= key) {
        hi = std::min(hi, n);
        const auto i = qsizetype(std::lower_bound(l.keys.begin() + lo + 1, l.keys.begin() + hi, key) - l.keys.begin());
        return settle(l, m_dossier->events().starts(), i, key, msecs);
    }
    // Invariant: coarse[clo] < key, because keys[hi] < key and coarse[hi / stride] <= keys[hi].
    const auto& c = l.coarseKeys;
    const auto cn = qsizetype(c.size());
    const qsizetype c0 = hi / CoarseStride;
    qsizetype clo = c0, cstep = 1, chi = c0 + 1;
    while (chi < cn && c[size_t(chi)] < key) {
        clo = chi;
        cstep *= 2;
        chi = c0 + cstep;
    }
    chi = std::min(chi, cn);
    const auto b = qsizetype(std::lower_bound(c.begin() + clo + 1, c.begin() + chi, key) - c.begin());
    const qsizetype i = std::max(hi, keyLowerBoundInBlock(l, b, key));
    return settle(l, m_dossier->events().starts(), i, key, msecs);
}

qsizetype TimelineLanes::firstExtentEndingAfter(qsizetype lane, qint64 msecs) const
{
    const auto& m = m_lanes[size_t(lane)].extentMaxEnd;
    return qsizetype(std::upper_bound(m.begin(), m.end(), msecs) - m.begin());
}

qsizetype TimelineLanes::positionOfRow(qsizetype lane, quint32 row) const
{
    if (!m_dossier || row >= quint32(m_dossier->events().size()))
        return -1;
    const auto& rows = m_lanes[size_t(lane)].rows;
    // Rows are ascending (the store is sorted by start then id, and lanes keep that order).
    const auto it = std::lower_bound(rows.begin(), rows.end(), row);
    return it != rows.end() && *it == row ? qsizetype(it - rows.begin()) : -1;
}

std::vector<int> TimelineLanes::lanesOfRow(quint32 row) const
{
    std::vector<int> out;
    if (!m_dossier)
        return out;
    for (size_t i = 0; i < m_lanes.size(); ++i)
        if (positionOfRow(qsizetype(i), row) >= 0)
            out.push_back(int(i));
    return out;
}

qsizetype TimelineLanes::memoryBytes() const
{
    qsizetype bytes = qsizetype(sizeof(*this) + m_symbolLane.capacity() * sizeof(int) + m_order.capacity() * sizeof(int));
    for (const Lane& l : m_lanes)
        bytes += qsizetype(sizeof(Lane) + (l.rows.capacity() + l.keys.capacity() + l.coarseKeys.capacity()) * sizeof(quint32)
            + l.extentRows.capacity() * sizeof(quint32)
            + (l.extentEnds.capacity() + l.extentMaxEnd.capacity()) * sizeof(qint64));
    return bytes;
}

} // namespace Entente
