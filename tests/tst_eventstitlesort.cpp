// SPDX-License-Identifier: GPL-3.0-or-later
// EventsModel's title sort (a radix sort over packed case-folded prefixes) against the obvious reference:
// std::stable_sort of the store rows with QString::compare(Qt::CaseInsensitive), on random titles built to hit
// every path: non-ASCII letters in both cases, surrogate pairs with case (Deseret), emoji, U+FFFF, NUL units,
// empty titles, duplicates, and large groups sharing prefixes longer than one twelve-unit window.
#include "mustutil.h"
#include "commands.h"
#include "document.h"
#include "eventsmodel.h"
#include "modelfixture.h"

#include <QAbstractItemModelTester>
#include <QRandomGenerator>
#include <QTest>

using namespace Entente;
using namespace Fixture;

namespace {

QString randomTitle(QRandomGenerator& rng)
{
    static const QStringList pieces = { u"ceasefire"_qs, u"CEASEFIRE"_qs, u"Ceasefire talks in Geneva, round "_qs,
        u"ceasefire TALKS IN GENEVA, ROUND "_qs, u"é"_qs, u"É"_qs, u"Ü"_qs, u"ü"_qs, u"Москва"_qs, u"МОСКВА"_qs,
        u"москва"_qs, u"ß"_qs, QString(QChar(0x1E9E)) /* ẞ folds to ß */, QString(QChar(0x212A)) /* Kelvin → k */,
        u"k"_qs, QString::fromUcs4(U"\U00010400") /* Deseret capital, folds to U+10428 */,
        QString::fromUcs4(U"\U00010428"), QString::fromUcs4(U"\U0001F600"), QString(QChar(0xFFFF)), QString(QChar(0)),
        QString(QChar(0xD801)) /* a lone high surrogate */, u"a"_qs, u"B"_qs, u"z"_qs, u" "_qs, u"Zone"_qs, u"zone"_qs,
        u"Éclat"_qs };
    switch (rng.bounded(8)) {
    case 0:
        return {}; // empty
    case 1: // one of a few exact titles: many equal keys
        return pieces[rng.bounded(4)];
    case 2: // a long shared prefix, then a short varying tail
        return pieces[2 + rng.bounded(2)] + QString::number(rng.bounded(30)) + pieces[4 + rng.bounded(24)];
    default: {
        QString t;
        const int n = int(rng.bounded(1, 9));
        for (int i = 0; i < n; ++i)
            t += pieces[4 + rng.bounded(24)];
        return t;
    }
    }
}

Dossier randomTitles(int events, quint32 seed)
{
    Dossier d;
    Entente::TestUtil::must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, {} }));
    Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, {} }));
    QRandomGenerator rng(seed);
    // The bulk loader takes any title, empty ones included (as an import may).
    auto& store = d.eventsForBulkLoad();
    const QString us = u"us"_qs, ru = u"ru"_qs;
    for (int e = 1; e <= events; ++e) {
        const QStringView party[] = { rng.bounded(2) ? QStringView(us) : QStringView(ru) };
        const auto start = PartialDate::fromMsecs(at("2024-01-01") + qint64(rng.bounded(200)) * 86400000LL,
            Precision::Day); // many equal starts: ties by store row matter
        store.append(e, start, {}, randomTitle(rng), {}, {}, party, {}, {}, {});
    }
    store.finish();
    return d;
}

std::vector<qint64> referenceIds(const Document& doc, const EventFilter& f, Qt::SortOrder order)
{
    const auto& ev = doc.dossier().events();
    std::vector<qsizetype> rows;
    for (qsizetype r = 0; r < ev.size(); ++r) {
        const Event e = ev.event(r);
        if ((f.parties.isEmpty() || e.parties.contains(f.parties.first()))
            && (f.text.isEmpty() || e.title.contains(f.text, Qt::CaseInsensitive)
                || e.description.contains(f.text, Qt::CaseInsensitive)))
            rows.push_back(r);
    }
    std::stable_sort(rows.begin(), rows.end(), [&](qsizetype a, qsizetype b) {
        const int c = ev.title(a).toString().compare(ev.title(b).toString(), Qt::CaseInsensitive);
        return order == Qt::AscendingOrder ? c < 0 : c > 0;
    });
    std::vector<qint64> ids;
    for (auto r : rows)
        ids.push_back(ev.id(r));
    return ids;
}

} // namespace

class TestEventsTitleSort : public QObject {
    Q_OBJECT

    void check(const Document& doc, const EventsModel& model, Qt::SortOrder order)
    {
        const auto expected = referenceIds(doc, model.filter(), order);
        const auto actual = modelIds(model);
        QCOMPARE(actual.size(), expected.size());
        const auto& ev = doc.dossier().events();
        auto title = [&](qint64 id) { return ev.event(ev.rowOfId(id)).title; };
        for (size_t i = 0; i < actual.size(); ++i)
            if (actual[i] != expected[i])
                QFAIL(qPrintable(u"row %1: id %2 \"%3\", expected id %4 \"%5\""_qs.arg(i)
                                     .arg(actual[i])
                                     .arg(title(actual[i]))
                                     .arg(expected[i])
                                     .arg(title(expected[i]))));
        // Look-ups binary-search the view with the model's own order: it must agree with the sort.
        for (int r = 0; r < model.rowCount(); ++r)
            QCOMPARE(model.rowOfEventId(model.eventIdAt(r)), r);
    }

private slots:
    void matchesReference_data()
    {
        QTest::addColumn<int>("events");
        QTest::addColumn<quint32>("seed");
        QTest::addColumn<QString>("filter");
        QTest::addColumn<int>("order");
        for (int order : { 0, 1 }) {
            const char* o = order ? "desc" : "asc";
            QTest::addRow("small-all-%s", o) << 300 << 1u << QString() << order;
            QTest::addRow("large-all-%s", o) << 6000 << 2u << QString() << order;
            QTest::addRow("large-party-%s", o) << 6000 << 3u << u"party"_qs << order;
            QTest::addRow("large-text-%s", o) << 6000 << 4u << u"text"_qs << order;
        }
    }
    void matchesReference()
    {
        QFETCH(int, events);
        QFETCH(quint32, seed);
        QFETCH(QString, filter);
        QFETCH(int, order);
        const auto sortOrder = Qt::SortOrder(order);
        Document doc;
        doc.open(nullptr, randomTitles(events, seed));
        EventsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        EventFilter f;
        if (filter == u"party"_qs)
            f.parties = QStringList { u"ru"_qs };
        else if (filter == u"text"_qs)
            f.text = u"e"_qs;
        // Filter before and after sorting: both paths end in the same order.
        model.setFilter(f);
        model.sort(EventsModel::TitleColumn, sortOrder);
        check(doc, model, sortOrder);
        model.setFilter({});
        check(doc, model, sortOrder);
        model.setFilter(f);
        check(doc, model, sortOrder);
        // The other direction, then back to dates (from a view in title order, not store order).
        const auto other = sortOrder == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
        model.sort(EventsModel::TitleColumn, other);
        check(doc, model, other);
        for (auto dateOrder : { Qt::DescendingOrder, Qt::AscendingOrder }) {
            model.sort(EventsModel::StartColumn, dateOrder);
            const auto& ev = doc.dossier().events();
            for (int r = 1; r < model.rowCount(); ++r) {
                const auto a = model.storeRowAt(r - 1), b = model.storeRowAt(r);
                const bool ordered = ev.start(a) == ev.start(b)
                    ? a < b
                    : (dateOrder == Qt::AscendingOrder ? ev.start(a) < ev.start(b) : ev.start(a) > ev.start(b));
                QVERIFY2(ordered, qPrintable(u"date order broken at row %1"_qs.arg(r)));
            }
        }
    }

    void followsTitleEdits()
    {
        // Edits insert, move and remove single rows with the model's comparison; the result must still be the
        // reference order, including titles that differ only in case or past the first twelve units.
        Document doc;
        doc.open(nullptr, randomTitles(800, 5));
        EventsModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QRandomGenerator rng(17);
        for (auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            model.sort(EventsModel::TitleColumn, order);
            for (int step = 0; step < 60; ++step) {
                const auto& ev = doc.dossier().events();
                QString title;
                while (title.trimmed().isEmpty())
                    title = randomTitle(rng);
                switch (rng.bounded(3)) {
                case 0:
                    QVERIFY(Command::applied(Command::addEvent(&doc, makeEvent("2024-03-01", "x"))));
                    [[fallthrough]];
                case 1: {
                    Event e = ev.event(rng.bounded(int(ev.size())));
                    e.title = title;
                    QVERIFY(Command::applied(Command::editEvent(&doc, e)) || e.title == ev.event(ev.rowOfId(e.id)).title);
                    break;
                }
                case 2:
                    QVERIFY(Command::applied(Command::removeEvent(&doc, ev.id(rng.bounded(int(ev.size()))))));
                    break;
                }
                check(doc, model, order);
                if (QTest::currentTestFailed())
                    return;
            }
            // A full resort after the edits agrees with the incrementally maintained order.
            const auto incremental = modelIds(model);
            model.sort(EventsModel::StartColumn, Qt::AscendingOrder);
            model.sort(EventsModel::TitleColumn, order);
            QVERIFY(modelIds(model) == incremental);
        }
    }
};

QTEST_GUILESS_MAIN(TestEventsTitleSort)
#include "tst_eventstitlesort.moc"
