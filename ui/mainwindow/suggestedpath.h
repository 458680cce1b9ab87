// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Where a file dialog starts and what it proposes: the open dossier's folder (or the user's Documents when
// none is open) and a name made from the dossier's file name, e.g. "berlin-talks-2025-timeline.png".

#include <QString>

namespace Entente {

// `suffix` is appended to the dossier's base name ("-timeline", "-briefing-2025-12-15"); `extension` has no dot.
[[nodiscard]] QString suggestedSavePath(const QString& dossierPath, const QString& suffix, const QString& extension);
[[nodiscard]] QString dialogFolder(const QString& dossierPath);

} // namespace Entente
