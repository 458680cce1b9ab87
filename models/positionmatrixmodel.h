// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The position matrix as of Document::asOf(): rows = parties, columns = issues, each cell the change in force.
// It keeps the matrix (indexes into the dossier's position history) in a reused vector filled by
// Dossier::matrixAsOf, plus the matrix at the previous as-of step (or at the compare date) to mark cells
// that moved. An as-of change emits dataChanged only for the cells whose change in force or baseline moved
// (one signal per run of adjacent cells in a row) and headerDataChanged only for the issues whose status in
// force moved, so a view repaints what changed; a recorded change emits dataChanged for its cell. Editing a cell records a position change
// at the as-of date through Command::recordPosition.

#include "types.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

namespace Entente {

class Document;

class PositionMatrixModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Role {
        StanceKeyRole = Qt::UserRole + 1,
        StanceValueRole, // int −2…+2, invalid when no position or Unknown
        SalienceRole, // 0…100, invalid when not assessed
        ChangeIdRole,
        ChangedSincePreviousRole, // stance differs from the previous as-of step (or the compare date)
        UnsourcedRole, // the change in force cites neither a source nor an event
        CompareDirectionRole, // +1 toward support, −1 toward opposition, 0 none (compare date → as-of)
        StatusRole, // header (horizontal): status label of the issue as of the date
        StatusKeyRole,
        StatusColorRole,
        EntityIdRole, // header: party or issue id
        SourceCountRole, // independent sources (outlets) behind the stance in force; invalid without a position
        GradeRole, // the strongest grade among its citations ("D3"), empty when none
        WeakRole, // marking on, and the cell rests on at most one source or is graded below the threshold
        NotedRole, // a note (or key judgement) is pinned to the cell
    };

    explicit PositionMatrixModel(Document* doc, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // Compare mode: cells are compared with the matrix at this date instead of the previous as-of step.
    void setCompareDate(std::optional<qint64> msecs);
    [[nodiscard]] std::optional<qint64> compareDate() const { return m_compareDate; }

    [[nodiscard]] const PositionChange* changeAt(int row, int column) const;

    // Marks cells whose stance rests on at most one independent source or on a grade below `threshold` ("C3");
    // off by default. Changing either emits dataChanged over the whole matrix.
    void setMarkWeak(bool on);
    [[nodiscard]] bool markWeak() const { return m_markWeak; }
    void setWeakThreshold(const QString& grade);
    [[nodiscard]] QString weakThreshold() const { return m_weakThreshold; }
    [[nodiscard]] bool isWeak(int row, int column) const; // whatever the marking

private:
    [[nodiscard]] const PositionChange* baselineAt(int row, int column) const;
    [[nodiscard]] QString accessibleText(int row, int column) const;
    [[nodiscard]] QString accessibleDescription(int row, int column) const;
    [[nodiscard]] QString toolTip(int row, int column) const;
    void recompute(); // m_cells at as-of, m_baseline at the compare date when set
    void onAsOfChanged(qint64 msecs);
    void onPositionChanged(qsizetype party, qsizetype issue);
    void emitAllChanged();
    void refreshStatuses(); // m_statuses at m_asOf

    Document* m_doc = nullptr;
    std::vector<qint32> m_cells; // cell → index into positionChanges() or −1
    std::vector<qint32> m_baseline; // previous as-of step or compare date
    std::vector<qint32> m_oldCells, m_oldBaseline; // scratch for the diff of an as-of step (capacity kept)
    std::vector<const StatusChange*> m_statuses; // per issue, the status change in force at m_asOf
    std::optional<qint64> m_compareDate;
    qint64 m_asOf = 0;
    qint64 m_previousAsOf = 0;
    int m_rows = 0; // cached: during begin*() the model still shows the old layout
    int m_cols = 0;
    bool m_markWeak = false;
    QString m_weakThreshold = QStringLiteral("C3");
};

} // namespace Entente
