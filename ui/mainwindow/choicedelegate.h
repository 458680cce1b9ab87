// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edits a cell whose model offers a fixed list of values (a grade A…F or 1…6) with a combo box instead of free
// text. The model names the values in `choicesRole` and what each means in `labelsRole`; a cell without choices
// gets the ordinary line edit. The value written back is the chosen key, so the model's setData() checks it as
// it checks typed text.

#include <QStyledItemDelegate>

namespace Entente {

class ChoiceDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ChoiceDelegate(int choicesRole, int labelsRole, QObject* parent = nullptr);

    QWidget* createEditor(QWidget* parent, const QStyleOptionViewItem& option, const QModelIndex& index) const override;
    void setEditorData(QWidget* editor, const QModelIndex& index) const override;
    void setModelData(QWidget* editor, QAbstractItemModel* model, const QModelIndex& index) const override;

private:
    int m_choicesRole = 0;
    int m_labelsRole = 0;
};

} // namespace Entente
