// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Entente {

// `entente publish FILE --to URI`: publishes a dossier (a .entente file, a .json dossier or another team
// dossier) as a new team dossier on a PostgreSQL server. Refused when the id exists there. Progress of a large
// dossier goes to stderr. Needs a QCoreApplication. Returns the exit code (0, 1 with one line on stderr, or 2
// for bad usage).
int runPublishCommand(const QStringList& args);

} // namespace Entente
