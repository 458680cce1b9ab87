// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A PNG encoder for opaque exports, through libpng directly: zlib level 1 and the Sub filter on every row.
// Qt's PNG writer lets libpng try every filter on every row, which makes a 3840x2160 export spend most of
// its time choosing filters; charts and matrices are flat colour, where Sub compresses as well.
// Images with transparency are left to QImageWriter.

#include "result.h"

#include <QString>

class QIODevice;
class QImage;

namespace Entente {

// Writes `image` (Format_RGB32) as an 8-bit RGB PNG with its resolution.
[[nodiscard]] Status writeOpaquePng(const QImage& image, QIODevice* out);

} // namespace Entente
