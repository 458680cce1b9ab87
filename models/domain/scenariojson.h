// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A forecast scenario's overrides as JSON, the one shape a saved view keeps them in (the store's view codec) and
// `entente forecast --format json` prints them in: [{"party": id, "position": p, "salience": s, "capability": c}],
// each value present only when the scenario changes it.

#include "types.h"

#include <QJsonArray>

#include <map>

namespace Entente {

[[nodiscard]] QJsonArray scenarioOverridesJson(const std::map<QString, ForecastOverride>& overrides);

// The override values by their JSON names, for writing and for reading them back.
inline constexpr std::pair<const char*, std::optional<double> ForecastOverride::*> scenarioOverrideValues[]
    = { { "position", &ForecastOverride::position }, { "salience", &ForecastOverride::salience },
          { "capability", &ForecastOverride::capability } };

} // namespace Entente
