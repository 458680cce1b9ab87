// SPDX-License-Identifier: GPL-3.0-or-later
#include "renderstyle.h"

#include <cmath>

namespace Entente {

qreal relativeLuminance(const QColor& c)
{
    auto lin = [](qreal v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    const QColor rgb = c.toRgb();
    return 0.2126 * lin(rgb.redF()) + 0.7152 * lin(rgb.greenF()) + 0.0722 * lin(rgb.blueF());
}

qreal contrastRatio(const QColor& a, const QColor& b)
{
    const qreal la = relativeLuminance(a), lb = relativeLuminance(b);
    return (qMax(la, lb) + 0.05) / (qMin(la, lb) + 0.05);
}

QColor readableTextOn(const QColor& fill)
{
    const qreal l = relativeLuminance(fill);
    return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? QColor(Qt::black) : QColor(Qt::white);
}

namespace {
    // The grey a greyscale conversion gives `c` (QImage's Grayscale8 conversion, like a colour-managed printer:
    // the relative luminance, encoded back to sRGB). qGray()'s integer weights differ by up to 16 levels on
    // yellows, enough to merge two print levels.
    qreal greyOf(const QColor& c)
    {
        const qreal y = relativeLuminance(c);
        const qreal v = y <= 0.0031308 ? 12.92 * y : 1.055 * std::pow(y, 1 / 2.4) - 0.055;
        return 255 * v;
    }

    // The colour of `hue` and `saturation` whose grey (greyOf) is closest to `grey`: a bisection on HSL
    // lightness, on which the luminance is monotone.
    QColor withGrey(const QColor& color, int grey)
    {
        const QColor hsl = color.toHsl();
        qreal lo = 0, hi = 1;
        for (int i = 0; i < 24; ++i) {
            const qreal mid = (lo + hi) / 2;
            if (greyOf(QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), mid)) < grey)
                lo = mid;
            else
                hi = mid;
        }
        return QColor::fromHslF(hsl.hslHueF(), hsl.hslSaturationF(), (lo + hi) / 2).toRgb();
    }
}

QColor RenderStyle::dataFill(const QColor& color, qreal rank, bool unknown) const
{
    if (!color.isValid())
        return laneAlternate;
    if (theme == Theme::Print) {
        if (unknown)
            return unknownFill;
        if (rank < 0)
            return color;
        // Paper: no fill dark enough to need white text. Ranked levels keep their hue and spread over grey
        // 120…228, the Unknown fill is white: neighbours on a five-level scale differ by 25 or more grey levels,
        // and black text stays above 4.5:1 on the darkest.
        return withGrey(color, 120 + int(std::lround(qBound(0.0, rank, 1.0) * 108)));
    }
    if (!darkBackground)
        return color;
    if (unknown)
        return unknownFill;
    // Lift a colour that would sink into the dark background, keeping its hue.
    QColor c = color.toHsl();
    for (int i = 0; i < 40 && contrastRatio(c, background) < 3.0; ++i)
        c = QColor::fromHslF(c.hslHueF(), c.hslSaturationF(), qMin(1.0, c.lightnessF() + 0.025));
    return c.toRgb();
}

bool RenderStyle::isDarkPalette(const QPalette& palette)
{
    // Qt 6.4 has no QStyleHints::colorScheme: a dark scheme is one whose base is darker than its text.
    return relativeLuminance(palette.color(QPalette::Base)) < relativeLuminance(palette.color(QPalette::Text));
}

RenderStyle RenderStyle::fromPalette(const QPalette& palette, const QFont& font)
{
    RenderStyle s = isDarkPalette(palette) ? dark(font) : light(font);
    s.theme = Theme::Screen;
    s.background = palette.color(QPalette::Base);
    s.foreground = palette.color(QPalette::Text);
    s.mutedText = palette.color(QPalette::PlaceholderText);
    s.grid = palette.color(QPalette::Mid);
    s.laneAlternate = palette.color(QPalette::AlternateBase);
    s.highlight = palette.color(QPalette::Highlight);
    s.highlightedText = palette.color(QPalette::HighlightedText);
    return s;
}

RenderStyle RenderStyle::light(const QFont& font)
{
    RenderStyle s;
    s.font = font;
    return s;
}

RenderStyle RenderStyle::dark(const QFont& font)
{
    RenderStyle s;
    s.theme = Theme::Dark;
    s.darkBackground = true;
    s.background = QColor(0x1e, 0x21, 0x26);
    s.foreground = QColor(0xe8, 0xea, 0xed);
    s.mutedText = QColor(0xa9, 0xaf, 0xb8);
    s.grid = QColor(0x4a, 0x50, 0x58);
    s.laneAlternate = QColor(0x27, 0x2b, 0x31);
    s.highlight = QColor(0x5c, 0xa4, 0xff);
    s.highlightedText = Qt::black;
    s.unknownFill = QColor(0x4a, 0x50, 0x58);
    s.font = font;
    return s;
}

RenderStyle RenderStyle::print(const QFont& font)
{
    RenderStyle s = light(font);
    s.theme = Theme::Print;
    s.laneAlternate = QColor(0xf7, 0xf7, 0xf7);
    s.grid = QColor(0xb0, 0xb0, 0xb0);
    s.foreground = Qt::black;
    s.unknownFill = QColor(0xff, 0xff, 0xff);
    return s;
}

RenderStyle RenderStyle::forTheme(Theme theme, const QFont& font)
{
    switch (theme) {
    case Theme::Print:
        return print(font);
    case Theme::Dark:
        return dark(font);
    case Theme::Screen:
    case Theme::Light:
        break;
    }
    return light(font);
}

} // namespace Entente
