// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sources table (outlet, title, URL, publication date, Admiralty grading such as "B2"). Keeps a snapshot
// of the source list (see PartiesModel). Edits of outlet, title and URL go through Command::editSource.

#include "types.h"

#include <QAbstractTableModel>

namespace Entente {

class Document;

class SourcesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { OutletColumn, TitleColumn, UrlColumn, PublishedColumn, GradingColumn, ColumnCount };
    enum Role { SourceIdRole = Qt::UserRole + 1, SortRole };

    explicit SourcesModel(Document* doc, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    Document* m_doc = nullptr;
    QList<Source> m_items;
};

} // namespace Entente
