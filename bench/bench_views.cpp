// SPDX-License-Identifier: GPL-3.0-or-later
// Views: dragging the as-of slider over a 50 x 50 matrix (model recompute + repaint of the on-screen view),
// and exporting the timeline of 10^6 events and the matrix at 3840 x 2160 to PNG and SVG.
#include "benchutil.h"
#include "generator.h"

#include "document.h"
#include "export/exportoptions.h"
#include "export/imageexporter.h"
#include "matrix/matrixview.h"

#include <QTableView>
#include "positionmatrixmodel.h"
#include "viewfactory.h"

#include <QApplication>
#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QImageWriter>
#include <QPainter>
#include <QTemporaryDir>

using namespace Entente;

namespace {
void matrixDrag()
{
    Document doc;
    Dossier d = Bench::generateDossier(1000, 50, 50, 20);
    const auto range = *d.dateRange();
    doc.open(nullptr, std::move(d));
    PositionMatrixModel model(&doc);
    MatrixView view;
    view.setModel(&model);
    view.resize(1920, 1080);
    view.show();
    QImage frame(view.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const qint64 step = (range.second - range.first) / 400;
    qint64 t = range.first;
    // One drag step: the as-of date moves one slider tick, the model recomputes, the viewport repaints.
    auto dragStep = [&] {
        t += step;
        if (t > range.second)
            t = range.first;
        doc.setAsOf(t);
        view.viewport()->render(&frame);
    };
    auto dataOnly = [&] {
        t += step;
        if (t > range.second)
            t = range.first;
        doc.setAsOf(t);
    };
    const auto data = Bench::timeMs([&] {
        for (int i = 0; i < 100; ++i)
            dataOnly();
    }, 9);
    Bench::report("matrix.drag.50x50.data", Bench::scaled(data, 1000.0 / 100), "us", 2500);
    const auto full = Bench::timeMs([&] {
        for (int i = 0; i < 20; ++i)
            dragStep();
    }, 9);
    // Baseline: repainting the same view with a default delegate (QStyledItemDelegate, no stance drawing).
    QTableView plain;
    plain.setModel(&model);
    plain.resize(1920, 1080);
    plain.show();
    QImage plainFrame(plain.viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const auto base = Bench::timeMs([&] {
        for (int i = 0; i < 20; ++i) {
            dataOnly();
            plain.viewport()->render(&plainFrame);
        }
    }, 9);
    const auto perFrame = Bench::scaled(full, 1.0 / 20), basePerFrame = Bench::scaled(base, 1.0 / 20);
    Bench::report("matrix.drag.50x50.baseline.qtableview", basePerFrame, "ms", 2500);
    Bench::report("matrix.drag.50x50", perFrame, "ms", 2500, "matrix.drag.50x50.baseline.qtableview",
        basePerFrame.median / perFrame.median);
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
