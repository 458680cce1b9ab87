// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossier.h"

#include <QSet>

#include <algorithm>

namespace Entente {

namespace {
    template<typename T>
    qsizetype indexById(const QList<T>& list, const QString& id)
    {
        for (qsizetype i = 0; i < list.size(); ++i)
            if (list[i].id == id)
                return i;
        return -1;
    }

    Status checkColor(const QString& c)
    {
        if (c.isEmpty())
            return {};
        bool hex = c.size() == 7 && c[0] == u'#';
        for (qsizetype i = 1; hex && i < 7; ++i)
            hex = c[i].isDigit() || (c[i].toLower() >= u'a' && c[i].toLower() <= u'f');
        if (!hex)
            return Error(Dossier::tr("colour \"%1\" is not #rrggbb").arg(c), Error::Kind::Invalid);
        return {};
    }

    // `empty`: the whole message for an empty id ("party id is empty"), translated by the caller.
    Status checkId(const QString& id, const QString& empty)
    {
        if (id.trimmed().isEmpty())
            return Error(empty, Error::Kind::Invalid);
        return {};
    }

    enum class ScaleKind : bool { Stance, Status };

    Status checkScale(const QList<ScaleLevel>& levels, ScaleKind kind)
    {
        const bool stance = kind == ScaleKind::Stance;
        if (levels.isEmpty())
            return Error(stance ? Dossier::tr("the stance scale has no levels") : Dossier::tr("the status scale has no levels"),
                Error::Kind::Invalid);
        QSet<QString> keys;
        for (const auto& l : levels) {
            if (l.key.isEmpty())
                return Error(stance ? Dossier::tr("a stance level has an empty key") : Dossier::tr("a status level has an empty key"),
                    Error::Kind::Invalid);
            if (keys.contains(l.key))
                return Error((stance ? Dossier::tr("duplicate stance level \"%1\"") : Dossier::tr("duplicate status level \"%1\""))
                                 .arg(l.key),
                    Error::Kind::Invalid);
            keys.insert(l.key);
            if (auto e = checkColor(l.color); !e.ok())
                return e;
        }
        return {};
    }
}

Dossier::Dossier()
    : m_stanceScale(defaultStanceScale())
    , m_statusScale(defaultStatusScale())
{
}

qsizetype Dossier::sourceIndex(const QString& id) const { return indexById(m_sources, id); }
qsizetype Dossier::eraIndex(const QString& id) const { return indexById(m_eras, id); }

const ScaleLevel* Dossier::stanceLevel(const QString& key) const
{
    for (const auto& l : m_stanceScale)
        if (l.key == key)
            return &l;
    return nullptr;
}

const ScaleLevel* Dossier::statusLevel(const QString& key) const
{
    for (const auto& l : m_statusScale)
        if (l.key == key)
            return &l;
    return nullptr;
}

void Dossier::reindexTables()
{
    m_partyIndex.clear();
    for (qsizetype i = 0; i < m_parties.size(); ++i)
        m_partyIndex.insert(m_parties[i].id, i);
    m_issueIndex.clear();
    for (qsizetype i = 0; i < m_issues.size(); ++i)
        m_issueIndex.insert(m_issues[i].id, i);
    rebuildPositionIndex();
    rebuildStatusIndex();
    rebuildCapabilityIndex();
}

Status Dossier::checkParty(const Party& p) const
{
    if (p.name.trimmed().isEmpty())
        return Error(tr("party \"%1\" has no name").arg(p.id), Error::Kind::Invalid);
    if (auto e = checkColor(p.color); !e.ok())
        return e;
    if (!p.parentId.isEmpty() && (p.parentId == p.id || partyIndex(p.parentId) < 0))
        return Error(tr("party \"%1\" names an unknown bloc \"%2\"").arg(p.id, p.parentId), Error::Kind::Invalid);
    return {};
}

Status Dossier::insertParty(qsizetype at, const Party& p)
{
    if (auto e = checkId(p.id, tr("party id is empty")); !e.ok())
        return e;
    if (partyIndex(p.id) >= 0)
        return Error(tr("duplicate party id \"%1\"").arg(p.id), Error::Kind::Invalid);
    if (auto e = checkParty(p); !e.ok())
        return e;
    m_parties.insert(at < 0 || at > m_parties.size() ? m_parties.size() : at, p);
    reindexTables();
    return {};
}

Status Dossier::updateParty(const Party& p)
{
    const auto i = partyIndex(p.id);
    if (i < 0)
        return Error(tr("unknown party \"%1\"").arg(p.id), Error::Kind::NotFound);
    if (auto e = checkParty(p); !e.ok())
        return e;
    m_parties[i] = p;
    return {};
}

bool Dossier::eventsReference(EventStore::RefKind kind, const QString& id) const
{
    const quint32 sym = m_events.symbolOf(id);
    if (sym == Dictionary::None)
        return false;
    for (qsizetype r = 0; r < m_events.size(); ++r)
        if (m_events.hasRef(r, kind, sym))
            return true;
    return false;
}

bool Dossier::partyReferenced(const QString& id) const
{
    if (std::any_of(m_positions.begin(), m_positions.end(), [&](const auto& c) { return c.partyId == id; }))
        return true;
    if (std::any_of(m_capabilities.begin(), m_capabilities.end(), [&](const auto& c) { return c.partyId == id; }))
        return true;
    if (std::any_of(m_parties.begin(), m_parties.end(), [&](const auto& p) { return p.parentId == id; }))
        return true;
    if (notesReference(NoteTarget::Party, id))
        return true;
    if (std::any_of(m_views.begin(), m_views.end(),
            [&](const auto& v) { return v.scenario && v.scenario->overrides.contains(id); }))
        return true;
    return eventsReference(EventStore::RefKind::Party, id);
}

Status Dossier::removeParty(const QString& id)
{
    const auto i = partyIndex(id);
    if (i < 0)
        return Error(tr("unknown party \"%1\"").arg(id), Error::Kind::NotFound);
    if (partyReferenced(id))
        return Error(
            tr("party \"%1\" is still referenced by events, positions, notes, member parties or saved scenarios")
                .arg(id),
            Error::Kind::Invalid);
    m_parties.removeAt(i);
    reindexTables();
    return {};
}

Status Dossier::moveParty(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= m_parties.size() || to < 0 || to >= m_parties.size())
        return Error(tr("party position out of range"), Error::Kind::Invalid);
    m_parties.move(from, to);
    reindexTables();
    return {};
}

Status Dossier::insertIssue(qsizetype at, const Issue& is)
{
    if (auto e = checkId(is.id, tr("issue id is empty")); !e.ok())
        return e;
    if (issueIndex(is.id) >= 0)
        return Error(tr("duplicate issue id \"%1\"").arg(is.id), Error::Kind::Invalid);
    if (is.name.trimmed().isEmpty())
        return Error(tr("issue \"%1\" has no name").arg(is.id), Error::Kind::Invalid);
    if (const QString bad = checkAxis(is.axis); !bad.isEmpty())
        return Error(tr("issue \"%1\": %2").arg(is.id, bad), Error::Kind::Invalid);
    m_issues.insert(at < 0 || at > m_issues.size() ? m_issues.size() : at, is);
    reindexTables();
    return {};
}

Status Dossier::updateIssue(const Issue& is)
{
    const auto i = issueIndex(is.id);
    if (i < 0)
        return Error(tr("unknown issue \"%1\"").arg(is.id), Error::Kind::NotFound);
    if (is.name.trimmed().isEmpty())
        return Error(tr("issue \"%1\" has no name").arg(is.id), Error::Kind::Invalid);
    if (const QString bad = checkAxis(is.axis); !bad.isEmpty())
        return Error(tr("issue \"%1\": %2").arg(is.id, bad), Error::Kind::Invalid);
    // Recorded values on the axis must stay on it.
    for (const auto& c : m_positions)
        if (c.issueId == is.id && c.axisValue) {
            if (is.axis.isEmpty())
                return Error(tr("issue \"%1\": recorded positions carry values on its axis").arg(is.id), Error::Kind::Invalid);
            if (*c.axisValue < is.axis.first().value || *c.axisValue > is.axis.last().value)
                return Error(tr("issue \"%1\": the recorded value %2 would be off the axis (%3 to %4)")
                                 .arg(is.id)
                                 .arg(*c.axisValue)
                                 .arg(is.axis.first().value)
                                 .arg(is.axis.last().value),
                    Error::Kind::Invalid);
        }
    m_issues[i] = is;
    return {};
}

bool Dossier::issueReferenced(const QString& id) const
{
    if (std::any_of(m_positions.begin(), m_positions.end(), [&](const auto& c) { return c.issueId == id; }))
        return true;
    if (std::any_of(m_statuses.begin(), m_statuses.end(), [&](const auto& c) { return c.issueId == id; }))
        return true;
    if (std::any_of(m_capabilities.begin(), m_capabilities.end(), [&](const auto& c) { return c.issueId == id; }))
        return true;
    if (notesReference(NoteTarget::Issue, id))
        return true;
    if (std::any_of(
            m_views.begin(), m_views.end(), [&](const auto& v) { return v.scenario && v.scenario->issue == id; }))
        return true;
    return eventsReference(EventStore::RefKind::Issue, id);
}

Status Dossier::removeIssue(const QString& id)
{
    const auto i = issueIndex(id);
    if (i < 0)
        return Error(tr("unknown issue \"%1\"").arg(id), Error::Kind::NotFound);
    if (issueReferenced(id))
        return Error(tr("issue \"%1\" is still referenced by events, changes, notes or saved scenarios").arg(id),
            Error::Kind::Invalid);
    m_issues.removeAt(i);
    reindexTables();
    return {};
}

Status Dossier::moveIssue(qsizetype from, qsizetype to)
{
    if (from < 0 || from >= m_issues.size() || to < 0 || to >= m_issues.size())
        return Error(tr("issue position out of range"), Error::Kind::Invalid);
    m_issues.move(from, to);
    reindexTables();
    return {};
}

Status Dossier::checkSourceGrading(const Source& s) const
{
    if (s.reliability < u'A' || s.reliability > u'F')
        return Error(tr("source \"%1\": reliability must be A to F").arg(s.id), Error::Kind::Invalid);
    if (s.credibility < 1 || s.credibility > 6)
        return Error(tr("source \"%1\": credibility must be 1 to 6").arg(s.id), Error::Kind::Invalid);
    return {};
}

Status Dossier::insertSource(qsizetype at, const Source& s)
{
    if (auto e = checkId(s.id, tr("source id is empty")); !e.ok())
        return e;
    if (sourceIndex(s.id) >= 0)
        return Error(tr("duplicate source id \"%1\"").arg(s.id), Error::Kind::Invalid);
    if (auto e = checkSourceGrading(s); !e.ok())
        return e;
    m_sources.insert(at < 0 || at > m_sources.size() ? m_sources.size() : at, s);
    return {};
}

Status Dossier::updateSource(const Source& s)
{
    const auto i = sourceIndex(s.id);
    if (i < 0)
        return Error(tr("unknown source \"%1\"").arg(s.id), Error::Kind::NotFound);
    if (auto e = checkSourceGrading(s); !e.ok())
        return e;
    m_sources[i] = s;
    return {};
}

bool Dossier::sourceReferenced(const QString& id) const
{
    auto cites = [&](const ChangeRecord& c) { return c.citedSources.contains(id); };
    if (std::any_of(m_positions.begin(), m_positions.end(), cites)
        || std::any_of(m_statuses.begin(), m_statuses.end(), cites)
        || std::any_of(m_capabilities.begin(), m_capabilities.end(), cites))
        return true;
    if (std::any_of(m_notes.begin(), m_notes.end(), [&](const Note& n) { return claimFor(n.evidence, id); }))
        return true;
    return eventsReference(EventStore::RefKind::Source, id);
}

Status Dossier::removeSource(const QString& id)
{
    const auto i = sourceIndex(id);
    if (i < 0)
        return Error(tr("unknown source \"%1\"").arg(id), Error::Kind::NotFound);
    if (sourceReferenced(id))
        return Error(tr("source \"%1\" is still cited").arg(id), Error::Kind::Invalid);
    m_sources.removeAt(i);
    return {};
}

Status Dossier::checkEraDates(const Era& e) const
{
    if (!e.start.isValid() || !e.end.isValid() || e.end.periodEnd() <= e.start.msecs)
        return Error(tr("era \"%1\" needs a start before its end").arg(e.id), Error::Kind::Invalid);
    return {};
}

Status Dossier::insertEra(qsizetype at, const Era& e)
{
    if (auto err = checkId(e.id, tr("era id is empty")); !err.ok())
        return err;
    if (eraIndex(e.id) >= 0)
        return Error(tr("duplicate era id \"%1\"").arg(e.id), Error::Kind::Invalid);
    if (auto err = checkEraDates(e); !err.ok())
        return err;
    m_eras.insert(at < 0 || at > m_eras.size() ? m_eras.size() : at, e);
    return {};
}

Status Dossier::updateEra(const Era& e)
{
    const auto i = eraIndex(e.id);
    if (i < 0)
        return Error(tr("unknown era \"%1\"").arg(e.id), Error::Kind::NotFound);
    if (auto err = checkEraDates(e); !err.ok())
        return err;
    m_eras[i] = e;
    return {};
}

Status Dossier::removeEra(const QString& id)
{
    const auto i = eraIndex(id);
    if (i < 0)
        return Error(tr("unknown era \"%1\"").arg(id), Error::Kind::NotFound);
    if (notesReference(NoteTarget::Era, id))
        return Error(tr("era \"%1\" still carries a note").arg(id), Error::Kind::Invalid);
    m_eras.removeAt(i);
    return {};
}

Status Dossier::setStanceScale(const QList<ScaleLevel>& levels)
{
    if (auto e = checkScale(levels, ScaleKind::Stance); !e.ok())
        return e;
    for (const auto& c : m_positions)
        if (std::none_of(levels.begin(), levels.end(), [&](const auto& l) { return l.key == c.stance; }))
            return Error(tr("stance level \"%1\" is used by recorded positions").arg(c.stance), Error::Kind::Invalid);
    m_stanceScale = levels;
    return {};
}

Status Dossier::setStatusScale(const QList<ScaleLevel>& levels)
{
    if (auto e = checkScale(levels, ScaleKind::Status); !e.ok())
        return e;
    for (const auto& c : m_statuses)
        if (std::none_of(levels.begin(), levels.end(), [&](const auto& l) { return l.key == c.status; }))
            return Error(tr("status \"%1\" is used by recorded status changes").arg(c.status), Error::Kind::Invalid);
    m_statusScale = levels;
    return {};
}

Status Dossier::checkEvent(const Event& e) const
{
    const QString label = e.id ? tr("event %1").arg(e.id) : tr("the event");
    if (!e.start.isValid())
        return Error(tr("%1 has no start date").arg(label), Error::Kind::Invalid);
    // An end is a period too: "2016-01-05" may end an event that starts at 02:45 that day.
    if (e.end.isValid() && e.end.periodEnd() <= e.start.msecs)
        return Error(tr("%1 ends before it starts").arg(label), Error::Kind::Invalid);
    if (e.title.trimmed().isEmpty())
        return Error(tr("%1 has no title").arg(label), Error::Kind::Invalid);
    for (const auto& p : e.parties)
        if (partyIndex(p) < 0)
            return Error(tr("%1 names an unknown party \"%2\"").arg(label, p), Error::Kind::Invalid);
    for (const auto& i : e.issues)
        if (issueIndex(i) < 0)
            return Error(tr("%1 names an unknown issue \"%2\"").arg(label, i), Error::Kind::Invalid);
    for (const auto& s : e.sources)
        if (sourceIndex(s) < 0)
            return Error(tr("%1 cites an unknown source \"%2\"").arg(label, s), Error::Kind::Invalid);
    if (const QString bad = checkClaims(e.sources, e.claims); !bad.isEmpty())
        return Error(label + u": " + bad, Error::Kind::Invalid);
    return {};
}

Result<qsizetype> Dossier::insertEvent(const Event& e)
{
    if (auto err = checkEvent(e); !err.ok())
        return err.error();
    if (e.id != 0 && m_events.rowOfId(e.id) >= 0)
        return Error(tr("duplicate event id %1").arg(e.id), Error::Kind::Invalid);
    return m_events.insert(e);
}

Result<qsizetype> Dossier::updateEvent(const Event& e)
{
    const auto row = m_events.rowOfId(e.id);
    if (row < 0)
        return Error(tr("unknown event %1").arg(e.id), Error::Kind::NotFound);
    if (auto err = checkEvent(e); !err.ok())
        return err.error();
    return m_events.update(row, e);
}

Status Dossier::removeEvent(qint64 id)
{
    const auto row = m_events.rowOfId(id);
    if (row < 0)
        return Error(tr("unknown event %1").arg(id), Error::Kind::NotFound);
    if (notesReference(NoteTarget::Event, QString::number(id)))
        return Error(tr("event %1 still carries a note").arg(id), Error::Kind::Invalid);
    m_events.removeAt(row);
    return {};
}

QStringList Dossier::validate() const
{
    QStringList errors;
    if (m_events.hasDuplicateIds())
        errors << tr("duplicate event id %1").arg(m_events.duplicateId());
    // The date rule insertEvent applies one by one, for events that arrived in bulk (a file, an import).
    for (qsizetype r = 0; r < m_events.size() && errors.size() < 20; ++r) {
        const qint64 start = m_events.start(r), end = m_events.end(r);
        if (start != PartialDate::Invalid && end != PartialDate::Invalid && end <= start && m_events.endDate(r).periodEnd() <= start)
            errors << tr("event %1 ends before it starts").arg(m_events.id(r));
    }
    // Check each distinct referenced symbol once rather than every event.
    const auto& sym = m_events.symbols();
    std::vector<quint8> seen(size_t(sym.size()) * 4, 0);
    for (qsizetype r = 0; r < m_events.size() && errors.size() < 20; ++r) {
        for (quint32 ref : m_events.refs(r)) {
            const auto kind = EventStore::refKindOf(ref), s = EventStore::refSymbolOf(ref);
            auto& flag = seen[size_t(s) * 4 + kind];
            if (flag)
                continue;
            flag = 1;
            const QString& text = sym.text(s);
            const QString label = tr("event %1").arg(m_events.id(r));
            if (kind == quint32(EventStore::RefKind::Party) && partyIndex(text) < 0)
                errors << tr("%1 names an unknown party \"%2\"").arg(label, text);
            else if (kind == quint32(EventStore::RefKind::Issue) && issueIndex(text) < 0)
                errors << tr("%1 names an unknown issue \"%2\"").arg(label, text);
            else if (kind == quint32(EventStore::RefKind::Source) && sourceIndex(text) < 0)
                errors << tr("%1 cites an unknown source \"%2\"").arg(label, text);
        }
    }
    for (auto it = m_events.allClaims().cbegin(); it != m_events.allClaims().cend() && errors.size() < 20; ++it) {
        const qsizetype row = m_events.rowOfId(it.key());
        const QString bad = row < 0 ? tr("claims of an unknown event")
                                    : checkClaims(m_events.refTexts(row, EventStore::RefKind::Source), it.value());
        if (!bad.isEmpty())
            errors << tr("event %1: %2").arg(it.key()).arg(bad);
    }
    for (const auto& c : m_positions)
        if (const QString bad = checkClaims(c.citedSources, c.claims); !bad.isEmpty() && errors.size() < 20)
            errors << tr("position change %1: %2").arg(c.id).arg(bad);
    for (const auto& c : m_statuses)
        if (const QString bad = checkClaims(c.citedSources, c.claims); !bad.isEmpty() && errors.size() < 20)
            errors << tr("status change %1: %2").arg(c.id).arg(bad);
    for (const auto& c : m_capabilities)
        if (const QString bad = checkClaims(c.citedSources, c.claims); !bad.isEmpty() && errors.size() < 20)
            errors << tr("capability change %1: %2").arg(c.id).arg(bad);
    if (!m_eventsPending) {
        auto checkCitations = [&](const ChangeRecord& c, const QString& what) {
            for (qint64 e : c.citedEvents)
                if (errors.size() < 20 && m_events.rowOfId(e) < 0)
                    errors << what.arg(c.id).arg(e);
        };
        for (const auto& c : m_positions)
            checkCitations(c, tr("position change %1 cites an unknown event %2"));
        for (const auto& c : m_statuses)
            checkCitations(c, tr("status change %1 cites an unknown event %2"));
        for (const auto& c : m_capabilities)
            checkCitations(c, tr("capability change %1 cites an unknown event %2"));
        for (const auto& n : m_notes)
            if (errors.size() < 20 && n.target == NoteTarget::Event && m_events.rowOfId(n.eventId) < 0)
                errors << tr("note \"%1\" is pinned to an unknown event %2").arg(n.id).arg(n.eventId);
    }
    return errors;
}

Status Dossier::adoptEvents(EventStore events)
{
    if (!m_events.isEmpty())
        return Error(tr("the dossier already has events"), Error::Kind::Invalid);
    m_events = std::move(events);
    m_eventsPending = false;
    const QStringList problems = validate();
    if (!problems.isEmpty())
        return Error(problems.first(), Error::Kind::Invalid);
    return {};
}

} // namespace Entente
