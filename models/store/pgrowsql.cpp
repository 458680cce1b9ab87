// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgstore_p.h"
#include "axiscodec.h"
#include "claimcodec.h"

#include "sqliteschema.h"
#include "viewcodec.h"

#include <QDateTime>

namespace Entente::PgDetail {

QByteArray RowSql::where(int first, const QByteArray& prefix) const
{
    QByteArray out = prefix + "dossier = $" + QByteArray::number(first);
    for (qsizetype i = 0; i < keyColumns.size(); ++i)
        out += " AND " + prefix + keyColumns[i] + " = $" + QByteArray::number(first + 1 + i);
    return out;
}

QByteArray RowSql::scope(int first, const QByteArray& prefix) const
{
    QByteArray out = prefix + "dossier = $" + QByteArray::number(first);
    for (qsizetype i = 0; i < scopeColumns.size(); ++i)
        out += " AND " + prefix + scopeColumns[i] + " = $" + QByteArray::number(first + 1 + i);
    return out;
}

QString joinIds(const QStringList& ids) { return ids.join(QChar(SqliteSchema::ListSeparator)); }

QStringList splitIds(const QString& joined)
{
    return joined.isEmpty() ? QStringList() : joined.split(QChar(SqliteSchema::ListSeparator));
}

QString textArray(const QStringList& items)
{
    QStringList quoted;
    for (QString s : items) {
        s.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        quoted << u'"' + s + u'"';
    }
    return u'{' + quoted.join(u',') + u'}';
}

namespace {
    PgParams& date(PgParams& p, const PartialDate& d)
    {
        if (d.isValid())
            p << d.msecs;
        else
            p.null();
        return p << int(d.precision);
    }
}

RowSql rowSql(const StoreRow& row)
{
    return std::visit(
        [](const auto& r) -> RowSql {
            using T = std::decay_t<decltype(r)>;
            RowSql s;
            if constexpr (std::is_same_v<T, ScaleLevelRow>) {
                const QString scale = r.scale == RowKind::StatusLevel ? QStringLiteral("status") : QStringLiteral("stance");
                s.table = "scale_level";
                s.keyColumns = { "scale", "key" };
                s.keyValues << scale << r.level.key;
                s.scopeColumns = { "scale" };
                s.scopeValues << scale;
                s.columns = { "label", "color", "value", "is_unknown" };
                s.values << r.level.label << r.level.color << r.level.value << r.level.isUnknown;
            } else {
                s.keyColumns = { "id" };
                s.keyValues << r.id;
                if constexpr (std::is_same_v<T, Party>) {
                    s.table = "party";
                    s.columns = { "name", "short_name", "color", "kind", "parent_id", "description" };
                    s.values << r.name << r.shortName << r.color << partyKindKey(r.kind);
                    s.values.nullIfEmpty(r.parentId) << r.description;
                } else if constexpr (std::is_same_v<T, Issue>) {
                    s.table = "issue";
                    s.columns = { "name", "description", "axis" };
                    s.values << r.name << r.description;
                    s.values.nullIfEmpty(AxisCodec::encode(r.axis));
                } else if constexpr (std::is_same_v<T, Source>) {
                    s.table = "source";
                    s.columns = { "outlet", "url", "title", "published_msecs", "published_precision", "reliability",
                        "credibility", "note" };
                    s.values << r.outlet << r.url << r.title;
                    date(s.values, r.published) << QString(r.reliability) << r.credibility << r.note;
                } else if constexpr (std::is_same_v<T, Era>) {
                    s.table = "era";
                    s.columns = { "name", "start_msecs", "start_precision", "end_msecs", "end_precision", "color" };
                    s.values << r.name;
                    date(s.values, r.start);
                    date(s.values, r.end) << r.color;
                } else if constexpr (std::is_same_v<T, Note>) {
                    s.table = "note";
                    s.columns = { "target", "date_msecs", "date_precision", "party_id", "issue_id", "event_id",
                        "era_id", "text", "author", "recorded_at", "confidence", "evidence" };
                    s.values << noteTargetKey(r.target);
                    date(s.values, r.date).nullIfEmpty(r.partyId).nullIfEmpty(r.issueId);
                    if (r.eventId)
                        s.values << r.eventId;
                    else
                        s.values.null();
                    s.values.nullIfEmpty(r.eraId)
                        << r.text << r.author
                        << QDateTime::fromMSecsSinceEpoch(r.recordedAt, Qt::UTC).toString(Qt::ISODateWithMs);
                    s.values.nullIfEmpty(r.confidence ? confidenceKey(*r.confidence) : QString())
                        .nullIfEmpty(ClaimCodec::encode(r.evidence));
                } else if constexpr (std::is_same_v<T, SavedView>) {
                    s.table = "saved_view";
                    s.columns = { "name", "settings" };
                    s.values << r.name << ViewCodec::encode(r);
                } else if constexpr (std::is_same_v<T, Event>) {
                    s.table = "event";
                    s.ordered = false;
                    s.columns = { "start_msecs", "start_precision", "end_msecs", "end_precision", "title",
                        "description", "location", "parties", "issues", "tags", "sources", "claims" };
                    date(s.values, r.start);
                    date(s.values, r.end) << r.title << r.description << r.location;
                    for (const auto* list : { &r.parties, &r.issues, &r.tags, &r.sources })
                        s.values.nullIfEmpty(joinIds(*list));
                    s.values.nullIfEmpty(ClaimCodec::encode(r.claims));
                }
            }
            return s;
        },
        row);
}

RowSql rowSqlOf(RowKind kind, const QString& key)
{
    switch (kind) {
    case RowKind::Party:
        return rowSql(Party { key });
    case RowKind::Issue:
        return rowSql(Issue { key });
    case RowKind::Source:
        return rowSql(Source { key });
    case RowKind::Era:
        return rowSql(Era { key });
    case RowKind::Note:
        return rowSql(Note { key });
    case RowKind::SavedView:
        return rowSql(SavedView { key });
    case RowKind::StanceLevel:
    case RowKind::StatusLevel:
        return rowSql(ScaleLevelRow { kind, ScaleLevel { key } });
    case RowKind::Event:
        break;
    }
    RowSql s = rowSql(Event { key.toLongLong() });
    return s;
}

} // namespace Entente::PgDetail
