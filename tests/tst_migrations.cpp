// SPDX-License-Identifier: GPL-3.0-or-later
// Files of every earlier schema version open in this version with their data intact. Each version has a
// fixture in tests/fixtures/schema-vN.sql (SQL text); the test builds the file from it with QSqlQuery.
#include "sqliteschema.h"
#include "sqlitestore.h"
#include "storetestutil.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace StoreTest;

namespace {
const QString Connection = QStringLiteral("fixture");

// Builds `path` from a fixture; returns an error message, empty on success.
QString buildFromFixture(const QString& fixture, const QString& path, const QStringList& extra = {})
{
    QFile f(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/") + fixture);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return QStringLiteral("cannot read fixture %1").arg(fixture);
    QStringList statements;
    QString current;
    for (const QString& line : QString::fromUtf8(f.readAll()).split(u'\n')) {
        if (line.startsWith(u"--") || line.trimmed().isEmpty())
            continue;
        current += line + u'\n';
        if (line.endsWith(u';')) {
            statements << current.trimmed();
            current.clear();
        }
    }
    statements << extra;
    QString error;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Connection);
        db.setDatabaseName(path);
        if (!db.open())
            error = db.lastError().text();
        QSqlQuery q(db);
        for (const auto& s : statements)
            if (error.isEmpty() && !q.exec(s))
                error = q.lastError().text() + u": " + s.left(80);
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(Connection);
    return error;
}

StoreOpenOptions withAccess(StoreOpenOptions::Access a)
{
    StoreOpenOptions o;
    o.access = a;
    return o;
}
const StoreOpenOptions ReadOnly = withAccess(StoreOpenOptions::Access::ReadOnly);
const StoreOpenOptions ReadWrite = withAccess(StoreOpenOptions::Access::ReadWrite);

QStringList query(const QString& path, const QString& sql)
{
    QStringList out;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), Connection);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (db.open() && q.exec(sql))
            while (q.next())
                out << q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(Connection);
    return out;
}
}

class TestMigrations : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void upgradeV1()
    {
        const QString path = m_dir.filePath(u"v1.entente"_qs);
        QCOMPARE(buildFromFixture(u"schema-v1.sql"_qs, path), QString());
        QCOMPARE(query(path, u"PRAGMA user_version"_qs), QStringList { u"1"_qs });

        // Read-only cannot upgrade: refused, file untouched.
        const QByteArray before = fileBytes(path);
        const auto refused = SqliteStore::open(path, ReadOnly);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"uses schema 1 and must be upgraded"), qPrintable(refused.message()));
        QCOMPARE(fileBytes(path), before);

        auto opened = SqliteStore::open(path, ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto store = std::move(opened).value();
        QCOMPARE(store->schemaVersion(), SqliteSchema::Version);
        Dossier loaded;
        QVERIFY(store->load(loaded, nullptr).ok());
        // The v1 data is intact: everything of the full dossier except the eras, which v1 did not have.
        Dossier expected;
        fillDossier(expected);
        QVERIFY(!QTest::currentTestFailed());
        while (!expected.eras().isEmpty())
            QCOMPARE(expected.removeEra(expected.eras().first().id).message(), QString());
        compareDossiers(loaded, expected);
        if (QTest::currentTestFailed())
            return;
        // What v2 added works.
        QCOMPARE(store->insertRow(Era { u"e"_qs, u"Era"_qs, date("2025"), date("2026"), {} }, 0).message(), QString());
        store.reset();
        QCOMPARE(query(path, u"PRAGMA user_version"_qs), QStringList { QString::number(SqliteSchema::Version) });
        QCOMPARE(query(path, u"SELECT action || ': ' || detail FROM journal ORDER BY id"_qs),
            (QStringList { u"upgrade: schema 1 to %1"_qs.arg(SqliteSchema::Version), u"era.insert: e"_qs }));

        // An upgraded file has exactly the schema of a new file.
        const QString fresh = m_dir.filePath(u"fresh.entente"_qs);
        QVERIFY(SqliteStore::create(fresh, Dossier()).ok());
        const QString schemaSql
            = u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"_qs;
        QCOMPARE(query(path, schemaSql), query(fresh, schemaSql));
    }

    void upgradeV2()
    {
        // A version-2 file (eras and the journal, no row versions) upgrades to row versions in one transaction:
        // its data intact, every row at version 1, and from then on updates name the version they read.
        const QString path = m_dir.filePath(u"v2.entente"_qs);
        QCOMPARE(buildFromFixture(u"schema-v2.sql"_qs, path), QString());
        QCOMPARE(query(path, u"PRAGMA user_version"_qs), QStringList { u"2"_qs });
        const QByteArray before = fileBytes(path);
        QVERIFY(!SqliteStore::open(path, ReadOnly).ok());
        QCOMPARE(fileBytes(path), before);

        auto opened = SqliteStore::open(path, ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto store = std::move(opened).value();
        QCOMPARE(store->schemaVersion(), SqliteSchema::Version);
        Dossier loaded;
        RowVersions versions;
        QVERIFY(store->load(loaded, &versions).ok());
        Dossier expected;
        fillDossier(expected);
        compareDossiers(loaded, expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(versions.size(), 0); // every row at version 1
        QCOMPARE(query(path, u"SELECT count(*) FROM event_version"_qs), QStringList { u"0"_qs });
        for (const char* table : { "party", "issue", "source", "era", "scale_level" })
            QCOMPARE(query(path, u"SELECT DISTINCT row_version FROM %1"_qs.arg(QLatin1String(table))),
                QStringList { u"1"_qs });

        // Row versions work on the upgraded file: an update naming version 1 moves the party to version 2, a
        // second one naming version 1 is refused as a conflict.
        Party p = loaded.parties().first();
        p.name = u"Renamed"_qs;
        const auto updated = store->updateRow(p, 1);
        QVERIFY2(updated.ok(), qPrintable(updated.message()));
        QCOMPARE(updated.value(), 2);
        const auto stale = store->updateRow(p, 1);
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind(), Error::Kind::Conflict);
        store.reset();
        QCOMPARE(query(path, u"SELECT action || ': ' || detail FROM journal ORDER BY id"_qs),
            (QStringList { u"create: 4 events"_qs, u"upgrade: schema 2 to %1"_qs.arg(SqliteSchema::Version),
                u"party.update: %1"_qs.arg(p.id) }));

        const QString fresh = m_dir.filePath(u"fresh3.entente"_qs);
        QVERIFY(SqliteStore::create(fresh, Dossier()).ok());
        const QString schemaSql
            = u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"_qs;
        QCOMPARE(query(path, schemaSql), query(fresh, schemaSql));
    }

    void upgradeV3()
    {
        // A version-3 file (row versions, no claims) upgrades to claims in one transaction: its data and its row
        // versions intact, every citation graded by its source as before, and claims can be written from then on.
        const QString path = m_dir.filePath(u"v3.entente"_qs);
        QCOMPARE(buildFromFixture(u"schema-v3.sql"_qs, path), QString());
        QCOMPARE(query(path, u"PRAGMA user_version"_qs), QStringList { u"3"_qs });
        const QByteArray before = fileBytes(path);
        const auto refused = SqliteStore::open(path, ReadOnly);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"uses schema 3 and must be upgraded"), qPrintable(refused.message()));
        QCOMPARE(fileBytes(path), before);

        auto opened = SqliteStore::open(path, ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto store = std::move(opened).value();
        QCOMPARE(store->schemaVersion(), SqliteSchema::Version);
        Dossier loaded;
        RowVersions versions;
        QVERIFY(store->load(loaded, &versions).ok());
        Dossier expected;
        fillDossier(expected);
        Party de = expected.parties()[expected.partyIndex(u"de"_qs)];
        de.name = u"Federal Republic of Germany"_qs;
        QCOMPARE(expected.updateParty(de).message(), QString());
        Event december = expected.events().event(expected.events().rowOfId(7));
        december.title = u"December statements by Peskov"_qs;
        QVERIFY(expected.updateEvent(december).ok());
        compareDossiers(loaded, expected);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(versions.get(RowKind::Party, u"de"_qs), 2);
        QCOMPARE(versions.get(RowKind::Event, u"7"_qs), 2);
        QCOMPARE(versions.get(RowKind::Party, u"us"_qs), 1);
        for (const auto& c : loaded.positionChanges())
            QVERIFY(c.claims.isEmpty());

        // Claims work on the upgraded file: an event and a new position change graded on their own.
        Event graded = loaded.events().event(loaded.events().rowOfId(2));
        graded.claims = { Claim { u"ptv"_qs, 3, u"an unnamed US official"_qs, u"“real progress”"_qs } };
        const auto updated = store->updateRow(graded, 1);
        QVERIFY2(updated.ok(), qPrintable(updated.message()));
        PositionChange c = loaded.positionChanges().front();
        c.id = 0;
        c.claims = { Claim { u"ptv"_qs, 5, {}, {} } };
        const auto appended = store->appendChange(c);
        QVERIFY2(appended.ok(), qPrintable(appended.message()));
        Dossier again;
        QVERIFY(store->load(again, nullptr).ok());
        QCOMPARE(again.events().event(again.events().rowOfId(2)).claims, graded.claims);
        const auto at = again.positionChangeIndex(appended.value());
        QVERIFY(at >= 0);
        QCOMPARE(again.positionChanges()[size_t(at)].claims, c.claims);
        store.reset();
        const QStringList journal = query(path, u"SELECT action || ': ' || detail FROM journal ORDER BY id"_qs);
        QVERIFY2(journal.contains(u"upgrade: schema 3 to %1"_qs.arg(SqliteSchema::Version)), qPrintable(journal.join(u" | ")));

        const QString fresh = m_dir.filePath(u"fresh4.entente"_qs);
        QVERIFY(SqliteStore::create(fresh, Dossier()).ok());
        const QString schemaSql
            = u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"_qs;
        QCOMPARE(query(path, schemaSql), query(fresh, schemaSql));
    }

    void upgradeV4()
    {
        // A version-4 file (claims, no notes or views) upgrades to 5 in one transaction: its data, claims and row
        // versions intact; notes, key judgements and saved views can be written and read back from then on.
        const QString path = m_dir.filePath(u"v4.entente"_qs);
        QCOMPARE(buildFromFixture(u"schema-v4.sql"_qs, path), QString());
        QCOMPARE(query(path, u"PRAGMA user_version"_qs), QStringList { u"4"_qs });
        const QByteArray before = fileBytes(path);
        const auto refused = SqliteStore::open(path, ReadOnly);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"uses schema 4 and must be upgraded"), qPrintable(refused.message()));
        QCOMPARE(fileBytes(path), before);

        auto opened = SqliteStore::open(path, ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto store = std::move(opened).value();
        QCOMPARE(store->schemaVersion(), SqliteSchema::Version);
        Dossier loaded;
        RowVersions versions;
        QVERIFY(store->load(loaded, &versions).ok());
        Dossier expected;
        fillDossier(expected);
        Party de = expected.parties()[expected.partyIndex(u"de"_qs)];
        de.name = u"Federal Republic of Germany"_qs;
        QCOMPARE(expected.updateParty(de).message(), QString());
        Event december = expected.events().event(expected.events().rowOfId(7));
        december.title = u"December statements by Peskov"_qs;
        QVERIFY(expected.updateEvent(december).ok());
        Event graded = expected.events().event(expected.events().rowOfId(2));
        graded.claims = { Claim { u"ptv"_qs, 3, u"an unnamed US official"_qs, {} } };
        QVERIFY(expected.updateEvent(graded).ok());
        compareDossiers(loaded, expected);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(loaded.notes().isEmpty());
        QVERIFY(loaded.savedViews().isEmpty());
        QCOMPARE(versions.get(RowKind::Party, u"de"_qs), 2);
        QCOMPARE(versions.get(RowKind::Event, u"2"_qs), 2);

        // Notes of every kind and a saved view go in row by row, and come back as written.
        Note judgement { u"kj"_qs, NoteTarget::Cell, {}, u"us"_qs, u"nato"_qs, 0, {},
            u"Washington will not \"sell\" NATO membership,\nwhatever it says."_qs, u"analyst"_qs, 1765875600000,
            Confidence::Low, { Claim { u"ptv"_qs, 4, u"an unnamed US official"_qs, u"no"_qs } } };
        Note onEvent { u"ev"_qs, NoteTarget::Event, {}, {}, {}, 7, {}, u"Peskov repeats himself"_qs, u"analyst"_qs,
            1765875600000, std::nullopt, {} };
        Note onDate { u"day"_qs, NoteTarget::Date, PartialDate { 1765670400000, Precision::Day }, {}, {}, 0, {},
            u"Round opens"_qs, u"analyst"_qs, 1765875600000, std::nullopt, {} };
        Note onEra { u"era"_qs, NoteTarget::Era, {}, {}, {}, 0, u"berlin"_qs, u"Short round"_qs, u"analyst"_qs,
            1765875600000, std::nullopt, {} };
        SavedView view;
        view.id = u"v"_qs;
        view.name = u"NATO track"_qs;
        view.asOf = 1765756800000;
        view.compareDate = 1765670400000;
        view.filterIssue = u"nato"_qs;
        view.lanes = u"issues"_qs;
        view.chart = u"activity"_qs;
        view.chartPeriod = u"week"_qs;
        qsizetype at = 0;
        for (const Note& n : { judgement, onEvent, onDate, onEra }) {
            const auto r = store->insertRow(n, at++);
            QVERIFY2(r.ok(), qPrintable(r.message()));
        }
        QVERIFY(store->insertRow(view, 0).ok());
        Note edited = judgement;
        edited.text = u"Edited"_qs;
        const auto updated = store->updateRow(edited, 1);
        QVERIFY2(updated.ok(), qPrintable(updated.message()));
        QCOMPARE(updated.value(), 2);
        Dossier again;
        RowVersions againVersions;
        QVERIFY(store->load(again, &againVersions).ok());
        QCOMPARE(again.notes(), (QList<Note> { edited, onEvent, onDate, onEra }));
        QCOMPARE(again.savedViews(), QList<SavedView> { view });
        QCOMPARE(againVersions.get(RowKind::Note, u"kj"_qs), 2);
        // The stored rows keep their references: removing the pinned era is refused by the file itself too.
        QVERIFY(!store->removeRow(RowKind::Era, u"berlin"_qs, 1).ok());
        store.reset();
        const QStringList journal = query(path, u"SELECT action || ': ' || detail FROM journal ORDER BY id"_qs);
        QVERIFY2(journal.contains(u"upgrade: schema 4 to %1"_qs.arg(SqliteSchema::Version)),
            qPrintable(journal.join(u" | ")));

        const QString fresh = m_dir.filePath(u"fresh5.entente"_qs);
        QVERIFY(SqliteStore::create(fresh, Dossier()).ok());
        const QString schemaSql
            = u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"_qs;
        QCOMPARE(query(path, schemaSql), query(fresh, schemaSql));
    }

    void upgradeV5()
    {
        // A version-5 file (notes and views, no capabilities) upgrades to 6 in one transaction: its data, notes and
        // row versions intact, no capability recorded; capabilities (general and per issue, cited, retracted) can
        // be appended and read back from then on, with ids after those of the other histories.
        const QString path = m_dir.filePath(u"v5.entente"_qs);
        QCOMPARE(buildFromFixture(u"schema-v5.sql"_qs, path), QString());
        QCOMPARE(query(path, u"PRAGMA user_version"_qs), QStringList { u"5"_qs });
        const QByteArray before = fileBytes(path);
        const auto refused = SqliteStore::open(path, ReadOnly);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"uses schema 5 and must be upgraded"), qPrintable(refused.message()));
        QCOMPARE(fileBytes(path), before);

        auto opened = SqliteStore::open(path, ReadWrite);
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        auto store = std::move(opened).value();
        QCOMPARE(store->schemaVersion(), 6);
        Dossier loaded;
        RowVersions versions;
        QVERIFY(store->load(loaded, &versions).ok());
        QVERIFY(loaded.capabilityChanges().empty());
        QCOMPARE(loaded.notes().size(), 1);
        QCOMPARE(loaded.notes().first().text, u"Washington will not sell NATO membership."_qs);
        QCOMPARE(versions.get(RowKind::Party, u"de"_qs), 2);
        qint64 highest = 0;
        for (const auto& c : loaded.positionChanges())
            highest = std::max(highest, c.id);
        for (const auto& c : loaded.statusChanges())
            highest = std::max(highest, c.id);

        CapabilityChange general;
        general.partyId = u"us"_qs;
        general.value = 90;
        general.effective = date("2025-12-14");
        general.recordedAt = 1765875600000;
        general.recordedBy = u"analyst"_qs;
        general.citedEvents = { 2 };
        general.citedSources = { u"ptv"_qs };
        general.claims = { Claim { u"ptv"_qs, 4, u"an unnamed US official"_qs, {} } };
        CapabilityChange onNato = general;
        onNato.issueId = u"nato"_qs;
        onNato.value = 12.5;
        onNato.citedEvents.clear();
        const auto a = store->appendChange(general);
        const auto b = store->appendChange(onNato);
        QVERIFY2(a.ok() && b.ok(), qPrintable(a.message() + b.message()));
        QCOMPARE(a.value(), highest + 1);
        QCOMPARE(b.value(), highest + 2);
        QVERIFY(store->setChangeRetracted(ChangeKind::Capability, b.value(), true, 1765879200000).ok());
        // A negative capability is refused by the file itself too.
        CapabilityChange negative = general;
        negative.value = -1;
        QVERIFY(!store->appendChange(negative).ok());
        Dossier again;
        QVERIFY(store->load(again, nullptr).ok());
        QCOMPARE(again.capabilityChanges().size(), size_t(2));
        general.id = a.value();
        QCOMPARE(again.capabilityChanges()[size_t(again.capabilityChangeIndex(a.value()))], general);
        const auto& retracted = again.capabilityChanges()[size_t(again.capabilityChangeIndex(b.value()))];
        QVERIFY(retracted.retracted);
        QCOMPARE(retracted.value, 12.5);
        QCOMPARE(retracted.issueId, u"nato"_qs);
        // The issue's own axis and a position's value on it (also schema 6).
        Issue nato = again.issues()[again.issueIndex(u"nato"_qs)];
        QVERIFY(nato.axis.isEmpty());
        nato.axis = { { 0, u"no membership"_qs }, { 100, u"full membership"_qs } };
        QVERIFY(store->updateRow(nato, versions.get(RowKind::Issue, u"nato"_qs)).ok());
        PositionChange onAxis = again.positionChanges().front();
        onAxis.id = 0;
        onAxis.issueId = u"nato"_qs;
        onAxis.axisValue = 35;
        const auto onAxisId = store->appendChange(onAxis);
        QVERIFY2(onAxisId.ok(), qPrintable(onAxisId.message()));
        Dossier withAxis;
        QVERIFY(store->load(withAxis, nullptr).ok());
        QCOMPARE(withAxis.issues()[withAxis.issueIndex(u"nato"_qs)].axis, nato.axis);
        QCOMPARE(withAxis.positionChanges()[size_t(withAxis.positionChangeIndex(onAxisId.value()))].axisValue,
            std::optional<double>(35));
        for (const auto& c : loaded.positionChanges())
            QVERIFY(!c.axisValue); // the version-5 positions carry none
        // As of the 15th, the US weighs 90 on NATO (the NATO-specific 12.5 is retracted).
        const auto* inForce = again.capabilityAsOf(again.partyIndex(u"us"_qs), again.issueIndex(u"nato"_qs),
            date("2025-12-15").msecs);
        QVERIFY(inForce);
        QCOMPARE(inForce->value, 90.0);
        store.reset();
        const QStringList journal = query(path, u"SELECT action || ': ' || detail FROM journal ORDER BY id"_qs);
        QVERIFY2(journal.contains(u"upgrade: schema 5 to 6"_qs), qPrintable(journal.join(u" | ")));
        QVERIFY2(journal.contains(u"capability.append: %1"_qs.arg(a.value())), qPrintable(journal.join(u" | ")));
        QVERIFY2(journal.contains(u"capability.retract: %1"_qs.arg(b.value())), qPrintable(journal.join(u" | ")));

        const QString fresh = m_dir.filePath(u"fresh6.entente"_qs);
        QVERIFY(SqliteStore::create(fresh, Dossier()).ok());
        const QString schemaSql
            = u"SELECT type || ' ' || name || ' ' || coalesce(sql, '') FROM sqlite_master ORDER BY name"_qs;
        QCOMPARE(query(path, schemaSql), query(fresh, schemaSql));
    }

    void failedUpgradeLeavesFile()
    {
        // A v1 file that already has a table named like one v2 adds: the upgrade fails half-way and must
        // leave the file exactly as it was (one transaction).
        const QString path = m_dir.filePath(u"v1-conflict.entente"_qs);
        QCOMPARE(buildFromFixture(u"schema-v1.sql"_qs, path, { u"CREATE TABLE journal (x TEXT)"_qs }), QString());
        const QByteArray before = fileBytes(path);
        const auto refused = SqliteStore::open(path, ReadWrite);
        QVERIFY(!refused.ok());
        const QString error = refused.message();
        QVERIFY2(error.contains(u"cannot upgrade") && error.contains(u"from schema 1"), qPrintable(error));
        QCOMPARE(fileBytes(path), before);
        QCOMPARE(query(path, u"PRAGMA user_version"_qs), QStringList { u"1"_qs });
    }

    void migrationListIsContiguous()
    {
        int version = 1;
        for (const auto& m : SqliteSchema::migrations()) {
            QCOMPARE(m.toVersion, version + 1);
            QVERIFY(!m.statements.isEmpty());
            version = m.toVersion;
        }
        QCOMPARE(version, SqliteSchema::Version);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
