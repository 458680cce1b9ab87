// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The headless side of `entente import IN --into FILE --mapping NAME|MAPPING.json [--skip-bad-rows]`: the lead's
// command line loads the target dossier, calls this, and writes the dossier back only when it returns true.
// Progress goes to stderr when stderr is a terminal; row errors are summarised there as well.

#include "dossier.h"
#include "timelinejs.h"

#include <QString>

namespace Entente {

struct ImportCommandStats {
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
    qint64 newParties = 0;
    qint64 newSources = 0;
    qint64 duplicates = 0; // rows whose external id the dossier (or the file, earlier) already held
};

struct EventImportResult;

// Reads a file whose mapping names an importer ("timelinejs", "timelinejs-sheet", "timeline-project",
// "timeflow") into a copy of dossier. report, when given, gets the TimeFlow table's counts and row errors.
[[nodiscard]] Result<Dossier> readWithImporter(const QString& importer, const QString& in, const Dossier& dossier,
    const TimelineJsImportOptions& options, bool skipBadRows, EventImportResult* report = nullptr);

// Imports `in` (CSV/TSV/JSON events, a The Timeline Project .timeline or TimeFlow .time file, a TimelineJS3 file when the mapping is "timelinejs", the TimelineJS
// Google-Sheet CSV when it is "timelinejs-sheet") into `dossier` with the named mapping (a file, a preset, a
// saved name, or "auto": chosen from the file's columns, see autoMappingFor()). TimelineJS groups become
// parties, or tags when groupsAsParties is false. All-or-nothing: on error, dossier is unchanged.
[[nodiscard]] Result<ImportCommandStats> importIntoDossier(const QString& in, Dossier& dossier,
    const QString& mappingNameOrFile, bool skipBadRows, const QString& reportPath = {}, bool groupsAsParties = true);

} // namespace Entente
