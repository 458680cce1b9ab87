// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The SQLite document schema and its migrations. A file is identified by PRAGMA application_id = 0x454E5445
// ("ENTE") and PRAGMA user_version = its schema version. The current schema is, by construction, the v1
// statements followed by every migration in order: a new file runs exactly the path an old file is
// upgraded along, so the two cannot drift apart.
//
// Tables (all STRICT; foreign keys DEFERRABLE INITIALLY DEFERRED so whole tables can be rewritten in one
// transaction and are checked at commit):
//   meta(key, value)                      "name", "description"
//   scale_level(scale, position, key, label, color, value, is_unknown)   scale is 'stance' or 'status'
//   party(id, position, name, short_name, color, kind, parent_id → party, description)
//   issue(id, position, name, description)
//   source(id, position, outlet, url, title, published_msecs, published_precision, reliability, credibility, note)
//   era(id, position, name, start_msecs, start_precision, end_msecs, end_precision, color)          (v2)
//   event(id, start_msecs, start_precision, end_msecs, end_precision, title, description, location,
//         parties, issues, tags, sources)   WITHOUT ROWID, clustered by (start_msecs, id)
//   event_key(id, start_msecs)            finds an event by id; written together with event
//   position_change(id, party_id, issue_id, stance, salience, effective_msecs, effective_precision,
//         recorded_at, recorded_by, confidence, note, retracted, retracted_at, retracted_by)
//   status_change(id, issue_id, status, effective_*, recorded_*, confidence, note, retracted*)
//   position_citation / status_citation(change_id, position, event_id → event_key, source_id → source)
//   journal(id, at, by_user, action, detail)      append-only: triggers refuse UPDATE and DELETE    (v2)
//   row_version on party, issue, source, era, scale_level: 1 when created, +1 per update               (v3)
//   event_version(id, row_version)        the version of each edited event (absent: 1)                 (v3)
//   claims on event, position_change, status_change: the graded citations of the row (claimcodec.h)     (v4)
//   note(id, position, target, date_msecs, date_precision, party_id → party, issue_id → issue,
//        event_id → event_key, era_id → era, text, author, recorded_at, confidence, evidence, row_version)  (v5)
//        a key judgement has a confidence and its evidence (claims, claimcodec.h); a plain note has NULL in both
//   saved_view(id, position, name, settings, row_version)   settings: one JSON object (viewcodec.h)       (v5)
//   capability_change(id, party_id → party, issue_id → issue or NULL for every issue, value ≥ 0, effective_*,
//         recorded_*, confidence, note, retracted*, claims) and capability_citation                      (v6)
//   axis on issue: the issue's own position axis as a JSON array of anchors (axiscodec.h), NULL for the stance
//         scale; axis_value on position_change: the position on that axis, NULL for the stance's value      (v6)
//
// Encodings:
// - Partial dates (event start/end, era bounds, effective dates, publication dates) are two integers:
//   *_msecs = start of the period in msecs since the Unix epoch (UTC), *_precision = 0 year, 1 month,
//   2 day, 3 minute. Reload is exact (no re-parsing, no rounding) and a million rows load without text
//   parsing. A point event has end_msecs NULL.
// - Timestamps (recorded_at, retracted_at, journal.at) are ISO 8601 UTC text, "2025-12-15T10:30:00Z", with
//   ".zzz" milliseconds only when they are not whole seconds.
// - An event's parties, issues, tags and sources are each one TEXT column, the ids joined by U+001F (unit
//   separator), NULL when empty: one row per event instead of four more tables keeps bulk writes and
//   reopening fast. Ids and tags containing U+001F are refused on write.
// - Citations keep their order: `position` counts cited events first, then cited sources.
// - New files use 16 KiB pages (fewer, fuller B-tree pages for a million event rows).

#include <QString>
#include <QStringList>

#include <vector>

class QSqlDatabase;

namespace Entente::SqliteSchema {

inline constexpr int Version = 6;
inline constexpr qint32 ApplicationId = 0x454E5445;
inline constexpr char16_t ListSeparator = u'\x1f';

struct Migration {
    int toVersion;
    QStringList statements;
};

[[nodiscard]] QStringList version1();
[[nodiscard]] const std::vector<Migration>& migrations();

// Runs the statements taking a file from `fromVersion` (0 = empty file) to Version, and sets user_version.
// The caller owns the transaction. Returns an error message, empty on success.
QString upgrade(QSqlDatabase& db, int fromVersion);

} // namespace Entente::SqliteSchema
