// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Entente {

// `entente export FILE --view VIEW --out PATH …`: renders one view of a dossier headless. Needs a
// QApplication (fonts, the offscreen platform). Returns the exit code.
int runHeadlessExportCommand(const QStringList& args);

} // namespace Entente
