// SPDX-License-Identifier: GPL-3.0-or-later
// Hostile names on their way out: TimelineJS fields safe for how TimelineJS renders them, SVG well-formed
// whatever control characters a name holds, user text isolated where it meets the app's own words, and
// events that end before they start refused on every way in.
#include "export/imageexporter.h"
#include "exporttext.h"
#include "paintable.h"
#include "timelinejs.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPainter>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Entente;

namespace {
PartialDate at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso)).value(); }

// What TimelineJS does with a group label: strip tags, decode entities (as often as a browser would, at
// most a few rounds), then innerHTML. The result must hold no markup.
QString asTimelineJsRendersGroup(QString s)
{
    static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
    for (int round = 0; round < 3; ++round) {
        s.remove(tags);
        s.replace(u"&lt;"_qs, u"<"_qs).replace(u"&gt;"_qs, u">"_qs).replace(u"&quot;"_qs, u"\""_qs);
        s.replace(u"&#60;"_qs, u"<"_qs).replace(u"&#x3c;"_qs, u"<"_qs).replace(u"&amp;"_qs, u"&"_qs);
    }
    return s;
}

Dossier hostile()
{
    Dossier d;
    d.name = u"Dossier \u202Eevil"_qs;
    const QStringList names { u"&lt;img src=x onerror=alert(1)&gt;"_qs, u"<script>alert(2)</script>"_qs,
        u"&amp;lt;svg onload=alert(3)&amp;gt;"_qs, u"Bell\u0001Party"_qs };
    for (int i = 0; i < names.size(); ++i)
        [&] { QVERIFY(d.insertParty(-1, { u"p%1"_qs.arg(i), names[i], {}, {} }).ok()); }();
    [&] {
        QVERIFY(d.insertSource(-1, { u"js"_qs, u"<b>Outlet</b>"_qs, u"javascript:alert(4)"_qs, u"x"_qs, {}, u'B', 2, {} }).ok());
        QVERIFY(d.insertSource(-1, { u"ok"_qs, u"Reuters"_qs, u"https://example.org/a"_qs, u"Report"_qs, {}, u'B', 2, {} }).ok());
    }();
    for (int i = 0; i < names.size(); ++i) {
        Event e;
        e.start = at("2025-12-15");
        e.title = u"Event\u0002 <i>%1</i>"_qs.arg(i);
        e.parties = { u"p%1"_qs.arg(i) };
        e.sources = { i == 0 ? u"js"_qs : u"ok"_qs };
        [&] { QVERIFY(d.insertEvent(e).ok()); }();
    }
    return d;
}

class Named : public Paintable {
public:
    explicit Named(QString text)
        : m_text(std::move(text))
    {
    }
    void paint(QPainter* painter, const QRectF& target, const RenderStyle&) const override
    {
        painter->drawText(target, Qt::AlignCenter, m_text);
    }
    QSizeF naturalSize() const override { return { 300, 200 }; }
    QString title() const override { return m_text; }

private:
    QString m_text;
};

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

class TestHostileExports : public QObject {
    Q_OBJECT
private slots:
    void exportTextRules()
    {
        QCOMPARE(ExportText::withoutControls(u"a\u0001b\tc\nd\u007f"_qs), u"ab\tc\nd"_qs);
        QCOMPARE(ExportText::isolated(u"Ukraine"_qs), u"Ukraine"_qs);
        QCOMPARE(ExportText::isolated(u"x\u202Ey"_qs), u"\u2068x\u202Ey\u2069"_qs);
        QCOMPARE(ExportText::isolated(u"مفاوضات"_qs), u"\u2068مفاوضات\u2069"_qs);
        QCOMPARE(ExportText::plainLabel(u"&lt;b&gt; <i>"_qs), u"\uff06lt;b\uff06gt; \uff1ci\uff1e"_qs);
    }

    void timelineJsGroupsCannotCarryMarkup()
    {
        const QByteArray json = exportTimelineJs(hostile());
        QJsonParseError pe;
        const QJsonObject root = QJsonDocument::fromJson(json, &pe).object();
        QCOMPARE(pe.error, QJsonParseError::NoError);
        const QJsonArray events = root[u"events"_qs].toArray();
        QCOMPARE(events.size(), 4);
        for (const auto& v : events) {
            const QJsonObject e = v.toObject();
            const QString group = e[u"group"_qs].toString();
            QVERIFY(!group.isEmpty());
            const QString rendered = asTimelineJsRendersGroup(group);
            QVERIFY2(!rendered.contains(u'<') && !rendered.contains(u'>') && !rendered.contains(u'&'), qPrintable(rendered));
            for (QChar c : group)
                QVERIFY2(c.unicode() >= 0x20, "a control character in a group");
            // Headlines are HTML in TimelineJS: escaped, no controls.
            const QString headline = e[u"text"_qs][u"headline"_qs].toString();
            QVERIFY2(!headline.contains(u'<') && !headline.contains(u'\u0002'), qPrintable(headline));
            QVERIFY(headline.contains(u"&lt;i&gt;"_qs));
            // Only web links become media.
            const QString url = e[u"media"_qs][u"url"_qs].toString();
            QVERIFY2(url.isEmpty() || url.startsWith(u"https://"), qPrintable(url));
            QVERIFY(!e[u"media"_qs][u"credit"_qs].toString().contains(u'<'));
        }
        QVERIFY(!json.contains("javascript:"));
        QVERIFY(json.contains(QString(u"\uff1cscript\uff1e"_qs).toUtf8()));
    }

    void timelineJsImportRefusesEventsEndingBeforeTheyStart()
    {
        const QByteArray json = R"({"events": [
            {"start_date": {"year": "2025", "month": "12", "day": "15"}, "text": {"headline": "fine"}},
            {"start_date": {"year": "2025", "month": "12", "day": "15"}, "end_date": {"year": "2025", "month": "12", "day": "1"},
             "text": {"headline": "backwards"}}]})";
        const auto refused = importTimelineJs(json, Dossier {}, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message(), u"event 2 (“backwards”): ends before it starts"_qs);
        // The same day as an end is fine: an end is a period.
        const QByteArray sameDay = R"({"events": [{"start_date": {"year": "2025", "month": "12", "day": "15", "hour": "10"},
            "end_date": {"year": "2025", "month": "12", "day": "15"}, "text": {"headline": "ok"}}]})";
        const auto accepted = importTimelineJs(sameDay, Dossier {}, {});
        QVERIFY2(accepted.ok(), qPrintable(accepted.message()));
    }

    // Events that arrive in bulk (a SQLite load, an import) meet the rule insertEvent applies one by one.
    void bulkEventsEndingBeforeTheyStartAreRefused()
    {
        Dossier d;
        Event e;
        e.id = 7;
        e.title = u"backwards"_qs;
        e.start = at("2025-12-15");
        e.end = at("2025-12-01");
        auto& store = d.eventsForBulkLoad();
        store.append(e);
        store.finish();
        QCOMPARE(d.validate(), QStringList { u"event 7 ends before it starts"_qs });
    }

    void svgIsWellFormedWithControlCharacters()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"x.svg"_qs);
        ExportOptions o;
        o.sourceLine = true;
        o.dossierName = u"Talks\u0001 \u202Eevil"_qs;
        o.title = u"Title\u0003"_qs;
        QCOMPARE(ImageExporter(o).exportTo(Named(u"Party\u0001\u0008 name"_qs), path), QString());
        const QByteArray svg = readAll(path);
        QXmlStreamReader xml(svg);
        while (!xml.atEnd())
            xml.readNext();
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        for (char c : svg)
            QVERIFY(uchar(c) >= 0x20 || c == '\n' || c == '\r' || c == '\t');
        // The dossier's name is isolated in the description, so its U+202E ends before the app's words.
        QVERIFY2(svg.contains(QString(u"\u2068Talks \u202Eevil\u2069"_qs).toUtf8()), svg.constData());
    }
};

QTEST_MAIN(TestHostileExports)
#include "tst_hostileexports.moc"
