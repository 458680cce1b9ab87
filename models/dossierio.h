// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whole-dossier operations for the window and the command line, which see no store: read a dossier without
// opening it for editing, import a file into a stored dossier (through Document, so the dossier's lock is taken
// and the write is the one checked, all-or-nothing import write), and export data. A location is a dossier file,
// a .json interchange file, or a postgresql:// URI.

#include "dossier.h"
#include "eventimporttypes.h"
#include "result.h"

namespace Entente::DossierIO {

// The sample dossier shipped in the application's resources (a ":/" path to a JSON dossier).
[[nodiscard]] QString sampleDossierResource();
// Reads a dossier read-only, without taking its lock (info, export, export-data). *schemaVersion gets the stored
// schema version (0 for JSON).
[[nodiscard]] Result<Dossier> readDossier(const QString& location, int* schemaVersion = nullptr);
// Imports `in` into the dossier at `into`, creating it when it does not exist (from `in` when that is a JSON
// dossier and no mapping is given, else empty and named after `in`; removed again if the import fails). Takes
// the dossier's lock: a dossier open in another window is refused, naming who has it. The value is the number
// of events added.
[[nodiscard]] Result<qsizetype> importInto(const QString& in, const QString& into, const ImportOptions& options);
// Writes the whole dossier as JSON, its events as CSV, or a TimelineJS3 file of [from, to]; format
// "json"/"csv"/"timelinejs", or empty to use the extension (.json, .csv).
[[nodiscard]] Status exportData(const Dossier& d, const QString& path, const QString& format = {},
    qint64 from = PartialDate::Invalid, qint64 to = PartialDate::Invalid);

} // namespace Entente::DossierIO
