// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records one judgement: a party's stance on an issue (position mode) or an issue's status (status mode),
// with effective date (defaulting to the as-of date), confidence, note, citations and the claims of the cited
// sources (credibility, claimant, quote). It builds the change value only; the caller pushes it through the
// Command facade.

#include "types.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QCheckBox;
class QSpinBox;
class QPlainTextEdit;
class QListWidget;
class QLabel;

namespace Entente {

class ClaimsEditor;
class Dossier;

class ChangeEditorDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode { Position, Status };
    ChangeEditorDialog(const Dossier& dossier, Mode mode, qsizetype party, qsizetype issue, qint64 asOf,
        QWidget* parent = nullptr);

    [[nodiscard]] PositionChange positionChange() const;
    [[nodiscard]] StatusChange statusChange() const;

private:
    void fillRecord(ChangeRecord& r) const;
    [[nodiscard]] QStringList citedSources() const;

    const Dossier& m_dossier;
    Mode m_mode;
    qsizetype m_party = -1;
    qsizetype m_issue = -1;
    QComboBox* m_level = nullptr;
    QCheckBox* m_hasSalience = nullptr;
    QSpinBox* m_salience = nullptr;
    QDateEdit* m_effective = nullptr;
    QComboBox* m_confidence = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QListWidget* m_events = nullptr;
    QListWidget* m_sources = nullptr;
    ClaimsEditor* m_claims = nullptr;
};

} // namespace Entente
