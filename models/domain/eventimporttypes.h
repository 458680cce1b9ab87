// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The plain values of a bulk event import (options, progress, per-row errors, the result, the preview of a
// file's start) and of the command line's import: shared by the importers (models/store), Document and the
// window's import wizard, which never sees the importers themselves.

#include "dossier.h"
#include "eventimportmapping.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>

namespace Entente {

enum class ImportFormat : quint8 { Auto, Delimited, Json };

struct ImportRowError {
    qint64 line = 0; // 1-based line where the row starts
    QString column; // the column (or JSON field) at fault, empty for the row as a whole
    QString reason;
    friend bool operator==(const ImportRowError&, const ImportRowError&) = default;
};

struct ImportProgress {
    qint64 bytesRead = 0;
    qint64 bytesTotal = 0; // 0 when unknown
    qint64 rows = 0;
    double rowsPerSecond = 0;
};

struct EventImportOptions {
    ImportFormat format = ImportFormat::Auto;
    bool skipBadRows = true; // false: stop at the first bad row
    qsizetype maxStoredErrors = 10000; // further errors are counted, not kept
    qsizetype chunkSize = 4 << 20;
    // One record (a CSV row with its quoted line breaks, a JSON event object) may not be longer: a longer one is
    // an error naming its line, so memory stays bounded by the chunk and this cap, never by the input.
    qsizetype maxRecordBytes = 16 << 20;
    // Delimited and JSON files (QFile) at least parallelMinBytes long may be parsed in two halves on two threads; the
    // result is the same as one thread's. threads: 0 splits when the machine has two cores or more, 1 never
    // (a caller that knows the cores are busy: there the halves run no faster and the split costs a copy of
    // the second half), 2 always.
    int threads = 0;
    qint64 parallelMinBytes = 16 << 20;
    std::function<void(const ImportProgress&)> progress; // called on the importing thread, once per chunk
    const std::atomic_bool* cancel = nullptr;
};

struct EventImportResult {
    EventStore events; // finished; ids continue after the target dossier's
    QList<Party> newParties;
    QList<Source> newSources;
    QList<Issue> newIssues;
    QList<qint64> newPartyRows; // rows naming each of newParties (filled by countNewPartyRows())
    QStringList aliasesApplied; // "alias → name" for each actor alias some row used
    QList<ImportRowError> errors; // at most maxStoredErrors
    qint64 errorCount = 0;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    qint64 rowsDuplicate = 0; // left out: their external id is in the dossier already, or earlier in the file
    ImportFormat format = ImportFormat::Auto;
    char delimiter = 0;
    bool hadHeader = false;
    int threads = 1; // 2 when the file was parsed in two halves (see EventImportOptions::parallelMinBytes)

    // Fills newPartyRows from the events (before they are handed over): what the wizard's review shows.
    void countNewPartyRows();
    // One "line,column,reason" CSV line per error, with a header.
    [[nodiscard]] QByteArray reportCsv() const;
    [[nodiscard]] Status saveReport(const QString& path) const;
};

// What the start of a file looks like: for the wizard's preview and for detection.
struct ImportPreview {
    ImportFormat format = ImportFormat::Delimited;
    char delimiter = ',';
    bool hasHeader = true;
    QStringList columns; // header names, or "1", "2", … / the mapping's columnNames when there is none
    QList<QStringList> rows; // the first rows (data rows only)
};

// The command line's import (`entente import IN --into LOCATION …`).
struct ImportOptions {
    bool keepUnknownColumnsAsTags = true; // CSV: unknown columns become "column=value" tags, else ignored
    QString mapping; // a column mapping (preset name such as "acled", "auto", or a mapping file): the bulk importer;
                     // empty: a CSV in the dossier's own format or a JSON dossier, else "auto"
    bool groupsAsParties = true; // TimelineJS and .timeline groups/categories: parties, or tags
    bool skipBadRows = false; // with a mapping: skip bad rows (reported) instead of stopping at the first
    QString reportPath; // with a mapping: where to write the per-row error report (CSV)
    bool progress = false; // with a mapping: progress on stderr when it is a terminal
};

} // namespace Entente
