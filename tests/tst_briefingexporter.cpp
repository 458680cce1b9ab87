// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartfixture.h"
#include "charts/chartpaintable.h"
#include "export/briefingexporter.h"
#include "export/headlessexport.h"
#include "forecast/forecastpaintable.h"
#include "mustutil.h"

#include <QBuffer>
#include <QFile>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using ChartFixture::at;

namespace {
int pdfPageCount(const QByteArray& pdf)
{
    // Page objects, not the /Type /Pages tree node.
    return int(pdf.count("/Type /Page\n") + pdf.count("/Type /Page\r") + pdf.count("/Type /Page ")
        + pdf.count("/Type /Page/") + pdf.count("/Type /Page>"));
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestBriefingExporter : public QObject {
    Q_OBJECT
private slots:
    void pageCount_data()
    {
        QTest::addColumn<int>("views");
        QTest::addColumn<int>("maxEvents");
        QTest::addColumn<int>("expectedPages");
        QTest::newRow("title+changes+events") << 0 << 100 << 3;
        QTest::newRow("title+changes+2views+events") << 2 << 100 << 5;
        QTest::newRow("title+changes+4views+events") << 4 << 100 << 7;
    }
    void pageCount()
    {
        QFETCH(int, views);
        QFETCH(int, maxEvents);
        QFETCH(int, expectedPages);
        const Dossier d = ChartFixture::make();
        std::vector<std::unique_ptr<ChartPaintable>> charts;
        QList<BriefingExporter::Page> pages;
        for (int i = 0; i < views; ++i) {
            ChartSpec s;
            s.kind = ChartKind(i % 4);
            s.issueId = u"nato"_qs;
            charts.push_back(std::make_unique<ChartPaintable>(d, s));
            pages.append(BriefingExporter::Page { charts.back().get(), {} });
        }
        BriefingOptions o;
        o.asOf = at("2025-06-30");
        o.maxEvents = maxEvents;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.pdf"_qs);
        QCOMPARE(BriefingExporter(d, o).exportTo(path, pages), QString());
        const QByteArray pdf = readAll(path);
        QVERIFY(pdf.startsWith("%PDF"));
        QCOMPARE(pdfPageCount(pdf), expectedPages);
    }

    void longEventListSpansPages()
    {
        Dossier d = ChartFixture::make();
        for (int i = 0; i < 300; ++i) {
            Event e;
            e.start = PartialDate::fromMsecs(at("2025-07-01") + i * 3600000LL, Precision::Minute);
            e.title = u"Extra event %1"_qs.arg(i);
            e.sources = { u"s1"_qs };
            Entente::TestUtil::must(d.insertEvent(e));
        }
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.pdf"_qs);
        QCOMPARE(BriefingExporter(d, {}).exportTo(path, {}), QString());
        QVERIFY(pdfPageCount(readAll(path)) > 3);
    }

    void eventListIsEscapedAndHasGradings()
    {
        Dossier d = ChartFixture::make(true);
        Event e;
        e.start = PartialDate::fromYmd(2025, 3, 20);
        e.title = u"<script>alert(1)</script>"_qs;
        e.parties = { u"ua"_qs };
        Entente::TestUtil::must(d.insertEvent(e));
        BriefingOptions o;
        o.from = at("2025-02-01");
        o.to = at("2025-03-31");
        const QString html = BriefingExporter(d, o).eventListHtml();
        QVERIFY(!html.contains(u"<script>"_qs));
        QVERIFY(html.contains(u"&lt;script&gt;"_qs));
        QVERIFY(!html.contains(u"<img"_qs));
        QVERIFY(html.contains(u"&lt;img src=&quot;x&quot;&gt;"_qs)); // the party name, as text
        QVERIFY(html.contains(u"(D4)"_qs)); // TASS grading on the 3 February event
        QVERIFY(html.contains(u"Reuters"_qs));
        QVERIFY(!html.contains(u"Event 1<"_qs)); // 10 January is outside the period
        QVERIFY(!html.contains(u"Event 6<"_qs));
    }

    void reliabilityOpensWhatChanged()
    {
        Dossier d = ChartFixture::make(true);
        BriefingOptions o;
        o.asOf = at("2025-03-31");
        o.reliabilityThreshold = u"B2"_qs;
        const QString html = BriefingExporter(d, o).whatChangedHtml();
        QVERIFY2(html.startsWith(u"<h2>Reliability as of 31 March 2025</h2><p>"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"stated positions rest on one source"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"graded below B2."_qs), qPrintable(html));
    }

    void eventListGradesClaims()
    {
        // An event's claim grades its source for that event: Reuters is an A outlet, the claim 3, so the briefing
        // reads (A3), with who claims it and the quote, escaped.
        Dossier d = ChartFixture::make(true);
        Event e;
        e.start = PartialDate::fromYmd(2025, 3, 21);
        e.title = u"Envoy briefs reporters"_qs;
        e.parties = { u"ua"_qs };
        const QString reuters = d.sources().first().id;
        e.sources = { reuters };
        e.claims = { Claim { reuters, 3, u"an unnamed <US> official"_qs, u"90% agreed"_qs } };
        const auto row = d.insertEvent(e);
        QVERIFY2(row.ok(), qPrintable(row.message()));
        BriefingOptions o;
        o.from = at("2025-03-01");
        o.to = at("2025-03-31");
        const QString html = BriefingExporter(d, o).eventListHtml();
        const QString expected = u"<b>(A3)</b> — an unnamed &lt;US&gt; official: <i>“90% agreed”</i>"_qs;
        QVERIFY2(html.contains(expected), qPrintable(html));
    }

    void titleEmbedded()
    {
        const Dossier d = ChartFixture::make();
        BriefingOptions o;
        o.title = u"Weekly"_qs;
        QTemporaryDir dir;
        const QString path = dir.filePath(u"b.pdf"_qs);
        QCOMPARE(BriefingExporter(d, o).exportTo(path, {}), QString());
        const QByteArray pdf = readAll(path);
        // QPdfWriter writes the title as UTF-16BE with a BOM
        QVERIFY(pdf.contains(QByteArray("\xfe\xff\x00W\x00""e\x00""e\x00k", 10)) || pdf.contains("Weekly"));
    }

    void pageListSectionsAndMarking()
    {
        // The page list follows the sections; a marking and the what-changed section use the period.
        const Dossier d = ChartFixture::make();
        ChartSpec s;
        s.kind = ChartKind(0);
        s.issueId = u"nato"_qs;
        const ChartPaintable chart(d, s);
        BriefingOptions o;
        o.asOf = at("2025-03-31");
        o.from = at("2025-02-01");
        o.marking = u"OFFICIAL – SENSITIVE"_qs;
        QStringList titles;
        {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter pdf(&buffer);
            QPainter painter(&pdf);
            QCOMPARE(BriefingExporter(d, o).paint(&pdf, &painter, { { &chart, u"History"_qs } }, &titles), 4);
        }
        QCOMPARE(titles, (QStringList { u"Title"_qs, u"What changed"_qs, u"History"_qs, u"Events"_qs }));
        const BriefingExporter exporter(d, o);
        QCOMPARE(exporter.whatChangedPeriod(), (std::pair<qint64, qint64> { at("2025-02-01"), at("2025-03-31") }));
        const QString html = exporter.whatChangedHtml();
        QVERIFY2(html.contains(u"What changed from 1 February 2025 to 31 March 2025"_qs), qPrintable(html));
        // Without the optional sections: the title and the views only.
        o.whatChanged = false;
        o.events = false;
        titles.clear();
        {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter pdf(&buffer);
            QPainter painter(&pdf);
            QCOMPARE(BriefingExporter(d, o).paint(&pdf, &painter, { { &chart, {} } }, &titles), 2);
        }
        QCOMPARE(titles.size(), 2);
        QCOMPARE(titles.first(), u"Title"_qs);
    }

    // The Forecast section: per chosen issue the outcome as of the date and, with thin inputs, the caveat line;
    // then a forecast-over-time page per issue. Asked for by name (not in the default sections).
    void forecastSection()
    {
        Dossier d = ChartFixture::make();
        BriefingOptions o;
        o.asOf = at("2025-03-31");
        QVERIFY(BriefingExporter(d, o).forecastHtml().isEmpty());
        o.forecastIssues = { u"nato"_qs };
        // Ukraine open (+1, salience 50), Russia opposes (−2, 100), the US ambiguous (0, not assessed: 50).
        QString html = BriefingExporter(d, o).forecastHtml();
        QVERIFY2(html.contains(u"Forecast as of 31 March 2025 (Weighted median (Black))"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"<b>NATO membership</b>: -2.00 (Opposes) — 3 party(ies)"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"3 party(ies) with a known position"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"Caveat: thin inputs (no capability is recorded, so every party weighs the same; the "
                               u"positions cite no source)"_qs),
            qPrintable(html));
        // With a capability per party, cited from two sources, the caveat goes.
        for (const char* party : { "ua", "ru", "us" }) {
            CapabilityChange c;
            c.partyId = QString::fromLatin1(party);
            c.effective = PartialDate::parse(u"2025-01-01"_qs).value();
            c.value = 50;
            c.citedSources = { QString::fromLatin1(party) == u"ru" ? u"s2"_qs : u"s1"_qs };
            TestUtil::must(d.addCapabilityChange(c));
        }
        html = BriefingExporter(d, o).forecastHtml();
        QVERIFY2(!html.contains(u"Caveat"_qs), qPrintable(html));

        // The page list: the section after "What changed", then the chart page the plan adds.
        HeadlessExportRequest r;
        r.view = u"briefing"_qs;
        r.asOf = at("2025-03-31");
        r.sections = { u"whatchanged"_qs, u"forecast"_qs };
        r.issues = { u"nato"_qs };
        const BriefingPlan plan = planBriefing(d, r, {});
        QCOMPARE(plan.options.forecastIssues, QStringList { u"nato"_qs });
        QCOMPARE(plan.pages.size(), 1);
        QCOMPARE(plan.pages.first().caption, u"Forecast over time: NATO membership (Weighted median (Black))"_qs);
        const auto* chart = dynamic_cast<const ForecastPaintable*>(plan.pages.first().view);
        QVERIFY(chart);
        QVERIFY(!chart->points().empty());
        QStringList titles;
        {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter pdf(&buffer);
            QPainter painter(&pdf);
            QCOMPARE(BriefingExporter(d, plan.options).paint(&pdf, &painter, plan.pages, &titles), 4);
        }
        QCOMPARE(titles,
            (QStringList { u"Title"_qs, u"What changed"_qs, u"Forecast"_qs,
                u"Forecast over time: NATO membership (Weighted median (Black))"_qs }));
        // Not in the default sections.
        r.sections.clear();
        QVERIFY(planBriefing(d, r, {}).options.forecastIssues.isEmpty());

        // Made from a saved view with a scenario: its issue by default, and its outcome beside the baseline's.
        // Weights (capability 50 × salience): Ukraine +1 25, Russia −2 50 → 5 with salience 10, the US 0 25; the
        // median moves from Opposes to Ambiguous.
        SavedView view;
        view.id = u"v"_qs;
        view.name = u"Russia cares less"_qs;
        view.asOf = at("2025-03-31");
        view.scenario
            = SavedScenario { u"nato"_qs, u"median"_qs, 10, {}, { { u"ru"_qs, { std::nullopt, 10, std::nullopt } } } };
        TestUtil::must(d.insertSavedView(-1, view));
        HeadlessExportRequest fromView;
        fromView.view = u"briefing"_qs;
        fromView.sections = { u"forecast"_qs };
        fromView.savedView = u"russia cares less"_qs;
        QCOMPARE(applySavedView(d, &fromView), QString());
        const BriefingPlan withScenario = planBriefing(d, fromView, {});
        QCOMPARE(withScenario.options.forecastIssues, QStringList { u"nato"_qs });
        QCOMPARE(withScenario.options.forecastScenario, view.scenario);
        html = BriefingExporter(d, withScenario.options).forecastHtml();
        QVERIFY2(
            html.contains(u"<b>NATO membership</b>: -2.00 (Opposes) — 3 party(ies) with a known position<br/>"
                          u"Scenario “Russia cares less” (not the record; Russia: salience 10): 0.00 (Ambiguous)"_qs),
            qPrintable(html));
        // On another issue the scenario is not shown.
        BriefingOptions other = withScenario.options;
        other.forecastIssues = { u"territory"_qs };
        QVERIFY(!BriefingExporter(d, other).forecastHtml().contains(u"Scenario"_qs));
    }

    void keyJudgementsOpenTheBriefing()
    {
        // A key judgement (confidence, text, graded evidence) and a note on a cell make the page after the title;
        // their text is data, escaped like the rest.
        Dossier d = ChartFixture::make();
        const QString party = d.parties().first().id, issue = d.issues().first().id;
        Source s;
        s.id = u"ptv"_qs;
        s.outlet = u"Press TV"_qs;
        s.reliability = u'D';
        s.credibility = 3;
        QCOMPARE(d.insertSource(-1, s).message(), QString());
        Note judgement;
        judgement.id = u"kj"_qs;
        judgement.target = NoteTarget::Issue;
        judgement.issueId = issue;
        judgement.text = u"Convergence is <overstated>"_qs;
        judgement.confidence = Confidence::Low;
        judgement.evidence = { Claim { u"ptv"_qs, 4, u"unnamed US officials"_qs, {} } };
        QCOMPARE(d.insertNote(-1, judgement).message(), QString());
        Note onCell;
        onCell.id = u"cell"_qs;
        onCell.target = NoteTarget::Cell;
        onCell.partyId = party;
        onCell.issueId = issue;
        onCell.text = u"Watch this cell & its sources"_qs;
        QCOMPARE(d.insertNote(-1, onCell).message(), QString());
        BriefingOptions o;
        o.asOf = at("2025-03-31");
        const BriefingExporter exporter(d, o);
        const QString html = exporter.judgementsHtml();
        QVERIFY2(html.contains(u"<h2>Key judgements</h2>"), qPrintable(html));
        QVERIFY2(html.contains(u"Low confidence:</b> Convergence is &lt;overstated&gt;"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"Evidence: Press TV D4 — unnamed US officials."_qs), qPrintable(html));
        const QString cell = d.parties().first().name + u" on "_qs + d.issues().first().name;
        QVERIFY2(html.contains(u"<h2>Analyst&#39;s notes</h2>"_qs) || html.contains(u"<h2>Analyst's notes</h2>"_qs),
            qPrintable(html));
        QVERIFY2(html.contains(QString(cell.toHtmlEscaped() + u":</b> Watch this cell &amp; its sources"_qs)), qPrintable(html));
        QStringList titles;
        {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter pdf(&buffer);
            QPainter painter(&pdf);
            BriefingExporter(d, o).paint(&pdf, &painter, {}, &titles);
        }
        QCOMPARE(titles.mid(0, 3), (QStringList { u"Title"_qs, u"Key judgements"_qs, u"What changed"_qs }));
        // Without notes there is no such page; the option leaves it out too.
        o.judgements = false;
        titles.clear();
        {
            QBuffer buffer;
            QVERIFY(buffer.open(QIODevice::WriteOnly));
            QPdfWriter pdf(&buffer);
            QPainter painter(&pdf);
            BriefingExporter(d, o).paint(&pdf, &painter, {}, &titles);
        }
        QVERIFY(!titles.contains(u"Key judgements"_qs));
        QCOMPARE(BriefingExporter(ChartFixture::make(), BriefingOptions {}).judgementsHtml(), QString());
    }

    void notAPdfIsAnError()
    {
        const Dossier d = ChartFixture::make();
        QVERIFY(!BriefingExporter(d, {}).exportTo(u"/tmp/b.png"_qs, {}).isEmpty());
    }
};

QTEST_MAIN(TestBriefingExporter)
#include "tst_briefingexporter.moc"
