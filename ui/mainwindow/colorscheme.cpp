// SPDX-License-Identifier: GPL-3.0-or-later
#include "colorscheme.h"

#include "renderstyle.h"

#include <QApplication>
#include <QSettings>
#include <QStyle>
#include <QStyleFactory>

#include <optional>

namespace Entente::ColorSchemes {

namespace {
    struct System {
        QPalette palette;
        QString style;
    };
    std::optional<System>& system()
    {
        static std::optional<System> s;
        return s;
    }
    const auto SettingsKey = QStringLiteral("appearance/colorScheme");
}

QString key(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return QStringLiteral("light");
    case ColorScheme::Dark:
        return QStringLiteral("dark");
    case ColorScheme::System:
        break;
    }
    return QStringLiteral("system");
}

ColorScheme saved(const QSettings& settings)
{
    const QString value = settings.value(SettingsKey).toString();
    if (value == key(ColorScheme::Light))
        return ColorScheme::Light;
    if (value == key(ColorScheme::Dark))
        return ColorScheme::Dark;
    return ColorScheme::System;
}

void save(QSettings& settings, ColorScheme scheme) { settings.setValue(SettingsKey, key(scheme)); }

void rememberSystem()
{
    if (!system() && qApp)
        system() = System { QApplication::palette(), QApplication::style() ? QApplication::style()->name() : QString() };
}

QPalette lightPalette()
{
    QStyle* fusion = QStyleFactory::create(QStringLiteral("Fusion"));
    QPalette p = fusion ? fusion->standardPalette() : QPalette();
    delete fusion;
    p.setColor(QPalette::PlaceholderText, QColor(0x60, 0x60, 0x60));
    return p;
}

QPalette darkPalette()
{
    // The colours of RenderStyle::dark(), so that the screen and a dark export look alike.
    const RenderStyle s = RenderStyle::dark();
    QPalette p;
    const QColor window(0x2a, 0x2e, 0x34), button(0x33, 0x38, 0x3f), disabledText(0x7d, 0x83, 0x8c);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, s.foreground);
    p.setColor(QPalette::Base, s.background);
    p.setColor(QPalette::AlternateBase, s.laneAlternate);
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, s.foreground);
    p.setColor(QPalette::PlaceholderText, s.mutedText);
    p.setColor(QPalette::Text, s.foreground);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, s.foreground);
    p.setColor(QPalette::BrightText, QColor(0xff, 0x8a, 0x80));
    p.setColor(QPalette::Light, QColor(0x4a, 0x50, 0x58));
    p.setColor(QPalette::Midlight, QColor(0x3d, 0x42, 0x4a));
    p.setColor(QPalette::Mid, s.grid);
    p.setColor(QPalette::Dark, QColor(0x16, 0x18, 0x1c));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x6f, 0xc4));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, s.highlight);
    p.setColor(QPalette::LinkVisited, QColor(0xc3, 0x9b, 0xff));
    for (auto role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        p.setColor(QPalette::Disabled, role, disabledText);
    return p;
}

bool isDark(ColorScheme scheme)
{
    switch (scheme) {
    case ColorScheme::Light:
        return false;
    case ColorScheme::Dark:
        return true;
    case ColorScheme::System:
        break;
    }
    return RenderStyle::isDarkPalette(system() ? system()->palette : QApplication::palette());
}

void apply(ColorScheme scheme)
{
    rememberSystem();
    if (scheme == ColorScheme::System) {
        if (system()) {
            if (!system()->style.isEmpty() && QApplication::style()->name() != system()->style)
                QApplication::setStyle(system()->style);
            QApplication::setPalette(system()->palette);
        }
        return;
    }
    if (QApplication::style()->name().compare(QStringLiteral("fusion"), Qt::CaseInsensitive) != 0)
        QApplication::setStyle(QStringLiteral("Fusion"));
    QApplication::setPalette(scheme == ColorScheme::Dark ? darkPalette() : lightPalette());
}

} // namespace Entente::ColorSchemes
