// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"
#include "undocommands_p.h"

#include "document.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Entente::Command {

using namespace Detail;

namespace {
    bool push(Document* doc, DocumentCommand* cmd, const QString& firstError, QString* error)
    {
        // push() runs redo() synchronously, which has filled firstError by the time we read it.
        doc->undoStack()->push(cmd);
        if (error)
            *error = firstError;
        return firstError.isEmpty();
    }

    bool refuse(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return false;
    }

    QString tr(const char* text) { return QCoreApplication::translate("Entente::Command", text); }

} // namespace

// ---- events -------------------------------------------------------------------------------------------------

bool addEvent(Document* doc, const Event& event, qint64* newId, QString* error)
{
    Event e = event;
    if (e.id == 0 || doc->dossier().events().rowOfId(e.id) >= 0)
        e.id = doc->dossier().events().nextId();
    QString err;
    auto* cmd = new InsertEventCommand(doc, &err, e);
    const bool ok = push(doc, cmd, err, error);
    if (ok && newId)
        *newId = e.id;
    return ok;
}

bool editEvent(Document* doc, const Event& e, QString* error)
{
    const auto row = doc->dossier().events().rowOfId(e.id);
    if (row < 0)
        return refuse(error, tr("Unknown event %1.").arg(e.id));
    const Event old = doc->dossier().events().event(row);
    if (old == e)
        return refuse(error, {});
    const int mergeId = singleFieldMergeId(old, e,
        { { &Event::title, MergeEventTitle }, { &Event::description, MergeEventDescription },
            { &Event::location, MergeEventLocation } });
    QString err;
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
    return push(doc, cmd, err, error);
}

bool removeEvent(Document* doc, qint64 id, QString* error)
{
    const auto row = doc->dossier().events().rowOfId(id);
    if (row < 0)
        return refuse(error, tr("Unknown event %1.").arg(id));
    QString err;
    return push(doc, new RemoveEventCommand(doc, &err, doc->dossier().events().event(row)), err, error);
}

// ---- parties --------------------------------------------------------------------------------------------------

bool addParty(Document* doc, const Party& p, qsizetype at, QString* error)
{
    QString err;
    auto* cmd
        = new TableRowCommand<Party>(doc, &err, true, at, p, &Document::applyInsertParty, &Document::applyRemoveParty);
    cmd->setText(tr("Add party %1").arg(p.name));
    return push(doc, cmd, err, error);
}

bool editParty(Document* doc, const Party& p, QString* error)
{
    const auto index = doc->dossier().partyIndex(p.id);
    if (index < 0)
        return refuse(error, tr("Unknown party \"%1\".").arg(p.id));
    const Party old = doc->dossier().parties()[index];
    if (old == p)
        return refuse(error, {});
    const int mergeId = singleFieldMergeId(old, p,
        { { &Party::name, MergePartyName }, { &Party::shortName, MergePartyShortName },
            { &Party::description, MergePartyDescription } });
    QString err;
    auto* cmd = new EditCommand<Party>(doc, &err, old, p, &Document::applyUpdateParty, mergeId);
    cmd->setText(mergeId == MergePartyName ? tr("Rename party %1 to %2").arg(old.name, p.name)
                                           : tr("Edit party %1").arg(p.name));
    return push(doc, cmd, err, error);
}

bool removeParty(Document* doc, const QString& id, QString* error)
{
    const auto index = doc->dossier().partyIndex(id);
    if (index < 0)
        return refuse(error, tr("Unknown party \"%1\".").arg(id));
    const Party old = doc->dossier().parties()[index];
    QString err;
    auto* cmd = new TableRowCommand<Party>(
        doc, &err, false, index, old, &Document::applyInsertParty, &Document::applyRemoveParty);
    cmd->setText(tr("Remove party %1").arg(old.name));
    return push(doc, cmd, err, error);
}

bool moveParty(Document* doc, qsizetype from, qsizetype to, QString* error)
{
    const auto n = doc->dossier().parties().size();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return refuse(error, tr("Party position out of range."));
    if (from == to)
        return refuse(error, {});
    QString err;
    auto* cmd = new MoveCommand(doc, &err, from, to, &Document::applyMoveParty);
    cmd->setText(tr("Move party %1").arg(doc->dossier().parties()[from].name));
    return push(doc, cmd, err, error);
}

// ---- issues ---------------------------------------------------------------------------------------------------

bool addIssue(Document* doc, const Issue& i, qsizetype at, QString* error)
{
    QString err;
    auto* cmd
        = new TableRowCommand<Issue>(doc, &err, true, at, i, &Document::applyInsertIssue, &Document::applyRemoveIssue);
    cmd->setText(tr("Add issue %1").arg(i.name));
    return push(doc, cmd, err, error);
}

bool editIssue(Document* doc, const Issue& i, QString* error)
{
    const auto index = doc->dossier().issueIndex(i.id);
    if (index < 0)
        return refuse(error, tr("Unknown issue \"%1\".").arg(i.id));
    const Issue old = doc->dossier().issues()[index];
    if (old == i)
        return refuse(error, {});
    const int mergeId = singleFieldMergeId(
        old, i, { { &Issue::name, MergeIssueName }, { &Issue::description, MergeIssueDescription } });
    QString err;
    auto* cmd = new EditCommand<Issue>(doc, &err, old, i, &Document::applyUpdateIssue, mergeId);
    cmd->setText(mergeId == MergeIssueName ? tr("Rename issue %1 to %2").arg(old.name, i.name)
                                           : tr("Edit issue %1").arg(i.name));
    return push(doc, cmd, err, error);
}

bool removeIssue(Document* doc, const QString& id, QString* error)
{
    const auto index = doc->dossier().issueIndex(id);
    if (index < 0)
        return refuse(error, tr("Unknown issue \"%1\".").arg(id));
    const Issue old = doc->dossier().issues()[index];
    QString err;
    auto* cmd = new TableRowCommand<Issue>(
        doc, &err, false, index, old, &Document::applyInsertIssue, &Document::applyRemoveIssue);
    cmd->setText(tr("Remove issue %1").arg(old.name));
    return push(doc, cmd, err, error);
}

bool moveIssue(Document* doc, qsizetype from, qsizetype to, QString* error)
{
    const auto n = doc->dossier().issues().size();
    if (from < 0 || from >= n || to < 0 || to >= n)
        return refuse(error, tr("Issue position out of range."));
    if (from == to)
        return refuse(error, {});
    QString err;
    auto* cmd = new MoveCommand(doc, &err, from, to, &Document::applyMoveIssue);
    cmd->setText(tr("Move issue %1").arg(doc->dossier().issues()[from].name));
    return push(doc, cmd, err, error);
}

// ---- sources --------------------------------------------------------------------------------------------------

bool addSource(Document* doc, const Source& s, qsizetype at, QString* error)
{
    QString err;
    auto* cmd = new TableRowCommand<Source>(
        doc, &err, true, at, s, &Document::applyInsertSource, &Document::applyRemoveSource);
    cmd->setText(tr("Add source %1").arg(quoted(s.title.isEmpty() ? s.outlet : s.title)));
    return push(doc, cmd, err, error);
}

bool editSource(Document* doc, const Source& s, QString* error)
{
    const auto index = doc->dossier().sourceIndex(s.id);
    if (index < 0)
        return refuse(error, tr("Unknown source \"%1\".").arg(s.id));
    const Source old = doc->dossier().sources()[index];
    if (old == s)
        return refuse(error, {});
    const int mergeId = singleFieldMergeId(old, s,
        { { &Source::outlet, MergeSourceOutlet }, { &Source::title, MergeSourceTitle },
            { &Source::url, MergeSourceUrl }, { &Source::note, MergeSourceNote } });
    QString err;
    auto* cmd = new EditCommand<Source>(doc, &err, old, s, &Document::applyUpdateSource, mergeId);
    cmd->setText(tr("Edit source %1").arg(quoted(s.title.isEmpty() ? s.outlet : s.title)));
    return push(doc, cmd, err, error);
}

bool removeSource(Document* doc, const QString& id, QString* error)
{
    const auto index = doc->dossier().sourceIndex(id);
    if (index < 0)
        return refuse(error, tr("Unknown source \"%1\".").arg(id));
    const Source old = doc->dossier().sources()[index];
    QString err;
    auto* cmd = new TableRowCommand<Source>(
        doc, &err, false, index, old, &Document::applyInsertSource, &Document::applyRemoveSource);
    cmd->setText(tr("Remove source %1").arg(quoted(old.title.isEmpty() ? old.outlet : old.title)));
    return push(doc, cmd, err, error);
}

// ---- histories ------------------------------------------------------------------------------------------------

bool recordPosition(Document* doc, PositionChange c, qint64* newId, QString* error)
{
    const Dossier& d = doc->dossier();
    if (auto e = d.checkPositionChange(c); !e.isEmpty())
        return refuse(error, e);
    const auto* inForce = d.positionAsOf(d.partyIndex(c.partyId), d.issueIndex(c.issueId), c.effective.msecs);
    // A new grading of the claims behind the same stance is a judgement of its own, worth recording.
    if (inForce && inForce->stance == c.stance && inForce->salience == c.salience && inForce->note == c.note
        && inForce->claims == c.claims)
        return refuse(error, {});
    c.id = d.nextChangeId();
    c.recordedAt = doc->now();
    c.recordedBy = doc->userName();
    c.retracted = false;
    c.retractedAt = 0;
    c.retractedBy.clear();
    QString err;
    auto* cmd = new RecordCommand<PositionChange>(
        doc, &err, c, &Document::applyAddPositionChange, &Document::applySetPositionRetracted);
    cmd->setText(
        tr("Set %1 on %2 to %3")
            .arg(nameOf(d.parties(), c.partyId), nameOf(d.issues(), c.issueId), d.stanceLevel(c.stance)->label));
    const bool ok = push(doc, cmd, err, error);
    if (ok && newId)
        *newId = cmd->changeId(); // the id it was stored under (a team server hands it out)
    return ok;
}

bool recordStatus(Document* doc, StatusChange c, qint64* newId, QString* error)
{
    const Dossier& d = doc->dossier();
    if (auto e = d.checkStatusChange(c); !e.isEmpty())
        return refuse(error, e);
    const auto* inForce = d.statusAsOf(d.issueIndex(c.issueId), c.effective.msecs);
    if (inForce && inForce->status == c.status && inForce->note == c.note && inForce->claims == c.claims)
        return refuse(error, {});
    c.id = d.nextChangeId();
    c.recordedAt = doc->now();
    c.recordedBy = doc->userName();
    c.retracted = false;
    c.retractedAt = 0;
    c.retractedBy.clear();
    QString err;
    auto* cmd = new RecordCommand<StatusChange>(
        doc, &err, c, &Document::applyAddStatusChange, &Document::applySetStatusRetracted);
    cmd->setText(tr("Set status of %1 to %2").arg(nameOf(d.issues(), c.issueId), d.statusLevel(c.status)->label));
    const bool ok = push(doc, cmd, err, error);
    if (ok && newId)
        *newId = cmd->changeId(); // the id it was stored under (a team server hands it out)
    return ok;
}

bool retractPosition(Document* doc, qint64 id, QString* error)
{
    const Dossier& d = doc->dossier();
    const auto index = d.positionChangeIndex(id);
    if (index < 0)
        return refuse(error, tr("Unknown position change %1.").arg(id));
    const auto& c = d.positionChanges()[size_t(index)];
    if (c.retracted)
        return refuse(error, {});
    QString err;
    auto* cmd = new RetractCommand(doc, &err, id, &Document::applySetPositionRetracted);
    const auto* level = d.stanceLevel(c.stance);
    cmd->setText(
        tr("Retract %1 on %2: %3")
            .arg(nameOf(d.parties(), c.partyId), nameOf(d.issues(), c.issueId), level ? level->label : c.stance));
    return push(doc, cmd, err, error);
}

bool retractStatus(Document* doc, qint64 id, QString* error)
{
    const Dossier& d = doc->dossier();
    const auto index = d.statusChangeIndex(id);
    if (index < 0)
        return refuse(error, tr("Unknown status change %1.").arg(id));
    const auto& c = d.statusChanges()[size_t(index)];
    if (c.retracted)
        return refuse(error, {});
    QString err;
    auto* cmd = new RetractCommand(doc, &err, id, &Document::applySetStatusRetracted);
    const auto* level = d.statusLevel(c.status);
    cmd->setText(tr("Retract status of %1: %2").arg(nameOf(d.issues(), c.issueId), level ? level->label : c.status));
    return push(doc, cmd, err, error);
}

// ---- scales and meta ------------------------------------------------------------------------------------------

bool setScales(Document* doc, const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status, QString* error)
{
    const Dossier& d = doc->dossier();
    if (stance == d.stanceScale() && status == d.statusScale())
        return refuse(error, {});
    QString err;
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
    return push(doc, cmd, err, error);
}

bool editMeta(Document* doc, const QString& name, const QString& description, QString* error)
{
    const Meta old { {}, doc->dossier().name, doc->dossier().description };
    const Meta now { {}, name, description };
    if (old == now)
        return refuse(error, {});
    const int mergeId = singleFieldMergeId(
        old, now, { { &Meta::name, MergeMetaName }, { &Meta::description, MergeMetaDescription } });
    QString err;
    auto* cmd = new MetaCommand(doc, &err, old, now, mergeId);
    cmd->setText(mergeId == MergeMetaName     ? tr("Rename dossier to %1").arg(quoted(name))
            : mergeId == MergeMetaDescription ? tr("Edit dossier description")
                                              : tr("Edit dossier"));
    return push(doc, cmd, err, error);
}

} // namespace Entente::Command
