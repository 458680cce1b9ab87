// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"
#include "modelfixture.h"

#include <QSignalSpy>
#include <QTest>

using namespace Entente;
using namespace Fixture;

class TestDocument : public QObject {
    Q_OBJECT

    // Opens the sample with a fake store; returns the store (owned by the document).
    FakeStore* openWithFake(Document& doc)
    {
        auto store = std::make_unique<FakeStore>();
        auto* raw = store.get();
        doc.open(std::move(store), sample());
        return raw;
    }

private slots:
    void openCloseEmitReset()
    {
        Document doc;
        QVERIFY(!doc.isOpen());
        QSignalSpy reset(&doc, &Document::reset);
        doc.open(nullptr, sample());
        QVERIFY(doc.isOpen());
        QCOMPARE(reset.count(), 1);
        QCOMPARE(doc.dossier().parties().size(), 3);
        doc.close();
        QCOMPARE(reset.count(), 2);
        QVERIFY(!doc.isOpen());
        QVERIFY(!doc.applyMeta(u"x"_qs, {}).ok()); // closed: refused
    }

    void userNameDefaultsToOsUser()
    {
        // The default is the account's full name (GECOS), else its login name: never empty.
        Document doc;
        QVERIFY(!doc.userName().isEmpty());
        QCOMPARE(doc.userName(), Document::defaultUserName());
        doc.setUserName(u"anna"_qs);
        QCOMPARE(doc.userName(), u"anna"_qs);
        doc.setUserName({});
        QCOMPARE(doc.userName(), Document::defaultUserName());
    }

    void asOfEmitsOnlyOnChange()
    {
        Document doc;
        QSignalSpy spy(&doc, &Document::asOfChanged);
        doc.setAsOf(at("2025-12-15"));
        doc.setAsOf(at("2025-12-15"));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toLongLong(), at("2025-12-15"));
        doc.setAsOf(at("2025-12-16"));
        QCOMPARE(spy.count(), 2);
    }

    void eventSignals()
    {
        Document doc;
        doc.open(nullptr, sample());
        QSignalSpy inserted(&doc, &Document::eventInserted);
        QSignalSpy changed(&doc, &Document::eventChanged);
        QSignalSpy removed(&doc, &Document::eventRemoved);
        Event e = makeEvent("2025-12-15T12:00Z", "Noon call", { u"ua"_qs });
        e.id = doc.dossier().events().nextId();
        QCOMPARE(doc.applyInsertEvent(e).message(), QString());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(0).toLongLong(), e.id);
        const auto row = inserted.at(0).at(1).value<qsizetype>();
        QCOMPARE(doc.dossier().events().id(row), e.id);

        e.start = day("2025-10-01"); // moves to the first row
        QCOMPARE(doc.applyUpdateEvent(e).message(), QString());
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).value<qsizetype>(), row);
        QCOMPARE(changed.at(0).at(2).value<qsizetype>(), 0);

        QCOMPARE(doc.applyRemoveEvent(e.id).message(), QString());
        QCOMPARE(removed.count(), 1);
        QCOMPARE(removed.at(0).at(1).value<qsizetype>(), 0);
        QCOMPARE(doc.dossier().events().rowOfId(e.id), -1);

        // Invalid edits change nothing and emit nothing.
        QVERIFY(!doc.applyRemoveEvent(9999).ok());
        Event bad = makeEvent("2025-12-15", "Bad", { u"nobody"_qs });
        bad.id = 500;
        QVERIFY(!doc.applyInsertEvent(bad).ok());
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(removed.count(), 1);
    }

    void tableSignals()
    {
        Document doc;
        doc.open(nullptr, sample());
        QSignalSpy pIns(&doc, &Document::partyInserted), pChg(&doc, &Document::partyChanged),
            pRem(&doc, &Document::partyRemoved), pMov(&doc, &Document::partyMoved);
        QCOMPARE(doc.applyInsertParty(1, { u"eu"_qs, u"European leaders"_qs, u"EU"_qs, u"#003399"_qs }).message(),
            QString());
        QCOMPARE(pIns.count(), 1);
        QCOMPARE(pIns.at(0).at(0).value<qsizetype>(), 1);
        Party p = doc.dossier().parties()[1];
        p.name = u"Europeans"_qs;
        QCOMPARE(doc.applyUpdateParty(p).message(), QString());
        QCOMPARE(pChg.at(0).at(0).value<qsizetype>(), 1);
        QCOMPARE(doc.applyMoveParty(1, 3).message(), QString());
        QCOMPARE(pMov.count(), 1);
        QCOMPARE(doc.dossier().parties()[3].id, u"eu"_qs);
        QCOMPARE(doc.applyRemoveParty(u"eu"_qs).message(), QString());
        QCOMPARE(pRem.at(0).at(0).value<qsizetype>(), 3);
        QVERIFY(!doc.applyRemoveParty(u"ru"_qs).ok()); // referenced
        QCOMPARE(pRem.count(), 1);

        QSignalSpy iIns(&doc, &Document::issueInserted), iMov(&doc, &Document::issueMoved),
            sIns(&doc, &Document::sourceInserted), sRem(&doc, &Document::sourceRemoved);
        QCOMPARE(doc.applyInsertIssue(-1, { u"pk"_qs, u"Peacekeepers"_qs, {} }).message(), QString());
        QCOMPARE(iIns.at(0).at(0).value<qsizetype>(), 3);
        QCOMPARE(doc.applyMoveIssue(3, 0).message(), QString());
        QCOMPARE(iMov.count(), 1);
        Source s;
        s.id = u"s3"_qs;
        s.outlet = u"AP"_qs;
        QCOMPARE(doc.applyInsertSource(-1, s).message(), QString());
        QCOMPARE(sIns.count(), 1);
        QCOMPARE(doc.applyRemoveSource(u"s3"_qs).message(), QString());
        QCOMPARE(sRem.count(), 1);
    }

    void historySignals()
    {
        Document doc;
        doc.setUserName(u"anna"_qs);
        doc.open(nullptr, sample());
        QSignalSpy pos(&doc, &Document::positionChanged), st(&doc, &Document::statusChanged);
        PositionChange c = position("ru", "eu", "2025-12-15", "resists");
        c.id = doc.dossier().nextChangeId();
        c.recordedAt = 0;
        c.recordedBy.clear();
        QCOMPARE(doc.applyAddPositionChange(c).message(), QString());
        QCOMPARE(pos.count(), 1);
        QCOMPARE(pos.at(0).at(0).value<qsizetype>(), 2);
        QCOMPARE(pos.at(0).at(1).value<qsizetype>(), 1);
        const auto& added = doc.dossier().positionChanges().back();
        QCOMPARE(added.recordedBy, u"anna"_qs);
        QVERIFY(added.recordedAt > 0);
        QCOMPARE(doc.applySetPositionRetracted(c.id, true).message(), QString());
        QCOMPARE(pos.count(), 2);
        QVERIFY(doc.dossier().positionChanges().back().retracted);
        QCOMPARE(doc.dossier().positionChanges().back().retractedBy, u"anna"_qs);
        QCOMPARE(doc.applySetPositionRetracted(c.id, true).message(), QString()); // no-op: no signal
        QCOMPARE(pos.count(), 2);

        StatusChange s;
        s.issueId = u"eu"_qs;
        s.status = u"agreed"_qs;
        s.effective = day("2025-12-20");
        s.id = doc.dossier().nextChangeId();
        QCOMPARE(doc.applyAddStatusChange(s).message(), QString());
        QCOMPARE(st.count(), 1);
        QCOMPARE(st.at(0).at(0).value<qsizetype>(), 1);
        QCOMPARE(doc.applySetStatusRetracted(s.id, true).message(), QString());
        QCOMPARE(st.count(), 2);

        QSignalSpy scales(&doc, &Document::scalesChanged), meta(&doc, &Document::metaChanged);
        auto stance = doc.dossier().stanceScale();
        stance[0].label = u"Rejects"_qs;
        QCOMPARE(doc.applyScales(stance, doc.dossier().statusScale()).message(), QString());
        QCOMPARE(scales.count(), 1);
        QCOMPARE(doc.dossier().stanceLevel(u"opposes"_qs)->label, u"Rejects"_qs);
        stance.removeFirst(); // "opposes" is in use
        QVERIFY(!doc.applyScales(stance, doc.dossier().statusScale()).ok());
        QCOMPARE(scales.count(), 1);
        QCOMPARE(doc.applyMeta(u"Geneva"_qs, u"d"_qs).message(), QString());
        QCOMPARE(meta.count(), 1);
        QCOMPARE(doc.dossier().name, u"Geneva"_qs);
    }

    void writesGoToStoreInTransactions()
    {
        Document doc;
        auto* store = openWithFake(doc);
        doc.setNextAction(u"Add event"_qs);
        Event e = makeEvent("2025-12-17", "New", { u"ua"_qs });
        e.id = 77;
        QCOMPARE(doc.applyInsertEvent(e).message(), QString());
        QCOMPARE(store->calls, (QStringList { u"begin"_qs, u"insertRow event 77"_qs, u"journal"_qs, u"commit"_qs }));
        QCOMPARE(store->journalLines, QStringList { u"Add event"_qs });
        store->calls.clear();
        PositionChange c = position("ru", "eu", "2025-12-15", "open");
        c.id = 500;
        QCOMPARE(doc.applyAddPositionChange(c).message(), QString());
        QCOMPARE(doc.applySetPositionRetracted(500, true).message(), QString());
        QCOMPARE(doc.applyMeta(u"n"_qs, u"d"_qs).message(), QString());
        Party p = doc.dossier().parties()[0];
        p.name = u"USA"_qs;
        QCOMPARE(doc.applyUpdateParty(p).message(), QString());
        QCOMPARE(store->calls,
            (QStringList { u"begin"_qs, u"appendPositionChange 500"_qs, u"journal"_qs, u"commit"_qs, u"begin"_qs,
                u"retractPosition 500"_qs, u"journal"_qs, u"commit"_qs, u"begin"_qs, u"writeMeta"_qs, u"journal"_qs,
                u"commit"_qs, u"begin"_qs, u"updateRow party"_qs, u"journal"_qs, u"commit"_qs }));
        QCOMPARE(store->writesOutsideTransaction, 0);
        QCOMPARE(store->commits, 5);
        // A failed validation never reaches the store.
        store->calls.clear();
        QVERIFY(!doc.applyRemoveParty(u"nobody"_qs).ok());
        QVERIFY(store->calls.isEmpty());
    }

    void storeFailureRollsBack_data()
    {
        QTest::addColumn<QString>("failOn");
        QTest::addColumn<int>("op");
        const char* fails[] = { "begin", "write", "journal", "commit" };
        const char* ops[] = { "insertEvent", "updateEvent", "removeEvent", "insertParty", "updateParty", "removeParty",
            "moveParty", "insertIssue", "moveIssue", "updateSource", "removeSource", "addPosition", "retractPosition",
            "addStatus", "retractStatus", "scales", "meta", "import" };
        for (int op = 0; op < int(std::size(ops)); ++op)
            for (const char* f : fails)
                QTest::addRow("%s-%s", ops[op], f) << QString::fromLatin1(f) << op;
    }
    void storeFailureRollsBack()
    {
        QFETCH(QString, failOn);
        QFETCH(int, op);
        Document doc;
        auto* store = openWithFake(doc);
        // Prepare state that some operations need, before arming the failure.
        QCOMPARE(doc.applyInsertParty(-1, { u"xx"_qs, u"Spare"_qs, {}, {} }).message(), QString());
        QCOMPARE(doc.applyInsertSource(-1, Source { u"s9"_qs, u"AP"_qs }).message(), QString());
        const Dossier before = doc.dossier();
        static const QString writeNames[] = { u"insertRow event"_qs, u"updateRow event"_qs, u"removeRow event"_qs,
            u"insertRow party"_qs, u"updateRow party"_qs, u"removeRow party"_qs, u"reorderRows party"_qs,
            u"insertRow issue"_qs, u"reorderRows issue"_qs, u"updateRow source"_qs, u"removeRow source"_qs,
            u"appendPositionChange"_qs, u"retractPosition"_qs, u"appendStatusChange"_qs, u"retractStatus"_qs,
            u"updateRow stance level"_qs, u"writeMeta"_qs, u"insertEvents"_qs };
        store->failOn = failOn == u"write"_qs ? writeNames[op] : failOn;
        store->rollbacks = 0;
        QSignalSpy failed(&doc, &Document::writeFailed);
        QList<QSignalSpy*> changeSpies;
        for (auto sig : { &Document::eventInserted, &Document::eventRemoved })
            changeSpies << new QSignalSpy(&doc, sig);
        const qint64 firstEvent = doc.dossier().events().id(0);
        Event moved = doc.dossier().events().event(0);
        moved.start = day("2026-01-01");
        Source src = doc.dossier().sources().back();
        src.title = u"changed"_qs;
        Party party = doc.dossier().parties().back();
        party.name = u"changed"_qs;
        auto stance = doc.dossier().stanceScale();
        stance[1].color = u"#000000"_qs;
        EventStore bulk;
        bulk.append(makeEvent("2025-01-01", "bulk one", { u"ua"_qs }));
        bulk.append(makeEvent("2025-01-02", "bulk two"));
        bulk.finish();
        QString error;
        switch (op) {
        case 0: {
            Event e = makeEvent("2025-12-17", "New");
            e.id = 90;
            error = doc.applyInsertEvent(e).message();
            break;
        }
        case 1:
            error = doc.applyUpdateEvent(moved).message();
            break;
        case 2:
            error = doc.applyRemoveEvent(firstEvent).message();
            break;
        case 3:
            error = doc.applyInsertParty(0, { u"yy"_qs, u"Other"_qs, {}, {} }).message();
            break;
        case 4:
            error = doc.applyUpdateParty(party).message();
            break;
        case 5:
            error = doc.applyRemoveParty(u"xx"_qs).message();
            break;
        case 6:
            error = doc.applyMoveParty(0, 3).message();
            break;
        case 7:
            error = doc.applyInsertIssue(0, { u"pk"_qs, u"Peacekeepers"_qs, {} }).message();
            break;
        case 8:
            error = doc.applyMoveIssue(2, 0).message();
            break;
        case 9:
            error = doc.applyUpdateSource(src).message();
            break;
        case 10:
            error = doc.applyRemoveSource(u"s9"_qs).message();
            break;
        case 11: {
            PositionChange c = position("ru", "eu", "2025-12-15", "open");
            c.id = 600;
            error = doc.applyAddPositionChange(c).message();
            break;
        }
        case 12:
            error = doc.applySetPositionRetracted(doc.dossier().positionChanges().front().id, true).message();
            break;
        case 13: {
            StatusChange s;
            s.issueId = u"eu"_qs;
            s.status = u"open"_qs;
            s.effective = day("2025-12-01");
            error = doc.applyAddStatusChange(s).message();
            break;
        }
        case 14:
            error = doc.applySetStatusRetracted(doc.dossier().statusChanges().front().id, true).message();
            break;
        case 15:
            error = doc.applyScales(stance, doc.dossier().statusScale()).message();
            break;
        case 16:
            error = doc.applyMeta(u"other"_qs, u"other"_qs).message();
            break;
        case 17:
            error = doc.applyImportEvents(bulk).message();
            break;
        }
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(u"disk full"_qs), qPrintable(error));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).toString(), error);
        QCOMPARE(diff(doc.dossier(), before), QString());
        QVERIFY(!store->inTransaction);
        QCOMPARE(store->rollbacks, failOn == u"begin"_qs ? 0 : 1);
        for (auto* spy : changeSpies) {
            QCOMPARE(spy->count(), 0);
            delete spy;
        }
    }

    void importAppendsAndResets()
    {
        Document doc;
        auto* store = openWithFake(doc);
        QSignalSpy reset(&doc, &Document::reset);
        EventStore bulk;
        bulk.append(makeEvent("2025-01-01", "bulk one", { u"ua"_qs }));
        Event clash = makeEvent("2025-01-02", "bulk two");
        clash.id = doc.dossier().events().id(0); // collides: gets a fresh id
        bulk.append(clash);
        bulk.finish();
        const auto before = doc.dossier().events().size();
        QCOMPARE(doc.applyImportEvents(bulk).message(), QString());
        QCOMPARE(doc.dossier().events().size(), before + 2);
        QCOMPARE(reset.count(), 1);
        QVERIFY(store->calls.contains(u"insertEvents 2"_qs));
        QVERIFY(!doc.dossier().events().hasDuplicateIds());
    }

    void readOnlyRefuses()
    {
        Document doc;
        auto store = std::make_unique<FakeStore>();
        store->readOnly = true;
        auto* raw = store.get();
        doc.open(std::move(store), sample());
        QVERIFY(doc.isReadOnly());
        QVERIFY(!doc.applyMeta(u"x"_qs, {}).ok());
        QVERIFY(raw->calls.isEmpty());
        QCOMPARE(doc.dossier().name, u"Berlin talks"_qs);
    }
};

QTEST_GUILESS_MAIN(TestDocument)
#include "tst_document.moc"
