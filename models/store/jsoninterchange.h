// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The JSON interchange format "entente-dossier" version 4 (docs/format.md; 2 added claims, 3 notes and saved
// views, 4 capabilities and issues' own position axes; files of every earlier version are read as before): the
// whole dossier in one file.
// Reading streams through JsonReader, so a file of millions of events never exists in memory as a document
// tree; events go straight into the columnar store through EventStore::append() + finish(). Import is
// all-or-nothing: the dossier is built aside and moved into `out` only when every rule passed.
// Writing is streaming and deterministic (fixed key order, events by (start, id), changes by id), so reading
// a file the app wrote and writing it again gives the same bytes.

#include "interchangeerror.h"

class QIODevice;

namespace Entente {

class Dossier;

inline constexpr int DossierJsonVersion = 4;

// On error `out` is untouched and the error names the line, the field path and the reason.
[[nodiscard]] InterchangeError readDossierJson(QIODevice& in, Dossier& out);
[[nodiscard]] InterchangeError readDossierJsonFile(const QString& path, Dossier& out);

// Returns an error message, empty on success.
[[nodiscard]] Status writeDossierJson(const Dossier& d, QIODevice& out);
// Writes through SafeFileWriter: on any failure the previous file at `path` is left as it was.
[[nodiscard]] Status writeDossierJsonFile(const Dossier& d, const QString& path);

} // namespace Entente
