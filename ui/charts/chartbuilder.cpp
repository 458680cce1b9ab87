// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartbuilder.h"

#include <QAreaSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QCoreApplication>
#include <QDateTime>
#include <QGraphicsItem>
#include <QPainter>
#include <QHorizontalStackedBarSeries>
#include <QLegendMarker>
#include <QLineSeries>
#include <QScatterSeries>
#include <QStackedBarSeries>
#include <QValueAxis>

#include <cmath>

namespace Entente::Charts {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Entente::Charts", text); }


QColor colorOr(const QString& hex, int index, int count)
{
    const QColor c(hex);
    if (c.isValid())
        return c;
    return QColor::fromHsv(int(360.0 * index / std::max(1, count)) % 360, 160, 200);
}

QString issueName(const Dossier& d, const QString& id)
{
    const qsizetype i = d.issueIndex(id);
    return i < 0 ? id : d.issues()[i].name;
}

QString partyName(const Dossier& d, const QString& id)
{
    const qsizetype p = d.partyIndex(id);
    return p < 0 ? id : d.parties()[p].name;
}

QString dateText(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"d MMM yyyy"_qs); }

// Ticks on calendar boundaries (years, quarters, months, weeks or days), labelled once each: a
// QDateTimeAxis spaces ticks evenly and repeats "Jan 2025" when two fall in one month.
QCategoryAxis* dateAxis(qint64 start, qint64 end, int pixelColumns)
{
    auto* axis = new QCategoryAxis;
    axis->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    axis->setRange(double(start), double(end));
    const int maxTicks = std::clamp(pixelColumns / 130, 2, 24);
    const QDate first = QDateTime::fromMSecsSinceEpoch(start, Qt::UTC).date();
    const QDate last = QDateTime::fromMSecsSinceEpoch(end, Qt::UTC).date();
    const qint64 days = first.daysTo(last);
    struct Step {
        int days, months, years;
        const char16_t* format;
    };
    static const Step steps[] = { { 1, 0, 0, u"d MMM" }, { 7, 0, 0, u"d MMM" }, { 0, 1, 0, u"MMM yyyy" },
        { 0, 3, 0, u"MMM yyyy" }, { 0, 6, 0, u"MMM yyyy" }, { 0, 0, 1, u"yyyy" }, { 0, 0, 2, u"yyyy" },
        { 0, 0, 5, u"yyyy" }, { 0, 0, 10, u"yyyy" }, { 0, 0, 25, u"yyyy" }, { 0, 0, 100, u"yyyy" } };
    const Step* step = &steps[std::size(steps) - 1];
    for (const auto& s : steps) {
        const double approxDays = s.days + s.months * 30.4 + s.years * 365.25;
        if (double(days) / approxDays <= maxTicks) {
            step = &s;
            break;
        }
    }
    QDate d = first;
    if (step->years) {
        d = QDate(first.year() - first.year() % step->years, 1, 1);
    } else if (step->months) {
        d = QDate(first.year(), first.month() - (first.month() - 1) % step->months, 1);
    } else if (step->days == 7) {
        d = first.addDays(1 - first.dayOfWeek());
    }
    // Day and week labels name the year too when the period crosses one ("28 Dec 25", "4 Jan 26").
    QString format = QString::fromUtf16(step->format);
    if (first.year() != last.year() && format == u"d MMM")
        format = QStringLiteral("d MMM yy");
    QStringList used;
    for (int guard = 0; guard < 400; ++guard) {
        const qint64 ms = QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        if (ms > end - (end - start) / 25) // a label on the last pixel would be cut in half
            break;
        if (ms >= start) {
            const QString label = d.toString(format);
            if (!used.contains(label)) {
                axis->append(label, double(ms));
                used.append(label);
            }
        }
        d = step->years ? d.addYears(step->years) : (step->months ? d.addMonths(step->months) : d.addDays(step->days));
    }
    axis->setStartValue(double(start));
    return axis;
}

// Round tick spacing (1, 2, 5 × 10^k) for a count axis from 0 to maxValue.
void niceCountAxis(QValueAxis* axis, double maxValue)
{
    const double raw = std::max(1.0, maxValue / 6);
    const double magnitude = std::pow(10.0, std::floor(std::log10(raw)));
    double interval = magnitude;
    for (const double m : { 1.0, 2.0, 5.0, 10.0 })
        if (m * magnitude >= raw) {
            interval = m * magnitude;
            break;
        }
    interval = std::max(1.0, interval);
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(interval);
    axis->setRange(0, std::ceil(std::max(1.0, maxValue) / interval) * interval);
    axis->setLabelFormat(u"%.0f"_qs);
}

// Event ticks along the bottom of the plot, mapped with the axis ranges at paint time.
class EventTickItem : public QGraphicsItem {
public:
    EventTickItem(QChart* chart, QList<double> ticks, double xMin, double xMax, double yBase, double yTop,
        double yMin, double yMax)
        : QGraphicsItem(chart)
        , m_chart(chart)
        , m_ticks(std::move(ticks))
        , m_xMin(xMin)
        , m_xMax(xMax)
        , m_yBase(yBase)
        , m_yTop(yTop)
        , m_yMin(yMin)
        , m_yMax(yMax)
    {
        setZValue(10); // above the series
    }
    QRectF boundingRect() const override { return m_chart->plotArea(); }
    void paint(QPainter* painter, const QStyleOptionGraphicsItem*, QWidget*) override
    {
        const QRectF plot = m_chart->plotArea();
        if (plot.isEmpty() || m_xMax <= m_xMin || m_yMax <= m_yMin)
            return;
        const double sx = plot.width() / (m_xMax - m_xMin);
        const double top = plot.bottom() - (m_yTop - m_yMin) / (m_yMax - m_yMin) * plot.height();
        const double base = plot.bottom() - (m_yBase - m_yMin) / (m_yMax - m_yMin) * plot.height();
        const double w = std::max(1.0, plot.width() / 1500);
        QList<QRectF> rects;
        rects.reserve(m_ticks.size());
        for (const double t : m_ticks)
            rects.append(QRectF(plot.left() + (t - m_xMin) * sx, top, w, base - top));
        painter->save();
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0x60, 0x60, 0x60));
        painter->drawRects(rects.constData(), int(rects.size()));
        painter->restore();
    }

private:
    QChart* m_chart;
    QList<double> m_ticks;
    double m_xMin, m_xMax, m_yBase, m_yTop, m_yMin, m_yMax;
};

void hideLegendEntry(QChart* chart, QAbstractSeries* s)
{
    for (auto* m : chart->legend()->markers(s))
        m->setVisible(false);
}

// Splits a step series at Unknown stances (NaN) into drawable runs.
QList<QList<QPointF>> knownRuns(const QList<QPointF>& changes, double endX)
{
    QList<QList<QPointF>> runs;
    QList<QPointF> run;
    for (qsizetype i = 0; i < changes.size(); ++i) {
        if (std::isnan(changes[i].y())) {
            if (!run.isEmpty())
                runs.append(stepPoints(run, changes[i].x()));
            run.clear();
        } else
            run.append(changes[i]);
    }
    if (!run.isEmpty())
        runs.append(stepPoints(run, endX));
    return runs;
}

Result<QChart*> history(const Dossier& d, const ChartSpec& spec)
{
    ChartFilter filter = spec.filter;
    if (spec.decimate)
        filter.tickColumns = std::max(16, spec.pixelColumns);
    const auto h = positionHistory(d, spec.issueId, filter);
    if (!h)
        return Error(tr("unknown issue \"%1\"").arg(spec.issueId), Error::Kind::NotFound);
    auto* chart = new QChart;
    chart->setTitle(escaped(plainTitle(d, spec)));
    auto* x = dateAxis(h->start, h->end, spec.pixelColumns);
    auto* y = new QCategoryAxis;
    y->setLabelsPosition(QCategoryAxis::AxisLabelsPositionOnValue);
    int lo = 0, hi = 0;
    for (const auto& level : d.stanceScale())
        if (!level.isUnknown) {
            y->append(escaped(level.label), level.value);
            lo = std::min(lo, level.value);
            hi = std::max(hi, level.value);
        }
    y->setRange(lo - 0.6, hi + 0.4);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);

    // Status bands behind everything, one legend entry per status.
    QStringList shownStatuses;
    for (const auto& band : h->bands) {
        const ScaleLevel* level = d.statusLevel(band.status);
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->append({ { double(band.start), hi + 0.4 }, { double(band.end), hi + 0.4 } });
        lower->append({ { double(band.start), lo - 0.6 }, { double(band.end), lo - 0.6 } });
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        // Opaque tint (status colour at ~20 % over white): blending a translucent fill over a 4K plot costs more.
        const QColor c = colorOr(level ? level->color : QString(), 0, 1);
        const auto tint = [](int v) { return 255 - (255 - v) * 48 / 255; };
        area->setBrush(QColor(tint(c.red()), tint(c.green()), tint(c.blue())));
        area->setPen(Qt::NoPen);
        area->setName(escaped(tr("Status: %1").arg(level ? level->label : band.status)));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
        if (shownStatuses.contains(band.status))
            hideLegendEntry(chart, area);
        shownStatuses.append(band.status);
    }

    const double endX = double(h->end);
    for (qsizetype i = 0; i < h->parties.size(); ++i) {
        const auto& s = h->parties[i];
        const qsizetype p = d.partyIndex(s.partyId);
        const QColor color = colorOr(d.parties()[p].color, int(p), int(d.parties().size()));
        bool first = true;
        for (auto run : knownRuns(s.changes, endX)) {
            if (spec.decimate)
                run = decimate(run, spec.pixelColumns, double(h->start), endX);
            auto* line = new QLineSeries;
            line->replace(run);
            line->setName(escaped(partyName(d, s.partyId)));
            QPen pen(color, 2.5);
            pen.setCapStyle(Qt::FlatCap);
            line->setPen(pen);
            line->setProperty("partyId", s.partyId);
            chart->addSeries(line);
            line->attachAxis(x);
            line->attachAxis(y);
            if (!first)
                hideLegendEntry(chart, line);
            first = false;
        }
    }

    if (!h->eventTicks.isEmpty()) {
        // Ticks are one graphics item drawing rectangles, not a scatter series (a graphics item per point) nor
        // an area (a comb path QtCharts fills very slowly): cheap to lay out, render and write to SVG.
        const int columns = std::max(16, spec.pixelColumns);
        auto ticks = spec.decimate ? decimateTicks(h->eventTicks, columns, double(h->start), endX) : h->eventTicks;
        auto* legendEntry = new QLineSeries; // no points: only gives the ticks a legend entry
        legendEntry->setName(tr("Events"));
        legendEntry->setPen(QPen(QColor(0x60, 0x60, 0x60), 3));
        chart->addSeries(legendEntry);
        legendEntry->attachAxis(x);
        legendEntry->attachAxis(y);
        new EventTickItem(chart, std::move(ticks), double(h->start), endX, lo - 0.58, lo - 0.36, lo - 0.6, hi + 0.4);
    }
    return chart;
}

QChart* convergenceChart(const Dossier& d, const ChartSpec& spec)
{
    auto* chart = new QChart;
    chart->setTitle(escaped(plainTitle(d, spec)));
    const auto series = convergence(d, spec.filter, spec.weighted);
    const auto r = d.dateRange();
    const qint64 start = series.isEmpty() ? (r ? r->first : 0) : series.first().start;
    const qint64 end = series.isEmpty() ? start + 86400000LL : series.first().end;
    auto* x = dateAxis(start, end, spec.pixelColumns);
    auto* y = new QValueAxis;
    int lo = 0, hi = 0;
    for (const auto& level : d.stanceScale())
        if (!level.isUnknown) {
            lo = std::min(lo, level.value);
            hi = std::max(hi, level.value);
        }
    y->setTickType(QValueAxis::TicksDynamic);
    y->setTickAnchor(0);
    y->setTickInterval(1);
    y->setRange(-0.15, std::max(1, hi - lo) + 0.15);
    y->setLabelFormat(u"%.0f"_qs);
    y->setTitleText(escaped(spec.weighted ? tr("Spread (salience-weighted)") : tr("Spread of positions")));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QList<QPointF> markers;
    for (qsizetype i = 0; i < series.size(); ++i) {
        const auto& s = series[i];
        if (s.spread.isEmpty())
            continue;
        auto points = stepPoints(s.spread, double(end));
        if (spec.decimate)
            points = decimate(points, spec.pixelColumns, double(start), double(end));
        auto* line = new QLineSeries;
        line->replace(points);
        line->setName(escaped(issueName(d, s.issueId)));
        line->setPen(QPen(colorOr(QString(), int(i), int(series.size())), 2.5));
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        for (const auto& m : s.statusMarkers) { // on the line where it is drawn, else on the axis
            double v = 0;
            for (const auto& p : s.spread)
                if (p.x() <= double(m.msecs))
                    v = p.y();
            markers.append({ double(m.msecs), v });
        }
    }
    if (!markers.isEmpty()) {
        auto* marks = new QScatterSeries;
        marks->setMarkerShape(QScatterSeries::MarkerShapeCircle);
        marks->setMarkerSize(9);
        marks->setColor(Qt::white);
        marks->setBorderColor(QColor(0x20, 0x20, 0x20));
        marks->setName(tr("Status change"));
        marks->replace(markers);
        chart->addSeries(marks);
        marks->attachAxis(x);
        marks->attachAxis(y);
    }
    return chart;
}

QString groupName(const Dossier& d, ActivityGroup g, const QString& id)
{
    if (g == ActivityGroup::Total)
        return tr("All events");
    return g == ActivityGroup::Party ? partyName(d, id) : issueName(d, id);
}

QColor groupColor(const Dossier& d, ActivityGroup g, const QString& id, int index, int count)
{
    if (g == ActivityGroup::Party) {
        const qsizetype p = d.partyIndex(id);
        return colorOr(p < 0 ? QString() : d.parties()[p].color, index, count);
    }
    return colorOr(QString(), index, count);
}

// One stacked layer of the activity chart.
struct ActivityLayer {
    QString name; // plain text
    QColor color;
    QList<int> counts; // per bucket
};

// The layers stack to the number of events: each event is counted once, in its party's (issue's) layer when
// it involves one shown party (issue), in "Several parties" when it involves more, in "Other events" when none.
QList<ActivityLayer> activityLayers(const Dossier& d, const ChartSpec& spec, const ActivitySeries& a)
{
    QList<ActivityLayer> layers;
    const qsizetype n = a.groupIds.size();
    for (qsizetype g = 0; g < n; ++g)
        layers.append({ groupName(d, spec.group, a.groupIds[g]),
            groupColor(d, spec.group, a.groupIds[g], int(g), int(n)), a.sole[g] });
    const auto any = [](const QList<int>& c) { return std::any_of(c.begin(), c.end(), [](int x) { return x > 0; }); };
    if (spec.group != ActivityGroup::Total && any(a.several))
        layers.append({ spec.group == ActivityGroup::Party ? tr("Several parties") : tr("Several issues"),
            QColor::fromHsv(0, 0, 140), a.several });
    if (spec.group != ActivityGroup::Total && any(a.other))
        layers.append({ spec.group == ActivityGroup::Party ? tr("No party shown") : tr("No issue shown"),
            QColor::fromHsv(0, 0, 205), a.other });
    return layers;
}

QString activityAxisTitle(const ChartSpec& spec)
{
    if (spec.group == ActivityGroup::Total)
        return spec.bucket == ActivityBucket::Month ? tr("Events per month")
            : spec.bucket == ActivityBucket::Week   ? tr("Events per week")
                                                    : tr("Events per day");
    return spec.bucket == ActivityBucket::Month ? tr("Events per month (each event counted once)")
        : spec.bucket == ActivityBucket::Week   ? tr("Events per week (each event counted once)")
                                                : tr("Events per day (each event counted once)");
}

QChart* activityChart(const Dossier& d, const ChartSpec& spec)
{
    auto* chart = new QChart;
    chart->setTitle(escaped(plainTitle(d, spec)));
    const auto a = activity(d, spec.bucket, spec.group, spec.filter);
    const qsizetype buckets = a.bucketStarts.size() - 1;
    int maxTotal = 1;
    for (const int e : a.events)
        maxTotal = std::max(maxTotal, e);
    const auto layers = activityLayers(d, spec, a);
    auto* y = new QValueAxis;
    niceCountAxis(y, maxTotal);
    y->setTitleText(activityAxisTitle(spec));
    // Bars while every category label fits (~70 device pixels each); beyond, stacked areas over a date axis.
    if (buckets <= std::max(6, spec.pixelColumns / 70)) {
        auto* bars = new QStackedBarSeries;
        QStringList categories;
        for (qsizetype b = 0; b < buckets; ++b) {
            const QDate date = QDateTime::fromMSecsSinceEpoch(a.bucketStarts[b], Qt::UTC).date();
            categories.append(spec.bucket == ActivityBucket::Month ? date.toString(u"MMM yy"_qs)
                                                                   : date.toString(u"d MMM yy"_qs));
        }
        for (const auto& layer : layers) {
            auto* set = new QBarSet(escaped(layer.name));
            set->setColor(layer.color);
            set->setBorderColor(set->color());
            for (const int c : layer.counts)
                set->append(c);
            bars->append(set);
        }
        bars->setBarWidth(0.85);
        chart->addSeries(bars);
        auto* x = new QBarCategoryAxis;
        x->append(categories);
        chart->addAxis(x, Qt::AlignBottom);
        chart->addAxis(y, Qt::AlignLeft);
        bars->attachAxis(x);
        bars->attachAxis(y);
        return chart;
    }
    // Many buckets: stacked areas over a date axis that ends where the period ends (not with its last bucket).
    qint64 axisStart = a.bucketStarts.first(), axisEnd = a.bucketStarts.last();
    if (spec.filter.from)
        axisStart = std::max(axisStart, *spec.filter.from);
    if (spec.filter.to)
        axisEnd = std::min(axisEnd, *spec.filter.to);
    if (spec.filter.asOf)
        axisEnd = std::min(axisEnd, *spec.filter.asOf);
    if (axisEnd <= axisStart)
        axisEnd = a.bucketStarts.last();
    auto* x = dateAxis(axisStart, axisEnd, spec.pixelColumns);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    QList<double> below(buckets, 0.0);
    for (const auto& layer : layers) {
        QList<QPointF> upperPoints, lowerPoints;
        for (qsizetype b = 0; b < buckets; ++b) {
            const double x0 = double(a.bucketStarts[b]), x1 = double(a.bucketStarts[b + 1]);
            lowerPoints.append({ { x0, below[b] }, { x1, below[b] } });
            below[b] += layer.counts[b];
            upperPoints.append({ { x0, below[b] }, { x1, below[b] } });
        }
        auto* upper = new QLineSeries;
        auto* lower = new QLineSeries;
        upper->replace(upperPoints);
        lower->replace(lowerPoints);
        auto* area = new QAreaSeries(upper, lower);
        upper->setParent(area);
        lower->setParent(area);
        area->setBrush(layer.color);
        area->setPen(QPen(layer.color.darker(120), 0.5));
        area->setName(escaped(layer.name));
        chart->addSeries(area);
        area->attachAxis(x);
        area->attachAxis(y);
    }
    return chart;
}

QChart* distributionChart(const Dossier& d, const ChartSpec& spec)
{
    auto* chart = new QChart;
    chart->setTitle(escaped(plainTitle(d, spec)));
    const qint64 asOf = spec.filter.asOf.value_or(d.dateRange() ? d.dateRange()->second : 0);
    const auto s = stanceDistribution(d, asOf, spec.filter);
    auto* bars = new QHorizontalStackedBarSeries;
    for (qsizetype k = 0; k < s.stanceKeys.size(); ++k) {
        const ScaleLevel* level = d.stanceLevel(s.stanceKeys[k]);
        if (!level && std::all_of(s.counts[k].begin(), s.counts[k].end(), [](int c) { return c == 0; }))
            continue; // no "no position" entry when every party has one
        auto* set = new QBarSet(escaped(level ? level->label : tr("No position recorded")));
        set->setColor(level ? QColor(level->color) : QColor(0xf0, 0xf0, 0xf0));
        set->setBorderColor(QColor(0xff, 0xff, 0xff));
        for (const int c : s.counts[k])
            set->append(c);
        bars->append(set);
    }
    bars->setBarWidth(0.7);
    chart->addSeries(bars);
    auto* issues = new QBarCategoryAxis;
    for (const auto& id : s.issueIds)
        issues->append(escaped(issueName(d, id)));
    auto* counts = new QValueAxis;
    int partyCount = 0;
    for (const auto& p : d.parties())
        if (spec.filter.partyIds.isEmpty() || spec.filter.partyIds.contains(p.id))
            ++partyCount;
    niceCountAxis(counts, partyCount);
    counts->setTitleText(tr("Parties"));
    chart->addAxis(issues, Qt::AlignLeft);
    chart->addAxis(counts, Qt::AlignBottom);
    bars->attachAxis(issues);
    bars->attachAxis(counts);
    return chart;
}
} // namespace

QString escaped(const QString& dossierText) { return dossierText.toHtmlEscaped(); }

QString kindKey(ChartKind k)
{
    switch (k) {
    case ChartKind::History:
        return u"history"_qs;
    case ChartKind::Convergence:
        return u"convergence"_qs;
    case ChartKind::Activity:
        return u"activity"_qs;
    case ChartKind::Distribution:
        return u"distribution"_qs;
    }
    return {};
}

std::optional<ChartKind> kindFromKey(const QString& key)
{
    for (const auto k : { ChartKind::History, ChartKind::Convergence, ChartKind::Activity, ChartKind::Distribution })
        if (kindKey(k) == key)
            return k;
    return std::nullopt;
}

QString plainTitle(const Dossier& d, const ChartSpec& spec)
{
    const QString asOf = spec.filter.asOf ? tr(" (as of %1)").arg(dateText(*spec.filter.asOf)) : QString();
    switch (spec.kind) {
    case ChartKind::History:
        return tr("Position history: %1").arg(issueName(d, spec.issueId)) + asOf;
    case ChartKind::Convergence:
        return tr("Convergence: spread of positions per issue") + asOf;
    case ChartKind::Activity:
        return (spec.group == ActivityGroup::Issue ? tr("Activity by issue")
                                                   : (spec.group == ActivityGroup::Party ? tr("Activity by party")
                                                                                         : tr("Activity")))
            + asOf;
    case ChartKind::Distribution:
        return tr("Stance distribution as of %1")
            .arg(dateText(spec.filter.asOf.value_or(d.dateRange() ? d.dateRange()->second : 0)));
    }
    return {};
}

Result<std::unique_ptr<QChart>> build(const Dossier& d, const ChartSpec& spec)
{
    QChart* chart = nullptr;
    switch (spec.kind) {
    case ChartKind::History: {
        const auto built = history(d, spec);
        if (!built.ok())
            return built.error();
        chart = built.value();
        break;
    }
    case ChartKind::Convergence:
        chart = convergenceChart(d, spec);
        break;
    case ChartKind::Activity:
        chart = activityChart(d, spec);
        break;
    case ChartKind::Distribution:
        chart = distributionChart(d, spec);
        break;
    }
    std::unique_ptr<QChart> owned(chart);
    if (!owned) // every kind is handled above
        return Error(tr("unknown chart kind"));
    if (!spec.showTitle)
        owned->setTitle(QString());
    owned->setAnimationOptions(QChart::NoAnimation);
    owned->legend()->setAlignment(Qt::AlignBottom);
    owned->legend()->setShowToolTips(true);
    return owned;
}

void applyStyle(QChart* chart, const RenderStyle& style)
{
    if (!chart)
        return;
    chart->setBackgroundBrush(style.background);
    chart->setBackgroundRoundness(0);
    chart->setDropShadowEnabled(false);
    chart->setPlotAreaBackgroundVisible(false);
    QFont titleFont = style.font;
    titleFont.setPointSizeF(style.font.pointSizeF() * 1.4);
    titleFont.setBold(true);
    chart->setTitleFont(titleFont);
    chart->setTitleBrush(style.foreground);
    chart->legend()->setFont(style.font);
    chart->legend()->setLabelColor(style.foreground);
    // Bar segments are separated by gaps of the background colour, whichever theme.
    for (auto* series : chart->series())
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series))
            for (auto* set : bars->barSets())
                set->setBorderColor(style.background);
    for (auto* axis : chart->axes()) {
        axis->setLabelsFont(style.font);
        axis->setLabelsColor(style.foreground);
        axis->setTitleBrush(style.mutedText);
        QFont axisTitle = style.font;
        axisTitle.setBold(true);
        axis->setTitleFont(axisTitle);
        axis->setGridLineColor(style.grid);
        axis->setLinePenColor(style.mutedText);
    }
}

} // namespace Entente::Charts
