// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The forecast of one issue at every change step: for each date at which a position on the issue changed, the
// input as of that date and the model's predicted outcome. Plain data and a pure function of the dossier, so
// the Forecast dock can run it on a worker thread (with a copy of the dossier) and report progress. The
// spatial model is evaluated at turn 0 here (the Probabilistic Condorcet Election before any bargaining); the
// dynamic models run as configured.

#include "forecast.h"

#include <functional>

namespace Entente {

class Dossier;

struct ForecastHistoryPoint {
    qint64 at = 0; // msecs, the change step
    std::optional<double> outcome; // on the axis
    double median = 0; // the weighted median at the step, for comparison
    int parties = 0; // parties with a known position
};

class ForecastHistory {
public:
    // Sorted effective dates (msecs) of the live position changes on `issue` and capability changes on it (or on
    // every issue) up to `asOf`.
    [[nodiscard]] static std::vector<qint64> steps(const Dossier& d, qsizetype issue, qint64 asOf);
    // `progress(done, total)` is called now and then; returning false cancels (the points so far are returned).
    [[nodiscard]] static std::vector<ForecastHistoryPoint> compute(const Dossier& d, qsizetype issue,
        const std::vector<qint64>& steps, const ForecastOptions& options,
        const std::function<bool(qsizetype, qsizetype)>& progress = {});
    // The same in two halves, so that a GUI can build the inputs (fast: as-of lookups in the dossier it owns)
    // and run the models on a worker thread that never touches the dossier.
    [[nodiscard]] static std::vector<ForecastInput> inputs(
        const Dossier& d, qsizetype issue, const std::vector<qint64>& steps);
    [[nodiscard]] static std::vector<ForecastHistoryPoint> compute(const std::vector<qint64>& steps,
        const std::vector<ForecastInput>& inputs, const ForecastOptions& options,
        const std::function<bool(qsizetype, qsizetype)>& progress = {});
    // One step, from an input already built.
    [[nodiscard]] static std::optional<double> outcomeOf(const ForecastInput& in, const ForecastOptions& options);
};

} // namespace Entente
