// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "undocommands_p.h"

#include "document.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <QSet>

namespace Entente::Command {

using namespace Detail;

namespace {
    // push() runs redo() synchronously, which has filled `first` (the command's first result) by the time we
    // read it; a failed redo left the command obsolete, so the stack dropped it.
    EditResult push(Document* doc, DocumentCommand* cmd, const Status& first)
    {
        doc->undoStack()->push(cmd);
        if (!first.ok())
            return first.error();
        return Edit { true, 0 };
    }

    Error unknown(const QString& message) { return Error(message, Error::Kind::NotFound); }
    Error invalid(const QString& message) { return Error(message, Error::Kind::Invalid); }
    constexpr Edit unchanged {};

    QString tr(const char* text) { return QCoreApplication::translate("Entente::Command", text); }

} // namespace

// ---- events -------------------------------------------------------------------------------------------------

EditResult addEvent(Document* doc, const Event& event)
{
    Event e = event;
    if (e.id == 0 || doc->dossier().events().rowOfId(e.id) >= 0)
        e.id = doc->dossier().events().nextId();
    Status err;
    auto* cmd = new InsertEventCommand(doc, &err, e);
    auto result = push(doc, cmd, err);
    if (result.ok())
        result->id = e.id;
    return result;
}

EditResult editEvent(Document* doc, const Event& e)
{
    const auto row = doc->dossier().events().rowOfId(e.id);
    if (row < 0)
        return unknown(tr("Unknown event %1.").arg(e.id));
    const Event old = doc->dossier().events().event(row);
    if (old == e)
        return unchanged;
    const int mergeId = singleFieldMergeId(old, e,
        { { &Event::title, MergeEventTitle }, { &Event::description, MergeEventDescription },
            { &Event::location, MergeEventLocation } });
    Status err;
    auto* cmd = new EditCommand<Event>(doc, &err, old, e, &Document::applyUpdateEvent, mergeId);
    switch (mergeId) {
    case MergeEventTitle:
        cmd->setText(tr("Edit event title"));
        break;
    case MergeEventDescription:
        cmd->setText(tr("Edit event description"));
        break;
    case MergeEventLocation:
        cmd->setText(tr("Edit event location"));
        break;
    default:
        cmd->setText(tr("Edit event %1").arg(quoted(e.title)));
    }
    return push(doc, cmd, err);
}

EditResult removeEvent(Document* doc, qint64 id)
{
    const auto row = doc->dossier().events().rowOfId(id);
    if (row < 0)
        return unknown(tr("Unknown event %1.").arg(id));
    Status err;
    return push(doc, new RemoveEventCommand(doc, &err, doc->dossier().events().event(row)), err);
}

// ---- parties --------------------------------------------------------------------------------------------------

EditResult addParty(Document* doc, const Party& p, qsizetype at)
{
    Status err;
    auto* cmd
        = new TableRowCommand<Party>(doc, &err, true, at, p, &Document::applyInsertParty, &Document::applyRemoveParty);
    cmd->setText(tr("Add party %1").arg(p.name));
    return push(doc, cmd, err);
}

EditResult editParty(Document* doc, const Party& p)
{
    const auto index = doc->dossier().partyIndex(p.id);
    if (index < 0)
        return unknown(tr("Unknown party \"%1\".").arg(p.id));
    const Party old = doc->dossier().parties()[index];
    if (old == p)
        return unchanged;
    const int mergeId = singleFieldMergeId(old, p,
        { { &Party::name, MergePartyName }, { &Party::shortName, MergePartyShortName },
            { &Party::description, MergePartyDescription } });
    Status err;
    auto* cmd = new EditCommand<Party>(doc, &err, old, p, &Document::applyUpdateParty, mergeId);
    cmd->setText(mergeId == MergePartyName ? tr("Rename party %1 to %2").arg(old.name, p.name)
                                           : tr("Edit party %1").arg(p.name));
    return push(doc, cmd, err);
}

EditResult removeParty(Document* doc, const QString& id)
{
    const auto index = doc->dossier().partyIndex(id);
    if (index < 0)
        return unknown(tr("Unknown party \"%1\".").arg(id));
    const Party old = doc->dossier().parties()[index];
    Status err;
    auto* cmd = new TableRowCommand<Party>(
        doc, &err, false, index, old, &Document::applyInsertParty, &Document::applyRemoveParty);
    cmd->setText(tr("Remove party %1").arg(old.name));
    return push(doc, cmd, err);
}

EditResult moveParty(Document* doc, qsizetype from, qsizetype to)
{
    const auto n = doc->dossier().parties().size();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return invalid(tr("Party position out of range."));
    if (from == to)
        return unchanged;
    Status err;
    auto* cmd = new MoveCommand(doc, &err, from, to, &Document::applyMoveParty);
    cmd->setText(tr("Move party %1").arg(doc->dossier().parties()[from].name));
    return push(doc, cmd, err);
}

// ---- issues ---------------------------------------------------------------------------------------------------

EditResult addIssue(Document* doc, const Issue& i, qsizetype at)
{
    Status err;
    auto* cmd
        = new TableRowCommand<Issue>(doc, &err, true, at, i, &Document::applyInsertIssue, &Document::applyRemoveIssue);
    cmd->setText(tr("Add issue %1").arg(i.name));
    return push(doc, cmd, err);
}

EditResult editIssue(Document* doc, const Issue& i)
{
    const auto index = doc->dossier().issueIndex(i.id);
    if (index < 0)
        return unknown(tr("Unknown issue \"%1\".").arg(i.id));
    const Issue old = doc->dossier().issues()[index];
    if (old == i)
        return unchanged;
    const int mergeId = singleFieldMergeId(
        old, i, { { &Issue::name, MergeIssueName }, { &Issue::description, MergeIssueDescription } });
    Status err;
    auto* cmd = new EditCommand<Issue>(doc, &err, old, i, &Document::applyUpdateIssue, mergeId);
    Issue sameAxis = i;
    sameAxis.axis = old.axis;
    cmd->setText(mergeId == MergeIssueName ? tr("Rename issue %1 to %2").arg(old.name, i.name)
            : sameAxis == old              ? tr("Set the axis of %1").arg(i.name)
                                           : tr("Edit issue %1").arg(i.name));
    return push(doc, cmd, err);
}

EditResult removeIssue(Document* doc, const QString& id)
{
    const auto index = doc->dossier().issueIndex(id);
    if (index < 0)
        return unknown(tr("Unknown issue \"%1\".").arg(id));
    const Issue old = doc->dossier().issues()[index];
    Status err;
    auto* cmd = new TableRowCommand<Issue>(
        doc, &err, false, index, old, &Document::applyInsertIssue, &Document::applyRemoveIssue);
    cmd->setText(tr("Remove issue %1").arg(old.name));
    return push(doc, cmd, err);
}

EditResult moveIssue(Document* doc, qsizetype from, qsizetype to)
{
    const auto n = doc->dossier().issues().size();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return invalid(tr("Issue position out of range."));
    if (from == to)
        return unchanged;
    Status err;
    auto* cmd = new MoveCommand(doc, &err, from, to, &Document::applyMoveIssue);
    cmd->setText(tr("Move issue %1").arg(doc->dossier().issues()[from].name));
    return push(doc, cmd, err);
}

// ---- sources --------------------------------------------------------------------------------------------------

EditResult addSource(Document* doc, const Source& s, qsizetype at)
{
    Status err;
    auto* cmd = new TableRowCommand<Source>(
        doc, &err, true, at, s, &Document::applyInsertSource, &Document::applyRemoveSource);
    cmd->setText(tr("Add source %1").arg(quoted(s.title.isEmpty() ? s.outlet : s.title)));
    return push(doc, cmd, err);
}

EditResult editSource(Document* doc, const Source& s)
{
    const auto index = doc->dossier().sourceIndex(s.id);
    if (index < 0)
        return unknown(tr("Unknown source \"%1\".").arg(s.id));
    const Source old = doc->dossier().sources()[index];
    if (old == s)
        return unchanged;
    const int mergeId = singleFieldMergeId(old, s,
        { { &Source::outlet, MergeSourceOutlet }, { &Source::title, MergeSourceTitle },
            { &Source::url, MergeSourceUrl }, { &Source::note, MergeSourceNote } });
    Status err;
    auto* cmd = new EditCommand<Source>(doc, &err, old, s, &Document::applyUpdateSource, mergeId);
    cmd->setText(tr("Edit source %1").arg(quoted(s.title.isEmpty() ? s.outlet : s.title)));
    return push(doc, cmd, err);
}

EditResult removeSource(Document* doc, const QString& id)
{
    const auto index = doc->dossier().sourceIndex(id);
    if (index < 0)
        return unknown(tr("Unknown source \"%1\".").arg(id));
    const Source old = doc->dossier().sources()[index];
    Status err;
    auto* cmd = new TableRowCommand<Source>(
        doc, &err, false, index, old, &Document::applyInsertSource, &Document::applyRemoveSource);
    cmd->setText(tr("Remove source %1").arg(quoted(old.title.isEmpty() ? old.outlet : old.title)));
    return push(doc, cmd, err);
}

// ---- eras -----------------------------------------------------------------------------------------------------

EditResult addEra(Document* doc, const Era& e, qsizetype at)
{
    Status err;
    auto* cmd = new TableRowCommand<Era>(doc, &err, true, at, e, &Document::applyInsertEra, &Document::applyRemoveEra);
    cmd->setText(tr("Add era %1").arg(quoted(e.name)));
    return push(doc, cmd, err);
}

EditResult editEra(Document* doc, const Era& e)
{
    const auto index = doc->dossier().eraIndex(e.id);
    if (index < 0)
        return unknown(tr("Unknown era \"%1\".").arg(e.id));
    const Era old = doc->dossier().eras()[index];
    if (old == e)
        return unchanged;
    Status err;
    auto* cmd = new EditCommand<Era>(doc, &err, old, e, &Document::applyUpdateEra, -1);
    cmd->setText(old.name == e.name ? tr("Edit era %1").arg(quoted(e.name))
                                    : tr("Rename era %1 to %2").arg(quoted(old.name), quoted(e.name)));
    return push(doc, cmd, err);
}

EditResult removeEra(Document* doc, const QString& id)
{
    const auto index = doc->dossier().eraIndex(id);
    if (index < 0)
        return unknown(tr("Unknown era \"%1\".").arg(id));
    const Era old = doc->dossier().eras()[index];
    Status err;
    auto* cmd
        = new TableRowCommand<Era>(doc, &err, false, index, old, &Document::applyInsertEra, &Document::applyRemoveEra);
    cmd->setText(tr("Remove era %1").arg(quoted(old.name)));
    return push(doc, cmd, err);
}

// ---- notes and saved views -----------------------------------------------------------------------------------

namespace {
    // "note-1", "view-2": the first free one, as the window names new parties and sources.
    template <typename T> QString freeId(const QList<T>& rows, const QString& prefix)
    {
        QSet<QString> used;
        for (const auto& r : rows)
            used.insert(r.id);
        for (qsizetype n = rows.size() + 1;; ++n)
            if (const QString id = prefix + u'-' + QString::number(n); !used.contains(id))
                return id;
    }

    QString noteLabel(const Note& n)
    {
        const QString line = n.text.section(u'\n', 0, 0).simplified();
        return quoted(line.size() > 40 ? QString(line.left(39) + u'…') : line);
    }
}

EditResult addNote(Document* doc, Note n, qsizetype at)
{
    if (n.id.isEmpty())
        n.id = freeId(doc->dossier().notes(), QStringLiteral("note"));
    n.author = doc->userName();
    n.recordedAt = doc->now();
    if (auto e = doc->dossier().checkNote(n); !e.ok())
        return e.error();
    Status err;
    auto* cmd = new TableRowCommand<Note>(doc, &err, true, at, n, &Document::applyInsertNote, &Document::applyRemoveNote);
    cmd->setText(n.isKeyJudgement() ? tr("Add key judgement %1").arg(noteLabel(n)) : tr("Add note %1").arg(noteLabel(n)));
    return push(doc, cmd, err);
}

EditResult editNote(Document* doc, const Note& note)
{
    const auto index = doc->dossier().noteIndex(note.id);
    if (index < 0)
        return unknown(tr("Unknown note \"%1\".").arg(note.id));
    const Note old = doc->dossier().notes()[index];
    Note n = note;
    n.author = old.author;
    n.recordedAt = old.recordedAt;
    if (old == n)
        return unchanged;
    const int mergeId = singleFieldMergeId(old, n, { { &Note::text, MergeNoteText } });
    Status err;
    auto* cmd = new EditCommand<Note>(doc, &err, old, n, &Document::applyUpdateNote, mergeId);
    cmd->setText(mergeId == MergeNoteText ? tr("Edit note text") : tr("Edit note %1").arg(noteLabel(n)));
    return push(doc, cmd, err);
}

EditResult removeNote(Document* doc, const QString& id)
{
    const auto index = doc->dossier().noteIndex(id);
    if (index < 0)
        return unknown(tr("Unknown note \"%1\".").arg(id));
    const Note old = doc->dossier().notes()[index];
    Status err;
    auto* cmd = new TableRowCommand<Note>(
        doc, &err, false, index, old, &Document::applyInsertNote, &Document::applyRemoveNote);
    cmd->setText(tr("Remove note %1").arg(noteLabel(old)));
    return push(doc, cmd, err);
}

EditResult saveView(Document* doc, SavedView v, qsizetype at)
{
    if (v.id.isEmpty())
        v.id = freeId(doc->dossier().savedViews(), QStringLiteral("view"));
    v.name = v.name.trimmed();
    Status err;
    auto* cmd = new TableRowCommand<SavedView>(
        doc, &err, true, at, v, &Document::applyInsertSavedView, &Document::applyRemoveSavedView);
    cmd->setText(tr("Save view %1").arg(quoted(v.name)));
    return push(doc, cmd, err);
}

EditResult editView(Document* doc, const SavedView& view)
{
    const auto index = doc->dossier().savedViewIndex(view.id);
    if (index < 0)
        return unknown(tr("Unknown view \"%1\".").arg(view.id));
    const SavedView old = doc->dossier().savedViews()[index];
    SavedView v = view;
    v.name = v.name.trimmed();
    if (old == v)
        return unchanged;
    SavedView renamed = old;
    renamed.name = v.name;
    Status err;
    auto* cmd = new EditCommand<SavedView>(doc, &err, old, v, &Document::applyUpdateSavedView, -1);
    cmd->setText(renamed == v ? tr("Rename view %1 to %2").arg(quoted(old.name), quoted(v.name))
                              : tr("Update view %1").arg(quoted(v.name)));
    return push(doc, cmd, err);
}

EditResult renameView(Document* doc, const QString& id, const QString& name)
{
    const auto index = doc->dossier().savedViewIndex(id);
    if (index < 0)
        return unknown(tr("Unknown view \"%1\".").arg(id));
    SavedView v = doc->dossier().savedViews()[index];
    v.name = name;
    return editView(doc, v);
}

EditResult removeView(Document* doc, const QString& id)
{
    const auto index = doc->dossier().savedViewIndex(id);
    if (index < 0)
        return unknown(tr("Unknown view \"%1\".").arg(id));
    const SavedView old = doc->dossier().savedViews()[index];
    Status err;
    auto* cmd = new TableRowCommand<SavedView>(
        doc, &err, false, index, old, &Document::applyInsertSavedView, &Document::applyRemoveSavedView);
    cmd->setText(tr("Delete view %1").arg(quoted(old.name)));
    return push(doc, cmd, err);
}

// ---- histories ------------------------------------------------------------------------------------------------

namespace {
    // The shared end of recording a change: stamped as new (the next id, now, the analyst), pushed as one undo step
    // whose undo retracts it; the result's id is the one it was stored under (a team server hands it out).
    template <typename C>
    EditResult pushRecord(Document* doc, C c, typename RecordCommand<C>::Add add, typename RecordCommand<C>::Retract retract,
        const QString& text)
    {
        c.id = doc->dossier().nextChangeId();
        c.recordedAt = doc->now();
        c.recordedBy = doc->userName();
        c.retracted = false;
        c.retractedAt = 0;
        c.retractedBy.clear();
        Status err;
        auto* cmd = new RecordCommand<C>(doc, &err, std::move(c), add, retract);
        cmd->setText(text);
        auto result = push(doc, cmd, err);
        if (result.ok())
            result->id = cmd->changeId();
        return result;
    }
}

EditResult recordPosition(Document* doc, PositionChange c)
{
    const Dossier& d = doc->dossier();
    if (auto e = d.checkPositionChange(c); !e.ok())
        return e.error();
    const auto* inForce = d.positionAsOf(d.partyIndex(c.partyId), d.issueIndex(c.issueId), c.effective.msecs);
    // A new grading of the claims behind the same stance is a judgement of its own, worth recording.
    if (inForce && inForce->stance == c.stance && inForce->salience == c.salience && inForce->note == c.note
        && inForce->claims == c.claims && inForce->axisValue == c.axisValue)
        return unchanged;
    const QString text = tr("Set %1 on %2 to %3")
                             .arg(nameOf(d.parties(), c.partyId), nameOf(d.issues(), c.issueId), d.stanceLevel(c.stance)->label);
    return pushRecord(doc, std::move(c), &Document::applyAddPositionChange, &Document::applySetPositionRetracted, text);
}

EditResult recordStatus(Document* doc, StatusChange c)
{
    const Dossier& d = doc->dossier();
    if (auto e = d.checkStatusChange(c); !e.ok())
        return e.error();
    const auto* inForce = d.statusAsOf(d.issueIndex(c.issueId), c.effective.msecs);
    if (inForce && inForce->status == c.status && inForce->note == c.note && inForce->claims == c.claims)
        return unchanged;
    const QString text = tr("Set status of %1 to %2").arg(nameOf(d.issues(), c.issueId), d.statusLevel(c.status)->label);
    return pushRecord(doc, std::move(c), &Document::applyAddStatusChange, &Document::applySetStatusRetracted, text);
}

EditResult retractPosition(Document* doc, qint64 id)
{
    const Dossier& d = doc->dossier();
    const auto index = d.positionChangeIndex(id);
    if (index < 0)
        return unknown(tr("Unknown position change %1.").arg(id));
    const auto& c = d.positionChanges()[size_t(index)];
    if (c.retracted)
        return unchanged;
    Status err;
    auto* cmd = new RetractCommand(doc, &err, id, &Document::applySetPositionRetracted);
    const auto* level = d.stanceLevel(c.stance);
    cmd->setText(
        tr("Retract %1 on %2: %3")
            .arg(nameOf(d.parties(), c.partyId), nameOf(d.issues(), c.issueId), level ? level->label : c.stance));
    return push(doc, cmd, err);
}

EditResult retractStatus(Document* doc, qint64 id)
{
    const Dossier& d = doc->dossier();
    const auto index = d.statusChangeIndex(id);
    if (index < 0)
        return unknown(tr("Unknown status change %1.").arg(id));
    const auto& c = d.statusChanges()[size_t(index)];
    if (c.retracted)
        return unchanged;
    Status err;
    auto* cmd = new RetractCommand(doc, &err, id, &Document::applySetStatusRetracted);
    const auto* level = d.statusLevel(c.status);
    cmd->setText(tr("Retract status of %1: %2").arg(nameOf(d.issues(), c.issueId), level ? level->label : c.status));
    return push(doc, cmd, err);
}

namespace {
    // "Russia: 80 on every issue" / "Russia: 80 on NATO membership".
    QString capabilityText(const Dossier& d, const CapabilityChange& c)
    {
        return c.issueId.isEmpty()
            ? tr("%1: %2 on every issue").arg(nameOf(d.parties(), c.partyId), QLocale().toString(c.value))
            : tr("%1: %2 on %3").arg(nameOf(d.parties(), c.partyId), QLocale().toString(c.value),
                  nameOf(d.issues(), c.issueId));
    }
}

EditResult recordCapability(Document* doc, CapabilityChange c)
{
    const Dossier& d = doc->dossier();
    if (c.value < 0)
        return invalid(tr("A capability cannot be negative (%1); use 0 or more.").arg(QLocale().toString(c.value)));
    if (auto e = d.checkCapabilityChange(c); !e.ok())
        return e.error();
    const qsizetype party = d.partyIndex(c.partyId);
    const qsizetype issue = c.issueId.isEmpty() ? -1 : d.issueIndex(c.issueId);
    const auto* inForce = d.capabilityAsOf(party, issue, c.effective.msecs);
    if (inForce && inForce->issueId == c.issueId && inForce->value == c.value && inForce->note == c.note
        && inForce->claims == c.claims)
        return unchanged;
    const QString text = tr("Set capability of %1").arg(capabilityText(d, c));
    return pushRecord(doc, std::move(c), &Document::applyAddCapabilityChange, &Document::applySetCapabilityRetracted, text);
}

EditResult retractCapability(Document* doc, qint64 id)
{
    const Dossier& d = doc->dossier();
    const auto index = d.capabilityChangeIndex(id);
    if (index < 0)
        return unknown(tr("Unknown capability change %1.").arg(id));
    const auto& c = d.capabilityChanges()[size_t(index)];
    if (c.retracted)
        return unchanged;
    Status err;
    auto* cmd = new RetractCommand(doc, &err, id, &Document::applySetCapabilityRetracted);
    cmd->setText(tr("Retract capability of %1").arg(capabilityText(d, c)));
    return push(doc, cmd, err);
}

// ---- scales and meta ------------------------------------------------------------------------------------------

EditResult setScales(Document* doc, const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status)
{
    const Dossier& d = doc->dossier();
    if (stance == d.stanceScale() && status == d.statusScale())
        return unchanged;
    Status err;
    auto* cmd = new ScalesCommand(doc, &err, stance, status);
    // Name the edit after the one level renamed when that is all that changed.
    QString text = tr("Edit scales");
    auto renamed = [&](const QList<ScaleLevel>& from, const QList<ScaleLevel>& to, const char* fmt) {
        if (from.size() != to.size())
            return;
        int diffs = 0;
        qsizetype at = -1;
        for (qsizetype i = 0; i < from.size(); ++i)
            if (!(from[i] == to[i])) {
                ++diffs;
                at = i;
            }
        if (diffs == 1) {
            ScaleLevel probe = from[at];
            probe.label = to[at].label;
            if (probe == to[at])
                text = tr(fmt).arg(from[at].label, to[at].label);
            probe = from[at];
            probe.color = to[at].color;
            if (probe == to[at])
                text = tr("Recolour %1").arg(from[at].label);
        }
    };
    if (status == d.statusScale())
        renamed(d.stanceScale(), stance, QT_TRANSLATE_NOOP("Entente::Command", "Rename stance %1 to %2"));
    else if (stance == d.stanceScale())
        renamed(d.statusScale(), status, QT_TRANSLATE_NOOP("Entente::Command", "Rename status %1 to %2"));
    cmd->setText(text);
    return push(doc, cmd, err);
}

EditResult editMeta(Document* doc, const QString& name, const QString& description)
{
    const Meta old { {}, doc->dossier().name, doc->dossier().description };
    const Meta now { {}, name, description };
    if (old == now)
        return unchanged;
    const int mergeId = singleFieldMergeId(
        old, now, { { &Meta::name, MergeMetaName }, { &Meta::description, MergeMetaDescription } });
    Status err;
    auto* cmd = new MetaCommand(doc, &err, old, now, mergeId);
    cmd->setText(mergeId == MergeMetaName     ? tr("Rename dossier to %1").arg(quoted(name))
            : mergeId == MergeMetaDescription ? tr("Edit dossier description")
                                              : tr("Edit dossier"));
    return push(doc, cmd, err);
}

} // namespace Entente::Command
