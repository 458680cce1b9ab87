// SPDX-License-Identifier: GPL-3.0-or-later
#include "csvinterchange.h"

#include "csvreader.h"
#include "dossier.h"
#include "exporttext.h"
#include "safefilewriter.h"

#include <QHash>
#include <QIODevice>
#include <QSet>
#include <QUrl>

#include <vector>

namespace Entente {

namespace {
    enum Column {
        CId,
        CTitle,
        CStart,
        CEnd,
        CDescription,
        CLocation,
        CParties,
        CIssues,
        CTags,
        CSources,
        CSourceUrl,
        CGrades,
        CCount
    };

    std::optional<Column> columnOf(const QString& header)
    {
        const QString h = header.trimmed().toLower();
        static const QHash<QString, Column> names {
            { QStringLiteral("id"), CId },
            { QStringLiteral("title"), CTitle },
            { QStringLiteral("start"), CStart },
            { QStringLiteral("date"), CStart },
            { QStringLiteral("end"), CEnd },
            { QStringLiteral("description"), CDescription },
            { QStringLiteral("location"), CLocation },
            { QStringLiteral("parties"), CParties },
            { QStringLiteral("issues"), CIssues },
            { QStringLiteral("tags"), CTags },
            { QStringLiteral("sources"), CSources },
            { QStringLiteral("source_url"), CSourceUrl },
            { QStringLiteral("source url"), CSourceUrl },
            { QStringLiteral("grades"), CGrades },
        };
        const auto it = names.constFind(h);
        return it == names.constEnd() ? std::nullopt : std::optional<Column>(*it);
    }

    bool isFormulaStart(QChar c)
    {
        return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
    }

    // True when the text, after any leading apostrophes, begins like a formula: such text gets one more
    // apostrophe on export and loses one on import, so the two are inverse for every string.
    bool looksLikeFormula(QStringView text)
    {
        qsizetype i = 0;
        while (i < text.size() && text[i] == u'\'')
            ++i;
        return i < text.size() && isFormulaStart(text[i]);
    }

    QString unprotect(const QString& cell)
    {
        return cell.startsWith(u'\'') && looksLikeFormula(QStringView(cell).mid(1)) ? cell.mid(1) : cell;
    }

    QStringList splitList(const QString& cell)
    {
        QStringList out;
        for (const auto part : QStringView(cell).split(u';')) {
            const auto t = part.trimmed();
            if (!t.isEmpty())
                out.append(t.toString());
        }
        return out;
    }

    struct Row {
        Event event;
        qint64 line = 0;
    };
}

QString csvCell(QStringView text, bool isText)
{
    const QString clean = ExportText::withoutControls(text.toString());
    QString cell = isText && looksLikeFormula(clean) ? u'\'' + clean : clean;
    if (cell.contains(u',') || cell.contains(u'"') || cell.contains(u'\n') || cell.contains(u'\r')) {
        cell.replace(u'"', QStringLiteral("\"\""));
        cell = u'"' + cell + u'"';
    }
    return cell;
}

InterchangeError importEventsCsv(QIODevice& in, Dossier& dossier, const CsvImportOptions& options, qsizetype* imported)
{
    CsvReader reader(in);
    auto readerError = [&] {
        return InterchangeError { reader.errorLine(), reader.errorColumn(), {}, reader.errorMessage() };
    };
    QStringList header;
    if (!reader.next(header)) {
        if (reader.hasError())
            return readerError();
        return { 1, 0, {}, QStringLiteral("the file is empty; expected a header row naming the columns") };
    }

    // Map the header.
    std::vector<int> columnOfField(size_t(CCount), -1);
    std::vector<std::optional<Column>> fieldColumn;
    for (qsizetype i = 0; i < header.size(); ++i) {
        const auto c = columnOf(header[i]);
        fieldColumn.push_back(c);
        if (!c)
            continue;
        if (columnOfField[size_t(*c)] >= 0)
            return { 1, i + 1, header[i].trimmed(),
                QStringLiteral("the column is given twice (also column %1, \"%2\")")
                    .arg(columnOfField[size_t(*c)] + 1)
                    .arg(header[columnOfField[size_t(*c)]].trimmed()) };
        columnOfField[size_t(*c)] = int(i);
    }
    for (const auto& [column, name] : { std::pair { CTitle, "title" }, std::pair { CStart, "start" } })
        if (columnOfField[size_t(column)] < 0)
            return { 1, 0, {},
                QStringLiteral(
                    "missing header: no \"%1\" column (the first row must name the columns: title, start, …)")
                    .arg(QLatin1String(name)) };

    Dossier work = dossier;
    QHash<QString, QString> sourceByUrl;
    for (const auto& s : work.sources())
        if (!s.url.isEmpty())
            sourceByUrl.insert(s.url, s.id);
    // Parties and issues may be named by id, or by name or short name (case-insensitive).
    QHash<QString, QString> partyByName, issueByName;
    for (const auto& p : work.parties()) {
        partyByName.insert(p.name.toLower(), p.id);
        if (!p.shortName.isEmpty())
            partyByName.insert(p.shortName.toLower(), p.id);
    }
    for (const auto& i : work.issues())
        issueByName.insert(i.name.toLower(), i.id);

    std::vector<Row> rows;
    QSet<qint64> fileIds;
    qint64 maxId = dossier.events().nextId() - 1;
    QStringList fields;
    while (reader.next(fields)) {
        if (fields.size() == 1 && fields.front().isEmpty() && header.size() > 1)
            continue; // a blank line
        const qint64 line = reader.recordLine();
        if (fields.size() != header.size())
            return { line, 0, {},
                QStringLiteral("expected %1 fields as in the header, found %2").arg(header.size()).arg(fields.size()) };
        auto cell
            = [&](Column c) { return columnOfField[size_t(c)] < 0 ? QString() : fields[columnOfField[size_t(c)]]; };
        auto error = [&](Column c, const QString& message) {
            const int i = columnOfField[size_t(c)];
            return InterchangeError { line, i + 1, header[i].trimmed(), message };
        };
        Row row { {}, line };
        Event& e = row.event;
        if (const QString id = cell(CId).trimmed(); !id.isEmpty()) {
            bool ok = false;
            e.id = id.toLongLong(&ok);
            if (!ok || e.id < 1)
                return error(CId, QStringLiteral("\"%1\" is not a positive whole number").arg(id));
            if (fileIds.contains(e.id) || dossier.events().rowOfId(e.id) >= 0)
                return error(CId, QStringLiteral("duplicate event id %1").arg(e.id));
            fileIds.insert(e.id);
            maxId = std::max(maxId, e.id);
        }
        e.title = unprotect(cell(CTitle));
        if (e.title.trimmed().isEmpty())
            return error(CTitle, QStringLiteral("is empty; every event needs a title"));
        const QString start = cell(CStart);
        const auto startDate = PartialDate::parse(start);
        if (!startDate.ok())
            return error(CStart,
                start.trimmed().isEmpty() ? QStringLiteral("is empty; every event needs a start date")
                                          : startDate.message());
        e.start = startDate.value();
        if (const QString end = cell(CEnd); !end.trimmed().isEmpty()) {
            const auto endDate = PartialDate::parse(end);
            if (!endDate.ok())
                return error(CEnd, endDate.message());
            if (endDate->periodEnd() <= e.start.msecs) // the end period may contain the start
                return error(CEnd, QStringLiteral("%1 is before the start %2").arg(endDate->toIso(), e.start.toIso()));
            e.end = endDate.value();
        }
        e.description = unprotect(cell(CDescription));
        e.location = unprotect(cell(CLocation));
        for (const auto& p : splitList(unprotect(cell(CParties)))) {
            const QString id = work.partyIndex(p) >= 0 ? p : partyByName.value(p.toLower());
            if (id.isEmpty())
                return error(CParties, QStringLiteral("unknown party \"%1\"").arg(p));
            if (!e.parties.contains(id))
                e.parties.append(id);
        }
        for (const auto& i : splitList(unprotect(cell(CIssues)))) {
            const QString id = work.issueIndex(i) >= 0 ? i : issueByName.value(i.toLower());
            if (id.isEmpty())
                return error(CIssues, QStringLiteral("unknown issue \"%1\"").arg(i));
            if (!e.issues.contains(id))
                e.issues.append(id);
        }
        e.tags = splitList(unprotect(cell(CTags)));
        for (const auto& s : splitList(unprotect(cell(CSources)))) {
            if (work.sourceIndex(s) < 0)
                return error(CSources, QStringLiteral("unknown source \"%1\"").arg(s));
            e.sources.append(s);
        }
        // One grade per item of `sources`, as exported: the source's reliability and the credibility of what it
        // reports here. A credibility other than the source's own is the event's claim about that source.
        if (const QStringList grades = splitList(cell(CGrades)); !grades.isEmpty()) {
            if (grades.size() != e.sources.size())
                return error(CGrades, QStringLiteral("%1 grades for %2 sources").arg(grades.size()).arg(e.sources.size()));
            for (qsizetype i = 0; i < grades.size(); ++i) {
                const QString& g = grades[i];
                const Source& s = work.sources()[work.sourceIndex(e.sources[i])];
                const int credibility = g.size() == 2 ? g[1].digitValue() : -1;
                if (g.size() != 2 || !isReliability(g[0]) || !isCredibility(credibility))
                    return error(CGrades, QStringLiteral("\"%1\" is not a grade like C3").arg(g));
                if (g[0] != s.reliability)
                    return error(CGrades,
                        QStringLiteral("%1 does not match the reliability %2 of source \"%3\"").arg(g, s.reliability, s.id));
                if (credibility != s.credibility)
                    e.claims.append(Claim { s.id, credibility, {}, {} });
            }
        }
        if (const QString url = cell(CSourceUrl).trimmed(); !url.isEmpty()) {
            QString id = sourceByUrl.value(url);
            if (id.isEmpty()) {
                const QUrl parsed(url, QUrl::StrictMode);
                if (!parsed.isValid() || parsed.scheme().isEmpty())
                    return error(CSourceUrl, QStringLiteral("\"%1\" is not a URL").arg(url));
                Source s;
                for (int n = work.sources().size() + 1; id.isEmpty() || work.sourceIndex(id) >= 0; ++n)
                    id = QStringLiteral("src-%1").arg(n);
                s.id = id;
                s.url = url;
                s.outlet = outletFromUrl(url);
                if (s.outlet.isEmpty())
                    s.outlet = parsed.host();
                if (const auto err = work.insertSource(-1, s).message(); !err.isEmpty())
                    return error(CSourceUrl, err);
                sourceByUrl.insert(url, id);
            }
            if (!e.sources.contains(id))
                e.sources.append(id);
        }
        if (options.unknownColumns == CsvImportOptions::UnknownColumns::KeepAsTags) {
            for (qsizetype i = 0; i < header.size(); ++i) {
                const QString name = header[i].trimmed();
                const QString value = unprotect(fields[i]).trimmed();
                if (!fieldColumn[size_t(i)] && !name.isEmpty() && !value.isEmpty())
                    e.tags.append(name + u'=' + value);
            }
        }
        rows.push_back(std::move(row));
    }
    if (reader.hasError())
        return readerError();

    EventStore& store = work.eventsForBulkLoad();
    store.reserve(dossier.events().size() + qsizetype(rows.size()));
    for (auto& row : rows) {
        if (row.event.id == 0)
            row.event.id = ++maxId; // after every id the file names, so none collides
        store.append(row.event);
    }
    store.finish();
    if (const auto problems = work.validate(); !problems.isEmpty())
        return { 0, 0, {}, problems.front() };
    if (imported)
        *imported = qsizetype(rows.size());
    dossier = std::move(work);
    return {};
}

QString exportEventsCsv(const Dossier& d, QIODevice& out)
{
    QByteArray buffer = "id,start,end,title,description,location,parties,issues,tags,sources,grades\r\n";
    const EventStore& ev = d.events();
    auto list = [&](qsizetype row, EventStore::RefKind kind) { return ev.refTexts(row, kind).join(u';'); };
    // The grade of each cited source, in the order of `sources`: "C3;F6".
    auto grades = [&](qsizetype row) {
        const QList<Claim> claims = ev.claims(ev.id(row));
        QStringList out;
        for (const QString& id : ev.refTexts(row, EventStore::RefKind::Source)) {
            const qsizetype i = d.sourceIndex(id);
            out << (i < 0 ? QString() : citationGrade(d.sources()[i], claimFor(claims, id)));
        }
        return out.join(u';');
    };
    for (qsizetype row = 0; row < ev.size(); ++row) {
        const QString line = QString::number(ev.id(row)) + u',' + ev.startDate(row).toIso() + u','
            + ev.endDate(row).toIso() + u',' + csvCell(ev.title(row)) + u',' + csvCell(ev.description(row)) + u','
            + csvCell(ev.location(row)) + u',' + csvCell(list(row, EventStore::RefKind::Party)) + u','
            + csvCell(list(row, EventStore::RefKind::Issue)) + u',' + csvCell(list(row, EventStore::RefKind::Tag))
            + u',' + csvCell(list(row, EventStore::RefKind::Source)) + u',' + grades(row) + QStringLiteral("\r\n");
        buffer += line.toUtf8();
        if (buffer.size() > 256 * 1024 || row + 1 == ev.size()) {
            if (out.write(buffer) != buffer.size())
                return QStringLiteral("write error: %1").arg(out.errorString());
            buffer.resize(0);
        }
    }
    if (!buffer.isEmpty() && out.write(buffer) != buffer.size())
        return QStringLiteral("write error: %1").arg(out.errorString());
    return {};
}

Status exportEventsCsvFile(const Dossier& d, const QString& path)
{
    auto fail = [&](const QString& why) { return Error(QStringLiteral("%1: %2").arg(path, why)); };
    SafeFileWriter file(path);
    if (!file.open())
        return fail(file.reason());
    if (const QString e = exportEventsCsv(d, *file.device()); !e.isEmpty())
        file.fail(e);
    if (!file.commit())
        return fail(file.reason());
    return {};
}

} // namespace Entente
