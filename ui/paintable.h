// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A view's one drawing routine, with no widget state: the same object paints the screen, PNG, SVG, PDF and
// the printer. Views (matrix, timeline, charts) expose one; exporters take any.

#include "renderstyle.h"
#include "types.h"

#include <QList>

#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace Entente {

class Paintable {
public:
    virtual ~Paintable() = default;
    virtual void paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const = 0;
    [[nodiscard]] virtual QSizeF naturalSize() const { return { 1200, 700 }; }
    [[nodiscard]] virtual QString title() const = 0; // plain text, e.g. "Position matrix"
    // What the colours mean as drawn now (label and colour per entry); empty when the view draws its own
    // legend or uses no colour code. Exports put it in the footer.
    [[nodiscard]] virtual QList<ScaleLevel> legend() const { return {}; }
};

} // namespace Entente
