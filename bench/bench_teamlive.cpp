// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode, live (issue 11). Starts its own throwaway PostgreSQL cluster (tests/pgcluster.sh, Unix socket
// only) and stops it at the end.
//   pg.edit.roundtrip   one analyst's edit of an event through Document (transaction, versioned update, journal
//                       line, commit) on the server; baseline: the same edit on a dossier file (SQLite).
//   pg.notify.latency   an edit in window A until window B has applied it (NOTIFY, changesSince, signals);
//                       baseline: B learning it by reopening the dossier (the naive "reload on hint").
//   pg.edit.concurrent16  16 analysts editing at once (each its own connection and thread, the Document's
//                       transaction shape: an event update or a recorded stance, with the journal line) for 60 s
//                       (--quick: 5 s), p95 of one edit; baseline: one analyst alone, same mix.
#include "benchutil.h"
#include "commands.h"
#include "document.h"
#include "generator.h"
#include "postgresstore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <atomic>
#include <mutex>
#include <thread>

using namespace Entente;

namespace {
[[noreturn]] void die(const QString& why)
{
    std::fprintf(stderr, "bench_teamlive: %s\n", qPrintable(why));
    std::exit(1);
}

// The throwaway cluster of the tests (tests/pgcluster.sh), in a short folder (the socket path is limited).
class Cluster {
public:
    Cluster()
        : m_dir(QStringLiteral("/tmp/entente-pgbench-%1").arg(QCoreApplication::applicationPid()))
    {
        if (run(QStringLiteral("start")) != 0)
            die(QStringLiteral("cannot start a PostgreSQL cluster (tests/pgcluster.sh; package postgresql)"));
    }
    ~Cluster() { (void)run(QStringLiteral("stop")); }
    [[nodiscard]] QString uri(const QString& dossier, const QString& user = QStringLiteral("alice")) const
    {
        return QStringLiteral("postgresql:///entente?host=%1/sock&user=%2&dossier=%3").arg(m_dir, user, dossier);
    }

private:
    int run(const QString& what)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral("bash"), { QStringLiteral(ENTENTE_SOURCE_DIR "/tests/pgcluster.sh"), what, m_dir });
        p.waitForFinished(180000);
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }
    QString m_dir;
};

std::unique_ptr<Document> openDoc(const QString& location, const QString& analyst)
{
    auto doc = std::make_unique<Document>();
    doc->setUserName(analyst);
    Document::OpenOptions options;
    options.backgroundThreshold = 0;
    if (auto r = doc->openLocation(location, options); !r.ok())
        die(r.message());
    return doc;
}

// Edits of one event's title, alternating, through the command facade as the window does.
Bench::Figure editRoundtrip(Document& doc, int reps)
{
    Event e = doc.dossier().events().event(0);
    int n = 0;
    std::vector<double> t;
    for (int i = 0; i < reps + 5; ++i) {
        e.title = QStringLiteral("Edited %1").arg(++n);
        QElapsedTimer timer;
        timer.start();
        if (const auto edit = Command::editEvent(&doc, e); !Command::applied(edit))
            die(edit.ok() ? QStringLiteral("the edit changed nothing") : edit.message());
        if (i >= 5)
            t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return Bench::figureOf(std::move(t));
}

// Waits (event loop running) until `done` or 5 s.
bool waitFor(const std::function<bool()>& done)
{
    QElapsedTimer timer;
    timer.start();
    while (!done() && timer.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    return done();
}

// One analyst's thread: `edits` edits (or until `deadline`), half event updates, half recorded stances, each in
// the Document's transaction shape. Returns the edit times in ms.
std::vector<double> editor(const QString& uri, int index, const std::atomic<bool>& stop, QString* error)
{
    StoreOpenOptions options;
    options.userName = QStringLiteral("editor %1").arg(index);
    auto opened = PostgresStore::open(uri, options);
    if (!opened.ok()) {
        *error = opened.message();
        return {};
    }
    PostgresStore& store = *opened.value();
    Dossier d;
    RowVersions versions;
    if (auto st = store.load(d, &versions); !st.ok()) {
        *error = st.message();
        return {};
    }
    // Each editor its own event (no conflicts: we measure the server, not the retry loop).
    Event e = d.events().event(index);
    qint64 version = versions.get(RowKind::Event, QString::number(e.id));
    std::vector<double> t;
    for (int i = 0; !stop.load(); ++i) {
        QElapsedTimer timer;
        timer.start();
        Status st = store.begin();
        if (i % 2 == 0) {
            e.title = QStringLiteral("Editor %1 edit %2").arg(index).arg(i);
            if (st.ok()) {
                auto r = store.updateRow(e, version);
                if (r.ok())
                    version = r.value();
                else
                    st = r.error();
            }
        } else if (st.ok()) {
            PositionChange c;
            c.partyId = d.parties()[index % d.parties().size()].id;
            c.issueId = d.issues()[i % d.issues().size()].id;
            c.stance = d.stanceScale()[i % 5].key;
            c.effective = PartialDate { 1765800000000 + i * 60000LL, Precision::Day };
            c.recordedAt = QDateTime::currentMSecsSinceEpoch();
            c.recordedBy = options.userName;
            auto r = store.appendChange(c);
            if (!r.ok())
                st = r.error();
        }
        if (st.ok())
            st = store.journal(QStringLiteral("Edit %1").arg(i));
        if (st.ok())
            st = store.commit();
        if (!st.ok()) {
            store.rollback();
            *error = st.message();
            return t;
        }
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return t;
}

Bench::Figure concurrent(const QString& uri, int editors, int seconds, qint64* edits)
{
    std::atomic<bool> stop { false };
    std::vector<std::vector<double>> times(static_cast<size_t>(editors));
    QStringList errors(editors);
    std::vector<std::thread> threads;
    for (int i = 0; i < editors; ++i)
        threads.emplace_back([&, i] { times[size_t(i)] = editor(uri, i, stop, &errors[i]); });
    std::this_thread::sleep_for(std::chrono::seconds(seconds));
    stop = true;
    for (auto& t : threads)
        t.join();
    std::vector<double> all;
    for (int i = 0; i < editors; ++i) {
        if (!errors[i].isEmpty())
            die(errors[i]);
        all.insert(all.end(), times[size_t(i)].begin(), times[size_t(i)].end());
    }
    *edits = qint64(all.size());
    return Bench::figureOf(std::move(all));
}
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const bool quick = app.arguments().contains(QStringLiteral("--quick"));
    Cluster cluster;
    QTemporaryDir dir;
    const Dossier seed = Bench::generateDossier(1000, 20, 10, 2);

    // pg.edit.roundtrip, against the same edit on a dossier file.
    const QString id = QStringLiteral("bench-live");
    if (auto st = Document::createDossier(cluster.uri(id), seed); !st.ok())
        die(st.message());
    const QString file = dir.filePath(QStringLiteral("bench.entente"));
    if (auto st = Document::createDossier(file, seed); !st.ok())
        die(st.message());
    const int reps = quick ? 50 : 300;
    {
        auto a = openDoc(cluster.uri(id), QStringLiteral("Olena"));
        auto local = openDoc(file, QStringLiteral("Olena"));
        const Bench::Figure pg = editRoundtrip(*a, reps);
        const Bench::Figure sqlite = editRoundtrip(*local, reps);
        Bench::report("pg.edit.roundtrip.file", sqlite, "ms", reps);
        Bench::report("pg.edit.roundtrip", pg, "ms", reps, "pg.edit.roundtrip.file", pg.median / sqlite.median);
    }

    // pg.notify.latency: A edits, B (same process, its own connections) applies; against reopening.
    {
        auto a = openDoc(cluster.uri(id), QStringLiteral("Olena"));
        auto b = openDoc(cluster.uri(id, QStringLiteral("bob")), QStringLiteral("Marc"));
        Event e = a->dossier().events().event(1);
        const qint64 eventId = e.id;
        auto titleIn = [eventId](const Document& d) {
            return d.dossier().events().event(d.dossier().events().rowOfId(eventId)).title;
        };
        std::vector<double> live, reload;
        const int n = quick ? 30 : 100;
        for (int i = 0; i < n + 3; ++i) {
            e.title = QStringLiteral("Notified %1").arg(i);
            QElapsedTimer timer;
            timer.start();
            if (!Command::applied(Command::editEvent(a.get(), e)))
                die(QStringLiteral("edit failed"));
            if (!waitFor([&] { return titleIn(*b) == e.title; }))
                die(QStringLiteral("B never saw the edit"));
            const double ms = double(timer.nsecsElapsed()) / 1e6;
            if (i >= 3)
                live.push_back(ms);
        }
        for (int i = 0; i < std::max(7, n / 10); ++i) {
            e.title = QStringLiteral("Reloaded %1").arg(i);
            QElapsedTimer timer;
            timer.start();
            if (!Command::applied(Command::editEvent(a.get(), e)))
                die(QStringLiteral("edit failed"));
            auto c = openDoc(cluster.uri(id, QStringLiteral("bob")), QStringLiteral("Marc"));
            if (titleIn(*c) != e.title)
                die(QStringLiteral("the reopened dossier lacks the edit"));
            reload.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        const Bench::Figure f = Bench::figureOf(live);
        const Bench::Figure base = Bench::figureOf(reload);
        Bench::report("pg.notify.latency.reload", base, "ms", seed.events().size());
        Bench::report(
            "pg.notify.latency", f, "ms", seed.events().size(), "pg.notify.latency.reload", f.median / base.median);
    }

    // 16 editors at once, against one alone.
    {
        const int seconds = quick ? 5 : 60;
        qint64 alone = 0, together = 0;
        const Bench::Figure one = concurrent(cluster.uri(id, QStringLiteral("bob")), 1, quick ? 3 : 10, &alone);
        const Bench::Figure sixteen = concurrent(cluster.uri(id, QStringLiteral("bob")), 16, seconds, &together);
        Bench::report("pg.edit.concurrent1", one, "ms", alone);
        Bench::report(
            "pg.edit.concurrent16", sixteen, "ms", together, "pg.edit.concurrent1", sixteen.median / one.median);
        std::fprintf(stderr, "bench_teamlive: 16 editors, %d s: %lld edits (%.0f/s)\n", seconds, together,
            double(together) / seconds);
    }
    return 0;
}
