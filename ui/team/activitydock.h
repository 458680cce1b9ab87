// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Activity dock's contents: the journal of the open dossier (who did what, when), newest first, updated
// live as the analyst and the team edit, filtered by analyst and by period.

#include <QWidget>

class QComboBox;
class QTableView;

namespace Entente {

class ActivityModel;
class Document;

class ActivityPanel : public QWidget {
    Q_OBJECT
public:
    explicit ActivityPanel(Document* document, QWidget* parent = nullptr);
    [[nodiscard]] ActivityModel* model() const { return m_model; }

private:
    void fillAnalysts();
    void applyPeriod();

    ActivityModel* m_model = nullptr;
    QComboBox* m_analyst = nullptr;
    QComboBox* m_period = nullptr;
    QTableView* m_view = nullptr;
};

} // namespace Entente
