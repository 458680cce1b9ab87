// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixview.h"

#include "matrixrenderer.h"
#include "positionmatrixmodel.h"
#include "renderstyle.h"

#include <QKeyEvent>
#include <QPainter>

namespace Entente {

MatrixCell MatrixDelegate::cellFor(const QModelIndex& index)
{
    MatrixCell cell;
    cell.label = index.data(Qt::DisplayRole).toString();
    cell.fill = index.data(Qt::BackgroundRole).value<QColor>();
    const QVariant salience = index.data(PositionMatrixModel::SalienceRole);
    cell.salience = salience.isValid() ? salience.toInt() : -1;
    cell.changed = index.data(PositionMatrixModel::ChangedSincePreviousRole).toBool();
    cell.unsourced = index.data(PositionMatrixModel::UnsourcedRole).toBool();
    cell.weak = index.data(PositionMatrixModel::WeakRole).toBool();
    cell.direction = index.data(PositionMatrixModel::CompareDirectionRole).toInt();
    // Stance values run −2…+2; no value means the Unknown level (or no position).
    const QVariant value = index.data(PositionMatrixModel::StanceValueRole);
    cell.unknown = !value.isValid();
    cell.rank = value.isValid() ? qBound(0.0, (value.toInt() + 2) / 4.0, 1.0) : -1.0;
    return cell;
}

void MatrixDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    MatrixCell cell = cellFor(index);
    cell.highlighted = highlighted.contains({ index.row(), index.column() });
    RenderStyle style = RenderStyle::fromPalette(option.palette, option.font);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->fillRect(option.rect, style.background);
    paintMatrixCell(painter, option.rect, cell, style);
    if (option.state & QStyle::State_HasFocus) {
        painter->setPen(QPen(style.foreground, 2, Qt::DotLine));
        painter->setBrush(Qt::NoBrush);
        painter->drawRect(QRectF(option.rect).adjusted(1, 1, -1, -1));
    }
    painter->restore();
}

QSize MatrixDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex&) const
{
    return { 120, qMax(40, option.fontMetrics.height() * 2 + 10) };
}

IssueHeaderView::IssueHeaderView(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setDefaultAlignment(Qt::AlignCenter);
}

QSize IssueHeaderView::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    s.setHeight(fontMetrics().height() * 4 + 16);
    return s;
}

void IssueHeaderView::paintSection(QPainter* p, const QRect& rect, int logicalIndex) const
{
    if (!model())
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->fillRect(rect, palette().color(QPalette::Button));
    p->setPen(palette().color(QPalette::Mid));
    p->drawLine(rect.topRight(), rect.bottomRight());
    p->drawLine(rect.bottomLeft(), rect.bottomRight());
    const QString name = model()->headerData(logicalIndex, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString status = model()->headerData(logicalIndex, Qt::Horizontal, PositionMatrixModel::StatusRole).toString();
    const QColor statusColor
        = model()->headerData(logicalIndex, Qt::Horizontal, PositionMatrixModel::StatusColorRole).value<QColor>();
    const QColor chip = statusColor.isValid() ? RenderStyle::fromPalette(palette(), font()).dataFill(statusColor)
                                              : palette().color(QPalette::Mid);
    QFont bold = font();
    bold.setBold(true);
    p->setFont(bold);
    p->setPen(palette().color(QPalette::ButtonText));
    const int chipHeight = fontMetrics().height() + 2;
    // Up to three lines of the name, bottom-aligned above the chip; a longer name is elided on its last line.
    const QRect nameRect = rect.adjusted(4, 2, -4, -chipHeight - 6);
    const QFontMetrics bfm(bold);
    // Greedy word wrap; a word wider than the column, or a fourth line, is elided.
    QStringList lines;
    QString line;
    const QStringList words = name.split(u' ', Qt::SkipEmptyParts);
    for (qsizetype w = 0; w < words.size(); ++w) {
        const QString candidate = line.isEmpty() ? words[w] : line + u' ' + words[w];
        if (line.isEmpty() || bfm.horizontalAdvance(candidate) <= nameRect.width()) {
            line = candidate;
            continue;
        }
        lines << bfm.elidedText(line, Qt::ElideRight, nameRect.width());
        line = words[w];
        if (lines.size() == 2) {
            line = words.mid(w).join(u' ');
            break;
        }
    }
    if (!line.isEmpty())
        lines << bfm.elidedText(line, Qt::ElideRight, nameRect.width());
    p->drawText(nameRect, Qt::AlignHCenter | Qt::AlignBottom, lines.join(u'\n'));
    if (!status.isEmpty()) {
        QFont small = font();
        p->setFont(small);
        const QFontMetrics fm(small);
        const int w = qMin(rect.width() - 10, fm.horizontalAdvance(status) + 14);
        const QRect chipRect(rect.center().x() - w / 2, rect.bottom() - chipHeight - 3, w, chipHeight);
        p->setPen(Qt::NoPen);
        p->setBrush(chip);
        p->drawRoundedRect(chipRect, chipHeight / 2.0, chipHeight / 2.0);
        p->setPen(readableTextOn(chip));
        p->drawText(chipRect, Qt::AlignCenter, fm.elidedText(status, Qt::ElideRight, chipRect.width() - 6));
    }
    p->restore();
}

MatrixView::MatrixView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("matrixView"));
    setAccessibleName(tr("Position matrix"));
    m_delegate = new MatrixDelegate(this);
    setItemDelegate(m_delegate);
    auto* header = new IssueHeaderView(this);
    setHorizontalHeader(header);
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setMinimumSectionSize(90);
    verticalHeader()->setDefaultSectionSize(44);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setMinimumWidth(150);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectItems);
    setEditTriggers(QAbstractItemView::NoEditTriggers); // editing goes through the position editor dialog
    setShowGrid(false);
    setWordWrap(false);
    connect(this, &QTableView::doubleClicked, this,
        [this](const QModelIndex& i) { emit editCellRequested(i.row(), i.column()); });
    connect(header, &QHeaderView::sectionDoubleClicked, this, [this](int section) { emit editStatusRequested(section); });
}

void MatrixView::setHighlightedCells(const QSet<QPair<int, int>>& cells)
{
    m_delegate->highlighted = cells;
    viewport()->update();
}

void MatrixView::paintEvent(QPaintEvent* event)
{
    if (!model() || model()->rowCount() == 0 || model()->columnCount() == 0) {
        QTableView::paintEvent(event);
        return;
    }
    QPainter p(viewport());
    const RenderStyle style = RenderStyle::fromPalette(palette(), font());
    const QRect dirty = event->rect();
    p.fillRect(dirty, style.background);
    p.setRenderHint(QPainter::Antialiasing);
    const int rows = model()->rowCount(), columns = model()->columnCount();
    int r0 = rowAt(dirty.top()), r1 = rowAt(dirty.bottom());
    int c0 = columnAt(dirty.left()), c1 = columnAt(dirty.right());
    if (r0 < 0)
        r0 = 0;
    if (r1 < 0)
        r1 = rows - 1;
    if (c0 < 0)
        c0 = 0;
    if (c1 < 0)
        c1 = columns - 1;
    const QModelIndex current = currentIndex();
    for (int r = r0; r <= r1; ++r) {
        const int y = rowViewportPosition(r), h = rowHeight(r);
        for (int c = c0; c <= c1; ++c) {
            const QRect rect(columnViewportPosition(c), y, columnWidth(c), h);
            const QModelIndex index = model()->index(r, c);
            MatrixCell cell = MatrixDelegate::cellFor(index);
            cell.highlighted = m_delegate->highlighted.contains({ r, c });
            paintMatrixCell(&p, rect, cell, style);
            if (index == current) {
                p.setPen(QPen(hasFocus() ? style.highlight : style.grid, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 4, 4);
            }
        }
    }
}

void MatrixView::keyPressEvent(QKeyEvent* event)
{
    const QModelIndex current = currentIndex();
    if (current.isValid() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter || event->key() == Qt::Key_F2)) {
        if (event->modifiers() & Qt::ShiftModifier)
            emit editStatusRequested(current.column());
        else
            emit editCellRequested(current.row(), current.column());
        event->accept();
        return;
    }
    QTableView::keyPressEvent(event);
}

void MatrixView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    if (current.isValid())
        emit currentCellChanged(current.row(), current.column());
}

void MatrixView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    fitColumns();
}

void MatrixView::fitColumns()
{
    if (!model() || model()->columnCount() == 0)
        return;
    const int available = viewport()->width();
    const int w = qMax(horizontalHeader()->minimumSectionSize(), available / model()->columnCount());
    horizontalHeader()->setDefaultSectionSize(w);
    for (int c = 0; c < model()->columnCount(); ++c)
        horizontalHeader()->resizeSection(c, w);
}

} // namespace Entente
