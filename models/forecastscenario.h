// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A what-if scenario of the forecast: a party's position, salience or capability replaced for the forecast only.
// It is applied to a copy of the forecast input built from the dossier (ForecastInputReader) and never touches
// the dossier: the record stays what the sources say, the scenario is the analyst's question to the models.
// Overrides name parties by id (ForecastActor::id), so that a scenario saved with a view (types.h SavedScenario)
// survives a party's renaming.

#include "forecast.h"
#include "result.h"
#include "types.h"

#include <map>

namespace Entente {

class Dossier;

struct ForecastScenario {
    std::map<QString, ForecastOverride> overrides; // by party id (ForecastActor::id)

    [[nodiscard]] bool isEmpty() const;
    // Why the scenario cannot be applied (a negative capability, a salience outside 0–100, a position off the
    // axis), naming the party (Kind::Invalid).
    [[nodiscard]] Status validate(const ForecastInput& in) const;
    // `in` with the overrides in place and a note naming what the scenario changed; parties the input does not
    // have (no position as of the date) are left out.
    [[nodiscard]] ForecastInput apply(const ForecastInput& in) const;
    // What the scenario changes, one entry per party in the dossier's party order: "Russia: salience 10,
    // capability 3" (translated).
    [[nodiscard]] QStringList describe(const Dossier& d) const;
};

// The forecast options a saved scenario names (model, rounds, PCE form) in place of those of `base`.
[[nodiscard]] ForecastOptions scenarioOptions(const SavedScenario& s, ForecastOptions base = {});

} // namespace Entente
