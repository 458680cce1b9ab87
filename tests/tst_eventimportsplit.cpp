// SPDX-License-Identifier: GPL-3.0-or-later
// A large delimited or JSON file is parsed in two halves on two threads. The result must be exactly a single
// thread's: the same events, ids, order, symbols, new parties and sources, errors with the same line numbers,
// and the same first bad row in stop mode. Compared on random files with quoted line breaks, bad rows in both
// halves, a byte order mark and CRLF, and on seams placed on purpose inside quoted fields; for JSON, on arrays
// written an object per line (the first on the bracket's line or not) or pretty-printed, NDJSON, one long line,
// and a middle inside nested lists of objects (where the helper's guess is not an element of the top level).
#include "eventimport.h"
#include "mustutil.h"

#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
struct Outcome {
    std::optional<EventImportResult> result;
    QString error;
};

ColumnMapping mapping()
{
    ColumnMapping m;
    m.date = u"date"_qs;
    m.title = u"{type} at {place}"_qs;
    m.description = u"notes"_qs;
    m.location = u"place"_qs;
    m.actors = { u"actor1"_qs, u"actor2"_qs };
    m.eventType = u"type"_qs;
    m.tags = { u"country"_qs };
    m.attributes = { u"deaths"_qs };
    m.latitude = u"lat"_qs;
    m.longitude = u"lon"_qs;
    m.source = u"source"_qs;
    m.listSeparator = u";"_qs;
    // One alias to a party of the dossier, one to a new actor: both kinds are listed in the order first applied.
    m.actorAliases = { { u"actor 5"_qs, u"Ukraine"_qs }, { u"Actor-12"_qs, u"Actor 30"_qs } };
    return m;
}

Dossier target()
{
    Dossier d;
    Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"actor-3"_qs, u"Someone"_qs, u"S"_qs, u"#d52b1e"_qs })); // a slug the file's "Actor 3" wants
    Event e;
    e.start = PartialDate::parse(u"2025-12-15").value();
    e.title = u"Existing"_qs;
    Entente::TestUtil::must(d.insertEvent(e));
    return d;
}

QByteArray quoted(const QByteArray& s) { return '"' + QByteArray(s).replace("\"", "\"\"") + '"'; }

struct FileShape {
    int rows = 2000;
    int badPerMille = 0; // rows with a bad date, a bad latitude or a wrong field count
    bool crlf = false;
    bool bom = false;
};

QByteArray randomCsv(quint32 seed, const FileShape& shape)
{
    QRandomGenerator rng(seed);
    const QByteArray nl = shape.crlf ? "\r\n" : "\n";
    QByteArray out = shape.bom ? "\xEF\xBB\xBF" : "";
    out += "date,type,place,notes,actor1,actor2,country,deaths,lat,lon,source" + nl;
    const char* const types[] = { "Battles", "Protests", "Riots", "Ceasefire talks" };
    for (int i = 0; i < shape.rows; ++i) {
        if (rng.bounded(200) == 0) {
            out += nl; // a blank line
            continue;
        }
        QByteArray date;
        switch (rng.bounded(4)) {
        case 0:
            date = QByteArray::number(1 + rng.bounded(28)) + " March " + QByteArray::number(2015 + rng.bounded(10));
            break;
        case 1:
            date = "20" + QByteArray::number(10 + rng.bounded(15)) + "-0" + QByteArray::number(1 + rng.bounded(9)) + "-1"
                + QByteArray::number(rng.bounded(10));
            break;
        case 2:
            date = "2024-05";
            break;
        default:
            date = "2025";
        }
        const bool bad = int(rng.bounded(1000)) < shape.badPerMille;
        const int badKind = int(rng.bounded(3));
        if (bad && badKind == 0)
            date = "32 March 2020";
        QByteArray notes = "Report " + QByteArray::number(rng.bounded(100000));
        if (rng.bounded(5) == 0)
            notes += ", with \"quotes\"" + nl + "and a second line" + (rng.bounded(2) ? nl + nl + "and a third" : QByteArray());
        const QByteArray actor1 = (rng.bounded(2) ? "Actor " : "actor ") + QByteArray::number(rng.bounded(40));
        const QByteArray actor2 = rng.bounded(3) == 0 ? QByteArray()
            : rng.bounded(4) == 0                    ? QByteArray("Ukraine;Actor " + QByteArray::number(rng.bounded(40)))
                                                     : QByteArray("Actor-" + QByteArray::number(rng.bounded(40)));
        const QByteArray lat = bad && badKind == 1 ? "95" : QByteArray::number(40 + rng.bounded(10));
        const QByteArray fields[] = { date, types[rng.bounded(4)], "Place " + QByteArray::number(rng.bounded(60)),
            quoted(notes), actor1, actor2, rng.bounded(2) ? "Ukraine" : "Russia", QByteArray::number(rng.bounded(4)), lat,
            QByteArray::number(30 + rng.bounded(5)), "Outlet " + QByteArray::number(rng.bounded(25)) };
        const int count = bad && badKind == 2 ? 10 : 11;
        for (int f = 0; f < count; ++f)
            out += fields[f] + (f + 1 < count ? QByteArray(",") : QByteArray());
        if (i + 1 < shape.rows || rng.bounded(2))
            out += nl;
    }
    return out;
}

enum class JsonShape { ObjectPerLine, Pretty, Lines, OneLine, FirstOnTheBracketLine };

// The same kind of rows as randomCsv's, as JSON objects with a nested object and a list (neither mapped), and
// bad rows of three kinds: a bad date, a latitude out of range, a list of objects (which the importer refuses).
QByteArray randomJson(quint32 seed, int rows, int badPerMille, JsonShape shape)
{
    QRandomGenerator rng(seed);
    const bool pretty = shape == JsonShape::Pretty;
    const QByteArray nl = shape == JsonShape::OneLine ? "" : "\n";
    const QByteArray open = shape == JsonShape::FirstOnTheBracketLine ? QByteArray("[") : QByteArray("[" + nl); // [{…},⏎{…},⏎…]
    const QByteArray sep = pretty ? ",\n    " : ", ";
    QByteArray out = shape == JsonShape::Lines ? QByteArray() : open;
    const char* const types[] = { "Battles", "Protests", "Riots", "Ceasefire talks" };
    for (int i = 0; i < rows; ++i) {
        const bool bad = int(rng.bounded(1000)) < badPerMille;
        const int badKind = int(rng.bounded(3));
        const QByteArray date = bad && badKind == 0 ? "32 March 2020"
            : rng.bounded(2)                       ? QByteArray(QByteArray::number(1 + rng.bounded(28)) + " March " + QByteArray::number(2015 + rng.bounded(10)))
                                                   : QByteArray("2024-05");
        QByteArray notes = "\"Report " + QByteArray::number(rng.bounded(100000));
        if (rng.bounded(6) == 0)
            notes += R"( with \"quotes\", {braces} and },{ a seam-like run)";
        notes += '"';
        if (bad && badKind == 2)
            notes = pretty ? "[\n      {\"text\": \"a\"},\n      {\"text\": \"b\"}\n    ]" : "[{\"text\": \"a\"}, {\"text\": \"b\"}]";
        const QByteArray actor2 = rng.bounded(3) == 0 ? QByteArray("null") : QByteArray("\"Actor-" + QByteArray::number(rng.bounded(40)) + '"');
        const QByteArray fields[][2] = {
            { "date", '"' + date + '"' },
            { "type", '"' + QByteArray(types[rng.bounded(4)]) + '"' },
            { "place", "\"Place " + QByteArray::number(rng.bounded(60)) + '"' },
            { "notes", notes },
            { "actor1", (rng.bounded(2) ? "\"Actor " : "\"actor ") + QByteArray::number(rng.bounded(40)) + '"' },
            { "actor2", actor2 },
            { "country", rng.bounded(2) ? "\"Ukraine\"" : "\"Russia\"" },
            { "deaths", QByteArray::number(rng.bounded(4)) },
            { "lat", bad && badKind == 1 ? "95" : QByteArray::number(40 + rng.bounded(10)) },
            { "lon", QByteArray::number(30 + rng.bounded(5)) },
            { "source", "\"Outlet " + QByteArray::number(rng.bounded(25)) + '"' },
            { "meta", pretty ? QByteArray("{\n      \"row\": " + QByteArray::number(i) + "\n    }") : QByteArray("{\"row\": " + QByteArray::number(i) + "}") },
            { "labels", "[\"a\", \"b\"]" },
        };
        out += pretty ? "  {\n    " : "{";
        for (size_t f = 0; f < std::size(fields); ++f)
            out += '"' + fields[f][0] + "\": " + fields[f][1] + (f + 1 < std::size(fields) ? sep : QByteArray());
        out += pretty ? "\n  }" : "}";
        if (shape != JsonShape::Lines && i + 1 < rows)
            out += ',';
        out += nl;
    }
    if (shape != JsonShape::Lines)
        out += "]" + nl;
    return out;
}

// data written to name in dir: its path, or an empty string when it cannot be written.
QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& data)
{
    const QString path = dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(data) != data.size())
        return {};
    return path;
}

Outcome importFile(const QString& path, bool parallel, bool skip, qsizetype chunk = 4 << 20,
    const ColumnMapping& m = mapping(), qsizetype maxRecord = 16 << 20)
{
    EventImportOptions o;
    o.maxRecordBytes = maxRecord;
    o.skipBadRows = skip;
    o.chunkSize = chunk;
    o.threads = parallel ? 2 : 1;
    o.parallelMinBytes = 1;
    o.maxStoredErrors = 50;
    Outcome out;
    auto result = importEvents(path, m, target(), o);
    if (result.ok())
        out.result = std::move(result).value();
    else
        out.error = result.error().message();
    return out;
}

// Returns an empty string when equal, else what differs first.
QString difference(const Outcome& a, const Outcome& b)
{
    if (bool(a.result) != bool(b.result) || a.error != b.error)
        return u"outcome: \"%1\" vs \"%2\""_qs.arg(a.error, b.error);
    if (!a.result)
        return {};
    const EventImportResult &x = *a.result, &y = *b.result;
    if (x.events.size() != y.events.size())
        return u"%1 vs %2 events"_qs.arg(x.events.size()).arg(y.events.size());
    for (qsizetype r = 0; r < x.events.size(); ++r)
        if (x.events.id(r) != y.events.id(r) || !(x.events.event(r) == y.events.event(r))
            || !std::ranges::equal(x.events.refs(r), y.events.refs(r))
            || x.events.locationSymbol(r) != y.events.locationSymbol(r))
            return u"row %1 (id %2)"_qs.arg(r).arg(x.events.id(r));
    if (x.events.symbols().size() != y.events.symbols().size())
        return u"%1 vs %2 symbols"_qs.arg(x.events.symbols().size()).arg(y.events.symbols().size());
    for (qsizetype s = 0; s < x.events.symbols().size(); ++s)
        if (x.events.symbols().text(quint32(s)) != y.events.symbols().text(quint32(s)))
            return u"symbol %1"_qs.arg(s);
    if (x.newParties != y.newParties)
        return u"new parties"_qs;
    if (x.newSources != y.newSources)
        return u"new sources"_qs;
    if (x.errors != y.errors || x.errorCount != y.errorCount)
        return u"errors"_qs;
    if (x.aliasesApplied != y.aliasesApplied)
        return u"aliases applied: %1 vs %2"_qs.arg(x.aliasesApplied.join(u", "), y.aliasesApplied.join(u", "));
    if (x.rowsRead != y.rowsRead || x.rowsImported != y.rowsImported || x.rowsSkipped != y.rowsSkipped
        || x.rowsDuplicate != y.rowsDuplicate)
        return u"counts"_qs;
    if (x.events.nextId() != y.events.nextId())
        return u"next id"_qs;
    return {};
}
}

class TestEventImportSplit : public QObject {
    Q_OBJECT
private slots:
    void sameAsOneThread_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("badPerMille");
        QTest::addColumn<bool>("crlf");
        QTest::addColumn<bool>("bom");
        QTest::addColumn<bool>("skip");
        QTest::addColumn<qsizetype>("chunk");
        for (quint32 seed = 1; seed <= 6; ++seed) {
            const bool crlf = seed % 2 == 0, bom = seed % 3 == 0;
            const QByteArray tag = "seed " + QByteArray::number(seed) + (crlf ? " crlf" : "") + (bom ? " bom" : "");
            QTest::newRow(QByteArray(tag + " clean").constData()) << seed << 0 << crlf << bom << true << qsizetype(4 << 20);
            QTest::newRow(QByteArray(tag + " skip").constData()) << seed << 20 << crlf << bom << true << qsizetype(4 << 20);
            QTest::newRow(QByteArray(tag + " skip, small chunks").constData()) << seed << 20 << crlf << bom << true << qsizetype(512);
            QTest::newRow(QByteArray(tag + " stop").constData()) << seed << 1 << crlf << bom << false << qsizetype(4096);
        }
    }

    void sameAsOneThread()
    {
        QFETCH(quint32, seed);
        QFETCH(int, badPerMille);
        QFETCH(bool, crlf);
        QFETCH(bool, bom);
        QFETCH(bool, skip);
        QFETCH(qsizetype, chunk);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"events.csv"_qs, randomCsv(seed, { 3000, badPerMille, crlf, bom }));
        QVERIFY(!path.isEmpty());
        const Outcome one = importFile(path, false, skip, chunk), two = importFile(path, true, skip, chunk);
        QCOMPARE(difference(one, two), QString());
        if (one.result) {
            QCOMPARE(one.result->threads, 1);
            QCOMPARE(two.result->threads, 2);
            QVERIFY(one.result->rowsImported > 2000);
            QVERIFY(!one.result->newParties.isEmpty());
            QVERIFY(!one.result->newSources.isEmpty());
            QVERIFY(one.result->aliasesApplied.size() >= 2);
            if (skip)
                QCOMPARE(one.result->errorCount > 0, badPerMille > 0);
        } else {
            QVERIFY(!skip);
            QVERIFY2(one.error.contains(u": line "_qs), qPrintable(one.error));
        }
    }

    // The first bad row stops the import, in whichever half it lies, with its line in the whole file.
    void stopAtFirstBadRow_data()
    {
        QTest::addColumn<double>("firstBadAt"); // fraction of the rows
        QTest::addColumn<double>("secondBadAt");
        QTest::newRow("both halves") << 0.3 << 0.8;
        QTest::newRow("second half only") << 2.0 << 0.8;
        QTest::newRow("first half only") << 0.1 << 2.0;
        QTest::newRow("near the middle") << 0.49 << 0.51;
    }

    void stopAtFirstBadRow()
    {
        QFETCH(double, firstBadAt);
        QFETCH(double, secondBadAt);
        const int rows = 4000;
        QByteArray data = "date,type,place,notes,actor1,actor2,country,deaths,lat,lon,source\n";
        qint64 expectedLine = 0;
        qint64 line = 2;
        for (int i = 0; i < rows; ++i) {
            const bool bad = i == int(firstBadAt * rows) || i == int(secondBadAt * rows);
            if (bad && expectedLine == 0)
                expectedLine = line;
            data += (bad ? "2020-13-01" : "2020-01-01") + QByteArray(",Battles,Place,\"two\nlines\",Actor 1,,Ukraine,1,45,30,Outlet\n");
            line += 2;
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"stop.csv"_qs, data);
        QVERIFY(!path.isEmpty());
        const Outcome one = importFile(path, false, false), two = importFile(path, true, false);
        QCOMPARE(difference(one, two), QString());
        QVERIFY(!two.result);
        QVERIFY2(two.error.contains(u"line %1,"_qs.arg(expectedLine)), qPrintable(two.error));
    }

    // Aliases first met after the middle (one to a party of the dossier, one to a new actor, in that order)
    // are listed as one thread lists them.
    void aliasesFirstMetInTheSecondHalf()
    {
        QByteArray data = "date,type,place,notes,actor1,actor2,country,deaths,lat,lon,source\n";
        for (int i = 0; i < 4000; ++i) {
            const QByteArray actor1 = i < 3000 ? "Actor 1" : i == 3000 ? "Actor 5" : "Actor 2";
            const QByteArray actor2 = i < 3100 ? "" : "Actor-12";
            data += "2020-01-01,Battles,Place,notes," + actor1 + ',' + actor2 + ",Ukraine,1,45,30,Outlet\n";
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"aliases.csv"_qs, data);
        QVERIFY(!path.isEmpty());
        const Outcome one = importFile(path, false, true), two = importFile(path, true, true);
        QCOMPARE(difference(one, two), QString());
        QVERIFY2(two.result, qPrintable(two.error));
        QCOMPARE(two.result->threads, 2);
        QCOMPARE(two.result->aliasesApplied, QStringList({ u"Actor 5 → Ukraine"_qs, u"Actor-12 → Actor 30"_qs }));
    }

    // Rows after the middle that repeat an id of the first half: one thread skips them as twins before it reads
    // their actors or checks their coordinates, so a bad latitude or an actor named only there changes nothing.
    // The helper cannot know the first half's ids: its half is read again after the seam.
    void twinsAcrossTheSeam_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<bool>("skip");
        QTest::newRow("csv") << false << true;
        QTest::newRow("csv, stop mode") << false << false;
        QTest::newRow("json") << true << true;
        QTest::newRow("json, stop mode") << true << false;
    }

    void twinsAcrossTheSeam()
    {
        QFETCH(bool, json);
        QFETCH(bool, skip);
        QByteArray data = json ? "" : "id,date,type,place,notes,actor1,actor2,country,deaths,lat,lon,source\n";
        for (int i = 1; i <= 4000; ++i) {
            const int twinOf = i == 3000 ? 10 : i == 3100 ? 20 : i == 3200 ? 30 : 0;
            const QByteArray id = "E" + QByteArray::number(twinOf ? twinOf : i);
            const QByteArray actor = i == 3100 ? QByteArray("Only On A Twin") : QByteArray("Actor " + QByteArray::number(i % 7));
            const QByteArray lat = i == 3000 ? "95" : "45";
            if (json)
                data += "{\"id\": \"" + id + "\", \"date\": \"2020-01-01\", \"type\": \"Battles\", \"place\": \"Place\", \"actor1\": \""
                    + actor + "\", \"country\": \"Ukraine\", \"lat\": " + lat + ", \"lon\": 30, \"source\": \"Outlet\"}\n";
            else
                data += id + ",2020-01-01,Battles,Place,notes," + actor + ",,Ukraine,1," + lat + ",30,Outlet\n";
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, json ? u"twins.json"_qs : u"twins.csv"_qs, data);
        QVERIFY(!path.isEmpty());
        ColumnMapping m = mapping();
        m.externalId = u"id"_qs;
        const Outcome one = importFile(path, false, skip, 4 << 20, m), two = importFile(path, true, skip, 4 << 20, m);
        QCOMPARE(difference(one, two), QString());
        QVERIFY2(two.result, qPrintable(two.error));
        QCOMPARE(two.result->rowsDuplicate, 3);
        QCOMPARE(two.result->errorCount, 0);
        QCOMPARE(two.result->rowsImported, 3997);
        for (const Party& p : two.result->newParties)
            QVERIFY(p.name != u"Only On A Twin"_qs);
        QCOMPARE(two.result->threads, 1); // read again after the seam
    }

    // A record over the limit is refused with its line whatever the chunk size and the thread that meets it; one
    // just under it is read.
    void recordOverTheLimit_data()
    {
        QTest::addColumn<bool>("json");
        QTest::addColumn<qsizetype>("chunk");
        QTest::newRow("csv, small chunks") << false << qsizetype(700);
        QTest::newRow("csv, one chunk") << false << qsizetype(1 << 20);
        QTest::newRow("json, small chunks") << true << qsizetype(700);
        QTest::newRow("json, one chunk") << true << qsizetype(1 << 20);
    }

    void recordOverTheLimit()
    {
        QFETCH(bool, json);
        QFETCH(qsizetype, chunk);
        QByteArray data = json ? "" : "date,type,place,notes,actor1,actor2,country,deaths,lat,lon,source\n";
        for (int i = 0; i < 4000; ++i) {
            const QByteArray notes = i == 1000 ? QByteArray(1500, 'n') : i == 3000 ? QByteArray(3000, 'x') : QByteArray("short");
            if (json)
                data += "{\"date\": \"2020-01-01\", \"type\": \"Battles\", \"place\": \"Place\", \"notes\": \"" + notes
                    + "\", \"actor1\": \"Actor 1\"}\n";
            else
                data += "2020-01-01,Battles,Place,\"" + notes + "\",Actor 1,,Ukraine,1,45,30,Outlet\n";
        }
        QTemporaryDir dir;
        const QString path = writeFile(dir, json ? u"long.json"_qs : u"long.csv"_qs, data);
        QVERIFY(!path.isEmpty());
        const Outcome one = importFile(path, false, true, chunk, mapping(), 2048),
                      two = importFile(path, true, true, chunk, mapping(), 2048);
        QCOMPARE(difference(one, two), QString());
        QVERIFY(!two.result);
        QCOMPARE(two.error, u"%1: line %2: a record longer than 1 MiB (the limit for one row or event)"_qs.arg(path).arg(json ? 3001 : 3002));
        // Without the long record the file is read, the 1500-byte one included.
        const QString shorter = writeFile(dir, u"shorter"_qs + (json ? u".json"_qs : u".csv"_qs), data.replace(QByteArray(3000, 'x'), "x"));
        const Outcome whole = importFile(shorter, true, true, chunk, mapping(), 2048);
        QVERIFY2(whole.result, qPrintable(whole.error));
        QCOMPARE(whole.result->rowsImported, 4000);
    }

    // A seam inside a quoted field spanning many lines: the quote parity finds the record boundary; when
    // the file is not strict RFC 4180 (stray quotes in unquoted fields) the reading thread reads on alone.
    void seamInsideQuotedField_data()
    {
        QTest::addColumn<bool>("strayQuote");
        QTest::addColumn<bool>("unterminated");
        QTest::newRow("strict") << false << false;
        QTest::newRow("stray quote before the middle") << true << false;
        QTest::newRow("unterminated in the second half") << false << true;
    }

    void seamInsideQuotedField()
    {
        QFETCH(bool, strayQuote);
        QFETCH(bool, unterminated);
        QByteArray data = "date,type,place,notes,actor1,actor2,country,deaths,lat,lon,source\n";
        auto row = [](const QByteArray& notes, const QByteArray& place = "Place") -> QByteArray {
            return "2021-02-03,Protests," + place + ',' + notes + ",Actor 2,,Russia,0,44,31,Outlet 1\n";
        };
        for (int i = 0; i < 300; ++i)
            data += row("short", strayQuote && i == 10 ? "Place 5\" north" : "Place");
        QByteArray longNotes = "\"";
        for (int i = 0; i < 2000; ++i)
            longNotes += "line " + QByteArray::number(i) + ", \"\"quoted\"\"\n";
        longNotes += '"';
        data += row(longNotes); // the middle of the file lies in here
        for (int i = 0; i < 300; ++i)
            data += row(i % 7 == 0 ? "\"a\nb\"" : "plain");
        if (unterminated)
            data += "2021-02-03,Protests,Place,\"never closed,Actor 2,,Russia,0,44,31,Outlet 1\n";
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"seam.csv"_qs, data);
        QVERIFY(!path.isEmpty());
        const Outcome one = importFile(path, false, true, 1024), two = importFile(path, true, true, 1024);
        QCOMPARE(difference(one, two), QString());
        if (unterminated) {
            QVERIFY(!two.result);
            QCOMPARE(two.error, u"%1: line 2646: a quoted field is not closed before the end of the file"_qs.arg(path));
        } else {
            QCOMPARE(two.result->rowsImported, 601);
            QCOMPARE(two.result->threads, strayQuote ? 1 : 2);
        }
    }

    void jsonSameAsOneThread_data()
    {
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<int>("shape");
        QTest::addColumn<int>("badPerMille");
        QTest::addColumn<bool>("skip");
        QTest::addColumn<qsizetype>("chunk");
        const char* const names[] = { "object per line", "pretty", "NDJSON", "one line", "first on the bracket's line" };
        for (int shape = 0; shape < 5; ++shape)
            for (quint32 seed = 1; seed <= 3; ++seed) {
                const QByteArray tag = names[shape] + QByteArray(" seed ") + QByteArray::number(seed) + (seed == 3 ? " bom" : "");
                QTest::newRow(QByteArray(tag + " clean").constData()) << seed << shape << 0 << true << qsizetype(4 << 20);
                QTest::newRow(QByteArray(tag + " skip, small chunks").constData()) << seed << shape << 20 << true << qsizetype(700);
                QTest::newRow(QByteArray(tag + " stop").constData()) << seed << shape << 1 << false << qsizetype(4096);
            }
    }

    void jsonSameAsOneThread()
    {
        QFETCH(quint32, seed);
        QFETCH(int, shape);
        QFETCH(int, badPerMille);
        QFETCH(bool, skip);
        QFETCH(qsizetype, chunk);
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"events.json"_qs, (seed == 3 ? QByteArray("\xEF\xBB\xBF") : QByteArray()) + randomJson(seed, 3000, badPerMille, JsonShape(shape)));
        QVERIFY(!path.isEmpty());
        const Outcome one = importFile(path, false, skip, chunk), two = importFile(path, true, skip, chunk);
        QCOMPARE(difference(one, two), QString());
        if (one.result) {
            QCOMPARE(one.result->format, ImportFormat::Json);
            QCOMPARE(one.result->threads, 1);
            QCOMPARE(two.result->threads, 2);
            QVERIFY(one.result->rowsImported > 2000);
            QVERIFY(!one.result->newParties.isEmpty());
            QVERIFY(!one.result->newSources.isEmpty());
            QVERIFY(one.result->aliasesApplied.size() >= 2);
            QCOMPARE(one.result->errorCount > 0, badPerMille > 0);
        } else {
            QVERIFY(!skip);
            QVERIFY2(one.error.contains(u": line "_qs), qPrintable(one.error));
        }
    }

    // The middle of the file lies among the nested lists of objects of bad rows, written an element per line:
    // the helper's guess is a nested element; the reading thread does not meet it at the top level and reads on
    // alone, with the same result.
    void jsonGuessInsideANestedList()
    {
        QByteArray data = "[\n";
        auto row = [](int i, const QByteArray& notes) -> QByteArray {
            return "{\"date\": \"2021-02-03\", \"type\": \"Protests\", \"place\": \"Place\", \"actor1\": \"Actor "
                + QByteArray::number(i % 9) + "\", \"notes\": " + notes + "},\n";
        };
        for (int i = 0; i < 300; ++i)
            data += row(i, "\"short\"");
        QByteArray nested = "[\n";
        for (int i = 0; i < 3000; ++i)
            nested += "{\"line\": " + QByteArray::number(i) + "},\n";
        nested += "{\"line\": -1}\n]";
        data += row(300, nested); // the middle of the file lies in here
        for (int i = 0; i < 300; ++i)
            data += row(i, "\"plain\"");
        data += "{\"date\": \"2021-02-04\", \"type\": \"Riots\", \"place\": \"Place\", \"actor1\": \"Actor 1\"}\n]\n";
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"nested.json"_qs, data);
        QVERIFY(!path.isEmpty());
        const Outcome one = importFile(path, false, true, 1024), two = importFile(path, true, true, 1024);
        QCOMPARE(difference(one, two), QString());
        QVERIFY2(two.result, qPrintable(two.error));
        QCOMPARE(two.result->rowsImported, 601);
        QCOMPARE(two.result->errorCount, 1); // the row with the list of objects
        QCOMPARE(two.result->errors.value(0).line, 302);
        QCOMPARE(two.result->threads, 1);
    }

    // A syntax error or a truncated file in the helper's half is reported at its line in the whole file.
    void jsonErrorInTheSecondHalf_data()
    {
        QTest::addColumn<QByteArray>("damage");
        QTest::addColumn<QString>("expected");
        QTest::newRow("missing comma") << QByteArray("missing comma")
                                       << u"line 2900: expected ',' or ']' after an event object"_qs;
        QTest::newRow("bad escape") << QByteArray("bad escape") << u"line 2900: bad escape \\q"_qs;
        QTest::newRow("truncated") << QByteArray("truncated")
                                   << u"line 4002: the file ends inside the top-level array (truncated?)"_qs;
        QTest::newRow("bad date, stop mode") << QByteArray("bad date") << u"line 2900, "_qs;
    }

    void jsonErrorInTheSecondHalf()
    {
        QFETCH(QByteArray, damage);
        QFETCH(QString, expected);
        auto file = [](const QByteArray& damage) {
            QByteArray data = "[\n";
            for (int i = 1; i <= 4000; ++i) {
                QByteArray notes = "Report " + QByteArray::number(i);
                if (damage == "bad escape" && i == 2899)
                    notes += "\\q";
                const QByteArray date = damage == "bad date" && i == 2899 ? "2021-02-30" : "2021-02-03";
                data += "{\"date\": \"" + date + "\", \"type\": \"Protests\", \"place\": \"Place\", \"actor1\": \"Actor "
                    + QByteArray::number(i % 9) + "\", \"notes\": \"" + notes + "\"}";
                data += damage == "missing comma" && i == 2898 ? "\n" : ",\n";
            }
            data.chop(2); // the last comma
            data += damage == "truncated" ? "\n" : "\n]\n";
            return data;
        };
        QTemporaryDir dir;
        const QString path = writeFile(dir, u"damaged.json"_qs, file(damage));
        QVERIFY(!path.isEmpty());
        const bool skip = damage != "bad date";
        const Outcome one = importFile(path, false, skip, 2048), two = importFile(path, true, skip, 2048);
        QCOMPARE(difference(one, two), QString());
        QVERIFY(!two.result);
        QVERIFY2(two.error.startsWith(path + u": "_qs + expected), qPrintable(two.error));
        // The damage lies in the helper's half: the same file undamaged is read in two halves.
        const Outcome whole = importFile(writeFile(dir, u"intact.json"_qs, file({})), true, true, 2048);
        QVERIFY2(whole.result, qPrintable(whole.error));
        QCOMPARE(whole.result->threads, 2);
        QCOMPARE(whole.result->rowsImported, 4000);
    }

    void cancelWhileSplit_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("csv") << false;
        QTest::newRow("json") << true;
    }

    void cancelWhileSplit()
    {
        QFETCH(bool, json);
        QTemporaryDir dir;
        const QString path = writeFile(dir, json ? u"cancel.json"_qs : u"cancel.csv"_qs, json ? randomJson(7, 20000, 0, JsonShape::ObjectPerLine) : randomCsv(7, { 20000, 0, false, false }));
        QVERIFY(!path.isEmpty());
        std::atomic_bool cancel = false;
        EventImportOptions o;
        o.chunkSize = 4096;
        o.threads = 2;
        o.parallelMinBytes = 1;
        o.cancel = &cancel;
        qint64 total = 0;
        o.progress = [&](const ImportProgress& p) {
            QVERIFY(p.bytesRead <= p.bytesTotal);
            total = p.bytesTotal;
            if (p.rows > 3000)
                cancel = true;
        };
        const auto cancelled = importEvents(path, mapping(), target(), o);
        QVERIFY(!cancelled.ok());
        QVERIFY2(cancelled.error().message().endsWith(u"import cancelled"_qs), qPrintable(cancelled.error().message()));
        QCOMPARE(total, QFileInfo(path).size());
    }
};

QTEST_APPLESS_MAIN(TestEventImportSplit)
#include "tst_eventimportsplit.moc"
