// SPDX-License-Identifier: GPL-3.0-or-later
// Item-model figures at 10^6 events: filter, search and sort inside EventsModel against a
// QSortFilterProxyModel over the same model (the peer approach), and the position matrix's as-of step
// against a naive pass over the whole history.

#include "benchutil.h"
#include "document.h"
#include "eventsmodel.h"
#include "generator.h"
#include "positionmatrixmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QSortFilterProxyModel>

#include <algorithm>
#include <functional>
#include <vector>

using namespace Entente;

namespace {

// The baseline: a proxy whose filterAcceptsRow reads the store's interned symbols directly (the cheapest a
// proxy can be), so the ratio measures the proxy machinery, not a slow predicate.
class PartyTagProxy : public QSortFilterProxyModel {
public:
    const Document* doc = nullptr;
    const EventsModel* source = nullptr;
    quint32 party = Dictionary::None;
    quint32 tag = Dictionary::None;
    void refilter() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        if (party == Dictionary::None) // the search baseline: QSortFilterProxyModel's own matching
            return QSortFilterProxyModel::filterAcceptsRow(row, parent);
        const auto& ev = doc->dossier().events();
        const auto r = source->storeRowAt(row);
        return ev.hasRef(r, EventStore::RefKind::Party, party) && ev.hasRef(r, EventStore::RefKind::Tag, tag);
    }
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QByteArray suffix = n == 1000000 ? QByteArray("1m") : QByteArray::number(n);
    auto id = [&](const char* base) -> QByteArray { return QByteArray(base) + '.' + suffix; };

    Document doc;
    doc.open(nullptr, Bench::generateDossier(n, 10, 10, 0));
    EventsModel model(&doc);
    const auto& ev = doc.dossier().events();
    volatile int sinkRows = 0;
    // Each baseline repetition builds a fresh proxy over all rows and asks for its row count, so the proxy
    // does the whole job (it maps lazily); each model repetition refilters or resorts all rows likewise.
    auto proxyRun = [&](const std::function<void(PartyTagProxy&)>& setUp) {
        return Bench::timeMs(
            [&] {
                PartyTagProxy proxy;
                proxy.doc = &doc;
                proxy.source = &model;
                proxy.setSourceModel(&model);
                setUp(proxy);
                sinkRows = proxy.rowCount();
            },
            7);
    };
    auto modelRun = [&](const std::function<void()>& apply, const std::function<void()>& undo) {
        return Bench::timeMs(
            [&] {
                undo();
                apply();
                sinkRows = model.rowCount();
            },
            9);
    };
    auto ratio = [](Bench::Figure base, Bench::Figure f) { return base.median / f.median; };

    // Filter: one party and one tag.
    EventFilter filter;
    filter.parties = QStringList { QStringLiteral("p3") };
    filter.tags = QStringList { QStringLiteral("talks") };
    const auto filterBase = proxyRun([&](PartyTagProxy& p) {
        p.party = ev.symbolOf(QStringLiteral("p3"));
        p.tag = ev.symbolOf(QStringLiteral("talks"));
        p.refilter();
    });
    // Model repetitions alternate between two equivalent filters, so each is one full pass.
    EventFilter filter2 = filter;
    filter2.parties = QStringList { QStringLiteral("p4") };
    bool flip = false;
    const auto filterFig = Bench::timeMs(
        [&] {
            flip = !flip;
            model.setFilter(flip ? filter : filter2);
            sinkRows = model.rowCount();
        },
        21);
    model.setFilter({});
    // The first party / tag filter on a fresh model (after opening, or after an edit): it builds the rows of
    // every party, issue and tag in one pass, which later filters on any of them reuse.
    const auto filterFirst = [&] {
        std::vector<double> t;
        for (int i = 0; i < 8; ++i) { // the first is a warm-up
            EventsModel fresh(&doc);
            QElapsedTimer timer;
            timer.start();
            fresh.setFilter(filter);
            sinkRows = fresh.rowCount();
            if (i > 0)
                t.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return Bench::figureOf(std::move(t));
    }();
    Bench::report(id("filter.baseline.qsfpm").constData(), filterBase, "ms", n);
    Bench::report(id("filter").constData(), filterFig, "ms", n, id("filter.baseline.qsfpm").constData(),
        ratio(filterBase, filterFig));
    Bench::report(id("filter.first").constData(), filterFirst, "ms", n, id("filter.baseline.qsfpm").constData(),
        ratio(filterBase, filterFirst));

    // Search: a case-insensitive substring of titles (and, for the model, descriptions).
    EventFilter search;
    search.text = QStringLiteral("event 4242");
    const auto searchBase = proxyRun([&](PartyTagProxy& p) {
        p.setFilterKeyColumn(EventsModel::TitleColumn);
        p.setFilterCaseSensitivity(Qt::CaseInsensitive);
        p.setFilterFixedString(QStringLiteral("event 4242"));
    });
    EventFilter search2 = search;
    search2.text = QStringLiteral("event 4243");
    const auto searchFig = Bench::timeMs(
        [&] {
            flip = !flip;
            model.setFilter(flip ? search : search2);
            sinkRows = model.rowCount();
        },
        9);
    model.setFilter({});
    Bench::report(id("search.baseline.qsfpm").constData(), searchBase, "ms", n);
    Bench::report(id("search").constData(), searchFig, "ms", n, id("search.baseline.qsfpm").constData(),
        ratio(searchBase, searchFig));

    // Sort by date (descending) and by title (ascending), from the default order each time.
    const auto reset = [&] { model.sort(EventsModel::StartColumn, Qt::AscendingOrder); };
    const auto sortDateFig = modelRun([&] { model.sort(EventsModel::StartColumn, Qt::DescendingOrder); }, reset);
    const auto sortTitleFig = modelRun([&] { model.sort(EventsModel::TitleColumn, Qt::AscendingOrder); }, reset);
    reset();
    const auto sortDateBase = proxyRun([&](PartyTagProxy& p) {
        p.setSortRole(EventsModel::SortRole);
        p.sort(EventsModel::StartColumn, Qt::DescendingOrder);
    });
    const auto sortTitleBase = proxyRun([&](PartyTagProxy& p) {
        p.setSortRole(EventsModel::SortRole);
        p.sort(EventsModel::TitleColumn, Qt::AscendingOrder);
    });
    Bench::report(id("sort.date.baseline.qsfpm").constData(), sortDateBase, "ms", n);
    Bench::report(id("sort.date").constData(), sortDateFig, "ms", n, id("sort.date.baseline.qsfpm").constData(),
        ratio(sortDateBase, sortDateFig));
    Bench::report(id("sort.title.baseline.qsfpm").constData(), sortTitleBase, "ms", n);
    Bench::report(id("sort.title").constData(), sortTitleFig, "ms", n, id("sort.title.baseline.qsfpm").constData(),
        ratio(sortTitleBase, sortTitleFig));
    // The same sort on a fresh model: the first click after opening the dossier (or after any edit), which also
    // builds the text-pool index the warm figure reuses. Model construction is not timed.
    const auto sortTitleCold = [&] {
        std::vector<double> t;
        for (int i = 0; i < 10; ++i) { // the first is a warm-up
            EventsModel fresh(&doc);
            QElapsedTimer timer;
            timer.start();
            fresh.sort(EventsModel::TitleColumn, Qt::AscendingOrder);
            sinkRows = fresh.rowCount();
            if (i > 0)
                t.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        return Bench::figureOf(std::move(t));
    }();
    Bench::report(id("sort.title.cold").constData(), sortTitleCold, "ms", n,
        id("sort.title.baseline.qsfpm").constData(), ratio(sortTitleBase, sortTitleCold));

    // The matrix's as-of step: 50 parties x 50 issues, ~10 changes per cell.
    Document matrixDoc;
    matrixDoc.open(nullptr, Bench::generateDossier(0, 50, 50, 10));
    PositionMatrixModel matrix(&matrixDoc);
    const auto range = *matrixDoc.dossier().dateRange();
    const int steps = 1000;
    qint64 step = 0;
    const auto asOfFig = Bench::scaled(Bench::timeMs([&] {
        for (int i = 0; i < steps; ++i)
            matrixDoc.setAsOf(range.first + (++step % 500) * (range.second - range.first) / 500);
    }),
        1000.0 / steps);
    // Baseline: one pass over the whole history keeping the latest change per cell.
    const auto& d = matrixDoc.dossier();
    std::vector<qint32> latest;
    volatile qint64 sink = 0;
    const auto naiveFig = Bench::scaled(Bench::timeMs([&] {
        for (int i = 0; i < steps / 10; ++i) {
            const qint64 at = range.first + (++step % 500) * (range.second - range.first) / 500;
            latest.assign(size_t(d.parties().size() * d.issues().size()), -1);
            const auto& changes = d.positionChanges();
            for (size_t c = 0; c < changes.size(); ++c) {
                const auto& pc = changes[c];
                if (pc.retracted || pc.effective.msecs > at)
                    continue;
                const auto cell = size_t(d.cellOf(d.partyIndex(pc.partyId), d.issueIndex(pc.issueId)));
                if (latest[cell] < 0 || changes[size_t(latest[cell])].effective.msecs <= pc.effective.msecs)
                    latest[cell] = qint32(c);
            }
            sink = sink + latest[0];
        }
    }),
        1000.0 / (steps / 10));
    Bench::report("matrix.asof.50x50.baseline.scan", naiveFig, "us", 0);
    Bench::report(
        "matrix.asof.50x50", asOfFig, "us", 0, "matrix.asof.50x50.baseline.scan", naiveFig.median / asOfFig.median);
    return 0;
}
