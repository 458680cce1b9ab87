// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Notes dock: the dossier's notes and key judgements (NotesModel), narrowed to one kind, with Add, Edit and
// Remove (each one undoable edit). Double-clicking a note asks the window to select what it is pinned to.

#include <QWidget>

class QComboBox;
class QPushButton;
class QTableView;

namespace Entente {

class Document;
class NotesFilter;
class NotesModel;

class NotesPanel : public QWidget {
    Q_OBJECT
public:
    NotesPanel(Document* document, NotesModel* model, QWidget* parent = nullptr);

    [[nodiscard]] QTableView* view() const { return m_view; }
    [[nodiscard]] QComboBox* kindFilter() const { return m_kind; }
    [[nodiscard]] QString currentNoteId() const;
    void selectNote(const QString& id);
    void removeCurrent(); // one undoable edit; the status bar of the window says why when refused

signals:
    void addRequested();
    void editRequested(const QString& id);
    void noteActivated(const QString& id);
    void message(const QString& text);

private:
    Document* m_document = nullptr;
    NotesModel* m_model = nullptr;
    NotesFilter* m_filter = nullptr;
    QComboBox* m_kind = nullptr;
    QTableView* m_view = nullptr;
    QPushButton* m_edit = nullptr;
    QPushButton* m_remove = nullptr;
};

} // namespace Entente
