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
struct sqlite3;

namespace Entente {

class SqliteStore final : public DossierStore {
public:
    ~SqliteStore() override;
    SqliteStore(const SqliteStore&) = delete;
    SqliteStore& operator=(const SqliteStore&) = delete;

    // Opens an existing dossier file. Returns null and sets *error (one sentence naming the file) on refusal.
    static std::unique_ptr<SqliteStore> open(const QString& path, bool readOnly, QString* error = nullptr);
    // Writes `d` as a new file at `path` (replacing any file there only once the new one is complete) and
    // opens it for writing.
    // Existing::Keep: a file that appeared at `path` meanwhile (another import) is not replaced; that is an error.
    enum class Existing { Replace, Keep };
    static std::unique_ptr<SqliteStore> create(
        const QString& path, const Dossier& d, QString* error = nullptr, Existing existing = Existing::Replace);

    [[nodiscard]] bool isReadOnly() const override { return m_readOnly; }
    [[nodiscard]] QString location() const override { return m_path; }
    [[nodiscard]] int schemaVersion() const { return m_schemaVersion; }
    // PRAGMA quick_check: empty when the file's b-trees are sound, else one sentence with SQLite's first finding.
    // Run before writing into a file (a damaged index takes new rows silently); EventLoader runs it on its worker.
    [[nodiscard]] QString quickCheck();
    // Who the journal names as the author of writes; defaults to the OS user name.
    [[nodiscard]] QString userName() const { return m_userName; }
    void setUserName(const QString& name) { m_userName = name; }

    QString load(Dossier& out) override;
    // Two-phase open (eventloader.h): loadHead() reads everything but the events, in a few milliseconds, and
    // counts them; `out` is left with eventsPending(). An EventLoader reads the events on a worker thread and
    // Dossier::adoptEvents() takes them and checks the references. load() does both in one snapshot.
    QString loadHead(Dossier& out, qint64* eventCount);
    QString saveAll(const Dossier& d) override;

    QString begin() override;
    QString commit() override;
    void rollback() override;

    QString writeMeta(const QString& name, const QString& description) override;
    QString writeParties(const QList<Party>& parties) override;
    QString writeIssues(const QList<Issue>& issues) override;
    QString writeSources(const QList<Source>& sources) override;
    QString writeEras(const QList<Era>& eras) override;
    QString writeScales(const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status) override;

    QString insertEvent(const Event& e) override;
    QString updateEvent(const Event& e) override;
    QString removeEvent(qint64 id) override;
    QString insertEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow) override;

    QString appendPositionChange(const PositionChange& c) override;
    QString appendStatusChange(const StatusChange& c) override;
    QString setPositionRetracted(qint64 id, bool retracted, qint64 at, const QString& by) override;
    QString setStatusRetracted(qint64 id, bool retracted, qint64 at, const QString& by) override;

    QString journal(const QString& action, const QString& detail = {}) override;
    [[nodiscard]] std::unique_ptr<DossierStore> openWorkerConnection(QString* error) const override;

    static QString defaultUserName();

private:
    SqliteStore(const QString& path, bool readOnly);
    QString openConnection(bool bulkCreate);
    QString exec(const QString& sql);
    // Runs body inside a savepoint (its own transaction when none is open) and journals it on success.
    template <typename Body> QString write(const QString& action, const QString& detail, Body&& body);
    QString appendJournal(const QString& action, const QString& detail);
    QString writeAll(const Dossier& d);
    QString checkForeignKeys();
    static std::unique_ptr<SqliteStore> openRecoveredCopy(const QString& path, QString* error);

    QString m_path;
    QString m_connectionName;
    QString m_userName;
    QSqlDatabase m_db;
    bool m_readOnly = false;
    bool m_inTransaction = false;
    int m_schemaVersion = 0;
    std::unique_ptr<QTemporaryDir> m_recoveryCopy; // see openRecoveredCopy
};

} // namespace Entente
