// SPDX-License-Identifier: GPL-3.0-or-later
// The one file writer: a failed write, flush or fsync anywhere leaves the previous file byte-identical, leaves no
// temporary file behind and gives one line naming the file and the reason.
#include "safefilewriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

#include <sys/resource.h>
#include <sys/stat.h>

using namespace Entente;

namespace {
QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QStringList entries(const QTemporaryDir& dir)
{
    return QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

QByteArray bigPayload(int kib)
{
    QByteArray out;
    for (int i = 0; out.size() < kib * 1024; ++i)
        out += "line " + QByteArray::number(i) + " of a payload that is long enough to pass the buffer\n";
    return out;
}
} // namespace

class TestSafeFileWriter : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { SafeFileWriter::injectFault(SafeFileWriter::Fault::None); }

    void writesAndReplaces()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.txt"_qs);
        QCOMPARE(SafeFileWriter::writeFile(path, "first").message(), QString());
        QCOMPARE(readAll(path), QByteArray("first"));
        QCOMPARE(SafeFileWriter::writeFile(path, "second").message(), QString());
        QCOMPARE(readAll(path), QByteArray("second"));
        QCOMPARE(entries(dir), QStringList { u"out.txt"_qs });
    }

    void failedWriteKeepsThePreviousFile_data()
    {
        QTest::addColumn<int>("nth");
        QTest::newRow("first write") << 1;
        QTest::newRow("second write") << 2;
        QTest::newRow("last write") << 40;
    }
    void failedWriteKeepsThePreviousFile()
    {
        QFETCH(int, nth);
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.txt"_qs);
        QCOMPARE(SafeFileWriter::writeFile(path, "previous contents\n").message(), QString());
        SafeFileWriter::injectFault(SafeFileWriter::Fault::Write, nth);
        SafeFileWriter w(path);
        QVERIFY(w.open());
        // A producer that ignores write results, as QSvgGenerator and libpng's callbacks do.
        for (int i = 0; i < 40; ++i)
            (void)w.device()->write("some bytes of the new file\n");
        QVERIFY(!w.commit());
        QCOMPARE(w.errorString(), QStringLiteral("cannot write %1: No space left on device").arg(path));
        QCOMPARE(readAll(path), QByteArray("previous contents\n"));
        QCOMPARE(entries(dir), QStringList { u"out.txt"_qs });
    }

    void failedFsyncKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.txt"_qs);
        QCOMPARE(SafeFileWriter::writeFile(path, "previous").message(), QString());
        SafeFileWriter::injectFault(SafeFileWriter::Fault::Sync);
        const QString e = SafeFileWriter::writeFile(path, "new").message();
        QVERIFY2(e.endsWith(u": Input/output error"), qPrintable(e));
        QCOMPARE(readAll(path), QByteArray("previous"));
        QCOMPARE(entries(dir), QStringList { u"out.txt"_qs });
        // Without the fault the same write goes through.
        QCOMPARE(SafeFileWriter::writeFile(path, "new").message(), QString());
        QCOMPARE(readAll(path), QByteArray("new"));
    }

    // The real kernel path: a file-size limit makes write(2) fail with EFBIG inside QFileDevice's buffer.
    void fileSizeLimitKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.txt"_qs);
        QCOMPARE(SafeFileWriter::writeFile(path, "previous").message(), QString());
        rlimit old {};
        QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
        const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
        rlimit small = old;
        small.rlim_cur = 20000;
        QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
        const QString e = SafeFileWriter::writeFile(path, bigPayload(64)).message();
        setrlimit(RLIMIT_FSIZE, &old);
        std::signal(SIGXFSZ, oldHandler);
        QVERIFY2(e.startsWith(u"cannot write " + path + u": "), qPrintable(e));
        QVERIFY2(!e.contains(u'\n'), qPrintable(e));
        QCOMPARE(readAll(path), QByteArray("previous"));
        QCOMPARE(entries(dir), QStringList { u"out.txt"_qs });
    }

    void producerFailureKeepsThePreviousFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"out.txt"_qs);
        QCOMPARE(SafeFileWriter::writeFile(path, "previous").message(), QString());
        SafeFileWriter w(path);
        QVERIFY(w.open());
        QVERIFY(w.write("half a file"));
        w.fail(u"the encoder gave up"_qs);
        QVERIFY(!w.commit());
        QCOMPARE(w.reason(), u"the encoder gave up"_qs);
        QCOMPARE(readAll(path), QByteArray("previous"));
        QCOMPARE(entries(dir), QStringList { u"out.txt"_qs });
    }

    void refusesSpecialFiles()
    {
        QTemporaryDir dir;
        const QString fifo = dir.filePath(u"pipe.png"_qs);
        QCOMPARE(mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        // Would block forever on open(2) if it were opened: refused before.
        QCOMPARE(SafeFileWriter::writeFile(fifo, "x").message(), QStringLiteral("cannot write %1: not a regular file").arg(fifo));
        QCOMPARE(SafeFileWriter::writeFile(u"/dev/full"_qs, "x").message(), u"cannot write /dev/full: not a regular file"_qs);
        QCOMPARE(SafeFileWriter::writeFile(dir.path(), "x").message(),
            QStringLiteral("cannot write %1: it is a folder").arg(dir.path()));
    }

    void missingFolderIsOneLine()
    {
        const QString e = SafeFileWriter::writeFile(u"/nonexistent-folder/x.png"_qs, "x").message();
        QVERIFY2(e.startsWith(u"cannot write /nonexistent-folder/x.png: "), qPrintable(e));
        QVERIFY(!e.contains(u'\n'));
    }

    void writesAreCounted()
    {
        QTemporaryDir dir;
        SafeFileWriter::injectFault(SafeFileWriter::Fault::None);
        SafeFileWriter w(dir.filePath(u"x"_qs));
        QVERIFY(w.open());
        for (int i = 0; i < 5; ++i)
            QVERIFY(w.write("abc"));
        QVERIFY(w.commit());
        QCOMPARE(SafeFileWriter::writesSinceInjection(), 5);
    }
};

QTEST_APPLESS_MAIN(TestSafeFileWriter)
#include "tst_safefilewriter.moc"
