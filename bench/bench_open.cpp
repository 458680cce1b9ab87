// SPDX-License-Identifier: GPL-3.0-or-later
// store.open.1m: reopening a dossier file of 10^6 events to an interactive window — MainWindow::openFile()
// returns and the whole window has painted once (matrix, as-of control, docks, the timeline with its loading
// line) — in ms. The events then arrive from a worker thread: store.open.1m.events is the time until they are
// in the table and the timeline's lanes, and store.open.1m.maxstall the longest the GUI thread was busy meanwhile (a
// 1 ms timer measures the gaps between its ticks). Baseline in the same run: the same window opening the file
// synchronously (every event read before the window can paint), as it did before the two-phase open.
#include "benchutil.h"
#include "generator.h"

#include "document.h"
#include "mainwindow/mainwindow.h"
#include "sqlitestore.h"
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
    std::fprintf(stderr, "bench_open: %s\n", qPrintable(why));
    std::exit(1);
}
}

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    constexpr qint64 n = 1000000;
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("open-1m.entente"));
    {
        QString error;
        if (!SqliteStore::create(path, Bench::generateDossier(n, 10, 10, 5), &error))
            die(error);
    }
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    MainWindow w(&settings);
    w.resize(1280, 800);
    w.show();
    QCoreApplication::processEvents();

    // One timed open: until the window is interactive (returned and painted), then until the events are in.
    std::vector<double> interactive, complete, stalls;
    auto openOnce = [&](bool record) {
        QElapsedTimer t;
        t.start();
        if (!w.openFile(path, true))
            die(QStringLiteral("cannot open %1").arg(path));
        QCoreApplication::processEvents();
        (void)w.grab(); // paints every widget of the window once
        const double shown = double(t.nsecsElapsed()) / 1e6;
        double worst = 0;
        qint64 last = t.nsecsElapsed();
        QTimer tick;
        tick.setTimerType(Qt::PreciseTimer);
        QObject::connect(&tick, &QTimer::timeout, &tick, [&] {
            const qint64 now = t.nsecsElapsed();
            worst = std::max(worst, double(now - last) / 1e6);
            last = now;
        });
        tick.start(1);
        while (w.document()->isLoadingEvents())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        // The views take the events over the next turns (the timeline's lanes one turn later).
        auto timelineFilled = [&] {
            const auto& lanes = w.timelineView()->lanes();
            return lanes.laneCount() > 0 && !lanes.lane(0).rows.empty();
        };
        while (!timelineFilled())
            QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
        (void)w.grab();
        const qint64 now = t.nsecsElapsed();
        worst = std::max(worst, double(now - last) / 1e6);
        if (w.document()->dossier().events().size() != n)
            die(QStringLiteral("loaded %1 events").arg(w.document()->dossier().events().size()));
        if (record) {
            interactive.push_back(shown);
            complete.push_back(double(now) / 1e6);
            stalls.push_back(worst);
        }
    };
    auto figure = [](std::vector<double> v) {
        std::sort(v.begin(), v.end());
        return Bench::Figure { v[v.size() / 2], v[std::min(v.size() - 1, size_t(double(v.size()) * 0.95))] };
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

    const auto shown = figure(interactive);
    Bench::report("store.open.1m.synchronous", sync, "ms", n);
    Bench::report("store.open.1m", shown, "ms", n, "store.open.1m.synchronous", sync.median / shown.median);
    Bench::report("store.open.1m.events", figure(complete), "ms", n);
    Bench::report("store.open.1m.maxstall", figure(stalls), "ms", n);
    return 0;
}
