// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The on-screen chart: a QChartView showing the chart ChartSpec describes, rebuilt when the as-of date,
// the row mask or the width changes (decimation follows the width). Hovering a position line shows the
// change in force there and its sources. paintable() hands the same chart to the exporters.

#include "chartbuilder.h"

#include <QChartView>

#include <memory>

namespace Entente {

class ChartPaintable;

class ChartView : public QChartView {
    Q_OBJECT
public:
    ChartView(const Dossier& dossier, ChartSpec spec, QWidget* parent = nullptr);

    [[nodiscard]] const ChartSpec& spec() const { return m_spec; }
    void setSpec(ChartSpec spec);
    void setAsOf(std::optional<qint64> asOf);
    void setRowMask(std::vector<bool> mask);
    [[nodiscard]] std::unique_ptr<ChartPaintable> paintable() const;

protected:
    void resizeEvent(QResizeEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void rebuild();
    void scheduleRebuild();
    void showChangeTip(const QString& partyId, const QPointF& point);

    const Dossier& m_dossier;
    ChartSpec m_spec;
    int m_builtWidth = -1;
    bool m_dirty = false; // a setting changed since the chart was built
    bool m_rebuildQueued = false;
};

} // namespace Entente
