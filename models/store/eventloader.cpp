// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloader.h"

namespace Entente {

EventLoader::~EventLoader()
{
    cancel();
    wait();
}

void EventLoader::start(DossierStore::EventReader reader, qint64 expectedRows, Progress progress, Done done)
{
    cancel();
    wait();
    m_events.clear();
    m_versions.clear();
    m_error.clear();
    m_expected = expectedRows;
    m_rows.store(0);
    m_cancel.store(false);
    m_finished.store(false);
    m_thread = std::thread(&EventLoader::run, this, std::move(reader), std::move(progress), std::move(done));
}

void EventLoader::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void EventLoader::run(DossierStore::EventReader reader, Progress progress, Done done)
{
    const Status s = reader(m_events, m_versions, [&](qint64 rows) {
        m_rows.store(rows);
        if (progress)
            progress(rows, m_expected);
        return !m_cancel.load();
    });
    if (!s.ok())
        m_error = s.message();
    if (m_cancel.load() && m_error.isEmpty())
        m_error = QStringLiteral("the load was cancelled");
    if (!m_error.isEmpty()) {
        m_events.clear();
        m_versions.clear();
    }
    m_finished.store(true);
    if (done)
        done();
}

} // namespace Entente
