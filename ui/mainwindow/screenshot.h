// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace Entente {

// Shows `window` at `size` (offscreen when there is no display), lets layout settle and saves a PNG of it.
bool saveScreenshot(QWidget* window, QSize size, const QString& path, QString* error);

} // namespace Entente
