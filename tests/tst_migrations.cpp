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
        QString error;
        QVERIFY(!SqliteStore::open(path, true, &error));
        QVERIFY2(error.contains(u"uses schema 1 and must be upgraded"), qPrintable(error));
        QCOMPARE(fileBytes(path), before);

        auto store = SqliteStore::open(path, false, &error);
        QVERIFY2(store, qPrintable(error));
        QCOMPARE(store->schemaVersion(), SqliteSchema::Version);
        Dossier loaded;
        QCOMPARE(store->load(loaded), QString());
        // The v1 data is intact: everything of the full dossier except the eras, which v1 did not have.
        Dossier expected;
        fillDossier(expected);
        QVERIFY(!QTest::currentTestFailed());
        while (!expected.eras().isEmpty())
            QCOMPARE(expected.removeEra(expected.eras().first().id), QString());
        compareDossiers(loaded, expected);
        if (QTest::currentTestFailed())
            return;
        // What v2 added works.
        QCOMPARE(store->writeEras({ { u"e"_qs, u"Era"_qs, date("2025"), date("2026"), {} } }), QString());
        store.reset();
        QCOMPARE(query(path, u"PRAGMA user_version"_qs), QStringList { u"2"_qs });
        QCOMPARE(query(path, u"SELECT action || ': ' || detail FROM journal ORDER BY id"_qs),
            (QStringList { u"upgrade: schema 1 to 2"_qs, u"eras: 1 eras"_qs }));

        // An upgraded file has exactly the schema of a new file.
        const QString fresh = m_dir.filePath(u"fresh.entente"_qs);
        QVERIFY(SqliteStore::create(fresh, Dossier()));
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
        QString error;
        QVERIFY(!SqliteStore::open(path, false, &error));
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
