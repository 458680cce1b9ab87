// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"

#include <QIODevice>
#include <QStringDecoder>

namespace Entente {

CsvReader::CsvReader(QIODevice& device, qsizetype chunkSize)
    : m_device(&device)
    , m_chunkSize(std::max<qsizetype>(chunkSize, 4))
{
}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    m_buffer.resize(m_chunkSize);
    const qint64 n = m_device->read(m_buffer.data(), m_chunkSize);
    if (n <= 0) {
        m_buffer.clear();
        m_pos = 0;
        m_eof = true;
        if (n < 0 && m_error.isEmpty()) {
            m_error = QStringLiteral("read error: %1").arg(m_device->errorString());
            m_errorLine = m_line;
        }
        return false;
    }
    m_buffer.resize(n);
    m_pos = 0;
    if (!m_started) {
        m_started = true;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
    }
    return m_pos < m_buffer.size() || fill();
}

int CsvReader::peek()
{
    if (m_pos < m_buffer.size() || fill())
        return uchar(m_buffer.at(m_pos));
    return -1;
}

void CsvReader::advance()
{
    const char b = m_buffer.at(m_pos++);
    if (b == '\r' || (b == '\n' && !m_afterCr))
        ++m_line; // CRLF counts once, a lone CR or LF once
    m_afterCr = b == '\r';
    ++m_recordBytes;
}

bool CsvReader::fail(const QString& message, qint64 line, qsizetype field)
{
    m_error = message;
    m_errorLine = line;
    m_errorColumn = field + 1;
    return false;
}

bool CsvReader::finishField(QStringList& fields, qint64 line)
{
    bool ascii = true;
    for (const char c : std::as_const(m_field)) {
        if (c == 0)
            return fail(QStringLiteral("NUL byte: this is not a text file"), line, fields.size());
        if (uchar(c) >= 0x80)
            ascii = false;
    }
    if (ascii) {
        fields.append(QString::fromLatin1(m_field));
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(m_field);
    if (decoder.hasError())
        return fail(QStringLiteral("invalid UTF-8 in field %1 (save the file as UTF-8)").arg(fields.size() + 1), line,
            fields.size());
    fields.append(std::move(text));
    return true;
}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    if (hasError() || peek() < 0)
        return false;
    m_recordLine = m_line;
    m_recordBytes = 0;
    for (;;) {
        const qint64 fieldLine = m_line;
        m_field.resize(0);
        int c = peek();
        if (c == '"') {
            advance();
            for (;;) {
                c = peek();
                if (c < 0)
                    return fail(QStringLiteral("unterminated quoted field (it opens on line %1)").arg(fieldLine),
                        fieldLine, fields.size());
                if (c == 0)
                    return fail(QStringLiteral("NUL byte: this is not a text file"), m_line, fields.size());
                advance();
                if (c == '"') {
                    if (peek() != '"')
                        break;
                    advance();
                }
                m_field.append(char(c));
                if (m_recordBytes > MaxRecordBytes)
                    return fail(
                        QStringLiteral("record longer than %1 MiB (is this a CSV file?)").arg(MaxRecordBytes >> 20),
                        m_recordLine, fields.size());
            }
            c = peek();
            if (c >= 0 && c != ',' && c != '\r' && c != '\n')
                return fail(
                    QStringLiteral("unexpected text after the closing quote of field %1").arg(fields.size() + 1),
                    m_line, fields.size());
        } else {
            while (c >= 0 && c != ',' && c != '\r' && c != '\n') {
                if (c == 0)
                    return fail(QStringLiteral("NUL byte: this is not a text file"), m_line, fields.size());
                // Copy a run of ordinary bytes at once.
                const char* d = m_buffer.constData();
                qsizetype i = m_pos;
                while (i < m_buffer.size() && d[i] != ',' && d[i] != '\r' && d[i] != '\n' && d[i] != 0)
                    ++i;
                m_field.append(d + m_pos, i - m_pos);
                m_recordBytes += i - m_pos;
                m_pos = i;
                m_afterCr = false;
                if (m_recordBytes > MaxRecordBytes)
                    return fail(
                        QStringLiteral("record longer than %1 MiB (is this a CSV file?)").arg(MaxRecordBytes >> 20),
                        m_recordLine, fields.size());
                c = peek();
            }
        }
        if (!finishField(fields, fieldLine))
            return false;
        c = peek();
        if (c == ',') {
            advance();
            continue;
        }
        if (c == '\r') {
            advance();
            if (peek() == '\n')
                advance();
        } else if (c == '\n') {
            advance();
        }
        return true;
    }
}

} // namespace Entente
