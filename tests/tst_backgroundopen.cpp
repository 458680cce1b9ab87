// SPDX-License-Identifier: GPL-3.0-or-later
// Large dossiers without waiting, as the analyst sees it. Opening: the window shows the matrix at once while
// the events load in the background (progress in the status bar and over the timeline, edits refused with a
// reason), then the events table and the timeline fill and editing works; a damaged file is reported and
// closed; opening another dossier or closing the window mid-load cancels cleanly. Importing: the merged
// result is written on a worker thread with progress, all or nothing, and a refused import changes nothing.
#include "../bench/generator.h"
#include "commands.h"
#include "eventimport.h"
#include "eventimportmapping.h"
#include "document.h"
#include "eventsmodel.h"
#include "mainwindow.h"
#include "positionmatrixmodel.h"
#include "sqlitestoretest.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QImage>
#include <QLocale>
#include <QProgressBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
constexpr int Events = 60000; // above the background threshold
}

class TestBackgroundOpen : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_big;
    std::unique_ptr<QSettings> m_settings;

    QString write(const char* name, const Dossier& d)
    {
        const QString file = m_dir.filePath(QString::fromLatin1(name));
        QFile::remove(file);
        QString error;
        if (!SqliteTest::create(file, d, &error))
            qWarning("%s", qPrintable(error));
        return file;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_big = write("big.entente", Bench::generateDossier(Events, 6, 5, 2));
        QVERIFY(QFileInfo::exists(m_big));
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        m_settings->clear();
    }

    void windowIsUsableWhileEventsLoad()
    {
        MainWindow w(m_settings.get());
        w.show();
        QVERIFY(w.openFile(m_big, true));
        auto* doc = w.document();
        // Control has not returned to the event loop, so the load cannot have been applied yet.
        QVERIFY(doc->isLoadingEvents());
        const qint64 asOfAtOpen = doc->asOf();
        QCOMPARE(doc->expectedEventCount(), qint64(Events));
        QVERIFY(doc->isReadOnly());
        QVERIFY(doc->dossier().events().isEmpty());
        // The matrix is there: parties, issues and the positions in force.
        QCOMPARE(w.matrixModel()->rowCount(), 6);
        QCOMPARE(w.matrixModel()->columnCount(), 5);
        std::vector<qint32> cells;
        doc->dossier().matrixAsOf(std::numeric_limits<qint64>::max() / 2, cells);
        QVERIFY(std::any_of(cells.begin(), cells.end(), [](qint32 c) { return c >= 0; }));
        // Progress is shown in the title, the status bar and over the timeline (and no "0 events shown").
        QVERIFY2(!w.statusBar()->currentMessage().contains(u"0 event"), qPrintable(w.statusBar()->currentMessage()));
        QVERIFY2(w.windowTitle().contains(u"(loading events)"), qPrintable(w.windowTitle()));
        auto* progress = w.findChild<QProgressBar*>(u"eventLoadProgress"_qs);
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QVERIFY2(w.timelineView()->placeholderText().contains(QLocale().toString(Events)),
            qPrintable(w.timelineView()->placeholderText()));
        w.resize(1280, 800);
        w.grab().save(QDir::temp().filePath(u"entente-loading.png"_qs)); // to look at
        // Edits are refused with a reason, and nothing reaches the undo stack.
        w.editCell(0, 0);
        QVERIFY2(w.statusBar()->currentMessage().contains(u"still loading"), qPrintable(w.statusBar()->currentMessage()));
        PositionChange c;
        c.partyId = doc->dossier().parties()[0].id;
        c.issueId = doc->dossier().issues()[0].id;
        c.stance = doc->dossier().stanceScale()[0].key;
        c.effective = PartialDate::parse(u"2030-01-01").value();
        const auto refused = Command::recordPosition(doc, c);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"still loading"), qPrintable(refused.message()));
        QCOMPARE(doc->undoStack()->count(), 0);

        QSignalSpy loaded(doc, &Document::eventsReset);
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isLoadingEvents(), 30000);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(doc->dossier().events().size(), qsizetype(Events));
        QCOMPARE(w.eventsModel()->rowCount(), Events);
        // No remembered as-of date: it moves to the latest dated item, events included.
        QCOMPARE(doc->asOf(), doc->dossier().dateRange()->second);
        QVERIFY(doc->asOf() > asOfAtOpen); // the generated events run later than the histories
        QVERIFY(w.timelineView()->placeholderText().isEmpty());
        QVERIFY(!progress->isVisible());
        QVERIFY(!w.windowTitle().contains(u"loading"));
        QVERIFY2(w.statusBar()->currentMessage().contains(QLocale().toString(Events)),
            qPrintable(w.statusBar()->currentMessage()));
        // Now the same edit goes through and is undoable.
        const auto recorded = Command::recordPosition(doc, c);
        QVERIFY2(Command::applied(recorded), qPrintable(recorded.message()));
        QCOMPARE(doc->undoStack()->count(), 1);
        doc->undoStack()->undo();
    }

    void filterSetWhileLoadingAppliesToTheLoadedEvents()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_big, true));
        QVERIFY(w.document()->isLoadingEvents());
        EventFilter f;
        f.tags = { u"talks"_qs };
        w.eventsModel()->setFilter(f);
        QCOMPARE(w.eventsModel()->rowCount(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!w.document()->isLoadingEvents(), 30000);
        const auto& ev = w.document()->dossier().events();
        int expected = 0;
        for (qsizetype r = 0; r < ev.size(); ++r)
            expected += ev.refTexts(r, EventStore::RefKind::Tag).contains(u"talks"_qs) ? 1 : 0;
        QVERIFY(expected > 0);
        QCOMPARE(w.eventsModel()->rowCount(), expected);
    }

    void copyingAnImageMidLoadWaitsForTheEvents()
    {
        MainWindow w(m_settings.get());
        w.resize(1280, 800);
        w.show();
        QVERIFY(w.openFile(m_big, true));
        QVERIFY(w.document()->isLoadingEvents());
        auto* copy = w.findChild<QAction*>(u"actionCopyTimeline"_qs);
        QVERIFY(copy);
        copy->trigger(); // the picture must hold every event, so the copy waits for them
        QVERIFY(!w.document()->isLoadingEvents());
        QCOMPARE(w.document()->dossier().events().size(), qsizetype(Events));
        const QImage image = QGuiApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        // Event marks in the party colours: far more non-background pixels than an empty timeline has.
        int coloured = 0;
        for (int y = 0; y < image.height(); y += 2)
            for (int x = 0; x < image.width(); x += 2) {
                const QColor c = image.pixelColor(x, y);
                coloured += c.saturation() > 80 ? 1 : 0;
            }
        QVERIFY2(coloured > 2000, qPrintable(QString::number(coloured)));
    }

    void documentWaitsOnRequest()
    {
        Document doc;
        QString error;
        auto store = SqliteTest::open(m_big, true, &error);
        QVERIFY2(store, qPrintable(error));
        Dossier head;
        qint64 count = 0;
        QCOMPARE(store->loadHead(head, &count, nullptr).message(), QString());
        QSignalSpy progress(&doc, &Document::eventLoadProgress);
        QSignalSpy loaded(&doc, &Document::eventsReset);
        doc.openLoadingEvents(std::move(store), std::move(head), count);
        doc.waitForEvents();
        QVERIFY(!doc.isLoadingEvents());
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(doc.dossier().events().size(), qsizetype(Events));
        QVERIFY(doc.dossier().validate().isEmpty());
        // The queued notices of the finished load change nothing afterwards.
        QCoreApplication::processEvents();
        QCOMPARE(loaded.count(), 1);
        QVERIFY(progress.count() <= 1 + Events / 16384 + 1);
    }

    void damagedEventsAreReportedAndTheDossierCloses()
    {
        // Events naming a party that is gone: the head reads fine, the events do not fit it.
        const QString file = write("damaged.entente", Bench::generateDossier(Events, 4, 3, 0));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            QVERIFY2(q.exec(QStringLiteral("DELETE FROM party WHERE id = 'p3'")), qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(file, true));
        QVERIFY(w.document()->isLoadingEvents());
        QSignalSpy failed(w.document(), &Document::eventLoadFailed);
        QTRY_VERIFY_WITH_TIMEOUT(!w.document()->isLoadingEvents(), 30000);
        QCOMPARE(failed.count(), 1);
        const QString message = failed.first().first().toString();
        QVERIFY2(message.contains(u"unknown party \"p3\""), qPrintable(message));
        QVERIFY2(message.contains(u"damaged.entente"), qPrintable(message));
        QVERIFY(!w.document()->isOpen());
        QCOMPARE(w.statusBar()->currentMessage(), message);
        QVERIFY(w.timelineView()->placeholderText().isEmpty());
        // The window still opens the good file afterwards.
        QVERIFY(w.openFile(m_big, true));
        QTRY_VERIFY_WITH_TIMEOUT(!w.document()->isLoadingEvents(), 30000);
        QCOMPARE(w.document()->dossier().events().size(), qsizetype(Events));
    }

    void openingAnotherDossierMidLoadCancels()
    {
        const QString small = write("small.entente", Bench::generateDossier(50, 3, 3, 1));
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_big, true));
        QVERIFY(w.document()->isLoadingEvents());
        QSignalSpy loaded(w.document(), &Document::eventsReset);
        QVERIFY(w.openFile(small, true)); // below the threshold: read at once
        QVERIFY(!w.document()->isLoadingEvents());
        // The cancelled load's worker has been joined; whatever it queued is drained here and ignored.
        QCoreApplication::processEvents();
        QCoreApplication::processEvents();
        QCOMPARE(loaded.count(), 0);
        QCOMPARE(w.document()->dossier().events().size(), qsizetype(50));
        QCOMPARE(w.eventsModel()->rowCount(), 50);
        QVERIFY(w.timelineView()->placeholderText().isEmpty());
        QVERIFY(!w.windowTitle().contains(u"loading"));
    }

    // The merged dossier an import of `rows` ACLED-style rows into `target` gives (what the wizard hands over).
    Dossier importedInto(const Dossier& target, int rows)
    {
        const QString csv = m_dir.filePath(u"import-%1.csv"_qs.arg(rows));
        QFile f(csv);
        if (!f.exists()) {
            f.open(QIODevice::WriteOnly);
            f.write("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,"
                    "longitude,source,notes,fatalities\n");
            for (int i = 0; i < rows; ++i)
                f.write(QStringLiteral("X%1,%2 March 2024,Battles,Armed clash,Actor %3,,Ukraine,Place %4,48.1,37.2,"
                                       "Outlet %5,\"Report %1, on the ground\",0\n")
                            .arg(i)
                            .arg(1 + i % 28)
                            .arg(i % 7)
                            .arg(i % 50)
                            .arg(i % 3)
                            .toUtf8());
            f.close();
        }
        auto result = importEvents(csv, *mappingPreset(u"acled"_qs), target, {});
        if (!result.ok()) {
            qWarning("%s", qPrintable(result.message()));
            return Dossier();
        }
        auto merged = applyImport(target, result.value());
        if (!merged.ok())
            qWarning("%s", qPrintable(merged.message()));
        return merged.ok() ? std::move(merged).value() : Dossier();
    }

    Dossier stored(const QString& file)
    {
        QString error;
        auto store = SqliteTest::open(file, true, &error);
        Dossier d;
        if (!store || !store->load(d, nullptr).message().isEmpty())
            return {};
        return d;
    }
    qsizetype storedEvents(const QString& file) { return stored(file).events().size(); }

    void importIsWrittenInTheBackground()
    {
        const QString file = write("import.entente", Bench::generateDossier(40, 3, 3, 1));
        MainWindow w(m_settings.get());
        w.show();
        QVERIFY(w.openFile(file, true));
        auto* doc = w.document();
        constexpr int Rows = 150000;
        Dossier merged = importedInto(doc->dossier(), Rows);
        QCOMPARE(merged.events().size(), qsizetype(40 + Rows));
        QSignalSpy finished(doc, &Document::importFinished);
        QSignalSpy reset(doc, &Document::reset);
        w.adoptImport(std::move(merged), true);
        // Until it is written: the dossier is as it was, read-only, and says so.
        QVERIFY(doc->isImporting());
        QVERIFY(doc->isReadOnly());
        QCOMPARE(doc->dossier().events().size(), qsizetype(40));
        QVERIFY2(w.windowTitle().contains(u"(importing)"), qPrintable(w.windowTitle()));
        QVERIFY(w.findChild<QProgressBar*>(u"eventLoadProgress"_qs)->isVisible());
        w.editCell(0, 0);
        QVERIFY2(w.statusBar()->currentMessage().contains(u"import is being saved"), qPrintable(w.statusBar()->currentMessage()));
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isImporting(), 60000);
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.first().first().value<Status>().message(), QString());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(doc->dossier().events().size(), qsizetype(40 + Rows));
        QTRY_COMPARE(w.eventsModel()->rowCount(), 40 + Rows);
        QVERIFY2(w.statusBar()->currentMessage().contains(u"Imported %1 event"_qs.arg(Rows)),
            qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!w.windowTitle().contains(u"importing"));
        QVERIFY(!w.findChild<QProgressBar*>(u"eventLoadProgress"_qs)->isVisible());
        // On disk, event for event, with its journal line; and editable again.
        const Dossier onDisk = stored(file);
        QCOMPARE(onDisk.events().size(), qsizetype(40 + Rows));
        for (qsizetype r = 0; r < onDisk.events().size(); ++r)
            if (onDisk.events().event(r) != doc->dossier().events().event(r))
                QFAIL(qPrintable(u"row %1 differs on disk"_qs.arg(r)));
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("journal"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT action FROM journal ORDER BY rowid DESC LIMIT 1")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("import %1 events").arg(Rows));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("journal"));
        QVERIFY(!doc->isReadOnly());
    }

    void aRefusedImportChangesNothing()
    {
        const QString file = write("refused.entente", Bench::generateDossier(40, 3, 3, 1));
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(file, true));
        auto* doc = w.document();
        // A result that lost a party the dossier has (an import may only add).
        const Dossier merged = importedInto(doc->dossier(), 1000);
        Dossier withoutParty;
        withoutParty.name = merged.name;
        for (const auto& p : merged.parties())
            if (p.id != u"p2")
                QCOMPARE(withoutParty.insertParty(-1, p).message(), QString());
        QSignalSpy finished(doc, &Document::importFinished);
        QSignalSpy reset(doc, &Document::reset);
        w.adoptImport(std::move(withoutParty), true);
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isImporting(), 60000);
        QCOMPARE(finished.count(), 1);
        const Status result = finished.first().first().value<Status>();
        QVERIFY(!result.ok());
        const QString error = result.message();
        QVERIFY2(error.contains(u"removed party \"p2\""), qPrintable(error));
        QCOMPARE(reset.count(), 0);
        QCOMPARE(doc->dossier().events().size(), qsizetype(40));
        QCOMPARE(storedEvents(file), qsizetype(40));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"Nothing was imported"), qPrintable(w.statusBar()->currentMessage()));
        QVERIFY(!doc->isReadOnly());
    }

    void closingMidImportSavesAllOrNothing()
    {
        const QString file = write("cancel-import.entente", Bench::generateDossier(40, 3, 3, 1));
        constexpr int Rows = 300000;
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(file, true));
        w.adoptImport(importedInto(w.document()->dossier(), Rows), true);
        QVERIFY(w.document()->isImporting());
        w.document()->close(); // cancels; the write is rolled back unless it had already committed
        QVERIFY(!w.document()->isImporting());
        QCoreApplication::processEvents();
        const qsizetype stored = storedEvents(file);
        QVERIFY2(stored == 40 || stored == 40 + Rows, qPrintable(QString::number(stored)));
    }

    void closingTheWindowMidLoadIsSafe()
    {
        for (int i = 0; i < 3; ++i) {
            auto w = std::make_unique<MainWindow>(m_settings.get());
            QVERIFY(w->openFile(m_big, true));
            QVERIFY(w->document()->isLoadingEvents());
            w.reset(); // cancels and joins the worker
            QCoreApplication::processEvents();
        }
    }
};

QTEST_MAIN(TestBackgroundOpen)
#include "tst_backgroundopen.moc"
