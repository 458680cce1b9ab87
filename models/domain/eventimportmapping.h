// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How the columns of a delimited file (or the fields of JSON objects) become events: a named, JSON-serialisable
// value. A column reference is a header name (case-insensitive), a name from columnNames (for files without a
// header, such as GDELT's), or a 0-based position written as digits ("26"). The title may be a template
// ("{sub_event_type} in {location}"). Presets ship as resources (":/mappings/acled.json", gdelt.json,
// gdelt2.json); the analyst's own mappings are saved as one JSON file per name in a folder.

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

    QString name;
    QChar delimiter; // null: detect (comma, tab, semicolon)
    Header header = Header::Detect;
    QStringList columnNames; // names of the positions when the file has no header row

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
    QString listSeparator; // when set, actor and tag cells hold several values separated by it

    ActorPolicy actorPolicy = ActorPolicy::Create;
    QHash<QString, QString> actorParties; // actor name → existing party id (checked before the policy applies)
    SourceMode sourceMode = SourceMode::Source;

    [[nodiscard]] QJsonObject toJson() const;
    static std::optional<ColumnMapping> fromJson(const QJsonObject& o, QString* error = nullptr);
    static std::optional<ColumnMapping> load(const QString& path, QString* error = nullptr);
    bool save(const QString& path, QString* error = nullptr) const;

    // Every column reference the mapping uses (title placeholders included), without duplicates.
    [[nodiscard]] QStringList referencedColumns() const;

    friend bool operator==(const ColumnMapping&, const ColumnMapping&) = default;
};

[[nodiscard]] QString actorPolicyKey(ColumnMapping::ActorPolicy p);

// Shipped presets: "acled", "gdelt" (1.0, 58 columns), "gdelt2" (2.0, 61 columns).
[[nodiscard]] QStringList mappingPresetNames();
[[nodiscard]] std::optional<ColumnMapping> mappingPreset(const QString& name);

// The analyst's saved mappings: <folder>/<name>.json. The default folder is under the app data location.
[[nodiscard]] QString defaultMappingFolder();
[[nodiscard]] QStringList savedMappingNames(const QString& folder);
bool saveNamedMapping(const QString& folder, const ColumnMapping& m, QString* error = nullptr);
// A file path, a preset name or a saved name, tried in that order.
[[nodiscard]] std::optional<ColumnMapping> resolveMapping(
    const QString& nameOrFile, const QString& folder = defaultMappingFolder(), QString* error = nullptr);

} // namespace Entente
