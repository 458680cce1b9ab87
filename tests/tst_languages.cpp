// SPDX-License-Identifier: GPL-3.0-or-later
// Switching the language as an analyst would see it: the menus, the matrix headers' status chips, the
// accessible cell text, an exported picture and the command line's errors speak German or Ukrainian; Qt's own
// strings (dialog buttons) follow; dates and month names follow the same locale; the Settings choice is
// remembered and an unknown language falls back to English.
#include "document.h"
#include "dossierio.h"
#include "erasmodel.h"
#include "export/headlessexport.h"
#include "languages.h"
#include "mainwindow.h"
#include "positionmatrixmodel.h"
#include "reliability.h"
#include "safefilewriter.h"
#include "viewfactory.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

QStringList menuTitles(const MainWindow& w)
{
    QStringList titles;
    for (QAction* a : w.menuBar()->actions())
        titles << a->text();
    return titles;
}
}

class tst_Languages : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;

private slots:
    void initTestCase()
    {
        m_file = m_dir.filePath(u"berlin.entente"_s);
        const auto sample = DossierIO::readDossier(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"));
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        const Status created = Document::createDossier(m_file, sample.value());
        QVERIFY2(created.ok(), qPrintable(created.message()));
    }
    void cleanup() { Languages::install(QLocale::c()); }

    void menusAndStatusChips_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QStringList>("menus");
        QTest::addColumn<QString>("contested");
        QTest::addColumn<QString>("cellStart");
        QTest::newRow("German") << u"de"_s << QStringList { u"&Datei"_s, u"&Bearbeiten"_s, u"&Ansicht"_s, u"&Hilfe"_s }
                                << u"Annäherung"_s << u"Russia zu"_s;
        QTest::newRow("Ukrainian") << u"uk"_s << QStringList { u"&Файл"_s, u"&Редагування"_s, u"&Вигляд"_s, u"&Довідка"_s }
                                   << u"Зближення"_s << u"Russia щодо"_s;
        QTest::newRow("English") << u"en"_s << QStringList { u"&File"_s, u"&Edit"_s, u"&View"_s, u"&Help"_s }
                                 << u"Converging"_s << u"Russia on"_s;
    }
    void menusAndStatusChips()
    {
        QFETCH(QString, language);
        QFETCH(QStringList, menus);
        QFETCH(QString, contested);
        QFETCH(QString, cellStart);
        QVERIFY(Languages::install(QLocale(language)));
        QSettings settings(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        MainWindow w(&settings);
        QVERIFY(w.openFile(m_file, true));
        const QStringList titles = menuTitles(w);
        for (const QString& m : menus)
            QVERIFY2(titles.contains(m), qPrintable(titles.join(u" | "_s)));

        // The status chips: the sample's NATO issue is converging in mid-December 2025.
        w.document()->setAsOf(at("2025-12-16"));
        auto* model = w.findChild<PositionMatrixModel*>();
        QVERIFY(model);
        const int nato = int(w.document()->dossier().issueIndex(u"nato"_s));
        const QString chip = model->headerData(nato, Qt::Horizontal, PositionMatrixModel::StatusRole).toString();
        QCOMPARE(chip, contested);
        // Accessible cell text in the same language (party names are the dossier's, as written).
        const int ru = int(w.document()->dossier().partyIndex(u"ru"_s));
        const QString cell = model->index(ru, nato).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(cell.startsWith(cellStart.section(u' ', 0, 0)) && cell.contains(cellStart.section(u' ', 1)),
            qPrintable(cell));
    }

    void qtsOwnStringsAndDatesFollow()
    {
        QVERIFY(Languages::install(QLocale(u"de"_s)));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        // One locale for dates and month names: a day-precision date shows the German month.
        const QString date = PartialDate::parse(u"2025-12-15"_s)->display();
        QVERIFY2(date.startsWith(u"15"_s) && date.contains(u"Dez"_s) && date.endsWith(u"2025"_s), qPrintable(date));
        QCOMPARE(QLocale().toString(1234.5, 'f', 1), u"1.234,5"_s);
        QVERIFY(Languages::install(QLocale(u"uk"_s)));
        QVERIFY2(PartialDate::parse(u"2025-03"_s)->display().contains(u"2025"_s), "month precision");
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Скасувати"_s);
    }

    void exportFollowsTheLanguage()
    {
        const auto sample = DossierIO::readDossier(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"));
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        const Dossier& d = sample.value();
        QVERIFY(Languages::install(QLocale(u"de"_s)));
        HeadlessExportRequest r;
        r.view = u"matrix"_s;
        r.asOf = at("2025-12-16");
        r.size = QSize(1400, 800);
        r.legend = true;
        r.outPath = m_dir.filePath(u"matrix-de.svg"_s);
        QVERIFY2(runHeadlessExport(d, r, headlessViewFactory()).isEmpty(), "export failed");
        QFile f(r.outPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString svg = QString::fromUtf8(f.readAll());
        QVERIFY2(svg.contains(u"Annäherung"_s), "no German status chip in the export");
        QVERIFY2(svg.contains(u"Lehnt ab"_s), "no German stance in the export");
        QVERIFY(!svg.contains(u"Converging"_s));
        // An error from the export speaks German too.
        r.theme = u"sepia"_s;
        QCOMPARE(validateHeadlessExport(d, r), u"unbekanntes Farbschema „sepia“ (erwartet light, dark oder print)"_s);
    }

    // Strings of files whose tr() context lupdate once filed elsewhere (issue 16), and the newest ones (eras,
    // the activity chart): translated in both languages.
    void messagesOfEveryContextAreTranslated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("reliability");
        QTest::addColumn<QString>("era");
        QTest::addColumn<QString>("menu");
        QTest::addColumn<QString>("dossier");
        QTest::addColumn<QString>("folder");
        QTest::newRow("German") << u"de"_s << u"3 von 4 erklärten Positionen stützen sich auf eine Quelle, alle bewertet mit D3."_s
                                << u"Eine Phase braucht einen Namen."_s << u"&Phasen …"_s << u"unbekannte Partei „xx“"_s
                                << u"es ist ein Ordner"_s;
        QTest::newRow("Ukrainian") << u"uk"_s << u"3 з 4 заявлених позицій спираються на одне джерело, усі з оцінкою D3."_s
                                   << u"Етап повинен мати назву."_s << u"&Етапи…"_s << u"невідома сторона «xx»"_s
                                   << u"це тека"_s;
    }
    void messagesOfEveryContextAreTranslated()
    {
        QFETCH(QString, language);
        QFETCH(QString, reliability);
        QFETCH(QString, era);
        QFETCH(QString, menu);
        QFETCH(QString, dossier);
        QFETCH(QString, folder);
        QVERIFY(Languages::install(QLocale(language)));
        // The domain layer's refusals (Dossier) and the file writer's reasons reach the status bar translated.
        Dossier empty;
        const auto unknown = empty.removeParty(u"xx"_s);
        QCOMPARE(unknown.error().kind(), Error::Kind::NotFound);
        QCOMPARE(unknown.message(), dossier);
        const auto written = SafeFileWriter::writeFile(m_dir.path(), "x");
        QVERIFY(!written.ok());
        QVERIFY2(written.message().endsWith(folder), qPrintable(written.message()));
        ReliabilitySummary summary;
        summary.statedPositions = 4;
        summary.singleSource = 3;
        summary.singleSourceGrades = { { u"D3"_s, 3 } };
        QCOMPARE(summary.text(), reliability);
        const auto refused = ErasModel::eraFrom(u"e"_s, QString(), u"2025"_s, u"2026"_s, QString());
        QVERIFY(!refused.ok());
        QCOMPARE(refused.message(), era);
        QSettings settings(m_dir.filePath(u"s.ini"_s), QSettings::IniFormat);
        MainWindow w(&settings);
        auto* eras = w.findChild<QAction*>(u"actionEras"_s);
        QVERIFY(eras);
        QCOMPARE(eras->text(), menu);
    }

    // English has no .qm, but its counted messages mark their plurals: the English translator resolves them.
    void englishPluralsFollowTheCount()
    {
        QVERIFY(Languages::install(QLocale(QLocale::English, QLocale::UnitedKingdom)));
        auto tr = [](const char* text, int n) { return QCoreApplication::translate("Entente::MainWindow", text, nullptr, n); };
        QCOMPARE(tr("Imported %n event(s)", 1), u"Imported 1 event"_s);
        QCOMPARE(tr("Imported %n event(s)", 3), u"Imported 3 events"_s);
        QCOMPARE(tr("Imported %n event(s)", 0), u"Imported 0 events"_s);
        QCOMPARE(tr("%n party(ies) with a known position.", 1), u"1 party with a known position."_s);
        QCOMPARE(tr("%n party(ies) with a known position.", 2), u"2 parties with a known position."_s);
        QCOMPARE(tr("%n match(es)", 1), u"1 match"_s);
        QCOMPARE(tr("%n match(es)", 12), u"12 matches"_s);
        QCOMPARE(tr("%1: %n event(s)", 2), u"%1: 2 events"_s);
        // Without a count, or without a mark, the text is left alone.
        QCOMPARE(QCoreApplication::translate("Entente::MainWindow", "Export (s)"), u"Export (s)"_s);
        QCOMPARE(tr("%n of the events were changed", 2), u"2 of the events were changed"_s);
        // The C locale (a system without LANG) shows the English source text, plurals resolved too.
        QVERIFY(Languages::install(QLocale::c()));
        QCOMPARE(tr("Imported %n event(s)", 1), u"Imported 1 event"_s);
        // German plurals still come from the German file once German is chosen.
        QVERIFY(Languages::install(QLocale(u"de"_s)));
        QVERIFY(!tr("Imported %n event(s)", 3).contains(u"(s)"));
    }

    void commandLineErrorsFollowTheSystemLocale_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QString>("expected");
        QTest::newRow("de") << u"de_DE.UTF-8"_s << u"entente: export: unbekanntes Farbschema „sepia“"_s;
        QTest::newRow("uk") << u"uk_UA.UTF-8"_s << u"entente: export: невідома тема «sepia»"_s;
        QTest::newRow("C") << u"C.UTF-8"_s << u"entente: export: unknown theme \"sepia\""_s;
    }
    void commandLineErrorsFollowTheSystemLocale()
    {
        QFETCH(QString, lang);
        QFETCH(QString, expected);
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"LC_ALL"_s, lang);
        env.insert(u"LANG"_s, lang);
        env.insert(u"HOME"_s, m_dir.path()); // no user settings overriding the language
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.filePath(u"config"_s));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(ENTENTE_BINARY_DIR "/app/entente"),
            { u"export"_s, m_file, u"--view"_s, u"matrix"_s, u"--theme"_s, u"sepia"_s, u"--out"_s,
                m_dir.filePath(u"x.png"_s) });
        QVERIFY(p.waitForFinished(60000));
        QVERIFY(p.exitCode() != 0);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.startsWith(expected), qPrintable(err));
    }

    void choiceIsRemembered()
    {
        QSettings settings(m_dir.filePath(u"lang.ini"_s), QSettings::IniFormat);
        QCOMPARE(Languages::saved(settings), QString());
        QCOMPARE(Languages::localeFor(QString()), QLocale::system());
        Languages::save(settings, u"uk"_s);
        QCOMPARE(Languages::saved(settings), u"uk"_s);
        QCOMPARE(Languages::localeFor(u"uk"_s).language(), QLocale::Ukrainian);
        // A language without a translation installs no Entente translator: English text.
        QVERIFY(!Languages::install(QLocale(u"fr"_s)));
        QCOMPARE(QCoreApplication::translate("Scale", "Contested"), u"Contested"_s);
    }
};

QTEST_MAIN(tst_Languages)
#include "tst_languages.moc"
