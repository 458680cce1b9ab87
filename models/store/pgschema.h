// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The team server's schema: one schema `entente` per database holds every team dossier, each row keyed by its
// dossier id. Versioned like the file: `entente.schema_version` holds one number; a client refuses a newer
// server schema and upgrades an older one by the numbered migrations (one transaction).
//
// The server, not the client, keeps the guarantees (so that no client can skip them):
// - Row versions: a BEFORE UPDATE trigger sets row_version = old + 1 whenever anything but the display position
//   changes; an update names the version it read (WHERE row_version = $seen), so a stale writer touches 0 rows.
// - Display order: inserting at a position makes room, removing closes the gap (row triggers).
// - The journal: a statement-level AFTER trigger with transition tables on every table writes one journal
//   line per statement (action "party.insert", "event.update", "position.append", "issue.reorder", …, the key
//   or the row count, the keys of up to 1000 rows), with session_user and the time, in the same transaction.
//   Journal ids are handed out at commit under a per-dossier transaction lock, so they grow in commit order:
//   "every line after the last id I saw" misses nothing.
// - NOTIFY: at commit, each journal line sends "<dossier> <journal id> <session>" on channel `entente_journal`
//   (schema 1: "<dossier> <last journal id>", once per statement).
// - Who may do what: GRANTs to three group roles, entente_reader (SELECT), entente_editor (rows, appends,
//   retractions, journal lines) and entente_owner (publish and delete dossiers). The journal cannot be updated
//   or deleted by them; changes can only be appended and their retraction flag set.

#include "pgconnection.h"

namespace Entente::PgSchema {

inline constexpr int Version = 7;
inline constexpr char Channel[] = "entente_journal";

[[nodiscard]] QList<QByteArray> version1();
// 2: journal lines name the client session that wrote them (also in the NOTIFY payload: "<dossier> <journal id>
// <session>", one per line); journal ids are given at commit (deferred trigger) so the dossier's lock is held
// only while committing; appended changes with id 0 get their id from a server sequence.
[[nodiscard]] QList<QByteArray> version2();
// 3: an event's dossier is checked once per statement instead of by a per-row foreign key (which cost a
// publish of 10^6 events six seconds of 8.5); removing a dossier removes its events by a statement trigger.
// Idempotent.
[[nodiscard]] QList<QByteArray> version3();
// 4: claims (graded citations, claimcodec.h): a jsonb column on events and on both change tables. Idempotent.
[[nodiscard]] QList<QByteArray> version4();
// 5: journal lines are written only for dossiers that still exist, so that an owner can remove a dossier
// (the cascade of its rows wrote lines for a dossier already gone). Idempotent.
[[nodiscard]] QList<QByteArray> version5();
// 6: notes and key judgements (entente.note) and saved views (entente.saved_view), ordered, row-versioned and
// journalled like the other small tables ("note.insert", "saved view.update", …). Idempotent.
[[nodiscard]] QList<QByteArray> version6();
// 7: capabilities (entente.capability_change): a third history of changes, appended with ids from the change
// sequence, retractable, journalled ("capability.append", "capability.retract"); an issue's own position axis
// (entente.issue.axis, jsonb) and a position's value on it (entente.position_change.axis_value). Idempotent.
[[nodiscard]] QList<QByteArray> version7();
// Runs the migrations after `from` (the caller owns the transaction). Needs the schema's owner.
Status migrate(PgConnection& c, int from);

// The server's schema version: 0 when the schema is not installed.
[[nodiscard]] Result<int> installedVersion(PgConnection& c);
// Installs the schema (the caller owns the transaction). Needs CREATE on the database and the three group roles.
Status install(PgConnection& c);

} // namespace Entente::PgSchema
