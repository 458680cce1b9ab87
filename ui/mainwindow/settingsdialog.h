// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Edit ▸ Settings…: the analyst's preferences, kept in QSettings. The analyst's name is recorded on every change
// and journal line (Document::setUserName); left empty it is the operating system user's full name.

#include <QDialog>

class QLineEdit;
class QSettings;

namespace Entente {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    SettingsDialog(QSettings* settings, QWidget* parent = nullptr);

    static QString analystNameKey() { return QStringLiteral("analyst/name"); }
    // The analyst's name as set, or empty for the default.
    [[nodiscard]] static QString analystName(const QSettings& settings);

    void accept() override; // stores the settings

private:
    QSettings* m_settings = nullptr;
    QLineEdit* m_name = nullptr;
};

} // namespace Entente
