// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierio.h"

#include "document.h"
#include "dossierfile.h"
#include "eventimport.h"
#include "jsoninterchange.h"
#include "regularfile.h"
#include "postgresstore.h"
#include "storefactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Entente::DossierIO {

QString sampleDossierResource() { return Entente::sampleDossierResource(); }

Result<Dossier> readDossier(const QString& location, int* schemaVersion)
{
    Dossier d;
    if (const Status s = readDossierAny(location, d, schemaVersion); !s.ok())
        return s.error();
    return d;
}

bool isTeamLocation(const QString& location) { return isServerLocation(location); }

Result<LocationInfo> describe(const QString& location)
{
    LocationInfo info;
    if (!isServerLocation(location)) {
        auto read = readDossier(location, &info.schemaVersion);
        if (!read.ok())
            return read.error();
        info.dossier = std::move(read).value();
        return info;
    }
    StoreOpenOptions options;
    options.access = StoreOpenOptions::Access::ReadWriteElseReadOnly; // a server has no lock to take
    auto opened = PostgresStore::open(location, options);
    if (!opened.ok())
        return opened.error();
    PostgresStore& store = *opened.value();
    if (const Status s = store.load(info.dossier, nullptr); !s.ok())
        return s.error();
    info.server = true;
    info.schemaVersion = store.schemaVersion();
    info.serverRole = store.sessionUser();
    info.mayWrite = !store.isReadOnly();
    info.readOnlyReason = store.readOnlyReason();
    auto last = store.lastJournalEntry();
    if (!last.ok())
        return last.error();
    if (const auto& e = last.value())
        info.lastJournal = LocationInfo::JournalLine { e->id, e->at, e->user, e->action, e->detail };
    return info;
}

Status publish(const Dossier& d, const QString& uri, const std::function<void(qint64 events)>& progress)
{
    if (!isServerLocation(uri))
        return Error(QStringLiteral("%1 is not a team server address (postgresql://…)").arg(uri), Error::Kind::Invalid);
    auto created = createStore(uri, d, {}, Existing::Replace, progress);
    return created.ok() ? Status() : Status(created.error());
}

Result<qsizetype> importInto(const QString& in, const QString& into, const ImportOptions& options)
{
    const auto native = [](const QString& p) { return QDir::toNativeSeparators(p); };
    const bool fromServer = isServerLocation(in);
    if (!fromServer && !QFileInfo::exists(in))
        return Error(QStringLiteral("%1: no such file").arg(native(in)), Error::Kind::NotFound);
    if (fromServer && !options.mapping.isEmpty())
        return Error(QStringLiteral("%1: a team dossier takes no --mapping").arg(in), Error::Kind::Invalid);
    if (!fromServer) {
        if (auto why = regularFileProblem(in); !why.ok())
            return why.error();
    }
    // A TimelineJS file is events, not a dossier, though it is JSON too.
    const bool jsonDossier = in.endsWith(u".json", Qt::CaseInsensitive) && options.mapping.isEmpty() && [&] {
        const auto m = autoMappingFor(in);
        return !m.ok() || m->importer.isEmpty();
    }();
    if (fromServer) {
        // A team dossier: a copy into a new dossier, else its events (and the sources they cite) into `into`,
        // as from a JSON dossier.
        auto team = readDossier(in);
        if (!team.ok())
            return team.error();
        if (!isServerLocation(into) && !QFileInfo::exists(into)) {
            if (auto s = Document::createDossier(into, team.value()); !s.ok())
                return s.error();
            return team.value().events().size();
        }
        Document doc;
        Document::OpenOptions open;
        open.access = Document::Access::ReadWrite;
        open.backgroundThreshold = 0;
        open.convertJson = false;
        if (auto opened = doc.openLocation(into, open); !opened.ok()) {
            if (opened.error().kind() != Error::Kind::NotFound || !isServerLocation(into))
                return opened.error();
            // No such team dossier yet: the import publishes the copy.
            if (auto s = publish(team.value(), into); !s.ok())
                return s.error();
            return team.value().events().size();
        }
        Dossier merged = doc.dossier();
        const auto added = mergeDossierEvents(team.value(), in, merged);
        if (!added.ok())
            return added.error();
        if (const Status s = doc.applyImportDossier(std::move(merged)); !s.ok())
            return s.error();
        return added;
    }
    if (!isServerLocation(into) && !QFileInfo::exists(into)) {
        // Into a new dossier: built whole in memory, then written beside the target and renamed into place, so a
        // failure or a kill leaves nothing at the target, and a file another import created meanwhile is never
        // replaced.
        Dossier d;
        qsizetype added = 0;
        if (jsonDossier) { // a whole dossier into a new file: the file is the dossier
            if (const InterchangeError e = readDossierJsonFile(in, d); e.isError())
                return e.toError(native(in));
            added = d.events().size();
        } else {
            d.name = QFileInfo(in).completeBaseName();
            const auto imported = importEventsInto(in, d, options);
            if (!imported.ok())
                return imported.error();
            added = imported.value();
        }
        if (auto s = Document::createDossier(into, d, Document::IfExists::Keep); !s.ok())
            return s.error();
        return added;
    }
    Document doc;
    Document::OpenOptions open;
    open.access = Document::Access::ReadWrite;
    open.backgroundThreshold = 0;
    open.convertJson = false;
    if (auto opened = doc.openLocation(into, open); !opened.ok()) {
        if (opened.error().kind() != Error::Kind::NotFound || !isServerLocation(into) || !jsonDossier)
            return opened.error();
        // A whole dossier into a team dossier that does not exist yet: publish it.
        Dossier d;
        if (const InterchangeError e = readDossierJsonFile(in, d); e.isError())
            return e.toError(native(in));
        if (auto s = publish(d, into); !s.ok())
            return s.error();
        return d.events().size();
    }
    auto added = doc.importFile(in, options);
    if (!added.ok())
        return added.error();
    return added;
}

Status exportData(const Dossier& d, const QString& path, const QString& format, qint64 from, qint64 to)
{
    return exportDossierData(d, path, format, from, to);
}

} // namespace Entente::DossierIO
