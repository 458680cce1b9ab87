// SPDX-License-Identifier: GPL-3.0-or-later
#include "tablepanel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Entente {

QTableView* makeDockTable(QWidget* parent, const QString& objectName, const QString& accessibleName)
{
    auto* v = new QTableView(parent);
    v->setObjectName(objectName);
    v->setAccessibleName(accessibleName);
    v->setSelectionBehavior(QAbstractItemView::SelectRows);
    v->setAlternatingRowColors(true);
    v->verticalHeader()->setVisible(false);
    v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
    v->horizontalHeader()->setStretchLastSection(true);
    v->setWordWrap(false);
    return v;
}

TablePanel::TablePanel(QAbstractItemModel* model, const QString& name, const QString& accessibleName, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(name + u"Panel"_qs);
    m_view = makeDockTable(this, name + u"View"_qs, accessibleName);
    m_view->setModel(model);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_add = new QPushButton(this);
    m_add->setObjectName(name + u"Add"_qs);
    m_remove = new QPushButton(this);
    m_remove->setObjectName(name + u"Remove"_qs);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch();
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(2, 2, 2, 2);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(buttons);
    m_add->hide();
    m_remove->hide();
}

int TablePanel::currentRow() const
{
    return m_view->currentIndex().isValid() ? m_view->currentIndex().row() : -1;
}

void TablePanel::setActions(const QString& addText, std::function<void()> add, const QString& removeText,
    std::function<void(int row)> remove)
{
    m_add->setText(addText);
    m_remove->setText(removeText);
    m_add->show();
    m_remove->show();
    connect(m_add, &QPushButton::clicked, this, [add] { add(); });
    connect(m_remove, &QPushButton::clicked, this, [this, remove] {
        if (currentRow() >= 0)
            remove(currentRow());
    });
}

void TablePanel::addWidget(QWidget* below)
{
    m_layout->addWidget(below);
}

} // namespace Entente
