// SPDX-License-Identifier: GPL-3.0-or-later
#include "timeline/timescale.h"

#include "partialdate.h"

#include <QDateTime>
#include <QTest>

using namespace Entente;

namespace {
qint64 at(const QString& iso) { return PartialDate::parse(iso)->msecs; }

QStringList labels(const std::vector<TimeScale::Tick>& ticks)
{
    QStringList out;
    for (const auto& t : ticks)
        out.append(t.label);
    return out;
}
}

class TestTimeScale : public QObject {
    Q_OBJECT
private slots:
    void calendar_data()
    {
        QTest::addColumn<qint64>("msecs");
        QTest::newRow("epoch") << qint64(0);
        QTest::newRow("one-ms-before-epoch") << qint64(-1);
        QTest::newRow("1900-leap-rule") << at(u"1900-03-01"_qs) - 1;
        QTest::newRow("1944-06-06") << at(u"1944-06-06T06:30Z"_qs);
        QTest::newRow("2000-02-29") << at(u"2000-02-29"_qs) + 5;
        QTest::newRow("2025-12-15") << at(u"2025-12-15T10:30Z"_qs);
        QTest::newRow("2500-12-31") << at(u"2500-12-31T23:59Z"_qs);
        QTest::newRow("year-1200") << at(u"1200-07-04"_qs);
    }
    void calendar()
    {
        QFETCH(qint64, msecs);
        const QDateTime dt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
        const auto c = Calendar::fromMsecs(msecs);
        QCOMPARE(c.year, dt.date().year());
        QCOMPARE(c.month, dt.date().month());
        QCOMPARE(c.day, dt.date().day());
        QCOMPARE(c.msOfDay, qint64(dt.time().msecsSinceStartOfDay()));
        QCOMPARE(Calendar::toMsecs(c.year, c.month, c.day, c.msOfDay), msecs);
        QCOMPARE(Calendar::dayOfWeek(msecs), dt.date().dayOfWeek());
    }

    void roundTrip_data()
    {
        QTest::addColumn<qint64>("start");
        QTest::addColumn<double>("msPerPx");
        QTest::addColumn<double>("x");
        QTest::newRow("decade-view") << at(u"2016"_qs) << 3.6e9 / 2 << 437.0;
        QTest::newRow("hour-view") << at(u"2025-12-15T10:00Z"_qs) << 3600000.0 / 1000 << 999.0;
        QTest::newRow("pre-1970") << at(u"1914-07-28"_qs) << 86400000.0 << 250.5;
        QTest::newRow("year-2500") << at(u"2500-01-01"_qs) << 86400000.0 * 30 << 12.0;
        QTest::newRow("negative-x") << at(u"2025-01-01"_qs) << 60000.0 << -40.0;
    }
    void roundTrip()
    {
        QFETCH(qint64, start);
        QFETCH(double, msPerPx);
        QFETCH(double, x);
        const TimeScale s(start, msPerPx, 1000);
        QCOMPARE(s.msecsPerPixel(), msPerPx);
        QVERIFY(std::abs(s.toX(s.toMsecs(x)) - x) < 1e-6 + 1 / msPerPx);
        const qint64 t = start + qint64(x * msPerPx);
        QVERIFY(std::abs(s.toMsecs(s.toX(t)) - t) <= 1);
        QCOMPARE(s.toX(start), 0.0);
    }

    void zoomAbout_data()
    {
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("factor");
        QTest::newRow("in-at-left") << 0.0 << 2.0;
        QTest::newRow("in-at-middle") << 500.0 << 1.7;
        QTest::newRow("out-at-right") << 1000.0 << 0.25;
        QTest::newRow("tiny-step") << 333.0 << 1.0015;
    }
    void zoomAbout()
    {
        QFETCH(double, x);
        QFETCH(double, factor);
        TimeScale s(at(u"2020-01-01"_qs), 86400000.0, 1000);
        const qint64 anchor = s.toMsecs(x);
        const double before = s.msecsPerPixel();
        s.zoomAbout(x, factor);
        QVERIFY(std::abs(s.toMsecs(x) - anchor) <= 1);
        QVERIFY(std::abs(s.msecsPerPixel() - before / factor) < 1e-6 * before);
    }

    void zoomLimits()
    {
        TimeScale s(at(u"2020-01-01"_qs), 86400000.0, 800);
        s.zoomAbout(400, 1e12);
        QCOMPARE(s.msecsPerPixel(), double(TimeScale::HourMs) / 800);
        QCOMPARE(s.end() - s.start(), TimeScale::HourMs);
        s.zoomAbout(400, 1e-12);
        QCOMPARE(s.msecsPerPixel(), double(TimeScale::CenturyMs) / 800);
        // Invalid factors leave the scale alone.
        const TimeScale copy = s;
        s.zoomAbout(100, 0);
        s.zoomAbout(100, -3);
        QCOMPARE(s, copy);
        // A zero width is clamped rather than dividing by zero.
        TimeScale z(0, 1000, 0);
        QCOMPARE(z.width(), 1.0);
    }

    void densestPeriod_data()
    {
        QTest::addColumn<QStringList>("dates");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        // The sample dossier: two early events would squeeze the Berlin round into the last pixels.
        QTest::newRow("berlin") << QStringList { u"2022-02-01"_qs, u"2025-01-01"_qs, u"2025-12-01"_qs, u"2025-12-14"_qs,
            u"2025-12-15"_qs, u"2025-12-15"_qs, u"2025-12-15"_qs, u"2025-12-15"_qs, u"2025-12-15"_qs, u"2025-12-15"_qs }
                                << u"2025-12-01"_qs << u"2025-12-15"_qs;
        QTest::newRow("evenly spread: the latest") << QStringList { u"2025-01-01"_qs, u"2025-01-02"_qs, u"2025-01-03"_qs,
            u"2025-01-04"_qs, u"2025-01-05"_qs } << u"2025-01-02"_qs << u"2025-01-05"_qs;
        QTest::newRow("one") << QStringList { u"2025-03-01"_qs } << u"2025-03-01"_qs << u"2025-03-01"_qs;
    }
    void densestPeriod()
    {
        QFETCH(QStringList, dates);
        QFETCH(QString, from);
        QFETCH(QString, to);
        std::vector<qint64> sorted;
        for (const QString& d : dates)
            sorted.push_back(at(d));
        const auto [a, b] = TimeScale::densestPeriod(sorted);
        QCOMPARE(a, at(from));
        QCOMPARE(b, at(to));
        QCOMPARE(TimeScale::densestPeriod({}), (std::pair<qint64, qint64> { 0, 0 }));
    }

    void fit()
    {
        TimeScale s(0, 1, 1000);
        const qint64 a = at(u"1962-10-16"_qs), b = at(u"1962-10-28"_qs);
        s.fit(a, b);
        QVERIFY(s.start() < a && s.end() > b);
        QVERIFY(s.toX(a) > 0 && s.toX(b) < 1000);
        s.fit(b, a); // reversed bounds are accepted
        QVERIFY(s.start() < a && s.end() > b);
        s.fit(a, a); // an instant: centred, about an hour across (the minimum span plus margins)
        QVERIFY(std::abs(s.toX(a) - 500) <= 1);
        QVERIFY(s.msecsPerPixel() >= double(TimeScale::HourMs) / 1000);
        QVERIFY(s.msecsPerPixel() < 1.1 * double(TimeScale::HourMs) / 1000);
    }

    void ticks_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<double>("days"); // span across 1000 px
        QTest::addColumn<QString>("level");
        QTest::addColumn<QStringList>("expectedMajor"); // each must appear among the major labels
        QTest::addColumn<QStringList>("expectedContext");
        QTest::addColumn<QStringList>("absent");
        QTest::newRow("century") << u"1950"_qs << 36524.0 << u"decades"_qs << QStringList { u"1960"_qs, u"2000"_qs, u"2040"_qs }
                                 << QStringList() << QStringList { u"1965"_qs };
        QTest::newRow("decade") << u"2016"_qs << 3652.0 << u"years"_qs << QStringList { u"2017"_qs, u"2025"_qs }
                                << QStringList() << QStringList();
        QTest::newRow("two-years") << u"2025"_qs << 730.0 << u"quarters"_qs
                                   << QStringList { u"Q1 2025"_qs, u"Q3 2025"_qs, u"Q4 2026"_qs } << QStringList { u"2025"_qs, u"2026"_qs }
                                   << QStringList();
        QTest::newRow("one-year") << u"2025"_qs << 365.0 << u"months"_qs << QStringList { u"Jul 2025"_qs, u"Dec 2025"_qs }
                                  << QStringList { u"2025"_qs } << QStringList();
        QTest::newRow("quarter") << u"2025-10"_qs << 92.0 << u"weeks"_qs << QStringList { u"15 Dec"_qs, u"6 Oct"_qs }
                                 << QStringList { u"Oct 2025"_qs, u"Dec 2025"_qs } << QStringList { u"16 Dec"_qs };
        QTest::newRow("ten-days") << u"2025-12-10"_qs << 10.0 << u"days"_qs << QStringList { u"15 Dec"_qs, u"16 Dec"_qs }
                                  << QStringList { u"Dec 2025"_qs } << QStringList();
        QTest::newRow("two-days") << u"2025-12-15"_qs << 2.0 << u"hours6"_qs << QStringList { u"06:00"_qs, u"18:00"_qs }
                                  << QStringList { u"15 Dec 2025"_qs, u"16 Dec 2025"_qs } << QStringList { u"07:00"_qs };
        QTest::newRow("ten-hours") << u"2025-12-15T05:00Z"_qs << 10.0 / 24 << u"hours"_qs
                                   << QStringList { u"10:00"_qs, u"14:00"_qs } << QStringList { u"15 Dec 2025"_qs } << QStringList();
        QTest::newRow("one-hour") << u"2025-12-15T09:30Z"_qs << 1.0 / 24 << u"hours"_qs << QStringList { u"10:00"_qs }
                                  << QStringList { u"15 Dec 2025"_qs } << QStringList();
        QTest::newRow("pre-1970-years") << u"1900"_qs << 3652.0 << u"years"_qs << QStringList { u"1901"_qs, u"1905"_qs }
                                        << QStringList() << QStringList();
        QTest::newRow("pre-1970-months") << u"1944"_qs << 365.0 << u"months"_qs << QStringList { u"Jun 1944"_qs }
                                         << QStringList { u"1944"_qs } << QStringList();
        QTest::newRow("across-epoch") << u"1969-12-25"_qs << 10.0 << u"days"_qs << QStringList { u"31 Dec"_qs, u"1 Jan"_qs }
                                      << QStringList { u"Dec 1969"_qs, u"Jan 1970"_qs } << QStringList();
        QTest::newRow("year-2500-no-leap-day") << u"2500-02-24"_qs << 10.0 << u"days"_qs << QStringList { u"28 Feb"_qs, u"1 Mar"_qs }
                                               << QStringList { u"Feb 2500"_qs, u"Mar 2500"_qs } << QStringList { u"29 Feb"_qs };
        QTest::newRow("2024-leap-day") << u"2024-02-24"_qs << 10.0 << u"days"_qs << QStringList { u"29 Feb"_qs }
                                       << QStringList { u"Feb 2024"_qs } << QStringList();
        QTest::newRow("year-2500-quarters") << u"2500"_qs << 730.0 << u"quarters"_qs << QStringList { u"Q2 2500"_qs }
                                            << QStringList { u"2500"_qs } << QStringList();
    }
    void ticks()
    {
        QFETCH(QString, from);
        QFETCH(double, days);
        QFETCH(QString, level);
        QFETCH(QStringList, expectedMajor);
        QFETCH(QStringList, expectedContext);
        QFETCH(QStringList, absent);
        const TimeScale s(at(from), days * double(TimeScale::DayMs) / 1000, 1000);
        const auto t = s.ticks(); // 7 px per character, 12 px padding
        QCOMPARE(TimeScale::levelName(t.level), level);
        const QStringList major = labels(t.major);
        for (const QString& e : expectedMajor)
            QVERIFY2(major.contains(e), qPrintable(e + u" not in "_qs + major.join(u", "_qs)));
        for (const QString& e : absent)
            QVERIFY2(!major.contains(e), qPrintable(e + u" unexpectedly in "_qs + major.join(u", "_qs)));
        const QStringList context = labels(t.context);
        for (const QString& e : expectedContext)
            QVERIFY2(context.contains(e), qPrintable(e + u" not in context "_qs + context.join(u", "_qs)));
        // Ticks lie in the view, ascending, at their mapped x, and labels fit between neighbours.
        QVERIFY(!t.major.empty());
        for (size_t i = 0; i < t.major.size(); ++i) {
            QVERIFY(t.major[i].msecs >= s.start() && t.major[i].msecs <= s.end());
            QCOMPARE(t.major[i].x, s.toX(t.major[i].msecs));
            if (i > 0)
                QVERIFY(t.major[i].x - t.major[i - 1].x >= 7.0 * t.major[i].label.size());
        }
        for (size_t i = 1; i < t.minor.size(); ++i)
            QVERIFY(t.minor[i].msecs > t.minor[i - 1].msecs && t.minor[i].x - t.minor[i - 1].x >= 3.9);
    }

    void wideLabelsPickCoarserLevel()
    {
        // With a wide font the same span falls back to a coarser level.
        const TimeScale s(at(u"2025"_qs), 365.0 * TimeScale::DayMs / 1000, 1000);
        QCOMPARE(s.ticks().level, TimeScale::Level::Months);
        QCOMPARE(s.ticks([](const QString& x) { return 20.0 * x.size(); }).level, TimeScale::Level::Quarters);
    }
};

QTEST_APPLESS_MAIN(TestTimeScale)
#include "tst_timescale.moc"
