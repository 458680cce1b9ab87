// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportoptions.h"

#include <QCoreApplication>
#include <QPageSize>

namespace Entente {

namespace {
constexpr ExportOptions::SizePreset AllPresets[] = { ExportOptions::SizePreset::AsOnScreen,
    ExportOptions::SizePreset::FullHd, ExportOptions::SizePreset::UltraHd, ExportOptions::SizePreset::A4Portrait,
    ExportOptions::SizePreset::A4Landscape, ExportOptions::SizePreset::LetterPortrait,
    ExportOptions::SizePreset::LetterLandscape, ExportOptions::SizePreset::Custom };
}

QString ExportOptions::presetKey(SizePreset p)
{
    switch (p) {
    case SizePreset::AsOnScreen:
        return u"screen"_qs;
    case SizePreset::FullHd:
        return u"1920x1080"_qs;
    case SizePreset::UltraHd:
        return u"3840x2160"_qs;
    case SizePreset::A4Portrait:
        return u"a4-portrait"_qs;
    case SizePreset::A4Landscape:
        return u"a4-landscape"_qs;
    case SizePreset::LetterPortrait:
        return u"letter-portrait"_qs;
    case SizePreset::LetterLandscape:
        return u"letter-landscape"_qs;
    case SizePreset::Custom:
        return u"custom"_qs;
    }
    return {};
}

std::optional<ExportOptions::SizePreset> ExportOptions::presetFromKey(const QString& key)
{
    for (const auto p : AllPresets)
        if (presetKey(p) == key)
            return p;
    return std::nullopt;
}

QString ExportOptions::presetLabel(SizePreset p)
{
    const char* labels[] = { QT_TRANSLATE_NOOP("Entente::ExportOptions", "As on screen"),
        QT_TRANSLATE_NOOP("Entente::ExportOptions", "1920 × 1080 (Full HD)"),
        QT_TRANSLATE_NOOP("Entente::ExportOptions", "3840 × 2160 (4K)"),
        QT_TRANSLATE_NOOP("Entente::ExportOptions", "A4 portrait"),
        QT_TRANSLATE_NOOP("Entente::ExportOptions", "A4 landscape"),
        QT_TRANSLATE_NOOP("Entente::ExportOptions", "Letter portrait"),
        QT_TRANSLATE_NOOP("Entente::ExportOptions", "Letter landscape"),
        QT_TRANSLATE_NOOP("Entente::ExportOptions", "Custom") };
    return QCoreApplication::translate("Entente::ExportOptions", labels[int(p)]);
}

bool ExportOptions::isPaper() const
{
    return preset == SizePreset::A4Portrait || preset == SizePreset::A4Landscape || preset == SizePreset::LetterPortrait
        || preset == SizePreset::LetterLandscape;
}

QPageSize ExportOptions::pageSize() const
{
    const bool letter = preset == SizePreset::LetterPortrait || preset == SizePreset::LetterLandscape;
    return QPageSize(letter ? QPageSize::Letter : QPageSize::A4);
}

RenderStyle ExportOptions::style() const
{
    return RenderStyle::forTheme(theme, font);
}

} // namespace Entente
