// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What the JSON and CSV importers report when they refuse a file: where (1-based line and column, the field
// path such as "events[3].start" or a CSV column name) and what was wrong. A default-constructed value means
// success. Messages are plain text meant for an analyst, not translated here (the store has no QObject).

#include "result.h"

#include <QString>

namespace Entente {

struct InterchangeError {
    qint64 line = 0; // 1-based; 0 when no position applies
    qint64 column = 0; // 1-based, in characters; 0 when unknown
    QString field; // "events[3].start", a CSV column name, or empty
    QString message; // empty on success

    [[nodiscard]] bool isError() const { return !message.isEmpty(); }
    // As the store and model layers report it (result.h), in the context of `file`.
    [[nodiscard]] Error toError(const QString& file) const
    {
        return Error(file + QStringLiteral(": ") + toString(), line > 0 ? line : -1, field);
    }

    // "line 12, events[3].start: month 13 out of range"; empty on success.
    [[nodiscard]] QString toString() const
    {
        if (message.isEmpty())
            return {};
        QString where;
        if (line > 0)
            where = QStringLiteral("line %1").arg(line);
        if (!field.isEmpty())
            where += (where.isEmpty() ? QString() : QStringLiteral(", ")) + field;
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

} // namespace Entente
