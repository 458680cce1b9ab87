// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The What Changed panel: WhatChanged between two dates as a tree (issue → status and position changes,
// then the events in between). Each entry links to what it came from: activating a position or status entry
// asks for its matrix cell (the history dock then shows the change and its sources), an event entry for the
// event. The main window sets the period (the compare date, or the change step before the as-of date, to
// the as-of date) and calls refresh() after edits. Text from the dossier is shown as plain text.

#include "whatchanged.h"

#include <QWidget>

class QLabel;
class QTreeWidget;
class QTreeWidgetItem;

namespace Entente {

class Document;

class WhatChangedPanel : public QWidget {
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, PartyRole, IssueRole, EventRole, ChangeRole };
    explicit WhatChangedPanel(Document* document, QWidget* parent = nullptr);

    void setPeriod(qint64 from, qint64 to);
    void refresh();
    [[nodiscard]] const WhatChanged& digest() const { return m_digest; }
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }

signals:
    void cellRequested(int party, int issue); // issue status: party -1
    void eventRequested(qint64 id);

private:
    void activate(QTreeWidgetItem* item);

    Document* m_document = nullptr;
    qint64 m_from = 0;
    qint64 m_to = 0;
    WhatChanged m_digest;
    QLabel* m_heading = nullptr;
    QTreeWidget* m_tree = nullptr;
};

} // namespace Entente
