// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Builds a QChart for each of the four charts from the plain series of models/chartseries.h. QtCharts stays
// inside ui/charts/. QtCharts renders titles, axis labels, category labels and legend entries as rich text,
// so every string that came from the dossier goes through Charts::escaped() before it reaches one.
// Series are decimated to the width they are built for (ChartSpec::pixelColumns) unless decimate is false.

#include "chartseries.h"
#include "renderstyle.h"
#include "result.h"

#include <memory>

class QChart;

namespace Entente {

enum class ChartKind { History, Convergence, Activity, Distribution };

struct ChartSpec {
    ChartKind kind = ChartKind::History;
    QString issueId; // History: the issue shown
    ChartFilter filter; // as-of date, period, row mask, parties/issues
    ActivityBucket bucket = ActivityBucket::Month;
    ActivityGroup group = ActivityGroup::Party;
    bool weighted = false; // Convergence: salience-weighted spread
    int pixelColumns = 1200; // decimation target (the plot's width in device pixels)
    bool decimate = true;
    bool showTitle = true; // off when a page header already names the chart
};

namespace Charts {

[[nodiscard]] QString escaped(const QString& dossierText); // rich-text safe
[[nodiscard]] QString kindKey(ChartKind k); // "history", "convergence", "activity", "distribution"
[[nodiscard]] std::optional<ChartKind> kindFromKey(const QString& key);
[[nodiscard]] QString plainTitle(const Dossier& d, const ChartSpec& spec); // unescaped, for Paintable::title()

// A new chart, owned by the caller, or an error (Kind::NotFound for an unknown issue).
[[nodiscard]] Result<std::unique_ptr<QChart>> build(const Dossier& d, const ChartSpec& spec);
// Applies colours and fonts of a render style (screen, light or print) to a built chart.
void applyStyle(QChart* chart, const RenderStyle& style);

} // namespace Charts
} // namespace Entente
