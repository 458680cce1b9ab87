// SPDX-License-Identifier: GPL-3.0-or-later
#include "mustutil.h"
#include "timeline/timelinelanes.h"
#include "timeline/timelinerenderer.h"
#include "timeline/timelineview.h"
#include "mainwindow/colorscheme.h"

#include "dossier.h"
#include "jsoninterchange.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QWheelEvent>

#include <set>

using namespace Entente;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

Event ev(qint64 id, const char* start, const char* title, QStringList parties, QStringList issues = {}, const char* end = nullptr)
{
    Event e;
    e.id = id;
    e.start = PartialDate::parse(QString::fromLatin1(start)).value();
    if (end)
        e.end = PartialDate::parse(QString::fromLatin1(end)).value();
    e.title = QString::fromUtf8(title);
    e.description = u"Description of "_qs + e.title;
    e.parties = parties;
    e.issues = issues;
    return e;
}

// A small negotiation: three parties, two issues with status histories, an era, points, a range and a
// month-precision event.
Dossier sampleDossier()
{
    Dossier d;
    d.name = u"Sample"_qs;
    Entente::TestUtil::must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, {} }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"territory"_qs, u"Territory"_qs, {} }));
    Entente::TestUtil::must(d.insertSource(-1, { u"s1"_qs, u"Outlet <b>"_qs, u"https://example.org"_qs, u"Report & analysis"_qs, {}, u'B', 2, {} }));
    Era era;
    era.id = u"berlin"_qs;
    era.name = u"Berlin round"_qs;
    era.start = PartialDate::parse(u"2025-12-14").value();
    era.end = PartialDate::parse(u"2025-12-15").value();
    era.color = u"#f5b041"_qs;
    Entente::TestUtil::must(d.insertEra(-1, era));
    const QList<Event> events = {
        ev(1, "2025-11", "Autumn offensive", { u"ru"_qs }, { u"territory"_qs }),
        ev(2, "2025-11-20", "28-point plan leaked", { u"us"_qs, u"ru"_qs }, { u"nato"_qs, u"territory"_qs }),
        ev(3, "2025-11-23", "Geneva talks", { u"us"_qs, u"ua"_qs }, { u"territory"_qs }),
        ev(4, "2025-12-02", "Moscow meeting", { u"us"_qs, u"ru"_qs }, { u"territory"_qs }),
        ev(5, "2025-12-07", "Strike on energy grid", { u"ru"_qs }, {}),
        ev(6, "2025-12-14", "Berlin talks", { u"us"_qs, u"ua"_qs }, { u"nato"_qs }, "2025-12-15"),
        ev(7, "2025-12-15T10:30Z", "Security guarantees offered", { u"us"_qs }, { u"nato"_qs }),
        ev(8, "2025-12-19", "Kremlin rejects <script>", { u"ru"_qs }, { u"nato"_qs }),
        ev(9, "2025-12-28", "Florida meeting", { u"us"_qs, u"ua"_qs }, { u"territory"_qs }),
    };
    for (Event e : events) {
        if (e.id == 3) {
            e.sources = { u"s1"_qs };
            e.claims = { Claim { u"s1"_qs, 4, u"a <Ukrainian> delegate"_qs, {} } };
        }
        if (const auto row = d.insertEvent(e); !row.ok())
            qFatal("sample event rejected: %s", qPrintable(row.message()));
    }
    auto status = [&](const char* issue, const char* date, const char* key) {
        StatusChange c;
        c.issueId = QString::fromLatin1(issue);
        c.effective = PartialDate::parse(QString::fromLatin1(date)).value();
        c.status = QString::fromLatin1(key);
        Entente::TestUtil::must(d.addStatusChange(c));
    };
    const auto& levels = d.statusScale();
    status("nato", "2025-11-01", qPrintable(levels.value(0).key));
    status("nato", "2025-12-14", qPrintable(levels.value(1).key));
    status("territory", "2025-11-20", qPrintable(levels.value(2).key));
    return d;
}

// Many events in one lane, for label and density tests.
Dossier denseDossier(int n, qint64 from, qint64 step)
{
    Dossier d;
    Entente::TestUtil::must(d.insertParty(-1, { u"a"_qs, u"Alpha"_qs, u"A"_qs, u"#2ca02c"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"b"_qs, u"Beta"_qs, u"B"_qs, u"#9467bd"_qs }));
    auto& store = d.eventsForBulkLoad();
    for (int i = 0; i < n; ++i) {
        const QString a = u"a"_qs, b = u"b"_qs;
        const QStringView ps[] = { a, b };
        store.append(i + 1, PartialDate::fromMsecs(from + i * step, Precision::Minute), {},
            QStringLiteral("Event number %1").arg(i + 1), {}, {}, std::span(ps, i % 3 == 0 ? 2 : 1), {}, {}, {});
    }
    store.finish();
    return d;
}

Dossier bundledSample()
{
    Dossier d;
    const auto error = readDossierJsonFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"), d);
    if (error.isError())
        qFatal("sample: %s", qPrintable(error.toString()));
    return d;
}

// Every drawn rectangle of one event (marker, range bar, label) against every other event's and every
// cluster's: none may overlap. A month/year band carries its own label, so bands count by their label only.
QString firstOverlap(const TimelineRenderer::Layout& l)
{
    struct Shape {
        qint64 id;
        QRectF rect;
        QString what;
    };
    std::vector<Shape> shapes;
    for (const auto& item : l.items) {
        if (!item.marker.isEmpty())
            shapes.push_back({ item.eventId, item.marker, u"marker"_qs });
        if (!item.marker.isEmpty() && !item.bar.isEmpty())
            shapes.push_back({ item.eventId, item.bar, u"bar"_qs });
    }
    for (const auto& label : l.labels)
        shapes.push_back({ label.eventId, label.rect, u"label "_qs + label.text });
    for (const auto& c : l.clusters)
        shapes.push_back({ -1, c.rect, c.text });
    for (const auto& m : l.changeMarks)
        shapes.push_back({ -1, m.rect, u"change mark"_qs });
    for (size_t i = 0; i < shapes.size(); ++i)
        for (size_t j = i + 1; j < shapes.size(); ++j)
            if ((shapes[i].id != shapes[j].id || shapes[i].id < 0) && shapes[i].rect.intersects(shapes[j].rect))
                return QStringLiteral("%1 (%2) overlaps %3 (%4)")
                    .arg(shapes[i].what).arg(shapes[i].id).arg(shapes[j].what).arg(shapes[j].id);
    return {};
}

TimeScale scaleFor(qint64 from, qint64 to, double width)
{
    TimeScale s(from, double(to - from) / width, width);
    return s;
}

bool near(QColor a, QColor b, int tolerance = 40)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue()) <= tolerance;
}

void saveOnFailure(const QImage& image, const QString& name)
{
    const QString dir = QDir::tempPath() + u"/entente-test-images"_qs;
    QDir().mkpath(dir);
    const QString path = dir + u'/' + name + u".png"_qs;
    if (image.save(path))
        qWarning("saved the rendered image to %s", qPrintable(path));
    else
        qWarning("could not save the rendered image to %s", qPrintable(path));
}

void sendMouse(QWidget* w, QEvent::Type type, QPoint pos, Qt::MouseButton button, Qt::MouseButtons buttons,
    Qt::KeyboardModifiers mods = {})
{
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, mods);
    QCoreApplication::sendEvent(w, &e);
}

// The time area of `a` shifted by `dx` whole pixels (content moving left when dx > 0) against `b`: the columns
// both show must be identical. Returns the number of differing pixels and saves both images when any differ.
qsizetype shiftedDifference(const QImage& a, const QImage& b, const QRect& area, int dx, const QString& name)
{
    qsizetype differing = 0;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x) {
            const int xa = x + dx;
            if (xa < area.left() || xa > area.right())
                continue;
            if (a.pixel(xa, y) != b.pixel(x, y) && differing++ < 5)
                qWarning("differs at %d,%d (before: %d,%d)", x, y, xa, y);
        }
    if (differing > 0) {
        saveOnFailure(a, name + u"-before"_qs);
        saveOnFailure(b, name + u"-after"_qs);
    }
    return differing;
}

// A widget grab against a fresh view in the same state (same dossier, size, palette, font, scale, selection):
// what a full paint gives.
QImage freshGrab(const TimelineView& like, const Dossier& d)
{
    TimelineView fresh;
    fresh.setPalette(like.palette());
    fresh.setFont(like.font());
    fresh.resize(like.size());
    fresh.show();
    if (!QTest::qWaitForWindowExposed(&fresh))
        qWarning("the fresh view was not exposed");
    fresh.setDossier(&d);
    fresh.setSelectedEventIds(like.selectedEventIds());
    fresh.setScale(like.scale());
    return fresh.grab().toImage();
}

qsizetype imageDifference(const QImage& a, const QImage& b, const QString& name)
{
    if (a.size() != b.size())
        return std::numeric_limits<qsizetype>::max();
    qsizetype differing = 0;
    for (int y = 0; y < a.height(); ++y)
        for (int x = 0; x < a.width(); ++x)
            differing += a.pixel(x, y) != b.pixel(x, y);
    if (differing > 0) {
        saveOnFailure(a, name + u"-kept"_qs);
        saveOnFailure(b, name + u"-fresh"_qs);
    }
    return differing;
}
}

// Counts the paint events a widget receives.
class PaintCounter : public QObject {
public:
    int paints = 0;
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        paints += event->type() == QEvent::Paint;
        return QObject::eventFilter(watched, event);
    }
};

class TestTimelineRenderer : public QObject {
    Q_OBJECT
private:
    RenderStyle m_style = RenderStyle::light();
    QRectF m_target { 0, 0, 1000, 400 };

private slots:
    void initTestCase() { m_style.font = QFont(u"DejaVu Sans"_qs, 9); }

    void lanesInSlicesEqualOneBuild_data()
    {
        QTest::addColumn<int>("mode");
        QTest::addColumn<bool>("masked");
        QTest::newRow("parties") << int(TimelineLanes::Mode::Parties) << false;
        QTest::newRow("issues, masked") << int(TimelineLanes::Mode::Issues) << true;
        QTest::newRow("one lane") << int(TimelineLanes::Mode::Single) << false;
    }
    void lanesInSlicesEqualOneBuild()
    {
        QFETCH(int, mode);
        QFETCH(bool, masked);
        // Random events over three parties and two issues, some with neither, some ranges.
        Dossier d = sampleDossier();
        QRandomGenerator rng(7);
        const char* parties[] = { "us", "ua", "ru" };
        for (qint64 id = 100; id < 3100; ++id) {
            Event e = ev(id, "2025-01-01", "x", {});
            e.start = PartialDate::fromMsecs(at("2024-01-01") + qint64(rng.bounded(700000)) * 60000, Precision::Minute);
            if (rng.bounded(10) == 0)
                e.end = PartialDate::fromMsecs(e.start.msecs + 86400000LL * rng.bounded(1, 40), Precision::Day);
            for (const char* p : parties)
                if (rng.bounded(3) == 0)
                    e.parties << QString::fromLatin1(p);
            if (rng.bounded(2))
                e.issues << (rng.bounded(2) ? u"territory"_qs : u"nato"_qs);
            QVERIFY(d.insertEvent(e).ok());
        }
        std::vector<bool> mask;
        if (masked)
            for (qsizetype r = 0; r < d.events().size(); ++r)
                mask.push_back(r % 3 != 0);
        TimelineLanes whole, sliced;
        whole.build(d, TimelineLanes::Mode(mode), mask);
        sliced.begin(d, TimelineLanes::Mode(mode), mask);
        int steps = 0;
        while (true) {
            QVERIFY(sliced.isBuilding());
            QCOMPARE(sliced.laneCount(), 0); // nothing half-built is visible
            ++steps;
            if (sliced.step(137))
                break;
        }
        QVERIFY(steps > 2 * (d.events().size() / 137));
        QVERIFY(!sliced.isBuilding());
        QCOMPARE(sliced.laneCount(), whole.laneCount());
        QCOMPARE(sliced.order(), whole.order());
        QCOMPARE(sliced.dossier(), &d);
        for (qsizetype i = 0; i < whole.laneCount(); ++i) {
            const auto &a = sliced.lane(i), &b = whole.lane(i);
            QCOMPARE(a.key, b.key);
            QCOMPARE(a.rows, b.rows);
            QCOMPARE(a.keys, b.keys);
            QCOMPARE(a.coarseKeys, b.coarseKeys);
            QCOMPARE(a.extentRows, b.extentRows);
            QCOMPARE(a.extentEnds, b.extentEnds);
            QCOMPARE(a.extentMaxEnd, b.extentMaxEnd);
        }
        // A build while slicing replaces the unfinished one.
        sliced.begin(d, TimelineLanes::Mode(mode), mask);
        QVERIFY(sliced.step(10) == false);
        sliced.build(d, TimelineLanes::Mode(mode), mask);
        QVERIFY(!sliced.isBuilding());
        QCOMPARE(sliced.laneCount(), whole.laneCount());
    }

    void viewLaysOutAHugeDossierInSlices()
    {
        Dossier d = sampleDossier();
        auto& store = d.eventsForBulkLoad();
        const QStringView party[] = { u"us" };
        for (qint64 id = 1000; id < 1000 + 210000; ++id)
            store.append(id, PartialDate::fromMsecs(at("2024-01-01") + id * 60000, Precision::Minute), {},
                u"e"_qs, {}, {}, std::span(party, 1), {}, {}, {});
        store.finish();
        TimelineView view;
        view.resize(900, 400);
        view.show();
        view.setDossier(&d);
        QVERIFY(view.lanes().isBuilding());
        QCOMPARE(view.lanes().laneCount(), 0);
        QTRY_VERIFY(!view.lanes().isBuilding());
        view.setDossier(&d); // again, and this time finished on request
        QVERIFY(view.lanes().isBuilding());
        view.finishLayout();
        QVERIFY(!view.lanes().isBuilding());
        TimelineLanes whole;
        whole.build(d, TimelineLanes::Mode::Parties);
        QCOMPARE(view.lanes().laneCount(), 3);
        QCOMPARE(view.lanes().lane(0).rows, whole.lane(0).rows);
        QVERIFY(view.lanes().lane(0).rows.size() > 210000);
    }

    void lanesByParty()
    {
        const Dossier d = sampleDossier();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        QCOMPARE(lanes.laneCount(), 3);
        // Event 2 names us and ru: it is in both lanes; rows ascend by start.
        const qsizetype row2 = d.events().rowOfId(2);
        QCOMPARE(lanes.lanesOfRow(quint32(row2)), (std::vector<int> { 0, 2 }));
        QCOMPARE(lanes.lane(2).rows.size(), size_t(5));
        for (const auto& l : { lanes.lane(0), lanes.lane(1), lanes.lane(2) })
            QVERIFY(std::is_sorted(l.rows.begin(), l.rows.end()));
        // The range and the month-precision event are the extents.
        QCOMPARE(lanes.lane(1).extentRows.size(), size_t(1));
        QCOMPARE(lanes.lane(2).extentRows.size(), size_t(1));
        // By issue; events without an issue land in the "No issue" lane.
        lanes.build(d, TimelineLanes::Mode::Issues);
        QCOMPARE(lanes.laneCount(), 3);
        QCOMPARE(lanes.lane(2).key, u"*none"_qs);
        QCOMPARE(lanes.lane(2).rows.size(), size_t(1));
        lanes.build(d, TimelineLanes::Mode::Single);
        QCOMPARE(lanes.laneCount(), 1);
        QCOMPARE(qsizetype(lanes.lane(0).rows.size()), d.events().size());
        // A row mask hides rows; 4 bytes per membership.
        std::vector<bool> mask(size_t(d.events().size()), false);
        mask[0] = mask[3] = true;
        lanes.build(d, TimelineLanes::Mode::Single, mask);
        QCOMPARE(lanes.lane(0).rows, (std::vector<quint32> { 0, 3 }));
        QCOMPARE(sizeof(lanes.lane(0).rows[0]), size_t(4));
    }

    void laneSearchMatchesBruteForce_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<qint64>("step"); // msecs between events: sub-minute steps make runs of equal keys
        QTest::addColumn<int>("hop"); // the search point advances by up to hop events (long hops use the coarse keys)
        QTest::newRow("sparse") << 500 << qint64(86400000) << 3;
        QTest::newRow("same-minute-runs") << 3000 << qint64(7000) << 3;
        QTest::newRow("pre-1970-dense") << 5000 << qint64(61000) << 2;
        QTest::newRow("long-hops") << 20000 << qint64(30000) << 400;
    }
    void laneSearchMatchesBruteForce()
    {
        QFETCH(int, events);
        QFETCH(qint64, step);
        QFETCH(int, hop);
        const qint64 from = QTest::currentDataTag() == QByteArray("pre-1970-dense") ? at("1962-10-16") : at("2025-01-01");
        Dossier d;
        Entente::TestUtil::must(d.insertParty(-1, { u"a"_qs, u"Alpha"_qs, u"A"_qs, u"#2ca02c"_qs }));
        auto& store = d.eventsForBulkLoad();
        const QString a = u"a"_qs;
        const QStringView ps[] = { a };
        for (int i = 0; i < events; ++i)
            store.append(i + 1, PartialDate::fromMsecs(from + i * step + (i % 5) * 1000, Precision::Minute), {}, u"e"_qs, {},
                {}, std::span(ps, 1), {}, {}, {});
        store.finish();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        const auto starts = d.events().starts();
        const auto& rows = lanes.lane(0).rows;
        auto expected = [&](qint64 t) {
            return qsizetype(std::lower_bound(rows.begin(), rows.end(), t, [&](quint32 r, qint64 v) { return starts[r] < v; }) - rows.begin());
        };
        QRandomGenerator rng(11);
        qsizetype prev = 0;
        qint64 t = from - 3 * step;
        for (int k = 0; k < 4000 && t < from + events * step + step; ++k) {
            t += qint64(rng.bounded(double(hop) * double(step)));
            const qsizetype e = expected(t);
            QCOMPARE(lanes.lowerBound(0, t), e);
            QCOMPARE(lanes.upperBound(0, t), expected(t + 1));
            QCOMPARE(lanes.gallopLowerBound(0, t, prev), e);
            prev = e;
        }
        QCOMPARE(lanes.lowerBound(0, std::numeric_limits<qint64>::min() + 1), 0);
        QCOMPARE(lanes.upperBound(0, std::numeric_limits<qint64>::max()), qsizetype(rows.size()));
        QCOMPARE(lanes.lowerBound(0, at("2600-01-01")), qsizetype(rows.size()));
    }

    void laneOrderAndCollapseSurviveRebuild()
    {
        const Dossier d = sampleDossier();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        lanes.moveLane(2, 0);
        lanes.setCollapsed(1, true);
        QCOMPARE(lanes.order(), (std::vector<int> { 2, 0, 1 }));
        lanes.build(d, TimelineLanes::Mode::Parties);
        QCOMPARE(lanes.order(), (std::vector<int> { 2, 0, 1 }));
        QVERIFY(lanes.isCollapsed(1));
        lanes.moveLane(0, 7); // out of range: ignored
        QCOMPARE(lanes.order(), (std::vector<int> { 2, 0, 1 }));
    }

    void hitTest()
    {
        const Dossier d = sampleDossier();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        r.setScale(scaleFor(at("2025-11-15"), at("2026-01-01"), 850));
        const auto l = r.layout(m_target, m_style);
        const auto& ru = l.lanes[2];
        QCOMPARE(ru.lane, 2);
        const auto* item5 = l.itemOf(5, 2);
        QVERIFY(item5);
        const QPointF marker5 = item5->marker.center();
        QCOMPARE(r.hitTest(l, marker5), qint64(5));
        QCOMPARE(r.hitTest(l, marker5 + QPointF(-4, 0)), qint64(5)); // within the radius
        // The label selects its event, not only the marker.
        const auto label5 = std::find_if(l.labels.begin(), l.labels.end(), [](const auto& x) { return x.eventId == 5; });
        QVERIFY(label5 != l.labels.end());
        QCOMPARE(r.hitTest(l, label5->rect.center()), qint64(5));
        QCOMPARE(r.hitTest(l, { item5->slot.right() + 10, marker5.y() }), qint64(0)); // empty time
        QCOMPARE(r.hitTest(l, { marker5.x(), l.axis.center().y() }), qint64(0)); // on the axis
        QCOMPARE(r.hitTest(l, { 20, marker5.y() }), qint64(0)); // on the header
        // The US lane at the same x has no event 5.
        QVERIFY(r.hitTest(l, { marker5.x(), l.lanes[0].rowRect(0).center().y() }) != 5);
        // Inside the Berlin range's bar, away from its start, in the UA lane.
        const auto* berlin = l.itemOf(6, 1);
        QVERIFY(berlin && !berlin->bar.isEmpty());
        const double xr = l.timeArea.left() + l.scale.toX(at("2025-12-15T20:00Z"));
        QCOMPARE(r.hitTest(l, { xr, berlin->bar.center().y() }), qint64(6));
    }

    void labelsNeverOverlap_data()
    {
        QTest::addColumn<double>("days"); // visible span
        QTest::newRow("one-day") << 1.0;
        QTest::newRow("ten-days") << 10.0;
        QTest::newRow("two-months") << 60.0;
    }
    void labelsNeverOverlap()
    {
        QFETCH(double, days);
        const qint64 from = at("2025-01-01");
        const Dossier d = denseDossier(2000, from, 45 * 60000); // one event every 45 minutes
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        r.setDensityPerPixel(1.0); // keep markers (and labels) even where they crowd
        r.setScale(scaleFor(from, from + qint64(days * TimeScale::DayMs), 850));
        r.setSelectedEventIds({ 31 }); // in both lanes
        const auto l = r.layout(m_target, m_style);
        QVERIFY(!l.labels.empty());
        for (size_t i = 0; i < l.labels.size(); ++i) {
            QVERIFY(l.timeArea.contains(l.labels[i].rect));
            for (size_t j = i + 1; j < l.labels.size(); ++j)
                QVERIFY2(!l.labels[i].rect.intersects(l.labels[j].rect),
                    qPrintable(l.labels[i].text + u" overlaps "_qs + l.labels[j].text));
        }
        // The selected event's label wins its place when it is in view.
        QVERIFY(!l.lanes[1].density);
        QVERIFY(std::any_of(l.labels.begin(), l.labels.end(), [](const auto& x) { return x.eventId == 31; }));
        // Denser views place fewer labels per event, never more than fit in the lanes' rows.
        QVERIFY(qsizetype(l.labels.size()) <= qsizetype(l.timeArea.width() / 10) * r.maxRows() * qsizetype(l.lanes.size()));
        // Whatever did not fit is counted in clusters: every visible event is an item or in a "+N".
        for (const auto& g : l.lanes) {
            if (g.density)
                continue;
            qsizetype clustered = 0;
            for (const auto& c : l.clusters)
                clustered += c.lane == g.lane ? c.count : 0;
            QCOMPARE(qsizetype(g.itemEnd - g.firstItem) + clustered, g.visibleCount);
            QVERIFY(g.rows <= r.maxRows() + 1);
        }
    }

    void sampleDec15Stacks_data()
    {
        QTest::addColumn<double>("width");
        QTest::addColumn<double>("days");
        QTest::newRow("1280 px, one day") << 1130.0 << 1.0;
        QTest::newRow("1280 px, a week") << 1130.0 << 7.0;
        QTest::newRow("1920 px, three days") << 1770.0 << 3.0;
        QTest::newRow("3840 px, a month") << 3690.0 << 30.0;
        QTest::newRow("narrow, a week") << 500.0 << 7.0;
    }
    void sampleDec15Stacks()
    {
        // The sample's United States lane holds four events on 15 Dec 2025 (one day, no time): they stack in
        // four rows, each with its marker and label, and nothing drawn overlaps anything else.
        QFETCH(double, width);
        QFETCH(double, days);
        const Dossier d = bundledSample();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        const qint64 mid = at("2025-12-15T12:00Z");
        const qint64 half = qint64(days * TimeScale::DayMs / 2);
        r.setScale(scaleFor(mid - half, mid + half, width));
        const QRectF target(0, 0, width + 150, 900);
        const auto l = r.layout(target, m_style);
        const QString overlap = firstOverlap(l);
        QVERIFY2(overlap.isEmpty(), qPrintable(overlap));
        const qsizetype us = d.partyIndex(u"us"_qs);
        const auto g = std::find_if(l.lanes.begin(), l.lanes.end(), [&](const auto& x) { return x.lane == us; });
        QVERIFY(g != l.lanes.end());
        QCOMPARE(g->rows, 4);
        QCOMPARE(g->body.height(), 4 * g->rowHeight + 6 * m_style.scale + g->changeStrip.height()); // as tall as its rows
        const QList<qint64> dec15 = { 4, 5, 6, 7 };
        std::set<int> subRows;
        for (qint64 id : dec15) {
            const auto* item = l.itemOf(id, g->lane);
            QVERIFY2(item, qPrintable(QString::number(id)));
            subRows.insert(item->subRow);
            const auto label = std::find_if(l.labels.begin(), l.labels.end(), [&](const auto& x) { return x.eventId == id && x.lane == g->lane; });
            QVERIFY2(label != l.labels.end(), qPrintable(QString::number(id)));
            // The event under the pointer is the one whose label or marker is there (the tooltip uses this).
            QCOMPARE(r.hitTest(l, label->rect.center()), id);
            QCOMPARE(r.hitTest(l, item->marker.center()), id);
        }
        QCOMPARE(int(subRows.size()), 4);
        // A lane with one event on screen is one row high.
        for (const auto& lane : l.lanes)
            if (!lane.collapsed && !lane.density && lane.itemEnd - lane.firstItem == 1)
                QCOMPARE(lane.rows, 1);
    }

    void capAndExpand()
    {
        // Capped at two rows, the US lane shows two of its four 15 Dec events and a "+2"; a click on it
        // shows every row, and the header returns the lane to its cap.
        const Dossier d = bundledSample();
        TimelineView view;
        view.resize(1100, 700);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        const_cast<TimelineRenderer&>(view.renderer()).setMaxRows(2);
        view.setScale(scaleFor(at("2025-12-14T12:00Z"), at("2025-12-16T12:00Z"), view.viewport()->width() - view.timeAreaLeft()));
        const int us = int(d.partyIndex(u"us"_qs));
        auto l = view.currentLayout();
        auto g = std::find_if(l.lanes.begin(), l.lanes.end(), [&](const auto& x) { return x.lane == us; });
        QVERIFY(g != l.lanes.end());
        QCOMPARE(g->rows, 3); // two rows of events and the cluster row
        const auto cluster = std::find_if(l.clusters.begin(), l.clusters.end(), [&](const auto& c) { return c.lane == us; });
        QVERIFY(cluster != l.clusters.end());
        QCOMPARE(cluster->text, u"+2"_qs);
        QCOMPARE(firstOverlap(l), QString());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, cluster->rect.center().toPoint());
        QVERIFY(view.lanes().isExpanded(us));
        l = view.currentLayout();
        g = std::find_if(l.lanes.begin(), l.lanes.end(), [&](const auto& x) { return x.lane == us; });
        QCOMPARE(g->rows, 4);
        QVERIFY(std::none_of(l.clusters.begin(), l.clusters.end(), [&](const auto& c) { return c.lane == us; }));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, g->header.center().toPoint());
        QVERIFY(!view.lanes().isExpanded(us));
        QVERIFY(!view.lanes().isCollapsed(us));
        // Clicking a label selects its event; the tooltip names the event under the pointer.
        const auto painted = view.renderer().layout(QRectF(view.viewport()->rect()), RenderStyle::fromPalette(view.palette(), view.font()));
        QVERIFY(!painted.labels.empty());
        const auto& first = painted.labels.front();
        QSignalSpy selection(&view, &TimelineView::selectionChanged);
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, first.rect.center().toPoint());
        QCOMPARE(selection.count(), 1);
        QCOMPARE(view.selectedEventIds(), QList<qint64> { first.eventId });
    }

    void wheelZoomHasNoDrift()
    {
        // 20 wheel steps in and 20 out about the pointer leave the same date under it, within one pixel.
        const Dossier d = bundledSample();
        TimelineView view;
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        view.setScale(scaleFor(at("2025-11-01"), at("2026-01-01"), view.viewport()->width() - view.timeAreaLeft()));
        QWidget* vp = view.viewport();
        for (const double px : { 37.0, 413.0, 880.0 }) {
            const QPointF cursor(view.timeAreaLeft() + px, 200);
            const qint64 under = view.scale().toMsecs(px);
            const double resolution = view.scale().msecsPerPixel();
            auto wheel = [&](int dy) {
                QWheelEvent e(cursor, vp->mapToGlobal(cursor), {}, QPoint(0, dy), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
                QCoreApplication::sendEvent(vp, &e);
            };
            for (int i = 0; i < 20; ++i)
                wheel(120);
            QVERIFY(view.scale().msecsPerPixel() < resolution / 10);
            QVERIFY(std::abs(view.scale().toX(under) - px) <= 1.0);
            for (int i = 0; i < 20; ++i)
                wheel(-120);
            QVERIFY(std::abs(view.scale().msecsPerPixel() - resolution) <= resolution * 1e-9);
            QVERIFY2(std::abs(view.scale().toX(under) - px) <= 1.0, qPrintable(QString::number(view.scale().toX(under) - px)));
        }
    }

    void legendFollowsColouring()
    {
        const Dossier d = bundledSample();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        auto legend = r.legend();
        QCOMPARE(legend.size(), d.parties().size());
        QCOMPARE(legend[0].label, u"United States"_qs);
        QCOMPARE(QColor::fromString(legend[0].color), QColor::fromString(d.parties()[0].color));
        r.setColorMode(TimelineRenderer::ColorMode::Issue);
        legend = r.legend();
        QCOMPARE(legend.size(), d.issues().size());
        QCOMPARE(legend[1].label, u"NATO membership"_qs);
        QCOMPARE(QColor::fromString(legend[1].color), r.categoricalColor(1));
        // Issue lanes are tinted by status: the statuses join the legend.
        lanes.build(d, TimelineLanes::Mode::Issues);
        legend = r.legend();
        QCOMPARE(legend.size(), d.issues().size() + d.statusScale().size());
        QVERIFY(legend.last().label.startsWith(u"Status: "_qs));
        r.setColorMode(TimelineRenderer::ColorMode::Tag);
        legend = r.legend();
        QVERIFY(std::any_of(legend.begin(), legend.end(), [](const ScaleLevel& x) { return x.label == u"military"_qs; }));
    }

    void changeMarksInTheirLanes()
    {
        // Ukraine's NATO move of 14 Dec is marked in the Ukraine lane; the 15 Dec changes of the European
        // leaders (four issues) are one mark; none overlaps anything; off, the lanes lose the strip.
        const Dossier d = bundledSample();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        r.setScale(scaleFor(at("2025-12-10"), at("2025-12-20"), 1000));
        const QRectF target(0, 0, 1150, 900);
        auto l = r.layout(target, m_style);
        QCOMPARE(firstOverlap(l), QString());
        const int ua = int(d.partyIndex(u"ua"_qs)), europe = int(d.partyIndex(u"europe"_qs));
        const qsizetype uaNato = d.positionChangeIndex(2);
        const auto mark = std::find_if(l.changeMarks.begin(), l.changeMarks.end(), [&](const auto& m) {
            return m.lane == ua && std::find(m.positions.begin(), m.positions.end(), quint32(uaNato)) != m.positions.end();
        });
        QVERIFY(mark != l.changeMarks.end());
        QVERIFY(std::abs(mark->rect.center().x() - (l.timeArea.left() + l.scale.toX(at("2025-12-14")))) <= 1);
        // Ukraine also recorded Supports on guarantees that day: one mark for both, in the neutral colour.
        QCOMPARE(mark->positions.size(), size_t(2));
        QCOMPARE(QColor(mark->color), m_style.foreground);
        QCOMPARE(l.changeMarkAt(mark->rect.center()), &*mark);
        const auto eu = std::find_if(l.changeMarks.begin(), l.changeMarks.end(), [&](const auto& m) { return m.lane == europe; });
        QVERIFY(eu != l.changeMarks.end());
        QCOMPARE(eu->positions.size(), size_t(4));
        QCOMPARE(QColor(eu->color), QColor::fromString(d.stanceLevel(u"supports"_qs)->color));
        // Issue lanes mark the status changes too.
        lanes.build(d, TimelineLanes::Mode::Issues);
        l = r.layout(target, m_style);
        QVERIFY(std::any_of(l.changeMarks.begin(), l.changeMarks.end(), [](const auto& m) { return !m.statuses.empty(); }));
        r.setShowChanges(false);
        l = r.layout(target, m_style);
        QVERIFY(l.changeMarks.empty());
        QVERIFY(l.lanes[0].changeStrip.isEmpty());
    }

    void fitRecentActivity()
    {
        const Dossier d = bundledSample();
        TimelineView view;
        view.resize(1200, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        // Opened, it frames the Berlin round rather than 2022 to 2025.
        QVERIFY2(view.scale().start() >= at("2025-11-20"), qPrintable(QString::number(view.scale().start())));
        view.fitAll();
        QVERIFY(view.scale().start() <= at("2022-02-01"));
        view.fitRecentActivity();
        QVERIFY(view.scale().start() >= at("2025-11-20") && view.scale().start() <= at("2025-12-01"));
        QVERIFY(view.scale().end() >= at("2025-12-15T12:00Z") && view.scale().end() <= at("2025-12-25"));
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(view.scale().start() <= at("2022-02-01"));
        QTest::keyClick(&view, Qt::Key_Home, Qt::ShiftModifier);
        QVERIFY(view.scale().start() >= at("2025-11-20"));
    }

    void densitySwitches()
    {
        const qint64 from = at("2016-01-01");
        const Dossier d = denseDossier(20000, from, 4 * 3600000LL); // ~9 years, one every 4 hours
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        r.setScale(scaleFor(from, from + 10 * 365 * TimeScale::DayMs, 850));
        auto l = r.layout(m_target, m_style);
        QVERIFY(l.lanes[0].density);
        QVERIFY(l.lanes[0].visibleCount > qsizetype(r.densityPerPixel() * l.timeArea.width()));
        QVERIFY(l.labels.empty()); // no labels in density lanes
        // Zoomed in to a week: markers again.
        r.setScale(scaleFor(from + 100 * TimeScale::DayMs, from + 107 * TimeScale::DayMs, 850));
        l = r.layout(m_target, m_style);
        QVERIFY(!l.lanes[0].density);
        QVERIFY(!l.labels.empty());
        // The threshold itself decides.
        r.setDensityPerPixel(0.01);
        QVERIFY(r.layout(m_target, m_style).lanes[0].density);
        // And the density image is not blank: the lane body has the lane's colour somewhere.
        r.setDensityPerPixel(0.25);
        r.setScale(scaleFor(from, from + 10 * 365 * TimeScale::DayMs, 850));
        QImage img(m_target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        r.paint(&p, m_target, m_style);
        p.end();
        l = r.layout(m_target, m_style);
        const int y = int(l.lanes[0].body.bottom()) - 4;
        // The histogram is the lane colour at alpha 190 over the background.
        const QColor lane(0x2c, 0xa0, 0x2c);
        auto blend = [](int c, int b) { return (c * 190 + b * 65) / 255; };
        const QColor expected(blend(lane.red(), 255), blend(lane.green(), 255), blend(lane.blue(), 255));
        int coloured = 0;
        for (int x = int(l.timeArea.left()); x < int(l.timeArea.right()); ++x)
            coloured += near(img.pixelColor(x, y), expected, 30);
        if (coloured < 100)
            saveOnFailure(img, u"density"_qs);
        QVERIFY2(coloured >= 100, qPrintable(QString::number(coloured)));
    }

    void memosFollowStyleDataAndPan()
    {
        // A renderer that painted before (memos of chips and of density counts) paints what a fresh renderer
        // paints: after a pan by whole pixels zoomed out (counts of the kept columns reused), after a theme
        // change (chips drawn in the new colours), after a font change, and after the lanes were rebuilt on
        // other data.
        const qint64 from = at("2016-01-01");
        Dossier d = denseDossier(20000, from, 4 * 3600000LL);
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer kept(&lanes);
        kept.setMaxRows(2);
        const TimeScale out = scaleFor(from, from + 10 * 365 * TimeScale::DayMs, 850);
        const TimeScale in = scaleFor(from + 100 * TimeScale::DayMs, from + 104 * TimeScale::DayMs, 850);
        auto render = [&](const TimelineRenderer& r, const RenderStyle& style) {
            QImage img(m_target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
            img.fill(Qt::black);
            QPainter p(&img);
            r.paint(&p, m_target, style);
            return img;
        };
        auto freshImage = [&](const TimeScale& scale, const RenderStyle& style) {
            TimelineRenderer fresh(&lanes);
            fresh.setMaxRows(2);
            fresh.setScale(scale);
            return render(fresh, style);
        };
        RenderStyle dark = RenderStyle::dark(m_style.font);
        RenderStyle bigger = m_style;
        bigger.font.setPointSize(12);
        kept.setScale(out);
        render(kept, m_style);
        TimeScale panned = out;
        const double mpp = kept.layout(m_target, m_style).scale.msecsPerPixel();
        panned.setStart(out.start() + qint64(std::llround(37 * mpp)));
        kept.setScale(panned);
        QVERIFY(kept.layout(m_target, m_style).lanes[0].density);
        QCOMPARE(imageDifference(render(kept, m_style), freshImage(panned, m_style), u"memo-pan"_qs), qsizetype(0));
        QCOMPARE(imageDifference(render(kept, dark), freshImage(panned, dark), u"memo-pan-dark"_qs), qsizetype(0));
        // Zoomed in: chips ("+N" clusters) are drawn, from memos, in the style of the frame.
        kept.setScale(in);
        const auto l = kept.layout(m_target, m_style);
        QVERIFY(!l.clusters.empty());
        const QImage light = render(kept, m_style);
        QCOMPARE(imageDifference(light, freshImage(in, m_style), u"memo-chips"_qs), qsizetype(0));
        QCOMPARE(imageDifference(render(kept, dark), freshImage(in, dark), u"memo-chips-dark"_qs), qsizetype(0));
        QCOMPARE(imageDifference(render(kept, bigger), freshImage(in, bigger), u"memo-chips-font"_qs), qsizetype(0));
        // A chip shows its outline: pixels of the muted text colour on its edge, the lane's alternate fill inside.
        const QRect chip = l.clusters.front().rect.toAlignedRect();
        int outline = 0;
        for (int x = chip.left(); x <= chip.right(); ++x)
            outline += near(light.pixelColor(x, chip.top()), m_style.mutedText, 60) || near(light.pixelColor(x, chip.top() + 1), m_style.mutedText, 60);
        QVERIFY2(outline >= chip.width() / 2, qPrintable(QString::number(outline)));
        // Other data: the lanes are rebuilt, and the counts of the first frame are not reused.
        kept.setScale(out);
        render(kept, m_style);
        d = denseDossier(5000, from + 400 * TimeScale::DayMs, 6 * 3600000LL);
        lanes.build(d, TimelineLanes::Mode::Parties);
        QCOMPARE(imageDifference(render(kept, m_style), freshImage(out, m_style), u"memo-data"_qs), qsizetype(0));
    }

    void asOfLine()
    {
        const Dossier d = sampleDossier();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        r.setScale(scaleFor(at("2025-11-15"), at("2026-01-01"), 850));
        auto l = r.layout(m_target, m_style);
        QVERIFY(std::isnan(l.asOfX)); // none set
        r.setAsOf(at("2025-12-15"));
        l = r.layout(m_target, m_style);
        QCOMPARE(l.asOfX, l.timeArea.left() + l.scale.toX(at("2025-12-15")));
        r.setAsOf(at("2030-01-01")); // off screen
        QVERIFY(std::isnan(r.layout(m_target, m_style).asOfX));
    }

    void renderedPixels()
    {
        const Dossier d = sampleDossier();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        r.setScale(scaleFor(at("2025-11-15"), at("2026-01-01"), 850));
        r.setAsOf(at("2025-12-20"));
        QImage img(m_target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        img.fill(Qt::black);
        QPainter p(&img);
        r.paint(&p, m_target, m_style);
        p.end();
        const auto l = r.layout(m_target, m_style);
        // The Russia lane's marker for event 5 (7 Dec) is Russia's red at its mapped x.
        const auto& ru = l.lanes[2];
        QVERIFY(l.itemOf(5, 2));
        const QPoint marker = l.itemOf(5, 2)->marker.center().toPoint();
        QVERIFY(std::abs(marker.x() - (ru.body.left() + l.scale.toX(at("2025-12-07")))) <= 1);
        const QColor red(0xd5, 0x2b, 0x1e);
        bool ok = near(img.pixelColor(marker), red);
        // As-of line in the highlight colour, the background white far from any event.
        const QPoint asOf(int(l.asOfX), int(ru.body.top() + 3));
        ok = ok && near(img.pixelColor(asOf), m_style.highlight, 60);
        const QPoint blank(int(ru.body.left() + l.scale.toX(at("2025-11-16"))), int(l.lanes[0].body.top() + 2));
        ok = ok && near(img.pixelColor(blank), m_style.background, 30);
        if (!ok)
            saveOnFailure(img, u"rendered-pixels"_qs);
        QVERIFY2(near(img.pixelColor(marker), red), qPrintable(img.pixelColor(marker).name()));
        QVERIFY2(near(img.pixelColor(asOf), m_style.highlight, 60), qPrintable(img.pixelColor(asOf).name()));
        QVERIFY2(near(img.pixelColor(blank), m_style.background, 30), qPrintable(img.pixelColor(blank).name()));
    }

    void sampleImage()
    {
        // Not an assertion on looks: writes /tmp/timeline-sample.png for a human to inspect.
        Dossier d = sampleDossier();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        r.setScale(scaleFor(at("2025-10-25"), at("2026-01-05"), 1000));
        r.setAsOf(at("2025-12-16"));
        r.setSelectedEventIds({ 7 });
        QImage img(1200, 420, QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        r.paint(&p, QRectF(0, 0, 1200, 210), m_style);
        lanes.build(d, TimelineLanes::Mode::Issues);
        r.paint(&p, QRectF(0, 210, 1200, 210), m_style);
        p.end();
        QVERIFY(img.save(QDir::tempPath() + u"/timeline-sample.png"_qs));
    }

    void bundledSampleDossier()
    {
        // The dossier the app ships: render it by party, check a marker pixel, and leave the picture in /tmp.
        Dossier d;
        const auto error = readDossierJsonFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"), d);
        QVERIFY2(!error.isError(), qPrintable(error.toString()));
        QVERIFY(!d.events().isEmpty());
        QVERIFY(d.parties().size() > 0);
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        const EventStore& s = d.events();
        // The last week of the dossier's events, as the analyst would look at the Berlin round.
        const qint64 last = s.start(s.size() - 1);
        TimeScale scale(0, 1, 1400 - 150);
        scale.fit(last - 6 * TimeScale::DayMs, last + TimeScale::DayMs, 0.05);
        r.setScale(scale);
        r.setAsOf(last - TimeScale::DayMs);
        const QRectF target(0, 0, 1400, 620);
        QImage img(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
        QPainter p(&img);
        r.paint(&p, target, m_style);
        p.end();
        QVERIFY(img.save(QDir::tempPath() + u"/timeline-sample-berlin.png"_qs));
        // A point event of the first visible open lane: its marker has the party's colour.
        const auto l = r.layout(target, m_style);
        for (const auto& g : l.lanes) {
            if (g.collapsed || g.density)
                continue;
            const auto& lane = lanes.lane(g.lane);
            const QColor partyColor = QColor::fromString(lane.color);
            for (quint32 row : lane.rows) {
                if (s.end(row) != PartialDate::Invalid || TimelineRenderer::isFaintExtentRow(s, row) || s.start(row) < l.scale.start())
                    continue;
                const auto* item = l.itemOf(s.id(row), g.lane);
                QVERIFY(item);
                const QPoint marker = item->marker.center().toPoint();
                if (!near(img.pixelColor(marker), partyColor, 60))
                    saveOnFailure(img, u"berlin"_qs);
                QVERIFY2(near(img.pixelColor(marker), partyColor, 60),
                    qPrintable(img.pixelColor(marker).name() + u" vs "_qs + partyColor.name()));
                return;
            }
        }
        QFAIL("no point event in view");
    }

    void viewSelectionAndKeyboard()
    {
        const Dossier d = sampleDossier();
        TimelineView view;
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        view.setScale(scaleFor(at("2025-11-15"), at("2026-01-01"), view.viewport()->width() - view.timeAreaLeft()));
        QCOMPARE(view.objectName(), u"timelineView"_qs);
        QSignalSpy selection(&view, &TimelineView::selectionChanged);
        auto l = view.currentLayout();
        auto pointOf = [&](qint64 id, int lanePosition) {
            const auto* item = l.itemOf(id, l.lanes[size_t(lanePosition)].lane);
            return item ? item->marker.center().toPoint() : QPoint();
        };
        // Click selects event 4 in the US lane.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, pointOf(4, 0));
        QCOMPARE(selection.count(), 1);
        QCOMPARE(selection.last().at(0).value<QList<qint64>>(), QList<qint64> { 4 });
        QVERIFY(view.accessibleDescription().contains(u"Description of Moscow meeting"_qs));
        // Ctrl-click adds event 9.
        QTest::mouseClick(view.viewport(), Qt::LeftButton, Qt::ControlModifier, pointOf(9, 0));
        QCOMPARE(selection.last().at(0).value<QList<qint64>>(), (QList<qint64> { 4, 9 }));
        // Keyboard: Right moves to the next event of the lane (9 -> end), Left goes back to 7, then 6.
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(selection.last().at(0).value<QList<qint64>>(), QList<qint64> { 7 });
        QTest::keyClick(&view, Qt::Key_Left);
        QCOMPARE(view.selectedEventIds(), QList<qint64> { 6 });
        QTest::keyClick(&view, Qt::Key_Right);
        QCOMPARE(view.selectedEventIds(), QList<qint64> { 7 });
        // Down moves to the Ukraine lane, to the event nearest in time (Berlin talks, 14 Dec).
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedEventIds(), QList<qint64> { 6 });
        QTest::keyClick(&view, Qt::Key_Down);
        QCOMPARE(view.selectedEventIds(), QList<qint64> { 8 }); // Russia: 19 Dec is nearest to 14 Dec
        QTest::keyClick(&view, Qt::Key_Up);
        QCOMPARE(view.selectedEventIds(), QList<qint64> { 6 });
        // The setter syncs without echoing a signal.
        const int before = selection.count();
        view.setSelectedEventIds({ 2 });
        QCOMPARE(selection.count(), before);
        QCOMPARE(view.renderer().selectedEventIds(), std::vector<qint64> { 2 });
        // Clicking empty time clears; double-click activates.
        QSignalSpy activated(&view, &TimelineView::eventActivated);
        QTest::mouseDClick(view.viewport(), Qt::LeftButton, {}, pointOf(3, 0));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(activated.last().at(0).toLongLong(), 3);
        const QPoint empty(int(l.timeArea.left() + l.scale.toX(at("2025-11-16"))), int(l.lanes[0].rowRect(0).center().y()));
        QCOMPARE(view.renderer().hitTest(l, empty), qint64(0));
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, empty);
        QVERIFY(view.selectedEventIds().isEmpty());
        QCOMPARE(selection.last().at(0).value<QList<qint64>>(), QList<qint64>());
    }

    void viewRubberBand()
    {
        const Dossier d = sampleDossier();
        TimelineView view;
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        view.setScale(scaleFor(at("2025-11-15"), at("2026-01-01"), view.viewport()->width() - view.timeAreaLeft()));
        QSignalSpy selection(&view, &TimelineView::selectionChanged);
        const auto l = view.currentLayout();
        // Shift-drag across the first half of December in the Russia lane.
        const int y0 = int(l.lanes[2].body.top() + 2), y1 = int(l.lanes[2].body.bottom() - 2);
        const int x0 = int(l.timeArea.left() + l.scale.toX(at("2025-12-01T12:00Z"))); // just after the November extent
        const int x1 = int(l.timeArea.left() + l.scale.toX(at("2025-12-16")));
        QWidget* vp = view.viewport();
        sendMouse(vp, QEvent::MouseButtonPress, { x0, y0 }, Qt::LeftButton, Qt::LeftButton, Qt::ShiftModifier);
        sendMouse(vp, QEvent::MouseMove, { (x0 + x1) / 2, y1 }, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        sendMouse(vp, QEvent::MouseMove, { x1, y1 }, Qt::NoButton, Qt::LeftButton, Qt::ShiftModifier);
        sendMouse(vp, QEvent::MouseButtonRelease, { x1, y1 }, Qt::LeftButton, Qt::NoButton, Qt::ShiftModifier);
        QCOMPARE(selection.count(), 1);
        QCOMPARE(selection.last().at(0).value<QList<qint64>>(), (QList<qint64> { 4, 5 }));
    }

    void viewAsOfDragAndZoom()
    {
        const Dossier d = sampleDossier();
        TimelineView view;
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        view.setScale(scaleFor(at("2025-11-15"), at("2026-01-01"), view.viewport()->width() - view.timeAreaLeft()));
        view.setAsOf(at("2025-12-10"));
        QSignalSpy dragged(&view, &TimelineView::asOfDragged);
        auto l = view.currentLayout();
        QWidget* vp = view.viewport();
        const int y = int(l.lanes[1].body.center().y());
        const int x = int(std::round(l.asOfX));
        const int target = int(l.timeArea.left() + l.scale.toX(at("2025-12-20")));
        sendMouse(vp, QEvent::MouseButtonPress, { x, y }, Qt::LeftButton, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseMove, { target, y }, Qt::NoButton, Qt::LeftButton);
        sendMouse(vp, QEvent::MouseButtonRelease, { target, y }, Qt::LeftButton, Qt::NoButton);
        QVERIFY(dragged.count() >= 1);
        const qint64 got = dragged.last().at(0).toLongLong();
        QVERIFY(std::abs(got - at("2025-12-20")) <= qint64(2 * l.scale.msecsPerPixel()));
        QCOMPARE(view.asOf(), got);
        // setAsOf moves the line without a signal.
        view.setAsOf(at("2025-12-01"));
        QCOMPARE(dragged.count(), 1 + (dragged.count() - 1));
        l = view.currentLayout();
        QCOMPARE(l.asOfX, l.timeArea.left() + l.scale.toX(at("2025-12-01")));

        // Wheel zoom keeps the time under the cursor.
        const QPointF cursor(l.timeArea.left() + 300, y);
        const qint64 under = view.scale().toMsecs(300);
        const double before = view.scale().msecsPerPixel();
        QWheelEvent wheel(cursor, vp->mapToGlobal(cursor), {}, QPoint(0, 240), Qt::NoButton, Qt::NoModifier,
            Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(vp, &wheel);
        QVERIFY(view.scale().msecsPerPixel() < before);
        QVERIFY(std::abs(view.scale().toMsecs(300) - under) <= qint64(view.scale().msecsPerPixel()) + 1);
        // Ctrl+wheel zooms as well; +/- keys zoom about the centre; Home fits everything.
        QWheelEvent ctrlWheel(cursor, vp->mapToGlobal(cursor), {}, QPoint(0, -240), Qt::NoButton, Qt::ControlModifier,
            Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(vp, &ctrlWheel);
        QVERIFY(std::abs(view.scale().msecsPerPixel() - before) < before * 1e-6);
        QTest::keyClick(&view, Qt::Key_Plus);
        QVERIFY(view.scale().msecsPerPixel() < before);
        QTest::keyClick(&view, Qt::Key_Home);
        QVERIFY(view.scale().start() <= at("2025-11-01") && view.scale().end() >= at("2025-12-28"));
        // Zoom to selection frames the selected events.
        view.setSelectedEventIds({ 4, 5 });
        view.zoomToSelection();
        QVERIFY(view.scale().start() <= at("2025-12-02") && view.scale().end() >= at("2025-12-07"));
        QVERIFY(view.scale().end() - view.scale().start() < 10 * TimeScale::DayMs);
        // Go to date centres it.
        view.goToDate(at("2025-06-01"));
        QVERIFY(std::abs(view.scale().toX(at("2025-06-01")) - view.scale().width() / 2) <= 1);
    }

    void viewToolTipEscapesAndMask()
    {
        const Dossier d = sampleDossier();
        TimelineView view;
        view.resize(800, 300);
        view.setDossier(&d);
        const QString tip = view.toolTipFor(8);
        QVERIFY(tip.contains(u"Kremlin rejects &lt;script&gt;"_qs));
        QVERIFY(!tip.contains(u"<script>"_qs));
        QVERIFY(tip.contains(u"19 Dec 2025"_qs));
        QVERIFY(tip.contains(u"Russia"_qs));
        QVERIFY(tip.contains(u"NATO membership"_qs));
        const QString tip3 = view.toolTipFor(3);
        // The source with the grade of this claim (a B outlet, a claim graded 4) and who makes it, escaped.
        QVERIFY2(tip3.contains(u"Source: Outlet &lt;b&gt; B4 — a &lt;Ukrainian&gt; delegate · Report &amp; analysis"_qs),
            qPrintable(tip3));
        QVERIFY(view.toolTipFor(999).isEmpty());
        // A row mask filters lanes; dossierChanged() with a stale mask shows everything again.
        std::vector<bool> mask(size_t(d.events().size()), false);
        mask[size_t(d.events().rowOfId(5))] = true;
        view.setRowMask(mask);
        QCOMPARE(view.lanes().lane(2).rows.size(), size_t(1));
        QCOMPARE(view.lanes().lane(0).rows.size(), size_t(0));
        view.setLaneMode(TimelineLanes::Mode::Single);
        QCOMPARE(view.lanes().laneCount(), 1);
        QCOMPARE(view.lanes().lane(0).rows.size(), size_t(1));
        view.setRowMask({});
        QCOMPARE(qsizetype(view.lanes().lane(0).rows.size()), d.events().size());
    }

    void stackingIgnoresWhereTheViewStarts_data()
    {
        QTest::addColumn<int>("dx"); // whole pixels the second view starts later
        QTest::newRow("one pixel") << 1;
        QTest::newRow("a label") << 157;
        QTest::newRow("half the view") << 433;
        QTest::newRow("back") << -211;
        QTest::newRow("across a page cut") << 700;
    }
    void stackingIgnoresWhereTheViewStarts()
    {
        // Stacking, labels and clusters are laid out per resolution from a fixed origin: a view that starts dx
        // pixels later shows the same markers, rows and labels dx pixels to the left, and the time area it paints
        // is the same pixels shifted (what a pan reuses; the names pinned to the left edge are painted apart), for
        // dense capped lanes and for the sample's 15 Dec.
        QFETCH(int, dx);
        const qint64 from = at("2025-01-01");
        const Dossier dense = denseDossier(3000, from, 45 * 60000);
        const Dossier sample = bundledSample();
        for (const Dossier* d : { &dense, &sample }) {
            TimelineLanes lanes;
            lanes.build(*d, TimelineLanes::Mode::Parties);
            TimelineRenderer r(&lanes);
            r.setDensityPerPixel(1.0);
            r.setSelectedEventIds({ 31 });
            const qint64 start = d == &dense ? from + 20 * TimeScale::DayMs : at("2025-12-12");
            const TimeScale a = scaleFor(start, start + 4 * TimeScale::DayMs, 850);
            TimeScale b = a;
            b.setStart(a.start() + qint64(std::llround(dx * a.msecsPerPixel())) + qint64(0.3 * a.msecsPerPixel()));
            const QRectF target(0, 0, 1000, 700);
            r.setScale(a);
            const auto la = r.layout(target, m_style);
            QImage ia(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
            QPainter pa(&ia);
            r.paintLayers(&pa, la, m_style, TimelineRenderer::AllLayers, TimelineRenderer::TimeAreaPart);
            pa.end();
            r.setScale(b);
            const auto lb = r.layout(target, m_style);
            QImage ib(target.size().toSize(), QImage::Format_ARGB32_Premultiplied);
            QPainter pb(&ib);
            r.paintLayers(&pb, lb, m_style, TimelineRenderer::AllLayers, TimelineRenderer::TimeAreaPart);
            pb.end();
            QCOMPARE(lb.scale.startPixel() - la.scale.startPixel(), double(dx));
            QCOMPARE(firstOverlap(la), QString());
            QCOMPARE(firstOverlap(lb), QString());
            // Every event drawn in both sits dx pixels further left (in the dense lanes, in the same row).
            int common = 0;
            for (const auto& item : lb.items) {
                const auto* before = la.itemOf(item.eventId, item.lane);
                if (!before || item.marker.isEmpty())
                    continue;
                ++common;
                QCOMPARE(item.marker.left(), before->marker.left() - dx);
                if (d == &dense) // every row in use in both views: the same row
                    QCOMPARE(item.subRow, before->subRow);
            }
            QVERIFY(std::abs(dx) > 800 || common > 0);
            // Labels whole in both views read the same.
            for (const auto& label : lb.labels)
                for (const auto& old : la.labels)
                    if (old.eventId == label.eventId && old.lane == label.lane && old.rect.left() > la.timeArea.left() + dx + 1
                        && old.rect.right() < la.timeArea.right() - 1 && label.rect.left() > lb.timeArea.left() + 1
                        && label.rect.right() < lb.timeArea.right() - dx - 1)
                        QCOMPARE(label.text, old.text);
            bool sameLanes = la.lanes.size() == lb.lanes.size();
            for (size_t i = 0; sameLanes && i < la.lanes.size(); ++i)
                sameLanes = la.lanes[i].body == lb.lanes[i].body;
            if (d == &dense)
                QVERIFY(sameLanes); // full rows in both
            if (sameLanes)
                QCOMPARE(shiftedDifference(ia, ib, la.timeArea.toAlignedRect(), dx, QStringLiteral("shift-%1").arg(dx)), qsizetype(0));
        }
    }

    void bandsBegunBeforeTheViewAreNamedAtItsEdge()
    {
        // The November band of the Russia lane, seen from 10 Nov: its own label is off to the left, so its name is
        // pinned to the view's left edge (within the band); seen from its start, it has its own label only.
        const Dossier d = sampleDossier();
        TimelineLanes lanes;
        lanes.build(d, TimelineLanes::Mode::Parties);
        TimelineRenderer r(&lanes);
        r.setScale(scaleFor(at("2025-11-10"), at("2025-12-05"), 850));
        auto l = r.layout(m_target, m_style);
        const auto pinned
            = std::find_if(l.pinnedLabels.begin(), l.pinnedLabels.end(), [](const auto& x) { return x.eventId == 1; });
        QVERIFY(pinned != l.pinnedLabels.end());
        QCOMPARE(pinned->text, u"Autumn offensive"_qs);
        QCOMPARE(pinned->rect.left(), l.timeArea.left() + 3 * m_style.scale);
        const auto* band = l.itemOf(1, pinned->lane);
        QVERIFY(band && band->marker.isEmpty());
        QVERIFY(pinned->rect.top() >= band->bar.top() && pinned->rect.right() <= band->bar.right());
        QVERIFY(r.layout(m_target, m_style, false).pinnedLabels.empty()); // no text wanted, none laid out
        r.setScale(scaleFor(at("2025-10-25"), at("2025-12-05"), 850));
        l = r.layout(m_target, m_style);
        QVERIFY(
            std::none_of(l.pinnedLabels.begin(), l.pinnedLabels.end(), [](const auto& x) { return x.eventId == 1; }));
        QVERIFY(std::any_of(l.labels.begin(), l.labels.end(), [](const auto& x) { return x.eventId == 1; }));
    }

    void panShiftsTheKeptFrame()
    {
        // A pan scrolls the kept frame of the time area and paints only what it exposes; after pans left and right,
        // by less than a pixel, by a few pixels, by a drag, the keys and the scroll bar, and by more than the
        // view, the widget shows exactly what a fresh view at the same place paints.
        const Dossier d = bundledSample();
        TimelineView view;
        view.resize(1100, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        view.setSelectedEventIds({ 5 });
        view.setScale(scaleFor(at("2025-12-05"), at("2025-12-19"), view.viewport()->width() - view.timeAreaLeft()));
        QCOMPARE(imageDifference(view.grab().toImage(), freshGrab(view, d), u"pan-start"_qs), qsizetype(0));
        const double mpp = view.scale().msecsPerPixel();
        auto panBy = [&](double px) {
            TimeScale s = view.scale();
            s.setStart(s.start() + qint64(std::llround(px * mpp)));
            view.setScale(s);
        };
        const quint64 shiftsBefore = view.frameShifts();
        const quint64 repaintsBefore = view.frameRepaints();
        const std::pair<const char*, std::function<void()>> steps[] = {
            { "sub-pixel", [&] { panBy(0.3); } },
            { "right 5", [&] { panBy(5); } },
            { "left 37", [&] { panBy(-37); } },
            { "sub-pixel left", [&] { panBy(-0.6); } },
            { "right 160", [&] { panBy(160); } },
            { "ctrl+right", [&] { QTest::keyClick(&view, Qt::Key_Right, Qt::ControlModifier); } },
            { "drag", [&] {
                 const QPoint p0(700, 8); // on the axis: a drag there pans
                 QWidget* vp = view.viewport();
                 sendMouse(vp, QEvent::MouseButtonPress, p0, Qt::LeftButton, Qt::LeftButton);
                 sendMouse(vp, QEvent::MouseMove, p0 + QPoint(-90, 0), Qt::NoButton, Qt::LeftButton);
                 view.grab();
                 sendMouse(vp, QEvent::MouseMove, p0 + QPoint(-140, 0), Qt::NoButton, Qt::LeftButton);
                 sendMouse(vp, QEvent::MouseButtonRelease, p0 + QPoint(-140, 0), Qt::LeftButton, Qt::NoButton);
             } },
            { "scroll bar", [&] { view.horizontalScrollBar()->setValue(view.horizontalScrollBar()->value() - 1); } }, // ~45 px
            { "page down", [&] { QTest::keyClick(&view, Qt::Key_PageDown); } },
            { "more than the view", [&] { panBy(-2.5 * view.scale().width()); } },
            { "right 1", [&] { panBy(1); } },
        };
        for (const auto& [name, step] : steps) {
            step();
            const QImage kept = view.grab().toImage();
            QCOMPARE(view.selectedEventIds(), QList<qint64> { 5 });
            QVERIFY2(imageDifference(kept, freshGrab(view, d), QString::fromLatin1(name)) == 0, name);
        }
        // The pans within the view shifted the frame (where no lane changed its height), the long one painted it whole.
        QVERIFY2(view.frameShifts() >= shiftsBefore + 5, qPrintable(QString::number(view.frameShifts() - shiftsBefore)));
        QVERIFY(view.frameRepaints() > repaintsBefore);
    }

    void smallPanLeavesTheScrollBar()
    {
        // Zoomed in to four days of nine years, a pan by a few pixels does not move the slider by a pixel: the
        // scroll bar keeps its value and is not repainted. A pan by a few views moves it.
        const qint64 from = at("2016-01-01");
        const Dossier d = denseDossier(20000, from, 4 * 3600000LL);
        TimelineView view;
        view.resize(1000, 500);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        view.setScale(scaleFor(from + 400 * TimeScale::DayMs, from + 404 * TimeScale::DayMs, view.viewport()->width() - view.timeAreaLeft()));
        QCoreApplication::processEvents();
        QScrollBar* bar = view.horizontalScrollBar();
        PaintCounter counter;
        bar->installEventFilter(&counter);
        const int value = bar->value();
        auto panBy = [&](double px) {
            TimeScale s = view.scale();
            s.setStart(s.start() + qint64(std::llround(px * s.msecsPerPixel())));
            view.setScale(s);
            view.viewport()->repaint();
            QCoreApplication::processEvents();
        };
        for (int i = 0; i < 3; ++i)
            panBy(3);
        QCOMPARE(bar->value(), value);
        QCOMPARE(counter.paints, 0);
        const qint64 before = view.scale().start();
        panBy(4 * view.scale().width());
        QVERIFY(bar->value() > value);
        QVERIFY(counter.paints > 0);
        // The value still means where the view starts: the bar moved back returns the view there (within a
        // step of the bar, a small part of the view).
        bar->setValue(value);
        const qint64 span = view.scale().end() - view.scale().start();
        QVERIFY2(std::abs(view.scale().start() - before) < span / 4,
            qPrintable(QString::number(double(view.scale().start() - before) / double(span))));
    }

    void keptFrameDropped_data()
    {
        QTest::addColumn<QString>("change");
        QTest::newRow("theme") << u"theme"_qs;
        QTest::newRow("font") << u"font"_qs;
        QTest::newRow("language") << u"language"_qs;
        QTest::newRow("data") << u"data"_qs;
    }
    void keptFrameDropped()
    {
        // Colours, text and data in the kept frame are redrawn on a theme, font, language or data change: the
        // frame is painted whole, and the widget shows what a fresh view in the new state paints.
        QFETCH(QString, change);
        Dossier d = bundledSample();
        TimelineView view;
        view.resize(1000, 560);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        view.setScale(scaleFor(at("2025-12-10"), at("2025-12-18"), view.viewport()->width() - view.timeAreaLeft()));
        const QImage before = view.grab().toImage();
        QCOMPARE(view.grab().toImage(), before); // kept: nothing changed
        const quint64 repaints = view.frameRepaints();
        if (change == u"theme") {
            view.setPalette(ColorSchemes::darkPalette());
        } else if (change == u"font") {
            view.setFont(QFont(u"DejaVu Sans"_qs, 13));
        } else if (change == u"language") {
            QEvent languageChange(QEvent::LanguageChange);
            QCoreApplication::sendEvent(&view, &languageChange);
        } else {
            const qsizetype row = d.events().rowOfId(6);
            QVERIFY(row >= 0);
            Event e = d.events().event(row);
            e.title = u"Renamed while shown"_qs;
            QVERIFY(d.updateEvent(e).ok());
            view.dossierChanged();
        }
        const QImage after = view.grab().toImage();
        QCOMPARE(view.frameRepaints(), repaints + 1);
        QCOMPARE(imageDifference(after, freshGrab(view, d), change), qsizetype(0));
        if (change != u"language")
            QVERIFY(after != before);
    }

    void headerClickCollapses()
    {
        const Dossier d = sampleDossier();
        TimelineView view;
        view.resize(1000, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setDossier(&d);
        const auto l = view.currentLayout();
        const QPoint header = l.lanes[1].header.center().toPoint();
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, header);
        QVERIFY(view.lanes().isCollapsed(1));
        const auto collapsed = view.currentLayout();
        QVERIFY(collapsed.lanes[1].collapsed);
        QVERIFY(collapsed.lanes[1].body.height() < l.lanes[1].body.height());
        QTest::mouseClick(view.viewport(), Qt::LeftButton, {}, collapsed.lanes[1].header.center().toPoint());
        QVERIFY(!view.lanes().isCollapsed(1));
    }
};

QTEST_MAIN(TestTimelineRenderer)
#include "tst_timelinerenderer.moc"
