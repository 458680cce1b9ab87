// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Entente::Languages {

namespace {
    const auto SettingsKey = QStringLiteral("appearance/language");

    std::vector<std::unique_ptr<QTranslator>>& installed()
    {
        static std::vector<std::unique_ptr<QTranslator>> translators;
        return translators;
    }
}

QString saved(const QSettings& settings) { return settings.value(SettingsKey).toString(); }

void save(QSettings& settings, const QString& language) { settings.setValue(SettingsKey, language); }

QStringList available() { return { QStringLiteral("de"), QStringLiteral("uk") }; }

QLocale localeFor(const QString& language) { return language.isEmpty() ? QLocale::system() : QLocale(language); }

bool install(const QLocale& locale)
{
    for (auto& t : installed())
        QCoreApplication::removeTranslator(t.get());
    installed().clear();
    QLocale::setDefault(locale);
    if (qobject_cast<QGuiApplication*>(QCoreApplication::instance()))
        QGuiApplication::setLayoutDirection(locale.textDirection());
    if (locale.language() == QLocale::English || locale.language() == QLocale::C)
        return true;

    bool ours = false;
    auto load = [&](const QString& name, const QString& dir) {
        auto t = std::make_unique<QTranslator>();
        if (!t->load(locale, name, QStringLiteral("_"), dir))
            return false;
        QCoreApplication::installTranslator(t.get());
        installed().push_back(std::move(t));
        return true;
    };
    // Qt's own strings (standard buttons, file dialogs) from the system's Qt translations.
    load(QStringLiteral("qtbase"), QLibraryInfo::path(QLibraryInfo::TranslationsPath));
    ours = load(QStringLiteral("entente"), QStringLiteral(":/i18n"));
    return ours;
}

} // namespace Entente::Languages
