// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartseries.h"

#include <QDateTime>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <limits>
#include <set>

namespace Entente {

namespace {
constexpr qint64 DayMs = 86400000LL;
constexpr qint64 Far = std::numeric_limits<qint64>::max() / 4;

qint64 floorDiv(qint64 a, qint64 b)
{
    qint64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

bool passes(const ChartFilter& f, qsizetype row)
{
    return f.rowMask.empty() || (size_t(row) < f.rowMask.size() && f.rowMask[size_t(row)]);
}

QList<qsizetype> selectedParties(const Dossier& d, const ChartFilter& f)
{
    QList<qsizetype> out;
    for (qsizetype p = 0; p < d.parties().size(); ++p)
        if (f.partyIds.isEmpty() || f.partyIds.contains(d.parties()[p].id))
            out.append(p);
    return out;
}

QList<qsizetype> selectedIssues(const Dossier& d, const ChartFilter& f)
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < d.issues().size(); ++i)
        if (f.issueIds.isEmpty() || f.issueIds.contains(d.issues()[i].id))
            out.append(i);
    return out;
}

// The x range of the history and convergence charts: the filter's period; else from shortly before the first
// recorded change of the shown issues (events long before the first judgement would squeeze every step
// into the right edge) to the dossier's end; cut at the as-of date.
std::pair<qint64, qint64> chartRange(const Dossier& d, const ChartFilter& f, const QList<qsizetype>& issues)
{
    const auto r = d.dateRange();
    qint64 first = std::numeric_limits<qint64>::max();
    for (const qsizetype issue : issues) {
        for (qsizetype p = 0; p < d.parties().size(); ++p)
            if (const auto& cell = d.positionIndex().cell(d.cellOf(p, issue)); !cell.empty())
                first = std::min(first, cell.front().effective);
        if (const auto& cell = d.statusIndex().cell(issue); !cell.empty())
            first = std::min(first, cell.front().effective);
    }
    qint64 end = f.to ? *f.to : (r ? r->second : 0);
    if (f.asOf && *f.asOf < end)
        end = *f.asOf;
    qint64 start = 0;
    if (f.from)
        start = *f.from;
    else if (first != std::numeric_limits<qint64>::max() && first < end)
        start = first - std::max(DayMs, (end - first) / 20);
    else
        start = r ? r->first : 0;
    if (!f.to && !f.asOf && end > start) // room after the latest change so its step shows
        end += std::max(DayMs, (end - start) / 20);
    if (end <= start)
        end = start + DayMs;
    return { start, end };
}
} // namespace

qint64 bucketStart(qint64 msecs, ActivityBucket b)
{
    switch (b) {
    case ActivityBucket::Day:
        return floorDiv(msecs, DayMs) * DayMs;
    case ActivityBucket::Week: {
        const qint64 monday = -3 * DayMs; // 1969-12-29 was a Monday
        return floorDiv(msecs - monday, 7 * DayMs) * 7 * DayMs + monday;
    }
    case ActivityBucket::Month: {
        const QDate date = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).date();
        return QDateTime(QDate(date.year(), date.month(), 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    }
    return msecs;
}

qint64 nextBucket(qint64 start, ActivityBucket b)
{
    switch (b) {
    case ActivityBucket::Day:
        return start + DayMs;
    case ActivityBucket::Week:
        return start + 7 * DayMs;
    case ActivityBucket::Month:
        return QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).addMonths(1).toMSecsSinceEpoch();
    }
    return start + DayMs;
}

std::optional<PositionHistory> positionHistory(const Dossier& d, const QString& issueId, const ChartFilter& f)
{
    const qsizetype issue = d.issueIndex(issueId);
    if (issue < 0)
        return std::nullopt;
    PositionHistory h;
    h.issueId = issueId;
    std::tie(h.start, h.end) = chartRange(d, f, { issue });
    const qint64 asOf = f.asOf.value_or(Far);
    const auto& changes = d.positionChanges();
    for (const qsizetype p : selectedParties(d, f)) {
        PartyStepSeries s;
        s.partyId = d.parties()[p].id;
        bool anyKnown = false;
        for (const auto& e : d.positionIndex().cell(d.cellOf(p, issue))) {
            if (e.effective > asOf || e.effective > h.end)
                break;
            const auto& c = changes[e.change];
            const ScaleLevel* level = d.stanceLevel(c.stance);
            const double y = (!level || level->isUnknown) ? std::nan("") : double(level->value);
            const double x = double(std::max(e.effective, h.start)); // the stance in force at the start
            if (!s.changes.isEmpty() && s.changes.last().x() >= x) { // same date: the later record wins
                s.changes.last().setY(y);
                s.changeIds.last() = c.id;
            } else {
                s.changes.append({ x, y });
                s.changeIds.append(c.id);
            }
            anyKnown = anyKnown || !std::isnan(y);
        }
        if (anyKnown)
            h.parties.append(std::move(s));
    }
    const auto& statuses = d.statusChanges();
    for (const auto& e : d.statusIndex().cell(issue)) {
        if (e.effective > asOf || e.effective > h.end)
            break;
        const qint64 start = std::max(e.effective, h.start);
        if (!h.bands.isEmpty() && h.bands.last().start >= start)
            h.bands.last().status = statuses[e.change].status;
        else {
            if (!h.bands.isEmpty())
                h.bands.last().end = start;
            h.bands.append({ start, h.end, statuses[e.change].status });
        }
    }
    const auto& store = d.events();
    const quint32 sym = store.symbolOf(issueId);
    if (sym != Dictionary::None) {
        const qsizetype last = store.lowerBound(h.end + 1);
        const double columnMs = f.tickColumns > 0 ? double(h.end - h.start) / f.tickColumns : 0;
        for (qsizetype row = store.lowerBound(h.start); row < last; ++row) {
            if (!passes(f, row) || !store.hasRef(row, EventStore::RefKind::Issue, sym))
                continue;
            h.eventTicks.append(double(store.start(row)));
            if (columnMs > 0) { // skip to the next column
                const auto column = qint64(double(store.start(row) - h.start) / columnMs);
                const auto next = h.start + qint64(std::ceil(double(column + 1) * columnMs));
                row = std::max(row, store.lowerBound(next) - 1);
            }
        }
    }
    return h;
}

QList<ConvergenceSeries> convergence(const Dossier& d, const ChartFilter& f, bool weighted)
{
    QList<ConvergenceSeries> out;
    const auto [start, end] = chartRange(d, f, selectedIssues(d, f));
    const qint64 asOf = std::min(f.asOf.value_or(Far), end);
    const auto parties = selectedParties(d, f);
    const auto& changes = d.positionChanges();
    for (const qsizetype issue : selectedIssues(d, f)) {
        ConvergenceSeries s;
        s.issueId = d.issues()[issue].id;
        s.start = start;
        s.end = end;
        std::set<qint64> dates;
        for (const qsizetype p : parties)
            for (const auto& e : d.positionIndex().cell(d.cellOf(p, issue)))
                if (e.effective <= asOf)
                    dates.insert(std::max(e.effective, start));
        for (const qint64 date : dates) {
            double lo = std::numeric_limits<double>::max(), hi = std::numeric_limits<double>::lowest();
            int known = 0;
            for (const qsizetype p : parties) {
                const qint64 i = d.positionIndex().at(d.cellOf(p, issue), date);
                if (i < 0)
                    continue;
                const auto& c = changes[size_t(i)];
                const ScaleLevel* level = d.stanceLevel(c.stance);
                if (!level || level->isUnknown)
                    continue;
                double v = level->value;
                if (weighted)
                    v *= (c.salience < 0 ? 100 : c.salience) / 100.0;
                lo = std::min(lo, v);
                hi = std::max(hi, v);
                ++known;
            }
            if (known >= 2)
                s.spread.append({ double(date), hi - lo });
        }
        for (const auto& e : d.statusIndex().cell(issue))
            if (e.effective <= asOf && e.effective >= start)
                s.statusMarkers.append({ e.effective, d.statusChanges()[e.change].status });
        out.append(std::move(s));
    }
    return out;
}

ActivitySeries activity(const Dossier& d, ActivityBucket bucket, ActivityGroup group, const ChartFilter& f)
{
    ActivitySeries a;
    a.bucket = bucket;
    a.group = group;
    const auto& store = d.events();
    if (store.isEmpty())
        return a;
    qint64 start = f.from.value_or(store.start(0));
    qint64 end = f.to.value_or(store.start(store.size() - 1));
    if (f.asOf)
        end = std::min(end, *f.asOf);
    if (end < start)
        return a;
    for (qint64 b = bucketStart(start, bucket); b <= end; b = nextBucket(b, bucket))
        a.bucketStarts.append(b);
    a.bucketStarts.append(nextBucket(a.bucketStarts.last(), bucket));
    const qsizetype buckets = a.bucketStarts.size() - 1;
    // Rows outside [start, end] are cut even inside the first and last bucket.
    auto rowBound = [&](qsizetype i) {
        return store.lowerBound(std::clamp(a.bucketStarts[i], start, end == Far ? Far : end + 1));
    };

    // symbol → group index (−1 = not shown)
    std::vector<qint32> groupOf;
    EventStore::RefKind kind = EventStore::RefKind::Party;
    if (group == ActivityGroup::Total) {
        a.groupIds = QStringList { QStringLiteral("all") };
    } else {
        kind = group == ActivityGroup::Party ? EventStore::RefKind::Party : EventStore::RefKind::Issue;
        groupOf.assign(size_t(store.symbols().size()), -1);
        const auto indexes = group == ActivityGroup::Party ? selectedParties(d, f) : selectedIssues(d, f);
        for (const qsizetype i : indexes) {
            const QString& id = group == ActivityGroup::Party ? d.parties()[i].id : d.issues()[i].id;
            const quint32 sym = store.symbolOf(id);
            if (sym != Dictionary::None)
                groupOf[sym] = qint32(a.groupIds.size());
            a.groupIds.append(id);
        }
    }
    a.counts = QList<QList<int>>(a.groupIds.size(), QList<int>(buckets, 0));
    a.sole = a.counts;
    a.events = QList<int>(buckets, 0);
    a.several = a.events;
    a.other = a.events;
    std::vector<qint32> involved; // the shown groups of one event, each once
    for (qsizetype b = 0; b < buckets; ++b) {
        const qsizetype first = rowBound(b), last = rowBound(b + 1);
        if (group == ActivityGroup::Total && f.rowMask.empty()) {
            a.counts[0][b] = a.sole[0][b] = a.events[b] = int(last - first); // pure binary search
            continue;
        }
        for (qsizetype row = first; row < last; ++row) {
            if (!passes(f, row))
                continue;
            ++a.events[b];
            if (group == ActivityGroup::Total) {
                ++a.counts[0][b];
                ++a.sole[0][b];
                continue;
            }
            involved.clear();
            for (const quint32 tagged : store.refs(row))
                if (EventStore::refKindOf(tagged) == quint32(kind)) {
                    const qint32 g = groupOf[EventStore::refSymbolOf(tagged)];
                    if (g >= 0 && std::find(involved.begin(), involved.end(), g) == involved.end()) {
                        involved.push_back(g);
                        ++a.counts[g][b];
                    }
                }
            if (involved.empty())
                ++a.other[b];
            else if (involved.size() == 1)
                ++a.sole[involved.front()][b];
            else
                ++a.several[b];
        }
    }
    return a;
}

StanceDistribution stanceDistribution(const Dossier& d, qint64 asOf, const ChartFilter& f)
{
    StanceDistribution s;
    for (const auto& level : d.stanceScale())
        s.stanceKeys.append(level.key);
    s.stanceKeys.append(QString()); // no recorded position
    const auto issues = selectedIssues(d, f);
    for (const qsizetype i : issues)
        s.issueIds.append(d.issues()[i].id);
    s.counts = QList<QList<int>>(s.stanceKeys.size(), QList<int>(issues.size(), 0));
    const auto parties = selectedParties(d, f);
    for (qsizetype col = 0; col < issues.size(); ++col)
        for (const qsizetype p : parties) {
            const PositionChange* c = d.positionAsOf(p, issues[col], asOf);
            const qsizetype k = c ? s.stanceKeys.indexOf(c->stance) : s.stanceKeys.size() - 1;
            if (k >= 0)
                ++s.counts[k][col];
        }
    return s;
}

QList<QPointF> stepPoints(const QList<QPointF>& changes, double endX)
{
    QList<QPointF> out;
    out.reserve(changes.size() * 2);
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (i > 0)
            out.append({ changes[i].x(), changes[i - 1].y() });
        out.append(changes[i]);
    }
    if (!changes.isEmpty() && endX > changes.last().x())
        out.append({ endX, changes.last().y() });
    return out;
}

QList<QPointF> decimate(const QList<QPointF>& series, int pixelColumns)
{
    if (series.isEmpty())
        return series;
    return decimate(series, pixelColumns, series.first().x(), series.last().x());
}

QList<QPointF> decimate(const QList<QPointF>& series, int pixelColumns, double xMin, double xMax)
{
    if (pixelColumns < 1 || series.size() <= 2 || xMax <= xMin)
        return series;
    const double scale = double(pixelColumns) / (xMax - xMin);
    auto columnOf = [&](double x) { return std::clamp(qint64((x - xMin) * scale), qint64(0), qint64(pixelColumns - 1)); };
    QList<QPointF> out;
    out.reserve(std::min<qsizetype>(series.size(), qsizetype(pixelColumns) * 2 + 2));
    out.append(series.first());
    qsizetype i = 1;
    const qsizetype last = series.size() - 1;
    while (i < last) {
        const qint64 col = columnOf(series[i].x());
        qsizetype lo = i, hi = i;
        qsizetype j = i + 1;
        for (; j < last && columnOf(series[j].x()) == col; ++j) {
            if (series[j].y() < series[lo].y())
                lo = j;
            if (series[j].y() > series[hi].y())
                hi = j;
        }
        if (lo == hi)
            out.append(series[lo]);
        else {
            out.append(series[std::min(lo, hi)]);
            out.append(series[std::max(lo, hi)]);
        }
        i = j;
    }
    out.append(series[last]);
    return out;
}

QList<double> decimateTicks(const QList<double>& xs, int pixelColumns, double xMin, double xMax)
{
    if (pixelColumns < 1 || xMax <= xMin)
        return xs;
    const double scale = double(pixelColumns) / (xMax - xMin);
    QList<double> out;
    qint64 lastCol = -1;
    for (const double x : xs) {
        const qint64 col = qint64((x - xMin) * scale);
        if (col != lastCol) {
            out.append(x);
            lastCol = col;
        }
    }
    return out;
}

} // namespace Entente
