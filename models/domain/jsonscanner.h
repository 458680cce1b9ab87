// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one JSON tokenizer core (RFC 8259): strings (escapes, \u surrogate pairs, UTF-8), numbers, literals and
// whitespace, scanned in place over a caller's buffer. Every JSON reader goes through it: JsonReader (the dossier
// JSON reader, TimelineJS, mapping files, the import preview's sniffing, through readJsonValue) and the bulk
// event importer's object scanner. Like CsvTokenizer it never allocates: a string without escapes is a view into
// the input, one with escapes is decoded (to UTF-8) into the caller's scratch, which never outgrows the input.
// When the input ends inside a token and more may come (eof false) a scan returns NeedMore and leaves q where it
// was, so the caller refills and scans the token again.
//
// Two policies, chosen by the caller:
//  - Strict (the dossier reader): raw control characters and line breaks in a string, invalid UTF-8 (overlong
//    forms, surrogates, stray bytes) and NUL are errors; JsonReader also refuses escaped control characters.
//  - Bulk (the event importer, which checks each cell's text later, at a cost it controls): a string is found with
//    two memchr calls; its bytes are taken as they are.
// A problem is reported as a code and the offending byte, so each reader words it in its own messages.
//
// Written here rather than taken from a library for the same reason as the CSV tokenizer: in-place cells over the
// importer's chunk buffer, refilled and rescanned, at import.json.1m speed.

#include "utf8.h"

#include <QByteArrayView>
#include <QtGlobal>

#include <cstring>

namespace Entente {

class JsonScanner {
public:
    enum class Scan : quint8 { Ok, NeedMore, Error };
    enum class Policy : quint8 { Strict, Bulk };
    enum class Problem : quint8 {
        None,
        Unterminated, // the input ends inside the string
        Nul, // a NUL byte
        LineBreak, // a raw CR or LF inside a string (Strict)
        ControlCharacter, // another raw byte below 0x20 inside a string (Strict)
        Utf8Lead, // a byte that cannot start a UTF-8 sequence (Strict)
        Utf8Sequence, // a truncated, overlong or surrogate sequence (Strict)
        UnknownEscape, // a backslash before a character that is no escape; value() is the byte
        BadHex, // \u without four hexadecimal digits
        LoneLowSurrogate, // \uDC00…\uDFFF first; value() is the code unit
        UnpairedHighSurrogate, // \uD800…\uDBFF not followed by \uDC00…\uDFFF; value() is the first code unit
    };
    enum class Scalar : quint8 { Number, True, False, Null, Malformed };

    explicit JsonScanner(Policy policy)
        : m_strict(policy == Policy::Strict)
    {
    }

    [[nodiscard]] Problem problem() const { return m_problem; }
    [[nodiscard]] const char* problemAt() const { return m_problemAt; } // the offending byte
    [[nodiscard]] uint value() const { return m_value; }

    static bool isSpace(char c) { return c == ' ' || c == '\n' || c == '\t' || c == '\r'; }

    // Skips whitespace, counting line feeds into *lines. Ok when q is at a token; NeedMore at the end.
    static Scan skipSpace(const char*& q, const char* end, qint64* lines)
    {
        for (; q < end; ++q) {
            if (*q == '\n')
                ++*lines;
            else if (*q != ' ' && *q != '\t' && *q != '\r')
                return Scan::Ok;
        }
        return Scan::NeedMore;
    }

    // A string; q is at its opening quote and moves past the closing one. `out` is the text (UTF-8): a view into
    // the input when it has no escape, else decoded at `scratch`; *scratchEnd is then past it (else scratch).
    // Escaped control characters are decoded; refusing them is the reader's rule, not the grammar's.
    Scan string(const char*& q, const char* end, bool eof, char* scratch, QByteArrayView& out, char** scratchEnd)
    {
        const char* const body = q + 1;
        const char* p = body;
        char* w = scratch;
        bool escaped = false;
        for (;;) {
            const char* stop = m_strict ? plainRun(p, end) : bulkRun(p, end);
            if (escaped) {
                std::memcpy(w, p, size_t(stop - p));
                w += stop - p;
            }
            p = stop;
            if (p == end)
                return eof ? fail(Problem::Unterminated, q) : Scan::NeedMore;
            const uchar c = uchar(*p);
            if (c == '"') {
                out = escaped ? QByteArrayView(scratch, w - scratch) : QByteArrayView(body, p - body);
                *scratchEnd = escaped ? w : scratch;
                q = p + 1;
                return Scan::Ok;
            }
            if (c == '\\') {
                if (!escaped) {
                    std::memcpy(scratch, body, size_t(p - body));
                    w = scratch + (p - body);
                    escaped = true;
                }
                if (const Scan r = escape(p, end, eof, w); r != Scan::Ok)
                    return r;
                continue;
            }
            // Strict only: plainRun stops at these.
            if (c == 0)
                return fail(Problem::Nul, p);
            if (c == '\n' || c == '\r')
                return fail(Problem::LineBreak, p, c);
            if (c < 0x20)
                return fail(Problem::ControlCharacter, p, c);
            const int n = utf8Length(p, end, eof);
            if (n == 0)
                return Scan::NeedMore;
            if (n < 0)
                return Scan::Error;
            if (escaped) {
                std::memcpy(w, p, size_t(n));
                w += n;
            }
            p += n;
        }
    }

    // A number or literal: the run of characters that can make one ([0-9A-Za-z+-.]), classified. q moves past it.
    static Scan scalar(const char*& q, const char* end, bool eof, QByteArrayView& out, Scalar& kind)
    {
        const char* s = q;
        const char* p = q;
        while (p < end
            && ((*p >= '0' && *p <= '9') || (*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || *p == '-'
                || *p == '+' || *p == '.'))
            ++p;
        if (p == end && !eof)
            return Scan::NeedMore;
        q = p;
        out = QByteArrayView(s, p - s);
        if (out == "true")
            kind = Scalar::True;
        else if (out == "false")
            kind = Scalar::False;
        else if (out == "null")
            kind = Scalar::Null;
        else
            kind = isNumber(out) ? Scalar::Number : Scalar::Malformed;
        return Scan::Ok;
    }

    // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
    static bool isNumber(QByteArrayView s)
    {
        qsizetype i = 0;
        const qsizetype n = s.size();
        auto digits = [&] {
            const qsizetype from = i;
            while (i < n && s[i] >= '0' && s[i] <= '9')
                ++i;
            return i > from;
        };
        if (i < n && s[i] == '-')
            ++i;
        if (i < n && s[i] == '0')
            ++i;
        else if (!digits())
            return false;
        if (i < n && s[i] == '.') {
            ++i;
            if (!digits())
                return false;
        }
        if (i < n && (s[i] == 'e' || s[i] == 'E')) {
            ++i;
            if (i < n && (s[i] == '+' || s[i] == '-'))
                ++i;
            if (!digits())
                return false;
        }
        return i == n;
    }

private:
    Scan fail(Problem p, const char* at, uint value = 0)
    {
        m_problem = p;
        m_problemAt = at;
        m_value = value;
        return Scan::Error;
    }

    // Strict: the run of printable ASCII other than '"' and '\'.
    static const char* plainRun(const char* p, const char* end)
    {
        while (p < end) {
            const uchar b = uchar(*p);
            if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\')
                break;
            ++p;
        }
        return p;
    }

    // Bulk: up to the closing quote or the first backslash, whatever the bytes between.
    static const char* bulkRun(const char* p, const char* end)
    {
        const auto* quote = static_cast<const char*>(std::memchr(p, '"', size_t(end - p)));
        const char* stop = quote ? quote : end;
        const auto* backslash = static_cast<const char*>(std::memchr(p, '\\', size_t(stop - p)));
        return backslash ? backslash : stop;
    }

    // The length of the valid UTF-8 sequence at p (lead byte >= 0x80); 0 when it is cut by the end of the
    // input and more may come; -1 (problem set) when it is invalid.
    int utf8Length(const char* p, const char* end, bool eof)
    {
        const int n = Utf8::sequenceLength(reinterpret_cast<const uchar*>(p), reinterpret_cast<const uchar*>(end));
        if (n > 0)
            return n;
        if (n == Utf8::Cut && !eof)
            return 0;
        if (n == Utf8::BadLead)
            return fail(Problem::Utf8Lead, p, uchar(*p)), -1;
        return fail(Problem::Utf8Sequence, p), -1;
    }

    static int hexDigit(char c)
    {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    }

    // \uXXXX at p (the backslash); q past it on success.
    Scan hex4(const char*& p, const char* end, bool eof, uint& out)
    {
        out = 0;
        for (int k = 2; k < 6; ++k) {
            if (p + k >= end)
                return eof ? fail(Problem::Unterminated, p) : Scan::NeedMore;
            const int v = hexDigit(p[k]);
            if (v < 0)
                return fail(Problem::BadHex, p);
            out = (out << 4) | uint(v);
        }
        p += 6;
        return Scan::Ok;
    }

    // The escape at p (the backslash), decoded at w; both move past it. \uXXXX takes 6 bytes and its UTF-8 at
    // most 3 (a pair: 12 → 4), so the scratch never overtakes the input.
    Scan escape(const char*& p, const char* end, bool eof, char*& w)
    {
        if (p + 1 == end)
            return eof ? fail(Problem::Unterminated, p) : Scan::NeedMore;
        const char e = p[1];
        char plain = 0;
        switch (e) {
        case '"': plain = '"'; break;
        case '\\': plain = '\\'; break;
        case '/': plain = '/'; break;
        case 'b': plain = '\b'; break;
        case 'f': plain = '\f'; break;
        case 'n': plain = '\n'; break;
        case 'r': plain = '\r'; break;
        case 't': plain = '\t'; break;
        case 'u': break;
        default:
            return fail(Problem::UnknownEscape, p + 1, uchar(e));
        }
        if (plain) {
            *w++ = plain;
            p += 2;
            return Scan::Ok;
        }
        const char* q = p;
        uint cp = 0;
        if (const Scan r = hex4(q, end, eof, cp); r != Scan::Ok)
            return r;
        if (cp >= 0xDC00 && cp <= 0xDFFF)
            return fail(Problem::LoneLowSurrogate, p, cp);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (end - q < 6 && !eof)
                return Scan::NeedMore;
            uint low = 0;
            if (end - q < 6 || q[0] != '\\' || q[1] != 'u')
                return fail(Problem::UnpairedHighSurrogate, p, cp);
            if (const Scan r = hex4(q, end, eof, low); r != Scan::Ok)
                return r;
            if (low < 0xDC00 || low > 0xDFFF)
                return fail(Problem::UnpairedHighSurrogate, p, cp);
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
        }
        if (cp < 0x80) {
            *w++ = char(cp);
        } else if (cp < 0x800) {
            *w++ = char(0xC0 | (cp >> 6));
            *w++ = char(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            *w++ = char(0xE0 | (cp >> 12));
            *w++ = char(0x80 | ((cp >> 6) & 0x3F));
            *w++ = char(0x80 | (cp & 0x3F));
        } else {
            *w++ = char(0xF0 | (cp >> 18));
            *w++ = char(0x80 | ((cp >> 12) & 0x3F));
            *w++ = char(0x80 | ((cp >> 6) & 0x3F));
            *w++ = char(0x80 | (cp & 0x3F));
        }
        p = q;
        return Scan::Ok;
    }

    bool m_strict = true;
    Problem m_problem = Problem::None;
    const char* m_problemAt = nullptr;
    uint m_value = 0;
};

} // namespace Entente
