// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportrunner.h"

#include "eventimport.h"
#include "eventimportcommand.h"

#include <QThread>

namespace Entente {

Result<ImportPreview> previewImportFile(const QString& path, const ColumnMapping& mapping, int maxRows)
{
    return previewImport(path, mapping, maxRows);
}

Result<ColumnMapping> detectImportMapping(const QString& path) { return autoMappingFor(path); }

Result<Dossier> readTimelineToolFile(const QString& importer, const QString& path, const Dossier& target,
    bool groupsAsParties, bool skipBadRows, EventImportResult* report)
{
    TimelineJsImportOptions options;
    options.groupsAsParties = groupsAsParties;
    return readWithImporter(importer, path, target, options, skipBadRows, report);
}

EventImportRunner::EventImportRunner(QObject* parent)
    : QObject(parent)
{
}

EventImportRunner::~EventImportRunner()
{
    if (m_thread) {
        m_cancel = true;
        m_thread->wait();
        delete m_thread;
    }
}

bool EventImportRunner::isRunning() const { return m_thread && m_thread->isRunning(); }

void EventImportRunner::cancel() { m_cancel = true; }

Status EventImportRunner::start(
    const QString& path, const ColumnMapping& mapping, const Dossier& target, EventImportOptions options)
{
    if (isRunning())
        return Error(tr("An import is already running"));
    delete m_thread;
    m_cancel = false;
    m_cancelled = false;
    m_result.reset();
    m_report = {};
    m_error = {};
    options.cancel = &m_cancel;
    auto userProgress = options.progress;
    options.progress = [this, userProgress](const ImportProgress& p) {
        if (userProgress)
            userProgress(p);
        emit progress(p.bytesRead, p.bytesTotal, p.rows, p.rowsPerSecond); // queued to the runner's thread
    };
    // The worker writes these; they are read only after the thread has finished.
    struct Outcome {
        std::optional<Dossier> merged;
        std::optional<EventImportResult> report;
        Error error;
    };
    auto outcome = std::make_shared<Outcome>();
    m_thread = QThread::create([path, mapping, snapshot = target, options, outcome]() mutable {
        auto result = importEvents(path, mapping, snapshot, options);
        if (!result.ok()) {
            outcome->error = result.error();
            return;
        }
        if (options.cancel->load()) {
            outcome->error = Error(QStringLiteral("import cancelled"));
            return;
        }
        if (auto merged = applyImport(snapshot, result.value()); merged.ok())
            outcome->merged = std::move(merged).value();
        else
            outcome->error = merged.error();
        result->countNewPartyRows();
        result->events.clear();
        outcome->report = std::move(result).value();
    });
    connect(m_thread, &QThread::finished, this, [this, outcome] {
        m_cancelled = m_cancel.load();
        if (outcome->report)
            m_report = std::move(*outcome->report);
        const bool ok = !m_cancelled && outcome->merged.has_value();
        if (ok)
            m_result = std::move(outcome->merged);
        else
            m_error = m_cancelled ? Error(tr("Import cancelled")) : outcome->error;
        emit finished(ok ? Status() : Status(m_error));
    });
    m_thread->start(QThread::LowPriority);
    return {};
}

std::optional<Dossier> EventImportRunner::takeResult()
{
    auto r = std::move(m_result);
    m_result.reset();
    return r;
}

} // namespace Entente
