// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitestore.h"

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

    template <typename T> std::unique_ptr<T> fail(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return nullptr;
    }

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
                << QStringLiteral("PRAGMA journal_mode = OFF")
                << QStringLiteral("PRAGMA synchronous = OFF") << QStringLiteral("PRAGMA cache_size = -65536");
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

std::unique_ptr<SqliteStore> SqliteStore::open(const QString& path, bool readOnly, QString* error)
{
    const QFileInfo info(path);
    if (!info.exists())
        return fail<SqliteStore>(error, QStringLiteral("%1 does not exist.").arg(quoted(path)));
    if (info.isDir())
        return fail<SqliteStore>(error, QStringLiteral("%1 is a folder, not an Entente dossier.").arg(quoted(path)));
    // Identify the file from its header before SQLite touches it, so a refused file is never modified.
    QByteArray header;
    {
        QFile f(path);
        if (const QString why = openRegularFile(f); !why.isEmpty())
            return fail<SqliteStore>(error, QStringLiteral("cannot read %1: %2").arg(quoted(path), why));
        header = f.read(100);
    }
    if (header.isEmpty())
        return fail<SqliteStore>(error, QStringLiteral("%1 is empty; it is not an Entente dossier.").arg(quoted(path)));
    if (header.size() < 100 || !header.startsWith(QByteArrayView("SQLite format 3\0", 16)))
        return fail<SqliteStore>(
            error, QStringLiteral("%1 is not an Entente dossier (it is not an SQLite database).").arg(quoted(path)));
    const auto userVersion = qFromBigEndian<qint32>(header.constData() + 60);
    const auto applicationId = qFromBigEndian<qint32>(header.constData() + 68);
    if (applicationId != SqliteSchema::ApplicationId)
        return fail<SqliteStore>(error,
            QStringLiteral("%1 is an SQLite database but not an Entente dossier (application id 0x%2).")
                .arg(quoted(path))
                .arg(quint32(applicationId), 8, 16, QLatin1Char('0')));
    if (userVersion > SqliteSchema::Version)
        return fail<SqliteStore>(error,
            QStringLiteral("%1 was written by a newer version of Entente (schema %2); this version reads up to %3.")
                .arg(quoted(path))
                .arg(userVersion)
                .arg(SqliteSchema::Version));
    if (userVersion < 1)
        return fail<SqliteStore>(error, QStringLiteral("%1 is damaged: it has no schema version.").arg(quoted(path)));
    if (userVersion < SqliteSchema::Version && readOnly)
        return fail<SqliteStore>(error,
            QStringLiteral("%1 uses schema %2 and must be upgraded to %3 before it can be read; open it for "
                           "writing once.")
                .arg(quoted(path))
                .arg(userVersion)
                .arg(SqliteSchema::Version));

    std::unique_ptr<SqliteStore> store(new SqliteStore(info.absoluteFilePath(), readOnly));
    if (auto e = store->openConnection(false); !e.isEmpty())
        return fail<SqliteStore>(error, e);
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
            return openRecoveredCopy(info.absoluteFilePath(), error);
        }
        return fail<SqliteStore>(
            error, QStringLiteral("%1 is not a readable Entente dossier: %2").arg(quoted(path), e.text()));
    }
    store->m_schemaVersion = q.value(0).toInt();
    q.finish();
    if (store->m_schemaVersion != userVersion)
        return fail<SqliteStore>(error, QStringLiteral("%1 changed while it was being opened.").arg(quoted(path)));
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
            return fail<SqliteStore>(
                error, QStringLiteral("cannot upgrade %1 from schema %2: %3").arg(quoted(path)).arg(from).arg(e));
        }
        store->m_schemaVersion = SqliteSchema::Version;
    }
    return store;
}

std::unique_ptr<SqliteStore> SqliteStore::openRecoveredCopy(const QString& path, QString* error)
{
    auto dir = std::make_unique<QTemporaryDir>(QDir::tempPath() + QStringLiteral("/entente-recovery-XXXXXX"));
    const QString copy = dir->filePath(QFileInfo(path).fileName());
    if (!dir->isValid() || !QFile::copy(path, copy) || !QFile::copy(path + u"-journal", copy + u"-journal"))
        return fail<SqliteStore>(error,
            QStringLiteral("%1 has an unfinished write from a crash (%2), and a read-only open cannot recover it; "
                           "open it once for writing (entente %3) to finish the recovery.")
                .arg(quoted(path), QDir::toNativeSeparators(path + u"-journal"), QDir::toNativeSeparators(path)));
    QString why;
    auto store = open(copy, false, &why); // rolls the copy's journal back
    if (!store)
        return fail<SqliteStore>(error, why.replace(copy, path));
    store->m_readOnly = true;
    store->m_recoveryCopy = std::move(dir);
    return store;
}

std::unique_ptr<SqliteStore> SqliteStore::create(const QString& path, const Dossier& d, QString* error, Existing existing)
{
    const QFileInfo target(path);
    if (target.isDir())
        return fail<SqliteStore>(error, QStringLiteral("cannot save to %1: it is a folder.").arg(quoted(path)));
    removeStaleTemporaries(target);
    // ".NAME.PID.XXXXXX": the process id tells a later run whether the file is still being built.
    QTemporaryFile tmp(target.absolutePath() + u"/." + target.fileName() + u'.'
        + QString::number(QCoreApplication::applicationPid()) + u".XXXXXX");
    tmp.setAutoRemove(false);
    if (!tmp.open())
        return fail<SqliteStore>(error, QStringLiteral("cannot save to %1: %2").arg(quoted(path), tmp.errorString()));
    const QString tmpPath = tmp.fileName();
    tmp.close();
    QString err;
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
            if (!renameNoReplace(tmpPath, path))
                err = errno == EEXIST ? QStringLiteral("another program created it meanwhile; it was left as it is")
                                      : QStringLiteral("cannot create the file: %1").arg(qt_error_string(errno));
        } else {
            // A hot journal left by a crash belongs to the file being replaced; it must not be applied to the new one.
            QFile::remove(path + u"-journal");
            if (!replaceFile(tmpPath, path))
                err = QStringLiteral("cannot replace the file: %1").arg(qt_error_string(errno));
        }
    }
    if (!err.isEmpty()) {
        QFile::remove(tmpPath);
        return fail<SqliteStore>(error, QStringLiteral("cannot save to %1: %2").arg(quoted(path), err));
    }
    // The rename itself is durable only once the folder is flushed: say so if that fails.
    if (const QString e = syncFile(target.absolutePath()); !e.isEmpty())
        return fail<SqliteStore>(error, QStringLiteral("%1 was written, but %2; it may be lost if the system stops now")
                                            .arg(quoted(path), e));
    return open(path, false, error);
}

QString SqliteStore::quickCheck()
{
    QSqlQuery q(m_db);
    if (!q.exec(QStringLiteral("PRAGMA quick_check(1)")) || !q.next())
        return QStringLiteral("%1 is damaged: %2").arg(quoted(m_path), q.lastError().text());
    const QString result = q.value(0).toString();
    if (result == u"ok")
        return {};
    return QStringLiteral("%1 is damaged (%2)").arg(quoted(m_path), result.left(200).simplified());
}

QString SqliteStore::begin()
{
    if (m_readOnly)
        return QStringLiteral("%1 is open read-only.").arg(quoted(m_path));
    if (m_inTransaction)
        return QStringLiteral("a transaction is already open");
    if (auto e = exec(QStringLiteral("BEGIN IMMEDIATE")); !e.isEmpty())
        return e;
    m_inTransaction = true;
    return {};
}

QString SqliteStore::commit()
{
    if (!m_inTransaction)
        return QStringLiteral("no transaction is open");
    if (auto e = exec(QStringLiteral("COMMIT")); !e.isEmpty())
        return e; // still open: the caller rolls back
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

template <typename Body> QString SqliteStore::write(const QString& action, const QString& detail, Body&& body)
{
    if (m_readOnly)
        return QStringLiteral("%1 is open read-only; nothing was written.").arg(quoted(m_path));
    // A savepoint is a transaction of its own when none is open, and a nested one inside begin()/commit():
    // either way a failed write is undone completely and the rest of the caller's transaction survives.
    if (auto e = exec(QStringLiteral("SAVEPOINT entente_write")); !e.isEmpty())
        return e;
    QString err = body();
    if (err.isEmpty())
        err = appendJournal(action, detail);
    if (err.isEmpty()) {
        err = exec(QStringLiteral("RELEASE entente_write")); // commits here when outermost (deferred FKs checked)
        if (err.isEmpty())
            return {};
    }
    exec(QStringLiteral("ROLLBACK TO entente_write"));
    exec(QStringLiteral("RELEASE entente_write"));
    return err;
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

std::unique_ptr<DossierStore> SqliteStore::openWorkerConnection(QString* error) const
{
    auto other = SqliteStore::open(m_path, m_readOnly, error); // a connection of the calling thread
    if (other)
        other->setUserName(m_userName);
    return other;
}

QString SqliteStore::journal(const QString& action, const QString& detail)
{
    if (m_readOnly)
        return QStringLiteral("%1 is open read-only; nothing was written.").arg(quoted(m_path));
    return write(action, detail, [] { return QString(); });
}

QString SqliteStore::saveAll(const Dossier& d)
{
    return write(
        QStringLiteral("replace"), QStringLiteral("%1 events").arg(d.events().size()), [&] { return writeAll(d); });
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
    for (const char* table : { "position_citation", "status_citation", "position_change", "status_change", "event",
             "event_key", "era", "source", "issue", "party", "scale_level", "meta" })
        if (auto e = exec(QStringLiteral("DELETE FROM %1").arg(QLatin1String(table))); !e.isEmpty())
            return e;
    QString e = putMeta(m_db, d.name, d.description);
    if (e.isEmpty())
        e = putScales(m_db, d.stanceScale(), d.statusScale());
    if (e.isEmpty())
        e = putParties(m_db, d.parties());
    if (e.isEmpty())
        e = putIssues(m_db, d.issues());
    if (e.isEmpty())
        e = putSources(m_db, d.sources());
    if (e.isEmpty())
        e = putEras(m_db, d.eras());
    if (e.isEmpty())
        e = SqliteBulk::insertEvents(SqliteBulk::handle(m_db), d.events(), 0, d.events().size());
    for (const auto& c : d.positionChanges())
        if (e.isEmpty())
            e = putChange(m_db, c, true, c.partyId, c.issueId, c.stance, c.salience);
    for (const auto& c : d.statusChanges())
        if (e.isEmpty())
            e = putChange(m_db, c, false, {}, c.issueId, c.status, -1);
    return e;
}

QString SqliteStore::writeMeta(const QString& name, const QString& description)
{
    return write(QStringLiteral("meta"), name, [&] { return putMeta(m_db, name, description); });
}

QString SqliteStore::writeParties(const QList<Party>& parties)
{
    return write(QStringLiteral("parties"), QStringLiteral("%1 parties").arg(parties.size()),
        [&] { return putParties(m_db, parties); });
}

QString SqliteStore::writeIssues(const QList<Issue>& issues)
{
    return write(QStringLiteral("issues"), QStringLiteral("%1 issues").arg(issues.size()),
        [&] { return putIssues(m_db, issues); });
}

QString SqliteStore::writeSources(const QList<Source>& sources)
{
    return write(QStringLiteral("sources"), QStringLiteral("%1 sources").arg(sources.size()),
        [&] { return putSources(m_db, sources); });
}

QString SqliteStore::writeEras(const QList<Era>& eras)
{
    return write(
        QStringLiteral("eras"), QStringLiteral("%1 eras").arg(eras.size()), [&] { return putEras(m_db, eras); });
}

QString SqliteStore::writeScales(const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status)
{
    return write(QStringLiteral("scales"), {}, [&] { return putScales(m_db, stance, status); });
}

QString SqliteStore::insertEvent(const Event& e)
{
    return write(QStringLiteral("event.insert"), QString::number(e.id), [&] { return putEvent(m_db, e, false); });
}

QString SqliteStore::updateEvent(const Event& e)
{
    return write(QStringLiteral("event.update"), QString::number(e.id), [&] { return putEvent(m_db, e, true); });
}

QString SqliteStore::removeEvent(qint64 id)
{
    return write(QStringLiteral("event.remove"), QString::number(id), [&] { return dropEvent(m_db, id); });
}

QString SqliteStore::insertEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow)
{
    if (fromRow < 0 || toRow > events.size() || fromRow > toRow)
        return QStringLiteral("event rows %1–%2 out of range").arg(fromRow).arg(toRow);
    return write(QStringLiteral("event.import"), QStringLiteral("%1 events").arg(toRow - fromRow),
        [&] { return SqliteBulk::insertEvents(SqliteBulk::handle(m_db), events, fromRow, toRow); });
}

QString SqliteStore::appendPositionChange(const PositionChange& c)
{
    return write(QStringLiteral("position.append"), QString::number(c.id),
        [&] { return putChange(m_db, c, true, c.partyId, c.issueId, c.stance, c.salience); });
}

QString SqliteStore::appendStatusChange(const StatusChange& c)
{
    return write(QStringLiteral("status.append"), QString::number(c.id),
        [&] { return putChange(m_db, c, false, {}, c.issueId, c.status, -1); });
}

QString SqliteStore::setPositionRetracted(qint64 id, bool retracted, qint64 at, const QString& by)
{
    return write(retracted ? QStringLiteral("position.retract") : QStringLiteral("position.restore"),
        QString::number(id), [&] { return putRetraction(m_db, true, id, retracted, at, by); });
}

QString SqliteStore::setStatusRetracted(qint64 id, bool retracted, qint64 at, const QString& by)
{
    return write(retracted ? QStringLiteral("status.retract") : QStringLiteral("status.restore"), QString::number(id),
        [&] { return putRetraction(m_db, false, id, retracted, at, by); });
}

} // namespace Entente
