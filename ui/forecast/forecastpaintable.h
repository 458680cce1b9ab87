// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The forecast over time of one issue as a page of an export (the briefing): the predicted outcome at every
// change step up to the as-of date, with the weighted median beside it, drawn by the Forecast dock's chart.

#include "forecasthistory.h"
#include "paintable.h"

#include <memory>

namespace Entente {

class Dossier;
class ForecastChart;

class ForecastPaintable : public Paintable {
public:
    ForecastPaintable(const Dossier& dossier, qsizetype issue, qint64 asOf, const ForecastOptions& options);
    ~ForecastPaintable() override;

    void paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const override;
    [[nodiscard]] QString title() const override { return m_title; }
    [[nodiscard]] const std::vector<ForecastHistoryPoint>& points() const { return m_points; }

private:
    QString m_title;
    std::vector<ForecastHistoryPoint> m_points;
    std::unique_ptr<ForecastChart> m_chart; // draws the data (no widget state in its paint but the colours set here)
};

} // namespace Entente
