// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the columns of a delimited file (or the fields of JSON objects) become events: a named, JSON-serialisable
// value. A column reference is a header name (case- and space-insensitive), a name from columnNames (for files
// without a header, such as GDELT's), or a 0-based position written as digits ("26"). The title may be a
// template: "{sub_event_type|event_type} in {location}" takes the first non-empty of the alternatives, a part
// whose placeholder is empty is left out with the text before it, and "{EventCode:cameo}" shows a CAMEO code's
// description. Presets ship as resources (":/mappings/acled.json", gdelt.json, gdelt2.json); the analyst's own
// mappings are saved as one JSON file per name in a folder.
//
// Files change their columns over the years: with missingColumns = Skip a column the file lacks is simply not
// read (only the date and one of the actor columns are required), and alternativeColumnNames gives the
// column names of other layouts of a header-less file, chosen per row by its number of fields (GDELT 1.0 has 57
// columns before April 2013 and 58 after, GDELT 2.0 has 61).

#include "result.h"

#include <QHash>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Entente {

struct ColumnMapping {
    enum class Header : quint8 { Detect, Yes, No };
    enum class ActorPolicy : quint8 { Create, Drop, Reject }; // for actor names not matched to a party
    enum class SourceMode : quint8 { Source, Tag }; // source cell → a Source record, or a "source=…" tag
    enum class MissingColumns : quint8 { Error, Skip };

    QString name;
    QString importer; // empty: the bulk importer; "timelinejs-sheet": the TimelineJS Google-Sheet template
    QChar delimiter; // null: detect (comma, tab, semicolon)
    Header header = Header::Detect;
    QStringList columnNames; // names of the positions when the file has no header row
    QList<QStringList> alternativeColumnNames; // other layouts, told apart by their number of columns
    MissingColumns missingColumns = MissingColumns::Error;

    // Event fields (column references; empty = not mapped).
    QString date;
    QString endDate;
    QString title; // a column or a template with {column} placeholders
    QString description;
    QString notes; // appended to the description
    QString location;
    QString latitude;
    QString longitude; // with latitude: a "geo=lat,lon" tag
    QString source;
    QString eventType; // → tag
    QStringList actors; // → parties
    QStringList tags; // each non-empty cell → a tag
    QStringList attributes; // each non-empty cell → a "column=value" tag
    QStringList issues; // → issues (matched by id or name, created when new)
    QString externalId; // the row's id in its source (a "<scheme>-id=<value>" tag); rows already there are skipped
    QString externalIdScheme; // "acled", "gdelt", … (empty: the tag is "id=<value>")
    QString precision; // a column of codes that say how precise the date is, read through precisionCodes
    QHash<QString, QString> precisionCodes; // code → "year", "month", "week", "day" or "minute"
    QString listSeparator; // when set, actor, issue, tag and source cells hold several values separated by it
    QHash<QString, QString> actorAliases; // actor name as written → the name (or party id) to use instead
    QString noActor; // the party for rows whose actor cells are all empty (empty: such rows have no party)

    ActorPolicy actorPolicy = ActorPolicy::Create;
    QHash<QString, QString> actorParties; // actor name → existing party id (checked before the policy applies)
    SourceMode sourceMode = SourceMode::Source;

    [[nodiscard]] QJsonObject toJson() const;
    // Errors are Kind::Invalid for a mapping that breaks the format (naming the JSON key at fault as the field),
    // Kind::NotFound for a file that cannot be read, Kind::Failed for a write that failed.
    [[nodiscard]] static Result<ColumnMapping> fromJson(const QJsonObject& o);
    [[nodiscard]] static Result<ColumnMapping> load(const QString& path);
    [[nodiscard]] Status save(const QString& path) const;

    // Every column reference the mapping uses (title placeholders included), without duplicates.
    [[nodiscard]] QStringList referencedColumns() const;
    // The tag that records an external id: "acled-id=UKR123".
    [[nodiscard]] QString externalIdTag(const QString& value) const;

    friend bool operator==(const ColumnMapping&, const ColumnMapping&) = default;
};

[[nodiscard]] QString actorPolicyKey(ColumnMapping::ActorPolicy p);

// A title template cut into parts: each is the literal text before a placeholder and the placeholder's
// alternative columns and modifier ("cameo"); the last part holds the trailing literal and no columns.
struct TitleTemplatePart {
    QString literal;
    QStringList columns;
    QString modifier;
};
[[nodiscard]] QList<TitleTemplatePart> parseTitleTemplate(const QString& title);

// Shipped presets: "acled", "gdelt" (1.0, 58 columns; 57 and 61 per row), "gdelt2" (2.0, 61 columns; 57 and 58
// per row), "timelinejs-sheet" (the TimelineJS Google-Sheet template, read by the TimelineJS importer).
[[nodiscard]] QStringList mappingPresetNames();
[[nodiscard]] std::optional<ColumnMapping> mappingPreset(const QString& name);

// Column names compared the way mappings compare them: lower case, without spaces, '_' and '-'.
[[nodiscard]] QString normalizedColumnName(QStringView name);

// A mapping for a file's header by synonyms (title|headline|label|name|event|summary, start|date|start_date|
// begin|when, end|end_date|until, description|text|notes|details, parties|actors|actor|who, issues|topics|issue|
// topic, source|url|link|sources, location|place, tags|tag|type|category), with ';' between list values; or the
// preset the header (or a header-less row's field count) is recognised as. An error when no date column is found.
[[nodiscard]] Result<ColumnMapping> autoMapping(const QStringList& header, bool hasHeader, char delimiter);

// The description of a CAMEO event code ("042" → "Make a visit"; ", not specified below" dropped); empty when
// the code is unknown. The table ships as a resource (resources/mappings/cameo.tsv).
[[nodiscard]] QString cameoDescription(QStringView code);

// The analyst's saved mappings: <folder>/<name>.json. The default folder is under the app data location.
[[nodiscard]] QString defaultMappingFolder();
[[nodiscard]] QStringList savedMappingNames(const QString& folder);
[[nodiscard]] Status saveNamedMapping(const QString& folder, const ColumnMapping& m);
// A file path, a preset name or a saved name, tried in that order (Kind::NotFound when none matches).
[[nodiscard]] Result<ColumnMapping> resolveMapping(
    const QString& nameOrFile, const QString& folder = defaultMappingFolder());

} // namespace Entente
