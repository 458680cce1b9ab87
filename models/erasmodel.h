// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The eras table (name with a colour swatch, start, end). Like the other small tables it keeps a snapshot of
// the dossier's era list so that, while begin*() is announced, it still shows the old rows; Document's
// eraInserted/Removed/Changed become single-row begin*/end* pairs or dataChanged. It is read-only: the Eras
// editor builds an era with eraFrom() (which says what is wrong with typed input) and pushes it through
// Command::addEra / editEra / removeEra.

#include "result.h"
#include "types.h"

#include <QAbstractTableModel>

namespace Entente {

class Document;

class ErasModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { NameColumn, StartColumn, EndColumn, ColumnCount };
    enum Role { EraIdRole = Qt::UserRole + 1 };

    explicit ErasModel(Document* doc, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    [[nodiscard]] int rowOf(const QString& id) const; // -1 when there is no such era

    // An era with id `id` from what an analyst typed: a name, a start and an end as partial dates (2025,
    // 2025-12, 2025-12-16: the length is the precision) and a colour (#rrggbb or a colour name). The error
    // names the field at fault: no name, a date that does not parse, an end before the start, a bad colour.
    [[nodiscard]] static Result<Era> eraFrom(
        const QString& id, const QString& name, const QString& start, const QString& end, const QString& color);

private:
    Document* m_doc = nullptr;
    QList<Era> m_items;
};

} // namespace Entente
