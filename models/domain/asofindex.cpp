// SPDX-License-Identifier: GPL-3.0-or-later
#include "asofindex.h"

#include <algorithm>
#include <tuple>

namespace Entente {

void AsOfIndex::reset(qsizetype cellCount)
{
    m_cells.assign(size_t(cellCount), {});
}

void AsOfIndex::add(qsizetype cell, const Entry& e)
{
    auto& v = m_cells[size_t(cell)];
    auto key = [](const Entry& x) { return std::tie(x.effective, x.recordedAt, x.id); };
    auto it = std::upper_bound(v.begin(), v.end(), e, [&](const Entry& a, const Entry& b) { return key(a) < key(b); });
    v.insert(it, e);
}

void AsOfIndex::remove(qsizetype cell, quint32 change)
{
    auto& v = m_cells[size_t(cell)];
    v.erase(std::remove_if(v.begin(), v.end(), [change](const Entry& x) { return x.change == change; }), v.end());
}

qsizetype AsOfIndex::positionAt(qsizetype cell, qint64 msecs) const
{
    const auto& v = m_cells[size_t(cell)];
    auto it = std::upper_bound(v.begin(), v.end(), msecs, [](qint64 t, const Entry& x) { return t < x.effective; });
    return qsizetype(it - v.begin()) - 1;
}

} // namespace Entente
