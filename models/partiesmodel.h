// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The parties table (name with a colour swatch, short name, kind, bloc). It keeps a snapshot of the dossier's
// party list so that, while begin*() is being announced, it still shows the old rows; Document's
// partyInserted/Removed/Moved/Changed become single-row begin*/end* pairs or dataChanged. Edits go through
// Command::editParty.

#include "types.h"

#include <QAbstractTableModel>

namespace Entente {

class Document;

class PartiesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, ShortNameColumn, KindColumn, BlocColumn, ColumnCount };
    enum Role { PartyIdRole = Qt::UserRole + 1 };

    explicit PartiesModel(Document* doc, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

private:
    Document* m_doc = nullptr;
    QList<Party> m_items;
};

} // namespace Entente
