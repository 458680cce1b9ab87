// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamdossierdialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace Entente {

TeamDossierDialog::TeamDossierDialog(Mode mode, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("teamDossierDialog"));
    setWindowTitle(mode == Mode::Open ? tr("Open Team Dossier") : tr("Publish to Team Server"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(mode == Mode::Open
            ? tr("A team dossier lives on a PostgreSQL server, where several analysts edit it at once.")
            : tr("The open dossier is copied to the server as a new team dossier; this file stays as it is."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const auto line = [this](const QString& name, const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setObjectName(name);
        e->setPlaceholderText(placeholder);
        connect(e, &QLineEdit::textChanged, this, &TeamDossierDialog::update);
        return e;
    };
    m_useService = new QCheckBox(tr("Use a &service from pg_service.conf"), this);
    m_useService->setObjectName(QStringLiteral("teamUseService"));
    connect(m_useService, &QCheckBox::toggled, this, &TeamDossierDialog::update);
    form->addRow(m_useService);
    m_service = line(QStringLiteral("teamService"), tr("e.g. team"));
    form->addRow(tr("S&ervice:"), m_service);
    m_host = line(QStringLiteral("teamHost"), tr("db.example.org (empty: this computer)"));
    form->addRow(tr("&Host:"), m_host);
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("teamPort"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("default (5432)"));
    connect(m_port, &QSpinBox::valueChanged, this, &TeamDossierDialog::update);
    form->addRow(tr("&Port:"), m_port);
    m_database = line(QStringLiteral("teamDatabase"), tr("e.g. entente"));
    form->addRow(tr("&Database:"), m_database);
    m_dossier = line(QStringLiteral("teamDossier"), tr("e.g. berlin-talks"));
    form->addRow(mode == Mode::Open ? tr("D&ossier:") : tr("New d&ossier id:"), m_dossier);
    m_user = line(QStringLiteral("teamUser"), tr("empty: your login name"));
    form->addRow(tr("&User:"), m_user);
    m_sslmode = new QComboBox(this);
    m_sslmode->setObjectName(QStringLiteral("teamSslMode"));
    m_sslmode->addItem(tr("default (prefer)"), QString());
    for (const QString& m : TeamLocation::sslModes())
        m_sslmode->addItem(m, m);
    connect(m_sslmode, &QComboBox::currentIndexChanged, this, &TeamDossierDialog::update);
    form->addRow(tr("SS&L mode:"), m_sslmode);
    layout->addLayout(form);

    m_uri = new QLabel(this);
    m_uri->setObjectName(QStringLiteral("teamUri"));
    m_uri->setTextFormat(Qt::PlainText);
    m_uri->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_uri->setWordWrap(true);
    layout->addWidget(m_uri);
    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("teamProblem"));
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->setWordWrap(true);
    layout->addWidget(m_problem);
    auto* passwords = new QLabel(tr("Entente never asks for or stores a password. If the server wants one, put it in "
                                    "~/.pgpass (one line host:port:database:user:password, mode 0600) or use a "
                                    "service; an administrator can also let you in without one (peer or certificate "
                                    "authentication)."),
        this);
    passwords->setObjectName(QStringLiteral("teamPasswordNote"));
    passwords->setWordWrap(true);
    layout->addWidget(passwords);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(mode == Mode::Open ? tr("&Open") : tr("&Publish"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(m_buttons);
    update();
}

void TeamDossierDialog::setAddress(const TeamLocation::Address& a)
{
    m_useService->setChecked(!a.service.isEmpty());
    m_service->setText(a.service);
    m_host->setText(a.host);
    m_port->setValue(a.port);
    m_database->setText(a.database);
    m_dossier->setText(a.dossier);
    m_user->setText(a.user);
    m_sslmode->setCurrentIndex(std::max(0, m_sslmode->findData(a.sslmode)));
    update();
}

TeamLocation::Address TeamDossierDialog::address() const
{
    TeamLocation::Address a;
    if (m_useService->isChecked()) {
        a.service = m_service->text().trimmed();
    } else {
        a.host = m_host->text().trimmed();
        a.port = m_port->value();
        a.database = m_database->text().trimmed();
    }
    a.dossier = m_dossier->text().trimmed();
    a.user = m_user->text().trimmed();
    a.sslmode = m_sslmode->currentData().toString();
    return a;
}

QString TeamDossierDialog::uri() const
{
    if (!problem().isEmpty())
        return {};
    const auto built = TeamLocation::toUri(address());
    return built.ok() ? built.value() : QString();
}

QString TeamDossierDialog::problem() const
{
    if (m_useService->isChecked() && m_service->text().trimmed().isEmpty())
        return tr("Service: enter the name of a section of pg_service.conf.");
    const auto built = TeamLocation::toUri(address());
    return built.ok() ? QString() : built.message();
}

void TeamDossierDialog::update()
{
    const bool service = m_useService->isChecked();
    m_service->setEnabled(service);
    m_host->setEnabled(!service);
    m_port->setEnabled(!service);
    m_database->setEnabled(!service);
    const QString why = problem();
    const QString built = why.isEmpty() ? uri() : QString();
    m_uri->setText(built.isEmpty() ? QString() : tr("Address: %1").arg(built));
    m_problem->setText(why);
    m_problem->setVisible(!why.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(!built.isEmpty());
}

} // namespace Entente
