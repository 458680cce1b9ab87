// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierfile.h"

#include "csvinterchange.h"
#include "eventimportcommand.h"
#include "jsoninterchange.h"
#include "regularfile.h"
#include "safefilewriter.h"
#include "sqlitestore.h"
#include "timelinejs.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>

namespace Entente {

namespace {
    bool isJson(const QString& path) { return path.endsWith(u".json", Qt::CaseInsensitive); }
    bool isCsv(const QString& path)
    {
        return path.endsWith(u".csv", Qt::CaseInsensitive) || path.endsWith(u".tsv", Qt::CaseInsensitive);
    }
    QString native(const QString& path) { return QDir::toNativeSeparators(path); }

    bool setError(QString* error, const QString& message)
    {
        if (error)
            *error = message;
        return false;
    }
}

QString sampleDossierResource()
{
    return QStringLiteral(":/samples/berlin-talks-2025.json");
}

bool readDossierAny(const QString& path, Dossier& out, QString* error, int* schemaVersion)
{
    if (!QFileInfo::exists(path))
        return setError(error, QStringLiteral("%1: no such file").arg(native(path)));
    if (schemaVersion)
        *schemaVersion = 0;
    if (isJson(path)) {
        const InterchangeError e = readDossierJsonFile(path, out);
        if (e)
            return setError(error, QStringLiteral("%1: %2").arg(native(path), e.toString()));
        return true;
    }
    QString why;
    auto store = SqliteStore::open(path, true, &why);
    if (!store)
        return setError(error, why);
    Dossier d;
    if (const QString e = store->load(d); !e.isEmpty())
        return setError(error, QStringLiteral("%1: %2").arg(native(path), e));
    if (schemaVersion)
        *schemaVersion = store->schemaVersion();
    out = std::move(d);
    return true;
}

bool createDossierFileFromJson(const QString& jsonPath, const QString& path, QString* error)
{
    Dossier d;
    const InterchangeError e = readDossierJsonFile(jsonPath, d);
    if (e)
        return setError(error, QStringLiteral("%1: %2").arg(native(jsonPath), e.toString()));
    QDir().mkpath(QFileInfo(path).absolutePath());
    QString why;
    if (!SqliteStore::create(path, d, &why))
        return setError(error, why);
    return true;
}

bool createEmptyDossierFile(const QString& path, const QString& name, QString* error)
{
    Dossier d;
    d.name = name;
    QString why;
    if (!SqliteStore::create(path, d, &why))
        return setError(error, why);
    return true;
}

bool importEventsInto(const QString& in, Dossier& target, const ImportOptions& options, qsizetype* added, QString* error)
{
    const qsizetype before = target.events().size();
    if (!options.mapping.isEmpty()) {
        ImportCommandStats stats;
        Dossier copy = target;
        if (!importIntoDossier(in, copy, options.mapping, options.skipBadRows, &stats, error, options.reportPath))
            return false;
        if (added)
            *added = copy.events().size() - before;
        target = std::move(copy);
        return true;
    }
    if (isCsv(in)) {
        QFile file(in);
        if (const QString why = openRegularFile(file); !why.isEmpty())
            return setError(error, QStringLiteral("cannot open %1: %2").arg(native(in), why));
        CsvImportOptions csv;
        csv.unknownColumns = options.keepUnknownColumnsAsTags ? CsvImportOptions::UnknownColumns::KeepAsTags
                                                              : CsvImportOptions::UnknownColumns::Ignore;
        const InterchangeError e = importEventsCsv(file, target, csv, added);
        if (e)
            return setError(error, QStringLiteral("%1: %2").arg(native(in), e.toString()));
        return true;
    }
    if (!isJson(in))
        return setError(error, QStringLiteral("%1: unknown file type (expected .csv, .tsv or .json)").arg(native(in)));
    // A JSON dossier: take its events (and the sources they cite) into the target; every party and issue
    // they name must exist in the target.
    Dossier source;
    if (const InterchangeError e = readDossierJsonFile(in, source); e)
        return setError(error, QStringLiteral("%1: %2").arg(native(in), e.toString()));
    Dossier merged = target;
    for (const auto& s : source.sources())
        if (merged.sourceIndex(s.id) < 0)
            if (const QString e = merged.insertSource(-1, s); !e.isEmpty())
                return setError(error, QStringLiteral("%1: %2").arg(native(in), e));
    const auto& ev = source.events();
    for (qsizetype r = 0; r < ev.size(); ++r) {
        Event e = ev.event(r);
        e.id = merged.events().rowOfId(e.id) >= 0 ? 0 : e.id; // keep ids unless they clash
        QString why;
        if (!merged.insertEvent(e, &why))
            return setError(error, QStringLiteral("%1: event %2: %3").arg(native(in)).arg(ev.id(r)).arg(why));
    }
    if (added)
        *added = merged.events().size() - before;
    target = std::move(merged);
    return true;
}

bool importIntoFile(const QString& in, const QString& into, const ImportOptions& options, qsizetype* added, QString* error)
{
    if (!QFileInfo::exists(in))
        return setError(error, QStringLiteral("%1: no such file").arg(native(in)));
    if (const QString why = regularFileProblem(in); !why.isEmpty())
        return setError(error, QStringLiteral("cannot open %1: %2").arg(native(in), why));
    if (!QFileInfo::exists(into) && (!options.mapping.isEmpty() || !isJson(in))) {
        // Events into a new dossier: built whole in memory, then written beside the target and renamed into place
        // (SqliteStore::create), so a failure or a kill leaves nothing at the target, and a file another import
        // created meanwhile is never replaced.
        Dossier d;
        d.name = QFileInfo(in).completeBaseName();
        if (!importEventsInto(in, d, options, added, error))
            return false;
        QString why;
        if (!SqliteStore::create(into, d, &why, SqliteStore::Existing::Keep))
            return setError(error, why);
        return true;
    }
    if (!QFileInfo::exists(into)) {
        Dossier d;
        if (const InterchangeError e = readDossierJsonFile(in, d); e)
            return setError(error, QStringLiteral("%1: %2").arg(native(in), e.toString()));
        QString why;
        if (!SqliteStore::create(into, d, &why, SqliteStore::Existing::Keep))
            return setError(error, why);
        if (added)
            *added = d.events().size();
        return true;
    }
    QString why;
    auto store = SqliteStore::open(into, false, &why);
    if (!store)
        return setError(error, why);
    Dossier d;
    if (const QString e = store->load(d); !e.isEmpty())
        return setError(error, QStringLiteral("%1: %2").arg(native(into), e));
    const qsizetype before = d.events().size();
    QSet<qint64> old;
    old.reserve(before);
    for (qsizetype r = 0; r < before; ++r)
        old.insert(d.events().id(r));
    if (!importEventsInto(in, d, options, added, error))
        return false;
    // One transaction: the new parties, sources and all new events, or nothing.
    if (const QString e = store->begin(); !e.isEmpty())
        return setError(error, e);
    QString e = store->writeParties(d.parties());
    if (e.isEmpty())
        e = store->writeSources(d.sources());
    if (e.isEmpty()) {
        EventStore fresh;
        for (qsizetype r = 0; r < d.events().size(); ++r)
            if (!old.contains(d.events().id(r)))
                fresh.append(d.events().event(r));
        fresh.finish();
        if (fresh.size() != d.events().size() - before)
            e = QStringLiteral("internal error: imported event count mismatch");
        else if (fresh.size() > 0)
            e = store->insertEvents(fresh, 0, fresh.size());
    }
    if (e.isEmpty())
        e = store->journal(QStringLiteral("Import"), QStringLiteral("%1 event(s) from %2").arg(d.events().size() - before).arg(in));
    if (e.isEmpty())
        e = store->commit();
    if (!e.isEmpty()) {
        store->rollback();
        // Another import or an edit that wrote the same new ids between our read and our write: say that, not
        // SQLite's constraint text.
        if (e.contains(u"UNIQUE constraint failed") || e.contains(u"constraint failed"))
            e = QStringLiteral("another program wrote to it during the import");
        return setError(error, QStringLiteral("%1: %2 (nothing was imported; run the import again)").arg(native(into), e));
    }
    return true;
}

bool exportDossierData(const Dossier& d, const QString& path, QString* error, const QString& format, qint64 from, qint64 to)
{
    const QString f = !format.isEmpty() ? format.toLower()
        : isJson(path)                  ? QStringLiteral("json")
        : isCsv(path)                   ? QStringLiteral("csv")
                                        : QString();
    if (f == u"json")
        return writeDossierJsonFile(d, path, error);
    if (f == u"timelinejs")
        return exportTimelineJsFile(d, path, error, from, to);
    if (f != u"csv")
        return setError(error, QStringLiteral("%1: unknown export format (use .json or .csv)").arg(native(path)));
    SafeFileWriter file(path);
    if (!file.open())
        return setError(error, file.errorString());
    if (const QString e = exportEventsCsv(d, *file.device()); !e.isEmpty())
        file.fail(e);
    if (!file.commit())
        return setError(error, file.errorString());
    return true;
}

} // namespace Entente
