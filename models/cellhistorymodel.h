// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every recorded change of one party x issue cell, retracted ones included (flagged, struck out), in
// (effective date, recorded-at) order. The histories are append-only, so a Document::positionChanged for the
// cell becomes one inserted row (a new change) or a dataChanged (a retraction or restore).

#include "types.h"

#include <QAbstractTableModel>

#include <vector>

namespace Entente {

class Document;

class CellHistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        EffectiveColumn,
        StanceColumn,
        SalienceColumn,
        ConfidenceColumn,
        NoteColumn,
        SourcesColumn,
        RecordedAtColumn,
        RecordedByColumn,
        RetractedColumn,
        ColumnCount
    };
    enum Role { ChangeIdRole = Qt::UserRole + 1, RetractedRole };

    explicit CellHistoryModel(Document* doc, QObject* parent = nullptr);

    void setCell(const QString& partyId, const QString& issueId);
    [[nodiscard]] QString partyId() const { return m_partyId; }
    [[nodiscard]] QString issueId() const { return m_issueId; }
    [[nodiscard]] qint64 changeIdAt(int row) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    [[nodiscard]] std::vector<PositionChange> load() const;
    void onPositionChanged(qsizetype party, qsizetype issue);

    Document* m_doc = nullptr;
    QString m_partyId;
    QString m_issueId;
    std::vector<PositionChange> m_items; // snapshot, so begin*() is announced over the old rows
};

} // namespace Entente
