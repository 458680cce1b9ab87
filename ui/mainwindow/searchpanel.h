// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Search dock (Edit ▸ Search Everything, Ctrl+Shift+F): a field, a line saying what was found (or that the
// events are still being indexed), and the hits grouped by kind with the matched words in bold. Typing searches
// at once on the engine's worker (a newer key press cancels the older search); Down or Return moves to the
// hits, Return, a click or a double-click on a hit asks the window to select it in its view
// (targetRequested), Escape in the hits returns to the field.

#include "searchindex.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QTreeView;

namespace Entente {

class SearchEngine;
class SearchResultsModel;
struct SearchResults;

class SearchPanel : public QWidget {
    Q_OBJECT
public:
    explicit SearchPanel(SearchEngine* engine, QWidget* parent = nullptr);

    [[nodiscard]] QLineEdit* field() const { return m_field; }
    [[nodiscard]] QTreeView* view() const { return m_view; }
    [[nodiscard]] SearchResultsModel* model() const { return m_model; }
    [[nodiscard]] QString statusText() const;
    void focusField(); // focus and select the field's text

signals:
    void targetRequested(const Entente::SearchTarget& target);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void showResults(const SearchResults& results);
    void updateStatus();
    void choose(const QModelIndex& index);

    SearchEngine* m_engine = nullptr;
    SearchResultsModel* m_model = nullptr;
    QLineEdit* m_field = nullptr;
    QLabel* m_status = nullptr;
    QTreeView* m_view = nullptr;
};

} // namespace Entente
