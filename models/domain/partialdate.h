// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A point in time known to a given precision: "2022" is a year, "2022-02" a month, "2025-12-15" a day,
// "2025-12-15T10:30Z" a minute (EDTF level 0 style). Sorting and as-of comparisons use the start of the
// period (msecs since the Unix epoch, UTC); display and ISO text respect the precision.

#include "result.h"

#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstdint>
#include <limits>
#include <optional>

namespace Entente {

enum class Precision : quint8 { Year = 0, Month = 1, Day = 2, Minute = 3 };

struct PartialDate {
    static constexpr qint64 Invalid = std::numeric_limits<qint64>::min();

    qint64 msecs = Invalid; // start of the period, UTC
    Precision precision = Precision::Day;

    [[nodiscard]] bool isValid() const { return msecs != Invalid; }
    [[nodiscard]] qint64 periodEnd() const; // exclusive end of the period (msecs)
    [[nodiscard]] QString toIso() const; // length carries the precision; empty when invalid
    [[nodiscard]] QString display() const; // "Feb 2022", "15 Dec 2025", "15 Dec 2025 10:30 UTC"

    // Parses ISO 8601 with the precision its length carries. On failure the error (Kind::Invalid) gives a short
    // reason ("month 13 out of range"); the message is only built on failure, and a success does not allocate.
    [[nodiscard]] static Result<PartialDate> parse(QStringView text);
    static PartialDate fromYmd(int y, int m, int d, Precision p = Precision::Day);
    static PartialDate fromMsecs(qint64 msecs, Precision p) { return PartialDate { msecs, p }; }

    friend bool operator==(const PartialDate& a, const PartialDate& b) = default;
    friend auto operator<=>(const PartialDate& a, const PartialDate& b)
    {
        if (a.msecs != b.msecs)
            return a.msecs <=> b.msecs;
        return a.precision <=> b.precision;
    }
};

[[nodiscard]] QString precisionName(Precision p);
[[nodiscard]] std::optional<Precision> precisionFromName(QStringView name);

// Timestamps (recorded-at and the like): ISO 8601 UTC with seconds, "2025-12-15T10:30:00Z".
[[nodiscard]] QString msecsToIsoUtc(qint64 msecs);
[[nodiscard]] std::optional<qint64> isoUtcToMsecs(QStringView text);

} // namespace Entente
