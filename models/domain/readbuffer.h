// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The refill of the pull readers (JsonReader, CsvReader): drop what was consumed, append the device's next bytes.

#include <QByteArray>
#include <QIODevice>

#include <algorithm>

namespace Entente {

// Drops buffer[0, pos) (pos becomes 0) and appends what the device gives, at least as much as is kept, so a token
// or record that spans many chunks is scanned again a logarithmic number of times, not once per chunk. Returns
// QIODevice::read()'s result: the bytes appended, 0 at the end, -1 on a read error.
inline qint64 refillBuffer(QIODevice& device, QByteArray& buffer, qsizetype& pos, qsizetype chunkSize)
{
    buffer.remove(0, pos);
    pos = 0;
    const qsizetype kept = buffer.size();
    const qsizetype want = std::max(chunkSize, kept);
    buffer.resize(kept + want);
    const qint64 n = device.read(buffer.data() + kept, want);
    buffer.resize(kept + std::max<qint64>(n, 0));
    return n;
}

} // namespace Entente
