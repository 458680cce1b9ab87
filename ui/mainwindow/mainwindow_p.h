// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers shared by the main window's source files (mainwindow*.cpp); not part of any interface.

#include <QString>
#include <QtGlobal>

#include <algorithm>
#include <vector>

namespace Entente::MainWindowPrivate {

// The events model keeps its filter as bytes; the views take bits. Empty when everything passes.
inline std::vector<bool> maskOf(const std::vector<quint8>& bytes)
{
    if (std::all_of(bytes.begin(), bytes.end(), [](quint8 b) { return b != 0; }))
        return {};
    return std::vector<bool>(bytes.begin(), bytes.end());
}

// The first "prefix-N" (N from `from` up) for which taken() is false: ids for new parties, issues, sources.
template<typename Taken>
QString freeId(const QString& prefix, qsizetype from, Taken taken)
{
    for (qsizetype n = from;; ++n) {
        const QString id = QStringLiteral("%1-%2").arg(prefix).arg(n);
        if (!taken(id))
            return id;
    }
}

} // namespace Entente::MainWindowPrivate
