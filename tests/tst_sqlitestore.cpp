// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteschema.h"
#include "sqlitestore.h"
#include "storetestutil.h"

#include <QDir>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace StoreTest;

namespace {
// Runs SQL on a file through a private connection (to tamper with files or inspect them behind the store).
QVariantList sql(const QString& path, const QString& statement)
{
    QVariantList out;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("tamper"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(statement))
                while (q.next())
                    out.append(q.value(0));
            else
                out.append(QString(QStringLiteral("ERROR: ") + q.lastError().text()));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
    return out;
}
}

class TestSqliteStore : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }
    static StoreOpenOptions access(bool readOnly)
    {
        StoreOpenOptions o;
        o.access = readOnly ? StoreOpenOptions::Access::ReadOnly : StoreOpenOptions::Access::ReadWrite;
        return o;
    }
    template <typename T> static QStringList ids(const QList<T>& rows)
    {
        QStringList out;
        for (const auto& r : rows)
            out << r.id;
        return out;
    }

    // Creates a file from the full dossier; `expected` receives the dossier written.
    void createFull(const QString& file, Dossier& expected)
    {
        fillDossier(expected);
        QVERIFY(!QTest::currentTestFailed());
        auto store = SqliteStore::create(file, expected);
        QVERIFY2(store.ok(), qPrintable(store.message()));
    }

    void reload(const QString& file, Dossier& out, bool readOnly = false)
    {
        auto store = SqliteStore::open(file, access(readOnly));
        QVERIFY2(store.ok(), qPrintable(store.message()));
        QCOMPARE(store.value()->load(out, nullptr).message(), QString());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void roundTrip()
    {
        Dossier expected;
        createFull(path("round.entente"), expected);
        QVERIFY(!QTest::currentTestFailed());
        QCOMPARE(sql(path("round.entente"), u"PRAGMA application_id"_qs), QVariantList { 0x454E5445 });
        QCOMPARE(sql(path("round.entente"), u"PRAGMA user_version"_qs), QVariantList { SqliteSchema::Version });
        QCOMPARE(sql(path("round.entente"), u"SELECT strict FROM pragma_table_list WHERE name = 'event'"_qs),
            QVariantList { 1 });
        for (bool readOnly : { false, true }) {
            Dossier loaded;
            reload(path("round.entente"), loaded, readOnly);
            compareDossiers(loaded, expected);
            if (QTest::currentTestFailed())
                return;
        }
        // Timestamps are ISO 8601 UTC text, with milliseconds only when needed.
        QCOMPARE(sql(path("round.entente"), u"SELECT recorded_at FROM position_change ORDER BY id"_qs),
            (QVariantList { u"2025-12-15T09:00:00.123Z"_qs, u"2025-12-15T09:01:40Z"_qs }));
        QCOMPARE(QSqlDatabase::connectionNames(), QStringList());
    }

    void emptyDossierRoundTrip()
    {
        const Dossier empty;
        {
            const auto created = SqliteStore::create(path("empty.entente"), empty);
            QVERIFY2(created.ok(), qPrintable(created.message()));
        } // closing the store releases its lock
        Dossier loaded;
        reload(path("empty.entente"), loaded);
        compareDossiers(loaded, empty);
    }

    void incrementalWrites()
    {
        Dossier expected;
        createFull(path("incremental.entente"), expected);
        QVERIFY(!QTest::currentTestFailed());
        {
            auto opened = SqliteStore::open(path("incremental.entente"), access(false));
            QVERIFY2(opened.ok(), qPrintable(opened.message()));
            auto& store = opened.value();
            Event e;
            e.id = 20;
            e.start = date("2025-12-16T08:00Z");
            e.title = u"New event"_qs;
            e.parties = QStringList { u"un"_qs };
            QVERIFY(expected.insertEvent(e).ok());
            QCOMPARE(store->insertRow(e, -1).message(), QString());
            e.title = u"New event, renamed"_qs;
            e.start = date("2020");
            QVERIFY(expected.updateEvent(e).ok());
            QCOMPARE(store->updateRow(e, 1).message(), QString());
            QCOMPARE(expected.removeEvent(3).message(), QString());
            QCOMPARE(store->removeRow(RowKind::Event, u"3"_qs, 1).message(), QString());

            expected.name = u"Renamed"_qs;
            QCOMPARE(store->writeMeta(expected.name, expected.description).message(), QString());
            QCOMPARE(expected.moveParty(0, 3).message(), QString());
            QCOMPARE(store->reorderRows(RowKind::Party, ids(expected.parties())).message(), QString());
            QCOMPARE(expected.insertIssue(0, { u"eu"_qs, u"EU membership"_qs, {} }).message(), QString());
            QCOMPARE(store->insertRow(expected.issues().first(), 0).message(), QString());
            QCOMPARE(expected.insertSource(-1, { u"s3"_qs, u"Outlet"_qs, {}, {}, date("2025-12-17"), u'B', 2, {} }).message(),
                QString());
            QCOMPARE(store->insertRow(expected.sources().last(), expected.sources().size() - 1).message(), QString());
            QCOMPARE(expected.removeEra(u"war"_qs).message(), QString());
            QCOMPARE(store->removeRow(RowKind::Era, u"war"_qs, 1).message(), QString());
            auto stance = expected.stanceScale();
            stance[1].label = u"Pushes back"_qs;
            QCOMPARE(expected.setStanceScale(stance).message(), QString());
            QCOMPARE(store->updateRow(ScaleLevelRow { RowKind::StanceLevel, stance[1] }, 1).message(), QString());

            PositionChange p;
            p.partyId = u"un"_qs;
            p.issueId = u"eu"_qs;
            p.stance = u"supports"_qs;
            p.effective = date("2025-12-16");
            p.recordedAt = 1765800000000;
            p.recordedBy = u"me"_qs;
            p.citedEvents = { 20 };
            const auto positionId = expected.addPositionChange(p);
            QCOMPARE(positionId.message(), QString());
            p.id = positionId.value();
            QCOMPARE(store->appendChange(p).message(), QString());
            // Retraction, and restoring a retracted change, persist.
            QCOMPARE(expected.setPositionRetracted(p.id, true, 1765800001000, u"me"_qs).message(), QString());
            store->setUserName(u"me"_qs);
            QCOMPARE(store->setChangeRetracted(ChangeKind::Position, p.id, true, 1765800001000).message(), QString());
            QCOMPARE(expected.setPositionRetracted(2, false, 0, {}).message(), QString());
            QCOMPARE(store->setChangeRetracted(ChangeKind::Position, 2, false, 0).message(), QString());
            StatusChange s;
            s.issueId = u"eu"_qs;
            s.status = u"open"_qs;
            s.effective = date("2025-12-16");
            s.recordedAt = 1765800002000;
            const auto statusId = expected.addStatusChange(s);
            QCOMPARE(statusId.message(), QString());
            s.id = statusId.value();
            QCOMPARE(store->appendChange(s).message(), QString());
            QCOMPARE(expected.setStatusRetracted(s.id, true, 1765800003000, u"me"_qs).message(), QString());
            QCOMPARE(store->setChangeRetracted(ChangeKind::Status, s.id, true, 1765800003000).message(), QString());
        }
        Dossier loaded;
        reload(path("incremental.entente"), loaded);
        compareDossiers(loaded, expected);
        const auto* retracted = &loaded.positionChanges().back();
        QVERIFY(retracted->retracted);
        QCOMPARE(retracted->retractedBy, u"me"_qs);
        QVERIFY(!loaded.positionAsOf(loaded.partyIndex(u"un"_qs), loaded.issueIndex(u"eu"_qs), date("2030").msecs));
    }

    void journalWritten()
    {
        Dossier d;
        createFull(path("journal.entente"), d);
        QVERIFY(!QTest::currentTestFailed());
        {
            auto opened = SqliteStore::open(path("journal.entente"), access(false));
            QVERIFY(opened.ok());
            auto& store = opened.value();
            store->setUserName(u"tester"_qs);
            QCOMPARE(store->journal(u"Set Germany on NATO membership to Opposes"_qs, u"cell de/nato"_qs).message(),
                QString());
            QCOMPARE(store->setChangeRetracted(ChangeKind::Position, 1, true, 1765800001000).message(), QString());
        }
        const auto actions = sql(path("journal.entente"), u"SELECT action FROM journal ORDER BY id"_qs);
        QCOMPARE(actions,
            (QVariantList { u"create"_qs, u"Set Germany on NATO membership to Opposes"_qs, u"position.retract"_qs }));
        QCOMPARE(sql(path("journal.entente"), u"SELECT by_user FROM journal WHERE id = 3"_qs),
            QVariantList { u"tester"_qs });
        const auto at = sql(path("journal.entente"), u"SELECT at FROM journal WHERE id = 3"_qs);
        QVERIFY(isoUtcToMsecs(at.value(0).toString()).has_value());
        QVERIFY(at.value(0).toString().endsWith(u'Z'));
        // Append-only.
        QVERIFY(sql(path("journal.entente"), u"DELETE FROM journal"_qs).value(0).toString().contains(u"append-only"));
        QCOMPARE(sql(path("journal.entente"), u"SELECT count(*) FROM journal"_qs), QVariantList { 3 });
    }

    void transactions()
    {
        Dossier expected;
        createFull(path("tx.entente"), expected);
        QVERIFY(!QTest::currentTestFailed());
        {
            auto opened = SqliteStore::open(path("tx.entente"), access(false));
            QVERIFY(opened.ok());
            auto& store = opened.value();
            Event e;
            e.id = 30;
            e.start = date("2025-12-20");
            e.title = u"Rolled back"_qs;
            QCOMPARE(store->begin().message(), QString());
            QCOMPARE(store->insertRow(e, -1).message(), QString());
            store->rollback();
            e.title = u"Kept"_qs;
            QCOMPARE(store->begin().message(), QString());
            QCOMPARE(store->insertRow(e, -1).message(), QString());
            // A failing write inside the transaction is undone alone; the rest commits.
            QVERIFY(!store->insertRow(e, -1).ok());
            QCOMPARE(store->commit().message(), QString());
            QVERIFY(expected.insertEvent(e).ok());
            // Failures outside a transaction leave the file as it was, with a message.
            QVERIFY(store->removeRow(RowKind::Event, u"999"_qs, 1).message().contains(u"event “999” no longer exists"));
            QVERIFY(store->setChangeRetracted(ChangeKind::Status, 999, true, 0)
                        .message()
                        .contains(u"unknown status change 999"));
            // Re-dating a cited event moves its row (keyed by start) and keeps the citation valid.
            Event cited2 = expected.events().event(expected.events().rowOfId(2));
            cited2.start = date("2025-12-13");
            QVERIFY(expected.updateEvent(cited2).ok());
            QCOMPARE(store->updateRow(cited2, 1).message(), QString());
            QVERIFY(store->updateRow(Event { 555, date("2025"), {}, u"x"_qs }, 1)
                        .message()
                        .contains(u"event “555” no longer exists"));
            const QString cited = store->removeRow(RowKind::Event, u"2"_qs, 2).message(); // cited by a position change
            QVERIFY2(cited.contains(u"still refers"), qPrintable(cited));
            Event bad = e;
            bad.id = 31;
            bad.tags = QStringList { u"a\x1f"_qs };
            QVERIFY(store->insertRow(bad, -1).message().contains(u"U+001F"));
        }
        Dossier loaded;
        reload(path("tx.entente"), loaded);
        compareDossiers(loaded, expected);
    }

    void saveAllReplaces()
    {
        Dossier first;
        createFull(path("replace.entente"), first);
        QVERIFY(!QTest::currentTestFailed());
        Dossier second;
        second.name = u"Second"_qs;
        QCOMPARE(second.insertParty(-1, { u"x"_qs, u"X"_qs, {}, {} }).message(), QString());
        Event e;
        e.id = 5;
        e.start = date("2024");
        e.title = u"Only event"_qs;
        e.parties = QStringList { u"x"_qs };
        QVERIFY(second.insertEvent(e).ok());
        {
            auto store = SqliteStore::open(path("replace.entente"), access(false));
            QVERIFY(store.ok());
            QCOMPARE(store.value()->saveAll(second).message(), QString());
        }
        Dossier loaded;
        reload(path("replace.entente"), loaded);
        compareDossiers(loaded, second);
    }

    void readOnlyRefusesWrites()
    {
        Dossier d;
        createFull(path("ro.entente"), d);
        QVERIFY(!QTest::currentTestFailed());
        const QByteArray before = fileBytes(path("ro.entente"));
        auto opened = SqliteStore::open(path("ro.entente"), access(true));
        QVERIFY(opened.ok());
        auto store = std::move(opened).value();
        QVERIFY(store->isReadOnly());
        const QStringList results { store->begin().message(), store->writeMeta(u"x"_qs, {}).message(),
            store->removeRow(RowKind::Event, u"1"_qs, 1).message(), store->insertEvents(d.events(), 0, 1).message(),
            store->journal(u"x"_qs).message(), store->saveAll(d).message(),
            store->setChangeRetracted(ChangeKind::Position, 1, true, 0).message() };
        for (const auto& r : results)
            QVERIFY2(r.contains(u"read-only"), qPrintable(r));
        store.reset();
        QCOMPARE(fileBytes(path("ro.entente")), before);
    }

    void newerVersionRefused()
    {
        Dossier d;
        createFull(path("newer.entente"), d);
        QVERIFY(!QTest::currentTestFailed());
        sql(path("newer.entente"), u"PRAGMA user_version = %1"_qs.arg(SqliteSchema::Version + 1));
        const QByteArray before = fileBytes(path("newer.entente"));
        for (bool readOnly : { false, true }) {
            const auto refused = SqliteStore::open(path("newer.entente"), access(readOnly));
            QVERIFY(!refused.ok());
            const QString error = refused.message();
            QVERIFY2(
                error.contains(u"was written by a newer version of Entente (schema %1); this version reads up to %2"_qs
                                   .arg(SqliteSchema::Version + 1)
                                   .arg(SqliteSchema::Version)),
                qPrintable(error));
        }
        QCOMPARE(fileBytes(path("newer.entente")), before);
        QVERIFY(!QFile::exists(path("newer.entente-journal")));
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("content"); // "<dir>" makes a folder, "<none>" no file
        QTest::addColumn<QString>("message");
        QTest::newRow("missing") << QByteArray("<none>") << u"does not exist"_qs;
        QTest::newRow("folder") << QByteArray("<dir>") << u"is a folder"_qs;
        QTest::newRow("empty") << QByteArray() << u"is empty; it is not an Entente dossier"_qs;
        QTest::newRow("garbage") << QByteArray("{\"format\": \"entente-dossier\"}\n")
                                 << u"it is not an SQLite database"_qs;
        QTest::newRow("truncated-header") << QByteArray("SQLite format 3\0", 16) << u"it is not an SQLite database"_qs;
        QTest::newRow("other-sqlite") << QByteArray("<other>")
                                      << u"is an SQLite database but not an Entente dossier"_qs;
        QTest::newRow("no-version") << QByteArray("<noversion>") << u"has no schema version"_qs;
    }
    void refused()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        const QString file
            = m_dir.filePath(QStringLiteral("refused-%1").arg(QString::fromLatin1(QTest::currentDataTag())));
        if (content == "<dir>") {
            QVERIFY(QDir().mkpath(file));
        } else if (content == "<other>" || content == "<noversion>") {
            sql(file, u"CREATE TABLE notes (x TEXT)"_qs);
            if (content == "<noversion>")
                sql(file, u"PRAGMA application_id = 1162761285"_qs);
        } else if (content != "<none>") {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(content);
        }
        const QByteArray before = fileBytes(file);
        for (bool readOnly : { true, false }) {
            const auto refused = SqliteStore::open(file, access(readOnly));
            QVERIFY(!refused.ok());
            const QString error = refused.message();
            QVERIFY2(error.contains(message), qPrintable(error));
            QVERIFY2(error.contains(QFileInfo(file).fileName()), qPrintable(error));
        }
        QCOMPARE(fileBytes(file), before);
        QCOMPARE(QFileInfo(file).exists(), content != "<none>");
    }

    // A view's forecast scenario is one object in the view's settings column; a file whose scenario names a party
    // the dossier lacks, or whose scenario is not an object of the right shape, is refused naming the view.
    void scenarioInTheSettingsColumn()
    {
        const QString file = path("scenario.entente");
        Dossier expected;
        fillDossier(expected);
        SavedView view;
        view.id = u"v"_qs;
        view.name = u"What if"_qs;
        view.asOf = 1765756800000;
        view.scenario = SavedScenario { expected.issues().first().id, u"nash"_qs, 3, {},
            { { expected.parties().first().id, { 0.25, std::nullopt, 7 } } } };
        QCOMPARE(expected.insertSavedView(-1, view).message(), QString());
        QVERIFY(SqliteStore::create(file, expected).ok());
        Dossier loaded;
        reload(file, loaded);
        QCOMPARE(loaded.savedViews(), expected.savedViews());
        QCOMPARE(sql(file, u"SELECT json_extract(settings, '$.scenario.overrides[0].capability') FROM saved_view"_qs),
            QVariantList { 7 });
        auto refusedWith = [&](const QString& update, const QString& message) {
            sql(file, update);
            auto store = SqliteStore::open(file, access(true));
            QVERIFY2(store.ok(), qPrintable(store.message()));
            Dossier d;
            const QString error = store.value()->load(d, nullptr).message();
            QVERIFY2(error.contains(message), qPrintable(error));
        };
        refusedWith(u"UPDATE saved_view SET settings = json_set(settings, '$.scenario.overrides[0].party', 'zz')"_qs,
            u"view \"What if\": the scenario changes party \"zz\", which is not in the dossier"_qs);
        refusedWith(u"UPDATE saved_view SET settings = json_set(settings, '$.scenario.overrides', 'all')"_qs,
            u"the stored scenario of view \"v\" is damaged"_qs);
    }

    void failedCreateKeepsOldFile()
    {
        // A path under a regular file cannot be written.
        QFile plain(path("plain-file"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        Dossier d;
        const auto refused = SqliteStore::create(path("plain-file") + u"/x.entente", d);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"cannot save to"), qPrintable(refused.message()));

        // A write that fails half-way (a tag that cannot be stored) leaves the previous file and no debris.
        QDir dir(path("keep"));
        QVERIFY(dir.mkpath(u"."_qs));
        Dossier old;
        createFull(dir.filePath(u"doc.entente"_qs), old);
        QVERIFY(!QTest::currentTestFailed());
        const QByteArray before = fileBytes(dir.filePath(u"doc.entente"_qs));
        Dossier bad;
        fillDossier(bad);
        Event e;
        e.id = 99;
        e.start = date("2025");
        e.title = u"bad tag"_qs;
        e.tags = QStringList { u"x\x1fy"_qs };
        QVERIFY(bad.insertEvent(e).ok());
        const auto failed = SqliteStore::create(dir.filePath(u"doc.entente"_qs), bad);
        QVERIFY(!failed.ok());
        QVERIFY2(failed.message().contains(u"U+001F"), qPrintable(failed.message()));
        QCOMPARE(fileBytes(dir.filePath(u"doc.entente"_qs)), before);
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden), QStringList { u"doc.entente"_qs });
        Dossier loaded;
        reload(dir.filePath(u"doc.entente"_qs), loaded);
        compareDossiers(loaded, old);
    }

    // An external id (EventStore::idTag) is stored in the tags column as the tag it always was, in its place, and
    // a file written before it was kept apart reads the same (the conformance suite covers the round trip).
    void externalIdStoredAsTag()
    {
        Dossier d;
        Event e;
        e.id = 1;
        e.start = PartialDate::fromYmd(2024, 8, 5);
        e.title = u"Clash"_qs;
        e.tags = { u"Battles"_qs, u"acled-id=UKR2"_qs, u"geo=48.5,37.9"_qs };
        QVERIFY(d.insertEvent(e).ok());
        QVERIFY(SqliteStore::create(path("ids.entente"), d).ok());
        const QString sep(QChar(SqliteSchema::ListSeparator));
        QCOMPARE(sql(path("ids.entente"), u"SELECT tags FROM event WHERE id = 1"_qs),
            QVariantList { e.tags.join(sep) });
        // Written by hand as an older file holds it: the id first, then a second id tag.
        QCOMPARE(sql(path("ids.entente"), u"UPDATE event SET tags = 'acled-id=UKR9' || char(31) || 'x' || char(31) || "
                                          u"'gdelt-id=5' WHERE id = 1"_qs),
            QVariantList {});
        Dossier loaded;
        reload(path("ids.entente"), loaded);
        QCOMPARE(loaded.events().event(0).tags, (QStringList { u"acled-id=UKR9"_qs, u"x"_qs, u"gdelt-id=5"_qs }));
        QCOMPARE(loaded.events().idTag(0), u"acled-id=UKR9");
    }

    void bulkInsertEvents()
    {
        Dossier d;
        QCOMPARE(d.insertParty(-1, { u"a"_qs, u"A"_qs, {}, {} }).message(), QString());
        auto& events = d.eventsForBulkLoad();
        for (qint64 i = 1; i <= 1000; ++i) {
            const QStringView parties[] = { u"a" };
            events.append(i, PartialDate::fromMsecs(i * 60000, Precision::Minute),
                i % 3 ? PartialDate {} : PartialDate::fromMsecs(i * 60000 + 86400000, Precision::Day),
                QStringLiteral("Event %1").arg(i), i % 2 ? u"ünïcode"_qs : QString(), u"Here"_qs,
                std::span(parties, i % 5 ? 1 : 0), {}, {}, {});
        }
        events.finish();
        Dossier empty;
        QCOMPARE(empty.insertParty(-1, { u"a"_qs, u"A"_qs, {}, {} }).message(), QString());
        {
            auto created = SqliteStore::create(path("bulk.entente"), empty);
            QVERIFY(created.ok());
            auto& store = created.value();
            // In two slices, one of them not a multiple of the batch size.
            QCOMPARE(store->insertEvents(d.events(), 0, 300).message(), QString());
            QCOMPARE(store->insertEvents(d.events(), 300, 1000).message(), QString());
            QVERIFY(!store->insertEvents(d.events(), 900, 1001).ok());
            QVERIFY(store->insertEvents(d.events(), 0, 1).message().contains(u"UNIQUE"));
        }
        Dossier loaded;
        reload(path("bulk.entente"), loaded);
        compareDossiers(loaded, d);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStore)
#include "tst_sqlitestore.moc"
