// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportmapping.h"
#include "jsonreader.h"
#include "regularfile.h"
#include "safefilewriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QStandardPaths>

static void initMappingResources() { Q_INIT_RESOURCE(entente_mappings); }

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
        "longitude", "source", "eventType", "externalId", "precision" };

    QString* fieldOf(ColumnMapping& m, int i)
    {
        QString* fields[] = { &m.date, &m.endDate, &m.title, &m.description, &m.notes, &m.location, &m.latitude,
            &m.longitude, &m.source, &m.eventType, &m.externalId, &m.precision };
        return fields[i];
    }

    QJsonObject toObject(const QHash<QString, QString>& h)
    {
        QJsonObject o;
        for (auto it = h.cbegin(); it != h.cend(); ++it)
            o.insert(it.key(), it.value());
        return o;
    }

    QHash<QString, QString> toHash(const QJsonValue& v)
    {
        QHash<QString, QString> h;
        const QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            h.insert(it.key(), it.value().isDouble() ? QString::number(it.value().toInt()) : it.value().toString());
        return h;
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

    // A preset shipped as a resource, by its lower-case name.
    Result<ColumnMapping> shippedPreset(const QString& name)
    {
        return ColumnMapping::load(QStringLiteral(":/mappings/%1.json").arg(name));
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
    if (!importer.isEmpty())
        o.insert(QStringLiteral("importer"), importer);
    if (!delimiter.isNull())
        o.insert(QStringLiteral("delimiter"), QString(delimiter));
    if (header != Header::Detect)
        o.insert(QStringLiteral("header"), header == Header::Yes);
    if (!columnNames.isEmpty())
        o.insert(QStringLiteral("columnNames"), toArray(columnNames));
    if (!alternativeColumnNames.isEmpty()) {
        QJsonArray layouts;
        for (const auto& l : alternativeColumnNames)
            layouts.append(toArray(l));
        o.insert(QStringLiteral("alternativeColumnNames"), layouts);
    }
    if (missingColumns == MissingColumns::Skip)
        o.insert(QStringLiteral("missingColumns"), QStringLiteral("skip"));
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
    if (!issues.isEmpty())
        fields.insert(QStringLiteral("issues"), toArray(issues));
    o.insert(QStringLiteral("fields"), fields);
    if (!externalIdScheme.isEmpty())
        o.insert(QStringLiteral("externalIdScheme"), externalIdScheme);
    if (!precisionCodes.isEmpty())
        o.insert(QStringLiteral("precisionCodes"), toObject(precisionCodes));
    if (!listSeparator.isEmpty())
        o.insert(QStringLiteral("listSeparator"), listSeparator);
    if (!actorAliases.isEmpty())
        o.insert(QStringLiteral("actorAliases"), toObject(actorAliases));
    if (!noActor.isEmpty())
        o.insert(QStringLiteral("noActor"), noActor);
    o.insert(QStringLiteral("unknownActors"), actorPolicyKey(actorPolicy));
    if (!actorParties.isEmpty()) {
        QJsonObject t;
        for (auto it = actorParties.cbegin(); it != actorParties.cend(); ++it)
            t.insert(it.key(), it.value());
        o.insert(QStringLiteral("actorParties"), t);
    }
    o.insert(
        QStringLiteral("sourceAs"), sourceMode == SourceMode::Tag ? QStringLiteral("tag") : QStringLiteral("source"));
    return o;
}

Result<ColumnMapping> ColumnMapping::fromJson(const QJsonObject& o)
{
    // The key at fault is the error's field.
    auto bad = [](const QString& why, const QString& key) { return Error(why, -1, key, Error::Kind::Invalid); };
    if (o.value(QStringLiteral("version")).toInt(1) > 1)
        return bad(QStringLiteral("mapping version %1 is newer than this program")
                       .arg(o.value(QStringLiteral("version")).toInt()),
            QStringLiteral("version"));
    ColumnMapping m;
    m.name = o.value(QStringLiteral("name")).toString();
    m.importer = o.value(QStringLiteral("importer")).toString();
    const QString delim = o.value(QStringLiteral("delimiter")).toString();
    if (delim == QStringLiteral("\\t") || delim == QStringLiteral("tab"))
        m.delimiter = u'\t';
    else if (delim.size() == 1)
        m.delimiter = delim[0];
    else if (!delim.isEmpty())
        return bad(QStringLiteral("delimiter \"%1\" is not one character").arg(delim), QStringLiteral("delimiter"));
    const auto header = o.value(QStringLiteral("header"));
    m.header = header.isBool() ? (header.toBool() ? Header::Yes : Header::No) : Header::Detect;
    m.columnNames = listOf(o.value(QStringLiteral("columnNames")));
    for (const auto& l : o.value(QStringLiteral("alternativeColumnNames")).toArray())
        m.alternativeColumnNames.append(listOf(l));
    const QString missing = o.value(QStringLiteral("missingColumns")).toString(QStringLiteral("error"));
    if (missing != QStringLiteral("error") && missing != QStringLiteral("skip"))
        return bad(QStringLiteral("missingColumns must be error or skip, not \"%1\"").arg(missing),
            QStringLiteral("missingColumns"));
    m.missingColumns = missing == QStringLiteral("skip") ? MissingColumns::Skip : MissingColumns::Error;
    const QJsonObject fields = o.value(QStringLiteral("fields")).toObject();
    for (int i = 0; i < int(std::size(fieldKeys)); ++i)
        *fieldOf(m, i) = refOf(fields.value(QLatin1String(fieldKeys[i])));
    m.actors = listOf(fields.value(QStringLiteral("actors")));
    m.tags = listOf(fields.value(QStringLiteral("tags")));
    m.attributes = listOf(fields.value(QStringLiteral("attributes")));
    m.issues = listOf(fields.value(QStringLiteral("issues")));
    m.externalIdScheme = o.value(QStringLiteral("externalIdScheme")).toString();
    m.precisionCodes = toHash(o.value(QStringLiteral("precisionCodes")));
    for (auto it = m.precisionCodes.cbegin(); it != m.precisionCodes.cend(); ++it)
        if (!QStringList { QStringLiteral("year"), QStringLiteral("month"), QStringLiteral("week"), QStringLiteral("day"), QStringLiteral("minute") }.contains(it.value()))
            return bad(QStringLiteral("precision code \"%1\" must be year, month, week, day or minute, not \"%2\"")
                           .arg(it.key(), it.value()),
                QStringLiteral("precisionCodes"));
    m.actorAliases = toHash(o.value(QStringLiteral("actorAliases")));
    m.noActor = o.value(QStringLiteral("noActor")).toString();
    m.listSeparator = o.value(QStringLiteral("listSeparator")).toString();
    const QString policy = o.value(QStringLiteral("unknownActors")).toString(QStringLiteral("create"));
    if (policy == QStringLiteral("create"))
        m.actorPolicy = ActorPolicy::Create;
    else if (policy == QStringLiteral("drop"))
        m.actorPolicy = ActorPolicy::Drop;
    else if (policy == QStringLiteral("reject"))
        m.actorPolicy = ActorPolicy::Reject;
    else
        return bad(QStringLiteral("unknownActors must be create, drop or reject, not \"%1\"").arg(policy),
            QStringLiteral("unknownActors"));
    const QJsonObject table = o.value(QStringLiteral("actorParties")).toObject();
    for (auto it = table.begin(); it != table.end(); ++it)
        m.actorParties.insert(it.key(), it.value().toString());
    const QString sourceAs = o.value(QStringLiteral("sourceAs")).toString(QStringLiteral("source"));
    if (sourceAs != QStringLiteral("source") && sourceAs != QStringLiteral("tag"))
        return bad(QStringLiteral("sourceAs must be source or tag, not \"%1\"").arg(sourceAs), QStringLiteral("sourceAs"));
    m.sourceMode = sourceAs == QStringLiteral("tag") ? SourceMode::Tag : SourceMode::Source;
    if (m.date.isEmpty())
        return bad(QStringLiteral("the mapping has no date column"), QStringLiteral("fields.date"));
    return m;
}

Result<ColumnMapping> ColumnMapping::load(const QString& path)
{
    if (path.startsWith(u':'))
        ensurePresetResources();
    QFile f(path);
    if (auto why = openRegularFile(f); !why.ok())
        return why.error();
    // The one JSON reader (jsonreader.h); a mapping is a few hundred bytes, read whole.
    const auto doc = parseJsonDocument(f.readAll(), JsonReader::Controls::Refuse);
    if (!doc.ok())
        return Error(QStringLiteral("mapping %1, line %2: %3").arg(path).arg(doc.error().line()).arg(doc.message()),
            doc.error().line(), {}, Error::Kind::Invalid);
    if (!doc->isObject())
        return Error(QStringLiteral("mapping %1 is not a JSON object").arg(path), 1, {}, Error::Kind::Invalid);
    auto m = fromJson(doc->toObject());
    if (!m.ok())
        return m.error().prefixed(QStringLiteral("mapping %1").arg(path));
    return m;
}

Status ColumnMapping::save(const QString& path) const
{
    SafeFileWriter f(path);
    if (!f.open() || !f.write(QJsonDocument(toJson()).toJson()) || !f.commit())
        return Error(QStringLiteral("cannot write mapping %1: %2").arg(path, f.reason()));
    return {};
}

QStringList ColumnMapping::referencedColumns() const
{
    QStringList out;
    auto add = [&](const QString& r) {
        if (!r.isEmpty() && !out.contains(r))
            out << r;
    };
    for (const QString* f : { &date, &endDate, &description, &notes, &location, &latitude, &longitude, &source, &eventType,
             &externalId, &precision })
        add(*f);
    if (title.contains(u'{')) {
        for (const auto& part : parseTitleTemplate(title))
            for (const auto& c : part.columns)
                add(c);
    } else {
        add(title);
    }
    for (const QStringList* l : { &actors, &issues, &tags, &attributes })
        for (const auto& r : *l)
            add(r);
    return out;
}

QString ColumnMapping::externalIdTag(const QString& value) const
{
    return (externalIdScheme.isEmpty() ? QStringLiteral("id=") : externalIdScheme + QStringLiteral("-id=")) + value;
}

QList<TitleTemplatePart> parseTitleTemplate(const QString& title)
{
    static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
    QList<TitleTemplatePart> parts;
    qsizetype at = 0;
    for (auto it = placeholder.globalMatch(title); it.hasNext();) {
        const auto match = it.next();
        TitleTemplatePart part;
        part.literal = title.mid(at, match.capturedStart() - at);
        QString body = match.captured(1);
        if (const qsizetype colon = body.lastIndexOf(u':'); colon > 0) {
            part.modifier = body.mid(colon + 1).trimmed().toLower();
            body.truncate(colon);
        }
        for (const auto& c : body.split(u'|', Qt::SkipEmptyParts))
            part.columns << c.trimmed();
        parts << part;
        at = match.capturedEnd();
    }
    parts << TitleTemplatePart { title.mid(at), {}, {} };
    return parts;
}

QString normalizedColumnName(QStringView name)
{
    QString out;
    out.reserve(name.size());
    for (QChar c : name)
        if (!c.isSpace() && c != u'_' && c != u'-')
            out += c.toLower();
    return out;
}

QString cameoDescription(QStringView code)
{
    static const QHash<QString, QString> table = [] {
        ensurePresetResources();
        QHash<QString, QString> t;
        QFile f(QStringLiteral(":/mappings/cameo.tsv"));
        if (!f.open(QIODevice::ReadOnly))
            return t;
        for (const QByteArray& line : f.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#'))
                continue;
            const qsizetype tab = line.indexOf('\t');
            if (tab <= 0)
                continue;
            QString text = QString::fromUtf8(line.mid(tab + 1)).trimmed();
            if (text.endsWith(QLatin1String(", not specified below")))
                text.chop(21);
            t.insert(QString::fromUtf8(line.left(tab)), text);
        }
        return t;
    }();
    return table.value(code.trimmed().toString());
}

namespace {
    // The first header column whose normalised name is one of names; -1 if none.
    qsizetype findColumn(const QStringList& normalized, std::initializer_list<const char*> names, qsizetype skip = -1)
    {
        for (const char* n : names)
            for (qsizetype i = 0; i < normalized.size(); ++i)
                if (i != skip && normalized[i] == QLatin1String(n))
                    return i;
        return -1;
    }
}

Result<ColumnMapping> autoMapping(const QStringList& header, bool hasHeader, char delimiter)
{
    auto bad = [](const QString& why) { return Error(why, Error::Kind::Invalid); };
    if (!hasHeader) {
        const qsizetype n = header.size();
        if (delimiter == '\t' && (n == 57 || n == 58))
            return shippedPreset(QStringLiteral("gdelt"));
        if (delimiter == '\t' && n == 61)
            return shippedPreset(QStringLiteral("gdelt2"));
        return bad(QStringLiteral("the file has no header row and is not a GDELT event file (57, 58 or 61 tab-separated "
                                  "columns); choose a mapping"));
    }
    QStringList norm;
    for (const auto& h : header)
        norm << normalizedColumnName(h);
    if (norm.contains(QStringLiteral("eventidcnty")) || (norm.contains(QStringLiteral("eventdate")) && norm.contains(QStringLiteral("actor1"))))
        return shippedPreset(QStringLiteral("acled"));
    if (norm.contains(QStringLiteral("year")) && norm.contains(QStringLiteral("headline")))
        return shippedPreset(QStringLiteral("timelinejs-sheet"));
    ColumnMapping m;
    m.name = QStringLiteral("auto");
    m.header = ColumnMapping::Header::Yes;
    m.listSeparator = QStringLiteral(";");
    auto ref = [&](qsizetype i) { return i < 0 ? QString() : header[i]; };
    const qsizetype date = findColumn(norm, { "start", "date", "startdate", "begin", "when", "eventdate" });
    if (date < 0)
        return bad(QStringLiteral("no date column: name one start, date, start_date, begin or when, or choose a mapping"));
    m.date = ref(date);
    m.endDate = ref(findColumn(norm, { "end", "enddate", "until" }));
    m.title = ref(findColumn(norm, { "title", "headline", "label", "name", "event", "summary" }));
    const qsizetype description = findColumn(norm, { "description", "text", "details", "notes" });
    m.description = ref(description);
    if (const qsizetype notes = findColumn(norm, { "notes" }, description); notes >= 0)
        m.notes = ref(notes);
    m.location = ref(findColumn(norm, { "location", "place" }));
    m.latitude = ref(findColumn(norm, { "latitude", "lat" }));
    m.longitude = ref(findColumn(norm, { "longitude", "lon", "lng", "long" }));
    if (m.latitude.isEmpty() != m.longitude.isEmpty())
        m.latitude = m.longitude = QString();
    m.source = ref(findColumn(norm, { "source", "sources", "url", "link" }));
    m.externalId = ref(findColumn(norm, { "id", "uniqueid", "eventid", "externalid" }));
    if (const qsizetype a = findColumn(norm, { "parties", "actors", "actor", "who", "party" }); a >= 0)
        m.actors << header[a];
    if (const qsizetype i = findColumn(norm, { "issues", "topics", "issue", "topic" }); i >= 0)
        m.issues << header[i];
    if (const qsizetype t = findColumn(norm, { "tags", "tag", "category", "categories" }); t >= 0)
        m.tags << header[t];
    return m;
}

QStringList mappingPresetNames()
{
    return { QStringLiteral("acled"), QStringLiteral("gdelt"), QStringLiteral("gdelt2"), QStringLiteral("timelinejs-sheet") };
}

std::optional<ColumnMapping> mappingPreset(const QString& name)
{
    if (!mappingPresetNames().contains(name.toLower()))
        return std::nullopt;
    auto m = shippedPreset(name.toLower());
    if (!m.ok())
        return std::nullopt;
    return std::move(m).value();
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
        if (auto m = ColumnMapping::load(fi.filePath()); m.ok())
            out << (m->name.isEmpty() ? fi.completeBaseName() : m->name);
    return out;
}

Status saveNamedMapping(const QString& folder, const ColumnMapping& m)
{
    if (m.name.trimmed().isEmpty())
        return Error(QStringLiteral("a saved mapping needs a name"), -1, QStringLiteral("name"), Error::Kind::Invalid);
    if (!QDir().mkpath(folder))
        return Error(QStringLiteral("cannot create folder %1").arg(folder));
    return m.save(QDir(folder).filePath(fileNameFor(m.name)));
}

Result<ColumnMapping> resolveMapping(const QString& nameOrFile, const QString& folder)
{
    if (QFileInfo(nameOrFile).isFile())
        return ColumnMapping::load(nameOrFile);
    if (auto m = mappingPreset(nameOrFile))
        return std::move(*m);
    const QString saved = QDir(folder).filePath(fileNameFor(nameOrFile));
    if (QFileInfo(saved).isFile())
        return ColumnMapping::load(saved);
    return Error(QStringLiteral("no mapping file, preset or saved mapping named \"%1\" (presets: %2)")
                     .arg(nameOrFile, mappingPresetNames().join(QStringLiteral(", "))),
        Error::Kind::NotFound);
}

} // namespace Entente
