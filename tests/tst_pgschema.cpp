// SPDX-License-Identifier: GPL-3.0-or-later
// The team server's schema: an event's dossier is checked once per statement (no per-row foreign key), a
// version-1 server is upgraded by the next publish of its owner, a version-3 server gains claims (version 4), and a
// version-5 server gains notes and saved views (version 6), and a version-6 server gains capabilities (version 7).
#include "pgconnection.h"
#include "pgschema.h"
#include "pgtestutil.h"
#include "postgresstore.h"
#include "storeconformance.h"

#include <QTest>

using namespace Entente;

namespace {
qint64 scalar(PgConnection& c, const QByteArray& sql, const PgParams& params = {})
{
    auto r = c.exec(sql, params);
    if (!r.ok()) {
        qWarning("%s", qPrintable(r.message()));
        return -1;
    }
    return r.value().integer(0, 0);
}

// A fresh database `db` owned by alice, holding the schema an older client installed: the statements of
// `versions`, in one transaction. `admin` stays connected (the caller drops the database with it).
void installOldSchema(PgConnection& admin, const QByteArray& db, std::initializer_list<QList<QByteArray>> versions)
{
    QVERIFY(admin.connect().ok());
    QVERIFY(admin.run("DROP DATABASE IF EXISTS " + db).ok());
    QVERIFY(admin.run("CREATE DATABASE " + db + " OWNER alice").ok());
    PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
    QVERIFY(alice.connect().ok());
    QVERIFY(alice.run("BEGIN").ok());
    for (const auto& list : versions)
        for (const auto& sql : list)
            QVERIFY2(alice.run(sql).ok(), sql.constData());
    QVERIFY(alice.run("COMMIT").ok());
}
}

class TestPgSchema : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        const QString problem = PgTest::clusterProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void eventDossierCheckedPerStatement()
    {
        const QString id = PgTest::freshId(u"schema"_qs);
        const QString uri = PgTest::uri(id);
        QVERIFY(PostgresStore::create(uri, Conformance::sample()).ok());
        PgConnection bob(PgTest::conninfo(u"bob"_qs));
        QVERIFY(bob.connect().ok());
        QCOMPARE(scalar(bob, "SELECT max(version) FROM entente.schema_version"), qint64(PgSchema::Version));
        QCOMPARE(scalar(bob, "SELECT count(*) FROM pg_constraint WHERE conrelid = 'entente.event'::regclass AND "
                             "contype = 'f'"),
            0);
        // An event of a dossier that does not exist is refused, and nothing is written.
        const auto refused = bob.exec("INSERT INTO entente.event (dossier, id, start_msecs, start_precision, "
                                      "end_precision, title, description, location) VALUES ('no-such-dossier', 1, 0, "
                                      "2, 0, 't', '', '')");
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Invalid);
        QVERIFY2(refused.message().contains(u"dossier that does not exist"), qPrintable(refused.message()));
        QCOMPARE(scalar(bob, "SELECT count(*) FROM entente.event WHERE dossier = 'no-such-dossier'"), 0);
        // One that exists goes in; moving it to a dossier that does not exist is refused too.
        QVERIFY(bob.run("INSERT INTO entente.event (dossier, id, start_msecs, start_precision, end_precision, title, "
                        "description, location) VALUES ($1, 5000, 0, 2, 0, 't', '', '')",
                       PgParams() << id)
                    .ok());
        QVERIFY(!bob.run("UPDATE entente.event SET dossier = 'no-such-dossier' WHERE dossier = $1 AND id = 5000",
                        PgParams() << id)
                     .ok());
        // Removing a dossier removes its events (dossier_remove_events): tst_postgresstore::ownerDeletesADossier.
    }

    // A database holding the version-1 schema: its owner's next publish upgrades it, and what was there reads
    // the same.
    void versionOneIsUpgraded()
    {
        const QByteArray db = "entente_v1_" + QByteArray::number(QCoreApplication::applicationPid());
        PgConnection admin(QStringLiteral("host=%1 dbname=postgres user=postgres").arg(PgTest::host()).toUtf8());
        installOldSchema(admin, db, { PgSchema::version1() });
        if (QTest::currentTestFailed())
            return;
        {
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            QCOMPARE(scalar(alice, "SELECT max(version) FROM entente.schema_version"), 1);
        }
        const QString first = PgTest::uri(u"first"_qs, u"alice"_qs, QString::fromLatin1(db));
        {
            // Written by a version-1 client: plain SQL, as far as the schema goes.
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            QVERIFY(alice.run("INSERT INTO entente.dossier (id, name, description) VALUES ('first', 'First', '')").ok());
            QVERIFY(alice.run("INSERT INTO entente.event (dossier, id, start_msecs, start_precision, end_precision, "
                              "title, description, location) VALUES ('first', 1, 0, 2, 0, 'Old', '', '')")
                        .ok());
            // Opened by the schema's owner, a version-1 server is upgraded in place, its dossiers kept.
            auto store = PostgresStore::open(first, {});
            QVERIFY2(store.ok(), qPrintable(store.message()));
            QCOMPARE(store.value()->schemaVersion(), PgSchema::Version);
            QCOMPARE(scalar(alice, "SELECT max(version) FROM entente.schema_version"), PgSchema::Version);
        }
        const QString second = PgTest::uri(u"second"_qs, u"alice"_qs, QString::fromLatin1(db));
        auto published = PostgresStore::create(second, Conformance::sample());
        QVERIFY2(published.ok(), qPrintable(published.message()));
        QCOMPARE(published.value()->schemaVersion(), PgSchema::Version);
        auto old = PostgresStore::open(first, {});
        QVERIFY(old.ok());
        Dossier d;
        QVERIFY(old.value()->load(d, nullptr).ok());
        QCOMPARE(d.events().size(), 1);
        QCOMPARE(d.events().title(0).toString(), u"Old"_qs);
        published.value().reset(); // close both connections before the database goes
        old.value().reset();
        QVERIFY(admin.run("DROP DATABASE " + db + " WITH (FORCE)").ok());
    }

    // A database holding the version-3 schema (row versions, no claims) with a dossier in it: its owner's next open
    // upgrades it to claims in place; the dossier reads the same, and claims can be written from then on.
    void versionThreeIsUpgraded()
    {
        const QByteArray db = "entente_v3_" + QByteArray::number(QCoreApplication::applicationPid());
        PgConnection admin(QStringLiteral("host=%1 dbname=postgres user=postgres").arg(PgTest::host()).toUtf8());
        installOldSchema(admin, db, { PgSchema::version1(), PgSchema::version2(), PgSchema::version3() });
        if (QTest::currentTestFailed())
            return;
        {
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            QCOMPARE(scalar(alice, "SELECT max(version) FROM entente.schema_version"), 3);
            QCOMPARE(scalar(alice, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'entente' "
                                   "AND column_name = 'claims'"),
                0);
            // A dossier as a version-3 client wrote it: plain SQL, as far as the schema goes.
            QVERIFY(alice.run("INSERT INTO entente.dossier (id, name, description) VALUES ('third', 'Third', '')").ok());
            QVERIFY(alice.run("INSERT INTO entente.source (dossier, id, position, outlet, url, title, "
                              "published_precision, reliability, credibility, note) VALUES ('third', 'tass', 0, 'TASS', "
                              "'', '', 2, 'D', 4, '')")
                        .ok());
            QVERIFY(alice.run("INSERT INTO entente.event (dossier, id, start_msecs, start_precision, end_precision, "
                              "title, description, location, sources) VALUES ('third', 1, 0, 2, 0, 'Old', '', '', 'tass')")
                        .ok());
        }
        const QString third = PgTest::uri(u"third"_qs, u"alice"_qs, QString::fromLatin1(db));
        {
            auto store = PostgresStore::open(third, {});
            QVERIFY2(store.ok(), qPrintable(store.message()));
            QCOMPARE(store.value()->schemaVersion(), PgSchema::Version);
            Dossier d;
            RowVersions versions;
            QVERIFY(store.value()->load(d, &versions).ok());
            QCOMPARE(d.events().size(), 1);
            Event old = d.events().event(0);
            QCOMPARE(old.title, u"Old"_qs);
            QVERIFY(old.claims.isEmpty());
            old.claims = { Claim { u"tass"_qs, 3, u"Kremlin spokesman"_qs, u"“fundamental”"_qs } };
            const auto updated = store.value()->updateRow(old, versions.get(RowKind::Event, u"1"_qs));
            QVERIFY2(updated.ok(), qPrintable(updated.message()));
        }
        {
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            QCOMPARE(scalar(alice, "SELECT max(version) FROM entente.schema_version"), PgSchema::Version);
            // events, position and status changes (4), capability changes (7)
            QCOMPARE(scalar(alice, "SELECT count(*) FROM information_schema.columns WHERE table_schema = 'entente' "
                                   "AND column_name = 'claims'"),
                4);
            // The migration is idempotent: running it again changes nothing and fails on nothing.
            QVERIFY(alice.run("BEGIN").ok());
            for (const auto& list : { PgSchema::version4(), PgSchema::version5(), PgSchema::version6() })
                for (const auto& sql : list)
                    QVERIFY2(alice.run(sql).ok(), sql.constData());
            QVERIFY(alice.run("COMMIT").ok());
            // A claim that is not a JSON array is refused by the server itself.
            QVERIFY(!alice.run("UPDATE entente.event SET claims = '{\"source\": \"tass\"}' WHERE dossier = 'third'").ok());
        }
        auto again = PostgresStore::open(third, {});
        QVERIFY(again.ok());
        Dossier d;
        QVERIFY(again.value()->load(d, nullptr).ok());
        QCOMPARE(d.events().event(0).claims,
            (QList<Claim> { Claim { u"tass"_qs, 3, u"Kremlin spokesman"_qs, u"“fundamental”"_qs } }));
        again.value().reset();
        {
            // Upgraded to 5, the server lets an owner remove the dossier (the journal lines of its cascade wrote
            // for a dossier already gone before).
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            const Status removed = alice.run("DELETE FROM entente.dossier WHERE id = 'third'");
            QVERIFY2(removed.ok(), qPrintable(removed.message()));
            QCOMPARE(scalar(alice, "SELECT count(*) FROM entente.journal WHERE dossier = 'third'"), 0);
        }
        QVERIFY(admin.run("DROP DATABASE " + db + " WITH (FORCE)").ok());
    }

    // A database holding the version-5 schema with a dossier in it: its owner's next open upgrades it to notes and
    // saved views (6); they are written row by row, journalled, read back, and go with their dossier.
    void versionFiveIsUpgraded()
    {
        const QByteArray db = "entente_v5_" + QByteArray::number(QCoreApplication::applicationPid());
        PgConnection admin(QStringLiteral("host=%1 dbname=postgres user=postgres").arg(PgTest::host()).toUtf8());
        installOldSchema(admin, db,
            { PgSchema::version1(), PgSchema::version2(), PgSchema::version3(), PgSchema::version4(),
                PgSchema::version5() });
        if (QTest::currentTestFailed())
            return;
        {
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            QCOMPARE(scalar(alice, "SELECT max(version) FROM entente.schema_version"), 5);
            QCOMPARE(scalar(alice, "SELECT count(*) FROM pg_tables WHERE schemaname = 'entente' AND tablename IN "
                                   "('note', 'saved_view')"),
                0);
            QVERIFY(alice.run("INSERT INTO entente.dossier (id, name, description) VALUES ('fifth', 'Fifth', '')").ok());
            QVERIFY(alice.run("INSERT INTO entente.party (dossier, id, position, name, short_name, color, kind, "
                              "description) VALUES ('fifth', 'ru', 0, 'Russia', '', '', 'state', '')")
                        .ok());
            QVERIFY(alice.run("INSERT INTO entente.issue (dossier, id, position, name, description) VALUES ('fifth', "
                              "'nato', 0, 'NATO', '')")
                        .ok());
            QVERIFY(alice.run("INSERT INTO entente.source (dossier, id, position, outlet, url, title, "
                              "published_precision, reliability, credibility, note) VALUES ('fifth', 'tass', 0, 'TASS', "
                              "'', '', 2, 'D', 4, '')")
                        .ok());
        }
        const QString fifth = PgTest::uri(u"fifth"_qs, u"alice"_qs, QString::fromLatin1(db));
        Note judgement { u"note-1"_qs, NoteTarget::Cell, {}, u"ru"_qs, u"nato"_qs, 0, {}, u"No movement <yet>"_qs,
            u"alice"_qs, 1765875600123, Confidence::Moderate, { Claim { u"tass"_qs, 3, u"Peskov"_qs, {} } } };
        SavedView view;
        view.id = u"view-1"_qs;
        view.name = u"NATO"_qs;
        view.asOf = 1765756800000;
        view.filterIssue = u"nato"_qs;
        view.lanes = u"issues"_qs;
        {
            auto store = PostgresStore::open(fifth, {});
            QVERIFY2(store.ok(), qPrintable(store.message()));
            QCOMPARE(store.value()->schemaVersion(), PgSchema::Version);
            Dossier d;
            QVERIFY(store.value()->load(d, nullptr).ok());
            QCOMPARE(d.parties().size(), 1);
            QVERIFY(d.notes().isEmpty());
            const auto note = store.value()->insertRow(judgement, 0);
            QVERIFY2(note.ok(), qPrintable(note.message()));
            QVERIFY(store.value()->insertRow(view, 0).ok());
            view.chart = u"history"_qs;
            const auto updated = store.value()->updateRow(view, 1);
            QVERIFY2(updated.ok(), qPrintable(updated.message()));
            QCOMPARE(updated.value(), 2);
            // A note pinned to a party the dossier does not have is refused by the server itself.
            Note stray = judgement;
            stray.id = u"note-2"_qs;
            stray.partyId = u"nobody"_qs;
            QVERIFY(!store.value()->insertRow(stray, 1).ok());
        }
        {
            auto again = PostgresStore::open(fifth, {});
            QVERIFY(again.ok());
            Dossier d;
            RowVersions versions;
            QVERIFY(again.value()->load(d, &versions).ok());
            QCOMPARE(d.notes(), QList<Note> { judgement });
            QCOMPARE(d.savedViews(), QList<SavedView> { view });
            QCOMPARE(versions.get(RowKind::SavedView, u"view-1"_qs), 2);
        }
        {
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            QCOMPARE(scalar(alice, "SELECT max(version) FROM entente.schema_version"), PgSchema::Version);
            // Journalled like the other tables, by their own trigger.
            QCOMPARE(scalar(alice, "SELECT count(*) FROM entente.journal WHERE dossier = 'fifth' AND action IN "
                                   "('note.insert', 'saved view.insert', 'saved view.update')"),
                3);
            // The migration is idempotent.
            QVERIFY(alice.run("BEGIN").ok());
            for (const auto& sql : PgSchema::version6())
                QVERIFY2(alice.run(sql).ok(), sql.constData());
            QVERIFY(alice.run("COMMIT").ok());
            QVERIFY(alice.run("DELETE FROM entente.dossier WHERE id = 'fifth'").ok());
            QCOMPARE(scalar(alice, "SELECT count(*) FROM entente.note WHERE dossier = 'fifth'"), 0);
            QCOMPARE(scalar(alice, "SELECT count(*) FROM entente.saved_view WHERE dossier = 'fifth'"), 0);
        }
        QVERIFY(admin.run("DROP DATABASE " + db + " WITH (FORCE)").ok());
    }

    // A database holding the version-6 schema with a dossier and a position change in it: its owner's next open
    // upgrades it to capabilities (7); they are appended with ids from the change sequence (after the existing
    // change), retracted, journalled, read back, checked by the server, and go with their dossier.
    void versionSixIsUpgraded()
    {
        const QByteArray db = "entente_v6_" + QByteArray::number(QCoreApplication::applicationPid());
        PgConnection admin(QStringLiteral("host=%1 dbname=postgres user=postgres").arg(PgTest::host()).toUtf8());
        installOldSchema(admin, db,
            { PgSchema::version1(), PgSchema::version2(), PgSchema::version3(), PgSchema::version4(),
                PgSchema::version5(), PgSchema::version6() });
        if (QTest::currentTestFailed())
            return;
        {
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            QCOMPARE(scalar(alice, "SELECT max(version) FROM entente.schema_version"), 6);
            QCOMPARE(scalar(alice, "SELECT count(*) FROM pg_tables WHERE schemaname = 'entente' AND tablename = "
                                   "'capability_change'"),
                0);
            QVERIFY(alice.run("INSERT INTO entente.dossier (id, name, description) VALUES ('sixth', 'Sixth', '')").ok());
            QVERIFY(alice.run("INSERT INTO entente.party (dossier, id, position, name, short_name, color, kind, "
                              "description) VALUES ('sixth', 'ru', 0, 'Russia', '', '', 'state', '')")
                        .ok());
            QVERIFY(alice.run("INSERT INTO entente.issue (dossier, id, position, name, description) VALUES ('sixth', "
                              "'nato', 0, 'NATO', '')")
                        .ok());
            QVERIFY(alice.run("INSERT INTO entente.source (dossier, id, position, outlet, url, title, "
                              "published_precision, reliability, credibility, note) VALUES ('sixth', 'tass', 0, 'TASS', "
                              "'', '', 2, 'D', 4, '')")
                        .ok());
            QVERIFY(alice.run("INSERT INTO entente.scale_level (dossier, scale, position, key, label, color, value, "
                              "is_unknown) VALUES ('sixth', 'stance', 0, 'opposes', 'Opposes', '#aa0000', -2, false)")
                        .ok());
            QVERIFY(alice.run("INSERT INTO entente.position_change (dossier, id, party_id, issue_id, stance, salience, "
                              "effective_msecs, effective_precision, recorded_at, recorded_by, confidence, note) "
                              "VALUES ('sixth', 40, 'ru', 'nato', 'opposes', 90, 1765756800000, 2, now(), 'alice', "
                              "'high', '')")
                        .ok());
        }
        const QString sixth = PgTest::uri(u"sixth"_qs, u"alice"_qs, QString::fromLatin1(db));
        CapabilityChange general;
        general.partyId = u"ru"_qs;
        general.value = 85.5;
        general.effective = PartialDate::parse(u"2025-12-14"_qs).value();
        general.recordedAt = 1765875600000;
        general.recordedBy = u"alice"_qs;
        general.citedSources = { u"tass"_qs };
        general.claims = { Claim { u"tass"_qs, 5, u"state media"_qs, {} } };
        CapabilityChange onNato = general;
        onNato.issueId = u"nato"_qs;
        onNato.value = 0;
        {
            auto store = PostgresStore::open(sixth, {});
            QVERIFY2(store.ok(), qPrintable(store.message()));
            QCOMPARE(store.value()->schemaVersion(), 7);
            Dossier d;
            QVERIFY(store.value()->load(d, nullptr).ok());
            QCOMPARE(d.positionChanges().size(), size_t(1));
            QVERIFY(d.capabilityChanges().empty());
            const auto a = store.value()->appendChange(general);
            const auto b = store.value()->appendChange(onNato);
            QVERIFY2(a.ok() && b.ok(), qPrintable(a.message() + b.message()));
            QVERIFY(a.value() > 40); // the change sequence is past the existing change
            QVERIFY(b.value() > a.value());
            general.id = a.value();
            onNato.id = b.value();
            QVERIFY(store.value()->setChangeRetracted(ChangeKind::Capability, onNato.id, true, 1765879200000).ok());
            // Refused by the server itself: a negative value, a party the dossier does not have.
            CapabilityChange bad = general;
            bad.id = 0;
            bad.value = -1;
            QVERIFY(!store.value()->appendChange(bad).ok());
            bad.value = 1;
            bad.partyId = u"nobody"_qs;
            QVERIFY(!store.value()->appendChange(bad).ok());
        }
        {
            auto again = PostgresStore::open(sixth, {});
            QVERIFY(again.ok());
            Dossier d;
            QVERIFY(again.value()->load(d, nullptr).ok());
            QCOMPARE(d.capabilityChanges().size(), size_t(2));
            QCOMPARE(d.capabilityChanges()[size_t(d.capabilityChangeIndex(general.id))], general);
            const CapabilityChange& retracted = d.capabilityChanges()[size_t(d.capabilityChangeIndex(onNato.id))];
            QVERIFY(retracted.retracted);
            QCOMPARE(retracted.issueId, u"nato"_qs);
            QCOMPARE(retracted.value, 0.0);
        }
        {
            PgConnection alice(PgTest::conninfo(u"alice"_qs, QString::fromLatin1(db)));
            QVERIFY(alice.connect().ok());
            QCOMPARE(scalar(alice, "SELECT max(version) FROM entente.schema_version"), 7);
            // Journalled by the table's own trigger.
            QCOMPARE(scalar(alice, "SELECT count(*) FROM entente.journal WHERE dossier = 'sixth' AND action IN "
                                   "('capability.append', 'capability.retract')"),
                3);
            // The migration is idempotent.
            QVERIFY(alice.run("BEGIN").ok());
            for (const auto& sql : PgSchema::version7())
                QVERIFY2(alice.run(sql).ok(), sql.constData());
            QVERIFY(alice.run("COMMIT").ok());
            QVERIFY(alice.run("DELETE FROM entente.dossier WHERE id = 'sixth'").ok());
            QCOMPARE(scalar(alice, "SELECT count(*) FROM entente.capability_change WHERE dossier = 'sixth'"), 0);
        }
        QVERIFY(admin.run("DROP DATABASE " + db + " WITH (FORCE)").ok());
    }
};

QTEST_GUILESS_MAIN(TestPgSchema)
#include "tst_pgschema.moc"
