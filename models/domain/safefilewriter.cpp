// SPDX-License-Identifier: GPL-3.0-or-later
#include "safefilewriter.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <algorithm>
#include <atomic>
#include <cerrno>

#include <fcntl.h>
#include <unistd.h>

namespace Entente {

namespace {
    std::atomic<int> g_fault { 0 }; // SafeFileWriter::Fault
    std::atomic<int> g_faultAt { 0 };
    std::atomic<int> g_writes { 0 };
}

// A QSaveFile that remembers the first failed or short write, whoever made it (an encoder may drop the result).
class SafeFileWriter::Device : public QSaveFile {
public:
    explicit Device(const QString& path)
        : QSaveFile(path)
    {
    }
    // Qt reports a failed write(2) as "Unknown error"; the errno it left says what happened (ENOSPC, EFBIG, EIO).
    QString systemReason(int err) const
    {
        if (err != 0)
            return qt_error_string(err);
        if (error() != NoError && !errorString().isEmpty() && errorString() != u"Unknown error")
            return errorString();
        return qt_error_string(ENOSPC);
    }
    QString firstFailure;
    bool xml = false;

protected:
    qint64 writeData(const char* data, qint64 len) override
    {
        if (xml) {
            const auto illegal = [](char c) { return uchar(c) < 0x20 && c != '\t' && c != '\n' && c != '\r'; };
            if (std::any_of(data, data + len, illegal)) {
                QByteArray kept(data, len);
                kept.removeIf(illegal);
                const qint64 written = forward(kept.constData(), kept.size());
                return written == kept.size() ? len : -1;
            }
        }
        return forward(data, len);
    }

private:
    qint64 forward(const char* data, qint64 len)
    {
        const int n = ++g_writes;
        if (g_fault.load() == int(Fault::Write) && n == g_faultAt.load()) {
            if (firstFailure.isEmpty())
                firstFailure = qt_error_string(ENOSPC);
            return -1;
        }
        errno = 0;
        const qint64 written = QSaveFile::writeData(data, len);
        if (written != len && firstFailure.isEmpty())
            firstFailure = systemReason(errno);
        return written;
    }
};

SafeFileWriter::SafeFileWriter(const QString& path, Durability durability)
    : m_path(path)
    , m_durability(durability)
{
}

SafeFileWriter::~SafeFileWriter()
{
    if (m_device && m_device->isOpen() && !m_committed)
        m_device->cancelWriting();
}

bool SafeFileWriter::open()
{
    m_reason.clear();
    const QFileInfo info(m_path);
    if (m_path.isEmpty()) {
        m_reason = tr("no file name");
        return false;
    }
    if (info.exists() && !info.isFile()) {
        m_reason = info.isDir() ? tr("it is a folder") : tr("not a regular file");
        return false;
    }
    m_device = std::make_unique<Device>(m_path);
    if (!m_device->open(QIODevice::WriteOnly)) {
        m_reason = m_device->errorString();
        if (m_reason.isEmpty())
            m_reason = qt_error_string(EACCES);
        return false;
    }
    return true;
}

void SafeFileWriter::setXmlContent(bool xml)
{
    if (m_device)
        m_device->xml = xml;
}

QIODevice* SafeFileWriter::device() const { return m_device.get(); }

bool SafeFileWriter::write(const QByteArray& bytes)
{
    if (failed())
        return false;
    if (!m_device || !m_device->isOpen()) {
        fail(tr("the file is not open"));
        return false;
    }
    return m_device->write(bytes) == bytes.size() && !failed();
}

void SafeFileWriter::fail(const QString& reason)
{
    if (m_reason.isEmpty())
        m_reason = reason.isEmpty() ? tr("write failed") : reason;
}

bool SafeFileWriter::failed() const { return !m_reason.isEmpty() || (m_device && !m_device->firstFailure.isEmpty()); }

bool SafeFileWriter::commit()
{
    if (!m_device || !m_device->isOpen()) {
        fail(tr("the file is not open"));
        return false;
    }
    auto abandon = [&](const QString& why) {
        fail(why);
        m_device->cancelWriting();
        (void)m_device->commit(); // removes the temporary file; the target stays as it was
        return false;
    };
    if (!m_device->firstFailure.isEmpty())
        return abandon(m_device->firstFailure);
    if (!m_reason.isEmpty())
        return abandon(m_reason);
    errno = 0;
    const bool flushed = m_device->flush();
    const int flushErrno = errno;
    if (!flushed || m_device->error() != QFileDevice::NoError || !m_device->firstFailure.isEmpty())
        return abandon(!m_device->firstFailure.isEmpty() ? m_device->firstFailure : m_device->systemReason(flushErrno));
    if (m_durability == Durability::Sync) {
        int rc = 0;
        if (g_fault.load() == int(Fault::Sync)) {
            g_fault = int(Fault::None);
            errno = EIO;
            rc = -1;
        } else {
            do
                rc = ::fsync(m_device->handle());
            while (rc != 0 && errno == EINTR);
        }
        if (rc != 0 && errno != EINVAL && errno != EROFS) // EINVAL: a file system without fsync (pipes are refused above)
            return abandon(qt_error_string(errno));
    }
    if (!m_device->commit()) {
        fail(m_device->errorString());
        return false;
    }
    m_committed = true;
    if (m_durability == Durability::Sync) {
        // The rename itself is durable once the folder is synced; a failure here is reported, the file is in place.
        const QByteArray dir = QFile::encodeName(QFileInfo(m_path).absolutePath());
        if (const int fd = ::open(dir.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC); fd >= 0) {
            const int rc = ::fsync(fd);
            const int err = errno;
            ::close(fd);
            if (rc != 0 && err != EINVAL && err != EROFS) {
                m_reason = tr("written, but syncing its folder failed: %1").arg(qt_error_string(err));
                return false;
            }
        }
    }
    return true;
}

QString SafeFileWriter::path() const { return m_path; }

QString SafeFileWriter::reason() const
{
    // The device's first failure is the cause; an encoder's own message about it ("Write Error") is only its echo.
    if (m_device && !m_device->firstFailure.isEmpty())
        return m_device->firstFailure;
    return m_reason;
}

QString SafeFileWriter::errorString() const
{
    return tr("cannot write %1: %2").arg(QDir::toNativeSeparators(m_path), reason());
}

Status SafeFileWriter::writeFile(const QString& path, const QByteArray& bytes, Durability durability)
{
    SafeFileWriter w(path, durability);
    if (!w.open())
        return Error(w.errorString());
    w.write(bytes);
    if (!w.commit())
        return Error(w.errorString());
    return {};
}

void SafeFileWriter::injectFault(Fault fault, int nth)
{
    g_writes = 0;
    g_faultAt = nth;
    g_fault = int(fault);
}

int SafeFileWriter::writesSinceInjection() { return g_writes.load(); }

} // namespace Entente
