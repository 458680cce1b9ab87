// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentlock.h"

#include <QCoreApplication>
#include <QFile>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/wait.h>
#include <unistd.h>

using namespace Entente;

class TestDocumentLock : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString doc(const char* name) const { return m_dir.filePath(QString::fromLatin1(name)); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void lockAndUnlock()
    {
        DocumentLock lock(doc("a.entente"));
        QCOMPARE(lock.lockFilePath(), m_dir.filePath(u".a.entente.lock"_qs));
        QCOMPARE(lock.tryLock(u"alice"_qs), DocumentLock::Result::Acquired);
        QVERIFY(lock.isLocked());
        QVERIFY(QFile::exists(lock.lockFilePath()));
        QVERIFY(QFile::exists(lock.infoFilePath()));
        lock.unlock();
        QVERIFY(!lock.isLocked());
        QVERIFY(!QFile::exists(lock.lockFilePath()));
        QVERIFY(!QFile::exists(lock.infoFilePath()));
    }

    void secondAttemptReportsHolder()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
        DocumentLock first(doc("b.entente"));
        QCOMPARE(first.tryLock(u"alice"_qs), DocumentLock::Result::Acquired);
        const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

        DocumentLock second(doc("b.entente"));
        QCOMPARE(second.tryLock(u"bob"_qs), DocumentLock::Result::HeldByOther);
        QVERIFY(!second.isLocked());
        const auto holder = second.holder();
        QVERIFY(holder);
        QCOMPARE(holder->user, u"alice"_qs);
        QCOMPARE(holder->host, QSysInfo::machineHostName());
        QCOMPARE(holder->pid, QCoreApplication::applicationPid());
        QVERIFY(holder->since >= before && holder->since <= after);
        const QString expected = u"opened by alice on %1 since %2"_qs.arg(
            QSysInfo::machineHostName(), holder->since.toString(u"yyyy-MM-dd HH:mm 'UTC'"_qs));
        QCOMPARE(second.errorString(), expected);
        QCOMPARE(holder->description(), expected);

        // Once released, the second instance gets it.
        first.unlock();
        QCOMPARE(second.tryLock(u"bob"_qs), DocumentLock::Result::Acquired);
        QCOMPARE(first.tryLock(), DocumentLock::Result::HeldByOther);
        QCOMPARE(first.holder()->user, u"bob"_qs);
    }

    void holderWithoutSidecar()
    {
        DocumentLock first(doc("c.entente"));
        QCOMPARE(first.tryLock(u"alice"_qs), DocumentLock::Result::Acquired);
        QVERIFY(QFile::remove(first.infoFilePath()));
        DocumentLock second(doc("c.entente"));
        QCOMPARE(second.tryLock(), DocumentLock::Result::HeldByOther);
        const auto holder = second.holder();
        QVERIFY(holder);
        QCOMPARE(holder->user, QFileInfo(first.lockFilePath()).owner()); // the lock file's owner stands in
        QVERIFY(holder->since.isValid());
        QVERIFY(second.errorString().startsWith(u"opened by "_qs + holder->user + u" on "));
    }

    void staleLockIsTakenOver()
    {
        const QString path = doc("d.entente");
        // A child process takes the lock and dies without releasing it.
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            DocumentLock lock(path);
            const bool ok = lock.tryLock(u"crashed"_qs) == DocumentLock::Result::Acquired;
            _exit(ok ? 0 : 1); // no destructor: the lock file stays behind
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY(WIFEXITED(status) && WEXITSTATUS(status) == 0);
        DocumentLock lock(path);
        QVERIFY(QFile::exists(lock.lockFilePath()));
        QCOMPARE(lock.holder()->pid, qint64(child));
        QCOMPARE(lock.holder()->user, u"crashed"_qs);

        QCOMPARE(lock.tryLock(u"survivor"_qs), DocumentLock::Result::Acquired);
        DocumentLock other(path);
        QCOMPARE(other.tryLock(), DocumentLock::Result::HeldByOther);
        QCOMPARE(other.holder()->user, u"survivor"_qs);
        QCOMPARE(other.holder()->pid, QCoreApplication::applicationPid());
    }

    void lockFailsWhereNothingCanBeWritten()
    {
        QFile plain(doc("plain"));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        plain.close();
        DocumentLock lock(doc("plain") + u"/e.entente");
        QCOMPARE(lock.tryLock(), DocumentLock::Result::Failed);
        QVERIFY(lock.errorString().contains(u"cannot create the lock file"));
        QVERIFY(!lock.holder());
    }
};

QTEST_APPLESS_MAIN(TestDocumentLock)
#include "tst_documentlock.moc"
