// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The timeline's lane index: for every lane (a party, an issue, or one lane for everything) the rows of the
// dossier's EventStore that belong to it, ascending by start because the store's rows are. An event that
// names several parties appears in each of their lanes. This is the view's whole per-event memory: 8 bytes
// per lane membership (the row, and its start in whole minutes as a 32-bit search key kept next to it so
// that the per-pixel-column searches stay inside the lane's own memory instead of missing the cache on the
// store's start column), plus a small side table for the few events that span a period (ranges and month-
// or year-precision dates). Searches go through every 64th key (a small array that stays in cache), then one
// 64-key block, and settle ties inside one minute on the exact start. It is rebuilt when the dossier, the lane mode or the row mask changes; row numbers
// are only valid for the dossier it was built from. Lane order and collapsed state are kept by lane key
// across rebuilds.

#include <QHash>
#include <QString>
#include <QtGlobal>

#include <memory>
#include <vector>

namespace Entente {

class Dossier;
class EventStore;

class TimelineLanes {
public:
    enum class Mode { Parties, Issues, Single };
    static constexpr qsizetype CoarseStride = 64;

    struct Lane {
        QString key; // party or issue id; "*all" for the single lane, "*none" for events without one
        QString name;
        QString color; // "#rrggbb" for party lanes, empty otherwise
        qsizetype sourceIndex = -1; // party or issue index in the dossier, -1 otherwise
        std::vector<quint32> rows; // ascending by start
        std::vector<quint32> keys; // per row: minutes since keyBase(), saturated; non-decreasing
        std::vector<quint32> coarseKeys; // keys[k * CoarseStride]: a cache-resident first level for searches
        std::vector<quint32> extentRows; // rows that span a period, ascending by start
        std::vector<qint64> extentEnds; // exclusive end of each extent row
        std::vector<qint64> extentMaxEnd; // prefix maximum of extentEnds (monotonic, for binary search)
    };

    TimelineLanes();
    ~TimelineLanes();
    TimelineLanes(TimelineLanes&&) noexcept;
    TimelineLanes& operator=(TimelineLanes&&) noexcept;

    void build(const Dossier& dossier, Mode mode, const std::vector<bool>& rowMask = {});
    // The same in slices, for 10^6 events and more without one long frame: begin(), then step() with a row
    // budget until it returns true. Meanwhile there are no lanes (nothing that refers to rows); the dossier must
    // not change in between (a change calls build() or begin() again, which drops the unfinished build).
    void begin(const Dossier& dossier, Mode mode, std::vector<bool> rowMask = {});
    bool step(qsizetype rowBudget);
    [[nodiscard]] bool isBuilding() const { return m_build != nullptr; }
    void clear();

    [[nodiscard]] Mode mode() const { return m_mode; }
    [[nodiscard]] const Dossier* dossier() const { return m_dossier; }
    [[nodiscard]] qsizetype laneCount() const { return qsizetype(m_lanes.size()); }
    [[nodiscard]] const Lane& lane(qsizetype lane) const { return m_lanes[size_t(lane)]; }
    [[nodiscard]] quint64 generation() const { return m_generation; } // bumps on every rebuild or reorder

    // Display order (lane indices top to bottom) and collapsed state.
    [[nodiscard]] const std::vector<int>& order() const { return m_order; }
    void moveLane(int fromPosition, int toPosition);
    [[nodiscard]] bool isCollapsed(qsizetype lane) const { return m_collapsed.value(m_lanes[size_t(lane)].key, false); }
    void setCollapsed(qsizetype lane, bool collapsed);
    // An expanded lane shows every stacked row instead of capping them with a "+N" cluster.
    [[nodiscard]] bool isExpanded(qsizetype lane) const { return m_expanded.value(m_lanes[size_t(lane)].key, false); }
    void setExpanded(qsizetype lane, bool expanded);

    // Position in lane.rows of the first row whose start is >= msecs (or > msecs for upperBound).
    [[nodiscard]] qsizetype lowerBound(qsizetype lane, qint64 msecs, qsizetype from = 0) const;
    [[nodiscard]] qsizetype upperBound(qsizetype lane, qint64 msecs, qsizetype from = 0) const;
    // lowerBound() searching forward from `from` with doubling steps: O(log distance), and cache-friendly when
    // successive searches move forward a little (one per pixel column).
    [[nodiscard]] qsizetype gallopLowerBound(qsizetype lane, qint64 msecs, qsizetype from) const;
    // Position in lane.extentRows of the first extent that may still be running at msecs.
    [[nodiscard]] qsizetype firstExtentEndingAfter(qsizetype lane, qint64 msecs) const;
    // Position of `row` in lane.rows, or -1 (binary search on its start, then a short scan).
    [[nodiscard]] qsizetype positionOfRow(qsizetype lane, quint32 row) const;
    // Lanes (indices) that contain `row`.
    [[nodiscard]] std::vector<int> lanesOfRow(quint32 row) const;

    [[nodiscard]] qsizetype memoryBytes() const;
    [[nodiscard]] qint64 keyBase() const { return m_keyBase; }
    [[nodiscard]] quint32 keyOf(qint64 msecs) const;
    // Exclusive end of what an event covers on the axis: its end date's period, or its start's period (a
    // day, a month, a year; one minute for a timed event).
    [[nodiscard]] static qint64 extentEndOf(const EventStore& store, qsizetype row);

private:
    struct Build;
    std::unique_ptr<Build> m_build;
    const Dossier* m_dossier = nullptr;
    Mode m_mode = Mode::Parties;
    std::vector<Lane> m_lanes;
    std::vector<int> m_order;
    QHash<QString, bool> m_collapsed;
    QHash<QString, bool> m_expanded;
    QStringList m_keyOrder; // remembered order by key
    std::vector<int> m_symbolLane; // store symbol -> lane (party or issue symbols), -1 otherwise
    int m_unassignedLane = -1;
    qint64 m_keyBase = 0;
    quint64 m_generation = 0;
};

} // namespace Entente
