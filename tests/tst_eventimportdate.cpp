// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportdate.h"

#include <QTest>

using namespace Entente;

class TestEventImportDate : public QObject {
    Q_OBJECT
private slots:
    void recognised_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("iso"); // expected PartialDate::toIso(), carries the precision
        QTest::addColumn<int>("precision");
        const int Y = int(Precision::Year), M = int(Precision::Month), D = int(Precision::Day), T = int(Precision::Minute);
        QTest::newRow("iso-year") << QByteArray("2025") << u"2025"_qs << Y;
        QTest::newRow("iso-month") << QByteArray("2025-12") << u"2025-12"_qs << M;
        QTest::newRow("iso-day") << QByteArray("2025-12-15") << u"2025-12-15"_qs << D;
        QTest::newRow("iso-minute") << QByteArray("2025-12-15T10:30") << u"2025-12-15T10:30Z"_qs << T;
        QTest::newRow("iso-seconds-z") << QByteArray("2025-12-15T10:30:59Z") << u"2025-12-15T10:30Z"_qs << T;
        QTest::newRow("iso-fraction") << QByteArray("2025-12-15T10:30:59.250Z") << u"2025-12-15T10:30Z"_qs << T;
        QTest::newRow("iso-space") << QByteArray("2025-12-15 10:30:00") << u"2025-12-15T10:30Z"_qs << T;
        QTest::newRow("iso-offset") << QByteArray("2025-12-15T12:30+02:00") << u"2025-12-15T10:30Z"_qs << T;
        QTest::newRow("iso-offset-compact") << QByteArray("2025-12-15T08:00-0230") << u"2025-12-15T10:30Z"_qs << T;
        QTest::newRow("iso-offset-crosses-day") << QByteArray("2025-12-15T01:00+03:00") << u"2025-12-14T22:00Z"_qs << T;
        QTest::newRow("compact-day") << QByteArray("20251215") << u"2025-12-15"_qs << D;
        QTest::newRow("compact-month") << QByteArray("202512") << u"2025-12"_qs << M;
        QTest::newRow("compact-dateadded") << QByteArray("20251215103000") << u"2025-12-15T10:30Z"_qs << T;
        QTest::newRow("words-day") << QByteArray("15 December 2025") << u"2025-12-15"_qs << D;
        QTest::newRow("words-abbrev") << QByteArray("5 Dec 2025") << u"2025-12-05"_qs << D;
        QTest::newRow("words-dashes") << QByteArray("05-Dec-2025") << u"2025-12-05"_qs << D;
        QTest::newRow("words-upper") << QByteArray("15 DECEMBER 2025") << u"2025-12-15"_qs << D;
        QTest::newRow("words-us") << QByteArray("December 15, 2025") << u"2025-12-15"_qs << D;
        QTest::newRow("words-month") << QByteArray("February 2022") << u"2022-02"_qs << M;
        QTest::newRow("leap-day") << QByteArray("2024-02-29") << u"2024-02-29"_qs << D;
        QTest::newRow("padded") << QByteArray("  2025-12-15 \r") << u"2025-12-15"_qs << D;
        QTest::newRow("early") << QByteArray("0800-12-25") << u"0800-12-25"_qs << D;
    }
    void recognised()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, iso);
        QFETCH(int, precision);
        const auto d = parseEventDate(text);
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(int(d->precision), precision);
        QCOMPARE(d->toIso(), iso);
        // Same instant as the domain's own ISO parser.
        QCOMPARE(d->msecs, PartialDate::parse(iso)->msecs);
    }

    void msecs()
    {
        QCOMPARE(parseEventDate("1970-01-01")->msecs, 0);
        QCOMPARE(parseEventDate("19700102")->msecs, 86400000);
        QCOMPARE(parseEventDate("1969-12-31T23:59")->msecs, -60000);
        QCOMPARE(parseEventDate("15 December 2025")->msecs, PartialDate::fromYmd(2025, 12, 15).msecs);
    }

    void rejected_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty") << QByteArray("  ") << u"empty date"_qs;
        QTest::newRow("month-13") << QByteArray("2025-13-01") << u"month 13 out of range"_qs;
        QTest::newRow("feb-30") << QByteArray("2025-02-30") << u"day 30 out of range for 2025-02"_qs;
        QTest::newRow("not-leap") << QByteArray("20230229") << u"day 29 out of range for 2023-02"_qs;
        QTest::newRow("hour-24") << QByteArray("2025-12-15T24:00") << u"time 24:00 out of range"_qs;
        QTest::newRow("seven-digits") << QByteArray("2025121") << u"7 digits are not a date"_qs;
        QTest::newRow("words") << QByteArray("yesterday") << u"unrecognised date \"yesterday\""_qs;
        QTest::newRow("slashes") << QByteArray("12/15/2025") << u"unrecognised date \"12/15/2025\""_qs;
        QTest::newRow("zone-garbage") << QByteArray("2025-12-15T10:30 UTC") << u"unexpected text after the time"_qs;
        QTest::newRow("bad-month-name") << QByteArray("15 Decembre 2025") << u"unrecognised date \"15 Decembre 2025\""_qs;
        QTest::newRow("year-0") << QByteArray("0000") << u"year 0 out of range"_qs;
        // An offset cannot carry a date past the years a dossier holds.
        QTest::newRow("offset-past-9999") << QByteArray("9999-12-31T23:00-02:00") << u"year 10000 out of range"_qs;
        QTest::newRow("offset-before-1") << QByteArray("0001-01-01T00:30+01:00") << u"year -1 out of range"_qs;
    }
    void rejected()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, reason);
        const auto d = parseEventDate(text);
        QVERIFY(!d.ok());
        QCOMPARE(d.message(), reason);
        QCOMPARE(d.error().kind(), Error::Kind::Invalid);
    }
};

QTEST_APPLESS_MAIN(TestEventImportDate)
#include "tst_eventimportdate.moc"
