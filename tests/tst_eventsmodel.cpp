// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "document.h"
#include "eventsmodel.h"
#include "modelfixture.h"
#include "mustutil.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;
using namespace Fixture;

Q_DECLARE_METATYPE(Entente::EventFilter)

namespace {

const QStringList kParties = { u"us"_qs, u"ua"_qs, u"ru"_qs, u"eu"_qs, u"tr"_qs, u"cn"_qs };
const QStringList kIssues = { u"nato"_qs, u"eu"_qs, u"territory"_qs, u"guarantees"_qs };
const QStringList kTags = { u"talks"_qs, u"Battle"_qs, u"statement"_qs, u"offer"_qs, u"leak"_qs };
const QStringList kWords
    = { u"Ceasefire"_qs, u"draft"_qs, u"Envoy"_qs, u"zone"_qs, u"Éclat"_qs, u"alpha"_qs, u"Berlin"_qs, u"call"_qs };

QStringList pick(QRandomGenerator& rng, const QStringList& from, int max)
{
    QStringList out;
    const int n = int(rng.bounded(max + 1));
    for (int i = 0; i < n; ++i) {
        const auto& s = from[rng.bounded(int(from.size()))];
        if (!out.contains(s))
            out << s;
    }
    return out;
}

Event randomEvent(QRandomGenerator& rng)
{
    Event e;
    const qint64 t0 = at("2024-01-01");
    e.start = PartialDate::fromMsecs(t0 + qint64(rng.bounded(700)) * 86400000LL, Precision(rng.bounded(4)));
    if (rng.bounded(5) == 0)
        e.end = PartialDate::fromMsecs(e.start.msecs + qint64(rng.bounded(1, 40)) * 86400000LL, Precision::Day);
    e.title = kWords[rng.bounded(8)] + u' ' + kWords[rng.bounded(8)] + u' ' + QString::number(rng.bounded(50));
    e.description = rng.bounded(3) == 0 ? kWords[rng.bounded(8)] : QString();
    e.location = rng.bounded(4) == 0 ? QString() : kWords[rng.bounded(8)];
    e.parties = pick(rng, kParties, 3);
    e.issues = pick(rng, kIssues, 2);
    e.tags = pick(rng, kTags, 2);
    return e;
}

Dossier randomDossier(int events, quint32 seed)
{
    Dossier d;
    for (const auto& p : kParties)
        Entente::TestUtil::must(d.insertParty(-1, { p, p.toUpper() + u" name"_qs, p.toUpper(), {} }));
    for (const auto& i : kIssues)
        Entente::TestUtil::must(d.insertIssue(-1, { i, u"Issue "_qs + i, {} }));
    QRandomGenerator rng(seed);
    for (int i = 0; i < events; ++i)
        Entente::TestUtil::must(d.insertEvent(randomEvent(rng)));
    return d;
}

// Reference implementation: materialise every event and filter/sort the obvious way.
bool refPasses(const Event& e, const EventFilter& f)
{
    auto any = [](const QStringList& have, const QStringList& want) {
        if (want.isEmpty())
            return true;
        for (const auto& w : want)
            if (have.contains(w))
                return true;
        return false;
    };
    const qint64 end = e.end.isValid() ? e.end.msecs : e.start.msecs;
    return any(e.parties, f.parties) && any(e.issues, f.issues) && any(e.tags, f.tags)
        && (f.text.isEmpty() || e.title.contains(f.text, Qt::CaseInsensitive)
            || e.description.contains(f.text, Qt::CaseInsensitive))
        && e.start.msecs <= f.to && end >= f.from;
}

QString refText(const Dossier& d, const Event& e, int column)
{
    auto first = [](const QStringList& l) { return l.isEmpty() ? QString() : l.first(); };
    switch (column) {
    case EventsModel::TitleColumn:
        return e.title;
    case EventsModel::LocationColumn:
        return e.location;
    case EventsModel::PartiesColumn: {
        const auto p = first(e.parties);
        return p.isEmpty() ? QString() : d.parties()[d.partyIndex(p)].name;
    }
    case EventsModel::IssuesColumn: {
        const auto i = first(e.issues);
        return i.isEmpty() ? QString() : d.issues()[d.issueIndex(i)].name;
    }
    case EventsModel::TagsColumn:
        return first(e.tags);
    default:
        return {};
    }
}

std::vector<qint64> reference(const Dossier& d, const EventFilter& f, int column, Qt::SortOrder order)
{
    std::vector<Event> rows;
    for (qsizetype r = 0; r < d.events().size(); ++r) {
        Event e = d.events().event(r);
        if (refPasses(e, f))
            rows.push_back(e);
    }
    auto cmp = [&](const Event& a, const Event& b) -> int {
        switch (column) {
        case EventsModel::StartColumn:
            return a.start.msecs < b.start.msecs ? -1 : a.start.msecs > b.start.msecs;
        case EventsModel::EndColumn:
            return a.end.msecs < b.end.msecs ? -1 : a.end.msecs > b.end.msecs;
        default: {
            const QString ta = refText(d, a, column), tb = refText(d, b, column);
            if (column != EventsModel::TitleColumn && ta.isEmpty() != tb.isEmpty())
                return ta.isEmpty() ? -1 : 1; // events without the reference sort first
            return ta.compare(tb, Qt::CaseInsensitive);
        }
        }
    };
    std::stable_sort(rows.begin(), rows.end(), [&](const Event& a, const Event& b) {
        const int c = cmp(a, b);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    std::vector<qint64> ids;
    for (const auto& e : rows)
        ids.push_back(e.id);
    return ids;
}

} // namespace

class TestEventsModel : public QObject {
    Q_OBJECT

    void checkAgainstReference(const Document& doc, const EventsModel& m)
    {
        const auto expected = reference(doc.dossier(), m.filter(), m.sortColumn(), m.sortOrder());
        const auto actual = modelIds(m);
        QCOMPARE(actual.size(), expected.size());
        QVERIFY2(actual == expected, "model order differs from the reference");
        // The mask marks exactly the visible store rows.
        const auto& mask = m.rowMask();
        QCOMPARE(qsizetype(mask.size()), doc.dossier().events().size());
        qsizetype visible = 0;
        for (qsizetype r = 0; r < qsizetype(mask.size()); ++r) {
            const bool pass = refPasses(doc.dossier().events().event(r), m.filter());
            QCOMPARE(bool(mask[size_t(r)]), pass);
            visible += pass;
        }
        QCOMPARE(visible, qsizetype(m.rowCount()));
        for (int r = 0; r < m.rowCount(); r += 97)
            QCOMPARE(m.rowOfEventId(m.eventIdAt(r)), r);
    }

private slots:
    void filterAndSortMatchReference_data()
    {
        QTest::addColumn<EventFilter>("filter");
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        const EventFilter none;
        EventFilter parties;
        parties.parties = QStringList { u"ru"_qs, u"cn"_qs };
        EventFilter combined;
        combined.issues = QStringList { u"nato"_qs };
        combined.tags = QStringList { u"talks"_qs, u"offer"_qs };
        combined.from = at("2024-06-01");
        combined.to = at("2025-01-01");
        EventFilter text;
        text.text = u"éCLAT"_qs;
        EventFilter ascii; // the ASCII fast path, over titles that also hold non-ASCII text ("Éclat")
        ascii.text = u"LAT 1"_qs;
        EventFilter unknown;
        unknown.tags = QStringList { u"no-such-tag"_qs };
        const std::pair<const char*, EventFilter> filters[] = { { "none", none }, { "parties", parties },
            { "combined", combined }, { "text", text }, { "ascii", ascii }, { "unknown", unknown } };
        for (const auto& [name, f] : filters)
            for (int column :
                { int(EventsModel::StartColumn), int(EventsModel::EndColumn), int(EventsModel::TitleColumn),
                    int(EventsModel::PartiesColumn), int(EventsModel::TagsColumn), int(EventsModel::LocationColumn) })
                for (int order : { 0, 1 })
                    QTest::addRow("%s-col%d-%s", name, column, order ? "desc" : "asc") << f << column << order;
    }
    void filterAndSortMatchReference()
    {
        QFETCH(EventFilter, filter);
        QFETCH(int, column);
        QFETCH(int, order);
        Document doc;
        doc.open(nullptr, randomDossier(3000, 7));
        EventsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy filterSpy(&model, &EventsModel::filterChanged);
        model.setFilter(filter);
        QCOMPARE(filterSpy.count(), filter.isEmpty() ? 0 : 1);
        model.sort(column, Qt::SortOrder(order));
        checkAgainstReference(doc, model);
    }

    void followsEditsUnderTester()
    {
        Document doc;
        doc.open(nullptr, randomDossier(2000, 11));
        EventsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        EventFilter f;
        f.parties = QStringList { u"ua"_qs };
        f.text = u"a"_qs;
        model.setFilter(f);
        QRandomGenerator rng(99);
        for (int column :
            { int(EventsModel::StartColumn), int(EventsModel::TitleColumn), int(EventsModel::TagsColumn) })
            for (auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
                model.sort(column, order);
                resets.clear();
                for (int step = 0; step < 40; ++step) {
                    const auto& ev = doc.dossier().events();
                    switch (rng.bounded(4)) {
                    case 0: {
                        Event e = randomEvent(rng);
                        if (rng.bounded(2))
                            e.tags << u"fresh-%1"_qs.arg(step); // a new symbol
                        QVERIFY(Command::applied(Command::addEvent(&doc, e)));
                        break;
                    }
                    case 1: {
                        Event e = ev.event(rng.bounded(int(ev.size())));
                        const Event r = randomEvent(rng);
                        e.start = r.start;
                        e.end = r.end;
                        e.title = r.title;
                        e.parties = r.parties;
                        QVERIFY(Command::applied(Command::editEvent(&doc, e)) || e == ev.event(ev.rowOfId(e.id)));
                        break;
                    }
                    case 2:
                        QVERIFY(Command::applied(Command::removeEvent(&doc, ev.id(rng.bounded(int(ev.size()))))));
                        break;
                    case 3:
                        if (doc.undoStack()->canUndo())
                            doc.undoStack()->undo();
                        break;
                    }
                    checkAgainstReference(doc, model);
                    if (QTest::currentTestFailed())
                        return;
                }
                QCOMPARE(resets.count(), 0); // single-row signals only
            }
        QVERIFY(inserted.count() > 0);
        QVERIFY(removed.count() > 0);
    }

    void displayAndRoles()
    {
        Document doc;
        doc.open(nullptr, sample());
        EventsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.columnCount(), int(EventsModel::ColumnCount));
        // Row 0 is the month-precision leak; the display respects the precision.
        QCOMPARE(model.index(0, EventsModel::StartColumn).data().toString(), u"Nov 2025"_qs);
        QCOMPARE(model.index(1, EventsModel::StartColumn).data().toString(), u"14 Dec 2025"_qs);
        QCOMPARE(model.index(0, EventsModel::PartiesColumn).data().toString(), u"United States, Russia"_qs);
        QCOMPARE(model.index(1, EventsModel::TagsColumn).data().toString(), u"talks"_qs);
        QCOMPARE(model.index(1, EventsModel::IssuesColumn).data().toString(), u"NATO membership"_qs);
        QCOMPARE(model.index(1, EventsModel::StartColumn).data(EventsModel::SortRole).toLongLong(), at("2025-12-14"));
        QCOMPARE(model.index(1, 0).data(EventsModel::EventIdRole).toLongLong(), doc.dossier().events().id(1));
        QCOMPARE(model.headerData(EventsModel::TitleColumn, Qt::Horizontal).toString(), u"Title"_qs);
        QVERIFY(model.flags(model.index(0, EventsModel::TitleColumn)) & Qt::ItemIsEditable);
        QVERIFY(!(model.flags(model.index(0, EventsModel::StartColumn)) & Qt::ItemIsEditable));

        // Tooltips escape text from the file.
        Event e = doc.dossier().events().event(1);
        e.title = u"<script>x</script>"_qs;
        e.description = u"a & b"_qs;
        QVERIFY(Command::applied(Command::editEvent(&doc, e)));
        const QString tip = model.index(1, EventsModel::TitleColumn).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"&lt;script&gt;"_qs) && tip.contains(u"a &amp; b"_qs), qPrintable(tip));
        QVERIFY(!tip.contains(u"<script>"_qs));

        // Renaming a party refreshes the parties column only.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Party p = doc.dossier().parties()[0];
        p.name = u"USA"_qs;
        QVERIFY(Command::applied(Command::editParty(&doc, p)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), model.index(0, EventsModel::PartiesColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), model.index(3, EventsModel::PartiesColumn));
        QCOMPARE(model.index(0, EventsModel::PartiesColumn).data().toString(), u"USA, Russia"_qs);

        // Sorted by parties, a rename re-sorts (layoutChanged) and keeps matching the reference.
        model.sort(EventsModel::PartiesColumn, Qt::AscendingOrder);
        checkAgainstReference(doc, model);
        QSignalSpy layout(&model, &QAbstractItemModel::layoutChanged);
        p.name = u"Zzz"_qs;
        QVERIFY(Command::applied(Command::editParty(&doc, p)));
        QCOMPARE(layout.count(), 1);
        checkAgainstReference(doc, model);
        QCOMPARE(model.index(model.rowCount() - 1, EventsModel::PartiesColumn).data().toString(), u"Zzz"_qs);
    }

    void setDataPushesCommand()
    {
        Document doc;
        doc.open(nullptr, sample());
        EventsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto idx = model.index(2, EventsModel::TitleColumn);
        const QString original = idx.data().toString();
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QVERIFY(model.setData(idx, u"Guarantees on the table"_qs));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Edit event title"_qs);
        QCOMPARE(idx.data().toString(), u"Guarantees on the table"_qs);
        QCOMPARE(changed.count(), 1);
        QVERIFY(!model.setData(idx, u"Guarantees on the table"_qs)); // no-op
        QVERIFY(!model.setData(idx, u"   "_qs)); // invalid: no title
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(idx.data().toString(), original);
    }

    void resetOnOpenOnly()
    {
        Document doc;
        doc.open(nullptr, sample());
        EventsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QVERIFY(Command::applied(Command::addEvent(&doc, makeEvent("2025-12-20", "x"))));
        QCOMPARE(resets.count(), 0);
        doc.open(nullptr, randomDossier(50, 3));
        QCOMPARE(resets.count(), 1);
        QCOMPARE(model.rowCount(), 50);
        doc.close();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventsModel)
#include "tst_eventsmodel.moc"
