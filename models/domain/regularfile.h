// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every file the app reads (dossiers, interchange and bulk event files, mappings) is opened through
// openRegularFile: a named pipe, a device or a socket given as input would block the open or never end
// (`/dev/zero` as a .json), so anything that is not a regular file is refused with a reason, without blocking.
#include "result.h"

#include <QString>

class QFile;

namespace Entente {

// Opens `file` (its fileName()) read-only. An error reads "cannot open PATH: reason" (translated; the reason is
// "not a regular file (a named pipe)", "No such file or directory", …) with Kind::NotFound for a missing file,
// Kind::Invalid for one that is not a regular file, Kind::Failed otherwise. Qt resources (":/…") open as usual.
[[nodiscard]] Status openRegularFile(QFile& file);

// Whether `path` is a readable regular file, without opening it for long; the error as openRegularFile's.
[[nodiscard]] Status regularFileProblem(const QString& path);

} // namespace Entente
