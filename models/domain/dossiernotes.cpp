// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier's notes, key judgements and saved views (dossier.h).
#include "dossier.h"

#include <algorithm>

namespace Entente {

namespace {
    template <typename T> qsizetype indexOfId(const QList<T>& list, const QString& id)
    {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list[i].id == id)
                return i;
        return -1;
    }
}

qsizetype Dossier::noteIndex(const QString& id) const { return indexOfId(m_notes, id); }
qsizetype Dossier::savedViewIndex(const QString& id) const { return indexOfId(m_views, id); }

qsizetype Dossier::savedViewByName(const QString& name) const
{
    const QString wanted = name.trimmed();
    for (qsizetype i = 0; i < m_views.size(); ++i)
        if (m_views[i].name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0)
            return i;
    return -1;
}

QList<qsizetype> Dossier::notesOnCell(const QString& partyId, const QString& issueId) const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < m_notes.size(); ++i)
        if (m_notes[i].target == NoteTarget::Cell && m_notes[i].partyId == partyId && m_notes[i].issueId == issueId)
            out.append(i);
    return out;
}

QList<qsizetype> Dossier::notesOnEvent(qint64 eventId) const
{
    QList<qsizetype> out;
    for (qsizetype i = 0; i < m_notes.size(); ++i)
        if (m_notes[i].target == NoteTarget::Event && m_notes[i].eventId == eventId)
            out.append(i);
    return out;
}

bool Dossier::notesReference(NoteTarget target, const QString& id) const
{
    return std::any_of(m_notes.begin(), m_notes.end(), [&](const Note& n) {
        switch (target) {
        case NoteTarget::Party:
            return (n.target == NoteTarget::Party || n.target == NoteTarget::Cell) && n.partyId == id;
        case NoteTarget::Issue:
            return (n.target == NoteTarget::Issue || n.target == NoteTarget::Cell) && n.issueId == id;
        case NoteTarget::Era:
            return n.target == NoteTarget::Era && n.eraId == id;
        case NoteTarget::Event:
            return n.target == NoteTarget::Event && QString::number(n.eventId) == id;
        case NoteTarget::Date:
        case NoteTarget::Cell:
            break;
        }
        return false;
    });
}

Status Dossier::checkNote(const Note& n) const
{
    if (n.id.trimmed().isEmpty())
        return Error(tr("note id is empty"), Error::Kind::Invalid);
    if (n.text.trimmed().isEmpty())
        return Error(tr("note \"%1\" has no text").arg(n.id), Error::Kind::Invalid);
    const bool party = n.target == NoteTarget::Party || n.target == NoteTarget::Cell;
    const bool issue = n.target == NoteTarget::Issue || n.target == NoteTarget::Cell;
    if (party && partyIndex(n.partyId) < 0)
        return Error(tr("note \"%1\" is pinned to an unknown party \"%2\"").arg(n.id, n.partyId), Error::Kind::Invalid);
    if (issue && issueIndex(n.issueId) < 0)
        return Error(tr("note \"%1\" is pinned to an unknown issue \"%2\"").arg(n.id, n.issueId), Error::Kind::Invalid);
    if (!party && !n.partyId.isEmpty())
        return Error(tr("note \"%1\" is pinned to a %2 but names a party").arg(n.id, noteTargetKey(n.target)), Error::Kind::Invalid);
    if (!issue && !n.issueId.isEmpty())
        return Error(tr("note \"%1\" is pinned to a %2 but names an issue").arg(n.id, noteTargetKey(n.target)), Error::Kind::Invalid);
    if ((n.target == NoteTarget::Date) != n.date.isValid())
        return Error(n.target == NoteTarget::Date
                ? tr("note \"%1\" is pinned to a date but has none").arg(n.id)
                : tr("note \"%1\" is pinned to a %2 but names a date").arg(n.id, noteTargetKey(n.target)),
            Error::Kind::Invalid);
    if ((n.target == NoteTarget::Era) != !n.eraId.isEmpty())
        return Error(tr("note \"%1\" names an era only when pinned to one").arg(n.id), Error::Kind::Invalid);
    if (n.target == NoteTarget::Era && eraIndex(n.eraId) < 0)
        return Error(tr("note \"%1\" is pinned to an unknown era \"%2\"").arg(n.id, n.eraId), Error::Kind::Invalid);
    if ((n.target == NoteTarget::Event) != (n.eventId != 0))
        return Error(tr("note \"%1\" names an event only when pinned to one").arg(n.id), Error::Kind::Invalid);
    if (n.target == NoteTarget::Event && !m_eventsPending && m_events.rowOfId(n.eventId) < 0)
        return Error(tr("note \"%1\" is pinned to an unknown event %2").arg(n.id).arg(n.eventId), Error::Kind::Invalid);
    if (!n.confidence && !n.evidence.isEmpty())
        return Error(tr("note \"%1\" cites evidence but is not a key judgement (no confidence)").arg(n.id), Error::Kind::Invalid);
    QStringList cited;
    for (const Claim& c : n.evidence) {
        if (sourceIndex(c.sourceId) < 0)
            return Error(tr("note \"%1\" cites an unknown source \"%2\"").arg(n.id, c.sourceId), Error::Kind::Invalid);
        cited << c.sourceId;
    }
    if (const QString bad = checkClaims(cited, n.evidence); !bad.isEmpty())
        return Error(tr("note \"%1\": %2").arg(n.id, bad), Error::Kind::Invalid);
    return {};
}

Status Dossier::insertNote(qsizetype at, const Note& n)
{
    if (noteIndex(n.id) >= 0)
        return Error(tr("duplicate note id \"%1\"").arg(n.id), Error::Kind::Invalid);
    if (auto e = checkNote(n); !e.ok())
        return e;
    m_notes.insert(at < 0 || at > m_notes.size() ? m_notes.size() : at, n);
    return {};
}

Status Dossier::updateNote(const Note& n)
{
    const auto i = noteIndex(n.id);
    if (i < 0)
        return Error(tr("unknown note \"%1\"").arg(n.id), Error::Kind::NotFound);
    if (auto e = checkNote(n); !e.ok())
        return e;
    m_notes[i] = n;
    return {};
}

Status Dossier::removeNote(const QString& id)
{
    const auto i = noteIndex(id);
    if (i < 0)
        return Error(tr("unknown note \"%1\"").arg(id), Error::Kind::NotFound);
    m_notes.removeAt(i);
    return {};
}

Status Dossier::checkSavedView(const SavedView& v, qsizetype self) const
{
    if (v.id.trimmed().isEmpty())
        return Error(tr("view id is empty"), Error::Kind::Invalid);
    if (v.name.trimmed().isEmpty())
        return Error(tr("view \"%1\" has no name").arg(v.id), Error::Kind::Invalid);
    if (const auto other = savedViewByName(v.name); other >= 0 && other != self)
        return Error(tr("a view named \"%1\" exists already").arg(v.name.trimmed()), Error::Kind::Invalid);
    if (const QString bad = checkSavedViewKeys(v); !bad.isEmpty())
        return Error(bad, Error::Kind::Invalid);
    if (v.scenario) {
        // What the scenario names must exist, as a change's party and issue must (a file naming others is refused).
        if (issueIndex(v.scenario->issue) < 0)
            return Error(
                tr("view \"%1\": the scenario's issue \"%2\" is not in the dossier").arg(v.name, v.scenario->issue),
                Error::Kind::Invalid);
        for (const auto& [party, o] : v.scenario->overrides)
            if (partyIndex(party) < 0)
                return Error(tr("view \"%1\": the scenario changes party \"%2\", which is not in the dossier")
                                 .arg(v.name, party),
                    Error::Kind::Invalid);
    }
    return {};
}

Status Dossier::insertSavedView(qsizetype at, const SavedView& v)
{
    if (savedViewIndex(v.id) >= 0)
        return Error(tr("duplicate view id \"%1\"").arg(v.id), Error::Kind::Invalid);
    if (auto e = checkSavedView(v, -1); !e.ok())
        return e;
    m_views.insert(at < 0 || at > m_views.size() ? m_views.size() : at, v);
    return {};
}

Status Dossier::updateSavedView(const SavedView& v)
{
    const auto i = savedViewIndex(v.id);
    if (i < 0)
        return Error(tr("unknown view \"%1\"").arg(v.id), Error::Kind::NotFound);
    if (auto e = checkSavedView(v, i); !e.ok())
        return e;
    m_views[i] = v;
    return {};
}

Status Dossier::removeSavedView(const QString& id)
{
    const auto i = savedViewIndex(id);
    if (i < 0)
        return Error(tr("unknown view \"%1\"").arg(id), Error::Kind::NotFound);
    m_views.removeAt(i);
    return {};
}

} // namespace Entente
