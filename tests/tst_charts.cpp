// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixture.h"
#include "charts/chartbuilder.h"
#include "charts/chartpaintable.h"
#include "charts/chartview.h"
#include "export/imageexporter.h"

#include <QAbstractBarSeries>
#include <QAbstractSeries>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QCategoryAxis>
#include <QChart>
#include <QFile>
#include <QLineSeries>
#include <QPainter>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocument>
#include <QValueAxis>
#include <QXmlStreamReader>

#include <memory>

using namespace Entente;
using ChartFixture::at;

namespace {
// The chart built for `s`, or null when it was refused (the test's QVERIFY(chart) then fails).
std::unique_ptr<QChart> builtOrNull(const Dossier& d, const ChartSpec& s)
{
    auto built = Charts::build(d, s);
    return built.ok() ? std::move(built).value() : nullptr;
}

QStringList seriesNames(QChart* chart)
{
    QStringList names;
    for (auto* s : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(s))
            for (auto* set : bars->barSets())
                names.append(set->label());
        else
            names.append(s->name());
    }
    return names;
}

ChartSpec spec(ChartKind kind)
{
    ChartSpec s;
    s.kind = kind;
    s.issueId = u"nato"_qs;
    return s;
}
} // namespace

class TestCharts : public QObject {
    Q_OBJECT
private slots:
    void historyChartHasStanceAxisAndSteps()
    {
        const Dossier d = ChartFixture::make();
        auto built = Charts::build(d, spec(ChartKind::History));
        QVERIFY2(built.ok(), qPrintable(built.message()));
        std::unique_ptr<QChart> chart = std::move(built).value();
        QVERIFY(chart);
        auto* y = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->categoriesLabels(),
            (QStringList { u"Opposes"_qs, u"Resists"_qs, u"Ambiguous"_qs, u"Open"_qs, u"Supports"_qs }));
        QLineSeries* ua = nullptr;
        for (auto* s : chart->series())
            if (s->name() == u"Ukraine")
                ua = qobject_cast<QLineSeries*>(s);
        QVERIFY(ua);
        const auto points = ua->points();
        QCOMPARE(points.size(), 4); // (Jan 10, 2) (Mar 1, 2) (Mar 1, 1) (end, 1)
        QCOMPARE(points[1], QPointF(double(at("2025-03-01")), 2));
        QCOMPARE(points[2], QPointF(double(at("2025-03-01")), 1));
        QVERIFY(seriesNames(chart.get()).contains(u"Status: Contested"_qs));
    }

    void dateAxisNamesTheYearAcrossNewYear()
    {
        const Dossier d = ChartFixture::make();
        ChartSpec s = spec(ChartKind::History);
        s.filter.from = at("2024-12-20");
        s.filter.to = at("2025-01-20");
        auto built = Charts::build(d, s);
        QVERIFY2(built.ok(), qPrintable(built.message()));
        std::unique_ptr<QChart> chart = std::move(built).value();
        QVERIFY(chart);
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        const QStringList labels = x->categoriesLabels();
        QVERIFY(labels.size() >= 2);
        for (const QString& label : labels)
            QVERIFY2(label.endsWith(u" 24"_qs) || label.endsWith(u" 25"_qs), qPrintable(labels.join(u" | "_qs)));
        // Within one year, days and weeks stay short.
        s.filter.from = at("2025-02-01");
        s.filter.to = at("2025-03-01");
        built = Charts::build(d, s);
        QVERIFY2(built.ok(), qPrintable(built.message()));
        chart = std::move(built).value();
        x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x && !x->categoriesLabels().isEmpty());
        QVERIFY(!x->categoriesLabels().first().endsWith(u" 25"_qs));
    }

    void activityCountsEventsNotPartyEvents()
    {
        // Three of the fixture's six events have two parties (Jan 10: UA+US, Feb 3: UA+RU, Jun 30: UA+EU): the
        // stacked bars add up to the events of each month, counting each of those once, and the axis says so.
        const Dossier d = ChartFixture::make();
        ChartSpec s = spec(ChartKind::Activity);
        s.group = ActivityGroup::Party;
        s.bucket = ActivityBucket::Month;
        std::unique_ptr<QChart> chart = builtOrNull(d, s);
        QVERIFY(chart);
        auto* bars = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        const QList<int> eventsPerMonth { 2, 2, 1, 0, 0, 1 }; // Jan … Jun
        QList<int> stacked(eventsPerMonth.size(), 0);
        for (auto* set : bars->barSets()) {
            QCOMPARE(set->count(), eventsPerMonth.size());
            for (int b = 0; b < set->count(); ++b)
                stacked[b] += int(set->at(b));
        }
        QCOMPARE(stacked, eventsPerMonth);
        QVERIFY2(
            seriesNames(chart.get()).contains(u"Several parties"_qs), qPrintable(seriesNames(chart.get()).join(u", ")));
        auto* y = qobject_cast<QValueAxis*>(chart->axes(Qt::Vertical).value(0));
        QVERIFY(y);
        QCOMPARE(y->titleText(), u"Events per month (each event counted once)"_qs);
        QVERIFY(y->max() >= 2 && y->max() < 4); // the axis fits 2 events, not the 4 party-events of January

        // Shown by issue, narrowed to NATO membership: an event without a shown issue is "other".
        s.group = ActivityGroup::Issue;
        s.filter.issueIds = { u"nato"_qs };
        chart = builtOrNull(d, s);
        bars = qobject_cast<QAbstractBarSeries*>(chart->series().value(0));
        QVERIFY(bars);
        stacked.fill(0);
        for (auto* set : bars->barSets())
            for (int b = 0; b < set->count(); ++b)
                stacked[b] += int(set->at(b));
        QCOMPARE(stacked, eventsPerMonth);
        QVERIFY(seriesNames(chart.get()).contains(u"No issue shown"_qs));
    }

    void activityAndHistoryAxesNameYearsAndEndAtThePeriodEnd_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("history") << int(ChartKind::History);
        QTest::newRow("activity") << int(ChartKind::Activity);
    }
    void activityAndHistoryAxesNameYearsAndEndAtThePeriodEnd()
    {
        QFETCH(int, kind);
        const Dossier d = ChartFixture::make();
        ChartSpec s = spec(ChartKind(kind));
        s.bucket = ActivityBucket::Day; // many buckets: the activity chart draws areas over a date axis
        s.filter.from = at("2024-12-20");
        s.filter.to = at("2025-01-20");
        std::unique_ptr<QChart> chart = builtOrNull(d, s);
        QVERIFY(chart);
        auto* x = qobject_cast<QCategoryAxis*>(chart->axes(Qt::Horizontal).value(0));
        QVERIFY(x);
        QCOMPARE(qint64(x->max()), at("2025-01-20")); // not the end of the last bucket or a margin beyond
        QCOMPARE(qint64(x->min()), at("2024-12-20"));
        const QStringList labels = x->categoriesLabels();
        QVERIFY(labels.size() >= 2);
        bool both = false;
        for (const QString& label : labels) {
            QVERIFY2(label.endsWith(u" 24"_qs) || label.endsWith(u" 25"_qs), qPrintable(labels.join(u" | "_qs)));
            both = both || label.endsWith(u" 25"_qs);
        }
        QVERIFY2(both && labels.first().endsWith(u" 24"_qs), qPrintable(labels.join(u" | "_qs)));
    }

    void unknownIssueIsAnError()
    {
        const Dossier d = ChartFixture::make();
        ChartSpec s = spec(ChartKind::History);
        s.issueId = u"nope"_qs;
        const auto built = Charts::build(d, s);
        QVERIFY(!built.ok());
        QVERIFY(built.message().contains(u"nope"_qs));
        QCOMPARE(built.error().kind(), Error::Kind::NotFound);
    }

    void dossierTextIsEscaped_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("history") << int(ChartKind::History);
        QTest::newRow("convergence") << int(ChartKind::Convergence);
        QTest::newRow("activity") << int(ChartKind::Activity);
        QTest::newRow("distribution") << int(ChartKind::Distribution);
    }
    void dossierTextIsEscaped()
    {
        QFETCH(int, kind);
        const Dossier d = ChartFixture::make(true);
        ChartSpec s = spec(ChartKind(kind));
        s.group = ActivityGroup::Party;
        auto built = Charts::build(d, s);
        QVERIFY2(built.ok(), qPrintable(built.message()));
        std::unique_ptr<QChart> chart = std::move(built).value();
        QVERIFY(chart);
        QStringList texts = seriesNames(chart.get());
        texts.append(chart->title());
        for (auto* axis : chart->axes())
            if (auto* cat = qobject_cast<QBarCategoryAxis*>(axis))
                texts.append(cat->categories());
        const QString joined = texts.join(u'\n');
        QVERIFY2(!joined.contains(u"<img"_qs) && !joined.contains(u"<b>"_qs), qPrintable(joined));
        if (ChartKind(kind) == ChartKind::History || ChartKind(kind) == ChartKind::Activity)
            QVERIFY2(joined.contains(u"&lt;img src=&quot;x&quot;&gt;"_qs), qPrintable(joined)); // the party, in the legend
        if (ChartKind(kind) == ChartKind::History)
            QVERIFY(chart->title().contains(u"&lt;b&gt;x&lt;/b&gt;"_qs));
        if (ChartKind(kind) == ChartKind::Convergence || ChartKind(kind) == ChartKind::Distribution)
            QVERIFY2(joined.contains(u"&lt;b&gt;x&lt;/b&gt;"_qs), qPrintable(joined)); // the issue
        // The escaped text renders as the literal name: the label's plain text round-trips.
        QTextDocument doc;
        doc.setHtml(chart->title());
        QVERIFY(!doc.toPlainText().isEmpty());
    }

    void escapedNamesRenderAsLiteralTextInSvg()
    {
        // End to end: the legend and title of an exported chart show the names as typed, not as markup.
        const Dossier d = ChartFixture::make(true);
        ChartPaintable p(d, spec(ChartKind::History));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"h.svg"_qs);
        ExportOptions o;
        o.title = d.name;
        QCOMPARE(ImageExporter(o).exportTo(p, path), QString());
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        QString text, title;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == u"title" && title.isEmpty())
                title = xml.readElementText();
            else if (xml.isCharacters())
                text += xml.text();
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QCOMPARE(title, u"<b>x</b> talks"_qs);
        QVERIFY2(text.contains(u"<img src=\"x\">"_qs), qPrintable(text)); // the legend entry
        QVERIFY2(text.contains(u"<b>x</b>"_qs), qPrintable(text)); // the issue in the chart title
    }

    void paintableRendersIntoTarget()
    {
        const Dossier d = ChartFixture::make();
        ChartPaintable p(d, spec(ChartKind::History));
        QImage img(800, 500, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::magenta);
        QPainter painter(&img);
        p.paint(&painter, QRectF(100, 50, 600, 400), RenderStyle::light());
        painter.end();
        QCOMPARE(img.pixelColor(50, 25), QColor(Qt::magenta)); // outside the target: untouched
        QCOMPARE(img.pixelColor(110, 60), QColor(Qt::white)); // chart background inside
        int coloured = 0;
        for (int y = 50; y < 450; ++y)
            for (int x = 100; x < 700; ++x)
                coloured += img.pixelColor(x, y) != QColor(Qt::white) ? 1 : 0;
        QVERIFY(coloured > 5000);
        QVERIFY(p.title().contains(u"NATO membership"_qs));
    }

    void paintableAtTwiceTheScaleIsNotCropped()
    {
        const Dossier d = ChartFixture::make();
        ChartPaintable p(d, spec(ChartKind::Activity));
        QImage img(1600, 1000, QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::magenta);
        QPainter painter(&img);
        painter.scale(2, 2);
        p.paint(&painter, QRectF(0, 0, 800, 500), RenderStyle::light());
        painter.end();
        QCOMPARE(img.pixelColor(1595, 995), QColor(Qt::white)); // the bottom-right corner is chart, not cropped
    }

    void viewFollowsAsOf()
    {
        const Dossier d = ChartFixture::make();
        ChartView view(d, spec(ChartKind::History));
        view.resize(800, 500);
        view.show();
        QVERIFY(!view.chart()->title().contains(u"as of"_qs));
        view.setAsOf(at("2025-02-15"));
        QTRY_VERIFY(view.chart()->title().contains(u"as of"_qs)); // rebuilt on the next event-loop turn
        QCOMPARE(view.paintable()->spec().filter.asOf, std::optional<qint64>(at("2025-02-15")));
        // Hidden (a tab behind another), it waits until it is shown.
        view.hide();
        view.setAsOf(std::nullopt);
        QCoreApplication::processEvents();
        QVERIFY(view.chart()->title().contains(u"as of"_qs));
        view.show();
        QVERIFY(!view.chart()->title().contains(u"as of"_qs));
    }

    void exportSampleCharts()
    {
        // Pictures to look at: /tmp/charts-<kind>.png
        const Dossier d = ChartFixture::make();
        for (const auto kind : { ChartKind::History, ChartKind::Convergence, ChartKind::Activity, ChartKind::Distribution }) {
            ChartPaintable p(d, spec(kind));
            ExportOptions o;
            o.preset = ExportOptions::SizePreset::FullHd;
            o.scale = 1.5;
            o.title = d.name;
            o.sourceLine = true;
            o.dossierName = d.name;
            o.asOf = at("2025-06-30");
            o.asOfStamp = true;
            const QString path = u"/tmp/charts-%1.png"_qs.arg(Charts::kindKey(kind));
            QCOMPARE(ImageExporter(o).exportTo(p, path), QString());
            QImage img(path);
            QCOMPARE(img.size(), QSize(1920, 1080));
        }
    }
};

QTEST_MAIN(TestCharts)
#include "tst_charts.moc"
