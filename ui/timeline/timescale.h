// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The timeline's time <-> pixel mapping as a plain value: the first visible instant (msecs UTC), the
// resolution (msecs per pixel) and the width of the time area in pixels. x = 0 is the left edge of the time
// area. Zoom is clamped between one hour and one century across the width. Tick generation picks the finest
// calendar level (decades … hours) whose labels fit; all calendar arithmetic is proleptic Gregorian in UTC,
// so dates before 1970 and far in the future work the same way.

#include <QList>
#include <QString>
#include <QtGlobal>

#include <cmath>
#include <functional>
#include <span>
#include <utility>
#include <vector>

namespace Entente {

class TimeScale {
public:
    static constexpr qint64 HourMs = 3600LL * 1000;
    static constexpr qint64 DayMs = 24 * HourMs;
    static constexpr qint64 CenturyMs = 36524LL * DayMs; // 100 Gregorian years, on average

    enum class Level { Decades, Years, Quarters, Months, Weeks, Days, Hours6, Hours };

    struct Tick {
        qint64 msecs = 0;
        double x = 0;
        QString label; // empty for minor ticks
    };
    struct Ticks {
        Level level = Level::Years;
        std::vector<Tick> major; // labelled
        std::vector<Tick> minor; // unlabelled subdivisions
        std::vector<Tick> context; // coarser labels ("Dec 2025" above day ticks); may be empty
    };
    using TextWidth = std::function<double(const QString&)>;

    TimeScale() = default;
    TimeScale(qint64 start, double msecsPerPixel, double width);
    // The same view with its start moved (by less than half a pixel) onto the whole-pixel grid that counts
    // from the epoch at this resolution: toX() is then msecs / msecsPerPixel minus a whole number, so two
    // views of one resolution map every instant to x values that differ by exactly the whole pixels between
    // them (a pan shifts what was drawn, and redrawing the shifted view gives the same pixels). What the
    // timeline paints and lays out uses this; any setter returns to the plain mapping.
    [[nodiscard]] static TimeScale pixelAligned(qint64 start, double msecsPerPixel, double width);
    [[nodiscard]] bool isPixelAligned() const { return m_aligned; }
    // The view's start on that grid, in whole pixels from the epoch (aligned scales only).
    [[nodiscard]] double startPixel() const { return m_startPx; }

    [[nodiscard]] qint64 start() const { return m_start; }
    [[nodiscard]] qint64 end() const { return m_start + qint64(m_msPerPx * m_width); }
    [[nodiscard]] double msecsPerPixel() const { return m_msPerPx; }
    [[nodiscard]] double width() const { return m_width; }
    [[nodiscard]] double minMsecsPerPixel() const { return double(HourMs) / m_width; }
    [[nodiscard]] double maxMsecsPerPixel() const { return double(CenturyMs) / m_width; }

    [[nodiscard]] double toX(qint64 msecs) const
    {
        return m_aligned ? double(msecs) / m_msPerPx - m_startPx : double(msecs - m_start) / m_msPerPx;
    }
    [[nodiscard]] qint64 toMsecs(double x) const
    {
        return m_aligned ? qint64(std::llround((x + m_startPx) * m_msPerPx)) : m_start + qint64(std::llround(x * m_msPerPx));
    }

    // Resizing keeps the start and the resolution (the view shows more or less time).
    void setWidth(double width);
    void setStart(qint64 msecs)
    {
        m_start = msecs;
        m_aligned = false;
    }
    void setMsecsPerPixel(double msPerPx); // clamped
    // Multiplies the resolution by 1/factor (factor > 1 zooms in) keeping the instant under x fixed.
    void zoomAbout(double x, double factor);
    void pan(double dx)
    {
        m_start += qint64(std::llround(dx * m_msPerPx));
        m_aligned = false;
    }
    // Shows [from, to] across the width, with `margin` (fraction of the span) on each side.
    void fit(qint64 from, qint64 to, double margin = 0.02);
    void centreOn(qint64 msecs)
    {
        m_start = msecs - qint64(m_msPerPx * m_width / 2);
        m_aligned = false;
    }

    // The shortest period holding at least `share` of the instants in `sorted` (ascending), the latest one
    // when several tie: what "Fit recent activity" frames when a few early events would squeeze the rest.
    // {0, 0} when `sorted` is empty.
    [[nodiscard]] static std::pair<qint64, qint64> densestPeriod(std::span<const qint64> sorted, double share = 0.8);

    [[nodiscard]] Ticks ticks(const TextWidth& textWidth = {}, double padding = 12) const;
    [[nodiscard]] static QString levelName(Level level);

    friend bool operator==(const TimeScale&, const TimeScale&) = default;

private:
    qint64 m_start = 0;
    double m_msPerPx = 1;
    double m_width = 1;
    double m_startPx = 0; // pixelAligned(): the start in whole pixels from the epoch
    bool m_aligned = false;
};

// Calendar helpers in UTC (proleptic Gregorian), shared by ticks and tests.
namespace Calendar {
    struct Ymd {
        int year = 1970;
        int month = 1;
        int day = 1;
        qint64 msOfDay = 0;
    };
    [[nodiscard]] Ymd fromMsecs(qint64 msecs);
    [[nodiscard]] qint64 toMsecs(int year, int month, int day, qint64 msOfDay = 0);
    [[nodiscard]] int dayOfWeek(qint64 msecs); // 1 = Monday … 7 = Sunday
}

} // namespace Entente
