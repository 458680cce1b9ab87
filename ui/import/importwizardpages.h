// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The pages of ImportWizard; each reads and writes the wizard's shared state (path, preview, mapping).
// Widgets carry objectNames so tests can drive them.

#include "eventimportmapping.h"

#include <QWizardPage>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Entente {

class ImportWizard;

class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportWizard* wizard);
    [[nodiscard]] bool isComplete() const override;

private:
    void refresh();
    ImportWizard* m_wizard = nullptr;
    QLineEdit* m_path = nullptr;
    QComboBox* m_delimiter = nullptr;
    QComboBox* m_header = nullptr;
    QLabel* m_detected = nullptr;
    QTableWidget* m_table = nullptr;
};

class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportWizard* wizard);
    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void applyPreset(int index);
    void readBack();
    void fillAliases(const QHash<QString, QString>& aliases);
    void saveMapping();
    ImportWizard* m_wizard = nullptr;
    QComboBox* m_preset = nullptr;
    QList<QComboBox*> m_fields; // in the order of fieldNames()
    QListWidget* m_actors = nullptr;
    QListWidget* m_tags = nullptr;
    QListWidget* m_attributes = nullptr;
    QListWidget* m_issues = nullptr;
    QLineEdit* m_separator = nullptr;
    QTableWidget* m_aliases = nullptr; // actor as written → party name; the last row is always empty
    QComboBox* m_groupAs = nullptr; // TimelineJS: group → party or tag
    QLineEdit* m_name = nullptr;
    QLabel* m_saved = nullptr;
    std::optional<ColumnMapping> m_detected; // detectImportMapping() of the chosen file
    bool m_loading = false;
};

class ImportOptionsPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportOptionsPage(ImportWizard* wizard);
    void initializePage() override;
    bool validatePage() override;

private:
    ImportWizard* m_wizard = nullptr;
    QComboBox* m_policy = nullptr;
    QCheckBox* m_skip = nullptr;
};

class ImportRunPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportRunPage(ImportWizard* wizard);
    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] bool isComplete() const override;

private:
    ImportWizard* m_wizard = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_rate = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_cancel = nullptr;
    bool m_done = false;
};

class ImportReportPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportReportPage(ImportWizard* wizard);
    void initializePage() override;

private:
    ImportWizard* m_wizard = nullptr;
    QLabel* m_summary = nullptr;
    QTableWidget* m_parties = nullptr; // parties the import would create, with their row counts
    QTableWidget* m_errors = nullptr;
    QPushButton* m_save = nullptr;
};

} // namespace Entente
