// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier's histories: appending and retracting position, status and capability changes, their as-of indexes
// and the queries over them (the matrix as of a date, a cell's history, a party's capability, the dates of
// changes).
#include "dossier.h"

#include <algorithm>
#include <cmath>

namespace Entente {

namespace {
    template <typename C> AsOfIndex::Entry entryOf(const C& c, qsizetype index)
    {
        return { c.effective.msecs, c.recordedAt, c.id, quint32(index) };
    }
}

namespace {
    template <typename C> QString duplicateChange(qint64 id)
    {
        if constexpr (std::is_same_v<C, PositionChange>)
            return Dossier::tr("duplicate position change id %1").arg(id);
        else if constexpr (std::is_same_v<C, StatusChange>)
            return Dossier::tr("duplicate status change id %1").arg(id);
        else
            return Dossier::tr("duplicate capability change id %1").arg(id);
    }

    template <typename C> QString unknownChange(qint64 id)
    {
        if constexpr (std::is_same_v<C, PositionChange>)
            return Dossier::tr("unknown position change %1").arg(id);
        else if constexpr (std::is_same_v<C, StatusChange>)
            return Dossier::tr("unknown status change %1").arg(id);
        else
            return Dossier::tr("unknown capability change %1").arg(id);
    }

    // One core for the three histories: a history is a vector of changes, an id → index hash and an as-of index
    // whose slots are cells (position changes), issues (status changes) or party × (issue or every issue)
    // (capability changes). HistoryRef binds the core to one of them.
    template <typename C> struct HistoryRef {
        std::vector<C>& changes;
        QHash<qint64, qsizetype>& byId;
        AsOfIndex& index;

        // The as-of slot of a change, or −1 when its party or issue is unknown.
        template <typename SlotOf> void rebuild(qsizetype slotCount, SlotOf&& slotOf)
        {
            index.reset(slotCount);
            byId.clear();
            for (size_t i = 0; i < changes.size(); ++i) {
                const auto& c = changes[i];
                byId.insert(c.id, qsizetype(i));
                if (const qsizetype slot = slotOf(c); !c.retracted && slot >= 0)
                    index.add(slot, entryOf(c, qsizetype(i)));
            }
        }

        template <typename SlotOf> Result<qint64> add(C c, qint64& nextId, SlotOf&& slotOf)
        {
            if (c.id == 0)
                c.id = nextId;
            if (byId.contains(c.id))
                return Error(duplicateChange<C>(c.id), Error::Kind::Invalid);
            nextId = std::max(nextId, c.id + 1);
            const auto i = qsizetype(changes.size());
            changes.push_back(c);
            byId.insert(c.id, i);
            if (!c.retracted)
                index.add(slotOf(c), entryOf(c, i));
            return c.id;
        }

        template <typename SlotOf>
        Status setRetracted(qint64 id, bool retracted, qint64 at, const QString& by, SlotOf&& slotOf)
        {
            const auto i = byId.value(id, -1);
            if (i < 0)
                return Error(unknownChange<C>(id), Error::Kind::NotFound);
            auto& c = changes[size_t(i)];
            if (c.retracted == retracted)
                return {};
            c.retracted = retracted;
            c.retractedAt = retracted ? at : 0;
            c.retractedBy = retracted ? by : QString();
            if (retracted)
                index.remove(slotOf(c), quint32(i));
            else
                index.add(slotOf(c), entryOf(c, i));
            return {};
        }
    };

    // Every change that `match` selects, retracted ones included, in (effective, recorded) order.
    template <typename C, typename Match> std::vector<const C*> historyOf(const std::vector<C>& changes, Match&& match)
    {
        std::vector<const C*> out;
        for (const auto& c : changes)
            if (match(c))
                out.push_back(&c);
        std::stable_sort(out.begin(), out.end(), [](auto x, auto y) {
            return std::tie(x->effective.msecs, x->recordedAt, x->id)
                < std::tie(y->effective.msecs, y->recordedAt, y->id);
        });
        return out;
    }

    template <typename C>
    HistoryRef<C> historyRef(std::vector<C>& changes, QHash<qint64, qsizetype>& byId, AsOfIndex& index)
    {
        return { changes, byId, index };
    }
}

void Dossier::rebuildPositionIndex()
{
    historyRef(m_positions, m_positionById, m_positionIndex)
        .rebuild(m_parties.size() * m_issues.size(), [this](const PositionChange& c) {
            const auto p = partyIndex(c.partyId), is = issueIndex(c.issueId);
            return p >= 0 && is >= 0 ? cellOf(p, is) : qsizetype(-1);
        });
}

void Dossier::rebuildStatusIndex()
{
    historyRef(m_statuses, m_statusById, m_statusIndex).rebuild(m_issues.size(), [this](const StatusChange& c) {
        return issueIndex(c.issueId);
    });
}

void Dossier::rebuildCapabilityIndex()
{
    historyRef(m_capabilities, m_capabilityById, m_capabilityIndex)
        .rebuild(m_parties.size() * (m_issues.size() + 1), [this](const CapabilityChange& c) {
            const auto p = partyIndex(c.partyId), is = c.issueId.isEmpty() ? -1 : issueIndex(c.issueId);
            return p >= 0 && (is >= 0 || c.issueId.isEmpty()) ? capabilitySlot(p, is) : qsizetype(-1);
        });
}

namespace {
    Status checkRecord(const ChangeRecord& c, const Dossier& d)
    {
        if (!c.effective.isValid())
            return Error(Dossier::tr("the change has no effective date"), Error::Kind::Invalid);
        for (const auto& s : c.citedSources)
            if (d.sourceIndex(s) < 0)
                return Error(Dossier::tr("the change cites an unknown source \"%1\"").arg(s), Error::Kind::Invalid);
        for (qint64 e : c.citedEvents)
            if (!d.eventsPending() && d.events().rowOfId(e) < 0)
                return Error(Dossier::tr("the change cites an unknown event %1").arg(e), Error::Kind::Invalid);
        if (const QString bad = checkClaims(c.citedSources, c.claims); !bad.isEmpty())
            return Error(Dossier::tr("the change: %1").arg(bad), Error::Kind::Invalid);
        return {};
    }
}

Status Dossier::checkPositionChange(const PositionChange& c) const
{
    if (partyIndex(c.partyId) < 0)
        return Error(tr("unknown party \"%1\"").arg(c.partyId), Error::Kind::NotFound);
    if (issueIndex(c.issueId) < 0)
        return Error(tr("unknown issue \"%1\"").arg(c.issueId), Error::Kind::NotFound);
    if (!stanceLevel(c.stance))
        return Error(tr("unknown stance \"%1\"").arg(c.stance), Error::Kind::NotFound);
    if (c.salience < -1 || c.salience > 100)
        return Error(tr("salience %1 is outside 0–100").arg(c.salience), Error::Kind::Invalid);
    if (c.axisValue) {
        const auto& axis = m_issues[issueIndex(c.issueId)].axis;
        if (axis.isEmpty())
            return Error(tr("issue \"%1\" has no axis of its own: the position is its stance").arg(c.issueId),
                Error::Kind::Invalid);
        if (!std::isfinite(*c.axisValue) || *c.axisValue < axis.first().value || *c.axisValue > axis.last().value)
            return Error(tr("the value %1 is off the axis of \"%2\" (%3 to %4)")
                             .arg(*c.axisValue)
                             .arg(c.issueId)
                             .arg(axis.first().value)
                             .arg(axis.last().value),
                Error::Kind::Invalid);
    }
    return checkRecord(c, *this);
}

Status Dossier::checkStatusChange(const StatusChange& c) const
{
    if (issueIndex(c.issueId) < 0)
        return Error(tr("unknown issue \"%1\"").arg(c.issueId), Error::Kind::NotFound);
    if (!statusLevel(c.status))
        return Error(tr("unknown status \"%1\"").arg(c.status), Error::Kind::NotFound);
    return checkRecord(c, *this);
}

Status Dossier::checkCapabilityChange(const CapabilityChange& c) const
{
    if (partyIndex(c.partyId) < 0)
        return Error(tr("unknown party \"%1\"").arg(c.partyId), Error::Kind::NotFound);
    if (!c.issueId.isEmpty() && issueIndex(c.issueId) < 0)
        return Error(tr("unknown issue \"%1\"").arg(c.issueId), Error::Kind::NotFound);
    if (!std::isfinite(c.value))
        return Error(tr("capability is not a number"), Error::Kind::Invalid);
    if (c.value < 0)
        return Error(tr("capability %1 is negative (a capability is 0 or more)").arg(c.value), Error::Kind::Invalid);
    return checkRecord(c, *this);
}

Result<qint64> Dossier::addPositionChange(PositionChange c)
{
    if (auto e = checkPositionChange(c); !e.ok())
        return e.error();
    return historyRef(m_positions, m_positionById, m_positionIndex)
        .add(std::move(c), m_nextChangeId,
            [this](const PositionChange& x) { return cellOf(partyIndex(x.partyId), issueIndex(x.issueId)); });
}

Result<qint64> Dossier::addStatusChange(StatusChange c)
{
    if (auto e = checkStatusChange(c); !e.ok())
        return e.error();
    return historyRef(m_statuses, m_statusById, m_statusIndex)
        .add(std::move(c), m_nextChangeId, [this](const StatusChange& x) { return issueIndex(x.issueId); });
}

Result<qint64> Dossier::addCapabilityChange(CapabilityChange c)
{
    if (auto e = checkCapabilityChange(c); !e.ok())
        return e.error();
    return historyRef(m_capabilities, m_capabilityById, m_capabilityIndex)
        .add(std::move(c), m_nextChangeId, [this](const CapabilityChange& x) {
            return capabilitySlot(partyIndex(x.partyId), x.issueId.isEmpty() ? -1 : issueIndex(x.issueId));
        });
}

Status Dossier::setPositionRetracted(qint64 id, bool retracted, qint64 at, const QString& by)
{
    return historyRef(m_positions, m_positionById, m_positionIndex)
        .setRetracted(id, retracted, at, by,
            [this](const PositionChange& x) { return cellOf(partyIndex(x.partyId), issueIndex(x.issueId)); });
}

Status Dossier::setStatusRetracted(qint64 id, bool retracted, qint64 at, const QString& by)
{
    return historyRef(m_statuses, m_statusById, m_statusIndex)
        .setRetracted(id, retracted, at, by, [this](const StatusChange& x) { return issueIndex(x.issueId); });
}

Status Dossier::setCapabilityRetracted(qint64 id, bool retracted, qint64 at, const QString& by)
{
    return historyRef(m_capabilities, m_capabilityById, m_capabilityIndex)
        .setRetracted(id, retracted, at, by, [this](const CapabilityChange& x) {
            return capabilitySlot(partyIndex(x.partyId), x.issueId.isEmpty() ? -1 : issueIndex(x.issueId));
        });
}

const CapabilityChange* Dossier::capabilityAsOf(qsizetype party, qsizetype issue, qint64 msecs) const
{
    if (party < 0 || party >= m_parties.size() || issue >= m_issues.size())
        return nullptr;
    qint64 i = issue >= 0 ? m_capabilityIndex.at(capabilitySlot(party, issue), msecs) : -1;
    if (i < 0)
        i = m_capabilityIndex.at(capabilitySlot(party, -1), msecs);
    return i < 0 ? nullptr : &m_capabilities[size_t(i)];
}

std::vector<const CapabilityChange*> Dossier::capabilityHistory(qsizetype party) const
{
    if (party < 0 || party >= m_parties.size())
        return {};
    const auto& pid = m_parties[party].id;
    return historyOf(m_capabilities, [&](const CapabilityChange& c) { return c.partyId == pid; });
}

const PositionChange* Dossier::positionAsOf(qsizetype party, qsizetype issue, qint64 msecs) const
{
    if (party < 0 || issue < 0 || party >= m_parties.size() || issue >= m_issues.size())
        return nullptr;
    const auto i = m_positionIndex.at(cellOf(party, issue), msecs);
    return i < 0 ? nullptr : &m_positions[size_t(i)];
}

const StatusChange* Dossier::statusAsOf(qsizetype issue, qint64 msecs) const
{
    if (issue < 0 || issue >= m_issues.size())
        return nullptr;
    const auto i = m_statusIndex.at(issue, msecs);
    return i < 0 ? nullptr : &m_statuses[size_t(i)];
}

void Dossier::matrixAsOf(qint64 msecs, std::vector<qint32>& out) const
{
    const auto n = m_positionIndex.cellCount();
    out.resize(size_t(n));
    for (qsizetype c = 0; c < n; ++c)
        out[size_t(c)] = qint32(m_positionIndex.at(c, msecs));
}

std::vector<const PositionChange*> Dossier::cellHistory(qsizetype party, qsizetype issue) const
{
    if (party < 0 || issue < 0)
        return {};
    const auto& pid = m_parties[party].id;
    const auto& iid = m_issues[issue].id;
    return historyOf(m_positions, [&](const PositionChange& c) { return c.partyId == pid && c.issueId == iid; });
}

std::vector<const StatusChange*> Dossier::statusHistory(qsizetype issue) const
{
    if (issue < 0)
        return {};
    const auto& iid = m_issues[issue].id;
    return historyOf(m_statuses, [&](const StatusChange& c) { return c.issueId == iid; });
}

std::optional<std::pair<qint64, qint64>> Dossier::dateRange() const
{
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    auto take = [&](qint64 a, qint64 b) {
        lo = std::min(lo, a);
        hi = std::max(hi, b);
    };
    if (!m_events.isEmpty()) {
        take(m_events.start(0), m_events.start(m_events.size() - 1));
        for (qsizetype r = m_events.size() - 1; r >= 0 && r >= m_events.size() - 64; --r)
            if (m_events.end(r) != PartialDate::Invalid)
                take(m_events.start(r), m_events.end(r));
    }
    for (const auto& c : m_positions)
        take(c.effective.msecs, c.effective.msecs);
    for (const auto& c : m_statuses)
        take(c.effective.msecs, c.effective.msecs);
    for (const auto& c : m_capabilities)
        take(c.effective.msecs, c.effective.msecs);
    for (const auto& e : m_eras)
        take(e.start.msecs, e.end.msecs);
    if (lo > hi)
        return std::nullopt;
    return std::make_pair(lo, hi);
}

std::vector<qint64> Dossier::changeDates() const
{
    std::vector<qint64> out;
    out.reserve(m_positions.size() + m_statuses.size() + m_capabilities.size());
    for (const auto& c : m_positions)
        if (!c.retracted)
            out.push_back(c.effective.msecs);
    for (const auto& c : m_statuses)
        if (!c.retracted)
            out.push_back(c.effective.msecs);
    for (const auto& c : m_capabilities)
        if (!c.retracted)
            out.push_back(c.effective.msecs);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace Entente
