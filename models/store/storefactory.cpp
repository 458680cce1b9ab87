// SPDX-License-Identifier: GPL-3.0-or-later
#include "storefactory.h"

#include "postgresstore.h"
#include "sqlitestore.h"

namespace Entente {

bool isServerLocation(const QString& location)
{
    return location.startsWith(u"postgresql://", Qt::CaseInsensitive)
        || location.startsWith(u"postgres://", Qt::CaseInsensitive);
}

namespace {
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
        return widen(PostgresStore::open(location, options));
    return widen(SqliteStore::open(location, options));
}

Result<std::unique_ptr<DossierStore>> createStore(const QString& location, const Dossier& d,
    const StoreOpenOptions& options, Existing existing, const std::function<void(qint64 events)>& progress)
{
    if (isServerLocation(location))
        return widen(PostgresStore::create(location, d, options, progress));
    auto created = widen(SqliteStore::create(location, d, options, existing));
    if (created.ok() && progress)
        progress(d.events().size());
    return created;
}

} // namespace Entente
