// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvinterchange.h"
#include "csvreader.h"
#include "interchangetestutil.h"
#include "jsoninterchange.h"

#include <QBuffer>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Entente::TestUtil;

namespace {
QByteArray snapshot(const Dossier& d)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    if (const auto e = writeDossierJson(d, b); !e.ok())
        qFatal("%s", qPrintable(e.message()));
    return b.data();
}

InterchangeError import(const QByteArray& csv, Dossier& d, CsvImportOptions options = {}, qsizetype* count = nullptr)
{
    QBuffer b;
    b.setData(csv);
    b.open(QIODevice::ReadOnly);
    return importEventsCsv(b, d, options, count);
}

QByteArray exported(const Dossier& d)
{
    QBuffer b;
    b.open(QIODevice::WriteOnly);
    if (const auto e = exportEventsCsv(d, b); !e.isEmpty())
        qFatal("%s", qPrintable(e));
    return b.data();
}

// Parties us, ru; issue nato; source s1 with a URL; one event (id 100).
Dossier base()
{
    Dossier d;
    must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs }));
    must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs }));
    must(d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs }));
    Source s;
    s.id = u"s1"_qs;
    s.url = u"https://example.org/one"_qs;
    must(d.insertSource(-1, s));
    Event e;
    e.id = 100;
    e.start = date("2025-01-01");
    e.title = u"Existing"_qs;
    must(d.insertEvent(e));
    return d;
}
}

class TestCsv : public QObject {
    Q_OBJECT
private slots:
    void records_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<QList<QStringList>>("records");
        QTest::addColumn<QList<int>>("lines");
        using R = QList<QStringList>;
        QTest::newRow("simple") << QByteArray("a,b\n1,2\n") << R { { u"a"_qs, u"b"_qs }, { u"1"_qs, u"2"_qs } }
                                << QList<int> { 1, 2 };
        QTest::newRow("no-final-newline")
            << QByteArray("a,b\n1,2") << R { { u"a"_qs, u"b"_qs }, { u"1"_qs, u"2"_qs } } << QList<int> { 1, 2 };
        QTest::newRow("crlf") << QByteArray("a,b\r\n1,2\r\n") << R { { u"a"_qs, u"b"_qs }, { u"1"_qs, u"2"_qs } }
                              << QList<int> { 1, 2 };
        QTest::newRow("lone-cr") << QByteArray("a,b\r1,2") << R { { u"a"_qs, u"b"_qs }, { u"1"_qs, u"2"_qs } }
                                 << QList<int> { 1, 2 };
        QTest::newRow("empty-fields") << QByteArray(",,\n") << R { { u""_qs, u""_qs, u""_qs } } << QList<int> { 1 };
        QTest::newRow("last-field-empty") << QByteArray("a,\n") << R { { u"a"_qs, u""_qs } } << QList<int> { 1 };
        QTest::newRow("empty-quoted") << QByteArray("\"\",x") << R { { u""_qs, u"x"_qs } } << QList<int> { 1 };
        QTest::newRow("quoted-comma") << QByteArray("\"a,b\",c") << R { { u"a,b"_qs, u"c"_qs } } << QList<int> { 1 };
        QTest::newRow("doubled-quotes") << QByteArray("\"say \"\"hi\"\"\",\"\"\"\"")
                                        << R { { u"say \"hi\""_qs, u"\""_qs } } << QList<int> { 1 };
        QTest::newRow("quoted-newline") << QByteArray("\"l1\nl2\",x\nnext\n")
                                        << R { { u"l1\nl2"_qs, u"x"_qs }, { u"next"_qs } } << QList<int> { 1, 3 };
        QTest::newRow("quoted-crlf") << QByteArray("\"l1\r\nl2\"\r\nz\r\n") << R { { u"l1\r\nl2"_qs }, { u"z"_qs } }
                                     << QList<int> { 1, 3 };
        QTest::newRow("bom") << QByteArray("\xef\xbb\xbfid,title\n") << R { { u"id"_qs, u"title"_qs } }
                             << QList<int> { 1 };
        QTest::newRow("utf8") << QByteArray("\xc3\xa9,\xe2\x82\xac,\xf0\x9f\x95\x8a\n")
                              << R { { u"\u00e9"_qs, u"\u20ac"_qs, u"\U0001F54A"_qs } } << QList<int> { 1 };
        QTest::newRow("blank-line") << QByteArray("a\n\nb\n") << R { { u"a"_qs }, { u""_qs }, { u"b"_qs } }
                                    << QList<int> { 1, 2, 3 };
        QTest::newRow("empty-input") << QByteArray() << R {} << QList<int> {};
        QTest::newRow("bom-only") << QByteArray("\xef\xbb\xbf") << R {} << QList<int> {};
        QTest::newRow("stray-quote") << QByteArray("5\" screen,x") << R { { u"5\" screen"_qs, u"x"_qs } }
                                     << QList<int> { 1 };
        QTest::newRow("spaces-kept") << QByteArray(" a , b ") << R { { u" a "_qs, u" b "_qs } } << QList<int> { 1 };
    }
    void records()
    {
        QFETCH(QByteArray, input);
        QFETCH(QList<QStringList>, records);
        QFETCH(QList<int>, lines);
        for (qsizetype chunk : { 4, 65536 }) { // tiny chunks put every quote, CRLF and UTF-8 sequence across a refill
            QBuffer b(&input);
            b.open(QIODevice::ReadOnly);
            CsvReader r(b, chunk);
            QList<QStringList> got;
            QList<int> gotLines;
            QStringList fields;
            while (r.next(fields)) {
                got.append(fields);
                gotLines.append(int(r.recordLine()));
            }
            QVERIFY2(!r.hasError(), qPrintable(r.errorMessage()));
            QCOMPARE(got, records);
            QCOMPARE(gotLines, lines);
        }
    }

    void recordErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("unterminated") << QByteArray("a,b\nc,\"de\nf") << 2 << 2
                                      << u"unterminated quoted field (it opens on line 2)"_qs;
        QTest::newRow("text-after-quote")
            << QByteArray("\"a\"b,c") << 1 << 1 << u"unexpected text after the closing quote"_qs;
        QTest::newRow("invalid-utf8") << QByteArray("ok\nx,\xff\n") << 2 << 2 << u"invalid UTF-8 in field 2"_qs;
        QTest::newRow("overlong") << QByteArray("\xc0\xaf") << 1 << 1 << u"invalid UTF-8"_qs;
        QTest::newRow("utf8-surrogate") << QByteArray("\xed\xa0\x80") << 1 << 1 << u"invalid UTF-8"_qs;
        QTest::newRow("nul") << QByteArray("a,b\0c", 5) << 1 << 2 << u"NUL byte"_qs;
        QTest::newRow("nul-quoted") << QByteArray("\"a\0\"", 4) << 1 << 1 << u"NUL byte"_qs;
    }
    void recordErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(int, column);
        QFETCH(QString, message);
        for (qsizetype chunk : { 4, 65536 }) {
            QBuffer b(&input);
            b.open(QIODevice::ReadOnly);
            CsvReader r(b, chunk);
            QStringList fields;
            while (r.next(fields)) { }
            QVERIFY(r.hasError());
            QVERIFY2(r.errorMessage().contains(message), qPrintable(r.errorMessage()));
            QCOMPARE(r.errorLine(), line);
            QCOMPARE(r.errorColumn(), column);
        }
    }

    void importEvents()
    {
        Dossier d = base();
        const QByteArray csv
            = "\xef\xbb\xbf"
              "Title,DATE,End,Parties,issues,Tags,Source_URL,id\r\n"
              "Talks,2025-12-14,2025-12-15,US;ru,NATO membership,talks; berlin ,https://example.org/one,\r\n"
              "\"Statement, long\",2025-12,,,,,https://example.org/two,7\r\n"
              "\r\n"
              "Again,2025,,,,,https://example.org/two,\r\n";
        qsizetype count = 0;
        const auto error = import(csv, d, {}, &count);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(count, 3);
        QCOMPARE(d.events().size(), 4);
        const Event talks
            = d.events().event(d.events().rowOfId(101)); // ids without one follow the largest in use: max(100, 7) + 1
        QCOMPARE(talks.title, u"Talks"_qs);
        QCOMPARE(talks.start, date("2025-12-14"));
        QCOMPARE(talks.end, date("2025-12-15"));
        QCOMPARE(talks.parties, (QStringList { u"us"_qs, u"ru"_qs })); // by short name and by id
        QCOMPARE(talks.issues, QStringList { u"nato"_qs }); // by name
        QCOMPARE(talks.tags, (QStringList { u"talks"_qs, u"berlin"_qs }));
        QCOMPARE(talks.sources, QStringList { u"s1"_qs }); // found by URL
        const Event statement = d.events().event(d.events().rowOfId(7));
        QCOMPARE(statement.title, u"Statement, long"_qs);
        QCOMPARE(statement.start.precision, Precision::Month);
        QCOMPARE(d.sources().size(), 2); // one source created for the new URL, reused by the next row
        const Source& created = d.sources().back();
        QCOMPARE(created.url, u"https://example.org/two"_qs);
        QCOMPARE(created.outlet, u"example.org"_qs);
        QCOMPARE(statement.sources, QStringList { created.id });
        QCOMPARE(d.events().event(d.events().rowOfId(102)).sources, QStringList { created.id });
        QVERIFY(d.validate().isEmpty());
    }

    void spreadsheetFixture()
    {
        // As a spreadsheet saves it: BOM, CRLF, a quoted multi-line cell, doubled quotes, party names.
        Dossier d = base();
        must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs }));
        QFile file(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/interchange/events-spreadsheet.csv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        qsizetype count = 0;
        const auto error = importEventsCsv(file, d, {}, &count);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(count, 4);
        const auto& ev = d.events();
        QCOMPARE(ev.size(), 5);
        QCOMPARE(ev.event(0).title, u"Full-scale invasion"_qs); // timeline order
        QCOMPARE(ev.event(0).start.precision, Precision::Month);
        QCOMPARE(ev.event(0).parties, (QStringList { u"ru"_qs, u"ua"_qs }));
        const Event day1 = ev.event(ev.rowOfId(101));
        QCOMPARE(day1.title, u"Talks in Berlin, day one"_qs);
        QCOMPARE(day1.description, u"Envoys met for five hours.\r\nNo statement afterwards."_qs);
        QCOMPARE(day1.parties, (QStringList { u"us"_qs, u"ua"_qs }));
        QCOMPARE(day1.tags, (QStringList { u"talks"_qs, u"Analyst note=first day"_qs }));
        const Event quote = ev.event(ev.rowOfId(102));
        QCOMPARE(quote.title, u"Zelensky: \"no NATO\" is acceptable"_qs);
        QCOMPARE(quote.sources, day1.sources); // one source for the URL both rows cite
        QCOMPARE(d.sources().size(), 2);
        QCOMPARE(ev.event(ev.rowOfId(103)).title, u"=cmd|' /C calc'!A0"_qs); // data, kept as written
    }

    void endPeriodMayContainStart()
    {
        Dossier d = base();
        const auto error = import("title,start,end\nA,2025-12-14T10:30Z,2025-12-14\n", d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(d.events().event(d.events().rowOfId(101)).end, date("2025-12-14"));
    }

    void unknownColumns_data()
    {
        QTest::addColumn<bool>("keep");
        QTest::addColumn<QStringList>("tags");
        QTest::newRow("kept-as-tags") << true << QStringList { u"x"_qs, u"Mood=tense"_qs };
        QTest::newRow("ignored") << false << QStringList { u"x"_qs };
    }
    void unknownColumns()
    {
        QFETCH(bool, keep);
        QFETCH(QStringList, tags);
        Dossier d = base();
        CsvImportOptions options;
        options.unknownColumns
            = keep ? CsvImportOptions::UnknownColumns::KeepAsTags : CsvImportOptions::UnknownColumns::Ignore;
        const auto error = import("title,Mood,start,tags,Empty\nA,tense,2025,x,\n", d, options);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(d.events().event(d.events().rowOfId(101)).tags, tags);
    }

    void importErrors_data()
    {
        QTest::addColumn<QByteArray>("input");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("message");
        QTest::newRow("empty-file") << QByteArray() << 1 << QString() << u"the file is empty"_qs;
        QTest::newRow("missing-header") << QByteArray("Talks,2025-12-14\n") << 1 << QString()
                                        << u"missing header: no \"title\" column"_qs;
        QTest::newRow("no-start-column") << QByteArray("title,when\nA,2025\n") << 1 << QString()
                                         << u"no \"start\" column"_qs;
        QTest::newRow("column-twice") << QByteArray("title,start,Date\n") << 1 << u"Date"_qs << u"given twice"_qs;
        QTest::newRow("too-many-fields") << QByteArray("title,start\nA,2025-12-14\nB,2025-12-15,extra\n") << 3
                                         << QString() << u"expected 2 fields as in the header, found 3"_qs;
        QTest::newRow("too-few-fields") << QByteArray("title,start,end\nA,2025\n") << 2 << QString() << u"found 2"_qs;
        QTest::newRow("bad-date") << QByteArray("title,start\nA,2025-13-40\n") << 2 << u"start"_qs
                                  << u"month 13 out of range"_qs;
        QTest::newRow("bad-date-named") << QByteArray("Title,Date\nA,2025-02-30\n") << 2 << u"Date"_qs
                                        << u"day 30 out of range"_qs;
        QTest::newRow("bad-end") << QByteArray("title,start,end\nA,2025,soon\n") << 2 << u"end"_qs << u"four digits"_qs;
        QTest::newRow("end-before-start")
            << QByteArray("title,start,end\nA,2025-12,2025-11\n") << 2 << u"end"_qs << u"before the start"_qs;
        QTest::newRow("line-after-multiline")
            << QByteArray("title,start\n\"two\nlines\",2025\nB,2025-13\n") << 4 << u"start"_qs << u"month 13"_qs;
        QTest::newRow("no-title") << QByteArray("title,start\n  ,2025\n") << 2 << u"title"_qs
                                  << u"every event needs a title"_qs;
        QTest::newRow("no-start") << QByteArray("title,start\nA,\n") << 2 << u"start"_qs
                                  << u"every event needs a start date"_qs;
        QTest::newRow("unknown-party") << QByteArray("title,start,parties\nA,2025,us;xx\n") << 2 << u"parties"_qs
                                       << u"unknown party \"xx\""_qs;
        QTest::newRow("unknown-issue") << QByteArray("title,start,issues\nA,2025,eu\n") << 2 << u"issues"_qs
                                       << u"unknown issue \"eu\""_qs;
        QTest::newRow("unknown-source") << QByteArray("title,start,sources\nA,2025,s9\n") << 2 << u"sources"_qs
                                        << u"unknown source \"s9\""_qs;
        QTest::newRow("bad-url") << QByteArray("title,start,source_url\nA,2025,not a url\n") << 2 << u"source_url"_qs
                                 << u"is not a URL"_qs;
        QTest::newRow("bad-id") << QByteArray("id,title,start\nx1,A,2025\n") << 2 << u"id"_qs
                                << u"not a positive whole number"_qs;
        QTest::newRow("duplicate-id") << QByteArray("id,title,start\n1,A,2025\n1,B,2025\n") << 3 << u"id"_qs
                                      << u"duplicate event id 1"_qs;
        QTest::newRow("id-exists") << QByteArray("id,title,start\n100,A,2025\n") << 2 << u"id"_qs
                                   << u"duplicate event id 100"_qs;
        QTest::newRow("invalid-utf8") << QByteArray("title,start\nA\xff,2025\n") << 2 << QString()
                                      << u"invalid UTF-8 in field 1"_qs;
        QTest::newRow("unterminated") << QByteArray("title,start\nA,\"2025\n") << 2 << QString()
                                      << u"unterminated quoted field"_qs;
        QTest::newRow("binary") << QByteArray("title,start\n\0\0\0", 15) << 2 << QString() << u"NUL byte"_qs;
    }
    void importErrors()
    {
        QFETCH(QByteArray, input);
        QFETCH(int, line);
        QFETCH(QString, field);
        QFETCH(QString, message);
        Dossier d = base();
        const QByteArray before = snapshot(d);
        const auto error = import(input, d);
        QVERIFY(error.isError());
        QVERIFY2(error.message.contains(message), qPrintable(error.toString()));
        QCOMPARE(error.line, line);
        QCOMPARE(error.field, field);
        QCOMPARE(snapshot(d), before); // all-or-nothing
    }

    void formulaDefence_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("cell");
        QTest::newRow("equals") << u"=SUM(A1:A9)"_qs << u"'=SUM(A1:A9)"_qs;
        QTest::newRow("plus") << u"+1"_qs << u"'+1"_qs;
        QTest::newRow("minus") << u"-2+3"_qs << u"'-2+3"_qs;
        QTest::newRow("at") << u"@cmd"_qs << u"'@cmd"_qs;
        QTest::newRow("tab") << u"\tx"_qs << u"'\tx"_qs;
        QTest::newRow("cr") << u"\rx"_qs << u"\"'\rx\""_qs;
        QTest::newRow("hyperlink-comma") << u"=HYPERLINK(\"http://x\",\"y\")"_qs
                                         << u"\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""_qs;
        QTest::newRow("already-apostrophe") << u"'=x"_qs << u"''=x"_qs;
        QTest::newRow("plain-apostrophe") << u"'quoted'"_qs << u"'quoted'"_qs;
        QTest::newRow("plain") << u"Talks in Berlin"_qs << u"Talks in Berlin"_qs;
        QTest::newRow("inner-equals") << u"a=b"_qs << u"a=b"_qs;
        QTest::newRow("comma") << u"a,b"_qs << u"\"a,b\""_qs;
        QTest::newRow("quote") << u"say \"hi\""_qs << u"\"say \"\"hi\"\"\""_qs;
        QTest::newRow("newline") << u"l1\nl2"_qs << u"\"l1\nl2\""_qs;
        QTest::newRow("empty") << QString() << QString();
    }
    void formulaDefence()
    {
        QFETCH(QString, text);
        QFETCH(QString, cell);
        QCOMPARE(csvCell(text), cell);
        // The same text as an event title goes through export unchanged otherwise and comes back equal.
        Dossier d = base();
        Event e;
        e.id = 5;
        e.start = date("2025-12-15");
        e.title = text.isEmpty() ? u"x"_qs : text;
        e.tags = { u"-neg"_qs };
        must(d.insertEvent(e));
        const QByteArray csv = exported(d);
        if (!text.isEmpty())
            QVERIFY2(csv.contains((u',' + cell + u',').toUtf8()), csv.constData());
        QVERIFY(csv.contains(",'-neg,"));
        Dossier back = base();
        must(back.removeEvent(100));
        const auto error = import(csv, back);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(back.events().event(back.events().rowOfId(5)), e);
    }

    void exportLayout()
    {
        Dossier d = base();
        Event e;
        e.id = 3;
        e.start = date("-0044-03-15"); // a negative year is a date, not text: no apostrophe
        e.title = u"Ides"_qs;
        must(d.insertEvent(e));
        QCOMPARE(exported(d),
            QByteArray("id,start,end,title,description,location,parties,issues,tags,sources,grades\r\n"
                       "3,-0044-03-15,,Ides,,,,,,,\r\n"
                       "100,2025-01-01,,Existing,,,,,,,\r\n"));
        QCOMPARE(exported(Dossier()),
            QByteArray("id,start,end,title,description,location,parties,issues,tags,sources,grades\r\n"));
    }

    void roundTrip()
    {
        Dossier original = everyField();
        // CSV carries each citation's grade, not who claims it or the words quoted: those stay in the dossier.
        Event talks = original.events().event(original.events().rowOfId(3));
        for (auto& c : talks.claims)
            c.claimant = c.quote = QString();
        must(original.updateEvent(talks));
        Event tricky;
        tricky.id = 50;
        tricky.start = date("2025-12-16T08:05Z");
        tricky.end = date("2025-12-17");
        tricky.title = u"=1+1, \"quoted\"\r\nand more"_qs;
        tricky.description = u"'=already, \u00e9\u20ac\U0001F54A\n\tindented"_qs;
        tricky.location = u"@home"_qs;
        tricky.tags = { u"+plus"_qs, u"x"_qs };
        must(original.insertEvent(tricky));
        Dossier target = everyField();
        for (const Note& n : QList<Note>(target.notes())) // a note pinned to an event keeps it: the notes go first
            if (n.target == NoteTarget::Event)
                must(target.removeNote(n.id));
        for (qint64 id : { 2, 3, 7, 9, 10 })
            must(target.removeEvent(id));
        QVERIFY(target.events().isEmpty());
        const QByteArray csv = exported(original);
        qsizetype count = 0;
        const auto error = import(csv, target, {}, &count);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QCOMPARE(count, original.events().size());
        QCOMPARE(target.events().size(), original.events().size());
        for (qsizetype r = 0; r < original.events().size(); ++r)
            QCOMPARE(target.events().event(r), original.events().event(r));
        QCOMPARE(exported(target), csv);
        // The grades column: the source's reliability with the claim's credibility where there is one.
        QVERIFY2(csv.contains(",presstv,C4\r\n"), csv.constData()); // "Talks in Berlin": its claim is graded 4
        QVERIFY2(csv.contains(",presstv,C3\r\n"), csv.constData()); // "Arrival": the source's own C3
    }

    void gradesColumn_data()
    {
        QTest::addColumn<QByteArray>("grades");
        QTest::addColumn<QString>("error"); // empty: accepted
        QTest::addColumn<int>("claimCredibility"); // 0: no claim
        QTest::newRow("own grade") << QByteArray("C3") << QString() << 0;
        QTest::newRow("claim") << QByteArray("C5") << QString() << 5;
        QTest::newRow("other reliability") << QByteArray("A5") << u"A5 does not match the reliability C"_qs << 0;
        QTest::newRow("not a grade") << QByteArray("C9") << u"\"C9\" is not a grade like C3"_qs << 0;
        QTest::newRow("count") << QByteArray("C3;C4") << u"2 grades for 1 sources"_qs << 0;
    }
    void gradesColumn()
    {
        QFETCH(QByteArray, grades);
        QFETCH(QString, error);
        QFETCH(int, claimCredibility);
        Dossier d = everyField();
        const auto result = import("title,start,sources,grades\nGraded,2025-12-20,presstv," + grades + "\n", d);
        if (!error.isEmpty()) {
            QVERIFY(result.isError());
            QCOMPARE(result.field, u"grades"_qs);
            QVERIFY2(result.message.contains(error), qPrintable(result.message));
            return;
        }
        QVERIFY2(!result.isError(), qPrintable(result.toString()));
        const Event e = d.events().event(d.events().rowOfId(d.events().nextId() - 1));
        QCOMPARE(e.title, u"Graded"_qs);
        QCOMPARE(e.claims.size(), claimCredibility ? 1 : 0);
        if (claimCredibility)
            QCOMPARE(e.claims.first().credibility, claimCredibility);
    }

    void exportFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"events.csv"_qs);
        const Status wrote = exportEventsCsvFile(base(), path);
        QVERIFY2(wrote.ok(), qPrintable(wrote.message()));
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), exported(base()));
        const Status refused = exportEventsCsvFile(base(), dir.filePath(u"no/such/folder.csv"_qs));
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(u"no/such/folder.csv"_qs));
    }

    void hugeSparseFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"huge.csv"_qs);
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start\n");
            QVERIFY(f.resize(qint64(1) << 30)); // sparse: no gigabyte is written
        }
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        Dossier d = base();
        QElapsedTimer timer;
        timer.start();
        const auto error = importEventsCsv(f, d);
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QCOMPARE(error.line, 2);
        QVERIFY2(error.message.contains(u"NUL byte"_qs), qPrintable(error.toString()));
        QCOMPARE(d.events().size(), 1);
    }
};

QTEST_APPLESS_MAIN(TestCsv)
#include "tst_csv.moc"
