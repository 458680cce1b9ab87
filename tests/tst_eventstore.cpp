// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include <QRandomGenerator>
#include <QTest>

#include <algorithm>

using namespace Entente;

namespace {
Event makeEvent(qint64 id, const char* date, const QString& title, QStringList parties = {})
{
    Event e;
    e.id = id;
    e.start = PartialDate::parse(QString::fromLatin1(date)).value();
    e.title = title;
    e.description = title + u" — details"_qs;
    e.location = u"Berlin"_qs;
    e.parties = parties;
    e.tags = { u"talks"_qs };
    return e;
}
}

class TestEventStore : public QObject {
    Q_OBJECT
private slots:
    void insertKeepsRowsSortedByStart()
    {
        EventStore s;
        s.insert(makeEvent(1, "2025-12-15", u"Monday talks"_qs, { u"us"_qs, u"ua"_qs }));
        s.insert(makeEvent(2, "2022-02", u"Invasion"_qs, { u"ru"_qs }));
        s.insert(makeEvent(3, "2025-12-14", u"Sunday signal"_qs, { u"ua"_qs }));
        QCOMPARE(s.size(), 3);
        QCOMPARE(s.title(0), u"Invasion");
        QCOMPARE(s.title(1), u"Sunday signal");
        QCOMPARE(s.title(2), u"Monday talks");
        QVERIFY(std::is_sorted(s.starts().begin(), s.starts().end()));
        QCOMPARE(s.rowOfId(1), 2);
        QCOMPARE(s.rowOfId(2), 0);
        QCOMPARE(s.rowOfId(99), -1);
        QCOMPARE(s.event(2).parties, QStringList({ u"us"_qs, u"ua"_qs }));
        QCOMPARE(s.startDate(0).precision, Precision::Month);
        QCOMPARE(s.event(2), makeEvent(1, "2025-12-15", u"Monday talks"_qs, { u"us"_qs, u"ua"_qs }));
    }

    void updateMovesRowAndKeepsId()
    {
        EventStore s;
        s.insert(makeEvent(1, "2025-12-15", u"A"_qs, { u"us"_qs }));
        s.insert(makeEvent(2, "2025-12-16", u"B"_qs, { u"ru"_qs }));
        auto e = s.event(0);
        e.start = PartialDate::parse(u"2025-12-20").value();
        e.title = u"A moved"_qs;
        const auto row = s.update(0, e);
        QCOMPARE(row, 1);
        QCOMPARE(s.id(1), 1);
        QCOMPARE(s.title(1), u"A moved");
        QCOMPARE(s.rowOfId(2), 0);
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Party), QStringList { u"ru"_qs });
    }

    void removeAndIdsAssigned()
    {
        EventStore s;
        const auto r = s.insert(makeEvent(0, "2025-01-01", u"auto id"_qs));
        QCOMPARE(s.id(r), 1);
        s.insert(makeEvent(10, "2025-01-02", u"ten"_qs));
        QCOMPARE(s.nextId(), 11);
        s.removeAt(0);
        QCOMPARE(s.size(), 1);
        QCOMPARE(s.rowOfId(10), 0);
        QCOMPARE(s.rowOfId(1), -1);
        QCOMPARE(s.event(0).tags, QStringList { u"talks"_qs });
    }

    void bulkAppendMatchesInsert()
    {
        // Random events appended in bulk then finish()ed must equal the same events inserted one by one.
        auto* rng = QRandomGenerator::global();
        QRandomGenerator gen(42);
        Q_UNUSED(rng);
        EventStore bulk, single;
        const QStringList parties { u"a"_qs, u"b"_qs, u"c"_qs };
        for (int i = 1; i <= 500; ++i) {
            Event e;
            e.id = i;
            e.start = PartialDate::fromMsecs(qint64(gen.bounded(1000)) * 86400000LL, Precision::Day);
            e.title = QStringLiteral("event %1").arg(i);
            e.parties = { parties[gen.bounded(3)] };
            if (gen.bounded(2))
                e.parties << parties[gen.bounded(3)];
            bulk.append(e);
            single.insert(e);
        }
        bulk.finish();
        QCOMPARE(bulk.size(), single.size());
        for (qsizetype r = 0; r < bulk.size(); ++r)
            QCOMPARE(bulk.event(r), single.event(r));
        QVERIFY(!bulk.hasDuplicateIds());
        for (int i = 1; i <= 500; ++i)
            QCOMPARE(bulk.id(bulk.rowOfId(i)), i);
    }

    // finish() sorts by radix (ids in append order, ids shuffled, ids repeated, starts spread so wide that it
    // falls back to a comparison sort); compared with a stable sort of the events by (start, id).
    void finishMatchesReferenceSort_data()
    {
        QTest::addColumn<int>("idOrder"); // 0 ascending, 1 shuffled, 2 with repeats
        QTest::addColumn<qint64>("startStep"); // starts are multiples of it
        QTest::addColumn<int>("distinctStarts");
        QTest::newRow("ascending ids, days") << 0 << qint64(86400000) << 365;
        QTest::newRow("ascending ids, few starts") << 0 << qint64(86400000) << 3;
        QTest::newRow("shuffled ids, minutes") << 1 << qint64(60000) << 100000;
        QTest::newRow("repeated ids, days") << 2 << qint64(86400000) << 50;
        QTest::newRow("negative and huge starts") << 1 << qint64(1) << -1;
    }

    void finishMatchesReferenceSort()
    {
        QFETCH(int, idOrder);
        QFETCH(qint64, startStep);
        QFETCH(int, distinctStarts);
        QRandomGenerator gen(7);
        const int n = 3000;
        std::vector<qint64> ids(n);
        for (int i = 0; i < n; ++i)
            ids[size_t(i)] = idOrder == 2 ? 1 + qint64(gen.bounded(n / 2)) : 1000 + 3 * qint64(i);
        if (idOrder == 1)
            std::shuffle(ids.begin(), ids.end(), gen);
        std::vector<Event> events;
        EventStore bulk;
        for (int i = 0; i < n; ++i) {
            Event e;
            e.id = ids[size_t(i)];
            const qint64 start = distinctStarts < 0 ? qint64(gen.generate64()) // the whole 64-bit range
                                                    : (qint64(gen.bounded(distinctStarts)) - distinctStarts / 3) * startStep;
            e.start = PartialDate::fromMsecs(start, Precision::Day);
            e.title = QStringLiteral("event %1").arg(i);
            e.tags = { QStringLiteral("t%1").arg(i % 7) };
            if (i % 3 == 0)
                e.parties = { QStringLiteral("p%1").arg(i % 5), QStringLiteral("q") };
            bulk.append(e);
            events.push_back(e);
        }
        bulk.finish();
        std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) {
            return a.start.msecs < b.start.msecs || (a.start.msecs == b.start.msecs && a.id < b.id);
        });
        QCOMPARE(bulk.size(), qsizetype(n));
        for (int r = 0; r < n; ++r)
            QCOMPARE(bulk.event(r), events[size_t(r)]);
        QCOMPARE(bulk.hasDuplicateIds(), idOrder == 2);
        for (const auto& e : events)
            QCOMPARE(bulk.id(bulk.rowOfId(e.id)), e.id);
        QCOMPARE(bulk.rowOfId(-5), -1);
        // Appending more and finishing again keeps the order.
        Event late;
        late.id = 1;
        late.start = PartialDate::fromMsecs(std::numeric_limits<qint64>::min() + 1, Precision::Day);
        bulk.append(late);
        bulk.finish();
        QCOMPARE(bulk.id(0), 1);
        if (idOrder != 2)
            QCOMPARE(bulk.rowOfId(1), 0);
    }

    // Past half a million rows finish() gathers the references on a second thread.
    void finishLargeStore()
    {
        QRandomGenerator gen(11);
        const int n = 600000;
        EventStore s;
        const quint32 symbols[] = { s.internSymbol(u"a"), s.internSymbol(u"b"), s.internSymbol(u"c") };
        struct Row {
            qint64 start, id;
            std::vector<quint32> refs;
        };
        std::vector<Row> rows;
        rows.reserve(n);
        for (int i = 0; i < n; ++i) {
            Row r { qint64(gen.bounded(5000)) * 86400000, 1 + qint64(i), {} };
            for (int k = 0; k < i % 4; ++k)
                r.refs.push_back(EventStore::makeRef(EventStore::RefKind(k), symbols[(i + k) % 3]));
            const QString title = QString::number(i);
            s.appendInterned(r.id, PartialDate::fromMsecs(r.start, Precision::Day), {}, title, {}, symbols[i % 3], r.refs);
            rows.push_back(std::move(r));
        }
        s.finish();
        std::stable_sort(rows.begin(), rows.end(), [](const Row& a, const Row& b) { return a.start < b.start; });
        int wrong = 0;
        for (int r = 0; r < n; ++r) {
            const Row& e = rows[size_t(r)];
            const auto refs = s.refs(r);
            if (s.id(r) != e.id || s.start(r) != e.start || !std::ranges::equal(refs, e.refs)
                || s.title(r) != QString::number(e.id - 1) || s.locationSymbol(r) != symbols[(e.id - 1) % 3]
                || s.rowOfId(e.id) != r)
                ++wrong;
        }
        QCOMPARE(wrong, 0);
        QCOMPARE(s.refOffsets().size(), size_t(n) + 1);
        QCOMPARE(qsizetype(s.refOffsets().back()), qsizetype(s.allRefs().size()));
    }

    void appendStoreMapsIdsAndSymbols()
    {
        using Kind = EventStore::RefKind;
        EventStore a;
        const quint32 p = a.internSymbol(u"p");
        const quint32 pRef[] = { EventStore::makeRef(Kind::Party, p) };
        a.appendInterned(1, PartialDate::parse(u"2025-12-15").value(), {}, u"x", u"dx", a.internSymbol(u"L"), pRef);
        EventStore b;
        const quint32 p1 = b.internSymbol(u"p1"), p2 = b.internSymbol(u"p2"), m = b.internSymbol(u"M");
        const quint32 refs[] = { EventStore::makeRef(Kind::Party, p1), EventStore::makeRef(Kind::Party, p2),
            EventStore::makeRef(Kind::Tag, p1) };
        b.appendInterned(1, PartialDate::parse(u"2024-01").value(), {}, u"y", u"dy", m, refs);
        b.appendInterned(2, PartialDate::parse(u"2026").value(), {}, u"z", {}, m, {});
        std::vector<quint32> map(size_t(b.symbols().size()));
        map[p1] = p; // two of b's symbols become one of a's: the row keeps that party once
        map[p2] = p;
        map[m] = a.internSymbol(u"M");
        a.appendStore(b, 10, map);
        a.finish();
        QCOMPARE(a.size(), 3);
        QCOMPARE(a.id(0), 11);
        QCOMPARE(a.title(0), u"y");
        QCOMPARE(a.description(0), u"dy");
        QCOMPARE(a.location(0), u"M"_qs);
        QCOMPARE(a.refTexts(0, Kind::Party), QStringList { u"p"_qs });
        QCOMPARE(a.refTexts(0, Kind::Tag), QStringList { u"p"_qs });
        QCOMPARE(a.id(1), 1);
        QCOMPARE(a.location(1), u"L"_qs);
        QCOMPARE(a.id(2), 12);
        QCOMPARE(a.title(2), u"z");
        QCOMPARE(a.nextId(), 13);
        QCOMPARE(a.rowOfId(12), 2);
    }

    // Which tags are external ids: "id=<value>" or "<scheme>-id=<value>", the scheme lower-case letters and digits.
    void isIdTag_data()
    {
        QTest::addColumn<QString>("tag");
        QTest::addColumn<bool>("id");
        QTest::newRow("acled") << u"acled-id=UKR170001"_qs << true;
        QTest::newRow("no scheme") << u"id=42"_qs << true;
        QTest::newRow("digits") << u"gdelt2-id=1001"_qs << true;
        QTest::newRow("value with =") << u"timelinejs-id=a=b"_qs << true;
        QTest::newRow("empty value") << u"acled-id="_qs << false;
        QTest::newRow("upper-case scheme") << u"ACLED-id=1"_qs << false;
        QTest::newRow("no dash") << u"acledid=1"_qs << false;
        QTest::newRow("empty scheme") << u"-id=1"_qs << false;
        QTest::newRow("attribute") << u"data_id=1"_qs << false;
        QTest::newRow("plain tag") << u"talks"_qs << false;
        QTest::newRow("geo") << u"geo=48.5,37.9"_qs << false;
    }
    void isIdTag()
    {
        QFETCH(QString, tag);
        QFETCH(bool, id);
        QCOMPARE(EventStore::isIdTag(tag), id);
    }

    // A row's external id is not interned: it stays out of refs() and the dictionary, and comes back in its
    // place among the tags through every way rows get in, move and go.
    void externalIdKeptApart()
    {
        using Kind = EventStore::RefKind;
        Event a = makeEvent(1, "2025-12-15", u"A"_qs, { u"us"_qs });
        a.tags = { u"talks"_qs, u"acled-id=UKR1"_qs, u"geo=1,2"_qs };
        Event b = makeEvent(2, "2025-12-14", u"B"_qs);
        b.tags = { u"id=7"_qs };
        Event c = makeEvent(3, "2025-12-13", u"C"_qs);
        c.tags = { u"talks"_qs, u"gdelt-id=5"_qs, u"acled-id=UKR9"_qs }; // the first is the id, the second a tag

        EventStore single, bulk;
        for (const Event* e : { &a, &b, &c }) {
            single.insert(*e);
            bulk.append(*e);
        }
        bulk.finish();
        for (const EventStore* s : { &single, &bulk }) {
            QCOMPARE(s->event(s->rowOfId(1)), a);
            QCOMPARE(s->event(s->rowOfId(2)), b);
            QCOMPARE(s->event(s->rowOfId(3)), c);
            QCOMPARE(s->idTag(s->rowOfId(1)), u"acled-id=UKR1");
            QCOMPARE(s->idTagPlace(s->rowOfId(1)), 1);
            QCOMPARE(s->idTag(s->rowOfId(3)), u"gdelt-id=5");
            QCOMPARE(s->symbolOf(u"acled-id=UKR1"_qs), Dictionary::None);
            QCOMPARE(s->symbolOf(u"id=7"_qs), Dictionary::None);
            QVERIFY(s->symbolOf(u"acled-id=UKR9"_qs) != Dictionary::None);
            QVERIFY(s->refs(s->rowOfId(2)).empty()); // b's only tag is its id
        }
        // Titles and descriptions around it are unchanged; an update keeps or replaces it.
        const qsizetype row = single.rowOfId(1);
        QCOMPARE(single.title(row), u"A");
        QCOMPARE(single.description(row), u"A — details");
        Event changed = a;
        changed.tags = { u"acled-id=UKR1b"_qs };
        single.update(row, changed);
        QCOMPARE(single.event(single.rowOfId(1)).tags, QStringList { u"acled-id=UKR1b"_qs });
        changed.tags = { u"talks"_qs };
        single.update(single.rowOfId(1), changed);
        QCOMPARE(single.idTag(single.rowOfId(1)), QStringView());
        QCOMPARE(single.event(single.rowOfId(1)).tags, QStringList { u"talks"_qs });
        single.removeAt(single.rowOfId(2));
        QCOMPARE(single.event(single.rowOfId(3)), c);

        // By symbol, and a store appended to another (the import's second thread).
        EventStore part;
        const quint32 talks = part.internSymbol(u"talks");
        const quint32 tags[] = { EventStore::makeRef(Kind::Tag, talks) };
        part.appendInterned(1, PartialDate::parse(u"2024-01-02").value(), {}, u"x", u"dx", part.internSymbol(u"L"), tags,
            u"acled-id=P1", 0);
        part.appendInterned(2, PartialDate::parse(u"2024-01-01").value(), {}, u"y", {}, part.internSymbol(u"L"), tags,
            u"acled-id=P2", 5); // a place past the end: last
        EventStore whole;
        std::vector<quint32> map;
        for (qsizetype s = 0; s < part.symbols().size(); ++s)
            map.push_back(whole.internSymbol(part.symbols().text(quint32(s))));
        whole.appendStore(part, 100, map);
        whole.finish();
        QCOMPARE(whole.refTexts(whole.rowOfId(101), Kind::Tag), (QStringList { u"acled-id=P1"_qs, u"talks"_qs }));
        QCOMPARE(whole.refTexts(whole.rowOfId(102), Kind::Tag), (QStringList { u"talks"_qs, u"acled-id=P2"_qs }));
        QCOMPARE(whole.title(whole.rowOfId(101)), u"x");
        QCOMPARE(whole.description(whole.rowOfId(101)), u"dx");
        QCOMPARE(whole.symbols().size(), 2); // "talks" and "L"

        // A tag list longer than the place can say keeps a late id as an ordinary tag, in its place.
        Event many = makeEvent(9, "2025-01-01", u"many"_qs);
        many.tags.clear();
        for (int i = 0; i < 300; ++i)
            many.tags << QStringLiteral("t%1").arg(i);
        many.tags.insert(280, u"acled-id=late"_qs);
        EventStore s;
        s.insert(many);
        QCOMPARE(s.event(0), many);
        QCOMPARE(s.idTag(0), QStringView());
        QVERIFY(s.symbolOf(u"acled-id=late"_qs) != Dictionary::None);
    }

    // 10^5 rows with ids of their own cost no dictionary entries.
    void externalIdsCostNoSymbols()
    {
        EventStore s;
        const int n = 100000;
        for (int i = 1; i <= n; ++i) {
            const QString id = QStringLiteral("acled-id=UKR%1").arg(i);
            const QStringView tags[] = { u"battle", id };
            s.append(i, PartialDate::fromMsecs(qint64(n - i) * 60000, Precision::Minute), {}, u"t", u"", u"Kyiv", {}, {},
                tags, {});
        }
        s.finish();
        QCOMPARE(s.symbols().size(), 2);
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Tag), (QStringList { u"battle"_qs, QStringLiteral("acled-id=UKR%1").arg(n) }));
        const double perEvent = double(s.memoryBytes()) / n;
        QVERIFY2(perEvent <= 100.0, qPrintable(QString::number(perEvent)));
    }

    void duplicateIdsDetected()
    {
        EventStore s;
        s.append(makeEvent(5, "2025-01-01", u"x"_qs));
        s.append(makeEvent(5, "2025-01-02", u"y"_qs));
        s.finish();
        QVERIFY(s.hasDuplicateIds());
        QCOMPARE(s.duplicateId(), 5);
    }

    void lowerBound()
    {
        EventStore s;
        s.insert(makeEvent(1, "2025-12-14", u"a"_qs));
        s.insert(makeEvent(2, "2025-12-15", u"b"_qs));
        QCOMPARE(s.lowerBound(PartialDate::parse(u"2025-12-15")->msecs), 1);
        QCOMPARE(s.lowerBound(PartialDate::parse(u"2020")->msecs), 0);
        QCOMPARE(s.lowerBound(PartialDate::parse(u"2030")->msecs), 2);
    }

    void memoryPerEventIsSmall()
    {
        EventStore s;
        const int n = 100000;
        s.reserve(n);
        for (int i = 1; i <= n; ++i) {
            const QStringView parties[] = { u"us", u"ru" };
            const QStringView tags[] = { u"battle" };
            s.append(i, PartialDate::fromMsecs(qint64(i) * 60000, Precision::Minute), {}, u"t", u"", u"Kyiv", parties,
                {}, tags, {});
        }
        s.finish();
        const double perEvent = double(s.memoryBytes()) / n;
        QVERIFY2(perEvent <= 100.0, qPrintable(QString::number(perEvent)));
    }
};

QTEST_APPLESS_MAIN(TestEventStore)
#include "tst_eventstore.moc"
