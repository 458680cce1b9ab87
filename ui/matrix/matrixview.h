// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The on-screen position matrix: a QTableView over PositionMatrixModel (so keyboard navigation, selection
// and screen-reader text come from Qt), whose delegate and header draw through the same routines as the
// export renderer. Double-click, Enter or F2 on a cell asks to edit it; on a column header, to edit the
// issue's status.

#include <QHeaderView>
#include <QSet>
#include <QStyledItemDelegate>
#include <QTableView>

#include "matrixrenderer.h"

namespace Entente {

class MatrixDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    [[nodiscard]] QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    QSet<QPair<int, int>> highlighted; // (row, column) cells touched by the selected event
    [[nodiscard]] static MatrixCell cellFor(const QModelIndex& index);
};

// Column header that shows the issue name and its status chip as of the date.
class IssueHeaderView : public QHeaderView {
    Q_OBJECT
public:
    explicit IssueHeaderView(QWidget* parent = nullptr);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintSection(QPainter* painter, const QRect& rect, int logicalIndex) const override;
};

class MatrixView : public QTableView {
    Q_OBJECT
public:
    explicit MatrixView(QWidget* parent = nullptr);
    void setHighlightedCells(const QSet<QPair<int, int>>& cells);

signals:
    void editCellRequested(int party, int issue);
    void editStatusRequested(int issue);
    void currentCellChanged(int party, int issue);

protected:
    // Paints the visible cells through paintMatrixCell() directly: the per-cell delegate machinery of
    // QTableView (style options, several QVariant look-ups per role) costs more than the cell itself.
    void paintEvent(QPaintEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    MatrixDelegate* m_delegate = nullptr;
};

} // namespace Entente
