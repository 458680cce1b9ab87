// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestore.h"

#include "documentlock.h"
#include "regularfile.h"
#include "sqlitebulk.h"
#include "sqliteschema.h"
#include "sqlitestore_p.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtEndian>

#include <cerrno>

#ifdef Q_OS_UNIX
#include <cstdio>
#include <csignal>
#include <fcntl.h>
#include <unistd.h>
#endif
#ifdef Q_OS_WIN
#include <qt_windows.h>
#endif

namespace Entente {

using namespace SqliteDetail;

namespace {
    QAtomicInteger<quint64> connectionCounter;

    QString quoted(const QString& path) { return QStringLiteral("“%1”").arg(QDir::toNativeSeparators(path)); }

    Error failure(const QString& message, Error::Kind kind = Error::Kind::Failed) { return Error(message, kind); }

    QString syncFile(const QString& path)
    {
#ifdef Q_OS_UNIX
        const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY);
        if (fd < 0 || ::fsync(fd) != 0) {
            if (fd >= 0)
                ::close(fd);
            return QStringLiteral("cannot flush %1 to disk").arg(quoted(path));
        }
        ::close(fd);
#else
        Q_UNUSED(path);
#endif
        return {};
    }

    // create()'s temporary files (".NAME.PID.XXXXXX" beside NAME) whose process is gone: a kill while a new
    // file was being built left them. Files of a live process, or not of this naming, are left alone.
    void removeStaleTemporaries(const QFileInfo& target)
    {
#ifdef Q_OS_UNIX
        // Any dossier's in this folder, not only this target's: a killed import into another new file left its own.
        static const QRegularExpression ours(QStringLiteral("^\\..+\\.entente\\.(\\d+)\\.[A-Za-z0-9]{6}(-journal)?$"));
        const QDir dir = target.absoluteDir();
        for (const QString& name : dir.entryList({ QStringLiteral(".*.entente.*") }, QDir::Files | QDir::Hidden | QDir::System)) {
            const auto m = ours.match(name);
            if (!m.hasMatch())
                continue;
            const qint64 pid = m.captured(1).toLongLong();
            if (pid <= 0 || ::kill(pid_t(pid), 0) == 0 || errno != ESRCH)
                continue;
            QFile::remove(dir.filePath(name));
        }
#else
        Q_UNUSED(target);
#endif
    }

    // Atomically moves `from` to `to` unless `to` exists (errno EEXIST then).
    bool renameNoReplace(const QString& from, const QString& to)
    {
#ifdef Q_OS_WIN
        if (MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()), MOVEFILE_WRITE_THROUGH))
            return true;
        errno = GetLastError() == ERROR_ALREADY_EXISTS ? EEXIST : EIO;
        return false;
#else
        const QByteArray f = QFile::encodeName(from), t = QFile::encodeName(to);
#ifdef RENAME_NOREPLACE
        if (::renameat2(AT_FDCWD, f.constData(), AT_FDCWD, t.constData(), RENAME_NOREPLACE) == 0)
            return true;
        if (errno != EINVAL && errno != ENOSYS)
            return false;
#endif
        // File systems without renameat2 flags: a hard link fails with EEXIST just the same.
        if (::link(f.constData(), t.constData()) != 0)
            return false;
        ::unlink(f.constData());
        return true;
#endif
    }

    // Atomically replaces `to` with `from` (same directory).
    bool replaceFile(const QString& from, const QString& to)
    {
#ifdef Q_OS_WIN
        return MoveFileExW(reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(from).utf16()),
                   reinterpret_cast<const wchar_t*>(QDir::toNativeSeparators(to).utf16()),
                   MOVEFILE_REPLACE_EXISTING | MOVEFILE_WRITE_THROUGH)
            != 0;
#else
        return ::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0;
#endif
    }
}

SqliteStore::SqliteStore(const QString& path, bool readOnly)
    : m_path(path)
    , m_connectionName(QStringLiteral("entente-sqlite-%1").arg(connectionCounter.fetchAndAddRelaxed(1)))
    , m_userName(defaultUserName())
    , m_readOnly(readOnly)
{
}

SqliteStore::~SqliteStore()
{
    if (m_db.isValid()) {
        if (m_inTransaction)
            exec(QStringLiteral("ROLLBACK"));
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

QString SqliteStore::defaultUserName()
{
    for (const char* var : { "USER", "USERNAME", "LOGNAME" }) {
        const QString name = qEnvironmentVariable(var);
        if (!name.isEmpty())
            return name;
    }
    return QStringLiteral("unknown");
}

QString SqliteStore::exec(const QString& sql)
{
    QSqlQuery q(m_db);
    if (!q.exec(sql))
        return describeSqlError(q.lastError());
    return {};
}

QString SqliteStore::openConnection(bool bulkCreate)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000");
    if (m_readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    m_db.setConnectOptions(options);
    if (!m_db.open())
        return QStringLiteral("cannot open %1: %2").arg(quoted(m_path), m_db.lastError().text());
    QStringList pragmas;
    if (bulkCreate) {
        // A temporary file that is thrown away on failure: no journal, no fsync until the end, and foreign
        // keys checked once at the end (PRAGMA foreign_key_check) instead of row by row.
        pragmas << QStringLiteral("PRAGMA page_size = 16384") << QStringLiteral("PRAGMA foreign_keys = OFF")
                << QStringLiteral("PRAGMA journal_mode = OFF") << QStringLiteral("PRAGMA synchronous = OFF")
                << QStringLiteral("PRAGMA cache_size = -65536");
    } else {
        pragmas << QStringLiteral("PRAGMA foreign_keys = ON");
        if (!m_readOnly)
            pragmas << QStringLiteral("PRAGMA journal_mode = DELETE") << QStringLiteral("PRAGMA synchronous = FULL");
    }
    for (const auto& p : pragmas)
        if (auto e = exec(p); !e.isEmpty())
            return QStringLiteral("cannot open %1: %2").arg(quoted(m_path), e);
    return {};
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::open(const QString& path, const StoreOpenOptions& options)
{
    return openFile(path, options, true);
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::openFile(
    const QString& path, const StoreOpenOptions& options, bool takeLock)
{
    bool readOnly = options.access == StoreOpenOptions::Access::ReadOnly;
    const QFileInfo info(path);
    if (!info.exists())
        return failure(QStringLiteral("%1 does not exist.").arg(quoted(path)), Error::Kind::NotFound);
    if (info.isDir())
        return failure(QStringLiteral("%1 is a folder, not an Entente dossier.").arg(quoted(path)));
    // Identify the file from its header before SQLite touches it, so a refused file is never modified.
    QByteArray header;
    {
        QFile f(path);
        if (const auto why = openRegularFile(f); !why.ok())
            return failure(why.message());
        header = f.read(100);
    }
    if (header.isEmpty())
        return failure(QStringLiteral("%1 is empty; it is not an Entente dossier.").arg(quoted(path)));
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return failure(
            QStringLiteral("%1 is not an Entente dossier (it is not an SQLite database).").arg(quoted(path)));
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != SqliteSchema::ApplicationId)
        return failure(QStringLiteral("%1 is an SQLite database but not an Entente dossier (application id 0x%2).")
                           .arg(quoted(path))
                           .arg(quint32(applicationId), 8, 16, QLatin1Char('0')));
    if (userVersion > SqliteSchema::Version)
        return failure(
            QStringLiteral("%1 was written by a newer version of Entente (schema %2); this version reads up to %3.")
                .arg(quoted(path))
                .arg(userVersion)
                .arg(SqliteSchema::Version));
    if (userVersion < 1)
        return failure(QStringLiteral("%1 is damaged: it has no schema version.").arg(quoted(path)));
    // The lock first: a writer must know it is the only one before it upgrades or writes anything.
    auto lock = std::make_unique<DocumentLock>(info.absoluteFilePath());
    QString readOnlyReason;
    if (!readOnly && !info.isWritable()) {
        if (options.access == StoreOpenOptions::Access::ReadWrite)
            return failure(QStringLiteral("%1 is not writable.").arg(quoted(path)), Error::Kind::ReadOnly);
        readOnly = true;
        readOnlyReason = QStringLiteral("the file is not writable");
    }
    if (!readOnly && takeLock) {
        switch (lock->tryLock(options.userName)) {
        case DocumentLock::Result::Acquired:
            break;
        case DocumentLock::Result::HeldByOther:
        case DocumentLock::Result::Failed: {
            const QString why = lock->holder() ? lock->holder()->description() : lock->errorString();
            if (options.access == StoreOpenOptions::Access::ReadWrite)
                return failure(QStringLiteral("%1 is %2.").arg(quoted(path), why), Error::Kind::Locked);
            readOnly = true;
            readOnlyReason = lock->holder() ? QStringLiteral("the dossier is %1").arg(why) : why;
            break;
        }
        }
    }
    if (readOnly || !takeLock)
        lock.reset();
    if (userVersion < SqliteSchema::Version && readOnly)
        return failure(QStringLiteral("%1 uses schema %2 and must be upgraded to %3 before it can be read; open it for "
                                      "writing once.")
                           .arg(quoted(path))
                           .arg(userVersion)
                           .arg(SqliteSchema::Version),
            Error::Kind::ReadOnly);

    std::unique_ptr<SqliteStore> store(new SqliteStore(info.absoluteFilePath(), readOnly));
    store->m_lock = std::move(lock);
    store->m_readOnlyReason = readOnlyReason;
    store->setUserName(options.userName);
    if (auto e = store->openConnection(false); !e.isEmpty())
        return failure(e);
    // The header said yes; ask SQLite too (it may have rolled back a hot journal meanwhile).
    QSqlQuery q(store->m_db);
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next()) {
        const QSqlError e = q.lastError();
        q = QSqlQuery();
        // SQLITE_READONLY_ROLLBACK (776): a hot journal from a crash that only a read-write connection can roll
        // back. The dossier is intact; read it from a recovered private copy instead of calling it unreadable.
        if (readOnly && (e.nativeErrorCode() == u"776" || e.text().contains(u"readonly"))
            && QFileInfo::exists(path + u"-journal")) {
            store.reset();
            return openRecoveredCopy(info.absoluteFilePath(), options);
        }
        return failure(QStringLiteral("%1 is not a readable Entente dossier: %2").arg(quoted(path), e.text()));
    }
    store->m_schemaVersion = q.value(0).toInt();
    q.finish();
    if (store->m_schemaVersion != userVersion)
        return failure(QStringLiteral("%1 changed while it was being opened.").arg(quoted(path)));
    if (store->m_schemaVersion < SqliteSchema::Version) {
        const int from = store->m_schemaVersion;
        QString e = store->exec(QStringLiteral("BEGIN IMMEDIATE"));
        if (e.isEmpty())
            e = SqliteSchema::upgrade(store->m_db, from);
        if (e.isEmpty())
            e = store->appendJournal(
                QStringLiteral("upgrade"), QStringLiteral("schema %1 to %2").arg(from).arg(SqliteSchema::Version));
        if (e.isEmpty())
            e = store->exec(QStringLiteral("COMMIT"));
        if (!e.isEmpty()) {
            store->exec(QStringLiteral("ROLLBACK"));
            return failure(QStringLiteral("cannot upgrade %1 from schema %2: %3").arg(quoted(path)).arg(from).arg(e));
        }
        store->m_schemaVersion = SqliteSchema::Version;
    }
    return store;
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::openRecoveredCopy(const QString& path, const StoreOpenOptions& options)
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/entente-recovery-XXXXXX"));
    const QString copy = dir->filePath(QFileInfo(path).fileName());
    if (!dir->isValid() || !QFile::copy(path, copy) || !QFile::copy(path + u"-journal", copy + u"-journal"))
        return failure(QStringLiteral("%1 has an unfinished write from a crash (%2), and a read-only open cannot recover "
                                      "it; open it once for writing (entente %3) to finish the recovery.")
                           .arg(quoted(path), QDir::toNativeSeparators(path + u"-journal"), QDir::toNativeSeparators(path)),
            Error::Kind::ReadOnly);
    StoreOpenOptions writable = options;
    writable.access = StoreOpenOptions::Access::ReadWrite;
    auto store = openFile(copy, writable, false); // rolls the copy's journal back; nobody else sees the copy
    if (!store.ok()) {
        QString message = store.error().message();
        return Error(message.replace(copy, path), store.error().kind());
    }
    auto s = std::move(store).value();
    s->m_readOnly = true;
    s->m_readOnlyReason = QStringLiteral("a crash left an unfinished write in the file; this is a recovered copy");
    s->m_recoveryCopy = std::move(dir);
    return s;
}

Result<std::unique_ptr<SqliteStore>> SqliteStore::create(
    const QString& path, const Dossier& d, const StoreOpenOptions& options, Existing existing)
{
    const QFileInfo target(path);
    if (target.isDir())
        return failure(QStringLiteral("cannot save to %1: it is a folder.").arg(quoted(path)));
    removeStaleTemporaries(target);
    // ".NAME.PID.XXXXXX": the process id tells a later run whether the file is still being built.
    QTemporaryFile tmp(target.absolutePath() + u"/." + target.fileName() + u'.'
        + QString::number(QCoreApplication::applicationPid()) + u".XXXXXX");
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return failure(QStringLiteral("cannot save to %1: %2").arg(quoted(path), tmp.errorString()));
    const QString tmpPath = tmp.fileName();
    tmp.close();
    QString err;
    bool conflict = false;
    {
        std::unique_ptr<SqliteStore> s(new SqliteStore(tmpPath, false));
        err = s->openConnection(true);
        if (err.isEmpty())
            err = s->exec(QStringLiteral("BEGIN"));
        if (err.isEmpty())
            err = SqliteSchema::upgrade(s->m_db, 0);
        if (err.isEmpty())
            err = s->writeAll(d);
        if (err.isEmpty())
            err = s->checkForeignKeys();
        if (err.isEmpty())
            err = s->appendJournal(QStringLiteral("create"), QStringLiteral("%1 events").arg(d.events().size()));
        if (err.isEmpty())
            err = s->exec(QStringLiteral("COMMIT"));
    }
    if (err.isEmpty())
        err = syncFile(tmpPath);
    if (err.isEmpty()) {
        if (target.exists())
            QFile::setPermissions(tmpPath, QFile::permissions(path));
        else
            QFile::setPermissions(tmpPath,
                QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser | QFile::ReadGroup
                    | QFile::ReadOther);
        if (existing == Existing::Keep) {
            if (!renameNoReplace(tmpPath, path)) {
                conflict = errno == EEXIST;
                err = conflict ? QStringLiteral("another program created it meanwhile; it was left as it is")
                               : QStringLiteral("cannot create the file: %1").arg(qt_error_string(errno));
            }
        } else {
            // A hot journal left by a crash belongs to the file being replaced; it must not be applied to the new one.
            QFile::remove(path + u"-journal");
            if (!replaceFile(tmpPath, path))
                err = QStringLiteral("cannot replace the file: %1").arg(qt_error_string(errno));
        }
    }
    if (!err.isEmpty()) {
        QFile::remove(tmpPath);
        return failure(QStringLiteral("cannot save to %1: %2").arg(quoted(path), err),
            conflict ? Error::Kind::Conflict : Error::Kind::Failed);
    }
    // The rename itself is durable only once the folder is flushed: say so if that fails.
    if (const QString e = syncFile(target.absolutePath()); !e.isEmpty())
        return failure(
            QStringLiteral("%1 was written, but %2; it may be lost if the system stops now").arg(quoted(path), e));
    StoreOpenOptions writable = options;
    writable.access = StoreOpenOptions::Access::ReadWrite;
    return open(path, writable);
}

Status SqliteStore::checkIntegrity()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
        return Error(QStringLiteral("%1 is damaged: %2").arg(quoted(m_path), q.lastError().text()));
    const QString result = q.value(0).toString();
    if (result == u"ok")
        return {};
    return Error(QStringLiteral("%1 is damaged (%2)").arg(quoted(m_path), result.left(200).simplified()));
}

Status SqliteStore::begin()
{
    if (m_readOnly)
        return Error(QStringLiteral("%1 is open read-only.").arg(quoted(m_path)), Error::Kind::ReadOnly);
    if (m_inTransaction)
        return Error(QStringLiteral("a transaction is already open"));
    if (auto e = exec(QStringLiteral("BEGIN IMMEDIATE")); !e.isEmpty())
        return Error(e);
    m_inTransaction = true;
    return {};
}

Status SqliteStore::commit()
{
    if (!m_inTransaction)
        return Error(QStringLiteral("no transaction is open"));
    if (auto e = exec(QStringLiteral("COMMIT")); !e.isEmpty())
        return Error(e); // still open: the caller rolls back
    m_inTransaction = false;
    return {};
}

void SqliteStore::rollback()
{
    if (!m_inTransaction)
        return;
    exec(QStringLiteral("ROLLBACK"));
    m_inTransaction = false;
}

template <typename Body> Status SqliteStore::write(const QString& action, const QString& detail, Body&& body)
{
    if (m_readOnly)
        return Error(
            QStringLiteral("%1 is open read-only; nothing was written.").arg(quoted(m_path)), Error::Kind::ReadOnly);
    // A savepoint is a transaction of its own when none is open, and a nested one inside begin()/commit():
    // either way a failed write is undone completely and the rest of the caller's transaction survives.
    if (auto e = exec(QStringLiteral("SAVEPOINT entente_write")); !e.isEmpty())
        return Error(e);
    Status result = body();
    if (result.ok()) {
        if (auto e = appendJournal(action, detail); !e.isEmpty())
            result = Error(e);
    }
    if (result.ok()) {
        // Commits here when outermost (deferred foreign keys are checked).
        if (auto e = exec(QStringLiteral("RELEASE entente_write")); e.isEmpty())
            return {};
        else
            result = Error(e);
    }
    exec(QStringLiteral("ROLLBACK TO entente_write"));
    exec(QStringLiteral("RELEASE entente_write"));
    return result;
}

QString SqliteStore::appendJournal(const QString& action, const QString& detail)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO journal (at, by_user, action, detail) VALUES (?, ?, ?, ?)"));
    q.addBindValue(timestampToText(QDateTime::currentMSecsSinceEpoch()));
    // A null QString would bind as NULL; these columns are NOT NULL text.
    for (const QString* v : { &std::as_const(m_userName), &action, &detail })
        q.addBindValue(v->isNull() ? QStringLiteral("") : *v);
    return q.exec() ? QString() : describeSqlError(q.lastError());
}

Result<std::unique_ptr<DossierStore>> SqliteStore::openWorkerConnection() const
{
    // A connection of the calling thread, without a lock of its own: this store holds it.
    StoreOpenOptions options;
    options.access = m_readOnly ? StoreOpenOptions::Access::ReadOnly : StoreOpenOptions::Access::ReadWrite;
    options.userName = m_userName;
    auto other = openFile(m_path, options, false);
    if (!other.ok())
        return other.error();
    return std::unique_ptr<DossierStore>(std::move(other).value());
}

Status SqliteStore::journal(const QString& action, const QString& detail)
{
    return write(action, detail, [] { return Status(); });
}

Result<QList<JournalEntry>> SqliteStore::readJournal(qint64 afterId, int limit)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, at, by_user, action, detail FROM journal WHERE id > ? ORDER BY id LIMIT ?"));
    q.addBindValue(afterId);
    q.addBindValue(limit);
    if (!q.exec())
        return Error(describeSqlError(q.lastError()));
    QList<JournalEntry> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), textToTimestamp(q.value(1).toString()).value_or(0), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString() });
    return out;
}

Status SqliteStore::saveAll(const Dossier& d)
{
    return write(QStringLiteral("replace"), QStringLiteral("%1 events").arg(d.events().size()),
        [&] { return Status::fromMessage(writeAll(d)); });
}

QString SqliteStore::checkForeignKeys()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return describeSqlError(q.lastError());
    if (q.next())
        return QStringLiteral("a row of %1 refers to a missing row of %2")
            .arg(q.value(0).toString(), q.value(2).toString());
    return {};
}

QString SqliteStore::writeAll(const Dossier& d)
{
    for (const char* table : { "note", "saved_view", "position_citation", "status_citation", "capability_citation",
             "position_change", "status_change", "capability_change", "event",
             "event_key", "event_version", "era", "source", "issue", "party", "scale_level", "meta" })
        if (auto e = exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !e.isEmpty())
            return e;
    QString e = putMeta(m_db, d.name, d.description);
    auto putAll = [&](const auto& list, auto toRow) {
        for (qsizetype i = 0; i < list.size() && e.isEmpty(); ++i)
            e = putRow(m_db, toRow(list[i]), i);
    };
    putAll(d.stanceScale(), [](const ScaleLevel& l) { return StoreRow(ScaleLevelRow { RowKind::StanceLevel, l }); });
    putAll(d.statusScale(), [](const ScaleLevel& l) { return StoreRow(ScaleLevelRow { RowKind::StatusLevel, l }); });
    putAll(d.parties(), [](const Party& p) { return StoreRow(p); });
    putAll(d.issues(), [](const Issue& i) { return StoreRow(i); });
    putAll(d.sources(), [](const Source& s) { return StoreRow(s); });
    putAll(d.eras(), [](const Era& r) { return StoreRow(r); });
    if (e.isEmpty())
        e = SqliteBulk::insertEvents(SqliteBulk::handle(m_db), d.events(), 0, d.events().size());
    if (e.isEmpty())
        e = putEventClaims(m_db, d.events(), 0, d.events().size());
    for (const auto& c : d.positionChanges())
        if (e.isEmpty())
            e = putChange(m_db, c);
    for (const auto& c : d.statusChanges())
        if (e.isEmpty())
            e = putChange(m_db, c);
    for (const auto& c : d.capabilityChanges())
        if (e.isEmpty())
            e = putChange(m_db, c);
    putAll(d.notes(), [](const Note& n) { return StoreRow(n); });
    putAll(d.savedViews(), [](const SavedView& v) { return StoreRow(v); });
    return e;
}

Status SqliteStore::writeMeta(const QString& name, const QString& description)
{
    return write(QStringLiteral("meta"), name, [&] { return Status::fromMessage(putMeta(m_db, name, description)); });
}

Result<qint64> SqliteStore::insertRow(const StoreRow& row, qsizetype position)
{
    const QString action = rowKindKey(rowKindOf(row)) + u".insert";
    Status s = write(action, rowKeyOf(row), [&] { return Status::fromMessage(putRow(m_db, row, position)); });
    if (!s.ok())
        return s.error();
    return RowVersions::Initial;
}

Result<qint64> SqliteStore::updateRow(const StoreRow& row, qint64 seenVersion)
{
    qint64 version = 0;
    Status s = write(rowKindKey(rowKindOf(row)) + u".update", rowKeyOf(row), [&] {
        const RowWrite w = SqliteDetail::updateRow(m_db, row, seenVersion);
        version = w.version;
        return Status::fromMessage(w.error, w.kind);
    });
    if (!s.ok())
        return s.error();
    return version;
}

Status SqliteStore::removeRow(RowKind kind, const QString& key, qint64 seenVersion)
{
    return write(rowKindKey(kind) + u".remove", key, [&] {
        const RowWrite w = SqliteDetail::removeRow(m_db, kind, key, seenVersion);
        return Status::fromMessage(w.error, w.kind);
    });
}

Status SqliteStore::removeEvents(const std::vector<qint64>& ids, const std::function<qint64(qint64 id)>& seen)
{
    // One journal line and a handful of statements for the batch (an import's undo), not five statements and a
    // journal line an event.
    return write(QStringLiteral("event.remove"), QStringLiteral("%1 events").arg(ids.size()),
        [&] { return SqliteBulk::removeEvents(SqliteBulk::handle(m_db), ids, seen); });
}

Status SqliteStore::reorderRows(RowKind kind, const QStringList& keys)
{
    return write(rowKindKey(kind) + u".reorder", keys.join(u' '),
        [&] { return Status::fromMessage(SqliteDetail::reorderRows(m_db, kind, keys)); });
}

Status SqliteStore::insertEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow)
{
    if (fromRow < 0 || toRow > events.size() || fromRow > toRow)
        return Error(QStringLiteral("event rows %1–%2 out of range").arg(fromRow).arg(toRow));
    return write(QStringLiteral("event.import"), QStringLiteral("%1 events").arg(toRow - fromRow), [&] {
        QString e = SqliteBulk::insertEvents(SqliteBulk::handle(m_db), events, fromRow, toRow);
        if (e.isEmpty())
            e = putEventClaims(m_db, events, fromRow, toRow);
        return Status::fromMessage(e);
    });
}

namespace {
    // One writer: the next id is one past the largest of the three histories.
    template <typename C> C withId(QSqlDatabase& db, const C& change)
    {
        C c = change;
        if (c.id <= 0) {
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT max(coalesce((SELECT max(id) FROM position_change), 0), "
                                  "coalesce((SELECT max(id) FROM status_change), 0), "
                                  "coalesce((SELECT max(id) FROM capability_change), 0))"));
            c.id = (q.next() ? q.value(0).toLongLong() : 0) + 1;
        }
        return c;
    }
}

template <typename C> Result<qint64> SqliteStore::append(ChangeKind kind, const C& change)
{
    const C c = withId(m_db, change);
    const Status st = write(changeWord(kind) + u".append", QString::number(c.id),
        [&] { return Status::fromMessage(putChange(m_db, c)); });
    return st.ok() ? Result<qint64>(c.id) : Result<qint64>(st.error());
}

Result<qint64> SqliteStore::appendChange(const PositionChange& c) { return append(ChangeKind::Position, c); }
Result<qint64> SqliteStore::appendChange(const StatusChange& c) { return append(ChangeKind::Status, c); }
Result<qint64> SqliteStore::appendChange(const CapabilityChange& c) { return append(ChangeKind::Capability, c); }

Status SqliteStore::setChangeRetracted(ChangeKind kind, qint64 id, bool retracted, qint64 at)
{
    const QString action = changeWord(kind) + (retracted ? QStringLiteral(".retract") : QStringLiteral(".restore"));
    return write(action, QString::number(id),
        [&] { return Status::fromMessage(putRetraction(m_db, kind, id, retracted, at, m_userName)); });
}

} // namespace Entente
