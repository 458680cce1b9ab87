// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QTest>

using namespace Entente;

class TestPartialDate : public QObject {
    Q_OBJECT
private slots:
    void parseValid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("precision");
        QTest::addColumn<QString>("iso");
        QTest::addColumn<QString>("display");
        QTest::newRow("year") << u"2022"_qs << int(Precision::Year) << u"2022"_qs << u"2022"_qs;
        QTest::newRow("month") << u"2022-02"_qs << int(Precision::Month) << u"2022-02"_qs << u"Feb 2022"_qs;
        QTest::newRow("day") << u"2025-12-15"_qs << int(Precision::Day) << u"2025-12-15"_qs << u"15 Dec 2025"_qs;
        QTest::newRow("minute") << u"2025-12-15T10:30Z"_qs << int(Precision::Minute) << u"2025-12-15T10:30Z"_qs
                                << u"15 Dec 2025 10:30 UTC"_qs;
        QTest::newRow("minute-no-zone") << u"2025-12-15T10:30"_qs << int(Precision::Minute) << u"2025-12-15T10:30Z"_qs
                                        << u"15 Dec 2025 10:30 UTC"_qs;
        QTest::newRow("seconds-dropped") << u"2025-12-15T10:30:59Z"_qs << int(Precision::Minute)
                                         << u"2025-12-15T10:30Z"_qs << u"15 Dec 2025 10:30 UTC"_qs;
        QTest::newRow("offset") << u"2025-12-15T12:30+02:00"_qs << int(Precision::Minute) << u"2025-12-15T10:30Z"_qs
                                << u"15 Dec 2025 10:30 UTC"_qs;
        QTest::newRow("leap-day") << u"2024-02-29"_qs << int(Precision::Day) << u"2024-02-29"_qs << u"29 Feb 2024"_qs;
        QTest::newRow("before-1970") << u"1914-07-28"_qs << int(Precision::Day) << u"1914-07-28"_qs << u"28 Jul 1914"_qs;
        QTest::newRow("far-future") << u"2999-12"_qs << int(Precision::Month) << u"2999-12"_qs << u"Dec 2999"_qs;
        QTest::newRow("whitespace") << u"  2025-12-14 "_qs << int(Precision::Day) << u"2025-12-14"_qs
                                    << u"14 Dec 2025"_qs;
    }
    void parseValid()
    {
        QFETCH(QString, text);
        QFETCH(int, precision);
        QFETCH(QString, iso);
        QFETCH(QString, display);
        const auto d = PartialDate::parse(text);
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(int(d->precision), precision);
        QCOMPARE(d->toIso(), iso);
        QCOMPARE(d->display(), display);
        // Round trip through the ISO text.
        const auto back = PartialDate::parse(d->toIso());
        QVERIFY2(back.ok(), qPrintable(back.message()));
        QCOMPARE(back.value(), d.value());
    }

    void parseInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QString() << u"empty"_qs;
        QTest::newRow("month-13") << u"2025-13-40"_qs << u"month 13"_qs;
        QTest::newRow("day-40") << u"2025-12-40"_qs << u"day 40"_qs;
        QTest::newRow("feb-30") << u"2025-02-29"_qs << u"day 29"_qs;
        QTest::newRow("words") << u"yesterday"_qs << u"year"_qs;
        QTest::newRow("short-year") << u"25-12-15"_qs << u"year"_qs;
        QTest::newRow("hour-25") << u"2025-12-15T25:00Z"_qs << u"out of range"_qs;
        QTest::newRow("trailing") << u"2025-12-15T10:30Zulu"_qs << u"after the time"_qs;
        QTest::newRow("slash") << u"2025/12/15"_qs << u"-MM"_qs;
        QTest::newRow("year-zero") << u"0000"_qs << u"year 0"_qs;
    }
    void parseInvalid()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const auto d = PartialDate::parse(text);
        QVERIFY(!d.ok());
        QVERIFY2(d.message().contains(reason), qPrintable(d.message()));
        QCOMPARE(d.error().kind(), Error::Kind::Invalid); // about the input, not a failure of the program
    }

    void periodEnd_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("end");
        QTest::newRow("year") << u"2022"_qs << u"2023-01-01"_qs;
        QTest::newRow("month") << u"2022-02"_qs << u"2022-03-01"_qs;
        QTest::newRow("december") << u"2025-12"_qs << u"2026-01-01"_qs;
        QTest::newRow("day") << u"2025-12-31"_qs << u"2026-01-01"_qs;
    }
    void periodEnd()
    {
        QFETCH(QString, text);
        QFETCH(QString, end);
        QCOMPARE(PartialDate::parse(text)->periodEnd(), PartialDate::parse(end)->msecs);
    }

    void orderingUsesPeriodStart()
    {
        // "February 2022" sorts with 1 February 2022 and before 24 February 2022.
        const auto month = PartialDate::parse(u"2022-02").value();
        const auto day = PartialDate::parse(u"2022-02-24").value();
        QCOMPARE(month.msecs, PartialDate::parse(u"2022-02-01")->msecs);
        QVERIFY(month < day);
        QVERIFY(month != PartialDate::parse(u"2022-02-01").value()); // same instant, different precision
    }

    void timestamps()
    {
        const qint64 t = PartialDate::parse(u"2025-12-15T10:30Z")->msecs + 15000;
        QCOMPARE(msecsToIsoUtc(t), u"2025-12-15T10:30:15Z"_qs);
        QCOMPARE(isoUtcToMsecs(msecsToIsoUtc(t)), t);
        QVERIFY(!isoUtcToMsecs(u"not a time").has_value());
    }
};

QTEST_APPLESS_MAIN(TestPartialDate)
#include "tst_partialdate.moc"
