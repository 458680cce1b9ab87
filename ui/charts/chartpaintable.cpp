// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpaintable.h"

#include <QChart>
#include <QCoreApplication>
#include <QGraphicsLayout>
#include <QGraphicsScene>
#include <QPainter>

namespace Entente {

ChartPaintable::ChartPaintable(const Dossier& dossier, ChartSpec spec)
    : m_dossier(dossier)
    , m_spec(std::move(spec))
{
}

ChartPaintable::~ChartPaintable() = default;

QString ChartPaintable::title() const { return Charts::plainTitle(m_dossier, m_spec); }

void ChartPaintable::setSpec(ChartSpec spec)
{
    m_spec = std::move(spec);
    m_builtColumns = -1;
}

QChart* ChartPaintable::chartFor(const QSizeF& size, const RenderStyle& style, int pixelColumns) const
{
    if (!m_scene)
        m_scene = std::make_unique<QGraphicsScene>();
    if (!m_chart || m_builtColumns != pixelColumns) {
        delete m_chart;
        m_chart = nullptr;
        ChartSpec spec = m_spec;
        spec.pixelColumns = std::max(16, pixelColumns);
        auto built = Charts::build(m_dossier, spec);
        m_error = built.message();
        if (!built.ok())
            return nullptr;
        m_chart = std::move(built).value().release(); // the scene owns it from here
        m_scene->addItem(m_chart);
        m_builtColumns = pixelColumns;
    }
    Charts::applyStyle(m_chart, style);
    m_chart->setBackgroundVisible(false); // paint() fills the whole target once
    m_chart->setMargins(QMargins(8, 8, 8, 8));
    m_chart->setPos(0, 0);
    m_chart->resize(size);
    // Let QtCharts lay out now rather than on the next event-loop turn.
    if (m_chart->layout()) {
        m_chart->layout()->setContentsMargins(0, 0, 0, 0);
        m_chart->layout()->activate();
    }
    QCoreApplication::sendPostedEvents(m_chart);
    m_scene->setSceneRect(QRectF(QPointF(0, 0), size));
    return m_chart;
}

void ChartPaintable::paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const
{
    const qreal deviceScale = std::max<qreal>(1.0, painter->transform().m11());
    QChart* chart = chartFor(target.size(), style, int(target.width() * deviceScale));
    if (!chart) {
        painter->save();
        painter->setPen(style.foreground);
        painter->drawText(target, Qt::AlignCenter, m_error);
        painter->restore();
        return;
    }
    painter->save();
    painter->fillRect(target, style.background); // QChart insets its own background
    // Every chart here is drawn from axis-aligned steps, bars and bands: antialiasing would only blur them and
    // costs most of a 4K frame. Text keeps its own antialiasing.
    painter->setRenderHint(QPainter::Antialiasing, false);
    painter->setRenderHint(QPainter::TextAntialiasing, true);
    m_scene->render(painter, target, QRectF(QPointF(0, 0), target.size()), Qt::IgnoreAspectRatio);
    painter->restore();
}

} // namespace Entente
