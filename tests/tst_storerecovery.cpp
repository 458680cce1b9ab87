// SPDX-License-Identifier: GPL-3.0-or-later
// The store after a crash and under races: a read-only open of a file with a hot journal reads the intact
// dossier without touching the file; an import into a new file is all or nothing and never replaces a file
// another import created meanwhile.
#include "dossierfile.h"
#include "dossierio.h"
#include "sqlitestore.h"
#include "sqlitestoretest.h"
#include "storetestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

#include <sys/wait.h>
#include <unistd.h>

using namespace Entente;

namespace {
// A writer that dies mid-transaction: its changes have spilled into the file, the originals sit in a hot
// -journal, and no process holds a lock.
bool crashMidTransaction(const QString& path)
{
    const pid_t pid = fork();
    if (pid < 0)
        return false;
    if (pid == 0) {
        sqlite3* db = nullptr;
        if (sqlite3_open(QFile::encodeName(path).constData(), &db) != SQLITE_OK)
            _exit(2);
        const char* sql = "PRAGMA journal_mode=DELETE; PRAGMA cache_size=8; BEGIN IMMEDIATE;"
                          "CREATE TABLE scratch(x BLOB);"
                          "WITH RECURSIVE c(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM c WHERE i < 1500) "
                          "INSERT INTO scratch SELECT randomblob(3000) FROM c;"
                          "UPDATE meta SET value = 'torn' ;";
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            _exit(3);
        _exit(0); // no COMMIT, no close: as a SIGKILL would leave it
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}
} // namespace

class TestStoreRecovery : public QObject {
    Q_OBJECT
private slots:
    void readOnlyOpenAfterACrashReadsTheIntactDossier()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.entente"_qs);
        Dossier d;
        StoreTest::fillDossier(d);
        QVERIFY(SqliteTest::create(path, d));
        QVERIFY(crashMidTransaction(path));
        QVERIFY2(QFileInfo(path + u"-journal"_qs).size() > 0, "the crash left no hot journal");
        const QByteArray fileBefore = StoreTest::fileBytes(path), journalBefore = StoreTest::fileBytes(path + u"-journal"_qs);

        Dossier read;
        QString error;
        if (const Status s = readDossierAny(path, read); !s.ok())
                QFAIL(qPrintable(s.message()));
        StoreTest::compareDossiers(read, d);
        // Read-only means read-only: the crashed file and its journal are as they were, nothing else appeared.
        QCOMPARE(StoreTest::fileBytes(path), fileBefore);
        QCOMPARE(StoreTest::fileBytes(path + u"-journal"_qs), journalBefore);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList { u"d.entente"_qs, u"d.entente-journal"_qs }));

        // A read-write open rolls the journal back for good.
        auto store = SqliteTest::open(path, false, &error);
        QVERIFY2(store, qPrintable(error));
        Dossier again;
        QVERIFY(store->load(again, nullptr).ok());
        StoreTest::compareDossiers(again, d);
        store.reset();
        QVERIFY(!QFileInfo::exists(path + u"-journal"_qs));
    }

    void importIntoANewFileIsAllOrNothing()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"events.csv"_qs), into = dir.filePath(u"new.entente"_qs);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start\nGood,2025-12-16\nBad,2025-13-40\n");
        }
        const auto failed = DossierIO::importInto(csv, into, {});
        QVERIFY(!failed.ok());
        QVERIFY2(failed.message().contains(u"line 3"), qPrintable(failed.message()));
        // Nothing at the target, no temporary file beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"events.csv"_qs });
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start\nGood,2025-12-16\n");
        }
        const auto added = DossierIO::importInto(csv, into, {});
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(added.value(), 1);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), (QStringList { u"events.csv"_qs, u"new.entente"_qs }));
    }

    // Two imports into the same new file: the second to finish must not replace the first one's file.
    void aFileCreatedMeanwhileIsNotReplaced()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.entente"_qs);
        Dossier first;
        first.name = u"first"_qs;
        QVERIFY(SqliteTest::create(path, first, nullptr, Existing::Keep));
        const QByteArray bytes = StoreTest::fileBytes(path);
        Dossier second;
        second.name = u"second"_qs;
        QString error;
        QVERIFY(!SqliteTest::create(path, second, &error, Existing::Keep));
        QVERIFY2(error.contains(u"another program created it meanwhile"), qPrintable(error));
        QCOMPARE(StoreTest::fileBytes(path), bytes);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden), QStringList { u"d.entente"_qs });
    }

    // Random bytes over an index: the file still opens, but before it takes writes the check finds the damage,
    // on the synchronous path (quickCheck) and on the event loader's worker.
    void damagedIndexIsFoundBeforeWrites()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.entente"_qs);
        Dossier d;
        StoreTest::fillDossier(d);
        QVERIFY(SqliteTest::create(path, d));
        {
            auto store = SqliteTest::open(path, false);
            QVERIFY(store);
            QVERIFY(store->checkIntegrity().ok());
        }
        int rootPage = 0, pageSize = 0;
        {
            sqlite3* db = nullptr;
            QCOMPARE(sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
            sqlite3_stmt* st = nullptr;
            QCOMPARE(sqlite3_prepare_v2(db, "SELECT rootpage, (SELECT page_size FROM pragma_page_size) FROM sqlite_schema "
                                            "WHERE name = 'position_change_party'", -1, &st, nullptr), SQLITE_OK);
            QCOMPARE(sqlite3_step(st), SQLITE_ROW);
            rootPage = sqlite3_column_int(st, 0);
            pageSize = sqlite3_column_int(st, 1);
            sqlite3_finalize(st);
            sqlite3_close(db);
        }
        QVERIFY(rootPage > 1 && pageSize > 0);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadWrite));
            QVERIFY(f.seek(qint64(rootPage - 1) * pageSize + 8));
            QByteArray junk(pageSize - 16, '\0');
            for (qsizetype i = 0; i < junk.size(); ++i)
                junk[i] = char((i * 151 + 7) & 0xff);
            f.write(junk);
        }
        QString error;
        auto store = SqliteTest::open(path, false, &error);
        QVERIFY2(store, qPrintable(error));
        const QString damage = store->checkIntegrity().message();
        QVERIFY2(damage.contains(u"is damaged"), qPrintable(damage));
        QVERIFY(!damage.contains(u'\n'));
        store.reset();
        EventStore events;
        RowVersions versions;
        const Status read = SqliteStore::eventReaderFor(path)(events, versions, [](qint64) { return true; });
        QVERIFY2(!read.ok() && read.message().contains(u"is damaged"), qPrintable(read.message()));
    }

    // A kill while a new file was built leaves ".NAME.PID.XXXXXX"; the next create() beside it removes those
    // whose process is gone, and nothing else.
    void staleTemporariesAreRemoved()
    {
        QTemporaryDir dir;
        const pid_t dead = fork();
        if (dead == 0)
            _exit(0);
        waitpid(dead, nullptr, 0);
        const QString stale = u".d.entente.%1.AbCdEf"_qs.arg(dead);
        const QString live = u".d.entente.%1.XyZxYz"_qs.arg(QCoreApplication::applicationPid());
        const QString foreign = u".d.entente.backup"_qs;
        for (const QString& name : { stale, live, foreign }) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(SqliteTest::create(dir.filePath(u"d.entente"_qs), Dossier {}));
        QStringList expected { foreign, live, u"d.entente"_qs };
        expected.sort();
        QStringList actual = QDir(dir.path()).entryList(QDir::Files | QDir::Hidden);
        actual.sort();
        QCOMPARE(actual, expected);
    }
};

QTEST_GUILESS_MAIN(TestStoreRecovery)
#include "tst_storerecovery.moc"
