// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitymodel.h"

#include "document.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>
#include <QSet>

#include <algorithm>

namespace Entente {

ActivityModel::ActivityModel(Document* document, QObject* parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(m_document, &Document::reset, this, &ActivityModel::reload);
    connect(m_document, &Document::journalAppended, this, &ActivityModel::fetchNew);
    reload();
}

bool ActivityModel::isRowLine(const JournalEntry& e)
{
    static const QRegularExpression rowLine(QStringLiteral("^(meta|replace|create|upgrade|[a-z]+( level)?\\.[a-z]+)$"));
    return rowLine.match(e.action).hasMatch();
}

int ActivityModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_shown.size()); }

int ActivityModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ActivityModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JournalEntry& e = m_all[size_t(m_shown[size_t(index.row())])];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (index.column()) {
        case WhenColumn:
            return QLocale().toString(
                QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toLocalTime(), QLocale::ShortFormat);
        case WhoColumn:
            return e.user;
        case WhatColumn:
            return e.action;
        default:
            return {};
        }
    case AtRole:
        return e.at;
    case AnalystRole:
        return e.user;
    case JournalIdRole:
        return e.id;
    default:
        return {};
    }
}

QVariant ActivityModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

bool ActivityModel::accepts(const JournalEntry& e) const
{
    if (isRowLine(e))
        return false;
    if (!m_analyst.isEmpty() && e.user != m_analyst)
        return false;
    if (m_from != 0 && e.at < m_from)
        return false;
    if (m_to != 0 && e.at >= m_to)
        return false;
    return true;
}

void ActivityModel::refilter()
{
    beginResetModel();
    m_shown.clear();
    for (qsizetype i = qsizetype(m_all.size()) - 1; i >= 0; --i)
        if (accepts(m_all[size_t(i)]))
            m_shown.push_back(i);
    endResetModel();
}

void ActivityModel::setAnalyst(const QString& analyst)
{
    if (analyst == m_analyst)
        return;
    m_analyst = analyst;
    refilter();
}

void ActivityModel::setDateRange(qint64 from, qint64 to)
{
    if (from == m_from && to == m_to)
        return;
    m_from = from;
    m_to = to;
    refilter();
}

QStringList ActivityModel::analysts() const
{
    QSet<QString> names;
    for (const auto& e : m_all)
        if (!isRowLine(e))
            names.insert(e.user);
    QStringList out(names.begin(), names.end());
    std::sort(out.begin(), out.end(), [](const QString& a, const QString& b) { return a.localeAwareCompare(b) < 0; });
    return out;
}

void ActivityModel::reload()
{
    m_all.clear();
    m_lastId = 0;
    m_error.clear();
    refilter();
    fetchNew();
    emit analystsChanged();
}

void ActivityModel::fetchNew()
{
    const QStringList before = analysts();
    for (;;) {
        auto lines = m_document->journal(m_lastId, 5000);
        if (!lines.ok()) {
            m_error = lines.message();
            return;
        }
        const QList<JournalEntry>& got = lines.value();
        if (got.isEmpty())
            break;
        m_lastId = got.last().id;
        std::vector<qsizetype> fresh; // newest first
        for (const auto& e : got) {
            m_all.push_back(e);
            if (accepts(e))
                fresh.insert(fresh.begin(), qsizetype(m_all.size()) - 1);
        }
        if (!fresh.empty()) {
            beginInsertRows({}, 0, int(fresh.size()) - 1);
            m_shown.insert(m_shown.begin(), fresh.begin(), fresh.end());
            endInsertRows();
        }
        if (got.size() < 5000)
            break;
    }
    m_error.clear();
    if (analysts() != before)
        emit analystsChanged();
}

} // namespace Entente
