// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What every fuzz target shares: the input as a QByteArray (no copy) and a small target dossier with one party
// and one issue, so that references resolve both ways.
#include "dossier.h"

#include <QByteArray>

namespace FuzzInput {

inline QByteArray bytes(const uint8_t* data, size_t size)
{
    return QByteArray::fromRawData(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline const Entente::Dossier& target()
{
    static const Entente::Dossier d = [] {
        Entente::Dossier t;
        t.name = QStringLiteral("fuzz");
        (void)t.insertParty(-1, { QStringLiteral("ua"), QStringLiteral("Ukraine"), {}, {} });
        (void)t.insertIssue(-1, { QStringLiteral("nato"), QStringLiteral("NATO membership"), {} });
        return t;
    }();
    return d;
}

} // namespace FuzzInput
