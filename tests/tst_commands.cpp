// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "document.h"
#include "modelfixture.h"

#include <QSignalSpy>
#include <QTest>

#include <functional>

using namespace Entente;
using namespace Fixture;

namespace {

struct Case {
    const char* name;
    std::function<Command::EditResult(Document*)> run;
    QString text; // expected undo text
    bool records = false; // undo retracts rather than restores the exact previous state
    std::function<void(Document*)> setup = {}; // runs before the snapshot, not part of the command
};

std::vector<Case> cases()
{
    std::vector<Case> v;
    v.push_back({ "addEvent",
        [](Document* d) { return Command::addEvent(d, makeEvent("2025-12-17", "Geneva call", { u"ua"_qs })); },
        u"Add event “Geneva call”"_qs });
    v.push_back({ "editEvent-title",
        [](Document* d) {
            Event e = d->dossier().events().event(1);
            e.title = u"Berlin round opens (day 1)"_qs;
            return Command::editEvent(d, e);
        },
        u"Edit event title"_qs });
    v.push_back({ "editEvent-date",
        [](Document* d) {
            Event e = d->dossier().events().event(0);
            e.start = day("2026-01-05");
            e.parties = QStringList { u"ru"_qs };
            return Command::editEvent(d, e);
        },
        u"Edit event “Draft plan leaked”"_qs });
    v.push_back({ "removeEvent", [](Document* d) { return Command::removeEvent(d, d->dossier().events().id(2)); },
        u"Remove event “Security guarantees offered”"_qs });
    v.push_back({ "addParty",
        [](Document* d) {
            return Command::addParty(d, { u"eu"_qs, u"European leaders"_qs, u"EU"_qs, u"#003399"_qs }, 1);
        },
        u"Add party European leaders"_qs });
    v.push_back({ "editParty-rename",
        [](Document* d) {
            Party p = d->dossier().parties()[2];
            p.name = u"Russian Federation"_qs;
            return Command::editParty(d, p);
        },
        u"Rename party Russia to Russian Federation"_qs });
    v.push_back({ "editParty-colour",
        [](Document* d) {
            Party p = d->dossier().parties()[2];
            p.color = u"#aa0000"_qs;
            return Command::editParty(d, p);
        },
        u"Edit party Russia"_qs });
    v.push_back(
        { "removeParty", [](Document* d) { return Command::removeParty(d, u"cn"_qs); }, u"Remove party China"_qs, false,
            [](Document* d) {
                QVERIFY(d->applyInsertParty(1, { u"cn"_qs, u"China"_qs, {}, {} }).ok());
            } });
    v.push_back(
        { "moveParty", [](Document* d) { return Command::moveParty(d, 0, 2); }, u"Move party United States"_qs });
    v.push_back({ "addIssue",
        [](Document* d) {
            return Command::addIssue(d, { u"pk"_qs, u"Peacekeepers"_qs, {} }, 0);
        },
        u"Add issue Peacekeepers"_qs });
    v.push_back({ "editIssue",
        [](Document* d) {
            Issue i = d->dossier().issues()[0];
            i.name = u"NATO accession"_qs;
            return Command::editIssue(d, i);
        },
        u"Rename issue NATO membership to NATO accession"_qs });
    v.push_back({ "removeIssue", [](Document* d) { return Command::removeIssue(d, u"pk"_qs); },
        u"Remove issue Peacekeepers"_qs, false,
        [](Document* d) {
            QVERIFY(d->applyInsertIssue(1, { u"pk"_qs, u"Peacekeepers"_qs, {} }).ok());
        } });
    v.push_back({ "moveIssue", [](Document* d) { return Command::moveIssue(d, 2, 0); }, u"Move issue Territory"_qs });
    v.push_back({ "addSource",
        [](Document* d) {
            Source s;
            s.id = u"s3"_qs;
            s.outlet = u"AP"_qs;
            s.title = u"Envoys meet"_qs;
            return Command::addSource(d, s);
        },
        u"Add source “Envoys meet”"_qs });
    v.push_back({ "editSource",
        [](Document* d) {
            Source s = d->dossier().sources()[0];
            s.reliability = u'A';
            return Command::editSource(d, s);
        },
        u"Edit source “Talks in Berlin”"_qs });
    v.push_back({ "removeSource", [](Document* d) { return Command::removeSource(d, u"s3"_qs); },
        u"Remove source “AP”"_qs, false,
        [](Document* d) {
            QVERIFY(d->applyInsertSource(0, Source { u"s3"_qs, u"AP"_qs }).ok());
        } });
    v.push_back({ "recordPosition",
        [](Document* d) { return Command::recordPosition(d, position("ru", "nato", "2025-12-20", "resists")); },
        u"Set Russia on NATO membership to Resists"_qs, true });
    v.push_back({ "recordStatus",
        [](Document* d) {
            StatusChange s;
            s.issueId = u"nato"_qs;
            s.status = u"deadlocked"_qs;
            s.effective = day("2025-12-20");
            return Command::recordStatus(d, s);
        },
        u"Set status of NATO membership to Deadlocked"_qs, true });
    v.push_back({ "retractPosition",
        [](Document* d) { return Command::retractPosition(d, d->dossier().positionChanges()[0].id); },
        u"Retract Russia on NATO membership: Opposes"_qs });
    v.push_back(
        { "retractStatus", [](Document* d) { return Command::retractStatus(d, d->dossier().statusChanges()[0].id); },
            u"Retract status of NATO membership: Contested"_qs });
    auto capability = [](const char* party, const char* issue, double value) {
        CapabilityChange c;
        c.partyId = QString::fromLatin1(party);
        c.issueId = QString::fromLatin1(issue);
        c.value = value;
        c.effective = day("2025-12-16");
        c.citedSources = { u"s1"_qs };
        c.claims = { Claim { u"s1"_qs, 4, u"an analyst"_qs, {} } };
        return c;
    };
    v.push_back({ "recordCapability-general",
        [capability](Document* d) { return Command::recordCapability(d, capability("ru", "", 80)); },
        u"Set capability of Russia: 80 on every issue"_qs, true });
    v.push_back({ "recordCapability-issue",
        [capability](Document* d) { return Command::recordCapability(d, capability("ua", "nato", 35.5)); },
        u"Set capability of Ukraine: 35.5 on NATO membership"_qs, true });
    v.push_back({ "retractCapability",
        [](Document* d) { return Command::retractCapability(d, d->dossier().capabilityChanges()[0].id); },
        u"Retract capability of Russia: 80 on every issue"_qs, false,
        [capability](Document* d) { QVERIFY(d->applyAddCapabilityChange(capability("ru", "", 80)).ok()); } });
    v.push_back({ "setScales-rename",
        [](Document* d) {
            auto stance = d->dossier().stanceScale();
            stance[0].label = u"Rejects"_qs;
            return Command::setScales(d, stance, d->dossier().statusScale());
        },
        u"Rename stance Opposes to Rejects"_qs });
    v.push_back({ "setScales-status",
        [](Document* d) {
            auto status = d->dossier().statusScale();
            status[1].color = u"#ff0000"_qs;
            return Command::setScales(d, d->dossier().stanceScale(), status);
        },
        u"Recolour Contested"_qs });
    v.push_back({ "editMeta", [](Document* d) { return Command::editMeta(d, u"Geneva talks"_qs, {}); },
        u"Rename dossier to “Geneva talks”"_qs });
    // Notes, key judgements and saved views: every one an undoable edit of a small table.
    auto cellNote = [] {
        Note n;
        n.target = NoteTarget::Cell;
        n.partyId = u"ru"_qs;
        n.issueId = u"nato"_qs;
        n.text = u"Moscow's line has not moved"_qs;
        return n;
    };
    v.push_back({ "addNote", [cellNote](Document* d) { return Command::addNote(d, cellNote()); },
        u"Add note “Moscow's line has not moved”"_qs });
    v.push_back({ "addKeyJudgement",
        [](Document* d) {
            Note n;
            n.target = NoteTarget::Date;
            n.date = day("2025-12-15");
            n.text = u"Guarantees before any NATO concession"_qs;
            n.confidence = Confidence::High;
            n.evidence = { Claim { u"s1"_qs, 2, u"on the record"_qs, {} }, Claim { u"s2"_qs, 4, {}, {} } };
            return Command::addNote(d, n);
        },
        u"Add key judgement “Guarantees before any NATO concession”"_qs });
    v.push_back({ "editNote-text",
        [](Document* d) {
            Note n = d->dossier().notes()[0];
            n.text = u"Moscow's line hardened"_qs;
            return Command::editNote(d, n);
        },
        u"Edit note text"_qs, false,
        [cellNote](Document* d) {
            Note n = cellNote();
            n.id = u"note-1"_qs;
            QVERIFY(d->applyInsertNote(0, n).ok());
        } });
    v.push_back({ "editNote-judgement",
        [](Document* d) {
            Note n = d->dossier().notes()[0];
            n.confidence = Confidence::Low;
            n.evidence = { Claim { u"s2"_qs, 5, u"a Kremlin source"_qs, {} } };
            return Command::editNote(d, n);
        },
        u"Edit note “Moscow's line has not moved”"_qs, false,
        [cellNote](Document* d) {
            Note n = cellNote();
            n.id = u"note-1"_qs;
            QVERIFY(d->applyInsertNote(0, n).ok());
        } });
    v.push_back({ "removeNote", [](Document* d) { return Command::removeNote(d, u"note-1"_qs); },
        u"Remove note “Moscow's line has not moved”"_qs, false,
        [cellNote](Document* d) {
            Note n = cellNote();
            n.id = u"note-1"_qs;
            QVERIFY(d->applyInsertNote(0, n).ok());
        } });
    auto view = [] {
        SavedView sv;
        sv.name = u"NATO track"_qs;
        sv.asOf = at("2025-12-15");
        sv.filterIssue = u"nato"_qs;
        sv.lanes = u"issues"_qs;
        return sv;
    };
    auto withView = [view](Document* d) {
        SavedView sv = view();
        sv.id = u"view-1"_qs;
        QVERIFY(d->applyInsertSavedView(0, sv).ok());
    };
    v.push_back({ "saveView", [view](Document* d) { return Command::saveView(d, view()); },
        u"Save view “NATO track”"_qs });
    v.push_back({ "renameView", [](Document* d) { return Command::renameView(d, u"view-1"_qs, u"NATO, Berlin"_qs); },
        u"Rename view “NATO track” to “NATO, Berlin”"_qs, false, withView });
    v.push_back({ "updateView",
        [](Document* d) {
            SavedView sv = d->dossier().savedViews()[0];
            sv.compareDate = at("2025-12-01");
            sv.chart = u"activity"_qs;
            sv.chartPeriod = u"week"_qs;
            return Command::editView(d, sv);
        },
        u"Update view “NATO track”"_qs, false, withView });
    v.push_back({ "removeView", [](Document* d) { return Command::removeView(d, u"view-1"_qs); },
        u"Delete view “NATO track”"_qs, false, withView });
    // A view with a forecast scenario: saved, its scenario replaced, removed with it.
    auto scenarioView = [view] {
        SavedView sv = view();
        sv.name = u"Russia cares less"_qs;
        sv.scenario = SavedScenario { u"nato"_qs, u"eu"_qs, 15, {}, { { u"ru"_qs, { std::nullopt, 10, 2 } } } };
        return sv;
    };
    auto withScenarioView = [scenarioView](Document* d) {
        SavedView sv = scenarioView();
        sv.id = u"view-1"_qs;
        QVERIFY(d->applyInsertSavedView(0, sv).ok());
    };
    v.push_back({ "saveScenarioView", [scenarioView](Document* d) { return Command::saveView(d, scenarioView()); },
        u"Save view “Russia cares less”"_qs });
    v.push_back({ "updateScenario",
        [](Document* d) {
            SavedView sv = d->dossier().savedViews()[0];
            sv.scenario->overrides[u"ua"_qs].position = 1.5;
            sv.scenario->model = u"smp"_qs;
            sv.scenario->pce = u"markov"_qs;
            return Command::editView(d, sv);
        },
        u"Update view “Russia cares less”"_qs, false, withScenarioView });
    v.push_back({ "removeScenarioView", [](Document* d) { return Command::removeView(d, u"view-1"_qs); },
        u"Delete view “Russia cares less”"_qs, false, withScenarioView });
    return v;
}

} // namespace

class TestCommands : public QObject {
    Q_OBJECT
private slots:
    void redoUndoRedo_data()
    {
        QTest::addColumn<int>("index");
        const auto all = cases();
        for (size_t i = 0; i < all.size(); ++i)
            QTest::newRow(all[i].name) << int(i);
    }
    void redoUndoRedo()
    {
        QFETCH(int, index);
        const Case c = cases()[size_t(index)];
        for (bool withStore : { false, true }) {
            Document doc;
            // A pinned clock: a redo re-stamps its retraction, which must compare equal to the first redo.
            doc.setClock([] { return qint64(1765800000000); });
            auto store = std::make_unique<FakeStore>();
            auto* fake = store.get();
            doc.open(withStore ? std::move(store) : nullptr, sample());
            auto* stack = doc.undoStack();
            if (c.setup)
                c.setup(&doc);
            const Dossier before = doc.dossier();
            QVERIFY(Command::applied(c.run(&doc)));
            QCOMPARE(stack->count(), 1);
            QCOMPARE(stack->undoText(), c.text);
            const Dossier afterRedo = doc.dossier();
            stack->undo();
            QCOMPARE(stack->count(), 1);
            QCOMPARE(stack->redoText(), c.text);
            const Dossier afterUndo = doc.dossier();
            stack->redo();
            QCOMPARE(diff(doc.dossier(), afterRedo), QString());
            stack->undo();
            if (c.records) // the second retraction carries its own time: compare what is seen and kept
                QCOMPARE(view(doc.dossier(), at("2030")), view(afterUndo, at("2030")));
            else
                QCOMPARE(diff(doc.dossier(), afterUndo), QString());
            stack->redo();
            QCOMPARE(diff(doc.dossier(), afterRedo), QString());
            if (c.records) {
                // Undo retracted: the history kept its size, and what the analyst sees is the state before.
                QCOMPARE(afterUndo.positionChanges().size(), afterRedo.positionChanges().size());
                QCOMPARE(afterUndo.statusChanges().size(), afterRedo.statusChanges().size());
                QCOMPARE(afterUndo.capabilityChanges().size(), afterRedo.capabilityChanges().size());
                QCOMPARE(view(afterUndo, at("2030")), view(before, at("2030")));
                QVERIFY(!diff(afterUndo, before).isEmpty()); // recorded, never erased
            } else {
                QCOMPARE(diff(afterUndo, before), QString());
            }
            QVERIFY(!diff(afterRedo, before).isEmpty());
            if (withStore) {
                QCOMPARE(fake->writesOutsideTransaction, 0);
                QVERIFY(fake->journalLines.contains(c.text));
                QVERIFY(fake->journalLines.contains(u"Undo "_qs + c.text));
                QVERIFY(fake->journalLines.contains(u"Redo "_qs + c.text));
            }
        }
    }

    void noOpEditsPushNothing()
    {
        Document doc;
        doc.open(nullptr, sample());
        const auto& d = doc.dossier();
        const auto same = Command::editEvent(&doc, d.events().event(0));
        QVERIFY(same.ok()); // a no-op is no error
        QVERIFY(!same->changed);
        QCOMPARE(same.message(), QString());
        QVERIFY(!Command::applied(Command::editParty(&doc, d.parties()[0])));
        QVERIFY(!Command::applied(Command::editIssue(&doc, d.issues()[0])));
        QVERIFY(!Command::applied(Command::editSource(&doc, d.sources()[0])));
        QVERIFY(!Command::applied(Command::moveParty(&doc, 1, 1)));
        QVERIFY(!Command::applied(Command::moveIssue(&doc, 0, 0)));
        QVERIFY(!Command::applied(Command::setScales(&doc, d.stanceScale(), d.statusScale())));
        QVERIFY(!Command::applied(Command::editMeta(&doc, d.name, d.description)));
        // Same stance, salience and note as the change in force: nothing to record.
        QVERIFY(!Command::applied(Command::recordPosition(&doc, position("ru", "nato", "2025-12-20", "opposes"))));
        StatusChange s;
        s.issueId = u"nato"_qs;
        s.status = u"contested"_qs;
        s.effective = day("2025-12-20");
        QVERIFY(!Command::applied(Command::recordStatus(&doc, s)));
        const qint64 id = d.positionChanges()[0].id;
        QVERIFY(Command::applied(Command::retractPosition(&doc, id)));
        QVERIFY(!Command::applied(Command::retractPosition(&doc, id))); // already retracted
        // The same capability as the one in force for the same scope: nothing to record; the same value on one
        // issue is a judgement of its own.
        CapabilityChange c;
        c.partyId = u"ru"_qs;
        c.value = 70;
        c.effective = day("2025-12-16");
        QVERIFY(Command::applied(Command::recordCapability(&doc, c)));
        c.effective = day("2025-12-18");
        QVERIFY(!Command::applied(Command::recordCapability(&doc, c)));
        c.issueId = u"nato"_qs;
        QVERIFY(Command::applied(Command::recordCapability(&doc, c)));
        QVERIFY(!Command::applied(Command::recordCapability(&doc, c)));
        QCOMPARE(doc.undoStack()->count(), 3);
    }

    void invalidEditsPushNothing()
    {
        Document doc;
        doc.open(nullptr, sample());
        const auto unknownParty = Command::addEvent(&doc, makeEvent("2025-12-17", "x", { u"nobody"_qs }));
        QVERIFY(!unknownParty.ok());
        QVERIFY(unknownParty.message().contains(u"nobody"_qs));
        const auto duplicate = Command::addParty(&doc, { u"ru"_qs, u"Duplicate"_qs, {}, {} }, -1);
        QVERIFY(!duplicate.ok());
        QVERIFY(!duplicate.message().isEmpty());
        QVERIFY(!Command::removeParty(&doc, u"ru"_qs).ok()); // referenced
        const auto noEvent = Command::removeEvent(&doc, 12345);
        QVERIFY(!noEvent.ok());
        QCOMPARE(noEvent.error().kind(), Error::Kind::NotFound);
        const auto outOfRange = Command::moveParty(&doc, 0, 9);
        QVERIFY(!outOfRange.ok());
        QCOMPARE(outOfRange.error().kind(), Error::Kind::Invalid);
        QVERIFY(!Command::recordPosition(&doc, position("ru", "nato", "2025-12-20", "no-such-stance")).ok());
        QVERIFY(!Command::retractStatus(&doc, 999).ok());
        CapabilityChange negative;
        negative.partyId = u"ru"_qs;
        negative.value = -3;
        negative.effective = day("2025-12-16");
        const auto refused = Command::recordCapability(&doc, negative);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Invalid);
        QCOMPARE(refused.message(), u"A capability cannot be negative (-3); use 0 or more."_qs);
        negative.value = 3;
        negative.issueId = u"no-such-issue"_qs;
        QVERIFY(Command::recordCapability(&doc, negative).message().contains(u"no-such-issue"));
        QCOMPARE(Command::retractCapability(&doc, 999).error().kind(), Error::Kind::NotFound);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void failedWriteDropsCommand()
    {
        Document doc;
        auto store = std::make_unique<FakeStore>();
        auto* fake = store.get();
        doc.open(std::move(store), sample());
        QSignalSpy failed(&doc, &Document::writeFailed);
        fake->failOn = u"commit"_qs;
        const auto refused = Command::editMeta(&doc, u"x"_qs, {});
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(u"disk full"_qs));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(doc.undoStack()->count(), 0);
        QCOMPARE(doc.dossier().name, u"Berlin talks"_qs);
        // A failing undo drops the command too, leaving the dossier as it was after redo.
        fake->failOn.clear();
        QVERIFY(Command::applied(Command::editMeta(&doc, u"y"_qs, {})));
        fake->failOn = u"commit"_qs;
        doc.undoStack()->undo();
        QCOMPARE(doc.dossier().name, u"y"_qs);
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void notesAndViewsRefuseBadInput()
    {
        Document doc;
        doc.setUserName(u"Olena"_qs);
        doc.setClock([] { return qint64(1765800000000); });
        doc.open(nullptr, sample());
        // A note records who wrote it and when; an edit of its text keeps both.
        Note n;
        n.target = NoteTarget::Event;
        n.eventId = doc.dossier().events().id(1);
        n.text = u"First"_qs;
        const auto added = Command::addNote(&doc, n);
        QVERIFY(Command::applied(added));
        Note stored = doc.dossier().notes()[0];
        QCOMPARE(stored.author, u"Olena"_qs);
        QCOMPARE(stored.recordedAt, 1765800000000);
        QCOMPARE(stored.id, u"note-1"_qs);
        doc.setClock([] { return qint64(1765900000000); });
        stored.text = u"F"_qs;
        stored.author = u"someone else"_qs;
        QVERIFY(Command::applied(Command::editNote(&doc, stored)));
        QCOMPARE(doc.dossier().notes()[0].author, u"Olena"_qs);
        QCOMPARE(doc.dossier().notes()[0].recordedAt, 1765800000000);
        // Text edits of one note fold into one step.
        stored.text = u"Fi"_qs;
        QVERIFY(Command::applied(Command::editNote(&doc, stored)));
        QCOMPARE(doc.undoStack()->count(), 2);
        // The pinned event cannot go while the note is there.
        const auto removeEvent = Command::removeEvent(&doc, n.eventId);
        QVERIFY(!removeEvent.ok());
        QVERIFY2(removeEvent.message().contains(u"note"), qPrintable(removeEvent.message()));
        const int steps = doc.undoStack()->count();
        // Bad notes are refused with the reason and push nothing.
        Note empty = n;
        empty.text = u"  "_qs;
        QVERIFY(Command::addNote(&doc, empty).message().contains(u"no text"));
        Note badCell;
        badCell.target = NoteTarget::Cell;
        badCell.partyId = u"nobody"_qs;
        badCell.issueId = u"nato"_qs;
        badCell.text = u"x"_qs;
        QVERIFY(Command::addNote(&doc, badCell).message().contains(u"nobody"));
        Note evidenceWithoutConfidence = n;
        evidenceWithoutConfidence.evidence = { Claim { u"s1"_qs, 2, {}, {} } };
        QVERIFY(Command::addNote(&doc, evidenceWithoutConfidence).message().contains(u"not a key judgement"));
        Note unknownSource = n;
        unknownSource.confidence = Confidence::Low;
        unknownSource.evidence = { Claim { u"nowhere"_qs, 2, {}, {} } };
        QVERIFY(Command::addNote(&doc, unknownSource).message().contains(u"nowhere"));
        Note twice = unknownSource;
        twice.evidence = { Claim { u"s1"_qs, 2, {}, {} }, Claim { u"s1"_qs, 3, {}, {} } };
        QVERIFY(!Command::addNote(&doc, twice).ok());
        Note badGrade = unknownSource;
        badGrade.evidence = { Claim { u"s1"_qs, 9, {}, {} } };
        QVERIFY(!Command::addNote(&doc, badGrade).ok());
        QCOMPARE(doc.undoStack()->count(), steps);
        // Views: a name in use (whatever its case) or empty is refused; unknown keys too.
        SavedView sv;
        sv.name = u"Berlin"_qs;
        QVERIFY(Command::applied(Command::saveView(&doc, sv)));
        SavedView same = sv;
        same.name = u" berlin "_qs;
        QVERIFY(Command::saveView(&doc, same).message().contains(u"exists already"));
        same.name = QString();
        QVERIFY(Command::saveView(&doc, same).message().contains(u"no name"));
        same.name = u"Other"_qs;
        same.lanes = u"diagonal"_qs;
        QVERIFY(Command::saveView(&doc, same).message().contains(u"diagonal"));
        QVERIFY(Command::renameView(&doc, u"view-9"_qs, u"x"_qs).message().contains(u"view-9"));
        QVERIFY(!Command::applied(Command::renameView(&doc, u"view-1"_qs, u"Berlin"_qs))); // no-op
        QCOMPARE(doc.undoStack()->count(), steps + 1);
    }

    void titleEditsMerge()
    {
        Document doc;
        doc.open(nullptr, sample());
        const qint64 id = doc.dossier().events().id(1);
        const QString original = doc.dossier().events().event(1).title;
        Event e = doc.dossier().events().event(1);
        for (const auto& t : { u"B"_qs, u"Be"_qs, u"Ber"_qs }) {
            e.title = t;
            QVERIFY(Command::applied(Command::editEvent(&doc, e)));
        }
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Edit event title"_qs);
        // A description edit is another step; another event's title too.
        e.description = u"more"_qs;
        QVERIFY(Command::applied(Command::editEvent(&doc, e)));
        Event other = doc.dossier().events().event(0);
        other.title = u"Other"_qs;
        QVERIFY(Command::applied(Command::editEvent(&doc, other)));
        QCOMPARE(doc.undoStack()->count(), 3);
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(doc.dossier().events().event(doc.dossier().events().rowOfId(id)).title, original);

        // Typing back to the original text leaves nothing to undo.
        doc.undoStack()->clear();
        doc.undoStack()->setClean();
        doc.undoStack()->resetClean();
        e = doc.dossier().events().event(doc.dossier().events().rowOfId(id));
        e.title = u"X"_qs;
        QVERIFY(Command::applied(Command::editEvent(&doc, e)));
        e.title = original;
        QVERIFY(Command::applied(Command::editEvent(&doc, e)));
        QCOMPARE(doc.undoStack()->count(), 0);
    }

    void renamesMergeAndKeepText()
    {
        Document doc;
        doc.open(nullptr, sample());
        Party p = doc.dossier().parties()[2];
        p.name = u"Russian"_qs;
        QVERIFY(Command::applied(Command::editParty(&doc, p)));
        p.name = u"Russian Federation"_qs;
        QVERIFY(Command::applied(Command::editParty(&doc, p)));
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"Rename party Russian to Russian Federation"_qs);
        doc.undoStack()->undo();
        QCOMPARE(doc.dossier().parties()[2].name, u"Russia"_qs);
    }

    void undoRecordRetracts()
    {
        Document doc;
        doc.setUserName(u"anna"_qs);
        doc.open(nullptr, sample());
        const auto sizeBefore = doc.dossier().positionChanges().size();
        qint64 id = 0;
        const auto editId = Command::recordPosition(&doc, position("ru", "nato", "2025-12-20", "resists"));
        QVERIFY(Command::applied(editId));
        id = editId->id;
        const auto& added = doc.dossier().positionChanges().back();
        QCOMPARE(added.id, id);
        QCOMPARE(added.recordedBy, u"anna"_qs);
        QVERIFY(added.recordedAt > 0);
        doc.undoStack()->undo();
        QCOMPARE(doc.dossier().positionChanges().size(), sizeBefore + 1);
        QVERIFY(doc.dossier().positionChanges().back().retracted);
        QCOMPARE(doc.dossier().positionChanges().back().retractedBy, u"anna"_qs);
        QCOMPARE(doc.dossier().positionAsOf(2, 0, at("2030"))->stance, u"opposes"_qs);
        doc.undoStack()->redo();
        QVERIFY(!doc.dossier().positionChanges().back().retracted);
        QCOMPARE(doc.dossier().positionAsOf(2, 0, at("2030"))->stance, u"resists"_qs);
    }
};

QTEST_GUILESS_MAIN(TestCommands)
#include "tst_commands.moc"
