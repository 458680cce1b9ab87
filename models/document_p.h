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
Status Document::transact(const QString& defaultAction, Write&& write, Revert&& revert)
{
    if (!m_store)
        return {};
    const QString action = m_nextAction.isEmpty() ? defaultAction : m_nextAction;
    Status result = m_store->begin();
    if (result.ok()) {
        result = write();
        if (result.ok())
            result = m_store->journal(action, defaultAction);
        if (result.ok())
            result = m_store->commit();
        if (!result.ok())
            m_store->rollback();
    }
    if (!result.ok()) {
        revert();
        emit writeFailed(result.message());
    }
    return result;
}

} // namespace Entente
