// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Entente;

namespace {
PartialDate at(const char* iso) { return *PartialDate::parse(QString::fromLatin1(iso)); }

Dossier sample()
{
    Dossier d;
    d.name = u"Berlin <talks> & more"_qs;
    d.description = u"Line one\nline two"_qs;
    d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs });
    d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, {} });
    d.insertSource(-1, { u"s1"_qs, u"Reuters"_qs, u"https://example.org/a"_qs, u"Report"_qs, {}, u'B', 2, {} });
    d.insertEra(-1, { u"berlin"_qs, u"Berlin round"_qs, at("2025-12-14"), at("2025-12-15"), {} });
    d.insertEra(-1, { u"old"_qs, u"Earlier"_qs, at("2022"), at("2023"), {} });
    auto add = [&](const char* start, const char* end, const char* title, const char* description, QStringList parties,
                   QStringList sources = {}) {
        Event e;
        e.start = at(start);
        if (end)
            e.end = at(end);
        e.title = QString::fromUtf8(title);
        e.description = QString::fromUtf8(description);
        e.parties = parties;
        e.sources = sources;
        QVERIFY(d.insertEvent(e));
    };
    add("2025-12-15", "2025-12-16", "Talks in \"Berlin\" <b>", "Day one & two\nsecond line", { u"ua"_qs }, { u"s1"_qs });
    add("2025-12", nullptr, "Month event", "", { u"us"_qs });
    add("2025-12-15T10:30Z", nullptr, "Minute event 😀", "", {});
    add("2022", nullptr, "Year event", "", { u"ua"_qs });
    return d;
}
}

class TestTimelineJs : public QObject {
    Q_OBJECT
private slots:
    void exportShape()
    {
        const QByteArray json = exportTimelineJs(sample());
        QJsonParseError pe;
        const QJsonObject root = QJsonDocument::fromJson(json, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        QCOMPARE(root[u"title"_qs][u"text"_qs][u"headline"_qs].toString(), u"Berlin &lt;talks&gt; &amp; more"_qs);
        QCOMPARE(root[u"title"_qs][u"text"_qs][u"text"_qs].toString(), u"Line one<br>line two"_qs);
        const QJsonArray events = root[u"events"_qs].toArray();
        QCOMPARE(events.size(), 4);
        const QJsonObject year = events[0].toObject(); // sorted by start
        QCOMPARE(year[u"start_date"_qs].toObject(), QJsonObject({ { u"year"_qs, u"2022"_qs } }));
        QCOMPARE(year[u"group"_qs].toString(), u"Ukraine"_qs);
        const QJsonObject talks = events[2].toObject();
        QCOMPARE(talks[u"text"_qs][u"headline"_qs].toString(), u"Talks in &quot;Berlin&quot; &lt;b&gt;"_qs);
        QCOMPARE(talks[u"end_date"_qs].toObject(),
            QJsonObject({ { u"year"_qs, u"2025"_qs }, { u"month"_qs, u"12"_qs }, { u"day"_qs, u"16"_qs } }));
        QCOMPARE(talks[u"media"_qs][u"url"_qs].toString(), u"https://example.org/a"_qs);
        const QJsonObject minute = events[3].toObject();
        QCOMPARE(minute[u"start_date"_qs][u"hour"_qs].toString(), u"10"_qs);
        QCOMPARE(minute[u"start_date"_qs][u"minute"_qs].toString(), u"30"_qs);
        QCOMPARE(root[u"eras"_qs].toArray().size(), 2);
    }

    void exportPeriod()
    {
        const QByteArray json = exportTimelineJs(sample(), at("2025-12-15").msecs, at("2025-12-16").msecs);
        const QJsonObject root = QJsonDocument::fromJson(json).object();
        QStringList titles;
        for (const auto& e : root[u"events"_qs].toArray())
            titles << e[u"text"_qs][u"headline"_qs].toString();
        // The month event starts before the period but its start is not in it; the range event and minute event are.
        QCOMPARE(titles, QStringList({ u"Talks in &quot;Berlin&quot; &lt;b&gt;"_qs, u"Minute event 😀"_qs }));
        QCOMPARE(root[u"eras"_qs].toArray().size(), 1);
    }

    void roundTrip()
    {
        const Dossier original = sample();
        Dossier target;
        target.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, {} });
        target.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, {} });
        QString error;
        const auto back = importTimelineJs(exportTimelineJs(original), target, {}, &error);
        QVERIFY2(back, qPrintable(error));
        QCOMPARE(back->events().size(), original.events().size());
        for (qsizetype r = 0; r < original.events().size(); ++r) {
            const Event a = original.events().event(r), b = back->events().event(r);
            QCOMPARE(b.start, a.start);
            QCOMPARE(b.end, a.end);
            QCOMPARE(b.title, a.title);
            QCOMPARE(b.description, a.description);
            QCOMPARE(b.parties, a.parties);
            QCOMPARE(b.sources.size(), a.sources.size());
        }
        QCOMPARE(back->sources().size(), 1);
        QCOMPARE(back->sources()[0].url, u"https://example.org/a"_qs);
        QCOMPARE(back->eras().size(), 2);
        for (qsizetype i = 0; i < 2; ++i) {
            QCOMPARE(back->eras()[i].name, original.eras()[i].name);
            QCOMPARE(back->eras()[i].start, original.eras()[i].start);
            QCOMPARE(back->eras()[i].end, original.eras()[i].end);
        }
        QCOMPARE(target.events().size(), 0);
    }

    void groupsAsTags()
    {
        TimelineJsImportOptions o;
        o.groupsAsParties = false;
        const auto d = importTimelineJs(
            R"({"events": [{"start_date": {"year": "2025", "month": "3"}, "text": {"headline": "<p>A</p>", "text": "<p>x</p><p>y</p>"}, "group": "Talks"}]})",
            Dossier(), o);
        QVERIFY(d);
        const Event e = d->events().event(0);
        QCOMPARE(e.tags, QStringList { u"Talks"_qs });
        QCOMPARE(e.title, u"A"_qs);
        QCOMPARE(e.description, u"x\ny"_qs);
        QCOMPARE(e.start.precision, Precision::Month);
        QVERIFY(d->parties().isEmpty());
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("{\n\"events\": [\n{,}]}") << u"line 3: unterminated object"_qs;
        QTest::newRow("no-events") << QByteArray("{}") << u"not a TimelineJS file: no \"events\" array"_qs;
        QTest::newRow("no-year") << QByteArray(R"({"events": [{"start_date": {"month": 2}}]})") << u"event 1: a date without a year"_qs;
        QTest::newRow("bad-day") << QByteArray(R"({"events": [{"start_date": {"year": 2025, "month": 2, "day": 30}}]})")
                                 << u"event 1: an invalid date"_qs;
        QTest::newRow("era-without-end") << QByteArray(R"({"events": [], "eras": [{"start_date": {"year": 2025}}]})")
                                         << u"era 1: a date without a year"_qs;
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        QString why;
        QVERIFY(!importTimelineJs(json, Dossier(), {}, &why));
        QCOMPARE(why, error);
    }
};

QTEST_APPLESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
