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

QString Dossier::checkNote(const Note& n) const
{
    if (n.id.trimmed().isEmpty())
        return QStringLiteral("note id is empty");
    if (n.text.trimmed().isEmpty())
        return QStringLiteral("note \"%1\" has no text").arg(n.id);
    const bool party = n.target == NoteTarget::Party || n.target == NoteTarget::Cell;
    const bool issue = n.target == NoteTarget::Issue || n.target == NoteTarget::Cell;
    if (party && partyIndex(n.partyId) < 0)
        return QStringLiteral("note \"%1\" is pinned to an unknown party \"%2\"").arg(n.id, n.partyId);
    if (issue && issueIndex(n.issueId) < 0)
        return QStringLiteral("note \"%1\" is pinned to an unknown issue \"%2\"").arg(n.id, n.issueId);
    if (!party && !n.partyId.isEmpty())
        return QStringLiteral("note \"%1\" is pinned to a %2 but names a party").arg(n.id, noteTargetKey(n.target));
    if (!issue && !n.issueId.isEmpty())
        return QStringLiteral("note \"%1\" is pinned to a %2 but names an issue").arg(n.id, noteTargetKey(n.target));
    if ((n.target == NoteTarget::Date) != n.date.isValid())
        return n.target == NoteTarget::Date
            ? QStringLiteral("note \"%1\" is pinned to a date but has none").arg(n.id)
            : QStringLiteral("note \"%1\" is pinned to a %2 but names a date").arg(n.id, noteTargetKey(n.target));
    if ((n.target == NoteTarget::Era) != !n.eraId.isEmpty())
        return QStringLiteral("note \"%1\" names an era only when pinned to one").arg(n.id);
    if (n.target == NoteTarget::Era && eraIndex(n.eraId) < 0)
        return QStringLiteral("note \"%1\" is pinned to an unknown era \"%2\"").arg(n.id, n.eraId);
    if ((n.target == NoteTarget::Event) != (n.eventId != 0))
        return QStringLiteral("note \"%1\" names an event only when pinned to one").arg(n.id);
    if (n.target == NoteTarget::Event && !m_eventsPending && m_events.rowOfId(n.eventId) < 0)
        return QStringLiteral("note \"%1\" is pinned to an unknown event %2").arg(n.id).arg(n.eventId);
    if (!n.confidence && !n.evidence.isEmpty())
        return QStringLiteral("note \"%1\" cites evidence but is not a key judgement (no confidence)").arg(n.id);
    QStringList cited;
    for (const Claim& c : n.evidence) {
        if (sourceIndex(c.sourceId) < 0)
            return QStringLiteral("note \"%1\" cites an unknown source \"%2\"").arg(n.id, c.sourceId);
        cited << c.sourceId;
    }
    if (const QString bad = checkClaims(cited, n.evidence); !bad.isEmpty())
        return QStringLiteral("note \"%1\": %2").arg(n.id, bad);
    return {};
}

QString Dossier::insertNote(qsizetype at, const Note& n)
{
    if (noteIndex(n.id) >= 0)
        return QStringLiteral("duplicate note id \"%1\"").arg(n.id);
    if (auto e = checkNote(n); !e.isEmpty())
        return e;
    m_notes.insert(at < 0 || at > m_notes.size() ? m_notes.size() : at, n);
    return {};
}

QString Dossier::updateNote(const Note& n)
{
    const auto i = noteIndex(n.id);
    if (i < 0)
        return QStringLiteral("unknown note \"%1\"").arg(n.id);
    if (auto e = checkNote(n); !e.isEmpty())
        return e;
    m_notes[i] = n;
    return {};
}

QString Dossier::removeNote(const QString& id)
{
    const auto i = noteIndex(id);
    if (i < 0)
        return QStringLiteral("unknown note \"%1\"").arg(id);
    m_notes.removeAt(i);
    return {};
}

QString Dossier::checkSavedView(const SavedView& v, qsizetype self) const
{
    if (v.id.trimmed().isEmpty())
        return QStringLiteral("view id is empty");
    if (v.name.trimmed().isEmpty())
        return QStringLiteral("view \"%1\" has no name").arg(v.id);
    if (const auto other = savedViewByName(v.name); other >= 0 && other != self)
        return QStringLiteral("a view named \"%1\" exists already").arg(v.name.trimmed());
    return checkSavedViewKeys(v);
}

QString Dossier::insertSavedView(qsizetype at, const SavedView& v)
{
    if (savedViewIndex(v.id) >= 0)
        return QStringLiteral("duplicate view id \"%1\"").arg(v.id);
    if (auto e = checkSavedView(v, -1); !e.isEmpty())
        return e;
    m_views.insert(at < 0 || at > m_views.size() ? m_views.size() : at, v);
    return {};
}

QString Dossier::updateSavedView(const SavedView& v)
{
    const auto i = savedViewIndex(v.id);
    if (i < 0)
        return QStringLiteral("unknown view \"%1\"").arg(v.id);
    if (auto e = checkSavedView(v, i); !e.isEmpty())
        return e;
    m_views[i] = v;
    return {};
}

QString Dossier::removeSavedView(const QString& id)
{
    const auto i = savedViewIndex(id);
    if (i < 0)
        return QStringLiteral("unknown view \"%1\"").arg(id);
    m_views.removeAt(i);
    return {};
}

} // namespace Entente
