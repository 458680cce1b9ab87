// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How both stores keep an issue's own position axis (types.h AxisAnchor): one column of the issue row (TEXT
// checked by json_valid() in the file, jsonb on the server) holding a compact JSON array
// [{"value":0,"label":"full withdrawal"},…] in axis order, NULL for the stance scale (no axis of its own).

#include "result.h"
#include "types.h"

namespace Entente::AxisCodec {

[[nodiscard]] QString encode(const QList<AxisAnchor>& axis); // empty for none
// The anchors in `text` (empty text: none), or why they cannot be read.
[[nodiscard]] Result<QList<AxisAnchor>> decode(const QString& text);

} // namespace Entente::AxisCodec
