// SPDX-License-Identifier: GPL-3.0-or-later
// The reading side of the bulk importers: the chunked file source (progress, cancel, BOM) and the cache that
// maps a repeated cell text to its interned symbol without building a QString.
#include "eventimportsink.h"

#include <QIODevice>

#include <cstring>

namespace Entente::ImportDetail {

namespace {
    quint64 load8(const char* p)
    {
        quint64 k;
        std::memcpy(&k, p, 8);
        return k;
    }

    // The bytes of a key shorter than 8, as one word (one-to-one for a given length) without a memcpy call.
    quint64 loadShort(const char* p, size_t n)
    {
        if (n >= 4) {
            quint32 a, b;
            std::memcpy(&a, p, 4);
            std::memcpy(&b, p + n - 4, 4);
            return a | (quint64(b) << 32);
        }
        return n == 0 ? 0 : quint64(uchar(p[0])) | quint64(uchar(p[n / 2])) << 8 | quint64(uchar(p[n - 1])) << 16;
    }

    // Cells are short: compare them inline rather than through a memcmp call.
    bool sameBytes(const char* a, const char* b, size_t n)
    {
        if (n < 8)
            return loadShort(a, n) == loadShort(b, n);
        for (; n > 8; a += 8, b += 8, n -= 8)
            if (load8(a) != load8(b))
                return false;
        return load8(a + n - 8) == load8(b + n - 8);
    }
}

quint64 SymbolCache::hashOf(QByteArrayView key)
{
    quint64 h = 0x9E3779B97F4A7C15ull ^ quint64(key.size());
    const char* p = key.data();
    auto n = size_t(key.size());
    if (n >= 8) {
        for (; n > 8; p += 8, n -= 8) {
            h = (h ^ load8(p)) * 0xbf58476d1ce4e5b9ull;
            h ^= h >> 31;
        }
        h = (h ^ load8(p + n - 8)) * 0x94d049bb133111ebull; // the last 8 bytes, overlapping
    } else {
        h = (h ^ loadShort(p, n)) * 0x94d049bb133111ebull;
    }
    // The table takes the low bits: fold the well-mixed high half of the product into them.
    h ^= h >> 32;
    h *= 0xd6e8feb86659fd93ull;
    return h ^ (h >> 32);
}

quint32 SymbolCache::find(QByteArrayView key) const
{
    const quint64 h = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    for (size_t i = size_t(h) & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.value == Missing)
            return Missing;
        if (s.hash == h && s.length == quint32(key.size()) && sameBytes(m_keys.data() + s.offset, key.data(), size_t(key.size())))
            return s.value;
    }
}

void SymbolCache::insert(QByteArrayView key, quint32 value)
{
    if ((m_count + 1) * 2 > m_slots.size())
        grow();
    const quint64 h = hashOf(key);
    const size_t mask = m_slots.size() - 1;
    size_t i = size_t(h) & mask;
    while (m_slots[i].value != Missing)
        i = (i + 1) & mask;
    m_slots[i] = { h, quint32(m_keys.size()), quint32(key.size()), value };
    m_keys.insert(m_keys.end(), key.data(), key.data() + key.size());
    ++m_count;
}

void SymbolCache::grow()
{
    std::vector<Slot> old(m_slots.size() * 2);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (s.value == Missing)
            continue;
        size_t i = size_t(s.hash) & mask;
        while (m_slots[i].value != Missing)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

quint32 IdSet::hashOf(QStringView tag)
{
    const quint64 h = SymbolCache::hashOf(
        QByteArrayView(reinterpret_cast<const char*>(tag.utf16()), tag.size() * qsizetype(sizeof(char16_t))));
    return quint32(h);
}

void IdSet::prefetch([[maybe_unused]] quint32 hash) const
{
#if defined(__GNUC__) || defined(__clang__)
    __builtin_prefetch(m_slots.data() + (hash & (m_slots.size() - 1)));
#endif
}

qsizetype IdSet::find(QStringView tag, quint32 hash, const EventStore& store) const
{
    const size_t mask = m_slots.size() - 1;
    for (size_t i = hash & mask;; i = (i + 1) & mask) {
        const Slot& s = m_slots[i];
        if (s.row == Empty)
            return -1;
        if (s.hash == hash && store.idTag(qsizetype(s.row)) == tag)
            return qsizetype(s.row);
    }
}

void IdSet::insert(quint32 hash, quint32 row)
{
    if ((m_count + 1) * 4 > m_slots.size() * 3)
        rehash(m_slots.size() * 2);
    const size_t mask = m_slots.size() - 1;
    size_t i = hash & mask;
    while (m_slots[i].row != Empty)
        i = (i + 1) & mask;
    m_slots[i] = { hash, row };
    ++m_count;
}

void IdSet::reserve(qsizetype ids)
{
    size_t n = m_slots.size();
    while (n * 3 < size_t(ids) * 4)
        n *= 2;
    if (n > m_slots.size())
        rehash(n);
}

void IdSet::rehash(size_t size)
{
    std::vector<Slot> old(size);
    old.swap(m_slots);
    const size_t mask = m_slots.size() - 1;
    for (const Slot& s : old) {
        if (s.row == Empty)
            continue;
        size_t i = s.hash & mask;
        while (m_slots[i].row != Empty)
            i = (i + 1) & mask;
        m_slots[i] = s;
    }
}

ChunkSource::ChunkSource(QIODevice& device, const EventImportOptions& options)
    : m_device(&device)
    , m_options(&options)
    , m_total(device.isSequential() ? 0 : device.size() - device.pos())
{
    m_buffer.resize(std::max<qsizetype>(options.chunkSize, 16));
    m_timer.start();
}

void ChunkSource::reportProgress(qint64 rows)
{
    if (m_publish) {
        m_publish->bytes.store(m_bytesRead, std::memory_order_relaxed);
        m_publish->rows.store(rows, std::memory_order_relaxed);
        return;
    }
    if (!m_options->progress)
        return;
    qint64 bytes = m_bytesRead;
    if (m_peer) {
        bytes += m_peer->bytes.load(std::memory_order_relaxed);
        rows += m_peer->rows.load(std::memory_order_relaxed);
    }
    const double secs = double(m_timer.nsecsElapsed()) / 1e9;
    m_options->progress({ std::min(bytes, m_total > 0 ? m_total : bytes), m_total, rows, secs > 0 ? double(rows) / secs : 0 });
}

bool ChunkSource::acceptRecord(qint64 bytes)
{
    if (bytes <= m_options->maxRecordBytes)
        return true;
    m_recordTooLong = true;
    m_error = QStringLiteral("a record longer than %1 MiB (the limit for one row or event)")
                  .arg(m_options->maxRecordBytes >> 20 ? m_options->maxRecordBytes >> 20 : 1);
    return false;
}

bool ChunkSource::fill(const char*& pos, qint64 rows)
{
    if (m_eof)
        return false;
    if ((m_options->cancel && m_options->cancel->load(std::memory_order_relaxed))
        || (m_abort && m_abort->load(std::memory_order_relaxed))) {
        m_error = QStringLiteral("import cancelled");
        return false;
    }
    const qsizetype keep = (pos ? end() - pos : 0);
    m_base = pos ? offsetOf(pos) : m_device->pos();
    if (keep > 0 && pos != m_buffer.data())
        std::memmove(m_buffer.data(), pos, size_t(keep));
    m_size = keep;
    if (!acceptRecord(keep))
        return false;
    if (m_size * 2 > m_buffer.size()) // a record larger than half the buffer: grow so progress is made
        m_buffer.resize(m_buffer.size() * 2);
    const qint64 n = m_device->read(m_buffer.data() + m_size, m_buffer.size() - m_size);
    if (n < 0) {
        m_error = QStringLiteral("read error: %1").arg(m_device->errorString());
        return false;
    }
    if (n == 0)
        m_eof = true;
    m_size += qsizetype(n);
    m_bytesRead += n;
    pos = m_buffer.data();
    if (m_first && m_size >= 3 && std::memcmp(pos, "\xEF\xBB\xBF", 3) == 0)
        pos += 3;
    m_first = false;
    reportProgress(rows);
    return true;
}

} // namespace Entente::ImportDetail
