// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqliteschema.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>

namespace Entente::SqliteSchema {

namespace {
    // A change's bitemporal record fields, shared by both change tables.
    QString recordColumns()
    {
        return QStringLiteral(
            "effective_msecs INTEGER NOT NULL, "
            "effective_precision INTEGER NOT NULL CHECK (effective_precision BETWEEN 0 AND 3), "
            "recorded_at TEXT NOT NULL, recorded_by TEXT NOT NULL, "
            "confidence TEXT NOT NULL CHECK (confidence IN ('low', 'moderate', 'high')), "
            "note TEXT NOT NULL, "
            "retracted INTEGER NOT NULL CHECK (retracted IN (0, 1)), retracted_at TEXT, retracted_by TEXT");
    }

    QString citationTable(const QString& name, const QString& changeTable)
    {
        return QStringLiteral(
            "CREATE TABLE %1 (change_id INTEGER NOT NULL REFERENCES %2(id) ON DELETE CASCADE DEFERRABLE "
            "INITIALLY DEFERRED, position INTEGER NOT NULL, "
            "event_id INTEGER REFERENCES event_key(id) DEFERRABLE INITIALLY DEFERRED, "
            "source_id TEXT REFERENCES source(id) DEFERRABLE INITIALLY DEFERRED, "
            "CHECK ((event_id IS NULL) <> (source_id IS NULL)), PRIMARY KEY (change_id, position)) STRICT, "
            "WITHOUT ROWID")
            .arg(name, changeTable);
    }
}

QStringList version1()
{
    const QString deferred = QStringLiteral("DEFERRABLE INITIALLY DEFERRED");
    return {
        QStringLiteral("CREATE TABLE meta (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE scale_level (scale TEXT NOT NULL CHECK (scale IN ('stance', 'status')), "
                       "position INTEGER NOT NULL, key TEXT NOT NULL, label TEXT NOT NULL, color TEXT NOT NULL, "
                       "value INTEGER NOT NULL, is_unknown INTEGER NOT NULL CHECK (is_unknown IN (0, 1)), "
                       "PRIMARY KEY (scale, key)) STRICT"),
        QStringLiteral("CREATE TABLE party (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, "
                       "name TEXT NOT NULL, short_name TEXT NOT NULL, color TEXT NOT NULL, "
                       "kind TEXT NOT NULL CHECK (kind IN ('state', 'bloc', 'organisation', 'person')), "
                       "parent_id TEXT REFERENCES party(id) %1, description TEXT NOT NULL) STRICT")
            .arg(deferred),
        QStringLiteral("CREATE INDEX party_parent ON party(parent_id)"),
        QStringLiteral("CREATE TABLE issue (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, "
                       "name TEXT NOT NULL, description TEXT NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE source (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, "
                       "outlet TEXT NOT NULL, url TEXT NOT NULL, title TEXT NOT NULL, published_msecs INTEGER, "
                       "published_precision INTEGER NOT NULL CHECK (published_precision BETWEEN 0 AND 3), "
                       "reliability TEXT NOT NULL CHECK (reliability IN ('A', 'B', 'C', 'D', 'E', 'F')), "
                       "credibility INTEGER NOT NULL CHECK (credibility BETWEEN 1 AND 6), note TEXT NOT NULL) STRICT"),
        // Clustered by (start, id), the order the event store keeps: bulk writes append at the right edge of
        // the B-tree and reopening reads rows already sorted. event_key finds an event's start from its id (the
        // store writes both in one transaction); it is the table cited events refer to. A separate table
        // rather than an index on event(id): its rows can be appended in id order after sorting in memory,
        // where CREATE INDEX over a million rows costs several times the whole event table.
        QStringLiteral("CREATE TABLE event_key (id INTEGER PRIMARY KEY, start_msecs INTEGER NOT NULL) STRICT"),
        QStringLiteral("CREATE TABLE event (id INTEGER NOT NULL, start_msecs INTEGER NOT NULL, "
                       "start_precision INTEGER NOT NULL CHECK (start_precision BETWEEN 0 AND 3), "
                       "end_msecs INTEGER, end_precision INTEGER NOT NULL CHECK (end_precision BETWEEN 0 AND 3), "
                       "title TEXT NOT NULL, description TEXT NOT NULL, location TEXT NOT NULL, "
                       "parties TEXT, issues TEXT, tags TEXT, sources TEXT, PRIMARY KEY (start_msecs, id)) STRICT, "
                       "WITHOUT ROWID"),
        QStringLiteral("CREATE TABLE position_change (id INTEGER PRIMARY KEY, "
                       "party_id TEXT NOT NULL REFERENCES party(id) %1, "
                       "issue_id TEXT NOT NULL REFERENCES issue(id) %1, stance TEXT NOT NULL, "
                       "salience INTEGER NOT NULL CHECK (salience BETWEEN -1 AND 100), %2) STRICT")
            .arg(deferred, recordColumns()),
        QStringLiteral("CREATE INDEX position_change_party ON position_change(party_id)"),
        QStringLiteral("CREATE INDEX position_change_issue ON position_change(issue_id)"),
        QStringLiteral("CREATE TABLE status_change (id INTEGER PRIMARY KEY, "
                       "issue_id TEXT NOT NULL REFERENCES issue(id) %1, status TEXT NOT NULL, %2) STRICT")
            .arg(deferred, recordColumns()),
        QStringLiteral("CREATE INDEX status_change_issue ON status_change(issue_id)"),
        citationTable(QStringLiteral("position_citation"), QStringLiteral("position_change")),
        QStringLiteral("CREATE INDEX position_citation_event ON position_citation(event_id)"),
        QStringLiteral("CREATE INDEX position_citation_source ON position_citation(source_id)"),
        citationTable(QStringLiteral("status_citation"), QStringLiteral("status_change")),
        QStringLiteral("CREATE INDEX status_citation_event ON status_citation(event_id)"),
        QStringLiteral("CREATE INDEX status_citation_source ON status_citation(source_id)"),
    };
}

const std::vector<Migration>& migrations()
{
    // Append only. Each entry takes the file from toVersion - 1 to toVersion.
    static const std::vector<Migration> list {
        { 2,
            {
                // v2: eras (shaded periods on the timeline) and the append-only journal.
                QStringLiteral("CREATE TABLE era (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, "
                               "name TEXT NOT NULL, start_msecs INTEGER NOT NULL, "
                               "start_precision INTEGER NOT NULL CHECK (start_precision BETWEEN 0 AND 3), "
                               "end_msecs INTEGER NOT NULL, "
                               "end_precision INTEGER NOT NULL CHECK (end_precision BETWEEN 0 AND 3), "
                               "color TEXT NOT NULL) STRICT"),
                QStringLiteral("CREATE TABLE journal (id INTEGER PRIMARY KEY, at TEXT NOT NULL, by_user TEXT NOT NULL, "
                               "action TEXT NOT NULL, detail TEXT NOT NULL) STRICT"),
                QStringLiteral("CREATE TRIGGER journal_no_update BEFORE UPDATE ON journal "
                               "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
                QStringLiteral("CREATE TRIGGER journal_no_delete BEFORE DELETE ON journal "
                               "BEGIN SELECT RAISE(ABORT, 'the journal is append-only'); END"),
            } },
        { 3,
            {
                // v3: row versions for row-level writes that name the version they read (dossierstore.h). Events
                // keep theirs apart, in event_version, and only once edited (absent: version 1): a bulk import of
                // a million events writes nothing for it, and reopening reads only the few edited ones.
                QStringLiteral("ALTER TABLE party ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("ALTER TABLE issue ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("ALTER TABLE source ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("ALTER TABLE era ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("ALTER TABLE scale_level ADD COLUMN row_version INTEGER NOT NULL DEFAULT 1"),
                QStringLiteral("CREATE TABLE event_version (id INTEGER PRIMARY KEY, row_version INTEGER NOT NULL) STRICT"),
            } },
        { 4,
            {
                // v4: claims. A citation graded on its own (credibility 1–6, claimant, quote) is kept with the row
                // that cites (claimcodec.h): NULL for every existing row, which keeps its sources' own grades.
                QStringLiteral("ALTER TABLE event ADD COLUMN claims TEXT CHECK (claims IS NULL OR json_valid(claims))"),
                QStringLiteral("ALTER TABLE position_change ADD COLUMN claims TEXT "
                               "CHECK (claims IS NULL OR json_valid(claims))"),
                QStringLiteral("ALTER TABLE status_change ADD COLUMN claims TEXT "
                               "CHECK (claims IS NULL OR json_valid(claims))"),
            } },
        { 5,
            {
                // v5: notes and key judgements, pinned to one thing (the columns of the others are NULL), and
                // saved views. Sources cited as evidence are in the claims, checked by the dossier on load.
                QStringLiteral(
                    "CREATE TABLE note (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, "
                    "target TEXT NOT NULL CHECK (target IN ('date', 'cell', 'issue', 'party', 'event', 'era')), "
                    "date_msecs INTEGER, date_precision INTEGER NOT NULL CHECK (date_precision BETWEEN 0 AND 3), "
                    "party_id TEXT REFERENCES party(id) DEFERRABLE INITIALLY DEFERRED, "
                    "issue_id TEXT REFERENCES issue(id) DEFERRABLE INITIALLY DEFERRED, "
                    "event_id INTEGER REFERENCES event_key(id) DEFERRABLE INITIALLY DEFERRED, "
                    "era_id TEXT REFERENCES era(id) DEFERRABLE INITIALLY DEFERRED, "
                    "text TEXT NOT NULL, author TEXT NOT NULL, recorded_at TEXT NOT NULL, "
                    "confidence TEXT CHECK (confidence IN ('low', 'moderate', 'high')), "
                    "evidence TEXT CHECK (evidence IS NULL OR json_valid(evidence)), "
                    "row_version INTEGER NOT NULL DEFAULT 1) STRICT"),
                QStringLiteral("CREATE TABLE saved_view (id TEXT PRIMARY KEY NOT NULL, position INTEGER NOT NULL, "
                               "name TEXT NOT NULL, settings TEXT NOT NULL CHECK (json_valid(settings)), "
                               "row_version INTEGER NOT NULL DEFAULT 1) STRICT"),
            } },
        { 6,
            {
                // v6: capabilities (a party's clout, dated and cited like positions): a third history, with the
                // same record columns, claims and citations; issue_id NULL for a capability on every issue. Change
                // ids are unique across the three histories.
                QStringLiteral("CREATE TABLE capability_change (id INTEGER PRIMARY KEY, "
                               "party_id TEXT NOT NULL REFERENCES party(id) DEFERRABLE INITIALLY DEFERRED, "
                               "issue_id TEXT REFERENCES issue(id) DEFERRABLE INITIALLY DEFERRED, "
                               "value REAL NOT NULL CHECK (value >= 0), %1, "
                               "claims TEXT CHECK (claims IS NULL OR json_valid(claims))) STRICT")
                    .arg(recordColumns()),
                QStringLiteral("CREATE INDEX capability_change_party ON capability_change(party_id)"),
                QStringLiteral("CREATE INDEX capability_change_issue ON capability_change(issue_id)"),
                citationTable(QStringLiteral("capability_citation"), QStringLiteral("capability_change")),
                // An issue's own position axis (axiscodec.h; NULL: the stance scale) and a position's value on it.
                QStringLiteral("ALTER TABLE issue ADD COLUMN axis TEXT CHECK (axis IS NULL OR json_valid(axis))"),
                QStringLiteral("ALTER TABLE position_change ADD COLUMN axis_value REAL"),
                QStringLiteral("CREATE INDEX capability_citation_event ON capability_citation(event_id)"),
                QStringLiteral("CREATE INDEX capability_citation_source ON capability_citation(source_id)"),
            } },
    };
    return list;
}

QString upgrade(QSqlDatabase& db, int fromVersion)
{
    QSqlQuery q(db);
    auto run = [&](const QString& sql) -> QString {
        if (!q.exec(sql))
            return QStringLiteral("schema statement failed (%1): %2").arg(q.lastError().text(), sql.left(60));
        return {};
    };
    if (fromVersion == 0)
        for (const auto& sql : version1())
            if (auto e = run(sql); !e.isEmpty())
                return e;
    int version = fromVersion == 0 ? 1 : fromVersion;
    for (const auto& m : migrations()) {
        if (m.toVersion <= version)
            continue;
        if (m.toVersion != version + 1)
            return QStringLiteral("no migration from schema %1 to %2").arg(version).arg(version + 1);
        for (const auto& sql : m.statements)
            if (auto e = run(sql); !e.isEmpty())
                return e;
        version = m.toVersion;
    }
    if (version != Version)
        return QStringLiteral("migrations end at schema %1, expected %2").arg(version).arg(Version);
    if (auto e = run(QStringLiteral("PRAGMA user_version = %1").arg(Version)); !e.isEmpty())
        return e;
    return run(QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
}

} // namespace Entente::SqliteSchema
