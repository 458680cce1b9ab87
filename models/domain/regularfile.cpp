// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

#include <cerrno>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace Entente {

namespace {
    struct RegularFileText {
        Q_DECLARE_TR_FUNCTIONS(RegularFile)
    };

    Error cannotOpen(const QString& path, const QString& reason, Error::Kind kind)
    {
        return Error(RegularFileText::tr("cannot open %1: %2").arg(QDir::toNativeSeparators(path), reason), kind);
    }

    Error fromErrno(const QString& path, int err)
    {
        return cannotOpen(path, qt_error_string(err), err == ENOENT || err == ENOTDIR ? Error::Kind::NotFound : Error::Kind::Failed);
    }

    Error notRegular(const QString& path, mode_t mode)
    {
        QString why;
        if (S_ISDIR(mode))
            why = RegularFileText::tr("it is a folder");
        else if (S_ISFIFO(mode))
            why = RegularFileText::tr("not a regular file (a named pipe)");
        else if (S_ISCHR(mode) || S_ISBLK(mode))
            why = RegularFileText::tr("not a regular file (a device)");
        else if (S_ISSOCK(mode))
            why = RegularFileText::tr("not a regular file (a socket)");
        else
            why = RegularFileText::tr("not a regular file");
        return cannotOpen(path, why, Error::Kind::Invalid);
    }
}

Status openRegularFile(QFile& file)
{
    const QString path = file.fileName();
    if (path.startsWith(u':')) {
        if (!file.open(QIODevice::ReadOnly))
            return cannotOpen(path, file.errorString(), Error::Kind::NotFound);
        return {};
    }
    // O_NONBLOCK: opening a FIFO for reading would otherwise wait for a writer.
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC);
    if (fd < 0)
        return fromErrno(path, errno);
    struct stat st {};
    if (::fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
        const int err = errno;
        const Error why = S_ISREG(st.st_mode) ? fromErrno(path, err) : notRegular(path, st.st_mode);
        ::close(fd);
        return why;
    }
    // Open by name (a QFile opened from a descriptor forgets its name, which readers need to open a second
    // handle, e.g. the parallel CSV reader) and make sure it is the file just checked.
    if (!file.open(QIODevice::ReadOnly)) {
        ::close(fd);
        return cannotOpen(path, file.errorString(), Error::Kind::Failed);
    }
    struct stat again {};
    const bool same = ::fstat(file.handle(), &again) == 0 && again.st_dev == st.st_dev && again.st_ino == st.st_ino;
    ::close(fd);
    if (!same) {
        file.close();
        return cannotOpen(path, RegularFileText::tr("it was replaced while being opened"), Error::Kind::Failed);
    }
    return {};
}

Status regularFileProblem(const QString& path)
{
    if (path.startsWith(u':'))
        return QFile::exists(path) ? Status() : Status(fromErrno(path, ENOENT));
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return fromErrno(path, errno);
    return S_ISREG(st.st_mode) ? Status() : Status(notRegular(path, st.st_mode));
}

} // namespace Entente
