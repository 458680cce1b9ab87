// SPDX-License-Identifier: GPL-3.0-or-later
#include "dossierio.h"

#include "document.h"
#include "dossierfile.h"
#include "jsoninterchange.h"
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
    const bool jsonDossier = in.endsWith(u".json", Qt::CaseInsensitive) && options.mapping.isEmpty();
    if (!isServerLocation(into) && !QFileInfo::exists(into)) {
        if (jsonDossier) { // a whole dossier into a new file: the file is the dossier
            Dossier d;
            if (const InterchangeError e = readDossierJsonFile(in, d); e.isError())
                return e.toError(native(in));
            if (auto s = Document::createDossier(into, d); !s.ok())
                return s.error();
            return d.events().size();
        }
        // Events into a new dossier: start from an empty one named after the input, removed again on failure.
        Dossier empty;
        empty.name = QFileInfo(in).completeBaseName();
        if (auto s = Document::createDossier(into, empty); !s.ok())
            return s.error();
        auto result = importInto(in, into, options);
        if (!result.ok())
            QFile::remove(into);
        return result;
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
