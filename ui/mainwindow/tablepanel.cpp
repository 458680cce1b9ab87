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
    m_buttons = new QHBoxLayout;
    m_buttons->addWidget(m_add);
    m_buttons->addWidget(m_remove);
    m_buttons->addStretch();
    m_layout = new QVBoxLayout(this);
    m_layout->setContentsMargins(2, 2, 2, 2);
    m_layout->addWidget(m_view, 1);
    m_layout->addLayout(m_buttons);
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

QPushButton* TablePanel::addButton(const QString& text, const QString& objectName, std::function<void(int row)> action)
{
    auto* b = new QPushButton(text, this);
    b->setObjectName(objectName);
    m_buttons->insertWidget(m_buttons->count() - 1, b); // before the stretch
    connect(b, &QPushButton::clicked, this, [this, action] {
        if (currentRow() >= 0)
            action(currentRow());
    });
    return b;
}

void TablePanel::addWidget(QWidget* below)
{
    m_layout->addWidget(below);
}

} // namespace Entente
