// SPDX-License-Identifier: GPL-3.0-or-later
#include "timescale.h"

#include <QLocale>

#include <algorithm>
#include <optional>

namespace Entente {

namespace {
    qint64 floorDiv(qint64 a, qint64 b)
    {
        const qint64 q = a / b;
        return (a % b != 0 && ((a < 0) != (b < 0))) ? q - 1 : q;
    }

    // Howard Hinnant's days_from_civil / civil_from_days (proleptic Gregorian, astronomical years).
    qint64 daysFromCivil(qint64 y, unsigned m, unsigned d)
    {
        y -= m <= 2;
        const qint64 era = (y >= 0 ? y : y - 399) / 400;
        const auto yoe = unsigned(y - era * 400);
        const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
        const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146097 + qint64(doe) - 719468;
    }

    void civilFromDays(qint64 z, int& year, int& month, int& day)
    {
        z += 719468;
        const qint64 era = (z >= 0 ? z : z - 146096) / 146097;
        const auto doe = unsigned(z - era * 146097);
        const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
        const qint64 y = qint64(yoe) + era * 400;
        const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        const unsigned mp = (5 * doy + 2) / 153;
        day = int(doy - (153 * mp + 2) / 5 + 1);
        month = int(mp < 10 ? mp + 3 : mp - 9);
        year = int(y + (month <= 2));
    }

    enum class Unit { Years, Quarter, Month, Week, Day, Hours, Minutes };
    struct Step {
        Unit unit = Unit::Day;
        int count = 1; // years, hours or minutes per step
    };

    qint64 floorTo(qint64 ms, Step s)
    {
        const auto c = Calendar::fromMsecs(ms);
        switch (s.unit) {
        case Unit::Years:
            return Calendar::toMsecs(int(floorDiv(c.year, s.count) * s.count), 1, 1);
        case Unit::Quarter:
            return Calendar::toMsecs(c.year, (c.month - 1) / 3 * 3 + 1, 1);
        case Unit::Month:
            return Calendar::toMsecs(c.year, c.month, 1);
        case Unit::Week:
            return floorDiv(ms, TimeScale::DayMs) * TimeScale::DayMs - (Calendar::dayOfWeek(ms) - 1) * TimeScale::DayMs;
        case Unit::Day:
            return floorDiv(ms, TimeScale::DayMs) * TimeScale::DayMs;
        case Unit::Hours:
            return floorDiv(ms, s.count * TimeScale::HourMs) * s.count * TimeScale::HourMs;
        case Unit::Minutes:
            return floorDiv(ms, s.count * 60000LL) * s.count * 60000LL;
        }
        return ms;
    }

    qint64 advance(qint64 ms, Step s)
    {
        const auto c = Calendar::fromMsecs(ms);
        switch (s.unit) {
        case Unit::Years:
            return Calendar::toMsecs(c.year + s.count, c.month, c.day, c.msOfDay);
        case Unit::Quarter:
        case Unit::Month: {
            const int months = s.unit == Unit::Quarter ? 3 : 1;
            const int m0 = c.month - 1 + months;
            return Calendar::toMsecs(c.year + m0 / 12, m0 % 12 + 1, c.day, c.msOfDay);
        }
        case Unit::Week:
            return ms + 7 * TimeScale::DayMs;
        case Unit::Day:
            return ms + TimeScale::DayMs;
        case Unit::Hours:
            return ms + s.count * TimeScale::HourMs;
        case Unit::Minutes:
            return ms + s.count * 60000LL;
        }
        return ms + 1;
    }

    double nominalMs(Step s)
    {
        switch (s.unit) {
        case Unit::Years:
            return 365.2425 * double(TimeScale::DayMs) * s.count;
        case Unit::Quarter:
            return 91.31 * double(TimeScale::DayMs);
        case Unit::Month:
            return 30.44 * double(TimeScale::DayMs);
        case Unit::Week:
            return 7.0 * double(TimeScale::DayMs);
        case Unit::Day:
            return double(TimeScale::DayMs);
        case Unit::Hours:
            return double(TimeScale::HourMs) * s.count;
        case Unit::Minutes:
            return 60000.0 * s.count;
        }
        return 1;
    }

    QString monthShort(int m) { return QLocale().monthName(m, QLocale::ShortFormat); }

    enum class Format { Year, Quarter, MonthYear, DayMonth, DayMonthYear, HourMinute };
    QString format(qint64 ms, Format f)
    {
        const auto c = Calendar::fromMsecs(ms);
        switch (f) {
        case Format::Year:
            return QString::number(c.year);
        case Format::Quarter:
            return u'Q' + QString::number((c.month - 1) / 3 + 1) + u' ' + QString::number(c.year);
        case Format::MonthYear:
            return monthShort(c.month) + u' ' + QString::number(c.year);
        case Format::DayMonth:
            return QString::number(c.day) + u' ' + monthShort(c.month);
        case Format::DayMonthYear:
            return QString::number(c.day) + u' ' + monthShort(c.month) + u' ' + QString::number(c.year);
        case Format::HourMinute: {
            const qint64 minutes = c.msOfDay / 60000;
            return QStringLiteral("%1:%2").arg(minutes / 60, 2, 10, QLatin1Char('0')).arg(minutes % 60, 2, 10, QLatin1Char('0'));
        }
        }
        return {};
    }

    struct LevelSpec {
        TimeScale::Level level;
        Step major;
        Format majorFormat;
        QString sample; // a wide label of this level, to test whether labels fit
        std::optional<Step> context;
        Format contextFormat;
    };
}

namespace Calendar {
    Ymd fromMsecs(qint64 msecs)
    {
        Ymd r;
        const qint64 days = floorDiv(msecs, TimeScale::DayMs);
        r.msOfDay = msecs - days * TimeScale::DayMs;
        civilFromDays(days, r.year, r.month, r.day);
        return r;
    }

    qint64 toMsecs(int year, int month, int day, qint64 msOfDay)
    {
        // Clamp the day to the month's length (advancing 31 Jan by a month lands on 28/29 Feb).
        static constexpr int lengths[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        const int maxDay = month == 2 && leap ? 29 : lengths[month - 1];
        return daysFromCivil(year, unsigned(month), unsigned(std::min(day, maxDay))) * TimeScale::DayMs + msOfDay;
    }

    int dayOfWeek(qint64 msecs)
    {
        // 1970-01-01 was a Thursday (4).
        const qint64 days = floorDiv(msecs, TimeScale::DayMs);
        return int(((days + 3) % 7 + 7) % 7) + 1;
    }
}

TimeScale::TimeScale(qint64 start, double msecsPerPixel, double width)
    : m_start(start)
    , m_width(std::max(1.0, width))
{
    setMsecsPerPixel(msecsPerPixel);
}

TimeScale TimeScale::pixelAligned(qint64 start, double msecsPerPixel, double width)
{
    TimeScale s(start, msecsPerPixel, width);
    s.m_startPx = std::floor(double(start) / s.m_msPerPx + 0.5);
    s.m_start = qint64(std::llround(s.m_startPx * s.m_msPerPx));
    s.m_aligned = true;
    return s;
}

void TimeScale::setWidth(double width)
{
    m_aligned = false;
    m_width = std::max(1.0, width);
    setMsecsPerPixel(m_msPerPx);
}

void TimeScale::setMsecsPerPixel(double msPerPx)
{
    m_aligned = false;
    m_msPerPx = std::clamp(msPerPx, minMsecsPerPixel(), maxMsecsPerPixel());
}

void TimeScale::zoomAbout(double x, double factor)
{
    if (!(factor > 0))
        return;
    const double anchor = double(start()) + x * m_msPerPx;
    setMsecsPerPixel(m_msPerPx / factor);
    m_start = qint64(std::llround(anchor - x * m_msPerPx));
}

void TimeScale::fit(qint64 from, qint64 to, double margin)
{
    if (to < from)
        std::swap(from, to);
    const double span = std::max(double(to - from), double(HourMs));
    const double padded = span * (1 + 2 * margin);
    setMsecsPerPixel(padded / m_width);
    const double centre = double(from) + double(to - from) / 2;
    m_start = qint64(std::llround(centre - m_msPerPx * m_width / 2));
    m_aligned = false;
}

std::pair<qint64, qint64> TimeScale::densestPeriod(std::span<const qint64> sorted, double share)
{
    const auto n = qsizetype(sorted.size());
    if (n == 0)
        return { 0, 0 };
    const qsizetype k = std::clamp<qsizetype>(qsizetype(std::ceil(double(n) * std::clamp(share, 0.0, 1.0))), 1, n);
    qsizetype best = 0;
    for (qsizetype i = 1; i + k - 1 < n; ++i)
        if (sorted[size_t(i + k - 1)] - sorted[size_t(i)] <= sorted[size_t(best + k - 1)] - sorted[size_t(best)])
            best = i;
    return { sorted[size_t(best)], sorted[size_t(best + k - 1)] };
}

QString TimeScale::levelName(Level level)
{
    static const char* names[] = { "decades", "years", "quarters", "months", "weeks", "days", "hours6", "hours" };
    return QString::fromLatin1(names[int(level)]);
}

TimeScale::Ticks TimeScale::ticks(const TextWidth& textWidth, double padding) const
{
    const TextWidth measure = textWidth ? textWidth : [](const QString& s) { return 7.0 * double(s.size()); };
    static const LevelSpec specs[] = {
        { Level::Hours, { Unit::Hours, 1 }, Format::HourMinute, u"00:00"_qs, Step { Unit::Day }, Format::DayMonthYear },
        { Level::Hours6, { Unit::Hours, 6 }, Format::HourMinute, u"00:00"_qs, Step { Unit::Day }, Format::DayMonthYear },
        { Level::Days, { Unit::Day }, Format::DayMonth, u"30 Sep"_qs, Step { Unit::Month }, Format::MonthYear },
        { Level::Weeks, { Unit::Week }, Format::DayMonth, u"30 Sep"_qs, Step { Unit::Month }, Format::MonthYear },
        { Level::Months, { Unit::Month }, Format::MonthYear, u"Sep 2025"_qs, Step { Unit::Years, 1 }, Format::Year },
        { Level::Quarters, { Unit::Quarter }, Format::Quarter, u"Q4 2025"_qs, Step { Unit::Years, 1 }, Format::Year },
        { Level::Years, { Unit::Years, 1 }, Format::Year, u"2025"_qs, std::nullopt, Format::Year },
        { Level::Decades, { Unit::Years, 10 }, Format::Year, u"2020"_qs, std::nullopt, Format::Year },
    };
    const LevelSpec* chosen = &specs[std::size(specs) - 1];
    Step major = chosen->major;
    for (const auto& spec : specs) {
        if (nominalMs(spec.major) / m_msPerPx >= measure(spec.sample) + padding) {
            chosen = &spec;
            major = spec.major;
            break;
        }
    }
    if (chosen->level == Level::Decades) {
        for (int k : { 10, 20, 50, 100, 200, 500 }) {
            major = { Unit::Years, k };
            if (nominalMs(major) / m_msPerPx >= measure(chosen->sample) + padding)
                break;
        }
    }

    // Minor subdivisions: the next finer calendar unit that keeps ticks at least 4 px apart.
    std::optional<Step> minor;
    auto tryMinor = [&](std::initializer_list<Step> candidates) {
        for (const Step& s : candidates)
            if (nominalMs(s) / m_msPerPx >= 4) {
                minor = s;
                return;
            }
    };
    switch (chosen->level) {
    case Level::Decades:
        tryMinor({ major.count == 10 ? Step { Unit::Years, 1 } : Step { Unit::Years, 10 } });
        break;
    case Level::Years:
        tryMinor({ Step { Unit::Month }, Step { Unit::Quarter } });
        break;
    case Level::Quarters:
        tryMinor({ Step { Unit::Month } });
        break;
    case Level::Months:
        tryMinor({ Step { Unit::Day }, Step { Unit::Week } });
        break;
    case Level::Weeks:
        tryMinor({ Step { Unit::Day } });
        break;
    case Level::Days:
        tryMinor({ Step { Unit::Hours, 6 } });
        break;
    case Level::Hours6:
        tryMinor({ Step { Unit::Hours, 1 } });
        break;
    case Level::Hours:
        tryMinor({ Step { Unit::Minutes, 15 } });
        break;
    }

    Ticks out;
    out.level = chosen->level;
    const qint64 from = m_start, to = end();
    constexpr int maxTicks = 20000; // a safety net; real views produce a few hundred at most
    auto generate = [&](Step s, std::vector<Tick>& into, std::optional<Format> f, bool includeBefore) {
        qint64 t = floorTo(from, s);
        if (t < from && !includeBefore)
            t = advance(t, s);
        for (int n = 0; t <= to && n < maxTicks; ++n, t = advance(t, s))
            into.push_back({ t, toX(t), f ? format(t, *f) : QString() });
    };
    generate(major, out.major, chosen->majorFormat, false);
    if (minor)
        generate(*minor, out.minor, std::nullopt, false);
    if (chosen->context)
        generate(*chosen->context, out.context, chosen->contextFormat, true);
    return out;
}

} // namespace Entente
