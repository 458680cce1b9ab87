// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Adds or edits one source: outlet, title, URL, publication date (typed as 2025, 2025-12 or 2025-12-16: its
// length is its precision), Admiralty reliability A…F and credibility 1…6, and a note. It builds the value
// only; the caller pushes it through the Command facade (one undo step for the whole dialog). OK stays
// disabled while the date does not parse, and the reason is shown under it.

#include "types.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Entente {

class SourceDialog : public QDialog {
    Q_OBJECT
public:
    SourceDialog(const Source& source, bool isNew, QWidget* parent = nullptr);

    [[nodiscard]] Source source() const;

private:
    void check();

    Source m_source;
    QLineEdit* m_outlet = nullptr;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_url = nullptr;
    QPushButton* m_openUrl = nullptr;
    QLineEdit* m_published = nullptr;
    QLabel* m_publishedHint = nullptr;
    QComboBox* m_reliability = nullptr;
    QComboBox* m_credibility = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace Entente
