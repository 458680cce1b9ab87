// SPDX-License-Identifier: GPL-3.0-or-later
#include "issuesmodel.h"

#include "commands.h"
#include "document.h"

#include <QColor>

namespace Entente {

IssuesModel::IssuesModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_items(doc->dossier().issues())
{
    connect(doc, &Document::reset, this, [this] {
        beginResetModel();
        m_items = m_doc->dossier().issues();
        endResetModel();
    });
    connect(doc, &Document::issueInserted, this, [this](qsizetype i) {
        beginInsertRows({}, int(i), int(i));
        m_items = m_doc->dossier().issues();
        endInsertRows();
    });
    connect(doc, &Document::issueRemoved, this, [this](qsizetype i) {
        beginRemoveRows({}, int(i), int(i));
        m_items = m_doc->dossier().issues();
        endRemoveRows();
    });
    connect(doc, &Document::issueMoved, this, [this](qsizetype from, qsizetype to) {
        beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
        m_items = m_doc->dossier().issues();
        endMoveRows();
    });
    connect(doc, &Document::issueChanged, this, [this](qsizetype i) {
        m_items = m_doc->dossier().issues();
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    });
    connect(doc, &Document::statusChanged, this, [this](qsizetype i) { statusColumnChanged(int(i), int(i)); });
    connect(doc, &Document::asOfChanged, this, [this] { statusColumnChanged(0, int(m_items.size()) - 1); });
    connect(doc, &Document::scalesChanged, this, [this] { statusColumnChanged(0, int(m_items.size()) - 1); });
}

void IssuesModel::statusColumnChanged(int first, int last)
{
    if (first <= last)
        emit dataChanged(index(first, StatusColumn), index(last, StatusColumn),
            { Qt::DisplayRole, Qt::ToolTipRole, StatusKeyRole, StatusColorRole, Qt::DecorationRole });
}

int IssuesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

int IssuesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant IssuesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Issue& issue = m_items[index.row()];
    if (role == IssueIdRole)
        return issue.id;
    const auto& d = m_doc->dossier();
    const StatusChange* status = nullptr;
    const ScaleLevel* level = nullptr;
    if (index.column() == StatusColumn || role == StatusKeyRole || role == StatusColorRole) {
        // The snapshot row may briefly lag the dossier (during begin*()); look the issue up by id.
        status = d.statusAsOf(d.issueIndex(issue.id), m_doc->asOf());
        level = status ? d.statusLevel(status->status) : nullptr;
    }
    switch (role) {
    case StatusKeyRole:
        return status ? status->status : QString();
    case StatusColorRole:
        return level && !level->color.isEmpty() ? QVariant(QColor::fromString(level->color)) : QVariant();
    case Qt::DecorationRole:
        if (index.column() == StatusColumn && level && !level->color.isEmpty())
            return QColor::fromString(level->color);
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && status)
            return tr("%1 since %2")
                .arg(
                    level ? level->label.toHtmlEscaped() : status->status.toHtmlEscaped(), status->effective.display());
        return data(index, Qt::DisplayRole).toString().toHtmlEscaped();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case NameColumn:
            return issue.name;
        case StatusColumn:
            return level ? level->label : QString();
        case DescriptionColumn:
            return issue.description;
        }
        return {};
    default:
        return {};
    }
}

QVariant IssuesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case NameColumn:
        return tr("Issue");
    case StatusColumn:
        return tr("Status");
    case DescriptionColumn:
        return tr("Description");
    }
    return {};
}

Qt::ItemFlags IssuesModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() != StatusColumn && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool IssuesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Issue issue = m_items[index.row()];
    if (index.column() == NameColumn)
        issue.name = value.toString();
    else if (index.column() == DescriptionColumn)
        issue.description = value.toString();
    else
        return false;
    return Command::applied(Command::editIssue(m_doc, issue));
}

} // namespace Entente
