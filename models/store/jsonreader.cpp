// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonreader.h"

#include <QIODevice>

#include <cmath>

namespace Entente {

namespace {
    QString hexByte(int b) { return QStringLiteral("0x%1").arg(b, 2, 16, QLatin1Char('0')); }

    bool isNumberGrammar(const QByteArray& s)
    {
        // -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?
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
}

JsonReader::JsonReader(QIODevice& device, qsizetype chunkSize)
    : m_device(&device)
    , m_chunkSize(std::max<qsizetype>(chunkSize, 16))
{
}

bool JsonReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.resize(m_chunkSize);
    const qint64 n = m_device->read(m_buffer.data(), m_chunkSize);
    if (n <= 0) {
        m_buffer.clear();
        m_pos = 0;
        m_eof = true;
        if (n < 0)
            m_error = QStringLiteral("read error: %1").arg(m_device->errorString());
        return false;
    }
    m_buffer.resize(n);
    m_pos = 0;
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF")) // a UTF-8 byte order mark is tolerated
            m_pos = 3;
    }
    return m_pos < m_buffer.size() || fill();
}

int JsonReader::peek()
{
    if (m_pos < m_buffer.size() || fill())
        return uchar(m_buffer.at(m_pos));
    return -1;
}

void JsonReader::advance()
{
    const uchar b = uchar(m_buffer.at(m_pos++));
    if (b == '\n') {
        ++m_line;
        m_column = 1;
    } else if ((b & 0xC0) != 0x80) {
        ++m_column;
    }
}

JsonReader::Token JsonReader::fail(const QString& message)
{
    m_tokenLine = m_line;
    m_tokenColumn = m_column;
    m_error = message;
    return m_token = Token::Error;
}

JsonReader::Token JsonReader::next()
{
    if (m_token == Token::Error || m_token == Token::End)
        return m_token;
    int c = peek();
    while (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
        advance();
        c = peek();
    }
    m_tokenLine = m_line;
    m_tokenColumn = m_column;
    auto single = [this](Token t) {
        advance();
        return m_token = t;
    };
    switch (c) {
    case -1:
        if (!m_error.isEmpty())
            return fail(m_error);
        return m_token = Token::End;
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
        return readLiteral();
    default:
        break;
    }
    if (c == '-' || (c >= '0' && c <= '9'))
        return readNumber();
    if (c == 0)
        return fail(QStringLiteral("NUL byte: this is not a JSON text file"));
    if (c >= 0x80 || c < 0x20)
        return fail(QStringLiteral("unexpected byte %1").arg(hexByte(c)));
    return fail(QStringLiteral("unexpected character '%1'").arg(QChar(c)));
}

JsonReader::Token JsonReader::readString()
{
    const qint64 startLine = m_line, startColumn = m_column;
    advance(); // the opening quote
    m_string.resize(0);
    for (;;) {
        if (m_pos >= m_buffer.size() && !fill()) {
            fail(QStringLiteral("unterminated string (it starts at line %1, column %2)")
                     .arg(startLine)
                     .arg(startColumn));
            return m_token;
        }
        const char* d = m_buffer.constData();
        const qsizetype n = m_buffer.size();
        qsizetype i = m_pos;
        while (i < n) {
            const uchar b = uchar(d[i]);
            if (b < 0x20 || b >= 0x80 || b == '"' || b == '\\')
                break;
            ++i;
        }
        if (i > m_pos) {
            m_string.append(QLatin1String(d + m_pos, i - m_pos));
            m_column += i - m_pos;
            m_pos = i;
        }
        if (m_string.size() > MaxStringLength)
            return fail(QStringLiteral("string longer than %1 characters").arg(MaxStringLength));
        if (i == n)
            continue;
        const uchar b = uchar(d[i]);
        if (b == '"') {
            advance();
            m_tokenLine = startLine;
            m_tokenColumn = startColumn;
            return m_token = Token::String;
        }
        if (b == '\\') {
            if (!readEscape())
                return m_token;
            continue;
        }
        if (b == '\n' || b == '\r')
            return fail(QStringLiteral("line break inside a string (unterminated string, or write it as \\n)"));
        if (b == 0)
            return fail(QStringLiteral("NUL byte: this is not a JSON text file"));
        if (b < 0x20)
            return fail(
                QStringLiteral("control character U+%1 inside a string (escape it)").arg(b, 4, 16, QLatin1Char('0')));
        if (!readUtf8(b))
            return m_token;
    }
}

bool JsonReader::readUtf8(uchar lead)
{
    uint cp = 0;
    int need = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        need = 1;
        cp = lead & 0x1F;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        need = 2;
        cp = lead & 0x0F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        need = 3;
        cp = lead & 0x07;
    } else {
        fail(QStringLiteral("invalid UTF-8: byte %1 cannot start a character").arg(hexByte(lead)));
        return false;
    }
    const qint64 line = m_line, column = m_column;
    auto bad = [&] {
        fail(QStringLiteral("invalid UTF-8 sequence"));
        m_tokenLine = line;
        m_tokenColumn = column;
        return false;
    };
    advance();
    for (int k = 0; k < need; ++k) {
        const int c = peek();
        if (c < 0 || (c & 0xC0) != 0x80)
            return bad();
        cp = (cp << 6) | uint(c & 0x3F);
        advance();
    }
    if ((need == 2 && cp < 0x800) || (need == 3 && cp < 0x10000) || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
        return bad();
    if (cp >= 0x10000) {
        m_string.append(QChar(QChar::highSurrogate(cp)));
        m_string.append(QChar(QChar::lowSurrogate(cp)));
    } else {
        m_string.append(QChar(char16_t(cp)));
    }
    return true;
}

bool JsonReader::readHex4(uint& out)
{
    out = 0;
    for (int k = 0; k < 4; ++k) {
        const int c = peek();
        int v = -1;
        if (c >= '0' && c <= '9')
            v = c - '0';
        else if (c >= 'a' && c <= 'f')
            v = c - 'a' + 10;
        else if (c >= 'A' && c <= 'F')
            v = c - 'A' + 10;
        if (v < 0) {
            fail(QStringLiteral("\\u must be followed by four hexadecimal digits"));
            return false;
        }
        out = (out << 4) | uint(v);
        advance();
    }
    return true;
}

bool JsonReader::readEscape()
{
    advance(); // the backslash
    const int c = peek();
    char16_t plain = 0;
    switch (c) {
    case '"':
        plain = u'"';
        break;
    case '\\':
        plain = u'\\';
        break;
    case '/':
        plain = u'/';
        break;
    case 'b':
    case 'f':
        fail(QStringLiteral("control character \\%1 in a string").arg(QChar(c)));
        return false;
    case 'n':
        plain = u'\n';
        break;
    case 'r':
        plain = u'\r';
        break;
    case 't':
        plain = u'\t';
        break;
    case 'u':
        break;
    case -1:
        fail(QStringLiteral("unterminated string"));
        return false;
    default:
        fail(c >= 0x20 && c < 0x7f ? QStringLiteral("unknown escape \\%1").arg(QChar(c))
                                   : QStringLiteral("unknown escape before byte %1").arg(hexByte(c)));
        return false;
    }
    advance();
    if (plain) {
        m_string.append(QChar(plain));
        return true;
    }
    uint u = 0;
    if (!readHex4(u))
        return false;
    if (u >= 0xDC00 && u <= 0xDFFF) {
        fail(QStringLiteral("lone low surrogate \\u%1").arg(u, 4, 16, QLatin1Char('0')));
        return false;
    }
    if (u >= 0xD800 && u <= 0xDBFF) {
        uint low = 0;
        if (peek() != '\\') {
            fail(QStringLiteral("high surrogate \\u%1 is not followed by a low surrogate")
                     .arg(u, 4, 16, QLatin1Char('0')));
            return false;
        }
        advance();
        if (peek() != 'u') {
            fail(QStringLiteral("high surrogate \\u%1 is not followed by a low surrogate")
                     .arg(u, 4, 16, QLatin1Char('0')));
            return false;
        }
        advance();
        if (!readHex4(low))
            return false;
        if (low < 0xDC00 || low > 0xDFFF) {
            fail(QStringLiteral("high surrogate \\u%1 is not followed by a low surrogate")
                     .arg(u, 4, 16, QLatin1Char('0')));
            return false;
        }
        m_string.append(QChar(char16_t(u)));
        m_string.append(QChar(char16_t(low)));
        return true;
    }
    // The raw-byte rule, escaped: a control character (other than tab, line feed, carriage return) has no place
    // in a dossier's text, and would make an SVG export ill-formed.
    if (u < 0x20 && u != '\t' && u != '\n' && u != '\r') {
        fail(QStringLiteral("control character \\u%1 in a string").arg(u, 4, 16, QLatin1Char('0')));
        return false;
    }
    m_string.append(QChar(char16_t(u)));
    return true;
}

JsonReader::Token JsonReader::readNumber()
{
    m_number.resize(0);
    for (int c = peek(); c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E' || (c >= '0' && c <= '9');
         c = peek()) {
        if (m_number.size() > 64)
            return fail(QStringLiteral("number too long"));
        m_number.append(char(c));
        advance();
    }
    if (!isNumberGrammar(m_number)) {
        m_error = QStringLiteral("malformed number \"%1\"").arg(QString::fromLatin1(m_number));
        return m_token = Token::Error; // reported at the number's start
    }
    return m_token = Token::Number;
}

JsonReader::Token JsonReader::readLiteral()
{
    QByteArray word;
    for (int c = peek(); c >= 'a' && c <= 'z' && word.size() < 8; c = peek()) {
        word.append(char(c));
        advance();
    }
    if (word == "true")
        return m_token = Token::True;
    if (word == "false")
        return m_token = Token::False;
    if (word == "null")
        return m_token = Token::Null;
    m_error = QStringLiteral("unexpected word \"%1\"").arg(QString::fromLatin1(word));
    return m_token = Token::Error; // reported at the word's start
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

} // namespace Entente
