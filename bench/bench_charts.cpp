// SPDX-License-Identifier: GPL-3.0-or-later
// Chart benchmarks over 10^6 generated events (shared/BENCH.md):
//   chart.render.1m             position history of one issue (step lines of 10 parties, status bands, event
//                               ticks of ~10^5 events) built from the dossier and rendered at 3840×2160 to a
//                               QImage, series decimated to the pixel columns
//   chart.render.1m.undecimated the same series handed to QtCharts undecimated (baseline)
//   chart.activity.render.1m    activity per week by party (stacked areas), built and rendered at 4K
//   chart.series.activity.1m    activity counts alone (binary search per bucket + one pass over refs)
//   export.svg.1m               the position-history chart to SVG (time, and size in MB)
#include "benchutil.h"
#include "charts/chartpaintable.h"
#include "export/imageexporter.h"
#include "generator.h"

#include <QApplication>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>

using namespace Entente;

namespace {
double renderOnce(const Dossier& d, const ChartSpec& spec)
{
    ChartPaintable chart(d, spec);
    QImage img(3840, 2160, QImage::Format_ARGB32_Premultiplied);
    QPainter painter(&img);
    painter.setRenderHint(QPainter::Antialiasing);
    chart.paint(&painter, QRectF(0, 0, 3840, 2160), RenderStyle::light());
    painter.end();
    return img.pixelColor(10, 10).redF(); // keep the work observable
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    constexpr qint64 N = 1'000'000;
    const Dossier d = Bench::generateDossier(N, 10, 10, 200);

    ChartSpec history;
    history.kind = ChartKind::History;
    history.issueId = u"i0"_qs;
    ChartSpec undecimated = history;
    undecimated.decimate = false;

    volatile double sink = 0;
    const auto base = Bench::timeMs([&] { sink = sink + renderOnce(d, undecimated); }, 7);
    const auto fast = Bench::timeMs([&] { sink = sink + renderOnce(d, history); }, 9);
    Bench::report("chart.render.1m.undecimated", base, "ms", N);
    Bench::report("chart.render.1m", fast, "ms", N, "chart.render.1m.undecimated", base.median / fast.median);

    ChartSpec activity;
    activity.kind = ChartKind::Activity;
    activity.bucket = ActivityBucket::Week;
    activity.group = ActivityGroup::Party;
    const auto act = Bench::timeMs([&] { sink = sink + renderOnce(d, activity); }, 9);
    Bench::report("chart.activity.render.1m", act, "ms", N);

    // Baseline for the series: a naive count that tests every event against every bucket's range by a
    // linear scan of the buckets (what a per-event loop without binary search costs).
    const auto series = Bench::timeMs(
        [&] { sink = sink + double(Entente::activity(d, ActivityBucket::Week, ActivityGroup::Party).counts.size()); }, 9);
    const auto naive = Bench::timeMs(
        [&] {
            const auto& store = d.events();
            std::vector<qint64> buckets;
            for (qint64 b = bucketStart(store.start(0), ActivityBucket::Week); b <= store.start(store.size() - 1);
                 b = nextBucket(b, ActivityBucket::Week))
                buckets.push_back(b);
            std::vector<int> counts(buckets.size() * 10, 0);
            for (qsizetype row = 0; row < store.size(); ++row) {
                const auto parties = store.refTexts(row, EventStore::RefKind::Party);
                size_t b = 0;
                while (b + 1 < buckets.size() && buckets[b + 1] <= store.start(row))
                    ++b;
                for (const auto& p : parties)
                    ++counts[b * 10 + size_t(d.partyIndex(p))];
            }
            sink = sink + counts[0];
        },
        7);
    Bench::report("chart.series.activity.1m.naive", naive, "ms", N);
    Bench::report("chart.series.activity.1m", series, "ms", N, "chart.series.activity.1m.naive",
        naive.median / series.median);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"history.svg"_qs);
    ExportOptions o;
    o.preset = ExportOptions::SizePreset::UltraHd;
    o.scale = 2;
    o.title = u"Position history"_qs;
    const auto svgBase = Bench::timeMs([&] { (void)ImageExporter(o).exportTo(ChartPaintable(d, undecimated), path); }, 7);
    const qint64 baseBytes = QFile(path).size();
    const auto svg = Bench::timeMs([&] { (void)ImageExporter(o).exportTo(ChartPaintable(d, history), path); }, 9);
    const qint64 bytes = QFile(path).size();
    Bench::report("export.svg.1m.undecimated", svgBase, "ms", N);
    Bench::report("export.svg.1m", svg, "ms", N, "export.svg.1m.undecimated", svgBase.median / svg.median);
    Bench::report("export.svg.1m.size.undecimated", { baseBytes / 1e6, baseBytes / 1e6 }, "MB", N);
    Bench::report("export.svg.1m.size", { bytes / 1e6, bytes / 1e6 }, "MB", N, "export.svg.1m.size.undecimated",
        double(baseBytes) / double(bytes));
    return sink > -1 ? 0 : 1;
}
