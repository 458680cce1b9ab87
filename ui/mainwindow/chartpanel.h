// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The charts dock: a chart kind (position history, convergence, activity, stance distribution), the issue
// for position history, and the chart itself, which follows the document's as-of date and the events
// filter.

#include "types.h"

#include <QWidget>

#include <memory>
#include <vector>

class QComboBox;

namespace Entente {

class ChartView;
class Document;
class Paintable;

class ChartPanel : public QWidget {
    Q_OBJECT
public:
    explicit ChartPanel(Document* document, QWidget* parent = nullptr);

    void setRowMask(std::vector<bool> mask);
    [[nodiscard]] std::unique_ptr<Paintable> paintable() const;
    [[nodiscard]] ChartView* chartView() const { return m_view; }
    // The chart, its issue and its period (activity: day, week or month) in a saved view, and back.
    void readInto(SavedView& view) const;
    void applyFrom(const SavedView& view);

private:
    void rebuildIssues();
    void updateSpec();

    Document* m_document = nullptr;
    QComboBox* m_kind = nullptr;
    QComboBox* m_issue = nullptr;
    QComboBox* m_period = nullptr;
    ChartView* m_view = nullptr;
};

} // namespace Entente
