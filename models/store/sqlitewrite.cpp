// SPDX-License-Identifier: GPL-3.0-or-later
#include "axiscodec.h"
#include "claimcodec.h"
#include "sqliteschema.h"
#include "viewcodec.h"
#include "sqlitestore_p.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariant>

namespace Entente::SqliteDetail {

namespace {
    QVariant nullableMsecs(const PartialDate& d)
    {
        return d.isValid() ? QVariant(d.msecs) : QVariant(QMetaType::fromType<qint64>());
    }

    // Prepares `sql`, binds `values` in order and runs it.
    QString run(QSqlDatabase& db, const QString& sql, const QVariantList& values, int* affected = nullptr)
    {
        QSqlQuery q(db);
        if (!q.prepare(sql))
            return describeSqlError(q.lastError());
        for (const auto& v : values) {
            // QtSql binds a null QString as NULL; an empty text field is '' (NOT NULL columns), while a
            // deliberate NULL is a QVariant without a value.
            if (v.metaType() == QMetaType::fromType<QString>() && !v.isNull() && v.toString().isNull())
                q.addBindValue(QStringLiteral(""));
            else
                q.addBindValue(v);
        }
        if (!q.exec())
            return describeSqlError(q.lastError());
        if (affected)
            *affected = q.numRowsAffected();
        return {};
    }

}

QString describeSqlError(const QSqlError& e)
{
    const QString text = e.databaseText().isEmpty() ? e.text() : e.databaseText();
    if (text.contains(QLatin1String("FOREIGN KEY")))
        return QStringLiteral("a stored row still refers to a party, issue, source, event or change that this write "
                              "removes (%1)")
            .arg(text);
    return text;
}

QString timestampToText(qint64 msecs)
{
    const auto dt = QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC);
    return msecs % 1000 == 0 ? msecsToIsoUtc(msecs) : dt.toString(Qt::ISODateWithMs);
}

std::optional<qint64> textToTimestamp(const QString& text) { return isoUtcToMsecs(text); }

Result<QString> joinList(const QStringList& list)
{
    const QChar sep(SqliteSchema::ListSeparator);
    for (const auto& s : list)
        if (s.contains(sep))
            return Error(QStringLiteral("\"%1\" contains a control character (U+001F)").arg(QString(s).replace(sep, u'?')),
                Error::Kind::Invalid);
    return list.join(sep);
}

QStringList splitList(const QString& joined) { return joined.split(QChar(SqliteSchema::ListSeparator)); }

QString putMeta(QSqlDatabase& db, const QString& name, const QString& description)
{
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    QString e = run(db, sql, { QStringLiteral("name"), name });
    return e.isEmpty() ? run(db, sql, { QStringLiteral("description"), description }) : e;
}

namespace {
    // Where a small-table row lives: its table, key column, the columns besides key and position, and (for scale
    // levels) the scale it belongs to.
    struct RowPlace {
        QString table;
        QString where; // selects the row by key ("id = ?" or "scale = 'stance' AND key = ?")
        QString scope; // the rows sharing one order ("" or "scale = 'stance'")
        QStringList keyColumns; // inserted before the columns
        QVariantList keyValues;
        QStringList columns;
        QVariantList values;
    };

    QVariant nullableText(const QString& s)
    {
        return s.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(s);
    }

    RowPlace placeOf(const StoreRow& row)
    {
        const QString byId = QStringLiteral("id = ?");
        return std::visit(
            [&](const auto& r) -> RowPlace {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, Party>)
                    return { QStringLiteral("party"), byId, {}, { QStringLiteral("id") }, { r.id },
                        { QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("color"),
                            QStringLiteral("kind"), QStringLiteral("parent_id"), QStringLiteral("description") },
                        { r.name, r.shortName, r.color, partyKindKey(r.kind), nullableText(r.parentId),
                            r.description } };
                else if constexpr (std::is_same_v<T, Issue>)
                    return { QStringLiteral("issue"), byId, {}, { QStringLiteral("id") }, { r.id },
                        { QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("axis") },
                        { r.name, r.description, nullableText(AxisCodec::encode(r.axis)) } };
                else if constexpr (std::is_same_v<T, Source>)
                    return { QStringLiteral("source"), byId, {}, { QStringLiteral("id") }, { r.id },
                        { QStringLiteral("outlet"), QStringLiteral("url"), QStringLiteral("title"),
                            QStringLiteral("published_msecs"), QStringLiteral("published_precision"),
                            QStringLiteral("reliability"), QStringLiteral("credibility"), QStringLiteral("note") },
                        { r.outlet, r.url, r.title, nullableMsecs(r.published), int(r.published.precision),
                            QString(r.reliability), r.credibility, r.note } };
                else if constexpr (std::is_same_v<T, Era>)
                    return { QStringLiteral("era"), byId, {}, { QStringLiteral("id") }, { r.id },
                        { QStringLiteral("name"), QStringLiteral("start_msecs"), QStringLiteral("start_precision"),
                            QStringLiteral("end_msecs"), QStringLiteral("end_precision"), QStringLiteral("color") },
                        { r.name, r.start.msecs, int(r.start.precision), r.end.msecs, int(r.end.precision), r.color } };
                else if constexpr (std::is_same_v<T, Note>) {
                    const QVariant noId(QMetaType::fromType<qint64>());
                    return { QStringLiteral("note"), byId, {}, { QStringLiteral("id") }, { r.id },
                        { QStringLiteral("target"), QStringLiteral("date_msecs"), QStringLiteral("date_precision"),
                            QStringLiteral("party_id"), QStringLiteral("issue_id"), QStringLiteral("event_id"),
                            QStringLiteral("era_id"), QStringLiteral("text"), QStringLiteral("author"),
                            QStringLiteral("recorded_at"), QStringLiteral("confidence"), QStringLiteral("evidence") },
                        { noteTargetKey(r.target), nullableMsecs(r.date), int(r.date.precision),
                            nullableText(r.partyId), nullableText(r.issueId), r.eventId ? QVariant(r.eventId) : noId,
                            nullableText(r.eraId), r.text, r.author, timestampToText(r.recordedAt),
                            r.confidence ? QVariant(confidenceKey(*r.confidence)) : nullableText({}),
                            nullableText(ClaimCodec::encode(r.evidence)) } };
                } else if constexpr (std::is_same_v<T, SavedView>)
                    return { QStringLiteral("saved_view"), byId, {}, { QStringLiteral("id") }, { r.id },
                        { QStringLiteral("name"), QStringLiteral("settings") }, { r.name, ViewCodec::encode(r) } };
                else if constexpr (std::is_same_v<T, ScaleLevelRow>) {
                    const QString scale
                        = r.scale == RowKind::StatusLevel ? QStringLiteral("status") : QStringLiteral("stance");
                    const QString scope = QStringLiteral("scale = '%1'").arg(scale);
                    return { QStringLiteral("scale_level"), scope + u" AND key = ?", scope,
                        { QStringLiteral("scale"), QStringLiteral("key") }, { scale, r.level.key },
                        { QStringLiteral("label"), QStringLiteral("color"), QStringLiteral("value"),
                            QStringLiteral("is_unknown") },
                        { r.level.label, r.level.color, r.level.value, int(r.level.isUnknown) } };
                } else
                    return {}; // events are not small-table rows
            },
            row);
    }

    RowPlace placeOf(RowKind kind, const QString& key)
    {
        switch (kind) {
        case RowKind::Party:
            return placeOf(StoreRow(Party { key }));
        case RowKind::Issue:
            return placeOf(StoreRow(Issue { key }));
        case RowKind::Source:
            return placeOf(StoreRow(Source { key }));
        case RowKind::Era:
            return placeOf(StoreRow(Era { key }));
        case RowKind::Note:
            return placeOf(StoreRow(Note { key }));
        case RowKind::SavedView:
            return placeOf(StoreRow(SavedView { key }));
        case RowKind::StanceLevel:
        case RowKind::StatusLevel:
            return placeOf(StoreRow(ScaleLevelRow { kind, ScaleLevel { key } }));
        case RowKind::Event:
            break;
        }
        return {};
    }

    QString scoped(const RowPlace& place, const QString& condition)
    {
        if (place.scope.isEmpty())
            return condition.isEmpty() ? QString() : u" WHERE " + condition;
        return u" WHERE " + place.scope + (condition.isEmpty() ? QString() : u" AND " + condition);
    }

    // The stored version and position of a row, or nullopt when it does not exist.
    std::optional<std::pair<qint64, qint64>> versionOf(QSqlDatabase& db, const RowPlace& place, QString* error)
    {
        QSqlQuery q(db);
        // Events have no order of their own (they are ordered by date) and keep their version in event_version only
        // once edited (absent: version 1), so that a bulk import writes nothing for it.
        if (place.table == u"event_key")
            q.prepare(QStringLiteral("SELECT coalesce((SELECT row_version FROM event_version v WHERE v.id = k.id), 1), 0 "
                                     "FROM event_key k WHERE k.id = ?"));
        else
            q.prepare(QStringLiteral("SELECT row_version, position FROM %1 WHERE %2").arg(place.table, place.where));
        q.addBindValue(place.keyValues.last());
        if (!q.exec()) {
            *error = describeSqlError(q.lastError());
            return std::nullopt;
        }
        if (!q.next())
            return std::nullopt;
        return std::pair { q.value(0).toLongLong(), q.value(1).toLongLong() };
    }

    QString missingOrMoved(
        QSqlDatabase& db, const RowPlace& place, RowKind kind, const QString& key, qint64 seen, Error::Kind* errorKind)
    {
        QString error;
        const auto stored = versionOf(db, place, &error);
        if (!error.isEmpty())
            return error;
        if (!stored) {
            *errorKind = Error::Kind::NotFound;
            return QCoreApplication::translate("Entente::Store", "The %1 “%2” no longer exists.")
                .arg(rowKindKey(kind), key);
        }
        *errorKind = Error::Kind::Conflict;
        return QCoreApplication::translate(
            "Entente::Store", "The %1 “%2” was changed by someone else since you read it (version %3, now %4).")
            .arg(rowKindKey(kind), key)
            .arg(seen)
            .arg(stored->first);
    }
}

QString putRow(QSqlDatabase& db, const StoreRow& row, qsizetype position)
{
    if (std::holds_alternative<Event>(row))
        return putEvent(db, std::get<Event>(row), false);
    const RowPlace place = placeOf(row);
    // Make room: the rows at and after `position` in this order move down by one.
    if (auto e = run(db,
            QStringLiteral("UPDATE %1 SET position = position + 1%2")
                .arg(place.table, scoped(place, QStringLiteral("position >= ?"))),
            { position });
        !e.isEmpty())
        return e;
    const QStringList columns = place.keyColumns + QStringList { QStringLiteral("position") } + place.columns;
    const QVariantList values = place.keyValues + QVariantList { position } + place.values;
    return run(db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(place.table, columns.join(u", "), QStringList(columns.size(), QStringLiteral("?")).join(u", ")),
        values);
}

RowWrite updateRow(QSqlDatabase& db, const StoreRow& row, qint64 seen)
{
    const RowKind kind = rowKindOf(row);
    const QString key = rowKeyOf(row);
    if (std::holds_alternative<Event>(row)) {
        const Event& e = std::get<Event>(row);
        const RowPlace place { QStringLiteral("event_key"), QStringLiteral("id = ?"), {}, {}, { e.id }, {}, {} };
        QString error;
        const auto stored = versionOf(db, place, &error);
        if (!error.isEmpty())
            return { error };
        if (!stored || stored->first != seen) {
            RowWrite w;
            w.error = missingOrMoved(db, place, kind, key, seen, &w.kind);
            return w;
        }
        if (auto err = putEvent(db, e, true); !err.isEmpty())
            return { err };
        if (auto err = run(db, QStringLiteral("INSERT OR REPLACE INTO event_version (id, row_version) VALUES (?, ?)"),
                { e.id, seen + 1 });
            !err.isEmpty())
            return { err };
        return { {}, Error::Kind::Failed, seen + 1 };
    }
    const RowPlace place = placeOf(row);
    QStringList sets;
    for (const auto& c : place.columns)
        sets << c + u" = ?";
    int affected = 0;
    if (auto err = run(db,
            QStringLiteral("UPDATE %1 SET %2, row_version = row_version + 1 WHERE %3 AND row_version = ?")
                .arg(place.table, sets.join(u", "), place.where),
            place.values + QVariantList { place.keyValues.last(), seen }, &affected);
        !err.isEmpty())
        return { err };
    if (affected != 1) {
        RowWrite w;
        w.error = missingOrMoved(db, place, kind, key, seen, &w.kind);
        return w;
    }
    return { {}, Error::Kind::Failed, seen + 1 };
}

RowWrite removeRow(QSqlDatabase& db, RowKind kind, const QString& key, qint64 seen)
{
    if (kind == RowKind::Event) {
        bool ok = false;
        const qint64 id = key.toLongLong(&ok);
        const RowPlace place { QStringLiteral("event_key"), QStringLiteral("id = ?"), {}, {}, { id }, {}, {} };
        QString error;
        const auto stored = ok ? versionOf(db, place, &error) : std::nullopt;
        if (!error.isEmpty())
            return { error };
        if (!stored || stored->first != seen) {
            RowWrite w;
            w.error = missingOrMoved(db, place, kind, key, seen, &w.kind);
            return w;
        }
        if (auto e = dropEvent(db, id); !e.isEmpty())
            return { e };
        return { run(db, QStringLiteral("DELETE FROM event_version WHERE id = ?"), { id }) };
    }
    const RowPlace place = placeOf(kind, key);
    QString error;
    const auto stored = versionOf(db, place, &error);
    if (!error.isEmpty())
        return { error };
    if (!stored || stored->first != seen) {
        RowWrite w;
        w.error = missingOrMoved(db, place, kind, key, seen, &w.kind);
        return w;
    }
    if (auto e
        = run(db, QStringLiteral("DELETE FROM %1 WHERE %2").arg(place.table, place.where), { place.keyValues.last() });
        !e.isEmpty())
        return { e };
    return { run(db,
        QStringLiteral("UPDATE %1 SET position = position - 1%2")
            .arg(place.table, scoped(place, QStringLiteral("position > ?"))),
        { stored->second }) };
}

QString reorderRows(QSqlDatabase& db, RowKind kind, const QStringList& keys)
{
    const RowPlace place = placeOf(kind, QString());
    QSqlQuery count(db);
    if (!count.exec(QStringLiteral("SELECT count(*) FROM %1%2").arg(place.table, scoped(place, {}))) || !count.next())
        return describeSqlError(count.lastError());
    if (count.value(0).toLongLong() != keys.size() || QSet<QString>(keys.begin(), keys.end()).size() != keys.size())
        return QCoreApplication::translate(
            "Entente::Store", "The new order of the %1 table does not name each of its %2 rows once.")
            .arg(rowKindKey(kind))
            .arg(count.value(0).toLongLong());
    count.finish();
    for (qsizetype i = 0; i < keys.size(); ++i) {
        int affected = 0;
        if (auto e = run(db, QStringLiteral("UPDATE %1 SET position = ? WHERE %2").arg(place.table, place.where),
                { i, keys[i] }, &affected);
            !e.isEmpty())
            return e;
        if (affected != 1)
            return QCoreApplication::translate("Entente::Store", "The %1 “%2” no longer exists.")
                .arg(rowKindKey(kind), keys[i]);
    }
    return {};
}

QString putEvent(QSqlDatabase& db, const Event& e, bool update)
{
    if (e.id <= 0)
        return QStringLiteral("event has no id");
    QVariantList lists;
    for (const auto* list : { &e.parties, &e.issues, &e.tags, &e.sources }) {
        const auto joined = joinList(*list);
        if (!joined.ok())
            return QStringLiteral("event %1: %2").arg(e.id).arg(joined.message());
        lists << (list->isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(joined.value()));
    }
    QVariantList values { e.id, e.start.msecs, int(e.start.precision), nullableMsecs(e.end), int(e.end.precision),
        e.title, e.description, e.location };
    values << lists << nullableText(ClaimCodec::encode(e.claims));
    const QString insert
        = QStringLiteral("INSERT INTO event (id, start_msecs, start_precision, end_msecs, end_precision, "
                         "title, description, location, parties, issues, tags, sources, claims) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    if (update) {
        // The row is keyed by its start, which may change: replace it.
        if (auto err = dropEvent(db, e.id); !err.isEmpty())
            return err;
    }
    if (auto err
        = run(db, QStringLiteral("INSERT INTO event_key (id, start_msecs) VALUES (?, ?)"), { e.id, e.start.msecs });
        !err.isEmpty())
        return err;
    return run(db, insert, values);
}

QString putEventClaims(QSqlDatabase& db, const EventStore& events, qsizetype fromRow, qsizetype toRow)
{
    const auto& all = events.allClaims();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        const qsizetype row = events.rowOfId(it.key());
        if (row < fromRow || row >= toRow || it.value().isEmpty())
            continue;
        int affected = 0;
        if (auto e = run(db, QStringLiteral("UPDATE event SET claims = ? WHERE start_msecs = ? AND id = ?"),
                { ClaimCodec::encode(it.value()), events.start(row), it.key() }, &affected);
            !e.isEmpty())
            return e;
        if (affected != 1)
            return QStringLiteral("event %1 is missing from the event table").arg(it.key());
    }
    return {};
}

QString dropEvent(QSqlDatabase& db, qint64 id)
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("SELECT start_msecs FROM event_key WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec())
        return describeSqlError(q.lastError());
    if (!q.next())
        return QStringLiteral("unknown event %1").arg(id);
    const qint64 start = q.value(0).toLongLong();
    q.finish();
    int affected = 0;
    if (auto e
        = run(db, QStringLiteral("DELETE FROM event WHERE start_msecs = ? AND id = ?"), { start, id }, &affected);
        !e.isEmpty())
        return e;
    if (affected != 1)
        return QStringLiteral("event %1 is missing from the event table").arg(id);
    return run(db, QStringLiteral("DELETE FROM event_key WHERE id = ?"), { id });
}

QLatin1String changeTable(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Position:
        return QLatin1String("position_change");
    case ChangeKind::Status:
        return QLatin1String("status_change");
    case ChangeKind::Capability:
        break;
    }
    return QLatin1String("capability_change");
}

QLatin1String citationTable(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Position:
        return QLatin1String("position_citation");
    case ChangeKind::Status:
        return QLatin1String("status_citation");
    case ChangeKind::Capability:
        break;
    }
    return QLatin1String("capability_citation");
}

QLatin1String changeWord(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Position:
        return QLatin1String("position");
    case ChangeKind::Status:
        return QLatin1String("status");
    case ChangeKind::Capability:
        break;
    }
    return QLatin1String("capability");
}

namespace {
    // The one writer of a change: its own columns, the bitemporal record, the claims and the citations.
    QString insertChange(QSqlDatabase& db, ChangeKind kind, const ChangeRecord& c, const QStringList& columns,
        const QVariantList& values)
    {
        const QVariant retractedAt
            = c.retracted ? QVariant(timestampToText(c.retractedAt)) : QVariant(QMetaType::fromType<QString>());
        const QVariant retractedBy = c.retracted ? QVariant(c.retractedBy) : QVariant(QMetaType::fromType<QString>());
        const QVariantList record { c.effective.msecs, int(c.effective.precision), timestampToText(c.recordedAt),
            c.recordedBy, confidenceKey(c.confidence), c.note, int(c.retracted), retractedAt, retractedBy,
            nullableText(ClaimCodec::encode(c.claims)) };
        const QStringList recordColumns { QStringLiteral("effective_msecs"), QStringLiteral("effective_precision"),
            QStringLiteral("recorded_at"), QStringLiteral("recorded_by"), QStringLiteral("confidence"),
            QStringLiteral("note"), QStringLiteral("retracted"), QStringLiteral("retracted_at"),
            QStringLiteral("retracted_by"), QStringLiteral("claims") };
        const QStringList all = QStringList { QStringLiteral("id") } + columns + recordColumns;
        QStringList marks;
        for (qsizetype i = 0; i < all.size(); ++i)
            marks << QStringLiteral("?");
        if (auto err = run(db,
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(changeTable(kind), all.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))),
                QVariantList { c.id } + values + record);
            !err.isEmpty())
            return err;
        const QString cite = QStringLiteral("INSERT INTO %1 (change_id, position, event_id, source_id) VALUES (?, ?, ?, ?)")
                                 .arg(citationTable(kind));
        int at = 0;
        for (qint64 ev : c.citedEvents)
            if (auto e = run(db, cite, { c.id, at++, ev, QVariant(QMetaType::fromType<QString>()) }); !e.isEmpty())
                return e;
        for (const auto& s : c.citedSources)
            if (auto e = run(db, cite, { c.id, at++, QVariant(QMetaType::fromType<qint64>()), s }); !e.isEmpty())
                return e;
        return {};
    }
}

QString putChange(QSqlDatabase& db, const PositionChange& c)
{
    return insertChange(db, ChangeKind::Position, c,
        { QStringLiteral("party_id"), QStringLiteral("issue_id"), QStringLiteral("stance"), QStringLiteral("salience"),
            QStringLiteral("axis_value") },
        { c.partyId, c.issueId, c.stance, c.salience,
            c.axisValue ? QVariant(*c.axisValue) : QVariant(QMetaType::fromType<double>()) });
}

QString putChange(QSqlDatabase& db, const StatusChange& c)
{
    return insertChange(db, ChangeKind::Status, c, { QStringLiteral("issue_id"), QStringLiteral("status") },
        { c.issueId, c.status });
}

QString putChange(QSqlDatabase& db, const CapabilityChange& c)
{
    return insertChange(db, ChangeKind::Capability, c,
        { QStringLiteral("party_id"), QStringLiteral("issue_id"), QStringLiteral("value") },
        { c.partyId, nullableText(c.issueId), c.value });
}

QString putRetraction(QSqlDatabase& db, ChangeKind kind, qint64 id, bool retracted, qint64 at, const QString& by)
{
    int affected = 0;
    const QString sql
        = QStringLiteral("UPDATE %1 SET retracted = ?, retracted_at = ?, retracted_by = ? WHERE id = ?").arg(changeTable(kind));
    const QVariant nullText(QMetaType::fromType<QString>());
    if (auto e = run(db, sql,
            { int(retracted), retracted ? QVariant(timestampToText(at)) : nullText, retracted ? QVariant(by) : nullText,
                id },
            &affected);
        !e.isEmpty())
        return e;
    return affected == 1 ? QString() : QStringLiteral("unknown %1 change %2").arg(changeWord(kind)).arg(id);
}

} // namespace Entente::SqliteDetail
