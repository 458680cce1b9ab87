// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The language of the user interface, of exports and of the command line's messages: the system's (the
// locale of LANG / LC_ALL / LC_MESSAGES) unless Settings names one ("appearance/language": de, uk, en, …;
// empty = system). One locale serves everything: install() makes it QLocale's default, so dates, numbers and
// month names follow the same language as the translated text. It loads Entente's translation (compiled into
// the executable under :/i18n) and Qt's own (dialog buttons), and sets the layout direction from the locale.

#include <QLocale>
#include <QString>
#include <QStringList>

class QSettings;

namespace Entente::Languages {

[[nodiscard]] QString saved(const QSettings& settings); // "" = the system's
void save(QSettings& settings, const QString& language);
// The translations shipped with the application ("de", "uk"), English being the source language.
[[nodiscard]] QStringList available();
// The locale for a saved choice: the system's for "".
[[nodiscard]] QLocale localeFor(const QString& language);
// Installs the translators (replacing earlier ones) and the default locale. Returns whether Entente's own
// translation for the language was found (English always counts as found).
bool install(const QLocale& locale);

} // namespace Entente::Languages
