// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Whole-dossier operations for the window and the command line, which see no store: read a dossier without
// opening it for editing, import a file into a stored dossier (through Document, so the dossier's lock is taken
// and the write is the one checked, all-or-nothing import write), and export data. A location is a dossier file,
// a .json interchange file, or a postgresql:// URI.

#include "dossier.h"
#include "eventimporttypes.h"
#include "result.h"

#include <functional>
#include <optional>

namespace Entente::DossierIO {

// The sample dossier shipped in the application's resources (a ":/" path to a JSON dossier).
[[nodiscard]] QString sampleDossierResource();
// Reads a dossier read-only, without taking its lock (info, export, export-data). *schemaVersion gets the stored
// schema version (0 for JSON).
[[nodiscard]] Result<Dossier> readDossier(const QString& location, int* schemaVersion = nullptr);
// What `entente info` tells about a location besides the dossier itself.
struct LocationInfo {
    Dossier dossier;
    int schemaVersion = 0; // 0 for JSON
    bool server = false; // a team dossier (postgresql:// URI)
    // Team dossiers only: the server role connected as, whether it may write (else why not), the newest
    // journal line.
    QString serverRole;
    bool mayWrite = false;
    QString readOnlyReason;
    struct JournalLine {
        qint64 id = 0;
        qint64 at = 0; // msecs UTC
        QString user;
        QString action;
        QString detail;
    };
    std::optional<JournalLine> lastJournal;
};
[[nodiscard]] Result<LocationInfo> describe(const QString& location);
// Publishes `d` as a new team dossier at the postgresql:// `uri`, with COPY in one transaction: refused, with
// nothing written, when the id exists on the server or the role may not publish. `progress` (optional; called
// on the calling thread) gets the events written so far. May run on a worker thread.
[[nodiscard]] Status publish(
    const Dossier& d, const QString& uri, const std::function<void(qint64 events)>& progress = {});
[[nodiscard]] bool isTeamLocation(const QString& location); // a postgresql:// or postgres:// URI
// Imports `in` into the dossier at `into`, creating it when it does not exist (from `in` when that is a JSON
// dossier or a team dossier URI and no mapping is given, else empty and named after `in`; removed again if the import fails). Takes
// the dossier's lock: a dossier open in another window is refused, naming who has it. The value is the number
// of events added.
[[nodiscard]] Result<qsizetype> importInto(const QString& in, const QString& into, const ImportOptions& options);
// Writes the whole dossier as JSON, its events as CSV, or a TimelineJS3 file of [from, to]; format
// "json"/"csv"/"timelinejs", or empty to use the extension (.json, .csv).
[[nodiscard]] Status exportData(const Dossier& d, const QString& path, const QString& format = {},
    qint64 from = PartialDate::Invalid, qint64 to = PartialDate::Invalid);

} // namespace Entente::DossierIO
