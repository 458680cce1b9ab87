// SPDX-License-Identifier: GPL-3.0-or-later
// Delimited text (RFC 4180) through CsvTokenizer: records parsed in place from the chunk buffer; quoted fields are
// unescaped into a scratch area as large as the buffer, so cells never need their own allocation. A large file is parsed in two
// halves on two threads (readDelimited) with a result identical to one thread's.
#include "csvtokenizer.h"
#include "eventimportsink.h"

#include <QFile>
#include <QScopeGuard>

#include <algorithm>
#include <condition_variable>
#include <cstring>
#include <limits>
#include <mutex>
#include <thread>

namespace Entente::ImportDetail {

namespace {
    using Parse = CsvTokenizer::Parse;
    using CellRow = CsvCells<Cell>;

    bool blank(const CellRow& row) { return row.count == 1 && row.cells[0].size == 0; }

    QString decode(const Cell& c) { return QString::fromUtf8(c.view()); }
}

QList<QList<QByteArray>> sampleRecords(QByteArrayView head, char delimiter, int maxRecords, QList<qint64>* lines)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    CsvTokenizer parser(delimiter);
    std::vector<char> scratch(size_t(head.size()) + 1);
    CellRow cells;
    QList<QList<QByteArray>> out;
    const char* p = head.data();
    const char* end = head.data() + head.size();
    qint64 newlines = 0, line = 1;
    while (out.size() < maxRecords) {
        // The head may cut the last record: treat it as the end only if nothing complete follows.
        const qint64 recordLine = line;
        const auto r = parser.parse(p, end, false, cells, scratch.data(), &newlines);
        if (r != Parse::Record)
            break;
        line += newlines;
        if (blank(cells))
            continue;
        if (lines)
            lines->append(recordLine);
        QList<QByteArray> rec;
        for (const auto& c : cells)
            rec.append(QByteArray(c.data, c.size));
        out.append(rec);
    }
    if (out.isEmpty() && p < end) { // a single record without a final newline
        if (parser.parse(p, end, true, cells, scratch.data(), &newlines) == Parse::Record && !blank(cells)) {
            if (lines)
                lines->append(line);
            QList<QByteArray> rec;
            for (const auto& c : cells)
                rec.append(QByteArray(c.data, c.size));
            out.append(rec);
        }
    }
    return out;
}

namespace {
    constexpr qint64 NoSplit = std::numeric_limits<qint64>::max();

    QString unterminated(qint64 line)
    {
        return QStringLiteral("line %1: a quoted field is not closed before the end of the file").arg(line);
    }

    // One thread's share of a delimited file, and how it ended.
    struct Half {
        // The reading thread: onBound runs once the columns are bound (the helper can start); the half stops
        // before the record that starts at *splitAt once the helper has published that offset.
        std::function<void(const QStringList& header, qsizetype columns, qint64 dataOffset)> onBound;
        const std::atomic<qint64>* splitAt = nullptr;
        std::function<void()> onSeamMissed;
        qint64 waitFrom = NoSplit; // from here the reading thread waits for the split to be known
        // The helper: columns bound by the caller.
        bool bound = false;
        qint64 expected = -1; // fields per record
        // How it ended (lines relative to the half's start).
        qint64 seamLine = 0; // the reading thread stopped at the split, where this line starts
        qint64 unterminatedLine = 0;
        qint64 tooLongLine = 0; // a record over EventImportOptions::maxRecordBytes starts here
        QString tooLong;
        bool rowStop = false;
    };

    bool readRecords(ChunkSource& source, ImportSink& sink, char delimiter, bool hasHeader, EventImportResult& result,
        Half& half, Error* error)
    {
        CsvTokenizer parser(delimiter);
        std::vector<char> scratch;
        CellRow cells;
        const char* p = nullptr;
        qint64 line = 1;
        if (!source.fill(p, 0)) {
            *error = source.error().isEmpty() ? Error(QStringLiteral("the file is empty"), Error::Kind::Invalid)
                                              : Error(source.error());
            return false;
        }
        for (;;) {
            const qint64 offset = source.offsetOf(p);
            if (half.splitAt && half.bound) {
                qint64 at = half.splitAt->load(std::memory_order_acquire);
                if (at < 0 && offset >= half.waitFrom) { // the helper is still looking (only in a small file)
                    half.splitAt->wait(at, std::memory_order_acquire);
                    at = half.splitAt->load(std::memory_order_acquire);
                }
                if (at >= 0 && offset >= at) {
                    if (offset == at) {
                        half.seamLine = line;
                        source.reportProgress(result.rowsRead);
                        return true;
                    }
                    half.splitAt = nullptr; // the split fell inside a record: read on alone
                    half.onSeamMissed();
                }
            }
            if (scratch.size() < size_t(source.capacity()))
                scratch.resize(size_t(source.capacity()));
            qint64 newlines = 0;
            const auto r = parser.parse(p, source.end(), source.atEnd(), cells, scratch.data(), &newlines);
            if (r == Parse::NeedMore) {
                if (!source.fill(p, result.rowsRead)) {
                    if (!source.error().isEmpty()) {
                        if (source.recordTooLong()) {
                            half.tooLongLine = line;
                            half.tooLong = source.error();
                        }
                        *error = source.recordTooLong()
                            ? Error(QStringLiteral("line %1: %2").arg(line).arg(source.error()), line, {})
                            : Error(source.error());
                        return false;
                    }
                }
                continue;
            }
            if (r == Parse::End)
                break;
            if (r == Parse::Unterminated) {
                half.unterminatedLine = line;
                *error = Error(unterminated(line), line, {});
                return false;
            }
            const qint64 recordLine = line;
            line += newlines;
            if (blank(cells))
                continue;
            if (!half.bound) {
                QStringList header;
                if (hasHeader)
                    for (const auto& c : cells)
                        header << decode(c).trimmed();
                half.expected = qint64(cells.count);
                const QString why = sink.bindColumns(header, qsizetype(cells.count));
                if (!why.isEmpty()) {
                    *error = Error(why, Error::Kind::Invalid);
                    return false;
                }
                half.bound = true;
                if (half.onBound)
                    half.onBound(header, qsizetype(cells.count), hasHeader ? source.offsetOf(p) : offset);
                if (hasHeader)
                    continue;
            }
            ImportSink::Status status;
            if (qint64(cells.count) != half.expected && !sink.acceptsColumns(qsizetype(cells.count))) {
                ++result.rowsRead;
                status = sink.rowError(recordLine, {},
                    QStringLiteral("%1 fields where %2 were expected").arg(cells.count).arg(half.expected));
            } else {
                status = sink.addRow(recordLine, cells.cells.data(), qsizetype(cells.count));
            }
            if (status == ImportSink::Status::Stop) {
                half.rowStop = true;
                *error = sink.stopError();
                return false;
            }
        }
        if (!half.bound) {
            *error = Error(QStringLiteral("the file holds no rows"), Error::Kind::Invalid);
            return false;
        }
        source.reportProgress(result.rowsRead);
        return true;
    }

    // Where the helper's half starts: the first line break after the middle of [from, size) that is outside
    // quotes, by quote parity counted from `from` (a record start). In a file that is not strict RFC 4180 (a
    // quote inside an unquoted field) the count can mislead; the reading thread then finds the seam inside a
    // record and reads on alone, so the result never depends on the split.
    qint64 findSplit(QIODevice& f, qint64 from, qint64 size, const std::atomic_bool& abort)
    {
        const qint64 mid = from + (size - from) / 2;
        if (!f.seek(from))
            return NoSplit;
        std::vector<char> buffer(1 << 20);
        qint64 at = from;
        bool quoted = false;
        while (at < size && !abort.load(std::memory_order_relaxed)) {
            const qint64 n = f.read(buffer.data(), qint64(buffer.size()));
            if (n <= 0)
                return NoSplit;
            const char* b = buffer.data();
            qint64 i = std::clamp<qint64>(mid - at, 0, n);
            for (const char* q = b; (q = static_cast<const char*>(std::memchr(q, '"', size_t(b + i - q)))); ++q)
                quoted = !quoted; // quotes are rare next to the bytes memchr skips
            for (; i < n; ++i) {
                if (b[i] == '"')
                    quoted = !quoted;
                else if (b[i] == '\n' && !quoted)
                    return at + i + 1 < size ? at + i + 1 : NoSplit;
            }
            at += n;
        }
        return NoSplit;
    }
}

Status readDelimited(QIODevice& device, ChunkSource& source, ImportSink& sink, const ColumnMapping& mapping,
    const Dossier& target, const EventImportOptions& options, char delimiter, bool hasHeader, EventImportResult& result)
{
    Error error;
    Half first;
    const auto* file = qobject_cast<const QFileDevice*>(&device);
    const QString path = file ? file->fileName() : QString();
    // Text mode would make this thread's offsets differ from the helper's raw ones.
    if (path.isEmpty() || device.isSequential() || device.openMode().testFlag(QIODevice::Text) || options.threads == 1
        || options.parallelMinBytes <= 0 || source.totalBytes() < options.parallelMinBytes
        || (options.threads == 0 && std::thread::hardware_concurrency() < 2) || !sink.canDefer()) {
        if (!readRecords(source, sink, delimiter, hasHeader, result, first, &error))
            return error;
        return {};
    }

    // Two halves: this thread reads from the start, a helper from a record boundary near the middle into a
    // sink of its own; at the seam this thread adopts the helper's rows. Everything the helper touches is
    // declared before the guard that stops and joins it.
    std::atomic<qint64> splitAt { -1 };
    std::atomic_bool abort { false };
    PeerProgress peer;
    EventImportOptions helperOptions = options;
    helperOptions.progress = nullptr;
    EventImportResult helperResult;
    std::optional<ImportSink> helperSink;
    Half second;
    Error helperError;
    bool helperOk = false;
    std::mutex mutex;
    std::condition_variable doneChanged;
    bool done = false;
    std::thread helper;
    const auto join = qScopeGuard([&] {
        abort = true;
        if (helper.joinable())
            helper.join();
    });
    first.splitAt = &splitAt;
    first.onSeamMissed = [&] { abort = true; };
    first.onBound = [&](const QStringList& header, qsizetype columns, qint64 dataOffset) {
        const qint64 expectedRows = sink.expectedRows();
        first.waitFrom = dataOffset + (device.size() - dataOffset) / 2; // findSplit's middle
        helper = std::thread([&, header, columns, dataOffset, expectedRows] {
            QFile f(path);
            qint64 at = NoSplit;
            if (f.open(QIODevice::ReadOnly))
                at = findSplit(f, dataOffset, f.size(), abort);
            if (at != NoSplit && !f.seek(at))
                at = NoSplit;
            splitAt.store(at, std::memory_order_release);
            splitAt.notify_all();
            if (at != NoSplit) {
                ChunkSource part(f, helperOptions);
                part.publishTo(&peer, &abort);
                helperSink.emplace(mapping, target, helperOptions, helperResult);
                helperSink->setDeferred(true);
                helperSink->bindColumns(header, columns);
                helperSink->expectRows(qint64(double(expectedRows) * double(f.size() - at) / double(std::max<qint64>(1, f.size()))));
                second.bound = true;
                second.expected = columns;
                helperOk = readRecords(part, *helperSink, delimiter, false, helperResult, second, &helperError);
            }
            const std::lock_guard lock(mutex);
            done = true;
            doneChanged.notify_all();
        });
    };
    source.showPeer(&peer);
    if (!readRecords(source, sink, delimiter, hasHeader, result, first, &error))
        return error;
    if (first.seamLine == 0)
        return {}; // no usable split: this thread read the whole file
    {
        std::unique_lock lock(mutex);
        while (!doneChanged.wait_for(lock, std::chrono::milliseconds(100), [&] { return done; })) {
            lock.unlock();
            source.reportProgress(result.rowsRead);
            lock.lock();
        }
    }
    helper.join();
    if (options.cancel && options.cancel->load())
        return Error(QStringLiteral("import cancelled"));
    const qint64 shift = first.seamLine - 1;
    if (!helperOk) {
        // The helper counted lines from its half's start.
        if (second.unterminatedLine > 0)
            return Error(unterminated(second.unterminatedLine + shift), second.unterminatedLine + shift, {});
        if (second.tooLongLine > 0)
            return Error(QStringLiteral("line %1: %2").arg(second.tooLongLine + shift).arg(second.tooLong),
                second.tooLongLine + shift, {});
        if (second.rowStop)
            return helperSink->stopError(shift);
        return helperError;
    }
    sink.adopt(*helperSink, shift);
    result.threads = 2;
    source.reportProgress(result.rowsRead);
    return {};
}

bool looksLikeHeader(const QList<QList<QByteArray>>& records)
{
    if (records.isEmpty())
        return false;
    auto typed = [](const QByteArray& v) {
        const QByteArray t = v.trimmed();
        if (t.isEmpty())
            return false;
        bool ok = false;
        t.toDouble(&ok);
        if (ok)
            return true;
        // Dates start with a digit in all the forms the importer reads except "December 2025".
        return t.size() >= 4 && t[0] >= '0' && t[0] <= '9';
    };
    const auto& first = records[0];
    for (const auto& v : first)
        if (v.trimmed().isEmpty() || typed(v))
            return false;
    if (records.size() < 2)
        return true;
    // A header differs in kind from the data under it in at least one column, or all its names differ from it.
    for (qsizetype c = 0; c < first.size(); ++c)
        for (qsizetype r = 1; r < records.size(); ++r)
            if (c < records[r].size() && typed(records[r][c]))
                return true;
    return false;
}

} // namespace Entente::ImportDetail
