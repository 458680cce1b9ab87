// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bulk event import from delimited text (CSV/TSV) and JSON (an array of objects, or one object per line).
// Both readers stream the file in large byte chunks and parse UTF-8 bytes directly: no whole-file QString,
// no QJsonDocument, no per-line split. Rows become events through a ColumnMapping and are appended to a
// fresh EventStore (append() + finish()), so the result is built off to the side of the dossier.
//
// Nothing is half-imported: importEvents() returns the complete result or nullopt with an error (unreadable
// file, a JSON syntax error, the first bad row in stop mode, cancellation). applyImport() merges a result into
// a copy of the dossier in one step and validates it. The importer may run on any thread; progress is
// reported through a callback on that thread and cancellation is an atomic flag checked per chunk.

#include "dossier.h"
#include "eventimportmapping.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

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
    // Delimited files (QFile) at least parallelMinBytes long may be parsed in two halves on two threads; the
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
    QList<ImportRowError> errors; // at most maxStoredErrors
    qint64 errorCount = 0;
    qint64 rowsRead = 0;
    qint64 rowsImported = 0;
    qint64 rowsSkipped = 0;
    ImportFormat format = ImportFormat::Auto;
    char delimiter = 0;
    bool hadHeader = false;
    int threads = 1; // 2 when the file was parsed in two halves (see EventImportOptions::parallelMinBytes)

    // One "line,column,reason" CSV line per error, with a header.
    [[nodiscard]] QByteArray reportCsv() const;
    bool saveReport(const QString& path, QString* error = nullptr) const;
};

// What the start of a file looks like: for the wizard's preview and for detection.
struct ImportPreview {
    ImportFormat format = ImportFormat::Delimited;
    char delimiter = ',';
    bool hasHeader = true;
    QStringList columns; // header names, or "1", "2", … / the mapping's columnNames when there is none
    QList<QStringList> rows; // the first rows (data rows only)
};

[[nodiscard]] std::optional<ImportPreview> previewImport(
    const QString& path, const ColumnMapping& mapping, int maxRows = 20, QString* error = nullptr);
// Detection on the first bytes of a file.
[[nodiscard]] ImportFormat detectFormat(QByteArrayView head);
[[nodiscard]] char detectDelimiter(QByteArrayView head);
[[nodiscard]] bool detectHeader(QByteArrayView head, char delimiter);

[[nodiscard]] std::optional<EventImportResult> importEvents(const QString& path, const ColumnMapping& mapping,
    const Dossier& target, const EventImportOptions& options = {}, QString* error = nullptr);
[[nodiscard]] std::optional<EventImportResult> importEvents(QIODevice& device, const ColumnMapping& mapping,
    const Dossier& target, const EventImportOptions& options = {}, QString* error = nullptr);

// A copy of target with the result's parties, sources and events added, validated; nullopt (and *error) when
// the merged dossier would be invalid. target itself is never modified.
[[nodiscard]] std::optional<Dossier> applyImport(const Dossier& target, const EventImportResult& result, QString* error = nullptr);

} // namespace Entente
