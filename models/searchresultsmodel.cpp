// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchresultsmodel.h"

#include "searchkinds.h"

namespace Entente {

QString searchExcerptHtml(const SearchHit& hit)
{
    QString html;
    qsizetype at = 0;
    const QString& text = hit.excerpt;
    for (const auto& [start, length] : hit.spans) {
        if (start < at || start + length > text.size())
            continue;
        html += text.mid(at, start - at).toHtmlEscaped();
        html += QStringLiteral("<b>") + text.mid(start, length).toHtmlEscaped() + QStringLiteral("</b>");
        at = start + length;
    }
    html += text.mid(at).toHtmlEscaped();
    return html;
}

// internalId: 0 for a kind's row, group + 1 for a hit under it.
SearchResultsModel::SearchResultsModel(QObject* parent)
    : QAbstractItemModel(parent)
{
}

void SearchResultsModel::setResults(const SearchResults& results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

std::optional<SearchHit> SearchResultsModel::hitAt(const QModelIndex& index) const
{
    if (!index.isValid() || index.internalId() == 0)
        return std::nullopt;
    const auto& group = m_results.groups[qsizetype(index.internalId() - 1)];
    return group.hits.value(index.row());
}

QModelIndex SearchResultsModel::firstHit() const
{
    for (int g = 0; g < m_results.groups.size(); ++g)
        if (!m_results.groups[g].hits.isEmpty())
            return index(0, 0, index(g, 0));
    return {};
}

QModelIndex SearchResultsModel::index(int row, int column, const QModelIndex& parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    if (!parent.isValid())
        return createIndex(row, column, quintptr(0));
    return createIndex(row, column, quintptr(parent.row() + 1));
}

QModelIndex SearchResultsModel::parent(const QModelIndex& child) const
{
    if (!child.isValid() || child.internalId() == 0)
        return {};
    return createIndex(int(child.internalId() - 1), 0, quintptr(0));
}

int SearchResultsModel::rowCount(const QModelIndex& parent) const
{
    if (!parent.isValid())
        return int(m_results.groups.size());
    if (parent.column() != 0 || parent.internalId() != 0)
        return 0;
    return int(m_results.groups[parent.row()].hits.size());
}

int SearchResultsModel::columnCount(const QModelIndex&) const { return 1; }

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
}

QVariant SearchResultsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid())
        return {};
    if (index.internalId() == 0) {
        const SearchGroup& g = m_results.groups[index.row()];
        const QString kind = searchKindLabel(g.kind);
        const QString text = g.total > g.hits.size()
            ? tr("%1 (%2, the first %3 shown)").arg(kind).arg(g.total).arg(g.hits.size())
            : tr("%1 (%2)").arg(kind).arg(g.total);
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return text;
        case HtmlRole:
            return QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped());
        case KindRole:
            return g.kind;
        default:
            return {};
        }
    }
    const auto& group = m_results.groups[qsizetype(index.internalId() - 1)];
    const SearchHit& hit = group.hits[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return tr("%1 — %2: %3").arg(hit.label, hit.field, hit.excerpt);
    case HtmlRole:
        return QStringLiteral("%1<br><small>%2:</small> %3")
            .arg(hit.label.toHtmlEscaped(), hit.field.toHtmlEscaped(), searchExcerptHtml(hit));
    case KindRole:
        return hit.kind;
    default:
        return {};
    }
}

} // namespace Entente
