// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizard.h"
#include "eventimportrunner.h"
#include "importwizardpages.h"

namespace Entente {

ImportWizard::ImportWizard(const Dossier& target, QWidget* parent)
    : QWizard(parent)
    , m_target(target)
    , m_runner(new EventImportRunner(this))
    , m_mappingFolder(defaultMappingFolder())
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import events"));
    mapping.name = tr("Custom");
    mapping.date = QString();
    setPage(FilePage, new ImportFilePage(this));
    setPage(MappingPage, new ImportMappingPage(this));
    setPage(OptionsPage, new ImportOptionsPage(this));
    setPage(RunPage, new ImportRunPage(this));
    setPage(ReportPage, new ImportReportPage(this));
    setStartId(FilePage);
}

ImportWizard::~ImportWizard() = default; // the runner (a child) cancels and joins its worker

void ImportWizard::setMappingFolder(const QString& folder) { m_mappingFolder = folder; }

const EventImportResult& ImportWizard::report() const { return ownReport ? *ownReport : m_runner->report(); }

} // namespace Entente
