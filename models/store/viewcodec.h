// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How both stores keep a saved view's settings (types.h SavedView, everything but its id and name): one JSON
// object in one column (TEXT checked by json_valid() in the file, jsonb on the server), with the keys of the
// JSON interchange (docs/format.md, "views"): {"asOf":…, "compare":…, "filterText":…, "lanes":"issues", …}.
// Dates are msecs since the epoch (UTC); empty texts and absent dates are left out; a forecast scenario is one
// object under "scenario". A view's settings are read and written whole, never queried by field, so a column per
// setting would only add migrations.

#include "types.h"

namespace Entente::ViewCodec {

[[nodiscard]] QString encode(const SavedView& v);
// Fills the settings of `v` from `text`; empty on success, else why the text is not a view's settings.
[[nodiscard]] QString decode(const QString& text, SavedView& v);

} // namespace Entente::ViewCodec
