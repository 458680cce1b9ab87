// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlock.h"
#include "datecore.h"

#include "safefilewriter.h"
#include "sqlitestore.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>

namespace Entente {

QString DocumentLock::Holder::description() const
{
    const QString who = user.isEmpty() ? QStringLiteral("another user") : user;
    const QString where = host.isEmpty() ? QStringLiteral("another computer") : host;
    if (!since.isValid())
        return QStringLiteral("opened by %1 on %2").arg(who, where);
    return QStringLiteral("opened by %1 on %2 since %3")
        .arg(who, where, since.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

QString DocumentLock::lockFilePathFor(const QString& documentPath)
{
    const QFileInfo info(documentPath);
    return info.absolutePath() + u"/." + info.fileName() + u".lock";
}

DocumentLock::DocumentLock(const QString& documentPath)
    : m_lockPath(lockFilePathFor(documentPath))
    , m_lock(std::make_unique<QLockFile>(m_lockPath))
{
    m_lock->setStaleLockTime(0); // never stale by age, only when the holder's process is gone
}

DocumentLock::~DocumentLock() { unlock(); }

bool DocumentLock::isLocked() const { return m_lock->isLocked(); }

DocumentLock::Result DocumentLock::tryLock(const QString& user)
{
    m_error.clear();
    if (m_lock->isLocked())
        return Result::Acquired;
    if (m_lock->tryLock(0)) {
        // The sidecar: user and time for the next instance to show. Failing to write it is not fatal.
        const QString who = user.isEmpty() ? SqliteStore::defaultUserName() : user;
        (void)SafeFileWriter::writeFile(infoFilePath(),
            QByteArray::number(QCoreApplication::applicationPid()) + '\n' + who.toUtf8() + '\n'
                + QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + '\n',
            SafeFileWriter::Durability::Flush);
        return Result::Acquired;
    }
    switch (m_lock->error()) {
    case QLockFile::LockFailedError: {
        const auto h = holder();
        m_error = h ? h->description() : QStringLiteral("opened by another instance");
        return Result::HeldByOther;
    }
    case QLockFile::PermissionError:
        m_error = QStringLiteral("cannot create the lock file %1: permission denied").arg(m_lockPath);
        break;
    default:
        m_error = QStringLiteral("cannot create the lock file %1").arg(m_lockPath);
        break;
    }
    return Result::Failed;
}

void DocumentLock::unlock()
{
    if (!m_lock->isLocked())
        return;
    QFile::remove(infoFilePath());
    m_lock->unlock();
}

std::optional<DocumentLock::Holder> DocumentLock::holder() const
{
    Holder h;
    if (!m_lock->getLockInfo(&h.pid, &h.host, &h.application))
        return std::nullopt;
    const QFileInfo lockInfo(m_lockPath);
    h.user = lockInfo.owner();
    h.since = lockInfo.lastModified().toUTC();
    QFile info(infoFilePath());
    if (info.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = info.readAll().split('\n');
        // Only trust a sidecar written by the process that holds the lock now.
        if (lines.size() >= 3 && lines[0].toLongLong() == h.pid) {
            h.user = QString::fromUtf8(lines[1]);
            if (const auto since = DateCore::parseInstant(lines[2]); since.ok())
                h.since = QDateTime::fromMSecsSinceEpoch(since.value(), Qt::UTC);
        }
    }
    return h;
}

} // namespace Entente
