// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A streaming RFC 4180 record reader over a QIODevice, an adapter over CsvTokenizer (the one CSV tokenizer):
// quoted fields with embedded delimiters, doubled quotes and line breaks; CRLF, LF or a lone CR end a record; a
// UTF-8 byte order mark at the start is skipped; every field is decoded as strict UTF-8. It reports the physical
// line on which each record starts, so an importer can name the line of a bad row even when earlier fields
// spanned several lines.
//
// Lenient where spreadsheets are sloppy: a quote inside an unquoted field is kept as a character. Strict where
// the input cannot be text: a NUL byte, invalid UTF-8, an unterminated quoted field, text after a closing quote
// or a record longer than MaxRecordBytes stop the reader with an error naming the line and the field.

#include "csvtokenizer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <vector>

class QIODevice;

namespace Entente {

class CsvReader {
public:
    static constexpr qsizetype MaxRecordBytes = 16 * 1024 * 1024;

    explicit CsvReader(QIODevice& device, qsizetype chunkSize = 64 * 1024, char delimiter = ',');

    // Reads the next record into `fields`. Returns false at the end of the input or on an error. An empty line
    // is a record of one empty field; a final line break does not start another record.
    bool next(QStringList& fields);

    [[nodiscard]] qint64 recordLine() const { return m_recordLine; } // 1-based line where the last record began
    [[nodiscard]] bool hasError() const { return !m_error.isEmpty(); }
    [[nodiscard]] const QString& errorMessage() const { return m_error; }
    [[nodiscard]] qint64 errorLine() const { return m_errorLine; }
    [[nodiscard]] qint64 errorColumn() const { return m_errorColumn; } // 1-based field number in the record

private:
    enum class Fill : quint8 { Read, End, Failed };
    Fill fill();
    bool fail(const QString& message, qint64 line, qsizetype field);
    bool finishField(QStringList& fields, const char* data, qsizetype size, qint64 line);

    QIODevice* m_device = nullptr;
    qsizetype m_chunkSize = 0;
    CsvTokenizer m_tokenizer;
    CsvCells<CsvField> m_cells;
    QByteArray m_buffer; // [m_pos, size) not yet parsed
    qsizetype m_pos = 0;
    std::vector<char> m_scratch;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1; // where the next record starts
    qint64 m_recordLine = 0;
    QString m_error;
    qint64 m_errorLine = 0;
    qint64 m_errorColumn = 0;
};

} // namespace Entente
