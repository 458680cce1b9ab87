// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A team dossier on a PostgreSQL server (team mode), behind the same DossierStore interface as the file.
// Location: a libpq URI with Entente's own parameter `dossier`, e.g.
//   postgresql://server.example.org/entente?dossier=berlin-talks&sslmode=verify-full
// (libpq conventions apply: ~/.pgpass, PGSERVICE / service=, sslmode; no password is ever stored by Entente).
//
// - The server keeps the guarantees (pgschema.h): row versions, display order, the journal with session_user
//   and time, NOTIFY, and who may write (GRANTs to entente_reader / entente_editor / entente_owner). A role that
//   may only read gets the dossier read-only, and a write the server refuses is Error::Kind::ReadOnly.
// - There is no lock: several analysts write at once. An update or removal names the row version it read and
//   fails with Error::Kind::Conflict when another analyst changed the row meanwhile.
// - A lost connection makes the call fail with Error::Kind::Unavailable (nothing written; an open transaction
//   is gone); the next call reconnects. changesSince() then tells what others changed meanwhile.
// - One libpq connection per store, used on the thread that opened it; openWorkerConnection() and
//   eventReader() open connections of their own.

#include "dossierstore.h"

#include <QByteArray>

#include <functional>
#include <memory>
#include <optional>

namespace Entente {

class PgConnection;

class PostgresStore final : public DossierStore {
public:
    ~PostgresStore() override;
    PostgresStore(const PostgresStore&) = delete;
    PostgresStore& operator=(const PostgresStore&) = delete;

    struct Location {
        QByteArray conninfo; // the URI without `dossier`, for libpq
        QString dossier;
    };
    // Splits a team dossier URI; Invalid when it names no dossier or an id with characters other than
    // letters, digits, '.', '_' and '-'.
    [[nodiscard]] static Result<Location> parseLocation(const QString& uri);

    static Result<std::unique_ptr<PostgresStore>> open(const QString& uri, const StoreOpenOptions& options);
    // Publishes `d` as a new dossier (refused when the id exists on the server) with COPY, in one transaction,
    // installing the server schema first when the database has none, and opens it for writing.
    // `progress` (optional) is called every few thousand events with the count written so far.
    using Progress = std::function<void(qint64 events)>;
    static Result<std::unique_ptr<PostgresStore>> create(
        const QString& uri, const Dossier& d, const StoreOpenOptions& options = {}, const Progress& progress = {});

    [[nodiscard]] QString location() const override { return m_uri; }
    [[nodiscard]] bool isReadOnly() const override { return m_readOnly; }
    [[nodiscard]] QString readOnlyReason() const override { return m_readOnlyReason; }
    [[nodiscard]] int schemaVersion() const override { return m_schemaVersion; }
    [[nodiscard]] QString userName() const override { return m_userName; }
    void setUserName(const QString& name) override;

    Status load(Dossier& out, RowVersions* versions) override;
    Status loadHead(Dossier& out, qint64* eventCount, RowVersions* versions) override;
    [[nodiscard]] EventReader eventReader() const override;
    [[nodiscard]] Result<std::unique_ptr<DossierStore>> openWorkerConnection() const override;

    Status begin() override;
    Status commit() override;
    void rollback() override;

    Status writeMeta(const QString& name, const QString& description) override;
    Result<qint64> insertRow(const StoreRow& row, qsizetype position) override;
    Result<qint64> updateRow(const StoreRow& row, qint64 seenVersion) override;
    Status removeRow(RowKind kind, const QString& key, qint64 seenVersion) override;
    Status removeEvents(const std::vector<qint64>& ids, const std::function<qint64(qint64 id)>& seen) override;
    Status reorderRows(RowKind kind, const QStringList& keys) override;
    Status insertEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow) override;

    Result<qint64> appendChange(const PositionChange& c) override;
    Result<qint64> appendChange(const StatusChange& c) override;
    Result<qint64> appendChange(const CapabilityChange& c) override;
    Status setChangeRetracted(ChangeKind kind, qint64 id, bool retracted, qint64 at) override;

    Status journal(const QString& action, const QString& detail = {}) override;

    [[nodiscard]] bool isShared() const override { return true; }
    [[nodiscard]] qint64 journalAtLoad() const override { return m_journalAtLoad; }
    Result<StoreChanges> changesSince(qint64 afterJournalId) override;
    Result<std::unique_ptr<ChangeFeed>> openChangeFeed() override;
    [[nodiscard]] bool isConnectionLost() const override;
    Status reconnect() override;
    Result<QList<JournalEntry>> readJournal(qint64 afterId, int limit) override;
    // The newest journal line of this dossier, if any (entente info).
    [[nodiscard]] Result<std::optional<JournalEntry>> lastJournalEntry();
    Status saveAll(const Dossier& d) override;

    [[nodiscard]] const QString& dossierId() const { return m_dossier; }
    [[nodiscard]] QString sessionUser() const; // the server role this store connected as
    [[nodiscard]] int backendPid() const; // the server process of this store's connection (tests)

private:
    PostgresStore(QString uri, Location location);
    Status connect();
    Status ensureConnected();
    template <typename Body> Status write(Body&& body);
    Status copyDossier(const Dossier& d);
    Status copyEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow);
    Status readHead(Dossier& d);
    Status readHistories(Dossier& d);
    Status readNotes(Dossier& d); // notes and saved views: after the events, or with the events pending
    Status readVersions(RowVersions* versions, bool events);
    Status readJournalHead();
    Status readChanges(const QString& table, const QStringList& ids, StoreChanges& out);
    Status readEvents(const QStringList& ids, StoreChanges& out);

    QString m_uri;
    Location m_location;
    QString m_dossier;
    QString m_userName;
    QString m_readOnlyReason;
    QString m_session; // this client's token in the journal (entente.session); worker connections share it
    std::unique_ptr<PgConnection> m_conn;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    bool m_lost = false; // the connection dropped; the next call reconnects
    int m_schemaVersion = 0;
    qint64 m_journalAtLoad = 0;
    Progress m_copyProgress; // while publishing
};

} // namespace Entente
