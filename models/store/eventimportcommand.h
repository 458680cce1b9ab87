// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The headless side of `entente import IN --into FILE --mapping NAME|MAPPING.json [--skip-bad-rows]`: the lead's
// command line loads the target dossier, calls this, and writes the dossier back only when it returns true.
// Progress goes to stderr when stderr is a terminal; row errors are summarised there as well.

#include "dossier.h"

#include <QString>

namespace Entente {

struct ImportCommandStats {
    qint64 rowsRead = 0;
    qint64 imported = 0;
    qint64 skipped = 0;
    qint64 newParties = 0;
    qint64 newSources = 0;
};

// Imports `in` (CSV/TSV/JSON events or a TimelineJS3 file when the mapping is "timelinejs") into `dossier`
// with the named mapping (a file, a preset or a saved name). All-or-nothing: on false, dossier is unchanged.
bool importIntoDossier(const QString& in, Dossier& dossier, const QString& mappingNameOrFile, bool skipBadRows,
    ImportCommandStats* stats, QString* error, const QString& reportPath = {});

} // namespace Entente
