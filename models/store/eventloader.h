// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Reads a stored dossier's events on a worker thread, for the two-phase open of a large dossier:
// DossierStore::loadHead() gives the window everything but the events (and the event count) in a few ms,
// an EventLoader runs the store's eventReader() meanwhile to fill a separate EventStore, and
// Dossier::adoptEvents() takes it.
//
// The reader opens a connection of its own (a QSqlDatabase connection belongs to the thread that made it)
// and reads one snapshot. Progress is a pair of atomics (rows read, rows expected) that the GUI
// polls, plus an optional callback run on the worker. cancel() stops the read at the next progress step;
// the destructor cancels and joins, so dropping a loader mid-load is safe.

#include "dossierstore.h"
#include "eventstore.h"

#include <QString>

#include <atomic>
#include <functional>
#include <thread>

namespace Entente {

class EventLoader {
public:
    // Runs on the worker thread with (rows read, rows expected); rows read never decreases.
    using Progress = std::function<void(qint64 rows, qint64 total)>;
    // Runs on the worker thread once the load has ended (successfully, with an error, or cancelled).
    using Done = std::function<void()>;

    EventLoader() = default;
    ~EventLoader();
    EventLoader(const EventLoader&) = delete;
    EventLoader& operator=(const EventLoader&) = delete;

    // Starts `reader` on the worker; expectedRows sizes the progress (loadHead()'s count).
    void start(DossierStore::EventReader reader, qint64 expectedRows, Progress progress = {}, Done done = {});
    void cancel() { m_cancel.store(true); }
    // Blocks until the worker has ended; then error() and takeEvents() are valid.
    void wait();

    [[nodiscard]] bool isFinished() const { return m_finished.load(); }
    [[nodiscard]] qint64 rowsLoaded() const { return m_rows.load(); }
    [[nodiscard]] qint64 expectedRows() const { return m_expected; }
    [[nodiscard]] bool wasCancelled() const { return m_cancel.load(); }
    // Empty on success. Valid after wait().
    [[nodiscard]] QString error() const { return m_error; }
    // The finished (sorted, indexed) events. Valid after wait() when error() is empty.
    [[nodiscard]] EventStore takeEvents() { return std::move(m_events); }
    [[nodiscard]] RowVersions takeVersions() { return std::move(m_versions); } // of the edited events

private:
    void run(DossierStore::EventReader reader, Progress progress, Done done);

    std::thread m_thread;
    EventStore m_events;
    RowVersions m_versions;
    QString m_error;
    qint64 m_expected = 0;
    std::atomic<qint64> m_rows { 0 };
    std::atomic<bool> m_cancel { false };
    std::atomic<bool> m_finished { false };
};

} // namespace Entente
