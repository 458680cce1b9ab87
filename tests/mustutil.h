// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For the builders of test dossiers: a step that must not fail stops the test with the reason. Unlike Q_ASSERT
// this also runs in release builds; unlike QVERIFY it works in helpers that return a value.

#include "result.h"

#include <QString>
#include <QtGlobal>

namespace Entente::TestUtil {

inline void must(const QString& error)
{
    if (!error.isEmpty())
        qFatal("test dossier: %s", qPrintable(error));
}
template <typename T> inline void must(const Result<T>& result)
{
    if (!result.ok())
        qFatal("test dossier: %s", qPrintable(result.message()));
}

} // namespace Entente::TestUtil
