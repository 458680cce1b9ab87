// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A pull tokenizer for JSON (RFC 8259) over a QIODevice, an adapter over JsonScanner (the one JSON tokenizer
// core), so that a dossier of millions of events is read in fixed-size chunks and never held whole in memory (no
// QJsonDocument, no whole-file QString). It tracks the 1-based line and column (in characters) of every token,
// decodes UTF-8 strictly (overlong forms, surrogates and bytes that cannot start or continue a sequence are errors)
// and resolves escapes including \uXXXX surrogate pairs. NUL bytes are refused outright, which is what a binary or
// sparse file trips over first. Control characters other than tab and line breaks are refused in strings, escaped
// or not, unless the reader is built to allow escaped ones (readJsonValue's reading of other tools' files).
//
// Usage: call next() until it returns End or Error; the current token's text is in string() or number*().

#include "jsonscanner.h"

#include "result.h"

#include <QByteArray>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <vector>

class QIODevice;

namespace Entente {

class JsonReader {
public:
    enum class Token : quint8 {
        None,
        BeginObject,
        EndObject,
        BeginArray,
        EndArray,
        Colon,
        Comma,
        String,
        Number,
        True,
        False,
        Null,
        End,
        Error
    };

    static constexpr qsizetype MaxStringLength = 64 * 1024 * 1024; // characters in one string

    enum class Controls : quint8 { Refuse, AllowEscaped };

    explicit JsonReader(QIODevice& device, qsizetype chunkSize = 64 * 1024, Controls controls = Controls::Refuse);

    Token next();
    [[nodiscard]] Token token() const { return m_token; }
    [[nodiscard]] qint64 line() const { return m_tokenLine; } // of the current token (or of the error)
    [[nodiscard]] qint64 column() const { return m_tokenColumn; }
    [[nodiscard]] const QString& string() const { return m_string; } // String token, escapes resolved
    [[nodiscard]] const QByteArray& numberText() const { return m_number; } // Number token, as written
    [[nodiscard]] std::optional<qint64> toInt64() const; // nullopt when not an integer or out of range
    [[nodiscard]] double toDouble() const;
    [[nodiscard]] const QString& errorMessage() const { return m_error; }
    [[nodiscard]] static QString describe(Token t); // "a string", "'{'", "the end of the file"
    // Turns the current token into an error at its position (a grammar the caller checks: "expected ':'").
    Token refuse(const QString& message);

private:
    bool fill(); // appends to the unparsed rest; false at the end or on a read error
    void advanceTo(const char* p); // consumes up to p, updating line and column
    Token fail(const QString& message);
    Token failAt(const char* p, const QString& message);
    Token readString();
    Token readScalar(bool number);

    QIODevice* m_device = nullptr;
    qsizetype m_chunkSize = 0;
    bool m_allowControlEscapes = false;
    JsonScanner m_scanner { JsonScanner::Policy::Strict };
    QByteArray m_buffer; // [m_pos, size) not yet consumed
    qsizetype m_pos = 0;
    std::vector<char> m_scratch;
    bool m_eof = false;
    bool m_started = false;
    QString m_readError;
    qint64 m_line = 1;
    qint64 m_column = 1;
    qint64 m_tokenLine = 1;
    qint64 m_tokenColumn = 1;
    Token m_token = Token::None;
    QString m_string;
    QByteArray m_number;
    QString m_error;
};

// One whole value read into a QJsonValue, for the small documents that are not worth a streaming reader of their
// own (TimelineJS files, mapping files, the import preview's first objects, the claim and view codecs): the same
// tokenizer and its errors, never QJsonDocument. The reader is before the value's first token; on failure it
// returns nullopt and the reader's line(), column() and errorMessage() say what and where. Objects keep the last
// of repeated names, as QJsonObject does; integers that fit in 64 bits stay integers. At the end of the input it
// returns nullopt with token() End (not an error: NDJSON is read value by value).
[[nodiscard]] std::optional<QJsonValue> readJsonValue(JsonReader& reader, int maxDepth = 64);

// A whole document holding one value. On failure the error's message says why and its line() where.
[[nodiscard]] Result<QJsonValue> parseJsonDocument(const QByteArray& bytes,
    JsonReader::Controls controls = JsonReader::Controls::AllowEscaped);

} // namespace Entente
