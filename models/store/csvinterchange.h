// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Events to and from CSV (docs/format.md, "Interchange: CSV"). Import maps header columns to event fields by
// name, checks every row and applies the whole file to a copy of the dossier, which replaces the original
// only when every row passed: a failed import leaves the dossier exactly as it was. Export quotes per
// RFC 4180 and defuses spreadsheet formulas; import undoes that prefix, so export → import gives equal events.

#include "interchangeerror.h"

class QIODevice;

namespace Entente {

class Dossier;

struct CsvImportOptions {
    enum class UnknownColumns : quint8 { KeepAsTags, Ignore };
    UnknownColumns unknownColumns = UnknownColumns::KeepAsTags; // keep as "column=value" tags, or drop
};

// On error `dossier` is untouched; the error names the line of the record, the column and the reason.
// `imported` (optional) receives the number of events added.
[[nodiscard]] InterchangeError importEventsCsv(
    QIODevice& in, Dossier& dossier, const CsvImportOptions& options = {}, qsizetype* imported = nullptr);

// Writes a header and every event in timeline order. Returns an error message, empty on success.
[[nodiscard]] QString exportEventsCsv(const Dossier& d, QIODevice& out);

// Writes through SafeFileWriter: on any failure the previous file at `path` is left as it was.
[[nodiscard]] Status exportEventsCsvFile(const Dossier& d, const QString& path);

// A cell as export writes it: formula prefix, then RFC 4180 quoting when needed. Exposed for tests and for
// other exporters that write CSV.
[[nodiscard]] QString csvCell(QStringView text, bool isText = true);

} // namespace Entente
