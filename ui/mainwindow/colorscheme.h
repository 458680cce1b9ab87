// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The application's colour scheme: follow the system, or force light or dark. Qt 6.4 has no
// QStyleHints::colorScheme, so "the system's scheme" is the palette the platform theme gave the application at
// start (a dark palette means a dark scheme); it is remembered once and restored when the analyst goes back to
// "System". A forced scheme installs the Fusion style with a light or dark palette, so that every widget and
// every painted view (they build their RenderStyle from the palette) follows.

#include <QPalette>
#include <QString>

class QSettings;

namespace Entente {

enum class ColorScheme { System, Light, Dark };

namespace ColorSchemes {
    // Reads and writes "appearance/colorScheme" (system, light, dark); an unknown value reads as System.
    [[nodiscard]] ColorScheme saved(const QSettings& settings);
    void save(QSettings& settings, ColorScheme scheme);
    [[nodiscard]] QString key(ColorScheme scheme);

    // Call once after the QApplication exists, before any override: remembers the system palette and style.
    void rememberSystem();
    // Installs the scheme on the application (palette and, when forced, the Fusion style).
    void apply(ColorScheme scheme);
    // Whether the scheme in force is dark (for System: whether the system's palette is).
    [[nodiscard]] bool isDark(ColorScheme scheme);

    [[nodiscard]] QPalette lightPalette();
    [[nodiscard]] QPalette darkPalette();
}

} // namespace Entente
