// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internals of PostgresStore: where each kind of row lives on the server and how its columns are written.

#include "dossierstore.h"
#include "pgconnection.h"

#include <QByteArrayList>

namespace Entente::PgDetail {

inline constexpr char recordColumns[] = "effective_msecs, effective_precision, recorded_at, recorded_by, confidence, "
                                        "note, cited_events, cited_sources, retracted, retracted_at, retracted_by, claims";

// One small-table row or event: its table, key, the rows sharing its display order, its other columns.
struct RowSql {
    QByteArray table;
    QByteArrayList keyColumns; // "id", or "scale", "key"
    PgParams keyValues;
    QByteArrayList scopeColumns; // besides dossier: "scale" for scale levels
    PgParams scopeValues;
    QByteArrayList columns;
    PgParams values;
    bool ordered = true; // has a display position (events do not)

    // "dossier = $first AND id = $first+1" (columns prefixed with `prefix`)
    [[nodiscard]] QByteArray where(int first, const QByteArray& prefix = {}) const;
    [[nodiscard]] QByteArray scope(int first, const QByteArray& prefix = {}) const;
};

[[nodiscard]] RowSql rowSql(const StoreRow& row);
[[nodiscard]] RowSql rowSqlOf(RowKind kind, const QString& key);
// A text[] literal for a parameter.
[[nodiscard]] QString textArray(const QStringList& items);
// Ids joined by U+001F (as in the file), empty for none.
[[nodiscard]] QString joinIds(const QStringList& ids);
[[nodiscard]] QStringList splitIds(const QString& joined);

} // namespace Entente::PgDetail
