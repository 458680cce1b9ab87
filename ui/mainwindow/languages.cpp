// SPDX-License-Identifier: GPL-3.0-or-later
#include "languages.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QRegularExpression>
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

    // English is the source language and has no .qm file, but its counted messages are written with the plural
    // marked ("%n event(s)", "%n party(ies)", "%n match(es)"). This translator answers only those calls (a count
    // given) and resolves the marks by the count, so the English interface says "1 event" and "3 events".
    class EnglishPlurals : public QTranslator {
    public:
        [[nodiscard]] bool isEmpty() const override { return false; }
        [[nodiscard]] QString translate(const char*, const char* sourceText, const char*, int n) const override
        {
            if (n < 0 || !sourceText)
                return {};
            const QString source = QString::fromUtf8(sourceText);
            if (!source.contains(u'('))
                return {};
            static const QRegularExpression marks(QStringLiteral("y\\(ies\\)|\\((es|s)\\)"));
            const bool one = n == 1;
            QString out;
            qsizetype from = 0;
            for (auto it = marks.globalMatch(source); it.hasNext();) {
                const auto m = it.next();
                out += QStringView(source).sliced(from, m.capturedStart() - from);
                if (m.captured(0).startsWith(u'y'))
                    out += one ? QStringLiteral("y") : QStringLiteral("ies");
                else if (!one)
                    out += m.captured(1);
                from = m.capturedEnd();
            }
            if (from == 0)
                return {};
            return out + QStringView(source).sliced(from);
        }
    };
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
    // English, or no language at all (the C locale of a system without LANG): the source text, plurals resolved.
    if (locale.language() == QLocale::English || locale.language() == QLocale::C) {
        auto plurals = std::make_unique<EnglishPlurals>();
        QCoreApplication::installTranslator(plurals.get());
        installed().push_back(std::move(plurals));
        return true;
    }

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
