// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixview.h"

#include "matrixrenderer.h"
#include "positionmatrixmodel.h"
#include "renderstyle.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QPaintEvent>
#include <QPainter>

#include <algorithm>
#include <cmath>

namespace Entente {

size_t qHash(const MatrixLookKey& k, size_t seed) noexcept
{
    return qHashMulti(seed, k.fill, k.rank, k.label, k.size.width(), k.size.height(), int(k.direction), k.unknown,
        k.highlighted, k.withSalience);
}

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
    cell.noted = index.data(PositionMatrixModel::NotedRole).toBool();
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

namespace {
    // The changes after which cached text layouts and painted cells no longer match what a paint would draw.
    bool outdatesPaintCaches(const QEvent* event)
    {
        switch (event->type()) {
        case QEvent::PaletteChange:
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::LanguageChange:
        case QEvent::LayoutDirectionChange:
            return true;
        default:
            return false;
        }
    }
} // namespace

void IssueHeaderView::changeEvent(QEvent* event)
{
    if (outdatesPaintCaches(event)) {
        m_sections.clear();
        viewport()->update();
    }
    QHeaderView::changeEvent(event);
}

void IssueHeaderView::paintSection(QPainter* p, const QRect& rect, int logicalIndex) const
{
    if (!model())
        return;
    const QString name = model()->headerData(logicalIndex, Qt::Horizontal, Qt::DisplayRole).toString();
    const QString status = model()->headerData(logicalIndex, Qt::Horizontal, PositionMatrixModel::StatusRole).toString();
    const QColor statusColor
        = model()->headerData(logicalIndex, Qt::Horizontal, PositionMatrixModel::StatusColorRole).value<QColor>();
    const QColor button = palette().color(QPalette::Button);
    if (button.alpha() != 255 || p->transform().isScaling()) {
        paintSectionContent(p, rect, name, status, statusColor);
        return;
    }
    // A section is redrawn only when what it shows or its size changed: a slider step repaints the
    // sections whose status moved, and each from its cached image.
    Section& s = m_sections[logicalIndex];
    if (s.image.isNull() || s.size != rect.size() || s.name != name || s.status != status || s.color != statusColor) {
        const qreal dpr = devicePixelRatioF();
        s.image = QImage(rect.size() * dpr, QImage::Format_RGB32);
        s.image.setDevicePixelRatio(dpr);
        QPainter ip(&s.image);
        paintSectionContent(&ip, QRect(QPoint(0, 0), rect.size()), name, status, statusColor);
        ip.end();
        s.name = name;
        s.status = status;
        s.color = statusColor;
        s.size = rect.size();
    }
    p->drawImage(rect.topLeft(), s.image);
}

void IssueHeaderView::paintSectionContent(
    QPainter* p, const QRect& rect, const QString& name, const QString& status, const QColor& statusColor) const
{
    p->save();
    p->setRenderHint(QPainter::Antialiasing);
    p->fillRect(rect, palette().color(QPalette::Button));
    p->setPen(palette().color(QPalette::Mid));
    p->drawLine(rect.topRight(), rect.bottomRight());
    p->drawLine(rect.bottomLeft(), rect.bottomRight());
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
    // paintEvent() paints every pixel of the region it is given (cells from opaque images, the rest with the
    // background), so Qt need not fill the viewport's background under it first.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    connect(this, &QTableView::doubleClicked, this,
        [this](const QModelIndex& i) { emit editCellRequested(i.row(), i.column()); });
    connect(header, &QHeaderView::sectionDoubleClicked, this, [this](int section) { emit editStatusRequested(section); });
}

void MatrixView::setHighlightedCells(const QSet<QPair<int, int>>& cells)
{
    if (cells == m_delegate->highlighted)
        return;
    // Only the cells that gain or lose the outline are repainted.
    QRegion dirty;
    for (const auto& c : std::as_const(m_delegate->highlighted))
        if (!cells.contains(c))
            dirty += visualRect(model() ? model()->index(c.first, c.second) : QModelIndex());
    for (const auto& c : cells)
        if (!m_delegate->highlighted.contains(c))
            dirty += visualRect(model() ? model()->index(c.first, c.second) : QModelIndex());
    m_delegate->highlighted = cells;
    viewport()->update(dirty);
}

void MatrixView::setModel(QAbstractItemModel* model)
{
    for (const auto& c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    QTableView::setModel(model);
    forgetCells();
    if (!model)
        return;
    // Qt's item views answer any headerDataChanged with a delayed relayout of the whole view, which repaints
    // every cell and header section; here the sections have fixed or interactive sizes, the header repaints
    // the sections named (QHeaderView::headerDataChanged), and the cells do not depend on header data. A
    // slider step that moves one issue's status must repaint that one section only.
    for (QObject* view : { static_cast<QObject*>(this), static_cast<QObject*>(horizontalHeader()),
             static_cast<QObject*>(verticalHeader()) })
        disconnect(model, SIGNAL(headerDataChanged(Qt::Orientation, int, int)), view, SLOT(_q_headerDataChanged()));
    // Any change of shape or order makes the memo's positions meaningless.
    const auto forget = [this] { forgetCells(); };
    m_modelConnections = {
        connect(model, &QAbstractItemModel::modelReset, this, forget),
        connect(model, &QAbstractItemModel::layoutChanged, this, forget),
        connect(model, &QAbstractItemModel::rowsInserted, this, forget),
        connect(model, &QAbstractItemModel::rowsRemoved, this, forget),
        connect(model, &QAbstractItemModel::rowsMoved, this, forget),
        connect(model, &QAbstractItemModel::columnsInserted, this, forget),
        connect(model, &QAbstractItemModel::columnsRemoved, this, forget),
        connect(model, &QAbstractItemModel::columnsMoved, this, forget),
        // A renamed party may need a wider row header: the geometry, not a repaint of every cell.
        connect(model, &QAbstractItemModel::headerDataChanged, this,
            [this](Qt::Orientation o) {
                if (o == Qt::Vertical)
                    updateGeometries();
            }),
    };
}

void MatrixView::forgetCells()
{
    m_cells.clear();
    m_cellValid.clear();
    m_cellColumns = 0;
}

void MatrixView::invalidateCaches()
{
    forgetCells();
    m_looks.clear();
    viewport()->update();
}

const MatrixCell& MatrixView::cellAt(int row, int column)
{
    const int rows = model()->rowCount(), columns = model()->columnCount();
    if (m_cellColumns != columns || m_cells.size() != size_t(rows) * size_t(columns)) {
        m_cells.assign(size_t(rows) * size_t(columns), MatrixCell());
        m_cellValid.assign(m_cells.size(), 0);
        m_cellColumns = columns;
    }
    const size_t k = size_t(row) * size_t(columns) + size_t(column);
    if (!m_cellValid[k]) {
        m_cells[k] = MatrixDelegate::cellFor(model()->index(row, column));
        m_cellValid[k] = 1;
    }
    return m_cells[k];
}

QImage MatrixView::lookOf(const MatrixCell& cell, QSize size, const RenderStyle& style)
{
    MatrixLookKey key;
    key.fill = cell.fill.isValid() ? cell.fill.rgba() : 0;
    key.rank = int(std::lround(cell.rank * 1000));
    key.label = cell.label;
    key.size = size;
    key.direction = static_cast<signed char>(cell.direction);
    key.unknown = cell.unknown;
    key.highlighted = cell.highlighted;
    key.withSalience = cell.salience >= 0;
    auto it = m_looks.constFind(key);
    if (it != m_looks.constEnd())
        return *it;
    if (m_looks.size() > 1024)
        m_looks.clear(); // column resizes leave looks of old sizes behind
    const qreal dpr = viewport()->devicePixelRatioF();
    QImage image(size * dpr, QImage::Format_RGB32);
    image.setDevicePixelRatio(dpr);
    image.fill(style.background);
    QPainter p(&image);
    p.setRenderHint(QPainter::Antialiasing);
    paintMatrixCellBase(&p, QRectF(QPointF(0, 0), QSizeF(size)), cell, style);
    p.end();
    return *m_looks.insert(key, image);
}

void MatrixView::paintEvent(QPaintEvent* event)
{
    if (!model() || model()->rowCount() == 0 || model()->columnCount() == 0) {
        QTableView::paintEvent(event);
        return;
    }
    QPainter p(viewport());
    const RenderStyle style = RenderStyle::fromPalette(palette(), font());
    // Cells are blitted from opaque images of their base; a translucent background is drawn cell by cell.
    const bool opaque = style.background.alpha() == 255 && viewport()->devicePixelRatioF() == 1.0;
    const QRegion region = event->region();
    const int rows = model()->rowCount(), columns = model()->columnCount();
    const QRect grid(columnViewportPosition(0), rowViewportPosition(0), horizontalHeader()->length(),
        verticalHeader()->length());
    for (const QRect& r : region - QRegion(grid))
        p.fillRect(r, style.background);
    if (!opaque)
        for (const QRect& r : region & QRegion(grid))
            p.fillRect(r, style.background);
    p.setRenderHint(QPainter::Antialiasing);
    const QModelIndex current = currentIndex();
    // Each dirty cell once, however many of the region's rectangles it meets.
    const QRect bounds = region.boundingRect() & grid;
    if (bounds.isEmpty())
        return;
    int r0 = rowAt(bounds.top()), r1 = rowAt(bounds.bottom());
    int c0 = columnAt(bounds.left()), c1 = columnAt(bounds.right());
    if (r0 < 0)
        r0 = 0;
    if (r1 < 0)
        r1 = rows - 1;
    if (c0 < 0)
        c0 = 0;
    if (c1 < 0)
        c1 = columns - 1;
    const bool simple = region.rectCount() == 1;
    for (int r = r0; r <= r1; ++r) {
        const int y = rowViewportPosition(r), h = rowHeight(r);
        for (int c = c0; c <= c1; ++c) {
            const QRect rect(columnViewportPosition(c), y, columnWidth(c), h);
            if (!simple && !region.intersects(rect))
                continue;
            MatrixCell cell = cellAt(r, c);
            cell.highlighted = m_delegate->highlighted.contains({ r, c });
            if (opaque) {
                p.drawImage(rect.topLeft(), lookOf(cell, rect.size(), style));
                paintMatrixCellMarks(&p, rect, cell, style);
            } else {
                paintMatrixCell(&p, rect, cell, style);
            }
            if (current.row() == r && current.column() == c) {
                p.setPen(QPen(hasFocus() ? style.highlight : style.grid, 2));
                p.setBrush(Qt::NoBrush);
                p.drawRoundedRect(QRectF(rect).adjusted(1, 1, -1, -1), 4, 4);
            }
        }
    }
}

void MatrixView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    static const QList<int> painted = { Qt::DisplayRole, Qt::BackgroundRole, PositionMatrixModel::StanceValueRole,
        PositionMatrixModel::SalienceRole, PositionMatrixModel::ChangedSincePreviousRole,
        PositionMatrixModel::UnsourcedRole, PositionMatrixModel::CompareDirectionRole };
    const bool looks = roles.isEmpty() || std::any_of(roles.begin(), roles.end(), [](int r) { return painted.contains(r); });
    if (looks && topLeft.isValid() && bottomRight.isValid()) {
        if (m_cellColumns > 0)
            for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
                for (int c = topLeft.column(); c <= bottomRight.column(); ++c) {
                    const size_t k = size_t(r) * size_t(m_cellColumns) + size_t(c);
                    if (k < m_cellValid.size())
                        m_cellValid[k] = 0;
                }
        const QRect rect = (visualRect(topLeft) | visualRect(bottomRight)) & viewport()->rect();
        if (!rect.isEmpty())
            viewport()->update(rect);
    } else if (looks) {
        forgetCells();
        viewport()->update();
    }
#if QT_CONFIG(accessibility)
    if (QAccessible::isActive() && topLeft.isValid() && bottomRight.isValid()) {
        QAccessibleTableModelChangeEvent e(this, QAccessibleTableModelChangeEvent::DataChanged);
        e.setFirstRow(topLeft.row());
        e.setFirstColumn(topLeft.column());
        e.setLastRow(bottomRight.row());
        e.setLastColumn(bottomRight.column());
        QAccessible::updateAccessibility(&e);
    }
#endif
}

void MatrixView::changeEvent(QEvent* event)
{
    if (outdatesPaintCaches(event))
        invalidateCaches();
    QTableView::changeEvent(event);
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
