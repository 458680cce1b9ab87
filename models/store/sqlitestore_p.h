// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internals of SqliteStore: row writers for the small tables and the histories (QtSql, one prepared
// statement per call) and the text encodings of sqliteschema.h. Not part of the store's interface.

#include "dossierstore.h"
#include "result.h"
#include "types.h"

#include <QDateTime>
#include <QSqlError>
#include <QString>

#include <optional>

class QSqlDatabase;

namespace Entente::SqliteDetail {

[[nodiscard]] QString describeSqlError(const QSqlError& e);
[[nodiscard]] QString timestampToText(qint64 msecs);
[[nodiscard]] std::optional<qint64> textToTimestamp(const QString& text);
// Joins ids with U+001F; an error naming the first id that contains the separator.
[[nodiscard]] Result<QString> joinList(const QStringList& list);
[[nodiscard]] QStringList splitList(const QString& joined);

QString putMeta(QSqlDatabase& db, const QString& name, const QString& description);
// Row writes (dossierstore.h): insert at a position of the table's order, update and remove naming the version
// read. A refused update or removal says whether the row is gone (NotFound) or moved on (Conflict).
struct RowWrite {
    QString error;
    Error::Kind kind = Error::Kind::Failed;
    qint64 version = 0; // the row's version after the write
};
QString putRow(QSqlDatabase& db, const StoreRow& row, qsizetype position);
RowWrite updateRow(QSqlDatabase& db, const StoreRow& row, qint64 seen);
RowWrite removeRow(QSqlDatabase& db, RowKind kind, const QString& key, qint64 seen);
QString reorderRows(QSqlDatabase& db, RowKind kind, const QStringList& keys);
QString putEvent(QSqlDatabase& db, const Event& e, bool update);
QString dropEvent(QSqlDatabase& db, qint64 id);
// The claims of the events in rows [fromRow, toRow) of `events`, after a bulk insert wrote the rows without them.
QString putEventClaims(QSqlDatabase& db, const EventStore& events, qsizetype fromRow, qsizetype toRow);
// Appends one change with its citations (the table of its kind: position_change, status_change,
// capability_change).
QString putChange(QSqlDatabase& db, const PositionChange& c);
QString putChange(QSqlDatabase& db, const StatusChange& c);
QString putChange(QSqlDatabase& db, const CapabilityChange& c);
QString putRetraction(QSqlDatabase& db, ChangeKind kind, qint64 id, bool retracted, qint64 at, const QString& by);
// The change table and citation table of a kind ("position_change", "position_citation"), and its word.
[[nodiscard]] QLatin1String changeTable(ChangeKind kind);
[[nodiscard]] QLatin1String citationTable(ChangeKind kind);
[[nodiscard]] QLatin1String changeWord(ChangeKind kind);

} // namespace Entente::SqliteDetail
