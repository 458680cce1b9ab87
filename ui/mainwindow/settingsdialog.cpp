// SPDX-License-Identifier: GPL-3.0-or-later
#include "settingsdialog.h"

#include "document.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QVBoxLayout>

namespace Entente {

SettingsDialog::SettingsDialog(QSettings* settings, QWidget* parent)
    : QDialog(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("settingsDialog"));
    setWindowTitle(tr("Settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("analystName"));
    m_name->setPlaceholderText(Document::defaultUserName());
    m_name->setText(analystName(*settings));
    m_name->setClearButtonEnabled(true);
    form->addRow(tr("Your &name:"), m_name);
    auto* hint = new QLabel(tr("Recorded on every change you make and in the dossier's journal. Left empty, "
                               "your account's name is used."),
        this);
    hint->setWordWrap(true);
    form->addRow(QString(), hint);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
}

QString SettingsDialog::analystName(const QSettings& settings)
{
    return settings.value(analystNameKey()).toString().trimmed();
}

void SettingsDialog::accept()
{
    m_settings->setValue(analystNameKey(), m_name->text().trimmed());
    QDialog::accept();
}

} // namespace Entente
