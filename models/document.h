// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Document is the one door to a dossier: it opens a location (a file path or a postgresql:// URI) through the
// store factory, holds the store and with it the dossier's write lock, runs the two-phase load and the background
// import save on worker connections, and is the only mutator. Nothing above models/ sees a store.
//
// Every edit Every edit arrives through the Command:: facade (commands.h) as a QUndoCommand whose redo()/undo() call
// the apply* methods below; each apply* mutates the dossier and writes the store in one transaction, then emits one
// fine-grained signal. If the store write fails the in-memory change is rolled back and writeFailed() is emitted: the
// dossier in memory and on disk never disagree. Item models listen to the signals and emit minimal begin*/end* pairs;
// reset() is emitted only on open, close and import.

#include "dossier.h"
#include "editconflict.h"
#include "eventimporttypes.h"
#include "journalentry.h"
#include "result.h"
#include "rowversions.h"

#include <QDateTime>
#include <QObject>
#include <QUndoStack>

class QSocketNotifier;
class QThread;
class QTimer;

#include <functional>
#include <memory>
#include <optional>

namespace Entente {

class ChangeFeed;
class DossierStore;
class EventLoader;
struct StoreChanges;

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject* parent = nullptr);
    ~Document() override;

    enum class Access : quint8 {
        ReadWrite, // refused (Error::Kind::Locked, naming who holds it) when someone else has it open for writing
        ReadOnly,
        ReadWriteElseReadOnly, // read-only when someone else has it; readOnlyReason() says who
    };
    struct OpenOptions {
        Access access = Access::ReadWriteElseReadOnly;
        // A dossier with at least this many events opens in two phases (openLoadingEvents); 0: never.
        qint64 backgroundThreshold = 20000;
        // A .json dossier is converted to a dossier file beside it (or in the app's data folder) and that is
        // opened; false opens it in memory, read-only, writing nothing (headless export, screenshots).
        bool convertJson = true;
    };
    // Opens the dossier at `location`: a dossier file, a .json interchange file or a postgresql:// URI. The value
    // is a notice for the status bar, empty when there is nothing to say ("Converted …", "Read-only: …").
    [[nodiscard]] Result<QString> openLocation(const QString& location, const OpenOptions& options);
    [[nodiscard]] Result<QString> openLocation(const QString& location)
    {
        return openLocation(location, OpenOptions());
    }
    enum class IfExists : quint8 {
        Replace, // a file is replaced only once the new one is complete
        Keep, // refused when a file appeared there meanwhile (another import): it is left as it is
    };
    // Stores `d` as a new dossier at `location`.
    [[nodiscard]] static Status createDossier(
        const QString& location, const Dossier& d, IfExists ifExists = IfExists::Replace);
    // Where the document is stored (file path or URI), empty for an in-memory document.
    [[nodiscard]] QString location() const;
    [[nodiscard]] QString readOnlyReason() const; // empty when writable

    // Takes ownership of store and dossier (already loaded from it); emits reset(). store may be null for an
    // in-memory document (tests, headless export of a JSON file).
    void open(std::unique_ptr<DossierStore> store, Dossier dossier, RowVersions versions = {});
    void open(std::nullptr_t, Dossier dossier); // in memory: callers need not see the store type
    // Opens a dossier read by DossierStore::loadHead() (head.eventsPending()): the window can show the matrix at
    // once while an EventLoader runs the store's eventReader() on a worker thread. Until they are in, the
    // document is read-only and isLoadingEvents(); eventLoadProgress() reports, then either eventsReset() says
    // the events are in (the document becomes editable) or eventLoadFailed() says why not (the document is
    // then closed). Closing or opening another dossier meanwhile cancels the load.
    void openLoadingEvents(
        std::unique_ptr<DossierStore> store, Dossier head, qint64 expectedEvents, RowVersions versions = {});
    [[nodiscard]] bool isLoadingEvents() const { return m_loader != nullptr; }
    [[nodiscard]] bool isImporting() const { return m_importThread != nullptr; }
    [[nodiscard]] bool isBusy() const { return isLoadingEvents() || isImporting(); } // read-only until it ends
    [[nodiscard]] qint64 expectedEventCount() const { return m_expectedEvents; }
    // Blocks until a background event load has ended and its result is applied (command line, tests).
    void waitForEvents();
    void close();
    [[nodiscard]] bool isOpen() const;
    [[nodiscard]] bool isReadOnly() const;
    [[nodiscard]] const Dossier& dossier() const { return m_dossier; }
    [[nodiscard]] DossierStore* store() const { return m_store.get(); }
    [[nodiscard]] QUndoStack* undoStack() const { return m_undo; }
    [[nodiscard]] QString userName() const { return m_userName; }
    // The analyst recorded on every change and in the journal (the store is told too); empty: the OS user.
    void setUserName(const QString& name);
    [[nodiscard]] static QString defaultUserName(); // the OS user's full name, else the login name
    // The row versions this document read (rowversions.h): an update names them, so a row someone else changed
    // meanwhile is refused with Error::Kind::Conflict instead of overwritten.
    [[nodiscard]] const RowVersions& rowVersions() const { return m_versions; }
    // The user-level action the next apply* belongs to ("Set Russia on NATO membership to Opposes",
    // "Undo …"); it is journalled in the same transaction as the write and then cleared.
    void setNextAction(const QString& action) { m_nextAction = action; }

    // The shared as-of date (msecs UTC): the matrix, the timeline line and the charts follow it.
    [[nodiscard]] qint64 asOf() const { return m_asOf; }

    // The clock that stamps recorded-at and retracted-at times (msecs UTC); tests pin it.
    [[nodiscard]] qint64 now() const { return m_clock ? m_clock() : QDateTime::currentMSecsSinceEpoch(); }
    void setClock(std::function<qint64()> clock) { m_clock = std::move(clock); }
    void setAsOf(qint64 msecs);

    // Mutations (called by undo commands; each returns ok or the error, also emitted as writeFailed when the
    // store refused the write).
    Status applyMeta(const QString& name, const QString& description);
    Status applyInsertEvent(const Event& e); // e.id must be set (Command assigns dossier().events().nextId())
    Status applyUpdateEvent(const Event& e);
    Status applyRemoveEvent(qint64 id);
    Status applyInsertParty(qsizetype at, const Party& p);
    Status applyUpdateParty(const Party& p);
    Status applyRemoveParty(const QString& id);
    Status applyMoveParty(qsizetype from, qsizetype to);
    Status applyInsertIssue(qsizetype at, const Issue& i);
    Status applyUpdateIssue(const Issue& i);
    Status applyRemoveIssue(const QString& id);
    Status applyMoveIssue(qsizetype from, qsizetype to);
    Status applyInsertSource(qsizetype at, const Source& s);
    Status applyUpdateSource(const Source& s);
    Status applyRemoveSource(const QString& id);
    Status applyInsertEra(qsizetype at, const Era& e);
    Status applyUpdateEra(const Era& e);
    Status applyRemoveEra(const QString& id);
    Status applyInsertNote(qsizetype at, const Note& n);
    Status applyUpdateNote(const Note& n);
    Status applyRemoveNote(const QString& id);
    Status applyInsertSavedView(qsizetype at, const SavedView& v);
    Status applyUpdateSavedView(const SavedView& v);
    Status applyRemoveSavedView(const QString& id);
    // Appends a change and returns the id it was stored under: c.id (or the next id when 0) for a file; the
    // server's for a team dossier, where several clients append at once.
    Result<qint64> applyAddPositionChange(const PositionChange& c);
    Result<qint64> applyAddStatusChange(const StatusChange& c);
    Result<qint64> applyAddCapabilityChange(const CapabilityChange& c);
    Status applySetPositionRetracted(qint64 id, bool retracted);
    Status applySetStatusRetracted(qint64 id, bool retracted);
    Status applySetCapabilityRetracted(qint64 id, bool retracted);
    Status applyScales(const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status);
    Status applyImportEvents(const EventStore& events); // bulk: appends all events, one transaction, reset()
    // Adopts `merged`, which must be the current dossier plus new parties, sources and events (an import's
    // result): writes the additions in one transaction, then emits reset(). Anything else is refused.
    Status applyImportDossier(Dossier merged);
    // The same for an import of any size without holding up the window: the check and the write run on a
    // worker thread with a connection of its own (DossierStore::openWorkerConnection), the document is
    // read-only meanwhile (isImporting()), importProgress() reports the events written, and importFinished()
    // ends it — with an empty error after the merged dossier was adopted and reset() emitted, or with the
    // reason nothing changed. Closing or opening a dossier meanwhile cancels it (the write is rolled back).
    void applyImportDossierInBackground(Dossier merged);
    // Imports the file `in` into this dossier as the command line does (eventimporttypes.h: a mapping or a JSON/CSV
    // interchange file), through the same checked, all-or-nothing write as the wizard's import; blocks until it
    // is in. The value is the number of events added.
    [[nodiscard]] Result<qsizetype> importFile(const QString& in, const ImportOptions& options);
    void waitForImport(); // blocks until a background import has ended and its result is applied
    // What an import added, kept by its undo step (the import is one step on the undo stack, pushed when it is
    // in): the events, and the parties and sources with the display positions they were given.
    struct ImportedRows {
        std::shared_ptr<const EventStore> events;
        QList<std::pair<qsizetype, Party>> parties;
        QList<std::pair<qsizetype, Source>> sources;
    };
    // Undo of an import: removes its rows in one transaction, or nothing with the reason (an imported party or
    // source that a recorded change still names, an event that a change cites or another analyst edited).
    Status applyRemoveImport(const ImportedRows& rows);
    Status applyRestoreImport(const ImportedRows& rows); // redo: writes them again

    // ---- team mode: live changes (documentlive.cpp) ----
    // A team dossier is written by several analysts at once. The document listens for the server's hints
    // (ChangeFeed) and applies what others changed through the same signals as a local edit (partyChanged,
    // positionChanged, eventInserted, …), updating rowVersions(), never touching the undo stack and skipping
    // its own changes; each batch ends with remoteNotice() ("Olena set Russia on NATO membership to Opposes").
    // When the connection drops the document turns read-only (readOnlyReason() says why), reconnects by itself
    // with a growing pause and then catches up. A dossier file has one writer and none of this happens.
    [[nodiscard]] bool isShared() const;
    [[nodiscard]] bool isConnected() const { return m_lostReason.isEmpty(); }
    // Applies what others changed since the last journal line seen (the feed calls it; tests may too).
    Status refreshFromStore();
    [[nodiscard]] qint64 journalSeen() const { return m_journalSeen; }
    // The journal (who did what, when) after line `afterId`, oldest first, at most `limit` lines; empty for an
    // in-memory document. journalAppended() says when there is more to read.
    [[nodiscard]] Result<QList<JournalEntry>> journal(qint64 afterId, int limit) const;
    // The last edit the server refused because someone else changed the row first (editconflict.h), with the
    // stored version fetched; empty when there is none. conflictDetected() announces it.
    [[nodiscard]] const std::optional<EditConflict>& pendingConflict() const { return m_conflict; }
    // Resolves it: takeMine[i] for each of pendingConflict()->fields (all true: keep mine; all false: take
    // theirs). What differs from the stored version is written as an ordinary undoable edit.
    Status resolveConflict(const QList<bool>& takeMine);
    // The error of the last writeFailed(): its kind tells a conflict (shown by the conflict dialog) from the rest.
    [[nodiscard]] const Error& lastWriteError() const { return m_lastWriteError; }

signals:
    void reset();
    void metaChanged();
    void eventInserted(qint64 id, qsizetype row);
    void eventChanged(qint64 id, qsizetype oldRow, qsizetype newRow);
    void eventRemoved(qint64 id, qsizetype row);
    void partyInserted(qsizetype index);
    void partyChanged(qsizetype index);
    void partyRemoved(qsizetype index);
    void partyMoved(qsizetype from, qsizetype to);
    void issueInserted(qsizetype index);
    void issueChanged(qsizetype index);
    void issueRemoved(qsizetype index);
    void issueMoved(qsizetype from, qsizetype to);
    void sourceInserted(qsizetype index);
    void sourceChanged(qsizetype index);
    void sourceRemoved(qsizetype index);
    void eraInserted(qsizetype index);
    void eraChanged(qsizetype index);
    void eraRemoved(qsizetype index);
    void noteInserted(qsizetype index);
    void noteChanged(qsizetype index);
    void noteRemoved(qsizetype index);
    void savedViewInserted(qsizetype index);
    void savedViewChanged(qsizetype index);
    void savedViewRemoved(qsizetype index);
    void positionChanged(qsizetype party, qsizetype issue); // a change was added, retracted or restored
    void statusChanged(qsizetype issue);
    void capabilityChanged(qsizetype party); // a capability change of the party was added, retracted or restored
    void scalesChanged();
    void asOfChanged(qint64 msecs);
    void eventLoadProgress(qint64 rows, qint64 total);
    void eventsReset(); // the background load put every event in at once (the rest of the dossier is unchanged)
    void eventLoadFailed(const QString& message);
    void importProgress(qint64 rows, qint64 total);
    void importFinished(const Entente::Status& result);
    void writeFailed(const QString& message); // the edit was not applied
    // Team mode: others' changes were applied; `notice` says who did what, for the status bar.
    void remoteNotice(const QString& notice);
    // The team server was lost (read-only, `reason`) or reached again (empty reason).
    void connectionChanged(bool connected, const QString& reason);
    void conflictDetected(); // pendingConflict() is set
    void journalAppended(); // a local edit or others' changes added journal lines

private:
    // Runs write() in one store transaction with the journal line; on failure rolls the store back, calls
    // revert() to undo the in-memory change, emits writeFailed and returns the message.
    template <typename Write, typename Revert>
    Status transact(const QString& defaultAction, Write&& write, Revert&& revert);
    Status refuseIfClosed() const;
    // The apply* of the small tables (T = Party, Issue, Source, Note, SavedView): one shape, per-table calls in
    // Table<T>.
    template <typename T> Status insertRow(qsizetype at, const T& item);
    template <typename T> Status updateRow(const T& item);
    template <typename T> Status removeRow(const QString& id);
    template <typename T> Status moveRow(qsizetype from, qsizetype to);
    // The apply* of the two histories (C = PositionChange, StatusChange): one shape, per-kind calls in History<C>.
    template <typename C> Result<qint64> addChange(const C& change);
    template <typename C> Status setRetracted(qint64 id, bool retracted);
    void finishEventLoad(quint64 generation);
    void stopEventLoad();
    struct ImportJob;
    void finishImport();
    void stopImport();
    void pushImportStep(const Dossier& before, const Dossier& merged, std::shared_ptr<const EventStore> fresh);
    void startLive();
    void stopLive();
    void feedReadable();
    void connectionLost(const QString& why);
    void tryReconnect();
    void applyRemote(const StoreChanges& changes);
    [[nodiscard]] bool applyRemoteHead(const Dossier& head, const RowVersions& versions);
    void reloadFromStore();
    void noteConflict(const ConflictRow& base, const ConflictRow& mine);

    Dossier m_dossier;
    std::unique_ptr<DossierStore> m_store;
    RowVersions m_versions;
    QUndoStack* m_undo = nullptr;
    QString m_userName;
    QString m_nextAction;
    qint64 m_asOf = 0;
    std::function<qint64()> m_clock;
    bool m_open = false;
    std::unique_ptr<EventLoader> m_loader; // while the events of a two-phase open are being read
    quint64 m_loadGeneration = 0; // tells a finished load's queued result from a cancelled one's
    qint64 m_expectedEvents = 0;
    QThread* m_importThread = nullptr; // while a background import is checked and written
    std::shared_ptr<ImportJob> m_importJob;
    std::unique_ptr<ChangeFeed> m_feed; // team mode: hints that others changed the dossier
    QSocketNotifier* m_feedNotifier = nullptr;
    QTimer* m_reconnectTimer = nullptr;
    int m_reconnectDelay = 0; // msecs, doubled after each failed attempt
    qint64 m_journalSeen = 0; // the newest journal line applied
    QString m_lostReason; // non-empty while the team server is unreachable
    bool m_refreshing = false;
    std::optional<EditConflict> m_conflict;
    Error m_lastWriteError;
};

} // namespace Entente
