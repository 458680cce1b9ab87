// SPDX-License-Identifier: GPL-3.0-or-later
// Undo of a bulk import: a deterministic 1,000,000-row CSV (title, start, parties, source; 300 parties, 20
// sources) imported through Document into a new SQLite dossier, as the wizard and the command line do: one step
// on the undo stack. import.undo.1m times that step's undo (the rows leave the file in one transaction and the
// events memory), import.redo.1m its redo; each of the 7 repetitions after a warm-up undoes then redoes, so every
// undo starts from the whole import. Baseline in the same run: re-opening the dossier file that holds the 10^6
// events (import.undo.1m.reopen, open plus the background event load), what an analyst without an undo would
// wait for after restoring a copy of the file.
#include "benchutil.h"
#include "document.h"
#include "eventimporttypes.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QUndoStack>

using namespace Entente;

namespace {
void generate(const QString& path, qint64 n)
{
    QRandomGenerator rng(20261203);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        std::exit(1);
    QByteArray out = "title,start,parties,source\n";
    for (qint64 i = 1; i <= n; ++i) {
        out += "Event " + QByteArray::number(i) + ',' + QByteArray::number(2016 + rng.bounded(10)) + '-'
            + QByteArray::number(1 + rng.bounded(9)).rightJustified(2, '0') + '-'
            + QByteArray::number(1 + rng.bounded(28)).rightJustified(2, '0') + ",Actor " + QByteArray::number(rng.bounded(300))
            + ",https://example.org/outlet" + QByteArray::number(rng.bounded(20)) + '\n';
        if (out.size() > (8 << 20)) {
            f.write(out);
            out.clear();
        }
    }
    f.write(out);
}

void check(bool ok, const QString& what)
{
    if (!ok) {
        std::fprintf(stderr, "bench_importundo: %s\n", qPrintable(what));
        std::exit(1);
    }
}
}

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    constexpr qint64 N = 1000000;
    const QString dir = QDir::tempPath() + QStringLiteral("/entente-bench");
    QDir().mkpath(dir);
    const QString csv = dir + QStringLiteral("/undo-1m.csv");
    if (QFileInfo(csv).size() == 0)
        generate(csv, N);
    QTemporaryDir scratch(dir + QStringLiteral("/undo-XXXXXX"));
    const QString path = scratch.filePath(QStringLiteral("undo.entente"));
    check(Document::createDossier(path, Dossier()).ok(), QStringLiteral("cannot create the dossier"));

    Document doc;
    check(doc.openLocation(path, { Document::Access::ReadWrite }).ok(), QStringLiteral("cannot open the dossier"));
    doc.waitForEvents();
    ImportOptions options;
    options.mapping = QStringLiteral("auto");
    QElapsedTimer timer;
    timer.start();
    const auto added = doc.importFile(csv, options);
    doc.waitForImport();
    check(added.ok() && doc.dossier().events().size() == N,
        added.ok() ? QStringLiteral("%1 events imported").arg(doc.dossier().events().size()) : added.message());
    std::fprintf(stderr, "import of %lld events: %.0f ms\n", static_cast<long long>(N), double(timer.elapsed()));
    check(doc.undoStack()->count() == 1, QStringLiteral("the import is not one undo step"));

    std::vector<double> undo, redo;
    for (int i = 0; i <= 7; ++i) { // the first is the warm-up
        timer.start();
        doc.undoStack()->undo();
        const double u = double(timer.nsecsElapsed()) / 1e6;
        check(doc.dossier().events().size() == 0, QStringLiteral("the undo left events"));
        timer.start();
        doc.undoStack()->redo();
        const double r = double(timer.nsecsElapsed()) / 1e6;
        check(doc.dossier().events().size() == N, QStringLiteral("the redo did not restore the events"));
        if (i > 0) {
            undo.push_back(u);
            redo.push_back(r);
        }
    }
    doc.close();

    std::vector<double> reopen;
    for (int i = 0; i <= 7; ++i) {
        Document again;
        timer.start();
        check(again.openLocation(path, { Document::Access::ReadWrite }).ok(), QStringLiteral("cannot reopen"));
        again.waitForEvents();
        const double t = double(timer.nsecsElapsed()) / 1e6;
        check(again.dossier().events().size() == N, QStringLiteral("the reopened dossier lacks events"));
        if (i > 0)
            reopen.push_back(t);
    }
    const auto u = Bench::figureOf(undo), r = Bench::figureOf(redo), o = Bench::figureOf(reopen);
    Bench::report("import.undo.1m", u, "ms", N, "import.undo.1m.reopen", u.median / o.median);
    Bench::report("import.redo.1m", r, "ms", N, "import.undo.1m.reopen", r.median / o.median);
    Bench::report("import.undo.1m.reopen", o, "ms", N);
    return 0;
}
