// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcesmodel.h"

#include "commands.h"
#include "document.h"

namespace Entente {

SourcesModel::SourcesModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_items(doc->dossier().sources())
{
    connect(doc, &Document::reset, this, [this] {
        beginResetModel();
        m_items = m_doc->dossier().sources();
        endResetModel();
    });
    connect(doc, &Document::sourceInserted, this, [this](qsizetype i) {
        beginInsertRows({}, int(i), int(i));
        m_items = m_doc->dossier().sources();
        endInsertRows();
    });
    connect(doc, &Document::sourceRemoved, this, [this](qsizetype i) {
        beginRemoveRows({}, int(i), int(i));
        m_items = m_doc->dossier().sources();
        endRemoveRows();
    });
    connect(doc, &Document::sourceChanged, this, [this](qsizetype i) {
        m_items = m_doc->dossier().sources();
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    });
}

int SourcesModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

int SourcesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source& s = m_items[index.row()];
    switch (role) {
    case SourceIdRole:
        return s.id;
    case SortRole:
        if (index.column() == PublishedColumn)
            return s.published.msecs;
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        if (index.column() == TitleColumn && !s.note.isEmpty())
            return QString(s.title.toHtmlEscaped() + QStringLiteral("<br>") + s.note.toHtmlEscaped());
        return data(index, Qt::DisplayRole).toString().toHtmlEscaped();
    case Qt::DisplayRole:
    case Qt::EditRole:
        switch (index.column()) {
        case OutletColumn:
            return s.outlet;
        case TitleColumn:
            return s.title;
        case UrlColumn:
            return s.url;
        case PublishedColumn:
            return s.published.display();
        case GradingColumn:
            return s.grading();
        }
        return {};
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case OutletColumn:
        return tr("Outlet");
    case TitleColumn:
        return tr("Title");
    case UrlColumn:
        return tr("URL");
    case PublishedColumn:
        return tr("Published");
    case GradingColumn:
        return tr("Grading");
    }
    return {};
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() <= UrlColumn && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool SourcesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Source s = m_items[index.row()];
    switch (index.column()) {
    case OutletColumn:
        s.outlet = value.toString();
        break;
    case TitleColumn:
        s.title = value.toString();
        break;
    case UrlColumn:
        s.url = value.toString();
        break;
    default:
        return false;
    }
    return Command::applied(Command::editSource(m_doc, s));
}

} // namespace Entente
