// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportdate.h"

#include <QCoreApplication>
#include <QString>

#include <string_view>

namespace Entente {

namespace {
    constexpr qint64 DayMs = 86400000;

    bool isDigit(char c) { return c >= '0' && c <= '9'; }
    bool isAlpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }

    bool digits(QByteArrayView s, qsizetype pos, qsizetype n, int& out)
    {
        if (pos + n > s.size())
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

    bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }
    int daysIn(int y, int m)
    {
        static constexpr int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
        return m == 2 && leap(y) ? 29 : days[m - 1];
    }

    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too.
    struct EventImportText {
        Q_DECLARE_TR_FUNCTIONS(Entente::EventImport)
    };

    Result<PartialDate> fail(QString why) { return Error(std::move(why), Error::Kind::Invalid); }

    // Checks ranges and builds the date; h/min only for Minute precision.
    Result<PartialDate> make(int y, int m, int d, int h, int min, qint64 offsetMin, Precision p)
    {
        if (y < 1 || y > 9999)
            return fail(EventImportText::tr("year %1 out of range").arg(y));
        if (m < 1 || m > 12)
            return fail(EventImportText::tr("month %1 out of range").arg(m));
        if (d < 1 || d > daysIn(y, m))
            return fail(EventImportText::tr("day %1 out of range for %2-%3").arg(d).arg(y).arg(m, 2, 10, QLatin1Char('0')));
        if (h > 23 || min > 59)
            return fail(EventImportText::tr("time %1:%2 out of range").arg(h).arg(min, 2, 10, QLatin1Char('0')));
        const qint64 ms = daysFromCivil(y, unsigned(m), unsigned(d)) * DayMs + (qint64(h) * 60 + min - offsetMin) * 60000;
        return PartialDate::fromMsecs(ms, p);
    }

    // "jan", "january", … (case-insensitive) → 1…12, 0 if not a month name. A name matches by its first three or
    // four letters or in full.
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

    // ISO 8601 from position 0; s has been trimmed.
    Result<PartialDate> parseIso(QByteArrayView s)
    {
        int y = 0, m = 1, d = 1, h = 0, min = 0;
        if (!digits(s, 0, 4, y))
            return fail(EventImportText::tr("expected a year of four digits"));
        if (s.size() == 4)
            return make(y, 1, 1, 0, 0, 0, Precision::Year);
        if (s[4] != '-' || !digits(s, 5, 2, m))
            return fail(EventImportText::tr("expected -MM after the year"));
        if (s.size() == 7)
            return make(y, m, 1, 0, 0, 0, Precision::Month);
        if (s[7] != '-' || !digits(s, 8, 2, d))
            return fail(EventImportText::tr("expected -DD after the month"));
        if (s.size() == 10)
            return make(y, m, d, 0, 0, 0, Precision::Day);
        if ((s[10] != 'T' && s[10] != ' ') || !digits(s, 11, 2, h) || s.size() < 16 || s[13] != ':' || !digits(s, 14, 2, min))
            return fail(EventImportText::tr("expected THH:MM after the day"));
        qsizetype pos = 16;
        if (pos < s.size() && s[pos] == ':') {
            int sec = 0;
            if (!digits(s, pos + 1, 2, sec) || sec > 60)
                return fail(EventImportText::tr("bad seconds"));
            pos += 3;
            if (pos < s.size() && (s[pos] == '.' || s[pos] == ',')) {
                ++pos;
                while (pos < s.size() && isDigit(s[pos]))
                    ++pos;
            }
        }
        qint64 offset = 0;
        const QByteArrayView zone = s.sliced(pos);
        if (zone.isEmpty() || zone == "Z" || zone == "z") {
        } else if ((zone[0] == '+' || zone[0] == '-') && (zone.size() == 6 || zone.size() == 5 || zone.size() == 3)) {
            int oh = 0, om = 0;
            const bool colon = zone.size() == 6;
            if (!digits(zone, 1, 2, oh) || (zone.size() > 3 && !digits(zone, colon ? 4 : 3, 2, om))
                || (colon && zone[3] != ':') || oh > 14 || om > 59)
                return fail(EventImportText::tr("bad time-zone offset"));
            offset = (oh * 60 + om) * (zone[0] == '-' ? -1 : 1);
        } else {
            return fail(EventImportText::tr("unexpected text after the time"));
        }
        return make(y, m, d, h, min, offset, Precision::Minute);
    }

    // Splits "15 December 2025", "December 2025", "December 15, 2025", "15-Dec-2025" into words; a trailing
    // "hh:mm[:ss]" (TimeFlow's "Apr 23 2010 18:00:00") makes it a minute.
    Result<PartialDate> parseWords(QByteArrayView s)
    {
        if (const qsizetype space = s.lastIndexOf(' '); space > 0) {
            const QByteArrayView time = s.sliced(space + 1);
            int h = 0, min = 0, sec = 0;
            if ((time.size() == 5 || time.size() == 8) && digits(time, 0, 2, h) && time[2] == ':' && digits(time, 3, 2, min)
                && (time.size() == 5 || (time[5] == ':' && digits(time, 6, 2, sec)))) {
                const auto day = parseWords(s.first(space));
                if (!day.ok())
                    return day;
                if (day->precision != Precision::Day)
                    return fail(EventImportText::tr("a time after a date without a day"));
                if (h > 23 || min > 59 || sec > 60)
                    return fail(EventImportText::tr("time %1 out of range").arg(QString::fromUtf8(time)));
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
                    return fail(EventImportText::tr("unrecognised date"));
                words[n++] = s.sliced(b, i - b);
            }
        }
        auto number = [](QByteArrayView w, int& out) { return !w.isEmpty() && w.size() <= 4 && digits(w, 0, w.size(), out); };
        int day = 0, year = 0, month = 0;
        if (n == 3 && number(words[0], day) && (month = monthFromName(words[1])) && number(words[2], year)
            && words[2].size() == 4)
            return make(year, month, day, 0, 0, 0, Precision::Day);
        // "5-Aug-24", as a spreadsheet re-saves a date: two-digit years as Excel reads them (00–29 → 2000s).
        if (n == 3 && number(words[0], day) && (month = monthFromName(words[1])) && number(words[2], year)
            && words[2].size() == 2)
            return make(year < 30 ? 2000 + year : 1900 + year, month, day, 0, 0, 0, Precision::Day);
        if (n == 3 && (month = monthFromName(words[0])) && number(words[1], day) && number(words[2], year)
            && words[2].size() == 4)
            return make(year, month, day, 0, 0, 0, Precision::Day);
        if (n == 2 && (month = monthFromName(words[0])) && number(words[1], year) && words[1].size() == 4)
            return make(year, month, 1, 0, 0, 0, Precision::Month);
        return fail(EventImportText::tr("unrecognised date \"%1\"").arg(QString::fromUtf8(s.first(std::min<qsizetype>(s.size(), 40)))));
    }
}

Result<PartialDate> parseEventDate(QByteArrayView s)
{
    while (!s.isEmpty() && (s.front() == ' ' || s.front() == '\t'))
        s = s.sliced(1);
    while (!s.isEmpty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.chop(1);
    if (s.isEmpty())
        return fail(EventImportText::tr("empty date"));
    if (isDigit(s[0]) && s.size() >= 10) { // "15 December 2025" (ACLED), without the general word splitting
        int day = s[0] - '0';
        qsizetype i = 1;
        if (isDigit(s[1]))
            day = day * 10 + (s[i++] - '0');
        if (s[i] == ' ') {
            const qsizetype b = ++i;
            while (i < s.size() && isAlpha(s[i]))
                ++i;
            int year = 0, month = 0;
            if (i + 5 == s.size() && s[i] == ' ' && digits(s, i + 1, 4, year) && (month = monthFromName(s.sliced(b, i - b))))
                return make(year, month, day, 0, 0, 0, Precision::Day);
        }
    }
    bool allDigits = true;
    for (char c : s)
        allDigits = allDigits && isDigit(c);
    if (allDigits) {
        int y = 0, m = 0, d = 0, h = 0, min = 0;
        switch (s.size()) {
        case 4:
            digits(s, 0, 4, y);
            return make(y, 1, 1, 0, 0, 0, Precision::Year);
        case 6:
            digits(s, 0, 4, y), digits(s, 4, 2, m);
            return make(y, m, 1, 0, 0, 0, Precision::Month);
        case 8:
            digits(s, 0, 4, y), digits(s, 4, 2, m), digits(s, 6, 2, d);
            return make(y, m, d, 0, 0, 0, Precision::Day);
        case 12:
        case 14:
            digits(s, 0, 4, y), digits(s, 4, 2, m), digits(s, 6, 2, d), digits(s, 8, 2, h), digits(s, 10, 2, min);
            return make(y, m, d, h, min, 0, Precision::Minute);
        default:
            return fail(EventImportText::tr("%1 digits are not a date").arg(s.size()));
        }
    }
    if (s.size() >= 4 && isDigit(s[0]) && isDigit(s[1]) && isDigit(s[2]) && isDigit(s[3]) && (s.size() == 4 || s[4] == '-'))
        return parseIso(s);
    if (isDigit(s[0]) || isAlpha(s[0]))
        return parseWords(s);
    return fail(EventImportText::tr("unrecognised date"));
}

} // namespace Entente
