// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The as-of index answers "what was the latest non-retracted change with effective date <= D" for every
// party x issue cell (and every issue's status) with one binary search per cell. Each cell keeps its
// live changes sorted by (effective date, recorded-at, id), so a later correction for the same effective
// date wins. The index stores positions into the owner's change vector; the owner rebuilds a cell whenever a
// change in it is added, retracted or restored.

#include <QtGlobal>

#include <vector>

namespace Entente {

class AsOfIndex {
public:
    struct Entry {
        qint64 effective;
        qint64 recordedAt;
        qint64 id;
        quint32 change; // index into the owner's change vector
    };

    void reset(qsizetype cellCount);
    [[nodiscard]] qsizetype cellCount() const { return qsizetype(m_cells.size()); }
    void add(qsizetype cell, const Entry& e); // keeps the cell sorted
    void remove(qsizetype cell, quint32 change);
    [[nodiscard]] const std::vector<Entry>& cell(qsizetype cell) const { return m_cells[size_t(cell)]; }

    // Index into the owner's change vector of the change in force at `msecs`, or -1.
    [[nodiscard]] qint64 at(qsizetype cell, qint64 msecs) const
    {
        const auto& v = m_cells[size_t(cell)];
        // upper_bound on effective: first entry with effective > msecs.
        size_t lo = 0, hi = v.size();
        while (lo < hi) {
            const size_t mid = (lo + hi) / 2;
            if (v[mid].effective <= msecs)
                lo = mid + 1;
            else
                hi = mid;
        }
        return lo == 0 ? -1 : qint64(v[lo - 1].change);
    }
    // Index (in the cell) of the entry in force at msecs, or -1; lets callers find the previous change.
    [[nodiscard]] qsizetype positionAt(qsizetype cell, qint64 msecs) const;

private:
    std::vector<std::vector<Entry>> m_cells;
};

} // namespace Entente
