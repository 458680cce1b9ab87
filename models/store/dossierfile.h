// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Interchange at the level of whole files, for Document and the models facade (dossierio.h): read any dossier
// (a dossier file, a team URI or JSON interchange) without taking its lock, merge the events of a file into a
// dossier in memory, and export data by extension. Errors are one sentence naming the file.

#include "dossier.h"
#include "eventimporttypes.h"
#include "result.h"

#include <QString>

namespace Entente {

// Reads a stored dossier (read-only, no lock taken) or a JSON dossier. *schemaVersion gets the SQLite schema
// version (0 for JSON).
[[nodiscard]] Status readDossierAny(const QString& path, Dossier& out, int* schemaVersion = nullptr);
// The sample dossier shipped in the application's resources.
[[nodiscard]] QString sampleDossierResource();
// Adds the events of `in` (CSV, or the events of a JSON dossier) to `target` and returns how many it added. On
// error target is unchanged.
[[nodiscard]] Result<qsizetype> importEventsInto(const QString& in, Dossier& target, const ImportOptions& options);
// Adds the events of the dossier `source` (and the sources they cite) to `target`, keeping event ids unless they
// clash; every party and issue they name must exist in `target`. Returns how many it added; errors name
// `sourceName`. On error target is unchanged.
[[nodiscard]] Result<qsizetype> mergeDossierEvents(const Dossier& source, const QString& sourceName, Dossier& target);
// Writes the whole dossier as JSON, its events as CSV, or a TimelineJS3 file of [from, to]; format
// "json"/"csv"/"timelinejs", or empty to use the extension (.json, .csv).
[[nodiscard]] Status exportDossierData(const Dossier& d, const QString& path, const QString& format = {},
    qint64 from = PartialDate::Invalid, qint64 to = PartialDate::Invalid);

} // namespace Entente
