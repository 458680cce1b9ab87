// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// TimelineJS3 interchange (https://timeline.knightlab.com/docs/json-format.html). Export writes a file TimelineJS
// renders as is: a title slide from the dossier's name and description, one slide per event (start_date/end_date
// objects carrying the precision, headline and text HTML-escaped, group = first party's name, the first source
// as media) and the eras. Import maps those back: dates with their precision, headline/text → title/description
// (tags stripped, entities decoded), media.url → a source, group → a party or a tag, eras → eras.
// TimelineJS files are small (the web view itself stops at a few thousand slides): import reads them whole,
// refusing files over 64 MB; export streams its output.

#include "dossier.h"

#include <QByteArray>

#include <optional>

namespace Entente {

struct TimelineJsImportOptions {
    bool groupsAsParties = true; // otherwise each group becomes a tag
};

// A copy of target with the file's events, eras, parties and sources added (validated), or nullopt + error.
[[nodiscard]] std::optional<Dossier> importTimelineJs(
    const QByteArray& json, const Dossier& target, const TimelineJsImportOptions& options = {}, QString* error = nullptr);
[[nodiscard]] std::optional<Dossier> importTimelineJsFile(
    const QString& path, const Dossier& target, const TimelineJsImportOptions& options = {}, QString* error = nullptr);

// Events whose period meets [from, to) (msecs; Invalid = unbounded) and the eras meeting it.
[[nodiscard]] QByteArray exportTimelineJs(
    const Dossier& d, qint64 from = PartialDate::Invalid, qint64 to = PartialDate::Invalid);
bool exportTimelineJsFile(const Dossier& d, const QString& path, QString* error = nullptr,
    qint64 from = PartialDate::Invalid, qint64 to = PartialDate::Invalid);

} // namespace Entente
