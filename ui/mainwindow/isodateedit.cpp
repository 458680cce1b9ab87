// SPDX-License-Identifier: GPL-3.0-or-later
#include "isodateedit.h"

#include <QRegularExpression>

namespace Entente {

namespace {
    const QRegularExpression& partialIso()
    {
        static const QRegularExpression re(QStringLiteral(R"(^\s*\d{1,4}(-(\d{1,2}(-\d{0,2})?)?)?\s*$)"));
        return re;
    }

    QDate isoDate(const QString& text)
    {
        static const QRegularExpression re(QStringLiteral(R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$)"));
        const auto m = re.match(text);
        return m.hasMatch() ? QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt()) : QDate();
    }
}

IsoDateEdit::IsoDateEdit(QWidget* parent)
    : IsoDateEdit(QDate(2000, 1, 1), parent)
{
}

IsoDateEdit::IsoDateEdit(QDate date, QWidget* parent)
    : QDateEdit(date, parent)
{
    setDisplayFormat(QStringLiteral("d MMM yyyy"));
    setToolTip(tr("A date such as 15 Dec 2025, or typed as 2025-12-15"));
}

QValidator::State IsoDateEdit::validate(QString& input, int& pos) const
{
    if (const QDate d = isoDate(input); d.isValid())
        return d >= minimumDate() && d <= maximumDate() ? QValidator::Acceptable : QValidator::Intermediate;
    if (partialIso().match(input).hasMatch())
        return QValidator::Intermediate;
    return QDateEdit::validate(input, pos);
}

QDateTime IsoDateEdit::dateTimeFromText(const QString& text) const
{
    if (const QDate d = isoDate(text); d.isValid())
        return QDateTime(d, QTime(0, 0), timeSpec());
    return QDateEdit::dateTimeFromText(text);
}

void IsoDateEdit::fixup(QString& input) const
{
    if (isoDate(input).isValid())
        return;
    QDateEdit::fixup(input);
}

} // namespace Entente
