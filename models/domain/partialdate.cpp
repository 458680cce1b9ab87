// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QLocale>

namespace Entente {

namespace {
    bool parseDigits(QStringView s, int& out)
    {
        if (s.isEmpty())
            return false;
        int v = 0;
        for (QChar c : s) {
            if (c < u'0' || c > u'9')
                return false;
            v = v * 10 + (c.unicode() - u'0');
        }
        out = v;
        return true;
    }

    qint64 msecsOf(const QDate& d, int h = 0, int m = 0)
    {
        return QDateTime(d, QTime(h, m), Qt::UTC).toMSecsSinceEpoch();
    }

    QString tr(const char* text) { return QCoreApplication::translate("Entente::PartialDate", text); }

    QDateTime utc(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); }
}

PartialDate PartialDate::fromYmd(int y, int m, int d, Precision p)
{
    const QDate date(y, p >= Precision::Month ? m : 1, p >= Precision::Day ? d : 1);
    if (!date.isValid())
        return {};
    return PartialDate { msecsOf(date), p };
}

Result<PartialDate> PartialDate::parse(QStringView text)
{
    text = text.trimmed();
    auto bad = [](QString why) -> Result<PartialDate> { return Error(std::move(why), Error::Kind::Invalid); };
    if (text.isEmpty())
        return bad(tr("empty date"));
    bool negative = false;
    if (text.startsWith(u'-')) {
        negative = true;
        text = text.mid(1);
    }
    int year = 0, month = 1, day = 1, hour = 0, minute = 0;
    if (text.size() < 4 || !parseDigits(text.left(4), year))
        return bad(tr("expected a year of four digits"));
    if (negative)
        year = -year;
    if (year == 0)
        return bad(tr("year 0 does not exist"));
    Precision precision = Precision::Year;
    qsizetype pos = 4;
    if (text.size() > pos) {
        if (text[pos] != u'-' || text.size() < pos + 3 || !parseDigits(text.mid(pos + 1, 2), month))
            return bad(tr("expected -MM after the year"));
        if (month < 1 || month > 12)
            return bad(tr("month %1 out of range").arg(month));
        precision = Precision::Month;
        pos += 3;
    }
    if (text.size() > pos) {
        if (text[pos] != u'-' || text.size() < pos + 3 || !parseDigits(text.mid(pos + 1, 2), day))
            return bad(tr("expected -DD after the month"));
        if (!QDate(year, month, 1).isValid() || day < 1 || day > QDate(year, month, 1).daysInMonth())
            return bad(tr("day %1 out of range for %2-%3")
                           .arg(day)
                           .arg(year, 4, 10, QLatin1Char('0'))
                           .arg(month, 2, 10, QLatin1Char('0')));
        precision = Precision::Day;
        pos += 3;
    }
    if (text.size() > pos) {
        if ((text[pos] != u'T' && text[pos] != u' ') || text.size() < pos + 6 || text[pos + 3] != u':'
            || !parseDigits(text.mid(pos + 1, 2), hour) || !parseDigits(text.mid(pos + 4, 2), minute))
            return bad(tr("expected THH:MM after the day"));
        if (hour > 23 || minute > 59)
            return bad(tr("time %1 out of range").arg(text.mid(pos + 1, 5)));
        precision = Precision::Minute;
        pos += 6;
        // Optional seconds are accepted and dropped (minute precision is the finest kept).
        if (text.size() >= pos + 3 && text[pos] == u':') {
            int sec = 0;
            if (!parseDigits(text.mid(pos + 1, 2), sec) || sec > 60)
                return bad(tr("bad seconds"));
            pos += 3;
            while (pos < text.size() && (text[pos] == u'.' || text[pos].isDigit()))
                ++pos;
        }
        QStringView zone = text.mid(pos);
        qint64 offsetSecs = 0;
        if (zone.isEmpty() || zone == u"Z") {
        } else if ((zone.startsWith(u'+') || zone.startsWith(u'-')) && (zone.size() == 6 || zone.size() == 5)) {
            int oh = 0, om = 0;
            const bool colon = zone.size() == 6;
            if (!parseDigits(zone.mid(1, 2), oh) || !parseDigits(zone.mid(colon ? 4 : 3, 2), om)
                || (colon && zone[3] != u':') || oh > 14 || om > 59)
                return bad(tr("bad time-zone offset"));
            offsetSecs = (oh * 3600 + om * 60) * (zone.startsWith(u'-') ? -1 : 1);
        } else {
            return bad(tr("unexpected text after the time"));
        }
        return PartialDate { msecsOf(QDate(year, month, day), hour, minute) - offsetSecs * 1000, precision };
    }
    return PartialDate { msecsOf(QDate(year, month, day)), precision };
}

qint64 PartialDate::periodEnd() const
{
    if (!isValid())
        return Invalid;
    const QDateTime start = utc(msecs);
    switch (precision) {
    case Precision::Year:
        return start.addYears(1).toMSecsSinceEpoch();
    case Precision::Month:
        return start.addMonths(1).toMSecsSinceEpoch();
    case Precision::Day:
        return start.addDays(1).toMSecsSinceEpoch();
    case Precision::Minute:
        return msecs + 60 * 1000;
    }
    return msecs;
}

QString PartialDate::toIso() const
{
    if (!isValid())
        return {};
    const QDateTime dt = utc(msecs);
    const QDate d = dt.date();
    const int y = d.year();
    QString year = QStringLiteral("%1").arg(std::abs(y), 4, 10, QLatin1Char('0'));
    if (y < 0)
        year.prepend(u'-');
    switch (precision) {
    case Precision::Year:
        return year;
    case Precision::Month:
        return year + QStringLiteral("-%1").arg(d.month(), 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return year
            + QStringLiteral("-%1-%2").arg(d.month(), 2, 10, QLatin1Char('0')).arg(d.day(), 2, 10, QLatin1Char('0'));
    case Precision::Minute:
        return year
            + QStringLiteral("-%1-%2T%3:%4Z")
                  .arg(d.month(), 2, 10, QLatin1Char('0'))
                  .arg(d.day(), 2, 10, QLatin1Char('0'))
                  .arg(dt.time().hour(), 2, 10, QLatin1Char('0'))
                  .arg(dt.time().minute(), 2, 10, QLatin1Char('0'));
    }
    return {};
}

QString PartialDate::display() const
{
    if (!isValid())
        return {};
    const QDateTime dt = utc(msecs);
    const QLocale c; // the application's one locale (QLocale::setDefault at start), C in tests
    switch (precision) {
    case Precision::Year:
        return QString::number(dt.date().year());
    case Precision::Month:
        return c.toString(dt.date(), QStringLiteral("MMM yyyy"));
    case Precision::Day:
        return c.toString(dt.date(), QStringLiteral("d MMM yyyy"));
    case Precision::Minute:
        return c.toString(dt, QStringLiteral("d MMM yyyy HH:mm")) + QStringLiteral(" UTC");
    }
    return {};
}

QString precisionName(Precision p)
{
    switch (p) {
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Minute:
        return QStringLiteral("minute");
    }
    return {};
}

std::optional<Precision> precisionFromName(QStringView name)
{
    for (auto p : { Precision::Year, Precision::Month, Precision::Day, Precision::Minute })
        if (name == precisionName(p))
            return p;
    return std::nullopt;
}

QString msecsToIsoUtc(qint64 msecs)
{
    return utc(msecs).toString(Qt::ISODate);
}

std::optional<qint64> isoUtcToMsecs(QStringView text)
{
    QDateTime dt = QDateTime::fromString(text.toString(), Qt::ISODateWithMs);
    if (!dt.isValid())
        return std::nullopt;
    return dt.toMSecsSinceEpoch();
}

} // namespace Entente
