// SPDX-License-Identifier: GPL-3.0-or-later
#include "pgschema.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>

namespace Entente::PgSchema {

namespace {
// The statement-level journal trigger function: installed by version 1, replaced by version 5.
QByteArray journalRowsFunction()
{
    return
        // One journal line per statement and dossier. TG_ARGV: the kind (an SQL expression over the row), the key
        // column, the dossier column. Statements run by another trigger (making room, closing gaps, cascades)
        // are part of the statement that caused them and are not journalled again. Rows of a dossier that no
        // longer exists (an owner's DELETE of the dossier, whose cascade removes them) write no line: the
        // dossier's journal goes with it (schema 5).
        "CREATE OR REPLACE FUNCTION entente.journal_rows() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE kind text := TG_ARGV[0]; keycol text := TG_ARGV[1]; dcol text := TG_ARGV[2]; "
        "  verb text; rows text := 'new_rows'; detail text; BEGIN "
        "IF pg_trigger_depth() > 1 THEN RETURN NULL; END IF; "
        "IF TG_OP = 'INSERT' THEN verb := CASE WHEN TG_TABLE_NAME LIKE '%_change' THEN 'append' "
        "  WHEN TG_TABLE_NAME = 'dossier' THEN 'create' ELSE 'insert' END; "
        "ELSIF TG_OP = 'DELETE' THEN verb := 'remove'; rows := 'old_rows'; "
        "ELSIF TG_TABLE_NAME = 'dossier' THEN verb := ''; "
        "ELSIF TG_TABLE_NAME LIKE '%_change' THEN "
        "  EXECUTE 'SELECT CASE WHEN bool_and(retracted) THEN ''retract'' ELSE ''restore'' END FROM new_rows' "
        "  INTO verb; "
        "ELSE EXECUTE 'SELECT CASE WHEN (SELECT sum(row_version) FROM new_rows) = "
        "  (SELECT sum(row_version) FROM old_rows) THEN ''reorder'' ELSE ''update'' END' INTO verb; END IF; "
        "detail := CASE WHEN TG_TABLE_NAME = 'dossier' THEN 'min(name)' "
        "  ELSE format('CASE WHEN count(*) = 1 THEN min(%I::text) ELSE count(*) || '' rows'' END', keycol) END; "
        "EXECUTE format('INSERT INTO entente.journal (dossier, by_user, action, detail, kind, keys) "
        "  SELECT %I, entente.analyst(), CASE WHEN %L = '''' THEN ''meta'' ELSE %s || ''.'' || %L END, %s, %s, "
        "  CASE WHEN count(*) <= 1000 THEN array_agg(%I::text) END FROM %I AS r "
        "  WHERE EXISTS (SELECT 1 FROM entente.dossier d WHERE d.id = r.%I) GROUP BY 1, 3, 5', "
        "  dcol, verb, kind, verb, detail, kind, keycol, rows, dcol); "
        "RETURN NULL; END $$";
}

// A table's triggers: row versions, display order and the journal lines (version 1's tables, version 6's).
struct Table {
    const char* name;
    const char* kind;
    const char* key;
    bool ordered;
    bool versioned;
};

QList<QByteArray> tableTriggers(const Table& t)
{
    QList<QByteArray> s;
    const QByteArray name(t.name);
    const QByteArray args = QByteArray("'") + QByteArray(t.kind).replace("'", "''") + "', '" + t.key + "', '"
        + (name == "dossier" ? "id" : "dossier") + "'";
    if (t.versioned)
        s << "CREATE TRIGGER " + name + "_version BEFORE UPDATE ON entente." + name
                + " FOR EACH ROW EXECUTE FUNCTION entente.bump_version()";
    if (t.ordered) {
        s << "CREATE TRIGGER " + name + "_make_room BEFORE INSERT ON entente." + name
                + " FOR EACH ROW EXECUTE FUNCTION entente.keep_order()";
        s << "CREATE TRIGGER " + name + "_close_gap AFTER DELETE ON entente." + name
                + " FOR EACH ROW EXECUTE FUNCTION entente.keep_order()";
    }
    s << "CREATE TRIGGER " + name + "_journal_insert AFTER INSERT ON entente." + name
            + " REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION entente.journal_rows(" + args
            + ")";
    s << "CREATE TRIGGER " + name + "_journal_update AFTER UPDATE ON entente." + name
            + " REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION "
              "entente.journal_rows("
            + args + ")";
    if (name != "dossier")
        s << "CREATE TRIGGER " + name + "_journal_delete AFTER DELETE ON entente." + name
                + " REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION entente.journal_rows("
                + args + ")";
    return s;
}
} // namespace

QList<QByteArray> version1()
{
    const QByteArray dossierColumn = "dossier text NOT NULL REFERENCES entente.dossier(id) ON DELETE CASCADE";
    const QByteArray record = "effective_msecs bigint NOT NULL, "
                              "effective_precision smallint NOT NULL CHECK (effective_precision BETWEEN 0 AND 3), "
                              "recorded_at timestamptz NOT NULL, recorded_by text NOT NULL, "
                              "confidence text NOT NULL CHECK (confidence IN ('low', 'moderate', 'high')), "
                              "note text NOT NULL, cited_events text, cited_sources text, "
                              "retracted boolean NOT NULL DEFAULT false, retracted_at timestamptz, retracted_by text";
    QList<QByteArray> s {
        "CREATE SCHEMA entente",
        "CREATE TABLE entente.schema_version (version integer NOT NULL)",
        "INSERT INTO entente.schema_version VALUES (1)",
        "CREATE TABLE entente.dossier (id text PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9._-]+$'), name text NOT NULL, "
        "description text NOT NULL, created_at timestamptz NOT NULL DEFAULT now(), "
        "created_by text NOT NULL DEFAULT session_user)",
        "CREATE TABLE entente.scale_level (" + dossierColumn
            + ", scale text NOT NULL CHECK (scale IN ('stance', 'status')), position integer NOT NULL, "
              "key text NOT NULL, label text NOT NULL, color text NOT NULL, value integer NOT NULL, "
              "is_unknown boolean NOT NULL, row_version bigint NOT NULL DEFAULT 1, PRIMARY KEY (dossier, scale, key))",
        "CREATE TABLE entente.party (" + dossierColumn
            + ", id text NOT NULL, position integer NOT NULL, name text NOT NULL, short_name text NOT NULL, "
              "color text NOT NULL, kind text NOT NULL CHECK (kind IN ('state', 'bloc', 'organisation', 'person')), "
              "parent_id text, description text NOT NULL, row_version bigint NOT NULL DEFAULT 1, "
              "PRIMARY KEY (dossier, id), FOREIGN KEY (dossier, parent_id) REFERENCES entente.party (dossier, id) "
              "DEFERRABLE INITIALLY DEFERRED)",
        "CREATE TABLE entente.issue (" + dossierColumn
            + ", id text NOT NULL, position integer NOT NULL, name text NOT NULL, description text NOT NULL, "
              "row_version bigint NOT NULL DEFAULT 1, PRIMARY KEY (dossier, id))",
        "CREATE TABLE entente.source (" + dossierColumn
            + ", id text NOT NULL, position integer NOT NULL, outlet text NOT NULL, url text NOT NULL, "
              "title text NOT NULL, published_msecs bigint, "
              "published_precision smallint NOT NULL CHECK (published_precision BETWEEN 0 AND 3), "
              "reliability text NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')), "
              "credibility integer NOT NULL CHECK (credibility BETWEEN 1 AND 6), note text NOT NULL, "
              "row_version bigint NOT NULL DEFAULT 1, PRIMARY KEY (dossier, id))",
        "CREATE TABLE entente.era (" + dossierColumn
            + ", id text NOT NULL, position integer NOT NULL, name text NOT NULL, start_msecs bigint NOT NULL, "
              "start_precision smallint NOT NULL CHECK (start_precision BETWEEN 0 AND 3), end_msecs bigint NOT NULL, "
              "end_precision smallint NOT NULL CHECK (end_precision BETWEEN 0 AND 3), color text NOT NULL, "
              "row_version bigint NOT NULL DEFAULT 1, PRIMARY KEY (dossier, id))",
        // An event's parties, issues, tags and sources: ids joined by U+001F, NULL when empty (as in the file).
        "CREATE TABLE entente.event (" + dossierColumn
            + ", id bigint NOT NULL, start_msecs bigint NOT NULL, "
              "start_precision smallint NOT NULL CHECK (start_precision BETWEEN 0 AND 3), end_msecs bigint, "
              "end_precision smallint NOT NULL CHECK (end_precision BETWEEN 0 AND 3), title text NOT NULL, "
              "description text NOT NULL, location text NOT NULL, parties text, issues text, tags text, "
              "sources text, row_version bigint NOT NULL DEFAULT 1, PRIMARY KEY (dossier, id))",
        "CREATE INDEX event_edited ON entente.event (dossier, id) WHERE row_version <> 1",
        "CREATE TABLE entente.position_change (" + dossierColumn
            + ", id bigint NOT NULL, party_id text NOT NULL, issue_id text NOT NULL, stance text NOT NULL, "
              "salience integer NOT NULL CHECK (salience BETWEEN -1 AND 100), "
            + record
            + ", PRIMARY KEY (dossier, id), "
              "FOREIGN KEY (dossier, party_id) REFERENCES entente.party (dossier, id) DEFERRABLE INITIALLY DEFERRED, "
              "FOREIGN KEY (dossier, issue_id) REFERENCES entente.issue (dossier, id) DEFERRABLE INITIALLY DEFERRED)",
        "CREATE TABLE entente.status_change (" + dossierColumn
            + ", id bigint NOT NULL, issue_id text NOT NULL, status text NOT NULL, " + record
            + ", PRIMARY KEY (dossier, id), "
              "FOREIGN KEY (dossier, issue_id) REFERENCES entente.issue (dossier, id) DEFERRABLE INITIALLY DEFERRED)",
        "CREATE SEQUENCE entente.journal_id",
        "CREATE TABLE entente.journal (id bigint PRIMARY KEY, " + dossierColumn
            + ", at timestamptz NOT NULL, db_user text NOT NULL, by_user text NOT NULL, action text NOT NULL, "
              "detail text NOT NULL DEFAULT '', kind text, keys text[])",
        "CREATE INDEX journal_dossier ON entente.journal (dossier, id)",

        // The analyst's name: what the client set for its session (SET entente.user), else the role.
        "CREATE FUNCTION entente.analyst() RETURNS text LANGUAGE sql STABLE AS "
        "$$ SELECT coalesce(nullif(current_setting('entente.user', true), ''), session_user::text) $$",

        // Journal lines: ids in commit order per dossier (the lock is held to commit), who and when from the server.
        "CREATE FUNCTION entente.journal_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_advisory_xact_lock(hashtext('entente.journal'), hashtext(NEW.dossier)); "
        "NEW.id := nextval('entente.journal_id'); NEW.at := clock_timestamp(); NEW.db_user := session_user; "
        "IF NEW.by_user IS NULL OR NEW.by_user = '' THEN NEW.by_user := entente.analyst(); END IF; "
        "RETURN NEW; END $$",
        "CREATE TRIGGER journal_stamp BEFORE INSERT ON entente.journal FOR EACH ROW "
        "EXECUTE FUNCTION entente.journal_stamp()",
        "CREATE FUNCTION entente.journal_notify() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "PERFORM pg_notify('entente_journal', dossier || ' ' || last) FROM "
        "(SELECT dossier, max(id) AS last FROM new_rows GROUP BY dossier) s; RETURN NULL; END $$",
        "CREATE TRIGGER journal_notify AFTER INSERT ON entente.journal REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION entente.journal_notify()",

        // Row versions: +1 on every update that changes more than the display position.
        "CREATE FUNCTION entente.bump_version() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF (to_jsonb(NEW) - 'position' - 'row_version') IS DISTINCT FROM (to_jsonb(OLD) - 'position' - "
        "'row_version') OR NEW.row_version <> OLD.row_version THEN NEW.row_version := OLD.row_version + 1; "
        "ELSE NEW.row_version := OLD.row_version; END IF; RETURN NEW; END $$",

        // Display order: make room on insert, close the gap on delete.
        "CREATE FUNCTION entente.keep_order() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF TG_OP = 'INSERT' THEN "
        "  IF TG_TABLE_NAME = 'scale_level' THEN UPDATE entente.scale_level SET position = position + 1 "
        "    WHERE dossier = NEW.dossier AND scale = NEW.scale AND position >= NEW.position; "
        "  ELSE EXECUTE format('UPDATE entente.%I SET position = position + 1 WHERE dossier = $1 AND position >= $2', "
        "    TG_TABLE_NAME) USING NEW.dossier, NEW.position; END IF; RETURN NEW; "
        "ELSE "
        "  IF TG_TABLE_NAME = 'scale_level' THEN UPDATE entente.scale_level SET position = position - 1 "
        "    WHERE dossier = OLD.dossier AND scale = OLD.scale AND position > OLD.position; "
        "  ELSE EXECUTE format('UPDATE entente.%I SET position = position - 1 WHERE dossier = $1 AND position > $2', "
        "    TG_TABLE_NAME) USING OLD.dossier, OLD.position; END IF; RETURN OLD; "
        "END IF; END $$",

        journalRowsFunction(),
    };
    const Table tables[] = {
        { "dossier", "'dossier'", "id", false, false },
        { "scale_level", "scale || ' level'", "key", true, true },
        { "party", "'party'", "id", true, true },
        { "issue", "'issue'", "id", true, true },
        { "source", "'source'", "id", true, true },
        { "era", "'era'", "id", true, true },
        { "event", "'event'", "id", false, true },
        { "position_change", "'position'", "id", false, false },
        { "status_change", "'status'", "id", false, false },
    };
    for (const auto& t : tables)
        s << tableTriggers(t);
    s << "GRANT USAGE ON SCHEMA entente TO entente_reader"
      << "GRANT SELECT ON ALL TABLES IN SCHEMA entente TO entente_reader"
      << "GRANT INSERT, UPDATE, DELETE ON entente.scale_level, entente.party, entente.issue, entente.source, "
         "entente.era, entente.event TO entente_editor"
      << "GRANT INSERT ON entente.position_change, entente.status_change, entente.journal TO entente_editor"
      << "GRANT UPDATE (retracted, retracted_at, retracted_by) ON entente.position_change, entente.status_change "
         "TO entente_editor"
      << "GRANT UPDATE (name, description) ON entente.dossier TO entente_editor"
      << "GRANT USAGE ON SEQUENCE entente.journal_id TO entente_editor"
      << "GRANT INSERT, DELETE ON entente.dossier TO entente_owner";
    return s;
}

QList<QByteArray> version2()
{
    return {
        // Which client session wrote a journal line (the client sets entente.session to a token of its own), so
        // a client can tell its own changes from others' in the journal and in the notification.
        "ALTER TABLE entente.journal ADD COLUMN session text",
        // Journal ids in commit order, with the dossier's lock held only while committing: a line gets a
        // provisional (negative) id when written, and its final id from a deferred trigger at commit, under the
        // dossier's lock, which the commit releases. No client round trip happens while the lock is held, so
        // analysts' edits queue behind each other's commits only, not behind each other's networks.
        "CREATE SEQUENCE entente.journal_pending",
        "GRANT USAGE ON SEQUENCE entente.journal_pending TO entente_editor",
        "CREATE OR REPLACE FUNCTION entente.journal_stamp() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "NEW.id := -nextval('entente.journal_pending'); NEW.at := clock_timestamp(); NEW.db_user := session_user; "
        "NEW.session := nullif(current_setting('entente.session', true), ''); "
        "IF NEW.by_user IS NULL OR NEW.by_user = '' THEN NEW.by_user := entente.analyst(); END IF; "
        "RETURN NEW; END $$",
        // Runs as the schema's owner (editors may not update the journal); the payload is
        // "<dossier> <journal id> <session>".
        "CREATE FUNCTION entente.journal_order() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog AS $$ DECLARE final bigint; BEGIN "
        "PERFORM pg_advisory_xact_lock(hashtext('entente.journal'), hashtext(NEW.dossier)); "
        "final := nextval('entente.journal_id'); "
        "UPDATE entente.journal SET id = final WHERE id = NEW.id; "
        "PERFORM pg_notify('entente_journal', NEW.dossier || ' ' || final || ' ' || coalesce(NEW.session, '-')); "
        "RETURN NULL; END $$",
        "DROP TRIGGER journal_notify ON entente.journal",
        "CREATE CONSTRAINT TRIGGER journal_order AFTER INSERT ON entente.journal DEFERRABLE INITIALLY DEFERRED "
        "FOR EACH ROW EXECUTE FUNCTION entente.journal_order()",
        // Change ids from the server: an appended change with id 0 gets the next id of one sequence, so two
        // clients never collide and nobody waits for it. A change with an id (publish, COPY) keeps it, and the
        // sequence moves past it (per statement), so the ids stay unique in each dossier.
        "CREATE SEQUENCE entente.change_id",
        "GRANT USAGE ON SEQUENCE entente.change_id TO entente_editor",
        "SELECT setval('entente.change_id', greatest(1, (SELECT max(id) FROM entente.position_change), "
        "(SELECT max(id) FROM entente.status_change)))",
        "CREATE FUNCTION entente.change_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "IF NEW.id IS NULL OR NEW.id <= 0 THEN NEW.id := nextval('entente.change_id'); END IF; RETURN NEW; END $$",
        "CREATE FUNCTION entente.change_id_past() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER "
        "SET search_path = pg_catalog AS $$ DECLARE top bigint; BEGIN "
        "SELECT max(id) INTO top FROM new_rows; "
        "IF top > (SELECT last_value FROM entente.change_id) THEN PERFORM setval('entente.change_id', top); END IF; "
        "RETURN NULL; END $$",
        "CREATE TRIGGER position_change_id BEFORE INSERT ON entente.position_change FOR EACH ROW "
        "EXECUTE FUNCTION entente.change_id()",
        "CREATE TRIGGER status_change_id BEFORE INSERT ON entente.status_change FOR EACH ROW "
        "EXECUTE FUNCTION entente.change_id()",
        "CREATE TRIGGER position_change_id_past AFTER INSERT ON entente.position_change REFERENCING NEW TABLE AS "
        "new_rows FOR EACH STATEMENT EXECUTE FUNCTION entente.change_id_past()",
        "CREATE TRIGGER status_change_id_past AFTER INSERT ON entente.status_change REFERENCING NEW TABLE AS "
        "new_rows FOR EACH STATEMENT EXECUTE FUNCTION entente.change_id_past()",
        "UPDATE entente.schema_version SET version = 2",
    };
}

QList<QByteArray> version3()
{
    return {
        "ALTER TABLE entente.event DROP CONSTRAINT IF EXISTS event_dossier_fkey",
        // Every dossier the statement's events name must exist; it is locked as a foreign key would lock it (FOR
        // KEY SHARE, so that it cannot be removed before this transaction ends), once per statement.
        "CREATE OR REPLACE FUNCTION entente.event_dossiers_exist() RETURNS trigger LANGUAGE plpgsql AS $$ "
        "DECLARE wanted bigint; found bigint; BEGIN "
        "SELECT count(*) INTO wanted FROM (SELECT DISTINCT dossier FROM new_rows) AS w; "
        "SELECT count(*) INTO found FROM (SELECT d.id FROM entente.dossier d "
        "  WHERE d.id IN (SELECT DISTINCT dossier FROM new_rows) FOR KEY SHARE OF d) AS l; "
        "IF found <> wanted THEN RAISE EXCEPTION 'an event names a dossier that does not exist' "
        "  USING ERRCODE = 'foreign_key_violation'; END IF; "
        "RETURN NULL; END $$",
        "DROP TRIGGER IF EXISTS event_dossier_insert ON entente.event",
        "CREATE TRIGGER event_dossier_insert AFTER INSERT ON entente.event REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION entente.event_dossiers_exist()",
        "DROP TRIGGER IF EXISTS event_dossier_update ON entente.event",
        "CREATE TRIGGER event_dossier_update AFTER UPDATE ON entente.event REFERENCING NEW TABLE AS new_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION entente.event_dossiers_exist()",
        // ON DELETE CASCADE, by statement (its event.remove is not journalled: it is part of the removal).
        "CREATE OR REPLACE FUNCTION entente.dossier_remove_events() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
        "DELETE FROM entente.event e USING old_rows o WHERE e.dossier = o.id; RETURN NULL; END $$",
        "DROP TRIGGER IF EXISTS dossier_remove_events ON entente.dossier",
        "CREATE TRIGGER dossier_remove_events AFTER DELETE ON entente.dossier REFERENCING OLD TABLE AS old_rows "
        "FOR EACH STATEMENT EXECUTE FUNCTION entente.dossier_remove_events()",
        "UPDATE entente.schema_version SET version = 3",
    };
}

QList<QByteArray> version4()
{
    const QByteArray column = " ADD COLUMN IF NOT EXISTS claims jsonb CHECK (claims IS NULL OR jsonb_typeof(claims) = "
                              "'array')";
    return {
        "ALTER TABLE entente.event" + column,
        "ALTER TABLE entente.position_change" + column,
        "ALTER TABLE entente.status_change" + column,
        "UPDATE entente.schema_version SET version = 4",
    };
}

// A dossier can be removed: the journal trigger skips rows whose dossier is gone.
QList<QByteArray> version5()
{
    return { journalRowsFunction(), "UPDATE entente.schema_version SET version = 5" };
}

QList<QByteArray> version6()
{
    const QByteArray dossierColumn = "dossier text NOT NULL REFERENCES entente.dossier(id) ON DELETE CASCADE";
    QList<QByteArray> s {
        // A note names what it is pinned to; the party, issue and era must exist in its dossier (an event is
        // checked by the client, as changes' cited events are: events have no per-row foreign key since 3).
        "CREATE TABLE IF NOT EXISTS entente.note (" + dossierColumn
            + ", id text NOT NULL, position integer NOT NULL, "
              "target text NOT NULL CHECK (target IN ('date', 'cell', 'issue', 'party', 'event', 'era')), "
              "date_msecs bigint, date_precision smallint NOT NULL CHECK (date_precision BETWEEN 0 AND 3), "
              "party_id text, issue_id text, event_id bigint, era_id text, text text NOT NULL, author text NOT NULL, "
              "recorded_at timestamptz NOT NULL, confidence text CHECK (confidence IN ('low', 'moderate', 'high')), "
              "evidence jsonb CHECK (evidence IS NULL OR jsonb_typeof(evidence) = 'array'), "
              "row_version bigint NOT NULL DEFAULT 1, PRIMARY KEY (dossier, id), "
              "FOREIGN KEY (dossier, party_id) REFERENCES entente.party (dossier, id) DEFERRABLE INITIALLY DEFERRED, "
              "FOREIGN KEY (dossier, issue_id) REFERENCES entente.issue (dossier, id) DEFERRABLE INITIALLY DEFERRED, "
              "FOREIGN KEY (dossier, era_id) REFERENCES entente.era (dossier, id) DEFERRABLE INITIALLY DEFERRED)",
        "CREATE TABLE IF NOT EXISTS entente.saved_view (" + dossierColumn
            + ", id text NOT NULL, position integer NOT NULL, name text NOT NULL, "
              "settings jsonb NOT NULL CHECK (jsonb_typeof(settings) = 'object'), "
              "row_version bigint NOT NULL DEFAULT 1, PRIMARY KEY (dossier, id))",
    };
    for (const char* table : { "note", "saved_view" })
        for (const char* trigger : { "_version", "_make_room", "_close_gap", "_journal_insert", "_journal_update",
                 "_journal_delete" })
            s << "DROP TRIGGER IF EXISTS " + QByteArray(table) + trigger + " ON entente." + table;
    s << tableTriggers({ "note", "'note'", "id", true, true })
      << tableTriggers({ "saved_view", "'saved view'", "id", true, true })
      << "GRANT SELECT ON entente.note, entente.saved_view TO entente_reader"
      << "GRANT INSERT, UPDATE, DELETE ON entente.note, entente.saved_view TO entente_editor"
      << "UPDATE entente.schema_version SET version = 6";
    return s;
}

QList<QByteArray> version7()
{
    const QByteArray dossierColumn = "dossier text NOT NULL REFERENCES entente.dossier(id) ON DELETE CASCADE";
    QList<QByteArray> s {
        // Capabilities: a third history with the same record columns as the other two (citations inline, claims
        // as jsonb), ids from the same sequence; issue_id NULL for a capability on every issue.
        "CREATE TABLE IF NOT EXISTS entente.capability_change (" + dossierColumn
            + ", id bigint NOT NULL, party_id text NOT NULL, issue_id text, "
              "value double precision NOT NULL CHECK (value >= 0 AND value < 'Infinity'), "
              "effective_msecs bigint NOT NULL, "
              "effective_precision smallint NOT NULL CHECK (effective_precision BETWEEN 0 AND 3), "
              "recorded_at timestamptz NOT NULL, recorded_by text NOT NULL, "
              "confidence text NOT NULL CHECK (confidence IN ('low', 'moderate', 'high')), "
              "note text NOT NULL, cited_events text, cited_sources text, "
              "retracted boolean NOT NULL DEFAULT false, retracted_at timestamptz, retracted_by text, "
              "claims jsonb CHECK (claims IS NULL OR jsonb_typeof(claims) = 'array'), PRIMARY KEY (dossier, id), "
              "FOREIGN KEY (dossier, party_id) REFERENCES entente.party (dossier, id) DEFERRABLE INITIALLY DEFERRED, "
              "FOREIGN KEY (dossier, issue_id) REFERENCES entente.issue (dossier, id) DEFERRABLE INITIALLY DEFERRED)",
        "SELECT setval('entente.change_id', greatest((SELECT last_value FROM entente.change_id), "
        "(SELECT max(id) FROM entente.capability_change)))",
    };
    for (const char* trigger : { "_id", "_id_past", "_journal_insert", "_journal_update", "_journal_delete" })
        s << "DROP TRIGGER IF EXISTS capability_change" + QByteArray(trigger) + " ON entente.capability_change";
    s << "CREATE TRIGGER capability_change_id BEFORE INSERT ON entente.capability_change FOR EACH ROW "
         "EXECUTE FUNCTION entente.change_id()"
      << "CREATE TRIGGER capability_change_id_past AFTER INSERT ON entente.capability_change REFERENCING NEW TABLE AS "
         "new_rows FOR EACH STATEMENT EXECUTE FUNCTION entente.change_id_past()"
      << tableTriggers({ "capability_change", "'capability'", "id", false, false })
      // An issue's own position axis (axiscodec.h; NULL: the stance scale) and a position's value on it.
      << "ALTER TABLE entente.issue ADD COLUMN IF NOT EXISTS axis jsonb CHECK (axis IS NULL OR jsonb_typeof(axis) = "
         "'array')"
      << "ALTER TABLE entente.position_change ADD COLUMN IF NOT EXISTS axis_value double precision"
      << "GRANT SELECT ON entente.capability_change TO entente_reader"
      << "GRANT INSERT ON entente.capability_change TO entente_editor"
      << "GRANT UPDATE (retracted, retracted_at, retracted_by) ON entente.capability_change TO entente_editor"
      << "UPDATE entente.schema_version SET version = 7";
    return s;
}

Status migrate(PgConnection& c, int from)
{
    // Migration n takes the schema from n - 1 to n.
    using Migration = QList<QByteArray> (*)();
    const Migration migrations[] = { version2, version3, version4, version5, version6, version7 };
    static_assert(std::size(migrations) + 1 == Version, "one migration per schema version after 1");
    for (int to = std::max(from + 1, 2); to <= Version; ++to)
        for (const auto& sql : migrations[to - 2]())
            if (auto st = c.run(sql); !st.ok())
                return st.error().prefixed(QString::fromUtf8(sql.left(60)));
    return {};
}

Result<int> installedVersion(PgConnection& c)
{
    auto exists = c.exec("SELECT to_regclass('entente.schema_version') IS NOT NULL");
    if (!exists.ok())
        return exists.error();
    if (!exists.value().boolean(0, 0))
        return 0;
    auto v = c.exec("SELECT max(version) FROM entente.schema_version");
    if (!v.ok())
        return v.error();
    return int(v.value().integer(0, 0));
}

Status install(PgConnection& c)
{
    auto roles = c.exec("SELECT count(*) FROM pg_roles WHERE rolname IN ('entente_reader', 'entente_editor', "
                        "'entente_owner')");
    if (!roles.ok())
        return roles.error();
    if (roles.value().integer(0, 0) != 3)
        return Error(QCoreApplication::translate("Entente::Store",
                         "The server has no roles entente_reader, entente_editor and entente_owner; create them first "
                         "(see docs/team.md)."),
            Error::Kind::Invalid);
    for (const auto& sql : version1())
        if (auto st = c.run(sql); !st.ok())
            return st.error().prefixed(QString::fromUtf8(sql.left(60)));
    return migrate(c, 1);
}

} // namespace Entente::PgSchema
