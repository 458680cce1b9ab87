// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierio.h"

#include "document.h"
#include "dossierfile.h"
#include "eventimport.h"
#include "jsoninterchange.h"
#include "regularfile.h"
#include "storefactory.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace Entente::DossierIO {

QString sampleDossierResource() { return Entente::sampleDossierResource(); }

Result<Dossier> readDossier(const QString& location, int* schemaVersion)
{
    Dossier d;
    QString error;
    if (!readDossierAny(location, d, &error, schemaVersion))
        return Error(error);
    return d;
}

Result<qsizetype> importInto(const QString& in, const QString& into, const ImportOptions& options)
{
    const auto native = [](const QString& p) { return QDir::toNativeSeparators(p); };
    if (!QFileInfo::exists(in))
        return Error(QStringLiteral("%1: no such file").arg(native(in)), Error::Kind::NotFound);
    if (const QString why = regularFileProblem(in); !why.isEmpty())
        return Error(QStringLiteral("cannot open %1: %2").arg(native(in), why));
    // A TimelineJS file is events, not a dossier, though it is JSON too.
    const bool jsonDossier = in.endsWith(u".json", Qt::CaseInsensitive) && options.mapping.isEmpty() && [&] {
        const auto m = autoMappingFor(in);
        return !m || m->importer.isEmpty();
    }();
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
            QString error;
            if (!importEventsInto(in, d, options, &added, &error))
                return Error(error, Error::Kind::Invalid);
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
    if (auto opened = doc.openLocation(into, open); !opened.ok())
        return opened.error();
    auto added = doc.importFile(in, options);
    if (!added.ok())
        return added.error();
    return added;
}

Status exportData(const Dossier& d, const QString& path, const QString& format, qint64 from, qint64 to)
{
    QString error;
    if (!exportDossierData(d, path, &error, format, from, to))
        return Error(error);
    return {};
}

} // namespace Entente::DossierIO
