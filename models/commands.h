// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command facade: the only way the UI edits a dossier. Each function builds one QUndoCommand, pushes it
// onto document->undoStack() (which runs redo() and so Document::apply*) and returns true when the edit was
// applied. A no-op or invalid edit pushes nothing and returns false; `error` (optional) then says why
// (empty for a no-op). Undo is an ordinary recorded write: undoing "record" retracts the change, undoing a
// removal re-inserts the object the command owns. Consecutive edits of one text field of one object merge
// into one undo step.

#include "types.h"

#include <QString>

namespace Entente {

class Document;

namespace Command {

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
    };

    bool addEvent(Document* doc, const Event& e, qint64* newId = nullptr, QString* error = nullptr);
    bool editEvent(Document* doc, const Event& e, QString* error = nullptr);
    bool removeEvent(Document* doc, qint64 id, QString* error = nullptr);

    bool addParty(Document* doc, const Party& p, qsizetype at = -1, QString* error = nullptr);
    bool editParty(Document* doc, const Party& p, QString* error = nullptr);
    bool removeParty(Document* doc, const QString& id, QString* error = nullptr);
    bool moveParty(Document* doc, qsizetype from, qsizetype to, QString* error = nullptr);

    bool addIssue(Document* doc, const Issue& i, qsizetype at = -1, QString* error = nullptr);
    bool editIssue(Document* doc, const Issue& i, QString* error = nullptr);
    bool removeIssue(Document* doc, const QString& id, QString* error = nullptr);
    bool moveIssue(Document* doc, qsizetype from, qsizetype to, QString* error = nullptr);

    bool addSource(Document* doc, const Source& s, qsizetype at = -1, QString* error = nullptr);
    bool editSource(Document* doc, const Source& s, QString* error = nullptr);
    bool removeSource(Document* doc, const QString& id, QString* error = nullptr);

    // Fills id, recordedAt (now) and recordedBy (the document's user). A no-op when stance, salience, note and
    // claims equal those of the change in force at c.effective.
    bool recordPosition(Document* doc, PositionChange c, qint64* newId = nullptr, QString* error = nullptr);
    bool recordStatus(Document* doc, StatusChange c, qint64* newId = nullptr, QString* error = nullptr);
    bool retractPosition(Document* doc, qint64 id, QString* error = nullptr);
    bool retractStatus(Document* doc, qint64 id, QString* error = nullptr);

    // Rename or recolour stance levels and statuses (keys in use must remain).
    bool setScales(
        Document* doc, const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status, QString* error = nullptr);
    bool editMeta(Document* doc, const QString& name, const QString& description, QString* error = nullptr);

} // namespace Command
} // namespace Entente
