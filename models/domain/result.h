// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one result convention of the store and model layers: a call that can fail returns Result<T>, a value or
// an Error. An Error's message is one user-facing sentence (translated where the layer that wrote it can
// translate), the same text whichever layer reports it: the status bar, a dialog and the command line show it
// as it is. Where it applies, the error also names the line and field of the input at fault, and its kind
// lets a caller react without parsing text (a Conflict is shown to the analyst, never retried blindly).
//
// There is deliberately no conversion to bool: `if (result)` would read as "if it failed" to some and "if it
// worked" to others. Ask ok() and read error().

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace Entente {

class Error {
public:
    enum class Kind : quint8 {
        Failed, // anything else: I/O, a refused statement, a broken invariant
        Conflict, // the stored row moved on since the version the caller read
        NotFound, // the row, file or dossier does not exist
        ReadOnly, // the dossier is open read-only (or the role may only read): nothing was written
        Locked, // another analyst or instance holds the dossier for writing (the message says who)
        Invalid, // the input is malformed or breaks an invariant of the dossier
        Unavailable, // the store cannot be reached (connection lost); retry later
    };

    Error() = default;
    explicit Error(QString message, Kind kind = Kind::Failed)
        : m_message(std::move(message))
        , m_kind(kind)
    {
    }
    Error(QString message, qint64 line, QString field, Kind kind = Kind::Invalid)
        : m_message(std::move(message))
        , m_field(std::move(field))
        , m_line(line)
        , m_kind(kind)
    {
    }

    [[nodiscard]] const QString& message() const { return m_message; }
    [[nodiscard]] Kind kind() const { return m_kind; }
    [[nodiscard]] qint64 line() const { return m_line; } // 1-based, or -1 when no line applies
    [[nodiscard]] const QString& field() const { return m_field; }
    // A copy with the message put in context ("FILE: message"); kind, line and field are kept.
    [[nodiscard]] Error prefixed(const QString& context) const
    {
        Error e = *this;
        e.m_message = context + u": " + m_message;
        return e;
    }
    friend bool operator==(const Error&, const Error&) = default;

private:
    QString m_message;
    QString m_field;
    qint64 m_line = -1;
    Kind m_kind = Kind::Failed;
};

template <typename T = void> class [[nodiscard]] Result {
public:
    Result(T value) // NOLINT(google-explicit-constructor): a value is a successful result
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(Error error) // NOLINT(google-explicit-constructor): so is an error a failed one
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_data.index() == 0; }
    [[nodiscard]] const Error& error() const
    {
        static const Error none;
        return ok() ? none : std::get<1>(m_data);
    }
    [[nodiscard]] QString message() const { return error().message(); } // empty when ok()
    [[nodiscard]] T& value() & { return std::get<0>(m_data); }
    [[nodiscard]] const T& value() const& { return std::get<0>(m_data); }
    [[nodiscard]] T&& value() && { return std::get<0>(std::move(m_data)); }
    [[nodiscard]] T* operator->() { return &value(); }
    [[nodiscard]] const T* operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

template <> class [[nodiscard]] Result<void> {
public:
    Result() = default; // success
    Result(Error error) // NOLINT(google-explicit-constructor)
        : m_error(std::move(error))
    {
    }
    // An error message from a layer that still speaks in strings (empty means success).
    [[nodiscard]] static Result fromMessage(const QString& message, Error::Kind kind = Error::Kind::Failed)
    {
        return message.isEmpty() ? Result() : Result(Error(message, kind));
    }

    [[nodiscard]] bool ok() const { return !m_error.has_value(); }
    [[nodiscard]] const Error& error() const
    {
        static const Error none;
        return m_error ? *m_error : none;
    }
    [[nodiscard]] QString message() const { return error().message(); } // empty when ok()

private:
    std::optional<Error> m_error;
};

using Status = Result<void>;

} // namespace Entente
