// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStore::load(): the small tables through QtSql, the events through the C API (sqlitebulk.h), the
// histories through the dossier's own checks, so a damaged file is reported rather than half-loaded.
#include "axiscodec.h"
#include "claimcodec.h"
#include "sqlitebulk.h"
#include "sqlitestore.h"
#include "sqlitestore_p.h"
#include "viewcodec.h"

#include <QHash>

#include <QSqlQuery>
#include <QVariant>
#include <sqlite3.h>

namespace Entente {

using namespace SqliteDetail;

namespace {
    std::optional<PartialDate> partialDate(const QVariant& msecs, const QVariant& precision)
    {
        const int p = precision.toInt();
        if (p < 0 || p > 3)
            return std::nullopt;
        return PartialDate { msecs.isNull() ? PartialDate::Invalid : msecs.toLongLong(), Precision(p) };
    }

    struct Reader {
        QSqlDatabase& db;
        QString error;

        // Runs a SELECT and calls row(q) for every row until it returns a non-empty error.
        template <typename Row> bool each(const QString& sql, Row&& row)
        {
            if (!error.isEmpty())
                return false;
            QSqlQuery q(db);
            q.setForwardOnly(true);
            if (!q.exec(sql)) {
                error = describeSqlError(q.lastError());
                return false;
            }
            while (q.next())
                if (error = row(q); !error.isEmpty())
                    return false;
            return true;
        }
    };

    template <typename C> QString readRecord(const QSqlQuery& q, int first, C& c)
    {
        // effective_msecs, effective_precision, recorded_at, recorded_by, confidence, note, retracted,
        // retracted_at, retracted_by
        const auto effective = partialDate(q.value(first), q.value(first + 1));
        const auto recorded = textToTimestamp(q.value(first + 2).toString());
        const auto confidence = confidenceFromKey(q.value(first + 4).toString());
        if (!effective || !recorded || !confidence)
            return QStringLiteral("change %1 has an invalid date or confidence").arg(c.id);
        c.effective = *effective;
        c.recordedAt = *recorded;
        c.recordedBy = q.value(first + 3).toString();
        c.confidence = *confidence;
        c.note = q.value(first + 5).toString();
        const auto claims = ClaimCodec::decode(q.value(first + 9).toString());
        if (!claims.ok())
            return QStringLiteral("change %1: %2").arg(c.id).arg(claims.message());
        c.claims = claims.value();
        c.retracted = q.value(first + 6).toInt() != 0;
        if (c.retracted) {
            const auto at = textToTimestamp(q.value(first + 7).toString());
            if (!at)
                return QStringLiteral("change %1 has an invalid retraction time").arg(c.id);
            c.retractedAt = *at;
            c.retractedBy = q.value(first + 8).toString();
        }
        return {};
    }

    // change id -> (cited events, cited sources), in order.
    using Citations = QHash<qint64, std::pair<QList<qint64>, QStringList>>;

    Citations readCitations(Reader& r, const QString& table)
    {
        Citations out;
        r.each(QStringLiteral("SELECT change_id, event_id, source_id FROM %1 ORDER BY change_id, position").arg(table),
            [&](const QSqlQuery& q) {
                auto& c = out[q.value(0).toLongLong()];
                if (!q.value(1).isNull())
                    c.first.append(q.value(1).toLongLong());
                else
                    c.second.append(q.value(2).toString());
                return QString();
            });
        return out;
    }
}

namespace {
    // meta, scales, parties, issues, sources, eras: everything the events and the histories refer to.
    void readHead(Reader& r, Dossier& d)
    {
        r.each(QStringLiteral("SELECT key, value FROM meta"), [&](const QSqlQuery& q) {
            if (q.value(0).toString() == u"name")
                d.name = q.value(1).toString();
            else if (q.value(0).toString() == u"description")
                d.description = q.value(1).toString();
            return QString();
        });
        QList<ScaleLevel> stance, status;
        r.each(QStringLiteral(
                   "SELECT scale, key, label, color, value, is_unknown FROM scale_level ORDER BY scale, position"),
            [&](const QSqlQuery& q) {
                (q.value(0).toString() == u"stance" ? stance : status)
                    .append({ q.value(1).toString(), q.value(2).toString(), q.value(3).toString(), q.value(4).toInt(),
                        q.value(5).toInt() != 0 });
                return QString();
            });
        if (r.error.isEmpty() && !stance.isEmpty())
            r.error = d.setStanceScale(stance).message();
        if (r.error.isEmpty() && !status.isEmpty())
            r.error = d.setStatusScale(status).message();
        // Parties first without their bloc, then the blocs: a member may be listed before its bloc.
        QList<Party> withParent;
        r.each(QStringLiteral(
                   "SELECT id, name, short_name, color, kind, parent_id, description FROM party ORDER BY position"),
            [&](const QSqlQuery& q) {
                const auto kind = partyKindFromKey(q.value(4).toString());
                if (!kind)
                    return QStringLiteral("party \"%1\" has an unknown kind").arg(q.value(0).toString());
                Party p { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                    *kind, q.value(5).toString(), q.value(6).toString() };
                if (!p.parentId.isEmpty())
                    withParent.append(p);
                p.parentId.clear();
                return d.insertParty(-1, p).message();
            });
        for (const auto& p : withParent)
            if (r.error.isEmpty())
                r.error = d.updateParty(p).message();
        r.each(QStringLiteral("SELECT id, name, description, axis FROM issue ORDER BY position"), [&](const QSqlQuery& q) {
            const auto axis = AxisCodec::decode(q.value(3).toString());
            if (!axis.ok())
                return QStringLiteral("issue \"%1\": %2").arg(q.value(0).toString(), axis.message());
            return d.insertIssue(-1, { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), axis.value() })
                .message();
        });
        r.each(QStringLiteral("SELECT id, outlet, url, title, published_msecs, published_precision, reliability, "
                              "credibility, note FROM source ORDER BY position"),
            [&](const QSqlQuery& q) {
                const auto published = partialDate(q.value(4), q.value(5));
                const QString reliability = q.value(6).toString();
                if (!published || reliability.size() != 1)
                    return QStringLiteral("source \"%1\" is damaged").arg(q.value(0).toString());
                return d.insertSource(-1,
                    { q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
                        *published, reliability[0], q.value(7).toInt(), q.value(8).toString() }).message();
            });
        r.each(QStringLiteral("SELECT id, name, start_msecs, start_precision, end_msecs, end_precision, color FROM era "
                              "ORDER BY position"),
            [&](const QSqlQuery& q) {
                const auto start = partialDate(q.value(2), q.value(3)), end = partialDate(q.value(4), q.value(5));
                if (!start || !end)
                    return QStringLiteral("era \"%1\" is damaged").arg(q.value(0).toString());
                return d.insertEra(
                    -1, { q.value(0).toString(), q.value(1).toString(), *start, *end, q.value(6).toString() }).message();
            });
    }

    // Notes and saved views: after the events (a note may be pinned to one) or with the events pending.
    void readNotes(Reader& r, Dossier& d)
    {
        r.each(QStringLiteral("SELECT id, target, date_msecs, date_precision, party_id, issue_id, event_id, era_id, "
                              "text, author, recorded_at, confidence, evidence FROM note ORDER BY position"),
            [&](const QSqlQuery& q) {
                Note n;
                n.id = q.value(0).toString();
                const auto target = noteTargetFromKey(q.value(1).toString());
                const auto date = partialDate(q.value(2), q.value(3));
                const auto recorded = textToTimestamp(q.value(10).toString());
                const auto evidence = ClaimCodec::decode(q.value(12).toString());
                const QString why = evidence.ok() ? QString() : evidence.message();
                const QString confidence = q.value(11).toString();
                const auto level = confidenceFromKey(confidence);
                if (!target || !date || !recorded || !evidence.ok() || (!confidence.isEmpty() && !level))
                    return QStringLiteral("note \"%1\" is damaged%2").arg(n.id, why.isEmpty() ? QString() : u": " + why);
                n.target = *target;
                n.date = *date;
                n.partyId = q.value(4).toString();
                n.issueId = q.value(5).toString();
                n.eventId = q.value(6).toLongLong();
                n.eraId = q.value(7).toString();
                n.text = q.value(8).toString();
                n.author = q.value(9).toString();
                n.recordedAt = *recorded;
                if (level)
                    n.confidence = *level;
                n.evidence = evidence.value();
                return d.insertNote(-1, n).message();
            });
        r.each(QStringLiteral("SELECT id, name, settings FROM saved_view ORDER BY position"), [&](const QSqlQuery& q) {
            SavedView v;
            v.id = q.value(0).toString();
            v.name = q.value(1).toString();
            if (const QString e = ViewCodec::decode(q.value(2).toString(), v); !e.isEmpty())
                return e;
            return d.insertSavedView(-1, v).message();
        });
    }

    // The versions of the rows that were updated since they were created (all others are at version 1).
    void readVersions(Reader& r, RowVersions* versions, bool events)
    {
        if (!versions)
            return;
        const auto small = { std::pair { RowKind::Party, QStringLiteral("SELECT id, row_version FROM party") },
            std::pair { RowKind::Issue, QStringLiteral("SELECT id, row_version FROM issue") },
            std::pair { RowKind::Source, QStringLiteral("SELECT id, row_version FROM source") },
            std::pair { RowKind::Era, QStringLiteral("SELECT id, row_version FROM era") },
            std::pair { RowKind::Note, QStringLiteral("SELECT id, row_version FROM note") },
            std::pair { RowKind::SavedView, QStringLiteral("SELECT id, row_version FROM saved_view") },
            std::pair { RowKind::StanceLevel,
                QStringLiteral("SELECT key, row_version FROM scale_level WHERE scale = 'stance'") },
            std::pair { RowKind::StatusLevel,
                QStringLiteral("SELECT key, row_version FROM scale_level WHERE scale = 'status'") } };
        for (const auto& [kind, sql] : small)
            r.each(sql
                    + (sql.contains(u"WHERE") ? QStringLiteral(" AND row_version <> 1")
                                              : QStringLiteral(" WHERE row_version <> 1")),
                [&, kind = kind](const QSqlQuery& q) {
                    versions->set(kind, q.value(0).toString(), q.value(1).toLongLong());
                    return QString();
                });
        if (events && r.error.isEmpty())
            r.error = SqliteBulk::loadEventVersions(SqliteBulk::handle(r.db), *versions);
    }

    // The position, status and capability histories; the events they cite must be in `d` already.
    void readHistories(Reader& r, Dossier& d)
    {
        const Citations positionCitations = readCitations(r, QStringLiteral("position_citation"));
        const Citations statusCitations = readCitations(r, QStringLiteral("status_citation"));
        const Citations capabilityCitations = readCitations(r, QStringLiteral("capability_citation"));
        const QString recordColumns = QStringLiteral("effective_msecs, effective_precision, recorded_at, recorded_by, "
                                                     "confidence, note, retracted, retracted_at, retracted_by, claims");
        r.each(QStringLiteral("SELECT id, party_id, issue_id, stance, salience, %1, axis_value FROM position_change "
                              "ORDER BY id")
                   .arg(recordColumns),
            [&](const QSqlQuery& q) {
                PositionChange c;
                c.id = q.value(0).toLongLong();
                c.partyId = q.value(1).toString();
                c.issueId = q.value(2).toString();
                c.stance = q.value(3).toString();
                c.salience = q.value(4).toInt();
                if (auto e = readRecord(q, 5, c); !e.isEmpty())
                    return e;
                if (!q.value(15).isNull())
                    c.axisValue = q.value(15).toDouble();
                std::tie(c.citedEvents, c.citedSources) = positionCitations.value(c.id);
                return d.addPositionChange(c).message();
            });
        r.each(QStringLiteral("SELECT id, issue_id, status, %1 FROM status_change ORDER BY id").arg(recordColumns),
            [&](const QSqlQuery& q) {
                StatusChange c;
                c.id = q.value(0).toLongLong();
                c.issueId = q.value(1).toString();
                c.status = q.value(2).toString();
                if (auto e = readRecord(q, 3, c); !e.isEmpty())
                    return e;
                std::tie(c.citedEvents, c.citedSources) = statusCitations.value(c.id);
                return d.addStatusChange(c).message();
            });
        r.each(QStringLiteral("SELECT id, party_id, issue_id, value, %1 FROM capability_change ORDER BY id")
                   .arg(recordColumns),
            [&](const QSqlQuery& q) {
                CapabilityChange c;
                c.id = q.value(0).toLongLong();
                c.partyId = q.value(1).toString();
                c.issueId = q.value(2).toString();
                c.value = q.value(3).toDouble();
                if (auto e = readRecord(q, 4, c); !e.isEmpty())
                    return e;
                std::tie(c.citedEvents, c.citedSources) = capabilityCitations.value(c.id);
                return d.addCapabilityChange(c).message();
            });
    }
}

Status SqliteStore::load(Dossier& out, RowVersions* versions)
{
    if (versions)
        versions->clear();
    out = Dossier();
    Dossier d;
    const bool ownTransaction = !m_inTransaction;
    if (ownTransaction) // one consistent snapshot
        exec(QStringLiteral("BEGIN"));
    Reader r { m_db, {} };
    readHead(r, d);
    if (r.error.isEmpty()) {
        auto& events = d.eventsForBulkLoad();
        r.error = SqliteBulk::loadEvents(SqliteBulk::handle(m_db), events);
        events.finish();
        if (const auto problems = d.validate(); r.error.isEmpty() && !problems.isEmpty())
            r.error = problems.first();
    }
    readHistories(r, d);
    readNotes(r, d);
    readVersions(r, versions, true);
    if (ownTransaction)
        exec(QStringLiteral("COMMIT"));
    if (!r.error.isEmpty())
        return Error(QStringLiteral("“%1” could not be read: %2").arg(m_path, r.error));
    out = std::move(d);
    return {};
}

Status SqliteStore::loadHead(Dossier& out, qint64* eventCount, RowVersions* versions)
{
    if (versions)
        versions->clear();
    out = Dossier();
    Dossier d;
    d.setEventsPending(true);
    const bool ownTransaction = !m_inTransaction;
    if (ownTransaction)
        exec(QStringLiteral("BEGIN"));
    Reader r { m_db, {} };
    readHead(r, d);
    readHistories(r, d);
    readNotes(r, d);
    readVersions(r, versions, false);
    const qint64 count = r.error.isEmpty() ? SqliteBulk::countEvents(SqliteBulk::handle(m_db)) : -1;
    if (r.error.isEmpty() && count < 0)
        r.error = QStringLiteral("the events cannot be counted");
    if (ownTransaction)
        exec(QStringLiteral("COMMIT"));
    if (!r.error.isEmpty())
        return Error(QStringLiteral("“%1” could not be read: %2").arg(m_path, r.error));
    if (eventCount)
        *eventCount = count;
    out = std::move(d);
    return {};
}

DossierStore::EventReader SqliteStore::eventReader() const { return eventReaderFor(m_path); }

DossierStore::EventReader SqliteStore::eventReaderFor(const QString& path)
{
    // Its own read-only sqlite3 handle: a QSqlDatabase connection belongs to the thread that made it.
    return [path](EventStore& out, RowVersions& versions, const std::function<bool(qint64)>& progress) -> Status {
        sqlite3* db = nullptr;
        const QByteArray file = path.toUtf8();
        QString error;
        if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
            error = QStringLiteral("“%1” could not be opened: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
        } else {
            sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr); // one snapshot
            bool cancelled = false;
            error = SqliteBulk::loadEvents(db, out, [&](qint64 n) {
                cancelled = !progress(n);
                return !cancelled;
            });
            if (error.isEmpty() && !cancelled)
                error = SqliteBulk::loadEventVersions(db, versions);
            // A damaged index or table must not take writes once the dossier is open: check the b-trees here, off
            // the GUI thread, in the same read transaction.
            QString damage;
            if (error.isEmpty() && !cancelled) {
                sqlite3_stmt* st = nullptr;
                if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, nullptr) == SQLITE_OK
                    && sqlite3_step(st) == SQLITE_ROW) {
                    const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
                    const QString result = QString::fromUtf8(text ? text : "");
                    if (result != u"ok")
                        damage = result.left(200).simplified();
                } else {
                    damage = QString::fromUtf8(sqlite3_errmsg(db));
                }
                sqlite3_finalize(st);
            }
            sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
            if (!error.isEmpty())
                error = QStringLiteral("“%1” could not be read: %2").arg(path, error);
            else if (!damage.isEmpty())
                error = QStringLiteral("“%1” is damaged (%2)").arg(path, damage);
            else if (cancelled)
                error = QStringLiteral("the load was cancelled");
            else
                out.finish();
        }
        sqlite3_close(db);
        return Status::fromMessage(error);
    };
}

} // namespace Entente
