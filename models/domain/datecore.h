// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one date core: the calendar on <chrono> (proleptic Gregorian days, months, leap years) and the one parser
// of the date texts Entente reads. Each caller names the forms it accepts (DateCore::Forms): PartialDate::parse
// the ISO forms with signed years, the bulk importer ISO, compact digits and month names (ACLED, GDELT, TimeFlow,
// spreadsheets), The Timeline Project's "YYYY-M-D hh:mm:ss", TimelineJS its date parts through civilToMsecs.
//
// Years are a dossier's: there is no year 0 and -1 is 1 BCE (as in QDate and in the ISO text "-0044" that
// PartialDate writes); inside, the arithmetic is std::chrono's, whose year 0 is 1 BCE.

#include "partialdate.h"

#include <QByteArrayView>
#include <QFlags>

#include <optional>

namespace Entente::DateCore {

constexpr qint64 DayMs = 86400000;
constexpr int MinYear = -9999;
constexpr int MaxYear = 9999;

[[nodiscard]] bool isLeapYear(int year);
[[nodiscard]] int daysInMonth(int year, int month); // 0 when there is no such month (or year 0)
// Days since 1970-01-01, or nullopt when there is no such day.
[[nodiscard]] std::optional<qint64> daysFromCivil(int year, int month, int day);
// Msecs since the epoch (UTC) of a day and a time of day, or nullopt when there is no such day or time.
[[nodiscard]] std::optional<qint64> civilToMsecs(int year, int month, int day, int hour = 0, int minute = 0);

struct Civil {
    int year = 1970;
    int month = 1;
    int day = 1;
    int hour = 0;
    int minute = 0;
    int weekday = 3; // 0 = Monday
};
[[nodiscard]] Civil civilFromMsecs(qint64 msecs);
// The same time of day `months` later; a day past the end of the month becomes its last day.
[[nodiscard]] qint64 addMonths(qint64 msecs, int months);

// "jan", "january", "Sept", … (case-insensitive) → 1…12; 0 when the word is no month's name. A name matches by
// its first three or four letters or in full.
[[nodiscard]] int monthFromName(QByteArrayView word);
// A two-digit year as spreadsheets read it: 00–29 → 2000–2029, 30–99 → 1930–1999.
[[nodiscard]] constexpr int fromTwoDigitYear(int yy) { return yy < 30 ? 2000 + yy : 1900 + yy; }

enum class Form : quint8 {
    Iso = 0x1, // "2025", "2025-12", "2025-12-15", "2025-12-15T10:30[:ss[.fff]][Z|±hh[:mm]]", a space for the T
    SignedYear = 0x2, // with Iso: "-0044-03-15" (44 BCE)
    CompactDigits = 0x4, // "20251215" (day), "202512" (month), "202512151030[00]" (minute)
    MonthNames = 0x8, // "15 December 2025", "5-Aug-24", "01-January-2015", "December 15, 2025", "Apr 23 2010
                      // 18:00:00", "December 2025"
    LooseIso = 0x10, // "2010-4-20 18:00:00": one- or two-digit months and days, up to four-digit signed years; a
                     // time at midnight is a day
};
Q_DECLARE_FLAGS(Forms, Form)

// On failure the error (Kind::Invalid) gives a short reason ("month 13 out of range"). The bulk path calls this
// per cell: the message is only built on failure, and a success does not allocate.
[[nodiscard]] Result<PartialDate> parse(QByteArrayView text, Forms forms);

// An instant, msecs since the epoch, as stores and files record when a change was made: ISO 8601
// "YYYY-MM-DD[(T| )HH:MM[:SS[.fff…]]][Z|±hh[[:]mm]]", years 1–9999, no zone meaning UTC. Unlike parse() it keeps
// seconds and milliseconds (further digits of the fraction are cut) and refuses a 60th second. Errors as parse().
[[nodiscard]] Result<qint64> parseInstant(QByteArrayView text);

} // namespace Entente::DateCore

Q_DECLARE_OPERATORS_FOR_FLAGS(Entente::DateCore::Forms)
