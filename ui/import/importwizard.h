// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The bulk import wizard: pick a file (format, delimiter and header detected, first rows previewed) → map
// columns to event fields (presets, saved mappings) → unknown-actor policy and bad-row mode → run in the
// background (progress, rows/s, Cancel; the UI never waits) → report of row errors, which can be saved.
// The wizard works on a snapshot of the dossier it was given; result() is the merged copy once the import
// succeeded, and the caller applies it through Document. Cancel or failure leaves no result.

#include "dossier.h"
#include "eventimporttypes.h"

#include <QWizard>

#include <optional>
#include <utility>

namespace Entente {

class EventImportRunner;

class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, OptionsPage, RunPage, ReportPage };

    explicit ImportWizard(const Dossier& target, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setMappingFolder(const QString& folder); // where named mappings are saved (default: app data)
    [[nodiscard]] QString mappingFolder() const { return m_mappingFolder; }

    [[nodiscard]] std::optional<Dossier> result() const { return m_result; }
    [[nodiscard]] std::optional<Dossier> takeResult() { return std::exchange(m_result, std::nullopt); }
    [[nodiscard]] const EventImportResult& report() const;

    // Used by the pages.
    [[nodiscard]] const Dossier& target() const { return m_target; }
    [[nodiscard]] EventImportRunner* runner() const { return m_runner; }
    ColumnMapping mapping; // edited by the pages
    std::optional<ImportPreview> preview;
    QString path;
    void setResult(std::optional<Dossier> d) { m_result = std::move(d); }

private:
    Dossier m_target;
    EventImportRunner* m_runner = nullptr;
    std::optional<Dossier> m_result;
    QString m_mappingFolder;
};

} // namespace Entente
