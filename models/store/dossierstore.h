// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one interface behind which a dossier is persisted: the SQLite file (the default, one analyst) and
// PostgreSQL (team mode). Document is its only user in the application; the window and the command line never
// see it. Stores are opened by location through openStore() (storefactory.h).
//
// - Writes are row by row. Each party, issue, source, era, scale level, note, saved view and event is inserted, updated or
//   removed alone; an update or removal names the row version the caller read (rowversions.h) and fails with
//   Error::Kind::Conflict when the stored row moved on, so two analysts can never overwrite each other's edit
//   silently. Reordering a table is a write of its own. Position, status and capability changes are only ever
//   appended; retraction flips a flag and is itself recorded.
// - Every write runs in its own transaction unless the caller opened one with begin(); then the writes join it
//   and commit() or rollback() ends it. A failed write leaves the stored dossier as it was.
// - Every write is journalled in the same transaction with who made it (userName()) and when, so history
//   (including undo, which is an ordinary write) is never erased.
// - The store holds the dossier's write lock for as long as it is open for writing (the file lock beside a
//   SQLite file; the server's own concurrency control for PostgreSQL).

#include "dossier.h"
#include "journalentry.h"
#include "result.h"
#include "rowversions.h"

#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <variant>
#include <vector>

namespace Entente {

struct ScaleLevelRow {
    RowKind scale = RowKind::StanceLevel; // StanceLevel or StatusLevel
    ScaleLevel level;
};
// One row of a small table, or one event.
using StoreRow = std::variant<Party, Issue, Source, Era, ScaleLevelRow, Event, Note, SavedView>;
[[nodiscard]] RowKind rowKindOf(const StoreRow& row);
[[nodiscard]] QString rowKeyOf(const StoreRow& row); // the id (an event's as decimal), or the scale level key

enum class ChangeKind : quint8 { Position, Status, Capability };

// What other writers changed in a shared (team) dossier after a journal id: the current stored state of every
// row they touched, so applying it is idempotent (a change seen twice is applied once). Own changes (this
// store's session, worker connections included) are left out.
struct StoreChanges {
    qint64 lastJournalId = 0; // the newest journal line read: the next changesSince() starts there
    QList<JournalEntry> actions; // others' action lines ("Set Russia on NATO membership to Opposes"), oldest first
    // The small tables (meta, scales, parties, issues, sources, eras, notes, saved views) as stored now, when any of
    // them changed.
    std::optional<Dossier> head;
    RowVersions headVersions; // their versions
    QList<Event> events; // inserted or updated events as stored now
    RowVersions eventVersions;
    QList<qint64> removedEvents;
    std::vector<PositionChange> positions; // appended, retracted or restored (current state)
    std::vector<StatusChange> statuses;
    std::vector<CapabilityChange> capabilities;
    bool complete = true; // false: too much changed to tell row by row (a bulk import): reload the dossier
    [[nodiscard]] bool isEmpty() const
    {
        return !head && events.isEmpty() && removedEvents.isEmpty() && positions.empty() && statuses.empty()
            && capabilities.empty() && complete;
    }
};

// A live source of "someone else changed this dossier" hints (LISTEN/NOTIFY on a connection of its own). The
// owner watches socket() for reading (QSocketNotifier) and calls poll() when it is readable; a hint means: call
// changesSince(). A hint can be lost (a dropped connection); after reconnect() ask changesSince() anyway.
class ChangeFeed {
public:
    virtual ~ChangeFeed() = default;
    [[nodiscard]] virtual int socket() const = 0; // -1 while disconnected
    // True when another session changed the dossier since the last poll; Unavailable when the connection dropped.
    virtual Result<bool> poll() = 0;
    virtual Status reconnect() = 0;
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

// What creating a dossier where one already exists does.
enum class Existing : quint8 {
    Replace, // the new dossier replaces it (once complete)
    Keep, // refused (Error::Kind::Conflict): another import created it meanwhile
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
    // Removes many events (an import's undo), each at the version the caller read (`seen` of its id): all of
    // them, or none and a Conflict when one was changed or removed meanwhile. One by one unless a store does
    // better.
    virtual Status removeEvents(const std::vector<qint64>& ids, const std::function<qint64(qint64 id)>& seen)
    {
        for (qint64 id : ids)
            if (auto s = removeRow(RowKind::Event, QString::number(id), seen(id)); !s.ok())
                return s;
        return {};
    }

    // Appends a change and returns its id: c.id when set (refused when that id is taken), else the next free id
    // the store assigns (on a team server the server's, so two analysts recording at once never collide).
    virtual Result<qint64> appendChange(const PositionChange& c) = 0;
    virtual Result<qint64> appendChange(const StatusChange& c) = 0;
    virtual Result<qint64> appendChange(const CapabilityChange& c) = 0;
    virtual Status setChangeRetracted(ChangeKind kind, qint64 id, bool retracted, qint64 at) = 0; // by userName()

    // Audit trail: one line per user-level action ("Set Russia on NATO membership to Opposes", "Undo …"), in
    // the transaction of the writes it describes (or alone when none is open).
    virtual Status journal(const QString& action, const QString& detail = {}) = 0;
    // The journal after `afterId`, oldest first, at most `limit` lines.
    virtual Result<QList<JournalEntry>> readJournal(qint64 afterId, int limit) = 0;

    // Checks the stored dossier's own structures (a file's b-trees: a damaged index takes new rows silently);
    // ok, or one sentence naming what is damaged. Run before a dossier opened for writing takes edits.
    virtual Status checkIntegrity() { return {}; }

    // Live changes. A dossier file has one writer (its lock), so nothing changes under it: the defaults say so
    // (no feed, no changes). A team dossier is written by several analysts at once and overrides these.
    [[nodiscard]] virtual bool isShared() const { return false; }
    // The newest journal id when the last load() or loadHead() began: changesSince() from there brings a
    // loaded dossier up to date.
    [[nodiscard]] virtual qint64 journalAtLoad() const { return 0; }
    virtual Result<StoreChanges> changesSince(qint64 afterJournalId)
    {
        StoreChanges none;
        none.lastJournalId = afterJournalId;
        return none;
    }
    // A feed of hints that others changed the dossier, or null when nobody else can (a file).
    virtual Result<std::unique_ptr<ChangeFeed>> openChangeFeed() { return std::unique_ptr<ChangeFeed>(); }
    // Whether the connection is known to be lost (the next call tries to reconnect).
    [[nodiscard]] virtual bool isConnectionLost() const { return false; }
    // Tries to connect again after a loss; Unavailable while the server cannot be reached.
    virtual Status reconnect() { return {}; }

    // Replaces the whole stored dossier with `d` in one transaction (tests, repair). Files are created with
    // createStore() instead.
    virtual Status saveAll(const Dossier& d) = 0;
};

} // namespace Entente
