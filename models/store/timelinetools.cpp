// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinetools.h"
#include "datecore.h"
#include "timelinejs.h"
#include "eventimport.h"
#include "regularfile.h"

#include <QBuffer>
#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <expat.h>

namespace Entente {

namespace {
    // One element path's text per record: the parser collects <event>, <category> and <era> children as
    // name → text, and refuses what could expand or fetch (DTDs, entity declarations, external entities).
    struct XmlState {
        XML_Parser parser = nullptr;
        QStringList path; // element names from the root
        QString text;
        QHash<QString, QString> record;
        qint64 recordLine = 0;
        QList<std::pair<qint64, QHash<QString, QString>>> events, categories, eras;
        QString error;

        void stop(const QString& why)
        {
            if (error.isEmpty())
                error = QStringLiteral("line %1: %2").arg(XML_GetCurrentLineNumber(parser)).arg(why);
            XML_StopParser(parser, XML_FALSE);
        }
    };

    bool isRecord(const QString& name) { return name == u"event" || name == u"category" || name == u"era"; }

    void XMLCALL startElement(void* data, const XML_Char* name, const XML_Char**)
    {
        auto* s = static_cast<XmlState*>(data);
        const QString n = QString::fromUtf8(name);
        s->path << n;
        s->text.clear();
        if (isRecord(n) && s->path.size() == 3) {
            s->record.clear();
            s->recordLine = qint64(XML_GetCurrentLineNumber(s->parser));
        }
    }

    void XMLCALL endElement(void* data, const XML_Char*)
    {
        auto* s = static_cast<XmlState*>(data);
        const QString n = s->path.takeLast();
        if (s->path.size() == 3 && isRecord(s->path[2]))
            s->record.insert(n, s->text);
        else if (s->path.size() == 2 && isRecord(n)) {
            auto& list = n == u"event" ? s->events : n == u"category" ? s->categories : s->eras;
            list.append({ s->recordLine, s->record });
        }
        s->text.clear();
    }

    void XMLCALL characters(void* data, const XML_Char* chars, int len)
    {
        static_cast<XmlState*>(data)->text += QString::fromUtf8(chars, len);
    }

    void XMLCALL doctype(void* data, const XML_Char*, const XML_Char*, const XML_Char*, int)
    {
        static_cast<XmlState*>(data)->stop(QStringLiteral("a DOCTYPE is not allowed in a timeline file"));
    }

    void XMLCALL entityDecl(void* data, const XML_Char*, int, const XML_Char*, int, const XML_Char*, const XML_Char*,
        const XML_Char*, const XML_Char*)
    {
        static_cast<XmlState*>(data)->stop(QStringLiteral("entity declarations are not allowed in a timeline file"));
    }

    int XMLCALL externalEntity(XML_Parser, const XML_Char*, const XML_Char*, const XML_Char*, const XML_Char*)
    {
        return XML_STATUS_ERROR; // never fetched
    }

    // "2010-04-20 00:00:00", "-3300-01-01 00:00:00": midnight is a day, anything else a minute (the date core's
    // LooseIso form).
    std::optional<PartialDate> timelineDate(const QString& text, QString* why)
    {
        static const QRegularExpression form(QStringLiteral("^(-?\\d{1,4})-(\\d{1,2})-(\\d{1,2})(?:[ T](\\d{1,2}):(\\d{2})(?::(\\d{2}))?)?$"));
        if (!form.match(text.trimmed()).hasMatch()) {
            *why = QStringLiteral("\"%1\" is not a date (YYYY-MM-DD hh:mm:ss)").arg(text.left(40));
            return std::nullopt;
        }
        const auto d = DateCore::parse(text.toLatin1(), DateCore::Form::LooseIso);
        if (!d.ok()) {
            *why = QStringLiteral("\"%1\" is not a valid date").arg(text.left(40));
            return std::nullopt;
        }
        return d.value();
    }

    QString colourOf(const QString& rgb)
    {
        const QStringList parts = rgb.split(u',');
        if (parts.size() != 3)
            return {};
        QString out = QStringLiteral("#");
        for (const auto& p : parts) {
            bool ok = false;
            const int v = p.trimmed().toInt(&ok);
            if (!ok || v < 0 || v > 255)
                return {};
            out += QStringLiteral("%1").arg(v, 2, 16, QLatin1Char('0'));
        }
        return out;
    }

    bool isTrue(const QString& s) { return s.trimmed().compare(QLatin1String("true"), Qt::CaseInsensitive) == 0; }

    QString slugOf(const QString& name)
    {
        QString s = name.toLower();
        s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        while (s.startsWith(u'-'))
            s.remove(0, 1);
        while (s.endsWith(u'-'))
            s.chop(1);
        return s.isEmpty() ? QStringLiteral("category") : s.left(48);
    }
}

Result<Dossier> importTimelineProject(const QByteArray& xml, const Dossier& target, const TimelineJsImportOptions& options)
{
    // The file line of the element at fault, when known, is the error's line.
    qint64 failLine = -1;
    auto fail = [&](const QString& why) { return Error(why, failLine, {}, Error::Kind::Invalid); };
    XmlState s;
    s.parser = XML_ParserCreate("UTF-8");
    if (!s.parser)
        return fail(QStringLiteral("out of memory"));
    XML_SetUserData(s.parser, &s);
    XML_SetElementHandler(s.parser, startElement, endElement);
    XML_SetCharacterDataHandler(s.parser, characters);
    XML_SetStartDoctypeDeclHandler(s.parser, doctype);
    XML_SetEntityDeclHandler(s.parser, entityDecl);
    XML_SetExternalEntityRefHandler(s.parser, externalEntity);
    XML_SetParamEntityParsing(s.parser, XML_PARAM_ENTITY_PARSING_NEVER);
    const auto status = XML_Parse(s.parser, xml.constData(), int(xml.size()), XML_TRUE);
    if (status != XML_STATUS_OK && s.error.isEmpty()) {
        failLine = qint64(XML_GetCurrentLineNumber(s.parser));
        s.error = QStringLiteral("line %1: %2")
                      .arg(failLine)
                      .arg(QString::fromUtf8(XML_ErrorString(XML_GetErrorCode(s.parser))));
    }
    XML_ParserFree(s.parser);
    if (!s.error.isEmpty())
        return fail(s.error);

    Dossier d = target;
    // Categories: parties (with their colour) or tags.
    QHash<QString, QString> partyOf;
    for (const auto& p : d.parties())
        partyOf.insert(p.name.toLower(), p.id);
    QHash<QString, QString> colours;
    for (const auto& [line, c] : std::as_const(s.categories))
        colours.insert(c.value(QStringLiteral("name")).trimmed(), colourOf(c.value(QStringLiteral("color"))));
    auto partyFor = [&](const QString& name) -> std::optional<QString> {
        if (auto it = partyOf.constFind(name.toLower()); it != partyOf.cend())
            return *it;
        Party p;
        const QString base = slugOf(name);
        p.id = base;
        for (int n = 2; d.partyIndex(p.id) >= 0; ++n)
            p.id = base + u'-' + QString::number(n);
        p.name = name;
        p.color = colours.value(name);
        if (!d.insertParty(-1, p).ok())
            return std::nullopt;
        partyOf.insert(name.toLower(), p.id);
        return p.id;
    };
    auto& store = d.eventsForBulkLoad();
    QString why;
    for (const auto& [line, r] : std::as_const(s.events)) {
        const QString title = r.value(QStringLiteral("text")).trimmed();
        auto where = [&, line = line](const QString& w) {
            return title.isEmpty() ? QStringLiteral("line %1: %2").arg(line).arg(w)
                                   : QStringLiteral("line %1 (\u201C%2\u201D): %3").arg(line).arg(title.left(60), w);
        };
        failLine = line;
        Event e;
        e.id = store.nextId();
        const auto start = timelineDate(r.value(QStringLiteral("start")), &why);
        if (!start)
            return fail(where(QStringLiteral("start: ") + why));
        const auto end = timelineDate(r.value(QStringLiteral("end"), r.value(QStringLiteral("start"))), &why);
        if (!end)
            return fail(where(QStringLiteral("end: ") + why));
        if (end->msecs < start->msecs)
            return fail(where(QStringLiteral("ends before it starts")));
        e.start = *start;
        if (end->msecs != start->msecs)
            e.end = *end;
        e.title = title.isEmpty() ? QStringLiteral("Untitled") : title;
        e.description = r.value(QStringLiteral("description"));
        if (isTrue(r.value(QStringLiteral("fuzzy"))) || isTrue(r.value(QStringLiteral("fuzzy_start")))
            || isTrue(r.value(QStringLiteral("fuzzy_end"))))
            e.tags << QStringLiteral("fuzzy");
        if (const QString category = r.value(QStringLiteral("category")).trimmed(); !category.isEmpty()) {
            if (options.groupsAsParties) {
                const auto id = partyFor(category);
                if (!id)
                    return fail(where(QStringLiteral("category \"%1\" cannot be a party").arg(category)));
                e.parties << *id;
            } else {
                e.tags << category;
            }
        }
        store.append(e);
    }
    store.finish();
    for (const auto& [line, r] : std::as_const(s.eras)) {
        failLine = line;
        Era era;
        era.name = r.value(QStringLiteral("name")).trimmed();
        const auto start = timelineDate(r.value(QStringLiteral("start")), &why);
        const auto end = start ? timelineDate(r.value(QStringLiteral("end")), &why) : std::nullopt;
        if (!start || !end)
            return fail(QStringLiteral("line %1 (era \u201C%2\u201D): %3").arg(line).arg(era.name, why));
        era.start = *start;
        era.end = *end;
        era.color = colourOf(r.value(QStringLiteral("color")));
        for (qsizetype n = d.eras().size() + 1; era.id.isEmpty() || d.eraIndex(era.id) >= 0; ++n)
            era.id = QStringLiteral("era-%1").arg(n);
        if (const QString err = d.insertEra(-1, era).message(); !err.isEmpty())
            return fail(QStringLiteral("line %1 (era \u201C%2\u201D): %3").arg(line).arg(era.name, err));
    }
    failLine = -1;
    if (const auto problems = d.validate(); !problems.isEmpty())
        return fail(problems.join(QStringLiteral("; ")));
    return d;
}

Result<Dossier> importTimelineProjectFile(const QString& path, const Dossier& target, const TimelineJsImportOptions& options)
{
    const auto bytes = readTimelineFile(path, QStringLiteral("timeline"));
    if (!bytes.ok())
        return bytes.error();
    auto d = importTimelineProject(bytes.value(), target, options);
    if (!d.ok())
        return d.error().prefixed(path);
    return d;
}

Result<Dossier> importTimeFlowFile(
    const QString& path, const Dossier& target, bool skipBadRows, EventImportResult* report)
{
    QFile f(path);
    if (auto why = openRegularFile(f); !why.ok())
        return why.error();
    if (f.size() > 256 * 1024 * 1024)
        return Error(QStringLiteral("%1: too large for a TimeFlow file (over 256 MB)").arg(path), Error::Kind::Invalid);
    EventImportOptions options;
    options.skipBadRows = skipBadRows;
    auto d = importTimeFlow(f.readAll(), target, options, report);
    if (!d.ok())
        return d.error().prefixed(path);
    return d;
}

Result<Dossier> importTimeFlow(
    const QByteArray& data, const Dossier& target, const EventImportOptions& options, EventImportResult* report)
{
    auto fail = [](const QString& why) { return Error(why, Error::Kind::Invalid); };
    // The header: "#TIMEFLOW<TAB>field<TAB>Type<TAB>Name", "#TIMEFLOW<TAB>alias<TAB>TIMEFLOW_START<TAB>Name", …
    QHash<QString, QString> aliases, types;
    qsizetype at = 0;
    QByteArray body;
    body.reserve(data.size());
    while (at < data.size() && data.mid(at, 9).compare("#TIMEFLOW", Qt::CaseInsensitive) == 0) {
        qsizetype eol = data.indexOf('\n', at);
        if (eol < 0)
            eol = data.size();
        const QList<QByteArray> parts = data.mid(at, eol - at).trimmed().split('\t');
        if (parts.size() >= 4 && parts[1].trimmed() == "field")
            types.insert(QString::fromUtf8(parts[3]).trimmed(), QString::fromUtf8(parts[2]).trimmed().toLower());
        else if (parts.size() >= 4 && parts[1].trimmed() == "alias")
            aliases.insert(QString::fromUtf8(parts[2]).trimmed().toUpper(), QString::fromUtf8(parts[3]).trimmed());
        body += '\n'; // keeps the file's line numbers
        at = eol + 1;
    }
    if (types.isEmpty() && aliases.isEmpty())
        return fail(QStringLiteral("not a TimeFlow file: no #TIMEFLOW header lines"));
    body += data.mid(at);
    ColumnMapping m;
    m.name = QStringLiteral("TimeFlow");
    m.delimiter = u'\t';
    m.header = ColumnMapping::Header::Yes;
    m.listSeparator = QStringLiteral(",");
    m.date = aliases.value(QStringLiteral("TIMEFLOW_START"), QStringLiteral("Start"));
    m.endDate = aliases.value(QStringLiteral("TIMEFLOW_END"));
    m.title = aliases.value(QStringLiteral("TIMEFLOW_LABEL"));
    const QString track = aliases.value(QStringLiteral("TIMEFLOW_TRACK"));
    if (!track.isEmpty())
        m.actors << track;
    const QStringList used { m.date, m.endDate, m.title, track };
    for (auto it = types.cbegin(); it != types.cend(); ++it) {
        if (used.contains(it.key()))
            continue;
        const QString lower = it.key().toLower();
        if (it.value() == u"list")
            m.tags << it.key();
        else if (it.value() == u"url" || lower == u"source" || lower == u"url")
            m.source = it.key();
        else if (m.description.isEmpty() && (lower.contains(u"note") || lower.contains(u"description") || lower == u"text"))
            m.description = it.key();
        else if (it.value() == u"number")
            m.attributes << it.key();
    }
    m.tags.sort();
    m.attributes.sort();
    m.missingColumns = ColumnMapping::MissingColumns::Skip;
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    auto result = importEvents(buffer, m, target, options);
    if (!result.ok())
        return result.error();
    auto merged = applyImport(target, result.value());
    if (!merged.ok())
        return merged.error();
    if (report)
        *report = std::move(result).value();
    return std::move(merged).value();
}

} // namespace Entente
