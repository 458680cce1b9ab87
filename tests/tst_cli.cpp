// SPDX-License-Identifier: GPL-3.0-or-later
// The command line as a user runs it: exit codes, one-line errors on stderr, and what the commands write.
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run entente(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(ENTENTE_BINARY_DIR "/app/entente"));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
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
    }

    void infoOnSample()
    {
        const Run r = entente({ QStringLiteral("info"), sample() });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Parties: 7"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Issues: 6"));
        QVERIFY(r.out.contains(u"Events: 10"));
        QVERIFY(r.out.contains(u"Status changes: 6"));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        QTest::newRow("info-missing-file") << QStringList { u"info"_qs, u"/nonexistent/x.entente"_qs } << u"no such file"_qs;
        QTest::newRow("info-no-file") << QStringList { u"info"_qs } << u"expected exactly one FILE"_qs;
        QTest::newRow("export-bad-format") << QStringList { u"export-data"_qs, sample(), u"--format"_qs, u"xml"_qs,
            u"--out"_qs, u"/tmp/x.xml"_qs } << u"--format must be json or csv"_qs;
        QTest::newRow("export-no-out") << QStringList { u"export-data"_qs, sample(), u"--format"_qs, u"csv"_qs }
                                       << u"--out PATH is required"_qs;
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
        QVERIFY(info.out.contains(u"Schema version: 2"));
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
