// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A what-if scenario of the forecast: a party's position, salience or capability replaced for the forecast only.
// It is applied to a copy of the forecast input built from the dossier (ForecastInputReader) and never touches
// the dossier: the record stays what the sources say, the scenario is the analyst's question to the models.

#include "forecast.h"
#include "result.h"

#include <map>
#include <optional>

namespace Entente {

struct ForecastOverride {
    std::optional<double> position; // on the input's axis
    std::optional<double> salience; // 0…100
    std::optional<double> capability; // ≥ 0
    [[nodiscard]] bool isEmpty() const { return !position && !salience && !capability; }
    friend bool operator==(const ForecastOverride&, const ForecastOverride&) = default;
};

struct ForecastScenario {
    std::map<QString, ForecastOverride> overrides; // by party name (ForecastActor::name)

    [[nodiscard]] bool isEmpty() const;
    // Why the scenario cannot be applied (a negative capability, a salience outside 0–100, a position off the
    // axis), naming the party (Kind::Invalid).
    [[nodiscard]] Status validate(const ForecastInput& in) const;
    // `in` with the overrides in place and a note naming what the scenario changed; parties the input does not
    // have (no position as of the date) are left out.
    [[nodiscard]] ForecastInput apply(const ForecastInput& in) const;
};

} // namespace Entente
