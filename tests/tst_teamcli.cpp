// SPDX-License-Identifier: GPL-3.0-or-later
// The command line on team dossiers, run as an analyst runs it against the throwaway cluster: publish (and its
// refusal when the id exists), info (role, whether it may write, the last journal line), export-data, export and
// import with a URI wherever a file goes, and 10^5 events published and taken back byte for byte.
#include "generator.h"
#include "pgtestutil.h"
#include "storefactory.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run entente(const QStringList& args, int timeoutMs = 120000)
{
    QProcess p;
    p.setProgram(QStringLiteral(ENTENTE_BINARY_DIR "/app/entente"));
    p.setArguments(args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(timeoutMs))
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString sample() { return QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"); }

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Errors are one line on stderr starting with "entente:".
bool oneLine(const Run& r) { return r.err.startsWith(u"entente:") && r.err.count(u'\n') == 1; }
}

class TestTeamCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString problem = PgTest::clusterProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void publishThenInfo()
    {
        const QString id = PgTest::freshId(u"cli-berlin"_qs);
        const QString uri = PgTest::uri(id);
        Run r = entente({ u"publish"_qs, sample(), u"--to"_qs, uri });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"published 10 event(s) to %1 on the local server"_qs.arg(id)), qPrintable(r.err));

        // The id is taken now: refused, one line, nothing changed.
        r = entente({ u"publish"_qs, sample(), u"--to"_qs, uri });
        QCOMPARE(r.code, 1);
        QVERIFY2(oneLine(r), qPrintable(r.err));
        QVERIFY2(r.err.contains(u"already a dossier “%1”"_qs.arg(id)), qPrintable(r.err));

        r = entente({ u"info"_qs, uri });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Dossier: Berlin talks"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Server: " + uri));
        QVERIFY2(r.out.contains(u"Schema version: 7 (server)"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Server role: alice (may write)"));
        QVERIFY(r.out.contains(u"Parties: 7"));
        QVERIFY(r.out.contains(u"Events: 10"));
        QVERIFY(r.out.contains(u"Position changes: 25"));
        // The publish's last COPY (the sample's one saved view, after its notes) is the last journal line.
        QVERIFY2(r.out.contains(u"Last journal line: #") && r.out.contains(u"saved view.insert (view-1)"), qPrintable(r.out));
        QVERIFY(r.out.contains(u"Notes: 3 (2 key judgements)"));

        // A reader sees the same dossier and is told it may not write.
        r = entente({ u"info"_qs, PgTest::uri(id, u"carol"_qs) });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(u"Server role: carol (read-only: your server role “carol” may only read team dossiers)"),
            qPrintable(r.out));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("message");
        const QString missing = PgTest::uri(u"no-such-dossier"_qs);
        QTest::newRow("info-unknown-dossier") << QStringList { u"info"_qs, missing } << u"there is no dossier “no-such-dossier”"_qs;
        QTest::newRow("info-no-dossier-param")
            << QStringList { u"info"_qs, u"postgresql:///entente?host=%1&user=alice"_qs.arg(PgTest::host()) }
            << u"add ?dossier=ID"_qs;
        QTest::newRow("info-bad-id") << QStringList { u"info"_qs, PgTest::uri(u"a%27b"_qs) } << u"not a valid dossier id"_qs;
        QTest::newRow("info-no-server")
            << QStringList { u"info"_qs, u"postgresql:///entente?host=/nonexistent/sock&dossier=x"_qs }
            << u"Cannot reach the team server"_qs;
        QTest::newRow("export-data-unknown") << QStringList { u"export-data"_qs, missing, u"--format"_qs, u"json"_qs,
            u"--out"_qs, u"/tmp/entente-never.json"_qs } << u"no-such-dossier"_qs;
        QTest::newRow("publish-no-to") << QStringList { u"publish"_qs, sample() } << u"--to URI is required"_qs;
        QTest::newRow("publish-to-file") << QStringList { u"publish"_qs, sample(), u"--to"_qs, u"/tmp/x.entente"_qs }
                                         << u"not a team server address"_qs;
        QTest::newRow("publish-missing-file")
            << QStringList { u"publish"_qs, u"/nonexistent/x.entente"_qs, u"--to"_qs, PgTest::uri(u"never"_qs) }
            << u"no such file"_qs;
        QTest::newRow("publish-reader") << QStringList { u"publish"_qs, sample(), u"--to"_qs,
            PgTest::uri(PgTest::freshId(u"by-carol"_qs), u"carol"_qs) } << u"cannot publish"_qs;
        QTest::newRow("publish-password-hidden") << QStringList { u"publish"_qs, sample(), u"--to"_qs,
            u"postgresql://alice:s3cret@/entente?host=/nonexistent/sock&dossier=x"_qs } << u"alice@"_qs;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, message);
        const Run r = entente(args);
        QVERIFY2(r.code == 1, qPrintable(QString::number(r.code) + u' ' + r.err));
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
        QVERIFY2(oneLine(r), qPrintable(r.err));
        QVERIFY2(!r.err.contains(u"s3cret"), qPrintable(r.err));
    }

    // import, export and export-data take a URI wherever they take a file.
    void uriWhereAFileGoes()
    {
        QTemporaryDir dir;
        const QString id = PgTest::freshId(u"cli-uri"_qs);
        const QString uri = PgTest::uri(id);
        // import of a JSON dossier into a team dossier that does not exist yet publishes it.
        Run r = entente({ u"import"_qs, sample(), u"--into"_qs, uri });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(entente({ u"info"_qs, uri }).out.contains(u"Events: 10"));
        // Events from a CSV into the team dossier: journalled by the server.
        const QString csv = dir.filePath(u"new.csv"_qs);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("title,start,parties\nCeasefire talks resume,2025-12-20,ua\n");
        f.close();
        r = entente({ u"import"_qs, csv, u"--into"_qs, uri });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains(u"imported 1 event(s)"), qPrintable(r.err));
        Run info = entente({ u"info"_qs, uri });
        QVERIFY2(info.out.contains(u"Events: 11"), qPrintable(info.out));
        QVERIFY2(info.out.contains(u": import 1 events"), qPrintable(info.out));
        // A reader's import is refused, naming the role; nothing changes.
        r = entente({ u"import"_qs, csv, u"--into"_qs, PgTest::uri(id, u"carol"_qs) });
        QCOMPARE(r.code, 1);
        QVERIFY2(oneLine(r) && r.err.contains(u"“carol” may only read"), qPrintable(r.err));
        QVERIFY(entente({ u"info"_qs, uri }).out.contains(u"Events: 11"));
        // Take a copy back: import from the URI into a new file, then compare JSON exports of both.
        const QString copy = dir.filePath(u"copy.entente"_qs);
        r = entente({ u"import"_qs, uri, u"--into"_qs, copy });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString a = dir.filePath(u"a.json"_qs), b = dir.filePath(u"b.json"_qs);
        QCOMPARE(entente({ u"export-data"_qs, uri, u"--format"_qs, u"json"_qs, u"--out"_qs, a }).code, 0);
        QCOMPARE(entente({ u"export-data"_qs, copy, u"--format"_qs, u"json"_qs, u"--out"_qs, b }).code, 0);
        QVERIFY(!readAll(a).isEmpty());
        QCOMPARE(readAll(a), readAll(b));
        // CSV and a rendered view straight from the server.
        const QString events = dir.filePath(u"events.csv"_qs);
        QCOMPARE(entente({ u"export-data"_qs, uri, u"--format"_qs, u"csv"_qs, u"--out"_qs, events }).code, 0);
        QVERIFY(readAll(events).contains("Ceasefire talks resume"));
        const QString svg = dir.filePath(u"matrix.svg"_qs);
        r = entente({ u"export"_qs, uri, u"--view"_qs, u"matrix"_qs, u"--out"_qs, svg });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(svg).size() > 1000);
        // The window opens on a URI (screenshot of the loaded dossier), and remembers it without a password.
        const QString png = dir.filePath(u"window.png"_qs);
        const QString ini = dir.filePath(u"settings.ini"_qs);
        r = entente({ uri, u"--screenshot"_qs, png, u"--settings"_qs, ini });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(QFileInfo(png).size() > 10000);
    }

    // 10^5 events (with position histories) published from a file and taken back: the JSON export of the team
    // dossier is byte-identical to the file's.
    void publishTakeBackIdentical()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"big.entente"_qs);
        {
            const Dossier d = Bench::generateDossier(100000, 12, 8, 3);
            auto created = createStore(file, d, {});
            QVERIFY2(created.ok(), qPrintable(created.message()));
        }
        const QString uri = PgTest::uri(PgTest::freshId(u"cli-big"_qs));
        Run r = entente({ u"publish"_qs, file, u"--to"_qs, uri });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // Large: progress on stderr, in tenths, before the final line.
        QVERIFY2(r.err.contains(u"publishing 100000 events… 50 %") && r.err.contains(u"publishing 100000 events… 100 %"),
            qPrintable(r.err));
        QVERIFY(r.err.trimmed().endsWith(u"published 100000 event(s) to " + uri.section(u"dossier="_qs, 1)
            + u" on the local server"));
        QVERIFY(r.out.isEmpty());
        const QString fromFile = dir.filePath(u"file.json"_qs), fromServer = dir.filePath(u"server.json"_qs);
        r = entente({ u"export-data"_qs, file, u"--format"_qs, u"json"_qs, u"--out"_qs, fromFile });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = entente({ u"export-data"_qs, uri, u"--format"_qs, u"json"_qs, u"--out"_qs, fromServer });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QByteArray a = readAll(fromFile), b = readAll(fromServer);
        QVERIFY(a.size() > 10'000'000);
        QVERIFY(a.contains("\"Event 100000\""));
        QVERIFY(a == b); // not QCOMPARE: a 20 MB diff helps nobody
    }
};

QTEST_GUILESS_MAIN(TestTeamCli)
#include "tst_teamcli.moc"
