// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Records one judgement: a party's stance on an issue (position mode), an issue's status (status mode) or a
// party's capability on one issue or on every issue (capability mode: "Set capability…"), with effective date
// (defaulting to the as-of date), confidence, note, citations and the claims of the cited sources
// (credibility, claimant, quote). It builds the change value only; the caller pushes it through the Command
// facade.

#include "types.h"

#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QFormLayout;
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
    enum class Mode { Position, Status, Capability };
    // Capability mode: `party` and `issue` preselect the party and the issue (−1: the first party; every issue).
    ChangeEditorDialog(const Dossier& dossier, Mode mode, qsizetype party, qsizetype issue, qint64 asOf,
        QWidget* parent = nullptr);

    [[nodiscard]] PositionChange positionChange() const;
    [[nodiscard]] StatusChange statusChange() const;
    [[nodiscard]] CapabilityChange capabilityChange() const;

private:
    void fillRecord(ChangeRecord& r) const;
    void addCapabilityRows(QFormLayout* form);
    void showCapabilityInForce();
    [[nodiscard]] QStringList citedSources() const;

    const Dossier& m_dossier;
    Mode m_mode;
    qsizetype m_party = -1;
    qsizetype m_issue = -1;
    QComboBox* m_level = nullptr;
    QComboBox* m_capabilityParty = nullptr;
    QComboBox* m_capabilityIssue = nullptr;
    QDoubleSpinBox* m_capability = nullptr;
    QLabel* m_inForce = nullptr;
    qint64 m_asOf = 0;
    QCheckBox* m_hasSalience = nullptr;
    QCheckBox* m_hasAxisValue = nullptr; // position mode on an issue with its own axis
    QDoubleSpinBox* m_axisValue = nullptr;
    QSpinBox* m_salience = nullptr;
    QDateEdit* m_effective = nullptr;
    QComboBox* m_confidence = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QListWidget* m_events = nullptr;
    QListWidget* m_sources = nullptr;
    ClaimsEditor* m_claims = nullptr;
};

} // namespace Entente
