// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Every file the app reads (dossiers, interchange and bulk event files, mappings) is opened through
// openRegularFile: a named pipe, a device or a socket given as input would block the open or never end
// (`/dev/zero` as a .json), so anything that is not a regular file is refused with a reason, without blocking.
#include <QString>

class QFile;

namespace Entente {

// Opens `file` (its fileName()) read-only. Returns an empty string, or the reason it cannot be read
// ("not a regular file (a named pipe)", "No such file or directory"). Qt resources (":/…") open as usual.
[[nodiscard]] QString openRegularFile(QFile& file);

// The reason `path` is not a readable regular file, without opening it for long; empty if it is one.
[[nodiscard]] QString regularFileProblem(const QString& path);

} // namespace Entente
