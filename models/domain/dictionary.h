// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Interns short repeated strings (party ids, tags, locations) as dense 32-bit symbols. Symbols are never
// reused or removed, so a symbol stored in a column stays valid for the dictionary's lifetime.

#include <QHash>
#include <QString>

#include <vector>

namespace Entente {

class Dictionary {
public:
    static constexpr quint32 None = 0xffffffffu;

    quint32 intern(const QString& s);
    [[nodiscard]] quint32 find(const QString& s) const { return m_index.value(s, None); }
    [[nodiscard]] const QString& text(quint32 symbol) const { return m_strings[symbol]; }
    [[nodiscard]] qsizetype size() const { return qsizetype(m_strings.size()); }
    [[nodiscard]] qsizetype memoryBytes() const;
    void clear();

private:
    std::vector<QString> m_strings;
    QHash<QString, quint32> m_index;
};

} // namespace Entente
