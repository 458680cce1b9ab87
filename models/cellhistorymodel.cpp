// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellhistorymodel.h"

#include "citations.h"

#include "document.h"

#include <QFont>

namespace Entente {

CellHistoryModel::CellHistoryModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    connect(doc, &Document::reset, this, [this] {
        beginResetModel();
        m_items = load();
        endResetModel();
    });
    connect(doc, &Document::positionChanged, this, &CellHistoryModel::onPositionChanged);
    connect(doc, &Document::scalesChanged, this, [this] {
        if (!m_items.empty())
            emit dataChanged(index(0, StanceColumn), index(int(m_items.size()) - 1, StanceColumn), { Qt::DisplayRole });
    });
    connect(doc, &Document::sourceChanged, this, [this] {
        if (!m_items.empty())
            emit dataChanged(index(0, SourcesColumn), index(int(m_items.size()) - 1, SourcesColumn),
                { Qt::DisplayRole, Qt::ToolTipRole });
    });
}

void CellHistoryModel::setCell(const QString& partyId, const QString& issueId)
{
    if (partyId == m_partyId && issueId == m_issueId)
        return;
    beginResetModel(); // a different cell is a different list
    m_partyId = partyId;
    m_issueId = issueId;
    m_items = load();
    endResetModel();
}

std::vector<PositionChange> CellHistoryModel::load() const
{
    const auto& d = m_doc->dossier();
    std::vector<PositionChange> out;
    const auto p = d.partyIndex(m_partyId), i = d.issueIndex(m_issueId);
    if (p < 0 || i < 0)
        return out;
    for (const auto* c : d.cellHistory(p, i))
        out.push_back(*c);
    return out;
}

void CellHistoryModel::onPositionChanged(qsizetype party, qsizetype issue)
{
    const auto& d = m_doc->dossier();
    if (d.parties()[party].id != m_partyId || d.issues()[issue].id != m_issueId)
        return;
    auto fresh = load();
    if (fresh.size() == m_items.size() + 1) {
        // Append-only history: exactly one change appeared somewhere in (effective, recorded) order.
        size_t k = 0;
        while (k < m_items.size() && m_items[k].id == fresh[k].id)
            ++k;
        beginInsertRows({}, int(k), int(k));
        m_items = std::move(fresh);
        endInsertRows();
        return;
    }
    if (fresh.size() != m_items.size()) {
        beginResetModel();
        m_items = std::move(fresh);
        endResetModel();
        return;
    }
    std::vector<int> changedRows;
    for (size_t r = 0; r < fresh.size(); ++r)
        if (!(fresh[r] == m_items[r]))
            changedRows.push_back(int(r));
    m_items = std::move(fresh);
    for (int r : changedRows)
        emit dataChanged(index(r, 0), index(r, ColumnCount - 1));
}

qint64 CellHistoryModel::changeIdAt(int row) const
{
    return row >= 0 && row < int(m_items.size()) ? m_items[size_t(row)].id : 0;
}

int CellHistoryModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

int CellHistoryModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant CellHistoryModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PositionChange& c = m_items[size_t(index.row())];
    const auto& d = m_doc->dossier();
    switch (role) {
    case ChangeIdRole:
        return c.id;
    case RetractedRole:
        return c.retracted;
    case Qt::FontRole:
        if (c.retracted) {
            QFont f;
            f.setStrikeOut(true);
            return f;
        }
        return {};
    case Qt::ToolTipRole:
        return data(index, Qt::DisplayRole).toString().toHtmlEscaped();
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case EffectiveColumn:
        return c.effective.display();
    case StanceColumn: {
        const auto* level = d.stanceLevel(c.stance);
        return level ? level->label : c.stance;
    }
    case SalienceColumn:
        return c.salience >= 0 ? QString::number(c.salience) : QString();
    case ConfidenceColumn:
        switch (c.confidence) {
        case Confidence::Low:
            return tr("Low");
        case Confidence::Moderate:
            return tr("Moderate");
        case Confidence::High:
            return tr("High");
        }
        return {};
    case NoteColumn:
        return c.note;
    case SourcesColumn: {
        QStringList parts;
        for (const auto& v : citationViews(d, c.citedSources, c.claims))
            parts << citationText(v, false); // "Reuters D3 — an unnamed US official"
        if (!c.citedEvents.isEmpty())
            parts << tr("%n event(s)", nullptr, int(c.citedEvents.size()));
        return parts.join(QStringLiteral(", "));
    }
    case RecordedAtColumn:
        return PartialDate::fromMsecs(c.recordedAt, Precision::Minute).display();
    case RecordedByColumn:
        return c.recordedBy;
    case RetractedColumn:
        return c.retracted ? tr("Retracted %1 by %2")
                                 .arg(PartialDate::fromMsecs(c.retractedAt, Precision::Minute).display(), c.retractedBy)
                           : QString();
    }
    return {};
}

QVariant CellHistoryModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case EffectiveColumn:
        return tr("Effective");
    case StanceColumn:
        return tr("Stance");
    case SalienceColumn:
        return tr("Salience");
    case ConfidenceColumn:
        return tr("Confidence");
    case NoteColumn:
        return tr("Note");
    case SourcesColumn:
        return tr("Sources");
    case RecordedAtColumn:
        return tr("Recorded");
    case RecordedByColumn:
        return tr("By");
    case RetractedColumn:
        return tr("Retracted");
    }
    return {};
}

} // namespace Entente
