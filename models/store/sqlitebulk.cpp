// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebulk.h"

#include "eventstore.h"
#include "sqliteschema.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <array>
#include <memory>
#include <vector>

namespace Entente::SqliteBulk {

namespace {
    constexpr int Columns = 12;
    constexpr int BatchRows = 128; // 1536 variables per statement, well under SQLITE_MAX_VARIABLE_NUMBER

    struct StatementDeleter {
        void operator()(sqlite3_stmt* s) const { sqlite3_finalize(s); }
    };
    using Statement = std::unique_ptr<sqlite3_stmt, StatementDeleter>;

    QString sqliteError(sqlite3* db, const char* what)
    {
        return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db)));
    }

    Statement prepareInsert(sqlite3* db, int rows)
    {
        QByteArray sql = "INSERT INTO event (id, start_msecs, start_precision, end_msecs, end_precision, title, "
                         "description, location, parties, issues, tags, sources) VALUES ";
        for (int r = 0; r < rows; ++r)
            sql += r ? ",(?,?,?,?,?,?,?,?,?,?,?,?)" : "(?,?,?,?,?,?,?,?,?,?,?,?)";
        sqlite3_stmt* st = nullptr;
        if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &st, nullptr)
            != SQLITE_OK)
            return {};
        return Statement(st);
    }

    bool containsSeparator(QStringView s) { return s.contains(QChar(SqliteSchema::ListSeparator)); }
}

sqlite3* handle(const QSqlDatabase& db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

QString insertEvents(sqlite3* db, const EventStore& events, qsizetype fromRow, qsizetype toRow)
{
    if (!db)
        return QStringLiteral("not an SQLite connection");
    Statement full;
    const auto& symbols = events.symbols();
    // Per symbol: 0 unchecked, 1 fine, 2 contains the list separator (cannot be stored).
    std::vector<quint8> symbolState(size_t(symbols.size()), 0);
    // The joined reference lists of one batch live here until the batch is stepped (bound SQLITE_STATIC).
    std::vector<char16_t> arena;
    struct Span {
        size_t offset = 0;
        int length = -1; // -1: NULL
    };
    std::vector<std::array<Span, 4>> lists(BatchRows);

    for (qsizetype batchStart = fromRow; batchStart < toRow; batchStart += BatchRows) {
        const int rows = int(std::min<qsizetype>(BatchRows, toRow - batchStart));
        Statement partial;
        sqlite3_stmt* st = nullptr;
        if (rows == BatchRows) {
            if (!full && !(full = prepareInsert(db, BatchRows)))
                return sqliteError(db, "cannot prepare the event insert");
            st = full.get();
        } else {
            if (!(partial = prepareInsert(db, rows)))
                return sqliteError(db, "cannot prepare the event insert");
            st = partial.get();
        }
        arena.clear();
        for (int r = 0; r < rows; ++r) {
            const qsizetype row = batchStart + r;
            const auto refs = events.refs(row);
            for (quint32 kind = 0; kind < 4; ++kind) {
                Span s;
                for (quint32 ref : refs) {
                    if (EventStore::refKindOf(ref) != kind)
                        continue;
                    const quint32 sym = EventStore::refSymbolOf(ref);
                    const QString& text = symbols.text(sym);
                    if (symbolState[sym] == 0)
                        symbolState[sym] = containsSeparator(text) ? 2 : 1;
                    if (symbolState[sym] == 2)
                        return QStringLiteral("event %1: \"%2\" contains a control character (U+001F)")
                            .arg(events.id(row))
                            .arg(QString(text).replace(QChar(SqliteSchema::ListSeparator), u'?'));
                    if (s.length < 0)
                        s = { arena.size(), 0 };
                    else
                        arena.push_back(SqliteSchema::ListSeparator);
                    arena.insert(arena.end(), text.utf16(), text.utf16() + text.size());
                    s.length = int(arena.size() - s.offset);
                }
                lists[size_t(r)][kind] = s;
            }
        }
        int rc = SQLITE_OK;
        for (int r = 0; r < rows && rc == SQLITE_OK; ++r) {
            const qsizetype row = batchStart + r;
            const int b = r * Columns;
            const PartialDate start = events.startDate(row), end = events.endDate(row);
            const QStringView title = events.title(row), description = events.description(row);
            const QString& location = events.location(row);
            rc |= sqlite3_bind_int64(st, b + 1, events.id(row));
            rc |= sqlite3_bind_int64(st, b + 2, start.msecs);
            rc |= sqlite3_bind_int(st, b + 3, int(start.precision));
            rc |= end.isValid() ? sqlite3_bind_int64(st, b + 4, end.msecs) : sqlite3_bind_null(st, b + 4);
            rc |= sqlite3_bind_int(st, b + 5, int(end.precision));
            rc |= sqlite3_bind_text16(st, b + 6, title.utf16(), int(title.size() * 2), SQLITE_STATIC);
            rc |= sqlite3_bind_text16(st, b + 7, description.utf16(), int(description.size() * 2), SQLITE_STATIC);
            rc |= sqlite3_bind_text16(st, b + 8, location.utf16(), int(location.size() * 2), SQLITE_STATIC);
            for (int k = 0; k < 4; ++k) {
                const Span s = lists[size_t(r)][size_t(k)];
                rc |= s.length < 0 ? sqlite3_bind_null(st, b + 9 + k)
                                   : sqlite3_bind_text16(st, b + 9 + k, arena.data() + s.offset, s.length * 2,
                                       SQLITE_STATIC);
            }
        }
        if (rc != SQLITE_OK)
            return sqliteError(db, "cannot bind an event");
        rc = sqlite3_step(st);
        if (rc != SQLITE_DONE) {
            const QString e = sqliteError(db, "cannot write events");
            sqlite3_reset(st);
            return e;
        }
        sqlite3_reset(st);
    }
    return {};
}

QString loadEvents(sqlite3* db, EventStore& out)
{
    if (!db)
        return QStringLiteral("not an SQLite connection");
    static const char sql[] = "SELECT id, start_msecs, start_precision, end_msecs, end_precision, title, description, "
                              "location, parties, issues, tags, sources FROM event";
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, int(sizeof sql), &raw, nullptr) != SQLITE_OK)
        return sqliteError(db, "cannot read events");
    Statement st(raw);
    {
        sqlite3_stmt* countRaw = nullptr;
        if (sqlite3_prepare_v2(db, "SELECT max(id) FROM event", -1, &countRaw, nullptr) == SQLITE_OK) {
            Statement count(countRaw);
            if (sqlite3_step(countRaw) == SQLITE_ROW)
                out.reserve(qsizetype(std::min<qint64>(sqlite3_column_int64(countRaw, 0), 100'000'000)));
        }
    }
    auto text = [&](int col) {
        const auto* p = static_cast<const char16_t*>(sqlite3_column_text16(raw, col));
        return QStringView(p, sqlite3_column_bytes16(raw, col) / 2);
    };
    std::array<std::vector<QStringView>, 4> lists;
    auto split = [&](int col, std::vector<QStringView>& into) {
        into.clear();
        if (sqlite3_column_type(raw, col) == SQLITE_NULL)
            return;
        const QStringView all = text(col);
        qsizetype from = 0;
        for (qsizetype i = 0; i <= all.size(); ++i)
            if (i == all.size() || all[i] == QChar(SqliteSchema::ListSeparator)) {
                into.push_back(all.mid(from, i - from));
                from = i + 1;
            }
    };
    auto precision = [&](int col) -> std::optional<Precision> {
        const int p = sqlite3_column_int(raw, col);
        if (p < 0 || p > 3)
            return std::nullopt;
        return Precision(p);
    };
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW) {
        const qint64 id = sqlite3_column_int64(raw, 0);
        const auto sp = precision(2), ep = precision(4);
        if (!sp || !ep)
            return QStringLiteral("event %1 has an invalid date precision").arg(id);
        const PartialDate start { sqlite3_column_int64(raw, 1), *sp };
        const PartialDate end { sqlite3_column_type(raw, 3) == SQLITE_NULL ? PartialDate::Invalid
                                                                            : sqlite3_column_int64(raw, 3),
            *ep };
        // Fetch the list columns first: converting later columns never invalidates earlier pointers.
        for (int k = 0; k < 4; ++k)
            split(8 + k, lists[size_t(k)]);
        out.append(id, start, end, text(5), text(6), text(7), lists[0], lists[1], lists[2], lists[3]);
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db, "cannot read events");
    return {};
}

} // namespace Entente::SqliteBulk
