// SPDX-License-Identifier: GPL-3.0-or-later
// The command line under hostile conditions, as a user runs it: a full disk during an export, special files
// given as input, bad input files, and commands that must not write anything but their output.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <string_view>

#include <sys/resource.h>
#include <sys/stat.h>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
    bool finished = false;
};

// fileSizeLimit > 0: the child runs with RLIMIT_FSIZE at that many bytes and SIGXFSZ ignored, so a write past it
// fails with EFBIG as a full disk fails with ENOSPC.
Run entente(const QStringList& args, qint64 fileSizeLimit = 0, const QString& workDir = {})
{
    QProcess p;
    p.setProgram(QStringLiteral(ENTENTE_BINARY_DIR "/app/entente"));
    p.setArguments(args);
    if (!workDir.isEmpty())
        p.setWorkingDirectory(workDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    if (fileSizeLimit > 0)
        p.setChildProcessModifier([fileSizeLimit] {
            std::signal(SIGXFSZ, SIG_IGN);
            rlimit r {};
            getrlimit(RLIMIT_FSIZE, &r);
            r.rlim_cur = rlim_t(fileSizeLimit);
            setrlimit(RLIMIT_FSIZE, &r);
        });
    p.start();
    if (!p.waitForFinished(30000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()), true };
}

QString sample() { return QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"); }

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

QStringList entries(const QString& dir)
{
    QStringList out = QDir(dir).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
    out.sort();
    return out;
}

#define VERIFY_ONE_LINE_ERROR(r)                                                                                       \
    do {                                                                                                               \
        QVERIFY2((r).finished, "the command did not finish within 30 s");                                             \
        QVERIFY2((r).code > 0, qPrintable(u"exit %1: %2"_qs.arg((r).code).arg((r).err)));                             \
        QVERIFY2((r).err.startsWith(u"entente: "), qPrintable((r).err));                                              \
        QVERIFY2((r).err.count(u'\n') == 1, qPrintable((r).err));                                                     \
    } while (false)
} // namespace

class TestCliReliability : public QObject {
    Q_OBJECT
private slots:
    // A full disk during an export: exit non-zero with one line, the previous file byte-identical, no debris.
    void exportOnFullDiskKeepsThePreviousFile_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("out");
        for (const char* ext : { "png", "svg", "pdf" })
            QTest::newRow(ext) << QStringList { u"export"_qs, sample(), u"--view"_qs, u"matrix"_qs, u"--size"_qs,
                u"300x200"_qs } << u"out.%1"_qs.arg(QLatin1String(ext));
        QTest::newRow("briefing") << QStringList { u"export"_qs, sample(), u"--view"_qs, u"briefing"_qs } << u"b.pdf"_qs;
        for (const char* format : { "json", "csv", "timelinejs" })
            QTest::newRow(format) << QStringList { u"export-data"_qs, sample(), u"--format"_qs, QString::fromLatin1(format) }
                                  << u"out.%1"_qs.arg(QLatin1String(format == std::string_view("csv") ? "csv" : "json"));
    }
    void exportOnFullDiskKeepsThePreviousFile()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, out);
        QTemporaryDir dir;
        const QString path = dir.filePath(out);
        args << u"--out"_qs << path;
        const Run good = entente(args);
        QVERIFY2(good.code == 0, qPrintable(good.err));
        QVERIFY(QFileInfo(path).size() > 1024);
        const QByteArray previous = "previous export\n";
        QVERIFY(writeFile(path, previous));
        const Run r = entente(args, 1024);
        VERIFY_ONE_LINE_ERROR(r);
        QVERIFY2(r.err.contains(path), qPrintable(r.err));
        // The cause, not Qt's "Unknown error": the limit makes write(2) fail with EFBIG.
        QVERIFY2(r.err.contains(u"File too large") && !r.err.contains(u"Unknown error"), qPrintable(r.err));
        QCOMPARE(readAll(path), previous);
        QCOMPARE(entries(dir.path()), QStringList { out });
    }

    // A FIFO, a device or a folder given as input is refused at once, with a line: never a hang.
    void specialFilesAreRefused_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QStringList>("args"); // %1 = the special file, %2 = a folder for outputs
        QTest::newRow("info .entente") << u"d.entente"_qs << QStringList { u"info"_qs, u"%1"_qs };
        QTest::newRow("info .json") << u"d.json"_qs << QStringList { u"info"_qs, u"%1"_qs };
        QTest::newRow("import .csv") << u"e.csv"_qs << QStringList { u"import"_qs, u"%1"_qs, u"--into"_qs, u"%2/n.entente"_qs };
        QTest::newRow("import .json") << u"d.json"_qs << QStringList { u"import"_qs, u"%1"_qs, u"--into"_qs, u"%2/n.entente"_qs };
        QTest::newRow("import --mapping") << u"e.csv"_qs
                                          << QStringList { u"import"_qs, u"%1"_qs, u"--mapping"_qs, u"acled"_qs,
                                                 u"--into"_qs, u"%2/n.entente"_qs };
        QTest::newRow("import timelinejs") << u"t.json"_qs
                                           << QStringList { u"import"_qs, u"%1"_qs, u"--mapping"_qs, u"timelinejs"_qs,
                                                  u"--into"_qs, u"%2/n.entente"_qs };
        QTest::newRow("export-data") << u"d.entente"_qs
                                     << QStringList { u"export-data"_qs, u"%1"_qs, u"--format"_qs, u"csv"_qs, u"--out"_qs,
                                            u"%2/x.csv"_qs };
        QTest::newRow("export") << u"d.json"_qs
                                << QStringList { u"export"_qs, u"%1"_qs, u"--view"_qs, u"matrix"_qs, u"--out"_qs, u"%2/x.png"_qs };
        QTest::newRow("export to a FIFO") << u"x.png"_qs
                                          << QStringList { u"export"_qs, sample(), u"--view"_qs, u"matrix"_qs, u"--out"_qs,
                                                 u"%1"_qs };
    }
    void specialFilesAreRefused()
    {
        QFETCH(QString, name);
        QFETCH(QStringList, args);
        QTemporaryDir dir, outDir;
        const QString fifo = dir.filePath(name);
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        for (QString& a : args)
            a = a.replace(u"%1"_qs, fifo).replace(u"%2"_qs, outDir.path());
        const Run r = entente(args);
        VERIFY_ONE_LINE_ERROR(r);
        QVERIFY2(r.err.contains(u"not a regular file"), qPrintable(r.err));
        QCOMPARE(entries(outDir.path()), QStringList());
        // A device, too.
        if (args.contains(fifo)) {
            for (QString& a : args)
                if (a == fifo)
                    a = u"/dev/zero"_qs;
            const Run z = entente(args);
            VERIFY_ONE_LINE_ERROR(z);
            QCOMPARE(entries(outDir.path()), QStringList());
        }
    }

    // Every file in tests/fixtures/badinput gives one clear line (under 300 characters), no crash, and leaves the
    // dossier it was imported into byte-identical.
    void badInputGivesOneLine_data()
    {
        QTest::addColumn<QString>("file");
        const QDir dir(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/badinput"));
        const QStringList names = dir.entryList(QDir::Files, QDir::Name);
        QVERIFY(names.size() >= 20);
        for (const QString& name : names)
            QTest::newRow(qPrintable(name)) << dir.filePath(name);
    }
    void badInputGivesOneLine()
    {
        QFETCH(QString, file);
        if (m_target.isEmpty()) {
            QTemporaryDir dir;
            const QString doc = dir.filePath(u"t.entente"_qs);
            const Run made = entente({ u"import"_qs, sample(), u"--into"_qs, doc });
            QVERIFY2(made.code == 0, qPrintable(made.err));
            m_target = readAll(doc);
        }
        QTemporaryDir dir;
        const QString doc = dir.filePath(u"d.entente"_qs);
        QVERIFY(writeFile(doc, m_target));
        QList<QStringList> runs;
        if (file.endsWith(u".entente")) {
            runs << QStringList { u"info"_qs, file };
            runs << QStringList { u"export-data"_qs, file, u"--format"_qs, u"json"_qs, u"--out"_qs, dir.filePath(u"x.json"_qs) };
        } else if (file.endsWith(u".tljs.json")) {
            runs << QStringList { u"import"_qs, file, u"--mapping"_qs, u"timelinejs"_qs, u"--into"_qs, doc };
        } else if (file.endsWith(u".acled.csv")) {
            runs << QStringList { u"import"_qs, file, u"--mapping"_qs, u"acled"_qs, u"--into"_qs, doc };
        } else {
            runs << QStringList { u"import"_qs, file, u"--into"_qs, doc };
            if (file.endsWith(u".json"))
                runs << QStringList { u"info"_qs, file };
        }
        for (const QStringList& args : std::as_const(runs)) {
            const Run r = entente(args);
            VERIFY_ONE_LINE_ERROR(r);
            QVERIFY2(r.err.size() < 300, qPrintable(r.err));
            QVERIFY2(!r.err.contains(u"constraint failed") && !r.err.contains(u"SQLITE_"), qPrintable(r.err));
            QCOMPARE(readAll(doc), m_target);
            QCOMPARE(entries(dir.path()), QStringList { u"d.entente"_qs });
        }
    }

    // A screenshot writes its PNG and nothing else: not FILE.entente beside a JSON dossier, not the settings.
    void screenshotWritesOnlyItsOutput()
    {
        QTemporaryDir dir, home;
        const QString json = dir.filePath(u"talks.json"_qs);
        QVERIFY(QFile::copy(sample(), json));
        const QString png = dir.filePath(u"shot.png"_qs);
        QProcess p;
        p.setProgram(QStringLiteral(ENTENTE_BINARY_DIR "/app/entente"));
        p.setArguments({ json, u"--screenshot"_qs, png, u"--size"_qs, u"640x400"_qs });
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_qs, u"offscreen"_qs);
        env.insert(u"HOME"_qs, home.path());
        env.insert(u"XDG_CONFIG_HOME"_qs, home.filePath(u"config"_qs));
        env.insert(u"XDG_DATA_HOME"_qs, home.filePath(u"data"_qs));
        p.setProcessEnvironment(env);
        p.start();
        QVERIFY(p.waitForFinished(60000));
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(p.exitCode() == 0, qPrintable(err));
        // stderr carries only our one-line errors: no Qt platform chatter.
        QVERIFY2(!err.contains(u"propagateSizeHints"), qPrintable(err));
        QCOMPARE(entries(dir.path()), (QStringList { u"shot.png"_qs, u"talks.json"_qs }));
        QVERIFY(QFileInfo(png).size() > 1000);
        QVERIFY2(!QFileInfo::exists(home.filePath(u"config"_qs)), "the screenshot wrote settings");
    }

    void screenshotFailureSaysWhy()
    {
        QTemporaryDir dir;
        const QString bad = dir.filePath(u"bad.entente"_qs);
        QVERIFY(writeFile(bad, "not a database\n"));
        const Run r = entente({ bad, u"--screenshot"_qs, dir.filePath(u"x.png"_qs) });
        VERIFY_ONE_LINE_ERROR(r);
        QVERIFY2(r.err.contains(u"not an Entente dossier"), qPrintable(r.err));
        const Run w = entente({ sample(), u"--screenshot"_qs, u"/nonexistent-folder/x.png"_qs });
        VERIFY_ONE_LINE_ERROR(w);
        QVERIFY2(w.err.contains(u"/nonexistent-folder/x.png: "), qPrintable(w.err));
    }

private:
    QByteArray m_target;
};

QTEST_GUILESS_MAIN(TestCliReliability)
#include "tst_clireliability.moc"
