// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The store conformance suite: what every DossierStore (dossierstore.h) must do, written once and run against
// each implementation (tst_storeconformance_<store>.cpp gives it a StoreMaker): row writes with versions and
// conflicts, reordering, append-only histories, the journal, all-or-nothing transactions and read-only refusal.
// Each check is a plain function using QTest's macros, called from the implementation's test slots.

#include "dossierstore.h"
#include "storetestutil.h"

#include <QSet>
#include <QTest>

#include <functional>
#include <memory>

namespace Entente::Conformance {

// Makes a new stored dossier holding `d` (each call a fresh one), writable or read-only.
using StoreMaker = std::function<std::unique_ptr<DossierStore>(const Dossier& d, bool readOnly)>;

inline Dossier sample()
{
    Dossier d;
    StoreTest::fillDossier(d);
    return d;
}

inline Dossier reload(DossierStore& s, RowVersions* versions = nullptr)
{
    Dossier d;
    const Status st = s.load(d, versions);
    if (!st.ok())
        qWarning("reload failed: %s", qPrintable(st.message()));
    return d;
}

template <typename T> QStringList ids(const QList<T>& rows)
{
    QStringList out;
    for (const auto& r : rows)
        out << r.id;
    return out;
}

// One row of every kind through insert, update (with the version read, then with a stale one), remove.
inline void rowWrites(const StoreMaker& make)
{
    auto store = make(sample(), false);
    QVERIFY(store);
    const Dossier before = reload(*store);
    struct Case {
        StoreRow inserted;
        StoreRow updated;
        std::function<bool(const Dossier&, const StoreRow&)> holds;
    };
    auto partyHolds = [](const Dossier& d, const StoreRow& r) {
        const auto& p = std::get<Party>(r);
        return d.partyIndex(p.id) >= 0 && d.parties()[d.partyIndex(p.id)] == p;
    };
    auto issueHolds = [](const Dossier& d, const StoreRow& r) {
        const auto& i = std::get<Issue>(r);
        return d.issueIndex(i.id) >= 0 && d.issues()[d.issueIndex(i.id)] == i;
    };
    auto sourceHolds = [](const Dossier& d, const StoreRow& r) {
        const auto& s = std::get<Source>(r);
        return d.sourceIndex(s.id) >= 0 && d.sources()[d.sourceIndex(s.id)] == s;
    };
    auto eraHolds = [](const Dossier& d, const StoreRow& r) {
        const auto& e = std::get<Era>(r);
        return d.eraIndex(e.id) >= 0 && d.eras()[d.eraIndex(e.id)] == e;
    };
    auto levelHolds = [](const Dossier& d, const StoreRow& r) {
        const auto& l = std::get<ScaleLevelRow>(r).level;
        const ScaleLevel* stored = d.stanceLevel(l.key);
        return stored && *stored == l;
    };
    auto eventHolds = [](const Dossier& d, const StoreRow& r) {
        const auto& e = std::get<Event>(r);
        const auto row = d.events().rowOfId(e.id);
        return row >= 0 && d.events().event(row) == e;
    };
    auto noteHolds = [](const Dossier& d, const StoreRow& r) {
        const auto& n = std::get<Note>(r);
        return d.noteIndex(n.id) >= 0 && d.notes()[d.noteIndex(n.id)] == n;
    };
    auto viewHolds = [](const Dossier& d, const StoreRow& r) {
        const auto& v = std::get<SavedView>(r);
        return d.savedViewIndex(v.id) >= 0 && d.savedViews()[d.savedViewIndex(v.id)] == v;
    };
    // A note on a cell that becomes a key judgement resting on a graded claim; a view whose settings change.
    Note note { u"note-x"_qs, NoteTarget::Cell, {}, before.parties().first().id, before.issues().first().id, 0, {},
        u"Watch this <cell> & \"that\"\nsecond line"_qs, u"analyst"_qs, 1765875600000, std::nullopt, {} };
    Note judgement = note;
    judgement.confidence = Confidence::High;
    judgement.evidence = { Claim { before.sources().first().id, 2, u"on the record"_qs, u"yes"_qs } };
    SavedView view;
    view.id = u"view-x"_qs;
    view.name = u"Round one"_qs;
    view.asOf = 1765756800000;
    SavedView viewChanged = view;
    viewChanged.compareDate = 1765670400000;
    viewChanged.filterText = u"guarantees"_qs;
    viewChanged.filterFrom = 1765670400000;
    viewChanged.filterTo = 1765756800000;
    viewChanged.filterCell = true;
    viewChanged.timelineFrom = 1765000000000;
    viewChanged.timelineTo = 1766000000000;
    viewChanged.lanes = u"single"_qs;
    viewChanged.chart = u"convergence"_qs;
    viewChanged.chartPeriod = u"day"_qs;
    // A forecast scenario kept with the view: one value per party, or all three.
    viewChanged.scenario = SavedScenario { before.issues().first().id, u"eu"_qs, 7, {},
        { { before.parties().first().id, { 0.75, 33.3, std::nullopt } },
            { before.parties().last().id, { std::nullopt, std::nullopt, 2.5 } } } };
    Event newEvent { before.events().nextId(), StoreTest::date("2025-12-20"), {}, u"Follow-up call"_qs };
    newEvent.parties = { before.parties().first().id };
    Event movedEvent = newEvent;
    movedEvent.start = StoreTest::date("2025-12-21"); // a new start: the row moves in the event order
    movedEvent.title = u"Follow-up call, moved"_qs;
    const QList<Case> cases {
        { Party { u"nl"_qs, u"Netherlands"_qs, u"NL"_qs, u"#ff8800"_qs },
            Party { u"nl"_qs, u"The Netherlands"_qs, u"NL"_qs, u"#ff8800"_qs }, partyHolds },
        { Issue { u"sanctions"_qs, u"Sanctions relief"_qs, {} },
            Issue { u"sanctions"_qs, u"Sanctions relief"_qs, u"Phased"_qs }, issueHolds },
        { Source { u"s-new"_qs, u"Outlet"_qs, u"https://example.org/a"_qs, u"Title"_qs, StoreTest::date("2025-12-16"),
              u'B', 2, {} },
            // Regraded, and its date known only to the month now: the precision is stored with the date.
            Source { u"s-new"_qs, u"Outlet"_qs, u"https://example.org/a"_qs, u"Title"_qs, StoreTest::date("2025-12"),
                u'C', 3, u"regraded"_qs },
            sourceHolds },
        { Era { u"later"_qs, u"Later round"_qs, StoreTest::date("2026-01"), StoreTest::date("2026-02"), {} },
            Era {
                u"later"_qs, u"Later round"_qs, StoreTest::date("2026-01"), StoreTest::date("2026-03"), u"#dddddd"_qs },
            eraHolds },
        { ScaleLevelRow { RowKind::StanceLevel, { u"leans"_qs, u"Leans"_qs, u"#aabbcc"_qs, 1 } },
            ScaleLevelRow { RowKind::StanceLevel, { u"leans"_qs, u"Leans toward"_qs, u"#aabbcc"_qs, 1 } }, levelHolds },
        { newEvent, movedEvent, eventHolds },
        { note, judgement, noteHolds },
        { view, viewChanged, viewHolds },
    };
    for (const auto& c : cases) {
        const RowKind kind = rowKindOf(c.inserted);
        const QString key = rowKeyOf(c.inserted);
        const QString what = rowKindKey(kind) + u' ' + key;
        const auto inserted = store->insertRow(c.inserted, 0);
        QVERIFY2(inserted.ok(), qPrintable(what + u": " + inserted.message()));
        QCOMPARE(inserted.value(), RowVersions::Initial);
        QVERIFY2(c.holds(reload(*store), c.inserted), qPrintable(what));
        // Inserting it again is refused and changes nothing.
        QVERIFY2(!store->insertRow(c.inserted, 0).ok(), qPrintable(what));

        const auto updated = store->updateRow(c.updated, 1);
        QVERIFY2(updated.ok(), qPrintable(what + u": " + updated.message()));
        QCOMPARE(updated.value(), 2);
        RowVersions versions;
        QVERIFY2(c.holds(reload(*store, &versions), c.updated), qPrintable(what));
        QCOMPARE(versions.get(kind, key), 2);

        // A writer that read version 1 is refused, and the stored row keeps the other writer's value.
        const auto stale = store->updateRow(c.inserted, 1);
        QVERIFY2(!stale.ok(), qPrintable(what));
        QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
        QVERIFY2(stale.message().contains(key), qPrintable(stale.message()));
        QVERIFY2(c.holds(reload(*store), c.updated), qPrintable(what));
        const auto staleRemove = store->removeRow(kind, key, 1);
        QCOMPARE(staleRemove.error().kind(), Error::Kind::Conflict);
        QVERIFY2(c.holds(reload(*store), c.updated), qPrintable(what));

        QVERIFY2(store->removeRow(kind, key, 2).ok(), qPrintable(what));
        QVERIFY2(!c.holds(reload(*store), c.updated), qPrintable(what));
        const auto gone = store->updateRow(c.updated, 2);
        QCOMPARE(gone.error().kind(), Error::Kind::NotFound);
        QCOMPARE(store->removeRow(kind, key, 2).error().kind(), Error::Kind::NotFound);
    }
    // The rest of the dossier is as it was.
    StoreTest::compareDossiers(reload(*store), before);
}

// Claims (graded citations): a dossier holding them is stored whole (the bulk path) and reads back equal; an
// event's claims are inserted, replaced and removed with its row; a change is appended with its claims; stored
// claims that do not hold together are refused on load rather than shown.
inline void claims(const StoreMaker& make)
{
    Dossier d = sample();
    const QString src = d.sources().first().id;
    Event cited = d.events().event(0);
    if (!cited.sources.contains(src))
        cited.sources.append(src);
    cited.claims = { Claim { src, 3, u"an unnamed US official"_qs, u"“Ninety per cent is agreed”, he said"_qs } };
    QVERIFY(d.updateEvent(cited).ok());
    PositionChange pc = d.positionChanges().front();
    pc.id = 0;
    pc.citedSources = { src };
    pc.claims = { Claim { src, 2, u"Kremlin spokesman\ttab \\ backslash"_qs, {} } };
    QCOMPARE(d.addPositionChange(pc).message(), QString());
    StatusChange sc = d.statusChanges().front();
    sc.id = 0;
    sc.citedSources = { src };
    sc.claims = { Claim { src, 6, {}, u"line one\nline two"_qs } };
    QCOMPARE(d.addStatusChange(sc).message(), QString());

    auto store = make(d, false);
    QVERIFY(store);
    StoreTest::compareDossiers(reload(*store), d);
    if (QTest::currentTestFailed())
        return;

    RowVersions versions;
    Dossier now = reload(*store, &versions);
    Event regraded = now.events().event(now.events().rowOfId(cited.id));
    regraded.claims = { Claim { src, 5, u"state media"_qs, {} } };
    const auto updated = store->updateRow(regraded, versions.get(RowKind::Event, QString::number(cited.id)));
    QVERIFY2(updated.ok(), qPrintable(updated.message()));
    QCOMPARE(reload(*store).events().event(now.events().rowOfId(cited.id)).claims, regraded.claims);
    regraded.claims.clear();
    QVERIFY(store->updateRow(regraded, updated.value()).ok());
    QVERIFY(reload(*store).events().event(now.events().rowOfId(cited.id)).claims.isEmpty());

    Event fresh { now.events().nextId(), StoreTest::date("2025-12-22"), {}, u"Graded on arrival"_qs };
    fresh.sources = { src };
    fresh.claims = { Claim { src, 1, u"both delegations"_qs, {} } };
    QVERIFY(store->insertRow(fresh, 0).ok());
    const Dossier after = reload(*store);
    QCOMPARE(after.events().event(after.events().rowOfId(fresh.id)), fresh);

    PositionChange more = pc;
    more.id = 0;
    more.claims = { Claim { src, 4, u"a European diplomat"_qs, u"not yet"_qs } };
    const auto appended = store->appendChange(more);
    QVERIFY2(appended.ok(), qPrintable(appended.message()));
    const Dossier last = reload(*store);
    const auto at = last.positionChangeIndex(appended.value());
    QVERIFY(at >= 0);
    QCOMPARE(last.positionChanges()[size_t(at)].claims, more.claims);
}

// Inserting at a position and reordering keep the table order; a reorder that does not name every row once is
// refused and changes nothing.
inline void reorder(const StoreMaker& make)
{
    auto store = make(sample(), false);
    QVERIFY(store);
    const QStringList before = ids(reload(*store).parties());
    QVERIFY(before.size() >= 3);
    QVERIFY(store->insertRow(Party { u"nl"_qs, u"Netherlands"_qs, u"NL"_qs, u"#ff8800"_qs }, 1).ok());
    QStringList expected = before;
    expected.insert(1, u"nl"_qs);
    QCOMPARE(ids(reload(*store).parties()), expected);
    QStringList reversed(expected.rbegin(), expected.rend());
    QVERIFY(store->reorderRows(RowKind::Party, reversed).ok());
    QCOMPARE(ids(reload(*store).parties()), reversed);
    QVERIFY(!store->reorderRows(RowKind::Party, reversed.mid(1)).ok());
    QStringList twice = reversed;
    twice[0] = twice[1];
    QVERIFY(!store->reorderRows(RowKind::Party, twice).ok());
    QCOMPARE(ids(reload(*store).parties()), reversed);
    QVERIFY(store->removeRow(RowKind::Party, u"nl"_qs, 1).ok());
    reversed.removeAll(u"nl"_qs);
    QCOMPARE(ids(reload(*store).parties()), reversed);
}

// Changes are only appended; a retraction flips a flag, names who retracted, and is itself journalled.
inline void appendOnlyHistory(const StoreMaker& make)
{
    auto store = make(sample(), false);
    QVERIFY(store);
    store->setUserName(u"Olena"_qs);
    const Dossier before = reload(*store);
    PositionChange p;
    p.id = before.nextChangeId();
    p.partyId = before.parties().first().id;
    p.issueId = before.issues().first().id;
    p.stance = before.stanceScale().first().key;
    p.salience = 70;
    p.effective = StoreTest::date("2025-12-18");
    p.recordedAt = 1765800000000;
    p.recordedBy = u"Olena"_qs;
    p.citedSources = { before.sources().first().id };
    QCOMPARE(store->appendChange(p).value(), p.id);
    QVERIFY(!store->appendChange(p).ok()); // an id is never reused or overwritten
    // Id 0: the store hands out the next free id (a team server's own, so that two clients never collide).
    PositionChange next = p;
    next.id = 0;
    const auto assigned = store->appendChange(next);
    QVERIFY2(assigned.ok(), qPrintable(assigned.message()));
    QVERIFY(assigned.value() > p.id); // a file: one past the largest; a team server: its sequence's next
    StatusChange s;
    s.id = p.id + 2;
    s.issueId = before.issues().first().id;
    s.status = before.statusScale().first().key;
    s.effective = StoreTest::date("2025-12-18");
    s.recordedAt = 1765800000000;
    s.recordedBy = u"Olena"_qs;
    QVERIFY(store->appendChange(s).ok());
    QVERIFY(store->setChangeRetracted(ChangeKind::Position, p.id, true, 1765800060000).ok());
    QVERIFY(store->setChangeRetracted(ChangeKind::Status, s.id, true, 1765800060000).ok());
    QVERIFY(!store->setChangeRetracted(ChangeKind::Position, 999999, true, 1765800060000).ok());
    const Dossier after = reload(*store);
    QCOMPARE(after.positionChanges().size(), before.positionChanges().size() + 2);
    QVERIFY(after.positionChangeIndex(assigned.value()) >= 0);
    QCOMPARE(after.statusChanges().size(), before.statusChanges().size() + 1);
    const PositionChange& storedP = after.positionChanges()[size_t(after.positionChangeIndex(p.id))];
    QVERIFY(storedP.retracted);
    QCOMPARE(storedP.retractedBy, u"Olena"_qs);
    QCOMPARE(storedP.retractedAt, 1765800060000);
    QCOMPARE(storedP.citedSources, p.citedSources);
    QVERIFY(after.statusChanges()[size_t(after.statusChangeIndex(s.id))].retracted);
    QVERIFY(store->setChangeRetracted(ChangeKind::Position, p.id, false, 0).ok());
    QVERIFY(!reload(*store).positionChanges()[size_t(after.positionChangeIndex(p.id))].retracted);
    // Every earlier change is untouched.
    for (const auto& c : before.positionChanges())
        QVERIFY(after.positionChanges()[size_t(after.positionChangeIndex(c.id))] == c);
}

// Capabilities: a third history like the other two. A general and a per-issue capability with cited events,
// sources and claims are appended (the id handed out when 0), retracted and restored, each journalled; what is
// read back is what was written, and a dossier holding capabilities is created whole with them. A negative
// value is refused by the store itself.
inline void capabilities(const StoreMaker& make)
{
    auto store = make(sample(), false);
    QVERIFY(store);
    store->setUserName(u"Olena"_qs);
    const Dossier before = reload(*store);
    QVERIFY(before.capabilityChanges().empty());
    const auto start = store->readJournal(0, 100000);
    QVERIFY(start.ok());
    const qint64 last = start.value().isEmpty() ? 0 : start.value().last().id;
    CapabilityChange general;
    general.id = before.nextChangeId() + 10;
    general.partyId = before.parties().first().id;
    general.value = 75.25;
    general.effective = StoreTest::date("2025-12-14");
    general.recordedAt = 1765800000000;
    general.recordedBy = u"Olena"_qs;
    general.confidence = Confidence::Low;
    general.note = u"GDP and the army, \"roughly\""_qs;
    general.citedEvents = { before.events().id(0) };
    general.citedSources = { before.sources().first().id };
    general.claims = { Claim { before.sources().first().id, 4, u"a think tank"_qs, u"about 75"_qs } };
    QCOMPARE(store->appendChange(general).value(), general.id);
    QVERIFY(!store->appendChange(general).ok()); // an id is never reused
    CapabilityChange onIssue = general;
    onIssue.id = 0;
    onIssue.issueId = before.issues().first().id;
    onIssue.value = 0;
    onIssue.citedEvents.clear();
    const auto assigned = store->appendChange(onIssue);
    QVERIFY2(assigned.ok(), qPrintable(assigned.message()));
    QVERIFY(assigned.value() > general.id);
    onIssue.id = assigned.value();
    CapabilityChange negative = general;
    negative.id = 0;
    negative.value = -5;
    QVERIFY(!store->appendChange(negative).ok());
    QVERIFY(store->setChangeRetracted(ChangeKind::Capability, onIssue.id, true, 1765800060000).ok());
    QVERIFY(!store->setChangeRetracted(ChangeKind::Capability, 999999, true, 1765800060000).ok());
    Dossier after = reload(*store);
    QCOMPARE(after.capabilityChanges().size(), size_t(2));
    QCOMPARE(after.capabilityChanges()[size_t(after.capabilityChangeIndex(general.id))], general);
    const CapabilityChange& stored = after.capabilityChanges()[size_t(after.capabilityChangeIndex(onIssue.id))];
    QVERIFY(stored.retracted);
    QCOMPARE(stored.retractedBy, u"Olena"_qs);
    QCOMPARE(stored.retractedAt, 1765800060000);
    QCOMPARE(stored.issueId, onIssue.issueId);
    QCOMPARE(stored.value, 0.0);
    QVERIFY(store->setChangeRetracted(ChangeKind::Capability, onIssue.id, false, 0).ok());
    after = reload(*store);
    QVERIFY(!after.capabilityChanges()[size_t(after.capabilityChangeIndex(onIssue.id))].retracted);
    const auto lines = store->readJournal(last, 100);
    QVERIFY(lines.ok());
    QStringList actions;
    for (const auto& l : lines.value())
        actions << l.action;
    QCOMPARE(actions,
        (QStringList { u"capability.append"_qs, u"capability.append"_qs, u"capability.retract"_qs,
            u"capability.restore"_qs }));

    // A whole dossier with capabilities, created at once.
    auto whole = make(after, false);
    QVERIFY(whole);
    const Dossier copy = reload(*whole);
    QCOMPARE(copy.capabilityChanges().size(), after.capabilityChanges().size());
    for (const auto& c : after.capabilityChanges())
        QCOMPARE(copy.capabilityChanges()[size_t(copy.capabilityChangeIndex(c.id))], c);
}

// An issue's own position axis is stored with the issue (inserted, updated with its version) and a position's
// value on it with the position; both read back exactly, and a dossier holding them is created whole.
inline void issueAxis(const StoreMaker& make)
{
    auto store = make(sample(), false);
    QVERIFY(store);
    Issue territory { u"axis-issue"_qs, u"Territory"_qs, u"with an axis"_qs,
        { { 0, u"full withdrawal"_qs }, { 37.5, u"freeze \"on the line\""_qs }, { 100, u"recognition"_qs } } };
    QCOMPARE(store->insertRow(territory, 0).value(), qint64(1));
    territory.axis[1].value = 40;
    QCOMPARE(store->updateRow(territory, 1).value(), qint64(2));
    const Dossier before = reload(*store);
    QCOMPARE(before.issues()[before.issueIndex(territory.id)], territory);
    PositionChange p;
    p.partyId = before.parties().first().id;
    p.issueId = territory.id;
    p.stance = before.stanceScale().first().key;
    p.effective = StoreTest::date("2025-12-18");
    p.recordedAt = 1765800000000;
    p.recordedBy = u"Olena"_qs;
    p.axisValue = 12.25;
    const auto id = store->appendChange(p);
    QVERIFY2(id.ok(), qPrintable(id.message()));
    p.id = id.value();
    PositionChange plain = p;
    plain.id = 0;
    plain.axisValue.reset();
    const auto plainId = store->appendChange(plain);
    QVERIFY(plainId.ok());
    plain.id = plainId.value();
    const Dossier after = reload(*store);
    QCOMPARE(after.positionChanges()[size_t(after.positionChangeIndex(p.id))], p);
    QCOMPARE(after.positionChanges()[size_t(after.positionChangeIndex(plain.id))], plain);
    auto whole = make(after, false);
    QVERIFY(whole);
    const Dossier copy = reload(*whole);
    QCOMPARE(copy.issues()[copy.issueIndex(territory.id)], territory);
    QCOMPARE(copy.positionChanges()[size_t(copy.positionChangeIndex(p.id))].axisValue, std::optional<double>(12.25));
}

// Every write is journalled with who made it; readJournal pages through it in order.
inline void journal(const StoreMaker& make)
{
    auto store = make(sample(), false);
    QVERIFY(store);
    const auto start = store->readJournal(0, 100000);
    QVERIFY(start.ok());
    const qint64 last = start.value().isEmpty() ? 0 : start.value().last().id;
    store->setUserName(u"Analyst A"_qs);
    QVERIFY(store->writeMeta(u"Renamed"_qs, u"d"_qs).ok());
    QVERIFY(store->insertRow(Issue { u"x"_qs, u"X"_qs, {} }, 0).ok());
    QVERIFY(store->begin().ok());
    QVERIFY(store->removeRow(RowKind::Issue, u"x"_qs, 1).ok());
    QVERIFY(store->journal(u"Remove issue X"_qs, u"by hand"_qs).ok());
    QVERIFY(store->commit().ok());
    const auto lines = store->readJournal(last, 100);
    QVERIFY(lines.ok());
    QStringList actions;
    for (const auto& l : lines.value()) {
        QCOMPARE(l.user, u"Analyst A"_qs);
        QVERIFY(l.id > last);
        QVERIFY(l.at > 0);
        actions << l.action;
    }
    QCOMPARE(actions, (QStringList { u"meta"_qs, u"issue.insert"_qs, u"issue.remove"_qs, u"Remove issue X"_qs }));
    const auto paged = store->readJournal(lines.value().first().id, 2);
    QVERIFY(paged.ok());
    QCOMPARE(paged.value().size(), 2);
    QCOMPARE(paged.value().first().action, u"issue.insert"_qs);
}

// A transaction is all or nothing, and a failed single write leaves nothing behind, journal line included.
inline void allOrNothing(const StoreMaker& make)
{
    auto store = make(sample(), false);
    QVERIFY(store);
    const Dossier before = reload(*store);
    const qsizetype journalBefore = store->readJournal(0, 100000).value().size();
    QVERIFY(store->begin().ok());
    QVERIFY(store->insertRow(Party { u"nl"_qs, u"Netherlands"_qs, u"NL"_qs, u"#ff8800"_qs }, 0).ok());
    QVERIFY(store->writeMeta(u"Changed"_qs, {}).ok());
    QVERIFY(!store->insertRow(before.parties().first(), 0).ok()); // a duplicate id
    store->rollback();
    StoreTest::compareDossiers(reload(*store), before);
    QCOMPARE(store->readJournal(0, 100000).value().size(), journalBefore);

    QVERIFY(!store->insertRow(before.issues().first(), 0).ok());
    StoreTest::compareDossiers(reload(*store), before);
    QCOMPARE(store->readJournal(0, 100000).value().size(), journalBefore);
}

// Many events removed at once (an import's undo), each at the version read: with one stale version nothing is
// removed and the error is a Conflict; with the versions read, all of them go.
inline void removeEvents(const StoreMaker& make)
{
    auto store = make(sample(), false);
    QVERIFY(store);
    for (int k = 0; k < 3; ++k) { // an import's events: nothing cites them
        Event e;
        e.id = 9000 + k;
        e.start = PartialDate::fromYmd(2025, 12, 20 + k);
        e.title = u"Imported event %1"_qs.arg(k);
        QVERIFY(store->insertRow(e, -1).ok());
    }
    RowVersions read;
    const Dossier before = reload(*store, &read);
    // The events no recorded change cites (a cited one cannot go: the change keeps citing it).
    QSet<qint64> cited;
    for (const auto& c : before.positionChanges())
        for (qint64 id : c.citedEvents)
            cited.insert(id);
    for (const auto& c : before.statusChanges())
        for (qint64 id : c.citedEvents)
            cited.insert(id);
    std::vector<qint64> ids;
    for (qsizetype r = 0; r < before.events().size(); ++r)
        if (!cited.contains(before.events().id(r)))
            ids.push_back(before.events().id(r));
    QVERIFY(ids.size() >= 3);
    auto seen = [&read](qint64 id) { return read.get(RowKind::Event, QString::number(id)); };

    // Someone edits the last one after it was read.
    Event edited = before.events().event(before.events().rowOfId(ids.back()));
    edited.title += u" (revised)"_qs;
    QVERIFY(store->updateRow(edited, seen(edited.id)).ok());
    RowVersions now;
    const Dossier afterEdit = reload(*store, &now);
    QVERIFY(store->begin().ok());
    const Status stale = store->removeEvents(ids, seen);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
    store->rollback();
    StoreTest::compareDossiers(reload(*store), afterEdit);

    QVERIFY(store->begin().ok());
    const Status removed = store->removeEvents(ids, [&now](qint64 id) { return now.get(RowKind::Event, QString::number(id)); });
    QVERIFY2(removed.ok(), qPrintable(removed.message()));
    const Status committed = store->commit();
    QVERIFY2(committed.ok(), qPrintable(committed.message()));
    const Dossier after = reload(*store);
    QCOMPARE(after.events().size(), before.events().size() - qsizetype(ids.size()));
    for (qint64 id : ids)
        QCOMPARE(after.events().rowOfId(id), -1);
    QCOMPARE(after.parties().size(), before.parties().size());
}

// External ids (EventStore::idTag): kept apart from the interned tags in memory, stored as the tags they are, in
// their place among the event's tags, by the bulk writer and reader and by row writes alike.
inline void externalIds(const StoreMaker& make)
{
    Dossier d = sample();
    const QStringList tagLists[] = {
        { u"acled-id=UKR1"_qs },
        { u"Battles"_qs, u"acled-id=UKR2"_qs, u"geo=48.5,37.9"_qs },
        { u"talks"_qs, u"id=7"_qs, u"gdelt-id=99"_qs }, // the first is the id; the second stays an interned tag
        { u"ACLED-id=UKR3"_qs, u"id="_qs }, // not ids: an upper-case scheme, an empty value
    };
    qint64 id = 7000;
    for (const QStringList& tags : tagLists) {
        Event e;
        e.id = ++id;
        e.start = PartialDate::fromYmd(2025, 12, 1 + int(id % 20));
        e.title = u"Imported %1"_qs.arg(id);
        e.tags = tags;
        QVERIFY(d.insertEvent(e).ok());
    }
    auto store = make(d, false);
    QVERIFY(store);
    Event later;
    later.id = 7100;
    later.start = PartialDate::fromYmd(2025, 12, 30);
    later.title = u"Row write"_qs;
    later.tags = { u"x"_qs, u"timelinejs-id=riyadh"_qs };
    QVERIFY(store->insertRow(later, -1).ok());
    QVERIFY(d.insertEvent(later).ok());
    const Dossier loaded = reload(*store);
    StoreTest::compareDossiers(loaded, d);
    const EventStore& ev = loaded.events();
    auto tagsOf = [&ev](qint64 id) { return ev.event(ev.rowOfId(id)).tags; };
    QCOMPARE(tagsOf(7002), (QStringList { u"Battles"_qs, u"acled-id=UKR2"_qs, u"geo=48.5,37.9"_qs }));
    QCOMPARE(tagsOf(7100), (QStringList { u"x"_qs, u"timelinejs-id=riyadh"_qs }));
    QCOMPARE(ev.idTag(ev.rowOfId(7001)), u"acled-id=UKR1");
    QCOMPARE(ev.idTag(ev.rowOfId(7003)), u"id=7");
    QCOMPARE(ev.idTag(ev.rowOfId(7004)), QStringView());
    QCOMPARE(ev.symbolOf(u"acled-id=UKR2"_qs), Dictionary::None);
    QVERIFY(ev.symbolOf(u"gdelt-id=99"_qs) != Dictionary::None);
    QVERIFY(ev.symbolOf(u"ACLED-id=UKR3"_qs) != Dictionary::None);
}

// A read-only store refuses every write with ReadOnly and changes nothing.
inline void readOnly(const StoreMaker& make)
{
    auto store = make(sample(), true);
    QVERIFY(store);
    QVERIFY(store->isReadOnly());
    const Dossier before = reload(*store);
    QCOMPARE(store->writeMeta(u"x"_qs, {}).error().kind(), Error::Kind::ReadOnly);
    QCOMPARE(store->insertRow(Issue { u"x"_qs, u"X"_qs, {} }, 0).error().kind(), Error::Kind::ReadOnly);
    QCOMPARE(store->updateRow(before.parties().first(), 1).error().kind(), Error::Kind::ReadOnly);
    QCOMPARE(store->removeRow(RowKind::Party, before.parties().first().id, 1).error().kind(), Error::Kind::ReadOnly);
    QCOMPARE(store->begin().error().kind(), Error::Kind::ReadOnly);
    QCOMPARE(store->journal(u"x"_qs).error().kind(), Error::Kind::ReadOnly);
    StoreTest::compareDossiers(reload(*store), before);
}

} // namespace Entente::Conformance
