// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How both stores keep the graded citations (types.h Claim) of an event or a change: one column beside the
// row's citations (TEXT checked by json_valid() in the file, jsonb on the server), holding a compact JSON
// array [{"source":"s1","credibility":3,"claimant":"…","quote":"…"}] in the row's claim order, NULL when the
// row has none. Claims are few and always read with their row, so a column of their own costs no join and no
// table to keep in step with event rewrites and bulk copies.

#include "result.h"
#include "types.h"

namespace Entente::ClaimCodec {

[[nodiscard]] QString encode(const QList<Claim>& claims); // empty for none
// The claims in `text` (empty text: none), or why they cannot be read.
[[nodiscard]] Result<QList<Claim>> decode(const QString& text);

} // namespace Entente::ClaimCodec
