// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A chart in words, for screen readers (the chart view's accessible description) and tests: one sentence per
// series with its last value (a stance or status name when the axis has categories) or, for bars, each set's
// total. Built from the QChart itself, so it says what is drawn.

#include <QString>

class QChart;

namespace Entente::Charts {

[[nodiscard]] QString textSummary(const QChart* chart);

} // namespace Entente::Charts
