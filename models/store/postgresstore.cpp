// SPDX-License-Identifier: GPL-3.0-or-later
#include "postgresstore.h"
#include "claimcodec.h"

#include "pgconnection.h"
#include "pgschema.h"
#include "pgstore_p.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace Entente {

using namespace PgDetail;

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct PostgresStoreText {
        Q_DECLARE_TR_FUNCTIONS(Entente::Store)
    };
}

PostgresStore::PostgresStore(QString uri, Location location)
    : m_uri(std::move(uri))
    , m_location(std::move(location))
    , m_dossier(m_location.dossier)
    , m_userName(SqliteStore::defaultUserName())
    , m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_conn(std::make_unique<PgConnection>(m_location.conninfo))
{
}

PostgresStore::~PostgresStore()
{
    if (m_inTransaction && m_conn->isConnected())
        (void)m_conn->run("ROLLBACK");
}

Result<PostgresStore::Location> PostgresStore::parseLocation(const QString& uri)
{
    const qsizetype q = uri.indexOf(u'?');
    QStringList kept;
    QString dossier;
    if (q >= 0) {
        for (const QString& item : uri.mid(q + 1).split(u'&', Qt::SkipEmptyParts)) {
            if (item.startsWith(u"dossier="))
                dossier = QUrl::fromPercentEncoding(item.mid(8).toUtf8());
            else
                kept << item;
        }
    }
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9._-]+$"));
    if (dossier.isEmpty())
        return Error(PostgresStoreText::tr("%1 names no dossier; add ?dossier=ID to the address.").arg(uri),
            Error::Kind::Invalid);
    if (!validId.match(dossier).hasMatch())
        return Error(PostgresStoreText::tr("“%1” is not a valid dossier id (use letters, digits, '.', '_' and '-').")
                         .arg(dossier),
            Error::Kind::Invalid);
    QString base = q >= 0 ? uri.left(q) : uri;
    if (!kept.isEmpty())
        base += u'?' + kept.join(u'&');
    // Who is connecting is visible to the server's administrators.
    base += (kept.isEmpty() ? u'?' : u'&') + QStringLiteral("application_name=entente");
    return Location { base.toUtf8(), dossier };
}

Status PostgresStore::connect()
{
    if (auto st = m_conn->connect(); !st.ok())
        return st.error().prefixed(m_uri);
    m_lost = false;
    m_inTransaction = false;
    (void)m_conn->run("SELECT set_config('entente.user', $1, false), set_config('entente.session', $2, false)",
        PgParams() << m_userName << m_session);
    return {};
}

Status PostgresStore::ensureConnected()
{
    if (m_conn->isConnected() && !m_lost)
        return {};
    return connect();
}

void PostgresStore::setUserName(const QString& name)
{
    m_userName = name.isEmpty() ? SqliteStore::defaultUserName() : name;
    if (m_conn->isConnected())
        (void)m_conn->run("SELECT set_config('entente.user', $1, false)", PgParams() << m_userName);
}

QString PostgresStore::sessionUser() const { return m_conn->sessionUser(); }
int PostgresStore::backendPid() const { return m_conn->backendPid(); }

Result<std::unique_ptr<PostgresStore>> PostgresStore::open(const QString& uri, const StoreOpenOptions& options)
{
    auto location = parseLocation(uri);
    if (!location.ok())
        return location.error();
    std::unique_ptr<PostgresStore> store(new PostgresStore(uri, std::move(location).value()));
    store->m_userName = options.userName.isEmpty() ? SqliteStore::defaultUserName() : options.userName;
    if (auto st = store->connect(); !st.ok())
        return st.error();
    PgConnection& c = *store->m_conn;
    // An upgrade (below) and a first publish elsewhere change the schema one at a time.
    if (auto st = c.run("SELECT pg_advisory_lock(hashtext('entente.schema'))"); !st.ok())
        return st.error().prefixed(uri);
    auto version = PgSchema::installedVersion(c);
    if (!version.ok())
        return version.error().prefixed(uri);
    if (version.value() == 0)
        return Error(
            PostgresStoreText::tr("%1: the server holds no Entente team dossiers.").arg(uri), Error::Kind::NotFound);
    if (version.value() > PgSchema::Version)
        return Error(PostgresStoreText::tr(
            "%1: the server's dossiers were written by a newer version of Entente (schema %2); this "
            "version reads up to %3.")
                         .arg(uri)
                         .arg(version.value())
                         .arg(PgSchema::Version));
    if (version.value() < PgSchema::Version) {
        // An older server schema: upgrade it in one transaction (only its owner may).
        Status st = c.run("BEGIN");
        if (st.ok())
            st = PgSchema::migrate(c, version.value());
        if (st.ok())
            st = c.run("COMMIT");
        if (!st.ok()) {
            (void)c.run("ROLLBACK");
            return Error(PostgresStoreText::tr(
                             "%1: the server's dossiers use schema %2 and need an upgrade to %3, which only the owner "
                             "of the schema may run (%4).")
                             .arg(uri)
                             .arg(version.value())
                             .arg(PgSchema::Version)
                             .arg(st.message()),
                Error::Kind::ReadOnly);
        }
    }
    store->m_schemaVersion = PgSchema::Version;
    (void)c.run("SELECT pg_advisory_unlock(hashtext('entente.schema'))");
    auto exists = c.exec("SELECT count(*) FROM entente.dossier WHERE id = $1", PgParams() << store->m_dossier);
    if (!exists.ok())
        return exists.error().prefixed(uri);
    if (exists.value().integer(0, 0) != 1)
        return Error(PostgresStoreText::tr("%1: there is no dossier “%2” on that server.").arg(uri, store->m_dossier),
            Error::Kind::NotFound);
    auto mayWrite = c.exec("SELECT has_table_privilege('entente.event', 'INSERT')");
    if (!mayWrite.ok())
        return mayWrite.error().prefixed(uri);
    if (options.access == StoreOpenOptions::Access::ReadOnly) {
        store->m_readOnly = true;
    } else if (!mayWrite.value().boolean(0, 0)) {
        const QString why
            = PostgresStoreText::tr("your server role “%1” may only read team dossiers").arg(c.sessionUser());
        if (options.access == StoreOpenOptions::Access::ReadWrite)
            return Error(PostgresStoreText::tr("%1: %2.").arg(uri, why), Error::Kind::ReadOnly);
        store->m_readOnly = true;
        store->m_readOnlyReason = why;
    }
    return store;
}

Result<std::unique_ptr<PostgresStore>> PostgresStore::create(
    const QString& uri, const Dossier& d, const StoreOpenOptions& options, const Progress& progress)
{
    auto location = parseLocation(uri);
    if (!location.ok())
        return location.error();
    {
        PostgresStore publisher(uri, std::move(location).value());
        publisher.m_userName = options.userName.isEmpty() ? SqliteStore::defaultUserName() : options.userName;
        publisher.m_copyProgress = progress;
        if (auto st = publisher.connect(); !st.ok())
            return st.error();
        PgConnection& c = *publisher.m_conn;
        // Two first publishes into one database would both install the schema: one at a time (the lock goes with
        // the session, so any early return releases it).
        if (auto st = c.run("SELECT pg_advisory_lock(hashtext('entente.schema'))"); !st.ok())
            return st.error().prefixed(uri);
        auto version = PgSchema::installedVersion(c);
        if (!version.ok())
            return version.error().prefixed(uri);
        if (version.value() > PgSchema::Version)
            return Error(PostgresStoreText::tr("%1: the server's schema %2 is newer than this version of Entente (%3).")
                             .arg(uri)
                             .arg(version.value())
                             .arg(PgSchema::Version));
        if (version.value() == 0) {
            Status st = c.run("BEGIN");
            if (st.ok())
                st = PgSchema::install(c);
            if (st.ok())
                st = c.run("COMMIT");
            if (!st.ok()) {
                (void)c.run("ROLLBACK");
                return st.error().prefixed(PostgresStoreText::tr("%1: cannot install the team schema").arg(uri));
            }
        } else if (version.value() < PgSchema::Version) {
            // Best effort: only the schema's owner may; an older server schema still works with this client.
            Status st = c.run("BEGIN");
            if (st.ok())
                st = PgSchema::migrate(c, version.value());
            if (st.ok())
                st = c.run("COMMIT");
            if (!st.ok())
                (void)c.run("ROLLBACK");
        }
        (void)c.run("SELECT pg_advisory_unlock(hashtext('entente.schema'))");
        Status st = c.run("BEGIN");
        if (st.ok()) {
            auto taken = c.exec("SELECT 1 FROM entente.dossier WHERE id = $1", PgParams() << publisher.m_dossier);
            if (!taken.ok())
                st = taken.error();
            else if (taken.value().rows() > 0)
                st = Error(PostgresStoreText::tr("There is already a dossier “%1” on that server; choose another id.")
                               .arg(publisher.m_dossier),
                    Error::Kind::Invalid);
        }
        if (st.ok())
            st = c.run("INSERT INTO entente.dossier (id, name, description) VALUES ($1, $2, $3)",
                PgParams() << publisher.m_dossier << d.name << d.description);
        if (st.ok())
            st = publisher.copyDossier(d);
        if (st.ok())
            st = c.run("COMMIT");
        if (!st.ok()) {
            (void)c.run("ROLLBACK");
            return st.error().prefixed(PostgresStoreText::tr("%1: cannot publish").arg(uri));
        }
        // Fresh statistics, so that the first open's estimate of the event count (loadHead) is close. Only the
        // table's or the database's owner may; for anyone else the server skips it with a notice.
        if (d.events().size() >= 50000)
            (void)c.run("ANALYZE entente.event");
    }
    StoreOpenOptions writable = options;
    writable.access = StoreOpenOptions::Access::ReadWrite;
    return open(uri, writable);
}

Result<std::unique_ptr<DossierStore>> PostgresStore::openWorkerConnection() const
{
    StoreOpenOptions options;
    options.access = m_readOnly ? StoreOpenOptions::Access::ReadOnly : StoreOpenOptions::Access::ReadWrite;
    options.userName = m_userName;
    auto other = open(m_uri, options);
    if (!other.ok())
        return other.error();
    // The same session: what a worker writes for this client is this client's change, not someone else's.
    other.value()->m_session = m_session;
    (void)other.value()->m_conn->run("SELECT set_config('entente.session', $1, false)", PgParams() << m_session);
    return std::unique_ptr<DossierStore>(std::move(other).value());
}

Status PostgresStore::begin()
{
    if (m_readOnly)
        return Error(PostgresStoreText::tr("%1 is open read-only.").arg(m_uri), Error::Kind::ReadOnly);
    if (m_inTransaction)
        return Error(PostgresStoreText::tr("a transaction is already open"));
    if (auto st = ensureConnected(); !st.ok())
        return st;
    if (auto st = m_conn->run("BEGIN"); !st.ok()) {
        m_lost = !m_conn->isConnected();
        return st;
    }
    m_inTransaction = true;
    return {};
}

Status PostgresStore::commit()
{
    if (!m_inTransaction)
        return Error(PostgresStoreText::tr("no transaction is open"));
    auto done = m_conn->exec("COMMIT");
    m_inTransaction = false; // a failed COMMIT ends the transaction too (PostgreSQL rolls it back)
    if (!done.ok()) {
        m_lost = !m_conn->isConnected();
        return done.error();
    }
    // COMMIT of a transaction a failed statement aborted answers ROLLBACK, without an error.
    if (done.value().commandStatus() == "ROLLBACK")
        return Error(
            PostgresStoreText::tr("%1: nothing was written, a statement of the transaction failed.").arg(m_uri));
    return {};
}

void PostgresStore::rollback()
{
    if (!m_inTransaction)
        return;
    (void)m_conn->run("ROLLBACK");
    m_inTransaction = false;
}

template <typename Body> Status PostgresStore::write(Body&& body)
{
    if (m_readOnly) {
        const QString why
            = m_readOnlyReason.isEmpty() ? PostgresStoreText::tr("it is open read-only") : m_readOnlyReason;
        return Error(PostgresStoreText::tr("%1: nothing was written, %2.").arg(m_uri, why), Error::Kind::ReadOnly);
    }
    if (auto st = ensureConnected(); !st.ok())
        return st;
    // A savepoint inside the caller's transaction, or a transaction of its own: a failed write leaves nothing
    // behind, the journal lines the server wrote for it included. A savepoint that served is not released (the
    // commit ends it): once a write has journalled, the dossier's journal lock is held to the commit, and every
    // round trip saved there is time other analysts' edits do not wait.
    const QByteArray open = m_inTransaction ? "SAVEPOINT entente_write" : "BEGIN";
    Status result = m_conn->run(open);
    if (result.ok())
        result = body();
    if (result.ok() && !m_inTransaction)
        result = m_conn->run("COMMIT");
    if (!result.ok()) {
        if (!m_conn->isConnected()) {
            m_lost = true;
            m_inTransaction = false;
        } else {
            (void)m_conn->run(m_inTransaction ? "ROLLBACK TO entente_write" : "ROLLBACK");
            if (m_inTransaction)
                (void)m_conn->run("RELEASE entente_write");
        }
    }
    return result;
}

Status PostgresStore::writeMeta(const QString& name, const QString& description)
{
    return write([&] {
        return m_conn->run("UPDATE entente.dossier SET name = $2, description = $3 WHERE id = $1",
            PgParams() << m_dossier << name << description);
    });
}

Result<qint64> PostgresStore::insertRow(const StoreRow& row, qsizetype position)
{
    const RowSql r = rowSql(row);
    Status st = write([&] {
        QByteArrayList columns { "dossier" };
        PgParams params;
        params << m_dossier;
        columns += r.keyColumns;
        params.append(r.keyValues);
        if (r.ordered) {
            columns << "position";
            params << qint64(position);
        }
        columns += r.columns;
        params.append(r.values);
        QByteArrayList placeholders;
        for (qsizetype i = 1; i <= columns.size(); ++i)
            placeholders << "$" + QByteArray::number(i);
        auto done = m_conn->exec("INSERT INTO entente." + r.table + " (" + columns.join(", ") + ") VALUES ("
                + placeholders.join(", ") + ")",
            params);
        if (!done.ok() && done.error().kind() == Error::Kind::Invalid && done.message().contains(u"duplicate key"))
            return Status(Error(
                PostgresStoreText::tr("The %1 “%2” already exists.").arg(rowKindKey(rowKindOf(row)), rowKeyOf(row)),
                Error::Kind::Invalid));
        return done.ok() ? Status() : Status(done.error());
    });
    if (!st.ok())
        return st.error();
    return RowVersions::Initial;
}

namespace {
    // Why a versioned update or removal touched no row: the row is gone, or it moved on.
    Status missingOrMoved(PgConnection& c, const QString& dossier, const RowSql& r, RowKind kind, const QString& key,
        qint64 seen)
    {
        PgParams params;
        params << dossier;
        params.append(r.keyValues);
        auto stored = c.exec("SELECT row_version FROM entente." + r.table + " WHERE " + r.where(1), params);
        if (!stored.ok())
            return stored.error();
        if (stored.value().rows() == 0)
            return Error(PostgresStoreText::tr("The %1 “%2” no longer exists.").arg(rowKindKey(kind), key),
                Error::Kind::NotFound);
        return Error(
            PostgresStoreText::tr("The %1 “%2” was changed by someone else since you read it (version %3, now %4).")
                .arg(rowKindKey(kind), key)
                .arg(seen)
                .arg(stored.value().integer(0, 0)),
            Error::Kind::Conflict);
    }
}

Result<qint64> PostgresStore::updateRow(const StoreRow& row, qint64 seenVersion)
{
    const RowSql r = rowSql(row);
    const RowKind kind = rowKindOf(row);
    const QString key = rowKeyOf(row);
    qint64 version = 0;
    Status st = write([&] {
        PgParams params;
        params << m_dossier;
        params.append(r.keyValues);
        params << seenVersion;
        params.append(r.values);
        const int first = 3 + int(r.keyColumns.size());
        QByteArrayList sets;
        for (qsizetype i = 0; i < r.columns.size(); ++i)
            sets << r.columns[i] + " = $" + QByteArray::number(first + i);
        auto done = m_conn->exec("UPDATE entente." + r.table + " SET " + sets.join(", ")
                + ", row_version = row_version + 1 WHERE " + r.where(1) + " AND row_version = $"
                + QByteArray::number(first - 1) + " RETURNING row_version",
            params);
        if (!done.ok())
            return Status(done.error());
        if (done.value().rows() != 1)
            return missingOrMoved(*m_conn, m_dossier, r, kind, key, seenVersion);
        version = done.value().integer(0, 0);
        return Status();
    });
    if (!st.ok())
        return st.error();
    return version;
}

Status PostgresStore::removeRow(RowKind kind, const QString& key, qint64 seenVersion)
{
    const RowSql r = rowSqlOf(kind, key);
    return write([&] {
        PgParams params;
        params << m_dossier;
        params.append(r.keyValues);
        params << seenVersion;
        auto done = m_conn->exec("DELETE FROM entente." + r.table + " WHERE " + r.where(1) + " AND row_version = $"
                + QByteArray::number(2 + r.keyColumns.size()),
            params);
        if (!done.ok())
            return Status(done.error());
        if (done.value().affected() != 1)
            return missingOrMoved(*m_conn, m_dossier, r, kind, key, seenVersion);
        return Status();
    });
}

Status PostgresStore::removeEvents(const std::vector<qint64>& ids, const std::function<qint64(qint64 id)>& seen)
{
    if (ids.empty())
        return {};
    // One statement: the ids and the versions read as two arrays, joined on the server.
    QByteArray idArray = "{", versionArray = "{";
    for (qint64 id : ids) {
        if (idArray.size() > 1) {
            idArray += ',';
            versionArray += ',';
        }
        idArray += QByteArray::number(id);
        versionArray += QByteArray::number(seen(id));
    }
    idArray += '}';
    versionArray += '}';
    return write([&]() -> Status {
        auto done = m_conn->exec("DELETE FROM entente.event e USING unnest($2::bigint[], $3::bigint[]) AS s(id, v) "
                                 "WHERE e.dossier = $1 AND e.id = s.id AND e.row_version = s.v",
            PgParams() << m_dossier << QString::fromLatin1(idArray) << QString::fromLatin1(versionArray));
        if (!done.ok())
            return done.error();
        if (done.value().affected() != qint64(ids.size()))
            return Error(QCoreApplication::translate("Entente::Store",
                             "%n of the events were changed or removed by someone else meanwhile: nothing was removed.",
                             nullptr, int(qint64(ids.size()) - done.value().affected())),
                Error::Kind::Conflict);
        return {};
    });
}

Status PostgresStore::reorderRows(RowKind kind, const QStringList& keys)
{
    const RowSql r = rowSqlOf(kind, QString());
    return write([&]() -> Status {
        PgParams params;
        params << m_dossier;
        params.append(r.scopeValues); // the scale, for scale levels
        auto count = m_conn->exec("SELECT count(*) FROM entente." + r.table + " WHERE " + r.scope(1), params);
        if (!count.ok())
            return count.error();
        const qint64 n = count.value().integer(0, 0);
        if (n != keys.size() || QSet<QString>(keys.begin(), keys.end()).size() != keys.size())
            return Error(PostgresStoreText::tr("The new order of the %1 table does not name each of its %2 rows once.")
                             .arg(rowKindKey(kind))
                             .arg(n));
        params << textArray(keys);
        const QByteArray keyColumn = r.keyColumns.last();
        auto done = m_conn->exec("UPDATE entente." + r.table + " t SET position = o.pos - 1 FROM unnest($"
                + QByteArray::number(2 + r.scopeValues.values().size()) + "::text[]) WITH ORDINALITY AS o(key, pos) WHERE "
                + r.scope(1, "t.") + " AND t." + keyColumn + " = o.key",
            params);
        if (!done.ok())
            return done.error();
        if (done.value().affected() != n)
            return Error(PostgresStoreText::tr("The new order of the %1 table names rows that no longer exist.")
                             .arg(rowKindKey(kind)));
        return {};
    });
}

Status PostgresStore::insertEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow)
{
    if (fromRow < 0 || toRow > events.size() || fromRow > toRow)
        return Error(PostgresStoreText::tr("event rows %1–%2 out of range").arg(fromRow).arg(toRow));
    return write([&] { return copyEvents(events, fromRow, toRow); });
}

namespace {
    QString timestamp(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs); }

    PgParams recordParams(const ChangeRecord& c)
    {
        QStringList events;
        for (qint64 e : c.citedEvents)
            events << QString::number(e);
        PgParams p;
        p << c.effective.msecs << int(c.effective.precision) << timestamp(c.recordedAt) << c.recordedBy
          << confidenceKey(c.confidence) << c.note;
        p.nullIfEmpty(joinIds(events)).nullIfEmpty(joinIds(c.citedSources));
        p << c.retracted;
        if (c.retracted)
            p << timestamp(c.retractedAt) << c.retractedBy;
        else
            p.null().null();
        p.nullIfEmpty(ClaimCodec::encode(c.claims));
        return p;
    }
}

Result<qint64> PostgresStore::appendChange(const PositionChange& c)
{
    qint64 id = 0;
    Status st = write([&]() -> Status {
        PgParams p;
        p << m_dossier << std::max<qint64>(c.id, 0) << c.partyId << c.issueId << c.stance << c.salience;
        p.append(recordParams(c));
        p.nullIfEmpty(c.axisValue ? QString::number(*c.axisValue, 'g', 17) : QString());
        auto done = m_conn->exec("INSERT INTO entente.position_change (dossier, id, party_id, issue_id, stance, "
                                 "salience, "
                + QByteArray(recordColumns)
                + ", axis_value) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, "
                  "$18::jsonb, $19::double precision) RETURNING id",
            p);
        if (!done.ok())
            return done.error();
        id = done.value().integer(0, 0);
        return {};
    });
    if (!st.ok())
        return st.error();
    return id;
}

Result<qint64> PostgresStore::appendChange(const StatusChange& c)
{
    qint64 id = 0;
    Status st = write([&]() -> Status {
        PgParams p;
        p << m_dossier << std::max<qint64>(c.id, 0) << c.issueId << c.status;
        p.append(recordParams(c));
        auto done = m_conn->exec("INSERT INTO entente.status_change (dossier, id, issue_id, status, "
                + QByteArray(recordColumns)
                + ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16::jsonb) RETURNING id",
            p);
        if (!done.ok())
            return done.error();
        id = done.value().integer(0, 0);
        return {};
    });
    if (!st.ok())
        return st.error();
    return id;
}

Result<qint64> PostgresStore::appendChange(const CapabilityChange& c)
{
    qint64 id = 0;
    Status st = write([&]() -> Status {
        PgParams p;
        p << m_dossier << std::max<qint64>(c.id, 0) << c.partyId;
        p.nullIfEmpty(c.issueId);
        p << QString::number(c.value, 'g', 17);
        p.append(recordParams(c));
        auto done = m_conn->exec("INSERT INTO entente.capability_change (dossier, id, party_id, issue_id, value, "
                + QByteArray(recordColumns)
                + ") VALUES ($1, $2, $3, $4, $5::double precision, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, "
                  "$17::jsonb) RETURNING id",
            p);
        if (!done.ok())
            return done.error();
        id = done.value().integer(0, 0);
        return {};
    });
    if (!st.ok())
        return st.error();
    return id;
}

Status PostgresStore::setChangeRetracted(ChangeKind kind, qint64 id, bool retracted, qint64 at)
{
    const QByteArray table = kind == ChangeKind::Position ? "position_change"
        : kind == ChangeKind::Status                      ? "status_change"
                                                          : "capability_change";
    const QString word = kind == ChangeKind::Position ? PostgresStoreText::tr("position")
        : kind == ChangeKind::Status                  ? PostgresStoreText::tr("status")
                                                      : PostgresStoreText::tr("capability");
    return write([&]() -> Status {
        PgParams p;
        p << m_dossier << id << retracted;
        if (retracted)
            p << timestamp(at) << m_userName;
        else
            p.null().null();
        auto done = m_conn->exec(QByteArray("UPDATE entente.") + table
                + " SET retracted = $3, retracted_at = $4, retracted_by = $5 WHERE dossier = $1 AND id = $2",
            p);
        if (!done.ok())
            return done.error();
        if (done.value().affected() != 1)
            return Error(PostgresStoreText::tr("unknown %1 change %2").arg(word).arg(id),
                Error::Kind::NotFound);
        return {};
    });
}

Status PostgresStore::journal(const QString& action, const QString& detail)
{
    const PgParams line = PgParams() << m_dossier << m_userName << action << detail;
    const QByteArray insert = "INSERT INTO entente.journal (dossier, by_user, action, detail) VALUES ($1, $2, $3, $4)";
    if (!m_inTransaction || m_readOnly)
        return write([&] { return m_conn->run(insert, line); });
    // In the caller's transaction (the line describing its writes) without a savepoint of its own: a line that
    // fails leaves the transaction failed, and commit() then says so; the caller rolls back.
    Status st = m_conn->run(insert, line);
    if (!st.ok() && !m_conn->isConnected()) {
        m_lost = true;
        m_inTransaction = false;
    }
    return st;
}

Result<QList<JournalEntry>> PostgresStore::readJournal(qint64 afterId, int limit)
{
    if (auto st = ensureConnected(); !st.ok())
        return st.error();
    auto r = m_conn->exec("SELECT id, (extract(epoch FROM at) * 1000)::bigint, by_user, action, detail FROM "
                          "entente.journal WHERE dossier = $1 AND id > $2 ORDER BY id LIMIT $3",
        PgParams() << m_dossier << afterId << limit);
    if (!r.ok()) {
        m_lost = !m_conn->isConnected();
        return r.error();
    }
    QList<JournalEntry> out;
    const PgResult& rows = r.value();
    out.reserve(rows.rows());
    for (int i = 0; i < rows.rows(); ++i)
        out.append({ rows.integer(i, 0), rows.integer(i, 1), rows.text(i, 2), rows.text(i, 3), rows.text(i, 4) });
    return out;
}

Result<std::optional<JournalEntry>> PostgresStore::lastJournalEntry()
{
    if (auto st = ensureConnected(); !st.ok())
        return st.error();
    auto r = m_conn->exec("SELECT id, (extract(epoch FROM at) * 1000)::bigint, by_user, action, detail FROM "
                          "entente.journal WHERE dossier = $1 ORDER BY id DESC LIMIT 1",
        PgParams() << m_dossier);
    if (!r.ok()) {
        m_lost = !m_conn->isConnected();
        return r.error();
    }
    const PgResult& rows = r.value();
    if (rows.rows() == 0)
        return std::optional<JournalEntry>();
    return std::optional<JournalEntry>(
        JournalEntry { rows.integer(0, 0), rows.integer(0, 1), rows.text(0, 2), rows.text(0, 3), rows.text(0, 4) });
}

Status PostgresStore::saveAll(const Dossier& d)
{
    return write([&]() -> Status {
        for (const char* table : { "note", "saved_view", "position_change", "status_change", "capability_change",
                 "event", "era", "source",
                 "party", "issue", "scale_level" })
            if (auto st = m_conn->run(QByteArray("DELETE FROM entente.") + table + " WHERE dossier = $1",
                    PgParams() << m_dossier);
                !st.ok())
                return st;
        if (auto st = m_conn->run("UPDATE entente.dossier SET name = $2, description = $3 WHERE id = $1",
                PgParams() << m_dossier << d.name << d.description);
            !st.ok())
            return st;
        return copyDossier(d);
    });
}

} // namespace Entente

#include <libpq-fe.h>

namespace Entente {

namespace {
    // LISTEN on a connection of its own, so that the socket only ever carries notifications (the store's own
    // connection reads its results synchronously and would swallow them).
    class PgChangeFeed final : public ChangeFeed {
    public:
        PgChangeFeed(QByteArray conninfo, QString dossier, QString session)
            : m_conn(std::move(conninfo))
            , m_dossier(std::move(dossier).toUtf8())
            , m_session(std::move(session).toUtf8())
        {
        }
        [[nodiscard]] int socket() const override { return m_conn.isConnected() ? m_conn.socket() : -1; }
        Result<bool> poll() override
        {
            pg_conn* c = m_conn.handle();
            if (!c || PQconsumeInput(c) == 0 || PQstatus(c) != CONNECTION_OK)
                return Error(
                    PostgresStoreText::tr("The connection to the team server was lost."), Error::Kind::Unavailable);
            bool others = false;
            while (PGnotify* n = PQnotifies(c)) {
                // "<dossier> <journal id> <session>"
                const QList<QByteArray> parts = QByteArray(n->extra).split(' ');
                if (parts.value(0) == m_dossier && parts.value(2) != m_session)
                    others = true;
                PQfreemem(n);
            }
            return others;
        }
        Status reconnect() override
        {
            if (auto st = m_conn.connect(); !st.ok())
                return st;
            return m_conn.run(QByteArray("LISTEN ") + PgSchema::Channel);
        }

    private:
        PgConnection m_conn;
        QByteArray m_dossier;
        QByteArray m_session;
    };
}

Result<std::unique_ptr<ChangeFeed>> PostgresStore::openChangeFeed()
{
    auto feed = std::make_unique<PgChangeFeed>(m_location.conninfo, m_dossier, m_session);
    if (auto st = feed->reconnect(); !st.ok())
        return st.error().prefixed(m_uri);
    return std::unique_ptr<ChangeFeed>(std::move(feed));
}

bool PostgresStore::isConnectionLost() const { return m_lost || !m_conn->isConnected(); }

Status PostgresStore::reconnect() { return connect(); }

} // namespace Entente
