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

#include "eventimporttypes.h"

#include <QByteArray>
#include <QList>

#include <atomic>
#include <functional>
#include <optional>

class QIODevice;

namespace Entente {

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
