// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A lock beside an open document (".NAME.lock", a QLockFile) so that a second instance learns "opened by
// USER on HOST since TIME" and can offer read-only instead of two writers interleaving edits. QLockFile
// records the pid, application and host; the user and the time go in a small sidecar (".NAME.lock.info",
// two lines: user, ISO time), written right after the lock is taken and removed with it. When the sidecar
// is missing or belongs to an older lock, the lock file's owner and modification time stand in.
//
// The lock never goes stale by age (a dossier may stay open for days): only a lock whose process is gone
// from this host is stale, and it is taken over.

#include <QDateTime>
#include <QString>

#include <memory>
#include <optional>

class QLockFile;

namespace Entente {

class DocumentLock {
public:
    struct Holder {
        qint64 pid = 0;
        QString user;
        QString host;
        QString application;
        QDateTime since; // UTC
        [[nodiscard]] QString description() const; // "opened by USER on HOST since TIME"
    };

    enum class Result { Acquired, HeldByOther, Failed };

    explicit DocumentLock(const QString& documentPath);
    ~DocumentLock();
    DocumentLock(const DocumentLock&) = delete;
    DocumentLock& operator=(const DocumentLock&) = delete;

    // Takes the lock (taking over a stale one). `user` is recorded for others to see (default: OS user).
    Result tryLock(const QString& user = {});
    void unlock();
    [[nodiscard]] bool isLocked() const;
    // Who holds the lock, when tryLock() returned HeldByOther (read fresh from disk).
    [[nodiscard]] std::optional<Holder> holder() const;
    // Why tryLock() failed, for Failed and HeldByOther (the latter is holder()->description()).
    [[nodiscard]] QString errorString() const { return m_error; }

    [[nodiscard]] QString lockFilePath() const { return m_lockPath; }
    [[nodiscard]] QString infoFilePath() const { return m_lockPath + u".info"; }
    static QString lockFilePathFor(const QString& documentPath);

private:
    QString m_lockPath;
    QString m_error;
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace Entente
