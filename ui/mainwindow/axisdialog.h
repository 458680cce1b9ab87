// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits an issue's own position axis: labelled anchors (value, label), kept in the order of their values, or
// none (the stance scale is the axis). It builds the anchors only and refuses to close on an axis checkAxis()
// refuses, saying why; the caller records the issue through the Command facade.

#include "types.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Entente {

class AxisDialog : public QDialog {
    Q_OBJECT
public:
    AxisDialog(const Issue& issue, QWidget* parent = nullptr);

    [[nodiscard]] QList<AxisAnchor> axis() const; // the rows as anchors, by value
    void accept() override;

private:
    void addRow(double value, const QString& label);

    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Entente
