// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"
#include "readbuffer.h"

#include <QBuffer>
#include <QIODevice>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace Entente {

namespace {
    QString hexByte(uint b) { return QStringLiteral("0x%1").arg(b, 2, 16, QLatin1Char('0')); }
    QString hex4(uint u) { return QStringLiteral("%1").arg(u, 4, 16, QLatin1Char('0')); }
}

JsonReader::JsonReader(QIODevice& device, qsizetype chunkSize, Controls controls)
    : m_device(&device)
    , m_chunkSize(std::max<qsizetype>(chunkSize, 16))
    , m_allowControlEscapes(controls == Controls::AllowEscaped)
{
}

bool JsonReader::fill()
{
    if (m_eof)
        return false;
    const qint64 n = refillBuffer(*m_device, m_buffer, m_pos, m_chunkSize);
    if (n <= 0) {
        m_eof = true;
        if (n < 0)
            m_readError = QStringLiteral("read error: %1").arg(m_device->errorString());
        return false;
    }
    return true;
}

void JsonReader::advanceTo(const char* p)
{
    const char* d = m_buffer.constData();
    for (const char* c = d + m_pos; c < p; ++c) {
        if (*c == '\n') {
            ++m_line;
            m_column = 1;
        } else if ((uchar(*c) & 0xC0) != 0x80) {
            ++m_column;
        }
    }
    m_pos = p - d;
}

JsonReader::Token JsonReader::fail(const QString& message)
{
    m_error = message;
    return m_token = Token::Error;
}

// The error is at p: its line and column are the token's.
JsonReader::Token JsonReader::failAt(const char* p, const QString& message)
{
    advanceTo(p);
    m_tokenLine = m_line;
    m_tokenColumn = m_column;
    return fail(message);
}

JsonReader::Token JsonReader::next()
{
    if (m_token == Token::Error || m_token == Token::End)
        return m_token;
    if (!m_started) {
        while (m_buffer.size() < 3 && fill()) { }
        if (m_buffer.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark is tolerated
            m_pos = 3;
        m_started = true;
    }
    const char* p = nullptr;
    for (;;) {
        p = m_buffer.constData() + m_pos;
        const char* end = m_buffer.constData() + m_buffer.size();
        while (p < end && JsonScanner::isSpace(*p))
            ++p;
        advanceTo(p);
        if (p < end)
            break;
        if (!fill()) {
            m_tokenLine = m_line;
            m_tokenColumn = m_column;
            if (!m_readError.isEmpty())
                return fail(m_readError);
            return m_token = Token::End;
        }
    }
    m_tokenLine = m_line;
    m_tokenColumn = m_column;
    auto single = [&](Token t) {
        advanceTo(p + 1);
        return m_token = t;
    };
    const uchar c = uchar(*p);
    switch (c) {
    case '{':
        return single(Token::BeginObject);
    case '}':
        return single(Token::EndObject);
    case '[':
        return single(Token::BeginArray);
    case ']':
        return single(Token::EndArray);
    case ':':
        return single(Token::Colon);
    case ',':
        return single(Token::Comma);
    case '"':
        return readString();
    case 't':
    case 'f':
    case 'n':
        return readScalar(false);
    default:
        break;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return readScalar(true);
    if (c == 0)
        return fail(QStringLiteral("NUL byte: this is not a JSON text file"));
    if (c >= 0x80 || c < 0x20)
        return fail(QStringLiteral("unexpected byte %1").arg(hexByte(c)));
    return fail(QStringLiteral("unexpected character '%1'").arg(QChar(char16_t(c))));
}

JsonReader::Token JsonReader::readString()
{
    using Problem = JsonScanner::Problem;
    for (;;) {
        const char* p = m_buffer.constData() + m_pos;
        const char* end = m_buffer.constData() + m_buffer.size();
        if (m_scratch.size() < size_t(end - p))
            m_scratch.resize(size_t(end - p));
        QByteArrayView text;
        char* scratchEnd = nullptr;
        const char* q = p;
        const auto r = m_scanner.string(q, end, m_eof, m_scratch.data(), text, &scratchEnd);
        if (r == JsonScanner::Scan::NeedMore) {
            if (end - p > 4 * MaxStringLength)
                return failAt(p, QStringLiteral("string longer than %1 characters").arg(MaxStringLength));
            if (!fill() && !m_readError.isEmpty())
                return fail(m_readError);
            continue;
        }
        if (r == JsonScanner::Scan::Error) {
            const uint v = m_scanner.value();
            const char* at = m_scanner.problemAt();
            switch (m_scanner.problem()) {
            case Problem::Unterminated:
                return failAt(end, QStringLiteral("unterminated string (it starts at line %1, column %2)")
                                       .arg(m_tokenLine)
                                       .arg(m_tokenColumn));
            case Problem::Nul:
                return failAt(at, QStringLiteral("NUL byte: this is not a JSON text file"));
            case Problem::LineBreak:
                return failAt(at, QStringLiteral("line break inside a string (unterminated string, or write it as \\n)"));
            case Problem::ControlCharacter:
                return failAt(at, QStringLiteral("control character U+%1 inside a string (escape it)").arg(hex4(v)));
            case Problem::Utf8Lead:
                return failAt(at, QStringLiteral("invalid UTF-8: byte %1 cannot start a character").arg(hexByte(v)));
            case Problem::Utf8Sequence:
                return failAt(at, QStringLiteral("invalid UTF-8 sequence"));
            case Problem::UnknownEscape:
                return failAt(at, v >= 0x20 && v < 0x7f ? QStringLiteral("unknown escape \\%1").arg(QChar(char16_t(v)))
                                                        : QStringLiteral("unknown escape before byte %1").arg(hexByte(v)));
            case Problem::BadHex:
                return failAt(at, QStringLiteral("\\u must be followed by four hexadecimal digits"));
            case Problem::LoneLowSurrogate:
                return failAt(at, QStringLiteral("lone low surrogate \\u%1").arg(hex4(v)));
            case Problem::UnpairedHighSurrogate:
                return failAt(at, QStringLiteral("high surrogate \\u%1 is not followed by a low surrogate").arg(hex4(v)));
            case Problem::None:
                break;
            }
            return failAt(at, QStringLiteral("invalid string"));
        }
        // The raw-byte rule, escaped: a control character (other than tab, line feed, carriage return) has no place
        // in a dossier's text, and would make an SVG export ill-formed. Only an escape can have made one.
        if (!m_allowControlEscapes && scratchEnd != m_scratch.data()) {
            for (const char ch : text) {
                if (uchar(ch) < 0x20 && ch != '\t' && ch != '\n' && ch != '\r')
                    return failAt(q, ch == '\b' || ch == '\f'
                            ? QStringLiteral("control character \\%1 in a string").arg(QChar(ch == '\b' ? u'b' : u'f'))
                            : QStringLiteral("control character \\u%1 in a string").arg(hex4(uchar(ch))));
            }
        }
        m_string = QString::fromUtf8(text);
        if (m_string.size() > MaxStringLength)
            return failAt(q, QStringLiteral("string longer than %1 characters").arg(MaxStringLength));
        const qint64 line = m_tokenLine, column = m_tokenColumn;
        advanceTo(q);
        m_tokenLine = line;
        m_tokenColumn = column;
        return m_token = Token::String;
    }
}

JsonReader::Token JsonReader::readScalar(bool number)
{
    for (;;) {
        const char* p = m_buffer.constData() + m_pos;
        const char* end = m_buffer.constData() + m_buffer.size();
        const char* q = p;
        QByteArrayView text;
        JsonScanner::Scalar kind = JsonScanner::Scalar::Malformed;
        if (JsonScanner::scalar(q, end, m_eof, text, kind) == JsonScanner::Scan::NeedMore) {
            if (end - p > 64)
                return fail(number ? QStringLiteral("number too long")
                                   : QStringLiteral("unexpected word \"%1\"").arg(QString::fromLatin1(QByteArrayView(p, 8))));
            if (!fill() && !m_readError.isEmpty())
                return fail(m_readError);
            continue;
        }
        // Errors are reported at the token's start.
        if (number) {
            if (text.size() > 64)
                return fail(QStringLiteral("number too long"));
            if (kind != JsonScanner::Scalar::Number)
                return fail(QStringLiteral("malformed number \"%1\"").arg(QString::fromLatin1(text)));
            m_number = text.toByteArray();
            advanceTo(q);
            return m_token = Token::Number;
        }
        switch (kind) {
        case JsonScanner::Scalar::True:
            advanceTo(q);
            return m_token = Token::True;
        case JsonScanner::Scalar::False:
            advanceTo(q);
            return m_token = Token::False;
        case JsonScanner::Scalar::Null:
            advanceTo(q);
            return m_token = Token::Null;
        default:
            return fail(QStringLiteral("unexpected word \"%1\"").arg(QString::fromLatin1(text.first(std::min<qsizetype>(text.size(), 40)))));
        }
    }
}

std::optional<qint64> JsonReader::toInt64() const
{
    if (m_token != Token::Number)
        return std::nullopt;
    bool ok = false;
    const qint64 v = m_number.toLongLong(&ok);
    if (ok)
        return v;
    const double d = m_number.toDouble(&ok);
    if (ok && std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
        return qint64(d);
    return std::nullopt;
}

double JsonReader::toDouble() const { return m_number.toDouble(); }

QString JsonReader::describe(Token t)
{
    switch (t) {
    case Token::None:
        return QStringLiteral("nothing");
    case Token::BeginObject:
        return QStringLiteral("'{'");
    case Token::EndObject:
        return QStringLiteral("'}'");
    case Token::BeginArray:
        return QStringLiteral("'['");
    case Token::EndArray:
        return QStringLiteral("']'");
    case Token::Colon:
        return QStringLiteral("':'");
    case Token::Comma:
        return QStringLiteral("','");
    case Token::String:
        return QStringLiteral("a string");
    case Token::Number:
        return QStringLiteral("a number");
    case Token::True:
    case Token::False:
        return QStringLiteral("a boolean");
    case Token::Null:
        return QStringLiteral("null");
    case Token::End:
        return QStringLiteral("the end of the file");
    case Token::Error:
        return QStringLiteral("an error");
    }
    return {};
}

namespace {
    std::optional<QJsonValue> readValue(JsonReader& r, JsonReader::Token t, int depth, int maxDepth);

    // The grammar's errors, in the words QJsonDocument used for them ("unterminated object"), at the token found.
    std::nullopt_t expected(JsonReader& r, JsonReader::Token got, const QString& what)
    {
        if (got != JsonReader::Token::Error)
            r.refuse(what);
        return std::nullopt;
    }

    std::optional<QJsonValue> readValue(JsonReader& r, JsonReader::Token t, int depth, int maxDepth)
    {
        using Token = JsonReader::Token;
        switch (t) {
        case Token::String:
            return QJsonValue(r.string());
        case Token::Number:
            if (!r.numberText().contains('.') && !r.numberText().contains('e') && !r.numberText().contains('E')) {
                bool ok = false;
                const qint64 v = r.numberText().toLongLong(&ok);
                if (ok)
                    return QJsonValue(v);
            }
            return QJsonValue(r.toDouble());
        case Token::True:
            return QJsonValue(true);
        case Token::False:
            return QJsonValue(false);
        case Token::Null:
            return QJsonValue(QJsonValue::Null);
        case Token::BeginArray: {
            if (depth >= maxDepth)
                return r.refuse(QStringLiteral("values nested too deeply")), std::nullopt;
            QJsonArray a;
            Token n = r.next();
            if (n == Token::EndArray)
                return QJsonValue(a);
            for (;;) {
                const auto v = readValue(r, n, depth + 1, maxDepth);
                if (!v)
                    return std::nullopt;
                a.append(*v);
                n = r.next();
                if (n == Token::EndArray)
                    return QJsonValue(a);
                if (n != Token::Comma)
                    return expected(r, n, QStringLiteral("unterminated array"));
                n = r.next();
            }
        }
        case Token::BeginObject: {
            if (depth >= maxDepth)
                return r.refuse(QStringLiteral("values nested too deeply")), std::nullopt;
            QJsonObject o;
            Token n = r.next();
            if (n == Token::EndObject)
                return QJsonValue(o);
            for (;;) {
                if (n != Token::String)
                    return expected(r, n, QStringLiteral("unterminated object"));
                const QString key = r.string();
                if (const Token c = r.next(); c != Token::Colon)
                    return expected(r, c, QStringLiteral("missing ':' after a name"));
                const auto v = readValue(r, r.next(), depth + 1, maxDepth);
                if (!v)
                    return std::nullopt;
                o.insert(key, *v);
                n = r.next();
                if (n == Token::EndObject)
                    return QJsonValue(o);
                if (n != Token::Comma)
                    return expected(r, n, QStringLiteral("unterminated object"));
                n = r.next();
            }
        }
        default:
            return expected(r, t, QStringLiteral("expected a value"));
        }
    }
}

JsonReader::Token JsonReader::refuse(const QString& message)
{
    if (m_token != Token::Error)
        fail(message);
    return m_token;
}

std::optional<QJsonValue> readJsonValue(JsonReader& reader, int maxDepth)
{
    const auto first = reader.next();
    if (first == JsonReader::Token::End)
        return std::nullopt; // no value left: not an error here
    return readValue(reader, first, 0, maxDepth);
}

Result<QJsonValue> parseJsonDocument(const QByteArray& bytes, JsonReader::Controls controls)
{
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    JsonReader reader(buffer, 64 * 1024, controls);
    auto v = readJsonValue(reader);
    if (!v && reader.token() == JsonReader::Token::End)
        reader.refuse(QStringLiteral("the file holds no JSON value"));
    if (v) {
        if (const auto t = reader.next(); t != JsonReader::Token::End) {
            reader.refuse(QStringLiteral("unexpected %1 after the value").arg(JsonReader::describe(t)));
            v.reset();
        }
    }
    if (!v)
        return Error(reader.errorMessage(), reader.line(), {}, Error::Kind::Invalid);
    return *v;
}

} // namespace Entente
