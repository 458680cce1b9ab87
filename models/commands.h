// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command facade: the only way the UI edits a dossier. Each function builds one QUndoCommand, pushes it
// onto document->undoStack() (which runs redo() and so Document::apply*) and returns an EditResult: an error
// (an invalid edit, a refused or conflicting store write: nothing is left on the stack) or what the edit did
// (`changed` is false for a no-op, which pushes nothing; `id` is the new event's or change's id). Undo is an ordinary recorded write: undoing "record" retracts the change, undoing a
// removal re-inserts the object the command owns. Consecutive edits of one text field of one object merge
// into one undo step.

#include "result.h"
#include "types.h"

#include <QString>

namespace Entente {

class Document;

namespace Command {

    struct Edit {
        bool changed = false; // false: the edit changed nothing and pushed no undo step
        qint64 id = 0; // the event added or the change recorded, else 0
    };
    using EditResult = Result<Edit>;

    // True when the edit was accepted and changed the dossier (one undo step was pushed or merged).
    [[nodiscard]] inline bool applied(const EditResult& r) { return r.ok() && r.value().changed; }

    // Merge ids (QUndoCommand::id()): one per text field kind, so only runs of one field fold together.
    enum MergeId {
        MergeEventTitle = 1,
        MergeEventDescription,
        MergeEventLocation,
        MergePartyName,
        MergePartyShortName,
        MergePartyDescription,
        MergeIssueName,
        MergeIssueDescription,
        MergeSourceOutlet,
        MergeSourceTitle,
        MergeSourceUrl,
        MergeSourceNote,
        MergeMetaName,
        MergeMetaDescription,
        MergeNoteText,
    };

    EditResult addEvent(Document* doc, const Event& e);
    EditResult editEvent(Document* doc, const Event& e);
    EditResult removeEvent(Document* doc, qint64 id);

    EditResult addParty(Document* doc, const Party& p, qsizetype at = -1);
    EditResult editParty(Document* doc, const Party& p);
    EditResult removeParty(Document* doc, const QString& id);
    EditResult moveParty(Document* doc, qsizetype from, qsizetype to);

    EditResult addIssue(Document* doc, const Issue& i, qsizetype at = -1);
    EditResult editIssue(Document* doc, const Issue& i);
    EditResult removeIssue(Document* doc, const QString& id);
    EditResult moveIssue(Document* doc, qsizetype from, qsizetype to);

    EditResult addSource(Document* doc, const Source& s, qsizetype at = -1);
    EditResult editSource(Document* doc, const Source& s);
    EditResult removeSource(Document* doc, const QString& id);

    // Eras (named shaded periods on the timeline). An era needs an id, a start and an end not before it.
    EditResult addEra(Document* doc, const Era& e, qsizetype at = -1);
    EditResult editEra(Document* doc, const Era& e);
    EditResult removeEra(Document* doc, const QString& id);
    // Notes and key judgements. addNote fills the id when empty (the first free "note-1", "note-2", …), the author (the
    // document's user) and the recorded time (now); editNote keeps the author and the recorded time of the note
    // it edits (a run of edits of its text merges into one undo step).
    EditResult addNote(Document* doc, Note n, qsizetype at = -1);
    EditResult editNote(Document* doc, const Note& n);
    EditResult removeNote(Document* doc, const QString& id);

    // Saved views. saveView fills the id when empty ("view-1", …); a name in use (ignoring case) is refused.
    EditResult saveView(Document* doc, SavedView v, qsizetype at = -1);
    EditResult editView(Document* doc, const SavedView& v); // new settings or a new name ("Rename view …")
    EditResult renameView(Document* doc, const QString& id, const QString& name);
    EditResult removeView(Document* doc, const QString& id);

    // Fills id, recordedAt (now) and recordedBy (the document's user). A no-op when stance, salience, note and
    // claims equal those of the change in force at c.effective.
    EditResult recordPosition(Document* doc, PositionChange c);
    EditResult recordStatus(Document* doc, StatusChange c);
    EditResult retractPosition(Document* doc, qint64 id);
    EditResult retractStatus(Document* doc, qint64 id);
    // A party's capability, general (empty issueId) or on one issue. Fills id, recordedAt and recordedBy; a no-op
    // when value, note and claims equal those of the change in force at c.effective for the same scope (a
    // general change is compared with the general one only). A negative value is refused.
    EditResult recordCapability(Document* doc, CapabilityChange c);
    EditResult retractCapability(Document* doc, qint64 id);

    // Rename or recolour stance levels and statuses (keys in use must remain).
    EditResult setScales(Document* doc, const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status);
    EditResult editMeta(Document* doc, const QString& name, const QString& description);

} // namespace Command
} // namespace Entente
