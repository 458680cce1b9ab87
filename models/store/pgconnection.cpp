// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgconnection.h"

#include <QCoreApplication>

#include <libpq-fe.h>

namespace Entente {

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct PgConnectionText {
        Q_DECLARE_TR_FUNCTIONS(Entente::Store)
    };
}

PgResult::PgResult(pg_result* r)
    : m_result(r, &PQclear)
{
}

int PgResult::rows() const { return m_result ? PQntuples(m_result.get()) : 0; }
bool PgResult::isNull(int row, int column) const { return PQgetisnull(m_result.get(), row, column) != 0; }
QString PgResult::text(int row, int column) const
{
    return QString::fromUtf8(PQgetvalue(m_result.get(), row, column), PQgetlength(m_result.get(), row, column));
}
qint64 PgResult::integer(int row, int column) const
{
    return QByteArrayView(PQgetvalue(m_result.get(), row, column)).toLongLong();
}
bool PgResult::boolean(int row, int column) const { return PQgetvalue(m_result.get(), row, column)[0] == 't'; }
QByteArray PgResult::commandStatus() const { return m_result ? QByteArray(PQcmdStatus(m_result.get())) : QByteArray(); }
qint64 PgResult::affected() const { return m_result ? QByteArrayView(PQcmdTuples(m_result.get())).toLongLong() : 0; }

PgParams& PgParams::operator<<(const QString& s)
{
    QByteArray v = s.toUtf8();
    if (v.isNull())
        v = QByteArray(""); // an empty text value, not NULL
    m_values.append(v);
    return *this;
}
PgParams& PgParams::operator<<(qint64 v)
{
    m_values.append(QByteArray::number(v));
    return *this;
}
PgParams& PgParams::operator<<(bool v)
{
    m_values.append(v ? QByteArray("t") : QByteArray("f"));
    return *this;
}
PgParams& PgParams::null()
{
    m_values.append(QByteArray());
    return *this;
}

PgConnection::PgConnection(QByteArray conninfo)
    : m_conninfo(std::move(conninfo))
{
}

PgConnection::~PgConnection()
{
    if (m_conn)
        PQfinish(m_conn);
}

Status PgConnection::connect()
{
    if (m_conn)
        PQfinish(m_conn);
    m_conn = PQconnectdb(m_conninfo.constData());
    if (PQstatus(m_conn) != CONNECTION_OK) {
        QString why = QString::fromUtf8(PQerrorMessage(m_conn)).simplified();
        // Entente never asks for a password nor stores one: say where libpq looks for it.
        if (PQconnectionNeedsPassword(m_conn))
            why = PgConnectionText::tr(
                "the server asks for a password and none was found; put it in ~/.pgpass "
                "(host:port:database:user:password, mode 0600) or use a service from ~/.pg_service.conf (%1)")
                      .arg(why);
        PQfinish(m_conn);
        m_conn = nullptr;
        return Error(PgConnectionText::tr("Cannot reach the team server: %1").arg(why), Error::Kind::Unavailable);
    }
    PQsetClientEncoding(m_conn, "UTF8");
    // Server notices (an ANALYZE skipped for want of ownership, …) are not errors: libpq would print them on stderr.
    PQsetNoticeProcessor(m_conn, [](void*, const char*) {}, nullptr);
    auto user = exec("SELECT session_user");
    if (!user.ok())
        return user.error();
    m_sessionUser = user.value().text(0, 0);
    return {};
}

bool PgConnection::isConnected() const { return m_conn && PQstatus(m_conn) == CONNECTION_OK; }
int PgConnection::socket() const { return m_conn ? PQsocket(m_conn) : -1; }
int PgConnection::backendPid() const { return m_conn ? PQbackendPID(m_conn) : 0; }

Error PgConnection::lostConnection() const
{
    const QString why = m_conn ? QString::fromUtf8(PQerrorMessage(m_conn)).trimmed() : QString();
    return Error(PgConnectionText::tr(
                     "The connection to the team server was lost (%1); nothing was written. It reconnects on the next "
                     "attempt.")
                     .arg(why.isEmpty() ? PgConnectionText::tr("no connection") : why),
        Error::Kind::Unavailable);
}

Error PgConnection::errorOf(pg_result* r) const
{
    if (!isConnected())
        return lostConnection();
    const char* state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : nullptr;
    const QByteArray sqlstate = state ? QByteArray(state) : QByteArray();
    QString message = QString::fromUtf8(r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : nullptr);
    if (message.isEmpty())
        message = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    if (sqlstate == "42501")
        return Error(PgConnectionText::tr(
                         "The server refused the write: your role “%1” may only read this team dossier. Nothing was "
                         "written.")
                         .arg(m_sessionUser),
            Error::Kind::ReadOnly);
    if (sqlstate == "40001" || sqlstate == "40P01")
        return Error(
            PgConnectionText::tr("Another analyst's write collided with yours; nothing was written (%1).").arg(message),
            Error::Kind::Conflict);
    if (sqlstate.startsWith("08") || sqlstate == "57P01" || sqlstate == "57P02" || sqlstate == "57P03")
        return lostConnection();
    if (sqlstate.startsWith("23") || sqlstate.startsWith("22"))
        return Error(message, Error::Kind::Invalid);
    return Error(message);
}

Result<PgResult> PgConnection::exec(const QByteArray& sql, const PgParams& params)
{
    if (!isConnected())
        return lostConnection();
    const auto& values = params.values();
    std::vector<const char*> pointers;
    pointers.reserve(size_t(values.size()));
    for (const auto& v : values)
        pointers.push_back(v.isNull() ? nullptr : v.constData());
    pg_result* r = PQexecParams(m_conn, sql.constData(), int(values.size()), nullptr, pointers.data(), nullptr,
        nullptr, 0);
    const auto status = PQresultStatus(r);
    if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK)
        return PgResult(r);
    Error e = errorOf(r);
    PQclear(r);
    return e;
}

Status PgConnection::copyIn(const QByteArray& copySql, const std::function<bool(QByteArray& buffer)>& rows)
{
    if (!isConnected())
        return lostConnection();
    pg_result* start = PQexec(m_conn, copySql.constData());
    if (PQresultStatus(start) != PGRES_COPY_IN) {
        Error e = errorOf(start);
        PQclear(start);
        return e;
    }
    PQclear(start);
    QByteArray buffer;
    buffer.reserve(1 << 19);
    bool more = true;
    bool sent = true;
    while (more && sent) {
        more = rows(buffer);
        if (buffer.size() >= (1 << 18) || (!more && !buffer.isEmpty())) {
            sent = PQputCopyData(m_conn, buffer.constData(), int(buffer.size())) == 1;
            buffer.clear();
        }
    }
    PQputCopyEnd(m_conn, sent ? nullptr : "aborted");
    Status result;
    while (pg_result* r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && result.ok())
            result = errorOf(r);
        PQclear(r);
    }
    return result;
}

Status PgConnection::copyOut(const QByteArray& copySql, const std::function<QString(QByteArrayView line)>& line)
{
    if (!isConnected())
        return lostConnection();
    pg_result* start = PQexec(m_conn, copySql.constData());
    if (PQresultStatus(start) != PGRES_COPY_OUT) {
        Error e = errorOf(start);
        PQclear(start);
        return e;
    }
    PQclear(start);
    QString failure;
    char* data = nullptr;
    int n = 0;
    while ((n = PQgetCopyData(m_conn, &data, 0)) > 0) {
        if (failure.isEmpty()) {
            QByteArrayView view(data, n);
            if (view.endsWith('\n'))
                view.chop(1);
            failure = line(view);
        }
        PQfreemem(data);
    }
    Status result = failure.isEmpty() ? Status() : Status(Error(failure));
    while (pg_result* r = PQgetResult(m_conn)) {
        if (PQresultStatus(r) != PGRES_COMMAND_OK && result.ok())
            result = errorOf(r);
        PQclear(r);
    }
    if (n == -2 && result.ok())
        result = lostConnection();
    return result;
}

QList<PgConnection::Notification> PgConnection::takeNotifications()
{
    QList<Notification> out;
    if (!m_conn)
        return out;
    PQconsumeInput(m_conn);
    while (PGnotify* n = PQnotifies(m_conn)) {
        out.append({ QByteArray(n->relname), QByteArray(n->extra), n->be_pid });
        PQfreemem(n);
    }
    return out;
}

void copyEscape(QByteArray& out, QStringView s)
{
    const QByteArray utf8 = s.toUtf8();
    for (char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
}

void copyNull(QByteArray& out) { out += "\\N"; }

QList<QByteArray> copySplit(QByteArrayView line)
{
    QList<QByteArray> fields;
    QByteArray field;
    bool null = false;
    for (qsizetype i = 0; i <= line.size(); ++i) {
        if (i == line.size() || line[i] == '\t') {
            fields.append(null ? QByteArray() : (field.isNull() ? QByteArray("") : field));
            field = QByteArray();
            null = false;
            continue;
        }
        const char c = line[i];
        if (c != '\\' || i + 1 == line.size()) {
            field += c;
            continue;
        }
        const char e = line[++i];
        switch (e) {
        case 'N':
            null = true;
            break;
        case 't':
            field += '\t';
            break;
        case 'n':
            field += '\n';
            break;
        case 'r':
            field += '\r';
            break;
        case 'b':
            field += '\b';
            break;
        case 'f':
            field += '\f';
            break;
        case 'v':
            field += '\v';
            break;
        default:
            field += e;
        }
    }
    return fields;
}

} // namespace Entente
