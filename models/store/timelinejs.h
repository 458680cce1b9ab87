// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TimelineJS3 interchange (https://timeline.knightlab.com/docs/json-format.html). Export writes a file TimelineJS
// renders as is: a title slide from the dossier's name and description, one slide per event (start_date/end_date
// objects carrying the precision, headline and text HTML-escaped, group = first party's name, the first source
// as media) and the eras. Import maps those back: dates with their precision, headline/text → title/description
// (tags stripped, entities decoded, a link's target kept as text), media.url → a source, group → a party or a
// tag, eras → eras, display_date → a "display_date=…" tag, unique_id → a "timelinejs-id=…" tag (an event whose
// unique_id the dossier holds already is not imported again). Date parts may be numbers or strings, zero-padded
// or not, an empty string is a missing part; years outside -9999…9999 (deep time) are refused by name.
// TimelineJS files are small (the web view itself stops at a few thousand slides): import reads them whole,
// refusing files over 64 MB; export streams its output.

#include "dossier.h"
#include "result.h"

#include <QByteArray>
#include <QJsonObject>

#include <optional>

namespace Entente {

struct TimelineJsImportOptions {
    bool groupsAsParties = true; // otherwise each group becomes a tag
};

// A copy of target with the file's events, eras, parties and sources added (validated), or an error (with the
// line at fault where one is known).
[[nodiscard]] Result<Dossier> importTimelineJs(
    const QByteArray& json, const Dossier& target, const TimelineJsImportOptions& options = {});
// The same from a parsed TimelineJS object (a JSON file, or a Google-Sheet template turned into one); lines, when
// given, are the file lines of the events, named in errors (and as the error's line) instead of "event N".
[[nodiscard]] Result<Dossier> importTimelineJsObject(const QJsonObject& root, const Dossier& target,
    const TimelineJsImportOptions& options = {}, const QList<qint64>& lines = {});
// The TimelineJS Google-Sheet template saved as CSV (Year, Month, Day, Time, End Year, End Month, End Day, End Time,
// Display Date, Headline, Text, Media, Media Credit, Media Caption, Media Thumbnail, Type, Group, Background): rows
// of Type "era" become eras, the "title" row is skipped, the others are events as in the JSON format.
[[nodiscard]] Result<Dossier> importTimelineSheetFile(
    const QString& path, const Dossier& target, const TimelineJsImportOptions& options = {});
// The same on the file's bytes (errors without the path).
[[nodiscard]] Result<Dossier> importTimelineSheet(
    QByteArray data, const Dossier& target, const TimelineJsImportOptions& options = {});
[[nodiscard]] Result<Dossier> importTimelineJsFile(
    const QString& path, const Dossier& target, const TimelineJsImportOptions& options = {});

// Events whose period meets [from, to) (msecs; Invalid = unbounded) and the eras meeting it.
[[nodiscard]] QByteArray exportTimelineJs(
    const Dossier& d, qint64 from = PartialDate::Invalid, qint64 to = PartialDate::Invalid);
[[nodiscard]] Status exportTimelineJsFile(
    const Dossier& d, const QString& path, qint64 from = PartialDate::Invalid, qint64 to = PartialDate::Invalid);

// The whole of a timeline file of at most 64 MB (`kind` names the format in the error).
[[nodiscard]] Result<QByteArray> readTimelineFile(const QString& path, const QString& kind);

} // namespace Entente
