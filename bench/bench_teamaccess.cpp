// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode, access (bench/run team): publishing a dossier to a PostgreSQL server and opening it in the window.
// The benchmark starts its own throwaway cluster with tests/pgcluster.sh (Unix socket only, fsync off, as the
// tests run it) and stops it at the end.
//
// pg.publish.1m: PostgresStore::create of a generated dossier of 10^6 events (plus 10 x 10 parties x issues
// with 5 position changes per cell), COPY in one transaction, in rows/s over every row written. Baseline in the
// same run: Qt's QPSQL driver inserting the events row by row (one prepared INSERT per row, twelve bound values,
// in one transaction) — on 5·10^4 events, since a million would take minutes; rows/s does not depend on the count.
// The server journals every statement, so the baseline also pays one journal line per row: that is what a
// row-by-row publish costs on this schema.
//
// pg.open.1m: MainWindow::openFile() of the team dossier's URI until the window is interactive (the head — parties,
// issues, histories — loaded and the whole window painted once); pg.open.1m.events until every event is in the
// table and the timeline (read by COPY on a worker connection); pg.open.1m.maxstall the longest GUI-thread stall
// meanwhile. Baseline in the same run: the same window opening the URI synchronously (all events read first).
#include "benchutil.h"
#include "generator.h"

#include "document.h"
#include "mainwindow/mainwindow.h"
#include "pgconnection.h"
#include "postgresstore.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QSettings>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <cstdlib>

using namespace Entente;

namespace {
QString g_clusterDir;

void stopCluster()
{
    if (g_clusterDir.isEmpty())
        return;
    QProcess::execute(QStringLiteral("bash"),
        { QStringLiteral(ENTENTE_SOURCE_DIR "/tests/pgcluster.sh"), QStringLiteral("stop"), g_clusterDir });
    g_clusterDir.clear();
}

[[noreturn]] void die(const QString& why)
{
    std::fprintf(stderr, "bench_teamaccess: %s\n", qPrintable(why));
    stopCluster();
    std::exit(1);
}

QString g_socketDir;

void startCluster()
{
    // ENTENTE_PG_HOST: use a running cluster (tests/pgcluster.sh start DIR; DIR/sock) and leave it running.
    if (const QString host = qEnvironmentVariable("ENTENTE_PG_HOST"); !host.isEmpty()) {
        g_socketDir = host;
        return;
    }
    // Short: the socket path must stay under 107 bytes.
    g_clusterDir = QStringLiteral("/tmp/entente-bpg-%1").arg(QCoreApplication::applicationPid());
    QProcess p;
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    p.start(QStringLiteral("bash"),
        { QStringLiteral(ENTENTE_SOURCE_DIR "/tests/pgcluster.sh"), QStringLiteral("start"), g_clusterDir });
    if (!p.waitForFinished(120000) || p.exitCode() != 0) {
        g_clusterDir.clear();
        die(QStringLiteral("the throwaway PostgreSQL cluster did not start (package postgresql; see above)"));
    }
    std::atexit(stopCluster);
    g_socketDir = g_clusterDir + QStringLiteral("/sock");
}

QString socketDir() { return g_socketDir; }

QString uriOf(const QString& dossier)
{
    return QStringLiteral("postgresql:///entente?host=%1&user=alice&dossier=%2").arg(socketDir(), dossier);
}

// Empties every team table (as the cluster's superuser), so that each repetition publishes into the same state.
void truncateAll()
{
    PgConnection c(QStringLiteral("host=%1 dbname=entente user=postgres").arg(socketDir()).toUtf8());
    if (auto st = c.connect(); !st.ok())
        die(st.message());
    if (auto st = c.run("DO $$ BEGIN IF to_regclass('entente.dossier') IS NOT NULL THEN TRUNCATE entente.dossier "
                        "CASCADE; END IF; END $$");
        !st.ok())
        die(st.message());
    (void)c.run("VACUUM ANALYZE");
}

qint64 rowsOf(const Dossier& d)
{
    return d.events().size() + qint64(d.positionChanges().size()) + qint64(d.statusChanges().size())
        + d.parties().size() + d.issues().size() + d.sources().size() + d.eras().size() + d.stanceScale().size()
        + d.statusScale().size() + 1;
}

QString joined(const EventStore& s, qsizetype row, EventStore::RefKind kind) { return s.refTexts(row, kind).join(QChar(0x1f)); }

// The peer approach: QPSQL, a prepared INSERT, twelve bindValue() calls and one exec() per event, one transaction.
// The dossier row and its small tables are published first (not timed) so that the events' references hold.
double publishRowByRow(const Dossier& d, const QString& id)
{
    Dossier shell;
    for (const auto& p : d.parties())
        (void)shell.insertParty(-1, p);
    for (const auto& i : d.issues())
        (void)shell.insertIssue(-1, i);
    shell.name = d.name;
    if (auto created = PostgresStore::create(uriOf(id), shell); !created.ok())
        die(created.message());
    QElapsedTimer t;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("baseline"));
        db.setHostName(socketDir());
        db.setDatabaseName(QStringLiteral("entente"));
        db.setUserName(QStringLiteral("alice"));
        if (!db.open())
            die(QStringLiteral("QPSQL: %1").arg(db.lastError().text()));
        t.start();
        if (!db.transaction())
            die(db.lastError().text());
        QSqlQuery q(db);
        if (!q.prepare(QStringLiteral("INSERT INTO entente.event (dossier, id, start_msecs, start_precision, end_msecs, "
                                      "end_precision, title, description, location, parties, issues, tags, sources) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")))
            die(q.lastError().text());
        const auto& s = d.events();
        const auto nullIfEmpty = [](const QString& v) { return v.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(v); };
        for (qsizetype r = 0; r < s.size(); ++r) {
            const auto start = s.startDate(r), end = s.endDate(r);
            q.bindValue(0, id);
            q.bindValue(1, s.id(r));
            q.bindValue(2, start.msecs);
            q.bindValue(3, int(start.precision));
            q.bindValue(4, end.isValid() ? QVariant(end.msecs) : QVariant(QMetaType::fromType<qint64>()));
            q.bindValue(5, int(end.precision));
            q.bindValue(6, s.title(r).toString());
            q.bindValue(7, QString(s.description(r).toString() + QStringLiteral("")));
            q.bindValue(8, QString(s.location(r) + QStringLiteral("")));
            q.bindValue(9, nullIfEmpty(joined(s, r, EventStore::RefKind::Party)));
            q.bindValue(10, nullIfEmpty(joined(s, r, EventStore::RefKind::Issue)));
            q.bindValue(11, nullIfEmpty(joined(s, r, EventStore::RefKind::Tag)));
            q.bindValue(12, nullIfEmpty(joined(s, r, EventStore::RefKind::Source)));
            if (!q.exec())
                die(QStringLiteral("QPSQL insert: %1").arg(q.lastError().text()));
        }
        if (!db.commit())
            die(db.lastError().text());
        q.finish();
        db.close();
    }
    const double seconds = double(t.nsecsElapsed()) / 1e9;
    QSqlDatabase::removeDatabase(QStringLiteral("baseline"));
    return seconds;
}

void benchPublish(const Dossier& d, int reps)
{
    const qint64 rows = rowsOf(d);
    std::vector<double> rates;
    for (int i = 0; i <= reps; ++i) { // the first is the warm-up
        truncateAll();
        QElapsedTimer t;
        t.start();
        auto created = PostgresStore::create(uriOf(QStringLiteral("publish-%1").arg(i)), d);
        const double seconds = double(t.nsecsElapsed()) / 1e9;
        if (!created.ok())
            die(created.message());
        if (i > 0)
            rates.push_back(double(rows) / seconds);
    }
    // Baseline: 5·10^4 events row by row.
    constexpr qint64 baselineEvents = 50000;
    const Dossier small = Bench::generateDossier(baselineEvents, 10, 10, 0);
    std::vector<double> baseline;
    for (int i = 0; i <= reps; ++i) {
        truncateAll();
        const double seconds = publishRowByRow(small, QStringLiteral("rowbyrow-%1").arg(i));
        if (i > 0)
            baseline.push_back(double(baselineEvents) / seconds);
    }
    // Rates: the median is the median; the "p95" of a rate is its slow end (the 5th percentile).
    const auto rateFigure = [](std::vector<double> r) {
        std::sort(r.begin(), r.end());
        return Bench::Figure { r[r.size() / 2], r[size_t(double(r.size() - 1) * 0.05)] };
    };
    const auto copy = rateFigure(rates), rowByRow = rateFigure(baseline);
    Bench::report("pg.publish.1m.qpsql-rowbyrow", rowByRow, "rows/s", baselineEvents);
    Bench::report("pg.publish.1m", copy, "rows/s", d.events().size(), "pg.publish.1m.qpsql-rowbyrow",
        copy.median / rowByRow.median);
}

// Runs the event loop until done() while a 1 ms timer measures the longest gap between its ticks (ms).
template <typename Done> double pumpUntil(Done&& done)
{
    QElapsedTimer clock;
    clock.start();
    double worst = 0;
    qint64 last = clock.nsecsElapsed();
    QTimer tick;
    tick.setTimerType(Qt::PreciseTimer);
    QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
        const qint64 now = clock.nsecsElapsed();
        worst = std::max(worst, double(now - last) / 1e6);
        last = now;
    });
    tick.start(1);
    while (!done())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return std::max(worst, double(clock.nsecsElapsed() - last) / 1e6);
}

bool timelineFilled(MainWindow& w, qsizetype events)
{
    const auto& lanes = w.timelineView()->lanes();
    qsizetype rows = 0;
    for (qsizetype i = 0; i < lanes.laneCount(); ++i)
        rows += qsizetype(lanes.lane(i).rows.size());
    return rows >= events;
}

void benchOpen(const Dossier& d, const QString& dir, int reps)
{
    const qint64 n = d.events().size();
    truncateAll();
    const QString uri = uriOf(QStringLiteral("open-1m"));
    if (auto created = PostgresStore::create(uri, d); !created.ok())
        die(created.message());
    QSettings settings(dir + QStringLiteral("/open.ini"), QSettings::IniFormat);
    MainWindow w(&settings);
    w.resize(1280, 800);
    w.show();
    QCoreApplication::processEvents();
    std::vector<double> interactive, complete, stalls;
    for (int i = 0; i <= reps; ++i) {
        QElapsedTimer t;
        t.start();
        if (!w.openFile(uri, true))
            die(QStringLiteral("cannot open %1").arg(uri));
        QCoreApplication::processEvents();
        (void)w.grab();
        const double shown = double(t.nsecsElapsed()) / 1e6;
        const double stall = pumpUntil([&] { return !w.document()->isLoadingEvents() && timelineFilled(w, n); });
        (void)w.grab();
        if (w.document()->dossier().events().size() != n)
            die(QStringLiteral("loaded %1 events").arg(w.document()->dossier().events().size()));
        if (i > 0) {
            interactive.push_back(shown);
            complete.push_back(double(t.nsecsElapsed()) / 1e6);
            stalls.push_back(stall);
        }
    }
    w.setBackgroundLoadThreshold(std::numeric_limits<qint64>::max());
    const auto sync = Bench::timeMs(
        [&] {
            if (!w.openFile(uri, true) || w.document()->dossier().events().size() != n)
                die(QStringLiteral("synchronous open failed"));
            QCoreApplication::processEvents();
            (void)w.grab();
        },
        reps);
    const auto shown = Bench::figureOf(interactive);
    Bench::report("pg.open.1m.synchronous", sync, "ms", n);
    Bench::report("pg.open.1m", shown, "ms", n, "pg.open.1m.synchronous", sync.median / shown.median);
    Bench::report("pg.open.1m.events", Bench::figureOf(complete), "ms", n);
    Bench::report("pg.open.1m.maxstall", Bench::figureOf(stalls), "ms", n);
}
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    // bench_teamaccess [EVENTS] [publish|open|all] [REPS]: 10^6 events, both, 7 repetitions by default.
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QByteArray only = argc > 2 && QByteArray(argv[2]) != "all" ? QByteArray(argv[2]) : QByteArray();
    const int reps = argc > 3 ? std::max(1, QByteArray(argv[3]).toInt()) : 7;
    startCluster();
    QTemporaryDir dir;
    const Dossier d = Bench::generateDossier(n, 10, 10, 5);
    if (only.isEmpty() || only == "publish")
        benchPublish(d, reps);
    if (only.isEmpty() || only == "open")
        benchOpen(d, dir.path(), reps);
    stopCluster();
    return 0;
}
