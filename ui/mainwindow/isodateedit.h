// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A date field that shows "15 Dec 2025" and also takes a typed ISO date ("2025-12-15"): analysts paste dates
// from reports and other tools. A complete ISO date is accepted as typed; a partial one ("2025-1") is
// intermediate while the analyst types; everything else goes through QDateEdit's own display format.

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
};

} // namespace Entente
