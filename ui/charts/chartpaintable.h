// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A chart as a Paintable, so every exporter and the printer take charts like any other view. It owns a
// private QGraphicsScene holding the QChart; paint() rebuilds the chart when the target's width changes
// (decimation depends on it), resizes it to the target, lets the layout run, and renders the scene with
// explicit source and target rectangles — QWidget::render would crop at 2x. The dossier must outlive it.

#include "chartbuilder.h"
#include "paintable.h"

#include <memory>

class QChart;
class QGraphicsScene;

namespace Entente {

class ChartPaintable : public Paintable {
public:
    ChartPaintable(const Dossier& dossier, ChartSpec spec);
    ~ChartPaintable() override;

    void paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const override;
    [[nodiscard]] QSizeF naturalSize() const override { return { 1200, 700 }; }
    [[nodiscard]] QString title() const override;

    [[nodiscard]] const ChartSpec& spec() const { return m_spec; }
    void setSpec(ChartSpec spec);
    [[nodiscard]] QString error() const { return m_error; } // why the last build failed, or empty
    // The chart laid out for `size` (device pixels `pixelColumns` wide); for tests and the widget.
    [[nodiscard]] QChart* chartFor(const QSizeF& size, const RenderStyle& style, int pixelColumns) const;

private:
    const Dossier& m_dossier;
    ChartSpec m_spec;
    mutable std::unique_ptr<QGraphicsScene> m_scene;
    mutable QChart* m_chart = nullptr; // owned by m_scene
    mutable int m_builtColumns = -1;
    mutable QString m_error;
};

} // namespace Entente
