// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a large dossier in two phases, as the analyst sees it: the window shows the matrix at once while the
// events load in the background (progress in the status bar and over the timeline, edits refused with a
// reason), then the events table and the timeline fill and editing works. A damaged file is reported and
// closed; opening another dossier or closing the window mid-load cancels cleanly.
#include "../bench/generator.h"
#include "commands.h"
#include "document.h"
#include "eventsmodel.h"
#include "mainwindow.h"
#include "positionmatrixmodel.h"
#include "sqlitestore.h"
#include "timeline/timelineview.h"

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
        if (!SqliteStore::create(file, d, &error))
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
        QCOMPARE(doc->expectedEventCount(), qint64(Events));
        QVERIFY(doc->isReadOnly());
        QVERIFY(doc->dossier().events().isEmpty());
        // The matrix is there: parties, issues and the positions in force.
        QCOMPARE(w.matrixModel()->rowCount(), 6);
        QCOMPARE(w.matrixModel()->columnCount(), 5);
        std::vector<qint32> cells;
        doc->dossier().matrixAsOf(std::numeric_limits<qint64>::max() / 2, cells);
        QVERIFY(std::any_of(cells.begin(), cells.end(), [](qint32 c) { return c >= 0; }));
        // Progress is shown in the title, the status bar and over the timeline.
        QVERIFY2(w.windowTitle().contains(u"(loading events)"), qPrintable(w.windowTitle()));
        auto* progress = w.findChild<QProgressBar*>(u"eventLoadProgress"_qs);
        QVERIFY(progress);
        QVERIFY(progress->isVisible());
        QVERIFY2(w.timelineView()->placeholderText().contains(QLocale().toString(Events)),
            qPrintable(w.timelineView()->placeholderText()));
        // Edits are refused with a reason, and nothing reaches the undo stack.
        w.editCell(0, 0);
        QVERIFY2(w.statusBar()->currentMessage().contains(u"still loading"), qPrintable(w.statusBar()->currentMessage()));
        PositionChange c;
        c.partyId = doc->dossier().parties()[0].id;
        c.issueId = doc->dossier().issues()[0].id;
        c.stance = doc->dossier().stanceScale()[0].key;
        c.effective = *PartialDate::parse(u"2030-01-01");
        QString error;
        QVERIFY(!Command::recordPosition(doc, c, nullptr, &error));
        QVERIFY2(error.contains(u"still loading"), qPrintable(error));
        QCOMPARE(doc->undoStack()->count(), 0);

        QSignalSpy loaded(doc, &Document::eventsReset);
        QTRY_VERIFY_WITH_TIMEOUT(!doc->isLoadingEvents(), 30000);
        QCOMPARE(loaded.count(), 1);
        QCOMPARE(doc->dossier().events().size(), qsizetype(Events));
        QCOMPARE(w.eventsModel()->rowCount(), Events);
        QVERIFY(w.timelineView()->placeholderText().isEmpty());
        QVERIFY(!progress->isVisible());
        QVERIFY(!w.windowTitle().contains(u"loading"));
        QVERIFY2(w.statusBar()->currentMessage().contains(QLocale().toString(Events)),
            qPrintable(w.statusBar()->currentMessage()));
        // Now the same edit goes through and is undoable.
        QVERIFY2(Command::recordPosition(doc, c, nullptr, &error), qPrintable(error));
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

    void documentWaitsOnRequest()
    {
        Document doc;
        QString error;
        auto store = SqliteStore::open(m_big, true, &error);
        QVERIFY2(store, qPrintable(error));
        Dossier head;
        qint64 count = 0;
        QCOMPARE(store->loadHead(head, &count), QString());
        QSignalSpy progress(&doc, &Document::eventLoadProgress);
        QSignalSpy loaded(&doc, &Document::eventsReset);
        doc.openLoadingEvents(std::move(store), std::move(head), m_big, count);
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
