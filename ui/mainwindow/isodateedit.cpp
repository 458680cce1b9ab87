// SPDX-License-Identifier: GPL-3.0-or-later
#include "isodateedit.h"

#include <QKeyEvent>
#include <QLineEdit>
#include <QRegularExpression>

namespace Entente {

namespace {
    // What the analyst may be half-way through typing: a prefix of an ISO date or of "15 Dec 2025".
    bool isPartialTypedDate(const QString& text)
    {
        static const QRegularExpression iso(QStringLiteral(R"(^\s*\d{1,4}(-(\d{1,2}(-\d{0,2})?)?)?\s*$)"));
        static const QRegularExpression shown(
            QStringLiteral(R"(^\s*\d{1,2}(\s+\p{L}{0,12}\.?(\s+\d{0,4})?)?\s*$)"));
        return iso.match(text).hasMatch() || shown.match(text).hasMatch();
    }

    int monthFromName(const QString& name, const QLocale& widgetLocale)
    {
        const QLocale c = QLocale::c();
        for (const QLocale& l : {widgetLocale, c}) {
            for (int m = 1; m <= 12; ++m) {
                for (const auto format : {QLocale::ShortFormat, QLocale::LongFormat}) {
                    QString month = l.monthName(m, format);
                    if (month.endsWith(u'.'))
                        month.chop(1);
                    if (month.compare(name, Qt::CaseInsensitive) == 0)
                        return m;
                }
            }
        }
        return 0;
    }

    // A whole typed date, or an invalid QDate.
    QDate typedDate(const QString& text, const QLocale& locale)
    {
        static const QRegularExpression iso(QStringLiteral(R"(^\s*(\d{4})-(\d{1,2})-(\d{1,2})\s*$)"));
        if (const auto m = iso.match(text); m.hasMatch())
            return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
        static const QRegularExpression shown(QStringLiteral(R"(^\s*(\d{1,2})\s+(\p{L}{3,12})\.?\s+(\d{4})\s*$)"));
        if (const auto m = shown.match(text); m.hasMatch()) {
            if (const int month = monthFromName(m.captured(2), locale))
                return QDate(m.captured(3).toInt(), month, m.captured(1).toInt());
        }
        return {};
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
    // The display text itself (arrow keys, section editing, the field's own rewrites) is QDateEdit's business.
    QString copy = input;
    int copyPos = pos;
    if (QDateEdit::validate(copy, copyPos) == QValidator::Acceptable) {
        input = copy;
        pos = copyPos;
        return QValidator::Acceptable;
    }
    if (typedDate(input, locale()).isValid() || isPartialTypedDate(input))
        return QValidator::Intermediate; // fixup() takes a whole date on Return or focus-out
    return QDateEdit::validate(input, pos);
}

QDateTime IsoDateEdit::dateTimeFromText(const QString& text) const
{
    if (const QDate d = typedDate(text, locale()); d.isValid())
        return QDateTime(d, QTime(0, 0), timeSpec());
    return QDateEdit::dateTimeFromText(text);
}

void IsoDateEdit::takeTypedDate()
{
    // QDateTimeEdit drops an intermediate text on Return or focus-out without asking fixup(): a whole typed
    // date is rewritten in the display format first, which it then accepts.
    QString text = lineEdit()->text();
    if (const QDate d = typedDate(text, locale()); d.isValid() && d >= minimumDate() && d <= maximumDate()) {
        fixup(text);
        lineEdit()->setText(text);
    }
}

void IsoDateEdit::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)
        takeTypedDate();
    QDateEdit::keyPressEvent(event);
}

void IsoDateEdit::focusOutEvent(QFocusEvent* event)
{
    takeTypedDate();
    QDateEdit::focusOutEvent(event);
}

void IsoDateEdit::fixup(QString& input) const
{
    if (const QDate d = typedDate(input, locale()); d.isValid() && d >= minimumDate() && d <= maximumDate()) {
        input = locale().toString(d, displayFormat());
        return;
    }
    QDateEdit::fixup(input);
}

} // namespace Entente
