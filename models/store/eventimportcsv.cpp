// SPDX-License-Identifier: GPL-3.0-or-later
// Delimited text (RFC 4180) through CsvTokenizer: records parsed in place from the chunk buffer; quoted fields are
// unescaped into a scratch area as large as the buffer, so cells never need their own allocation. A large file is parsed in two
// halves on two threads (readInHalves, eventimportsplit.cpp) with a result identical to one thread's.
#include "csvtokenizer.h"
#include "eventimportsink.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

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
    const QString Unterminated = QStringLiteral("a quoted field is not closed before the end of the file");

    bool readRecords(ChunkSource& source, ImportSink& sink, char delimiter, bool hasHeader, EventImportResult& result,
        Half& half, Error* error)
    {
        CsvTokenizer parser(delimiter);
        std::vector<char> scratch;
        CellRow cells;
        const char* p = nullptr;
        qint64 line = half.firstLine;
        if (!source.fill(p, 0)) {
            *error = source.error().isEmpty() ? Error(QStringLiteral("the file is empty"), Error::Kind::Invalid)
                                              : Error(source.error());
            return false;
        }
        for (;;) {
            const qint64 offset = source.offsetOf(p);
            if (half.atSeam(offset, line)) {
                source.reportProgress(result.rowsRead);
                return true;
            }
            if (scratch.size() < size_t(source.capacity()))
                scratch.resize(size_t(source.capacity()));
            qint64 newlines = 0;
            const char* const start = p;
            const auto r = parser.parse(p, source.end(), source.atEnd(), cells, scratch.data(), &newlines);
            if (r == Parse::NeedMore) {
                if (!source.fill(p, result.rowsRead)) {
                    if (!source.error().isEmpty()) {
                        *error = source.recordTooLong() ? half.failAt(line, source.error()) : Error(source.error());
                        return false;
                    }
                }
                continue;
            }
            if (r == Parse::End)
                break;
            if (r == Parse::Unterminated) {
                *error = half.failAt(line, Unterminated);
                return false;
            }
            if (!source.acceptRecord(p - start)) {
                *error = half.failAt(line, source.error());
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
                half.layout = qint64(cells.count);
                const QString why = sink.bindColumns(header, qsizetype(cells.count));
                if (!why.isEmpty()) {
                    *error = Error(why, Error::Kind::Invalid);
                    return false;
                }
                half.bound = true;
                if (half.onBound)
                    half.onBound(hasHeader ? source.offsetOf(p) : offset, half.layout,
                        [header, columns = qsizetype(cells.count)](ImportSink& helper) { helper.bindColumns(header, columns); });
                if (hasHeader)
                    continue;
            }
            ImportSink::Status status;
            if (qint64(cells.count) != half.layout && !sink.acceptsColumns(qsizetype(cells.count))) {
                ++result.rowsRead;
                status = sink.rowError(recordLine, {},
                    QStringLiteral("%1 fields where %2 were expected").arg(cells.count).arg(half.layout));
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
    qint64 findRecordSplit(QIODevice& f, qint64 from, qint64 size, const std::function<bool()>& stop)
    {
        const qint64 mid = from + (size - from) / 2;
        if (!f.seek(from))
            return NoSplit;
        std::vector<char> buffer(1 << 20);
        qint64 at = from;
        bool quoted = false;
        while (at < size && !stop()) {
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
    return readInHalves(device, source, sink, mapping, target, options, result, findRecordSplit,
        [delimiter, hasHeader](ChunkSource& part, ImportSink& into, EventImportResult& r, Half& half, Error* error) {
            return readRecords(part, into, delimiter, hasHeader, r, half, error);
        });
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
