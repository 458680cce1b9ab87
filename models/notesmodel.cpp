// SPDX-License-Identifier: GPL-3.0-or-later
#include "notesmodel.h"

#include "citations.h"
#include "document.h"

namespace Entente {

QString confidenceLabel(Confidence c)
{
    switch (c) {
    case Confidence::Low:
        return NotesModel::tr("low");
    case Confidence::Moderate:
        return NotesModel::tr("moderate");
    case Confidence::High:
        return NotesModel::tr("high");
    }
    return {};
}

QString notePinnedText(const Dossier& d, const Note& n)
{
    auto partyName = [&](const QString& id) {
        const auto i = d.partyIndex(id);
        return i >= 0 ? d.parties()[i].name : id;
    };
    auto issueName = [&](const QString& id) {
        const auto i = d.issueIndex(id);
        return i >= 0 ? d.issues()[i].name : id;
    };
    switch (n.target) {
    case NoteTarget::Date:
        return n.date.display();
    case NoteTarget::Cell:
        return NotesModel::tr("%1 on %2").arg(partyName(n.partyId), issueName(n.issueId));
    case NoteTarget::Issue:
        return NotesModel::tr("issue %1").arg(issueName(n.issueId));
    case NoteTarget::Party:
        return NotesModel::tr("party %1").arg(partyName(n.partyId));
    case NoteTarget::Event: {
        const auto row = d.events().rowOfId(n.eventId);
        return row >= 0 ? NotesModel::tr("event “%1”").arg(d.events().title(row))
                        : NotesModel::tr("event %1").arg(n.eventId);
    }
    case NoteTarget::Era: {
        const auto i = d.eraIndex(n.eraId);
        return NotesModel::tr("era %1").arg(i >= 0 ? d.eras()[i].name : n.eraId);
    }
    }
    return {};
}

QString noteEvidenceText(const Dossier& d, const Note& n)
{
    QStringList sources;
    for (const Claim& c : n.evidence)
        sources << c.sourceId;
    return citationsText(d, sources, n.evidence, false);
}

NotesModel::NotesModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
{
    // A copy of the notes: the document announces a row after the dossier changed, and the model must still
    // count the old rows between begin* and end*.
    connect(doc, &Document::reset, this, [this] {
        beginResetModel();
        m_items = m_doc->dossier().notes();
        endResetModel();
    });
    connect(doc, &Document::noteInserted, this, [this](qsizetype i) {
        beginInsertRows({}, int(i), int(i));
        m_items = m_doc->dossier().notes();
        endInsertRows();
    });
    connect(doc, &Document::noteRemoved, this, [this](qsizetype i) {
        beginRemoveRows({}, int(i), int(i));
        m_items = m_doc->dossier().notes();
        endRemoveRows();
    });
    connect(doc, &Document::noteChanged, this, [this](qsizetype i) {
        m_items = m_doc->dossier().notes();
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    });
    m_items = m_doc->dossier().notes();
    // Names shown in "pinned to" and the evidence's grades.
    auto allChanged = [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), { Qt::DisplayRole, Qt::ToolTipRole });
    };
    for (auto signal : { &Document::partyChanged, &Document::issueChanged, &Document::sourceChanged })
        connect(doc, signal, this, allChanged);
    connect(doc, &Document::eventChanged, this, allChanged);
}

int NotesModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int NotesModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant NotesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Dossier& d = m_doc->dossier();
    const Note& n = m_items[index.row()];
    switch (role) {
    case NoteIdRole:
        return n.id;
    case TargetRole:
        return noteTargetKey(n.target);
    case KeyJudgementRole:
        return n.isKeyJudgement();
    case Qt::ToolTipRole:
        if (index.column() == TextColumn || index.column() == EvidenceColumn) {
            QString tip = QStringLiteral("<p>%1</p>").arg(n.text.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")));
            if (!n.evidence.isEmpty())
                tip += QStringLiteral("<p>%1</p>").arg(tr("Evidence: %1").arg(noteEvidenceText(d, n).toHtmlEscaped()));
            return tip;
        }
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case KindColumn:
            return n.isKeyJudgement() ? tr("Key judgement") : tr("Note");
        case PinnedColumn:
            return notePinnedText(d, n);
        case TextColumn:
            return n.text.section(u'\n', 0, 0);
        case ConfidenceColumn:
            return n.confidence ? confidenceLabel(*n.confidence) : QString();
        case EvidenceColumn:
            return noteEvidenceText(d, n);
        case AuthorColumn:
            return n.author;
        case RecordedColumn:
            return n.recordedAt ? msecsToIsoUtc(n.recordedAt) : QString();
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant NotesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case KindColumn:
        return tr("Kind");
    case PinnedColumn:
        return tr("Pinned to");
    case TextColumn:
        return tr("Text");
    case ConfidenceColumn:
        return tr("Confidence");
    case EvidenceColumn:
        return tr("Evidence");
    case AuthorColumn:
        return tr("Author");
    case RecordedColumn:
        return tr("Recorded");
    case ColumnCount:
        break;
    }
    return {};
}

NotesFilter::NotesFilter(QObject* parent)
    : QSortFilterProxyModel(parent)
{
}

void NotesFilter::setKind(const QString& kind)
{
    if (kind == m_kind)
        return;
    m_kind = kind;
    invalidateFilter();
}

bool NotesFilter::filterAcceptsRow(int row, const QModelIndex& parent) const
{
    if (m_kind.isEmpty())
        return true;
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    const bool judgement = i.data(NotesModel::KeyJudgementRole).toBool();
    if (m_kind == u"judgement")
        return judgement;
    if (m_kind == u"note")
        return !judgement;
    return i.data(NotesModel::TargetRole).toString() == m_kind;
}

} // namespace Entente
