// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Date recognition for bulk event import, straight from UTF-8 bytes (no QString per cell). Recognised, with
// the precision each carries: ISO 8601 ("2025", "2025-12", "2025-12-15", "2025-12-15T10:30[:ss[.fff]][Z|±hh:mm]",
// a space instead of the T), compact "YYYYMMDD" (GDELT SQLDATE, day), "YYYYMM" (month), "YYYYMMDDhhmmss"
// (GDELT DATEADDED, minute), "15 December 2025" / "15 Dec 2025" (day), "December 2025" (month) and
// "December 15, 2025" (day), "15-Dec-2025" / "01-January-2015" (day) and "5-Aug-24" (day; a two-digit year is
// read as spreadsheets read it: 00–29 → 2000–2029, 30–99 → 1930–1999). Times are kept to the minute, in UTC.
// The forms are the date core's (datecore.h); this is the importers' list of them.

#include "partialdate.h"

#include <QByteArrayView>

namespace Entente {

// On failure the error (Kind::Invalid) gives a short reason ("month 13 out of range"). This is the bulk path:
// the message is only built on failure, and a success does not allocate.
[[nodiscard]] Result<PartialDate> parseEventDate(QByteArrayView text);

} // namespace Entente
