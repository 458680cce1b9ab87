// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Saved Views dock: the dossier's named views, in order. Apply (or a double-click) asks the window to
// restore one; Save asks it to store the current settings under a new name; Rename and Delete are undoable
// edits made here through the Command facade. A view that carries a forecast scenario is marked as one, with the
// scenario in its tooltip; an item's Qt::UserRole is the view's id, NameRole its name.

#include <QWidget>

class QListWidget;
class QPushButton;

namespace Entente {

class Document;

class SavedViewsPanel : public QWidget {
    Q_OBJECT
public:
    enum Role { NameRole = Qt::UserRole + 1 };
    explicit SavedViewsPanel(Document* document, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QString currentViewId() const;
    // Renames or deletes the current view (one undoable edit each); false and why (message()) when refused.
    bool renameCurrent(const QString& name);
    bool deleteCurrent();

signals:
    void applyRequested(const QString& id);
    void saveRequested();
    void message(const QString& text);

private:
    void rebuild();

    Document* m_document = nullptr;
    QListWidget* m_list = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_rename = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace Entente
