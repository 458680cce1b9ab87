// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// One issue's forecast as of a date in a few words, for the briefing and anyone else who reports it: the
// predicted outcome on the issue's axis (named by the nearest anchor), how many parties it rests on, and the
// caveats an analyst must read with it when the inputs are thin (no capability recorded; positions resting on
// one source or none).

#include "forecast.h"

#include <QStringList>

namespace Entente {

class Dossier;

struct ForecastSummary {
    QString issueName;
    std::optional<double> outcome;
    QString outcomeText; // "-2.00 (nearest: Opposes)", or why there is none
    int parties = 0; // with a known position
    int sources = 0; // distinct sources cited by the positions and capabilities in force
    QStringList caveats; // empty: the inputs are not thin
    QString scenarioOutcomeText; // with a scenario: its outcome with the same options, or why there is none
};

struct ForecastScenario;

// With `scenario`, also the outcome with its overrides in place (never the record).
[[nodiscard]] ForecastSummary summarizeForecast(const Dossier& d, qsizetype issue, qint64 asOfMsecs,
    const ForecastOptions& options, const ForecastScenario* scenario = nullptr);

} // namespace Entente
