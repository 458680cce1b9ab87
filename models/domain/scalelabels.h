// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The label to show for a scale level: a default scale's label in the user's language (translation context
// "Scale"), any label the analyst typed as written.

#include <QString>

namespace Entente {

struct ScaleLevel;

[[nodiscard]] QString displayLabel(const ScaleLevel& level);

} // namespace Entente
