// SPDX-License-Identifier: GPL-3.0-or-later
#include "partiesmodel.h"

#include "commands.h"
#include "document.h"

#include <QColor>

namespace Entente {

PartiesModel::PartiesModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_items(doc->dossier().parties())
{
    connect(doc, &Document::reset, this, [this] {
        beginResetModel();
        m_items = m_doc->dossier().parties();
        endResetModel();
    });
    connect(doc, &Document::partyInserted, this, [this](qsizetype i) {
        beginInsertRows({}, int(i), int(i));
        m_items = m_doc->dossier().parties();
        endInsertRows();
    });
    connect(doc, &Document::partyRemoved, this, [this](qsizetype i) {
        beginRemoveRows({}, int(i), int(i));
        m_items = m_doc->dossier().parties();
        endRemoveRows();
    });
    connect(doc, &Document::partyMoved, this, [this](qsizetype from, qsizetype to) {
        beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
        m_items = m_doc->dossier().parties();
        endMoveRows();
    });
    connect(doc, &Document::partyChanged, this, [this](qsizetype i) {
        m_items = m_doc->dossier().parties();
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
        // Members show their bloc's name.
        for (int r = 0; r < m_items.size(); ++r)
            if (m_items[r].parentId == m_items[i].id)
                emit dataChanged(index(r, BlocColumn), index(r, BlocColumn), { Qt::DisplayRole });
    });
}

int PartiesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

int PartiesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PartiesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Party& p = m_items[index.row()];
    if (role == PartyIdRole)
        return p.id;
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return p.color.isEmpty() ? QVariant() : QVariant(QColor::fromString(p.color));
    if (role == Qt::ToolTipRole && index.column() == NameColumn)
        return p.description.isEmpty() ? p.name.toHtmlEscaped() : p.description.toHtmlEscaped();
    if (role != Qt::DisplayRole && role != Qt::EditRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return p.name;
    case ShortNameColumn:
        return p.shortName;
    case KindColumn:
        switch (p.kind) {
        case PartyKind::State:
            return tr("State");
        case PartyKind::Bloc:
            return tr("Bloc");
        case PartyKind::Organisation:
            return tr("Organisation");
        case PartyKind::Person:
            return tr("Person");
        }
        return {};
    case BlocColumn:
        for (const auto& b : m_items)
            if (b.id == p.parentId)
                return b.name;
        return QString();
    }
    return {};
}

QVariant PartiesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ShortNameColumn:
        return tr("Short name");
    case KindColumn:
        return tr("Kind");
    case BlocColumn:
        return tr("Bloc");
    }
    return {};
}

Qt::ItemFlags PartiesModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && (index.column() == NameColumn || index.column() == ShortNameColumn) && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool PartiesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Party p = m_items[index.row()];
    if (index.column() == NameColumn)
        p.name = value.toString();
    else if (index.column() == ShortNameColumn)
        p.shortName = value.toString();
    else
        return false;
    return Command::applied(Command::editParty(m_doc, p));
}

} // namespace Entente
