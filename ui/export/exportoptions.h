// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What an export looks like, independent of the format. Sizes: a pixel preset (1920×1080, 3840×2160,
// custom) is the size of the PNG in pixels and the view is laid out at pixels / scale logical pixels, so a
// 4K export at scale 2 looks like a 1920×1080 screen at 2x. Paper presets and "as on screen" give the logical
// size (paper at 96 logical pixels per inch) and a PNG gets logical × scale pixels. SVG and PDF use the
// logical size (PDF: the paper itself for paper presets).

#include "renderstyle.h"
#include "types.h"

#include <QList>
#include <QSize>
#include <QString>

#include <optional>

class QPageSize;

namespace Entente {

struct ExportOptions {
    enum class SizePreset { AsOnScreen, FullHd, UltraHd, A4Portrait, A4Landscape, LetterPortrait, LetterLandscape, Custom };

    SizePreset preset = SizePreset::AsOnScreen;
    QSizeF screenSize; // logical size of the view on screen (AsOnScreen); the view's natural size if empty
    QSize customSize; // pixels (Custom)
    qreal scale = 1.0; // device pixels per logical pixel, 0.25 … 8
    RenderStyle::Theme theme = RenderStyle::Theme::Light;
    QFont font; // base font of the page (header, footer and the view)

    QString title; // plain text; empty = none
    QString subtitle;
    bool asOfStamp = false;
    std::optional<qint64> asOf; // the date the stamp and the source line show
    bool legend = false; // stance colour legend in the footer
    QList<ScaleLevel> legendLevels;
    bool sourceLine = false; // "Source: <dossier>, as of <date>"
    QString dossierName;

    [[nodiscard]] static QString presetKey(SizePreset p); // "screen", "1920x1080", "a4-portrait", …
    [[nodiscard]] static std::optional<SizePreset> presetFromKey(const QString& key);
    [[nodiscard]] static QString presetLabel(SizePreset p); // translated
    [[nodiscard]] bool isPaper() const;
    [[nodiscard]] QPageSize pageSize() const; // for paper presets; A4 otherwise
    [[nodiscard]] RenderStyle style() const;
};

} // namespace Entente
