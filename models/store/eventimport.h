// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Bulk event import from delimited text (CSV/TSV) and JSON (an array of objects, or one object per line).
// Both readers stream the file in large byte chunks and parse UTF-8 bytes directly: no whole-file QString,
// no QJsonDocument, no per-line split. Rows become events through a ColumnMapping and are appended to a
// fresh EventStore (append() + finish()), so the result is built off to the side of the dossier.
//
// Nothing is half-imported: importEvents() returns the complete result or an error (unreadable
// file, a JSON syntax error, the first bad row in stop mode, cancellation). applyImport() merges a result into
// a copy of the dossier in one step and validates it. The importer may run on any thread; progress is
// reported through a callback on that thread and cancellation is an atomic flag checked per chunk.

#include "eventimporttypes.h"
#include "result.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace Entente {

[[nodiscard]] Result<ImportPreview> previewImport(const QString& path, const ColumnMapping& mapping, int maxRows = 20);
// Detection on the first bytes of a file.
[[nodiscard]] ImportFormat detectFormat(QByteArrayView head);
[[nodiscard]] char detectDelimiter(QByteArrayView head);
[[nodiscard]] bool detectHeader(QByteArrayView head, char delimiter);

// The mapping "--mapping auto" uses for a file: a TimelineJS3 JSON file (importer "timelinejs"), the TimelineJS
// Google-Sheet template, an ACLED export or a GDELT event file by their columns, otherwise header synonyms
// (see autoMapping()). An error when the file cannot be read or no date column is recognised.
[[nodiscard]] Result<ColumnMapping> autoMappingFor(const QString& path);

// An error names the line (and column) of the first bad row in stop mode.
[[nodiscard]] Result<EventImportResult> importEvents(const QString& path, const ColumnMapping& mapping,
    const Dossier& target, const EventImportOptions& options = {});
[[nodiscard]] Result<EventImportResult> importEvents(QIODevice& device, const ColumnMapping& mapping,
    const Dossier& target, const EventImportOptions& options = {});

// A copy of target with the result's parties, sources and events added, validated; an error when the merged
// dossier would be invalid. target itself is never modified.
[[nodiscard]] Result<Dossier> applyImport(const Dossier& target, const EventImportResult& result);

} // namespace Entente
