// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportrunner.h"

#include "eventimport.h"
#include "eventimportcommand.h"

#include <QThread>

namespace Entente {

Result<ImportPreview> previewImportFile(const QString& path, const ColumnMapping& mapping, int maxRows)
{
    QString error;
    auto preview = previewImport(path, mapping, maxRows, &error);
    if (!preview)
        return Error(error);
    return std::move(*preview);
}

Result<ColumnMapping> detectImportMapping(const QString& path)
{
    QString error;
    auto mapping = autoMappingFor(path, &error);
    if (!mapping)
        return Error(error);
    return std::move(*mapping);
}

Result<Dossier> readTimelineToolFile(const QString& importer, const QString& path, const Dossier& target,
    bool groupsAsParties, bool skipBadRows, EventImportResult* report)
{
    TimelineJsImportOptions options;
    options.groupsAsParties = groupsAsParties;
    QString error;
    auto merged = readWithImporter(importer, path, target, options, skipBadRows, &error, report);
    if (!merged)
        return Error(error);
    return std::move(*merged);
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

bool EventImportRunner::start(
    const QString& path, const ColumnMapping& mapping, const Dossier& target, EventImportOptions options)
{
    if (isRunning())
        return false;
    delete m_thread;
    m_cancel = false;
    m_cancelled = false;
    m_result.reset();
    m_report = {};
    m_error.clear();
    options.cancel = &m_cancel;
    auto userProgress = options.progress;
    options.progress = [this, userProgress](const ImportProgress& p) {
        if (userProgress)
            userProgress(p);
        emit progress(p.bytesRead, p.bytesTotal, p.rows, p.rowsPerSecond); // queued to the runner's thread
    };
    // The worker writes these; they are read only after the thread has finished.
    auto outcome = std::make_shared<std::pair<std::optional<Dossier>, std::optional<EventImportResult>>>();
    auto error = std::make_shared<QString>();
    m_thread = QThread::create([path, mapping, snapshot = target, options, outcome, error]() mutable {
        auto result = importEvents(path, mapping, snapshot, options, error.get());
        if (!result)
            return;
        if (options.cancel->load()) {
            *error = QStringLiteral("import cancelled");
            return;
        }
        outcome->first = applyImport(snapshot, *result, error.get());
        result->countNewPartyRows();
        result->events.clear();
        outcome->second = std::move(result);
    });
    connect(m_thread, &QThread::finished, this, [this, outcome, error] {
        m_cancelled = m_cancel.load();
        if (outcome->second)
            m_report = std::move(*outcome->second);
        const bool ok = !m_cancelled && outcome->first.has_value();
        if (ok)
            m_result = std::move(outcome->first);
        else
            m_error = m_cancelled ? tr("Import cancelled") : *error;
        emit finished(ok);
    });
    m_thread->start(QThread::LowPriority);
    return true;
}

std::optional<Dossier> EventImportRunner::takeResult()
{
    auto r = std::move(m_result);
    m_result.reset();
    return r;
}

} // namespace Entente
