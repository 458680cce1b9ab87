// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejs.h"
#include "exporttext.h"
#include "regularfile.h"
#include "safefilewriter.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace Entente {

namespace {
    void jsonString(QByteArray& out, const QString& s)
    {
        out += '"';
        for (QChar c : s) {
            const char16_t u = c.unicode();
            switch (u) {
            case u'"': out += "\\\""; break;
            case u'\\': out += "\\\\"; break;
            case u'\n': out += "\\n"; break;
            case u'\r': out += "\\r"; break;
            case u'\t': out += "\\t"; break;
            default:
                if (u < 0x20)
                    out += "\\u00" + QByteArray::number(u, 16).rightJustified(2, '0');
                else
                    out += QString(c).toUtf8(); // surrogate halves are joined below
            }
        }
        out += '"';
    }

    // Surrogate pairs must be converted together: escape via UTF-8 of the whole string.
    void jsonText(QByteArray& out, const QString& s)
    {
        bool simple = true;
        for (QChar c : s)
            simple = simple && !c.isSurrogate();
        if (simple)
            return jsonString(out, s);
        QString escaped;
        for (QChar c : s) {
            if (c == u'"' || c == u'\\')
                escaped += u'\\';
            if (c == u'\n')
                escaped += QStringLiteral("\\n");
            else if (c == u'\r')
                escaped += QStringLiteral("\\r");
            else if (c == u'\t')
                escaped += QStringLiteral("\\t");
            else if (c.unicode() < 0x20)
                escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                escaped += c;
        }
        out += '"' + escaped.toUtf8() + '"';
    }

    // TimelineJS renders headlines, texts, credits and captions as HTML: escaped, and without control characters.
    QString html(const QString& s)
    {
        QString e = ExportText::withoutControls(s).toHtmlEscaped();
        e.replace(u'\n', QStringLiteral("<br>"));
        return e;
    }

    QString plain(QString s)
    {
        static const QRegularExpression breaks(QStringLiteral("<br\\s*/?>|</p>\\s*<p[^>]*>"), QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression tags(QStringLiteral("<[^>]*>"));
        s.replace(breaks, QStringLiteral("\n"));
        s.remove(tags);
        s.replace(QStringLiteral("&lt;"), QStringLiteral("<"));
        s.replace(QStringLiteral("&gt;"), QStringLiteral(">"));
        s.replace(QStringLiteral("&quot;"), QStringLiteral("\""));
        s.replace(QStringLiteral("&#39;"), QStringLiteral("'"));
        s.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
        s.replace(QStringLiteral("&amp;"), QStringLiteral("&"));
        return s;
    }

    void dateObject(QByteArray& out, const PartialDate& d)
    {
        const QDateTime t = QDateTime::fromMSecsSinceEpoch(d.msecs, Qt::UTC);
        out += "{\"year\": \"" + QByteArray::number(t.date().year()) + '"';
        if (d.precision >= Precision::Month)
            out += ", \"month\": \"" + QByteArray::number(t.date().month()) + '"';
        if (d.precision >= Precision::Day)
            out += ", \"day\": \"" + QByteArray::number(t.date().day()) + '"';
        if (d.precision >= Precision::Minute)
            out += ", \"hour\": \"" + QByteArray::number(t.time().hour()) + "\", \"minute\": \""
                + QByteArray::number(t.time().minute()) + '"';
        out += '}';
    }

    std::optional<PartialDate> dateFrom(const QJsonValue& v, QString* why)
    {
        const QJsonObject o = v.toObject();
        auto part = [&](const char* key, bool* present) -> int {
            const QJsonValue x = o.value(QLatin1String(key));
            *present = !x.isUndefined() && !x.isNull() && !(x.isString() && x.toString().isEmpty());
            return x.isDouble() ? x.toInt() : x.toString().toInt();
        };
        bool hasYear = false, hasMonth = false, hasDay = false, hasHour = false, hasMinute = false;
        const int y = part("year", &hasYear), m = part("month", &hasMonth), d = part("day", &hasDay),
                  h = part("hour", &hasHour), mi = part("minute", &hasMinute);
        if (!hasYear) {
            *why = QStringLiteral("a date without a year");
            return std::nullopt;
        }
        const Precision p = hasHour ? Precision::Minute : hasDay ? Precision::Day : hasMonth ? Precision::Month : Precision::Year;
        const QDate date(y, hasMonth ? m : 1, hasDay ? d : 1);
        if (!date.isValid() || h < 0 || h > 23 || mi < 0 || mi > 59) {
            *why = QStringLiteral("an invalid date");
            return std::nullopt;
        }
        Q_UNUSED(hasMinute);
        return PartialDate::fromMsecs(QDateTime(date, QTime(hasHour ? h : 0, hasHour ? mi : 0), Qt::UTC).toMSecsSinceEpoch(), p);
    }

    QString slugOf(const QString& name)
    {
        QString s = name.toLower();
        s.replace(QRegularExpression(QStringLiteral("[^a-z0-9]+")), QStringLiteral("-"));
        while (s.startsWith(u'-'))
            s.remove(0, 1);
        while (s.endsWith(u'-'))
            s.chop(1);
        return s.isEmpty() ? QStringLiteral("group") : s;
    }

    bool isWebUrl(const QString& url)
    {
        return (url.startsWith(u"https://", Qt::CaseInsensitive) || url.startsWith(u"http://", Qt::CaseInsensitive))
            && std::none_of(url.cbegin(), url.cend(), [](QChar c) { return c.unicode() <= 0x20 || c == u'"' || c == u'<' || c == u'>'; });
    }

    bool meets(qint64 start, qint64 end, qint64 from, qint64 to)
    {
        const qint64 last = end == PartialDate::Invalid ? start : end;
        return (from == PartialDate::Invalid || last >= from) && (to == PartialDate::Invalid || start < to);
    }
}

QByteArray exportTimelineJs(const Dossier& d, qint64 from, qint64 to)
{
    QByteArray out;
    out.reserve(256 + d.events().size() * 256);
    out += "{\n  \"title\": {\"text\": {\"headline\": ";
    jsonText(out, html(d.name));
    out += ", \"text\": ";
    jsonText(out, html(d.description));
    out += "}},\n  \"events\": [";
    const EventStore& s = d.events();
    bool first = true;
    for (qsizetype r = s.lowerBound(PartialDate::Invalid); r < s.size(); ++r) {
        if (!meets(s.start(r), s.end(r), from, to))
            continue;
        out += first ? "\n    {" : ",\n    {";
        first = false;
        out += "\"unique_id\": \"event-" + QByteArray::number(s.id(r)) + "\", \"start_date\": ";
        dateObject(out, s.startDate(r));
        if (s.end(r) != PartialDate::Invalid) {
            out += ", \"end_date\": ";
            dateObject(out, s.endDate(r));
        }
        out += ", \"text\": {\"headline\": ";
        jsonText(out, html(s.title(r).toString()));
        out += ", \"text\": ";
        jsonText(out, html(s.description(r).toString()));
        out += '}';
        const QStringList parties = s.refTexts(r, EventStore::RefKind::Party);
        if (!parties.isEmpty()) {
            const auto pi = d.partyIndex(parties.front());
            // TimelineJS strips tags from the group, decodes entities and assigns the result to innerHTML: no
            // escaping survives that, so the label carries no '<', '>' or '&' at all.
            out += ", \"group\": ";
            jsonText(out, ExportText::plainLabel(pi >= 0 ? d.parties()[pi].name : parties.front()));
        }
        const QStringList sources = s.refTexts(r, EventStore::RefKind::Source);
        if (!sources.isEmpty()) {
            const auto si = d.sourceIndex(sources.front());
            // Only web links become media: TimelineJS would embed or link any other scheme (javascript:, data:).
            if (si >= 0 && isWebUrl(d.sources()[si].url)) {
                const Source& src = d.sources()[si];
                out += ", \"media\": {\"url\": ";
                jsonText(out, src.url);
                out += ", \"credit\": ";
                jsonText(out, html(src.outlet));
                out += ", \"caption\": ";
                jsonText(out, html(src.title));
                out += '}';
            }
        }
        out += '}';
    }
    out += "\n  ],\n  \"eras\": [";
    first = true;
    for (const Era& e : d.eras()) {
        const PartialDate end = e.end.isValid() ? e.end : e.start;
        if (!e.start.isValid() || !meets(e.start.msecs, end.msecs, from, to))
            continue;
        out += first ? "\n    {" : ",\n    {";
        first = false;
        out += "\"start_date\": ";
        dateObject(out, e.start);
        out += ", \"end_date\": ";
        dateObject(out, end);
        out += ", \"text\": {\"headline\": ";
        jsonText(out, html(e.name));
        out += "}}";
    }
    out += "\n  ]\n}\n";
    return out;
}

bool exportTimelineJsFile(const Dossier& d, const QString& path, QString* error, qint64 from, qint64 to)
{
    const QString e = SafeFileWriter::writeFile(path, exportTimelineJs(d, from, to));
    if (!e.isEmpty() && error)
        *error = e;
    return e.isEmpty();
}

std::optional<Dossier> importTimelineJs(const QByteArray& json, const Dossier& target, const TimelineJsImportOptions& options, QString* error)
{
    auto fail = [&](const QString& why) -> std::optional<Dossier> {
        if (error)
            *error = why;
        return std::nullopt;
    };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) {
        const qsizetype line = json.left(pe.offset).count('\n') + 1;
        return fail(QStringLiteral("line %1: %2").arg(line).arg(pe.errorString()));
    }
    const QJsonObject root = doc.object();
    if (!root.value(QStringLiteral("events")).isArray())
        return fail(QStringLiteral("not a TimelineJS file: no \"events\" array"));
    Dossier d = target;
    QHash<QString, QString> partyByName, sourceByUrl;
    for (const auto& p : d.parties()) {
        partyByName.insert(p.name.toLower(), p.id);
        partyByName.insert(p.id.toLower(), p.id);
    }
    for (const auto& s : d.sources())
        if (!s.url.isEmpty())
            sourceByUrl.insert(s.url, s.id);
    QString why;
    qsizetype index = 0;
    auto& store = d.eventsForBulkLoad();
    for (const auto& v : root.value(QStringLiteral("events")).toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        auto where = [&](const QString& w) { return QStringLiteral("event %1: %2").arg(index).arg(w); };
        Event e;
        e.id = store.nextId();
        const auto start = dateFrom(o.value(QStringLiteral("start_date")), &why);
        if (!start)
            return fail(where(why));
        e.start = *start;
        if (o.contains(QStringLiteral("end_date"))) {
            const auto end = dateFrom(o.value(QStringLiteral("end_date")), &why);
            if (!end)
                return fail(where(why));
            e.end = *end;
            if (e.end.periodEnd() <= e.start.msecs)
                return fail(where(QStringLiteral("ends (%1) before it starts (%2)").arg(e.end.toIso(), e.start.toIso())));
        }
        const QJsonObject text = o.value(QStringLiteral("text")).toObject();
        e.title = plain(text.value(QStringLiteral("headline")).toString()).trimmed();
        e.description = plain(text.value(QStringLiteral("text")).toString());
        if (e.title.isEmpty())
            e.title = QStringLiteral("Untitled");
        const QString group = o.value(QStringLiteral("group")).toString().trimmed();
        if (!group.isEmpty()) {
            if (options.groupsAsParties) {
                QString id = partyByName.value(group.toLower());
                if (id.isEmpty()) {
                    const QString base = slugOf(group);
                    id = base;
                    for (int n = 2; d.partyIndex(id) >= 0; ++n)
                        id = base + u'-' + QString::number(n);
                    Party p;
                    p.id = id;
                    p.name = group;
                    if (auto err = d.insertParty(-1, p); !err.isEmpty())
                        return fail(where(err));
                    partyByName.insert(group.toLower(), id);
                }
                e.parties << id;
            } else {
                e.tags << group;
            }
        }
        const QJsonObject media = o.value(QStringLiteral("media")).toObject();
        const QString url = media.value(QStringLiteral("url")).toString().trimmed();
        if (!url.isEmpty()) {
            QString id = sourceByUrl.value(url);
            if (id.isEmpty()) {
                for (qsizetype n = d.sources().size() + 1; id.isEmpty() || d.sourceIndex(id) >= 0; ++n)
                    id = QStringLiteral("timelinejs-%1").arg(n);
                Source s;
                s.id = id;
                s.url = url;
                s.outlet = plain(media.value(QStringLiteral("credit")).toString());
                s.title = plain(media.value(QStringLiteral("caption")).toString());
                if (auto err = d.insertSource(-1, s); !err.isEmpty())
                    return fail(where(err));
                sourceByUrl.insert(url, id);
            }
            e.sources << id;
        }
        store.append(e);
    }
    store.finish();
    qsizetype eraIndex = 0;
    for (const auto& v : root.value(QStringLiteral("eras")).toArray()) {
        ++eraIndex;
        const QJsonObject o = v.toObject();
        const auto start = dateFrom(o.value(QStringLiteral("start_date")), &why);
        const auto end = start ? dateFrom(o.value(QStringLiteral("end_date")), &why) : std::nullopt;
        if (!start || !end)
            return fail(QStringLiteral("era %1: %2").arg(eraIndex).arg(why));
        Era era;
        for (qsizetype n = d.eras().size() + 1; era.id.isEmpty() || d.eraIndex(era.id) >= 0; ++n)
            era.id = QStringLiteral("era-%1").arg(n);
        era.name = plain(o.value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString()).trimmed();
        era.start = *start;
        era.end = *end;
        if (auto err = d.insertEra(-1, era); !err.isEmpty())
            return fail(QStringLiteral("era %1: %2").arg(eraIndex).arg(err));
    }
    if (const auto problems = d.validate(); !problems.isEmpty())
        return fail(problems.join(QStringLiteral("; ")));
    return d;
}

std::optional<Dossier> importTimelineJsFile(const QString& path, const Dossier& target, const TimelineJsImportOptions& options, QString* error)
{
    QFile f(path);
    if (const QString why = openRegularFile(f); !why.isEmpty()) {
        if (error)
            *error = QStringLiteral("cannot open %1: %2").arg(path, why);
        return std::nullopt;
    }
    if (f.size() > 64 * 1024 * 1024) {
        if (error)
            *error = QStringLiteral("%1 is too large for a TimelineJS file (over 64 MB)").arg(path);
        return std::nullopt;
    }
    QString why;
    auto d = importTimelineJs(f.readAll(), target, options, &why);
    if (!d && error)
        *error = QStringLiteral("%1: %2").arg(path, why);
    return d;
}

} // namespace Entente
