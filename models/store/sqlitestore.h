// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The document file: a dossier in one SQLite file (schema and encodings in sqliteschema.h), opened through
// QtSql's QSQLITE driver on a connection owned by this object (unique name, removed in the destructor).
//
// - open() refuses, without writing a byte, anything that is not an Entente dossier it can read: a file that
//   is not SQLite, an SQLite file of another application, a file from a newer schema. Older files are
//   upgraded by the numbered migrations in one transaction (a read-only open refuses to upgrade).
// - A read-only open of a file a crash left with a hot -journal (which SQLite rolls back only on a read-write
//   connection) reads a private copy of the file and its journal, rolled back there; the file itself is not
//   touched, and location() names the copy.
// - create() writes a complete new file beside the target and renames it over the target, so a failed save
//   leaves the previous file intact.
// - Every write runs in its own transaction (a savepoint inside one opened with begin()), appends a journal
//   line with who and when, and on failure leaves the file as it was.
// - Journal mode: the default rollback journal (DELETE) with synchronous=FULL. A document is a single file
//   that users copy, mail and back up; in WAL mode committed edits can sit in a -wal file beside it, and WAL
//   does not work on network filesystems. Interactive edits are a few per second at most, so the extra
//   fsync of a rollback journal costs nothing noticeable; bulk writes are one transaction.

#include "dossierstore.h"

#include <QSqlDatabase>

#include <memory>

class QTemporaryDir;

namespace Entente {

class DocumentLock;

class SqliteStore final : public DossierStore {
public:
    ~SqliteStore() override;
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

    // Opens an existing dossier file; for writing, takes the document lock beside it (documentlock.h) and keeps
    // it until destroyed. Errors are one sentence naming the file.
    static Result<std::unique_ptr<SqliteStore>> open(const QString& path, const StoreOpenOptions& options);
    // Writes `d` as a new file at `path` (replacing any file there only once the new one is complete) and
    // opens it for writing. Existing::Keep: a file that appeared at `path` meanwhile (another import) is not
    // replaced; that is an error.
    static Result<std::unique_ptr<SqliteStore>> create(const QString& path, const Dossier& d,
        const StoreOpenOptions& options = {}, Existing existing = Existing::Replace);

    [[nodiscard]] QString location() const override { return m_path; }
    [[nodiscard]] bool isReadOnly() const override { return m_readOnly; }
    [[nodiscard]] QString readOnlyReason() const override { return m_readOnlyReason; }
    [[nodiscard]] int schemaVersion() const override { return m_schemaVersion; }
    [[nodiscard]] QString userName() const override { return m_userName; }
    void setUserName(const QString& name) override { m_userName = name.isEmpty() ? defaultUserName() : name; }

    Status load(Dossier& out, RowVersions* versions) override;
    Status loadHead(Dossier& out, qint64* eventCount, RowVersions* versions) override;
    [[nodiscard]] EventReader eventReader() const override;
    [[nodiscard]] static EventReader eventReaderFor(const QString& path); // the file at `path`, however opened
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
    Result<QList<JournalEntry>> readJournal(qint64 afterId, int limit) override;
    Status saveAll(const Dossier& d) override;
    // PRAGMA quick_check: ok when the file's b-trees are sound, else one sentence with SQLite's first finding.
    // The event reader runs the same check on its worker.
    Status checkIntegrity() override;

    static QString defaultUserName();

private:
    SqliteStore(const QString& path, bool readOnly);
    static Result<std::unique_ptr<SqliteStore>> openFile(
        const QString& path, const StoreOpenOptions& options, bool takeLock);
    QString openConnection(bool bulkCreate);
    QString exec(const QString& sql);
    // Runs body inside a savepoint (its own transaction when none is open) and journals it on success.
    template <typename Body> Status write(const QString& action, const QString& detail, Body&& body);
    template <typename C> Result<qint64> append(ChangeKind kind, const C& c);
    QString appendJournal(const QString& action, const QString& detail);
    QString writeAll(const Dossier& d);
    QString checkForeignKeys();
    static Result<std::unique_ptr<SqliteStore>> openRecoveredCopy(const QString& path, const StoreOpenOptions& options);

    QString m_path;
    QString m_connectionName;
    QString m_userName;
    QString m_readOnlyReason;
    QSqlDatabase m_db;
    std::unique_ptr<DocumentLock> m_lock; // held while open for writing (not by worker connections)
    bool m_readOnly = false;
    bool m_inTransaction = false;
    int m_schemaVersion = 0;
    std::unique_ptr<QTemporaryDir> m_recoveryCopy; // see openRecoveredCopy
};

} // namespace Entente
