// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The two hot paths of the SQLite store — writing and reading millions of event rows — go through the
// SQLite C API on the QtSql connection's own handle (QSqlDriver::handle()), so they join the connection's
// transaction. QtSql wraps every bound and fetched value in a QVariant and a QString; here one prepared
// multi-row INSERT carries 128 rows per step, text is bound as UTF-8 (the database encoding, so SQLite does
// not translate it) from a per-batch arena, and reading resolves each distinct location and reference list
// once and appends rows by symbol (EventStore::appendInterned). Everything that is not bulk stays in QtSql.

#include "result.h"

#include <QString>

#include <functional>
#include <vector>

struct sqlite3;
class QSqlDatabase;

namespace Entente {

class EventStore;
class RowVersions;

namespace SqliteBulk {

    [[nodiscard]] sqlite3* handle(const QSqlDatabase& db);

    // Removes the events `ids` (each at the version seen(id) returns) from every event table, all or none: an
    // unknown id is NotFound, a version moved on is a Conflict. The caller owns the transaction.
    [[nodiscard]] Status removeEvents(sqlite3* db, const std::vector<qint64>& ids, const std::function<qint64(qint64 id)>& seen);

    // Inserts rows [fromRow, toRow) of `events` into the event table. The caller owns the transaction.
    QString insertEvents(sqlite3* db, const EventStore& events, qsizetype fromRow, qsizetype toRow);

    // Called every few thousand rows with the number read so far; returning false cancels the load.
    using Progress = std::function<bool(qint64 rows)>;
    // Appends every stored event to `out` with EventStore::append(); the caller calls finish().
    QString loadEvents(sqlite3* db, EventStore& out, const Progress& progress = {});
    // The versions of the events edited since they were created (table event_version).
    QString loadEventVersions(sqlite3* db, RowVersions& versions);
    // The number of stored events (one index scan of event_key), or -1 on error.
    [[nodiscard]] qint64 countEvents(sqlite3* db);

} // namespace SqliteBulk
} // namespace Entente
