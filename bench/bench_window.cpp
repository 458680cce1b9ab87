// SPDX-License-Identifier: GPL-3.0-or-later
// The window with 10^6 events, as the analyst waits on it (offscreen, 1280 x 800).
//
// store.open.1m: reopening a dossier file of 10^6 events to an interactive window — MainWindow::openFile()
// returns and the whole window has painted once (matrix, as-of control, docks, the timeline with its loading
// line) — in ms. The events then arrive from a worker thread: store.open.1m.events is the time until they are
// in the table and the timeline's lanes, and store.open.1m.maxstall the longest the GUI thread was busy
// meanwhile. Baseline in the same run: the same window opening the file synchronously (every event read before
// the window can paint), as it did before the two-phase open.
//
// import.window.1m: importing a 10^6-row ACLED-style CSV into an open dossier the way the import wizard does
// (the runner parses and merges on a worker, Document writes on another), from start until the events are in
// the table and the timeline; import.window.1m.maxstall is the longest GUI-thread stall during all of it
// (the issue asks for no frame over 50 ms). Baseline in the same run: the synchronous adoption the window used
// before (Document::applyImportDossier on the GUI thread), whose stall is the whole write.
//
// A stall is the longest gap between ticks of a 1 ms timer on the GUI thread, so it includes every slot, paint
// and reset that ran in between.
#include "benchutil.h"
#include "generator.h"

#include "document.h"
#include "eventimportmapping.h"
#include "eventimportrunner.h"
#include "eventsmodel.h"
#include "mainwindow/mainwindow.h"
#include "sqlitestoretest.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace Entente;

namespace {
[[noreturn]] void die(const QString& why)
{
    std::fprintf(stderr, "bench_window: %s\n", qPrintable(why));
    std::exit(1);
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
    return rows >= events; // an event sits in every lane of its parties
}

// A plain ACLED-style file: the columns the "acled" preset maps, 300 actors, dates over ten years.
void writeCsv(const QString& path, qint64 rows)
{
    static const char* const months[] = { "January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December" };
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        die(f.errorString());
    f.write("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,"
            "source,notes,fatalities\n");
    QByteArray line;
    for (qint64 i = 0; i < rows; ++i) {
        line = "UKR" + QByteArray::number(i) + ',' + QByteArray::number(1 + i % 28) + ' ' + months[i / 28 % 12] + ' '
            + QByteArray::number(2016 + i % 10) + ",Battles,Armed clash,Actor " + QByteArray::number(i * 7 % 300)
            + ",,Ukraine,Place " + QByteArray::number(i % 1000) + ",48.1,37.5,Outlet " + QByteArray::number(i % 20)
            + ",Report " + QByteArray::number(i * 31 % 1000003) + " on the ground,0\n";
        f.write(line);
    }
}

void benchOpen(const QString& dir)
{
    constexpr qint64 n = 1000000;
    const QString path = dir + QStringLiteral("/open-1m.entente");
    {
        QString error;
        if (!SqliteTest::create(path, Bench::generateDossier(n, 10, 10, 5), &error))
            die(error);
    }
    QSettings settings(dir + QStringLiteral("/open.ini"), QSettings::IniFormat);
    MainWindow w(&settings);
    w.resize(1280, 800);
    w.show();
    QCoreApplication::processEvents();

    std::vector<double> interactive, complete, stalls;
    auto openOnce = [&](bool record) {
        QElapsedTimer t;
        t.start();
        if (!w.openFile(path, true))
            die(QStringLiteral("cannot open %1").arg(path));
        QCoreApplication::processEvents();
        (void)w.grab(); // paints every widget of the window once
        const double shown = double(t.nsecsElapsed()) / 1e6;
        const double stall = pumpUntil([&] { return !w.document()->isLoadingEvents() && timelineFilled(w, n); });
        (void)w.grab();
        if (w.document()->dossier().events().size() != n)
            die(QStringLiteral("loaded %1 events").arg(w.document()->dossier().events().size()));
        if (record) {
            interactive.push_back(shown);
            complete.push_back(double(t.nsecsElapsed()) / 1e6);
            stalls.push_back(stall);
        }
    };
    constexpr int reps = 7;
    openOnce(false);
    for (int i = 0; i < reps; ++i)
        openOnce(true);

    w.setBackgroundLoadThreshold(std::numeric_limits<qint64>::max());
    const auto sync = Bench::timeMs(
        [&] {
            if (!w.openFile(path, true) || w.document()->dossier().events().size() != n)
                die(QStringLiteral("synchronous open failed"));
            QCoreApplication::processEvents();
            (void)w.grab();
        },
        reps);

    const auto shown = Bench::figureOf(interactive);
    Bench::report("store.open.1m.synchronous", sync, "ms", n);
    Bench::report("store.open.1m", shown, "ms", n, "store.open.1m.synchronous", sync.median / shown.median);
    Bench::report("store.open.1m.events", Bench::figureOf(complete), "ms", n);
    Bench::report("store.open.1m.maxstall", Bench::figureOf(stalls), "ms", n);
}

void benchImport(const QString& dir)
{
    constexpr qint64 n = 1000000;
    const QString csv = dir + QStringLiteral("/import-1m.csv");
    writeCsv(csv, n);
    const QString base = dir + QStringLiteral("/import-base.entente");
    {
        QString error;
        if (!SqliteTest::create(base, Bench::generateDossier(40, 6, 6, 2), &error))
            die(error);
    }
    const ColumnMapping mapping = *mappingPreset(QStringLiteral("acled"));
    QSettings settings(dir + QStringLiteral("/import.ini"), QSettings::IniFormat);
    MainWindow w(&settings);
    w.resize(1280, 800);
    w.show();

    // One import into a fresh copy of the small dossier; returns (total ms, longest stall ms).
    auto importOnce = [&](bool background) {
        const QString target = dir + QStringLiteral("/import-target.entente");
        QFile::remove(target);
        if (!QFile::copy(base, target) || !w.openFile(target, true))
            die(QStringLiteral("cannot open the import target"));
        QCoreApplication::processEvents();
        EventImportRunner runner;
        bool parsed = false, adopted = false;
        QObject::connect(&runner, &EventImportRunner::finished, &w, [&](const Status& status) {
            if (!status.ok())
                die(status.message());
            parsed = true;
            if (background) {
                w.adoptImport(*runner.takeResult(), true);
            } else {
                const QString e = w.document()->applyImportDossier(*runner.takeResult()).message();
                if (!e.isEmpty())
                    die(e);
            }
        });
        QObject::connect(w.document(), &Document::importFinished, &runner, [&](const Status& result) {
            if (!result.ok())
                die(result.message());
            adopted = true;
        });
        QElapsedTimer t;
        t.start();
        if (const Status started = runner.start(csv, mapping, w.document()->dossier()); !started.ok())
            die(started.message());
        const double stall = pumpUntil([&] {
            return parsed && (adopted || !background) && w.eventsModel()->rowCount() == n + 40 && timelineFilled(w, n);
        });
        return std::pair(double(t.nsecsElapsed()) / 1e6, stall);
    };
    constexpr int reps = 5;
    std::vector<double> total, stalls, baseTotal, baseStalls;
    importOnce(true);
    for (int i = 0; i < reps; ++i) {
        const auto [ms, stall] = importOnce(true);
        total.push_back(ms);
        stalls.push_back(stall);
        const auto [baseMs, baseStall] = importOnce(false);
        baseTotal.push_back(baseMs);
        baseStalls.push_back(baseStall);
    }
    const auto stall = Bench::figureOf(stalls), baseStall = Bench::figureOf(baseStalls);
    Bench::report("import.window.1m.synchronous", Bench::figureOf(baseTotal), "ms", n);
    Bench::report("import.window.1m", Bench::figureOf(total), "ms", n);
    Bench::report("import.window.1m.maxstall.synchronous", baseStall, "ms", n);
    Bench::report("import.window.1m.maxstall", stall, "ms", n, "import.window.1m.maxstall.synchronous",
        baseStall.median / stall.median);
}
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    if (!dir.isValid())
        die(QStringLiteral("no temporary folder"));
    const QStringList args = app.arguments();
    if (!args.contains(QStringLiteral("--import-only")))
        benchOpen(dir.path());
    if (!args.contains(QStringLiteral("--open-only")))
        benchImport(dir.path());
    return 0;
}
