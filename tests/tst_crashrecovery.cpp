// SPDX-License-Identifier: GPL-3.0-or-later
// Kill -9 at random points: a worker process (crashworker) edits and imports, printing a line per write only
// after the write returned; it is SIGKILLed again and again. Every acknowledged write must be in the file, a
// read-only open between kills must read it (hot journal or not), integrity_check must say ok, and once the next
// file is created nothing of ours is left behind.
#include "dossierfile.h"
#include "sqlitestore.h"
#include "sqlitestoretest.h"

#include <QDir>
#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Entente;

namespace {
QString integrityCheck(const QString& path)
{
    sqlite3* db = nullptr;
    QString result;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db, SQLITE_OPEN_READONLY, nullptr) == SQLITE_OK) {
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v2(db, "PRAGMA integrity_check", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW)
            result = QString::fromUtf8(reinterpret_cast<const char*>(sqlite3_column_text(st, 0)));
        else
            result = QString::fromUtf8(sqlite3_errmsg(db));
        sqlite3_finalize(st);
    }
    sqlite3_close(db);
    return result;
}
} // namespace

class TestCrashRecovery : public QObject {
    Q_OBJECT
private slots:
    void acknowledgedWritesSurviveKills()
    {
        const int kills = qEnvironmentVariableIntValue("ENTENTE_CRASH_KILLS") > 0 ? qEnvironmentVariableIntValue("ENTENTE_CRASH_KILLS") : 24;
        const quint32 seed = qEnvironmentVariableIsSet("ENTENTE_CRASH_SEED") ? qEnvironmentVariable("ENTENTE_CRASH_SEED").toUInt()
                                                                              : QRandomGenerator::global()->generate();
        qInfo("seed %u (set ENTENTE_CRASH_SEED to repeat), %d kills", seed, kills);
        QRandomGenerator random(seed);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"d.entente"_qs);
        Dossier empty;
        empty.name = u"crash test"_qs;
        QVERIFY(SqliteTest::create(path, empty));

        QSet<qint64> events;
        QStringList imports, files;
        int killedMidWrite = 0;
        QElapsedTimer clock;
        clock.start();
        for (int run = 1; run <= kills; ++run) {
            QProcess worker;
            worker.setProgram(QStringLiteral(ENTENTE_BINARY_DIR "/tests/crashworker"));
            worker.setArguments({ dir.path(), QString::number(run) });
            worker.start();
            QVERIFY2(worker.waitForStarted(10000), qPrintable(worker.errorString()));
            QByteArray out;
            // Wait until it writes, then let it run a random while and kill it wherever it is.
            while (!out.contains("READY") && worker.waitForReadyRead(10000))
                out += worker.readAllStandardOutput();
            QVERIFY2(out.contains("READY"), qPrintable(QString::fromUtf8(worker.readAllStandardError())));
            QTest::qSleep(int(random.bounded(5, 250))); // not an event-loop wait: the victim runs meanwhile
            worker.kill();
            QVERIFY(worker.waitForFinished(10000));
            out += worker.readAllStandardOutput();
            const QByteArray err = worker.readAllStandardError();
            QVERIFY2(err.isEmpty(), err.constData());
            for (const QByteArray& line : out.split('\n')) {
                if (line.startsWith("EVENT "))
                    events.insert(line.mid(6).toLongLong());
                else if (line.startsWith("IMPORT "))
                    imports << QString::fromUtf8(line.mid(7));
                else if (line.startsWith("FILE "))
                    files << QString::fromUtf8(line.mid(5));
            }
            if (QFileInfo::exists(path + u"-journal"_qs))
                ++killedMidWrite;
            // A read-only open right after the kill (what `entente info` does) reads every acknowledged write.
            Dossier d;
            if (const Status read = readDossierAny(path, d); !read.ok())
                QFAIL(qPrintable(read.message()));
            for (qint64 id : std::as_const(events))
                QVERIFY2(d.events().rowOfId(id) >= 0, qPrintable(u"run %1: acknowledged event %2 is missing"_qs.arg(run).arg(id)));
        }
        qInfo("%d kills in %lld ms: %lld acknowledged edits, %lld imports, %lld new files; %d kills left a hot journal",
            kills, clock.elapsed(), qint64(events.size()), qint64(imports.size()), qint64(files.size()), killedMidWrite);
        QVERIFY(events.size() > kills); // the worker got to write between kills

        // A read-write open rolls back whatever the last kill left; then everything acknowledged is there.
        QString error;
        auto store = SqliteTest::open(path, false, &error);
        QVERIFY2(store, qPrintable(error));
        Dossier d;
        QVERIFY(store->load(d, nullptr).ok());
        // A kill during a commit can leave an emptied journal header behind (not hot: SQLite ignores it); the next
        // write transaction removes it.
        QVERIFY(store->journal(u"checked after the kills"_qs).ok());
        store.reset();
        for (qint64 id : std::as_const(events))
            QVERIFY2(d.events().rowOfId(id) >= 0, qPrintable(u"acknowledged event %1 is missing"_qs.arg(id)));
        QSet<QString> titles;
        for (qsizetype r = 0; r < d.events().size(); ++r)
            titles.insert(d.events().title(r).toString());
        for (const QString& title : std::as_const(imports))
            QVERIFY2(titles.contains(title), qPrintable(u"acknowledged import %1 is missing"_qs.arg(title)));
        QCOMPARE(integrityCheck(path), u"ok"_qs);
        for (const QString& name : std::as_const(files)) {
            Dossier imported;
            if (const Status read = readDossierAny(dir.filePath(name), imported); !read.ok())
                QFAIL(qPrintable(read.message()));
            QCOMPARE(imported.events().size(), qsizetype(1));
            QCOMPARE(integrityCheck(dir.filePath(name)), u"ok"_qs);
        }
        // No debris: every .entente file is a whole dossier, and once a file is created here (which cleans up
        // what killed builds left) no hidden temporary file remains.
        QVERIFY(SqliteTest::create(dir.filePath(u"last.entente"_qs), empty));
        for (const QString& name : QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System)) {
            // The write lock a killed writer held (".NAME.entente.lock") names a process that is gone: the next open
            // takes it over (tst_documentlock), so it is not debris.
            if (name.startsWith(u'.') && (name.endsWith(u".entente.lock") || name.endsWith(u".entente.lock.info")))
                continue;
            QVERIFY2(!name.startsWith(u'.') && !name.endsWith(u"-journal"), qPrintable(u"debris: "_qs + name));
            if (name.endsWith(u".entente")) {
                Dossier any;
                if (const Status read = readDossierAny(dir.filePath(name), any); !read.ok())
                QFAIL(qPrintable(read.message()));
                QVERIFY2(name == u"d.entente" || name == u"last.entente" || any.events().size() == 1,
                    qPrintable(u"a partial dossier: "_qs + name));
            }
        }
    }
};

QTEST_GUILESS_MAIN(TestCrashRecovery)
#include "tst_crashrecovery.moc"
