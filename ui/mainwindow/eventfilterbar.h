// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The events dock's filter: free text, party, issue, tag and a date range, plus "only the selected matrix
// cell". Edits are debounced; filterChanged() fires once the analyst pauses. The same filter drives the
// events table, the timeline and the charts.

#include "eventsmodel.h"
#include "types.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace Entente {

class Document;

class EventFilterBar : public QWidget {
    Q_OBJECT
public:
    explicit EventFilterBar(Document* document, QWidget* parent = nullptr);

    [[nodiscard]] EventFilter filter() const; // without the matrix cell
    [[nodiscard]] bool followsCell() const;
    [[nodiscard]] QLineEdit* textEdit() const { return m_text; }
    // The filter's fields in a saved view, and back (filterChanged() follows at once, not debounced).
    void readInto(SavedView& view) const;
    void applyFrom(const SavedView& view);

signals:
    void filterChanged();

private:
    void rebuildChoices();

    Document* m_document = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_issue = nullptr;
    QLineEdit* m_tag = nullptr;
    QCheckBox* m_useRange = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QCheckBox* m_cell = nullptr;
    QTimer* m_debounce = nullptr;
};

} // namespace Entente
