// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection over every writer the app has: PNG, SVG and PDF exports, the briefing, the screenshot, the
// JSON dossier, CSV events, TimelineJS, the import report and a saved mapping. For each, a write failing at
// several points (the first, the second, the middle, the last) and a failing fsync must give one line naming the
// file, leave the previous file byte-identical and leave nothing else in the folder.
#include "chartfixture.h"
#include "csvinterchange.h"
#include "dossierfile.h"
#include "eventimport.h"
#include "eventimportmapping.h"
#include "export/briefingexporter.h"
#include "export/imageexporter.h"
#include "jsoninterchange.h"
#include "mainwindow/screenshot.h"
#include "paintable.h"
#include "safefilewriter.h"
#include "timelinejs.h"

#include <QDir>
#include <QFile>
#include <QLabel>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>

#include <functional>
#include <set>

using namespace Entente;

namespace {
class Swatches : public Paintable {
public:
    void paint(QPainter* painter, const QRectF& target, const RenderStyle&) const override
    {
        painter->fillRect(target, QColor(200, 40, 40));
        painter->drawText(target, Qt::AlignCenter, u"Swatches"_qs);
    }
    QSizeF naturalSize() const override { return { 300, 200 }; }
    QString title() const override { return u"Swatches"_qs; }
};

using Writer = std::function<QString(const QString& path)>; // empty on success, else the error line

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString statusWriter(const Status& s)
{
    if (s.ok())
        return {};
    return s.message().isEmpty() ? u"failed without a message"_qs : s.message();
}

Writer writerNamed(const QString& name)
{
    static const Dossier dossier = ChartFixture::make(true);
    static const Swatches view;
    if (name == u"png" || name == u"svg" || name == u"pdf")
        return [](const QString& path) { return ImageExporter(ExportOptions {}).exportTo(view, path); };
    if (name == u"briefing")
        return [](const QString& path) {
            return BriefingExporter(dossier, {}).exportTo(path, { BriefingExporter::Page { &view, {} } });
        };
    if (name == u"screenshot")
        return [](const QString& path) {
            QLabel window(u"Entente"_qs);
            return saveScreenshot(&window, QSize(300, 200), path).message();
        };
    if (name == u"json")
        return [](const QString& path) { return statusWriter(writeDossierJsonFile(dossier, path)); };
    if (name == u"csv")
        return [](const QString& path) { return statusWriter(exportEventsCsvFile(dossier, path)); };
    if (name == u"export-data csv")
        return [](const QString& path) {
            return statusWriter(exportDossierData(dossier, path, u"csv"_qs));
        };
    if (name == u"timelinejs")
        return [](const QString& path) { return statusWriter(exportTimelineJsFile(dossier, path)); };
    if (name == u"import report")
        return [](const QString& path) {
            EventImportResult r;
            for (int i = 0; i < 50; ++i)
                r.errors.append(ImportRowError { i + 2, u"date"_qs, u"not a date"_qs });
            r.errorCount = 50;
            return statusWriter(r.saveReport(path));
        };
    if (name == u"mapping")
        return [](const QString& path) {
            ColumnMapping m;
            m.name = u"mine"_qs;
            m.date = u"event_date"_qs;
            return statusWriter(m.save(path));
        };
    return {};
}
} // namespace

class TestWriterFaults : public QObject {
    Q_OBJECT
private slots:
    void cleanup() { SafeFileWriter::injectFault(SafeFileWriter::Fault::None); }

    void everyWriterKeepsThePreviousFile_data()
    {
        QTest::addColumn<QString>("writer");
        QTest::addColumn<QString>("fileName");
        QTest::newRow("png") << u"png"_qs << u"out.png"_qs;
        QTest::newRow("svg") << u"svg"_qs << u"out.svg"_qs;
        QTest::newRow("pdf") << u"pdf"_qs << u"out.pdf"_qs;
        QTest::newRow("briefing") << u"briefing"_qs << u"out.pdf"_qs;
        QTest::newRow("screenshot") << u"screenshot"_qs << u"out.png"_qs;
        QTest::newRow("json") << u"json"_qs << u"out.json"_qs;
        QTest::newRow("csv") << u"csv"_qs << u"out.csv"_qs;
        QTest::newRow("export-data csv") << u"export-data csv"_qs << u"out.csv"_qs;
        QTest::newRow("timelinejs") << u"timelinejs"_qs << u"out.json"_qs;
        QTest::newRow("import report") << u"import report"_qs << u"bad.csv"_qs;
        QTest::newRow("mapping") << u"mapping"_qs << u"mine.json"_qs;
    }
    void everyWriterKeepsThePreviousFile()
    {
        QFETCH(QString, writer);
        QFETCH(QString, fileName);
        const Writer write = writerNamed(writer);
        QVERIFY(write);
        QTemporaryDir dir;
        const QString path = dir.filePath(fileName);
        const QByteArray previous = "the previous file, which must survive\n";
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(previous);
        }
        // A clean run counts the writes, so the sweep reaches the last one.
        const QString other = dir.filePath(u"clean-"_qs + fileName);
        SafeFileWriter::injectFault(SafeFileWriter::Fault::None);
        QCOMPARE(write(other), QString());
        const int writes = SafeFileWriter::writesSinceInjection();
        QVERIFY2(writes >= 1, qPrintable(writer));
        QVERIFY(QFile::remove(other));

        std::set<int> points { 1, 2, (writes + 1) / 2, writes };
        for (int nth : points) {
            if (nth < 1 || nth > writes)
                continue;
            SafeFileWriter::injectFault(SafeFileWriter::Fault::Write, nth);
            const QString e = write(path);
            SafeFileWriter::injectFault(SafeFileWriter::Fault::None);
            QVERIFY2(!e.isEmpty(), qPrintable(u"%1: write %2 of %3 failed but the export reported success"_qs.arg(writer).arg(nth).arg(writes)));
            QVERIFY2(!e.contains(u'\n'), qPrintable(e));
            QVERIFY2(e.contains(QDir::toNativeSeparators(path)), qPrintable(e));
            QVERIFY2(e.contains(u"No space left on device"), qPrintable(e));
            QCOMPARE(readAll(path), previous);
            QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
                QStringList { fileName });
        }
        SafeFileWriter::injectFault(SafeFileWriter::Fault::Sync);
        const QString e = write(path);
        SafeFileWriter::injectFault(SafeFileWriter::Fault::None);
        QVERIFY2(e.contains(u"Input/output error"), qPrintable(writer + u": "_qs + e));
        QCOMPARE(readAll(path), previous);

        // Without a fault the same writer replaces the file.
        QCOMPARE(write(path), QString());
        QVERIFY(readAll(path) != previous);
        QCOMPARE(QDir(dir.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot),
            QStringList { fileName });
    }
};

QTEST_MAIN(TestWriterFaults)
#include "tst_writerfaults.moc"
