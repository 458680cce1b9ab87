// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every paint routine needs besides the data: colours, fonts and scale. One value serves the screen
// (built from the widget's palette), PNG/SVG/PDF export and print (light or print theme). Paint routines
// take `paint(QPainter*, const QRectF& target, const RenderStyle&)` and read no widget state.

#include <QColor>
#include <QFont>
#include <QPalette>

namespace Entente {

struct RenderStyle {
    enum class Theme { Screen, Light, Print };
    Theme theme = Theme::Light;
    QColor background = Qt::white;
    QColor foreground = QColor(0x20, 0x20, 0x20);
    QColor mutedText = QColor(0x60, 0x60, 0x60);
    QColor grid = QColor(0xd0, 0xd0, 0xd0);
    QColor laneAlternate = QColor(0xf4, 0xf6, 0xf8);
    QColor highlight = QColor(0x1e, 0x6f, 0xd9);
    QColor highlightedText = Qt::white;
    QFont font;
    qreal scale = 1.0; // device-independent pixels per logical pixel (export at 2x sets 2)

    static RenderStyle fromPalette(const QPalette& palette, const QFont& font)
    {
        RenderStyle s;
        s.theme = Theme::Screen;
        s.background = palette.color(QPalette::Base);
        s.foreground = palette.color(QPalette::Text);
        s.mutedText = palette.color(QPalette::PlaceholderText);
        s.grid = palette.color(QPalette::Mid);
        s.laneAlternate = palette.color(QPalette::AlternateBase);
        s.highlight = palette.color(QPalette::Highlight);
        s.highlightedText = palette.color(QPalette::HighlightedText);
        s.font = font;
        return s;
    }
    static RenderStyle light(const QFont& font = QFont())
    {
        RenderStyle s;
        s.font = font;
        return s;
    }
    static RenderStyle print(const QFont& font = QFont())
    {
        RenderStyle s = light(font);
        s.theme = Theme::Print;
        s.laneAlternate = QColor(0xf7, 0xf7, 0xf7);
        s.grid = QColor(0xb0, 0xb0, 0xb0);
        s.foreground = Qt::black;
        return s;
    }
};

} // namespace Entente
