// SPDX-License-Identifier: GPL-3.0-or-later
#include "export/imageexporter.h"
#include "paintable.h"

#include <QDir>
#include <QFile>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Entente;

namespace {
// Left half red, right half blue, a green square in the middle: known pixels at any size.
class Swatches : public Paintable {
public:
    void paint(QPainter* painter, const QRectF& target, const RenderStyle&) const override
    {
        painter->fillRect(QRectF(target.topLeft(), QSizeF(target.width() / 2, target.height())), QColor(255, 0, 0));
        painter->fillRect(QRectF(target.center().x(), target.top(), target.width() / 2, target.height()), QColor(0, 0, 255));
        painter->fillRect(QRectF(target.center() - QPointF(20, 20), QSizeF(40, 40)), QColor(0, 255, 0));
    }
    QSizeF naturalSize() const override { return { 400, 200 }; }
    QString title() const override { return u"Swatches <b>x</b>"_qs; }
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool near(QColor a, QColor b, int tolerance = 8)
{
    return std::abs(a.red() - b.red()) <= tolerance && std::abs(a.green() - b.green()) <= tolerance
        && std::abs(a.blue() - b.blue()) <= tolerance;
}
} // namespace

class TestImageExporter : public QObject {
    Q_OBJECT
private slots:
    void formatByExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1 = none
        QTest::newRow("png") << u"a/b.png"_qs << int(ImageExporter::Format::Png);
        QTest::newRow("upper") << u"b.SVG"_qs << int(ImageExporter::Format::Svg);
        QTest::newRow("pdf") << u"b.pdf"_qs << int(ImageExporter::Format::Pdf);
        QTest::newRow("jpg") << u"b.jpg"_qs << -1;
        QTest::newRow("none") << u"b"_qs << -1;
    }
    void formatByExtension()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto f = ImageExporter::formatForPath(path);
        QCOMPARE(f ? int(*f) : -1, format);
    }

    void pngHasSizeAndKnownPixels()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.png"_qs);
        ExportOptions o;
        o.preset = ExportOptions::SizePreset::Custom;
        o.customSize = { 800, 400 };
        o.scale = 2;
        QCOMPARE(ImageExporter(o).exportTo(Swatches(), path), QString());
        const QImage img(path);
        QCOMPARE(img.size(), QSize(800, 400));
        // no header or footer: 16 logical px margin (32 device px) of background, then the view
        QVERIFY(near(img.pixelColor(5, 5), Qt::white));
        QVERIFY(near(img.pixelColor(100, 200), QColor(255, 0, 0)));
        QVERIFY(near(img.pixelColor(700, 200), QColor(0, 0, 255)));
        QVERIFY(near(img.pixelColor(400, 200), QColor(0, 255, 0)));
    }

    void titleAreaIsDrawn()
    {
        ExportOptions o;
        o.preset = ExportOptions::SizePreset::FullHd;
        o.title = u"Title text"_qs;
        o.sourceLine = true;
        o.dossierName = u"Dossier"_qs;
        o.asOf = 0;
        const ImageExporter exporter(o);
        const QImage img = exporter.image(Swatches());
        QCOMPARE(img.size(), QSize(1920, 1080));
        const QRectF view = exporter.viewRect(QRectF(0, 0, 1920, 1080));
        QVERIFY(view.top() > 30);
        int ink = 0;
        for (int y = 16; y < int(view.top()); ++y)
            for (int x = 16; x < 300; ++x)
                ink += near(img.pixelColor(x, y), Qt::white, 40) ? 0 : 1;
        QVERIFY2(ink > 50, "the title text area is not background");
        QVERIFY(near(img.pixelColor(int(view.left()) + 5, int(view.center().y())), QColor(255, 0, 0)));
        QVERIFY(view.bottom() < 1080 - 30); // room for the source line
    }

    void svgParsesWithViewBoxAndEscapedMetadata()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.svg"_qs);
        ExportOptions o;
        o.title = u"<img src=\"x\"> & co"_qs;
        o.subtitle = u"<b>x</b>"_qs;
        QCOMPARE(ImageExporter(o).exportTo(Swatches(), path), QString());
        QXmlStreamReader xml(readAll(path));
        QString viewBox, width, height, title, desc;
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement)
                continue;
            if (xml.name() == u"svg") {
                viewBox = xml.attributes().value(u"viewBox"_qs).toString();
                width = xml.attributes().value(u"width"_qs).toString();
                height = xml.attributes().value(u"height"_qs).toString();
            } else if (xml.name() == u"title" && title.isEmpty())
                title = xml.readElementText();
            else if (xml.name() == u"desc" && desc.isEmpty())
                desc = xml.readElementText();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(viewBox, u"0 0 400 200"_qs);
        QVERIFY(!width.isEmpty() && !height.isEmpty());
        QCOMPARE(title, o.title); // literal text, not markup
        QVERIFY(desc.startsWith(u"<b>x</b>"_qs));
    }

    void pdfHasTitleAndOnePage()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.pdf"_qs);
        ExportOptions o;
        o.preset = ExportOptions::SizePreset::A4Landscape;
        o.title = u"Swatch export"_qs;
        QCOMPARE(ImageExporter(o).exportTo(Swatches(), path), QString());
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page "), 1);
        QVERIFY(pdf.contains("Swatch export") || pdf.contains(QByteArray("\xfe\xff\x00S\x00w", 7)));
    }

    void unknownExtensionIsAnError()
    {
        QTemporaryDir dir;
        const QString error = ImageExporter().exportTo(Swatches(), dir.filePath(u"a.bmpx"_qs));
        QVERIFY(error.contains(u"bmpx"_qs));
        QVERIFY(!QFile::exists(dir.filePath(u"a.bmpx"_qs)));
    }

    void failedExportKeepsEarlierFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::newRow("png") << u"a.png"_qs;
        QTest::newRow("svg") << u"a.svg"_qs;
        QTest::newRow("pdf") << u"a.pdf"_qs;
    }
    void failedExportKeepsEarlierFile()
    {
        QFETCH(QString, name);
        if (geteuid() == 0)
            QSKIP("permissions do not bind root");
        QTemporaryDir dir;
        const QString path = dir.filePath(name);
        QCOMPARE(ImageExporter().exportTo(Swatches(), path), QString());
        const QByteArray good = readAll(path);
        QVERIFY(!good.isEmpty());
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::ExeOwner); // directory no longer writable
        const QString error = ImageExporter().exportTo(Swatches(), path);
        QFile::setPermissions(dir.path(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(path), good);
    }

    void failedRenderKeepsEarlierFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"a.png"_qs);
        QCOMPARE(ImageExporter().exportTo(Swatches(), path), QString());
        const QByteArray good = readAll(path);
        ExportOptions huge;
        huge.preset = ExportOptions::SizePreset::Custom;
        huge.customSize = { 200000, 200000 }; // QImage cannot allocate this
        const QString error = ImageExporter(huge).exportTo(Swatches(), path);
        QVERIFY(!error.isEmpty());
        QCOMPARE(readAll(path), good);
    }

    void missingDirectoryReportsError()
    {
        const QString error = ImageExporter().exportTo(Swatches(), u"/nonexistent-dir/x/a.png"_qs);
        QVERIFY2(error.startsWith(u"Cannot write"_qs), qPrintable(error));
    }

    // Needs a small filesystem: ENTENTE_FULL_FS_DIR=/mnt/tiny (e.g. a 16 KiB tmpfs).
    void diskFullKeepsEarlierFile()
    {
        const QString dirPath = qEnvironmentVariable("ENTENTE_FULL_FS_DIR");
        if (dirPath.isEmpty())
            QSKIP("set ENTENTE_FULL_FS_DIR to a small filesystem to run");
        const QString path = QDir(dirPath).filePath(u"full.png"_qs);
        QFile::remove(path);
        QCOMPARE(ImageExporter().exportTo(Swatches(), path), QString());
        const QByteArray good = readAll(path);
        ExportOptions big;
        big.preset = ExportOptions::SizePreset::UltraHd;
        big.title = u"A title so the PNG does not compress to nothing"_qs;
        big.sourceLine = true;
        const QString error = ImageExporter(big).exportTo(Swatches(), path);
        QVERIFY2(!error.isEmpty(), "the big PNG should not fit");
        QCOMPARE(readAll(path), good);
        QFile::remove(path);
    }

    void clipboardGetsTheImage()
    {
        ExportOptions o;
        o.preset = ExportOptions::SizePreset::Custom;
        o.customSize = { 300, 150 };
        QCOMPARE(ImageExporter(o).copyToClipboard(Swatches()), QString());
    }
};

QTEST_MAIN(TestImageExporter)
#include "tst_imageexporter.moc"
