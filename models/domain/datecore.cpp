// SPDX-License-Identifier: GPL-3.0-or-later
#include "datecore.h"

#include <QCoreApplication>
#include <QString>

#include <chrono>
#include <string_view>

namespace Entente::DateCore {

namespace {
    namespace chr = std::chrono;

    // A dossier's year (no year 0) as chrono's astronomical year and back.
    chr::year astronomical(int year) { return chr::year(year < 0 ? year + 1 : year); }
    int dossierYear(chr::year y) { return int(y) <= 0 ? int(y) - 1 : int(y); }

    bool isDigit(char c) { return c >= '0' && c <= '9'; }
    bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    bool digits(QByteArrayView s, qsizetype pos, qsizetype n, int& out)
    {
        if (pos < 0 || pos + n > s.size())
            return false;
        int v = 0;
        for (qsizetype i = pos; i < pos + n; ++i) {
            if (!isDigit(s[i]))
                return false;
            v = v * 10 + (s[i] - '0');
        }
        out = v;
        return true;
    }

    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too.
    struct DateText {
        Q_DECLARE_TR_FUNCTIONS(Entente::DateCore)
    };

    Result<PartialDate> fail(QString why) { return Error(std::move(why), Error::Kind::Invalid); }

    // Checks ranges and builds the date; h/min only for Minute precision.
    Result<PartialDate> make(int y, int m, int d, int h, int min, qint64 offsetMin, Precision p, bool signedYear)
    {
        if (signedYear ? (y == 0) : (y < 1 || y > MaxYear)) {
            if (y == 0 && signedYear)
                return fail(DateText::tr("year 0 does not exist"));
            return fail(DateText::tr("year %1 out of range").arg(y));
        }
        if (m < 1 || m > 12)
            return fail(DateText::tr("month %1 out of range").arg(m));
        if (d < 1 || d > daysInMonth(y, m))
            return fail(DateText::tr("day %1 out of range for %2-%3")
                            .arg(d)
                            .arg(y, 4, 10, QLatin1Char('0'))
                            .arg(m, 2, 10, QLatin1Char('0')));
        if (h > 23 || min > 59)
            return fail(DateText::tr("time %1:%2 out of range")
                            .arg(h, 2, 10, QLatin1Char('0'))
                            .arg(min, 2, 10, QLatin1Char('0')));
        const qint64 msecs = *civilToMsecs(y, m, d, h, min) - offsetMin * 60000;
        // An offset can carry the first or last day of the years a dossier holds across their edge.
        if (offsetMin != 0 && (y == MaxYear || y == MinYear || y == 1 || y == -1)) {
            const int utcYear = civilFromMsecs(msecs).year;
            if (utcYear > MaxYear || utcYear < MinYear || (!signedYear && utcYear < 1))
                return fail(DateText::tr("year %1 out of range").arg(utcYear));
        }
        return PartialDate::fromMsecs(msecs, p);
    }

    // ISO 8601 from position 0 (after a sign, if any); s has been trimmed. Seconds and their fraction are read
    // and dropped, or given back in msecsInMinute (milliseconds, the fraction cut after three digits) for an
    // instant.
    Result<PartialDate> parseIso(QByteArrayView s, bool negative, bool signedYear, int* msecsInMinute = nullptr)
    {
        int y = 0, m = 1, d = 1, h = 0, min = 0;
        if (!digits(s, 0, 4, y))
            return fail(DateText::tr("expected a year of four digits"));
        if (negative)
            y = -y;
        if (s.size() == 4)
            return make(y, 1, 1, 0, 0, 0, Precision::Year, signedYear);
        if (s[4] != '-' || !digits(s, 5, 2, m))
            return fail(DateText::tr("expected -MM after the year"));
        if (s.size() == 7)
            return make(y, m, 1, 0, 0, 0, Precision::Month, signedYear);
        if (s[7] != '-' || !digits(s, 8, 2, d))
            return fail(DateText::tr("expected -DD after the month"));
        if (s.size() == 10)
            return make(y, m, d, 0, 0, 0, Precision::Day, signedYear);
        if ((s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':'
            || !digits(s, 14, 2, min))
            return fail(DateText::tr("expected THH:MM after the day"));
        qsizetype pos = 16;
        if (pos < s.size() && s[pos] == ':') { // seconds are accepted and dropped: a minute is the finest kept
            int sec = 0;
            if (!digits(s, pos + 1, 2, sec) || sec > (msecsInMinute ? 59 : 60))
                return fail(DateText::tr("bad seconds"));
            pos += 3;
            int ms = 0, fractionDigits = 0;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                for (; pos < s.size() && isDigit(s[pos]); ++pos, ++fractionDigits)
                    if (fractionDigits < 3)
                        ms = ms * 10 + (s[pos] - '0');
                if (msecsInMinute && fractionDigits == 0)
                    return fail(DateText::tr("bad seconds"));
                for (int k = fractionDigits; k < 3; ++k)
                    ms *= 10;
            }
            if (msecsInMinute)
                *msecsInMinute = sec * 1000 + ms;
        }
        qint64 offset = 0;
        const QByteArrayView zone = s.sliced(pos);
        if (zone.isEmpty() || zone == "Z" || zone == "z") {
        } else if ((zone[0] == '+' || zone[0] == '-') && (zone.size() == 6 || zone.size() == 5 || zone.size() == 3)) {
            int oh = 0, om = 0;
            const bool colon = zone.size() == 6;
            if (!digits(zone, 1, 2, oh) || (zone.size() > 3 && !digits(zone, colon ? 4 : 3, 2, om))
                || (colon && zone[3] != ':') || oh > 14 || om > 59)
                return fail(DateText::tr("bad time-zone offset"));
            offset = (oh * 60 + om) * (zone[0] == '-' ? -1 : 1);
        } else {
            return fail(DateText::tr("unexpected text after the time"));
        }
        return make(y, m, d, h, min, offset, Precision::Minute, signedYear);
    }

    // "2010-4-20", "-3300-01-01 00:00:00" (The Timeline Project): midnight is a day, any other time a minute.
    Result<PartialDate> parseLooseIso(QByteArrayView s)
    {
        qsizetype i = 0;
        auto number = [&](int maxDigits, int& out) {
            const qsizetype from = i;
            int v = 0;
            while (i < s.size() && isDigit(s[i]) && i - from < maxDigits)
                v = v * 10 + (s[i++] - '0');
            out = v;
            return i > from;
        };
        const bool negative = !s.isEmpty() && s[0] == '-';
        i = negative ? 1 : 0;
        int y = 0, m = 0, d = 0, h = 0, min = 0, sec = 0;
        bool ok = number(4, y) && i < s.size() && s[i++] == '-' && number(2, m) && i < s.size() && s[i++] == '-'
            && number(2, d);
        bool timed = false;
        if (ok && i < s.size()) {
            timed = true;
            ok = (s[i] == ' ' || s[i] == 'T') && (++i, number(2, h)) && i < s.size() && s[i++] == ':'
                && i + 2 <= s.size() && number(2, min) && (i == s.size() || (s[i++] == ':' && number(2, sec)));
            ok = ok && i == s.size();
        }
        if (!ok)
            return fail(DateText::tr("expected YYYY-MM-DD hh:mm:ss"));
        const bool midnight = !timed || (h == 0 && min == 0 && sec == 0);
        return make(negative ? -y : y, m, d, h, min, 0, midnight ? Precision::Day : Precision::Minute, true);
    }

    // Splits "15 December 2025", "December 2025", "December 15, 2025", "15-Dec-2025" into words; a trailing
    // "hh:mm[:ss]" (TimeFlow's "Apr 23 2010 18:00:00") makes it a minute.
    Result<PartialDate> parseWords(QByteArrayView s)
    {
        if (const qsizetype space = s.lastIndexOf(' '); space > 0) {
            const QByteArrayView time = s.sliced(space + 1);
            int h = 0, min = 0, sec = 0;
            if ((time.size() == 5 || time.size() == 8) && digits(time, 0, 2, h) && time[2] == ':'
                && digits(time, 3, 2, min) && (time.size() == 5 || (time[5] == ':' && digits(time, 6, 2, sec)))) {
                const auto day = parseWords(s.first(space));
                if (!day.ok())
                    return day;
                if (day->precision != Precision::Day)
                    return fail(DateText::tr("a time after a date without a day"));
                if (h > 23 || min > 59 || sec > 60)
                    return fail(DateText::tr("time %1 out of range").arg(QString::fromUtf8(time)));
                return PartialDate::fromMsecs(day->msecs + (qint64(h) * 60 + min) * 60000, Precision::Minute);
            }
        }
        QByteArrayView words[4];
        int n = 0;
        qsizetype i = 0;
        while (i < s.size()) {
            while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '-' || s[i] == '.' || s[i] == '/'))
                ++i;
            const qsizetype b = i;
            while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '-' && s[i] != '/' && !(s[i] == '.' && i > b))
                ++i;
            if (i > b) {
                if (n == 4)
                    return fail(DateText::tr("unrecognised date"));
                words[n++] = s.sliced(b, i - b);
            }
        }
        auto number = [](QByteArrayView w, int& out) { return !w.isEmpty() && w.size() <= 4 && digits(w, 0, w.size(), out); };
        int day = 0, year = 0, month = 0;
        if (n == 3 && number(words[0], day) && (month = monthFromName(words[1])) && number(words[2], year)
            && words[2].size() == 4)
            return make(year, month, day, 0, 0, 0, Precision::Day, false);
        if (n == 3 && number(words[0], day) && (month = monthFromName(words[1])) && number(words[2], year)
            && words[2].size() == 2)
            return make(fromTwoDigitYear(year), month, day, 0, 0, 0, Precision::Day, false);
        if (n == 3 && (month = monthFromName(words[0])) && number(words[1], day) && number(words[2], year)
            && words[2].size() == 4)
            return make(year, month, day, 0, 0, 0, Precision::Day, false);
        if (n == 2 && (month = monthFromName(words[0])) && number(words[1], year) && words[1].size() == 4)
            return make(year, month, 1, 0, 0, 0, Precision::Month, false);
        return fail(DateText::tr("unrecognised date \"%1\"")
                        .arg(QString::fromUtf8(s.first(std::min<qsizetype>(s.size(), 40)))));
    }
}

Result<qint64> parseInstant(QByteArrayView text)
{
    const QByteArrayView s = text.trimmed();
    int inMinute = 0;
    const auto at = parseIso(s, false, false, &inMinute);
    if (!at.ok())
        return at.error();
    if (at->precision < Precision::Day)
        return Error(DateText::tr("expected -DD after the month"), Error::Kind::Invalid);
    return at->msecs + inMinute;
}

bool isLeapYear(int year) { return year != 0 && astronomical(year).is_leap(); }

int daysInMonth(int year, int month)
{
    if (year == 0 || month < 1 || month > 12)
        return 0;
    const chr::year_month_day_last last(astronomical(year), chr::month_day_last(chr::month(unsigned(month))));
    return int(unsigned(last.day()));
}

std::optional<qint64> daysFromCivil(int year, int month, int day)
{
    if (year == 0 || month < 1 || month > 12 || day < 1)
        return std::nullopt;
    const chr::year_month_day ymd(astronomical(year), chr::month(unsigned(month)), chr::day(unsigned(day)));
    if (!ymd.ok())
        return std::nullopt;
    return chr::sys_days(ymd).time_since_epoch().count();
}

std::optional<qint64> civilToMsecs(int year, int month, int day, int hour, int minute)
{
    if (hour < 0 || hour > 23 || minute < 0 || minute > 59)
        return std::nullopt;
    const auto days = daysFromCivil(year, month, day);
    if (!days)
        return std::nullopt;
    return *days * DayMs + (qint64(hour) * 60 + minute) * 60000;
}

Civil civilFromMsecs(qint64 msecs)
{
    const chr::sys_time<chr::milliseconds> t { chr::milliseconds(msecs) };
    const chr::sys_days day = chr::floor<chr::days>(t);
    const chr::year_month_day ymd(day);
    const auto minutes = chr::duration_cast<chr::minutes>(t - day).count();
    return Civil { dossierYear(ymd.year()), int(unsigned(ymd.month())), int(unsigned(ymd.day())), int(minutes / 60),
        int(minutes % 60), int(chr::weekday(day).iso_encoding()) - 1 };
}

qint64 addMonths(qint64 msecs, int months)
{
    const chr::sys_time<chr::milliseconds> t { chr::milliseconds(msecs) };
    const chr::sys_days day = chr::floor<chr::days>(t);
    const chr::year_month_day ymd(day);
    chr::year_month_day later = ymd + chr::months(months);
    if (!later.ok())
        later = chr::year_month_day_last(later.year(), chr::month_day_last(later.month()));
    return (chr::sys_days(later) + (t - day)).time_since_epoch().count();
}

int monthFromName(QByteArrayView w)
{
    static constexpr std::string_view names[] = { "january", "february", "march", "april", "may", "june", "july",
        "august", "september", "october", "november", "december" };
    const auto n = size_t(w.size());
    if (n < 3 || n > 9)
        return 0;
    for (int m = 0; m < 12; ++m) {
        const std::string_view name = names[m];
        if (n > name.size() || (n != 3 && n != 4 && n != name.size()))
            continue;
        size_t i = 0;
        while (i < n && char(w[qsizetype(i)] | 0x20) == name[i])
            ++i;
        if (i == n)
            return m + 1;
    }
    return 0;
}

Result<PartialDate> parse(QByteArrayView s, Forms forms)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n'))
        s.chop(1);
    if (s.isEmpty())
        return fail(DateText::tr("empty date"));
    if (forms.testFlag(Form::LooseIso))
        return parseLooseIso(s);
    const bool names = forms.testFlag(Form::MonthNames);
    if (names && isDigit(s[0]) && s.size() >= 10) { // "15 December 2025" (ACLED), without the general word splitting
        int day = s[0] - '0';
        qsizetype i = 1;
        if (isDigit(s[1]))
            day = day * 10 + (s[i++] - '0');
        if (s[i] == ' ') {
            const qsizetype b = ++i;
            while (i < s.size() && isAlpha(s[i]))
                ++i;
            int year = 0, month = 0;
            if (i + 5 == s.size() && s[i] == ' ' && digits(s, i + 1, 4, year)
                && (month = monthFromName(s.sliced(b, i - b))))
                return make(year, month, day, 0, 0, 0, Precision::Day, false);
        }
    }
    if (forms.testFlag(Form::CompactDigits)) {
        bool allDigits = true;
        for (char c : s)
            allDigits = allDigits && isDigit(c);
        if (allDigits) {
            int y = 0, m = 0, d = 0, h = 0, min = 0;
            switch (s.size()) {
            case 4:
                digits(s, 0, 4, y);
                return make(y, 1, 1, 0, 0, 0, Precision::Year, false);
            case 6:
                digits(s, 0, 4, y), digits(s, 4, 2, m);
                return make(y, m, 1, 0, 0, 0, Precision::Month, false);
            case 8:
                digits(s, 0, 4, y), digits(s, 4, 2, m), digits(s, 6, 2, d);
                return make(y, m, d, 0, 0, 0, Precision::Day, false);
            case 12:
            case 14:
                digits(s, 0, 4, y), digits(s, 4, 2, m), digits(s, 6, 2, d), digits(s, 8, 2, h), digits(s, 10, 2, min);
                return make(y, m, d, h, min, 0, Precision::Minute, false);
            default:
                return fail(DateText::tr("%1 digits are not a date").arg(s.size()));
            }
        }
    }
    const bool signedYear = forms.testFlag(Form::SignedYear);
    if (signedYear && s[0] == '-')
        return parseIso(s.sliced(1), true, true);
    const bool isoStart = s.size() >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]);
    if (forms.testFlag(Form::Iso) && (!names || (isoStart && (s.size() == 4 || s[4] == '-'))))
        return parseIso(s, false, signedYear);
    if (names && (isDigit(s[0]) || isAlpha(s[0])))
        return parseWords(s);
    return fail(DateText::tr("unrecognised date"));
}

} // namespace Entente::DateCore
