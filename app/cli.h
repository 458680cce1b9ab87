// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The command line: `entente [FILE]` opens the GUI; `info`, `import`, `export-data` and `export` run
// headless. Each returns the process exit code; errors are one line on stderr.

namespace Entente {

int runCli(int argc, char** argv);

} // namespace Entente
