// SPDX-License-Identifier: GPL-3.0-or-later
// The second half of a JSON import: building the dossier from what was read, with every cross-reference
// checked and each failure located at the line and field path it came from.
#include "jsondossierparser.h"

namespace Entente::JsonImport {

bool Parser::checkEventRefs(Dossier& d)
{
    // Each distinct referenced symbol is checked once; a dangling one is traced back to its first event.
    const EventStore& ev = d.events();
    const Dictionary& sym = ev.symbols();
    std::vector<quint8> checked(size_t(sym.size()) * 4, 0);
    for (qsizetype row = 0; row < ev.size(); ++row) {
        for (quint32 ref : ev.refs(row)) {
            const auto kind = EventStore::RefKind(EventStore::refKindOf(ref));
            const auto s = EventStore::refSymbolOf(ref);
            auto& flag = checked[size_t(s) * 4 + quint32(kind)];
            if (flag || kind == EventStore::RefKind::Tag)
                continue;
            flag = 1;
            const QString& text = sym.text(s);
            const char* key = nullptr;
            const char* what = nullptr;
            if (kind == EventStore::RefKind::Party && d.partyIndex(text) < 0)
                key = "parties", what = "party";
            else if (kind == EventStore::RefKind::Issue && d.issueIndex(text) < 0)
                key = "issues", what = "issue";
            else if (kind == EventStore::RefKind::Source && d.sourceIndex(text) < 0)
                key = "sources", what = "source";
            if (!key)
                continue;
            const auto it = std::find(m_eventIds.begin(), m_eventIds.end(), ev.id(row));
            const auto k = size_t(it - m_eventIds.begin());
            return failAt(lineOnly(m_eventLines[k]), at("events", k, key),
                QStringLiteral("unknown %1 \"%2\"").arg(QLatin1String(what), text));
        }
    }
    return true;
}

bool Parser::assemble(Dossier& d)
{
    d.name = m_name;
    d.description = m_description;
    if (m_stanceScale)
        if (const auto e = d.setStanceScale(*m_stanceScale).message(); !e.isEmpty())
            return failAt(m_stanceAt, QStringLiteral("stanceScale"), e);
    if (m_statusScale)
        if (const auto e = d.setStatusScale(*m_statusScale).message(); !e.isEmpty())
            return failAt(m_statusAt, QStringLiteral("statusScale"), e);

    // Parties first without their bloc, so that a member may be listed before its bloc.
    for (size_t i = 0; i < m_parties.size(); ++i) {
        Party p = m_parties[i].value;
        p.parentId.clear();
        if (const auto e = d.insertParty(-1, p).message(); !e.isEmpty())
            return failAt(m_parties[i].at, at("parties", i), e);
    }
    for (size_t i = 0; i < m_parties.size(); ++i) {
        const auto& it = m_parties[i];
        if (it.value.parentId.isEmpty())
            continue;
        QString e = m_partyIds.contains(it.value.parentId)
            ? d.updateParty(it.value).message()
            : QStringLiteral("unknown party \"%1\"").arg(it.value.parentId);
        // A bloc chain must end: walking up more steps than there are parties means a loop.
        QString p = it.value.parentId;
        for (size_t steps = 0; e.isEmpty() && !p.isEmpty(); ++steps) {
            if (steps > m_parties.size() || p == it.value.id)
                e = QStringLiteral("the chain of parent blocs loops back to \"%1\"").arg(it.value.id);
            const auto pi
                = std::find_if(m_parties.begin(), m_parties.end(), [&](const auto& x) { return x.value.id == p; });
            p = pi == m_parties.end() ? QString() : pi->value.parentId;
        }
        if (!e.isEmpty())
            return failAt(it.field[5], at("parties", i, "parent"), e);
    }
    for (size_t i = 0; i < m_issues.size(); ++i)
        if (const auto e = d.insertIssue(-1, m_issues[i].value).message(); !e.isEmpty())
            return failAt(m_issues[i].at, at("issues", i), e);
    for (size_t i = 0; i < m_sources.size(); ++i)
        if (const auto e = d.insertSource(-1, m_sources[i].value).message(); !e.isEmpty())
            return failAt(m_sources[i].at, at("sources", i), e);
    for (size_t i = 0; i < m_eras.size(); ++i)
        if (const auto e = d.insertEra(-1, m_eras[i].value).message(); !e.isEmpty())
            return failAt(m_eras[i].at, at("eras", i), e);

    EventStore& store = d.eventsForBulkLoad();
    store.finish();
    if (store.hasDuplicateIds()) {
        const qint64 id = store.duplicateId();
        const auto first = std::find(m_eventIds.begin(), m_eventIds.end(), id);
        const auto second = std::find(first + 1, m_eventIds.end(), id);
        const auto k = size_t(second - m_eventIds.begin());
        return failAt(lineOnly(m_eventLines[k]), at("events", k, "id"),
            QStringLiteral("duplicate event id %1 (first at line %2)")
                .arg(id)
                .arg(m_eventLines[size_t(first - m_eventIds.begin())]));
    }
    if (!checkEventRefs(d))
        return false;
    if (const auto errors = d.validate(); !errors.isEmpty())
        return failAt({}, QStringLiteral("events"), errors.front());
    m_eventIds = {};
    m_eventLines = {};

    auto citations = [&](const ChangeRecord& c, const auto& it, int eventsKey, const char* table, size_t i) {
        for (qint64 e : c.citedEvents)
            if (d.events().rowOfId(e) < 0)
                return failAt(
                    it.field[size_t(eventsKey)], at(table, i, "events"), QStringLiteral("unknown event %1").arg(e));
        for (const auto& s : c.citedSources)
            if (d.sourceIndex(s) < 0)
                return failAt(it.field[size_t(eventsKey + 1)], at(table, i, "sources"),
                    QStringLiteral("unknown source \"%1\"").arg(s));
        // "claims" comes seven keys after "events" in the three change tables (jsondossierparser.h).
        if (const QString bad = checkClaims(c.citedSources, c.claims); !bad.isEmpty())
            return failAt(it.field[size_t(eventsKey + 7)], at(table, i, "claims"), bad);
        return true;
    };
    for (size_t i = 0; i < m_positions.size(); ++i) {
        const auto& it = m_positions[i];
        const auto& c = it.value;
        if (d.partyIndex(c.partyId) < 0)
            return failAt(
                it.field[1], at("positions", i, "party"), QStringLiteral("unknown party \"%1\"").arg(c.partyId));
        if (d.issueIndex(c.issueId) < 0)
            return failAt(
                it.field[2], at("positions", i, "issue"), QStringLiteral("unknown issue \"%1\"").arg(c.issueId));
        if (!d.stanceLevel(c.stance))
            return failAt(it.field[4], at("positions", i, "stance"),
                QStringLiteral("unknown stance \"%1\" (not in the stance scale)").arg(c.stance));
        if (!citations(c, it, 8, "positions", i))
            return false;
        if (const auto e = d.addPositionChange(c).message(); !e.isEmpty())
            return failAt(it.at, at("positions", i), e);
    }
    for (size_t i = 0; i < m_statuses.size(); ++i) {
        const auto& it = m_statuses[i];
        const auto& c = it.value;
        if (d.issueIndex(c.issueId) < 0)
            return failAt(
                it.field[1], at("statuses", i, "issue"), QStringLiteral("unknown issue \"%1\"").arg(c.issueId));
        if (!d.statusLevel(c.status))
            return failAt(it.field[3], at("statuses", i, "status"),
                QStringLiteral("unknown status \"%1\" (not in the status scale)").arg(c.status));
        if (!citations(c, it, 6, "statuses", i))
            return false;
        if (const auto e = d.addStatusChange(c).message(); !e.isEmpty())
            return failAt(it.at, at("statuses", i), e);
    }
    for (size_t i = 0; i < m_capabilities.size(); ++i) {
        const auto& it = m_capabilities[i];
        const auto& c = it.value;
        if (d.partyIndex(c.partyId) < 0)
            return failAt(
                it.field[1], at("capabilities", i, "party"), QStringLiteral("unknown party \"%1\"").arg(c.partyId));
        if (!c.issueId.isEmpty() && d.issueIndex(c.issueId) < 0)
            return failAt(
                it.field[2], at("capabilities", i, "issue"), QStringLiteral("unknown issue \"%1\"").arg(c.issueId));
        if (!citations(c, it, 7, "capabilities", i))
            return false;
        if (const auto e = d.addCapabilityChange(c); !e.ok())
            return failAt(it.at, at("capabilities", i), e.message());
    }
    return assembleNotes(d);
}

// Notes after the events they may be pinned to; saved views last. The dossier's own check names the fault.
bool Parser::assembleNotes(Dossier& d)
{
    for (size_t i = 0; i < m_notes.size(); ++i)
        if (const auto e = d.insertNote(-1, m_notes[i].value).message(); !e.isEmpty())
            return failAt(m_notes[i].at, at("notes", i), e);
    for (size_t i = 0; i < m_views.size(); ++i)
        if (const auto e = d.insertSavedView(-1, m_views[i].value).message(); !e.isEmpty())
            return failAt(m_views[i].at, at("views", i), e);
    return true;
}
} // namespace Entente::JsonImport
