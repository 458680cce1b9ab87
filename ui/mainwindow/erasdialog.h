// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edit ▸ Eras…: the dossier's named periods ("Berlin round") as a table — name, start, end (ISO dates with
// their precision: 2025-12, 2025-12-14), colour — with Add and Remove. OK records the whole list as one undoable
// step (Command::setEras); a bad row is named and nothing is written.

#include "types.h"

#include <QDialog>
#include <QList>

class QLabel;
class QTableWidget;

namespace Entente {

class Document;

class ErasDialog : public QDialog {
    Q_OBJECT
public:
    explicit ErasDialog(Document* document, QWidget* parent = nullptr);
    [[nodiscard]] QTableWidget* table() const { return m_table; }
    // The eras as typed, or an error naming the row and field.
    [[nodiscard]] QList<Era> eras(QString* error) const;
    void accept() override;

private:
    void addRow(const Era& era);

    Document* m_document = nullptr;
    QTableWidget* m_table = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace Entente
