// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineview.h"

#include "dossier.h"
#include "timelineaccessible.h"

#include <QAccessible>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMenu>
#include <QMouseEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolTip>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>

namespace Entente {

namespace {
    constexpr qint64 NoAsOf = std::numeric_limits<qint64>::min();
}

TimelineView::TimelineView(QWidget* parent)
    : QAbstractScrollArea(parent)
    , m_renderer(&m_lanes)
{
    setObjectName(QStringLiteral("timelineView"));
    // Screen readers see lanes and events through TimelineAccessible (installed once per application).
    static const bool accessibleInstalled = [] {
        QAccessible::installFactory(&TimelineAccessible::factory);
        return true;
    }();
    Q_UNUSED(accessibleInstalled);
    setAccessibleName(tr("Timeline"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
    viewport()->setMouseTracking(true);
    // paintEvent() covers every pixel (the margins' background, then the kept frame): Qt need not clear the
    // viewport first, which was a tenth of a pan's cost at 1920 x 600.
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    m_scale = TimeScale(0, TimeScale::CenturyMs / 1000.0, 1000);
}

TimelineView::~TimelineView() = default;

RenderStyle TimelineView::style() const { return RenderStyle::fromPalette(palette(), font()); }

double TimelineView::timeAreaLeft() const
{
    return std::floor(std::min(TimelineRenderer::headerWidth(style()), viewport()->width() / 3.0));
}

double TimelineView::timeAreaWidth() const { return std::max(1.0, viewport()->width() - timeAreaLeft()); }

TimelineRenderer::Layout TimelineView::currentLayout() const
{
    return m_renderer.layout(QRectF(viewport()->rect()), style(), false);
}

void TimelineView::setScale(const TimeScale& scale)
{
    m_scale = scale;
    m_scale.setWidth(timeAreaWidth());
    m_needsFit = false;
    scaleChanged();
}

void TimelineView::setColorMode(TimelineRenderer::ColorMode mode)
{
    m_renderer.setColorMode(mode);
    ++m_frameRevision;
    viewport()->update();
}

void TimelineView::setShowChanges(bool on)
{
    m_renderer.setShowChanges(on);
    ++m_frameRevision;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setLaneCollapsed(int lane, bool collapsed)
{
    if (lane < 0 || lane >= m_lanes.laneCount())
        return;
    m_lanes.setCollapsed(lane, collapsed);
    ++m_frameRevision;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::moveLane(int fromPosition, int toPosition)
{
    m_lanes.moveLane(fromPosition, toPosition);
    ++m_frameRevision;
    viewport()->update();
}

void TimelineView::setDossier(const Dossier* dossier)
{
    m_dossier = dossier;
    ++m_frameRevision;
    m_selection.clear();
    m_renderer.setSelectedEventIds({});
    m_current = 0;
    m_currentLane = -1;
    m_mask.clear();
    m_needsFit = true;
    constexpr qsizetype inSlicesFrom = 200000;
    if (m_dossier && m_dossier->events().size() >= inSlicesFrom) {
        // Laid out over several event-loop turns: a whole new dossier of 10^6 events would be one long frame.
        m_lanes.begin(*m_dossier, m_mode, m_mask);
        QTimer::singleShot(0, this, &TimelineView::continueLanes);
        updateScrollBars();
        viewport()->update();
    } else {
        rebuildLanes();
    }
    if (width() > 0)
        fitInitial();
}

void TimelineView::continueLanes()
{
    if (!m_lanes.isBuilding()) // finished, or replaced by a synchronous build meanwhile
        return;
    constexpr qsizetype rowsPerSlice = 200000; // about 10 ms
    if (!m_lanes.step(rowsPerSlice)) {
        QTimer::singleShot(0, this, &TimelineView::continueLanes);
        return;
    }
    lanesLaidOut();
}

void TimelineView::finishLayout()
{
    if (!m_lanes.isBuilding())
        return;
    while (!m_lanes.step(std::numeric_limits<qsizetype>::max())) { }
    lanesLaidOut();
}

void TimelineView::lanesLaidOut()
{
    ++m_frameRevision;
    if (m_currentLane >= m_lanes.laneCount())
        m_currentLane = -1;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::dossierChanged()
{
    // Rows may have moved or disappeared; a stale mask no longer lines up with them.
    if (m_dossier && !m_mask.empty() && qsizetype(m_mask.size()) != m_dossier->events().size())
        m_mask.clear();
    rebuildLanes();
}

void TimelineView::rebuildLanes()
{
    ++m_frameRevision; // an edit, a filter or the lane mode
    if (m_dossier)
        m_lanes.build(*m_dossier, m_mode, m_mask);
    else
        m_lanes.clear();
    if (m_currentLane >= m_lanes.laneCount())
        m_currentLane = -1;
    updateScrollBars();
    viewport()->update();
}

void TimelineView::setSelectedEventIds(const QList<qint64>& ids)
{
    m_selection = ids;
    m_renderer.setSelectedEventIds(ids);
    ++m_frameRevision;
    m_current = ids.isEmpty() ? 0 : ids.last();
    updateAccessibleDescription();
    viewport()->update();
}

void TimelineView::setAsOf(qint64 msecs)
{
    if (m_asOf == msecs)
        return;
    m_asOf = msecs;
    m_renderer.setAsOf(msecs);
    ++m_frameRevision;
    viewport()->update();
}

void TimelineView::setRowMask(const std::vector<bool>& mask)
{
    if (mask == m_mask) // the events model reports every reset; lanes over 10^6 events are worth keeping
        return;
    m_mask = mask;
    rebuildLanes();
}

void TimelineView::setLaneMode(TimelineLanes::Mode mode)
{
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_currentLane = -1;
    rebuildLanes();
}

void TimelineView::fitAll()
{
    if (!m_dossier)
        return;
    const EventStore& store = m_dossier->events();
    std::optional<std::pair<qint64, qint64>> range;
    if (!store.isEmpty())
        range = std::pair(store.start(0), store.start(store.size() - 1));
    else
        range = m_dossier->dateRange();
    if (!range)
        return;
    m_scale.setWidth(timeAreaWidth());
    fitLeavingLabelRoom(range->first, range->second, 0.02);
    m_needsFit = false;
    scaleChanged();
}

void TimelineView::fitLeavingLabelRoom(qint64 from, qint64 to, double margin)
{
    // The latest events' names run to the right of their markers: a fifth of the view (at most 240 px) is
    // left after `to`, so that the newest events, the ones an analyst opens the dossier for, are read whole.
    const double width = std::max(1.0, m_scale.width());
    const double share = std::min(240.0, 0.2 * width) / width;
    m_scale.fit(from, to + qint64(double(to - from) * share / (1 - share)), margin);
}

void TimelineView::fitInitial()
{
    // A dossier whose few early events would squeeze the rest into the last pixels opens on its recent
    // activity; Home still shows everything.
    if (m_dossier && m_dossier->events().size() >= 2) {
        const EventStore& store = m_dossier->events();
        const auto [from, to] = TimeScale::densestPeriod(store.starts());
        const qint64 all = store.start(store.size() - 1) - store.start(0);
        if (all > 0 && double(to - from) < 0.05 * double(all)) {
            fitRecentActivity();
            return;
        }
    }
    fitAll();
}

void TimelineView::fitRecentActivity()
{
    if (!m_dossier || m_dossier->events().isEmpty()) {
        fitAll();
        return;
    }
    const auto [from, to] = TimeScale::densestPeriod(m_dossier->events().starts());
    m_scale.setWidth(timeAreaWidth());
    // At least a day across, so that a burst at one instant still shows its day.
    const qint64 pad = std::max<qint64>(TimeScale::DayMs / 2 - (to - from) / 2, 0);
    fitLeavingLabelRoom(from - pad, to + pad + TimeScale::DayMs / 4, 0.05);
    m_needsFit = false;
    scaleChanged();
}

void TimelineView::goToDate(qint64 msecs)
{
    m_scale.centreOn(msecs);
    scaleChanged();
}

void TimelineView::zoomToSelection()
{
    if (!m_dossier || m_selection.isEmpty())
        return;
    const EventStore& store = m_dossier->events();
    qint64 lo = std::numeric_limits<qint64>::max(), hi = std::numeric_limits<qint64>::min();
    for (qint64 id : std::as_const(m_selection)) {
        const qsizetype row = store.rowOfId(id);
        if (row < 0)
            continue;
        lo = std::min(lo, store.start(row));
        hi = std::max(hi, store.end(row) != PartialDate::Invalid ? store.endDate(row).periodEnd() : store.start(row));
    }
    if (lo > hi)
        return;
    m_scale.fit(lo, hi, 0.1);
    scaleChanged();
}

void TimelineView::zoomBy(double factor)
{
    m_scale.zoomAbout(m_scale.width() / 2, factor);
    scaleChanged();
}

void TimelineView::scaleChanged()
{
    m_renderer.setScale(m_scale);
    updateScrollBars();
    viewport()->update();
    emit visibleRangeChanged(m_scale.start(), m_scale.end());
}

void TimelineView::updateScrollBars()
{
    m_syncingScrollBars = true;
    // Horizontal: the data range plus the current view, in steps of one pixel of the view, or coarser: of
    // half a pixel of the scroll bar's track over the data and a view's width (the slider is drawn on whole
    // pixels: a pan of a few pixels zoomed in to a week of ten years leaves the value, and the bar is not
    // repainted for it; the step does not depend on where the view is, so a value means one start), or as
    // coarse as keeps the range within int.
    qint64 lo = m_scale.start(), hi = m_scale.end();
    double extent = double(hi - lo);
    if (m_dossier && !m_dossier->events().isEmpty()) {
        const auto& store = m_dossier->events();
        const qint64 pad = (hi - lo) / 2;
        lo = std::min(lo, store.start(0) - pad);
        hi = std::max(hi, store.start(store.size() - 1) + pad);
        extent += double(store.start(store.size() - 1) - store.start(0));
    }
    const double track = std::max(1, horizontalScrollBar()->width());
    m_scrollUnit = std::max({ m_scale.msecsPerPixel(), double(hi - lo) / 1e9, extent / (2 * track) });
    m_scrollOrigin = lo;
    const int page = int(double(m_scale.end() - m_scale.start()) / m_scrollUnit);
    horizontalScrollBar()->setRange(0, std::max(0, int(double(hi - lo) / m_scrollUnit) - page));
    horizontalScrollBar()->setPageStep(std::max(1, page));
    horizontalScrollBar()->setSingleStep(std::max(1, page / 20));
    horizontalScrollBar()->setValue(int(std::lround(double(m_scale.start() - lo) / m_scrollUnit)));
    // Vertical: lanes taller than the viewport scroll.
    const RenderStyle s = style();
    const double available = viewport()->height() - m_renderer.axisHeight(s);
    const int overflow = int(std::ceil(m_renderer.contentHeight(QRectF(viewport()->rect()), s) - available));
    verticalScrollBar()->setRange(0, std::max(0, overflow));
    verticalScrollBar()->setPageStep(std::max(1, int(available)));
    m_renderer.setVerticalOffset(verticalScrollBar()->value());
    m_syncingScrollBars = false;
}

void TimelineView::scrollContentsBy(int, int)
{
    if (m_syncingScrollBars)
        return;
    m_scale.setStart(m_scrollOrigin + qint64(std::llround(horizontalScrollBar()->value() * m_scrollUnit)));
    m_renderer.setScale(m_scale);
    m_renderer.setVerticalOffset(verticalScrollBar()->value());
    viewport()->update();
    emit visibleRangeChanged(m_scale.start(), m_scale.end());
}

void TimelineView::resizeEvent(QResizeEvent* event)
{
    QAbstractScrollArea::resizeEvent(event);
    // Keep the visible span when the width changes (docks settle after the dossier is shown).
    const qint64 from = m_scale.start(), to = m_scale.end();
    m_scale.setWidth(timeAreaWidth());
    if (m_needsFit && m_dossier)
        fitInitial();
    else {
        if (to > from && m_scale.width() > 0)
            m_scale.fit(from, to, 0.0);
        scaleChanged();
    }
}

void TimelineView::dropFrame()
{
    m_frameSignature.clear();
    viewport()->update();
}

std::vector<double> TimelineView::frameSignature(const TimelineRenderer::Layout& layout) const
{
    // Everything but the start that decides what the time area shows; a frame whose signature matches is the
    // current one shifted. Edits, selection, as-of, colours and lane state bump m_frameRevision.
    const Dossier* d = m_dossier;
    std::vector<double> sig { double(m_frameRevision), layout.scale.msecsPerPixel(), layout.timeArea.left(),
        layout.timeArea.top(), layout.timeArea.width(), layout.timeArea.height(), devicePixelRatioF(),
        double(palette().cacheKey()), double(m_lanes.generation()), double(m_renderer.maxRows()),
        double(verticalScrollBar()->value()), d ? double(d->events().size()) : -1.0,
        d ? double(d->positionChanges().size()) : -1.0, d ? double(d->statusChanges().size()) : -1.0,
        d ? double(d->notes().size()) : -1.0, d ? double(d->eras().size()) : -1.0 };
    // A density lane's histogram is scaled to what the view shows: such a frame is kept, never shifted.
    bool density = false;
    for (const auto& g : layout.lanes) {
        density = density || g.density;
        sig.insert(sig.end(), { double(g.lane), g.body.top(), g.body.height(), double(g.rows), g.collapsed ? 1.0 : 0.0 });
    }
    sig.push_back(density ? 1 : 0);
    return sig;
}

void TimelineView::paintFrame(const TimelineRenderer::Layout& layout, const RenderStyle& s)
{
    // The time area is kept between paints. A pan by whole pixels scrolls it and paints only the columns it
    // exposes (the layout is pixel-aligned and does not depend on where the view starts, so the result is the
    // frame a full paint gives); anything else paints it all.
    const QRect area = layout.timeArea.toAlignedRect();
    const qreal dpr = devicePixelRatioF();
    const std::vector<double> sig = frameSignature(layout);
    const double startPx = layout.scale.startPixel();
    const double shift = m_frameStartPx - startPx; // > 0: the content moves right
    const bool shiftable = !m_frame.isNull() && sig == m_frameSignature && std::abs(shift) < area.width()
        && std::abs(shift * dpr - std::round(shift * dpr)) < 1e-9 && m_frameFont == font().key()
        && (shift == 0 || sig.back() == 0);
    m_frameStartPx = startPx;
    if (shiftable && shift == 0)
        return;
    if (!shiftable) {
        if (m_frame.size() != area.size() * dpr || m_frame.devicePixelRatio() != dpr) { // else its memory is reused
            m_frame = QPixmap(area.size() * dpr);
            m_frame.setDevicePixelRatio(dpr);
        }
        m_frameSignature = sig;
        m_frameFont = font().key();
        ++m_frameRepaints;
        QPainter fp(&m_frame);
        fp.translate(-area.topLeft());
        fp.setClipRect(area);
        m_renderer.paintLayers(&fp, layout, s, TimelineRenderer::AllLayers, TimelineRenderer::TimeAreaPart);
        return;
    }
    const int dx = int(std::lround(shift));
    m_frame.scroll(int(std::lround(shift * dpr)), 0, m_frame.rect());
    const QRect exposed = dx > 0 ? QRect(area.left(), area.top(), dx, area.height())
                                 : QRect(area.right() + 1 + dx, area.top(), -dx, area.height());
    ++m_frameShifts;
    QPainter fp(&m_frame);
    fp.translate(-area.topLeft());
    fp.setClipRect(exposed);
    m_renderer.paintLayers(&fp, layout, s, TimelineRenderer::AllLayers, TimelineRenderer::TimeAreaPart);
}

void TimelineView::paintEvent(QPaintEvent*)
{
    QPainter p(viewport());
    const RenderStyle s = style();
    const auto layout = m_renderer.layout(QRectF(viewport()->rect()), s);
    // Headers and axis every time (their labels stay pinned to the edges); the time area from the kept frame.
    const QRect area = layout.timeArea.toAlignedRect();
    p.save();
    p.setClipRegion(QRegion(viewport()->rect()).subtracted(area));
    m_renderer.paintLayers(&p, layout, s, TimelineRenderer::AllLayers, TimelineRenderer::MarginsPart);
    p.restore();
    paintFrame(layout, s);
    p.drawPixmap(area.topLeft(), m_frame);
    m_renderer.paintLayers(&p, layout, s, TimelineRenderer::Foreground, TimelineRenderer::PinnedPart);
    if (m_drag == Drag::Rubber && !m_rubber.isNull()) {
        QColor fill = s.highlight;
        fill.setAlpha(50);
        p.setPen(QPen(s.highlight, 1));
        p.setBrush(fill);
        p.drawRect(m_rubber.normalized());
    }
    const QString placeholder = !m_placeholder.isEmpty() ? m_placeholder
        : m_lanes.isBuilding() && m_dossier
        ? tr("Laying out %1 events…").arg(QLocale().toString(m_dossier->events().size()))
        : QString();
    if (!placeholder.isEmpty()) {
        // Plain text (drawText does not interpret markup), on a panel so it reads over lanes and grid.
        const QFontMetrics fm(font());
        QRect box = fm.boundingRect(placeholder).adjusted(-12, -8, 12, 8);
        box.moveCenter(viewport()->rect().center());
        p.setPen(QPen(s.grid, 1));
        p.setBrush(s.background);
        p.drawRoundedRect(box, 4, 4);
        p.setPen(s.foreground);
        p.drawText(box, Qt::AlignCenter, placeholder);
    }
}

void TimelineView::changeEvent(QEvent* event)
{
    switch (event->type()) {
    case QEvent::PaletteChange:
    case QEvent::FontChange:
    case QEvent::StyleChange:
    case QEvent::LanguageChange:
    case QEvent::LocaleChange:
        ++m_frameRevision; // colours, text and tick labels change: the kept frame is dropped
        viewport()->update();
        break;
    default:
        break;
    }
    QAbstractScrollArea::changeEvent(event);
}

void TimelineView::setPlaceholderText(const QString& text)
{
    if (text == m_placeholder)
        return;
    m_placeholder = text;
    viewport()->update();
}

void TimelineView::wheelEvent(QWheelEvent* event)
{
    const QPoint delta = event->angleDelta();
    const double x = event->position().x() - timeAreaLeft();
    if ((event->modifiers() & Qt::ShiftModifier) || std::abs(delta.x()) > std::abs(delta.y())) {
        const int d = delta.x() != 0 ? delta.x() : delta.y();
        m_scale.pan(-d / 120.0 * m_scale.width() / 10);
    } else {
        m_scale.zoomAbout(x, std::pow(1.0015, delta.y()));
    }
    scaleChanged();
    event->accept();
}

void TimelineView::userSelect(const QList<qint64>& ids, qint64 current)
{
    m_current = current;
    if (ids == m_selection) {
        viewport()->update();
        return;
    }
    m_selection = ids;
    m_renderer.setSelectedEventIds(ids);
    ++m_frameRevision;
    updateAccessibleDescription();
    viewport()->update();
    emit selectionChanged(m_selection);
}

void TimelineView::mousePressEvent(QMouseEvent* event)
{
    if (event->button() != Qt::LeftButton) {
        QAbstractScrollArea::mousePressEvent(event);
        return;
    }
    setFocus(Qt::MouseFocusReason);
    m_pressPos = event->position().toPoint();
    m_pressStart = m_scale.start();
    m_moved = false;
    const auto layout = currentLayout();
    if (!std::isnan(layout.asOfX) && std::abs(event->position().x() - layout.asOfX) <= 4 && event->position().x() >= layout.timeArea.left()) {
        m_drag = Drag::AsOf;
        return;
    }
    if (event->position().x() < layout.timeArea.left() && event->position().y() >= layout.timeArea.top()) {
        m_drag = Drag::Header;
        m_pressLanePosition = -1;
        if (const auto* g = layout.laneAt(event->position())) {
            const auto& order = m_lanes.order();
            m_pressLanePosition = int(std::find(order.begin(), order.end(), g->lane) - order.begin());
        }
        return;
    }
    if (const auto* cluster = layout.clusterAt(event->position())) {
        // "+N": show every row of the lane; events at one instant only separate this way, others also on zoom.
        m_drag = Drag::None;
        m_lanes.setExpanded(cluster->lane, true);
        ++m_frameRevision;
        updateScrollBars();
        viewport()->update();
        return;
    }
    const qint64 hit = m_renderer.hitTest(layout, event->position());
    const auto mods = event->modifiers();
    if (hit != 0) {
        m_drag = Drag::None;
        if (const auto* g = layout.laneAt(event->position()))
            m_currentLane = g->lane;
        if (mods & (Qt::ControlModifier | Qt::ShiftModifier)) {
            QList<qint64> ids = m_selection;
            if ((mods & Qt::ControlModifier) && ids.contains(hit))
                ids.removeAll(hit);
            else if (!ids.contains(hit))
                ids.append(hit);
            userSelect(ids, hit);
        } else {
            userSelect({ hit }, hit);
        }
        return;
    }
    m_drag = (mods & Qt::ShiftModifier) ? Drag::Rubber : Drag::Pan;
    m_rubber = QRect(m_pressPos, QSize());
}

void TimelineView::mouseMoveEvent(QMouseEvent* event)
{
    const QPoint pos = event->position().toPoint();
    if ((pos - m_pressPos).manhattanLength() >= 3)
        m_moved = true;
    switch (m_drag) {
    case Drag::AsOf: {
        const qint64 t = m_scale.toMsecs(event->position().x() - timeAreaLeft());
        setAsOf(t);
        emit asOfDragged(t);
        return;
    }
    case Drag::Pan:
        m_scale.setStart(m_pressStart - qint64(double(pos.x() - m_pressPos.x()) * m_scale.msecsPerPixel()));
        scaleChanged();
        return;
    case Drag::Rubber:
        m_rubber = QRect(m_pressPos, pos);
        viewport()->update();
        return;
    case Drag::Header:
        return;
    case Drag::None:
        break;
    }
    const auto layout = currentLayout();
    const bool nearAsOf = !std::isnan(layout.asOfX) && std::abs(event->position().x() - layout.asOfX) <= 4;
    viewport()->setCursor(nearAsOf ? Qt::SizeHorCursor : Qt::ArrowCursor);
}

void TimelineView::mouseReleaseEvent(QMouseEvent* event)
{
    const Drag drag = m_drag;
    m_drag = Drag::None;
    if (event->button() != Qt::LeftButton)
        return;
    const auto layout = currentLayout();
    if (drag == Drag::Rubber && m_moved) {
        const QRect r = m_rubber.normalized();
        std::vector<int> lanes;
        for (const auto& g : layout.lanes)
            if (!g.collapsed && g.body.intersects(QRectF(r).adjusted(0, 0, 1, 1)))
                lanes.push_back(g.lane);
        const qint64 from = layout.scale.toMsecs(r.left() - layout.timeArea.left());
        const qint64 to = layout.scale.toMsecs(r.right() - layout.timeArea.left());
        QList<qint64> ids = m_renderer.eventsIn(lanes, from, to);
        if (event->modifiers() & Qt::ControlModifier)
            for (qint64 id : std::as_const(m_selection))
                if (!ids.contains(id))
                    ids.append(id);
        m_rubber = QRect();
        userSelect(ids, ids.isEmpty() ? 0 : ids.first());
        return;
    }
    m_rubber = QRect();
    if (drag == Drag::Header) {
        const auto* g = layout.laneAt(event->position());
        const auto& order = m_lanes.order();
        const int to = g ? int(std::find(order.begin(), order.end(), g->lane) - order.begin()) : -1;
        if (m_pressLanePosition >= 0 && to >= 0 && to != m_pressLanePosition && m_moved)
            moveLane(m_pressLanePosition, to);
        else if (g && !m_moved && m_lanes.isExpanded(g->lane)) {
            m_lanes.setExpanded(g->lane, false); // an expanded lane first goes back to its capped rows
            ++m_frameRevision;
            updateScrollBars();
            viewport()->update();
        } else if (g && !m_moved)
            setLaneCollapsed(g->lane, !g->collapsed);
        return;
    }
    if (drag == Drag::Pan && !m_moved && !(event->modifiers() & Qt::ControlModifier))
        userSelect({}, 0);
}

void TimelineView::mouseDoubleClickEvent(QMouseEvent* event)
{
    const qint64 hit = m_renderer.hitTest(currentLayout(), event->position());
    if (hit != 0)
        emit eventActivated(hit);
}

QString TimelineView::dateNotesAt(const TimelineRenderer::Layout& layout, QPointF pos) const
{
    // The flags on the axis: within a few pixels of a dated note's day, below the tick labels.
    if (!m_dossier || pos.y() < layout.axis.top() || pos.y() > layout.axis.bottom() + 2)
        return {};
    QString html;
    for (const Note& n : m_dossier->notes())
        if (n.target == NoteTarget::Date
            && std::abs(layout.timeArea.left() + layout.scale.toX(n.date.msecs) - pos.x()) <= 5 * style().scale)
            html += (html.isEmpty() ? QString() : QStringLiteral("<br/>"))
                + QStringLiteral("<b>%1</b>: %2").arg(n.date.display().toHtmlEscaped(), n.text.toHtmlEscaped());
    return html;
}

bool TimelineView::viewportEvent(QEvent* event)
{
    if (event->type() == QEvent::ToolTip) {
        const auto* help = static_cast<QHelpEvent*>(event);
        const auto layout = currentLayout();
        const qint64 hit = m_renderer.hitTest(layout, help->pos());
        if (hit != 0)
            QToolTip::showText(help->globalPos(), toolTipFor(hit), viewport());
        else if (const auto* mark = layout.changeMarkAt(help->pos()))
            QToolTip::showText(help->globalPos(), toolTipFor(*mark), viewport());
        else if (const QString notes = dateNotesAt(layout, help->pos()); !notes.isEmpty())
            QToolTip::showText(help->globalPos(), notes, viewport());
        else if (const QString eraNotes = eraNotesAt(help->pos()); !eraNotes.isEmpty())
            QToolTip::showText(help->globalPos(), eraNotes, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QAbstractScrollArea::viewportEvent(event);
}

QString TimelineView::eraAt(QPointF viewportPos) const
{
    if (!m_dossier)
        return {};
    const auto layout = currentLayout();
    if (!layout.eraBand.contains(viewportPos))
        return {};
    const qint64 t = layout.scale.toMsecs(viewportPos.x() - layout.timeArea.left());
    // The latest-starting era under the pointer is the one drawn on top.
    const Era* hit = nullptr;
    for (const Era& e : m_dossier->eras()) {
        const qint64 end = eraEndMsecs(e);
        if (e.start.isValid() && e.start.msecs <= t && t < end && (!hit || e.start.msecs >= hit->start.msecs))
            hit = &e;
    }
    return hit ? hit->id : QString();
}

QString TimelineView::eraNotesAt(QPointF viewportPos) const
{
    const QString id = eraAt(viewportPos);
    if (id.isEmpty())
        return {};
    QString html;
    for (const Note& n : m_dossier->notes())
        if (n.target == NoteTarget::Era && n.eraId == id)
            html += (html.isEmpty() ? QString() : QStringLiteral("<br/>")) + n.text.toHtmlEscaped();
    if (html.isEmpty())
        return {};
    const qsizetype era = m_dossier->eraIndex(id);
    return QStringLiteral("<b>%1</b><br/>%2").arg(m_dossier->eras()[era].name.toHtmlEscaped(), html);
}

std::unique_ptr<QMenu> TimelineView::eraMenu(QPointF viewportPos)
{
    if (!m_dossier)
        return {};
    const auto layout = currentLayout();
    if (viewportPos.x() < layout.timeArea.left() || viewportPos.x() > layout.timeArea.right()
        || viewportPos.y() < layout.axis.top())
        return {};
    const qint64 t = layout.scale.toMsecs(viewportPos.x() - layout.timeArea.left());
    auto menu = std::make_unique<QMenu>(this);
    menu->setObjectName(QStringLiteral("timelineEraMenu"));
    if (const QString id = eraAt(viewportPos); !id.isEmpty()) {
        const QString name = m_dossier->eras().value(m_dossier->eraIndex(id)).name;
        QAction* edit
            = menu->addAction(tr("&Edit Era “%1”…").arg(name), this, [this, id] { emit erasRequested(id, 0); });
        edit->setObjectName(QStringLiteral("actionEditEraHere"));
    }
    QAction* add = menu->addAction(tr("&Add Era Here…"), this, [this, t] { emit erasRequested({}, t); });
    add->setObjectName(QStringLiteral("actionAddEraHere"));
    QAction* all
        = menu->addAction(tr("E&ras…"), this, [this] { emit erasRequested({}, std::numeric_limits<qint64>::min()); });
    all->setObjectName(QStringLiteral("actionErasFromTimeline"));
    return menu;
}

void TimelineView::contextMenuEvent(QContextMenuEvent* event)
{
    // Like the mouse events, a context menu reaches the view from the viewport (viewportEvent): viewport coordinates.
    if (auto menu = eraMenu(QPointF(event->pos()))) {
        menu->exec(event->globalPos());
        event->accept();
        return;
    }
    QAbstractScrollArea::contextMenuEvent(event);
}

} // namespace Entente
