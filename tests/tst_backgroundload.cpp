// SPDX-License-Identifier: GPL-3.0-or-later
// The two-phase open (SqliteStore::loadHead + EventLoader + Dossier::adoptEvents) gives the same Dossier as
// load(), has the matrix (parties, issues, histories) before the events, reports monotonic progress, refuses
// damaged input, and can be dropped mid-load.
#include "../bench/generator.h"
#include "eventloader.h"
#include "sqlitestoretest.h"
#include "storetestutil.h"

#include <QDateTime>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace Entente;
using namespace StoreTest;

class TestBackgroundLoad : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

    void write(const QString& file, const Dossier& d)
    {
        QString error;
        QVERIFY2(SqliteTest::create(file, d, &error), qPrintable(error));
    }

    // Two-phase open of `file` into `out`; `progress` receives every reported row count.
    void twoPhase(const QString& file, Dossier& out, qint64* count, std::vector<qint64>* progress = nullptr)
    {
        QString error;
        auto store = SqliteTest::open(file, true, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->loadHead(out, count, nullptr).message(), QString());
        QVERIFY(out.events().isEmpty());
        QVERIFY(out.eventsPending());
        std::mutex lock;
        EventLoader loader;
        loader.start(SqliteStore::eventReaderFor(file), *count, [&](qint64 rows, qint64 total) {
            QCOMPARE(total, *count);
            const std::lock_guard guard(lock);
            if (progress)
                progress->push_back(rows);
        });
        loader.wait();
        QVERIFY(loader.isFinished());
        QCOMPARE(loader.error(), QString());
        QCOMPARE(loader.rowsLoaded(), *count);
        QCOMPARE(out.adoptEvents(loader.takeEvents()).message(), QString());
        QVERIFY(!out.eventsPending());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void sameAsSynchronous_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<int>("changesPerCell");
        QTest::newRow("empty") << 0 << 0;
        QTest::newRow("small") << 100 << 2;
        QTest::newRow("50k") << 50000 << 3;
    }
    void sameAsSynchronous()
    {
        QFETCH(int, events);
        QFETCH(int, changesPerCell);
        const QString file = path("gen.entente");
        QFile::remove(file);
        const Dossier generated = Bench::generateDossier(events, 6, 5, changesPerCell);
        write(file, generated);
        QVERIFY(!QTest::currentTestFailed());
        Dossier sync;
        {
            QString error;
            auto store = SqliteTest::open(file, true, &error);
            QVERIFY2(store, qPrintable(error));
            QCOMPARE(store->load(sync, nullptr).message(), QString());
        }
        Dossier two;
        qint64 count = -1;
        std::vector<qint64> progress;
        twoPhase(file, two, &count, &progress);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(count, qint64(events));
        compareDossiers(two, sync);
        compareDossiers(two, generated);
        QCOMPARE(two.positionChanges().size(), generated.positionChanges().size());
        // Progress: at least the final report, non-decreasing, ending at the count.
        QVERIFY(!progress.empty());
        QVERIFY(std::is_sorted(progress.begin(), progress.end()));
        QCOMPARE(progress.back(), qint64(events));
        if (events >= 50000)
            QVERIFY(progress.size() >= 3);
    }

    void fullFixtureSameAsSynchronous()
    {
        Dossier expected;
        fillDossier(expected);
        QVERIFY(!QTest::currentTestFailed());
        const QString file = path("full.entente");
        write(file, expected);
        QVERIFY(!QTest::currentTestFailed());
        Dossier two;
        qint64 count = -1;
        twoPhase(file, two, &count);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(count, qint64(expected.events().size()));
        compareDossiers(two, expected);
    }

    void missingFileIsAnError()
    {
        EventLoader loader;
        loader.start(SqliteStore::eventReaderFor(path("does-not-exist.entente")), 10);
        loader.wait();
        QVERIFY(loader.isFinished());
        QVERIFY(!loader.error().isEmpty());
        QVERIFY(loader.takeEvents().isEmpty());
    }

    void headHasTheMatrixBeforeTheEvents()
    {
        Dossier expected;
        fillDossier(expected);
        QVERIFY(!QTest::currentTestFailed());
        QVERIFY(!expected.positionChanges().empty());
        const QString file = path("head.entente");
        write(file, expected);
        QVERIFY(!QTest::currentTestFailed());
        QString error;
        auto store = SqliteTest::open(file, true, &error);
        QVERIFY2(store, qPrintable(error));
        Dossier head;
        qint64 count = -1;
        QCOMPARE(store->loadHead(head, &count, nullptr).message(), QString());
        QCOMPARE(count, qint64(expected.events().size()));
        QVERIFY(head.events().isEmpty());
        QCOMPARE(head.parties(), expected.parties());
        QCOMPARE(head.issues(), expected.issues());
        QCOMPARE(head.positionChanges(), expected.positionChanges());
        QCOMPARE(head.statusChanges(), expected.statusChanges());
        std::vector<qint32> a, b;
        const qint64 late = QDateTime(QDate(2100, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        head.matrixAsOf(late, a);
        expected.matrixAsOf(late, b);
        QCOMPARE(a, b);
    }

    void aCitationOfAMissingEventIsReportedOnAdoption()
    {
        Dossier expected;
        fillDossier(expected);
        QVERIFY(!QTest::currentTestFailed());
        qint64 cited = 0;
        for (const auto& c : expected.positionChanges())
            if (!c.citedEvents.isEmpty())
                cited = c.citedEvents.first();
        QVERIFY2(cited != 0, "the fixture cites an event");
        const QString file = path("dangling.entente");
        write(file, expected);
        QVERIFY(!QTest::currentTestFailed());
        {
            auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
            for (const char* table : { "event", "event_key" })
                QVERIFY2(q.exec(QStringLiteral("DELETE FROM %1 WHERE id = %2").arg(QLatin1String(table)).arg(cited)),
                    qPrintable(q.lastError().text()));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        Dossier d;
        qint64 count = 0;
        QString error;
        auto store = SqliteTest::open(file, true, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->loadHead(d, &count, nullptr).message(), QString());
        EventLoader loader;
        loader.start(SqliteStore::eventReaderFor(file), count);
        loader.wait();
        QCOMPARE(loader.error(), QString());
        const QString problem = d.adoptEvents(loader.takeEvents()).message();
        QVERIFY2(problem.contains(QStringLiteral("unknown event %1").arg(cited)), qPrintable(problem));
        // The synchronous load refuses the same file.
        Dossier sync;
        QVERIFY(!store->load(sync, nullptr).message().isEmpty());
    }

    void adoptEventsRefusesASecondSetOfEvents()
    {
        const QString file = path("twice.entente");
        write(file, Bench::generateDossier(10, 3, 3, 1));
        QVERIFY(!QTest::currentTestFailed());
        Dossier d;
        qint64 count = 0;
        twoPhase(file, d, &count);
        QVERIFY(!QTest::currentTestFailed());
        QString error;
        auto store = SqliteTest::open(file, true, &error);
        QVERIFY(store);
        EventLoader loader;
        loader.start(SqliteStore::eventReaderFor(file), count);
        loader.wait();
        QVERIFY(!d.adoptEvents(loader.takeEvents()).ok());
    }

    void cancelAndDropMidLoad()
    {
        const QString file = path("cancel.entente");
        write(file, Bench::generateDossier(200000, 4, 4));
        QVERIFY(!QTest::currentTestFailed());
        // Cancelled after the first progress step: ends with an error and no events.
        {
            EventLoader loader;
            std::atomic<int> calls { 0 };
            loader.start(SqliteStore::eventReaderFor(file), 200000, [&](qint64, qint64) {
                if (++calls == 1)
                    loader.cancel();
            });
            loader.wait();
            QVERIFY(loader.wasCancelled());
            QVERIFY(!loader.error().isEmpty());
            QVERIFY(loader.rowsLoaded() < 200000);
            QVERIFY(loader.takeEvents().isEmpty());
        }
        // Dropped while running (the document closed): the destructor cancels and joins.
        for (int i = 0; i < 3; ++i) {
            auto loader = std::make_unique<EventLoader>();
            loader->start(SqliteStore::eventReaderFor(file), 200000);
            loader.reset();
        }
        // Restarting a loader joins the previous run first.
        EventLoader loader;
        loader.start(SqliteStore::eventReaderFor(file), 200000);
        loader.start(SqliteStore::eventReaderFor(file), 200000);
        loader.wait();
        QCOMPARE(loader.error(), QString());
        QCOMPARE(loader.takeEvents().size(), qsizetype(200000));
    }
};

QTEST_GUILESS_MAIN(TestBackgroundLoad)
#include "tst_backgroundload.moc"
