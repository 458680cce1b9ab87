// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The events table over the dossier's columnar EventStore. Sorting and filtering live inside the model as a
// permutation of store rows (m_view, display order) and a byte mask over store rows (rowMask(): 1 = passes
// the filter), because a QSortFilterProxyModel over 10^6 rows costs seconds. The timeline and the charts
// read rowMask() so one filter applies everywhere; rowMaskChanged() tells them when it moved.
//
// The model follows Document's fine-grained event signals with single-row begin*/end* pairs (or one
// dataChanged when the row keeps its place); it resets only on Document::reset. Edits go through Command::.

#include "partialdate.h"

#include <QAbstractTableModel>
#include <QStringList>

#include <limits>
#include <unordered_map>
#include <vector>

namespace Entente {

class Document;

struct EventFilter {
    QStringList parties; // event names any of them (empty: no constraint); same for issues and tags
    QStringList issues;
    QStringList tags;
    QString text; // case-insensitive substring of title or description
    qint64 from = std::numeric_limits<qint64>::min(); // the event's [start, end] overlaps [from, to]
    qint64 to = std::numeric_limits<qint64>::max();
    [[nodiscard]] bool isEmpty() const
    {
        return parties.isEmpty() && issues.isEmpty() && tags.isEmpty() && text.isEmpty()
            && from == std::numeric_limits<qint64>::min() && to == std::numeric_limits<qint64>::max();
    }
    friend bool operator==(const EventFilter&, const EventFilter&) = default;
};

class EventsModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        StartColumn,
        EndColumn,
        TitleColumn,
        PartiesColumn,
        IssuesColumn,
        TagsColumn,
        LocationColumn,
        SourcesColumn,
        ColumnCount
    };
    enum Role { EventIdRole = Qt::UserRole + 1, SortRole };

    explicit EventsModel(Document* doc, QObject* parent = nullptr);
    ~EventsModel() override;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setFilter(const EventFilter& filter);
    [[nodiscard]] const EventFilter& filter() const { return m_filter; }
    [[nodiscard]] int sortColumn() const { return m_sortColumn; }
    [[nodiscard]] Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // Filter bitmap over store rows (1 = passes), kept in step with the store.
    [[nodiscard]] const std::vector<quint8>& rowMask() const { return m_mask; }
    [[nodiscard]] qint64 eventIdAt(int row) const;
    [[nodiscard]] int rowOfEventId(qint64 id) const; // -1 when absent or filtered out
    [[nodiscard]] qsizetype storeRowAt(int row) const { return m_view[size_t(row)]; }

signals:
    void filterChanged(); // the filter criteria changed (or the dossier was reset)
    void rowMaskChanged(); // rowMask() changed in any way, including rows shifting after an edit

private:
    struct Compiled;
    void rebuild(); // keys, mask and view from scratch (no model signals)
    void compileFilter();
    void applyFilter(); // mask and view for the current filter, sorted
    void sortView();
    void sortTitles();
    void ensureTextIndex();
    void recomputeKeys();
    [[nodiscard]] bool passes(qsizetype storeRow) const;
    [[nodiscard]] bool passesStructured(qsizetype storeRow) const; // dates and references
    [[nodiscard]] bool passesText(qsizetype storeRow) const;
    [[nodiscard]] bool less(quint32 a, quint32 b) const; // display order over store rows
    [[nodiscard]] quint64 keyOf(qsizetype storeRow) const;
    [[nodiscard]] int insertPosition(quint32 storeRow) const; // in m_view, for a row not in it
    void onReset();
    void onInserted(qint64 id, qsizetype row);
    void onChanged(qint64 id, qsizetype oldRow, qsizetype newRow);
    void onRemoved(qint64 id, qsizetype row);
    void refreshColumn(int column);
    [[nodiscard]] QString refDisplay(qsizetype storeRow, int column) const;

    Document* m_doc = nullptr;
    EventFilter m_filter;
    std::unique_ptr<Compiled> m_compiled;
    int m_sortColumn = StartColumn;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    std::vector<quint32> m_view; // display row → store row
    std::vector<quint8> m_mask; // store row → passes the filter
    std::vector<quint64> m_key; // store row → primary sort key for the current column (titles: unused, see less())
    struct TextEntry {
        const char16_t* text; // title, then description, in the store's text pool
        quint32 row;
        quint32 titleLength;
        quint32 descriptionLength;
    };
    std::vector<TextEntry> m_textIndex; // in pool order; built on the first search or title sort, cleared on edits
    // Rows (ascending) holding each party, issue and tag reference: built for all of them in one pass on the
    // first structured filter, dropped on any edit, so that party / issue / tag filters read only the
    // matching rows and no party pays a first-use pass of its own.
    std::unordered_map<quint32, std::vector<quint32>> m_postings;
    bool m_postingsBuilt = false;
    void ensurePostings(const std::vector<quint32>& tagged);
    std::vector<quint32> m_symbolRank; // symbol → rank of its display text (symbol-valued columns)
};

} // namespace Entente
