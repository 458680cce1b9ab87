// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The issues table with each issue's status as of Document::asOf() (label, key and colour). Keeps a snapshot
// of the issue list (see PartiesModel); a status change or an as-of step emits dataChanged on the status
// column only. Edits of the name and description go through Command::editIssue.

#include "types.h"

#include <QAbstractTableModel>

namespace Entente {

class Document;

class IssuesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StatusColumn, DescriptionColumn, ColumnCount };
    enum Role { IssueIdRole = Qt::UserRole + 1, StatusKeyRole, StatusColorRole };

    explicit IssuesModel(Document* doc, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    void statusColumnChanged(int first, int last);

    Document* m_doc = nullptr;
    QList<Issue> m_items;
};

} // namespace Entente
