// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws the position matrix (parties x issues as of a date) with no widget state. paintCell() is the one
// routine that draws a cell: the on-screen delegate and the export renderer both call it, so what an
// analyst exports is what they saw.

#include "paintable.h"

#include <QColor>
#include <QFont>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

namespace Entente {

class Dossier;
struct ScaleLevel;

struct MatrixCell {
    QString label; // stance label
    QColor fill;
    int salience = -1; // 0…100, −1 when not assessed
    bool changed = false; // differs from the previous as-of step (or the compare date)
    bool unsourced = false; // the change in force cites no source
    bool weak = false; // marking on: rests on at most one independent source, or graded below the threshold
    bool noted = false; // a note or key judgement is pinned to the cell
    int direction = 0; // compare mode: +1 toward support, −1 toward opposition
    bool highlighted = false; // touched by the selected event
    bool unknown = false; // the scale's Unknown level (or no position)
    qreal rank = -1; // the stance level's place on its scale, 0…1 (see RenderStyle::dataFill); −1 unranked
};

void paintMatrixCell(QPainter* p, const QRectF& r, const MatrixCell& cell, const RenderStyle& style);
// paintMatrixCell() in two parts: the base (fill, print stripe, highlight, label), which depends on few
// properties and which the on-screen view caches as an image per look, and the marks drawn over it
// (salience bar, changed dot, no-source triangle).
void paintMatrixCellBase(QPainter* p, const QRectF& r, const MatrixCell& cell, const RenderStyle& style);
void paintMatrixCellMarks(QPainter* p, const QRectF& r, const MatrixCell& cell, const RenderStyle& style);

class MatrixRenderer : public Paintable {
public:
    explicit MatrixRenderer(const Dossier* dossier);

    void setAsOf(qint64 msecs) { m_asOf = msecs; }
    void setCompareDate(std::optional<qint64> msecs) { m_compare = msecs; }
    void setHighlightedCells(const QSet<qsizetype>& cells) { m_highlighted = cells; }
    void setShowLegend(bool on) { m_legend = on; }
    // Marks weakly sourced cells (see reliability.h), with a legend entry naming the threshold; off: no marks.
    void setMarkWeak(bool on, const QString& threshold = QStringLiteral("C3"))
    {
        m_markWeak = on;
        m_weakThreshold = threshold;
    }

    void paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const override;
    [[nodiscard]] QSizeF naturalSize() const override;
    [[nodiscard]] QString title() const override;

    // Cell content at the current settings (used by paint() and by tests).
    [[nodiscard]] MatrixCell cellAt(qsizetype party, qsizetype issue) const;
    [[nodiscard]] qreal stanceRank(const ScaleLevel& level) const;
    // The rectangle of a cell within `target` (for tests: its centre has the stance colour).
    [[nodiscard]] QRectF cellRect(const QRectF& target, qsizetype party, qsizetype issue) const;
    // Where each column header's issue name goes: a long name in a narrow column gets a smaller font (down to
    // about 70 %) so that its lines stay inside the header, above the status chip (paint() draws from this).
    struct ColumnHeader {
        QRectF column; // the whole header cell
        QRectF nameRect; // the room for the name
        QFont font; // the name's font
        QRectF textBounds; // the name's lines as drawn (bottom-aligned in nameRect)
        QRectF chip; // the status chip
    };
    [[nodiscard]] QList<ColumnHeader> columnHeaders(const QRectF& target, const RenderStyle& style) const;

private:
    struct Layout {
        QRectF grid;
        qreal top = 0;
        qreal headerWidth = 0, headerHeight = 0, cellWidth = 0, cellHeight = 0;
        QRectF legend;
    };
    [[nodiscard]] Layout layout(const QRectF& target) const;

    const Dossier* m_dossier = nullptr;
    qint64 m_asOf = 0;
    std::optional<qint64> m_compare;
    QSet<qsizetype> m_highlighted;
    bool m_legend = true;
    bool m_markWeak = false;
    QString m_weakThreshold;
};

} // namespace Entente
