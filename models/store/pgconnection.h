// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A thin owner of one libpq connection (PGconn) and its results, for the PostgreSQL store. libpq rather than
// QtSql's QPSQL driver because the team mode needs what QPSQL lacks: COPY for bulk publish and load, the
// connection's socket for LISTEN/NOTIFY, SQLSTATE codes to tell a conflict from a refused privilege from a lost
// connection. Parameters and results travel as text; NULL is a null QByteArray.
//
// A connection belongs to the thread that uses it (libpq connections are not shared between threads).
// Errors are reported as Entente::Error with a kind derived from the SQLSTATE (pgconnection.cpp: errorOf).

#include "result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>
#include <memory>

struct pg_conn;
struct pg_result;

namespace Entente {

// One query result (owned). Values are text; isNull tells NULL from ''.
class PgResult {
public:
    PgResult() = default;
    explicit PgResult(pg_result* r);
    [[nodiscard]] int rows() const;
    [[nodiscard]] bool isNull(int row, int column) const;
    [[nodiscard]] QString text(int row, int column) const;
    [[nodiscard]] qint64 integer(int row, int column) const;
    [[nodiscard]] bool boolean(int row, int column) const;
    [[nodiscard]] qint64 affected() const; // rows an INSERT/UPDATE/DELETE touched
    [[nodiscard]] QByteArray commandStatus() const; // "COMMIT", "ROLLBACK", "UPDATE 1", …

private:
    std::shared_ptr<pg_result> m_result;
};

// Text-format parameter list: every value as text, a null QByteArray for NULL.
class PgParams {
public:
    PgParams& operator<<(const QString& s);
    PgParams& operator<<(qint64 v);
    PgParams& operator<<(int v) { return *this << qint64(v); }
    PgParams& operator<<(bool v);
    PgParams& null();
    PgParams& nullIfEmpty(const QString& s) { return s.isEmpty() ? null() : (*this << s); }
    PgParams& append(const PgParams& other)
    {
        m_values += other.m_values;
        return *this;
    }
    [[nodiscard]] const QList<QByteArray>& values() const { return m_values; }

private:
    QList<QByteArray> m_values;
};

class PgConnection {
public:
    // `conninfo`: a libpq connection string or URI (without Entente's own parameters).
    explicit PgConnection(QByteArray conninfo);
    ~PgConnection();
    PgConnection(const PgConnection&) = delete;
    PgConnection& operator=(const PgConnection&) = delete;

    // Connects (or reconnects after a loss). Unavailable when the server cannot be reached.
    Status connect();
    [[nodiscard]] bool isConnected() const;
    [[nodiscard]] pg_conn* handle() const { return m_conn; }
    [[nodiscard]] int socket() const;
    [[nodiscard]] const QByteArray& conninfo() const { return m_conninfo; }
    [[nodiscard]] QString sessionUser() const { return m_sessionUser; }

    Result<PgResult> exec(const QByteArray& sql, const PgParams& params = {});
    Status run(const QByteArray& sql, const PgParams& params = {}) // exec() without the rows
    {
        auto r = exec(sql, params);
        return r.ok() ? Status() : Status(r.error());
    }
    // COPY table (columns) FROM STDIN in text format; `rows` appends complete lines (see copyEscape) to the
    // buffer it is given and returns false when it has no more. Sends the buffer every few hundred kilobytes.
    Status copyIn(const QByteArray& copySql, const std::function<bool(QByteArray& buffer)>& rows);
    // COPY (...) TO STDOUT in text format: calls `line` with each row's line (without the newline) until it
    // returns a non-empty error.
    Status copyOut(const QByteArray& copySql, const std::function<QString(QByteArrayView line)>& line);

    // Notifications received so far (after consumeInput): channel and payload.
    struct Notification {
        QByteArray channel;
        QByteArray payload;
        int pid = 0;
    };
    QList<Notification> takeNotifications();
    [[nodiscard]] int backendPid() const;

private:
    Error errorOf(pg_result* r) const;
    Error lostConnection() const;

    QByteArray m_conninfo;
    pg_conn* m_conn = nullptr;
    QString m_sessionUser;
};

// COPY text format: appends `s` escaped (backslash, tab, newline, carriage return), or \N for a null value.
void copyEscape(QByteArray& out, QStringView s);
void copyNull(QByteArray& out);
// Splits one COPY text line into its fields, unescaped; a null field is a null QByteArray.
[[nodiscard]] QList<QByteArray> copySplit(QByteArrayView line);

} // namespace Entente
