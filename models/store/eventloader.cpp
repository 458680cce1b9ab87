// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventloader.h"

#include "sqlitebulk.h"

#include <sqlite3.h>

namespace Entente {

EventLoader::~EventLoader()
{
    cancel();
    wait();
}

void EventLoader::start(const QString& path, qint64 expectedRows, Progress progress, Done done)
{
    cancel();
    wait();
    m_events.clear();
    m_error.clear();
    m_expected = expectedRows;
    m_rows.store(0);
    m_cancel.store(false);
    m_finished.store(false);
    m_thread = std::thread(&EventLoader::run, this, path, std::move(progress), std::move(done));
}

void EventLoader::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void EventLoader::run(QString path, Progress progress, Done done)
{
    sqlite3* db = nullptr;
    const QByteArray file = path.toUtf8();
    if (sqlite3_open_v2(file.constData(), &db, SQLITE_OPEN_READONLY | SQLITE_OPEN_NOMUTEX, nullptr) != SQLITE_OK) {
        m_error = QStringLiteral("“%1” could not be opened: %2").arg(path, QString::fromUtf8(sqlite3_errmsg(db)));
    } else {
        sqlite3_exec(db, "BEGIN", nullptr, nullptr, nullptr);
        const QString e = SqliteBulk::loadEvents(db, m_events, [&](qint64 rows) {
            m_rows.store(rows);
            if (progress)
                progress(rows, m_expected);
            return !m_cancel.load();
        });
        // A damaged index or table must not take writes once the dossier is open: check the b-trees here, off
        // the GUI thread, in the same read transaction.
        QString damage;
        if (e.isEmpty() && !m_cancel.load()) {
            sqlite3_stmt* st = nullptr;
            if (sqlite3_prepare_v2(db, "PRAGMA quick_check(1)", -1, &st, nullptr) == SQLITE_OK && sqlite3_step(st) == SQLITE_ROW) {
                const auto* text = reinterpret_cast<const char*>(sqlite3_column_text(st, 0));
                const QString result = QString::fromUtf8(text ? text : "");
                if (result != u"ok")
                    damage = result.left(200).simplified();
            } else {
                damage = QString::fromUtf8(sqlite3_errmsg(db));
            }
            sqlite3_finalize(st);
        }
        sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr);
        if (!e.isEmpty())
            m_error = QStringLiteral("“%1” could not be read: %2").arg(path, e);
        else if (!damage.isEmpty())
            m_error = QStringLiteral("“%1” is damaged (%2)").arg(path, damage);
        else if (!m_cancel.load())
            m_events.finish();
    }
    sqlite3_close(db);
    if (m_cancel.load() && m_error.isEmpty())
        m_error = QStringLiteral("the load was cancelled");
    if (!m_error.isEmpty())
        m_events.clear();
    m_finished.store(true);
    if (done)
        done();
}

} // namespace Entente
