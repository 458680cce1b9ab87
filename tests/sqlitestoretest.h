// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// For tests and benchmarks only: SqliteStore's open and create in the pointer-and-message form they were
// written against (null and *error on failure), so that each check stays one line.

#include "sqlitestore.h"

namespace Entente::SqliteTest {

inline std::unique_ptr<SqliteStore> open(const QString& path, bool readOnly, QString* error = nullptr)
{
    StoreOpenOptions options;
    options.access = readOnly ? StoreOpenOptions::Access::ReadOnly : StoreOpenOptions::Access::ReadWrite;
    auto r = SqliteStore::open(path, options);
    if (!r.ok()) {
        if (error)
            *error = r.message();
        return nullptr;
    }
    return std::move(r).value();
}

inline std::unique_ptr<SqliteStore> create(
    const QString& path, const Dossier& d, QString* error = nullptr, Existing existing = Existing::Replace)
{
    auto r = SqliteStore::create(path, d, {}, existing);
    if (!r.ok()) {
        if (error)
            *error = r.message();
        return nullptr;
    }
    return std::move(r).value();
}

} // namespace Entente::SqliteTest
