// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportcommand.h"
#include "eventimport.h"
#include "timelinejs.h"
#include "timelinetools.h"

#include <cstdio>
#include <unistd.h>

namespace Entente {

Result<Dossier> readWithImporter(const QString& importer, const QString& in, const Dossier& dossier,
    const TimelineJsImportOptions& options, bool skipBadRows, EventImportResult* report)
{
    if (importer == u"timelinejs-sheet")
        return importTimelineSheetFile(in, dossier, options);
    if (importer == u"timelinejs")
        return importTimelineJsFile(in, dossier, options);
    if (importer == u"timeline-project")
        return importTimelineProjectFile(in, dossier, options);
    if (importer == u"timeflow")
        return importTimeFlowFile(in, dossier, skipBadRows, report);
    return Error(QStringLiteral("unknown importer \"%1\"").arg(importer), -1, QStringLiteral("importer"));
}

Result<ImportCommandStats> importIntoDossier(const QString& in, Dossier& dossier, const QString& mappingNameOrFile,
    bool skipBadRows, const QString& reportPath, bool groupsAsParties)
{
    ColumnMapping mapping;
    if (mappingNameOrFile.isEmpty() || mappingNameOrFile.compare(QLatin1String("auto"), Qt::CaseInsensitive) == 0) {
        auto detected = autoMappingFor(in);
        if (!detected.ok())
            return detected.error();
        mapping = std::move(detected).value();
    } else if (mappingNameOrFile.compare(QLatin1String("timelinejs"), Qt::CaseInsensitive) == 0) {
        mapping.name = QStringLiteral("TimelineJS3");
        mapping.importer = QStringLiteral("timelinejs");
    } else {
        auto resolved = resolveMapping(mappingNameOrFile, defaultMappingFolder());
        if (!resolved.ok())
            return resolved.error();
        mapping = std::move(resolved).value();
    }
    if (!mapping.importer.isEmpty()) {
        const qsizetype events = dossier.events().size(), parties = dossier.parties().size(), sources = dossier.sources().size();
        TimelineJsImportOptions o;
        o.groupsAsParties = groupsAsParties;
        auto merged = readWithImporter(mapping.importer, in, dossier, o, skipBadRows);
        if (!merged.ok())
            return merged.error();
        const qint64 added = merged->events().size() - events;
        const ImportCommandStats stats { added, added, 0, merged->parties().size() - parties,
            merged->sources().size() - sources, 0 };
        dossier = std::move(merged).value();
        return stats;
    }
    EventImportOptions options;
    options.skipBadRows = skipBadRows;
    const bool tty = isatty(STDERR_FILENO);
    if (tty)
        options.progress = [](const ImportProgress& p) {
            const double pct = p.bytesTotal > 0 ? 100.0 * double(p.bytesRead) / double(p.bytesTotal) : 0;
            std::fprintf(stderr, "\rimporting: %5.1f%%  %lld rows  %.0f rows/s   ", pct, static_cast<long long>(p.rows),
                p.rowsPerSecond);
            std::fflush(stderr);
        };
    auto result = importEvents(in, mapping, dossier, options);
    if (tty)
        std::fprintf(stderr, "\n");
    if (!result.ok())
        return result.error();
    if (!reportPath.isEmpty())
        if (const Status saved = result->saveReport(reportPath); !saved.ok())
            return saved.error();
    auto merged = applyImport(dossier, result.value());
    if (!merged.ok())
        return merged.error().prefixed(in);
    if (result->errorCount > 0) {
        std::fprintf(stderr, "%lld rows skipped:\n", static_cast<long long>(result->errorCount));
        for (const auto& e : result->errors.mid(0, 10))
            std::fprintf(stderr, "  line %lld%s%s: %s\n", static_cast<long long>(e.line), e.column.isEmpty() ? "" : ", column ",
                qPrintable(e.column), qPrintable(e.reason));
    }
    const ImportCommandStats stats { result->rowsRead, result->rowsImported, result->rowsSkipped,
        result->newParties.size(), result->newSources.size(), result->rowsDuplicate };
    dossier = std::move(merged).value();
    return stats;
}

} // namespace Entente
