// SPDX-License-Identifier: GPL-3.0-or-later
// Timeline frame cost, hit testing and memory on synthetic dossiers (10 parties, 10 years), against one
// QGraphicsRectItem per event in a QGraphicsScene rendered to the same 1920 x 600 image.
// The view figures (timeline.frame.1m*.view*) go through TimelineView's own update path (viewport repaint into
// the window's backing store): a repaint of an unchanged view, and a pan of 12 px per frame, which scrolls the kept
// frame of the time area and paints the exposed columns (zoomed out, density lanes are repainted whole). The
// *.zoomstep figures paint each frame at another resolution than the last, so no per-column count is reused.
// Set ENTENTE_BENCH_IMAGES=<dir> to also write the rendered frames there. Options for investigating (their
// output goes to stderr): --frames-only (1m frames and hit test, no baseline), --no-10m, --breakdown (CPU
// time of layout, static and dynamic layers), --profile-out / --profile-in (300 frames at 10m, for perf), --only-10m.
#include "benchutil.h"
#include "generator.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"

#include <QApplication>
#include <QGraphicsRectItem>
#include <QGraphicsScene>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>

#include <memory>

using namespace Entente;

namespace {
constexpr int Width = 1920;
constexpr int Height = 600;

struct Views {
    TimeScale out; // the whole ten years
    TimeScale in; // one week in the middle
};

Views views(const Dossier& d, double timeWidth)
{
    const auto& s = d.events();
    Views v;
    v.out = TimeScale(0, 1, timeWidth);
    v.out.fit(s.start(0), s.start(s.size() - 1));
    const qint64 mid = s.start(s.size() / 2);
    v.in = TimeScale(mid, 7.0 * TimeScale::DayMs / timeWidth, timeWidth);
    return v;
}

double timeWidth(const TimelineRenderer& r, const RenderStyle& style)
{
    return r.layout(QRectF(0, 0, Width, Height), style, false).timeArea.width();
}

void saveImage(const QImage& img, const char* name)
{
    const QByteArray dir = qgetenv("ENTENTE_BENCH_IMAGES");
    if (!dir.isEmpty() && !img.save(QString::fromLocal8Bit(dir) + u'/' + QString::fromLatin1(name) + u".png"_qs))
        std::fprintf(stderr, "could not save %s\n", name);
}

Bench::Figure frame(const TimelineRenderer& r, QImage& img, const RenderStyle& style, int reps)
{
    return Bench::timeMs(
        [&] {
            QPainter p(&img);
            r.paint(&p, QRectF(0, 0, Width, Height), style);
        },
        reps);
}

// Zoomed out, each frame at another resolution than the one before (a zoom step), so nothing of the last
// frame's per-column counts can be reused (frame() repaints one unchanged view).
Bench::Figure zoomSteps(TimelineRenderer& r, const TimeScale& at, QImage& img, const RenderStyle& style, int reps)
{
    int step = 0;
    return Bench::timeMs(
        [&] {
            TimeScale sc = at;
            sc.setMsecsPerPixel(at.msecsPerPixel() * (++step % 2 == 0 ? 1.0 : 0.9));
            r.setScale(sc);
            QPainter p(&img);
            r.paint(&p, QRectF(0, 0, Width, Height), style);
        },
        reps);
}

// One QGraphicsRectItem per event, in its first party's lane, in scene coordinates of days x pixels.
std::unique_ptr<QGraphicsScene> buildScene(const Dossier& d, qint64 origin)
{
    auto scene = std::make_unique<QGraphicsScene>();
    const auto& s = d.events();
    std::vector<QBrush> brushes;
    for (const auto& p : d.parties())
        brushes.push_back(QColor::fromString(p.color));
    const double laneH = 50;
    for (qsizetype row = 0; row < s.size(); ++row) {
        qsizetype lane = 0;
        for (quint32 ref : s.refs(row))
            if (EventStore::refKindOf(ref) == quint32(EventStore::RefKind::Party)) {
                lane = d.partyIndex(s.symbols().text(EventStore::refSymbolOf(ref)));
                break;
            }
        const double x = double(s.start(row) - origin) / TimeScale::DayMs;
        auto* item = new QGraphicsRectItem(x, double(lane) * laneH + 20, 0.2, 10);
        item->setBrush(brushes[size_t(std::max<qsizetype>(0, lane))]);
        item->setPen(Qt::NoPen);
        scene->addItem(item);
    }
    return scene;
}

Bench::Figure sceneFrame(QGraphicsScene& scene, const QRectF& source, QImage& img, int reps)
{
    return Bench::timeMs(
        [&] {
            img.fill(Qt::white);
            QPainter p(&img);
            scene.render(&p, QRectF(0, 0, Width, Height), source, Qt::IgnoreAspectRatio);
        },
        reps);
}

// Process CPU time per call (ms): steadier than wall time on a loaded machine; used for the breakdown only.
Bench::Figure cpuMs(const std::function<void()>& fn, int reps)
{
    fn();
    std::vector<double> t;
    for (int i = 0; i < reps; ++i) {
        timespec a {}, b {};
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &a);
        fn();
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &b);
        t.push_back(double(b.tv_sec - a.tv_sec) * 1e3 + double(b.tv_nsec - a.tv_nsec) / 1e6);
    }
    return Bench::figureOf(std::move(t));
}

void breakdown(const TimelineLanes& lanes, TimelineRenderer& r, const Views& v, QImage& img, const RenderStyle& style)
{
    {
        r.setScale(v.out);
        const auto lay0 = r.layout(QRectF(0, 0, Width, Height), style);
        qint64 total = 0;
        const auto ts = cpuMs(
            [&] {
                for (int lane = 0; lane < lanes.laneCount(); ++lane) {
                    qsizetype prev = lanes.lowerBound(lane, lay0.scale.toMsecs(0));
                    for (int c = 0; c < int(lay0.timeArea.width()); ++c) {
                        const qsizetype next = lanes.gallopLowerBound(lane, lay0.scale.toMsecs(c + 1), prev);
                        total += next - prev;
                        prev = next;
                    }
                }
            },
            31);
        std::fprintf(stderr, "searches %.2f ms (p95 %.2f) %lld\n", ts.median, ts.p95, total);
        for (const TimeScale& sc : { v.out, v.in }) {
            r.setScale(sc);
            const QRectF rect(0, 0, Width, Height);
            TimelineRenderer::Layout lay;
            const auto tl = cpuMs([&] { lay = r.layout(rect, style); }, 31);
            const auto tb = cpuMs([&] { QPainter p(&img); r.paintLayers(&p, lay, style, TimelineRenderer::Background); }, 31);
            const auto tf = cpuMs([&] { QPainter p(&img); r.paintLayers(&p, lay, style, TimelineRenderer::Foreground); }, 31);
            const auto tw = cpuMs([&] { QPainter p(&img); r.paint(&p, rect, style); }, 31);
            std::fprintf(stderr, "whole %.2f (p95 %.2f) ", tw.median, tw.p95);
            std::fprintf(stderr, "layout %.2f background %.2f foreground %.2f (p95 %.2f %.2f %.2f)\n", tl.median, tb.median,
                tf.median, tl.p95, tb.p95, tf.p95);
        }
    }
}

long rssKb()
{
    FILE* f = std::fopen("/proc/self/statm", "r");
    long pages = 0, resident = 0;
    if (f) {
        if (std::fscanf(f, "%ld %ld", &pages, &resident) != 2)
            resident = 0;
        std::fclose(f);
    }
    return resident * 4;
}
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const RenderStyle style = RenderStyle::light(QFont(u"DejaVu Sans"_qs, 9));
    QImage img(Width, Height, QImage::Format_ARGB32_Premultiplied);

    if (!app.arguments().contains(u"--only-10m"_qs)) {
        const qint64 n = 1000000;
        const Dossier d = Bench::generateDossier(n, 10);
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        const Views v = views(d, timeWidth(r, style));
        r.setAsOf(d.events().start(n / 2));
        if (app.arguments().contains(u"--breakdown"_qs)) {
            breakdown(lanes, r, v, img, style);
            return 0;
        }

        r.setScale(v.out);
        if (app.arguments().contains(u"--profile-out"_qs) || app.arguments().contains(u"--profile-in"_qs)) {
            if (app.arguments().contains(u"--profile-in"_qs))
                r.setScale(v.in);
            frame(r, img, style, 300);
            return 0;
        }
        const auto out = frame(r, img, style, 31);
        saveImage(img, "timeline-1m-out");
        const auto outZoom = zoomSteps(r, v.out, img, style, 31);
        r.setScale(v.in);
        const auto in = frame(r, img, style, 31);
        saveImage(img, "timeline-1m-in");
        // A pan zoomed in: each frame 12 px later than the one before, as a drag of the view does (the figure
        // above repaints one unchanged view).
        int panStep = 0;
        const auto pan = Bench::timeMs(
            [&] {
                TimeScale sc = v.in;
                sc.setStart(v.in.start() + qint64(double(++panStep % 400) * 12 * v.in.msecsPerPixel()));
                r.setScale(sc);
                QPainter p(&img);
                r.paint(&p, QRectF(0, 0, Width, Height), style);
            },
            61);
        r.setScale(v.in);

        // The same views through the widget, as the analyst sees them.
        struct ViewFigures {
            Bench::Figure still, pan;
        };
        auto viewFigures = [&](const TimeScale& at) {
            TimelineView view;
            view.resize(Width, Height);
            view.setFont(style.font);
            view.setDossier(&d);
            view.finishLayout();
            view.setAsOf(d.events().start(n / 2));
            view.show();
            view.setScale(TimeScale(at.start(), at.msecsPerPixel(), at.width()));
            QCoreApplication::processEvents();
            ViewFigures f;
            f.still = Bench::timeMs([&] { view.viewport()->repaint(); }, 61);
            const TimeScale base = view.scale();
            int step = 0;
            f.pan = Bench::timeMs(
                [&] {
                    TimeScale sc = base;
                    sc.setStart(base.start() + qint64(double(++step % 400) * 12 * base.msecsPerPixel()));
                    view.setScale(sc);
                    view.viewport()->repaint();
                },
                61);
            return f;
        };
        const ViewFigures viewIn = viewFigures(v.in);
        const ViewFigures viewOut = viewFigures(v.out);

        // Hit testing: random points over the lanes, per call.
        QRandomGenerator rng(7);
        const auto layoutIn = r.layout(QRectF(0, 0, Width, Height), style, false);
        std::vector<QPointF> points;
        for (int i = 0; i < 4096; ++i)
            points.push_back({ layoutIn.timeArea.left() + rng.bounded(layoutIn.timeArea.width()),
                layoutIn.timeArea.top() + rng.bounded(layoutIn.timeArea.height()) });
        size_t k = 0;
        qint64 sink = 0;
        const auto hit = Bench::scaled(Bench::timeMs([&] { sink += r.hitTest(layoutIn, points[k++ % points.size()]); }, 2001), 1000);
        r.setScale(v.out);
        const auto layoutOut = r.layout(QRectF(0, 0, Width, Height), style, false);
        const auto hitOut = Bench::scaled(Bench::timeMs([&] { sink += r.hitTest(layoutOut, points[k++ % points.size()]); }, 2001), 1000);

        const double bytes = double(d.events().memoryBytes() + lanes.memoryBytes()) / double(n);
        const double laneBytes = double(lanes.memoryBytes()) / double(n);

        if (app.arguments().contains(u"--frames-only"_qs)) {
            Bench::report("timeline.frame.1m", out, "ms", n);
            Bench::report("timeline.frame.1m.zoomstep", outZoom, "ms", n);
            Bench::report("timeline.frame.1m.zoomedin", in, "ms", n);
            Bench::report("timeline.frame.1m.zoomedin.pan", pan, "ms", n);
            Bench::report("timeline.frame.1m.view", viewOut.still, "ms", n);
            Bench::report("timeline.frame.1m.view.pan", viewOut.pan, "ms", n);
            Bench::report("timeline.frame.1m.zoomedin.view", viewIn.still, "ms", n);
            Bench::report("timeline.frame.1m.zoomedin.view.pan", viewIn.pan, "ms", n);
            Bench::report("timeline.hittest.1m", hit, "us", n);
            return 0;
        }
        // Baseline: a QGraphicsScene with one item per event, built and rendered in the same run.
        const long rssBefore = rssKb();
        const qint64 origin = v.out.start();
        auto scene = buildScene(d, origin);
        const long rssAfter = rssKb();
        const double days = double(v.out.end() - v.out.start()) / TimeScale::DayMs;
        const QRectF sourceOut(0, 0, days, 10 * 50 + 40);
        const double inFrom = double(v.in.start() - origin) / TimeScale::DayMs;
        const QRectF sourceIn(inFrom, 0, 7, 10 * 50 + 40);
        std::fprintf(stderr, "scene built\n");
        const auto sceneOut = sceneFrame(*scene, sourceOut, img, 3);
        std::fprintf(stderr, "scene out %.1f ms\n", sceneOut.median);
        saveImage(img, "qgraphicsscene-1m-out");
        const auto sceneIn = sceneFrame(*scene, sourceIn, img, 7);
        std::fprintf(stderr, "scene in %.1f ms\n", sceneIn.median);
        k = 0;
        const auto sceneHit = Bench::scaled(Bench::timeMs(
                                                [&] {
                                                    const QPointF p = points[k++ % points.size()];
                                                    const QPointF sp(inFrom + (p.x() - layoutIn.timeArea.left()) / layoutIn.timeArea.width() * 7,
                                                        p.y() - layoutIn.timeArea.top());
                                                    sink += scene->items(sp).size();
                                                },
                                                21),
            1000);
        const double sceneBytes = double(rssAfter - rssBefore) * 1024.0 / double(n);
        scene.reset();

        Bench::report("timeline.frame.1m", out, "ms", n, "timeline.frame.1m.qgraphicsscene", sceneOut.median / out.median);
        Bench::report("timeline.frame.1m.zoomstep", outZoom, "ms", n, "timeline.frame.1m.qgraphicsscene", sceneOut.median / outZoom.median);
        Bench::report("timeline.frame.1m.zoomedin", in, "ms", n, "timeline.frame.1m.qgraphicsscene.zoomedin",
            sceneIn.median / in.median);
        Bench::report("timeline.frame.1m.zoomedin.pan", pan, "ms", n, "timeline.frame.1m.qgraphicsscene.zoomedin",
            sceneIn.median / pan.median);
        Bench::report("timeline.frame.1m.view", viewOut.still, "ms", n, "timeline.frame.1m.qgraphicsscene", sceneOut.median / viewOut.still.median);
        Bench::report("timeline.frame.1m.view.pan", viewOut.pan, "ms", n, "timeline.frame.1m.qgraphicsscene", sceneOut.median / viewOut.pan.median);
        Bench::report("timeline.frame.1m.zoomedin.view", viewIn.still, "ms", n, "timeline.frame.1m.qgraphicsscene.zoomedin",
            sceneIn.median / viewIn.still.median);
        Bench::report("timeline.frame.1m.zoomedin.view.pan", viewIn.pan, "ms", n, "timeline.frame.1m.qgraphicsscene.zoomedin",
            sceneIn.median / viewIn.pan.median);
        Bench::report("timeline.frame.1m.qgraphicsscene", sceneOut, "ms", n);
        Bench::report("timeline.frame.1m.qgraphicsscene.zoomedin", sceneIn, "ms", n);
        Bench::report("timeline.hittest.1m", hit, "us", n, "timeline.hittest.1m.qgraphicsscene", sceneHit.median / hit.median);
        Bench::report("timeline.hittest.1m.zoomedout", hitOut, "us", n);
        Bench::report("timeline.hittest.1m.qgraphicsscene", sceneHit, "us", n);
        Bench::report("timeline.memory", { bytes, bytes }, "B/event", n, "timeline.memory.qgraphicsscene", sceneBytes / bytes);
        Bench::report("timeline.memory.lanes", { laneBytes, laneBytes }, "B/event", n);
        Bench::report("timeline.memory.qgraphicsscene", { sceneBytes, sceneBytes }, "B/event", n);
        if (sink == 42)
            std::fprintf(stderr, " ");
    }
    if (app.arguments().contains(u"--no-10m"_qs))
        return 0;
    {
        const qint64 n = 10000000;
        const Dossier d = Bench::generateDossier(n, 10);
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        const Views v = views(d, timeWidth(r, style));
        if (app.arguments().contains(u"--breakdown"_qs)) {
            breakdown(lanes, r, v, img, style);
            return 0;
        }
        r.setScale(v.out);
        if (app.arguments().contains(u"--profile-out"_qs) || app.arguments().contains(u"--profile-in"_qs)) {
            if (app.arguments().contains(u"--profile-in"_qs))
                r.setScale(v.in);
            frame(r, img, style, 300);
            return 0;
        }
        const auto out = frame(r, img, style, 31);
        saveImage(img, "timeline-10m-out");
        const auto outZoom = zoomSteps(r, v.out, img, style, 31);
        r.setScale(v.in);
        const auto in = frame(r, img, style, 31);
        saveImage(img, "timeline-10m-in");
        const double bytes = double(d.events().memoryBytes() + lanes.memoryBytes()) / double(n);
        Bench::report("timeline.frame.10m", out, "ms", n);
        Bench::report("timeline.frame.10m.zoomstep", outZoom, "ms", n);
        Bench::report("timeline.frame.10m.zoomedin", in, "ms", n);
        Bench::report("timeline.memory.10m", { bytes, bytes }, "B/event", n);
    }
    return 0;
}
