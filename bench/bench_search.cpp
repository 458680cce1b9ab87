// SPDX-License-Identifier: GPL-3.0-or-later
// Search Everything at 10^6 events (search.all.1m): a query as the Search dock runs it (the word index, the
// edited events and the small kinds, then the first 100 hits of each kind described with their excerpts),
// against the baseline of today's per-field scan: every event's title, description, location, tags and actors
// searched with QString::contains, case-insensitive, each query word in turn. Five typical queries: a word, a
// prefix, two words, a rare and a frequent word; the figure pools their timings. Also: building the event
// index (on the worker), copying the dossier for it (on the window's thread), and an edit followed by the same
// query (the edited event is searched from the small index). `bench_search [N] [index]`: N events (10^6), and
// with `index` the indexing figures only.

#include "benchutil.h"
#include "document.h"
#include "searchengine.h"
#include "searchkinds.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QRandomGenerator>

#include <vector>

using namespace Entente;

namespace {

// Events with descriptions of 8–20 words: a long tail of made-up words (Zipf-like), plus a few real words
// at known rates so that the queries have known frequencies.
Dossier textDossier(qint64 events)
{
    Dossier d;
    d.name = QStringLiteral("Synthetic text %1").arg(events);
    for (int p = 0; p < 10; ++p)
        (void)d.insertParty(-1, { QStringLiteral("p%1").arg(p), QStringLiteral("Party %1").arg(p), {}, QStringLiteral("#1f77b4") });
    for (int i = 0; i < 10; ++i)
        (void)d.insertIssue(-1, { QStringLiteral("i%1").arg(i), QStringLiteral("Issue %1").arg(i), {} });
    QRandomGenerator rng(20251215);
    static const char* syllables[] = { "ka", "ro", "mi", "sen", "tal", "vor", "lu", "dre", "po", "shi", "gan", "el",
        "ter", "bu", "nox", "ia", "qua", "rin", "ost", "zel" };
    std::vector<QString> tail;
    for (int w = 0; w < 20000; ++w) {
        QString word;
        int x = w;
        do {
            word += QLatin1String(syllables[x % 20]);
            x /= 20;
        } while (x > 0);
        tail.push_back(word);
    }
    static const char16_t* places[] = { u"Kyiv", u"Berlin", u"Moscow", u"Washington", u"Donetsk", u"Geneva" };
    static const char16_t* tags[] = { u"battle", u"protest", u"talks", u"statement", u"strike", u"offer" };
    static const char16_t* negot[] = { u"negotiations", u"negotiators", u"negotiated" };
    auto& store = d.eventsForBulkLoad();
    store.reserve(events, events * 120);
    const qint64 t0 = PartialDate::parse(u"2016-01-01")->msecs;
    QString description;
    for (qint64 e = 1; e <= events; ++e) {
        description.clear();
        const int words = 8 + int(rng.bounded(13));
        for (int w = 0; w < words; ++w) {
            // Zipf-like: the square of a uniform number favours the head of the list.
            const double u = rng.generateDouble();
            if (w > 0)
                description += u' ';
            description += tail[size_t(u * u * u * double(tail.size()))];
        }
        if (rng.bounded(100) < 30)
            description += u" talks";
        if (rng.bounded(100) < 2)
            description += u" ceasefire";
        if (rng.bounded(100) < 5)
            description += u' ' + QStringView(negot[rng.bounded(3)]);
        if (rng.bounded(100000) < 2)
            description += u" memorandum";
        const QString title = QStringLiteral("Event %1").arg(e);
        const QString p1 = QStringLiteral("p%1").arg(rng.bounded(10));
        const QString i1 = QStringLiteral("i%1").arg(rng.bounded(10));
        const QStringView ps[] = { p1 };
        const QStringView is[] = { i1 };
        const QStringView ts[] = { QStringView(tags[rng.bounded(6)]) };
        const qint64 start = t0 + qint64(rng.generateDouble() * 10 * 365 * 86400000.0) / 60000 * 60000;
        store.append(e, PartialDate::fromMsecs(start, Precision::Minute), {}, title, description,
            places[rng.bounded(6)], ps, is, ts, {});
    }
    store.finish();
    return d;
}

// The baseline: every event's fields with QString::contains, case-insensitive, every word; counts the matches
// and keeps the first 100, as a results list would.
qsizetype scan(const Dossier& d, const QStringList& words, std::vector<qint64>& first)
{
    const EventStore& ev = d.events();
    first.clear();
    qsizetype count = 0;
    for (qsizetype row = 0; row < ev.size(); ++row) {
        const auto has = [&](const QString& w) {
            if (ev.title(row).contains(w, Qt::CaseInsensitive) || ev.description(row).contains(w, Qt::CaseInsensitive)
                || ev.location(row).contains(w, Qt::CaseInsensitive))
                return true;
            for (const QString& t : ev.refTexts(row, EventStore::RefKind::Tag))
                if (t.contains(w, Qt::CaseInsensitive))
                    return true;
            for (const QString& p : ev.refTexts(row, EventStore::RefKind::Party))
                if (const qsizetype i = d.partyIndex(p); i >= 0 && d.parties()[i].name.contains(w, Qt::CaseInsensitive))
                    return true;
            return false;
        };
        if (std::all_of(words.begin(), words.end(), has)) {
            ++count;
            if (first.size() < 100)
                first.push_back(ev.id(row));
        }
    }
    return count;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const qint64 n = argc > 1 ? QByteArray(argv[1]).toLongLong() : 1000000;
    const QByteArray suffix = n == 1000000 ? QByteArray("1m") : QByteArray::number(n);
    auto id = [&](const char* base) -> QByteArray { return QByteArray(base) + '.' + suffix; };

    Document doc;
    doc.open(nullptr, textDossier(n));
    const Dossier& d = doc.dossier();

    volatile qsizetype keep = 0;
    // The worker's build of the event index (collecting from the dossier; the engine replays its copy).
    qsizetype terms = 0;
    qsizetype postings = 0;
    const auto build = Bench::timeMs(
        [&] {
            SearchIndex::Builder b(false);
            searchKinds()[eventSearchKind()].collect(d, b);
            const SearchIndex index = b.finish();
            terms = index.termCount();
            postings = index.postingCount();
        },
        3);
    Bench::report(id("search.index"), build, "ms", n);

    // Indexing as the window does it: its thread copies the events' texts in slices between event-loop turns,
    // a worker indexes the copy. The figure is the longest slice (the window's longest stall); the copy's whole
    // time and the worker's time follow as info.
    std::vector<double> slices;
    for (int rep = 0; rep < 3; ++rep) {
        Document fresh;
        fresh.open(nullptr, Dossier(d));
        SearchEngine async(&fresh);
        QEventLoop loop;
        QObject::connect(&async, &SearchEngine::resultsReady, &loop, &QEventLoop::quit);
        async.search(QStringLiteral("ceasefire"));
        loop.exec();
        const auto s = async.lastIndexStats();
        slices.push_back(double(s.longestSliceNs) / 1e6);
        std::printf("BENCH-INFO search.index.%s.async copy_ms=%.1f slices=%d longest_slice_ms=%.2f worker_build_ms=%.0f\n",
            suffix.constData(), double(s.copyNs) / 1e6, s.slices, double(s.longestSliceNs) / 1e6, double(s.buildNs) / 1e6);
    }
    Bench::report(id("search.index.slice"), Bench::figureOf(slices), "ms", n);
    if (argc > 2 && QByteArray(argv[2]) == "index")
        return 0; // `bench_search N index`: the indexing figures only

    SearchEngine engine(&doc);
    (void)engine.searchNow(QStringLiteral("warm"));
    struct Query {
        const char* name;
        QString text;
    };
    const Query queries[] = { { "word", QStringLiteral("ceasefire") }, { "prefix", QStringLiteral("negot") },
        { "twowords", QStringLiteral("ceasefire berlin") }, { "rare", QStringLiteral("memorandum") },
        { "frequent", QStringLiteral("talks") } };
    std::vector<double> all;
    std::vector<double> allBase;
    for (const Query& q : queries) {
        qsizetype hits = 0;
        std::vector<double> t;
        for (int rep = 0; rep < 10; ++rep) {
            QElapsedTimer timer;
            timer.start();
            const SearchResults r = engine.searchNow(q.text);
            t.push_back(double(timer.nsecsElapsed()) / 1e6);
            hits = r.groups.isEmpty() ? 0 : r.groups.constFirst().total;
        }
        t.erase(t.begin()); // warm-up
        std::vector<double> b;
        qsizetype baseHits = 0;
        std::vector<qint64> first;
        const QStringList words = q.text.split(u' ');
        for (int rep = 0; rep < 6; ++rep) {
            QElapsedTimer timer;
            timer.start();
            baseHits = scan(d, words, first);
            b.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        b.erase(b.begin());
        all.insert(all.end(), t.begin(), t.end());
        allBase.insert(allBase.end(), b.begin(), b.end());
        const auto f = Bench::figureOf(t);
        const auto fb = Bench::figureOf(b);
        const QByteArray qid = id("search.all") + '.' + q.name;
        const QByteArray bid = qid + ".baseline";
        Bench::report(bid, fb, "ms", n);
        Bench::report(qid, f, "ms", n, bid, fb.median / f.median);
        std::printf("BENCH-INFO %s query=\"%s\" hits=%lld baseline_hits=%lld\n", qid.constData(),
            qPrintable(q.text), qlonglong(hits), qlonglong(baseHits));
    }
    const auto f = Bench::figureOf(all);
    const auto fb = Bench::figureOf(allBase);
    const QByteArray allId = id("search.all");
    const QByteArray allBaseId = allId + ".baseline";
    Bench::report(allBaseId, fb, "ms", n);
    Bench::report(allId, f, "ms", n, allBaseId, fb.median / f.median);

    // An edit, then the same query: the edited event comes from the small index, the big one is not rebuilt.
    qint64 edits = 0;
    const auto edit = Bench::timeMs(
        [&] {
            Event e = d.events().event(d.events().rowOfId(1 + edits % 1000));
            e.description = QStringLiteral("memorandum %1").arg(++edits);
            (void)doc.applyUpdateEvent(e);
            const SearchResults r = engine.searchNow(QStringLiteral("memorandum"));
            keep = r.total();
        },
        9);
    Bench::report(id("search.edit"), edit, "ms", n);
    std::printf("BENCH-INFO index terms=%lld postings=%lld peak_rss_kb=%ld\n", qlonglong(terms), qlonglong(postings),
        Bench::peakRssKb());
    return 0;
}
