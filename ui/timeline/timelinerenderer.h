// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Draws the timeline: lane headers, time axis, eras, issue-status tints, events (markers, range bars, faint
// month/year extents), labels without overlaps, per-pixel density histograms where events outnumber pixels,
// the selection and the as-of line. It holds only its inputs (a dossier, its lane index, a time scale and
// view options) and no widget state, so one object paints the screen, PNG, SVG, PDF and print.
//
// Stacking: in a lane that shows markers, events whose marker and label would overlap go to sub-rows (the
// first row with room, left to right, selected events first), laid out per resolution in absolute pixels by
// TimelineStacking, so the rows do not depend on where the view starts; a lane is as tall as the rows it
// shows, up to `maxRows` (all rows once the lane is expanded), and what does not fit is counted in "+N"
// clusters on one more row. Every marker, range bar, label and cluster is a rectangle in the Layout, which
// paint, hit testing and exports all use, so no two of them overlap anywhere they are drawn. The layout's
// scale is pixel-aligned (TimeScale::pixelAligned): a view panned by whole pixels draws the same pixels shifted.
//
// Cost: per lane, two binary searches bound the viewport; markers are drawn only while the lane has fewer
// visible events than `densityPerPixel` x width, otherwise one binary search per pixel column builds the
// histogram. A frame is O(width x lanes x log N) whatever the number of events. A new zoom, font or selection
// lays out again, for the lanes that show markers, the pages in view and the lane's extents (ranges and
// month/year bands, stacked over the whole lane: O(extents of the lane)); later frames reuse them.

#include "paintable.h"
#include "timelinelanes.h"
#include "timelinestacking.h"
#include "timescale.h"

#include <QColor>
#include <QFont>
#include <QHash>
#include <QImage>
#include <QList>
#include <QStaticText>

#include <algorithm>
#include <cmath>
#include <vector>

class QFont;
class QFontMetricsF;

namespace Entente {

class Dossier;
class EventStore;
struct Era;

// Where an era's shaded period ends (msecs): the end of its end date's period, or of its start's without an end.
[[nodiscard]] qint64 eraEndMsecs(const Era& e);

class TimelineRenderer : public Paintable {
public:
    enum class ColorMode { Party, Issue, Tag };
    enum Layer { Background = 0x1, Foreground = 0x2, AllLayers = 0x3 };
    // The time area (lanes' bodies: what a pan shifts) and the margins around it (lane headers, time axis).
    // PinnedPart: the labels of ranges and bands that began before the view, pinned to its left edge (they
    // depend on where the view starts, so the view paints them over its kept frame).
    enum Part { TimeAreaPart = 0x1, MarginsPart = 0x2, PinnedPart = 0x4, AllParts = 0x7 };

    struct LaneGeometry {
        int lane = -1; // index into TimelineLanes
        QRectF header; // name column
        QRectF body; // event area of the lane
        bool collapsed = false;
        bool density = false;
        // Density lanes: events of the lane starting in the visible span. Stacked lanes: events drawn in it (items
        // and those counted in "+N" chips).
        qsizetype visibleCount = 0;
        int rows = 1; // stacked sub-rows holding markers and labels
        QRectF changeStrip; // the strip above the rows where position and status changes are marked (or empty)
        double rowHeight = 0;
        double rowsTop = 0; // y of sub-row 0
        size_t firstItem = 0, itemEnd = 0; // this lane's entries in Layout::items
        [[nodiscard]] QRectF rowRect(int row) const
        {
            return QRectF(body.left(), rowsTop + row * rowHeight, body.width(), rowHeight);
        }
    };
    // One event drawn in a lane's sub-row.
    struct Item {
        qint64 eventId = 0;
        quint32 row = 0; // EventStore row
        int lane = -1;
        int subRow = 0;
        QRectF marker; // the point marker or a range's start tick; empty for month/year bands
        QRectF bar; // a range's bar or a month/year band; empty for points
        QRectF slot; // marker, bar and the label's room up to the next item of the row: what a click selects
    };
    // Events that did not fit in a capped lane's rows, counted where they start.
    struct Cluster {
        int lane = -1;
        QRectF rect;
        QString text; // "+N"
        int count = 0;
        qint64 from = 0, to = 0; // first and last start
    };
    struct Label {
        qint64 eventId = 0;
        int lane = -1;
        QRectF rect; // its background, within the time area
        QString text;
        QPointF textPos; // the text's top-left (left of the time area when the label begins before the view)
    };
    // Position (and in issue lanes, status) changes at one spot of a lane's change strip.
    struct ChangeMark {
        int lane = -1;
        QRectF rect;
        QColor color; // the new stance or status; the foreground colour when the changes differ
        std::vector<quint32> positions; // indices into Dossier::positionChanges()
        std::vector<quint32> statuses; // indices into Dossier::statusChanges()
    };
    struct Layout {
        QRectF target;
        QRectF axis; // over the time area
        QRectF eraBand; // bottom row of the axis where eras are named; empty without eras
        QRectF timeArea; // lanes' bodies, all lanes
        TimeScale scale; // the scale used for this target (x relative to timeArea.left())
        std::vector<LaneGeometry> lanes; // in display order, only those (partly) inside the target
        std::vector<Label> labels;
        std::vector<Label> pinnedLabels; // of ranges and bands begun before the view, at its left edge
        std::vector<Item> items; // lane by lane, in display order
        std::vector<Cluster> clusters;
        std::vector<ChangeMark> changeMarks;
        double contentHeight = 0; // all lanes, whatever the target shows
        double asOfX = std::nan(""); // absolute x of the as-of line, NaN when off screen
        [[nodiscard]] const LaneGeometry* laneAt(QPointF p) const;
        [[nodiscard]] const Item* itemOf(qint64 eventId, int lane) const;
        [[nodiscard]] const Cluster* clusterAt(QPointF p) const;
        [[nodiscard]] const ChangeMark* changeMarkAt(QPointF p, double radius = 2) const;
    };

    explicit TimelineRenderer(const TimelineLanes* lanes = nullptr);

    void setLanes(const TimelineLanes* lanes) { m_lanes = lanes; }
    [[nodiscard]] const TimelineLanes* lanes() const { return m_lanes; }
    // The visible span: painting into a target of another width shows the same span.
    void setScale(const TimeScale& scale) { m_scale = scale; }
    [[nodiscard]] const TimeScale& scale() const { return m_scale; }
    void setColorMode(ColorMode mode) { m_colorMode = mode; }
    void setSelectedEventIds(const QList<qint64>& ids); // kept sorted
    [[nodiscard]] const std::vector<qint64>& selectedEventIds() const { return m_selected; }
    void setAsOf(qint64 msecs) { m_asOf = msecs; } // PartialDate::Invalid hides the line
    [[nodiscard]] qint64 asOf() const { return m_asOf; }
    void setVerticalOffset(double y) { m_verticalOffset = y; }
    void setDensityPerPixel(double eventsPerPixel) { m_densityPerPixel = eventsPerPixel; }
    [[nodiscard]] double densityPerPixel() const { return m_densityPerPixel; }
    // Marks of position and status changes in their party or issue lane (on by default).
    void setShowChanges(bool on) { m_showChanges = on; }
    [[nodiscard]] bool showsChanges() const { return m_showChanges; }
    void setMaxRows(int rows) { m_maxRows = std::max(1, rows); } // per lane before "+N" (expanded lanes: more)
    [[nodiscard]] int maxRows() const { return m_maxRows; }

    // Geometry shared by paint, hit testing and the widget.
    [[nodiscard]] static double headerWidth(const RenderStyle& style);
    [[nodiscard]] double axisHeight(const RenderStyle& style) const; // taller when the dossier has eras
    [[nodiscard]] static double rowHeight(const RenderStyle& style);
    [[nodiscard]] double contentHeight(const QRectF& target, const RenderStyle& style) const;
    [[nodiscard]] Layout layout(const QRectF& target, const RenderStyle& style, bool withLabels = true) const;

    // The event under `pos` (target coordinates) within `radius` pixels, or 0.
    [[nodiscard]] qint64 hitTest(const Layout& layout, QPointF pos, double radius = 5) const;
    // Ids of events starting in [from, to] in the given lanes (capped at `limit`).
    [[nodiscard]] QList<qint64> eventsIn(const std::vector<int>& lanes, qint64 from, qint64 to, qsizetype limit = 100000) const;

    void paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const override;
    // Paints within the painter's clip; the time area alone draws nothing outside it, and what it draws does
    // not depend on where the view starts (a frame shifted by whole pixels equals a fresh paint).
    void paintLayers(QPainter* painter, const Layout& layout, const RenderStyle& style, int layers, int parts = AllParts) const;
    [[nodiscard]] QString title() const override;
    // The colour code as drawn: parties, issues or tags (by the colour mode), and in issue lanes the statuses
    // that tint them.
    [[nodiscard]] QList<ScaleLevel> legend() const override;
    [[nodiscard]] ColorMode colorMode() const { return m_colorMode; }

    [[nodiscard]] QColor categoricalColor(int index) const; // issue/tag colours
    [[nodiscard]] bool isSelected(qint64 id) const;
    // Month- or year-precision events without an end: drawn as a faint band across their period, no marker.
    [[nodiscard]] static bool isFaintExtentRow(const EventStore& store, qsizetype row);

private:
    void paintBackground(QPainter* p, const Layout& l, const RenderStyle& style, int parts) const;
    void paintAxis(QPainter* p, const Layout& l, const RenderStyle& style, int parts) const;
    void paintDateNotes(QPainter* p, const Layout& l, const RenderStyle& style) const;
    void paintPinnedLabels(QPainter* p, const Layout& l, const RenderStyle& style) const;
    void paintAsOf(QPainter* p, const Layout& l, const RenderStyle& style, int parts) const;
    void paintLane(QPainter* p, const Layout& l, const LaneGeometry& g, const RenderStyle& style) const;
    void paintDensity(QPainter* p, const Layout& l, const LaneGeometry& g, const RenderStyle& style) const;
    // Events of `lane` starting in each of the `columns` pixel columns of `scale` (a memo per lane, see .cpp).
    [[nodiscard]] const std::vector<quint32>& densityCounts(int lane, const TimeScale& scale, int columns) const;
    void paintDensityOutline(QPainter* p, const LaneGeometry& g, const std::vector<quint32>& counts, quint32 maxCount,
        const QColor& color, const RenderStyle& style) const;
    void paintSelectionAndLabels(QPainter* p, const Layout& l, const RenderStyle& style) const;
    // One "+N" cluster chip: a rounded outline and its text, blitted from a memo of drawn chips where it can.
    void paintChip(QPainter* p, const QRectF& rect, const QString& text, const RenderStyle& style) const;
    void stackLane(Layout& l, LaneGeometry& g, const RenderStyle& style, bool withLabels) const;
    void markChanges(Layout& l, const LaneGeometry& g, const RenderStyle& style) const;
    [[nodiscard]] QColor eventColor(qsizetype row, const TimelineLanes::Lane& lane) const;
    [[nodiscard]] QColor laneColor(const TimelineLanes::Lane& lane) const;
    // Draws one line of plain text with its top-left at `topLeft`, reusing the laid-out glyphs of earlier
    // frames (tick labels, lane names and event titles repeat from frame to frame).
    void drawText(QPainter* p, QPointF topLeft, const QString& text) const;
    // Memos of text measurement for repeated frames, keyed by the font and the text (and the width).
    [[nodiscard]] double advance(const QFontMetricsF& fm, const QFont& font, const QString& text) const;
    [[nodiscard]] QString elided(const QFontMetricsF& fm, const QFont& font, const QString& text, double width) const;

    const TimelineLanes* m_lanes = nullptr;
    TimeScale m_scale;
    ColorMode m_colorMode = ColorMode::Party;
    std::vector<qint64> m_selected;
    qint64 m_asOf = std::numeric_limits<qint64>::min();
    double m_verticalOffset = 0;
    double m_densityPerPixel = 0.25;
    int m_maxRows = 4;
    bool m_showChanges = true;
    QList<QColor> m_palette;
    // Memos by font key, then by text (and width): laid-out glyphs, advances, elided lane names.
    mutable QHash<QString, QHash<QString, QStaticText>> m_textCache;
    mutable QHash<QString, QHash<QString, double>> m_advances;
    mutable QHash<QString, QHash<QString, QString>> m_elided;
    mutable QHash<QString, QImage> m_chips; // drawn chips by font, text, size, scale and colours (paintChip)
    struct DensityCounts {
        quint64 generation = ~quint64(0);
        double msecsPerPixel = 0;
        double firstPixel = 0; // the global pixel column of counts[0]
        std::vector<quint32> counts;
    };
    mutable std::vector<DensityCounts> m_densityCounts; // by lane
    mutable QImage m_densityStrip; // the histogram of a density lane, reused (see paintDensity)
    mutable QFont m_keyFont; // the font whose key was asked last, and its key
    mutable QString m_keyFontKey;
    [[nodiscard]] const QString& fontKey(const QFont& font) const;
    // The lanes' sub-rows at the current resolution, in absolute pixels (memos, see TimelineStacking).
    mutable TimelineStacking m_stacking;
    // A label's text as laid out (elided to its room, or whole when room < 0) and its advance, by store row
    // and room in 1/64 px, for one lanes generation and font (a memo).
    struct LabelText {
        QString text;
        double advance = 0;
    };
    [[nodiscard]] const LabelText& labelText(quint32 row, double room, const QFontMetricsF& fm) const;
    mutable QHash<quint64, LabelText> m_labelTexts;
    mutable quint64 m_labelTextsGeneration = ~quint64(0);
    mutable QString m_labelTextsFont;
};

} // namespace Entente
