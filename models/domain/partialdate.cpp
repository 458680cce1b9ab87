// SPDX-License-Identifier: GPL-3.0-or-later
#include "partialdate.h"

#include "datecore.h"

#include <QDateTime>
#include <QLocale>

namespace Entente {

namespace {
    QDateTime utc(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC); }
}

PartialDate PartialDate::fromYmd(int y, int m, int d, Precision p)
{
    const auto msecs = DateCore::civilToMsecs(y, p >= Precision::Month ? m : 1, p >= Precision::Day ? d : 1);
    if (!msecs)
        return {};
    return PartialDate { *msecs, p };
}

Result<PartialDate> PartialDate::parse(QStringView text)
{
    // The date core reads bytes; a date is ASCII (anything else is refused there as it is not a digit).
    char ascii[64];
    QByteArray longer;
    QByteArrayView bytes;
    if (text.size() <= qsizetype(sizeof ascii)) {
        for (qsizetype i = 0; i < text.size(); ++i)
            ascii[i] = text[i].unicode() < 0x80 ? char(text[i].unicode()) : '?';
        bytes = QByteArrayView(ascii, text.size());
    } else {
        longer = text.toLatin1();
        bytes = longer;
    }
    return DateCore::parse(bytes, DateCore::Form::Iso | DateCore::Form::SignedYear);
}

qint64 PartialDate::periodEnd() const
{
    if (!isValid())
        return Invalid;
    switch (precision) {
    case Precision::Year: {
        // The next year's start: there is no year 0, so 1 BCE ends where 1 CE starts.
        const auto c = DateCore::civilFromMsecs(msecs);
        const int next = c.year == -1 ? 1 : c.year + 1;
        return DateCore::civilToMsecs(next, c.month, std::min(c.day, DateCore::daysInMonth(next, c.month)), c.hour,
            c.minute)
            .value_or(DateCore::addMonths(msecs, 12));
    }
    case Precision::Month:
        return DateCore::addMonths(msecs, 1);
    case Precision::Day:
        return msecs + DateCore::DayMs;
    case Precision::Minute:
        return msecs + 60 * 1000;
    }
    return msecs;
}

QString PartialDate::toIso() const
{
    if (!isValid())
        return {};
    const auto c = DateCore::civilFromMsecs(msecs);
    QString year = QStringLiteral("%1").arg(std::abs(c.year), 4, 10, QLatin1Char('0'));
    if (c.year < 0)
        year.prepend(u'-');
    switch (precision) {
    case Precision::Year:
        return year;
    case Precision::Month:
        return year + QStringLiteral("-%1").arg(c.month, 2, 10, QLatin1Char('0'));
    case Precision::Day:
        return year + QStringLiteral("-%1-%2").arg(c.month, 2, 10, QLatin1Char('0')).arg(c.day, 2, 10, QLatin1Char('0'));
    case Precision::Minute:
        return year
            + QStringLiteral("-%1-%2T%3:%4Z")
                  .arg(c.month, 2, 10, QLatin1Char('0'))
                  .arg(c.day, 2, 10, QLatin1Char('0'))
                  .arg(c.hour, 2, 10, QLatin1Char('0'))
                  .arg(c.minute, 2, 10, QLatin1Char('0'));
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
    const auto at = DateCore::parseInstant(text.toUtf8());
    if (!at.ok())
        return std::nullopt;
    return at.value();
}

} // namespace Entente
