// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierfile.h"

#include "csvinterchange.h"
#include "eventimport.h"
#include "eventimportcommand.h"
#include "jsoninterchange.h"
#include "storefactory.h"
#include "regularfile.h"
#include "safefilewriter.h"
#include "timelinejs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Entente {

namespace {
    bool isJson(const QString& path) { return path.endsWith(u".json", Qt::CaseInsensitive); }
    bool isCsv(const QString& path)
    {
        return path.endsWith(u".csv", Qt::CaseInsensitive) || path.endsWith(u".tsv", Qt::CaseInsensitive);
    }
    QString native(const QString& path) { return QDir::toNativeSeparators(path); }

    Error failure(const QString& message) { return Error(message); }
}

QString sampleDossierResource() { return QStringLiteral(":/samples/berlin-talks-2025.json"); }

Status readDossierAny(const QString& path, Dossier& out, int* schemaVersion)
{
    if (!isServerLocation(path) && !QFileInfo::exists(path))
        return failure(QStringLiteral("%1: no such file").arg(native(path)));
    if (schemaVersion)
        *schemaVersion = 0;
    if (isJson(path)) {
        const InterchangeError e = readDossierJsonFile(path, out);
        if (e.isError())
            return e.toError(native(path));
        return {};
    }
    StoreOpenOptions options;
    options.access = StoreOpenOptions::Access::ReadOnly;
    auto store = openStore(path, options);
    if (!store.ok())
        return store.error();
    Dossier d;
    if (const Status s = store.value()->load(d, nullptr); !s.ok())
        return s;
    if (schemaVersion)
        *schemaVersion = store.value()->schemaVersion();
    out = std::move(d);
    return {};
}

namespace {
    // A CSV in the dossier's own event format (a "title" and a "start" column) or a JSON dossier; anything else
    // (an ACLED or GDELT export, a spreadsheet, a TimelineJS file) goes through the mapping "auto".
    bool isOwnFormat(const QString& in)
    {
        if (isJson(in)) {
            const auto m = autoMappingFor(in);
            return !m.ok() || m->importer.isEmpty();
        }
        if (!isCsv(in))
            return false;
        const auto pv = previewImport(in, ColumnMapping(), 1);
        if (!pv.ok() || !pv->hasHeader)
            return false;
        QStringList columns;
        for (const auto& c : pv->columns)
            columns << c.trimmed().toLower();
        return columns.contains(QStringLiteral("title")) && columns.contains(QStringLiteral("start"));
    }
}

Result<qsizetype> importEventsInto(const QString& in, Dossier& target, const ImportOptions& options)
{
    const qsizetype before = target.events().size();
    if (!options.mapping.isEmpty() || !isOwnFormat(in)) {
        Dossier copy = target;
        const QString mapping = options.mapping.isEmpty() ? QStringLiteral("auto") : options.mapping;
        const auto imported
            = importIntoDossier(in, copy, mapping, options.skipBadRows, options.reportPath, options.groupsAsParties);
        if (!imported.ok())
            return imported.error();
        const qsizetype added = copy.events().size() - before;
        target = std::move(copy);
        return added;
    }
    if (isCsv(in)) {
        QFile file(in);
        if (const auto why = openRegularFile(file); !why.ok())
            return failure(why.message());
        CsvImportOptions csv;
        csv.unknownColumns = options.keepUnknownColumnsAsTags ? CsvImportOptions::UnknownColumns::KeepAsTags
                                                              : CsvImportOptions::UnknownColumns::Ignore;
        qsizetype added = 0;
        const InterchangeError e = importEventsCsv(file, target, csv, &added);
        if (e.isError())
            return e.toError(native(in));
        return added;
    }
    if (!isJson(in))
        return failure(QStringLiteral("%1: unknown file type (expected .csv, .tsv or .json)").arg(native(in)));
    // A JSON dossier: take its events (and the sources they cite) into the target; every party and issue
    // they name must exist in the target.
    Dossier source;
    if (const InterchangeError e = readDossierJsonFile(in, source); e.isError())
        return e.toError(native(in));
    return mergeDossierEvents(source, native(in), target);
}

Result<qsizetype> mergeDossierEvents(const Dossier& source, const QString& sourceName, Dossier& target)
{
    const qsizetype before = target.events().size();
    Dossier merged = target;
    for (const auto& s : source.sources())
        if (merged.sourceIndex(s.id) < 0)
            if (const QString e = merged.insertSource(-1, s).message(); !e.isEmpty())
                return failure(QStringLiteral("%1: %2").arg(sourceName, e));
    const auto& ev = source.events();
    for (qsizetype r = 0; r < ev.size(); ++r) {
        Event e = ev.event(r);
        e.id = merged.events().rowOfId(e.id) >= 0 ? 0 : e.id; // keep ids unless they clash
        if (const auto row = merged.insertEvent(e); !row.ok())
            return failure(QStringLiteral("%1: event %2: %3").arg(sourceName).arg(ev.id(r)).arg(row.message()));
    }
    const qsizetype added = merged.events().size() - before;
    target = std::move(merged);
    return added;
}

Status exportDossierData(const Dossier& d, const QString& path, const QString& format, qint64 from, qint64 to)
{
    const QString f = !format.isEmpty() ? format.toLower()
        : isJson(path)                  ? QStringLiteral("json")
        : isCsv(path)                   ? QStringLiteral("csv")
                                        : QString();
    if (f == u"json")
        return writeDossierJsonFile(d, path);
    if (f == u"timelinejs")
        return exportTimelineJsFile(d, path, from, to);
    if (f != u"csv")
        return failure(QStringLiteral("%1: unknown export format (use .json or .csv)").arg(native(path)));
    SafeFileWriter file(path);
    if (!file.open())
        return failure(file.errorString());
    if (const QString e = exportEventsCsv(d, *file.device()); !e.isEmpty())
        file.fail(e);
    if (!file.commit())
        return failure(file.errorString());
    return {};
}

} // namespace Entente
