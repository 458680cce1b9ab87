// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File ▸ Open Team Dossier… and File ▸ Publish to Team Server…: where a team dossier lives (host, port,
// database, dossier id, user, sslmode; or a pg_service.conf service instead of host, port and database), shown
// as the URI it builds. There is no password field: Entente never asks for nor stores a password; libpq reads it
// from ~/.pgpass or the service file (docs/team.md), and the dialog says so.

#include "teamlocation.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Entente {

class TeamDossierDialog : public QDialog {
    Q_OBJECT
public:
    enum class Mode : quint8 { Open, Publish };
    explicit TeamDossierDialog(Mode mode, QWidget* parent = nullptr);

    void setAddress(const TeamLocation::Address& a);
    [[nodiscard]] TeamLocation::Address address() const;
    // The URI the fields build; empty while they do not make one (problem() says why).
    [[nodiscard]] QString uri() const;
    [[nodiscard]] QString problem() const;

private:
    void update();

    QCheckBox* m_useService = nullptr;
    QLineEdit* m_service = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_dossier = nullptr;
    QLineEdit* m_user = nullptr;
    QComboBox* m_sslmode = nullptr;
    QLabel* m_uri = nullptr;
    QLabel* m_problem = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Entente
