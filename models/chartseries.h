// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Chart series as plain data: what the position-history, convergence, activity and distribution charts show,
// computed from a Dossier with no QtCharts in sight (ui/charts/ adapts these to QChart). Every function is a
// pure query of the dossier: x values are msecs since the epoch (UTC) as doubles, y values stance values or
// counts. Retracted changes never appear; nothing after the as-of date appears. decimate() bounds what a
// chart must draw to ~2 points per pixel column, keeping each column's extremes.

#include "dossier.h"

#include <QList>
#include <QPointF>
#include <QString>

#include <optional>
#include <vector>

namespace Entente {

// What every chart follows: the as-of date, an optional period and the event filter (row mask over the
// EventStore rows: empty = all rows). Parties/issues lists restrict the series; empty = all.
struct ChartFilter {
    std::optional<qint64> asOf;
    std::optional<qint64> from;
    std::optional<qint64> to;
    std::vector<bool> rowMask;
    QStringList partyIds;
    QStringList issueIds;
    // Position history: when > 0, keep at most one event tick per 1/tickColumns of the x range (the first in
    // each), so the scan can skip ahead by binary search instead of testing every event.
    int tickColumns = 0;
};

struct StatusBand {
    qint64 start = 0;
    qint64 end = 0; // exclusive
    QString status; // status ScaleLevel key
};

struct PartyStepSeries {
    QString partyId;
    QList<QPointF> changes; // one point per effective date: (msecs, stance value); Unknown stances skipped
    QList<qint64> changeIds; // parallel to changes: the position change in force from that point
};

struct PositionHistory {
    QString issueId;
    qint64 start = 0; // x range of the chart
    qint64 end = 0;
    QList<PartyStepSeries> parties; // parties with at least one known stance, in display order
    QList<StatusBand> bands;
    QList<double> eventTicks; // starts of the (mask-passing) events touching the issue, sorted
};

struct StatusMarker {
    qint64 msecs = 0;
    QString status;
};

struct ConvergenceSeries {
    qint64 start = 0; // x range of the chart (the same for every issue)
    qint64 end = 0;
    QString issueId;
    QList<QPointF> spread; // (change date, max − min of known stance values), only where ≥ 2 parties are known
    QList<StatusMarker> statusMarkers;
};

enum class ActivityBucket { Day, Week, Month };
enum class ActivityGroup { Total, Party, Issue };

struct ActivitySeries {
    ActivityBucket bucket = ActivityBucket::Month;
    ActivityGroup group = ActivityGroup::Party;
    QList<qint64> bucketStarts; // size n + 1: the last entry is the exclusive end of the last bucket
    QStringList groupIds; // party or issue ids; {"all"} for Total
    // counts[group][bucket]: the events in the bucket that involve the group. An event with two parties counts
    // for both, so these do not add up to the number of events: stack `sole`, `several` and `other` instead.
    QList<QList<int>> counts;
    QList<int> events; // events[bucket]: the events in the bucket, each counted once
    QList<QList<int>> sole; // sole[group][bucket]: events whose only shown party (issue) is the group
    QList<int> several; // several[bucket]: events involving two or more shown parties (issues)
    QList<int> other; // other[bucket]: events involving none of the shown parties (issues)
    // For every bucket: Σ sole[g][b] + several[b] + other[b] == events[b] (Total: sole[0] == events).
};

struct StanceDistribution {
    QStringList issueIds;
    QStringList stanceKeys; // in stance scale order, Unknown last; "" column counts parties with no position
    QList<QList<int>> counts; // counts[stance][issue]
};

// Steps for the stance of every party on `issueId`. Returns nullopt for an unknown issue.
[[nodiscard]] std::optional<PositionHistory> positionHistory(const Dossier& d, const QString& issueId,
    const ChartFilter& f = {});
// Spread per issue at every change date of the issue; weighted: each stance value times salience/100
// (unassessed salience counts as 100).
[[nodiscard]] QList<ConvergenceSeries> convergence(const Dossier& d, const ChartFilter& f = {}, bool weighted = false);
[[nodiscard]] ActivitySeries activity(const Dossier& d, ActivityBucket bucket, ActivityGroup group,
    const ChartFilter& f = {});
[[nodiscard]] StanceDistribution stanceDistribution(const Dossier& d, qint64 asOf, const ChartFilter& f = {});

// Step-line points: (x0,y0) (x1,y0) (x1,y1) … (endX, yn). Empty in, empty out.
[[nodiscard]] QList<QPointF> stepPoints(const QList<QPointF>& changes, double endX);
// Keeps at most 2 points per pixel column over [xMin, xMax] mapped to `pixelColumns` columns (the min and
// the max of the column, in x order), and always the first and last point. Input must be sorted by x.
[[nodiscard]] QList<QPointF> decimate(const QList<QPointF>& series, int pixelColumns);
[[nodiscard]] QList<QPointF> decimate(const QList<QPointF>& series, int pixelColumns, double xMin, double xMax);
// Ticks: at most one x per pixel column.
[[nodiscard]] QList<double> decimateTicks(const QList<double>& xs, int pixelColumns, double xMin, double xMax);

[[nodiscard]] qint64 bucketStart(qint64 msecs, ActivityBucket b);
[[nodiscard]] qint64 nextBucket(qint64 bucketStartMsecs, ActivityBucket b);

} // namespace Entente
