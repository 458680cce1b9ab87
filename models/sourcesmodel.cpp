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

Result<PartialDate> SourcesModel::parsePublished(const QString& text)
{
    const QString t = text.trimmed();
    if (t.isEmpty())
        return PartialDate {};
    const auto date = PartialDate::parse(t);
    if (!date.ok())
        return Error(tr("“%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16.").arg(t, date.message()),
            Error::Kind::Invalid);
    return date.value();
}

QString SourcesModel::precisionText(Precision p)
{
    switch (p) {
    case Precision::Year:
        return tr("known to the year");
    case Precision::Month:
        return tr("known to the month");
    case Precision::Day:
        return tr("known to the day");
    case Precision::Minute:
        return tr("known to the minute");
    }
    return {};
}

QVariant SourcesModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Source& s = m_items[index.row()];
    switch (role) {
    case SourceIdRole:
        return s.id;
    case GradingRole:
        return s.grading();
    case SortRole:
        if (index.column() == PublishedColumn)
            return s.published.msecs;
        if (index.column() == CredibilityColumn)
            return s.credibility;
        return data(index, Qt::DisplayRole);
    case ChoicesRole:
    case ChoiceLabelsRole: {
        QStringList keys, labels;
        if (index.column() == ReliabilityColumn) {
            for (char16_t c = u'A'; c <= u'F'; ++c) {
                keys << QString(QChar(c));
                labels << tr("%1 — %2").arg(QChar(c)).arg(reliabilityMeaning(QChar(c)));
            }
        } else if (index.column() == CredibilityColumn) {
            for (int c = 1; c <= 6; ++c) {
                keys << QString::number(c);
                labels << tr("%1 — %2").arg(c).arg(credibilityMeaning(c));
            }
        }
        return role == ChoicesRole ? keys : labels;
    }
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TitleColumn:
            if (!s.note.isEmpty())
                return QString(s.title.toHtmlEscaped() + QStringLiteral("<br>") + s.note.toHtmlEscaped());
            break;
        case ReliabilityColumn:
            return tr("Reliability %1: %2").arg(s.reliability).arg(reliabilityMeaning(s.reliability));
        case CredibilityColumn:
            return tr("Credibility %1: %2").arg(s.credibility).arg(credibilityMeaning(s.credibility));
        case PublishedColumn:
            if (s.published.isValid())
                return tr("%1 (%2)").arg(s.published.display(), precisionText(s.published.precision));
            break;
        default:
            break;
        }
        return data(index, Qt::DisplayRole).toString().toHtmlEscaped();
    case Qt::EditRole:
        if (index.column() == PublishedColumn)
            return s.published.toIso();
        [[fallthrough]];
    case Qt::DisplayRole:
        switch (index.column()) {
        case OutletColumn:
            return s.outlet;
        case TitleColumn:
            return s.title;
        case UrlColumn:
            return s.url;
        case PublishedColumn:
            return s.published.display();
        case ReliabilityColumn:
            return QString(s.reliability);
        case CredibilityColumn:
            return QString::number(s.credibility);
        case NoteColumn:
            return role == Qt::DisplayRole ? QString(s.note).replace(u'\n', u' ') : s.note;
        }
        return {};
    default:
        return {};
    }
}

QVariant SourcesModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return QAbstractTableModel::headerData(section, o, role);
    if (role == Qt::ToolTipRole) {
        if (section == ReliabilityColumn)
            return tr("How reliable the source has been: A (completely reliable) to F (cannot be judged)");
        if (section == CredibilityColumn)
            return tr("How credible its account is: 1 (confirmed by other sources) to 6 (cannot be judged)");
        return {};
    }
    switch (section) {
    case OutletColumn:
        return tr("Outlet");
    case TitleColumn:
        return tr("Title");
    case UrlColumn:
        return tr("URL");
    case PublishedColumn:
        return tr("Published");
    case ReliabilityColumn:
        return tr("Reliability");
    case CredibilityColumn:
        return tr("Credibility");
    case NoteColumn:
        return tr("Note");
    }
    return {};
}

Qt::ItemFlags SourcesModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool SourcesModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    Source s = m_items[index.row()];
    const QString text = value.toString();
    auto refuse = [this](const QString& message) {
        emit editRefused(message);
        return false;
    };
    switch (index.column()) {
    case OutletColumn:
        s.outlet = text;
        break;
    case TitleColumn:
        s.title = text;
        break;
    case UrlColumn:
        s.url = text.trimmed();
        break;
    case PublishedColumn: {
        const auto date = parsePublished(text);
        if (!date.ok())
            return refuse(date.message());
        s.published = date.value();
        break;
    }
    case ReliabilityColumn: {
        const QString t = text.trimmed().toUpper();
        if (t.size() != 1 || !isReliability(t[0]))
            return refuse(tr("Reliability is a letter from A to F, not “%1”.").arg(text));
        s.reliability = t[0];
        break;
    }
    case CredibilityColumn: {
        bool ok = false;
        const int c = text.trimmed().toInt(&ok);
        if (!ok || !isCredibility(c))
            return refuse(tr("Credibility is a digit from 1 to 6, not “%1”.").arg(text));
        s.credibility = c;
        break;
    }
    case NoteColumn:
        s.note = text;
        break;
    default:
        return false;
    }
    const auto edit = Command::editSource(m_doc, s);
    if (!edit.ok())
        emit editRefused(edit.message());
    return Command::applied(edit);
}

} // namespace Entente
