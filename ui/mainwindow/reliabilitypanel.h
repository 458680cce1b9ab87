// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Reliability dock: how well the matrix as of the date is sourced, in one sentence ("23 of 23 stated
// positions rest on one source (Press TV), graded D2 17, D3 4, D4 2; 2 graded below C3."), the grade threshold
// below which a cell counts as weak, and the switch that marks weak cells on the matrix (a dashed frame, with
// its legend here and in an exported matrix). It follows the as-of date and every edit.

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;

namespace Entente {

class Document;
class PositionMatrixModel;

class ReliabilityPanel : public QWidget {
    Q_OBJECT
public:
    ReliabilityPanel(Document* document, PositionMatrixModel* matrix, QWidget* parent = nullptr);

    [[nodiscard]] QString summaryText() const;
    [[nodiscard]] QString threshold() const; // "C3"
    void setThreshold(const QString& grade);
    void setMarking(bool on);

signals:
    void markingChanged(bool on);
    void thresholdChanged(const QString& grade);

private:
    void refresh();

    Document* m_document = nullptr;
    PositionMatrixModel* m_matrix = nullptr;
    QLabel* m_summary = nullptr;
    QCheckBox* m_mark = nullptr;
    QComboBox* m_reliability = nullptr;
    QComboBox* m_credibility = nullptr;
    QLabel* m_legend = nullptr;
};

} // namespace Entente
