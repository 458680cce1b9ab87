// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// SafeFileWriter: the one way the app writes a file (exports, the JSON/CSV/TimelineJS interchange, import
// reports, mappings, screenshots, the lock's sidecar).
//
// Why: QSaveFile::commit() in Qt 6.4 renames a short file over the target when the last buffered write or the
// fsync fails, and encoders (QImageWriter, QSvgGenerator, QPdfWriter) ignore or hide write errors. A writer
// records every short or failed write on its device, flushes and checks, fsyncs (Durability::Sync), and only
// then renames. On any failure the previous file at the path stays byte-identical, nothing else is left
// behind, and errorString() is one line: "cannot write PATH: REASON".
//
// Tests inject faults through injectFault(): the Nth write or the next fsync of any writer in the process fails
// as a full disk does.
#include "result.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

class QIODevice;
class QByteArray;

namespace Entente {

class SafeFileWriter {
    Q_DECLARE_TR_FUNCTIONS(SafeFileWriter)

public:
    enum class Durability { Flush, Sync };

    explicit SafeFileWriter(const QString& path, Durability durability = Durability::Sync);
    ~SafeFileWriter(); // not committed: the temporary file is removed, the target untouched
    SafeFileWriter(const SafeFileWriter&) = delete;
    SafeFileWriter& operator=(const SafeFileWriter&) = delete;

    // Refuses a target that exists and is not a regular file (a FIFO, a device, a directory).
    [[nodiscard]] bool open();
    // The device to write into (QImageWriter, QSvgGenerator, QPdfWriter or plain writes); valid after open().
    [[nodiscard]] QIODevice* device() const;
    // Writes all of bytes or records the failure; returns false once anything has failed.
    bool write(const QByteArray& bytes);
    // XML output (SVG): control bytes XML 1.0 cannot hold (anything below 0x20 but tab, line feed and carriage
    // return) are dropped on the way to the file, wherever in the document a generator put them.
    void setXmlContent(bool xml);
    // The producer's own failure (an encoder that reports an error): commit() will fail with this reason.
    void fail(const QString& reason);
    [[nodiscard]] bool failed() const;
    // Flush, check every write, fsync (Sync), rename. False leaves the previous file as it was.
    [[nodiscard]] bool commit();

    [[nodiscard]] QString path() const;
    [[nodiscard]] QString reason() const; // "No space left on device"
    [[nodiscard]] QString errorString() const; // "cannot write /x/y.png: No space left on device"

    // One-shot: writes bytes to path; an error's message is errorString().
    [[nodiscard]] static Status writeFile(const QString& path, const QByteArray& bytes,
        Durability durability = Durability::Sync);

    enum class Fault { None, Write, Sync };
    // Test seam: with Fault::Write, the nth write (1-based, counted over all writers from now) fails with
    // ENOSPC; with Fault::Sync, the next fsync fails with EIO. Fault::None clears it.
    static void injectFault(Fault fault, int nth = 1);
    // Writes attempted since the last injectFault() call (to size a sweep over every write of a writer).
    [[nodiscard]] static int writesSinceInjection();

private:
    class Device;
    std::unique_ptr<Device> m_device;
    QString m_path;
    QString m_reason;
    Durability m_durability;
    bool m_committed = false;
};

} // namespace Entente
