// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Writes or edits one note: what it is pinned to (a date, a cell, an issue, a party, an event or an era), its
// text, and for a key judgement the confidence and the evidence (sources ticked, each graded as a claim, see
// ClaimsEditor). It builds a value only; the window records it through the Command facade.

#include "types.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace Entente {

class ClaimsEditor;
class Dossier;

class NoteDialog : public QDialog {
    Q_OBJECT
public:
    // `note` gives the initial values (its id is kept: empty for a new note).
    NoteDialog(const Dossier& dossier, const Note& note, QWidget* parent = nullptr);

    [[nodiscard]] Note note() const;

private:
    void updateEnabled();
    [[nodiscard]] QStringList evidenceSources() const;

    const Dossier& m_dossier;
    Note m_initial;
    QComboBox* m_target = nullptr;
    QDateEdit* m_date = nullptr;
    QComboBox* m_party = nullptr;
    QComboBox* m_issue = nullptr;
    QLineEdit* m_event = nullptr;
    QComboBox* m_era = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_judgement = nullptr;
    QComboBox* m_confidence = nullptr;
    QListWidget* m_sources = nullptr;
    ClaimsEditor* m_claims = nullptr;
    QPushButton* m_ok = nullptr;
};

} // namespace Entente
