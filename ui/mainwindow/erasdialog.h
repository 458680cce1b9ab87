// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Eras editor: the dossier's eras (named shaded periods on the timeline) in a table, and a form for the
// selected one — name, start and end typed as partial dates (2025, 2025-12, 2025-12-16), colour. "Add era",
// "Apply" and "Remove era" each push one command (Command::addEra / editEra / removeEra), so every change is
// one undo step in Edit ▸ Undo. Input that is not an era (no name, a date that does not parse, an end before
// the start, a bad colour) is refused with the reason under the form and nothing changes. Opened from
// Edit ▸ Eras… and from the timeline's context menu on the era band.

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Entente {

class Document;
class ErasModel;

class ErasDialog : public QDialog {
    Q_OBJECT
public:
    explicit ErasDialog(Document* doc, QWidget* parent = nullptr);

    // Selects the era `id` and shows it in the form.
    void selectEra(const QString& id);
    // Clears the selection and fills the form for a new era starting on the day of `startMsecs` (a week long).
    void prepareNewEra(qint64 startMsecs);
    [[nodiscard]] QString currentEraId() const;
    [[nodiscard]] QString message() const; // the last error or confirmation under the form

private:
    void addEra();
    void applyEra();
    void removeEra();
    void showCurrent();
    void updateButtons();
    void say(const QString& text, bool error);

    Document* m_doc = nullptr;
    ErasModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_start = nullptr;
    QLineEdit* m_end = nullptr;
    QLineEdit* m_color = nullptr;
    QPushButton* m_chooseColor = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace Entente
