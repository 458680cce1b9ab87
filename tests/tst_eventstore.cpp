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
    e.start = *PartialDate::parse(QString::fromLatin1(date));
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
        e.start = *PartialDate::parse(u"2025-12-20");
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
