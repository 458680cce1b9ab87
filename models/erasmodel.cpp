// SPDX-License-Identifier: GPL-3.0-or-later
#include "erasmodel.h"

#include "document.h"

#include <QColor>

namespace Entente {

ErasModel::ErasModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_items(doc->dossier().eras())
{
    connect(doc, &Document::reset, this, [this] {
        beginResetModel();
        m_items = m_doc->dossier().eras();
        endResetModel();
    });
    connect(doc, &Document::eraInserted, this, [this](qsizetype i) {
        beginInsertRows({}, int(i), int(i));
        m_items = m_doc->dossier().eras();
        endInsertRows();
    });
    connect(doc, &Document::eraRemoved, this, [this](qsizetype i) {
        beginRemoveRows({}, int(i), int(i));
        m_items = m_doc->dossier().eras();
        endRemoveRows();
    });
    connect(doc, &Document::eraChanged, this, [this](qsizetype i) {
        m_items = m_doc->dossier().eras();
        emit dataChanged(index(int(i), 0), index(int(i), ColumnCount - 1));
    });
}

int ErasModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_items.size()); }

int ErasModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

int ErasModel::rowOf(const QString& id) const
{
    for (qsizetype i = 0; i < m_items.size(); ++i)
        if (m_items[i].id == id)
            return int(i);
    return -1;
}

QVariant ErasModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Era& e = m_items[index.row()];
    if (role == EraIdRole)
        return e.id;
    if (role == Qt::DecorationRole && index.column() == NameColumn)
        return e.color.isEmpty() ? QVariant() : QVariant(QColor::fromString(e.color));
    if (role == Qt::EditRole) {
        switch (index.column()) {
        case NameColumn:
            return e.name;
        case StartColumn:
            return e.start.toIso();
        case EndColumn:
            return e.end.toIso();
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return e.name;
    case StartColumn:
        return e.start.display();
    case EndColumn:
        return e.end.display();
    default:
        return {};
    }
}

QVariant ErasModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case NameColumn:
        return tr("Era");
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    default:
        return {};
    }
}

Result<Era> ErasModel::eraFrom(
    const QString& id, const QString& name, const QString& start, const QString& end, const QString& color)
{
    Era e;
    e.id = id;
    e.name = name.trimmed();
    if (e.name.isEmpty())
        return Error(tr("An era needs a name."), Error::Kind::Invalid);
    // Whole sentences per field (a translation may need to inflect "start" and "end" differently).
    const auto date = [](const QString& text, const QString& missing, const QString& bad) -> Result<PartialDate> {
        const QString t = text.trimmed();
        if (t.isEmpty())
            return Error(missing, Error::Kind::Invalid);
        const auto d = PartialDate::parse(t);
        if (!d.ok())
            return Error(bad.arg(t, d.message()), Error::Kind::Invalid);
        return d.value();
    };
    auto s = date(start, tr("An era needs a start date: write 2025, 2025-12 or 2025-12-16."),
        tr("The start “%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16."));
    if (!s.ok())
        return s.error();
    auto en = date(end, tr("An era needs an end date: write 2025, 2025-12 or 2025-12-16."),
        tr("The end “%1” is not a date (%2): write 2025, 2025-12 or 2025-12-16."));
    if (!en.ok())
        return en.error();
    e.start = s.value();
    e.end = en.value();
    if (e.end.periodEnd() <= e.start.msecs)
        return Error(tr("The era ends (%1) before it starts (%2).").arg(e.end.display(), e.start.display()),
            Error::Kind::Invalid);
    const QString c = color.trimmed();
    if (!c.isEmpty()) {
        const QColor q = QColor::fromString(c);
        if (!q.isValid())
            return Error(tr("“%1” is not a colour: write #rrggbb or a colour name.").arg(c), Error::Kind::Invalid);
        e.color = q.name();
    }
    return e;
}

} // namespace Entente
