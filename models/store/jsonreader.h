// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small pull tokenizer for JSON (RFC 8259) over a QIODevice, so that a dossier of millions of events is read
// in fixed-size chunks and never held whole in memory (no QJsonDocument, no whole-file QString). It tracks the
// 1-based line and column (in characters) of every token, decodes UTF-8 strictly (overlong forms, surrogates
// and bytes that cannot start or continue a sequence are errors) and resolves escapes including \uXXXX
// surrogate pairs. NUL bytes are refused outright, which is what a binary or sparse file trips over first.
//
// Usage: call next() until it returns End or Error; the current token's text is in string() or number*().

#include <QByteArray>
#include <QString>

#include <optional>

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

    explicit JsonReader(QIODevice& device, qsizetype chunkSize = 64 * 1024);

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

private:
    int peek(); // next byte or -1 at the end; refills the buffer
    void advance(); // consumes the peeked byte, updating line and column
    bool fill();
    Token fail(const QString& message);
    Token readString();
    Token readNumber();
    Token readLiteral();
    bool readEscape();
    bool readUtf8(uchar lead);
    bool readHex4(uint& out);

    QIODevice* m_device = nullptr;
    qsizetype m_chunkSize = 0;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    qint64 m_line = 1;
    qint64 m_column = 1;
    qint64 m_tokenLine = 1;
    qint64 m_tokenColumn = 1;
    Token m_token = Token::None;
    QString m_string;
    QByteArray m_number;
    QString m_error;
};

} // namespace Entente
