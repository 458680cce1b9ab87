// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What document.cpp and documentbackground.cpp share: the journal-action guard and the one-transaction write.

#include "document.h"
#include "dossierstore.h"

namespace Entente {

// Clears the pending journal action however an apply* returns.
struct ClearOnExit {
    QString& text;
    ~ClearOnExit() { text.clear(); }
};

template <typename Write, typename Revert>
QString Document::transact(const QString& defaultAction, Write&& write, Revert&& revert)
{
    if (!m_store)
        return {};
    const QString action = m_nextAction.isEmpty() ? defaultAction : m_nextAction;
    QString error = m_store->begin();
    if (error.isEmpty()) {
        error = write();
        if (error.isEmpty())
            error = m_store->journal(action, defaultAction);
        if (error.isEmpty())
            error = m_store->commit();
        if (!error.isEmpty())
            m_store->rollback();
    }
    if (!error.isEmpty()) {
        revert();
        emit writeFailed(error);
    }
    return error;
}

} // namespace Entente
