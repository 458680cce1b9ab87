// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small line chart for the Forecast dock: the trajectory of every party's position over the rounds of a
// dynamic model, or the predicted outcome at every change step. Painted with QPainter through one paint()
// routine (no widget state in it), so the same drawing serves the screen and an image. Labels are drawn as
// plain text: names that came from a file are never interpreted as markup.

#include "forecasthistory.h"

#include <QColor>
#include <QPointF>
#include <QString>
#include <QWidget>

#include <vector>

namespace Entente {

class ForecastChart : public QWidget {
    Q_OBJECT
public:
    struct Series {
        QString name;
        QColor color;
        std::vector<QPointF> points;
        bool emphasised = false; // drawn thicker and named in the legend
        bool dashed = false;
    };
    struct Data {
        QString title;
        QString empty; // shown when there are no series
        std::vector<Series> series;
        double yMin = 0;
        double yMax = 1;
        std::vector<std::pair<double, QString>> yAnchors; // labelled grid lines
        bool xIsTime = false; // x in msecs since the epoch (labels are dates), else round numbers

        // The forecast over time (ForecastHistory's points): the median of the positions and the predicted
        // outcome at each step, the two series appended only when either has a point.
        void addHistory(const std::vector<ForecastHistoryPoint>& points, Series outcome, Series median);
    };

    explicit ForecastChart(QWidget* parent = nullptr);

    void setData(Data data);
    [[nodiscard]] const Data& data() const { return m_data; }
    void paint(QPainter* p, const QRectF& target) const;
    [[nodiscard]] QSize sizeHint() const override { return { 360, 200 }; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    Data m_data;
};

} // namespace Entente
