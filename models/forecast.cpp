// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecast.h"

#include "expectedutilitymodel.h"
#include "spatialmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <numeric>

namespace Entente {

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct ForecastText {
        Q_DECLARE_TR_FUNCTIONS(Forecast)
    };

    double weightOf(const ForecastActor& a)
    {
        const double s = a.salience.empty() ? 0.0 : a.salience[0];
        return a.capability * s;
    }

    // Positions with positive weight, sorted, with their weights.
    std::vector<std::pair<double, double>> weightedPoints(
        const ForecastInput& in, const std::vector<double>& positions, qsizetype dims)
    {
        std::vector<std::pair<double, double>> pts;
        pts.reserve(in.actors.size());
        for (size_t i = 0; i < in.actors.size(); ++i) {
            const double w = weightOf(in.actors[i]);
            if (w > 0)
                pts.emplace_back(positions[i * size_t(dims)], w);
        }
        std::sort(pts.begin(), pts.end());
        return pts;
    }

    std::vector<double> inputPositions(const ForecastInput& in)
    {
        const qsizetype dims = in.dimensionCount();
        std::vector<double> p(in.actors.size() * size_t(dims));
        for (size_t i = 0; i < in.actors.size(); ++i)
            for (qsizetype d = 0; d < dims; ++d)
                p[i * size_t(dims) + size_t(d)] = in.actors[i].position[size_t(d)];
        return p;
    }
}

double ForecastInput::lower(qsizetype dim) const
{
    if (size_t(dim) < axisMin.size())
        return axisMin[size_t(dim)];
    double v = 0;
    bool first = true;
    for (const auto& a : actors) {
        if (first || a.position[size_t(dim)] < v)
            v = a.position[size_t(dim)];
        first = false;
    }
    return v;
}

double ForecastInput::upper(qsizetype dim) const
{
    if (size_t(dim) < axisMax.size())
        return axisMax[size_t(dim)];
    double v = 0;
    bool first = true;
    for (const auto& a : actors) {
        if (first || a.position[size_t(dim)] > v)
            v = a.position[size_t(dim)];
        first = false;
    }
    return v;
}

QString ForecastInput::describe(double x, int decimals) const
{
    const QString n = QString::number(x, 'f', decimals);
    if (anchors.empty() || !std::isfinite(x))
        return n;
    const auto* best = &anchors.front();
    for (const auto& a : anchors)
        if (std::abs(a.first - x) < std::abs(best->first - x))
            best = &a;
    if (std::abs(best->first - x) < 1e-9)
        return QStringLiteral("%1 (%2)").arg(n, best->second);
    return ForecastText::tr("%1 (nearest: %2)").arg(n, best->second);
}

Status ForecastInput::validate() const
{
    if (actors.empty())
        return Error(ForecastText::tr("no party has a position on this issue"), Error::Kind::Invalid);
    const size_t dims = size_t(dimensionCount());
    for (const auto& a : actors) {
        if (a.position.size() != dims || a.salience.size() != dims)
            return Error(ForecastText::tr("%1: expected %2 position(s) and salience(s)").arg(a.name).arg(dims), Error::Kind::Invalid);
        if (!std::isfinite(a.capability) || a.capability < 0)
            return Error(ForecastText::tr("%1: capability must be a number ≥ 0").arg(a.name), Error::Kind::Invalid);
        for (size_t d = 0; d < dims; ++d) {
            if (!std::isfinite(a.position[d]))
                return Error(ForecastText::tr("%1: position is not a number").arg(a.name), Error::Kind::Invalid);
            if (!std::isfinite(a.salience[d]) || a.salience[d] < 0 || a.salience[d] > 1)
                return Error(ForecastText::tr("%1: salience must be between 0 and 100").arg(a.name), Error::Kind::Invalid);
        }
    }
    for (size_t d = 0; d < dims; ++d) {
        if (d < axisMin.size() && d < axisMax.size() && !(axisMin[d] < axisMax[d]))
            return Error(ForecastText::tr("the axis needs a lower end below its upper end"), Error::Kind::Invalid);
    }
    return {};
}

QString forecastModelKey(ForecastModel m)
{
    switch (m) {
    case ForecastModel::Mean:
        return QStringLiteral("mean");
    case ForecastModel::Median:
        return QStringLiteral("median");
    case ForecastModel::Condorcet:
        return QStringLiteral("condorcet");
    case ForecastModel::Nash:
        return QStringLiteral("nash");
    case ForecastModel::ExpectedUtility:
        return QStringLiteral("eu");
    case ForecastModel::SpatialModel:
        return QStringLiteral("smp");
    }
    return {};
}

std::optional<ForecastModel> forecastModelFromKey(QStringView key)
{
    for (auto m : { ForecastModel::Mean, ForecastModel::Median, ForecastModel::Condorcet, ForecastModel::Nash,
             ForecastModel::ExpectedUtility, ForecastModel::SpatialModel })
        if (key == forecastModelKey(m))
            return m;
    return std::nullopt;
}

QString pceFormKey(PceForm f)
{
    return f == PceForm::Markov ? QStringLiteral("markov") : QStringLiteral("conditional");
}

std::optional<PceForm> pceFormFromKey(QStringView key)
{
    for (auto f : { PceForm::Conditional, PceForm::Markov })
        if (key == pceFormKey(f))
            return f;
    return std::nullopt;
}

QString forecastModelName(ForecastModel m)
{
    switch (m) {
    case ForecastModel::Mean:
        return ForecastText::tr("Weighted mean");
    case ForecastModel::Median:
        return ForecastText::tr("Weighted median (Black)");
    case ForecastModel::Condorcet:
        return ForecastText::tr("Condorcet winner");
    case ForecastModel::Nash:
        return ForecastText::tr("Nash bargaining");
    case ForecastModel::ExpectedUtility:
        return ForecastText::tr("Expected utility (Bueno de Mesquita)");
    case ForecastModel::SpatialModel:
        return ForecastText::tr("Spatial model of politics (KTAB)");
    }
    return {};
}

namespace Forecast {

    double meanOf(const ForecastInput& in, const std::vector<double>& positions, qsizetype dims)
    {
        double num = 0, den = 0;
        for (size_t i = 0; i < in.actors.size(); ++i) {
            const double w = weightOf(in.actors[i]);
            num += w * positions[i * size_t(dims)];
            den += w;
        }
        return den > 0 ? num / den : std::numeric_limits<double>::quiet_NaN();
    }

    double medianOf(const ForecastInput& in, const std::vector<double>& positions, qsizetype dims)
    {
        const auto pts = weightedPoints(in, positions, dims);
        double total = 0;
        for (const auto& p : pts)
            total += p.second;
        if (total <= 0)
            return std::numeric_limits<double>::quiet_NaN();
        // Black's median: the lowest position at which the cumulative weight reaches half. Only the order of
        // the positions matters, so the result is invariant under any monotone rescaling of the axis.
        double cum = 0;
        for (const auto& p : pts) {
            cum += p.second;
            if (cum >= total / 2)
                return p.first;
        }
        return pts.back().first;
    }

    std::optional<double> weightedMean(const ForecastInput& in)
    {
        const double m = meanOf(in, inputPositions(in), in.dimensionCount());
        return std::isnan(m) ? std::nullopt : std::optional<double>(m);
    }

    std::optional<double> weightedMedian(const ForecastInput& in)
    {
        const double m = medianOf(in, inputPositions(in), in.dimensionCount());
        return std::isnan(m) ? std::nullopt : std::optional<double>(m);
    }

    std::optional<double> condorcetWinner(const ForecastInput& in)
    {
        const auto pts = weightedPoints(in, inputPositions(in), in.dimensionCount());
        std::vector<double> options;
        for (const auto& p : pts)
            if (options.empty() || options.back() != p.first)
                options.push_back(p.first);
        for (double x : options) {
            bool beatsAll = true;
            for (double y : options) {
                if (y == x)
                    continue;
                double forX = 0, forY = 0;
                for (const auto& p : pts) {
                    const double dx = std::abs(p.first - x), dy = std::abs(p.first - y);
                    if (dx < dy)
                        forX += p.second;
                    else if (dy < dx)
                        forY += p.second;
                }
                if (!(forX > forY)) {
                    beatsAll = false;
                    break;
                }
            }
            if (beatsAll)
                return x;
        }
        return std::nullopt;
    }

    std::optional<double> nashBargaining(const ForecastInput& in, std::optional<double> disagreement)
    {
        const auto pts = weightedPoints(in, inputPositions(in), in.dimensionCount());
        if (pts.empty())
            return std::nullopt;
        double lo = in.lower(0), hi = in.upper(0);
        const double range = hi - lo;
        if (!(range > 0))
            return pts.front().first; // everyone at one point
        // Each party must gain over the disagreement point: |x − x_i| < |d − x_i|. Without a point, the
        // disagreement utility is 0 (the far end of the axis), so every x on the axis is feasible.
        if (disagreement) {
            for (const auto& p : pts) {
                const double r = std::abs(*disagreement - p.first);
                lo = std::max(lo, p.first - r);
                hi = std::min(hi, p.first + r);
            }
            if (!(lo < hi))
                return std::nullopt;
        }
        auto objective = [&](double x) {
            double s = 0;
            for (const auto& p : pts) {
                const double gain = disagreement ? (std::abs(*disagreement - p.first) - std::abs(x - p.first)) / range
                                                 : 1.0 - std::abs(x - p.first) / range;
                if (gain <= 0)
                    return -std::numeric_limits<double>::infinity();
                s += p.second * std::log(gain);
            }
            return s;
        };
        // The objective is concave (a weighted sum of logs of concave functions): golden-section search, then
        // compare with the kinks (the parties' positions), where the maximum of a piecewise-linear-in-log
        // product often lies.
        const double g = (std::sqrt(5.0) - 1) / 2;
        double a = lo, b = hi;
        double c = b - g * (b - a), d = a + g * (b - a);
        double fc = objective(c), fd = objective(d);
        for (int it = 0; it < 200 && b - a > 1e-12 * range; ++it) {
            if (fc >= fd) {
                b = d;
                d = c;
                fd = fc;
                c = b - g * (b - a);
                fc = objective(c);
            } else {
                a = c;
                c = d;
                fc = fd;
                d = a + g * (b - a);
                fd = objective(d);
            }
        }
        double best = (a + b) / 2, bestF = objective(best);
        for (const auto& p : pts) {
            if (p.first > lo && p.first < hi) {
                const double f = objective(p.first);
                if (f > bestF) {
                    bestF = f;
                    best = p.first;
                }
            }
        }
        if (!std::isfinite(bestF))
            return std::nullopt;
        return best;
    }

    Result<ForecastResult> run(const ForecastInput& in, const ForecastOptions& options)
    {
        if (auto valid = in.validate(); !valid.ok())
            return valid.error();
        ForecastResult r;
        r.model = options.model;
        switch (options.model) {
        case ForecastModel::Mean:
            r.outcome = weightedMean(in);
            break;
        case ForecastModel::Median:
            r.outcome = weightedMedian(in);
            break;
        case ForecastModel::Condorcet:
            r.outcome = condorcetWinner(in);
            if (!r.outcome)
                r.note = ForecastText::tr(
                    "No Condorcet winner: no position beats every other in a weighted majority vote.");
            break;
        case ForecastModel::Nash:
            r.outcome = nashBargaining(in, options.disagreementPoint);
            if (!r.outcome)
                r.note = ForecastText::tr("No agreement gives every party more than the disagreement point.");
            break;
        case ForecastModel::ExpectedUtility:
            return ExpectedUtilityModel::run(in, options);
        case ForecastModel::SpatialModel:
            return SpatialModel::run(in, options);
        }
        if (!r.outcome && r.note.isEmpty())
            r.note = ForecastText::tr("Every party has zero capability or zero salience.");
        return r;
    }

    QStringList explainLastRound(const ForecastInput& in, const ForecastResult& r)
    {
        QStringList lines;
        if (r.rounds.size() < 2)
            return lines;
        const auto& last = r.rounds.back();
        auto nameOf = [&](int i) {
            return i >= 0 && size_t(i) < in.actors.size() ? in.actors[size_t(i)].name : ForecastText::tr("(unknown)");
        };
        for (const auto& m : last.moves) {
            QString rule;
            switch (m.rule) {
            case ForecastMove::Rule::Confrontation:
                rule = ForecastText::tr(
                    "%1 expects to lose a confrontation with %2 and moves to its position (%3 → %4).");
                break;
            case ForecastMove::Rule::Compromise:
                rule = ForecastText::tr("%1 compromises with %2 and moves part of the way toward it (%3 → %4).");
                break;
            case ForecastMove::Rule::Capitulation:
                rule = ForecastText::tr("%1 capitulates to %2 and adopts its position (%3 → %4).");
                break;
            case ForecastMove::Rule::Bargain:
                rule = ForecastText::tr("%1 accepts the bargain with %2 (%3 → %4).");
                break;
            }
            lines << rule.arg(
                nameOf(m.actor), nameOf(m.toward), QString::number(m.from, 'g', 4), QString::number(m.to, 'g', 4));
        }
        if (lines.isEmpty())
            lines << ForecastText::tr("No party moved in the last round.");
        return lines;
    }
}

} // namespace Entente
