// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File-level operations shared by the command line and the main window: read any dossier (.entente or
// JSON interchange), create a document file from JSON, import events or a dossier into a dossier
// (all-or-nothing), and export data by extension. Errors are one sentence naming the file.

#include "dossier.h"

#include <QString>

namespace Entente {

struct ImportOptions {
    bool keepUnknownColumnsAsTags = true; // CSV: unknown columns become "column=value" tags, else ignored
    QString mapping; // a column mapping (preset name such as "acled", "auto", or a mapping file): the bulk importer;
                     // empty: a CSV in the dossier's own format or a JSON dossier, else "auto"
    bool groupsAsParties = true; // TimelineJS groups: parties, or tags
    bool skipBadRows = false; // with a mapping: skip bad rows (reported) instead of stopping at the first
    QString reportPath; // with a mapping: where to write the per-row error report (CSV)
    bool progress = false; // with a mapping: progress on stderr when it is a terminal
};

// Reads a .entente file (read-only, no lock taken) or a JSON dossier. *schemaVersion gets the SQLite schema
// version (0 for JSON).
bool readDossierAny(const QString& path, Dossier& out, QString* error, int* schemaVersion = nullptr);
// The sample dossier shipped in the application's resources.
[[nodiscard]] QString sampleDossierResource();
// Reads the JSON dossier at jsonPath (a file or a ":/" resource) and writes it as a new document file.
bool createDossierFileFromJson(const QString& jsonPath, const QString& path, QString* error);
bool createEmptyDossierFile(const QString& path, const QString& name, QString* error);
// Adds the events of `in` (CSV, or the events of a JSON dossier) to `target`. On error target is unchanged.
bool importEventsInto(const QString& in, Dossier& target, const ImportOptions& options, qsizetype* added, QString* error);
// Imports into a document file (created from `in` when it does not exist and `in` is a JSON dossier).
bool importIntoFile(const QString& in, const QString& into, const ImportOptions& options, qsizetype* added, QString* error);
// Writes the whole dossier as JSON, its events as CSV, or a TimelineJS3 file of [from, to]; format
// "json"/"csv"/"timelinejs", or empty to use the extension (.json, .csv).
bool exportDossierData(const Dossier& d, const QString& path, QString* error, const QString& format = {},
    qint64 from = PartialDate::Invalid, qint64 to = PartialDate::Invalid);

} // namespace Entente
