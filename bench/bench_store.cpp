// SPDX-License-Identifier: GPL-3.0-or-later
// store.save.1m: writing 10^6 generated events to a new SQLite document (SqliteStore::create), in rows/s,
// against QtSql prepared row-by-row inserts in one transaction. store.load.1m: reading that file whole into a
// Dossier (SqliteStore::open + load), in ms, against a QtSql row-by-row read into the event store.
#include "benchutil.h"
#include "generator.h"
#include "sqlitestoretest.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <ctime>

using namespace Entente;

namespace {
[[noreturn]] void die(const QString& why)
{
    std::fprintf(stderr, "bench_store: %s\n", qPrintable(why));
    std::exit(1);
}

QString joined(const EventStore& s, qsizetype row, EventStore::RefKind kind)
{
    return s.refTexts(row, kind).join(QChar(0x1f));
}

// The peer approach: a QSqlQuery prepared once, twelve bindValue() calls and one exec() per row.
void saveRowByRow(const Dossier& d, const QString& path)
{
    Dossier shell; // same small tables, no events
    for (const auto& p : d.parties())
        (void)shell.insertParty(-1, p);
    for (const auto& i : d.issues())
        (void)shell.insertIssue(-1, i);
    QFile::remove(path);
    QString error;
    if (!SqliteTest::create(path, shell, &error))
        die(error);
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        if (!db.open())
            die(db.lastError().text());
        QSqlQuery q(db);
        q.exec(QStringLiteral("PRAGMA foreign_keys = ON"));
        db.transaction();
        q.prepare(
            QStringLiteral("INSERT INTO event (id, start_msecs, start_precision, end_msecs, end_precision, title, "
                           "description, location, parties, issues, tags, sources) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        const auto& s = d.events();
        for (qsizetype r = 0; r < s.size(); ++r) {
            const auto start = s.startDate(r), end = s.endDate(r);
            q.bindValue(0, s.id(r));
            q.bindValue(1, start.msecs);
            q.bindValue(2, int(start.precision));
            q.bindValue(3, end.isValid() ? QVariant(end.msecs) : QVariant(QMetaType::fromType<qint64>()));
            q.bindValue(4, int(end.precision));
            q.bindValue(5, s.title(r).toString());
            q.bindValue(6, QString(s.description(r).toString() + QStringLiteral(""))); // NOT NULL: never a null string
            q.bindValue(7, QString(s.location(r) + QStringLiteral("")));
            q.bindValue(8, joined(s, r, EventStore::RefKind::Party));
            q.bindValue(9, joined(s, r, EventStore::RefKind::Issue));
            q.bindValue(10, joined(s, r, EventStore::RefKind::Tag));
            q.bindValue(11, joined(s, r, EventStore::RefKind::Source));
            if (!q.exec())
                die(q.lastError().text());
        }
        if (!db.commit())
            die(db.lastError().text());
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
}

// The peer approach to reading: QSqlQuery::next() and value() per column, an Event per row.
qsizetype openRowByRow(const QString& path)
{
    Dossier d;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("baseline"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (!db.open())
            die(db.lastError().text());
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(QStringLiteral("SELECT id, start_msecs, start_precision, end_msecs, end_precision, title, "
                                   "description, location, parties, issues, tags, sources FROM event")))
            die(q.lastError().text());
        auto& s = d.eventsForBulkLoad();
        auto list = [](const QVariant& v) { return v.isNull() ? QStringList() : v.toString().split(QChar(0x1f)); };
        while (q.next()) {
            Event e;
            e.id = q.value(0).toLongLong();
            e.start = { q.value(1).toLongLong(), Precision(q.value(2).toInt()) };
            e.end = { q.value(3).isNull() ? PartialDate::Invalid : q.value(3).toLongLong(),
                Precision(q.value(4).toInt()) };
            e.title = q.value(5).toString();
            e.description = q.value(6).toString();
            e.location = q.value(7).toString();
            e.parties = list(q.value(8));
            e.issues = list(q.value(9));
            e.tags = list(q.value(10));
            e.sources = list(q.value(11));
            s.append(e);
        }
        s.finish();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return d.events().size();
}

Bench::Figure rowsPerSecond(Bench::Figure ms, qint64 rows)
{
    // The p95 of a throughput is its slow end: rows over the p95 time.
    return { double(rows) / (ms.median / 1000.0), double(rows) / (ms.p95 / 1000.0) };
}
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1'000'000;
    const int reps = 7;
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no scratch folder"));
    const Dossier d = Bench::generateDossier(n);
    const QString path = dir.filePath(QStringLiteral("bench.entente"));
    const QString basePath = dir.filePath(QStringLiteral("baseline.entente"));

    // Optional second argument for profiling one side: "save", "open" or "generate" (the data alone).
    const QByteArray only = argc > 2 ? QByteArray(argv[2]) : QByteArray();
    if (only == "generate")
        return 0;
    if (!only.isEmpty()) {
        for (int i = 0; i < reps; ++i) {
            QString error;
            if (only == "save" || i == 0) {
                QFile::remove(path);
                const auto cpu0 = std::clock();
                QElapsedTimer t;
                t.start();
                if (!SqliteTest::create(path, d, &error))
                    die(error);
                std::fprintf(stderr, "create: %lld ms wall, %.0f ms cpu\n", t.elapsed(),
                    double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC);
            }
            if (only == "open") {
                Dossier out;
                const auto cpu0 = std::clock();
                QElapsedTimer t;
                t.start();
                if (auto e = SqliteTest::open(path, true, &error)->load(out, nullptr).message(); !e.isEmpty())
                    die(e);
                std::fprintf(stderr, "open: %lld ms wall, %.0f ms cpu\n", t.elapsed(),
                    double(std::clock() - cpu0) * 1000.0 / CLOCKS_PER_SEC);
            }
        }
        return 0;
    }
    const auto save = Bench::timeMs(
        [&] {
            QFile::remove(path);
            QString error;
            if (!SqliteTest::create(path, d, &error))
                die(error);
        },
        reps);
    const auto baseline = Bench::timeMs([&] { saveRowByRow(d, basePath); }, reps);
    const auto saveRate = rowsPerSecond(save, n), baseRate = rowsPerSecond(baseline, n);
    Bench::report("store.save.1m.qtsql-rowbyrow", baseRate, "rows/s", n);
    Bench::report(
        "store.save.1m", saveRate, "rows/s", n, "store.save.1m.qtsql-rowbyrow", saveRate.median / baseRate.median);

    qsizetype loaded = 0;
    const auto open = Bench::timeMs(
        [&] {
            QString error;
            auto store = SqliteTest::open(path, true, &error);
            if (!store)
                die(error);
            Dossier out;
            if (auto e = store->load(out, nullptr).message(); !e.isEmpty())
                die(e);
            loaded = out.events().size();
        },
        reps);
    if (loaded != n)
        die(QStringLiteral("loaded %1 events, expected %2").arg(loaded).arg(n));
    const auto openBase = Bench::timeMs([&] { loaded = openRowByRow(basePath); }, reps);
    if (loaded != n)
        die(QStringLiteral("baseline loaded %1 events").arg(loaded));
    Bench::report("store.load.1m.qtsql-rowbyrow", openBase, "ms", n);
    Bench::report("store.load.1m", open, "ms", n, "store.load.1m.qtsql-rowbyrow", openBase.median / open.median);
    return 0;
}
