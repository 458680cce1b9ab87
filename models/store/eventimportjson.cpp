// SPDX-License-Identifier: GPL-3.0-or-later
// JSON events: a byte-level scanner over the chunk buffer. The top level is an array of objects or a sequence of
// objects (NDJSON), tokenized by JsonScanner (the one JSON tokenizer core, bulk policy). Each object is parsed
// whole; when the buffer ends inside it, the buffer is refilled and the object parsed again. Nested objects are
// flattened to dotted names ("geo.lat"); arrays of scalars become list cells; arrays holding objects or arrays
// make the row an error. Strings without escapes point into the buffer. A large file is parsed in two halves on
// two threads (readInHalves, eventimportsplit.cpp), the helper's from an element near the middle.
#include "eventimportsink.h"
#include "jsonscanner.h"

#include <QIODevice>

#include <algorithm>
#include <cstring>

namespace Entente::ImportDetail {

namespace {
    enum class Parse : quint8 { Ok, NeedMore, Error };

    class ObjectParser {
    public:
        ObjectParser(ImportSink& sink, const char* end, bool eof, char* scratch)
            : m_sink(&sink)
            , m_end(end)
            , m_eof(eof)
            , m_w(scratch)
        {
        }

        std::vector<Cell>* cells = nullptr;
        qint64 lines = 0;
        QString error; // syntax error (fatal)
        QString rowError; // a value the importer cannot use (the row is bad, parsing goes on)
        QString rowErrorField;

        Parse skipSpace(const char*& q)
        {
            while (q < m_end) {
                const char c = *q;
                if (c == '\n')
                    ++lines;
                else if (c != ' ' && c != '\t' && c != '\r')
                    return Parse::Ok;
                ++q;
            }
            return more();
        }

        Parse object(const char*& q, std::string& prefix, int depth)
        {
            ++q; // '{'
            if (depth > 32)
                return fail(QStringLiteral("objects nested too deeply"));
            if (auto r = skipSpace(q); r != Parse::Ok)
                return r;
            if (*q == '}') {
                ++q;
                return Parse::Ok;
            }
            const size_t prefixSize = prefix.size();
            for (;;) {
                if (auto r = skipSpace(q); r != Parse::Ok)
                    return r;
                if (*q != '"')
                    return fail(QStringLiteral("expected a field name in quotes"));
                Cell key;
                if (auto r = string(q, key, false); r != Parse::Ok) // an escaped key keeps its scratch
                    return r;
                m_keyView = key.view();
                prefix.resize(prefixSize);
                m_keyIsPlain = prefixSize == 0;
                if (!m_keyIsPlain) {
                    prefix += '.';
                    for (qsizetype i = 0; i < key.size; ++i)
                        prefix += char(key.data[i] >= 'A' && key.data[i] <= 'Z' ? key.data[i] | 0x20 : key.data[i]);
                }
                if (auto r = skipSpace(q); r != Parse::Ok)
                    return r;
                if (*q != ':')
                    return fail(QStringLiteral("expected ':' after a field name"));
                ++q;
                if (auto r = skipSpace(q); r != Parse::Ok)
                    return r;
                if (auto r = value(q, prefix, depth); r != Parse::Ok)
                    return r;
                if (auto r = skipSpace(q); r != Parse::Ok)
                    return r;
                if (*q == ',') {
                    ++q;
                    continue;
                }
                if (*q == '}') {
                    ++q;
                    prefix.resize(prefixSize);
                    return Parse::Ok;
                }
                return fail(QStringLiteral("expected ',' or '}' in an object"));
            }
        }

    private:
        Parse more() { return m_eof ? fail(QStringLiteral("the file ends inside an object (truncated?)")) : Parse::NeedMore; }
        Parse fail(const QString& why)
        {
            error = why;
            return Parse::Error;
        }

        // Objects usually repeat their keys in the same order: try the key seen last at this ordinal, compared
        // as written; otherwise look the lower-cased (dotted, for nested objects) name up and remember it.
        int slotFor(const std::string& nested)
        {
            const std::string_view raw = m_keyIsPlain ? std::string_view(m_keyView.data(), size_t(m_keyView.size())) : std::string_view(nested);
            if (m_ordinal < m_lastKeys.size() && m_lastKeys[m_ordinal].first == raw)
                return m_lastKeys[m_ordinal++].second;
            std::string lower;
            if (m_keyIsPlain) {
                lower.assign(raw);
                for (char& c : lower)
                    c = char(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
            }
            const int slot = m_sink->slotOf(m_keyIsPlain ? lower : nested);
            if (m_ordinal >= m_lastKeys.size())
                m_lastKeys.resize(m_ordinal + 1);
            m_lastKeys[m_ordinal++] = { std::string(raw), slot };
            return slot;
        }

        void store(const std::string& name, Cell c)
        {
            const int slot = slotFor(name);
            if (slot >= 0)
                (*cells)[size_t(slot)] = c;
        }

        Parse value(const char*& q, std::string& name, int depth)
        {
            switch (*q) {
            case '"': {
                Cell c;
                if (auto r = string(q, c, false); r != Parse::Ok)
                    return r;
                store(name, c);
                return Parse::Ok;
            }
            case '{':
                if (m_keyIsPlain) { // the nested names start with this key
                    name.clear();
                    for (char c : m_keyView)
                        name += char(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
                }
                return object(q, name, depth + 1);
            case '[':
                return array(q, name);
            default: {
                Cell c;
                if (auto r = scalar(q, c); r != Parse::Ok)
                    return r;
                store(name, c);
                return Parse::Ok;
            }
            }
        }

        // Numbers, true, false, null (null → empty cell). A malformed number is kept as text: the column it
        // lands in says whether it is a bad value.
        Parse scalar(const char*& q, Cell& c)
        {
            const char* s = q;
            QByteArrayView v;
            JsonScanner::Scalar kind = JsonScanner::Scalar::Malformed;
            if (JsonScanner::scalar(q, m_end, m_eof, v, kind) == JsonScanner::Scan::NeedMore)
                return Parse::NeedMore;
            if (q == m_end)
                return more();
            if (kind == JsonScanner::Scalar::Null) {
                c = { s, 0 };
                return Parse::Ok;
            }
            if (v.isEmpty() || (kind == JsonScanner::Scalar::Malformed && !((s[0] >= '0' && s[0] <= '9') || s[0] == '-')))
                return fail(QStringLiteral("unexpected character '%1'").arg(QChar(char16_t(uchar(*s)))));
            c = { s, q - s };
            return Parse::Ok;
        }

        Parse array(const char*& q, const std::string& name)
        {
            ++q; // '['
            char* start = m_w;
            bool first = true;
            bool nested = false;
            for (;;) {
                if (auto r = skipSpace(q); r != Parse::Ok)
                    return r;
                if (*q == ']') {
                    ++q;
                    break;
                }
                if (!first) {
                    if (*q != ',')
                        return fail(QStringLiteral("expected ',' or ']' in an array"));
                    ++q;
                    if (auto r = skipSpace(q); r != Parse::Ok)
                        return r;
                }
                if (*q == '{' || *q == '[') {
                    nested = true;
                    if (auto r = skipValue(q); r != Parse::Ok)
                        return r;
                } else {
                    if (!first)
                        *m_w++ = ListSeparator;
                    Cell c;
                    if (*q == '"') {
                        if (auto r = string(q, c, true); r != Parse::Ok)
                            return r;
                    } else if (auto r = scalar(q, c); r != Parse::Ok) {
                        return r;
                    }
                    if (c.data != m_w) { // not already in the scratch
                        std::memmove(m_w, c.data, size_t(c.size));
                    }
                    m_w += c.size;
                }
                first = false;
            }
            if (nested) {
                if (rowError.isEmpty()) {
                    rowErrorField = m_keyIsPlain ? QString::fromUtf8(m_keyView) : QString::fromStdString(name);
                    rowError = QStringLiteral("a list of objects or lists cannot be imported");
                }
                return Parse::Ok;
            }
            store(name, { start, m_w - start, true });
            return Parse::Ok;
        }

        // Skips any value (used for unsupported nesting).
        Parse skipValue(const char*& q)
        {
            int depth = 0;
            do {
                if (auto r = skipSpace(q); r != Parse::Ok)
                    return r;
                const char c = *q;
                if (c == '{' || c == '[') {
                    ++depth;
                    ++q;
                } else if (c == '}' || c == ']') {
                    --depth;
                    ++q;
                } else if (c == '"') {
                    Cell ignored;
                    char* mark = m_w;
                    if (auto r = string(q, ignored, true); r != Parse::Ok)
                        return r;
                    m_w = mark;
                } else {
                    ++q;
                }
            } while (depth > 0);
            return Parse::Ok;
        }

        // A string starting at q (the opening quote). With toScratch, the result is always written at the
        // scratch position (the caller decides whether to keep it); otherwise only strings with escapes are.
        Parse string(const char*& q, Cell& out, bool toScratch)
        {
            QByteArrayView text;
            char* scratchEnd = nullptr;
            switch (m_scanner.string(q, m_end, m_eof, m_w, text, &scratchEnd)) {
            case JsonScanner::Scan::NeedMore:
                return Parse::NeedMore;
            case JsonScanner::Scan::Error:
                switch (m_scanner.problem()) {
                case JsonScanner::Problem::UnknownEscape:
                    return fail(QStringLiteral("bad escape \\%1").arg(QChar(char16_t(m_scanner.value()))));
                case JsonScanner::Problem::BadHex:
                    return fail(QStringLiteral("bad \\u escape"));
                case JsonScanner::Problem::LoneLowSurrogate:
                case JsonScanner::Problem::UnpairedHighSurrogate:
                    return fail(QStringLiteral("unpaired surrogate"));
                default:
                    return more(); // the bulk policy has no other problem than the end of the input
                }
            case JsonScanner::Scan::Ok:
                break;
            }
            if (scratchEnd != m_w) { // decoded into the scratch
                out = { m_w, text.size() };
                if (!toScratch)
                    m_w = scratchEnd; // keep it: the cell points here
            } else if (toScratch) {
                std::memcpy(m_w, text.data(), size_t(text.size()));
                out = { m_w, text.size() };
            } else {
                out = { text.data(), text.size() };
            }
            return Parse::Ok;
        }

        ImportSink* m_sink = nullptr;
        JsonScanner m_scanner { JsonScanner::Policy::Bulk };
        QByteArrayView m_keyView;
        bool m_keyIsPlain = true;
        const char* m_end = nullptr;
        bool m_eof = false;
        char* m_w = nullptr; // scratch write position

    public:
        // Persist across objects.
        static thread_local std::vector<std::pair<std::string, int>> m_lastKeys;
        size_t m_ordinal = 0;
    };
    thread_local std::vector<std::pair<std::string, int>> ObjectParser::m_lastKeys;
}

namespace {
    enum class TopLevel : quint8 { Start, Array, ArrayAfterElement, Lines, Done };

    bool readElements(ChunkSource& source, ImportSink& sink, EventImportResult& result, Half& half, Error* error)
    {
        if (!half.bound)
            sink.bindFields(); // a helper's sink comes bound
        ObjectParser::m_lastKeys.clear();
        std::vector<char> scratch;
        std::vector<Cell> cells(size_t(sink.slotCount()));
        std::string prefix;
        const char* p = nullptr;
        qint64 line = half.firstLine;
        // A helper starts at an element, in the top level the reading thread found.
        TopLevel mode = half.bound ? TopLevel(half.layout) : TopLevel::Start;
        if (!source.fill(p, 0)) {
            *error = source.error().isEmpty() ? Error(QStringLiteral("the file is empty"), Error::Kind::Invalid)
                                              : Error(source.error());
            return false;
        }
        auto fail = [&](qint64 at, const QString& why) {
            *error = half.failAt(at, why);
            return false;
        };
        auto refill = [&]() {
            if (!source.fill(p, result.rowsRead) && !source.error().isEmpty()) {
                *error = source.recordTooLong() ? half.failAt(line, source.error()) : Error(source.error());
                return false;
            }
            return true;
        };
        for (;;) {
            if (scratch.size() < size_t(source.capacity()))
                scratch.resize(size_t(source.capacity()));
            ObjectParser parser(sink, source.end(), source.atEnd(), scratch.data());
            parser.cells = &cells;
            const char* q = p;
            // Whitespace and separators between objects.
            if (q == source.end() || parser.skipSpace(q) != Parse::Ok) {
                line += parser.lines;
                if (!source.atEnd()) {
                    p = q;
                    if (!refill())
                        return false;
                    continue;
                }
                if (mode == TopLevel::Array || mode == TopLevel::ArrayAfterElement)
                    return fail(line, QStringLiteral("the file ends inside the top-level array (truncated?)"));
                if (mode == TopLevel::Start)
                    return fail(line, QStringLiteral("the file holds no JSON"));
                break;
            }
            line += parser.lines;
            parser.lines = 0;
            p = q;
            const char c = *q;
            if (mode == TopLevel::Done)
                return fail(line, QStringLiteral("unexpected text after the top-level array"));
            if (mode == TopLevel::Start) {
                if (c == '[') {
                    mode = TopLevel::Array;
                    p = q + 1;
                    continue;
                }
                mode = TopLevel::Lines;
            }
            if (mode == TopLevel::ArrayAfterElement) {
                if (c == ',') {
                    mode = TopLevel::Array;
                    p = q + 1;
                    continue;
                }
                if (c == ']') {
                    mode = TopLevel::Done;
                    p = q + 1;
                    continue;
                }
                return fail(line, QStringLiteral("expected ',' or ']' after an event object"));
            }
            if (mode == TopLevel::Array && c == ']' && result.rowsRead == 0) {
                mode = TopLevel::Done;
                p = q + 1;
                continue;
            }
            if (c != '{')
                return fail(line, QStringLiteral("expected an event object ('{'), found '%1'").arg(QChar(char16_t(uchar(c)))));
            // An element starts here: the helper's half may start here too.
            if (!half.bound) {
                half.bound = true;
                half.layout = qint64(mode);
                if (half.onBound)
                    half.onBound(source.offsetOf(q), half.layout, [](ImportSink& helper) { helper.bindFields(); });
            } else if (half.atSeam(source.offsetOf(q), line)) {
                source.reportProgress(result.rowsRead);
                return true;
            }
            std::fill(cells.begin(), cells.end(), Cell {});
            prefix.clear();
            parser.m_ordinal = 0;
            const auto r = parser.object(q, prefix, 0);
            if (r == Parse::NeedMore) {
                if (!refill())
                    return false;
                continue;
            }
            if (r == Parse::Error)
                return fail(line + parser.lines, parser.error);
            if (!source.acceptRecord(q - p))
                return fail(line, source.error());
            const qint64 objectLine = line;
            line += parser.lines;
            p = q;
            if (mode == TopLevel::Array)
                mode = TopLevel::ArrayAfterElement;
            ImportSink::Status status;
            if (!parser.rowError.isEmpty()) {
                ++result.rowsRead;
                status = sink.rowError(objectLine, parser.rowErrorField, parser.rowError);
            } else {
                status = sink.addRow(objectLine, cells.data(), qsizetype(cells.size()));
            }
            if (status == ImportSink::Status::Stop) {
                half.rowStop = true;
                *error = sink.stopError();
                return false;
            }
        }
        source.reportProgress(result.rowsRead);
        return true;
    }

    // Where the helper's half starts: the first '{' after the middle of [from, size) that looks like an element of
    // the top level: after "}," or, first on its line, after a line ending in '}' (NDJSON); when the first element
    // (at from) is first on its line, indented as it (an array or NDJSON written an element per line,
    // pretty-printed or not, where nested objects sit deeper). The guess is checked by the reading
    // thread, which must reach exactly this offset at the start of an element (a '{' inside a string or in a
    // nested list of objects is not one), else it reads the whole file alone.
    qint64 findElementSplit(QIODevice& f, qint64 from, qint64 size, const std::function<bool()>& stop)
    {
        constexpr qint64 Context = 256; // bytes before a candidate to look back over
        auto space = [](char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; };
        // The indentation of a '{' at q that is the first thing on its line, else -1; begin bounds the look back
        // (the start of a line when it is the file's).
        auto indentation = [&](const char* begin, const char* q, bool fileStart = false) -> qint64 {
            const char* k = q;
            while (k > begin && (k[-1] == ' ' || k[-1] == '\t' || k[-1] == '\r'))
                --k;
            return (k > begin && k[-1] == '\n') || (k == begin && fileStart) ? q - k : -1;
        };
        std::vector<char> buffer(1 << 20);
        qint64 firstIndent = -1;
        if (const qint64 back = std::min(from, Context); f.seek(from - back)) {
            if (const qint64 n = f.read(buffer.data(), back + 1); n == back + 1) {
                const qsizetype bom = from - back == 0 && back >= 3 && std::memcmp(buffer.data(), "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
                firstIndent = indentation(buffer.data() + bom, buffer.data() + back, from - back == 0);
            }
        }
        qint64 at = std::max(from, from + (size - from) / 2 - Context);
        while (at < size && !stop()) {
            if (!f.seek(at))
                return NoSplit;
            const qint64 n = f.read(buffer.data(), qint64(buffer.size()));
            if (n <= 0)
                return NoSplit;
            const char* b = buffer.data();
            for (const char* q = b + std::min<qint64>(Context, n); q < b + n; ++q) {
                q = static_cast<const char*>(std::memchr(q, '{', size_t(b + n - q)));
                if (!q)
                    break;
                const qint64 indent = indentation(b, q);
                if (firstIndent >= 0 && indent != firstIndent)
                    continue;
                const char* k = q;
                while (k > b && space(k[-1]))
                    --k;
                if (k == b)
                    continue;
                if (k[-1] == '}' && indent >= 0)
                    return at + (q - b); // NDJSON
                if (k[-1] != ',')
                    continue;
                --k;
                while (k > b && space(k[-1]))
                    --k;
                if (k > b && k[-1] == '}')
                    return at + (q - b);
            }
            if (n <= Context)
                return NoSplit;
            at += n - Context;
        }
        return NoSplit;
    }
}

Status readJson(QIODevice& device, ChunkSource& source, ImportSink& sink, const ColumnMapping& mapping,
    const Dossier& target, const EventImportOptions& options, EventImportResult& result)
{
    return readInHalves(device, source, sink, mapping, target, options, result, findElementSplit, readElements);
}

} // namespace Entente::ImportDetail
