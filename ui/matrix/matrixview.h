// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The on-screen position matrix: a QTableView over PositionMatrixModel (so keyboard navigation, selection
// and screen-reader text come from Qt), whose delegate and header draw through the same routines as the
// export renderer. Double-click, Enter or F2 on a cell asks to edit it; on a column header, to edit the
// issue's status.
//
// Repainting what changed: the model announces only the cells (and header sections) an as-of step changed;
// the view turns each announcement into the rectangle of those cells, never the whole viewport. Painting
// reads cells from a per-cell memo of what the model said (filled on first paint, dropped for the cells a
// dataChanged names and wholly on any structural change) and blits each cell's base (fill, highlight,
// label) from an image cached per look; only the marks (salience, changed dot, no-source triangle) are drawn
// per cell. The issue header caches each section as an image in the same way. Every cache is dropped on a
// palette, font, style, language or layout-direction change, so what is cached is only ever a copy of what
// paintMatrixCell() would draw now.

#include <QHash>
#include <QHeaderView>
#include <QImage>
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
    void changeEvent(QEvent* event) override;

private:
    void paintSectionContent(QPainter* p, const QRect& rect, const QString& name, const QString& status,
        const QColor& statusColor) const;
    struct Section {
        QString name, status;
        QColor color;
        QSize size;
        QImage image;
    };
    mutable QHash<int, Section> m_sections; // by logical index: the last drawn section and what it showed
};

// What a cell's cached base depends on.
struct MatrixLookKey {
    QRgb fill = 0;
    int rank = -1; // MatrixCell::rank in thousandths
    QString label;
    QSize size;
    signed char direction = 0;
    bool unknown = false, highlighted = false, withSalience = false;
    friend bool operator==(const MatrixLookKey&, const MatrixLookKey&) = default;
};
size_t qHash(const MatrixLookKey& k, size_t seed = 0) noexcept;

class MatrixView : public QTableView {
    Q_OBJECT
public:
    explicit MatrixView(QWidget* parent = nullptr);
    void setHighlightedCells(const QSet<QPair<int, int>>& cells);
    void setModel(QAbstractItemModel* model) override;
    // Drops every cached cell and image (what a palette, font or language change does); for tests.
    void invalidateCaches();

signals:
    void editCellRequested(int party, int issue);
    void editStatusRequested(int issue);
    void currentCellChanged(int party, int issue);

protected:
    // Paints the dirty cells: the per-cell delegate machinery of QTableView (style options, several QVariant
    // look-ups per role) costs more than the cell itself.
    void paintEvent(QPaintEvent* event) override;
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles = {}) override;
    void changeEvent(QEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void resizeEvent(QResizeEvent* event) override;

private:
    void fitColumns();
    void forgetCells(); // the per-cell memo only
    const MatrixCell& cellAt(int row, int column);
    [[nodiscard]] QImage lookOf(const MatrixCell& cell, QSize size, const RenderStyle& style);

    MatrixDelegate* m_delegate = nullptr;
    std::vector<MatrixCell> m_cells; // row-major memo of the model's cells
    std::vector<char> m_cellValid;
    int m_cellColumns = 0;
    QHash<MatrixLookKey, QImage> m_looks; // a cell's base (background, fill, highlight, label) per look
    QList<QMetaObject::Connection> m_modelConnections;
};

} // namespace Entente
