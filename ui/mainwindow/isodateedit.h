// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A date field that shows "15 Dec 2025" and also takes a date typed whole, either as shown ("15 Dec 2025",
// "15 December 2025") or in ISO form ("2025-12-15"): analysts paste dates from reports and other tools.
// QDateEdit alone only edits section by section and refuses "15 D" on the way to "15 Dec 2025".
// A typed date stays intermediate until Return or leaving the field (so "2025-12-1" on the way to
// "2025-12-14" never moves the as-of date to the 1st); then it is rewritten in the display format.
// An impossible date ("2025-13-40") leaves the field's date as it was.

#include <QDateEdit>

namespace Entente {

class IsoDateEdit : public QDateEdit {
    Q_OBJECT
public:
    explicit IsoDateEdit(QWidget* parent = nullptr);
    explicit IsoDateEdit(QDate date, QWidget* parent = nullptr);

protected:
    QValidator::State validate(QString& input, int& pos) const override;
    QDateTime dateTimeFromText(const QString& text) const override;
    void fixup(QString& input) const override;
    void keyPressEvent(QKeyEvent* event) override;
    void focusOutEvent(QFocusEvent* event) override;

private:
    void takeTypedDate();
};

} // namespace Entente
