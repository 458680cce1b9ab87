// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecasthistory.h"

#include "dossier.h"
#include "forecastinputreader.h"
#include "spatialmodel.h"

#include <algorithm>

namespace Entente {

std::vector<qint64> ForecastHistory::steps(const Dossier& d, qsizetype issue, qint64 asOf)
{
    std::vector<qint64> out;
    if (issue < 0 || issue >= d.issues().size())
        return out;
    const QString& id = d.issues()[issue].id;
    for (const auto& c : d.positionChanges())
        if (!c.retracted && c.issueId == id && c.effective.isValid() && c.effective.msecs <= asOf)
            out.push_back(c.effective.msecs);
    // A capability (general or on this issue) moves the forecast too.
    for (const auto& c : d.capabilityChanges())
        if (!c.retracted && (c.issueId.isEmpty() || c.issueId == id) && c.effective.isValid()
            && c.effective.msecs <= asOf)
            out.push_back(c.effective.msecs);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

std::optional<double> ForecastHistory::outcomeOf(const ForecastInput& in, const ForecastOptions& options)
{
    if (!in.validate().ok())
        return std::nullopt;
    if (options.model == ForecastModel::SpatialModel) {
        const auto p = SpatialModel::initialWinProbabilities(in, options.pce);
        if (p.empty())
            return std::nullopt;
        const size_t best = size_t(std::max_element(p.begin(), p.end()) - p.begin());
        return in.actors[best].position[0];
    }
    const auto r = Forecast::run(in, options);
    return r.ok() ? r->outcome : std::nullopt;
}

std::vector<ForecastInput> ForecastHistory::inputs(const Dossier& d, qsizetype issue, const std::vector<qint64>& steps)
{
    std::vector<ForecastInput> out;
    out.reserve(steps.size());
    for (qint64 at : steps)
        out.push_back(ForecastInputReader::fromDossier(d, issue, at));
    return out;
}

namespace {
    // The forecast at each step, the input of step k from inputAt(k); reports every 16 steps and stops when
    // progress says so (the points so far are returned).
    template <typename InputAt>
    std::vector<ForecastHistoryPoint> computeSteps(const std::vector<qint64>& steps, qsizetype total, InputAt&& inputAt,
        const ForecastOptions& options, const std::function<bool(qsizetype, qsizetype)>& progress)
    {
        std::vector<ForecastHistoryPoint> out;
        out.reserve(size_t(total));
        for (qsizetype k = 0; k < total; ++k) {
            if (progress && (k % 16) == 0 && !progress(k, total))
                return out;
            const ForecastInput& in = inputAt(k);
            ForecastHistoryPoint p;
            p.at = steps[size_t(k)];
            p.parties = int(in.actors.size());
            if (auto m = Forecast::weightedMedian(in))
                p.median = *m;
            p.outcome = ForecastHistory::outcomeOf(in, options);
            out.push_back(p);
        }
        if (progress)
            progress(total, total);
        return out;
    }
}

std::vector<ForecastHistoryPoint> ForecastHistory::compute(const std::vector<qint64>& steps,
    const std::vector<ForecastInput>& inputs, const ForecastOptions& options,
    const std::function<bool(qsizetype, qsizetype)>& progress)
{
    const qsizetype total = qsizetype(std::min(steps.size(), inputs.size()));
    return computeSteps(
        steps, total, [&](qsizetype k) -> const ForecastInput& { return inputs[size_t(k)]; }, options, progress);
}

std::vector<ForecastHistoryPoint> ForecastHistory::compute(const Dossier& d, qsizetype issue,
    const std::vector<qint64>& steps, const ForecastOptions& options,
    const std::function<bool(qsizetype, qsizetype)>& progress)
{
    // Built step by step (not all inputs first) to keep the memory of a long history small.
    ForecastInput current;
    return computeSteps(
        steps, qsizetype(steps.size()),
        [&](qsizetype k) -> const ForecastInput& {
            current = ForecastInputReader::fromDossier(d, issue, steps[size_t(k)]);
            return current;
        },
        options, progress);
}

} // namespace Entente
