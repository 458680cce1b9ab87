// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// File ▸ Briefing…: the briefing's options before it is written or previewed — title, handling marking,
// period (default: the month up to the as-of date), sections, and the issues that get a position-history page
// (default: those with something in the period's "what changed"). The answer is a HeadlessExportRequest, so
// the window and `entente export --view briefing` build the same briefing (planBriefing).

#include "headlessexport.h"

#include <QDialog>

class QCheckBox;
class QDateEdit;
class QLineEdit;
class QListWidget;

namespace Entente {

class Dossier;

class BriefingDialog : public QDialog {
    Q_OBJECT
public:
    BriefingDialog(const Dossier& dossier, qint64 asOf, QWidget* parent = nullptr);
    [[nodiscard]] HeadlessExportRequest request() const;

private:
    const Dossier& m_dossier;
    qint64 m_asOf = 0;
    QLineEdit* m_title = nullptr;
    QLineEdit* m_marking = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QList<QCheckBox*> m_sections;
    QListWidget* m_issues = nullptr;
};

} // namespace Entente
