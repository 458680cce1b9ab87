// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QSize>
#include <QString>

class QWidget;

namespace Entente {

// Shows `window` at `size` (offscreen when there is no display), lets layout settle and saves a PNG of it.
// On failure the file is left as it was and the error says why.
[[nodiscard]] Status saveScreenshot(QWidget* window, QSize size, const QString& path);

} // namespace Entente
