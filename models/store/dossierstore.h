// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one interface behind which a dossier is persisted: the SQLite file (the default, one analyst) and
// PostgreSQL (team mode). Document is its only user in the application; the window and the command line never
// see it. Stores are opened by location through openStore() (storefactory.h).
//
// - Writes are row by row. Each party, issue, source, era, scale level and event is inserted, updated or
//   removed alone; an update or removal names the row version the caller read (rowversions.h) and fails with
//   Error::Kind::Conflict when the stored row moved on, so two analysts can never overwrite each other's edit
//   silently. Reordering a table is a write of its own. Position and status changes are only ever appended;
//   retraction flips a flag and is itself recorded.
// - Every write runs in its own transaction unless the caller opened one with begin(); then the writes join it
//   and commit() or rollback() ends it. A failed write leaves the stored dossier as it was.
// - Every write is journalled in the same transaction with who made it (userName()) and when, so history
//   (including undo, which is an ordinary write) is never erased.
// - The store holds the dossier's write lock for as long as it is open for writing (the file lock beside a
//   SQLite file; the server's own concurrency control for PostgreSQL).

#include "dossier.h"
#include "result.h"
#include "rowversions.h"

#include <QString>

#include <functional>
#include <memory>
#include <variant>

namespace Entente {

struct ScaleLevelRow {
    RowKind scale = RowKind::StanceLevel; // StanceLevel or StatusLevel
    ScaleLevel level;
};
// One row of a small table, or one event.
using StoreRow = std::variant<Party, Issue, Source, Era, ScaleLevelRow, Event>;
[[nodiscard]] RowKind rowKindOf(const StoreRow& row);
[[nodiscard]] QString rowKeyOf(const StoreRow& row); // the id (an event's as decimal), or the scale level key

enum class ChangeKind : quint8 { Position, Status };

struct JournalEntry {
    qint64 id = 0; // increasing
    qint64 at = 0; // msecs UTC
    QString user;
    QString action; // "Set Russia on NATO membership to Opposes"
    QString detail;
    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

struct StoreOpenOptions {
    enum class Access : quint8 {
        ReadWrite, // fails with Error::Kind::Locked (naming the holder) when someone else holds the dossier
        ReadOnly,
        ReadWriteElseReadOnly, // falls back to read-only; readOnlyReason() says why
    };
    Access access = Access::ReadWrite;
    QString userName; // who the journal names; empty: the OS user
};

class DossierStore {
public:
    virtual ~DossierStore() = default;

    [[nodiscard]] virtual QString location() const = 0; // the file path or the postgresql:// URI
    [[nodiscard]] virtual bool isReadOnly() const = 0;
    [[nodiscard]] virtual QString readOnlyReason() const = 0; // why it is read-only, empty when writable
    [[nodiscard]] virtual int schemaVersion() const = 0;
    [[nodiscard]] virtual QString userName() const = 0;
    virtual void setUserName(const QString& name) = 0;

    // Reads the whole dossier and the versions of its rows. On error `out` is left empty.
    virtual Status load(Dossier& out, RowVersions* versions) = 0;
    // Two-phase open: everything but the events (in a few milliseconds) and their count (a server may estimate a
    // large count rather than scan every row for it: it decides the two-phase open and sizes the progress bar);
    // `out` is left with eventsPending(). eventReader() then reads the events on a worker thread.
    virtual Status loadHead(Dossier& out, qint64* eventCount, RowVersions* versions) = 0;
    // A function that reads every event (with the versions of the edited ones) through a connection of its
    // own, on whatever thread calls it, into a finished `out`. It calls `progress` every few thousand rows with
    // the count so far; when that returns false the read stops with an error.
    using EventReader = std::function<Status(
        EventStore& out, RowVersions& versions, const std::function<bool(qint64 rows)>& progress)>;
    [[nodiscard]] virtual EventReader eventReader() const = 0;
    // A second, independent connection to the same stored dossier (same user, no lock of its own), for bulk
    // writes on a worker thread. Call it on that thread and destroy the result there.
    [[nodiscard]] virtual Result<std::unique_ptr<DossierStore>> openWorkerConnection() const = 0;

    virtual Status begin() = 0;
    virtual Status commit() = 0;
    virtual void rollback() = 0;

    virtual Status writeMeta(const QString& name, const QString& description) = 0;
    // Row writes. insertRow places a small-table row at `position` in its table's order (events have none) and
    // returns its version (RowVersions::Initial); updateRow returns the new version.
    virtual Result<qint64> insertRow(const StoreRow& row, qsizetype position) = 0;
    virtual Result<qint64> updateRow(const StoreRow& row, qint64 seenVersion) = 0;
    virtual Status removeRow(RowKind kind, const QString& key, qint64 seenVersion) = 0;
    // The whole order of one small table (every key of it, once).
    virtual Status reorderRows(RowKind kind, const QStringList& keys) = 0;
    virtual Status insertEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow) = 0; // bulk

    virtual Status appendChange(const PositionChange& c) = 0;
    virtual Status appendChange(const StatusChange& c) = 0;
    virtual Status setChangeRetracted(ChangeKind kind, qint64 id, bool retracted, qint64 at) = 0; // by userName()

    // Audit trail: one line per user-level action ("Set Russia on NATO membership to Opposes", "Undo …"), in
    // the transaction of the writes it describes (or alone when none is open).
    virtual Status journal(const QString& action, const QString& detail = {}) = 0;
    // The journal after `afterId`, oldest first, at most `limit` lines.
    virtual Result<QList<JournalEntry>> readJournal(qint64 afterId, int limit) = 0;

    // Replaces the whole stored dossier with `d` in one transaction (tests, repair). Files are created with
    // createStore() instead.
    virtual Status saveAll(const Dossier& d) = 0;
};

} // namespace Entente
