// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A dock page: a table over one of the document's models with Add and Remove buttons below it. What Add
// and Remove do is given by the window (they push commands); the panel only reports which row is current.

#include <QWidget>

#include <functional>

class QAbstractItemModel;
class QHBoxLayout;
class QPushButton;
class QTableView;
class QVBoxLayout;

namespace Entente {

// A row-oriented table as the window's docks show them: named, row selection, fixed row heights, no row
// header, last column stretched.
[[nodiscard]] QTableView* makeDockTable(QWidget* parent, const QString& objectName, const QString& accessibleName);

class TablePanel : public QWidget {
    Q_OBJECT
public:
    TablePanel(QAbstractItemModel* model, const QString& name, const QString& accessibleName, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] int currentRow() const;
    void setActions(const QString& addText, std::function<void()> add, const QString& removeText,
        std::function<void(int row)> remove);
    void addWidget(QWidget* below); // extra content under the buttons (e.g. a status history)
    // One more button beside Add and Remove, acting on the current row (not called when there is none).
    QPushButton* addButton(const QString& text, const QString& objectName, std::function<void(int row)> action);

private:
    QTableView* m_view = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QVBoxLayout* m_layout = nullptr;
    QHBoxLayout* m_buttons = nullptr;
};

} // namespace Entente
