// SPDX-License-Identifier: GPL-3.0-or-later
#include "axisdialog.h"

#include "exporttext.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Entente {

AxisDialog::AxisDialog(const Issue& issue, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("axisDialog"));
    setWindowTitle(tr("Axis of %1").arg(ExportText::isolated(issue.name)));
    auto* intro = new QLabel(tr("Positions on this issue are placed on this axis; the forecast names its outcome "
                                "by the nearest anchor. Without anchors the stance scale is the axis."),
        this);
    intro->setWordWrap(true);
    m_table = new QTableWidget(0, 2, this);
    m_table->setObjectName(QStringLiteral("axisAnchors"));
    m_table->setAccessibleName(tr("Anchors of the axis"));
    m_table->setHorizontalHeaderLabels({ tr("Value"), tr("Label") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    for (const auto& a : issue.axis)
        addRow(a.value, a.label);
    auto* add = new QPushButton(tr("&Add anchor"), this);
    add->setObjectName(QStringLiteral("axisAdd"));
    auto* remove = new QPushButton(tr("&Remove anchor"), this);
    remove->setObjectName(QStringLiteral("axisRemove"));
    auto* clear = new QPushButton(tr("Use the &stance scale"), this);
    clear->setObjectName(QStringLiteral("axisClear"));
    connect(add, &QPushButton::clicked, this, [this] {
        const auto anchors = axis();
        addRow(anchors.isEmpty() ? 0 : anchors.last().value + 10, QString());
        m_table->setCurrentCell(m_table->rowCount() - 1, 1);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, 1));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    connect(clear, &QPushButton::clicked, this, [this] { m_table->setRowCount(0); });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    buttons->addWidget(clear);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("axisError"));
    m_error->setTextFormat(Qt::PlainText); // labels are data
    m_error->setWordWrap(true);
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(box, &QDialogButtonBox::accepted, this, &AxisDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_error);
    layout->addWidget(box);
    resize(460, 360);
}

void AxisDialog::addRow(double value, const QString& label)
{
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    auto* v = new QTableWidgetItem;
    v->setData(Qt::EditRole, value);
    m_table->setItem(row, 0, v);
    m_table->setItem(row, 1, new QTableWidgetItem(label));
}

QList<AxisAnchor> AxisDialog::axis() const
{
    QList<AxisAnchor> out;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const auto* v = m_table->item(row, 0);
        const auto* l = m_table->item(row, 1);
        out.append({ v ? v->data(Qt::EditRole).toDouble() : 0.0, l ? l->text().trimmed() : QString() });
    }
    // Rows are kept as typed; the order is the values' (equal values stay next to each other, and are refused).
    std::stable_sort(out.begin(), out.end(), [](const AxisAnchor& a, const AxisAnchor& b) { return a.value < b.value; });
    return out;
}

void AxisDialog::accept()
{
    const QList<AxisAnchor> anchors = axis();
    if (const QString bad = checkAxis(anchors); !bad.isEmpty()) {
        m_error->setText(tr("This axis cannot be used: %1.").arg(bad));
        return;
    }
    QDialog::accept();
}

} // namespace Entente
