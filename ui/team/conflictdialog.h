// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shows an edit the team server refused because another analyst changed the row first
// (Document::pendingConflict): both versions field by field, and lets the analyst keep theirs or mine, or
// merge by ticking the fields to keep from their own version. Nothing was overwritten before the choice, and
// the choice is written as an ordinary undoable edit (Document::resolveConflict).

#include <QDialog>

class QLabel;
class QTableWidget;

namespace Entente {

class Document;

class ConflictDialog : public QDialog {
    Q_OBJECT
public:
    explicit ConflictDialog(Document* document, QWidget* parent = nullptr);

    // Per field shown: whether the analyst's own value is kept (the tick in the "Yours" column).
    [[nodiscard]] QList<bool> keptMine() const;

public slots:
    void keepMine();
    void takeTheirs();
    void merge();

private:
    void showConflict();
    void resolve(const QList<bool>& takeMine);

    Document* m_document = nullptr;
    QLabel* m_intro = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_table = nullptr;
};

} // namespace Entente
