// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinejs.h"
#include "datecore.h"
#include "eventimport.h"
#include "eventimportmapping.h"
#include "eventimportsink.h"
#include "jsonreader.h"
#include "exporttext.h"
#include "regularfile.h"
#include "safefilewriter.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

#include <cmath>

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
        // A link keeps its target as text: "label (https://…)".
        static const QRegularExpression links(QStringLiteral("<a\\s[^>]*href\\s*=\\s*[\"']([^\"']*)[\"'][^>]*>(.*?)</a>"),
            QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption);
        s.replace(links, QStringLiteral("\\2 (\\1)"));
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
        const auto c = DateCore::civilFromMsecs(d.msecs);
        out += "{\"year\": \"" + QByteArray::number(c.year) + '"';
        if (d.precision >= Precision::Month)
            out += ", \"month\": \"" + QByteArray::number(c.month) + '"';
        if (d.precision >= Precision::Day)
            out += ", \"day\": \"" + QByteArray::number(c.day) + '"';
        if (d.precision >= Precision::Minute)
            out += ", \"hour\": \"" + QByteArray::number(c.hour) + "\", \"minute\": \""
                + QByteArray::number(c.minute) + '"';
        out += '}';
    }

    // A date part as TimelineJS writes it: a number or a string of digits (zero-padded or not, a sign allowed);
    // an empty string or null is a missing part.
    std::optional<qint64> datePart(const QJsonObject& o, const char* key, bool* present, QString* why)
    {
        const QJsonValue x = o.value(QLatin1String(key));
        *present = false;
        if (x.isUndefined() || x.isNull())
            return 0;
        if (x.isDouble()) {
            const double d = x.toDouble();
            if (d != std::floor(d) || std::abs(d) > 9.0e15) {
                *why = QStringLiteral("%1 %2 is not a whole number").arg(QLatin1String(key)).arg(d);
                return std::nullopt;
            }
            *present = true;
            return qint64(d);
        }
        const QString t = x.toString().trimmed();
        if (t.isEmpty())
            return 0;
        bool ok = false;
        const qint64 v = t.toLongLong(&ok);
        if (!ok) {
            *why = QStringLiteral("%1 \"%2\" is not a number").arg(QLatin1String(key), t.left(40));
            return std::nullopt;
        }
        *present = true;
        return v;
    }

    std::optional<PartialDate> dateFrom(const QJsonValue& v, QString* why)
    {
        const QJsonObject o = v.toObject();
        bool has[7] = {};
        qint64 part[7] = {};
        static const char* const keys[] = { "year", "month", "day", "hour", "minute", "second", "millisecond" };
        for (int i = 0; i < 7; ++i) {
            const auto x = datePart(o, keys[i], &has[i], why);
            if (!x)
                return std::nullopt;
            part[i] = *x;
        }
        if (!has[0]) {
            *why = QStringLiteral("a date without a year");
            return std::nullopt;
        }
        const qint64 y = part[0];
        // A dossier has no year 0 and the file format writes four-digit years: deep time does not fit.
        if (y < -9999 || y > 9999 || y == 0) {
            *why = QStringLiteral("year %1 is outside the years a dossier can hold (-9999 to 9999, no year 0)").arg(y);
            return std::nullopt;
        }
        const qint64 m = has[1] ? part[1] : 1, d = has[2] ? part[2] : 1;
        if (m < 1 || m > 12) {
            *why = QStringLiteral("month %1 out of range").arg(m);
            return std::nullopt;
        }
        if (d < 1 || d > DateCore::daysInMonth(int(y), int(m))) {
            *why = QStringLiteral("day %1 out of range for %2-%3").arg(d).arg(y).arg(m, 2, 10, QLatin1Char('0'));
            return std::nullopt;
        }
        const qint64 h = part[3], mi = part[4], sec = part[5], ms = part[6];
        if (h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 60 || ms < 0 || ms > 999) {
            *why = QStringLiteral("time %1:%2:%3.%4 out of range")
                       .arg(h)
                       .arg(mi, 2, 10, QLatin1Char('0'))
                       .arg(sec, 2, 10, QLatin1Char('0'))
                       .arg(ms, 3, 10, QLatin1Char('0'));
            return std::nullopt;
        }
        // Hours through milliseconds are kept to the minute: the date type's finest precision.
        const bool timed = has[3] || has[4] || has[5] || has[6];
        const Precision p = timed ? Precision::Minute : has[2] ? Precision::Day : has[1] ? Precision::Month : Precision::Year;
        return PartialDate::fromMsecs(*DateCore::civilToMsecs(int(y), int(m), int(d), int(h), int(mi)), p);
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

Status exportTimelineJsFile(const Dossier& d, const QString& path, qint64 from, qint64 to)
{
    return SafeFileWriter::writeFile(path, exportTimelineJs(d, from, to));
}

Result<Dossier> importTimelineJs(const QByteArray& json, const Dossier& target, const TimelineJsImportOptions& options)
{
    const auto doc = parseJsonDocument(json);
    if (!doc.ok())
        return Error(QStringLiteral("line %1: %2").arg(doc.error().line()).arg(doc.message()), doc.error().line(), {});
    return importTimelineJsObject(doc->toObject(), target, options);
}

Result<Dossier> importTimelineJsObject(const QJsonObject& root, const Dossier& target,
    const TimelineJsImportOptions& options, const QList<qint64>& lines)
{
    // The event's (or era's) file line, when known, is the error's line.
    qint64 failLine = -1;
    auto fail = [&](const QString& why) { return Error(why, failLine, {}, Error::Kind::Invalid); };
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
    // unique_id is the external id ("timelinejs-id=…"): an event the dossier already holds is not added again.
    const QString idPrefix = QStringLiteral("timelinejs-id=");
    QSet<QString> knownIds;
    {
        const EventStore& events = target.events();
        for (qsizetype r = 0; r < events.size(); ++r)
            for (const QString& t : events.refTexts(r, EventStore::RefKind::Tag))
                if (t.startsWith(idPrefix))
                    knownIds.insert(t.mid(idPrefix.size()));
    }
    QString why;
    qsizetype index = 0;
    qint64 duplicates = 0;
    auto& store = d.eventsForBulkLoad();
    for (const auto& v : root.value(QStringLiteral("events")).toArray()) {
        ++index;
        const QJsonObject o = v.toObject();
        const QJsonObject text = o.value(QStringLiteral("text")).toObject();
        const QString headline = plain(text.value(QStringLiteral("headline")).toString()).trimmed();
        failLine = lines.isEmpty() ? -1 : lines.value(index - 1);
        auto where = [&](const QString& w) {
            const QString at = lines.isEmpty() ? QStringLiteral("event %1").arg(index)
                                               : QStringLiteral("line %1").arg(lines.value(index - 1));
            return headline.isEmpty() ? QStringLiteral("%1: %2").arg(at, w)
                                      : QStringLiteral("%1 (\u201C%2\u201D): %3").arg(at, headline.left(60), w);
        };
        Event e;
        e.id = store.nextId();
        const auto start = dateFrom(o.value(QStringLiteral("start_date")), &why);
        if (!start)
            return fail(where(why));
        e.start = *start;
        if (const QJsonValue endValue = o.value(QStringLiteral("end_date")); endValue.isObject() && !endValue.toObject().isEmpty()) {
            const auto end = dateFrom(endValue, &why);
            if (!end)
                return fail(where(QStringLiteral("end date: ") + why));
            e.end = *end;
            // An end is a period: the same day as an end of a start at 10:00 is fine.
            if (e.end.periodEnd() <= e.start.msecs)
                return fail(where(QStringLiteral("ends before it starts")));
        }
        const QString uniqueId = o.value(QStringLiteral("unique_id")).toString().trimmed();
        if (!uniqueId.isEmpty()) {
            if (knownIds.contains(uniqueId)) {
                ++duplicates;
                continue;
            }
            knownIds.insert(uniqueId);
            e.tags << idPrefix + uniqueId;
        }
        e.title = headline;
        e.description = plain(text.value(QStringLiteral("text")).toString());
        if (e.title.isEmpty())
            e.title = QStringLiteral("Untitled");
        if (const QString shown = plain(o.value(QStringLiteral("display_date")).toString()).trimmed(); !shown.isEmpty())
            e.tags << QStringLiteral("display_date=") + shown;
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
                    if (auto err = d.insertParty(-1, p).message(); !err.isEmpty())
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
                // Media may be an embed (HTML, a tweet's markup): kept as text, never rendered.
                if (url.startsWith(QLatin1String("http://")) || url.startsWith(QLatin1String("https://")))
                    s.url = url;
                else
                    s.title = plain(url).trimmed().left(200);
                s.outlet = plain(media.value(QStringLiteral("credit")).toString());
                if (s.outlet.trimmed().isEmpty())
                    s.outlet = outletFromUrl(s.url);
                if (const QString caption = plain(media.value(QStringLiteral("caption")).toString()); !caption.isEmpty())
                    s.title = caption;
                if (auto err = d.insertSource(-1, s).message(); !err.isEmpty())
                    return fail(where(err));
                sourceByUrl.insert(url, id);
            }
            e.sources << id;
        }
        store.append(e);
    }
    store.finish();
    failLine = -1;
    qsizetype eraIndex = 0;
    for (const auto& v : root.value(QStringLiteral("eras")).toArray()) {
        ++eraIndex;
        const QJsonObject o = v.toObject();
        const QString name = plain(o.value(QStringLiteral("text")).toObject().value(QStringLiteral("headline")).toString()).trimmed();
        const QString at = o.contains(QStringLiteral("_line")) ? QStringLiteral("line %1").arg(o.value(QStringLiteral("_line")).toInteger())
                                                                : QStringLiteral("era %1").arg(eraIndex);
        const QString label = name.isEmpty() ? at : QStringLiteral("%1 (\u201C%2\u201D)").arg(at, name.left(60));
        failLine = o.contains(QStringLiteral("_line")) ? o.value(QStringLiteral("_line")).toInteger() : -1;
        const auto start = dateFrom(o.value(QStringLiteral("start_date")), &why);
        const auto end = start ? dateFrom(o.value(QStringLiteral("end_date")), &why) : std::nullopt;
        if (!start || !end)
            return fail(QStringLiteral("%1: %2").arg(label, why));
        Era era;
        for (qsizetype n = d.eras().size() + 1; era.id.isEmpty() || d.eraIndex(era.id) >= 0; ++n)
            era.id = QStringLiteral("era-%1").arg(n);
        era.name = name;
        era.start = *start;
        era.end = *end;
        // An era already in the dossier (same name and dates) is not added twice.
        const bool known = std::any_of(d.eras().begin(), d.eras().end(),
            [&](const Era& x) { return x.name == era.name && x.start == era.start && x.end == era.end; });
        if (known)
            continue;
        if (auto err = d.insertEra(-1, era).message(); !err.isEmpty())
            return fail(QStringLiteral("%1: %2").arg(label, err));
    }
    Q_UNUSED(duplicates);
    failLine = -1;
    if (const auto problems = d.validate(); !problems.isEmpty())
        return fail(problems.join(QStringLiteral("; ")));
    return d;
}

namespace {
    // "10:30", "10:30:15", "10:30 PM", "9 am" → hour, minute, second; false when it is none of these.
    bool sheetTime(const QString& text, QJsonObject& date, QString* why)
    {
        static const QRegularExpression form(QStringLiteral("^(\\d{1,2})(?::(\\d{1,2}))?(?::(\\d{1,2}))?\\s*([aApP][mM])?$"));
        const auto m = form.match(text.trimmed());
        if (!m.hasMatch()) {
            *why = QStringLiteral("time \"%1\" is not hh:mm[:ss] [AM|PM]").arg(text.left(40));
            return false;
        }
        int h = m.captured(1).toInt();
        if (const QString ampm = m.captured(4).toLower(); !ampm.isEmpty()) {
            if (h < 1 || h > 12) {
                *why = QStringLiteral("time \"%1\": hour %2 with AM/PM").arg(text.left(40)).arg(h);
                return false;
            }
            h = h % 12 + (ampm == u"pm" ? 12 : 0);
        }
        date.insert(QStringLiteral("hour"), QString::number(h));
        date.insert(QStringLiteral("minute"), m.captured(2).isEmpty() ? QStringLiteral("0") : m.captured(2));
        if (!m.captured(3).isEmpty())
            date.insert(QStringLiteral("second"), m.captured(3));
        return true;
    }
}

Result<Dossier> importTimelineSheetFile(const QString& path, const Dossier& target, const TimelineJsImportOptions& options)
{
    const auto bytes = readTimelineFile(path, QStringLiteral("TimelineJS sheet"));
    if (!bytes.ok())
        return bytes.error();
    auto d = importTimelineSheet(bytes.value(), target, options);
    if (!d.ok())
        return d.error().prefixed(path);
    return d;
}

Result<Dossier> importTimelineSheet(QByteArray data, const Dossier& target, const TimelineJsImportOptions& options)
{
    auto fail = [](const QString& why) { return Error(why, Error::Kind::Invalid); };
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    if (!data.endsWith('\n'))
        data += '\n';
    QList<qint64> recordLines;
    const auto records = ImportDetail::sampleRecords(data, detectDelimiter(data), std::numeric_limits<int>::max(), &recordLines);
    if (records.isEmpty())
        return fail(QStringLiteral("the file is empty"));
    QHash<QString, qsizetype> column;
    for (qsizetype i = 0; i < records[0].size(); ++i)
        column.insert(normalizedColumnName(QString::fromUtf8(records[0][i])), i);
    if (!column.contains(QStringLiteral("year")) || !column.contains(QStringLiteral("headline")))
        return fail(QStringLiteral("not a TimelineJS sheet: no Year and Headline columns"));
    QJsonArray events, eras;
    QList<qint64> eventLines;
    for (qsizetype r = 1; r < records.size(); ++r) {
        const auto& rec = records[r];
        auto cell = [&](const char* name) {
            const qsizetype i = column.value(QLatin1String(name), -1);
            return i >= 0 && i < rec.size() ? QString::fromUtf8(rec[i]).trimmed() : QString();
        };
        const qint64 line = recordLines.value(r);
        const QString type = cell("type").toLower();
        if (type == u"title")
            continue;
        QString why;
        auto dateOf = [&](const char* y, const char* m, const char* d, const char* t, QJsonObject& out) {
            if (!cell(y).isEmpty())
                out.insert(QStringLiteral("year"), cell(y));
            if (!cell(m).isEmpty())
                out.insert(QStringLiteral("month"), cell(m));
            if (!cell(d).isEmpty())
                out.insert(QStringLiteral("day"), cell(d));
            return cell(t).isEmpty() || sheetTime(cell(t), out, &why);
        };
        QJsonObject start, end;
        if (!dateOf("year", "month", "day", "time", start))
            return Error(QStringLiteral("line %1, column Time: %2").arg(line).arg(why), line, QStringLiteral("Time"));
        if (!dateOf("endyear", "endmonth", "endday", "endtime", end))
            return Error(
                QStringLiteral("line %1, column End Time: %2").arg(line).arg(why), line, QStringLiteral("End Time"));
        QJsonObject o;
        o.insert(QStringLiteral("start_date"), start);
        if (!end.isEmpty())
            o.insert(QStringLiteral("end_date"), end);
        o.insert(QStringLiteral("text"), QJsonObject { { QStringLiteral("headline"), cell("headline") }, { QStringLiteral("text"), cell("text") } });
        if (type == u"era") {
            o.insert(QStringLiteral("_line"), line);
            eras.append(o);
            continue;
        }
        if (!cell("media").isEmpty())
            o.insert(QStringLiteral("media"), QJsonObject { { QStringLiteral("url"), cell("media") },
                                                  { QStringLiteral("credit"), cell("mediacredit") },
                                                  { QStringLiteral("caption"), cell("mediacaption") } });
        if (!cell("group").isEmpty())
            o.insert(QStringLiteral("group"), cell("group"));
        if (!cell("displaydate").isEmpty())
            o.insert(QStringLiteral("display_date"), cell("displaydate"));
        if (!cell("uniqueid").isEmpty())
            o.insert(QStringLiteral("unique_id"), cell("uniqueid"));
        events.append(o);
        eventLines << line;
    }
    return importTimelineJsObject(
        QJsonObject { { QStringLiteral("events"), events }, { QStringLiteral("eras"), eras } }, target, options, eventLines);
}

Result<Dossier> importTimelineJsFile(const QString& path, const Dossier& target, const TimelineJsImportOptions& options)
{
    const auto bytes = readTimelineFile(path, QStringLiteral("TimelineJS"));
    if (!bytes.ok())
        return bytes.error();
    auto d = importTimelineJs(bytes.value(), target, options);
    if (!d.ok())
        return d.error().prefixed(path);
    return d;
}

Result<QByteArray> readTimelineFile(const QString& path, const QString& kind)
{
    QFile f(path);
    if (auto why = openRegularFile(f); !why.ok())
        return why.error();
    if (f.size() > 64 * 1024 * 1024)
        return Error(QStringLiteral("%1 is too large for a %2 file (over 64 MB)").arg(path, kind), Error::Kind::Invalid);
    return f.readAll();
}

} // namespace Entente
