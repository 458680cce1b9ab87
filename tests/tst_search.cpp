// SPDX-License-Identifier: GPL-3.0-or-later
// Search Everything below the window: the word index (words, prefixes, every word of a query), hits of every
// kind on the bundled sample dossier with what choosing them selects, excerpts of hostile text escaped, results
// that follow edits (the event index is not rebuilt for an edit) and searches superseded or cancelled.

#include "commands.h"
#include "document.h"
#include "dossierio.h"
#include "searchengine.h"
#include "searchkinds.h"
#include "searchresultsmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;

namespace {

std::u16string u16(const char* s) { return QString::fromUtf8(s).toStdU16String(); }

// The kind of a key ("claims") as searchKinds() numbers it.
qsizetype kindOf(const char* key)
{
    const auto kinds = searchKinds();
    for (qsizetype k = 0; k < qsizetype(kinds.size()); ++k)
        if (qstrcmp(kinds[size_t(k)].key, key) == 0)
            return k;
    return -1;
}

const SearchGroup* group(const SearchResults& r, const char* key)
{
    for (const auto& g : r.groups)
        if (g.kind == kindOf(key))
            return &g;
    return nullptr;
}

bool hasTarget(const SearchGroup* g, const SearchTarget& t)
{
    return g && std::any_of(g->hits.begin(), g->hits.end(), [&](const SearchHit& h) { return h.target == t; });
}

Dossier sampleDossier()
{
    auto d = DossierIO::readDossier(u"" ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"_qs);
    if (!d.ok())
        qFatal("sample: %s", qPrintable(d.message()));
    return d.value();
}

Event makeEvent(qint64 id, const char* date, const QString& title, const QString& description = {})
{
    Event e;
    e.id = id;
    e.start = PartialDate::parse(QString::fromLatin1(date)).value();
    e.title = title;
    e.description = description;
    return e;
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void words_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("terms");
        QTest::newRow("case and punctuation") << u"Zelensky's NATO-bid, 2025!"_qs
                                              << QStringList { u"zelensky"_qs, u"s"_qs, u"nato"_qs, u"bid"_qs, u"2025"_qs };
        QTest::newRow("Cyrillic folded") << u"Київ, КИЇВ"_qs << QStringList { u"київ"_qs };
        QTest::newRow("no word") << u" -- !? "_qs << QStringList {};
        QTest::newRow("markup is text") << u"<b>talks</b>"_qs << QStringList { u"b"_qs, u"talks"_qs };
    }
    void words()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, terms);
        QStringList got;
        for (const auto& t : searchTerms(text))
            got << QString::fromStdU16String(t);
        QCOMPARE(got, terms);
    }

    void wordPlaces()
    {
        const auto words = searchWords(u"Peskov: «Ukraine»"_qs);
        QCOMPARE(words.size(), size_t(2));
        QCOMPARE(words[1].start, qsizetype(9));
        QCOMPARE(words[1].length, qsizetype(7));
    }

    void indexMatches()
    {
        SearchIndex::Builder b(true);
        const auto add = [&](qint64 id, const char* text) {
            const QString s = QString::fromUtf8(text);
            const SearchField f[] = { { "title", s } };
            b.add({ SearchTarget::Type::Event, id, {} }, f);
        };
        add(1, "Negotiations resume in Berlin");
        add(2, "Negotiators meet in Geneva");
        add(3, "Strike on Kyiv");
        add(4, "berlin BERLIN berlin");
        const SearchIndex index = b.finish();
        const auto ids = [&](std::vector<std::u16string> terms) {
            QList<qint64> out;
            const auto found = index.match(terms);
            if (!found)
                return QList<qint64> { -1 };
            for (quint32 d : *found)
                out << index.doc(d).target.number;
            return out;
        };
        QCOMPARE(ids({ u16("berlin") }), (QList<qint64> { 1, 4 }));
        QCOMPARE(ids({ u16("negot") }), (QList<qint64> { 1, 2 })); // a prefix
        QCOMPARE(ids({ u16("negot"), u16("berl") }), (QList<qint64> { 1 })); // every word
        QCOMPARE(ids({ u16("erlin") }), QList<qint64> {}); // words begin where they begin
        QCOMPARE(ids({ u16("moscow") }), QList<qint64> {});
        QCOMPARE(ids({}), QList<qint64> {});
        QCOMPARE(index.fields(3).size(), size_t(1));
        QCOMPARE(index.fields(3)[0].text, u"berlin BERLIN berlin"_qs);
        // A stop request is honoured: no partial answer.
        QVERIFY(!index.match({ u16("negot"), u16("berlin") }, [] { return true; }).has_value());
    }

    // One query per kind on the bundled sample, each finding the item an analyst would expect.
    void sampleHits_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("type");
        QTest::addColumn<qint64>("number");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("field");
        using T = SearchTarget::Type;
        QTest::newRow("event title") << u"full-scale"_qs << u"events"_qs << int(T::Event) << qint64(1) << QString() << u"title"_qs;
        QTest::newRow("event description") << u"fifth"_qs << u"events"_qs << int(T::Event) << qint64(1) << QString() << u"description"_qs;
        QTest::newRow("position note") << u"fundamental"_qs << u"positions"_qs << int(T::PositionChange) << qint64(3) << QString() << u"note"_qs;
        QTest::newRow("status note") << u"bridging"_qs << u"statuses"_qs << int(T::StatusChange) << qint64(26) << QString() << u"note"_qs;
        QTest::newRow("claimant") << u"dmitry peskov"_qs << u"claims"_qs << int(T::PositionChange) << qint64(3) << QString() << u"claimant"_qs;
        QTest::newRow("quote") << u"multiple solutions"_qs << u"claims"_qs << int(T::PositionChange) << qint64(6) << QString() << u"quote"_qs;
        QTest::newRow("event claim") << u"painful on the record"_qs << u"claims"_qs << int(T::Event) << qint64(2) << QString() << u"claimant"_qs;
        QTest::newRow("source outlet") << u"press tv"_qs << u"sources"_qs << int(T::Source) << qint64(0) << u"presstv-2025-12"_qs << u"outlet"_qs;
        QTest::newRow("source url") << u"presstv"_qs << u"sources"_qs << int(T::Source) << qint64(0) << u"presstv-2025-12"_qs << u"URL"_qs;
        QTest::newRow("source note") << u"iranian"_qs << u"sources"_qs << int(T::Source) << qint64(0) << u"presstv-2025-12"_qs << u"note"_qs;
        QTest::newRow("party") << u"germ"_qs << u"parties"_qs << int(T::Party) << qint64(0) << u"de"_qs << u"name"_qs;
        QTest::newRow("issue") << u"donbas"_qs << u"issues"_qs << int(T::Issue) << qint64(0) << u"territory"_qs << u"name"_qs;
        QTest::newRow("key judgement") << u"concession already"_qs << u"notes"_qs << int(T::Note) << qint64(0) << u"note-1"_qs << u"text"_qs;
        QTest::newRow("note evidence") << u"briefing reporters"_qs << u"notes"_qs << int(T::Note) << qint64(0) << u"note-2"_qs << u"claimant"_qs;
        QTest::newRow("era") << u"berlin round"_qs << u"eras"_qs << int(T::Era) << qint64(0) << u"berlin-round"_qs << u"name"_qs;
    }
    void sampleHits()
    {
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QFETCH(int, type);
        QFETCH(qint64, number);
        QFETCH(QString, key);
        QFETCH(QString, field);
        Document doc;
        doc.open(nullptr, sampleDossier());
        SearchEngine engine(&doc);
        const SearchResults r = engine.searchNow(query);
        const SearchGroup* g = group(r, kind.toLatin1().constData());
        QVERIFY2(g, qPrintable(u"no %1 for %2"_qs.arg(kind, query)));
        QCOMPARE(g->total, g->hits.size());
        const SearchTarget target { SearchTarget::Type(type), number, key };
        const auto hit = std::find_if(g->hits.begin(), g->hits.end(), [&](const SearchHit& h) { return h.target == target; });
        QVERIFY2(hit != g->hits.end(), qPrintable(g->hits.constFirst().label));
        QCOMPARE(hit->field, field);
        QVERIFY(!hit->label.isEmpty());
        QVERIFY(!hit->spans.isEmpty());
        // Every highlighted span is a word of the query, whatever its case.
        const auto terms = searchTerms(query);
        for (const auto& [start, length] : hit->spans) {
            const QString word = hit->excerpt.mid(start, length).toCaseFolded();
            QVERIFY2(std::any_of(terms.begin(), terms.end(),
                         [&](const std::u16string& t) { return word.startsWith(QString::fromStdU16String(t)); }),
                qPrintable(word));
        }
    }

    void countsAndLimit()
    {
        Document doc;
        doc.open(nullptr, sampleDossier());
        SearchEngine engine(&doc);
        engine.setHitLimit(3);
        // "joint statement" is in many position notes and claims.
        const SearchResults r = engine.searchNow(u"joint statement"_qs);
        const SearchGroup* notes = group(r, "positions");
        QVERIFY(notes);
        QVERIFY(notes->total > 3);
        QCOMPARE(notes->hits.size(), qsizetype(3));
        SearchResultsModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setResults(r);
        const int row = int(notes - r.groups.constData());
        const QString header = model.index(row, 0).data().toString();
        QVERIFY2(header.contains(QString::number(notes->total)) && header.contains(u"3"_qs), qPrintable(header));
        QCOMPARE(model.rowCount(model.index(row, 0)), 3);
        QVERIFY(!model.hitAt(model.index(row, 0)));
        QCOMPARE(model.hitAt(model.firstHit())->target, r.groups.constFirst().hits.constFirst().target);
        QVERIFY(engine.searchNow(u"zanzibar"_qs).groups.isEmpty());
        QVERIFY(engine.searchNow(u"  ?! "_qs).groups.isEmpty());
    }

    // Text from files is data: an excerpt's markup is escaped before the matched words are put in bold.
    void hostileTextEscaped()
    {
        Dossier d;
        QVERIFY(d.insertEvent(makeEvent(1, "2025-12-15",
            u"<img src=x onerror=alert(1)> talks & \"deals\" <script>talks()</script>"_qs)).ok());
        Document doc;
        doc.open(nullptr, std::move(d));
        SearchEngine engine(&doc);
        const SearchResults r = engine.searchNow(u"talks"_qs);
        QCOMPARE(r.total(), qsizetype(1));
        const SearchHit& hit = r.groups.constFirst().hits.constFirst();
        const QString html = searchExcerptHtml(hit);
        QVERIFY2(!html.contains(u"<img"_qs) && !html.contains(u"<script"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"&lt;img src=x onerror=alert(1)&gt; <b>talks</b> &amp; &quot;deals&quot;"_qs), qPrintable(html));
        QCOMPARE(html.count(u"<b>talks</b>"_qs), 2);
        SearchResultsModel model;
        model.setResults(r);
        const QString row = model.firstHit().data(SearchResultsModel::HtmlRole).toString();
        QVERIFY2(!row.contains(u"<img"_qs) && row.contains(u"&lt;script&gt;"_qs), qPrintable(row));
    }

    // Edits, undo and renames reach the results; an edited event is searched without rebuilding the big index.
    void followsEdits()
    {
        Document doc;
        doc.open(nullptr, sampleDossier());
        SearchEngine engine(&doc);
        QVERIFY(engine.searchNow(u"zanzibar"_qs).groups.isEmpty());
        const qsizetype indexed = engine.indexedEvents();
        QCOMPARE(indexed, doc.dossier().events().size());
        // Add an event through the facade, as the event editor does.
        Event added = makeEvent(0, "2025-12-16", u"Talks move to Zanzibar"_qs);
        QVERIFY(Command::addEvent(&doc, added).ok());
        SearchResults r = engine.searchNow(u"zanzibar"_qs);
        QCOMPARE(r.total(), qsizetype(1));
        const qint64 id = r.groups.constFirst().hits.constFirst().target.number;
        QCOMPARE(engine.indexedEvents(), indexed); // not rebuilt: the edit is in the small index
        // Change it: the old words no longer find it, the new ones do.
        Event e = doc.dossier().events().event(doc.dossier().events().rowOfId(id));
        e.title = u"Talks move to Muscat"_qs;
        QVERIFY(Command::editEvent(&doc, e).ok());
        QVERIFY(engine.searchNow(u"zanzibar"_qs).groups.isEmpty());
        QCOMPARE(engine.searchNow(u"muscat"_qs).total(), qsizetype(1));
        // An event of the big index, edited: found by its new text only.
        Event first = doc.dossier().events().event(doc.dossier().events().rowOfId(1));
        first.description = u"Rewritten"_qs;
        QVERIFY(Command::editEvent(&doc, first).ok());
        QVERIFY(!hasTarget(group(engine.searchNow(u"fifth"_qs), "events"), { SearchTarget::Type::Event, 1, {} }));
        QVERIFY(hasTarget(group(engine.searchNow(u"rewritten"_qs), "events"), { SearchTarget::Type::Event, 1, {} }));
        doc.undoStack()->undo();
        QVERIFY(hasTarget(group(engine.searchNow(u"fifth"_qs), "events"), { SearchTarget::Type::Event, 1, {} }));
        QVERIFY(engine.searchNow(u"rewritten"_qs).groups.isEmpty());
        // Removed: gone.
        QVERIFY(Command::removeEvent(&doc, id).ok());
        QVERIFY(engine.searchNow(u"muscat"_qs).groups.isEmpty());
        // A source's new title, a party's new name (events name their actors, so they follow too).
        Source s = doc.dossier().sources().constFirst();
        s.title = u"Quarterly digest"_qs;
        QVERIFY(Command::editSource(&doc, s).ok());
        QVERIFY(hasTarget(group(engine.searchNow(u"quarterly"_qs), "sources"), { SearchTarget::Type::Source, 0, s.id }));
        Party p = doc.dossier().parties()[doc.dossier().partyIndex(u"ru"_qs)];
        p.name = u"Muscovy"_qs;
        QVERIFY(Command::editParty(&doc, p).ok());
        const SearchResults renamed = engine.searchNow(u"muscovy"_qs);
        QVERIFY(hasTarget(group(renamed, "parties"), { SearchTarget::Type::Party, 0, u"ru"_qs }));
        QVERIFY(hasTarget(group(renamed, "events"), { SearchTarget::Type::Event, 1, {} })); // Russia is an actor of event 1
    }

    // The window copies the events for the worker in slices; edits between slices move rows under the copy. Every
    // event is still found once: none skipped, none twice.
    void copyFollowsRowsThatMove()
    {
        Dossier d;
        const qint64 day = 86400000;
        const qint64 base = PartialDate::parse(u"2020-01-01")->msecs;
        for (qint64 i = 1; i <= 200; ++i) {
            Event e = makeEvent(i, "2020-01-01", u"Needle %1"_qs.arg(i));
            e.start = PartialDate::fromMsecs(base + i * day, Precision::Day);
            QVERIFY(d.insertEvent(e).ok());
        }
        Document doc;
        doc.open(nullptr, std::move(d));
        SearchEngine engine(&doc);
        engine.setSliceRows(10);
        engine.setHitLimit(1000);
        QSignalSpy results(&engine, &SearchEngine::resultsReady);
        engine.search(u"needle"_qs); // copies the first slice at once
        QVERIFY(engine.isIndexing());
        const auto redate = [&](qint64 id, const char* date) {
            Event e = doc.dossier().events().event(doc.dossier().events().rowOfId(id));
            e.start = PartialDate::parse(QString::fromLatin1(date)).value();
            QVERIFY(Command::editEvent(&doc, e).ok());
        };
        // Rows that shift back under the copy (a removal before its place, a move from before it to after it)
        // would be skipped; rows that shift forward (an insertion, a move from after it to before it) copied twice.
        QVERIFY(Command::removeEvent(&doc, 3).ok());
        redate(5, "2030-01-01");
        QCoreApplication::processEvents(); // a slice or more
        QVERIFY(Command::removeEvent(&doc, 2).ok());
        redate(8, "2031-01-01");
        QCoreApplication::processEvents();
        QVERIFY(Command::addEvent(&doc, makeEvent(0, "2019-06-01", u"Needle early"_qs)).ok());
        redate(150, "2019-01-01");
        QCoreApplication::processEvents();
        redate(190, "2019-02-01");
        QVERIFY(Command::addEvent(&doc, makeEvent(0, "2019-07-01", u"Needle later"_qs)).ok());
        QTRY_VERIFY(!engine.isIndexing());
        QTRY_VERIFY(!results.isEmpty()
            && results.constLast().constFirst().value<SearchResults>().total() == doc.dossier().events().size());
        const SearchResults r = results.constLast().constFirst().value<SearchResults>();
        QSet<qint64> ids;
        for (const SearchHit& h : r.groups.constFirst().hits)
            ids.insert(h.target.number);
        QCOMPARE(ids.size(), doc.dossier().events().size());
        QVERIFY(engine.lastIndexStats().slices > 5);
        QCOMPARE(engine.indexedEvents() > 150, true);
    }

    // On the worker: the results of the last search arrive, once; a superseded or cancelled one never does; an
    // edit runs the shown search again.
    void workerAndCancellation()
    {
        Document doc;
        doc.open(nullptr, sampleDossier());
        SearchEngine engine(&doc);
        QSignalSpy results(&engine, &SearchEngine::resultsReady);
        engine.search(u"peskov"_qs);
        const quint64 last = engine.search(u"zelensky"_qs);
        QVERIFY(results.wait());
        engine.waitForIndex(); // lets anything still running finish and deliver
        QCoreApplication::processEvents();
        QCOMPARE(results.count(), 1);
        auto r = results.takeFirst().constFirst().value<SearchResults>();
        QCOMPARE(r.serial, last);
        QCOMPARE(r.text, u"zelensky"_qs);
        QVERIFY(group(r, "events"));
        // Cancelled: nothing arrives.
        engine.search(u"guarantees"_qs);
        engine.cancel();
        engine.waitForIndex();
        QCoreApplication::processEvents();
        QCOMPARE(results.count(), 0);
        // An edit while results are shown runs the search again with the change in.
        engine.search(u"zanzibar"_qs);
        QVERIFY(results.wait());
        QVERIFY(results.takeFirst().constFirst().value<SearchResults>().groups.isEmpty());
        QVERIFY(Command::addEvent(&doc, makeEvent(0, "2025-12-16", u"Zanzibar round"_qs)).ok());
        QVERIFY(results.wait());
        r = results.takeFirst().constFirst().value<SearchResults>();
        QCOMPARE(r.total(), qsizetype(1));
        // A new dossier: the index is rebuilt on the worker and the search runs again on it.
        Dossier other;
        QVERIFY(other.insertEvent(makeEvent(1, "2020-01-01", u"Zanzibar accord"_qs)).ok());
        QVERIFY(other.insertEvent(makeEvent(2, "2020-01-02", u"Zanzibar accord signed"_qs)).ok());
        doc.open(nullptr, std::move(other));
        QTRY_VERIFY(!results.isEmpty() && results.constLast().constFirst().value<SearchResults>().total() == 2);
        QCOMPARE(engine.indexedEvents(), qsizetype(2));
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
