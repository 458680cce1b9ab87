// SPDX-License-Identifier: GPL-3.0-or-later
// JSON events: a byte-level scanner over the chunk buffer. The top level is an array of objects or a sequence of
// objects (NDJSON), tokenized by JsonScanner (the one JSON tokenizer core, bulk policy). Each object is parsed
// whole; when the buffer ends inside it, the buffer is refilled and the object parsed again. Nested objects are
// flattened to dotted names ("geo.lat"); arrays of scalars become list cells; arrays holding objects or arrays
// make the row an error. Strings without escapes point into the buffer.
#include "eventimportsink.h"
#include "jsonscanner.h"

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

Status readJson(ChunkSource& source, ImportSink& sink, EventImportResult& result)
{
    sink.bindFields();
    ObjectParser::m_lastKeys.clear();
    std::vector<char> scratch;
    std::vector<Cell> cells(size_t(sink.slotCount()));
    std::string prefix;
    const char* p = nullptr;
    qint64 line = 1;
    enum class Mode : quint8 { Start, Array, ArrayAfterElement, Lines, Done } mode = Mode::Start;
    if (!source.fill(p, 0))
        return source.error().isEmpty() ? Error(QStringLiteral("the file is empty"), Error::Kind::Invalid)
                                        : Error(source.error());
    auto syntax = [](qint64 at, const QString& why) { return Error(QStringLiteral("line %1: %2").arg(at).arg(why), at, {}); };
    Error failed; // what refill() met
    for (;;) {
        if (scratch.size() < size_t(source.capacity()))
            scratch.resize(size_t(source.capacity()));
        ObjectParser parser(sink, source.end(), source.atEnd(), scratch.data());
        parser.cells = &cells;
        const char* q = p;
        auto refill = [&]() {
            if (!source.fill(p, result.rowsRead) && !source.error().isEmpty()) {
                failed = source.recordTooLong() ? Error(QStringLiteral("line %1: %2").arg(line).arg(source.error()), line, {})
                                                : Error(source.error());
                return false;
            }
            return true;
        };
        // Whitespace and separators between objects.
        if (q == source.end() || parser.skipSpace(q) != Parse::Ok) {
            if (!source.atEnd()) {
                line += parser.lines;
                p = q;
                if (!refill())
                    return failed;
                continue;
            }
            line += parser.lines;
            if (mode == Mode::Array || mode == Mode::ArrayAfterElement)
                return syntax(line, QStringLiteral("the file ends inside the top-level array (truncated?)"));
            if (mode == Mode::Start)
                return syntax(line, QStringLiteral("the file holds no JSON"));
            break;
        }
        line += parser.lines;
        parser.lines = 0;
        p = q;
        const char c = *q;
        if (mode == Mode::Done)
            return syntax(line, QStringLiteral("unexpected text after the top-level array"));
        if (mode == Mode::Start) {
            if (c == '[') {
                mode = Mode::Array;
                p = q + 1;
                continue;
            }
            mode = Mode::Lines;
        }
        if (mode == Mode::ArrayAfterElement) {
            if (c == ',') {
                mode = Mode::Array;
                p = q + 1;
                continue;
            }
            if (c == ']') {
                mode = Mode::Done;
                p = q + 1;
                continue;
            }
            return syntax(line, QStringLiteral("expected ',' or ']' after an event object"));
        }
        if (mode == Mode::Array && c == ']' && result.rowsRead == 0) {
            mode = Mode::Done;
            p = q + 1;
            continue;
        }
        if (c != '{')
            return syntax(line, QStringLiteral("expected an event object ('{'), found '%1'").arg(QChar(char16_t(uchar(c)))));
        std::fill(cells.begin(), cells.end(), Cell {});
        prefix.clear();
        parser.m_ordinal = 0;
        const auto r = parser.object(q, prefix, 0);
        if (r == Parse::NeedMore) {
            if (!refill())
                return failed;
            continue;
        }
        if (r == Parse::Error)
            return syntax(line + parser.lines, parser.error);
        const qint64 objectLine = line;
        line += parser.lines;
        p = q;
        if (mode == Mode::Array)
            mode = Mode::ArrayAfterElement;
        ImportSink::Status status;
        if (!parser.rowError.isEmpty()) {
            ++result.rowsRead;
            status = sink.rowError(objectLine, parser.rowErrorField, parser.rowError);
        } else {
            status = sink.addRow(objectLine, cells.data(), qsizetype(cells.size()));
        }
        if (status == ImportSink::Status::Stop)
            return sink.stopError();
    }
    source.reportProgress(result.rowsRead);
    return {};
}

} // namespace Entente::ImportDetail
