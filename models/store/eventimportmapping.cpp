// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportmapping.h"
#include "regularfile.h"
#include "safefilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

static void initMappingResources()
{
    Q_INIT_RESOURCE(entente_mappings);
}

namespace Entente {

namespace {
    QJsonArray toArray(const QStringList& l)
    {
        QJsonArray a;
        for (const auto& s : l)
            a.append(s);
        return a;
    }

    // A reference may be written as a string or, for positions, as a number.
    QString refOf(const QJsonValue& v) { return v.isDouble() ? QString::number(v.toInt()) : v.toString(); }

    QStringList listOf(const QJsonValue& v)
    {
        QStringList out;
        if (v.isArray()) {
            for (const auto& x : v.toArray())
                out << refOf(x);
        } else if (!v.isUndefined() && !v.isNull()) {
            out << refOf(v);
        }
        return out;
    }

    const char* const fieldKeys[] = { "date", "endDate", "title", "description", "notes", "location", "latitude",
        "longitude", "source", "eventType" };

    QString* fieldOf(ColumnMapping& m, int i)
    {
        QString* fields[] = { &m.date, &m.endDate, &m.title, &m.description, &m.notes, &m.location, &m.latitude,
            &m.longitude, &m.source, &m.eventType };
        return fields[i];
    }

    bool ensurePresetResources()
    {
        static const bool done = [] {
            initMappingResources();
            return true;
        }();
        return done;
    }

    QString fileNameFor(const QString& name)
    {
        QString s = name.trimmed().toLower();
        s.replace(QRegularExpression(QStringLiteral("[^a-z0-9._-]+")), QStringLiteral("-"));
        return s + QStringLiteral(".json");
    }
}

QString actorPolicyKey(ColumnMapping::ActorPolicy p)
{
    switch (p) {
    case ColumnMapping::ActorPolicy::Create:
        return QStringLiteral("create");
    case ColumnMapping::ActorPolicy::Drop:
        return QStringLiteral("drop");
    case ColumnMapping::ActorPolicy::Reject:
        return QStringLiteral("reject");
    }
    return {};
}

QJsonObject ColumnMapping::toJson() const
{
    QJsonObject o;
    o.insert(QStringLiteral("format"), QStringLiteral("entente-mapping"));
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("name"), name);
    if (!delimiter.isNull())
        o.insert(QStringLiteral("delimiter"), QString(delimiter));
    if (header != Header::Detect)
        o.insert(QStringLiteral("header"), header == Header::Yes);
    if (!columnNames.isEmpty())
        o.insert(QStringLiteral("columnNames"), toArray(columnNames));
    QJsonObject fields;
    auto& self = const_cast<ColumnMapping&>(*this);
    for (int i = 0; i < int(std::size(fieldKeys)); ++i)
        if (!fieldOf(self, i)->isEmpty())
            fields.insert(QLatin1String(fieldKeys[i]), *fieldOf(self, i));
    if (!actors.isEmpty())
        fields.insert(QStringLiteral("actors"), toArray(actors));
    if (!tags.isEmpty())
        fields.insert(QStringLiteral("tags"), toArray(tags));
    if (!attributes.isEmpty())
        fields.insert(QStringLiteral("attributes"), toArray(attributes));
    o.insert(QStringLiteral("fields"), fields);
    if (!listSeparator.isEmpty())
        o.insert(QStringLiteral("listSeparator"), listSeparator);
    o.insert(QStringLiteral("unknownActors"), actorPolicyKey(actorPolicy));
    if (!actorParties.isEmpty()) {
        QJsonObject t;
        for (auto it = actorParties.cbegin(); it != actorParties.cend(); ++it)
            t.insert(it.key(), it.value());
        o.insert(QStringLiteral("actorParties"), t);
    }
    o.insert(QStringLiteral("sourceAs"), sourceMode == SourceMode::Tag ? QStringLiteral("tag") : QStringLiteral("source"));
    return o;
}

std::optional<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& o, QString* error)
{
    auto bad = [&](const QString& why) -> std::optional<ColumnMapping> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    if (o.value(QStringLiteral("version")).toInt(1) > 1)
        return bad(QStringLiteral("mapping version %1 is newer than this program").arg(o.value(QStringLiteral("version")).toInt()));
    ColumnMapping m;
    m.name = o.value(QStringLiteral("name")).toString();
    const QString delim = o.value(QStringLiteral("delimiter")).toString();
    if (delim == QStringLiteral("\\t") || delim == QStringLiteral("tab"))
        m.delimiter = u'\t';
    else if (delim.size() == 1)
        m.delimiter = delim[0];
    else if (!delim.isEmpty())
        return bad(QStringLiteral("delimiter \"%1\" is not one character").arg(delim));
    const auto header = o.value(QStringLiteral("header"));
    m.header = header.isBool() ? (header.toBool() ? Header::Yes : Header::No) : Header::Detect;
    m.columnNames = listOf(o.value(QStringLiteral("columnNames")));
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    for (int i = 0; i < int(std::size(fieldKeys)); ++i)
        *fieldOf(m, i) = refOf(fields.value(QLatin1String(fieldKeys[i])));
    m.actors = listOf(fields.value(QStringLiteral("actors")));
    m.tags = listOf(fields.value(QStringLiteral("tags")));
    m.attributes = listOf(fields.value(QStringLiteral("attributes")));
    m.listSeparator = o.value(QStringLiteral("listSeparator")).toString();
    const QString policy = o.value(QStringLiteral("unknownActors")).toString(QStringLiteral("create"));
    if (policy == QStringLiteral("create"))
        m.actorPolicy = ActorPolicy::Create;
    else if (policy == QStringLiteral("drop"))
        m.actorPolicy = ActorPolicy::Drop;
    else if (policy == QStringLiteral("reject"))
        m.actorPolicy = ActorPolicy::Reject;
    else
        return bad(QStringLiteral("unknownActors must be create, drop or reject, not \"%1\"").arg(policy));
    const QJsonObject table = o.value(QStringLiteral("actorParties")).toObject();
    for (auto it = table.begin(); it != table.end(); ++it)
        m.actorParties.insert(it.key(), it.value().toString());
    const QString sourceAs = o.value(QStringLiteral("sourceAs")).toString(QStringLiteral("source"));
    if (sourceAs != QStringLiteral("source") && sourceAs != QStringLiteral("tag"))
        return bad(QStringLiteral("sourceAs must be source or tag, not \"%1\"").arg(sourceAs));
    m.sourceMode = sourceAs == QStringLiteral("tag") ? SourceMode::Tag : SourceMode::Source;
    if (m.date.isEmpty())
        return bad(QStringLiteral("the mapping has no date column"));
    return m;
}

std::optional<ColumnMapping> ColumnMapping::load(const QString& path, QString* error)
{
    if (path.startsWith(u':'))
        ensurePresetResources();
    QFile f(path);
    if (const QString why = openRegularFile(f); !why.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot read mapping %1: %2").arg(path, why);
        return std::nullopt;
    }
    QJsonParseError pe;
    const auto doc = QJsonDocument::fromJson(f.readAll(), &pe); // a mapping is a few hundred bytes
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("mapping %1 is not a JSON object: %2").arg(path, pe.errorString());
        return std::nullopt;
    }
    QString why;
    auto m = fromJson(doc.object(), &why);
    if (!m && error)
        *error = QStringLiteral("mapping %1: %2").arg(path, why);
    return m;
}

bool ColumnMapping::save(const QString& path, QString* error) const
{
    SafeFileWriter f(path);
    if (!f.open() || !f.write(QJsonDocument(toJson()).toJson()) || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write mapping %1: %2").arg(path, f.reason());
        return false;
    }
    return true;
}

QStringList ColumnMapping::referencedColumns() const
{
    QStringList out;
    auto add = [&](const QString& r) {
        if (!r.isEmpty() && !out.contains(r))
            out << r;
    };
    for (const QString* f : { &date, &endDate, &description, &notes, &location, &latitude, &longitude, &source, &eventType })
        add(*f);
    if (title.contains(u'{')) {
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
        for (auto it = placeholder.globalMatch(title); it.hasNext();)
            add(it.next().captured(1));
    } else {
        add(title);
    }
    for (const QStringList* l : { &actors, &tags, &attributes })
        for (const auto& r : *l)
            add(r);
    return out;
}

QStringList mappingPresetNames() { return { QStringLiteral("acled"), QStringLiteral("gdelt"), QStringLiteral("gdelt2") }; }

std::optional<ColumnMapping> mappingPreset(const QString& name)
{
    if (!mappingPresetNames().contains(name.toLower()))
        return std::nullopt;
    return ColumnMapping::load(QStringLiteral(":/mappings/%1.json").arg(name.toLower()));
}

QString defaultMappingFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/mappings");
}

QStringList savedMappingNames(const QString& folder)
{
    QStringList out;
    const auto files = QDir(folder).entryInfoList({ QStringLiteral("*.json") }, QDir::Files, QDir::Name);
    for (const auto& fi : files)
        if (auto m = ColumnMapping::load(fi.filePath()))
            out << (m->name.isEmpty() ? fi.completeBaseName() : m->name);
    return out;
}

bool saveNamedMapping(const QString& folder, const ColumnMapping& m, QString* error)
{
    if (m.name.trimmed().isEmpty()) {
        if (error)
            *error = QStringLiteral("a saved mapping needs a name");
        return false;
    }
    if (!QDir().mkpath(folder)) {
        if (error)
            *error = QStringLiteral("cannot create folder %1").arg(folder);
        return false;
    }
    return m.save(QDir(folder).filePath(fileNameFor(m.name)), error);
}

std::optional<ColumnMapping> resolveMapping(const QString& nameOrFile, const QString& folder, QString* error)
{
    if (QFileInfo(nameOrFile).isFile())
        return ColumnMapping::load(nameOrFile, error);
    if (auto m = mappingPreset(nameOrFile))
        return m;
    const QString saved = QDir(folder).filePath(fileNameFor(nameOrFile));
    if (QFileInfo(saved).isFile())
        return ColumnMapping::load(saved, error);
    if (error)
        *error = QStringLiteral("no mapping file, preset or saved mapping named \"%1\" (presets: %2)")
                     .arg(nameOrFile, mappingPresetNames().join(QStringLiteral(", ")));
    return std::nullopt;
}

} // namespace Entente
