// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvreader.h"
#include "readbuffer.h"

#include <QIODevice>
#include <QStringDecoder>

#include <cstring>

namespace Entente {

CsvReader::CsvReader(QIODevice& device, qsizetype chunkSize, char delimiter)
    : m_device(&device)
    , m_chunkSize(std::max<qsizetype>(chunkSize, 4))
    , m_tokenizer(delimiter, CsvTokenizer::AfterQuote::Refuse)
{
    m_cells.trackLines = true;
}

CsvReader::Fill CsvReader::fill()
{
    if (m_eof)
        return Fill::End;
    const qint64 n = refillBuffer(*m_device, m_buffer, m_pos, m_chunkSize);
    if (n < 0) {
        m_eof = true;
        fail(QStringLiteral("read error: %1").arg(m_device->errorString()), m_line, 0);
        return Fill::Failed;
    }
    if (n == 0) {
        m_eof = true;
        return Fill::End;
    }
    return Fill::Read;
}

bool CsvReader::fail(const QString& message, qint64 line, qsizetype field)
{
    m_error = message;
    m_errorLine = line;
    m_errorColumn = field + 1;
    return false;
}

bool CsvReader::finishField(QStringList& fields, const char* data, qsizetype size, qint64 line)
{
    bool ascii = true;
    for (qsizetype i = 0; i < size; ++i) {
        if (data[i] == 0)
            return fail(QStringLiteral("NUL byte: this is not a text file"), line, fields.size());
        if (uchar(data[i]) >= 0x80)
            ascii = false;
    }
    if (ascii) {
        fields.append(QString::fromLatin1(data, size));
        return true;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(QByteArrayView(data, size));
    if (decoder.hasError())
        return fail(QStringLiteral("invalid UTF-8 in field %1 (save the file as UTF-8)").arg(fields.size() + 1), line,
            fields.size());
    fields.append(std::move(text));
    return true;
}

bool CsvReader::next(QStringList& fields)
{
    fields.clear();
    if (hasError())
        return false;
    if (!m_started) {
        while (m_buffer.size() < 3 && fill() == Fill::Read) { }
        if (hasError())
            return false;
        if (m_buffer.startsWith("\xEF\xBB\xBF"))
            m_pos = 3;
        m_started = true;
    }
    for (;;) {
        const char* p = m_buffer.constData() + m_pos;
        const char* end = m_buffer.constData() + m_buffer.size();
        if (m_scratch.size() < size_t(end - p) + 1)
            m_scratch.resize(size_t(end - p) + 1);
        qint64 newlines = 0;
        const auto r = m_tokenizer.parse(p, end, m_eof, m_cells, m_scratch.data(), &newlines);
        switch (r) {
        case CsvTokenizer::Parse::NeedMore:
            // A NUL byte is no text: say so where it is, rather than reading a binary or sparse file on to the
            // record limit. The record is read up to it as if the file ended there; its field check names it.
            if (const auto* nul = static_cast<const char*>(std::memchr(p, 0, size_t(end - p)))) {
                m_eof = true;
                m_buffer.truncate(nul + 1 - m_buffer.constData());
                continue;
            }
            if (m_buffer.size() - m_pos > MaxRecordBytes)
                return fail(QStringLiteral("record longer than %1 MiB (is this a CSV file?)").arg(MaxRecordBytes >> 20),
                    m_line, qsizetype(m_cells.count));
            if (fill() == Fill::Failed)
                return false;
            continue;
        case CsvTokenizer::Parse::End:
            return false;
        case CsvTokenizer::Parse::Unterminated:
            if (m_buffer.endsWith('\0'))
                return fail(QStringLiteral("NUL byte: this is not a text file"), m_line + newlines,
                    qsizetype(m_cells.count));
            return fail(QStringLiteral("unterminated quoted field (it opens on line %1)").arg(m_line + newlines),
                m_line + newlines, qsizetype(m_cells.count));
        case CsvTokenizer::Parse::TextAfterQuote:
            return fail(QStringLiteral("unexpected text after the closing quote of field %1").arg(m_cells.count + 1),
                m_line + newlines, qsizetype(m_cells.count));
        case CsvTokenizer::Parse::Record:
            break;
        }
        if (p - (m_buffer.constData() + m_pos) > MaxRecordBytes)
            return fail(QStringLiteral("record longer than %1 MiB (is this a CSV file?)").arg(MaxRecordBytes >> 20),
                m_line, 0);
        m_recordLine = m_line;
        for (size_t i = 0; i < m_cells.count; ++i)
            if (!finishField(fields, m_cells.cells[i].data, m_cells.cells[i].size, m_line + m_cells.lines[i]))
                return false;
        m_pos = p - m_buffer.constData();
        m_line += newlines;
        return true;
    }
}

} // namespace Entente
