// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Event files of two other timeline tools.
//
// The Timeline Project (thetimelineproj, `.timeline`): XML with <eras>, <categories> (name, colour "r,g,b") and
// <events> (start, end, text, description, category, fuzzy). Parsed with libexpat; a file with a DOCTYPE, an
// entity declaration or an external entity is refused (bookworm's QXmlStreamReader lacks the fix for
// CVE-2023-38197). Categories become parties (lanes, with their colour) or tags; fuzzy events get the tag
// "fuzzy"; an event whose end equals its start is a point event.
//
// TimeFlow (`.time`): "#TIMEFLOW" header lines (field types, aliases naming the start, end, label and track
// columns), then a tab-separated table with a header row. Read by the bulk importer: the header lines become
// blank lines (so errors keep the file's line numbers), the track column gives the parties, List fields are
// split on ',', Date fields read "Apr 20 2010", "Apr 23 2010 18:00:00" or "2010".

#include "dossier.h"
#include "eventimporttypes.h"
#include "timelinejs.h"


namespace Entente {

// Errors name the file line at fault (Error::line()) where one is known.
[[nodiscard]] Result<Dossier> importTimelineProjectFile(
    const QString& path, const Dossier& target, const TimelineJsImportOptions& options = {});
[[nodiscard]] Result<Dossier> importTimelineProject(
    const QByteArray& xml, const Dossier& target, const TimelineJsImportOptions& options = {});

[[nodiscard]] Result<Dossier> importTimeFlowFile(
    const QString& path, const Dossier& target, bool skipBadRows, EventImportResult* report = nullptr);
// The same on the file's bytes (errors without the path), with the bulk importer's options (skipBadRows, chunk size).
[[nodiscard]] Result<Dossier> importTimeFlow(const QByteArray& data, const Dossier& target,
    const EventImportOptions& options, EventImportResult* report = nullptr);

} // namespace Entente
