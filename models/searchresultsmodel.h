// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The results of Search Everything as a two-level tree: one row per kind with matches ("Claims (3)"), its hits
// below. HtmlRole is the hit as rich text for the delegate: every piece of dossier text in it is escaped first,
// the matched words wrapped in <b> afterwards. setResults() replaces the whole list (a model reset: nothing in
// the old list maps to the new one).

#include "searchengine.h"

#include <QAbstractItemModel>

#include <optional>

namespace Entente {

class SearchResultsModel : public QAbstractItemModel {
    Q_OBJECT
public:
    enum Role { HtmlRole = Qt::UserRole + 1, KindRole };

    explicit SearchResultsModel(QObject* parent = nullptr);

    void setResults(const SearchResults& results);
    [[nodiscard]] const SearchResults& results() const { return m_results; }
    // The hit at `index`; nullopt for a kind's row.
    [[nodiscard]] std::optional<SearchHit> hitAt(const QModelIndex& index) const;
    [[nodiscard]] QModelIndex firstHit() const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex& parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex& child) const override;
    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;

private:
    SearchResults m_results;
};

// A hit's excerpt as rich text: the text escaped, the matched words in <b>.
[[nodiscard]] QString searchExcerptHtml(const SearchHit& hit);

} // namespace Entente
