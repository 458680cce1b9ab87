// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "Export Image…" for any view: format, size preset or custom size, scale, theme, title and subtitle,
// as-of stamp / legend / source line, and the file. Every control has an objectName, an accessible name and a
// label buddy, so it can be reached and tested by keyboard. Accepting writes the file with ImageExporter; a
// failure is shown in the dialog (which stays open) rather than in a second modal box.

#include "exportoptions.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace Entente {

class Paintable;

class ExportImageDialog : public QDialog {
    Q_OBJECT
public:
    ExportImageDialog(const Paintable& view, const ExportOptions& defaults, QWidget* parent = nullptr);

    [[nodiscard]] ExportOptions options() const;
    [[nodiscard]] QString path() const;
    void setPath(const QString& path);
    [[nodiscard]] QString lastError() const { return m_lastError; }

    // Writes the file; on failure shows the error and returns false.
    bool exportNow();
    bool copyNow();

public slots:
    void accept() override;

private:
    void browse();
    void syncFormatFromPath();
    void syncPathFromFormat();
    void updateEnabled();
    void showError(const QString& error);

    const Paintable& m_view;
    ExportOptions m_defaults;
    QString m_lastError;
    QComboBox* m_format = nullptr;
    QComboBox* m_preset = nullptr;
    QSpinBox* m_width = nullptr;
    QSpinBox* m_height = nullptr;
    QDoubleSpinBox* m_scale = nullptr;
    QComboBox* m_theme = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_subtitle = nullptr;
    QCheckBox* m_asOf = nullptr;
    QCheckBox* m_legend = nullptr;
    QCheckBox* m_sourceLine = nullptr;
    QLineEdit* m_path = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Entente
