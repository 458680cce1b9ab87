// SPDX-License-Identifier: GPL-3.0-or-later
#include "erasdialog.h"

#include "commands.h"
#include "document.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Entente {

namespace {
    enum Column { Name, Start, End, Colour, Columns };
}

ErasDialog::ErasDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("erasDialog"));
    setWindowTitle(tr("Eras"));
    m_table = new QTableWidget(0, Columns, this);
    m_table->setObjectName(QStringLiteral("erasTable"));
    m_table->setAccessibleName(tr("Eras"));
    m_table->setHorizontalHeaderLabels({ tr("Name"), tr("Start"), tr("End"), tr("Colour") });
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    for (const Era& e : document->dossier().eras())
        addRow(e);
    auto* add = new QPushButton(tr("&Add era"), this);
    add->setObjectName(QStringLiteral("addEra"));
    auto* remove = new QPushButton(tr("&Remove era"), this);
    remove->setObjectName(QStringLiteral("removeEra"));
    connect(add, &QPushButton::clicked, this, [this] {
        Era e;
        e.name = tr("New era");
        e.start = PartialDate::fromMsecs(m_document->asOf(), Precision::Day);
        e.color = QStringLiteral("#f4d03f");
        addRow(e);
        m_table->setCurrentCell(m_table->rowCount() - 1, Name);
        m_table->editItem(m_table->item(m_table->rowCount() - 1, Name));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        if (m_table->currentRow() >= 0)
            m_table->removeRow(m_table->currentRow());
    });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("erasError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ErasDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* row = new QHBoxLayout;
    row->addWidget(add);
    row->addWidget(remove);
    row->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    resize(560, 320);
}

void ErasDialog::addRow(const Era& e)
{
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    auto* name = new QTableWidgetItem(e.name);
    name->setData(Qt::UserRole, e.id);
    m_table->setItem(r, Name, name);
    m_table->setItem(r, Start, new QTableWidgetItem(e.start.toIso()));
    m_table->setItem(r, End, new QTableWidgetItem(e.end.isValid() ? e.end.toIso() : QString()));
    m_table->setItem(r, Colour, new QTableWidgetItem(e.color));
}

QList<Era> ErasDialog::eras(QString* error) const
{
    QList<Era> out;
    QStringList ids;
    for (const Era& e : m_document->dossier().eras())
        ids << e.id;
    auto text = [this](int r, int c) { return m_table->item(r, c) ? m_table->item(r, c)->text().trimmed() : QString(); };
    for (int r = 0; r < m_table->rowCount(); ++r) {
        Era e;
        e.id = m_table->item(r, Name) ? m_table->item(r, Name)->data(Qt::UserRole).toString() : QString();
        if (e.id.isEmpty()) { // a new era: the first free "era-N"
            int n = 1;
            while (ids.contains(QStringLiteral("era-%1").arg(n)))
                ++n;
            e.id = QStringLiteral("era-%1").arg(n);
            ids << e.id;
        }
        e.name = text(r, Name);
        if (e.name.isEmpty()) {
            *error = tr("Row %1: the name is empty").arg(r + 1);
            return {};
        }
        QString why;
        const auto start = PartialDate::parse(text(r, Start), &why);
        if (!start) {
            *error = tr("Row %1, start: %2").arg(r + 1).arg(why);
            return {};
        }
        e.start = *start;
        if (!text(r, End).isEmpty()) {
            const auto end = PartialDate::parse(text(r, End), &why);
            if (!end) {
                *error = tr("Row %1, end: %2").arg(r + 1).arg(why);
                return {};
            }
            if (end->periodEnd() <= start->msecs) {
                *error = tr("Row %1: the end is before the start").arg(r + 1);
                return {};
            }
            e.end = *end;
        }
        e.color = text(r, Colour);
        if (!e.color.isEmpty() && !QColor::fromString(e.color).isValid()) {
            *error = tr("Row %1, colour: \"%2\" is not a colour (use #rrggbb)").arg(r + 1).arg(e.color);
            return {};
        }
        out.append(e);
    }
    return out;
}

void ErasDialog::accept()
{
    QString error;
    const QList<Era> list = eras(&error);
    if (!error.isEmpty() || (list.isEmpty() && m_table->rowCount() > 0)) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    if (!Command::setEras(m_document, list, &error) && !error.isEmpty()) {
        m_error->setText(error);
        m_error->setVisible(true);
        return;
    }
    QDialog::accept();
}

} // namespace Entente
