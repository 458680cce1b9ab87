// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The interactive timeline: a thin QAbstractScrollArea around TimelineRenderer (drawing), TimelineLanes (the
// per-lane row index) and TimeScale (time <-> pixels). It owns no event data: it reads the Dossier it is
// given, which must outlive it or be replaced with setDossier(); call dossierChanged() after any edit so
// that the lane index (row numbers) is rebuilt. Selection, as-of and the row mask come from outside (the
// lead wires them to Document and the events table) and are reported back through signals: the view emits
// selectionChanged() and asOfDragged() only for the user's own actions, never for the matching setters.
//
// Keys: +/- zoom, Home fits all, Shift+Home fits recent activity, Left/Right move between events of the current lane
// (pan when nothing is selected or with Ctrl), Up/Down move between lanes, PageUp/PageDown pan a screen. Mouse: wheel
// or Ctrl+wheel zooms about the cursor, Shift+wheel pans, drag pans, Shift+drag selects with a rubber band, click
// selects, Ctrl/Shift+click adds, double-click activates, the as-of line can be dragged, a click on a lane header
// collapses or expands it and dragging a header onto another reorders the lanes. A click on a
// "+N" cluster shows all of its lane's stacked rows (a header click then returns to the capped rows). The
// context menu over the axis and the lanes edits the era under the pointer or adds one (erasRequested()).

#include "timelinelanes.h"
#include "timelinerenderer.h"
#include "timescale.h"

#include <QAbstractScrollArea>
#include <QPixmap>

#include <memory>

class QMenu;

#include <vector>

namespace Entente {

class Dossier;

class TimelineView : public QAbstractScrollArea {
    Q_OBJECT
public:
    explicit TimelineView(QWidget* parent = nullptr);
    ~TimelineView() override;

    [[nodiscard]] const Dossier* dossier() const { return m_dossier; }
    [[nodiscard]] const TimelineRenderer& renderer() const { return m_renderer; }
    [[nodiscard]] const TimelineLanes& lanes() const { return m_lanes; }
    [[nodiscard]] const TimeScale& scale() const { return m_scale; }
    void setScale(const TimeScale& scale);
    [[nodiscard]] TimelineLanes::Mode laneMode() const { return m_mode; }
    [[nodiscard]] QList<qint64> selectedEventIds() const { return m_selection; }
    [[nodiscard]] qint64 currentEventId() const { return m_current; }
    [[nodiscard]] qint64 asOf() const { return m_asOf; }
    [[nodiscard]] double timeAreaLeft() const; // viewport x where the time axis starts
    [[nodiscard]] TimelineRenderer::Layout currentLayout() const;
    void setColorMode(TimelineRenderer::ColorMode mode);
    void setShowChanges(bool on); // position and status change marks in the lanes
    // The hover text for a change mark: one line per change, every dossier string HTML-escaped.
    [[nodiscard]] QString toolTipFor(const TimelineRenderer::ChangeMark& mark) const;
    void setLaneCollapsed(int lane, bool collapsed);
    void moveLane(int fromPosition, int toPosition);
    // The hover text for an event: rich text with every dossier string HTML-escaped.
    [[nodiscard]] QString toolTipFor(qint64 id) const;
    [[nodiscard]] QString placeholderText() const { return m_placeholder; }
    // The era drawn under a viewport point of the axis' era band (empty when none), and the context menu the
    // view shows there and over the axis and lanes: edit that era, add one starting at the pointer's date,
    // open the Eras editor. Its actions emit erasRequested(). Null where there is no time under the point.
    [[nodiscard]] QString eraAt(QPointF viewportPos) const;
    // The notes pinned to the era under the pointer (its name, then their texts), as escaped rich text; empty when none.
    [[nodiscard]] QString eraNotesAt(QPointF viewportPos) const;
    [[nodiscard]] std::unique_ptr<QMenu> eraMenu(QPointF viewportPos);
    // How often the time area was painted whole, and how often the kept frame was shifted by a pan instead.
    [[nodiscard]] quint64 frameRepaints() const { return m_frameRepaints; }
    [[nodiscard]] quint64 frameShifts() const { return m_frameShifts; }

public slots:
    void setDossier(const Entente::Dossier* dossier);
    void dossierChanged();
    void setSelectedEventIds(const QList<qint64>& ids);
    void setAsOf(qint64 msecs);
    void setRowMask(const std::vector<bool>& mask); // indexed by EventStore row; empty shows everything
    void setLaneMode(Entente::TimelineLanes::Mode mode);
    void fitAll();
    void fitRecentActivity(); // the densest period holding most events (TimeScale::densestPeriod)
    void fitInitial(); // on open: fitRecentActivity() when fitAll() would squeeze most events, else fitAll()
    void goToDate(qint64 msecs); // centres the view on msecs
    void zoomToSelection();
    void zoomBy(double factor); // about the centre
    // Completes a layout that setDossier() is doing in slices (before a screenshot or an export).
    void finishLayout();
    // Drops the kept frame of the time area: the next paint draws it whole (as any change but a pan does).
    void dropFrame();
    // A line drawn over the middle of the view ("Loading 1,000,000 events… 40 %"); empty removes it.
    void setPlaceholderText(const QString& text);

signals:
    void selectionChanged(const QList<qint64>& ids);
    void asOfDragged(qint64 msecs);
    void eventActivated(qint64 id);
    void visibleRangeChanged(qint64 from, qint64 to);
    // The analyst asked to edit era `eraId`, or (empty id) to add one starting at `msecs`, or (msecs is
    // INT64_MIN) to open the Eras editor.
    void erasRequested(const QString& eraId, qint64 msecs);

protected:
    void paintEvent(QPaintEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void wheelEvent(QWheelEvent* event) override;
    void keyPressEvent(QKeyEvent* event) override;
    void mousePressEvent(QMouseEvent* event) override;
    void mouseMoveEvent(QMouseEvent* event) override;
    void mouseReleaseEvent(QMouseEvent* event) override;
    void mouseDoubleClickEvent(QMouseEvent* event) override;
    bool viewportEvent(QEvent* event) override;
    void contextMenuEvent(QContextMenuEvent* event) override;
    void scrollContentsBy(int dx, int dy) override;
    void changeEvent(QEvent* event) override;

private:
    enum class Drag { None, Pan, AsOf, Rubber, Header };
    // The dated notes flagged on the axis at `pos` (escaped rich text), empty when none is there.
    [[nodiscard]] QString dateNotesAt(const TimelineRenderer::Layout& layout, QPointF pos) const;
    [[nodiscard]] RenderStyle style() const;
    [[nodiscard]] double timeAreaWidth() const;
    void rebuildLanes();
    void continueLanes(); // the next slice of a layout begun by setDossier()
    void lanesLaidOut();
    void scaleChanged();
    void fitLeavingLabelRoom(qint64 from, qint64 to, double margin); // [from, to] and room for the last names
    void updateScrollBars();
    void userSelect(const QList<qint64>& ids, qint64 current);
    void moveCurrent(int step);
    void moveLaneFocus(int step);
    void ensureVisible(qint64 msecs);
    void updateAccessibleDescription();
    [[nodiscard]] std::vector<double> frameSignature(const TimelineRenderer::Layout& layout) const;
    void paintFrame(const TimelineRenderer::Layout& layout, const RenderStyle& style);
    [[nodiscard]] int laneOfCurrent() const;

    const Dossier* m_dossier = nullptr;
    TimelineLanes m_lanes;
    TimelineRenderer m_renderer;
    TimeScale m_scale;
    TimelineLanes::Mode m_mode = TimelineLanes::Mode::Parties;
    std::vector<bool> m_mask;
    QList<qint64> m_selection;
    qint64 m_current = 0;
    int m_currentLane = -1;
    qint64 m_asOf = std::numeric_limits<qint64>::min();
    bool m_needsFit = true;
    bool m_syncingScrollBars = false;
    double m_scrollUnit = 1; // msecs per horizontal scrollbar step
    qint64 m_scrollOrigin = 0;

    Drag m_drag = Drag::None;
    QPoint m_pressPos;
    qint64 m_pressStart = 0;
    int m_pressLanePosition = -1;
    QRect m_rubber;
    bool m_moved = false;
    QString m_placeholder;

    // The time area as last painted (see paintFrame()), with what decides its content besides the start.
    QPixmap m_frame;
    std::vector<double> m_frameSignature;
    QString m_frameFont;
    double m_frameStartPx = 0;
    quint64 m_frameRevision = 0; // bumped by every change other than a pan
    quint64 m_frameRepaints = 0, m_frameShifts = 0;
};

} // namespace Entente
