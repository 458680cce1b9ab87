// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Entente {

// `entente digest FILE [--from DATE] [--to DATE] [--format text|markdown|json] [--out PATH]`: what changed
// between two dates (WhatChanged), printed or written. --to defaults to the dossier's last date, --from to the
// change step before --to. Returns the exit code.
int runDigestCommand(const QStringList& args);

} // namespace Entente
