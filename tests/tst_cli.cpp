// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user runs it: exit codes, one-line errors on stderr, and what the commands write.
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

// offscreen: as the tests run; otherwise as on a server with no display and no platform chosen.
Run entente(const QStringList& args, bool offscreen = true)
{
    QProcess p;
    p.setProgram(QStringLiteral(ENTENTE_BINARY_DIR "/app/entente"));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("QT_QPA_PLATFORM"));
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    if (offscreen)
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString sample() { return QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"); }
}

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void helpAndVersion()
    {
        const Run help = entente({ QStringLiteral("--help") });
        QCOMPARE(help.code, 0);
        QVERIFY(help.out.contains(u"export-data"));
        const Run version = entente({ QStringLiteral("--version") });
        QCOMPARE(version.code, 0);
        QVERIFY(version.out.contains(u"entente"));
        // On a machine without a display (ssh, CI) help and version still print.
        for (const char* option : { "--help", "-h", "--version" }) {
            const Run r = entente({ QString::fromLatin1(option) }, false);
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY2(r.out.contains(u"entente", Qt::CaseInsensitive), qPrintable(r.out));
        }
        // A window without a display is a one-line error, not a crash.
        const Run gui = entente({ sample() }, false);
        QCOMPARE(gui.code, 1);
        QVERIFY2(gui.err.startsWith(u"entente: no display"), qPrintable(gui.err));
    }

    void infoOnSample()
    {
        const Run r = entente({ QStringLiteral("info"), sample() });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Parties: 7"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Issues: 6"));
        QVERIFY(r.out.contains(u"Events: 10"));
        QVERIFY(r.out.contains(u"Status changes: 6"));
        QVERIFY(r.out.contains(u"Capability changes: 0")); // the sample records none
        QVERIFY2(r.out.contains(u"Notes: 3 (2 key judgements)"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Saved views: 1"));
    }

    void digest()
    {
        // What changed in the Berlin round, in each format.
        const QStringList base { u"digest"_qs, sample(), u"--from"_qs, u"2025-12-01"_qs, u"--to"_qs, u"2025-12-16"_qs };
        const Run text = entente(base);
        QVERIFY2(text.code == 0, qPrintable(text.err));
        QVERIFY2(text.out.startsWith(u"What changed from 1 Dec 2025 to 16 Dec 2025"_qs), qPrintable(text.out));
        QVERIFY(text.out.contains(u"20 new, 0 withdrawn, 1 stance moves, 1 salience moves, 6 status changes, 7 events"_qs));
        QVERIFY(text.out.contains(u"Ukraine: Supports → Ambiguous, toward opposition"_qs));
        QVERIFY(text.out.contains(u"United States: new position Ambiguous (salience 60)"_qs));
        QVERIFY(text.out.contains(u"Status: none → Contested"_qs));
        QVERIFY(text.out.contains(u"sources: presstv-2025-12"_qs));
        const Run md = entente(base + QStringList { u"--format"_qs, u"markdown"_qs });
        QCOMPARE(md.code, 0);
        QVERIFY(md.out.startsWith(u"# What changed"_qs));
        QVERIFY(md.out.contains(u"\n## Territory / Donbas\n"_qs));
        const Run json = entente(base + QStringList { u"--format"_qs, u"json"_qs });
        QCOMPARE(json.code, 0);
        QVERIFY(json.out.contains(u"\"kind\": \"stance\""_qs));
        // Defaults: --to the dossier's last date, --from the change step before it (14 Dec).
        const Run defaults = entente({ u"digest"_qs, sample() });
        QVERIFY2(defaults.code == 0, qPrintable(defaults.err));
        QVERIFY2(defaults.out.startsWith(u"What changed from 14 Dec 2025 to 15 Dec 2025"_qs), qPrintable(defaults.out));
        // Errors are one line naming the option.
        const Run backwards = entente({ u"digest"_qs, sample(), u"--from"_qs, u"2025-12-16"_qs, u"--to"_qs, u"2025-12-01"_qs });
        QCOMPARE(backwards.code, 1);
        QCOMPARE(backwards.err, u"entente: digest: --from 2025-12-16 is after --to 2025-12-01\n"_qs);
        const Run badDate = entente({ u"digest"_qs, sample(), u"--from"_qs, u"yesterday"_qs });
        QCOMPARE(badDate.code, 1);
        QVERIFY2(badDate.err.startsWith(u"entente: digest: --from yesterday: "_qs), qPrintable(badDate.err));
        const Run badFormat = entente(base + QStringList { u"--format"_qs, u"html"_qs });
        QCOMPARE(badFormat.code, 1);
        QVERIFY(badFormat.err.contains(u"--format must be text, markdown or json"_qs));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("info-missing-file") << QStringList { u"info"_qs, u"/nonexistent/x.entente"_qs } << u"no such file"_qs;
        QTest::newRow("info-no-file") << QStringList { u"info"_qs } << u"expected exactly one FILE"_qs;
        QTest::newRow("export-bad-format") << QStringList { u"export-data"_qs, sample(), u"--format"_qs, u"xml"_qs,
            u"--out"_qs, u"/tmp/x.xml"_qs } << u"--format must be json, csv or timelinejs"_qs;
        QTest::newRow("export-no-out") << QStringList { u"export-data"_qs, sample(), u"--format"_qs, u"csv"_qs }
                                       << u"--out PATH is required"_qs;
        QTest::newRow("export-csv-period") << QStringList { u"export-data"_qs, sample(), u"--format"_qs, u"csv"_qs,
            u"--from"_qs, u"2025-12-01"_qs, u"--out"_qs, u"/tmp/x.csv"_qs }
                                           << u"--from/--to apply to --format timelinejs only; csv exports the whole dossier"_qs;
        QTest::newRow("export-json-period") << QStringList { u"export-data"_qs, sample(), u"--format"_qs, u"json"_qs,
            u"--to"_qs, u"2025-12-15"_qs, u"--out"_qs, u"/tmp/x.json"_qs }
                                            << u"--from/--to apply to --format timelinejs only; json exports the whole dossier"_qs;
        QTest::newRow("import-no-into") << QStringList { u"import"_qs, sample() } << u"--into"_qs;
        QTest::newRow("unknown-option") << QStringList { u"info"_qs, u"--bogus"_qs, sample() } << u"bogus"_qs;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = entente(args);
        QVERIFY2(r.code != 0, qPrintable(r.out));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1); // one line
    }

    void importThenExportRoundTrip()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("berlin.entente"));
        QCOMPARE(entente({ QStringLiteral("import"), sample(), QStringLiteral("--into"), doc }).code, 0);
        const Run info = entente({ QStringLiteral("info"), doc });
        QCOMPARE(info.code, 0);
        QVERIFY(info.out.contains(u"Events: 10"));
        QVERIFY(info.out.contains(u"Schema version: 6"));
        // JSON written by the app, read back and written again, is byte-identical.
        const QString a = dir.filePath(QStringLiteral("a.json")), b = dir.filePath(QStringLiteral("b.json"));
        QCOMPARE(entente({ QStringLiteral("export-data"), doc, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--out"), a }).code,
            0);
        QCOMPARE(entente({ QStringLiteral("export-data"), a, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--out"), b }).code,
            0);
        QFile fa(a), fb(b);
        QVERIFY(fa.open(QIODevice::ReadOnly) && fb.open(QIODevice::ReadOnly));
        QCOMPARE(fa.readAll(), fb.readAll());
        // CSV export, then import those events into a second copy: event count doubles (new ids).
        const QString csv = dir.filePath(QStringLiteral("events.csv"));
        QCOMPARE(entente({ QStringLiteral("export-data"), doc, QStringLiteral("--format"), QStringLiteral("csv"),
                     QStringLiteral("--out"), csv }).code,
            0);
        QFile fc(csv);
        QVERIFY(fc.open(QIODevice::ReadOnly));
        QVERIFY(fc.readAll().contains("Berlin talks"));
    }

    void importWithMappingPreset()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(QStringLiteral("acled.csv"));
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("event_id_cnty,event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,"
                "source,notes,fatalities\n"
                "UKR1,15 December 2025,Strategic developments,Agreement,Government of Ukraine,,Ukraine,Kyiv,50.45,30.52,"
                "Reuters,Talks,0\n"
                "UKR2,14 December 2025,Battles,Armed clash,Military Forces of Russia,Military Forces of Ukraine,Ukraine,"
                "Pokrovsk,48.28,37.18,Ukrinform,Clash,3\n"
                "UKR3,not a date,Battles,Armed clash,X,,Ukraine,Nowhere,0,0,S,N,0\n");
        f.close();
        const QString doc = dir.filePath(QStringLiteral("acled.entente"));
        // Stop at the first bad row: nothing is imported and no file is left behind.
        Run r = entente({ QStringLiteral("import"), csv, QStringLiteral("--into"), doc, QStringLiteral("--mapping"),
            QStringLiteral("acled") });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"line 4"), qPrintable(r.err));
        QVERIFY(!QFile::exists(doc));
        // Skip bad rows: two events, the report names the bad one.
        const QString report = dir.filePath(QStringLiteral("report.csv"));
        r = entente({ QStringLiteral("import"), csv, QStringLiteral("--into"), doc, QStringLiteral("--mapping"),
            QStringLiteral("acled"), QStringLiteral("--skip-bad-rows"), QStringLiteral("--report"), report });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run info = entente({ QStringLiteral("info"), doc });
        QVERIFY2(info.out.contains(u"Events: 2"), qPrintable(info.out));
        QFile rep(report);
        QVERIFY(rep.open(QIODevice::ReadOnly));
        QVERIFY(rep.readAll().contains("4"));
        // Without --mapping the file is recognised as ACLED ("auto"); importing it again adds no twins: the
        // events keep their event_id_cnty.
        r = entente({ QStringLiteral("import"), csv, QStringLiteral("--into"), doc, QStringLiteral("--skip-bad-rows") });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const Run again = entente({ QStringLiteral("info"), doc });
        QVERIFY2(again.out.contains(u"Events: 2"), qPrintable(again.out));
        // An unknown --group-as is refused.
        r = entente({ QStringLiteral("import"), csv, QStringLiteral("--into"), doc, QStringLiteral("--group-as"),
            QStringLiteral("lane") });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"--group-as must be party or tag"), qPrintable(r.err));
    }

    void exportViews_data()
    {
        QTest::addColumn<QStringList>("extra");
        QTest::addColumn<QString>("message");
        QTest::newRow("unknown-view") << QStringList { u"--view"_qs, u"pie"_qs } << u"pie"_qs;
        QTest::newRow("unknown-issue") << QStringList { u"--view"_qs, u"history"_qs, u"--issue"_qs, u"nope"_qs } << u"nope"_qs;
        QTest::newRow("date-outside") << QStringList { u"--view"_qs, u"matrix"_qs, u"--as-of"_qs, u"1990-01-01"_qs }
                                      << u"outside"_qs;
        QTest::newRow("bad-date") << QStringList { u"--view"_qs, u"matrix"_qs, u"--as-of"_qs, u"2025-13-40"_qs } << u"month 13"_qs;
        QTest::newRow("bad-size") << QStringList { u"--view"_qs, u"matrix"_qs, u"--size"_qs, u"big"_qs } << u"--size"_qs;
        QTest::newRow("no-view") << QStringList {} << u"--view is required"_qs;
        QTest::newRow("unknown-saved-view") << QStringList { u"--view"_qs, u"matrix"_qs, u"--saved-view"_qs, u"Nope"_qs }
                                            << u"no saved view named \"Nope\" (the dossier has: Berlin round by issue)"_qs;
        QTest::newRow("empty-saved-view") << QStringList { u"--view"_qs, u"matrix"_qs, u"--saved-view"_qs, u" "_qs }
                                          << u"--saved-view needs the name of a view"_qs;
    }
    void exportViews()
    {
        QFETCH(QStringList, extra);
        QFETCH(QString, message);
        QTemporaryDir dir;
        const Run r = entente(QStringList { u"export"_qs, sample(), u"--out"_qs, dir.filePath(u"x.png"_qs) } + extra);
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
        QVERIFY(!QFile::exists(dir.filePath(u"x.png"_qs)));
    }

    void exportWritesEveryView()
    {
        QTemporaryDir dir;
        for (const char* view : { "matrix", "timeline", "history", "convergence", "activity", "distribution" }) {
            const QString out = dir.filePath(QString::fromLatin1(view) + u".svg"_qs);
            const Run r = entente({ u"export"_qs, sample(), u"--view"_qs, QString::fromLatin1(view), u"--out"_qs, out });
            QVERIFY2(r.code == 0, qPrintable(r.err));
            QVERIFY(QFileInfo(out).size() > 1000);
        }
        const QString pdf = dir.filePath(u"briefing.pdf"_qs);
        QCOMPARE(entente({ u"export"_qs, sample(), u"--view"_qs, u"briefing"_qs, u"--out"_qs, pdf }).code, 0);
        QFile f(pdf);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.read(4) == "%PDF");
    }

    void exportWithSavedView()
    {
        // The sample's view "Berlin round by issue": lanes by issue over 12–18 December. Its name is matched
        // ignoring case; the timeline drawn with it has the issue lanes the default (by party) has not.
        QTemporaryDir dir;
        const QString viewed = dir.filePath(u"viewed.svg"_qs), plain = dir.filePath(u"plain.svg"_qs);
        const Run r = entente({ u"export"_qs, sample(), u"--view"_qs, u"timeline"_qs, u"--saved-view"_qs,
            u"berlin ROUND by issue"_qs, u"--out"_qs, viewed });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(entente({ u"export"_qs, sample(), u"--view"_qs, u"timeline"_qs, u"--from"_qs, u"2025-12-12"_qs,
                             u"--to"_qs, u"2025-12-18"_qs, u"--out"_qs, plain })
                     .code,
            0);
        QFile a(viewed), b(plain);
        QVERIFY(a.open(QIODevice::ReadOnly) && b.open(QIODevice::ReadOnly));
        const QByteArray withView = a.readAll(), without = b.readAll();
        QVERIFY(withView.contains("Territory / Donbas"));
        QVERIFY(!without.contains("Territory / Donbas"));
        QVERIFY(without.contains("European leaders"));
        // Options given on the command line win over the view's.
        const QString matrix = dir.filePath(u"matrix.png"_qs), explicitDate = dir.filePath(u"explicit.png"_qs);
        QCOMPARE(entente({ u"export"_qs, sample(), u"--view"_qs, u"matrix"_qs, u"--saved-view"_qs,
                             u"Berlin round by issue"_qs, u"--as-of"_qs, u"2025-12-13"_qs, u"--out"_qs, matrix })
                     .code,
            0);
        QCOMPARE(entente({ u"export"_qs, sample(), u"--view"_qs, u"matrix"_qs, u"--as-of"_qs, u"2025-12-13"_qs,
                             u"--out"_qs, explicitDate })
                     .code,
            0);
        QFile m(matrix), e(explicitDate);
        QVERIFY(m.open(QIODevice::ReadOnly) && e.open(QIODevice::ReadOnly));
        QCOMPARE(m.readAll(), e.readAll());
    }

    void exportTimelineJs()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(u"timeline.json"_qs);
        const Run r = entente({ u"export-data"_qs, sample(), u"--format"_qs, u"timelinejs"_qs, u"--from"_qs, u"2025-12"_qs,
            u"--out"_qs, out });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile f(out);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray json = f.readAll();
        QVERIFY(json.contains("\"events\""));
        QVERIFY(json.contains("Berlin talks: US envoys meet Zelensky"));
        QVERIFY(!json.contains("Russia begins its full-scale")); // February 2022 is before the period
    }

    void importBadCsvLeavesFileUnchanged()
    {
        QTemporaryDir dir;
        const QString doc = dir.filePath(QStringLiteral("d.entente"));
        QCOMPARE(entente({ QStringLiteral("import"), sample(), QStringLiteral("--into"), doc }).code, 0);
        QFile before(doc);
        QVERIFY(before.open(QIODevice::ReadOnly));
        const QByteArray bytes = before.readAll();
        before.close();
        const QString bad = dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,start,parties\nGood,2025-12-16,ua\nBad,2025-13-40,ua\n");
        f.close();
        const Run r = entente({ QStringLiteral("import"), bad, QStringLiteral("--into"), doc });
        QVERIFY(r.code != 0);
        QVERIFY2(r.err.contains(u"line 3"), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"month 13"), qPrintable(r.err));
        QVERIFY(before.open(QIODevice::ReadOnly));
        QCOMPARE(before.readAll(), bytes);
        QVERIFY(entente({ QStringLiteral("info"), doc }).out.contains(u"Events: 10"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
