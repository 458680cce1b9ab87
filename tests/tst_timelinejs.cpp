// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimport.h"
#include "mustutil.h"
#include "timelinejs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Entente;

namespace {
PartialDate at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso)).value(); }

Dossier sample()
{
    Dossier d;
    d.name = u"Berlin <talks> & more"_qs;
    d.description = u"Line one\nline two"_qs;
    Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, {} }));
    Entente::TestUtil::must(d.insertSource(-1, { u"s1"_qs, u"Reuters"_qs, u"https://example.org/a"_qs, u"Report"_qs, {}, u'B', 2, {} }));
    Entente::TestUtil::must(d.insertEra(-1, { u"berlin"_qs, u"Berlin round"_qs, at("2025-12-14"), at("2025-12-15"), {} }));
    Entente::TestUtil::must(d.insertEra(-1, { u"old"_qs, u"Earlier"_qs, at("2022"), at("2023"), {} }));
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
        QVERIFY(d.insertEvent(e).ok());
    };
    add("2025-12-15", "2025-12-16", "Talks in \"Berlin\" <b>", "Day one & two\nsecond line", { u"ua"_qs }, { u"s1"_qs });
    add("2025-12", nullptr, "Month event", "", { u"us"_qs });
    add("2025-12-15T10:30Z", nullptr, "Minute event 😀", "", {});
    add("2022", nullptr, "Year event", "", { u"ua"_qs });
    return d;
}
}

QString fixture(const char* name) { return QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/import/") + QLatin1String(name); }

Event eventTitled(const Dossier& d, const QString& title)
{
    for (qsizetype r = 0; r < d.events().size(); ++r)
        if (d.events().title(r) == title)
            return d.events().event(r);
    return {};
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
        Entente::TestUtil::must(target.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, {} }));
        Entente::TestUtil::must(target.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, {} }));
        const auto back = importTimelineJs(exportTimelineJs(original), target, {});
        QVERIFY2(back.ok(), qPrintable(back.message()));
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
        QVERIFY(d.ok());
        const Event e = d->events().event(0);
        QCOMPARE(e.tags, QStringList { u"Talks"_qs });
        QCOMPARE(e.title, u"A"_qs);
        QCOMPARE(e.description, u"x\ny"_qs);
        QCOMPARE(e.start.precision, Precision::Month);
        QVERIFY(d->parties().isEmpty());
    }


    // A TimelineJS3 file as other tools write it: string date parts (padded or not, empty = missing), seconds and
    // milliseconds, display_date, unique_id, eras, HTML that stays text.
    void realWorldJson()
    {
        Dossier target;
        Entente::TestUtil::must(target.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, {} }));
        const auto d = importTimelineJsFile(fixture("timelinejs/eras-strings.json"), target, {});
        QVERIFY2(d.ok(), qPrintable(d.message()));
        const EventStore& s = d->events();
        QCOMPARE(s.size(), 4);
        QStringList titles;
        for (qsizetype r = 0; r < s.size(); ++r)
            titles << s.title(r).toString();
        QVERIFY(titles.contains(u"Jeddah talks"_qs));
        const Event riyadh = eventTitled(d.value(), u"Riyadh meeting"_qs);
        QCOMPARE(riyadh.start.toIso(), u"2025-02-18"_qs); // empty hour and minute are missing
        QVERIFY(riyadh.tags.contains(u"display_date=Mid-February 2025"_qs));
        QVERIFY(riyadh.tags.contains(u"timelinejs-id=riyadh"_qs));
        QCOMPARE(riyadh.description, u"US and Russian delegations meet.\nSee the report (https://example.org/riyadh) & more."_qs);
        const Event jeddah = eventTitled(d.value(), u"Jeddah talks"_qs);
        QCOMPARE(jeddah.start.toIso(), u"2025-03-11T14:05Z"_qs);
        QCOMPARE(jeddah.end.toIso(), u"2025-03-11T18:00Z"_qs);
        QCOMPARE(jeddah.parties, QStringList { u"ua"_qs }); // the group, matched to the dossier's party
        QCOMPARE(jeddah.description, u"alert(1)Ceasefire proposal"_qs); // markup is never kept as markup
        QCOMPARE(eventTitled(d.value(), u"The year of talks"_qs).start.precision, Precision::Year);
        // A medium's credit is the source's outlet; without one, the URL's host stands in.
        auto sourceOf = [&](const QString& title) {
            const Event e = eventTitled(d.value(), title);
            return e.sources.isEmpty() ? Source() : d->sources()[d->sourceIndex(e.sources.first())];
        };
        QCOMPARE(sourceOf(u"Jeddah talks"_qs).outlet, u"Example News"_qs);
        QCOMPARE(sourceOf(u"The year of talks"_qs).outlet, u"example.net"_qs);
        QCOMPARE(sourceOf(u"The year of talks"_qs).url, u"https://www.example.net/year-in-review"_qs);
        QCOMPARE(eventTitled(d.value(), u"Empty parts are missing"_qs).start.toIso(), u"2025"_qs);
        QCOMPARE(d->eras().size(), 1);
        QCOMPARE(d->eras()[0].name, u"First round"_qs);
        QCOMPARE(d->eras()[0].start.toIso(), u"2025-02"_qs);
        // Importing it again adds no twins of the events with a unique_id, nor of the era.
        const auto again = importTimelineJsFile(fixture("timelinejs/eras-strings.json"), d.value(), {});
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again->events().size(), 5); // only the event without a unique_id comes in again
        QCOMPARE(again->eras().size(), 1);
        // Groups as tags, when the analyst says so.
        TimelineJsImportOptions tags;
        tags.groupsAsParties = false;
        const auto tagged = importTimelineJsFile(fixture("timelinejs/eras-strings.json"), Dossier(), tags);
        QVERIFY2(tagged.ok(), qPrintable(tagged.message()));
        QVERIFY(tagged->parties().isEmpty());
        QVERIFY(eventTitled(tagged.value(), u"Jeddah talks"_qs).tags.contains(u"Ukraine"_qs));
    }

    void deepTimeIsRefusedByName()
    {
        Dossier target;
        const auto refused = importTimelineJsFile(fixture("timelinejs/deep-time.json"), target, {});
        QVERIFY(!refused.ok());
        const QString error = refused.error().message();
        QVERIFY2(error.endsWith(u"event 2 (\u201CBig Bang\u201D): year -13800000000 is outside the years a dossier can hold (-9999 to 9999, no year 0)"_qs),
            qPrintable(error));
        QCOMPARE(target.events().size(), 0);
    }

    void googleSheet()
    {
        const QString path = fixture("timelinejs/sheet.csv");
        const auto m = autoMappingFor(path);
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->importer, u"timelinejs-sheet"_qs);
        const auto d = importTimelineSheetFile(path, Dossier(), {});
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(d->events().size(), 3); // the title row is not an event, the era row is an era
        const Event riyadh = eventTitled(d.value(), u"Riyadh meeting"_qs);
        QCOMPARE(riyadh.start.toIso(), u"2025-02-18"_qs);
        QVERIFY(riyadh.tags.contains(u"display_date=Mid-February"_qs));
        QCOMPARE(riyadh.sources.size(), 1);
        const Event jeddah = eventTitled(d.value(), u"Jeddah talks"_qs);
        QCOMPARE(jeddah.start.toIso(), u"2025-03-11T14:05Z"_qs);
        QCOMPARE(jeddah.end.toIso(), u"2025-03-11T18:00Z"_qs);
        QCOMPARE(eventTitled(d.value(), u"Berlin round"_qs).description, u"Multi-line\ntext in one cell"_qs);
        QCOMPARE(d->eras().size(), 1);
        QCOMPARE(d->eras()[0].end.toIso(), u"2025-03-31"_qs);
        QCOMPARE(d->parties().size(), 3);
        // A bad time names its line and column.
        const auto badTime = importTimelineSheetFile(fixture("timelinejs/sheet-bad-time.csv"), Dossier(), {});
        QVERIFY(!badTime.ok());
        const QString error = badTime.error().message();
        QVERIFY2(error.endsWith(u"line 2, column Time: time \"25:99\" is not hh:mm[:ss] [AM|PM]"_qs) || error.contains(u"line 2"_qs),
            qPrintable(error));
        QCOMPARE(badTime.error().line(), 2);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("syntax") << QByteArray("{\n\"events\": [\n{,}]}") << u"line 3: unterminated object"_qs;
        QTest::newRow("no-events") << QByteArray("{}") << u"not a TimelineJS file: no \"events\" array"_qs;
        QTest::newRow("no-year") << QByteArray(R"({"events": [{"start_date": {"month": 2}}]})") << u"event 1: a date without a year"_qs;
        QTest::newRow("bad-day") << QByteArray(R"({"events": [{"start_date": {"year": 2025, "month": 2, "day": 30}}]})")
                                 << u"event 1: day 30 out of range for 2025-02"_qs;
        QTest::newRow("deep-time") << QByteArray(R"({"events": [{"start_date": {"year": "-13800000000"}, "text": {"headline": "Big Bang"}}]})")
                                   << u"event 1 (“Big Bang”): year -13800000000 is outside the years a dossier can hold (-9999 to 9999, no year 0)"_qs;
        QTest::newRow("bad-part") << QByteArray(R"({"events": [{"start_date": {"year": "2025", "month": "May"}}]})")
                                  << u"event 1: month \"May\" is not a number"_qs;
        QTest::newRow("bad-end") << QByteArray(R"({"events": [{"start_date": {"year": 2025}, "end_date": {"year": 2024}, "text": {"headline": "X"}}]})")
                                 << u"event 1 (“X”): ends before it starts"_qs;
        QTest::newRow("era-without-end") << QByteArray(R"({"events": [], "eras": [{"start_date": {"year": 2025}}]})")
                                         << u"era 1: a date without a year"_qs;
    }
    void errors()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const auto refused = importTimelineJs(json, Dossier(), {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message(), error);
        // A JSON syntax error names its line; an event of a JSON file has no line of its own.
        QCOMPARE(refused.error().line(), error.startsWith(u"line 3:"_qs) ? 3 : -1);
    }
};

QTEST_APPLESS_MAIN(TestTimelineJs)
#include "tst_timelinejs.moc"
