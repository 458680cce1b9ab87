// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every paint routine needs besides the data: colours, fonts and scale. One value serves the screen
// (built from the widget's palette, light or dark), PNG/SVG/PDF export and print (light, dark or print theme).
// Paint routines take `paint(QPainter*, const QRectF& target, const RenderStyle&)` and read no widget state.
//
// Data colours (stances, statuses, parties) come from the dossier and are chosen for a light background;
// dataFill() adapts one to the theme: on a dark background it is lifted until it stands out from the
// background (WCAG non-text contrast 3:1); in the print theme a ranked colour (a stance level) keeps its hue
// but takes a lightness from its rank, so that the levels stay apart when printed in greyscale. Text on any
// fill uses readableTextOn(), which meets WCAG AA (4.5:1) on every colour.

#include <QColor>
#include <QFont>
#include <QPalette>

namespace Entente {

// WCAG 2 relative luminance (0 black … 1 white) and contrast ratio (1 … 21).
[[nodiscard]] qreal relativeLuminance(const QColor& c);
[[nodiscard]] qreal contrastRatio(const QColor& a, const QColor& b);
// Black or white, whichever contrasts more with `fill` (always ≥ 4.58:1).
[[nodiscard]] QColor readableTextOn(const QColor& fill);

struct RenderStyle {
    enum class Theme { Screen, Light, Print, Dark };
    Theme theme = Theme::Light;
    bool darkBackground = false; // light text on a dark background (the dark theme, or a dark screen palette)
    QColor background = Qt::white;
    QColor foreground = QColor(0x20, 0x20, 0x20);
    QColor mutedText = QColor(0x60, 0x60, 0x60);
    QColor grid = QColor(0xd0, 0xd0, 0xd0);
    QColor laneAlternate = QColor(0xf4, 0xf6, 0xf8);
    QColor highlight = QColor(0x1e, 0x6f, 0xd9);
    QColor highlightedText = Qt::white;
    QColor unknownFill = QColor(0xd5, 0xd8, 0xdc); // a cell with no known stance, in dark and print themes
    QFont font;
    qreal scale = 1.0; // device-independent pixels per logical pixel (export at 2x sets 2)

    // A dossier colour adapted to this theme. `rank` in [0, 1] places a level on its scale (stance levels
    // from opposing to supporting); a negative rank means "not ranked". `unknown` marks the scale's Unknown
    // level, drawn as a neutral fill in dark and print themes.
    [[nodiscard]] QColor dataFill(const QColor& color, qreal rank = -1, bool unknown = false) const;

    [[nodiscard]] static bool isDarkPalette(const QPalette& palette);
    static RenderStyle fromPalette(const QPalette& palette, const QFont& font);
    static RenderStyle light(const QFont& font = QFont());
    static RenderStyle dark(const QFont& font = QFont());
    static RenderStyle print(const QFont& font = QFont());
    static RenderStyle forTheme(Theme theme, const QFont& font = QFont());
};

} // namespace Entente
