// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastchart.h"

#include <QDateTime>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>
#include <cmath>

namespace Entente {

void ForecastChart::Data::addHistory(const std::vector<ForecastHistoryPoint>& points, Series outcome, Series median)
{
    for (const auto& p : points) {
        if (p.outcome)
            outcome.points.emplace_back(double(p.at), *p.outcome);
        if (p.parties > 0)
            median.points.emplace_back(double(p.at), p.median);
    }
    if (!outcome.points.empty() || !median.points.empty()) {
        series.push_back(std::move(median));
        series.push_back(std::move(outcome));
    }
}

ForecastChart::ForecastChart(QWidget* parent)
    : QWidget(parent)
{
    setMinimumSize(200, 120);
}

void ForecastChart::setData(Data data)
{
    m_data = std::move(data);
    QString text = m_data.title;
    for (const auto& s : m_data.series)
        if (s.emphasised && !s.points.empty())
            text += QStringLiteral("; %1 %2").arg(s.name).arg(s.points.back().y(), 0, 'f', 2);
    setAccessibleDescription(text);
    update();
}

void ForecastChart::paintEvent(QPaintEvent*)
{
    QPainter p(this);
    p.fillRect(rect(), palette().base());
    paint(&p, QRectF(rect()));
}

void ForecastChart::paint(QPainter* p, const QRectF& target) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetricsF fm(p->font());
    const double lineH = fm.height();
    p->setPen(pal.color(QPalette::Text));
    p->drawText(QRectF(target.left() + 4, target.top() + 2, target.width() - 8, lineH),
        Qt::AlignLeft | Qt::TextSingleLine, m_data.title);

    double xMin = 0, xMax = 0;
    bool any = false;
    for (const auto& s : m_data.series)
        for (const auto& pt : s.points) {
            xMin = any ? std::min(xMin, pt.x()) : pt.x();
            xMax = any ? std::max(xMax, pt.x()) : pt.x();
            any = true;
        }
    if (!any) {
        p->setPen(pal.color(QPalette::PlaceholderText));
        p->drawText(target, Qt::AlignCenter | Qt::TextWordWrap, m_data.empty);
        p->restore();
        return;
    }
    if (xMax <= xMin)
        xMax = xMin + 1;
    double yMin = m_data.yMin, yMax = m_data.yMax;
    if (yMax <= yMin) {
        yMin -= 1;
        yMax += 1;
    }
    double labelW = 0;
    for (const auto& a : m_data.yAnchors)
        labelW = std::max(labelW, fm.horizontalAdvance(a.second));
    labelW = std::min(labelW, target.width() / 3) + 8;
    if (m_data.yAnchors.empty())
        labelW = fm.horizontalAdvance(QStringLiteral("-000.0")) + 8;
    // Legend line below the title, the plot, then the x labels.
    const QRectF plot(target.left() + labelW, target.top() + 2 * lineH + 6, target.width() - labelW - 10,
        target.height() - 3 * lineH - 14);
    if (plot.width() < 20 || plot.height() < 20) {
        p->restore();
        return;
    }
    auto X = [&](double x) { return plot.left() + (x - xMin) / (xMax - xMin) * plot.width(); };
    auto Y = [&](double y) { return plot.bottom() - (y - yMin) / (yMax - yMin) * plot.height(); };

    // Grid and y labels.
    QColor grid = pal.color(QPalette::Mid);
    grid.setAlpha(90);
    p->setPen(QPen(grid, 1));
    std::vector<std::pair<double, QString>> ticks = m_data.yAnchors;
    if (ticks.empty())
        for (int k = 0; k <= 4; ++k) {
            const double v = yMin + (yMax - yMin) * k / 4;
            ticks.emplace_back(v, QString::number(v, 'g', 4));
        }
    for (const auto& [v, label] : ticks) {
        p->setPen(QPen(grid, 1));
        p->drawLine(QPointF(plot.left(), Y(v)), QPointF(plot.right(), Y(v)));
        p->setPen(pal.color(QPalette::Text));
        p->drawText(QRectF(target.left(), Y(v) - lineH / 2, labelW - 4, lineH), Qt::AlignRight | Qt::AlignVCenter,
            fm.elidedText(label, Qt::ElideRight, labelW - 4));
    }
    p->setPen(QPen(pal.color(QPalette::Mid), 1));
    p->drawRect(plot);

    // x labels: the two ends.
    auto xLabel = [&](double x) {
        return m_data.xIsTime
            ? QDateTime::fromMSecsSinceEpoch(qint64(x), Qt::UTC).toString(QStringLiteral("d MMM yyyy"))
            : tr("round %1").arg(qRound(x));
    };
    p->setPen(pal.color(QPalette::Text));
    p->drawText(QRectF(plot.left(), plot.bottom() + 2, plot.width() / 2, lineH), Qt::AlignLeft, xLabel(xMin));
    p->drawText(QRectF(plot.center().x(), plot.bottom() + 2, plot.width() / 2, lineH), Qt::AlignRight, xLabel(xMax));

    // Series: the plain ones first, the emphasised ones on top.
    for (int pass = 0; pass < 2; ++pass) {
        for (const auto& s : m_data.series) {
            if (s.emphasised != (pass == 1) || s.points.empty())
                continue;
            QPen pen(s.color, s.emphasised ? 2.5 : 1.2);
            if (s.dashed)
                pen.setStyle(Qt::DashLine);
            p->setPen(pen);
            QPainterPath path;
            path.moveTo(X(s.points.front().x()), Y(s.points.front().y()));
            for (size_t k = 1; k < s.points.size(); ++k)
                path.lineTo(X(s.points[k].x()), Y(s.points[k].y()));
            p->drawPath(path);
            if (s.points.size() == 1)
                p->drawEllipse(QPointF(X(s.points[0].x()), Y(s.points[0].y())), 2.5, 2.5);
        }
    }
    // Legend of the emphasised series.
    double lx = plot.left();
    const double ly = target.top() + lineH + 4;
    for (const auto& s : m_data.series) {
        if (!s.emphasised)
            continue;
        QPen pen(s.color, 2.5);
        if (s.dashed)
            pen.setStyle(Qt::DashLine);
        p->setPen(pen);
        p->drawLine(QPointF(lx, ly + lineH / 2), QPointF(lx + 16, ly + lineH / 2));
        p->setPen(pal.color(QPalette::Text));
        const double w = fm.horizontalAdvance(s.name);
        p->drawText(QRectF(lx + 20, ly, w + 2, lineH), Qt::AlignLeft | Qt::TextSingleLine, s.name);
        lx += 20 + w + 14;
    }
    p->restore();
}

} // namespace Entente
