// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionary.h"

namespace Entente {

quint32 Dictionary::intern(const QString& s)
{
    auto it = m_index.constFind(s);
    if (it != m_index.cend())
        return it.value();
    const auto symbol = quint32(m_strings.size());
    m_strings.push_back(s);
    m_index.insert(s, symbol);
    return symbol;
}

qsizetype Dictionary::memoryBytes() const
{
    qsizetype bytes = qsizetype(m_strings.capacity() * sizeof(QString)) + m_index.capacity() * 32;
    for (const auto& s : m_strings)
        bytes += s.capacity() * 2;
    return bytes;
}

void Dictionary::clear()
{
    m_strings.clear();
    m_index.clear();
}

} // namespace Entente
