// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opens and creates stores by location: a path is a SQLite document file, a postgresql:// (or postgres://) URI
// a team dossier on a server. Document is the caller; nothing else picks a store implementation.

#include "dossierstore.h"

#include <functional>

namespace Entente {

[[nodiscard]] bool isServerLocation(const QString& location);

// Opens an existing stored dossier. Errors name the location.
[[nodiscard]] Result<std::unique_ptr<DossierStore>> openStore(const QString& location, const StoreOpenOptions& options);
// Stores `d` as a new dossier at `location` (a new file replaces any file there only once it is complete, unless
// `existing` says Keep; a server refuses a dossier id that exists) and opens it for writing.
// `progress` (optional) is called every few thousand events with the count written so far.
[[nodiscard]] Result<std::unique_ptr<DossierStore>> createStore(const QString& location, const Dossier& d,
    const StoreOpenOptions& options, Existing existing = Existing::Replace,
    const std::function<void(qint64 events)>& progress = {});

} // namespace Entente
