// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Entente {

// `entente forecast FILE --issue ID [--as-of DATE] [--model …] [--rounds N] [--format text|json|csv]`,
// `entente forecast FILE --scenario NAME …` (the baseline and the scenario saved with view NAME, its issue, model
// and as-of date the defaults) and `entente forecast --input TABLE.csv …`: the outcome forecast of one issue,
// headless. Needs a QCoreApplication. Returns the exit code (0, or 1 with one line on stderr).
int runForecastCommand(const QStringList& args);

} // namespace Entente
