// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode, live: two Documents on one team dossier on the throwaway cluster. One analyst's edit reaches the
// other's window within a second through the same signals as a local edit, with a notice; change ids come from
// the server, so two analysts recording at once never collide; a stale edit is a conflict and loses nothing;
// undo retracts only one's own change; a reader cannot write; a connection the server ends turns the window
// read-only with the reason, reconnects by itself and catches up.
#include "commands.h"
#include "document.h"
#include "pgconnection.h"
#include "pgtestutil.h"
#include "positionmatrixmodel.h"
#include "postgresstore.h"
#include "storeconformance.h"

#include <QAbstractItemModelTester>
#include <QSet>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <thread>

using namespace Entente;

namespace {
QString publish(const QString& stem)
{
    const QString id = PgTest::freshId(stem);
    auto created = PostgresStore::create(PgTest::uri(id), Conformance::sample());
    if (!created.ok()) {
        qWarning("%s", qPrintable(created.message()));
        return {};
    }
    return id;
}

// A Document on the team dossier `id` as server role `role`, journalled as `analyst`.
std::unique_ptr<Document> openAs(const QString& id, const QString& role, const QString& analyst)
{
    auto doc = std::make_unique<Document>();
    doc->setUserName(analyst);
    const auto opened = doc->openLocation(PgTest::uri(id, role));
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    return doc;
}

PositionChange stance(const Document& doc, const QString& party, const QString& issue, int level)
{
    PositionChange c;
    c.partyId = party;
    c.issueId = issue;
    c.stance = doc.dossier().stanceScale()[level].key;
    c.effective = StoreTest::date("2025-12-20");
    return c;
}

const PositionChange* changeById(const Document& doc, qint64 id)
{
    const qsizetype i = doc.dossier().positionChangeIndex(id);
    return i < 0 ? nullptr : &doc.dossier().positionChanges()[size_t(i)];
}
}

class TestTeamLive : public QObject {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        const QString problem = PgTest::clusterProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    // A's stance, party rename and new event reach B within a second, through B's ordinary signals, with a
    // notice naming A's analyst and action; B's undo stack stays empty.
    void editReachesOtherWindow()
    {
        const QString id = publish(u"live"_qs);
        QVERIFY(!id.isEmpty());
        auto a = openAs(id, u"alice"_qs, u"Olena"_qs);
        auto b = openAs(id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(a && b);
        QVERIFY(a->isShared() && b->isShared());
        PositionMatrixModel matrix(b.get()); // B's matrix view's model
        QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy matrixChanged(&matrix, &QAbstractItemModel::dataChanged);
        QSignalSpy matrixReset(&matrix, &QAbstractItemModel::modelReset);
        QSignalSpy positions(b.get(), &Document::positionChanged);
        QSignalSpy parties(b.get(), &Document::partyChanged);
        QSignalSpy inserted(b.get(), &Document::eventInserted);
        QSignalSpy notices(b.get(), &Document::remoteNotice);
        QSignalSpy ownNotices(a.get(), &Document::remoteNotice);

        const auto recorded = Command::recordPosition(a.get(), stance(*a, u"us"_qs, u"nato"_qs, 0));
        QVERIFY2(Command::applied(recorded), qPrintable(recorded.message()));
        const qint64 changeId = recorded->id;
        QTRY_COMPARE_WITH_TIMEOUT(positions.size(), 1, 1000);
        QCOMPARE(positions.first().at(0).value<qsizetype>(), b->dossier().partyIndex(u"us"_qs));
        QCOMPARE(positions.first().at(1).value<qsizetype>(), b->dossier().issueIndex(u"nato"_qs));
        const PositionChange* seen = changeById(*b, changeId);
        QVERIFY(seen);
        QCOMPARE(seen->stance, a->dossier().stanceScale()[0].key);
        QCOMPARE(seen->recordedBy, u"Olena"_qs);
        // B's matrix shows it as for a local edit: a dataChanged, no reset.
        QVERIFY(!matrixChanged.isEmpty());
        QCOMPARE(matrixReset.size(), 0);
        const QModelIndex cell
            = matrix.index(int(b->dossier().partyIndex(u"us"_qs)), int(b->dossier().issueIndex(u"nato"_qs)));
        QCOMPARE(cell.data().toString(), b->dossier().stanceScale()[0].label);
        QTRY_VERIFY_WITH_TIMEOUT(!notices.isEmpty(), 1000);
        const QString notice = notices.last().at(0).toString();
        QVERIFY2(notice.startsWith(u"Olena set United States on NATO membership to"), qPrintable(notice));

        Party us = a->dossier().parties()[a->dossier().partyIndex(u"us"_qs)];
        us.name = u"United States of America"_qs;
        QVERIFY(Command::applied(Command::editParty(a.get(), us)));
        QTRY_COMPARE_WITH_TIMEOUT(parties.size(), 1, 1000);
        QCOMPARE(b->dossier().parties()[b->dossier().partyIndex(u"us"_qs)].name, u"United States of America"_qs);
        // B read the new version: its own edit of the party goes through, no conflict.
        Party usB = b->dossier().parties()[b->dossier().partyIndex(u"us"_qs)];
        usB.shortName = u"USA"_qs;
        const auto edited = Command::editParty(b.get(), usB);
        QVERIFY2(Command::applied(edited), qPrintable(edited.message()));

        Event e;
        e.start = StoreTest::date("2025-12-21");
        e.title = u"Call between the leaders"_qs;
        e.parties = { u"us"_qs };
        qint64 eventId = 0;
        const auto editEventId = Command::addEvent(a.get(), e);
        QVERIFY(Command::applied(editEventId));
        eventId = editEventId->id;
        QTRY_COMPARE_WITH_TIMEOUT(inserted.size(), 1, 1000);
        QCOMPARE(inserted.first().at(0).toLongLong(), eventId);
        QVERIFY(b->dossier().events().rowOfId(eventId) >= 0);

        QCOMPARE(b->undoStack()->count(), 1); // only B's own party edit
        // A sees B's edit, and never its own as someone else's.
        QTRY_COMPARE_WITH_TIMEOUT(a->dossier().parties()[a->dossier().partyIndex(u"us"_qs)].shortName, u"USA"_qs, 1000);
        for (const auto& n : ownNotices)
            QVERIFY2(!n.at(0).toString().startsWith(u"Olena"), qPrintable(n.at(0).toString()));
    }

    // A's capability (and its undo, a retraction) reaches B as for a local edit, with the server's id.
    void capabilityReachesOtherWindow()
    {
        const QString id = publish(u"livecap"_qs);
        QVERIFY(!id.isEmpty());
        auto a = openAs(id, u"alice"_qs, u"Olena"_qs);
        auto b = openAs(id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(a && b);
        QSignalSpy capabilities(b.get(), &Document::capabilityChanged);
        CapabilityChange c;
        c.partyId = u"us"_qs;
        c.issueId = u"nato"_qs;
        c.value = 72.5;
        c.effective = StoreTest::date("2025-12-20");
        const auto recorded = Command::recordCapability(a.get(), c);
        QVERIFY2(Command::applied(recorded), qPrintable(recorded.message()));
        const qint64 changeId = recorded->id;
        QTRY_COMPARE_WITH_TIMEOUT(capabilities.size(), 1, 1000);
        QCOMPARE(capabilities.first().at(0).value<qsizetype>(), b->dossier().partyIndex(u"us"_qs));
        const qsizetype index = b->dossier().capabilityChangeIndex(changeId);
        QVERIFY(index >= 0);
        QCOMPARE(b->dossier().capabilityChanges()[size_t(index)].value, 72.5);
        QCOMPARE(b->dossier().capabilityChanges()[size_t(index)].recordedBy, u"Olena"_qs);
        a->undoStack()->undo();
        QTRY_COMPARE_WITH_TIMEOUT(capabilities.size(), 2, 1000);
        QVERIFY(b->dossier().capabilityChanges()[size_t(b->dossier().capabilityChangeIndex(changeId))].retracted);
        QVERIFY(!b->dossier().capabilityAsOf(b->dossier().partyIndex(u"us"_qs), b->dossier().issueIndex(u"nato"_qs),
            StoreTest::date("2026-01-01").msecs));
        QCOMPARE(b->undoStack()->count(), 0);
    }

    // Rows added, moved and removed in A's tables arrive in B as inserts, moves and removals (no reset), and
    // B's tables end as A's.
    void tableChangesArriveRowByRow()
    {
        const QString id = publish(u"tables"_qs);
        auto a = openAs(id, u"alice"_qs, u"Olena"_qs);
        auto b = openAs(id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(a && b);
        QSignalSpy partyInserted(b.get(), &Document::partyInserted);
        QSignalSpy partyRemoved(b.get(), &Document::partyRemoved);
        QSignalSpy issueMoved(b.get(), &Document::issueMoved);
        QSignalSpy sourceInserted(b.get(), &Document::sourceInserted);
        QSignalSpy reset(b.get(), &Document::reset);
        QVERIFY(Command::applied(Command::addParty(a.get(), { u"nl"_qs, u"Netherlands"_qs, u"NL"_qs, u"#ff8800"_qs }, 0)));
        QTRY_COMPARE_WITH_TIMEOUT(partyInserted.size(), 1, 1000);
        QCOMPARE(partyInserted.first().at(0).value<qsizetype>(), 0);
        QVERIFY(Command::applied(Command::moveIssue(a.get(), 0, 1)));
        QTRY_COMPARE_WITH_TIMEOUT(issueMoved.size(), 1, 1000);
        Source s;
        s.id = u"note"_qs;
        s.outlet = u"Cable"_qs;
        QVERIFY(Command::applied(Command::addSource(a.get(), s)));
        QTRY_COMPARE_WITH_TIMEOUT(sourceInserted.size(), 1, 1000);
        QVERIFY(Command::applied(Command::removeParty(a.get(), u"nl"_qs)));
        QTRY_COMPARE_WITH_TIMEOUT(partyRemoved.size(), 1, 1000);
        QCOMPARE(reset.size(), 0);
        QVERIFY(b->dossier().parties() == a->dossier().parties());
        QVERIFY(b->dossier().issues() == a->dossier().issues());
        QVERIFY(b->dossier().sources() == a->dossier().sources());
        // B's versions are the stored ones: B edits the moved issue without a conflict.
        Issue moved = b->dossier().issues()[1];
        moved.description = u"Edited by Marc"_qs;
        const auto edited = Command::editIssue(b.get(), moved);
        QVERIFY2(Command::applied(edited), qPrintable(edited.message()));
    }

    // Two analysts record stances at the same moment, neither having seen the other's: the server hands out
    // the ids, so both are stored, under different ids, and each window ends with both.
    void changeIdsFromTheServer()
    {
        const QString id = publish(u"ids"_qs);
        auto a = openAs(id, u"alice"_qs, u"Olena"_qs);
        auto b = openAs(id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(a && b);
        // No event loop between the two: B has not heard of A's change when it records its own.
        const auto recordedA = Command::recordPosition(a.get(), stance(*a, u"us"_qs, u"nato"_qs, 1));
        QVERIFY2(Command::applied(recordedA), qPrintable(recordedA.message()));
        const auto recordedB = Command::recordPosition(b.get(), stance(*b, u"de"_qs, u"nato"_qs, 2));
        QVERIFY2(Command::applied(recordedB), qPrintable(recordedB.message()));
        const qint64 idA = recordedA->id, idB = recordedB->id;
        QVERIFY(idA != idB);
        QTRY_VERIFY_WITH_TIMEOUT(changeById(*a, idB) && changeById(*b, idA), 1000);
        QCOMPARE(changeById(*a, idB)->partyId, u"de"_qs);
        QCOMPARE(changeById(*b, idA)->partyId, u"us"_qs);

        // Two store connections appending with id 0 interleaved: distinct ids, each once.
        auto s1 = PostgresStore::open(PgTest::uri(id, u"bob"_qs), {});
        auto s2 = PostgresStore::open(PgTest::uri(id, u"dave"_qs), {});
        QVERIFY(s1.ok() && s2.ok());
        PositionChange c = stance(*a, u"eu"_qs, u"donbas"_qs, 0);
        c.recordedAt = 1765800000000;
        c.recordedBy = u"x"_qs;
        QSet<qint64> ids { idA, idB };
        for (int i = 0; i < 20; ++i) {
            auto r = (i % 2 ? s1 : s2).value()->appendChange(c);
            QVERIFY2(r.ok(), qPrintable(r.message()));
            QVERIFY(!ids.contains(r.value()));
            ids.insert(r.value());
        }
    }

    // 8 writers × 500 stances at once, each asking the server for the id: 4000 changes under 4000 distinct ids,
    // one journal line each, none lost.
    void eightWritersAppendWithServerIds()
    {
        const QString id = publish(u"ids8"_qs);
        constexpr int writers = 8;
        constexpr int edits = 500;
        std::vector<std::vector<qint64>> ids(writers);
        QStringList errors(writers);
        std::vector<std::thread> threads;
        for (int w = 0; w < writers; ++w)
            threads.emplace_back([&, w] {
                StoreOpenOptions options;
                options.userName = QStringLiteral("writer %1").arg(w);
                auto store = PostgresStore::open(PgTest::uri(id, w % 2 ? u"bob"_qs : u"dave"_qs), options);
                if (!store.ok()) {
                    errors[w] = store.message();
                    return;
                }
                PositionChange c;
                c.partyId = u"us"_qs;
                c.issueId = u"nato"_qs;
                c.stance = u"supports"_qs;
                c.effective = StoreTest::date("2025-12-20");
                c.recordedAt = 1765800000000;
                c.recordedBy = options.userName;
                for (int i = 0; i < edits; ++i) {
                    auto r = store.value()->appendChange(c);
                    if (!r.ok()) {
                        errors[w] = r.message();
                        return;
                    }
                    ids[size_t(w)].push_back(r.value());
                }
            });
        for (auto& t : threads)
            t.join();
        QCOMPARE(errors.join(QString()), QString());
        QSet<qint64> all;
        for (const auto& list : ids)
            for (qint64 x : list)
                all.insert(x);
        QCOMPARE(all.size(), writers * edits);
        PgConnection check(PgTest::conninfo());
        QVERIFY(check.connect().ok());
        auto stored = check.exec("SELECT count(*), count(DISTINCT id) FROM entente.position_change WHERE dossier = $1 "
                                 "AND recorded_by LIKE 'writer %'",
            PgParams() << id);
        QVERIFY(stored.ok());
        QCOMPARE(stored.value().integer(0, 0), writers * edits);
        QCOMPARE(stored.value().integer(0, 1), writers * edits);
        auto journal
            = check.exec("SELECT count(*), count(DISTINCT keys[1]) FROM entente.journal WHERE dossier = $1 AND "
                         "action = 'position.append' AND by_user LIKE 'writer %'",
                PgParams() << id);
        QVERIFY(journal.ok());
        QCOMPARE(journal.value().integer(0, 0), writers * edits);
        QCOMPARE(journal.value().integer(0, 1), writers * edits);
        // A window opened now has them all.
        auto doc = openAs(id, u"alice"_qs, u"Olena"_qs);
        QVERIFY(doc);
        for (qint64 x : all)
            QVERIFY(changeById(*doc, x));
    }

    // Both edit one event: A first, then B from the version it read. B gets a Conflict and its edit is not
    // shown as done; B's window then shows A's version and keeps B's refused one (pendingConflict) field by
    // field: only the fields B changed that A stored otherwise. B merges (A's title, B's location): A's
    // description, A's title and B's location are all on the server; nothing was lost.
    void staleEditIsAConflict()
    {
        const QString id = publish(u"conflict"_qs);
        auto a = openAs(id, u"alice"_qs, u"Olena"_qs);
        auto b = openAs(id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(a && b);
        Event ea = a->dossier().events().event(0);
        Event eb = b->dossier().events().event(b->dossier().events().rowOfId(ea.id));
        const QString oldLocation = eb.location;
        ea.title = u"Title by Olena"_qs;
        ea.description = u"Description by Olena"_qs;
        eb.title = u"Title by Marc"_qs;
        eb.location = u"Location by Marc"_qs;
        QVERIFY(Command::applied(Command::editEvent(a.get(), ea)));
        QSignalSpy failed(b.get(), &Document::writeFailed);
        QSignalSpy detected(b.get(), &Document::conflictDetected);
        const auto refused = Command::editEvent(b.get(), eb);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Conflict);
        QVERIFY2(refused.message().contains(u"someone else"), qPrintable(refused.message()));
        QCOMPARE(failed.size(), 1);
        QCOMPARE(b->lastWriteError().kind(), Error::Kind::Conflict);
        QCOMPARE(b->undoStack()->count(), 0); // not shown as done
        QTRY_COMPARE_WITH_TIMEOUT(detected.size(), 1, 1000);
        auto row = [&](const Document& d) { return d.dossier().events().event(d.dossier().events().rowOfId(ea.id)); };
        QCOMPARE(row(*b).title, u"Title by Olena"_qs); // theirs, shown
        const auto& conflict = b->pendingConflict();
        QVERIFY(conflict.has_value());
        QCOMPARE(std::get<Event>(conflict->mine).title, u"Title by Marc"_qs); // mine, kept
        QCOMPARE(conflict->fields.size(), 2);
        QCOMPARE(conflict->fields[0].label, u"Title"_qs);
        QCOMPARE(conflict->fields[0].mine, u"Title by Marc"_qs);
        QCOMPARE(conflict->fields[0].theirs, u"Title by Olena"_qs);
        QCOMPARE(conflict->fields[1].label, u"Location"_qs);
        QCOMPARE(conflict->fields[1].mine, u"Location by Marc"_qs);
        QCOMPARE(conflict->fields[1].theirs, oldLocation);
        const Status merged = b->resolveConflict({ false, true });
        QVERIFY2(merged.ok(), qPrintable(merged.message()));
        QVERIFY(!b->pendingConflict());
        QCOMPARE(b->undoStack()->count(), 1); // the merge is an ordinary, undoable edit
        QCOMPARE(row(*b).title, u"Title by Olena"_qs);
        QCOMPARE(row(*b).description, u"Description by Olena"_qs);
        QCOMPARE(row(*b).location, u"Location by Marc"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(row(*a).location, u"Location by Marc"_qs, 1000);
        QCOMPARE(row(*a).title, u"Title by Olena"_qs);
        QCOMPARE(row(*a).description, u"Description by Olena"_qs);
    }

    // Keep mine on a party: B's name goes over A's, as a new edit against the version B has now seen.
    void keepMineOnAParty()
    {
        const QString id = publish(u"keepmine"_qs);
        auto a = openAs(id, u"alice"_qs, u"Olena"_qs);
        auto b = openAs(id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(a && b);
        Party pa = a->dossier().parties()[a->dossier().partyIndex(u"un"_qs)];
        Party pb = pa;
        pa.name = u"UN (Olena)"_qs;
        pb.name = u"UN (Marc)"_qs;
        QVERIFY(Command::applied(Command::editParty(a.get(), pa)));
        QVERIFY(!Command::applied(Command::editParty(b.get(), pb)));
        QTRY_VERIFY_WITH_TIMEOUT(b->pendingConflict().has_value(), 1000);
        QCOMPARE(b->pendingConflict()->fields.size(), 1);
        QVERIFY(b->resolveConflict({ true }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(
            a->dossier().parties()[a->dossier().partyIndex(u"un"_qs)].name, u"UN (Marc)"_qs, 1000);
        // Take theirs writes nothing.
        pa.name = u"UN (Olena again)"_qs;
        pb = b->dossier().parties()[b->dossier().partyIndex(u"un"_qs)];
        pb.name = u"UN (Marc again)"_qs;
        QVERIFY(Command::applied(Command::editParty(a.get(), pa)));
        QVERIFY(!Command::applied(Command::editParty(b.get(), pb)));
        QTRY_VERIFY_WITH_TIMEOUT(b->pendingConflict().has_value(), 1000);
        const int undoBefore = b->undoStack()->count();
        QVERIFY(b->resolveConflict({ false }).ok());
        QCOMPARE(b->undoStack()->count(), undoBefore);
        QCOMPARE(b->dossier().parties()[b->dossier().partyIndex(u"un"_qs)].name, u"UN (Olena again)"_qs);
    }

    // A undoes its stance: a retraction of A's change only; B's change on the same cell stays.
    void undoRetractsOnlyOwnChange()
    {
        const QString id = publish(u"undo"_qs);
        auto a = openAs(id, u"alice"_qs, u"Olena"_qs);
        auto b = openAs(id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(a && b);
        qint64 idA = 0, idB = 0;
        const auto editIdA = Command::recordPosition(a.get(), stance(*a, u"us"_qs, u"donbas"_qs, 0));
        QVERIFY(Command::applied(editIdA));
        idA = editIdA->id;
        QTRY_VERIFY_WITH_TIMEOUT(changeById(*b, idA), 1000);
        PositionChange later = stance(*b, u"us"_qs, u"donbas"_qs, 4);
        later.effective = StoreTest::date("2025-12-22");
        const auto editIdB = Command::recordPosition(b.get(), later);
        QVERIFY(Command::applied(editIdB));
        idB = editIdB->id;
        QTRY_VERIFY_WITH_TIMEOUT(changeById(*a, idB), 1000);
        QCOMPARE(a->undoStack()->count(), 1);
        a->undoStack()->undo();
        QVERIFY(changeById(*a, idA)->retracted);
        QVERIFY(!changeById(*a, idB)->retracted);
        QTRY_VERIFY_WITH_TIMEOUT(changeById(*b, idA)->retracted, 1000);
        QVERIFY(!changeById(*b, idB)->retracted);
        QCOMPARE(changeById(*b, idA)->retractedBy, u"Olena"_qs);
    }

    // A reader's window is read-only with the reason; an edit is refused, saying why, and changes nothing.
    void readerCannotWrite()
    {
        const QString id = publish(u"reader"_qs);
        auto reader = openAs(id, u"carol"_qs, u"Kim"_qs);
        QVERIFY(reader);
        QVERIFY(reader->isReadOnly());
        QVERIFY2(reader->readOnlyReason().contains(u"carol"), qPrintable(reader->readOnlyReason()));
        const auto refused = Command::recordPosition(reader.get(), stance(*reader, u"us"_qs, u"nato"_qs, 0));
        QVERIFY(!refused.ok());
        const QString error = refused.message();
        QVERIFY2(error.contains(u"read-only") && error.contains(u"carol"), qPrintable(error));
        QCOMPARE(reader->undoStack()->count(), 0);
        auto owner = openAs(id, u"alice"_qs, u"Olena"_qs);
        QVERIFY(owner);
        QCOMPARE(owner->dossier().positionChanges().size(), reader->dossier().positionChanges().size());
    }

    // The server ends A's connections: A's window turns read-only with the reason, an edit meanwhile is
    // refused (not shown as done), A reconnects by itself and catches up on what B did meanwhile.
    void droppedConnectionReconnectsAndCatchesUp()
    {
        const QString id = publish(u"drop"_qs);
        auto a = openAs(id, u"dave"_qs, u"Olena"_qs);
        auto b = openAs(id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(a && b);
        QSignalSpy connection(a.get(), &Document::connectionChanged);
        // What the window would show the moment it hears of the loss, and an edit tried right then.
        bool readOnlyThen = false;
        QString reasonThen, refusal;
        qsizetype changesBefore = -1, changesAfter = -1;
        connect(a.get(), &Document::connectionChanged, a.get(), [&](bool connected, const QString&) {
            if (connected)
                return;
            readOnlyThen = a->isReadOnly();
            reasonThen = a->readOnlyReason();
            changesBefore = qsizetype(a->dossier().positionChanges().size());
            refusal = Command::recordPosition(a.get(), stance(*a, u"us"_qs, u"nato"_qs, 3)).message();
            changesAfter = qsizetype(a->dossier().positionChanges().size());
        });
        PgConnection admin(PgTest::conninfo(u"postgres"_qs, u"postgres"_qs));
        QVERIFY(admin.connect().ok());
        auto killed
            = admin.exec("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE usename = 'dave'");
        QVERIFY2(killed.ok() && killed.value().integer(0, 0) >= 2, qPrintable(killed.message()));
        QTRY_VERIFY_WITH_TIMEOUT(!connection.isEmpty(), 1000);
        QCOMPARE(connection.first().at(0).toBool(), false);
        QVERIFY(readOnlyThen);
        QVERIFY2(reasonThen.contains(u"lost"), qPrintable(reasonThen));
        QVERIFY2(
            connection.first().at(1).toString().contains(u"lost"), qPrintable(connection.first().at(1).toString()));
        QVERIFY2(refusal.contains(u"read-only") && refusal.contains(u"lost"), qPrintable(refusal));
        QCOMPARE(changesAfter, changesBefore);
        QCOMPARE(a->undoStack()->count(), 0);
        // B edits while A is away; A reconnects by itself and catches up.
        qint64 idB = 0;
        const auto editIdB = Command::recordPosition(b.get(), stance(*b, u"un"_qs, u"nato"_qs, 3));
        QVERIFY(Command::applied(editIdB));
        idB = editIdB->id;
        QTRY_VERIFY_WITH_TIMEOUT(a->isConnected(), 5000);
        QCOMPARE(connection.last().at(0).toBool(), true);
        QVERIFY(!a->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(changeById(*a, idB), 1000);
        // And A's hints work again.
        qint64 later = 0;
        const auto editLater = Command::recordPosition(b.get(), stance(*b, u"un"_qs, u"donbas"_qs, 1));
        QVERIFY(Command::applied(editLater));
        later = editLater->id;
        QTRY_VERIFY_WITH_TIMEOUT(changeById(*a, later), 1000);
    }

    // Only the store's own connection is gone (the hints still flow): the edit that finds out fails, is not
    // shown as done and leaves no undo step; the window turns read-only, then reconnects.
    void editThatDidNotReachTheServerIsNotDone()
    {
        const QString id = publish(u"lostedit"_qs);
        auto a = openAs(id, u"dave"_qs, u"Olena"_qs);
        QVERIFY(a);
        auto* store = dynamic_cast<PostgresStore*>(a->store());
        QVERIFY(store);
        PgConnection admin(PgTest::conninfo(u"postgres"_qs, u"postgres"_qs));
        QVERIFY(admin.connect().ok());
        QVERIFY(admin.exec("SELECT pg_terminate_backend($1)", PgParams() << qint64(store->backendPid())).ok());
        QSignalSpy connection(a.get(), &Document::connectionChanged);
        const auto before = a->dossier().positionChanges().size();
        const auto refused = Command::recordPosition(a.get(), stance(*a, u"us"_qs, u"nato"_qs, 3));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"lost"), qPrintable(refused.message()));
        QCOMPARE(a->dossier().positionChanges().size(), before);
        QCOMPARE(a->undoStack()->count(), 0);
        QCOMPARE(connection.size(), 1);
        QVERIFY(a->isReadOnly());
        QTRY_VERIFY_WITH_TIMEOUT(a->isConnected(), 5000);
        const auto recorded = Command::recordPosition(a.get(), stance(*a, u"us"_qs, u"nato"_qs, 3));
        QVERIFY2(Command::applied(recorded), qPrintable(recorded.message()));
        QCOMPARE(a->undoStack()->count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestTeamLive)
#include "tst_teamlive.moc"
