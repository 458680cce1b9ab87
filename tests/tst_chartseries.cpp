// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixture.h"
#include "chartseries.h"
#include "mustutil.h"

#include <QTest>

#include <cmath>
#include <map>

using namespace Entente;
using ChartFixture::at;

Q_DECLARE_METATYPE(QList<QPointF>)

class TestChartSeries : public QObject {
    Q_OBJECT
private slots:
    void historySteps()
    {
        const Dossier d = ChartFixture::make();
        const auto h = positionHistory(d, u"nato"_qs);
        QVERIFY(h);
        QCOMPARE(h->parties.size(), 3); // eu has no stance on nato
        QCOMPARE(h->parties[0].partyId, u"ua"_qs);
        // the retracted "opposes" of 1 June never appears
        QCOMPARE(h->parties[0].changes,
            (QList<QPointF> { { double(at("2025-01-10")), 2 }, { double(at("2025-03-01")), 1 } }));
        QCOMPARE(h->parties[1].changes,
            (QList<QPointF> { { double(at("2025-01-15")), -2 }, { double(at("2025-04-01")), -1 } }));
        QCOMPARE(h->parties[2].changes.size(), 2);
        QVERIFY(std::isnan(h->parties[2].changes[1].y())); // Unknown ends the known run
        QCOMPARE(h->bands.size(), 2);
        QCOMPARE(h->bands[0].status, u"contested"_qs);
        QCOMPARE(h->bands[0].end, at("2025-04-15"));
        QCOMPARE(h->bands[1].status, u"converging"_qs);
        QCOMPARE(h->eventTicks,
            (QList<double> { double(at("2025-01-10")), double(at("2025-02-03")), double(at("2025-03-15")) }));
    }

    void historyFollowsAsOfAndMask()
    {
        const Dossier d = ChartFixture::make();
        ChartFilter f;
        f.asOf = at("2025-02-15");
        f.rowMask = { true, true, false, true, true, true }; // hides the 3 February event
        const auto h = positionHistory(d, u"nato"_qs, f);
        QVERIFY(h);
        QCOMPARE(h->end, at("2025-02-15"));
        QCOMPARE(h->parties[0].changes.size(), 1);
        QCOMPARE(h->bands.size(), 1);
        QCOMPARE(h->eventTicks, (QList<double> { double(at("2025-01-10")) }));
    }

    void historyTicksSkipAheadMatchesDecimation_data()
    {
        QTest::addColumn<int>("columns");
        QTest::newRow("7") << 7;
        QTest::newRow("100") << 100;
        QTest::newRow("1000") << 1000;
    }
    void historyTicksSkipAheadMatchesDecimation()
    {
        QFETCH(int, columns);
        Dossier d = ChartFixture::make();
        for (int i = 0; i < 2000; ++i) {
            Event e;
            e.start = PartialDate::fromMsecs(at("2025-01-01") + qint64(i) * 7919 * 1000, Precision::Minute);
            e.title = u"e"_qs;
            e.issues = { i % 3 ? u"territory"_qs : u"nato"_qs };
            Entente::TestUtil::must(d.insertEvent(e));
        }
        const auto all = positionHistory(d, u"nato"_qs);
        ChartFilter f;
        f.tickColumns = columns;
        const auto skipped = positionHistory(d, u"nato"_qs, f);
        QCOMPARE(skipped->eventTicks, decimateTicks(all->eventTicks, columns, double(all->start), double(all->end)));
        QVERIFY(skipped->eventTicks.size() <= columns);
    }

    void historyUnknownIssue() { QVERIFY(!positionHistory(ChartFixture::make(), u"nope"_qs)); }

    void stepPointsDoubled()
    {
        const QList<QPointF> changes { { 0, 1 }, { 10, 2 }, { 20, -1 } };
        QCOMPARE(stepPoints(changes, 30),
            (QList<QPointF> { { 0, 1 }, { 10, 1 }, { 10, 2 }, { 20, 2 }, { 20, -1 }, { 30, -1 } }));
        QVERIFY(stepPoints({}, 5).isEmpty());
    }

    void convergenceSpread()
    {
        const Dossier d = ChartFixture::make();
        ChartFilter f;
        f.issueIds = { u"nato"_qs };
        const auto c = convergence(d, f);
        QCOMPARE(c.size(), 1);
        const QList<QPointF> expected { { double(at("2025-01-15")), 4 }, { double(at("2025-02-01")), 4 },
            { double(at("2025-03-01")), 3 }, { double(at("2025-04-01")), 2 }, { double(at("2025-05-01")), 2 } };
        QCOMPARE(c[0].spread, expected);
        QCOMPARE(c[0].statusMarkers.size(), 2);
        QCOMPARE(c[0].statusMarkers[1].status, u"converging"_qs);
    }

    void convergenceWeighted()
    {
        const Dossier d = ChartFixture::make();
        ChartFilter f;
        f.issueIds = { u"nato"_qs };
        f.asOf = at("2025-01-31");
        const auto c = convergence(d, f, true);
        // ua supports (2 × 0.8) vs ru opposes (−2 × 1.0)
        QCOMPARE(c[0].spread, (QList<QPointF> { { double(at("2025-01-15")), 3.6 } }));
    }

    void activityMatchesNaiveCount_data()
    {
        QTest::addColumn<int>("bucket");
        QTest::addColumn<int>("group");
        QTest::addColumn<bool>("masked");
        for (const int b : { 0, 1, 2 })
            for (const int g : { 0, 1, 2 })
                for (const bool m : { false, true })
                    QTest::addRow("b%d-g%d-%s", b, g, m ? "masked" : "all") << b << g << m;
    }
    void activityMatchesNaiveCount()
    {
        QFETCH(int, bucket);
        QFETCH(int, group);
        QFETCH(bool, masked);
        const Dossier d = ChartFixture::make();
        ChartFilter f;
        if (masked)
            f.rowMask = { true, false, true, true, false, true };
        const auto a = activity(d, ActivityBucket(bucket), ActivityGroup(group), f);
        QVERIFY(a.bucketStarts.size() >= 2);
        const auto& store = d.events();
        int total = 0;
        for (qsizetype g = 0; g < a.groupIds.size(); ++g)
            for (qsizetype b = 0; b + 1 < a.bucketStarts.size(); ++b) {
                int naive = 0;
                for (qsizetype row = 0; row < store.size(); ++row) {
                    if (masked && !f.rowMask[size_t(row)])
                        continue;
                    if (store.start(row) < a.bucketStarts[b] || store.start(row) >= a.bucketStarts[b + 1])
                        continue;
                    const auto kind = ActivityGroup(group) == ActivityGroup::Party ? EventStore::RefKind::Party
                                                                                    : EventStore::RefKind::Issue;
                    if (ActivityGroup(group) == ActivityGroup::Total || store.refTexts(row, kind).contains(a.groupIds[g]))
                        ++naive;
                }
                QCOMPARE(a.counts[g][b], naive);
                total += naive;
            }
        QVERIFY(total > 0);
    }

    void activityMonthByParty()
    {
        const auto a = activity(ChartFixture::make(), ActivityBucket::Month, ActivityGroup::Party);
        QCOMPARE(a.bucketStarts.size(), 7); // Jan … Jun + end
        QCOMPARE(a.bucketStarts.first(), at("2025-01-01"));
        QCOMPARE(a.bucketStarts.last(), at("2025-07-01"));
        QCOMPARE(a.groupIds, (QStringList { u"ua"_qs, u"ru"_qs, u"us"_qs, u"eu"_qs }));
        QCOMPARE(a.counts[0], (QList<int> { 1, 1, 0, 0, 0, 1 })); // ua
        QCOMPARE(a.counts[3], (QList<int> { 0, 0, 1, 0, 0, 1 })); // eu
    }

    void activityCountsEachEventOnce_data()
    {
        QTest::addColumn<int>("group");
        QTest::addColumn<QStringList>("parties"); // the filter's parties; empty: all
        QTest::newRow("parties") << int(ActivityGroup::Party) << QStringList();
        QTest::newRow("issues") << int(ActivityGroup::Issue) << QStringList();
        QTest::newRow("Russia only") << int(ActivityGroup::Party) << QStringList { u"ru"_qs };
        QTest::newRow("total") << int(ActivityGroup::Total) << QStringList();
    }
    void activityCountsEachEventOnce()
    {
        QFETCH(int, group);
        QFETCH(QStringList, parties);
        ChartFilter f;
        f.partyIds = parties;
        const auto a = activity(ChartFixture::make(), ActivityBucket::Month, ActivityGroup(group), f);
        QCOMPARE(a.events, (QList<int> { 2, 2, 1, 0, 0, 1 })); // six events, Jan … Jun, each once
        for (qsizetype b = 0; b < a.events.size(); ++b) {
            int sum = a.several[b] + a.other[b];
            for (const auto& g : a.sole)
                sum += g[b];
            QCOMPARE(sum, a.events[b]);
        }
        if (ActivityGroup(group) == ActivityGroup::Party && parties.isEmpty()) {
            // Jan 10 (UA+US), Feb 3 (UA+RU), Jun 30 (UA+EU) have two parties; Ukraine is never alone.
            QCOMPARE(a.several, (QList<int> { 1, 1, 0, 0, 0, 1 }));
            QCOMPARE(a.sole[0], (QList<int> { 0, 0, 0, 0, 0, 0 })); // ua
            QCOMPARE(a.counts[0], (QList<int> { 1, 1, 0, 0, 0, 1 })); // ua takes part in three
            QCOMPARE(a.sole[1], (QList<int> { 1, 0, 0, 0, 0, 0 })); // ru alone on Jan 20
        }
        if (parties == QStringList { u"ru"_qs }) {
            QCOMPARE(a.groupIds, (QStringList { u"ru"_qs }));
            QCOMPARE(a.sole[0], (QList<int> { 1, 1, 0, 0, 0, 0 })); // Jan 20; Feb 3 (UA+RU: RU is the one shown)
            QCOMPARE(a.other, (QList<int> { 1, 1, 1, 0, 0, 1 }));
        }
    }

    void weekBucketsStartOnMonday()
    {
        const qint64 b = bucketStart(at("2025-01-10T15:00Z"), ActivityBucket::Week);
        QCOMPARE(b, at("2025-01-06")); // Monday
        QCOMPARE(nextBucket(b, ActivityBucket::Week), at("2025-01-13"));
        QCOMPARE(nextBucket(at("2025-01-01"), ActivityBucket::Month), at("2025-02-01"));
    }

    void distributionCounts()
    {
        const Dossier d = ChartFixture::make();
        const auto s = stanceDistribution(d, at("2025-03-20"));
        QCOMPARE(s.issueIds, (QStringList { u"nato"_qs, u"territory"_qs }));
        auto count = [&](const QString& stance, int issue) { return s.counts[s.stanceKeys.indexOf(stance)][issue]; };
        QCOMPARE(count(u"open"_qs, 0), 1); // ua
        QCOMPARE(count(u"opposes"_qs, 0), 1); // ru
        QCOMPARE(count(u"ambiguous"_qs, 0), 1); // us
        QCOMPARE(count(QString(), 0), 1); // eu: none
        QCOMPARE(count(u"resists"_qs, 1), 1); // eu
        QCOMPARE(count(u"supports"_qs, 1), 1); // ru
        for (int issue = 0; issue < 2; ++issue) {
            int sum = 0;
            for (const auto& row : s.counts)
                sum += row[issue];
            QCOMPARE(sum, 4); // every party counted once
        }
    }

    void decimateKeepsExtremes()
    {
        QList<QPointF> series;
        for (int i = 0; i < 100000; ++i)
            series.append({ double(i), std::sin(i * 0.01) * 100 + (i == 43210 ? 1000 : 0) + (i == 77777 ? -1000 : 0) });
        const int columns = 500;
        const auto out = decimate(series, columns);
        QCOMPARE(out.first(), series.first());
        QCOMPARE(out.last(), series.last());
        QVERIFY(out.contains(series[43210]));
        QVERIFY(out.contains(series[77777]));
        std::map<qint64, int> perColumn;
        const double scale = columns / (series.last().x() - series.first().x());
        for (qsizetype i = 1; i + 1 < out.size(); ++i)
            ++perColumn[std::min<qint64>(columns - 1, qint64(out[i].x() * scale))];
        for (const auto& [column, n] : perColumn)
            QVERIFY2(n <= 2, qPrintable(u"column %1 has %2 points"_qs.arg(column).arg(n)));
        QVERIFY(out.size() <= 2 * columns + 2);
        for (qsizetype i = 1; i < out.size(); ++i)
            QVERIFY(out[i - 1].x() <= out[i].x());
        // every column's max and min survive
        for (int c = 0; c < columns; ++c) {
            double hi = -1e9, lo = 1e9;
            for (qsizetype i = 0; i < series.size(); ++i)
                if (std::min<qint64>(columns - 1, qint64(series[i].x() * scale)) == c) {
                    hi = std::max(hi, series[i].y());
                    lo = std::min(lo, series[i].y());
                }
            bool hasHi = false, hasLo = false;
            for (const auto& p : out)
                if (std::min<qint64>(columns - 1, qint64(p.x() * scale)) == c) {
                    hasHi = hasHi || p.y() == hi;
                    hasLo = hasLo || p.y() == lo;
                }
            QVERIFY(hasHi && hasLo);
        }
    }

    void decimateSmallInputsUnchanged()
    {
        const QList<QPointF> two { { 0, 1 }, { 1, 2 } };
        QCOMPARE(decimate(two, 10), two);
        QCOMPARE(decimate({}, 10), QList<QPointF>());
        const QList<QPointF> three { { 0, 1 }, { 5, 2 }, { 10, 0 } };
        QCOMPARE(decimate(three, 0), three);
    }

    void decimateTicksOnePerColumn()
    {
        QList<double> xs;
        for (int i = 0; i < 10000; ++i)
            xs.append(i);
        const auto out = decimateTicks(xs, 100, 0, 10000);
        QCOMPARE(out.size(), 100);
        QCOMPARE(out.first(), 0.0);
    }
};

QTEST_GUILESS_MAIN(TestChartSeries)
#include "tst_chartseries.moc"
