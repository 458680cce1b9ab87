// SPDX-License-Identifier: GPL-3.0-or-later
#include "matrixrenderer.h"

#include "reliability.h"

#include "scalelabels.h"
#include "dossier.h"

#include <QCoreApplication>
#include <QFontMetricsF>
#include <QPainter>
#include <QPaintEngine>
#include <QPainterPath>
#include <QStaticText>

#include <algorithm>

namespace Entente {

namespace {
    // A column header's issue name.
    constexpr int HeaderNameFlags = Qt::AlignHCenter | Qt::AlignBottom | Qt::TextWordWrap;
    QRectF cellBox(const QRectF& r) { return r.adjusted(1.5, 1.5, -1.5, -1.5); }

    QColor cellFill(const MatrixCell& cell, const RenderStyle& style)
    {
        return cell.fill.isValid() ? style.dataFill(cell.fill, cell.rank, cell.unknown) : style.laneAlternate;
    }
}

void paintMatrixCellBase(QPainter* p, const QRectF& r, const MatrixCell& cell, const RenderStyle& style)
{
    p->save();
    // Axis-aligned boxes without antialiasing: a matrix repaints hundreds of cells per slider step, and
    // rounded, antialiased outlines cost more than everything else in a cell.
    p->setRenderHint(QPainter::Antialiasing, false);
    const QRectF box = cellBox(r);
    const QColor fill = cellFill(cell, style);
    p->fillRect(box, fill);
    if (style.theme == RenderStyle::Theme::Print && cell.fill.isValid() && !cell.unknown) {
        // Colour printers: the stance's own colour as a stripe on the left of its light print fill.
        p->fillRect(QRectF(box.left(), box.top(), std::min(5.0, box.width() / 4), box.height()), cell.fill);
    }
    const QColor text = readableTextOn(fill);
    if (cell.highlighted) {
        p->setPen(QPen(style.highlight, 3, Qt::SolidLine, Qt::SquareCap, Qt::MiterJoin));
        p->setBrush(Qt::NoBrush);
        p->drawRect(box.adjusted(1.5, 1.5, -1.5, -1.5));
    }
    p->setFont(style.font);
    p->setPen(text);
    QRectF textRect = box.adjusted(4, 2, -4, cell.salience >= 0 ? -7 : -2);
    QString label = cell.label;
    if (cell.direction != 0)
        label = (cell.direction > 0 ? QStringLiteral("▲ ") : QStringLiteral("▼ ")) + label;
    // A matrix repeats a handful of labels: lay each (text, font, width) out once and reuse it.
    static QHash<QString, QStaticText> cache;
    const QString key = label + QChar(0) + style.font.key() + QChar(0) + QString::number(int(textRect.width()));
    auto it = cache.find(key);
    if (it == cache.end()) {
        if (cache.size() > 512)
            cache.clear();
        QStaticText st(QFontMetricsF(style.font).elidedText(label, Qt::ElideRight, textRect.width()));
        st.setTextFormat(Qt::PlainText);
        st.prepare(QTransform(), style.font);
        it = cache.insert(key, st);
    }
    const QSizeF size = it->size();
    p->drawStaticText(QPointF(textRect.center().x() - size.width() / 2, textRect.center().y() - size.height() / 2), *it);
    p->restore();
}

void paintMatrixCellMarks(QPainter* p, const QRectF& r, const MatrixCell& cell, const RenderStyle& style)
{
    if (cell.salience < 0 && !cell.changed && !cell.unsourced && !cell.weak && !cell.noted)
        return;
    p->save();
    p->setRenderHint(QPainter::Antialiasing, false);
    const QRectF box = cellBox(r);
    const QColor fill = cellFill(cell, style);
    const QColor text = readableTextOn(fill);
    if (cell.salience >= 0) {
        // Salience: a bar along the bottom edge, its length proportional to 0…100.
        const QRectF track(box.left() + 6, box.bottom() - 6, box.width() - 12, 3);
        QColor faint = text;
        faint.setAlphaF(0.25);
        p->fillRect(track, faint);
        p->fillRect(QRectF(track.left(), track.top(), track.width() * cell.salience / 100.0, track.height()), text);
    }
    p->setRenderHint(QPainter::Antialiasing, true);
    const QPaintEngine* engine = p->paintEngine();
    const bool vector = engine && (engine->type() == QPaintEngine::SVG || engine->type() == QPaintEngine::Pdf);
    const qreal dpr = p->device() ? p->device()->devicePixelRatioF() : 1.0;
    // On raster devices at 1:1 the antialiased marks are cached images (an antialiased ellipse or path per
    // cell costs more than the rest of the cell); vector output and scaled painters draw the shapes.
    const bool cached = !vector && !p->transform().isScaling() && dpr == 1.0;
    if (cell.changed) {
        // Changed since the previous step: a filled dot in the top-right corner.
        const QPointF centre(box.right() - 6, box.top() + 6);
        if (!cached) {
            p->setPen(QPen(fill, 1));
            p->setBrush(text);
            p->drawEllipse(centre, 3.5, 3.5);
        } else {
            static QHash<quint64, QImage> dots;
            const quint64 key = (quint64(fill.rgba()) << 32) | text.rgba();
            auto it = dots.find(key);
            if (it == dots.end()) {
                if (dots.size() > 64)
                    dots.clear();
                QImage dot(10, 10, QImage::Format_ARGB32_Premultiplied);
                dot.fill(Qt::transparent);
                QPainter dp(&dot);
                dp.setRenderHint(QPainter::Antialiasing);
                dp.setPen(QPen(fill, 1));
                dp.setBrush(text);
                dp.drawEllipse(QPointF(5, 5), 3.5, 3.5);
                dp.end();
                it = dots.insert(key, dot);
            }
            p->drawImage(QPointF(std::round(centre.x()) - 5, std::round(centre.y()) - 5), *it);
        }
    }
    if (cell.noted) {
        // A note is pinned to the cell: a small filled triangle in the bottom-right corner, in the text colour
        // (the changed dot takes the top-right one, the salience bar ends before it).
        QPainterPath corner;
        corner.moveTo(box.right() - 8, box.bottom());
        corner.lineTo(box.right(), box.bottom());
        corner.lineTo(box.right(), box.bottom() - 8);
        corner.closeSubpath();
        p->setRenderHint(QPainter::Antialiasing, true);
        p->fillPath(corner, text);
        p->setRenderHint(QPainter::Antialiasing, false);
    }
    if (cell.weak) {
        // Weakly sourced: a dashed frame inside the cell, in the text colour (readable on any stance fill).
        p->setPen(QPen(text, 1.4, Qt::DashLine));
        p->setBrush(Qt::NoBrush);
        p->drawRect(box.adjusted(3, 3, -3, -3));
    }
    if (cell.unsourced) {
        // No source: a hollow triangle in the top-left corner.
        auto triangle = [](QPainter* tp, QPointF topLeft, const QColor& colour) {
            QPainterPath tri;
            tri.moveTo(topLeft.x() + 3, topLeft.y() + 3);
            tri.lineTo(topLeft.x() + 11, topLeft.y() + 3);
            tri.lineTo(topLeft.x() + 3, topLeft.y() + 11);
            tri.closeSubpath();
            tp->setPen(QPen(colour, 1.2));
            tp->setBrush(Qt::NoBrush);
            tp->drawPath(tri);
        };
        const QPointF origin(std::floor(box.left()), std::floor(box.top()));
        // Integer cell rectangles (the screen) put the box on half pixels: one cached image per colour.
        if (!cached || box.topLeft() - origin != QPointF(0.5, 0.5)) {
            triangle(p, box.topLeft(), text);
        } else {
            // Drawn once per colour at the same sub-pixel offset as in the cell, then blended like the path.
            static QHash<QRgb, QImage> marks;
            auto it = marks.find(text.rgba());
            if (it == marks.end()) {
                if (marks.size() > 64)
                    marks.clear();
                QImage mark(14, 14, QImage::Format_ARGB32_Premultiplied);
                mark.fill(Qt::transparent);
                QPainter mp(&mark);
                mp.setRenderHint(QPainter::Antialiasing);
                triangle(&mp, box.topLeft() - origin, text);
                mp.end();
                it = marks.insert(text.rgba(), mark);
            }
            p->drawImage(origin, *it);
        }
    }
    p->restore();
}

void paintMatrixCell(QPainter* p, const QRectF& r, const MatrixCell& cell, const RenderStyle& style)
{
    paintMatrixCellBase(p, r, cell, style);
    paintMatrixCellMarks(p, r, cell, style);
}

qreal MatrixRenderer::stanceRank(const ScaleLevel& level) const
{
    // The level's place among the known levels of the scale by value: 0 the most opposed, 1 the most supportive.
    int below = 0, known = 0;
    for (const auto& l : m_dossier->stanceScale()) {
        if (l.isUnknown)
            continue;
        ++known;
        if (l.value < level.value)
            ++below;
    }
    return known > 1 ? qreal(below) / qreal(known - 1) : 0.5;
}

MatrixRenderer::MatrixRenderer(const Dossier* dossier)
    : m_dossier(dossier)
{
}

QString MatrixRenderer::title() const
{
    return QCoreApplication::translate("MatrixRenderer", "Position matrix");
}

QSizeF MatrixRenderer::naturalSize() const
{
    const auto parties = m_dossier ? m_dossier->parties().size() : 0;
    const auto issues = m_dossier ? m_dossier->issues().size() : 0;
    return { 180.0 + 130.0 * qMax<qsizetype>(issues, 1), 70.0 + 40.0 * qMax<qsizetype>(parties, 1) + 40.0 };
}

MatrixCell MatrixRenderer::cellAt(qsizetype party, qsizetype issue) const
{
    MatrixCell cell;
    const auto* c = m_dossier->positionAsOf(party, issue, m_asOf);
    const ScaleLevel* level = nullptr;
    if (c)
        level = m_dossier->stanceLevel(c->stance);
    if (!level)
        for (const auto& l : m_dossier->stanceScale())
            if (l.isUnknown)
                level = &l;
    if (level) {
        cell.label = displayLabel(*level);
        cell.fill = QColor(level->color);
        cell.unknown = level->isUnknown;
        cell.rank = level->isUnknown ? -1 : stanceRank(*level);
    } else {
        cell.label = QCoreApplication::translate("MatrixRenderer", "Unknown");
    }
    if (c) {
        cell.salience = c->salience;
        cell.unsourced = c->citedSources.isEmpty() && c->citedEvents.isEmpty();
        if (m_markWeak && level && !level->isUnknown) {
            const CellSupport support = cellSupport(*m_dossier, *c);
            cell.weak = support.independentSources <= 1 || gradeBelow(support.grade, m_weakThreshold);
        }
    }
    if (m_compare) {
        const auto* before = m_dossier->positionAsOf(party, issue, *m_compare);
        const auto* b = before ? m_dossier->stanceLevel(before->stance) : nullptr;
        const bool known = level && !level->isUnknown && c;
        const bool knownBefore = b && !b->isUnknown;
        if (known && knownBefore && b->value != level->value)
            cell.direction = level->value > b->value ? 1 : -1;
        cell.changed = (before ? before->id : 0) != (c ? c->id : 0)
            && (before ? before->stance : QString()) != (c ? c->stance : QString());
    }
    cell.highlighted = m_highlighted.contains(m_dossier->cellOf(party, issue));
    cell.noted = !m_dossier->notesOnCell(m_dossier->parties()[party].id, m_dossier->issues()[issue].id).isEmpty();
    return cell;
}

MatrixRenderer::Layout MatrixRenderer::layout(const QRectF& target) const
{
    Layout l;
    const auto parties = qMax<qsizetype>(m_dossier->parties().size(), 1);
    const auto issues = qMax<qsizetype>(m_dossier->issues().size(), 1);
    const qreal legendHeight = m_legend ? 34 : 0;
    l.headerWidth = qBound(110.0, target.width() * 0.18, 220.0);
    l.headerHeight = 62;
    l.cellWidth = (target.width() - l.headerWidth) / qreal(issues);
    l.cellHeight = qMin<qreal>((target.height() - l.headerHeight - legendHeight) / qreal(parties), 80.0);
    // When the cells hit their maximum height, centre the block vertically instead of leaving a gap below.
    const qreal used = l.headerHeight + l.cellHeight * qreal(parties) + legendHeight;
    l.top = target.top() + qMax<qreal>(0, (target.height() - used) / 2);
    l.grid = QRectF(target.left() + l.headerWidth, l.top + l.headerHeight, l.cellWidth * qreal(issues),
        l.cellHeight * qreal(parties));
    l.legend = QRectF(target.left(), l.grid.bottom() + 8, target.width(), legendHeight - 8);
    return l;
}

QList<MatrixRenderer::ColumnHeader> MatrixRenderer::columnHeaders(const QRectF& target, const RenderStyle& style) const
{
    const Layout l = layout(target);
    QFont bold = style.font;
    bold.setBold(true);
    const auto& issues = m_dossier->issues();
    QList<ColumnHeader> out;
    out.reserve(issues.size());
    for (qsizetype i = 0; i < issues.size(); ++i) {
        ColumnHeader h;
        h.column = QRectF(l.grid.left() + l.cellWidth * qreal(i), l.top, l.cellWidth, l.headerHeight);
        h.nameRect = h.column.adjusted(4, 2, -4, -24);
        h.chip = QRectF(h.column.left() + 5, h.column.bottom() - 20, h.column.width() - 10, 16);
        // A long name in a narrow column: a smaller font (down to about 70 %), and never over the edge above.
        h.font = bold;
        for (int k = 0; k < 3; ++k) {
            h.textBounds = QFontMetricsF(h.font).boundingRect(h.nameRect, HeaderNameFlags, issues[i].name);
            if (h.textBounds.height() <= h.nameRect.height())
                break;
            if (h.font.pointSizeF() > 0)
                h.font.setPointSizeF(h.font.pointSizeF() * 0.88);
            else
                h.font.setPixelSize(qMax(1, int(h.font.pixelSize() * 0.88)));
            h.textBounds = QFontMetricsF(h.font).boundingRect(h.nameRect, HeaderNameFlags, issues[i].name);
        }
        out.append(h);
    }
    return out;
}

QRectF MatrixRenderer::cellRect(const QRectF& target, qsizetype party, qsizetype issue) const
{
    const Layout l = layout(target);
    return { l.grid.left() + l.cellWidth * qreal(issue), l.grid.top() + l.cellHeight * qreal(party), l.cellWidth,
        l.cellHeight };
}

void MatrixRenderer::paint(QPainter* p, const QRectF& target, const RenderStyle& style) const
{
    p->save();
    p->fillRect(target, style.background);
    p->setRenderHint(QPainter::Antialiasing);
    p->setRenderHint(QPainter::TextAntialiasing);
    const Layout l = layout(target);
    const auto& parties = m_dossier->parties();
    const auto& issues = m_dossier->issues();
    QFont bold = style.font;
    bold.setBold(true);
    QFont small = style.font;
    small.setPointSizeF(style.font.pointSizeF() * 0.85);

    // Column headers: issue name (up to two lines) and its status as of the date on a coloured chip.
    const auto headers = columnHeaders(target, style);
    for (qsizetype i = 0; i < issues.size(); ++i) {
        const ColumnHeader& h = headers[i];
        p->setFont(h.font);
        p->setPen(style.foreground);
        p->save();
        p->setClipRect(h.nameRect, Qt::IntersectClip);
        p->drawText(h.nameRect, HeaderNameFlags, issues[i].name);
        p->restore();
        const auto* s = m_dossier->statusAsOf(i, m_asOf);
        const auto* level = s ? m_dossier->statusLevel(s->status) : nullptr;
        const QString status = level ? displayLabel(*level) : QCoreApplication::translate("MatrixRenderer", "No status");
        const QColor chip = level ? style.dataFill(QColor(level->color)) : style.grid;
        p->setFont(small);
        const qreal w = qMin(h.column.width() - 10, QFontMetricsF(small).horizontalAdvance(status) + 14);
        const QRectF chipRect(h.column.center().x() - w / 2, h.chip.top(), w, h.chip.height());
        p->setPen(Qt::NoPen);
        p->setBrush(chip);
        p->drawRoundedRect(chipRect, 8, 8);
        p->setPen(readableTextOn(chip));
        p->drawText(chipRect, Qt::AlignCenter, QFontMetricsF(small).elidedText(status, Qt::ElideRight, chipRect.width() - 6));
    }
    // Row headers: party colour chip and name (members of a bloc indented).
    for (qsizetype r = 0; r < parties.size(); ++r) {
        const QRectF row(target.left(), l.grid.top() + l.cellHeight * qreal(r), l.headerWidth, l.cellHeight);
        const qreal indent = parties[r].parentId.isEmpty() ? 0 : 14;
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(parties[r].color.isEmpty() ? QStringLiteral("#888888") : parties[r].color));
        p->drawRoundedRect(QRectF(row.left() + 6 + indent, row.center().y() - 6, 12, 12), 2, 2);
        p->setFont(parties[r].parentId.isEmpty() ? bold : style.font);
        p->setPen(style.foreground);
        const QRectF textRect = row.adjusted(24 + indent, 0, -6, 0);
        p->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeft,
            QFontMetricsF(p->font()).elidedText(parties[r].name, Qt::ElideRight, textRect.width()));
    }
    p->setFont(style.font);
    for (qsizetype r = 0; r < parties.size(); ++r)
        for (qsizetype i = 0; i < issues.size(); ++i)
            paintMatrixCell(p, cellRect(target, r, i), cellAt(r, i), style);

    if (m_legend) {
        // Legend: one swatch per stance level, then the two marks.
        p->setFont(small);
        const QFontMetricsF fm(small);
        qreal x = l.legend.left() + 6;
        const qreal y = l.legend.top() + 4;
        for (const auto& level : m_dossier->stanceScale()) {
            p->setPen(Qt::NoPen);
            p->setBrush(style.dataFill(QColor(level.color), level.isUnknown ? -1 : stanceRank(level), level.isUnknown));
            p->drawRoundedRect(QRectF(x, y, 14, 14), 2, 2);
            p->setPen(style.foreground);
            p->drawText(QPointF(x + 18, y + 11), displayLabel(level));
            x += 18 + fm.horizontalAdvance(displayLabel(level)) + 16;
        }
        p->setPen(style.mutedText);
        QString marks
            = QCoreApplication::translate("MatrixRenderer", "●  changed since previous step    △  no source    bar: salience");
        if (std::any_of(m_dossier->notes().begin(), m_dossier->notes().end(),
                [](const Note& n) { return n.target == NoteTarget::Cell; }))
            marks += QCoreApplication::translate("MatrixRenderer", "    ◢  note");
        if (m_markWeak)
            marks += QCoreApplication::translate("MatrixRenderer", "    ┆┆  one source or graded below %1").arg(m_weakThreshold);
        if (x + fm.horizontalAdvance(marks) < l.legend.right())
            p->drawText(QPointF(x + 8, y + 11), marks);
    }
    p->restore();
}

} // namespace Entente
