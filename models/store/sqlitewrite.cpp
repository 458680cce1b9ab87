// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteschema.h"
#include "sqlitestore_p.h"

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

    QString clear(QSqlDatabase& db, const QString& table, const QString& where = {})
    {
        return run(db, QStringLiteral("DELETE FROM %1%2").arg(table, where), {});
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

QString joinList(const QStringList& list, QString* error)
{
    const QChar sep(SqliteSchema::ListSeparator);
    for (const auto& s : list)
        if (s.contains(sep) && error)
            *error = QStringLiteral("\"%1\" contains a control character (U+001F)").arg(QString(s).replace(sep, u'?'));
    return list.join(sep);
}

QStringList splitList(const QString& joined) { return joined.split(QChar(SqliteSchema::ListSeparator)); }

QString putMeta(QSqlDatabase& db, const QString& name, const QString& description)
{
    const QString sql = QStringLiteral("INSERT OR REPLACE INTO meta (key, value) VALUES (?, ?)");
    QString e = run(db, sql, { QStringLiteral("name"), name });
    return e.isEmpty() ? run(db, sql, { QStringLiteral("description"), description }) : e;
}

QString putScales(QSqlDatabase& db, const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status)
{
    if (auto e = clear(db, QStringLiteral("scale_level")); !e.isEmpty())
        return e;
    const QString sql
        = QStringLiteral("INSERT INTO scale_level (scale, position, key, label, color, value, is_unknown) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?)");
    for (int which = 0; which < 2; ++which) {
        const auto& levels = which == 0 ? stance : status;
        const QString scale = which == 0 ? QStringLiteral("stance") : QStringLiteral("status");
        for (qsizetype i = 0; i < levels.size(); ++i) {
            const auto& l = levels[i];
            if (auto e = run(db, sql, { scale, i, l.key, l.label, l.color, l.value, int(l.isUnknown) }); !e.isEmpty())
                return e;
        }
    }
    return {};
}

QString putParties(QSqlDatabase& db, const QList<Party>& parties)
{
    if (auto e = clear(db, QStringLiteral("party")); !e.isEmpty())
        return e;
    const QString sql = QStringLiteral("INSERT INTO party (id, position, name, short_name, color, kind, parent_id, "
                                       "description) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < parties.size(); ++i) {
        const auto& p = parties[i];
        const QVariant parent = p.parentId.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(p.parentId);
        if (auto e
            = run(db, sql, { p.id, i, p.name, p.shortName, p.color, partyKindKey(p.kind), parent, p.description });
            !e.isEmpty())
            return e;
    }
    return {};
}

QString putIssues(QSqlDatabase& db, const QList<Issue>& issues)
{
    if (auto e = clear(db, QStringLiteral("issue")); !e.isEmpty())
        return e;
    const QString sql = QStringLiteral("INSERT INTO issue (id, position, name, description) VALUES (?, ?, ?, ?)");
    for (qsizetype i = 0; i < issues.size(); ++i)
        if (auto e = run(db, sql, { issues[i].id, i, issues[i].name, issues[i].description }); !e.isEmpty())
            return e;
    return {};
}

QString putSources(QSqlDatabase& db, const QList<Source>& sources)
{
    if (auto e = clear(db, QStringLiteral("source")); !e.isEmpty())
        return e;
    const QString sql = QStringLiteral("INSERT INTO source (id, position, outlet, url, title, published_msecs, "
                                       "published_precision, reliability, credibility, note) "
                                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const auto& s = sources[i];
        if (auto e = run(db, sql,
                { s.id, i, s.outlet, s.url, s.title, nullableMsecs(s.published), int(s.published.precision),
                    QString(s.reliability), s.credibility, s.note });
            !e.isEmpty())
            return e;
    }
    return {};
}

QString putEras(QSqlDatabase& db, const QList<Era>& eras)
{
    if (auto e = clear(db, QStringLiteral("era")); !e.isEmpty())
        return e;
    const QString sql = QStringLiteral("INSERT INTO era (id, position, name, start_msecs, start_precision, end_msecs, "
                                       "end_precision, color) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    for (qsizetype i = 0; i < eras.size(); ++i) {
        const auto& r = eras[i];
        if (auto e = run(db, sql,
                { r.id, i, r.name, r.start.msecs, int(r.start.precision), r.end.msecs, int(r.end.precision), r.color });
            !e.isEmpty())
            return e;
    }
    return {};
}

QString putEvent(QSqlDatabase& db, const Event& e, bool update)
{
    if (e.id <= 0)
        return QStringLiteral("event has no id");
    QString error;
    QVariantList lists;
    for (const auto* list : { &e.parties, &e.issues, &e.tags, &e.sources }) {
        const QString joined = joinList(*list, &error);
        lists << (list->isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(joined));
    }
    if (!error.isEmpty())
        return QStringLiteral("event %1: %2").arg(e.id).arg(error);
    QVariantList values { e.id, e.start.msecs, int(e.start.precision), nullableMsecs(e.end), int(e.end.precision),
        e.title, e.description, e.location };
    values << lists;
    const QString insert
        = QStringLiteral("INSERT INTO event (id, start_msecs, start_precision, end_msecs, end_precision, "
                         "title, description, location, parties, issues, tags, sources) "
                         "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
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

QString putChange(QSqlDatabase& db, const ChangeRecord& c, bool position, const QString& party, const QString& issue,
    const QString& stanceOrStatus, int salience)
{
    const QVariant retractedAt
        = c.retracted ? QVariant(timestampToText(c.retractedAt)) : QVariant(QMetaType::fromType<QString>());
    const QVariant retractedBy = c.retracted ? QVariant(c.retractedBy) : QVariant(QMetaType::fromType<QString>());
    const QVariantList record { c.effective.msecs, int(c.effective.precision), timestampToText(c.recordedAt),
        c.recordedBy, confidenceKey(c.confidence), c.note, int(c.retracted), retractedAt, retractedBy };
    const QString recordColumns = QStringLiteral("effective_msecs, effective_precision, recorded_at, recorded_by, "
                                                 "confidence, note, retracted, retracted_at, retracted_by");
    QString err;
    if (position)
        err = run(db,
            QStringLiteral("INSERT INTO position_change (id, party_id, issue_id, stance, salience, %1) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(recordColumns),
            QVariantList { c.id, party, issue, stanceOrStatus, salience } + record);
    else
        err = run(db,
            QStringLiteral("INSERT INTO status_change (id, issue_id, status, %1) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .arg(recordColumns),
            QVariantList { c.id, issue, stanceOrStatus } + record);
    if (!err.isEmpty())
        return err;
    const QString cite = QStringLiteral("INSERT INTO %1 (change_id, position, event_id, source_id) VALUES (?, ?, ?, ?)")
                             .arg(position ? QLatin1String("position_citation") : QLatin1String("status_citation"));
    int at = 0;
    for (qint64 ev : c.citedEvents)
        if (auto e = run(db, cite, { c.id, at++, ev, QVariant(QMetaType::fromType<QString>()) }); !e.isEmpty())
            return e;
    for (const auto& s : c.citedSources)
        if (auto e = run(db, cite, { c.id, at++, QVariant(QMetaType::fromType<qint64>()), s }); !e.isEmpty())
            return e;
    return {};
}

QString putRetraction(QSqlDatabase& db, bool position, qint64 id, bool retracted, qint64 at, const QString& by)
{
    int affected = 0;
    const QString sql = QStringLiteral("UPDATE %1 SET retracted = ?, retracted_at = ?, retracted_by = ? WHERE id = ?")
                            .arg(position ? QLatin1String("position_change") : QLatin1String("status_change"));
    const QVariant nullText(QMetaType::fromType<QString>());
    if (auto e = run(db, sql,
            { int(retracted), retracted ? QVariant(timestampToText(at)) : nullText, retracted ? QVariant(by) : nullText,
                id },
            &affected);
        !e.isEmpty())
        return e;
    return affected == 1 ? QString()
                         : QStringLiteral("unknown %1 change %2")
                               .arg(position ? QLatin1String("position") : QLatin1String("status"))
                               .arg(id);
}

} // namespace Entente::SqliteDetail
