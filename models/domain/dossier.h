// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The dossier aggregate: parties, issues, scales, sources, eras, the columnar event store and the
// append-only position, status and capability histories with their as-of indexes. It is a plain value owned by the
// Document (models/) or by a command-line tool; it enforces its invariants (unique ids, valid references,
// histories never shrink) and reports a violation as a Status or Result whose translated error names what is
// wrong: Kind::Invalid for the input, Kind::NotFound for an unknown id.

#include "asofindex.h"
#include "eventstore.h"
#include "result.h"
#include "types.h"

#include <QCoreApplication>
#include <QHash>

#include <optional>
#include <vector>

namespace Entente {

class Dossier {
    Q_DECLARE_TR_FUNCTIONS(Dossier)

public:
    Dossier();

    QString name;
    QString description;

    // Small tables, in display order.
    [[nodiscard]] const QList<Party>& parties() const { return m_parties; }
    [[nodiscard]] const QList<Issue>& issues() const { return m_issues; }
    [[nodiscard]] const QList<Source>& sources() const { return m_sources; }
    [[nodiscard]] const QList<Era>& eras() const { return m_eras; }
    [[nodiscard]] const QList<Note>& notes() const { return m_notes; }
    [[nodiscard]] const QList<SavedView>& savedViews() const { return m_views; }
    [[nodiscard]] const QList<ScaleLevel>& stanceScale() const { return m_stanceScale; }
    [[nodiscard]] const QList<ScaleLevel>& statusScale() const { return m_statusScale; }
    [[nodiscard]] qsizetype partyIndex(const QString& id) const { return m_partyIndex.value(id, -1); }
    [[nodiscard]] qsizetype issueIndex(const QString& id) const { return m_issueIndex.value(id, -1); }
    [[nodiscard]] qsizetype sourceIndex(const QString& id) const;
    [[nodiscard]] qsizetype eraIndex(const QString& id) const;
    [[nodiscard]] qsizetype noteIndex(const QString& id) const;
    [[nodiscard]] qsizetype savedViewIndex(const QString& id) const;
    [[nodiscard]] qsizetype savedViewByName(const QString& name) const; // case-insensitive, −1 when none
    [[nodiscard]] const ScaleLevel* stanceLevel(const QString& key) const;
    [[nodiscard]] const ScaleLevel* statusLevel(const QString& key) const;

    // Mutators of the small tables return a Status whose error says what is wrong (Kind::NotFound for an unknown
    // id, Kind::Invalid for the rest).
    Status insertParty(qsizetype at, const Party& p);
    Status updateParty(const Party& p);
    Status removeParty(const QString& id); // refused while events or changes reference it
    Status moveParty(qsizetype from, qsizetype to);
    Status insertIssue(qsizetype at, const Issue& i);
    Status updateIssue(const Issue& i);
    Status removeIssue(const QString& id);
    Status moveIssue(qsizetype from, qsizetype to);
    Status insertSource(qsizetype at, const Source& s);
    Status updateSource(const Source& s);
    Status removeSource(const QString& id);
    Status insertEra(qsizetype at, const Era& e);
    Status updateEra(const Era& e);
    Status removeEra(const QString& id); // refused while a note is pinned to it
    // Notes (dossiernotes.cpp): the thing a note is pinned to must exist (an event only once events are in, see
    // setEventsPending) and a key judgement's evidence must cite known sources, one claim per source.
    Status checkNote(const Note& n) const;
    Status insertNote(qsizetype at, const Note& n);
    Status updateNote(const Note& n);
    Status removeNote(const QString& id);
    // Indexes into notes() of the notes pinned to a cell, an event; the notes pinned to dates in [from, to).
    [[nodiscard]] QList<qsizetype> notesOnCell(const QString& partyId, const QString& issueId) const;
    [[nodiscard]] QList<qsizetype> notesOnEvent(qint64 eventId) const;
    // Saved views: unique, non-empty names (case-insensitive); known keys (checkSavedViewKeys).
    Status insertSavedView(qsizetype at, const SavedView& v);
    Status updateSavedView(const SavedView& v);
    Status removeSavedView(const QString& id);
    Status setStanceScale(const QList<ScaleLevel>& levels); // keys already used by changes must remain
    Status setStatusScale(const QList<ScaleLevel>& levels);

    // Events
    [[nodiscard]] const EventStore& events() const { return m_events; }
    EventStore& eventsForBulkLoad() { return m_events; } // caller must finish() and validate()
    // Two-phase open of a large dossier: everything but the events is loaded first and the events arrive
    // later from a worker thread. While events are pending, changes may cite events that are not here yet;
    // adoptEvents() takes the finished store, ends the pending state and checks every reference, returning
    // the first problem (the dossier is then unusable). Callers must not edit events or remove parties,
    // issues or sources while events are pending (the reference checks cannot see the events).
    void setEventsPending(bool pending) { m_eventsPending = pending; }
    [[nodiscard]] bool eventsPending() const { return m_eventsPending; }
    Status adoptEvents(EventStore events);
    Status checkEvent(const Event& e) const; // references and dates
    // The row the event now has.
    [[nodiscard]] Result<qsizetype> insertEvent(const Event& e);
    [[nodiscard]] Result<qsizetype> updateEvent(const Event& e);
    Status removeEvent(qint64 id); // refused while a note is pinned to it

    // Histories: append-only. Changes get ids and indexes; retraction flips a flag and is itself recorded.
    [[nodiscard]] const std::vector<PositionChange>& positionChanges() const { return m_positions; }
    [[nodiscard]] const std::vector<StatusChange>& statusChanges() const { return m_statuses; }
    [[nodiscard]] const std::vector<CapabilityChange>& capabilityChanges() const { return m_capabilities; }
    Status checkPositionChange(const PositionChange& c) const;
    Status checkStatusChange(const StatusChange& c) const;
    Status checkCapabilityChange(const CapabilityChange& c) const; // a known party and issue, a value ≥ 0
    // The id of the change recorded (a change with id 0 is given the next free one).
    Result<qint64> addPositionChange(PositionChange c);
    Result<qint64> addStatusChange(StatusChange c);
    Result<qint64> addCapabilityChange(CapabilityChange c);
    Status setPositionRetracted(qint64 id, bool retracted, qint64 at, const QString& by);
    Status setStatusRetracted(qint64 id, bool retracted, qint64 at, const QString& by);
    Status setCapabilityRetracted(qint64 id, bool retracted, qint64 at, const QString& by);
    [[nodiscard]] qsizetype positionChangeIndex(qint64 id) const { return m_positionById.value(id, -1); }
    [[nodiscard]] qsizetype statusChangeIndex(qint64 id) const { return m_statusById.value(id, -1); }
    [[nodiscard]] qsizetype capabilityChangeIndex(qint64 id) const { return m_capabilityById.value(id, -1); }

    // As-of queries. Cell = partyIndex * issues().size() + issueIndex.
    [[nodiscard]] qsizetype cellOf(qsizetype party, qsizetype issue) const { return party * m_issues.size() + issue; }
    [[nodiscard]] const PositionChange* positionAsOf(qsizetype party, qsizetype issue, qint64 msecs) const;
    [[nodiscard]] const StatusChange* statusAsOf(qsizetype issue, qint64 msecs) const;
    // The whole matrix: out[cell] = index into positionChanges() or -1. Reuses out's storage.
    void matrixAsOf(qint64 msecs, std::vector<qint32>& out) const;
    [[nodiscard]] std::vector<const PositionChange*> cellHistory(qsizetype party, qsizetype issue) const;
    [[nodiscard]] std::vector<const StatusChange*> statusHistory(qsizetype issue) const;
    // A party's capability on an issue as of a date: its latest issue-specific change in force, else its latest
    // general one (issue −1: the general one only); null when none is recorded.
    [[nodiscard]] const CapabilityChange* capabilityAsOf(qsizetype party, qsizetype issue, qint64 msecs) const;
    // Every capability change of a party (general and per issue), retracted ones included, by effective date.
    [[nodiscard]] std::vector<const CapabilityChange*> capabilityHistory(qsizetype party) const;
    [[nodiscard]] const AsOfIndex& positionIndex() const { return m_positionIndex; }
    [[nodiscard]] const AsOfIndex& statusIndex() const { return m_statusIndex; }

    // Earliest and latest dated thing in the dossier (events, changes), or nullopt when empty.
    [[nodiscard]] std::optional<std::pair<qint64, qint64>> dateRange() const;
    // Sorted, de-duplicated effective dates of all live changes (for "step to previous/next change").
    [[nodiscard]] std::vector<qint64> changeDates() const;

    // Full structural check (after a bulk load): duplicate ids, dangling references. Empty when valid.
    [[nodiscard]] QStringList validate() const;

    [[nodiscard]] qint64 nextChangeId() const { return m_nextChangeId; }

private:
    void reindexTables();
    void rebuildPositionIndex();
    void rebuildStatusIndex();
    void rebuildCapabilityIndex();
    // The capability index's slot: party × (issues + 1), the last of a party's slots for its general changes.
    [[nodiscard]] qsizetype capabilitySlot(qsizetype party, qsizetype issue) const
    {
        return party * (m_issues.size() + 1) + (issue < 0 ? m_issues.size() : issue);
    }
    Status checkParty(const Party& p) const;
    Status checkSourceGrading(const Source& s) const;
    Status checkEraDates(const Era& e) const;
    [[nodiscard]] bool eventsReference(EventStore::RefKind kind, const QString& id) const;
    [[nodiscard]] bool partyReferenced(const QString& id) const;
    [[nodiscard]] bool issueReferenced(const QString& id) const;
    [[nodiscard]] bool sourceReferenced(const QString& id) const;
    [[nodiscard]] bool notesReference(NoteTarget target, const QString& id) const; // parties, issues, eras, events
    Status checkSavedView(const SavedView& v, qsizetype self) const;

    QList<Party> m_parties;
    QList<Issue> m_issues;
    QList<Source> m_sources;
    QList<Era> m_eras;
    QList<Note> m_notes;
    QList<SavedView> m_views;
    QList<ScaleLevel> m_stanceScale;
    QList<ScaleLevel> m_statusScale;
    QHash<QString, qsizetype> m_partyIndex;
    QHash<QString, qsizetype> m_issueIndex;
    EventStore m_events;
    std::vector<PositionChange> m_positions;
    std::vector<StatusChange> m_statuses;
    std::vector<CapabilityChange> m_capabilities;
    QHash<qint64, qsizetype> m_positionById;
    QHash<qint64, qsizetype> m_statusById;
    QHash<qint64, qsizetype> m_capabilityById;
    AsOfIndex m_positionIndex;
    AsOfIndex m_statusIndex;
    AsOfIndex m_capabilityIndex;
    qint64 m_nextChangeId = 1;
    bool m_eventsPending = false;
};

} // namespace Entente
