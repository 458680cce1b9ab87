// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitebulk.h"
#include "claimcodec.h"

#include "rowversions.h"

#include "eventstore.h"
#include "sqliteschema.h"

#include <QSqlDatabase>
#include <QSqlDriver>
#include <QVariant>

#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <limits>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace Entente::SqliteBulk {

namespace {
    constexpr int Columns = 12;
    constexpr int BatchRows = 128;
    constexpr int PrefetchRows = 16; // 1536 variables per statement, well under SQLITE_MAX_VARIABLE_NUMBER

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

    // UTF-16 to UTF-8, with a fast path for ASCII (most of the text in event datasets). Both loops of the fast
    // path are branch-free, so the compiler vectorises them.
    void appendUtf8(std::vector<char>& out, QStringView s)
    {
        const char16_t* p = s.utf16();
        const size_t n = size_t(s.size());
        char16_t any = 0;
        for (size_t i = 0; i < n; ++i)
            any |= p[i];
        if (any >= 0x80) {
            const QByteArray utf8 = s.toUtf8();
            out.insert(out.end(), utf8.begin(), utf8.end());
            return;
        }
        const size_t base = out.size();
        out.resize(base + n);
        char* d = out.data() + base;
        for (size_t i = 0; i < n; ++i)
            d[i] = char(p[i]);
    }

    // UTF-8 to UTF-16 into a reused buffer; the view is valid until the next decode().
    class Utf16Buffer {
    public:
        QStringView decode(std::string_view s)
        {
            m_ascii.resize(s.size());
            for (size_t i = 0; i < s.size(); ++i) {
                if (quint8(s[i]) >= 0x80) {
                    m_other = QString::fromUtf8(s.data(), qsizetype(s.size()));
                    return m_other;
                }
                m_ascii[i] = char16_t(quint8(s[i]));
            }
            return QStringView(m_ascii.data(), qsizetype(s.size()));
        }

    private:
        std::vector<char16_t> m_ascii;
        QString m_other;
    };

    struct BytesHash {
        using is_transparent = void;
        size_t operator()(std::string_view s) const { return std::hash<std::string_view>()(s); }
    };
    using SymbolCache = std::unordered_map<std::string, quint32, BytesHash, std::equal_to<>>;

    // EventStore::isIdTag on UTF-8 (the pattern is ASCII; a tag of more than 16 MiB stays a tag).
    bool isIdTagUtf8(std::string_view t)
    {
        const size_t eq = t.find("id=");
        if (eq == std::string_view::npos || eq + 3 >= t.size() || t.size() > (size_t(1) << 24) - 1)
            return false;
        if (eq == 0)
            return true;
        if (eq < 2 || t[eq - 1] != '-')
            return false;
        return std::all_of(t.begin(), t.begin() + qsizetype(eq - 1), [](char c) { return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'); });
    }

    // Takes a stored tag list's first external-id tag out of it (EventStore keeps it apart, see idTag()): its
    // place among the tags, the tag, and in rest the list without it (hasRest false when nothing is left).
    struct IdSplit {
        qsizetype place = -1;
        std::string_view tag;
        bool hasRest = false;
    };
    IdSplit splitIdTag(std::string_view list, std::string& rest)
    {
        IdSplit out;
        if (list.find("id=") == std::string_view::npos)
            return out;
        rest.clear();
        bool any = false;
        size_t from = 0;
        for (qsizetype index = 0;; ++index) {
            const size_t cut = list.find('\x1f', from);
            const std::string_view item = list.substr(from, cut == std::string_view::npos ? std::string_view::npos : cut - from);
            if (out.place < 0 && index <= 255 && isIdTagUtf8(item)) {
                out.place = index;
                out.tag = item;
            } else {
                if (any)
                    rest += '\x1f';
                rest.append(item);
                any = true;
            }
            if (cut == std::string_view::npos)
                break;
            from = cut + 1;
        }
        out.hasRest = any;
        return out;
    }
}

namespace {
    // event_key rows in id order (sorted here, in memory), so that they too append at the B-tree's right edge.
    QString insertKeys(sqlite3* db, const EventStore& events, qsizetype fromRow, qsizetype toRow)
    {
        std::vector<std::pair<qint64, qint64>> keys;
        keys.reserve(size_t(toRow - fromRow));
        qint64 minId = std::numeric_limits<qint64>::max(), maxId = std::numeric_limits<qint64>::min();
        for (qsizetype row = fromRow; row < toRow; ++row) {
            minId = std::min(minId, events.id(row));
            maxId = std::max(maxId, events.id(row));
        }
        const qint64 count = toRow - fromRow;
        bool placed = false;
        if (count > 0 && maxId - minId < 4 * count) {
            // Dense ids (the usual case): place each start at its id, O(n) instead of sorting.
            std::vector<qint64> startOf(size_t(maxId - minId + 1), PartialDate::Invalid);
            placed = true;
            for (qsizetype row = fromRow; row < toRow && placed; ++row) {
                qint64& slot = startOf[size_t(events.id(row) - minId)];
                placed = slot == PartialDate::Invalid; // a duplicate id: sort instead, SQLite reports it
                slot = events.start(row);
            }
            for (size_t i = 0; placed && i < startOf.size(); ++i)
                if (startOf[i] != PartialDate::Invalid)
                    keys.emplace_back(minId + qint64(i), startOf[i]);
        }
        if (!placed) {
            keys.clear();
            for (qsizetype row = fromRow; row < toRow; ++row)
                keys.emplace_back(events.id(row), events.start(row));
            std::sort(keys.begin(), keys.end());
        }
        constexpr int KeyRows = 256;
        Statement full;
        for (size_t at = 0; at < keys.size(); at += KeyRows) {
            const int count = int(std::min<size_t>(KeyRows, keys.size() - at));
            Statement partial;
            Statement& st = count == KeyRows ? full : partial;
            if (!st) {
                QByteArray sql = "INSERT INTO event_key (id, start_msecs) VALUES (?,?)";
                for (int r = 1; r < count; ++r)
                    sql += ",(?,?)";
                sqlite3_stmt* raw = nullptr;
                if (sqlite3_prepare_v3(db, sql.constData(), int(sql.size()), SQLITE_PREPARE_PERSISTENT, &raw, nullptr)
                    != SQLITE_OK)
                    return sqliteError(db, "cannot prepare the event key insert");
                st.reset(raw);
            }
            for (int r = 0; r < count; ++r) {
                sqlite3_bind_int64(st.get(), 2 * r + 1, keys[at + size_t(r)].first);
                sqlite3_bind_int64(st.get(), 2 * r + 2, keys[at + size_t(r)].second);
            }
            const int rc = sqlite3_step(st.get());
            sqlite3_reset(st.get());
            if (rc != SQLITE_DONE)
                return sqliteError(db, "cannot write events");
        }
        return {};
    }
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
    // Rows go in in the store's order, which is the table's (start, id) clustering: every batch appends at
    // the right edge of the B-tree when the table is being filled.
    Statement full;
    const auto& symbols = events.symbols();
    // UTF-8 of each referenced symbol, made once; a null entry means not yet converted.
    std::vector<QByteArray> symbolUtf8(size_t(symbols.size()));
    // The text of one batch lives here until the batch is stepped (bound SQLITE_STATIC), as UTF-8 — the
    // database encoding — so that SQLite does not translate every value.
    std::vector<char> arena;
    arena.reserve(size_t(1) << 16);
    struct Span {
        size_t offset = 0;
        int length = -1; // -1: NULL
    };
    std::vector<std::array<Span, 7>> spans(BatchRows); // title, description, location, 4 lists

    for (qsizetype batchStart = fromRow; batchStart < toRow; batchStart += BatchRows) {
        const int count = int(std::min<qsizetype>(BatchRows, toRow - batchStart));
        Statement partial;
        sqlite3_stmt* st = nullptr;
        if (count == BatchRows) {
            if (!full && !(full = prepareInsert(db, BatchRows)))
                return sqliteError(db, "cannot prepare the event insert");
            st = full.get();
        } else {
            if (!(partial = prepareInsert(db, count)))
                return sqliteError(db, "cannot prepare the event insert");
            st = partial.get();
        }
        arena.clear();
        for (int r = 0; r < count; ++r) {
            const qsizetype row = batchStart + r;
            auto& sp = spans[size_t(r)];
            auto text = [&](QStringView v) {
                const size_t at = arena.size();
                appendUtf8(arena, v);
                return Span { at, int(arena.size() - at) };
            };
#if defined(__GNUC__)
            // The text pool is in append order, not row order: fetch a few rows ahead so the misses overlap.
            if (row + PrefetchRows < toRow)
                __builtin_prefetch(events.title(row + PrefetchRows).utf16());
#endif
            sp[0] = text(events.title(row));
            sp[1] = text(events.description(row));
            sp[2] = text(events.location(row));
            const auto refs = events.refs(row);
            // The external id is stored as the tag it is, in its place in the tag list.
            const QStringView idTag = events.idTag(row);
            if (containsSeparator(idTag))
                return QStringLiteral("event %1: \"%2\" contains a control character (U+001F)")
                    .arg(events.id(row))
                    .arg(idTag.toString().replace(QChar(SqliteSchema::ListSeparator), u'?'));
            for (quint32 kind = 0; kind < 4; ++kind) {
                Span s;
                const bool withId = kind == quint32(EventStore::RefKind::Tag) && !idTag.isEmpty();
                const qsizetype idPlace = withId ? events.idTagPlace(row) : -1;
                qsizetype index = 0;
                auto putId = [&] {
                    if (s.length < 0)
                        s = { arena.size(), 0 };
                    else
                        arena.push_back('\x1f');
                    appendUtf8(arena, idTag);
                    s.length = int(arena.size() - s.offset);
                };
                for (quint32 ref : refs) {
                    if (EventStore::refKindOf(ref) != kind)
                        continue;
                    if (index++ == idPlace)
                        putId();
                    const quint32 sym = EventStore::refSymbolOf(ref);
                    QByteArray& utf8 = symbolUtf8[sym];
                    if (utf8.isNull()) {
                        const QString& t = symbols.text(sym);
                        if (containsSeparator(t))
                            return QStringLiteral("event %1: \"%2\" contains a control character (U+001F)")
                                .arg(events.id(row))
                                .arg(QString(t).replace(QChar(SqliteSchema::ListSeparator), u'?'));
                        utf8 = t.toUtf8();
                        if (utf8.isNull())
                            utf8 = QByteArray("", 0);
                    }
                    if (s.length < 0)
                        s = { arena.size(), 0 };
                    else
                        arena.push_back('\x1f');
                    arena.insert(arena.end(), utf8.begin(), utf8.end());
                    s.length = int(arena.size() - s.offset);
                }
                if (withId && index <= idPlace)
                    putId();
                sp[3 + kind] = s;
            }
        }
        int rc = SQLITE_OK;
        for (int r = 0; r < count && rc == SQLITE_OK; ++r) {
            const qsizetype row = batchStart + r;
            const int b = r * Columns;
            const PartialDate start = events.startDate(row), end = events.endDate(row);
            rc |= sqlite3_bind_int64(st, b + 1, events.id(row));
            rc |= sqlite3_bind_int64(st, b + 2, start.msecs);
            rc |= sqlite3_bind_int(st, b + 3, int(start.precision));
            rc |= end.isValid() ? sqlite3_bind_int64(st, b + 4, end.msecs) : sqlite3_bind_null(st, b + 4);
            rc |= sqlite3_bind_int(st, b + 5, int(end.precision));
            const auto& sp = spans[size_t(r)];
            for (int k = 0; k < 7; ++k)
                rc |= sp[size_t(k)].length < 0 ? sqlite3_bind_null(st, b + 6 + k)
                                               : sqlite3_bind_text(st, b + 6 + k, arena.data() + sp[size_t(k)].offset,
                                                   sp[size_t(k)].length, SQLITE_STATIC);
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
    return insertKeys(db, events, fromRow, toRow);
}

qint64 countEvents(sqlite3* db)
{
    sqlite3_stmt* raw = nullptr;
    if (!db || sqlite3_prepare_v2(db, "SELECT count(*) FROM event_key", -1, &raw, nullptr) != SQLITE_OK)
        return -1;
    Statement count(raw);
    return sqlite3_step(raw) == SQLITE_ROW ? qint64(sqlite3_column_int64(raw, 0)) : -1;
}

Status removeEvents(sqlite3* db, const std::vector<qint64>& ids, const std::function<qint64(qint64 id)>& seen)
{
    if (!db)
        return Error(QStringLiteral("not an SQLite connection"));
    // The ids with the versions the caller read, in a temporary table; then one statement a table.
    auto exec = [db](const char* sql) { return sqlite3_exec(db, sql, nullptr, nullptr, nullptr) == SQLITE_OK; };
    if (!exec("CREATE TEMP TABLE IF NOT EXISTS entente_gone (id INTEGER PRIMARY KEY, seen INTEGER NOT NULL)")
        || !exec("DELETE FROM temp.entente_gone"))
        return Error(sqliteError(db, "cannot remove events"));
    struct Clear {
        sqlite3* db;
        ~Clear() { sqlite3_exec(db, "DELETE FROM temp.entente_gone", nullptr, nullptr, nullptr); }
    } clear { db };
    {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(db, "INSERT INTO temp.entente_gone (id, seen) VALUES (?, ?)", -1, &raw, nullptr) != SQLITE_OK)
            return Error(sqliteError(db, "cannot remove events"));
        Statement insert(raw);
        for (const qint64 id : ids) {
            sqlite3_bind_int64(raw, 1, id);
            sqlite3_bind_int64(raw, 2, seen(id));
            const int rc = sqlite3_step(raw);
            sqlite3_reset(raw);
            if (rc == SQLITE_CONSTRAINT)
                return Error(QStringLiteral("event %1 is listed twice").arg(id), Error::Kind::Invalid);
            if (rc != SQLITE_DONE)
                return Error(sqliteError(db, "cannot remove events"));
        }
    }
    // Every event must be there, at the version read (the file is locked, so neither can fail unless the caller
    // read wrong; the checks keep removeRow()'s contract).
    auto firstId = [db](const char* sql, qint64* id) {
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK)
            return false;
        Statement st(raw);
        const int rc = sqlite3_step(raw);
        *id = rc == SQLITE_ROW ? sqlite3_column_int64(raw, 0) : 0;
        return rc == SQLITE_ROW || rc == SQLITE_DONE;
    };
    qint64 bad = 0;
    if (!firstId("SELECT g.id FROM temp.entente_gone g LEFT JOIN event_key k ON k.id = g.id WHERE k.id IS NULL LIMIT 1", &bad))
        return Error(sqliteError(db, "cannot remove events"));
    if (bad)
        return Error(QStringLiteral("unknown event %1").arg(bad), Error::Kind::NotFound);
    if (!firstId("SELECT g.id FROM temp.entente_gone g LEFT JOIN event_version v ON v.id = g.id "
                 "WHERE coalesce(v.row_version, 1) <> g.seen LIMIT 1",
            &bad))
        return Error(sqliteError(db, "cannot remove events"));
    if (bad)
        return Error(QStringLiteral("event %1 was changed since it was read").arg(bad), Error::Kind::Conflict);
    if (!exec("DELETE FROM event WHERE (start_msecs, id) IN "
              "(SELECT k.start_msecs, k.id FROM event_key k JOIN temp.entente_gone g ON g.id = k.id)"))
        return Error(sqliteError(db, "cannot remove events"));
    if (sqlite3_changes64(db) != sqlite3_int64(ids.size()))
        return Error(QStringLiteral("%1 of the events are missing from the event table")
                         .arg(qint64(ids.size()) - qint64(sqlite3_changes64(db))));
    if (!exec("DELETE FROM event_key WHERE id IN (SELECT id FROM temp.entente_gone)")
        || !exec("DELETE FROM event_version WHERE id IN (SELECT id FROM temp.entente_gone)"))
        return Error(sqliteError(db, "cannot remove events"));
    return {};
}

QString loadEventVersions(sqlite3* db, RowVersions& versions)
{
    if (!db)
        return QStringLiteral("not an SQLite connection");
    static const char sql[] = "SELECT id, row_version FROM event_version";
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, int(sizeof sql), &raw, nullptr) != SQLITE_OK)
        return sqliteError(db, "cannot read event versions");
    Statement st(raw);
    int rc;
    while ((rc = sqlite3_step(raw)) == SQLITE_ROW)
        versions.set(RowKind::Event, QString::number(sqlite3_column_int64(raw, 0)), sqlite3_column_int64(raw, 1));
    return rc == SQLITE_DONE ? QString() : sqliteError(db, "cannot read event versions");
}

QString loadEvents(sqlite3* db, EventStore& out, const Progress& progress)
{
    if (!db)
        return QStringLiteral("not an SQLite connection");
    static const char sql[] = "SELECT id, start_msecs, start_precision, end_msecs, end_precision, title, description, "
                              "location, parties, issues, tags, sources, claims FROM event";
    sqlite3_stmt* raw = nullptr;
    if (sqlite3_prepare_v2(db, sql, int(sizeof sql), &raw, nullptr) != SQLITE_OK)
        return sqliteError(db, "cannot read events");
    Statement st(raw);
    if (const qint64 n = countEvents(db); n > 0)
        out.reserve(qsizetype(n));
    constexpr qint64 progressEvery = 16384;
    qint64 rows = 0;
    auto bytes = [&](int col) {
        const auto* p = reinterpret_cast<const char*>(sqlite3_column_text(raw, col));
        return std::string_view(p ? p : "", size_t(sqlite3_column_bytes(raw, col)));
    };
    // Locations and whole reference lists repeat: each distinct UTF-8 value is decoded and interned once.
    SymbolCache locations;
    std::array<SymbolCache, 4> lists;
    std::vector<quint32> pool; // the tagged refs of every distinct list value
    std::vector<quint32> rowRefs;
    Utf16Buffer title, description, scratch, idText;
    std::string otherTags;
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
        const PartialDate end {
            sqlite3_column_type(raw, 3) == SQLITE_NULL ? PartialDate::Invalid : sqlite3_column_int64(raw, 3), *ep
        };
        const std::string_view location = bytes(7);
        auto loc = locations.find(location);
        if (loc == locations.end())
            loc = locations.emplace(std::string(location), out.internSymbol(scratch.decode(location))).first;
        rowRefs.clear();
        QStringView idTag;
        qsizetype idPlace = 0;
        for (quint32 kind = 0; kind < 4; ++kind) {
            const int col = 8 + int(kind);
            const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(raw, col));
            if (!text) // NULL: no references of this kind
                continue;
            std::string_view value(text, size_t(sqlite3_column_bytes(raw, col)));
            if (kind == quint32(EventStore::RefKind::Tag))
                if (const IdSplit split = splitIdTag(value, otherTags); split.place >= 0) {
                    idTag = idText.decode(split.tag);
                    idPlace = split.place;
                    if (!split.hasRest)
                        continue;
                    value = otherTags;
                }
            auto it = lists[kind].find(value);
            if (it == lists[kind].end()) {
                // Value = offset into pool << 8 | count (a list has fewer than 256 entries in practice).
                const auto offset = quint32(pool.size());
                const QStringView all = scratch.decode(value);
                qsizetype from = 0;
                for (qsizetype i = 0; i <= all.size(); ++i)
                    if (i == all.size() || all[i] == QChar(SqliteSchema::ListSeparator)) {
                        pool.push_back(
                            EventStore::makeRef(EventStore::RefKind(kind), out.internSymbol(all.mid(from, i - from))));
                        from = i + 1;
                    }
                const auto n = quint32(pool.size()) - offset;
                if (n > 255)
                    return QStringLiteral("event %1 has more than 255 references of one kind").arg(id);
                it = lists[kind].emplace(std::string(value), (offset << 8) | n).first;
            }
            const quint32 offset = it->second >> 8, n = it->second & 0xff;
            rowRefs.insert(rowRefs.end(), pool.begin() + offset, pool.begin() + offset + n);
        }
        out.appendInterned(
            id, start, end, title.decode(bytes(5)), description.decode(bytes(6)), loc->second, rowRefs, idTag, idPlace);
        if (sqlite3_column_type(raw, 12) != SQLITE_NULL) { // graded citations: a few events at most
            const auto claims = ClaimCodec::decode(QString::fromUtf8(bytes(12).data(), qsizetype(bytes(12).size())));
            if (!claims.ok())
                return QStringLiteral("event %1: %2").arg(id).arg(claims.message());
            out.setClaims(id, claims.value());
        }
        if (progress && ++rows % progressEvery == 0 && !progress(rows))
            return QStringLiteral("the load was cancelled");
    }
    if (rc != SQLITE_DONE)
        return sqliteError(db, "cannot read events");
    if (progress && !progress(rows))
        return QStringLiteral("the load was cancelled");
    return {};
}

} // namespace Entente::SqliteBulk
