// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one CSV/TSV tokenizer (RFC 4180). Every delimited reader goes through it: the bulk event importer (which
// parses records in place from its chunk buffer, on one or two threads), the import preview's sample, and
// CsvReader (the dossier CSV interchange and the forecast tables), which adapts it to a QIODevice with strict
// errors.
//
// parse() reads one record from [p, end) without allocating: unquoted fields point into the input, quoted ones
// are unescaped into `scratch` (as large as the input). When the input ends inside a record and more may come
// (eof false) it returns NeedMore and leaves p where it was, so the caller refills and parses the record again.
// CRLF, LF or a lone CR end a record and count as one line each, inside quotes too. A quote inside an unquoted
// field is a character. Text after a closing quote is kept (as spreadsheets do) or refused (AfterQuote::Refuse).
// Bytes are not decoded here: checking text (NUL bytes, UTF-8) is the caller's, at the cost it can afford.
//
// The tokenizer is written for speed (eight bytes at a time, memchr across quoted text): import.csv.1m parses
// 146 MB with it, and no maintained CSV library gives in-place cells over a caller's chunk buffer with the line
// of every record.

#include <QtGlobal>

#include <array>
#include <bit>
#include <cstring>
#include <vector>

namespace Entente {

// A cell as the tokenizer gives it: into the input or into the scratch.
struct CsvField {
    const char* data = nullptr;
    qsizetype size = 0;
};

// The cells of one record: a growing vector, so that appending a cell is a store, not a push_back.
template <class CellT> struct CsvCells {
    std::vector<CellT> cells = std::vector<CellT>(32);
    std::vector<qint64> lines; // with trackLines: line breaks before each cell, from the record's start
    size_t count = 0;
    bool trackLines = false;
    void push(const char* data, qsizetype size, qint64 linesBefore)
    {
        if (count == cells.size()) [[unlikely]]
            cells.resize(cells.size() * 2);
        cells[count] = CellT { data, size };
        if (trackLines) {
            if (lines.size() <= count)
                lines.resize(cells.size());
            lines[count] = linesBefore;
        }
        ++count;
    }
    [[nodiscard]] const CellT* begin() const { return cells.data(); }
    [[nodiscard]] const CellT* end() const { return cells.data() + count; }
};

class CsvTokenizer {
public:
    enum class Parse : quint8 {
        Record, // a record was read: p is past it
        NeedMore, // the input ends inside a record: refill and parse again from the same p
        End, // nothing left (eof)
        Unterminated, // a quoted field is not closed at eof; out.count is its column (0-based)
        TextAfterQuote, // with AfterQuote::Refuse: text follows a closing quote; out.count is its column
    };
    enum class AfterQuote : quint8 { Keep, Refuse };

    explicit CsvTokenizer(char delimiter, AfterQuote afterQuote = AfterQuote::Keep)
        : m_delimiter(delimiter)
        , m_refuseAfterQuote(afterQuote == AfterQuote::Refuse)
    {
        m_special.fill(false);
        m_special[uchar(delimiter)] = m_special[uchar('\n')] = m_special[uchar('\r')] = true;
    }

    [[nodiscard]] char delimiter() const { return m_delimiter; }

    // Parses one record from [p, end). On Record, p moves past it and *newlines counts the line breaks consumed
    // (inside quotes and the terminator). On Unterminated and TextAfterQuote, *newlines counts those before the
    // offending field's start or the offending text. scratch must hold end - p bytes.
    template <class Cells>
    Parse parse(const char*& p, const char* end, bool eof, Cells& out, char* scratch, qint64* newlines) const
    {
        out.count = 0;
        qint64 lines = 0;
        const char* q = p;
        char* w = scratch;
        if (q == end)
            return eof ? Parse::End : Parse::NeedMore;
        for (;;) {
            if (q < end && *q == '"') {
                const qint64 fieldLines = lines;
                ++q;
                char* fieldStart = w;
                for (;;) {
                    const auto* quote = static_cast<const char*>(std::memchr(q, '"', size_t(end - q)));
                    if (!quote) {
                        if (!eof)
                            return Parse::NeedMore;
                        *newlines = fieldLines;
                        return Parse::Unterminated;
                    }
                    lines += lineBreaks(q, quote);
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
                if (q < end && !m_special[uchar(*q)] && m_refuseAfterQuote) {
                    *newlines = lines;
                    return Parse::TextAfterQuote;
                }
                while (q < end && !m_special[uchar(*q)])
                    *w++ = *q++;
                if (q == end && !eof)
                    return Parse::NeedMore;
                out.push(fieldStart, w - fieldStart, fieldLines);
            } else {
                const char* s = q;
                q = skipPlain(q, end);
                if (q == end && !eof)
                    return Parse::NeedMore;
                out.push(s, q - s, lines);
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
    // Line breaks in quoted text [q, e): each LF, and each CR not followed by an LF (e is a quote, so a CR at
    // e - 1 is a lone one).
    static qint64 lineBreaks(const char* q, const char* e)
    {
        qint64 n = 0;
        for (const char* c = q; (c = static_cast<const char*>(std::memchr(c, '\n', size_t(e - c)))); ++c)
            ++n;
        for (const char* c = q; (c = static_cast<const char*>(std::memchr(c, '\r', size_t(e - c)))); ++c)
            if (c + 1 == e || c[1] != '\n')
                ++n;
        return n;
    }

    // The first delimiter, CR or LF in [q, end), or end: eight bytes at a time (a byte equal to c is a zero
    // byte of w ^ c…c; the lowest flagged byte is exact).
    const char* skipPlain(const char* q, const char* end) const
    {
        if constexpr (std::endian::native == std::endian::little) {
            constexpr quint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
            auto zeroBytes = [](quint64 x) { return (x - ones) & ~x & highs; };
            const quint64 delimiter = ones * uchar(m_delimiter);
            for (; end - q >= 8; q += 8) {
                quint64 w;
                std::memcpy(&w, q, 8);
                if (const quint64 m
                    = zeroBytes(w ^ delimiter) | zeroBytes(w ^ (ones * '\n')) | zeroBytes(w ^ (ones * '\r')))
                    return q + (std::countr_zero(m) >> 3);
            }
        }
        while (q < end && !m_special[uchar(*q)])
            ++q;
        return q;
    }

    char m_delimiter;
    bool m_refuseAfterQuote = false;
    std::array<bool, 256> m_special {};
};

} // namespace Entente
