// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfile.h"

#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Entente {

namespace {
    QString kindOf(mode_t mode)
    {
        if (S_ISDIR(mode))
            return QStringLiteral("it is a folder");
        if (S_ISFIFO(mode))
            return QStringLiteral("not a regular file (a named pipe)");
        if (S_ISCHR(mode) || S_ISBLK(mode))
            return QStringLiteral("not a regular file (a device)");
        if (S_ISSOCK(mode))
            return QStringLiteral("not a regular file (a socket)");
        return QStringLiteral("not a regular file");
    }
}

QString openRegularFile(QFile& file)
{
    const QString path = file.fileName();
    if (path.startsWith(u':')) {
        if (!file.open(QIODevice::ReadOnly))
            return file.errorString();
        return {};
    }
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return qt_error_string(errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const QString why = S_ISREG(st.st_mode) ? qt_error_string(errno) : kindOf(st.st_mode);
        ::close(fd);
        return why;
    }
    // Open by name (a QFile opened from a descriptor forgets its name, which readers need to open a second
    // handle, e.g. the parallel CSV reader) and make sure it is the file just checked.
    if (!file.open(QIODevice::ReadOnly)) {
        ::close(fd);
        return file.errorString();
    }
    struct stat again {};
    const bool same = ::fstat(file.handle(), &again) == 0 && again.st_dev == st.st_dev && again.st_ino == st.st_ino;
    ::close(fd);
    if (!same) {
        file.close();
        return QStringLiteral("it was replaced while being opened");
    }
    return {};
}

QString regularFileProblem(const QString& path)
{
    if (path.startsWith(u':'))
        return QFile::exists(path) ? QString() : qt_error_string(ENOENT);
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return qt_error_string(errno);
    return S_ISREG(st.st_mode) ? QString() : kindOf(st.st_mode);
}

} // namespace Entente
