// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefactory.h"

#include "sqlitestore.h"

#include <QCoreApplication>

namespace Entente {

bool isServerLocation(const QString& location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive)
        || location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

namespace {
    Error noServerSupport(const QString& location)
    {
        return Error(
            QCoreApplication::translate("Entente::Store", "%1: this build cannot open team dossiers on a server.")
                .arg(location),
            Error::Kind::Unavailable);
    }

    template <typename T> Result<std::unique_ptr<DossierStore>> widen(Result<std::unique_ptr<T>> r)
    {
        if (!r.ok())
            return r.error();
        return std::unique_ptr<DossierStore>(std::move(r).value());
    }
}

Result<std::unique_ptr<DossierStore>> openStore(const QString& location, const StoreOpenOptions& options)
{
    if (isServerLocation(location))
        return noServerSupport(location);
    return widen(SqliteStore::open(location, options));
}

Result<std::unique_ptr<DossierStore>> createStore(
    const QString& location, const Dossier& d, const StoreOpenOptions& options)
{
    if (isServerLocation(location))
        return noServerSupport(location);
    return widen(SqliteStore::create(location, d, options));
}

} // namespace Entente
