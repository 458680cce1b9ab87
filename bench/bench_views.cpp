// SPDX-License-Identifier: GPL-3.0-or-later
// Views: dragging the as-of slider over a 50 x 50 matrix (model step + the view's own update path: dirty
// region, paintEvent, backing store) and a full repaint of the view, against a plain QTableView and the floor
// (blitting a cached 1920 x 1080 image through the same path); and exporting the timeline of 10^6 events and
// the matrix at 3840 x 2160 to PNG and SVG. ENTENTE_BENCH_PARTS=1 prints the full repaint widget by widget.
#include "benchutil.h"
#include "generator.h"

#include "document.h"
#include "export/exportoptions.h"
#include "export/imageexporter.h"
#include "matrix/matrixview.h"

#include <QHeaderView>
#include <QTableView>
#include "positionmatrixmodel.h"
#include "viewfactory.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QPaintEvent>
#include <QPainter>
#include <QTemporaryDir>

using namespace Entente;

namespace {
// Counts the paint events of a widget and the area they covered (to check that a step repaints only what
// changed).
class PaintCounter : public QObject {
public:
    explicit PaintCounter(QWidget* w)
        : QObject(w)
    {
        w->installEventFilter(this);
    }
    qint64 events = 0, pixels = 0;

protected:
    bool eventFilter(QObject*, QEvent* e) override
    {
        if (e->type() == QEvent::Paint) {
            ++events;
            for (const QRect& r : static_cast<QPaintEvent*>(e)->region())
                pixels += qint64(r.width()) * r.height();
        }
        return false;
    }
};

// The floor: a widget that shows a cached 1920 x 1080 image of the matrix, repainted through the same
// update path (dirty region, paintEvent into the window's backing store, flush).
class BlitWidget : public QWidget {
public:
    QImage image;

protected:
    void paintEvent(QPaintEvent*) override
    {
        QPainter p(this);
        p.drawImage(0, 0, image);
    }
};

// What the event loop does after a slider step: posted events and zero timers (an item view's delayed
// relayout), then the update requests, for which the repaint manager paints the dirty regions into the
// backing store and flushes it.
void flushUpdates()
{
    QCoreApplication::processEvents();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::UpdateRequest);
}

// A full repaint of a table view's cells and headers (what a theme change or an expose of the matrix
// does; the scroll bars and the frame are the same for every table view and left out).
void repaintAll(QTableView* view)
{
    view->viewport()->update();
    view->horizontalHeader()->viewport()->update();
    view->verticalHeader()->viewport()->update();
    flushUpdates();
}

void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

void matrixDrag()
{
    Document doc;
    Dossier d = Bench::generateDossier(1000, 50, 50, 20);
    const auto range = *d.dateRange();
    doc.open(nullptr, std::move(d));
    PositionMatrixModel model(&doc);
    const qint64 step = (range.second - range.first) / 400;
    qint64 t = range.first;
    auto next = [&] {
        t += step;
        if (t > range.second)
            t = range.first;
        doc.setAsOf(t);
    };
    constexpr int Steps = 20, Reps = 15;
    const auto data = Bench::timeMs([&] {
        for (int i = 0; i < 100; ++i)
            next();
    }, Reps);
    Bench::report("matrix.drag.50x50.data", Bench::scaled(data, 1000.0 / 100), "us", 2500);

    // Each view is shown alone, so a step repaints only the view being measured.
    MatrixView view;
    view.setModel(&model);
    view.resize(1920, 1080);
    view.show();
    settle();
    PaintCounter counter(view.viewport());
    const auto drag = Bench::timeMs([&] {
        for (int i = 0; i < Steps; ++i) {
            next();
            flushUpdates();
        }
    }, Reps);
    const double perStepPixels = double(counter.pixels) / double(counter.events ? counter.events : 1);
    std::fprintf(stderr, "matrix.drag: %lld paint events, %.1f %% of the viewport each\n", counter.events,
        100.0 * perStepPixels / (1920.0 * 1080.0));
    // 101 frames of about a millisecond each: a p95 over 31 was one preempted frame on a shared machine.
    const auto repaint = Bench::timeMs([&] { repaintAll(&view); }, 101);
    const auto cold = Bench::timeMs([&] {
        view.invalidateCaches();
        repaintAll(&view);
    }, 101);
    if (qEnvironmentVariableIsSet("ENTENTE_BENCH_PARTS")) { // where a full repaint goes, widget by widget
        for (QWidget* w : view.findChildren<QWidget*>()) {
            const auto part = Bench::timeMs([&] {
                w->update();
                flushUpdates();
            }, 31);
            std::fprintf(stderr, "part %s %s %dx%d: %.3f ms\n", w->metaObject()->className(),
                qPrintable(w->objectName()), w->width(), w->height(), part.median);
        }
    }
    QImage shot(view.size(), QImage::Format_RGB32);
    view.render(&shot);
    view.hide();

    // Baseline: a plain QTableView with the default delegate over the same model, its viewport repainted
    // after each step (the baseline), and the same view through its own update path.
    QTableView plain;
    plain.setModel(&model);
    plain.resize(1920, 1080);
    plain.show();
    settle();
    QImage plainFrame(plain.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const auto base = Bench::timeMs([&] {
        for (int i = 0; i < Steps; ++i) {
            next();
            plain.viewport()->render(&plainFrame);
        }
    }, Reps);
    const auto plainUpdate = Bench::timeMs([&] {
        for (int i = 0; i < Steps; ++i) {
            next();
            flushUpdates();
        }
    }, Reps);
    const auto plainRepaint = Bench::timeMs([&] { repaintAll(&plain); }, 31);
    plain.hide();

    BlitWidget blit;
    blit.image = shot;
    blit.resize(1920, 1080);
    blit.show();
    settle();
    const auto floor = Bench::timeMs([&] {
        for (int i = 0; i < Steps; ++i) {
            blit.update();
            flushUpdates();
        }
    }, Reps);
    blit.hide();

    const auto perStep = Bench::scaled(drag, 1.0 / Steps), basePerStep = Bench::scaled(base, 1.0 / Steps);
    const auto plainPerStep = Bench::scaled(plainUpdate, 1.0 / Steps), floorPerStep = Bench::scaled(floor, 1.0 / Steps);
    Bench::report("matrix.drag.50x50.baseline.qtableview", basePerStep, "ms", 2500);
    Bench::report("matrix.drag.50x50.qtableview-update-path", plainPerStep, "ms", 2500);
    Bench::report("matrix.drag.50x50.floor.blit", floorPerStep, "ms", 2500);
    Bench::report("matrix.drag.50x50", perStep, "ms", 2500, "matrix.drag.50x50.baseline.qtableview",
        basePerStep.median / perStep.median);
    Bench::report("matrix.drag.50x50.vs-floor", perStep, "ms", 2500, "matrix.drag.50x50.floor.blit",
        perStep.median / floorPerStep.median);
    Bench::report("matrix.repaint.50x50.baseline.qtableview", plainRepaint, "ms", 2500);
    Bench::report("matrix.repaint.50x50", repaint, "ms", 2500, "matrix.repaint.50x50.baseline.qtableview",
        plainRepaint.median / repaint.median);
    Bench::report("matrix.repaint.50x50.cold", cold, "ms", 2500, "matrix.repaint.50x50.baseline.qtableview",
        plainRepaint.median / cold.median);
}

void exports()
{
    const Dossier d = Bench::generateDossier(1000000, 10, 10, 5);
    const auto range = *d.dateRange();
    QTemporaryDir dir;
    ExportOptions o;
    o.preset = ExportOptions::SizePreset::UltraHd;
    o.sourceLine = true;
    o.dossierName = d.name;
    o.asOf = range.second;
    ImageExporter exporter(o);
    const auto timeline = makeTimelinePaintable(d, range.first, range.second, range.second);
    const auto matrix = makeMatrixPaintable(d, range.second);
    const QString png = dir.filePath(u"x.png"_qs), svg = dir.filePath(u"x.svg"_qs);
    auto both = [&] {
        if (!exporter.exportTo(*timeline, png).isEmpty() || !exporter.exportTo(*matrix, png).isEmpty())
            qFatal("export failed");
    };
    const auto fig = Bench::timeMs(both, 7);
    // Baseline: the same two pictures rendered at 4K and saved with QImage::save's default PNG settings.
    auto naive = [&] {
        for (const Paintable* p : { timeline.get(), matrix.get() }) {
            QImage image(3840, 2160, QImage::Format_ARGB32_Premultiplied);
            image.fill(Qt::white);
            QPainter painter(&image);
            p->paint(&painter, QRectF(0, 0, 3840, 2160), RenderStyle::light());
            painter.end();
            if (!image.save(png, "PNG"))
                qFatal("save failed");
        }
    };
    const auto base = Bench::timeMs(naive, 7);
    // Where the time goes: painting the two 4K pictures alone, without encoding.
    const auto paintOnly = Bench::timeMs([&] {
        for (const Paintable* p : { timeline.get(), matrix.get() })
            if (exporter.image(*p).isNull())
                qFatal("paint failed");
    }, 7);
    Bench::report("export.png.4k.paint-only", paintOnly, "ms", 1000000);
    Bench::report("export.png.4k.baseline.qimage-default", base, "ms", 1000000);
    Bench::report("export.png.4k", fig, "ms", 1000000, "export.png.4k.baseline.qimage-default", base.median / fig.median);
    const auto svgFig = Bench::timeMs([&] {
        if (!exporter.exportTo(*timeline, svg).isEmpty())
            qFatal("svg failed");
    }, 7);
    Bench::report("export.svg.timeline.1m", svgFig, "ms", 1000000);
    Bench::report("export.svg.timeline.1m.size", { double(QFileInfo(svg).size()) / 1e6, double(QFileInfo(svg).size()) / 1e6 },
        "MB", 1000000);
}
}

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const QStringList only = app.arguments().mid(1); // "matrix", "export"; none = all
    if (only.isEmpty() || only.contains(u"matrix"_qs))
        matrixDrag();
    if (only.isEmpty() || only.contains(u"export"_qs))
        exports();
    return 0;
}
