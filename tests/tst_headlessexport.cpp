// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixture.h"
#include "export/headlessexport.h"
#include "jsoninterchange.h"
#include "paintable.h"

#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Entente;
using ChartFixture::at;

namespace {
class FakeView : public Paintable {
public:
    explicit FakeView(QString name)
        : m_name(std::move(name))
    {
    }
    void paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const override
    {
        painter->fillRect(target, QColor(0x2e, 0x78, 0xb7));
        painter->setPen(style.foreground);
        painter->drawText(target, Qt::AlignCenter, m_name);
    }
    QString title() const override { return m_name; }

private:
    QString m_name;
};

HeadlessViewFactory fakeFactory()
{
    return [](const QString& view, const Dossier&, const HeadlessExportRequest&) -> std::unique_ptr<Paintable> {
        if (view == u"matrix" || view == u"timeline")
            return std::make_unique<FakeView>(view);
        return nullptr;
    };
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestHeadlessExport : public QObject {
    Q_OBJECT
private slots:
    void badRequests_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("issue");
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QSize>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("theme");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("message");
        const QString png = u"x.png"_qs;
        QTest::newRow("unknown view") << u"pie"_qs << QString() << QString() << QString() << QString() << QSize()
                                      << 1.0 << QString() << png << u"unknown view \"pie\""_qs;
        QTest::newRow("no out") << u"history"_qs << QString() << QString() << QString() << QString() << QSize() << 1.0
                                << QString() << QString() << u"no output file"_qs;
        QTest::newRow("bad extension") << u"history"_qs << QString() << QString() << QString() << QString() << QSize()
                                       << 1.0 << QString() << u"x.gif"_qs << u"unknown output format \"gif\""_qs;
        QTest::newRow("briefing not pdf") << u"briefing"_qs << QString() << QString() << QString() << QString()
                                          << QSize() << 1.0 << QString() << png << u"briefing is a PDF"_qs;
        QTest::newRow("unknown issue") << u"history"_qs << u"moon"_qs << QString() << QString() << QString() << QSize()
                                       << 1.0 << QString() << png << u"unknown issue \"moon\""_qs;
        QTest::newRow("as-of before") << u"distribution"_qs << QString() << u"2020-01-01"_qs << QString() << QString()
                                      << QSize() << 1.0 << QString() << png << u"--as-of 2020-01-01 is outside"_qs;
        QTest::newRow("from after") << u"activity"_qs << QString() << QString() << u"2030-01-01"_qs << QString()
                                    << QSize() << 1.0 << QString() << png << u"--from 2030-01-01 is outside"_qs;
        QTest::newRow("to before") << u"activity"_qs << QString() << QString() << QString() << u"2001-01-01"_qs
                                   << QSize() << 1.0 << QString() << png << u"--to 2001-01-01 is outside"_qs;
        QTest::newRow("from after to") << u"activity"_qs << QString() << QString() << u"2025-05-01"_qs
                                       << u"2025-02-01"_qs << QSize() << 1.0 << QString() << png
                                       << u"--from is after --to"_qs;
        QTest::newRow("huge size") << u"activity"_qs << QString() << QString() << QString() << QString()
                                   << QSize(100000, 10) << 1.0 << QString() << png << u"too large"_qs;
        QTest::newRow("bad scale") << u"activity"_qs << QString() << QString() << QString() << QString() << QSize()
                                   << 0.0 << QString() << png << u"--scale"_qs;
        QTest::newRow("bad theme") << u"activity"_qs << QString() << QString() << QString() << QString() << QSize()
                                   << 1.0 << u"sepia"_qs << png << u"unknown theme \"sepia\""_qs;
        QTest::newRow("unwritable") << u"activity"_qs << QString() << QString() << QString() << QString() << QSize()
                                    << 1.0 << QString() << u"/nonexistent-dir/x.png"_qs << u"Cannot write"_qs;
    }
    void badRequests()
    {
        QFETCH(QString, view);
        QFETCH(QString, issue);
        QFETCH(QString, asOf);
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QSize, size);
        QFETCH(double, scale);
        QFETCH(QString, theme);
        QFETCH(QString, out);
        QFETCH(QString, message);
        const Dossier d = ChartFixture::make();
        HeadlessExportRequest r;
        r.view = view;
        r.issueId = issue;
        auto date = [](const QString& s) { return s.isEmpty() ? std::optional<qint64>() : PartialDate::parse(s)->msecs; };
        r.asOf = date(asOf);
        r.from = date(from);
        r.to = date(to);
        r.size = size;
        r.scale = scale;
        r.theme = theme;
        r.outPath = out;
        const QString error = runHeadlessExport(d, r, fakeFactory());
        QVERIFY2(error.contains(message), qPrintable(error));
        QVERIFY(!error.contains(u'\n'));
    }

    void periodUpToTodayIsAccepted()
    {
        // An analyst frames "up to today": --as-of and --to after the dossier's last date are fine.
        QTemporaryDir dir;
        const Dossier d = ChartFixture::make();
        HeadlessExportRequest r;
        r.view = u"activity"_qs;
        r.asOf = PartialDate::parse(u"2030-01-01")->msecs;
        r.to = PartialDate::parse(u"2030-01-01")->msecs;
        r.outPath = dir.filePath(u"a.png"_qs);
        QCOMPARE(runHeadlessExport(d, r, fakeFactory()), QString());
        QVERIFY(QFileInfo(r.outPath).size() > 0);
    }

    void viewNotAvailableWithoutFactory()
    {
        QTemporaryDir dir;
        HeadlessExportRequest r;
        r.view = u"matrix"_qs;
        r.outPath = dir.filePath(u"m.png"_qs);
        QVERIFY(runHeadlessExport(ChartFixture::make(), r).contains(u"not available"_qs));
        QVERIFY(!QFile::exists(r.outPath));
    }

    void everyViewEveryFormat_data()
    {
        QTest::addColumn<QString>("view");
        QTest::addColumn<QString>("ext");
        for (const auto& v : { "matrix", "timeline", "history", "convergence", "activity", "distribution" })
            for (const auto& e : { "png", "svg", "pdf" })
                QTest::addRow("%s-%s", v, e) << QString::fromLatin1(v) << QString::fromLatin1(e);
    }
    void everyViewEveryFormat()
    {
        QFETCH(QString, view);
        QFETCH(QString, ext);
        QTemporaryDir dir;
        HeadlessExportRequest r;
        r.view = view;
        r.issueId = u"nato"_qs;
        r.asOf = at("2025-05-15");
        r.size = { 1600, 900 };
        r.scale = 1.25;
        r.theme = u"print"_qs;
        r.title = u"<b>x</b> export"_qs;
        r.outPath = dir.filePath(view + u'.' + ext);
        QCOMPARE(runHeadlessExport(ChartFixture::make(), r, fakeFactory()), QString());
        const QByteArray data = readAll(r.outPath);
        if (ext == u"png") {
            QImage img;
            QVERIFY(img.loadFromData(data));
            QCOMPARE(img.size(), QSize(1600, 900));
        } else if (ext == u"svg") {
            QXmlStreamReader xml(data);
            QString viewBox, title;
            while (!xml.atEnd())
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (xml.name() == u"svg")
                        viewBox = xml.attributes().value(u"viewBox"_qs).toString();
                    else if (xml.name() == u"title" && title.isEmpty())
                        title = xml.readElementText();
                }
            QVERIFY(!xml.hasError());
            QCOMPARE(viewBox, u"0 0 1280 720"_qs);
            QCOMPARE(title, r.title);
            QVERIFY(data.size() < 1024 * 1024);
        } else {
            QVERIFY(data.startsWith("%PDF"));
        }
    }

    void sampleDossierCharts()
    {
        // The shipped sample: every chart view to PNG (/tmp/charts-sample-<view>.png, to look at) and SVG.
        Dossier d;
        const auto error = readDossierJsonFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"), d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        for (const auto& view : { u"history"_qs, u"convergence"_qs, u"activity"_qs, u"distribution"_qs }) {
            HeadlessExportRequest r;
            r.view = view;
            r.issueId = u"territory"_qs;
            r.size = { 1920, 1080 };
            r.scale = 1.5;
            r.title = d.name;
            r.sourceLine = true;
            r.outPath = u"/tmp/charts-sample-%1.png"_qs.arg(view);
            QCOMPARE(runHeadlessExport(d, r, fakeFactory()), QString());
            QCOMPARE(QImage(r.outPath).size(), QSize(1920, 1080));
            QTemporaryDir dir;
            r.outPath = dir.filePath(view + u".svg"_qs);
            QCOMPARE(runHeadlessExport(d, r, fakeFactory()), QString());
            QVERIFY(QFileInfo(r.outPath).size() < 1024 * 1024);
        }
    }

    void briefing()
    {
        HeadlessExportRequest r;
        r.view = u"briefing"_qs;
        r.asOf = at("2025-06-30");
        r.from = at("2025-01-01");
        r.to = at("2025-06-30");
        r.outPath = u"/tmp/charts-briefing.pdf"_qs; // to look at
        QCOMPARE(runHeadlessExport(ChartFixture::make(), r, fakeFactory()), QString());
        const QByteArray pdf = readAll(r.outPath);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(int(pdf.count("/Type /Page\n")), 9); // title, what changed, matrix, timeline, 4 charts, events
    }

    void briefingSectionsIssuesAndMarking()
    {
        QTemporaryDir dir;
        const Dossier d = ChartFixture::make();
        HeadlessExportRequest r;
        r.view = u"briefing"_qs;
        r.outPath = dir.filePath(u"b.pdf"_qs);
        r.sections = QStringList { u"matrix"_qs, u"history"_qs, u"events"_qs };
        r.issues = QStringList { u"nato"_qs, u"territory"_qs };
        r.marking = u"OFFICIAL"_qs;
        QCOMPARE(runHeadlessExport(d, r, fakeFactory()), QString());
        // title, matrix, a history page per issue, events
        QCOMPARE(int(readAll(r.outPath).count("/Type /Page\n")), 5);
        r.sections = QStringList { u"gossip"_qs };
        QVERIFY(runHeadlessExport(d, r, fakeFactory()).contains(u"unknown briefing section \"gossip\""_qs));
        r.sections.clear();
        r.issues = QStringList { u"moon"_qs };
        QVERIFY(runHeadlessExport(d, r, fakeFactory()).contains(u"unknown issue \"moon\""_qs));
        r.issues.clear();
        r.view = u"activity"_qs;
        r.outPath = dir.filePath(u"a.png"_qs);
        QVERIFY(runHeadlessExport(d, r, fakeFactory()).contains(u"apply to the briefing only"_qs));
    }
};

QTEST_MAIN(TestHeadlessExport)
#include "tst_headlessexport.moc"
