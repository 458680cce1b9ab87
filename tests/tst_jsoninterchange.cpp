// SPDX-License-Identifier: GPL-3.0-or-later
#include "interchangetestutil.h"
#include "jsoninterchange.h"
#include "jsonreader.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace Entente;
using namespace Entente::TestUtil;

namespace {
QByteArray write(const Dossier& d)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const QString error = writeDossierJson(d, buffer).message();
    if (!error.isEmpty())
        qWarning("%s", qPrintable(error));
    return buffer.data();
}

InterchangeError read(const QByteArray& bytes, Dossier& out)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    return readDossierJson(buffer, out);
}

// A small valid file as the app writes it; the malformed cases below edit one line of it.
const char* const Minimal = R"({
  "format": "entente-dossier",
  "version": 1,
  "name": "T",
  "parties": [
    {"id": "us", "name": "United States"},
    {"id": "ru", "name": "Russia"}
  ],
  "issues": [
    {"id": "nato", "name": "NATO"}
  ],
  "sources": [
    {"id": "s1", "reliability": "C", "credibility": 3}
  ],
  "events": [
    {"id": 1, "start": "2025-12-14", "title": "Talks", "parties": ["us"]},
    {"id": 2, "start": "2025-12-15", "title": "More", "parties": ["ru"], "issues": ["nato"], "sources": ["s1"]}
  ],
  "positions": [
    {"id": 1, "party": "ru", "issue": "nato", "effective": "2025-12-15", "stance": "opposes", "events": [2]}
  ],
  "statuses": [
    {"id": 2, "issue": "nato", "effective": "2025-12-15", "status": "contested", "sources": ["s1"]}
  ]
}
)";

QByteArray edited(const char* from, const QByteArray& to)
{
    QByteArray b(Minimal);
    const auto at = b.indexOf(from);
    if (at < 0)
        qFatal("fixture text not found: %s", from);
    return b.replace(at, qsizetype(qstrlen(from)), to);
}

QByteArray firstLines(int n)
{
    const QList<QByteArray> lines = QByteArray(Minimal).split('\n');
    QByteArray out;
    for (int i = 0; i < n; ++i)
        out += lines[i] + '\n';
    return out;
}
}

class TestJsonInterchange : public QObject {
    Q_OBJECT
private slots:
    void tokenizer_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QString>("expected"); // the string value, or "error: <part of the message>"
        QTest::addColumn<int>("column"); // of the error, 0 to skip
        QTest::newRow("ascii") << QByteArray(R"("plain")") << u"plain"_qs << 0;
        QTest::newRow("escapes") << QByteArray(R"("a\"b\\c\/d\n\r\t")") << u"a\"b\\c/d\n\r\t"_qs << 0;
        // Control characters other than tab and line breaks have no place in a dossier's text (an SVG export of
        // them is ill-formed), escaped or not.
        QTest::newRow("escaped form feed") << QByteArray(R"("a\fb")") << u"error: control character \\f"_qs << 0;
        QTest::newRow("escaped control") << QByteArray(R"("a\u0001b")") << u"error: control character \\u0001"_qs << 0;
        QTest::newRow("utf8") << QByteArray("\"\xc3\xa9\xe2\x82\xac\xf0\x9f\x95\x8a\"") << u"\u00e9\u20ac\U0001F54A"_qs
                              << 0;
        QTest::newRow("u-escape") << QByteArray(R"("\u00e9\u20AC")") << u"\u00e9\u20ac"_qs << 0;
        QTest::newRow("surrogate-pair") << QByteArray(R"("\ud83d\udd4a")") << u"\U0001F54A"_qs << 0;
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbf\"x\"") << u"x"_qs << 0;
        QTest::newRow("lone-high") << QByteArray(R"("\ud83dx")") << u"error: not followed by a low surrogate"_qs << 0;
        QTest::newRow("lone-low") << QByteArray(R"("\udd4a")") << u"error: lone low surrogate"_qs << 0;
        QTest::newRow("bad-escape") << QByteArray(R"("\q")") << u"error: unknown escape \\q"_qs << 0;
        QTest::newRow("short-hex") << QByteArray(R"("\u12")") << u"error: four hexadecimal digits"_qs << 0;
        QTest::newRow("overlong") << QByteArray("\"\xc0\xaf\"") << u"error: cannot start a character"_qs << 2;
        QTest::newRow("overlong-3") << QByteArray("\"\xe0\x80\xaf\"") << u"error: invalid UTF-8 sequence"_qs << 2;
        QTest::newRow("utf8-surrogate") << QByteArray("\"\xed\xa0\x80\"") << u"error: invalid UTF-8 sequence"_qs << 2;
        QTest::newRow("truncated-seq") << QByteArray("\"ab\xe2\x82\"") << u"error: invalid UTF-8 sequence"_qs << 4;
        QTest::newRow("stray-continuation") << QByteArray("\"\xc3\xa9\x80\"") << u"error: byte 0x80"_qs << 3;
        QTest::newRow("control") << QByteArray("\"a\x01\"") << u"error: control character U+0001"_qs << 3;
        QTest::newRow("newline") << QByteArray("\"a\nb\"") << u"error: line break inside a string"_qs << 3;
        QTest::newRow("unterminated") << QByteArray("\"abc") << u"error: unterminated string"_qs << 0;
        QTest::newRow("nul") << QByteArray("\0", 1) << u"error: NUL byte"_qs << 1;
        QTest::newRow("word") << QByteArray("nope") << u"error: unexpected word"_qs << 1;
        QTest::newRow("number") << QByteArray("01") << u"error: malformed number"_qs << 1;
    }
    void tokenizer()
    {
        QFETCH(QByteArray, input);
        QFETCH(QString, expected);
        QFETCH(int, column);
        // The smallest chunk size puts every multi-byte sequence and escape across a refill somewhere.
        for (qsizetype chunk : { 16, 4096 }) {
            QBuffer buffer(&input);
            buffer.open(QIODevice::ReadOnly);
            JsonReader r(buffer, chunk);
            const auto t = r.next();
            if (expected.startsWith(u"error: "_qs)) {
                QCOMPARE(t, JsonReader::Token::Error);
                QVERIFY2(r.errorMessage().contains(expected.mid(7)), qPrintable(r.errorMessage()));
                QCOMPARE(r.line(), 1);
                if (column)
                    QCOMPARE(r.column(), column);
            } else {
                QCOMPARE(t, JsonReader::Token::String);
                QCOMPARE(r.string(), expected);
                QCOMPARE(r.next(), JsonReader::Token::End);
            }
        }
    }

    void tokenizerPositions()
    {
        QByteArray input("{\n  \"k\u00e9\": [1, -2.5e3, true,\n false, null]\n}");
        input = QByteArray("{\n  \"k\xc3\xa9\": [1, -2.5e3, true,\n false, null]\n}");
        QBuffer buffer(&input);
        buffer.open(QIODevice::ReadOnly);
        JsonReader r(buffer, 16);
        using T = JsonReader::Token;
        const std::vector<std::tuple<T, int, int>> expected { { T::BeginObject, 1, 1 }, { T::String, 2, 3 },
            { T::Colon, 2, 7 }, { T::BeginArray, 2, 9 }, { T::Number, 2, 10 }, { T::Comma, 2, 11 },
            { T::Number, 2, 13 }, { T::Comma, 2, 19 }, { T::True, 2, 21 }, { T::Comma, 2, 25 }, { T::False, 3, 2 },
            { T::Comma, 3, 7 }, { T::Null, 3, 9 }, { T::EndArray, 3, 13 }, { T::EndObject, 4, 1 }, { T::End, 4, 2 } };
        for (const auto& [token, line, column] : expected) {
            QCOMPARE(r.next(), token);
            QCOMPARE(r.line(), line);
            QCOMPARE(r.column(), column);
        }
    }

    void roundTrip()
    {
        const Dossier original = everyField();
        const QByteArray first = write(original);
        Dossier copy;
        const auto error = read(first, copy);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(difference(original, copy), QString());
        QCOMPARE(copy.nextChangeId(), original.nextChangeId());
        const QByteArray second = write(copy);
        QCOMPARE(second, first);
        // Pinned details of the layout: key order, one element per line, empty optional fields omitted.
        QVERIFY(first.startsWith("{\n  \"format\": \"entente-dossier\",\n  \"version\": 4,\n  \"name\": "));
        // Capabilities after the statuses, by id; the general one has no issue; values as the shortest exact text.
        QVERIFY2(first.contains("\n  \"capabilities\": [\n    {\"id\": 10, \"party\": \"us\", \"effective\": "
                                "\"2025-12-14\", \"value\": 87.125, \"confidence\": \"low\", "),
            first.constData());
        QVERIFY(first.contains("{\"id\": 11, \"party\": \"us\", \"issue\": \"nato\", \"effective\": \"2025-12-15\", "
                               "\"value\": 0.1, "));
        // Notes and views come last, one per line; a key judgement's evidence is written as claims.
        QVERIFY(first.contains("\n  \"notes\": [\n    {\"id\": \"n-date\", \"target\": \"date\", \"date\": \"2025-12-15\", "
                               "\"text\": \"Note on the date: \\\"quoted\\\",\\nsecond line"));
        QVERIFY(first.contains("\"recordedAt\": \"2025-12-16T09:00:00.123Z\", \"confidence\": \"high\", \"evidence\": "
                               "[{\"source\": \"presstv\", \"credibility\": 3, \"claimant\": \"an unnamed US official\", "
                               "\"quote\": \"“progress”\"}, {\"source\": \"bare\", \"credibility\": 6}]}"));
        QVERIFY(first.contains("{\"id\": \"n-event\", \"target\": \"event\", \"event\": 3, "));
        QVERIFY(first.contains("\n    {\"id\": \"v-bare\", \"name\": \"Bare\", \"asOf\": \"2025-12-15T00:00:00Z\"}\n  ]\n}\n"));
        // A view's forecast scenario is its last key, one object; the overrides by party id, exact values.
        QVERIFY2(first.contains(
                     "\"chartPeriod\": \"week\", \"scenario\": {\"issue\": \"nato\", \"model\": \"smp\", "
                     "\"rounds\": 25, \"pce\": \"markov\", \"overrides\": [{\"party\": \"de\", \"capability\": 3}, "
                     "{\"party\": \"us\", \"position\": -1.25, \"salience\": 12.5, \"capability\": 0.1}]}}"),
            first.constData());
        // Claims follow the sources they grade, on the same line; empty claimant and quote are omitted.
        QVERIFY(first.contains("\"sources\": [\"presstv\"], \"claims\": [{\"source\": \"presstv\", \"credibility\": 4, "
                               "\"claimant\": \"an unnamed \\\"senior\\\" official\", \"quote\": \"Ninety per cent\\tagreed\"}]}"));
        QVERIFY(first.contains("\"claims\": [{\"source\": \"presstv\", \"credibility\": 2, \"claimant\": \"Kremlin spokesman\"}], "
                               "\"recordedAt\""));
        QVERIFY(
            first.contains("\n    {\"id\": 2, \"start\": \"2025-12-14\", \"title\": \"Arrival\", \"description\": "));
        QVERIFY(first.contains("\"recordedAt\": \"2025-12-16T09:00:00.123Z\""));
        // Control characters are neither written nor read (issue 17): a name with one is written without it.
        Dossier bell = original;
        bell.name = u"Bell\u0001name"_qs;
        QVERIFY(write(bell).contains("\"name\": \"Bellname\""));
        QVERIFY(first.contains("\xf0\x9f\x95\x8a")); // non-ASCII is written as UTF-8, not escaped
        QVERIFY(!first.contains("\"shortName\": \"\""));
    }

    // An external id (EventStore::idTag) is written as the tag it is, in its place, and read back apart.
    void externalIdRoundTrip()
    {
        Dossier original = everyField();
        Event e;
        e.id = 900;
        e.start = PartialDate::fromYmd(2025, 12, 20);
        e.title = u"Imported"_qs;
        e.tags = { u"talks"_qs, u"acled-id=UKR1"_qs, u"geo=1,2"_qs };
        QVERIFY(original.insertEvent(e).ok());
        const QByteArray bytes = write(original);
        QVERIFY(bytes.contains("\"talks\", \"acled-id=UKR1\", \"geo=1,2\""));
        Dossier copy;
        const auto error = read(bytes, copy);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(difference(original, copy), QString());
        const EventStore& ev = copy.events();
        QCOMPARE(ev.event(ev.rowOfId(900)).tags, e.tags);
        QCOMPARE(ev.idTag(ev.rowOfId(900)), u"acled-id=UKR1");
        QCOMPARE(ev.symbolOf(u"acled-id=UKR1"_qs), Dictionary::None);
    }

    void emptyDossierRoundTrip()
    {
        const QByteArray bytes = write(Dossier());
        QVERIFY(bytes.contains("\"events\": [],\n"));
        Dossier d = everyField();
        const auto error = read(bytes, d); // replaces a full dossier
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(difference(d, Dossier()), QString());
        QCOMPARE(write(d), bytes);
    }

    void goldenFile()
    {
        // A file the app wrote: reading and writing it again must give the same bytes.
        QFile file(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/interchange/every-field.json"));
        if (qEnvironmentVariableIsSet("ENTENTE_UPDATE_FIXTURES")) { // after a deliberate format change
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(write(everyField()));
            file.close();
        }
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray golden = file.readAll();
        Dossier d;
        const auto error = read(golden, d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(write(d), golden);
        QCOMPARE(difference(d, everyField()), QString());
    }

    void versionOneFile()
    {
        // A file written before claims (version 1) still reads: every citation keeps its source's own grade, and
        // written again it becomes version 4 with nothing else changed.
        QFile file(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/interchange/every-field-v1.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray v1 = file.readAll();
        Dossier d;
        const auto error = read(v1, d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(d.events().allClaims().isEmpty());
        for (const auto& c : d.positionChanges())
            QVERIFY(c.claims.isEmpty());
        QByteArray rewritten = write(d);
        QVERIFY(rewritten.startsWith("{\n  \"format\": \"entente-dossier\",\n  \"version\": 4,"));
        rewritten.replace("\"version\": 4,", "\"version\": 1,");
        QCOMPARE(rewritten, v1);
    }

    void versionTwoFile()
    {
        // A file written before notes and saved views (version 2) reads with its claims, has no notes or views,
        // and written again it becomes version 4 with nothing else changed.
        QFile file(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/interchange/every-field-v2.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray v2 = file.readAll();
        Dossier d;
        const auto error = read(v2, d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(!d.events().allClaims().isEmpty());
        QVERIFY(d.notes().isEmpty());
        QVERIFY(d.savedViews().isEmpty());
        QByteArray rewritten = write(d);
        QVERIFY(rewritten.startsWith("{\n  \"format\": \"entente-dossier\",\n  \"version\": 4,"));
        rewritten.replace("\"version\": 4,", "\"version\": 2,");
        QCOMPARE(rewritten, v2);
    }

    void versionThreeFile()
    {
        // A file written before capabilities (version 3) reads with its notes and views, has no capabilities, and
        // written again it becomes version 4 with nothing else changed.
        QFile file(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/interchange/every-field-v3.json"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray v3 = file.readAll();
        Dossier d;
        const auto error = read(v3, d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(!d.notes().isEmpty());
        QVERIFY(d.capabilityChanges().empty());
        QByteArray rewritten = write(d);
        QVERIFY(rewritten.startsWith("{\n  \"format\": \"entente-dossier\",\n  \"version\": 4,"));
        QVERIFY(!rewritten.contains("capabilities"));
        rewritten.replace("\"version\": 4,", "\"version\": 3,");
        QCOMPARE(rewritten, v3);
    }

    void badCapabilities_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("negative") << QByteArray(R"("capabilities": [{"id": 1, "party": "us", "effective": "2025-12-15", "value": -2.5}])")
                                  << u"capabilities[0].value"_qs << u"-2.5 is negative"_qs;
        QTest::newRow("not-a-number") << QByteArray(R"("capabilities": [{"id": 1, "party": "us", "effective": "2025-12-15", "value": "high"}])")
                                      << u"capabilities[0].value"_qs << u"a number"_qs;
        QTest::newRow("no-value") << QByteArray(R"("capabilities": [{"id": 1, "party": "us", "effective": "2025-12-15"}])")
                                  << u"capabilities[0].value"_qs << u"is missing"_qs;
        QTest::newRow("unknown-party") << QByteArray(R"("capabilities": [{"id": 1, "party": "zz", "effective": "2025-12-15", "value": 1}])")
                                       << u"capabilities[0].party"_qs << u"unknown party \"zz\""_qs;
        QTest::newRow("unknown-issue") << QByteArray(R"("capabilities": [{"id": 1, "party": "us", "issue": "zz", "effective": "2025-12-15", "value": 1}])")
                                       << u"capabilities[0].issue"_qs << u"unknown issue \"zz\""_qs;
        QTest::newRow("unknown-source") << QByteArray(R"("capabilities": [{"id": 1, "party": "us", "effective": "2025-12-15", "value": 1, "sources": ["zz"]}])")
                                        << u"capabilities[0].sources"_qs << u"unknown source \"zz\""_qs;
        QTest::newRow("duplicate") << QByteArray(R"("capabilities": [{"id": 1, "party": "us", "effective": "2025-12-15", "value": 1}, {"id": 1, "party": "us", "effective": "2025-12-16", "value": 2}])")
                                   << u"capabilities[1].id"_qs << u"duplicate capability change id 1"_qs;
    }

    void badAxis_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("decreasing") << QByteArray(R"("axis": [{"value": 10, "label": "a"}, {"value": 5, "label": "b"}]}], "positions": [])")
                                    << u"issues[0].axis"_qs << u"anchor values must increase: 5 (\"b\") comes after 10 (\"a\")"_qs;
        QTest::newRow("one-anchor") << QByteArray(R"("axis": [{"value": 10, "label": "a"}]}], "positions": [])")
                                    << u"issues[0].axis"_qs << u"at least two anchors"_qs;
        QTest::newRow("no-label") << QByteArray(R"("axis": [{"value": 10}, {"value": 50, "label": "b"}]}], "positions": [])")
                                  << u"issues[0].axis[0].label"_qs << u"is missing"_qs;
        QTest::newRow("value-off") << QByteArray(R"("axis": [{"value": 0, "label": "a"}, {"value": 10, "label": "b"}]}],
"positions": [{"id": 1, "party": "us", "issue": "t", "effective": "2025-12-15", "stance": "opposes", "axisValue": 11}])")
                                   << u"positions[0]"_qs << u"the value 11 is off the axis of \"t\" (0 to 10)"_qs;
        QTest::newRow("value-no-axis") << QByteArray(R"("axis": []}],
"positions": [{"id": 1, "party": "us", "issue": "t", "effective": "2025-12-15", "stance": "opposes", "axisValue": 1}])")
                                       << u"positions[0]"_qs << u"no axis of its own"_qs;
    }

    void badAxis()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QByteArray input = R"({"format": "entente-dossier", "version": 4, "name": "N",
"parties": [{"id": "us", "name": "US"}], "sources": [], "events": [],
"issues": [{"id": "t", "name": "Territory", )" + tail + "}";
        Dossier d = everyField();
        const auto error = read(input, d);
        QVERIFY(error.isError());
        QVERIFY2(error.field.startsWith(field), qPrintable(error.toString()));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(difference(d, everyField()), QString());
    }

    void badCapabilities()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QByteArray input = R"({"format": "entente-dossier", "version": 4, "name": "N",
"parties": [{"id": "us", "name": "US"}], "issues": [{"id": "nato", "name": "NATO"}], "sources": [{"id": "s"}],
"events": [{"id": 1, "start": "2025-12-15", "title": "E"}],
)" + tail + "}";
        Dossier d = everyField();
        const auto error = read(input, d);
        QVERIFY(error.isError());
        QVERIFY2(error.field.startsWith(field), qPrintable(error.toString()));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(difference(d, everyField()), QString());
    }

    void badNotesAndViews_data()
    {
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown-target") << QByteArray(R"("notes": [{"id": "a", "target": "nowhere", "text": "x"}])")
                                        << u"notes[0].target"_qs << u"unknown target \"nowhere\""_qs;
        QTest::newRow("no-text") << QByteArray(R"("notes": [{"id": "a", "target": "issue", "issue": "nato"}])")
                                 << u"notes[0].text"_qs << u"is missing"_qs;
        QTest::newRow("unknown-party") << QByteArray(R"("notes": [{"id": "a", "target": "cell", "party": "zz", "issue": "nato", "text": "x"}])")
                                       << u"notes[0]"_qs << u"unknown party \"zz\""_qs;
        QTest::newRow("unknown-event") << QByteArray(R"("notes": [{"id": "a", "target": "event", "event": 99, "text": "x"}])")
                                       << u"notes[0]"_qs << u"unknown event 99"_qs;
        QTest::newRow("evidence-no-confidence")
            << QByteArray(R"("notes": [{"id": "a", "target": "issue", "issue": "nato", "text": "x", "evidence": [{"source": "s", "credibility": 2}]}])")
            << u"notes[0]"_qs << u"not a key judgement"_qs;
        QTest::newRow("bad-confidence") << QByteArray(R"("notes": [{"id": "a", "target": "issue", "issue": "nato", "text": "x", "confidence": "total"}])")
                                        << u"notes[0].confidence"_qs << u"unknown confidence"_qs;
        QTest::newRow("duplicate-note") << QByteArray(R"("notes": [{"id": "a", "target": "issue", "issue": "nato", "text": "x"}, {"id": "a", "target": "issue", "issue": "nato", "text": "y"}])")
                                        << u"notes[1].id"_qs << u"duplicate"_qs;
        QTest::newRow("view-no-asof") << QByteArray(R"("views": [{"id": "v", "name": "V"}])") << u"views[0].asOf"_qs
                                      << u"is missing"_qs;
        QTest::newRow("view-same-name")
            << QByteArray(R"("views": [{"id": "v", "name": "V", "asOf": "2025-12-15T00:00:00Z"}, {"id": "w", "name": "v", "asOf": "2025-12-15T00:00:00Z"}])")
            << u"views[1]"_qs << u"exists already"_qs;
        QTest::newRow("view-lanes") << QByteArray(R"("views": [{"id": "v", "name": "V", "asOf": "2025-12-15T00:00:00Z", "lanes": "spiral"}])")
                                    << u"views[0]"_qs << u"spiral"_qs;
        QTest::newRow("view-date") << QByteArray(R"("views": [{"id": "v", "name": "V", "asOf": "yesterday"}])")
                                   << u"views[0].asOf"_qs << u"not a timestamp"_qs;
        // A saved scenario names parties and an issue of the dossier, a model the forecast knows, sane values.
        auto scenario = [](const char* json) -> QByteArray {
            return QByteArray(
                       R"("views": [{"id": "v", "name": "What if", "asOf": "2025-12-15T00:00:00Z", "scenario": )")
                + json + "}]";
        };
        QTest::newRow("scenario-party")
            << scenario(R"({"issue": "nato", "model": "mean", "overrides": [{"party": "zz", "salience": 10}]})")
            << u"views[0]"_qs << u"view \"What if\": the scenario changes party \"zz\", which is not in the dossier"_qs;
        QTest::newRow("scenario-issue") << scenario(R"({"issue": "moon", "model": "mean", "overrides": []})")
                                        << u"views[0]"_qs << u"the scenario's issue \"moon\" is not in the dossier"_qs;
        QTest::newRow("scenario-model") << scenario(R"({"issue": "nato", "model": "oracle"})") << u"views[0]"_qs
                                        << u"view \"What if\": scenario: unknown model \"oracle\""_qs;
        QTest::newRow("scenario-no-issue")
            << scenario(R"({"model": "mean"})") << u"views[0].scenario.issue"_qs << u"is missing"_qs;
        QTest::newRow("scenario-rounds") << scenario(R"({"issue": "nato", "model": "eu", "rounds": 0})")
                                         << u"views[0].scenario.rounds"_qs << u"out of range"_qs;
        QTest::newRow("scenario-no-party")
            << scenario(R"({"issue": "nato", "model": "mean", "overrides": [{"salience": 10}]})")
            << u"views[0].scenario.overrides[0].party"_qs << u"is missing"_qs;
        QTest::newRow("scenario-twice") << scenario(
            R"({"issue": "nato", "model": "mean", "overrides": [{"party": "us", "salience": 10}, {"party": "us", "capability": 1}]})")
                                        << u"views[0].scenario.overrides[1]"_qs
                                        << u"a second override of party \"us\""_qs;
        QTest::newRow("scenario-salience")
            << scenario(R"({"issue": "nato", "model": "mean", "overrides": [{"party": "us", "salience": 120}]})")
            << u"views[0]"_qs << u"party \"us\": salience 120 is outside 0–100"_qs;
        QTest::newRow("scenario-empty-override")
            << scenario(R"({"issue": "nato", "model": "mean", "overrides": [{"party": "us"}]})") << u"views[0]"_qs
            << u"the override of party \"us\" changes nothing"_qs;
        QTest::newRow("scenario-position")
            << scenario(R"({"issue": "nato", "model": "mean", "overrides": [{"party": "us", "position": "high"}]})")
            << u"views[0].scenario.overrides[0].position"_qs << u"expected a number"_qs;
    }

    void badNotesAndViews()
    {
        QFETCH(QByteArray, tail);
        QFETCH(QString, field);
        QFETCH(QString, message);
        const QByteArray input = R"({"format": "entente-dossier", "version": 3, "name": "N",
"parties": [{"id": "us", "name": "US"}], "issues": [{"id": "nato", "name": "NATO"}], "sources": [{"id": "s"}],
"events": [{"id": 1, "start": "2025-12-15", "title": "E"}],
)" + tail + "}";
        Dossier d = everyField();
        const auto error = read(input, d);
        QVERIFY(error.isError());
        QVERIFY2(error.field.startsWith(field), qPrintable(error.toString()));
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(difference(d, everyField()), QString()); // all or nothing: the dossier is as it was
    }

    void sampleDossier()
    {
        // The bundled sample is hand-formatted (one key per line): it must read; written back it takes the
        // app's layout, which must then be stable.
        Dossier d;
        const auto error
            = readDossierJsonFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"), d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(d.parties().size() >= 6);
        QVERIFY(d.events().size() >= 3);
        const QByteArray once = write(d);
        Dossier again;
        QVERIFY(!read(once, again).isError());
        QCOMPARE(difference(d, again), QString());
        QCOMPARE(write(again), once);
    }

    void readsMinimal()
    {
        Dossier d;
        const auto error = read(Minimal, d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(d.parties().size(), 2);
        QCOMPARE(d.events().size(), 2);
        QCOMPARE(d.stanceScale(), defaultStanceScale()); // absent scales default
        QCOMPARE(d.positionAsOf(1, 0, TestUtil::date("2026").msecs)->stance, u"opposes"_qs);
        QCOMPARE(d.statusAsOf(0, TestUtil::date("2026").msecs)->status, u"contested"_qs);
    }

    void endPeriodMayContainStart()
    {
        // "from 10:30 until some time that day": the end's period contains the start, which is fine.
        Dossier d;
        const auto error
            = read(edited("\"start\": \"2025-12-14\"", "\"start\": \"2025-12-14T10:30Z\", \"end\": \"2025-12-14\""), d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(d.events().endDate(0), TestUtil::date("2025-12-14"));
    }

    void unknownKeysIgnored()
    {
        Dossier d;
        const auto error
            = read(edited("\"name\": \"T\",", R"("name": "T", "future": {"a": [1, {"b": null}], "c": "d"},)"), d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(d.name, u"T"_qs);
    }

    void malformed_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message"); // a part of it
        QTest::newRow("empty") << QByteArray() << 1 << QString() << u"the file is empty"_qs;
        QTest::newRow("blank") << QByteArray("  \n\n") << 1 << QString() << u"the file is empty"_qs;
        QTest::newRow("not-json") << QByteArray("name,start\nx,2025\n") << 1 << QString() << u"unexpected word"_qs;
        QTest::newRow("not-json-2") << QByteArray("hello") << 1 << QString() << u"unexpected character 'h'"_qs;
        QTest::newRow("array") << QByteArray("[1, 2]") << 1 << QString() << u"expected a JSON object"_qs;
        QTest::newRow("truncated") << firstLines(16) << 17 << u"events[1]"_qs << u"found the end of the file"_qs;
        QTest::newRow("truncated-in-string") << QByteArray(Minimal).left(QByteArray(Minimal).indexOf("Talks") + 2) << 16
                                             << u"events[0].title"_qs << u"unterminated string"_qs;
        QTest::newRow("trailing-garbage") << QByteArray(Minimal) + "x" << 26 << QString() << u"unexpected character"_qs;
        QTest::newRow("wrong-format") << edited("\"entente-dossier\"", "\"other\"") << 2 << u"format"_qs
                                      << u"is not \"entente-dossier\""_qs;
        QTest::newRow("no-format") << edited("  \"format\": \"entente-dossier\",\n", "") << 1 << u"format"_qs
                                   << u"is missing"_qs;
        QTest::newRow("newer-version") << edited("\"version\": 1", "\"version\": 5") << 3 << u"version"_qs
                                       << u"version 5 is newer"_qs;
        QTest::newRow("claim-source-not-cited")
            << edited("\"sources\": [\"s1\"]}", "\"sources\": [\"s1\"], \"claims\": [{\"source\": \"s2\", \"credibility\": 3}]}")
            << 17 << u"events[1].claims"_qs << u"source \"s2\", which is not cited"_qs;
        QTest::newRow("claim-credibility")
            << edited("\"sources\": [\"s1\"]}", "\"sources\": [\"s1\"], \"claims\": [{\"source\": \"s1\", \"credibility\": 7}]}")
            << 17 << u"events[1].claims[0].credibility"_qs << u"7 is out of range (1 to 6)"_qs;
        QTest::newRow("claim-no-credibility")
            << edited("\"sources\": [\"s1\"]}", "\"sources\": [\"s1\"], \"claims\": [{\"source\": \"s1\"}]}") << 17
            << u"events[1].claims[0].credibility"_qs << u"is missing"_qs;
        QTest::newRow("status-claim-twice")
            << edited("\"status\": \"contested\", \"sources\": [\"s1\"]",
                   "\"status\": \"contested\", \"sources\": [\"s1\"], \"claims\": [{\"source\": \"s1\", \"credibility\": 2}, "
                   "{\"source\": \"s1\", \"credibility\": 3}]")
            << 23 << u"statuses[0].claims"_qs << u"two claims name the source \"s1\""_qs;
        QTest::newRow("version-string") << edited("\"version\": 1", "\"version\": \"1\"") << 3 << u"version"_qs
                                        << u"expected an integer"_qs;
        QTest::newRow("duplicate-party") << edited("\"id\": \"ru\"", "\"id\": \"us\"") << 7 << u"parties[1].id"_qs
                                         << u"duplicate party id \"us\""_qs;
        QTest::newRow("duplicate-event") << edited("{\"id\": 2,", "{\"id\": 1,") << 17 << u"events[1].id"_qs
                                         << u"duplicate event id 1 (first at line 16)"_qs;
        QTest::newRow("unknown-party-event")
            << edited("[\"ru\"]", "[\"xx\"]") << 17 << u"events[1].parties[0]"_qs << u"unknown party \"xx\""_qs;
        QTest::newRow("unknown-party-position") << edited("\"party\": \"ru\"", "\"party\": \"zz\"") << 20
                                                << u"positions[0].party"_qs << u"unknown party \"zz\""_qs;
        QTest::newRow("unknown-cited-event") << edited("\"events\": [2]", "\"events\": [99]") << 20
                                             << u"positions[0].events"_qs << u"unknown event 99"_qs;
        QTest::newRow("unknown-status-source") << edited(
            "\"status\": \"contested\", \"sources\": [\"s1\"]", "\"status\": \"contested\", \"sources\": [\"s9\"]")
                                               << 23 << u"statuses[0].sources"_qs << u"unknown source \"s9\""_qs;
        QTest::newRow("bad-date") << edited(
            "\"2025-12-15\", \"title\": \"More\"", "\"2025-13-40\", \"title\": \"More\"")
                                  << 17 << u"events[1].start"_qs << u"month 13 out of range"_qs;
        QTest::newRow("bad-day") << edited("\"2025-12-15\", \"title\": \"More\"", "\"2025-02-30\", \"title\": \"More\"")
                                 << 17 << u"events[1].start"_qs << u"day 30 out of range"_qs;
        QTest::newRow("end-before-start")
            << edited("\"title\": \"Talks\"", "\"end\": \"2025-12-01\", \"title\": \"Talks\"") << 16
            << u"events[0].end"_qs << u"before the start"_qs;
        QTest::newRow("missing-title") << edited("\"title\": \"Talks\", ", "") << 16 << u"events[0].title"_qs
                                       << u"is missing"_qs;
        QTest::newRow("bad-stance") << edited("\"opposes\"", "\"hates\"") << 20 << u"positions[0].stance"_qs
                                    << u"unknown stance \"hates\""_qs;
        QTest::newRow("bad-status") << edited("\"contested\"", "\"stuck\"") << 23 << u"statuses[0].status"_qs
                                    << u"unknown status \"stuck\""_qs;
        QTest::newRow("invalid-utf8") << edited("\"name\": \"T\"", "\"name\": \"T\xff\"") << 4 << u"name"_qs
                                      << u"invalid UTF-8"_qs;
        QTest::newRow("invalid-utf8-deep") << edited("\"title\": \"More\"", "\"title\": \"M\xc3\x28re\"") << 17
                                           << u"events[1].title"_qs << u"invalid UTF-8"_qs;
        QTest::newRow("reliability") << edited("\"reliability\": \"C\"", "\"reliability\": \"Z\"") << 13
                                     << u"sources[0].reliability"_qs << u"reliability \"Z\" is not a letter A to F"_qs;
        QTest::newRow("credibility") << edited("\"credibility\": 3", "\"credibility\": 7") << 13
                                     << u"sources[0].credibility"_qs << u"7 is out of range (1 to 6)"_qs;
        QTest::newRow("salience") << edited("\"stance\": \"opposes\"", "\"stance\": \"opposes\", \"salience\": 101")
                                  << 20 << u"positions[0].salience"_qs << u"out of range (0 to 100)"_qs;
        QTest::newRow("bad-kind") << edited("\"name\": \"Russia\"", "\"name\": \"Russia\", \"kind\": \"empire\"") << 7
                                  << u"parties[1].kind"_qs << u"unknown kind \"empire\""_qs;
        QTest::newRow("unknown-bloc") << edited("\"name\": \"Russia\"", "\"name\": \"Russia\", \"parent\": \"csto\"")
                                      << 7 << u"parties[1].parent"_qs << u"unknown party \"csto\""_qs;
        QTest::newRow("bloc-loop") << edited("\"name\": \"Russia\"", "\"name\": \"Russia\", \"parent\": \"us\"")
                                          .replace("\"name\": \"United States\"",
                                              "\"name\": \"United States\", \"parent\": \"ru\"")
                                   << 6 << u"parties[0].parent"_qs << u"loops"_qs;
        QTest::newRow("missing-comma") << edited("\"version\": 1,", "\"version\": 1") << 4 << QString()
                                       << u"expected ',' or '}'"_qs;
        QTest::newRow("wrong-type") << edited("\"parties\": [", "\"parties\": {") << 5 << u"parties"_qs
                                    << u"expected an array"_qs;
        QTest::newRow("nul-byte") << edited("\"T\"", QByteArray("\"T\"\0", 4)) << 4 << QString() << u"NUL byte"_qs;
    }
    void malformed()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Dossier d = everyField();
        const QByteArray before = write(d);
        const auto error = read(input, d);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.field, field);
        QCOMPARE(error.line, line);
        QVERIFY(error.toString().startsWith(u"line %1"_qs.arg(line)));
        QCOMPARE(write(d), before); // all-or-nothing: the dossier is exactly as it was
    }

    void errorText()
    {
        const InterchangeError e { 12, 5, u"events[3].start"_qs, u"month 13 out of range"_qs };
        QCOMPARE(e.toString(), u"line 12, events[3].start: month 13 out of range"_qs);
        QCOMPARE(InterchangeError {}.toString(), QString());
        QVERIFY(!InterchangeError {}.isError());
    }

    void deferredReferences()
    {
        // Events before the tables they name: checked once the whole file is read, still located.
        const QByteArray input = R"({"format": "entente-dossier", "version": 1,
"events": [
  {"id": 1, "start": "2025", "title": "a", "parties": ["us"]},
  {"id": 2, "start": "2025", "title": "b", "issues": ["eu"]}
],
"parties": [{"id": "us", "name": "US"}], "issues": [{"id": "nato", "name": "NATO"}]}
)";
        Dossier d;
        const auto error = read(input, d);
        QCOMPARE(error.toString(), u"line 4, events[1].issues: unknown issue \"eu\""_qs);
        QVERIFY(d.events().isEmpty());
    }

    void hugeSparseFile_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QString>("message");
        QTest::newRow("zeros") << QByteArray() << u"NUL byte"_qs;
        QTest::newRow("zeros-in-string") << QByteArray("{\"format\": \"entente-dossier\", \"name\": \"")
                                         << u"NUL byte"_qs;
    }
    void hugeSparseFile()
    {
        QFETCH(QByteArray, head);
        QFETCH(QString, message);
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString path = dir.filePath(u"huge.json"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(head), head.size());
            QVERIFY(f.resize(qint64(1) << 30)); // sparse: 1 GiB of zero bytes that never touch the disk
        }
        QCOMPARE(QFileInfo(path).size(), qint64(1) << 30);
        Dossier d;
        QElapsedTimer timer;
        timer.start();
        const auto error = readDossierJsonFile(path, d);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(error.line, 1);
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
    }

    void writeFileKeepsOldOnFailure()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.json"_qs);
        const Status wroteFirst = writeDossierJsonFile(everyField(), path);
        QVERIFY2(wroteFirst.ok(), qPrintable(wroteFirst.message()));
        Dossier back;
        QVERIFY(!readDossierJsonFile(path, back).isError());
        QCOMPARE(difference(back, everyField()), QString());
        // A path in a folder that does not exist cannot be written; the error says so.
        const Status missing = writeDossierJsonFile(everyField(), dir.filePath(u"missing/out.json"_qs));
        QVERIFY(!missing.ok());
        QVERIFY(missing.message().contains(u"missing/out.json"_qs));
        // A write that fails half-way (the file-size limit applies even to root): the old file stays as it was.
        const QByteArray before = [&] {
            QFile f(path);
            return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
        }();
        QVERIFY(before.size() > 2000);
        Dossier bigger = everyField();
        bigger.description = QString(100000, u'x');
        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 4096;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const Status wrote = writeDossierJsonFile(bigger, path);
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY(!wrote.ok());
        QVERIFY2(wrote.message().contains(u"out.json"_qs), qPrintable(wrote.message()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }

    void writeErrorReported()
    {
        // A device that refuses every write.
        class Full : public QIODevice {
        protected:
            qint64 readData(char*, qint64) override { return -1; }
            qint64 writeData(const char*, qint64) override
            {
                setErrorString(u"device full"_qs);
                return -1;
            }
        } full;
        full.open(QIODevice::WriteOnly);
        QCOMPARE(writeDossierJson(everyField(), full).message(), u"write error: device full"_qs);
    }
};

QTEST_APPLESS_MAIN(TestJsonInterchange)
#include "tst_jsoninterchange.moc"
