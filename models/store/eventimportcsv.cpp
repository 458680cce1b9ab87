// SPDX-License-Identifier: GPL-3.0-or-later
// Delimited text (RFC 4180): records parsed in place from the chunk buffer; quoted fields are unescaped into a
// scratch area as large as the buffer, so cells never need their own allocation.
#include "eventimportsink.h"

#include <array>
#include <cstring>

namespace Entente::ImportDetail {

namespace {
    enum class Parse : quint8 { Record, NeedMore, End, Unterminated };

    // The cells of one record; the vector only grows, so appending a cell is a store, not a push_back.
    struct CellRow {
        std::vector<Cell> cells = std::vector<Cell>(32);
        size_t count = 0;
        void push(Cell c)
        {
            if (count == cells.size()) [[unlikely]]
                cells.resize(cells.size() * 2);
            cells[count++] = c;
        }
        [[nodiscard]] const Cell* begin() const { return cells.data(); }
        [[nodiscard]] const Cell* end() const { return cells.data() + count; }
    };

    class RecordParser {
    public:
        explicit RecordParser(char delimiter)
            : m_delimiter(delimiter)
        {
            m_special.fill(false);
            m_special[uchar(delimiter)] = m_special[uchar('\n')] = m_special[uchar('\r')] = true;
        }

        // Parses one record from [p, end). On Record, p moves past it and *newlines counts the line breaks
        // consumed (inside quotes and the terminator). scratch must hold end - p bytes.
        Parse parse(const char*& p, const char* end, bool eof, CellRow& out, char* scratch, qint64* newlines) const
        {
            out.count = 0;
            qint64 lines = 0;
            const char* q = p;
            char* w = scratch;
            if (q == end)
                return eof ? Parse::End : Parse::NeedMore;
            for (;;) {
                if (q < end && *q == '"') {
                    ++q;
                    char* fieldStart = w;
                    for (;;) {
                        const auto* quote = static_cast<const char*>(std::memchr(q, '"', size_t(end - q)));
                        if (!quote)
                            return eof ? Parse::Unterminated : Parse::NeedMore;
                        for (const char* c = q; (c = static_cast<const char*>(std::memchr(c, '\n', size_t(quote - c)))); ++c)
                            ++lines;
                        std::memcpy(w, q, size_t(quote - q));
                        w += quote - q;
                        q = quote + 1;
                        if (q == end) {
                            if (!eof)
                                return Parse::NeedMore;
                            break;
                        }
                        if (*q == '"') {
                            *w++ = '"';
                            ++q;
                            continue;
                        }
                        break;
                    }
                    // Text after the closing quote (not RFC 4180) is kept, as spreadsheets do.
                    while (q < end && !m_special[uchar(*q)])
                        *w++ = *q++;
                    if (q == end && !eof)
                        return Parse::NeedMore;
                    out.push({ fieldStart, w - fieldStart });
                } else {
                    const char* s = q;
                    while (q < end && !m_special[uchar(*q)])
                        ++q;
                    if (q == end && !eof)
                        return Parse::NeedMore;
                    out.push({ s, q - s });
                }
                if (q == end)
                    break;
                if (*q == m_delimiter) {
                    ++q;
                    if (q == end && !eof)
                        return Parse::NeedMore;
                    continue;
                }
                if (*q == '\r') {
                    ++q;
                    if (q == end && !eof)
                        return Parse::NeedMore;
                    if (q < end && *q == '\n')
                        ++q;
                } else {
                    ++q; // '\n'
                }
                ++lines;
                break;
            }
            p = q;
            *newlines = lines;
            return Parse::Record;
        }

    private:
        char m_delimiter;
        std::array<bool, 256> m_special {};
    };

    bool blank(const CellRow& row) { return row.count == 1 && row.cells[0].size == 0; }

    QString decode(const Cell& c) { return QString::fromUtf8(c.view()); }
}

QList<QList<QByteArray>> sampleRecords(QByteArrayView head, char delimiter, int maxRecords)
{
    if (head.startsWith("\xEF\xBB\xBF"))
        head = head.sliced(3);
    RecordParser parser(delimiter);
    std::vector<char> scratch(size_t(head.size()) + 1);
    CellRow cells;
    QList<QList<QByteArray>> out;
    const char* p = head.data();
    const char* end = head.data() + head.size();
    qint64 lines = 0;
    while (out.size() < maxRecords) {
        // The head may cut the last record: treat it as the end only if nothing complete follows.
        const auto r = parser.parse(p, end, false, cells, scratch.data(), &lines);
        if (r != Parse::Record)
            break;
        if (blank(cells))
            continue;
        QList<QByteArray> rec;
        for (const auto& c : cells)
            rec.append(QByteArray(c.data, c.size));
        out.append(rec);
    }
    if (out.isEmpty() && p < end) { // a single record without a final newline
        if (parser.parse(p, end, true, cells, scratch.data(), &lines) == Parse::Record && !blank(cells)) {
            QList<QByteArray> rec;
            for (const auto& c : cells)
                rec.append(QByteArray(c.data, c.size));
            out.append(rec);
        }
    }
    return out;
}

bool readDelimited(ChunkSource& source, ImportSink& sink, const ColumnMapping& mapping, char delimiter, bool hasHeader,
    EventImportResult& result, QString* error)
{
    RecordParser parser(delimiter);
    std::vector<char> scratch;
    CellRow cells;
    const char* p = nullptr;
    qint64 line = 1;
    qint64 expected = -1; // fields per record
    bool bound = false;
    if (!source.fill(p, 0)) {
        *error = source.error().isEmpty() ? QStringLiteral("the file is empty") : source.error();
        return false;
    }
    for (;;) {
        if (scratch.size() < size_t(source.capacity()))
            scratch.resize(size_t(source.capacity()));
        qint64 newlines = 0;
        const auto r = parser.parse(p, source.end(), source.atEnd(), cells, scratch.data(), &newlines);
        if (r == Parse::NeedMore) {
            if (!source.fill(p, result.rowsRead)) {
                if (!source.error().isEmpty()) {
                    *error = source.error();
                    return false;
                }
            }
            continue;
        }
        if (r == Parse::End)
            break;
        if (r == Parse::Unterminated) {
            *error = QStringLiteral("line %1: a quoted field is not closed before the end of the file").arg(line);
            return false;
        }
        const qint64 recordLine = line;
        line += newlines;
        if (blank(cells))
            continue;
        if (!bound) {
            QStringList header;
            if (hasHeader)
                for (const auto& c : cells)
                    header << decode(c).trimmed();
            expected = qint64(cells.count);
            const QString why = sink.bindColumns(header, qsizetype(cells.count));
            if (!why.isEmpty()) {
                *error = why;
                return false;
            }
            bound = true;
            if (hasHeader)
                continue;
        }
        ImportSink::Status status;
        if (qint64(cells.count) != expected) {
            ++result.rowsRead;
            status = sink.rowError(recordLine, {},
                QStringLiteral("%1 fields where %2 were expected").arg(cells.count).arg(expected));
        } else {
            status = sink.addRow(recordLine, cells.cells.data(), qsizetype(cells.count));
        }
        if (status == ImportSink::Status::Stop) {
            *error = sink.stopError();
            return false;
        }
    }
    if (!bound) {
        *error = QStringLiteral("the file holds no rows");
        return false;
    }
    Q_UNUSED(mapping);
    source.reportProgress(result.rowsRead);
    return true;
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
