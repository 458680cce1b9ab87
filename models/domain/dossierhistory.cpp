// SPDX-License-Identifier: GPL-3.0-or-later
// The dossier's histories: appending and retracting position and status changes, their as-of indexes and
// the queries over them (the matrix as of a date, a cell's history, the dates of changes).
#include "dossier.h"

#include <algorithm>

namespace Entente {

namespace {
    template<typename C>
    AsOfIndex::Entry entryOf(const C& c, qsizetype index)
    {
        return { c.effective.msecs, c.recordedAt, c.id, quint32(index) };
    }
}

void Dossier::rebuildPositionIndex()
{
    m_positionIndex.reset(m_parties.size() * m_issues.size());
    m_positionById.clear();
    for (size_t i = 0; i < m_positions.size(); ++i) {
        const auto& c = m_positions[i];
        m_positionById.insert(c.id, qsizetype(i));
        const auto p = partyIndex(c.partyId), is = issueIndex(c.issueId);
        if (!c.retracted && p >= 0 && is >= 0)
            m_positionIndex.add(cellOf(p, is), entryOf(c, qsizetype(i)));
    }
}

void Dossier::rebuildStatusIndex()
{
    m_statusIndex.reset(m_issues.size());
    m_statusById.clear();
    for (size_t i = 0; i < m_statuses.size(); ++i) {
        const auto& c = m_statuses[i];
        m_statusById.insert(c.id, qsizetype(i));
        const auto is = issueIndex(c.issueId);
        if (!c.retracted && is >= 0)
            m_statusIndex.add(is, entryOf(c, qsizetype(i)));
    }
}

namespace {
    QString checkRecord(const ChangeRecord& c, const Dossier& d)
    {
        if (!c.effective.isValid())
            return QStringLiteral("the change has no effective date");
        for (const auto& s : c.citedSources)
            if (d.sourceIndex(s) < 0)
                return QStringLiteral("the change cites an unknown source \"%1\"").arg(s);
        for (qint64 e : c.citedEvents)
            if (!d.eventsPending() && d.events().rowOfId(e) < 0)
                return QStringLiteral("the change cites an unknown event %1").arg(e);
        return {};
    }
}

QString Dossier::checkPositionChange(const PositionChange& c) const
{
    if (partyIndex(c.partyId) < 0)
        return QStringLiteral("unknown party \"%1\"").arg(c.partyId);
    if (issueIndex(c.issueId) < 0)
        return QStringLiteral("unknown issue \"%1\"").arg(c.issueId);
    if (!stanceLevel(c.stance))
        return QStringLiteral("unknown stance \"%1\"").arg(c.stance);
    if (c.salience < -1 || c.salience > 100)
        return QStringLiteral("salience %1 is outside 0–100").arg(c.salience);
    return checkRecord(c, *this);
}

QString Dossier::checkStatusChange(const StatusChange& c) const
{
    if (issueIndex(c.issueId) < 0)
        return QStringLiteral("unknown issue \"%1\"").arg(c.issueId);
    if (!statusLevel(c.status))
        return QStringLiteral("unknown status \"%1\"").arg(c.status);
    return checkRecord(c, *this);
}

QString Dossier::addPositionChange(PositionChange c, qint64* newId)
{
    if (auto e = checkPositionChange(c); !e.isEmpty())
        return e;
    if (c.id == 0)
        c.id = m_nextChangeId;
    if (m_positionById.contains(c.id))
        return QStringLiteral("duplicate position change id %1").arg(c.id);
    m_nextChangeId = std::max(m_nextChangeId, c.id + 1);
    const auto index = qsizetype(m_positions.size());
    m_positions.push_back(c);
    m_positionById.insert(c.id, index);
    if (!c.retracted)
        m_positionIndex.add(cellOf(partyIndex(c.partyId), issueIndex(c.issueId)), entryOf(c, index));
    if (newId)
        *newId = c.id;
    return {};
}

QString Dossier::addStatusChange(StatusChange c, qint64* newId)
{
    if (auto e = checkStatusChange(c); !e.isEmpty())
        return e;
    if (c.id == 0)
        c.id = m_nextChangeId;
    if (m_statusById.contains(c.id))
        return QStringLiteral("duplicate status change id %1").arg(c.id);
    m_nextChangeId = std::max(m_nextChangeId, c.id + 1);
    const auto index = qsizetype(m_statuses.size());
    m_statuses.push_back(c);
    m_statusById.insert(c.id, index);
    if (!c.retracted)
        m_statusIndex.add(issueIndex(c.issueId), entryOf(c, index));
    if (newId)
        *newId = c.id;
    return {};
}

QString Dossier::setPositionRetracted(qint64 id, bool retracted, qint64 at, const QString& by)
{
    const auto i = positionChangeIndex(id);
    if (i < 0)
        return QStringLiteral("unknown position change %1").arg(id);
    auto& c = m_positions[size_t(i)];
    if (c.retracted == retracted)
        return {};
    c.retracted = retracted;
    c.retractedAt = retracted ? at : 0;
    c.retractedBy = retracted ? by : QString();
    const auto cell = cellOf(partyIndex(c.partyId), issueIndex(c.issueId));
    if (retracted)
        m_positionIndex.remove(cell, quint32(i));
    else
        m_positionIndex.add(cell, entryOf(c, i));
    return {};
}

QString Dossier::setStatusRetracted(qint64 id, bool retracted, qint64 at, const QString& by)
{
    const auto i = statusChangeIndex(id);
    if (i < 0)
        return QStringLiteral("unknown status change %1").arg(id);
    auto& c = m_statuses[size_t(i)];
    if (c.retracted == retracted)
        return {};
    c.retracted = retracted;
    c.retractedAt = retracted ? at : 0;
    c.retractedBy = retracted ? by : QString();
    const auto cell = issueIndex(c.issueId);
    if (retracted)
        m_statusIndex.remove(cell, quint32(i));
    else
        m_statusIndex.add(cell, entryOf(c, i));
    return {};
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
    // Every change of the cell, retracted ones included, in (effective, recorded) order.
    std::vector<const PositionChange*> out;
    if (party < 0 || issue < 0)
        return out;
    const auto& pid = m_parties[party].id;
    const auto& iid = m_issues[issue].id;
    for (const auto& c : m_positions)
        if (c.partyId == pid && c.issueId == iid)
            out.push_back(&c);
    std::stable_sort(out.begin(), out.end(), [](auto a, auto b) {
        return std::tie(a->effective.msecs, a->recordedAt, a->id) < std::tie(b->effective.msecs, b->recordedAt, b->id);
    });
    return out;
}

std::vector<const StatusChange*> Dossier::statusHistory(qsizetype issue) const
{
    std::vector<const StatusChange*> out;
    if (issue < 0)
        return out;
    const auto& iid = m_issues[issue].id;
    for (const auto& c : m_statuses)
        if (c.issueId == iid)
            out.push_back(&c);
    std::stable_sort(out.begin(), out.end(), [](auto a, auto b) {
        return std::tie(a->effective.msecs, a->recordedAt, a->id) < std::tie(b->effective.msecs, b->recordedAt, b->id);
    });
    return out;
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
    for (const auto& e : m_eras)
        take(e.start.msecs, e.end.msecs);
    if (lo > hi)
        return std::nullopt;
    return std::make_pair(lo, hi);
}

std::vector<qint64> Dossier::changeDates() const
{
    std::vector<qint64> out;
    out.reserve(m_positions.size() + m_statuses.size());
    for (const auto& c : m_positions)
        if (!c.retracted)
            out.push_back(c.effective.msecs);
    for (const auto& c : m_statuses)
        if (!c.retracted)
            out.push_back(c.effective.msecs);
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

} // namespace Entente
