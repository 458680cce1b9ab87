// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Timing and reporting shared by every benchmark (conventions: shared/BENCH.md). A figure is the median of
// at least 7 timed repetitions after a warm-up, reported with its p95 as one greppable line:
//   BENCH <id> median=<n> p95=<n> unit=<unit> n=<events> [baseline=<id> ratio=<n>]

#include <QElapsedTimer>
#include <QTextStream>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <vector>

namespace Bench {

struct Figure {
    double median = 0;
    double p95 = 0;
};

// Median and p95 of timings measured by hand (one or more values).
inline Figure figureOf(std::vector<double> t)
{
    std::sort(t.begin(), t.end());
    return { t[t.size() / 2], t[std::min(t.size() - 1, size_t(double(t.size()) * 0.95))] };
}

// Runs fn once to warm up, then `reps` timed times; returns milliseconds.
inline Figure timeMs(const std::function<void()>& fn, int reps = 9, bool warmUp = true)
{
    if (warmUp)
        fn();
    std::vector<double> t;
    t.reserve(size_t(reps));
    for (int i = 0; i < reps; ++i) {
        QElapsedTimer timer;
        timer.start();
        fn();
        t.push_back(double(timer.nsecsElapsed()) / 1e6);
    }
    return figureOf(std::move(t));
}

inline Figure scaled(Figure f, double factor) { return { f.median * factor, f.p95 * factor }; }

inline void report(const char* id, Figure f, const char* unit, long long n, const char* baselineId = nullptr,
    double ratio = 0)
{
    if (baselineId)
        std::printf("BENCH %s median=%.4g p95=%.4g unit=%s n=%lld baseline=%s ratio=%.3g\n", id, f.median, f.p95, unit,
            n, baselineId, ratio);
    else
        std::printf("BENCH %s median=%.4g p95=%.4g unit=%s n=%lld\n", id, f.median, f.p95, unit, n);
    std::fflush(stdout);
}

inline long peakRssKb()
{
    rusage u {};
    getrusage(RUSAGE_SELF, &u);
    return u.ru_maxrss;
}

} // namespace Bench
