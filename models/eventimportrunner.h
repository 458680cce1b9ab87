// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Runs a bulk import (and the merge into a copy of the dossier) on a worker thread so the UI never waits.
// progress() and finished() are emitted on the runner's own thread (queued from the worker). The runner owns
// a snapshot of the target dossier taken at start(); the caller's dossier is never touched, so a cancelled
// or failed import leaves it exactly as it was. On success takeResult() hands over the merged dossier.

#include "eventimporttypes.h"
#include "result.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace Entente {

// The start of a file as the importer sees it (format, delimiter, header, the first rows), for a preview.
[[nodiscard]] Result<ImportPreview> previewImportFile(const QString& path, const ColumnMapping& mapping, int maxRows = 20);
// The mapping "auto" would use for a file (its kind detected: ACLED, GDELT, TimelineJS, header synonyms, …).
[[nodiscard]] Result<ColumnMapping> detectImportMapping(const QString& path);
// A file read by the importer a mapping names (TimelineJS JSON or sheet, The Timeline Project, TimeFlow): small
// files, read at once into a copy of target. report gets a TimeFlow table's counts and row errors.
[[nodiscard]] Result<Dossier> readTimelineToolFile(const QString& importer, const QString& path,
    const Dossier& target, bool groupsAsParties, bool skipBadRows, EventImportResult* report);

class EventImportRunner : public QObject {
    Q_OBJECT
public:
    explicit EventImportRunner(QObject* parent = nullptr);
    ~EventImportRunner() override; // cancels and waits for the worker

    // An error when an import is already running.
    [[nodiscard]] Status start(
        const QString& path, const ColumnMapping& mapping, const Dossier& target, EventImportOptions options = {});
    void cancel();
    [[nodiscard]] bool isRunning() const;
    [[nodiscard]] bool wasCancelled() const { return m_cancelled; }

    // After finished(): the merged dossier (once), the counts and row errors, the error when it failed (the
    // error's line and field name the row at fault when the import stopped at a bad row).
    [[nodiscard]] std::optional<Dossier> takeResult();
    [[nodiscard]] const EventImportResult& report() const { return m_report; }
    [[nodiscard]] const Error& error() const { return m_error; }

signals:
    void progress(qint64 bytesRead, qint64 bytesTotal, qint64 rows, double rowsPerSecond);
    void finished(const Entente::Status& status); // ok, or the same error as error()

private:
    QThread* m_thread = nullptr;
    std::atomic_bool m_cancel = false;
    bool m_cancelled = false;
    std::optional<Dossier> m_result;
    EventImportResult m_report; // without its events once merged
    Error m_error;
};

} // namespace Entente
