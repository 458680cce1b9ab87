// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sub-rows of the timeline's lanes at one resolution (issue 12's stacking), laid out in absolute pixels:
// x = msecs / msecs-per-pixel, counted from the epoch. Where an event sits depends on the data, the zoom, the
// font, the row cap and the selection only, never on where a view starts, so a pan shows the same layout
// shifted and an export of the same span the same layout as the screen.
//
// A lane's extents (ranges and month/year bands: the few events that span a period) are stacked over the whole
// lane, first, in start order. Point events are stacked in pages of a fixed width (pageWidth()); a page's layout
// depends on its own events and the lane's extents only. Nothing of a page crosses its right cut (labels end at
// it, "+N" chips end before it) except the markers that straddle the cut: they belong to the page after it, and
// both pages place them first, the same way, against the extents alone, so neither page's layout needs the
// other's. Within a page, selected events claim their place before the others; labels get the room until the
// next item of their row (at most maxLabel), and what does not fit in the capped rows is counted in "+N" chips.
//
// TimelineRenderer owns one and turns the pages and extents that meet a view into its Layout. The layouts are
// memos: prepare() drops them when the resolution, font, scale, row cap, selection or lanes generation changes
// (an expanded lane's larger cap is checked per lane).

#include <QFont>
#include <QFontMetricsF>
#include <QHash>

#include <vector>

namespace Entente {

class TimelineLanes;
struct RenderStyle;

class TimelineStacking {
public:
    enum class Kind : quint8 { Point, Range, Band };
    // One event in a sub-row, in absolute pixels.
    struct Placed {
        quint32 row = 0; // EventStore row
        int subRow = 0;
        Kind kind = Kind::Point;
        double x0 = 0, x1 = 0; // start, and the end of a range or band
        double left = 0; // what it occupies begins here: the marker's left, a range's tick, a band's start
        double labelLeft = 0;
        double textWidth = 0; // the whole title, with its padding
        double room = 0; // for the label; below minRoom() there is none
        double slotLeft = 0, slotRight = 0; // marker, bar and label: what a click selects
    };
    // Events that did not fit in the capped rows, counted at their left.
    struct Chip {
        double left = 0, width = 0;
        int count = 0;
        qint64 from = 0, to = 0; // first and last start
    };
    struct Page {
        int cap = -1;
        std::vector<Placed> items; // by slotLeft
        std::vector<Chip> chips; // left to right, disjoint
    };
    struct Interval {
        double left, right; // right includes the gap after it
    };
    struct Extents {
        int cap = -1;
        std::vector<Placed> placed; // by slotLeft
        std::vector<double> slotRightMax; // prefix maximum of placed[].slotRight, for finding those in a view
        std::vector<std::vector<Interval>> rows; // occupied, per sub-row, by left
        struct Unplaced {
            double x0;
            qint64 start;
        };
        std::vector<Unplaced> unplaced; // by x0
    };

    TimelineStacking() = default;

    // Keeps the layouts when nothing they depend on changed; otherwise drops them (and counts a revision).
    void prepare(const TimelineLanes* lanes, double msecsPerPixel, const RenderStyle& style, int maxRows,
        const std::vector<qint64>& selected);
    [[nodiscard]] quint64 revision() const { return m_revision; }

    [[nodiscard]] double msecsPerPixel() const { return m_msPerPx; }
    [[nodiscard]] double pageWidth() const { return m_pageWidth; }
    [[nodiscard]] double minRoom() const { return m_minRoom; }
    [[nodiscard]] double markerWidth() const { return m_markerW; }
    [[nodiscard]] double gap() const { return m_gap; }
    [[nodiscard]] double maxLabel() const { return m_maxLabel; }
    [[nodiscard]] const QFontMetricsF& metrics() const { return m_fm; }
    [[nodiscard]] int capOf(int lane) const;

    [[nodiscard]] const Extents& extents(int lane);
    [[nodiscard]] const Page& page(int lane, qint64 index);
    // Absolute x of an instant at this resolution.
    [[nodiscard]] double absX(qint64 msecs) const { return double(msecs) / m_msPerPx; }

private:
    [[nodiscard]] double titleWidth(quint32 row);
    [[nodiscard]] double chipWidth(int count); // of a "+N" chip, by N (a memo)
    [[nodiscard]] bool isSelectedRow(quint32 row) const;
    [[nodiscard]] Placed pointAt(quint32 row) const; // without its text width
    // The markers straddling cut `x` placed against the extents alone: what both pages beside it do.
    std::vector<Placed> straddlers(int lane, const Extents& ext, double cut, const std::vector<Placed>& candidates);
    void clear();

    const TimelineLanes* m_lanes = nullptr;
    quint64 m_generation = ~quint64(0);
    double m_msPerPx = 0;
    double m_scale = 0;
    QString m_fontKey;
    QFontMetricsF m_fm { QFont() };
    int m_maxRows = 0;
    std::vector<qint64> m_selected;
    quint64 m_revision = 0;

    double m_pageWidth = 2048;
    double m_markerW = 5, m_gap = 6, m_preferred = 160, m_maxLabel = 420, m_minRoom = 30;

    std::vector<Extents> m_extents; // by lane; cap -1 until laid out
    QHash<quint64, Page> m_pages; // by lane and page index
    // Title widths by store row, for the lanes generation and font of the layouts (a memo).
    QHash<quint32, float> m_titleWidths;
    std::vector<double> m_chipWidths;
};

} // namespace Entente
