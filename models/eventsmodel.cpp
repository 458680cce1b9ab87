// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsmodel.h"
#include "eventsmodel_p.h"

#include "commands.h"
#include "document.h"

#include <QScopeGuard>

#include <algorithm>

namespace Entente {

using namespace EventsModelDetail;

EventsModel::EventsModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_compiled(std::make_unique<Compiled>())
{
    connect(doc, &Document::reset, this, &EventsModel::onReset);
    connect(doc, &Document::eventsReset, this, &EventsModel::onReset);
    connect(doc, &Document::eventInserted, this, &EventsModel::onInserted);
    connect(doc, &Document::eventChanged, this, &EventsModel::onChanged);
    connect(doc, &Document::eventRemoved, this, &EventsModel::onRemoved);
    connect(doc, &Document::partyChanged, this, [this] { refreshColumn(PartiesColumn); });
    connect(doc, &Document::issueChanged, this, [this] { refreshColumn(IssuesColumn); });
    connect(doc, &Document::sourceChanged, this, [this] { refreshColumn(SourcesColumn); });
    rebuild();
}

EventsModel::~EventsModel() = default;

int EventsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_view.size()); }

int EventsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

qint64 EventsModel::eventIdAt(int row) const
{
    if (row < 0 || row >= int(m_view.size()))
        return 0;
    return m_doc->dossier().events().id(m_view[size_t(row)]);
}

int EventsModel::rowOfEventId(qint64 id) const
{
    const auto storeRow = m_doc->dossier().events().rowOfId(id);
    if (storeRow < 0 || !m_mask[size_t(storeRow)])
        return -1;
    // The view is sorted by less(): binary search for the row itself.
    const auto it = std::lower_bound(
        m_view.begin(), m_view.end(), quint32(storeRow), [this](quint32 a, quint32 b) { return less(a, b); });
    return it != m_view.end() && *it == quint32(storeRow) ? int(it - m_view.begin()) : -1;
}

// ---- following the document -------------------------------------------------------------------------------

void EventsModel::onReset()
{
    m_textIndex.clear();
    m_postings.clear();
    m_postingsBuilt = false;
    beginResetModel();
    rebuild();
    endResetModel();
    emit filterChanged();
    emit rowMaskChanged();
}

void EventsModel::onInserted(qint64, qsizetype row)
{
    m_textIndex.clear();
    m_postings.clear();
    m_postingsBuilt = false;
    const auto r = quint32(row);
    for (auto& v : m_view)
        if (v >= r)
            ++v;
    const auto& ev = m_doc->dossier().events();
    m_mask.insert(m_mask.begin() + row, 0);
    m_key.insert(m_key.begin() + row, 0);
    if (ev.symbols().size() != m_compiled->symbolCount) {
        // New symbols: a filter may now resolve names it could not, and ranks need the new texts.
        const auto view = m_view;
        const auto mask = m_mask;
        rebuild(); // recompiles; the mask of other rows is unchanged by new symbols appearing on this row
        m_view = view;
        m_mask = mask;
    } else {
        m_key[size_t(row)] = keyOf(row);
    }
    const bool visible = passes(row);
    m_mask[size_t(row)] = visible;
    if (visible) {
        const int pos = insertPosition(r);
        beginInsertRows({}, pos, pos);
        m_view.insert(m_view.begin() + pos, r);
        endInsertRows();
    }
    emit rowMaskChanged();
}

void EventsModel::onRemoved(qint64, qsizetype row)
{
    m_textIndex.clear();
    m_postings.clear();
    m_postingsBuilt = false;
    const auto r = quint32(row);
    int pos = -1;
    if (m_mask[size_t(row)]) {
        const auto it = std::find(m_view.begin(), m_view.end(), r);
        pos = it == m_view.end() ? -1 : int(it - m_view.begin());
    }
    for (auto& v : m_view)
        if (v > r)
            --v;
    m_mask.erase(m_mask.begin() + row);
    m_key.erase(m_key.begin() + row);
    if (pos >= 0) {
        beginRemoveRows({}, pos, pos);
        m_view.erase(m_view.begin() + pos);
        endRemoveRows();
    }
    emit rowMaskChanged();
}

void EventsModel::onChanged(qint64, qsizetype oldRow, qsizetype newRow)
{
    m_textIndex.clear();
    m_postings.clear();
    m_postingsBuilt = false;
    const auto from = quint32(oldRow), to = quint32(newRow);
    int pos = -1;
    if (m_mask[size_t(oldRow)]) {
        const auto it = std::find(m_view.begin(), m_view.end(), from);
        pos = it == m_view.end() ? -1 : int(it - m_view.begin());
    }
    // The store moved one row from `from` to `to`, shifting the rows between by one.
    if (from != to) {
        for (auto& v : m_view) {
            if (v == from)
                v = to;
            else if (from < to && v > from && v <= to)
                --v;
            else if (from > to && v >= to && v < from)
                ++v;
        }
        auto rotate = [&](auto& vec) {
            if (from < to)
                std::rotate(vec.begin() + from, vec.begin() + from + 1, vec.begin() + to + 1);
            else
                std::rotate(vec.begin() + to, vec.begin() + from, vec.begin() + from + 1);
        };
        rotate(m_mask);
        rotate(m_key);
    }
    if (m_doc->dossier().events().symbols().size() != m_compiled->symbolCount) {
        const auto view = m_view;
        const auto mask = m_mask;
        rebuild();
        m_view = view;
        m_mask = mask;
    } else {
        m_key[to] = keyOf(to);
    }
    const bool visible = passes(to);
    m_mask[to] = visible;
    auto notify = qScopeGuard([this] { emit rowMaskChanged(); });
    if (pos < 0) {
        if (visible) {
            const int at = insertPosition(to);
            beginInsertRows({}, at, at);
            m_view.insert(m_view.begin() + at, to);
            endInsertRows();
        }
        return;
    }
    if (!visible) {
        beginRemoveRows({}, pos, pos);
        m_view.erase(m_view.begin() + pos);
        endRemoveRows();
        return;
    }
    // Where the row belongs among the others (binary search over the view without `pos`).
    int lo = 0, hi = int(m_view.size()) - 1;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const quint32 v = m_view[size_t(mid < pos ? mid : mid + 1)];
        if (less(v, to))
            lo = mid + 1;
        else
            hi = mid;
    }
    const int target = lo;
    if (target != pos) {
        beginMoveRows({}, pos, pos, {}, target > pos ? target + 1 : target);
        m_view.erase(m_view.begin() + pos);
        m_view.insert(m_view.begin() + target, to);
        endMoveRows();
    }
    emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void EventsModel::refreshColumn(int column)
{
    if (m_view.empty())
        return;
    emit dataChanged(index(0, column), index(int(m_view.size()) - 1, column), { Qt::DisplayRole, Qt::ToolTipRole });
    if (column == m_sortColumn) {
        // A renamed party, issue or source may move rows sorted by that name.
        recomputeKeys();
        sort(m_sortColumn, m_sortOrder);
    }
}

// ---- data ---------------------------------------------------------------------------------------------------

QString EventsModel::refDisplay(qsizetype r, int column) const
{
    const auto& d = m_doc->dossier();
    const auto kind = *refKindOfColumn(column);
    QStringList out = d.events().refTexts(r, kind);
    for (auto& s : out) {
        if (kind == Kind::Party && d.partyIndex(s) >= 0)
            s = d.parties()[d.partyIndex(s)].name;
        else if (kind == Kind::Issue && d.issueIndex(s) >= 0)
            s = d.issues()[d.issueIndex(s)].name;
        else if (kind == Kind::Source && d.sourceIndex(s) >= 0)
            s = d.sources()[d.sourceIndex(s)].outlet;
    }
    return out.join(QStringLiteral(", "));
}

QVariant EventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& ev = m_doc->dossier().events();
    const qsizetype r = m_view[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case EventIdRole:
        return ev.id(r);
    case SortRole:
        if (column == StartColumn)
            return ev.start(r);
        if (column == EndColumn)
            return ev.end(r);
        if (column == TitleColumn)
            return ev.title(r).toString();
        return data(index, Qt::DisplayRole);
    case Qt::EditRole:
        if (column == TitleColumn)
            return ev.title(r).toString();
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (column) {
        case StartColumn:
            return ev.startDate(r).display();
        case EndColumn:
            return ev.endDate(r).display();
        case TitleColumn:
            return ev.title(r).toString();
        case LocationColumn:
            return ev.location(r);
        default:
            return refDisplay(r, column);
        }
    case Qt::ToolTipRole:
        if (column == TitleColumn) {
            const QString description = ev.description(r).toString();
            QString tip = QStringLiteral("<b>%1</b>").arg(ev.title(r).toString().toHtmlEscaped());
            if (!description.isEmpty())
                tip += QStringLiteral("<br>") + description.toHtmlEscaped();
            return tip;
        }
        return data(index, Qt::DisplayRole).toString().toHtmlEscaped();
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case TitleColumn:
        return tr("Title");
    case PartiesColumn:
        return tr("Parties");
    case IssuesColumn:
        return tr("Issues");
    case TagsColumn:
        return tr("Tags");
    case LocationColumn:
        return tr("Location");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

Qt::ItemFlags EventsModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool EventsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != TitleColumn)
        return false;
    Event e = m_doc->dossier().events().event(m_view[size_t(index.row())]);
    e.title = value.toString();
    return Command::applied(Command::editEvent(m_doc, e)); // the model updates itself from the document's signal
}

} // namespace Entente
