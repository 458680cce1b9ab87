// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimport.h"
#include "eventimportdate.h"
#include "mustutil.h"

#include <QBuffer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
ColumnMapping simpleMapping()
{
    ColumnMapping m;
    m.name = u"simple"_qs;
    m.date = u"date"_qs;
    m.title = u"title"_qs;
    m.description = u"description"_qs;
    m.actors = { u"actor"_qs };
    m.eventType = u"type"_qs;
    return m;
}

ColumnMapping dateTitle()
{
    ColumnMapping m;
    m.date = u"date"_qs;
    m.title = u"title"_qs;
    return m;
}

Dossier baseDossier()
{
    Dossier d;
    d.name = u"Base"_qs;
    Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
    Event e;
    e.start = PartialDate::parse(u"2025-12-15").value();
    e.title = u"Existing"_qs;
    e.parties = { u"ua"_qs };
    Entente::TestUtil::must(d.insertEvent(e));
    return d;
}

Result<EventImportResult> run(const QByteArray& data, const ColumnMapping& m, bool skip = true,
    qsizetype chunk = 4 << 20, const Dossier& target = Dossier())
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    EventImportOptions o;
    o.skipBadRows = skip;
    o.chunkSize = chunk;
    return importEvents(buffer, m, target, o);
}

QStringList errorsOf(const EventImportResult& r)
{
    QStringList out;
    for (const auto& e : r.errors)
        out << QStringLiteral("%1|%2|%3").arg(e.line).arg(e.column, e.reason);
    return out;
}

QStringList titles(const EventStore& s)
{
    QStringList out;
    for (qsizetype i = 0; i < s.size(); ++i)
        out << s.title(i).toString();
    return out;
}
QString fixture(const char* name) { return QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/import/") + QLatin1String(name); }

Result<EventImportResult> runFile(
    const QString& path, const ColumnMapping& m, const Dossier& target = Dossier(), bool skip = true)
{
    EventImportOptions o;
    o.skipBadRows = skip;
    return importEvents(path, m, target, o);
}

QStringList partyNames(const EventImportResult& r, const Dossier& target, qsizetype row)
{
    QStringList out;
    for (const auto& id : r.events.refTexts(row, EventStore::RefKind::Party)) {
        QString name = id;
        for (const auto& p : r.newParties)
            if (p.id == id)
                name = p.name;
        for (const auto& p : target.parties())
            if (p.id == id)
                name = p.name;
        out << name;
    }
    return out;
}

qsizetype rowOfTag(const EventStore& s, const QString& tag)
{
    for (qsizetype r = 0; r < s.size(); ++r)
        if (s.refTexts(r, EventStore::RefKind::Tag).contains(tag))
            return r;
    return -1;
}
}

class TestEventImport : public QObject {
    Q_OBJECT
private slots:
    void detection_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<char>("delimiter");
        QTest::addColumn<bool>("header");
        QTest::newRow("comma-header") << QByteArray("date,title\n2025-12-15,A\n2025-12-16,B\n") << ',' << true;
        QTest::newRow("tab-no-header") << QByteArray("1\t20251215\tUSA\n2\t20251216\tRUS\n") << '\t' << false;
        QTest::newRow("semicolon") << QByteArray("date;title;note\n2025-12-15;A, b;x\n2025-12-16;B;y\n") << ';' << true;
        QTest::newRow("quoted-commas") << QByteArray("date\ttitle\n2025-12-15\t\"a, b, c\"\n") << '\t' << true;
        QTest::newRow("bom-crlf") << QByteArray("\xEF\xBB\xBF" "date,title\r\n2025-12-15,A\r\n") << ',' << true;
        QTest::newRow("text-only-no-header") << QByteArray("2025-12-15,Talks\n2025-12-16,More talks\n") << ',' << false;
        QTest::newRow("gdelt-like") << QByteArray("410412347\t20150218\t201502\t2015\t2015.1315\tUSA\tUNITED STATES\n") << '\t'
                                    << false;
    }
    void detection()
    {
        QFETCH(QByteArray, head);
        QFETCH(char, delimiter);
        QFETCH(bool, header);
        QCOMPARE(detectDelimiter(head), delimiter);
        QCOMPARE(detectFormat(head), ImportFormat::Delimited);
        QCOMPARE(detectHeader(head, delimiter), header);
    }

    void csvEdgeCases_data()
    {
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("one-chunk") << qsizetype(4 << 20);
        QTest::newRow("tiny-chunks") << qsizetype(16);
        QTest::newRow("small-chunks") << qsizetype(61);
    }
    void csvEdgeCases()
    {
        QFETCH(qsizetype, chunk);
        const QByteArray data = "\xEF\xBB\xBF" "date,title,description,actor,type\r\n"
                                "2025-12-15,\"Berlin, day one\",\"Line one\r\nline \"\"two\"\"\",Ukraine,talks\r\n"
                                "2025-12-16,Empty fields,,,\r\n"
                                "\r\n"
                                "2025-13-01,Bad month,x,Russia,talks\r\n"
                                "2025-12-17,Too few\r\n"
                                "15 December 2025,Words,\"multi\nline\nnote\",Russia,statement\r\n"
                                ",No date,x,Russia,talks\r\n"
                                "2025-12-18,No final newline,\"é ü ✓\",Ukraine,talks";
        const auto r = run(data, simpleMapping(), true, chunk);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->delimiter, ',');
        QVERIFY(r->hadHeader);
        QCOMPARE(r->rowsRead, 7);
        QCOMPARE(r->rowsImported, 4);
        QCOMPARE(r->rowsSkipped, 3);
        QCOMPARE(errorsOf(r.value()),
            QStringList({ u"6|date|month 13 out of range"_qs, u"7||2 fields where 5 were expected"_qs,
                u"11|date|empty date"_qs }));
        const EventStore& s = r->events;
        QCOMPARE(titles(s), QStringList({ u"Berlin, day one"_qs, u"Words"_qs, u"Empty fields"_qs, u"No final newline"_qs }));
        QCOMPARE(s.description(0).toString(), u"Line one\r\nline \"two\""_qs);
        QCOMPARE(s.description(1).toString(), u"multi\nline\nnote"_qs);
        QCOMPARE(s.description(3).toString(), u"é ü ✓"_qs);
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Party), QStringList { u"ukraine"_qs });
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Tag), QStringList { u"talks"_qs });
        QVERIFY(s.refs(2).empty()); // empty actor and type cells add nothing
        QCOMPARE(r->newParties.size(), 2);
        QCOMPARE(r->newParties[0].name, u"Ukraine"_qs);
        QCOMPARE(r->newParties[1].id, u"russia"_qs);
        QVERIFY(r->reportCsv().startsWith("line,column,reason\n6,date,month 13 out of range\n7,,2 fields"));
    }

    void csvStopAtFirst()
    {
        const QByteArray data = "date,title\n2025-12-15,A\n\"2025-12-16\",\"B\nstill B\"\n2025-99-01,C\n2025-12-17,D\n";
        const auto r = run(data, dateTitle(), false);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message(), u"line 5, column date: month 99 out of range"_qs);
        QCOMPARE(r.error().line(), 5); // the record's first line
        QCOMPARE(r.error().field(), u"date"_qs);
    }

    void csvErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("unterminated") << QByteArray("date,title\n2025-12-15,\"open\n") << u"line 2: a quoted field is not closed before the end of the file"_qs;
        QTest::newRow("missing-column") << QByteArray("when,title\n2025-12-15,A\n") << u"the file has no column \"date\""_qs;
        QTest::newRow("empty") << QByteArray() << u"the file holds no rows"_qs;
    }
    void csvErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        const auto r = run(data, dateTitle());
        QVERIFY(!r.ok());
        QCOMPARE(r.error().message(), error);
    }

    void positionsWithoutHeader()
    {
        ColumnMapping m;
        m.header = ColumnMapping::Header::No;
        m.date = u"1"_qs;
        m.title = u"{0}: {2}"_qs;
        const auto r = run("7\t20251215\tfirst\n8\t20251216\tsecond\n", m);
        QVERIFY(r.ok());
        QCOMPARE(r->delimiter, '\t');
        QVERIFY(!r->hadHeader);
        QCOMPARE(titles(r->events), QStringList({ u"7: first"_qs, u"8: second"_qs }));
        QCOMPARE(r->events.startDate(1).toIso(), u"2025-12-16"_qs);
    }

    void json_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<qsizetype>("chunk");
        const QByteArray array = "[\n"
                                 "  {\"date\": \"2025-12-15\", \"title\": \"A \\\"quoted\\\" caf\\u00e9 \\ud83d\\ude00\", \"actor\": [\"Ukraine\", \"Russia\"],\n"
                                 "   \"geo\": {\"lat\": 52.5, \"lon\": 13.4}, \"description\": null, \"n\": 3, \"ok\": true},\n"
                                 "  {\"title\": \"B\", \"date\": \"20251216\", \"description\": \"line\\nbreak\", \"actor\": \"Russia\"},\n"
                                 "  {\"date\": \"2025-12-17\", \"title\": \"C\", \"actor\": [{\"name\": \"x\"}]},\n"
                                 "  {\"date\": \"2025-02-30\", \"title\": \"D\"}\n"
                                 "]\n";
        QByteArray ndjson;
        for (const auto& line : { "{\"date\": \"2025-12-15\", \"title\": \"A \\\"quoted\\\" caf\\u00e9 \\ud83d\\ude00\", \"actor\": [\"Ukraine\", \"Russia\"], \"geo\": {\"lat\": 52.5, \"lon\": 13.4}, \"description\": null, \"n\": 3, \"ok\": true}",
                 "{\"title\": \"B\", \"date\": \"20251216\", \"description\": \"line\\nbreak\", \"actor\": \"Russia\"}",
                 "",
                 "{\"date\": \"2025-12-17\", \"title\": \"C\", \"actor\": [{\"name\": \"x\"}]}",
                 "{\"date\": \"2025-02-30\", \"title\": \"D\"}" })
            ndjson += QByteArray(line) + '\n';
        QTest::newRow("array") << array << qsizetype(4 << 20);
        QTest::newRow("array-tiny-chunks") << array << qsizetype(16);
        QTest::newRow("ndjson") << ndjson << qsizetype(4 << 20);
        QTest::newRow("ndjson-small-chunks") << ndjson << qsizetype(37);
    }
    void json()
    {
        QFETCH(QByteArray, data);
        QFETCH(qsizetype, chunk);
        ColumnMapping m = simpleMapping();
        m.latitude = u"geo.lat"_qs;
        m.longitude = u"GEO.LON"_qs;
        m.attributes = { u"n"_qs, u"ok"_qs };
        const auto r = run(data, m, true, chunk);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->format, ImportFormat::Json);
        QCOMPARE(r->rowsRead, 4);
        QCOMPARE(r->rowsImported, 2);
        const bool nd = !data.startsWith('[');
        QCOMPARE(errorsOf(r.value()),
            QStringList({ QStringLiteral("%1|actor|a list of objects or lists cannot be imported").arg(nd ? 4 : 5),
                QStringLiteral("%1|date|day 30 out of range for 2025-02").arg(nd ? 5 : 6) }));
        const EventStore& s = r->events;
        QCOMPARE(s.title(0).toString(), u"A \"quoted\" café 😀"_qs);
        QCOMPARE(s.description(0).toString(), QString()); // null → empty
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Party), QStringList({ u"ukraine"_qs, u"russia"_qs }));
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Tag), QStringList({ u"n=3"_qs, u"ok=true"_qs, u"geo=52.5,13.4"_qs }));
        QCOMPARE(s.description(1).toString(), u"line\nbreak"_qs);
        QCOMPARE(s.refTexts(1, EventStore::RefKind::Party), QStringList({ u"russia"_qs }));
    }

    void jsonKeys()
    {
        // Escaped, differently-cased and reordered keys, nested objects at two levels.
        const QByteArray data = "{\"da\\u0074e\": \"2025-12-15\", \"Title\": \"A\", \"a\": {\"b\": {\"c\": \"deep\"}}}\n"
                                "{\"a\": {\"b\": {\"c\": \"deeper\"}}, \"TITLE\": \"B\", \"date\": \"2025-12-16\"}\n";
        ColumnMapping m;
        m.date = u"date"_qs;
        m.title = u"title"_qs;
        m.description = u"a.b.c"_qs;
        const auto r = run(data, m);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(titles(r->events), QStringList({ u"A"_qs, u"B"_qs }));
        QCOMPARE(r->events.description(0).toString(), u"deep"_qs);
        QCOMPARE(r->events.description(1).toString(), u"deeper"_qs);
    }

    void jsonErrors_data()
    {
        QTest::addColumn<QByteArray>("data");
        QTest::addColumn<QString>("error");
        QTest::newRow("truncated-object") << QByteArray("[\n{\"date\": \"2025-12-15\"},\n{\"date\": \"2025-")
                                          << u"line 3: the file ends inside an object (truncated?)"_qs;
        QTest::newRow("truncated-array") << QByteArray("[\n{\"date\": \"2025-12-15\"}\n")
                                         << u"line 3: the file ends inside the top-level array (truncated?)"_qs;
        QTest::newRow("truncated-ndjson") << QByteArray("{\"date\": \"2025-12-15\"}\n{\"date\": \"2025-12-16\", \"title\":")
                                          << u"line 2: the file ends inside an object (truncated?)"_qs;
        QTest::newRow("missing-comma") << QByteArray("[{\"date\": \"2025\"}\n{\"date\": \"2026\"}]")
                                       << u"line 2: expected ',' or ']' after an event object"_qs;
        QTest::newRow("bad-value") << QByteArray("{\"date\": \"2025\",\n\"title\": nope}")
                                   << u"line 2: unexpected character 'n'"_qs;
        QTest::newRow("not-object") << QByteArray("[1, 2]") << u"line 1: expected an event object ('{'), found '1'"_qs;
        QTest::newRow("trailing") << QByteArray("[]\n[]") << u"line 2: unexpected text after the top-level array"_qs;
        QTest::newRow("bad-escape") << QByteArray("{\"date\": \"2025\", \"title\": \"\\x\"}") << u"line 1: bad escape \\x"_qs;
    }
    void jsonErrors()
    {
        QFETCH(QByteArray, data);
        QFETCH(QString, error);
        for (qsizetype chunk : { qsizetype(16), qsizetype(4 << 20) }) {
            const auto r = run(data, simpleMapping(), true, chunk);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().message(), error);
        }
    }

    void actorPolicies_data()
    {
        QTest::addColumn<int>("policy");
        QTest::addColumn<QStringList>("parties"); // of the imported rows, joined by '+'
        QTest::addColumn<int>("created");
        QTest::addColumn<QStringList>("errors");
        QTest::newRow("create") << int(ColumnMapping::ActorPolicy::Create)
                                << QStringList({ u"ua"_qs, u"ru"_qs, u"wagner-group"_qs, u"ua+eu"_qs }) << 1 << QStringList();
        QTest::newRow("drop") << int(ColumnMapping::ActorPolicy::Drop) << QStringList({ u"ua"_qs, u"ru"_qs, QString(), u"ua+eu"_qs })
                              << 0 << QStringList();
        QTest::newRow("reject") << int(ColumnMapping::ActorPolicy::Reject) << QStringList({ u"ua"_qs, u"ru"_qs, u"ua+eu"_qs }) << 0
                                << QStringList({ u"4|actor|unknown actor \"Wagner Group\""_qs });
    }
    void actorPolicies()
    {
        QFETCH(int, policy);
        QFETCH(QStringList, parties);
        QFETCH(int, created);
        QFETCH(QStringList, errors);
        Dossier target = baseDossier();
        Entente::TestUtil::must(target.insertParty(-1, { u"eu"_qs, u"European Union"_qs, u"EU"_qs, {} }));
        ColumnMapping m = dateTitle();
        m.actors = { u"actor"_qs };
        m.listSeparator = u";"_qs;
        m.actorPolicy = ColumnMapping::ActorPolicy(policy);
        m.actorParties.insert(u"Brussels"_qs, u"eu"_qs);
        const QByteArray data = "date,title,actor\n2025-12-16,A,ukraine\n2025-12-17,B,RU\n2025-12-18,C,Wagner Group\n"
                                "2025-12-19,D,Ukraine; Brussels ;UA\n";
        const auto r = run(data, m, true, 4 << 20, target);
        QVERIFY(r.ok());
        QCOMPARE(r->newParties.size(), created);
        QCOMPARE(errorsOf(r.value()), errors);
        QStringList got;
        for (qsizetype i = 0; i < r->events.size(); ++i)
            got << r->events.refTexts(i, EventStore::RefKind::Party).join(u'+');
        QCOMPARE(got, parties);
        // Imported ids continue after the target's.
        QCOMPARE(r->events.id(0), target.events().nextId());
        const auto merged = applyImport(target, r.value());
        QVERIFY2(merged.ok(), qPrintable(merged.message()));
        QCOMPARE(merged->events().size(), target.events().size() + r->events.size());
        QCOMPARE(merged->parties().size(), target.parties().size() + created);
        QCOMPARE(target.events().size(), 1); // the target itself is untouched
    }

    void mappingToUnknownPartyIsAnError()
    {
        ColumnMapping m = dateTitle();
        m.actors = { u"actor"_qs };
        m.actorParties.insert(u"X"_qs, u"nowhere"_qs);
        const auto r = run("date,title,actor\n2025-12-16,A,X\n", m);
        QVERIFY(r.ok());
        QCOMPARE(errorsOf(r.value()), QStringList { u"2|actor|actor \"X\" is mapped to an unknown party \"nowhere\""_qs });
    }

    void presets()
    {
        QCOMPARE(mappingPresetNames(), QStringList({ u"acled"_qs, u"gdelt"_qs, u"gdelt2"_qs, u"timelinejs-sheet"_qs }));
        for (const auto& name : mappingPresetNames()) {
            const auto m = resolveMapping(name, QString());
            QVERIFY2(m.ok(), qPrintable(m.message()));
            QVERIFY(!m->date.isEmpty());
        }
        QCOMPARE(mappingPreset(u"gdelt"_qs)->columnNames.size(), 58);
        QCOMPARE(mappingPreset(u"gdelt2"_qs)->columnNames.size(), 61);
        QVERIFY(!mappingPreset(u"nope"_qs));
    }

    void acledRows()
    {
        const QByteArray data
            = "event_id_cnty,event_date,year,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,source,notes,fatalities\n"
              "UKR1,15 December 2025,2025,Battles,Armed clash,Military Forces of Russia (2000-),Military Forces of Ukraine (2019-),Ukraine,Pokrovsk,48.28,37.18,Ukrainska Pravda,\"On 15 December 2025, clashes near Pokrovsk.\",3\n"
              "UKR2,16 December 2025,2025,Strategic developments,Agreement,Government of Ukraine (2019-),,Germany,Berlin,52.52,13.40,Reuters; AP,\"Talks in Berlin.\",0\n"
              "UKR3,16 December 2025,2025,Battles,Armed clash,Military Forces of Russia (2000-),,Ukraine,Nowhere,95.0,37.18,Ukrainska Pravda,,0\n";
        const auto m = mappingPreset(u"acled"_qs);
        QVERIFY(m);
        const auto r = run(data, *m);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->rowsImported, 2);
        QCOMPARE(errorsOf(r.value()), QStringList { u"4|latitude|latitude \"95.0\" is not a number in -90…90"_qs });
        const EventStore& s = r->events;
        QCOMPARE(s.title(0).toString(), u"Armed clash in Pokrovsk"_qs);
        QCOMPARE(s.description(0).toString(), u"On 15 December 2025, clashes near Pokrovsk."_qs);
        QCOMPARE(s.startDate(0).toIso(), u"2025-12-15"_qs);
        QCOMPARE(s.location(0), u"Pokrovsk"_qs);
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Tag),
            QStringList({ u"Battles"_qs, u"Armed clash"_qs, u"Ukraine"_qs, u"fatalities=3"_qs, u"acled-id=UKR1"_qs,
                u"geo=48.28,37.18"_qs }));
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Party).size(), 2);
        // "Reuters; AP" is two sources.
        QCOMPARE(s.refTexts(1, EventStore::RefKind::Source), QStringList({ u"import-2"_qs, u"import-3"_qs }));
        QCOMPARE(r->newSources.size(), 3);
        QCOMPARE(r->newSources[0].outlet, u"Ukrainska Pravda"_qs);
        QCOMPARE(r->newSources[2].outlet, u"AP"_qs);
        QCOMPARE(r->newParties.size(), 3);
        const auto merged = applyImport(baseDossier(), r.value());
        QVERIFY2(merged.ok(), qPrintable(merged.message()));
        QCOMPARE(merged->sources().size(), 3);
    }

    void gdeltRows()
    {
        // Two GDELT 1.0 rows (58 tab-separated columns, no header).
        auto row = [](const char* id, const char* date, const char* a1, const char* a2, const char* code, const char* place,
                       const char* url) -> QByteArray {
            QList<QByteArray> cols(58);
            cols[0] = id;
            cols[1] = date;
            cols[6] = a1;
            cols[16] = a2;
            cols[26] = code;
            cols[28] = QByteArray(code).left(2);
            cols[29] = "1";
            cols[50] = place;
            cols[53] = "50.45";
            cols[54] = "30.52";
            cols[56] = "20251216";
            cols[57] = url;
            return cols.join('\t') + '\n';
        };
        const QByteArray data = row("1001", "20251215", "UKRAINE", "RUSSIA", "036", "Kyiv, Kyyiv, Misto, Ukraine", "https://example.org/a")
            + row("1002", "20251216", "UNITED STATES", "", "040", "Berlin, Berlin, Germany", "https://example.org/b");
        const auto m = mappingPreset(u"gdelt"_qs);
        QVERIFY(m);
        const auto r = run(data, *m);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QVERIFY(!r->hadHeader);
        QCOMPARE(r->rowsImported, 2);
        const EventStore& s = r->events;
        // A readable title: the actors and the CAMEO description of the event code.
        QCOMPARE(s.title(0).toString(), u"UKRAINE: Express intent to meet or negotiate → RUSSIA"_qs);
        QCOMPARE(s.title(1).toString(), u"UNITED STATES: Consult"_qs);
        QCOMPARE(s.location(1), u"Berlin, Berlin, Germany"_qs);
        QCOMPARE(r->newSources.size(), 2);
        QCOMPARE(r->newSources[0].url, u"https://example.org/a"_qs);
        QCOMPARE(r->newSources[0].outlet, u"example.org"_qs); // SOURCEURL names no outlet: the host stands in
        QCOMPARE(s.refTexts(0, EventStore::RefKind::Source), QStringList { r->newSources[0].id });
        QVERIFY(s.refTexts(0, EventStore::RefKind::Tag).contains(u"EventCode=036"_qs));
        QVERIFY(s.refTexts(0, EventStore::RefKind::Tag).contains(u"gdelt-id=1001"_qs));
        QCOMPARE(s.refTexts(1, EventStore::RefKind::Party), QStringList { u"united-states"_qs });
        // The 2.0 preset reads 1.0 rows too: the layout is chosen per row by its number of columns.
        const auto r2 = run(data, *mappingPreset(u"gdelt2"_qs));
        QVERIFY2(r2.ok(), qPrintable(r2.message()));
        QCOMPARE(r2->rowsImported, 2);
        QCOMPARE(r2->events.title(0), s.title(0));
    }


    // ACLED exports as they come: the current schema, one without the actor2 columns, the 2020 schema and
    // upper-case legacy headers, each with its date form.
    void acledSchemas_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<int>("rows");
        QTest::addColumn<QString>("firstTitle");
        QTest::addColumn<QString>("firstDate");
        QTest::addColumn<QString>("firstId");
        QTest::newRow("current") << u"acled/current.csv"_qs << 3 << u"Shelling/artillery/missile attack in Kharkiv"_qs
                                 << u"2024-08-05"_qs << u"acled-id=UKR170001"_qs;
        QTest::newRow("current-no-actor2") << u"acled/current-no-actor2.csv"_qs << 2 << u"Peaceful protest in Lviv"_qs
                                           << u"2024-08-05"_qs << u"acled-id=UKR170010"_qs;
        QTest::newRow("2020") << u"acled/2020.csv"_qs << 2 << u"Armed clash in Svitlodarsk"_qs << u"2020-08-05"_qs
                              << u"acled-id=UKR58219"_qs;
        QTest::newRow("legacy-upper") << u"acled/legacy-upper.csv"_qs << 2 << u"Battle-No change of territory in Donetsk"_qs
                                      << u"2015-01-01"_qs << u"acled-id=UKR1"_qs;
    }
    void acledSchemas()
    {
        QFETCH(QString, file);
        QFETCH(int, rows);
        QFETCH(QString, firstTitle);
        QFETCH(QString, firstDate);
        QFETCH(QString, firstId);
        const QString path = fixture(file.toUtf8().constData());
        // Recognised without naming the preset.
        const auto m = autoMappingFor(path);
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->name, u"ACLED"_qs);
        const auto r = runFile(path, m.value(), Dossier(), false);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->rowsImported, rows);
        const qsizetype row = rowOfTag(r->events, firstId);
        QVERIFY(row >= 0);
        QCOMPARE(r->events.title(row).toString(), firstTitle);
        QCOMPARE(r->events.startDate(row).toIso(), firstDate);
        QVERIFY(!r->events.description(row).isEmpty());
        QVERIFY(!r->events.refTexts(row, EventStore::RefKind::Party).isEmpty());
        QVERIFY(!r->events.refTexts(row, EventStore::RefKind::Source).isEmpty());
        QVERIFY(applyImport(Dossier(), r.value()).ok());
    }

    void acledCurrentDetails()
    {
        const Dossier target = baseDossier();
        ColumnMapping m = *mappingPreset(u"acled"_qs);
        m.actorAliases.insert(u"Military Forces of Russia (2000-)"_qs, u"Russia"_qs); // an existing party, by name
        const auto r = runFile(fixture("acled/current.csv"), m, target, false);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        const EventStore& s = r->events;
        // time_precision 1: the day.
        const qsizetype shelling = rowOfTag(s, u"acled-id=UKR170001"_qs);
        QCOMPARE(s.startDate(shelling).toIso(), u"2024-08-05"_qs);
        QVERIFY(!s.endDate(shelling).isValid());
        QCOMPARE(s.description(shelling).toString(),
            u"On 5 August 2024, Russian forces shelled Kharkiv city. 2 civilians were killed, including a \"volunteer\"."_qs);
        QVERIFY(s.refTexts(shelling, EventStore::RefKind::Tag).contains(u"fatalities=2"_qs));
        QVERIFY(s.refTexts(shelling, EventStore::RefKind::Tag).contains(u"Civilian targeting"_qs) == false);
        // The alias sends the actor to the dossier's Russia; the associated actor is a party of its own.
        QCOMPARE(partyNames(r.value(), target, shelling), QStringList({ u"Russia"_qs, u"Civilians (Ukraine)"_qs }));
        // "Ukrainska Pravda; Suspilne Media": two sources.
        QCOMPARE(s.refTexts(shelling, EventStore::RefKind::Source).size(), 2);
        // time_precision 2: some day of that week.
        const qsizetype clash = rowOfTag(s, u"acled-id=UKR170002"_qs);
        QCOMPARE(s.startDate(clash).toIso(), u"2024-08-03"_qs);
        QCOMPARE(s.endDate(clash).toIso(), u"2024-08-09"_qs);
        QCOMPARE(partyNames(r.value(), target, clash),
            QStringList({ u"Military Forces of Ukraine (2019-)"_qs, u"Russia"_qs, u"Wagner Group"_qs }));
        // time_precision 3: the month.
        const qsizetype protest = rowOfTag(s, u"acled-id=UKR170003"_qs);
        QCOMPARE(s.startDate(protest).toIso(), u"2024-08"_qs);
        // "Ukraine;Verkhovna Rada" in assoc_actor_1: two parties, Ukraine being the dossier's.
        QCOMPARE(partyNames(r.value(), target, protest),
            QStringList({ u"Protesters (Ukraine)"_qs, u"Ukraine"_qs, u"Verkhovna Rada"_qs }));
        // The alias is saved with the mapping.
        QCOMPARE(ColumnMapping::fromJson(m.toJson())->actorAliases, m.actorAliases);
    }

    void acledDates_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("iso");
        QTest::newRow("iso") << QByteArray("2024-08-05") << u"2024-08-05"_qs;
        QTest::newRow("words") << QByteArray("05 August 2024") << u"2024-08-05"_qs;
        QTest::newRow("excel") << QByteArray("5-Aug-24") << u"2024-08-05"_qs;
        QTest::newRow("excel-1990s") << QByteArray("31-Dec-97") << u"1997-12-31"_qs;
        QTest::newRow("legacy") << QByteArray("01-January-2015") << u"2015-01-01"_qs;
    }
    void acledDates()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, iso);
        const auto d = parseEventDate(text);
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(d->toIso(), iso);
    }

    void acledErrors()
    {
        // A bad date stops the import with its line and column; nothing comes back.
        const auto badDate = runFile(fixture("acled/bad-date.csv"), *mappingPreset(u"acled"_qs), Dossier(), false);
        QVERIFY(!badDate.ok());
        const QString error = badDate.error().message();
        QVERIFY2(error.endsWith(u"line 2, column event_date: unrecognised date \"5 Augustus 2024\""_qs), qPrintable(error));
        QCOMPARE(badDate.error().line(), 2);
        QCOMPARE(badDate.error().field(), u"event_date"_qs);
        // A file with neither the date nor an actor column is refused by name.
        const auto noDate = run("event_id_cnty,notes\nX,Y\n", *mappingPreset(u"acled"_qs));
        QVERIFY(!noDate.ok());
        QCOMPARE(noDate.error().message(), u"the file has no date column \"event_date\""_qs);
        const auto noActor = run("event_date,notes\n2024-08-05,Y\n", *mappingPreset(u"acled"_qs));
        QVERIFY(!noActor.ok());
        QCOMPARE(noActor.error().message(),
            u"the file has none of the actor columns actor1, assoc_actor_1, actor2, assoc_actor_2"_qs);
        // An unknown time_precision code is a row error.
        const auto r = run("event_date,actor1,time_precision\n2024-08-05,A,7\n", *mappingPreset(u"acled"_qs));
        QVERIFY(r.ok());
        QCOMPARE(errorsOf(r.value()), QStringList { u"2|time_precision|unknown precision code \"7\""_qs });
    }

    // Importing the same export twice adds no twins: rows are matched by their external id.
    void reimportMakesNoTwins()
    {
        const auto m = *mappingPreset(u"acled"_qs);
        const auto first = runFile(fixture("acled/current.csv"), m, baseDossier());
        QVERIFY2(first.ok(), qPrintable(first.message()));
        const auto merged = applyImport(baseDossier(), first.value());
        QVERIFY2(merged.ok(), qPrintable(merged.message()));
        const auto again = runFile(fixture("acled/current.csv"), m, merged.value());
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again->rowsImported, 0);
        QCOMPARE(again->rowsDuplicate, 3);
        QCOMPARE(again->errorCount, 0);
        QVERIFY(again->newParties.isEmpty());
        // Twice in one file: the first is kept.
        const auto twice = run("event_id_cnty,event_date,actor1\nA1,2024-08-05,X\nA1,2024-08-06,X\nA2,2024-08-06,X\n", m);
        QVERIFY2(twice.ok(), qPrintable(twice.message()));
        QCOMPARE(twice->rowsImported, 2);
        QCOMPARE(twice->rowsDuplicate, 1);
        QCOMPARE(twice->events.startDate(0).toIso(), u"2024-08-05"_qs);
    }

    // External ids are kept apart from the interned tags (EventStore::idTag): 2000 rows with ids of their own add
    // no symbols, read back as the tags they were, and still find their twins, also in a dossier that holds one
    // as an ordinary tag (an event's second id tag).
    void externalIdsAreNotInterned()
    {
        const auto m = *mappingPreset(u"acled"_qs);
        QByteArray csv = "event_id_cnty,event_date,actor1\n";
        for (int i = 1; i <= 2000; ++i)
            csv += "UKR" + QByteArray::number(i) + ",2024-08-05,Army\n";
        const auto r = run(csv, m);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->rowsImported, 2000);
        QVERIFY2(r->events.symbols().size() < 10, qPrintable(QString::number(r->events.symbols().size())));
        QCOMPARE(r->events.refTexts(r->events.rowOfId(1), EventStore::RefKind::Tag), QStringList { u"acled-id=UKR1"_qs });
        QCOMPARE(r->events.event(r->events.rowOfId(2000)).tags, QStringList { u"acled-id=UKR2000"_qs });

        Dossier target = baseDossier();
        Event known;
        known.start = PartialDate::parse(u"2024-08-05").value();
        known.title = u"Known twice"_qs;
        known.tags = { u"gdelt-id=1"_qs, u"acled-id=UKR5"_qs };
        Entente::TestUtil::must(target.insertEvent(known));
        known.title = u"Known"_qs;
        known.tags = { u"talks"_qs, u"acled-id=UKR6"_qs };
        Entente::TestUtil::must(target.insertEvent(known));
        const auto again = run(csv, m, true, 4 << 20, target);
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again->rowsDuplicate, 2);
        QCOMPARE(again->rowsImported, 1998);
        const auto merged = applyImport(target, again.value());
        QVERIFY2(merged.ok(), qPrintable(merged.message()));
        QCOMPARE(merged->events().size(), 3 + 1998);
        const EventStore& ev = merged->events();
        const qint64 lastId = ev.nextId() - 1;
        QCOMPARE(ev.event(ev.rowOfId(lastId)).tags, QStringList { u"acled-id=UKR2000"_qs });
    }

    // GDELT: 57-column rows (before April 2013), 58 (1.0 after) and 61 (2.0) in one file all import.
    void gdeltMixedLayouts()
    {
        const QString path = fixture("gdelt/mixed-57-58-61.tsv");
        const auto m = autoMappingFor(path);
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->name, u"GDELT 1.0 events"_qs);
        const auto r = runFile(path, m.value(), Dossier(), false);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->rowsRead, 7);
        QCOMPARE(r->rowsImported, 6);
        QCOMPARE(r->rowsDuplicate, 1); // the last row repeats GLOBALEVENTID 200000001
        const EventStore& s = r->events;
        const qsizetype old = rowOfTag(s, u"gdelt-id=100000001"_qs);
        QCOMPARE(s.title(old).toString(), u"RUSSIA: Express intent to meet or negotiate → UKRAINE"_qs);
        QCOMPARE(s.startDate(old).toIso(), u"2013-03-30"_qs);
        QCOMPARE(s.location(old), u"Moscow, Moskva, Russia"_qs);
        QVERIFY(s.refTexts(old, EventStore::RefKind::Source).isEmpty()); // no SOURCEURL before April 2013
        // An empty actor: the row is kept with the other actor.
        const qsizetype oneActor = rowOfTag(s, u"gdelt-id=100000002"_qs);
        QCOMPARE(s.title(oneActor).toString(), u"Appeal for economic aid → UKRAINE"_qs);
        QCOMPARE(partyNames(r.value(), Dossier(), oneActor), QStringList { u"UKRAINE"_qs });
        // No actor at all: the placeholder lane.
        const qsizetype noActor = rowOfTag(s, u"gdelt-id=200000002"_qs);
        QCOMPARE(s.title(noActor).toString(), u"Use conventional military force"_qs);
        QCOMPARE(partyNames(r.value(), Dossier(), noActor), QStringList { u"Unidentified actor"_qs });
        // SOURCEURL is a source, whole (a ';' in a URL does not split it).
        QCOMPARE(s.refTexts(noActor, EventStore::RefKind::Source).size(), 1);
        bool found = false;
        for (const auto& src : r->newSources)
            found = found || (src.url == u"http://example.org/news/shelling?id=7;x=1"_qs && src.outlet == u"example.org"_qs);
        QVERIFY(found);
        // GDELT 2.0 rows: the same columns found at their 2.0 positions.
        const qsizetype v2 = rowOfTag(s, u"gdelt-id=800000001"_qs);
        QCOMPARE(s.title(v2).toString(), u"RUSSIA: Employ aerial weapons → UKRAINE"_qs);
        QCOMPARE(s.location(v2), u"Kharkiv, Kharkivs'ka Oblast', Ukraine"_qs);
        QVERIFY(s.refTexts(v2, EventStore::RefKind::Tag).contains(u"geo=50,36.25"_qs));
        const qsizetype sanctions = rowOfTag(s, u"gdelt-id=800000002"_qs);
        QCOMPARE(s.title(sanctions).toString(), u"UNITED STATES: Threaten to boycott, embargo, or sanction"_qs);
        // The 2.0 preset reads the same file the same way.
        const auto r2 = runFile(path, *mappingPreset(u"gdelt2"_qs), Dossier(), false);
        QVERIFY2(r2.ok(), qPrintable(r2.message()));
        QCOMPARE(r2->rowsImported, 6);
    }

    void gdeltErrors()
    {
        const QString path = fixture("gdelt/bad-rows.tsv");
        const auto stopped = runFile(path, *mappingPreset(u"gdelt"_qs), Dossier(), false);
        QVERIFY(!stopped.ok());
        const QString error = stopped.error().message();
        QVERIFY2(error.endsWith(u"line 1, column SQLDATE: day 31 out of range for 2013-04"_qs), qPrintable(error));
        const auto r = runFile(path, *mappingPreset(u"gdelt"_qs), Dossier(), true);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r->rowsImported, 0);
        QCOMPARE(errorsOf(r.value()).value(1), u"2||40 fields where 58 were expected"_qs);
    }

    void cameoTable()
    {
        QCOMPARE(cameoDescription(u"042"), u"Make a visit"_qs);
        QCOMPARE(cameoDescription(u"010"), u"Make statement"_qs);
        QCOMPARE(cameoDescription(u"2042"), u"Detonate nuclear weapons"_qs);
        QCOMPARE(cameoDescription(u"19"), u"Fight"_qs);
        QVERIFY(cameoDescription(u"999").isEmpty());
    }

    // A spreadsheet's own headers, by synonyms; list-valued cells split on ';'.
    void headerSynonyms()
    {
        const Dossier target = baseDossier();
        const auto m = autoMappingFor(fixture("generic/label-start.csv"));
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->title, u"Label"_qs);
        QCOMPARE(m->date, u"Start"_qs);
        QCOMPARE(m->endDate, u"End"_qs);
        QCOMPARE(m->description, u"Description"_qs);
        QCOMPARE(m->actors, QStringList { u"Actors"_qs });
        QCOMPARE(m->issues, QStringList { u"Topics"_qs });
        QCOMPARE(m->source, u"Link"_qs);
        const auto r = runFile(fixture("generic/label-start.csv"), m.value(), target, false);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(titles(r->events), QStringList({ u"Geneva talks"_qs, u"Rada vote"_qs, u"Berlin round"_qs }));
        QCOMPARE(partyNames(r.value(), target, 0), QStringList({ u"United States"_qs, u"Ukraine"_qs }));
        QCOMPARE(partyNames(r.value(), target, 1), QStringList({ u"Ukraine"_qs, u"Verkhovna Rada"_qs }));
        QCOMPARE(partyNames(r.value(), target, 2), QStringList({ u"Ukraine"_qs, u"European leaders"_qs }));
        QCOMPARE(r->events.endDate(0).toIso(), u"2025-11-24"_qs);
        QCOMPARE(r->newIssues.size(), 2);
        QCOMPARE(r->newIssues[0].name, u"Security guarantees"_qs);
        QCOMPARE(r->events.refTexts(1, EventStore::RefKind::Issue), QStringList { u"territory"_qs });
        const auto merged = applyImport(target, r.value());
        QVERIFY2(merged.ok(), qPrintable(merged.message()));
        QCOMPARE(merged->issues().size(), target.issues().size() + 2);

        // Tab-separated, other synonyms, an issue the dossier has by name.
        Dossier withIssue = target;
        Entente::TestUtil::must(withIssue.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, {} }));
        const auto m2 = autoMappingFor(fixture("generic/synonyms.tsv"));
        QVERIFY2(m2.ok(), qPrintable(m2.message()));
        const auto r2 = runFile(fixture("generic/synonyms.tsv"), m2.value(), withIssue, false);
        QVERIFY2(r2.ok(), qPrintable(r2.message()));
        QCOMPARE(titles(r2->events), QStringList { u"Meeting in Berlin"_qs });
        QCOMPARE(r2->events.description(0).toString(), u"With the European leaders."_qs);
        QCOMPARE(r2->events.refTexts(0, EventStore::RefKind::Issue), QStringList { u"nato"_qs });
        QCOMPARE(r2->events.refTexts(0, EventStore::RefKind::Party), QStringList { u"ua"_qs });

        // No date column: a clear refusal.
        const auto noDate = autoMappingFor(fixture("generic/no-date.csv"));
        QVERIFY(!noDate.ok());
        QVERIFY2(noDate.error().message().contains(u"no date column"_qs), qPrintable(noDate.error().message()));
    }

    void newMappingKeysRoundTrip()
    {
        ColumnMapping m = *mappingPreset(u"gdelt"_qs);
        m.issues = { u"Issue"_qs };
        m.actorAliases.insert(u"RUSSIAN"_qs, u"Russia"_qs);
        const auto back = ColumnMapping::fromJson(m.toJson());
        QVERIFY(back.ok());
        QCOMPARE(back.value(), m);
        QCOMPARE(back->alternativeColumnNames.size(), 2);
        QJsonObject bad = m.toJson();
        bad.insert(u"precisionCodes"_qs, QJsonObject { { u"1"_qs, u"fortnight"_qs } });
        const auto refused = ColumnMapping::fromJson(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message(),
            u"precision code \"1\" must be year, month, week, day or minute, not \"fortnight\""_qs);
        QCOMPARE(refused.error().field(), u"precisionCodes"_qs);
        QCOMPARE(refused.error().kind(), Error::Kind::Invalid);
    }

    // A mapping file is read by the one JSON reader: a syntax error names its line, a bad field its key.
    void mappingFileErrors()
    {
        QTemporaryDir dir;
        auto write = [&](const char* name, const QByteArray& text) {
            QFile f(dir.filePath(QLatin1String(name)));
            if (!f.open(QIODevice::WriteOnly) || f.write(text) != text.size())
                qFatal("cannot write %s", name);
            return f.fileName();
        };
        const QString broken = write("broken.json", "{\n  \"fields\": {\"date\": \"when\"},\n  \"delimiter\" \",\"\n}\n");
        const auto syntax = ColumnMapping::load(broken);
        QVERIFY(!syntax.ok());
        QCOMPARE(syntax.error().line(), 3);
        QVERIFY2(syntax.error().message().startsWith(u"mapping %1, line 3: "_qs.arg(broken)), qPrintable(syntax.error().message()));
        QCOMPARE(syntax.error().kind(), Error::Kind::Invalid);
        const QString array = write("array.json", "[1, 2]\n");
        QCOMPARE(ColumnMapping::load(array).error().message(), u"mapping %1 is not a JSON object"_qs.arg(array));
        const QString control = write("control.json", "{\"name\": \"a\u0001b\"}\n");
        QCOMPARE(ColumnMapping::load(control).error().line(), 1);
        const QString noDate = write("nodate.json", "{\"fields\": {\"title\": \"t\"}}\n");
        const auto field = ColumnMapping::load(noDate);
        QVERIFY(!field.ok());
        QCOMPARE(field.error().field(), u"fields.date"_qs);
        QCOMPARE(field.error().message(), u"mapping %1: the mapping has no date column"_qs.arg(noDate));
        const QString good = write("good.json", "{\"fields\": {\"date\": \"when\", \"title\": \"what\"}}\n");
        const auto ok = ColumnMapping::load(good);
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(ok->date, u"when"_qs);
        QCOMPARE(ok->title, u"what"_qs);
    }

    void mappingRoundTrip()
    {
        ColumnMapping m = simpleMapping();
        m.delimiter = u'\t';
        m.header = ColumnMapping::Header::No;
        m.columnNames = { u"a"_qs, u"b"_qs };
        m.tags = { u"t1"_qs };
        m.attributes = { u"x"_qs };
        m.actorPolicy = ColumnMapping::ActorPolicy::Drop;
        m.actorParties.insert(u"Kyiv"_qs, u"ua"_qs);
        m.sourceMode = ColumnMapping::SourceMode::Tag;
        m.listSeparator = u";"_qs;
        QCOMPARE(ColumnMapping::fromJson(m.toJson()).value(), m);
        QTemporaryDir dir;
        m.name = u"My Mapping"_qs;
        const Status saved = saveNamedMapping(dir.path(), m);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(savedMappingNames(dir.path()), QStringList { u"My Mapping"_qs });
        QCOMPARE(resolveMapping(u"My Mapping"_qs, dir.path()).value(), m);
        QCOMPARE(resolveMapping(dir.filePath(u"my-mapping.json"_qs), dir.path()).value(), m);
        const auto unknown = resolveMapping(u"unknown"_qs, dir.path());
        QVERIFY(!unknown.ok());
        QVERIFY(unknown.error().message().contains(u"no mapping file, preset or saved mapping named \"unknown\""_qs));
        QCOMPARE(unknown.error().kind(), Error::Kind::NotFound);
        QJsonObject bad = m.toJson();
        bad.insert(u"unknownActors"_qs, u"ignore"_qs);
        const auto refused = ColumnMapping::fromJson(bad);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message(), u"unknownActors must be create, drop or reject, not \"ignore\""_qs);
        // A saved mapping needs a name; nothing is written without one.
        m.name = u"  "_qs;
        const Status unnamed = saveNamedMapping(dir.path(), m);
        QVERIFY(!unnamed.ok());
        QCOMPARE(unnamed.error().message(), u"a saved mapping needs a name"_qs);
        QCOMPARE(savedMappingNames(dir.path()), QStringList { u"My Mapping"_qs });
    }

    void cancelMidImport()
    {
        QByteArray data = "date,title\n";
        for (int i = 0; i < 5000; ++i)
            data += "2025-12-15,Row " + QByteArray::number(i) + '\n';
        QBuffer buffer(&data);
        buffer.open(QIODevice::ReadOnly);
        std::atomic_bool cancel = false;
        int calls = 0;
        EventImportOptions o;
        o.chunkSize = 1024;
        o.cancel = &cancel;
        o.progress = [&](const ImportProgress& p) {
            ++calls;
            QVERIFY(p.bytesRead <= p.bytesTotal);
            QCOMPARE(p.bytesTotal, data.size());
            if (p.rows > 100)
                cancel = true;
        };
        const Dossier target = baseDossier();
        const auto cancelled = importEvents(buffer, dateTitle(), target, o);
        QVERIFY(!cancelled.ok());
        QCOMPARE(cancelled.error().message(), u"import cancelled"_qs);
        QVERIFY(calls >= 2);
        QVERIFY(buffer.pos() < data.size());
        QCOMPARE(target.events().size(), 1);
    }

    void previewCsvAndJson()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"a.tsv"_qs), json = dir.filePath(u"a.json"_qs);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("date\ttitle\n2025-12-15\tA\n2025-12-16\t\"B\nb\"\n");
        f.close();
        QFile g(json);
        QVERIFY(g.open(QIODevice::WriteOnly));
        g.write("[{\"date\": \"2025-12-15\", \"geo\": {\"lat\": 1}}, {\"date\": \"2025\", \"title\": \"x\", \"a\": [1, \"b\"]}]");
        g.close();
        const auto pc = previewImport(csv, ColumnMapping());
        QVERIFY(pc.ok());
        QCOMPARE(pc->delimiter, '\t');
        QVERIFY(pc->hasHeader);
        QCOMPARE(pc->columns, QStringList({ u"date"_qs, u"title"_qs }));
        QCOMPARE(pc->rows, QList<QStringList>({ { u"2025-12-15"_qs, u"A"_qs }, { u"2025-12-16"_qs, u"B\nb"_qs } }));
        const auto pj = previewImport(json, ColumnMapping());
        QVERIFY(pj.ok());
        QCOMPARE(pj->format, ImportFormat::Json);
        QCOMPARE(pj->columns, QStringList({ u"date"_qs, u"geo.lat"_qs, u"a"_qs, u"title"_qs }));
        QCOMPARE(pj->rows[1], QStringList({ u"2025"_qs, QString(), u"1; b"_qs, u"x"_qs }));
    }

    // The preview reads JSON with the one JSON reader: escapes and surrogate pairs resolved, a brace inside a
    // string is text, and an object the head cuts (or a broken one) ends the sample without failing it.
    void previewJsonLinesStopsAtACutObject()
    {
        QTemporaryDir dir;
        const QString json = dir.filePath(u"a.ndjson"_qs);
        QFile f(json);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"date\": \"2025-12-15\", \"title\": \"a } \\\"quoted\\\" \\ud83d\\udd4a\"}\n"
                "{\"date\": \"2025-12-16\", \"title\": \"\\u00e9t\\u00e9\"}\n"
                "{\"date\": \"2025-12-17\", \"title\": \"cut");
        f.close();
        const auto pj = previewImport(json, ColumnMapping());
        QVERIFY2(pj.ok(), qPrintable(pj.message()));
        QCOMPARE(pj->format, ImportFormat::Json);
        QCOMPARE(pj->columns, QStringList({ u"date"_qs, u"title"_qs }));
        QCOMPARE(pj->rows, QList<QStringList>({ { u"2025-12-15"_qs, u"a } \"quoted\" \U0001F54A"_qs },
                               { u"2025-12-16"_qs, u"\u00e9t\u00e9"_qs } }));
    }

    void applyRejectsInvalidMerge()
    {
        EventImportResult r;
        r.newParties.append({ u"ua"_qs, u"Duplicate"_qs, {}, {} });
        const auto merged = applyImport(baseDossier(), r);
        QVERIFY(!merged.ok());
        QCOMPARE(merged.error().message(), u"duplicate party id \"ua\""_qs);
    }
};

QTEST_GUILESS_MAIN(TestEventImport)
#include "tst_eventimport.moc"
