// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimport.h"
#include "eventimportsink.h"
#include "jsonreader.h"
#include "regularfile.h"
#include "safefilewriter.h"

#include <QBuffer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

namespace Entente {

using namespace ImportDetail;

namespace {
    constexpr qsizetype HeadBytes = 64 * 1024;

    QByteArrayView withoutBom(QByteArrayView head) { return head.startsWith("\xEF\xBB\xBF") ? head.sliced(3) : head; }

    // Preview only (a few small objects): nested objects become dotted names, lists are joined.
    void flattenForPreview(const QJsonObject& o, const QString& prefix, QList<std::pair<QString, QString>>& out)
    {
        for (auto it = o.begin(); it != o.end(); ++it) {
            const QString name = prefix.isEmpty() ? it.key() : prefix + u'.' + it.key();
            const QJsonValue v = it.value();
            if (v.isObject()) {
                flattenForPreview(v.toObject(), name, out);
            } else if (v.isArray()) {
                QStringList parts;
                for (const auto& x : v.toArray())
                    parts << x.toVariant().toString();
                out.append({ name, parts.join(QStringLiteral("; ")) });
            } else {
                out.append({ name, v.isDouble() ? QString::number(v.toDouble(), 'g', 15) : v.toVariant().toString() });
            }
        }
    }

    QByteArray csvField(const QString& s)
    {
        QByteArray b = s.toUtf8();
        if (b.contains(',') || b.contains('"') || b.contains('\n') || b.contains('\r')) {
            b.replace("\"", "\"\"");
            b = '"' + b + '"';
        }
        return b;
    }
}

ImportFormat detectFormat(QByteArrayView head)
{
    head = withoutBom(head);
    for (char c : head) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        return c == '[' || c == '{' ? ImportFormat::Json : ImportFormat::Delimited;
    }
    return ImportFormat::Delimited;
}

char detectDelimiter(QByteArrayView head)
{
    // Count each candidate outside quotes on the first lines; prefer one whose count is the same on every line.
    static constexpr char candidates[] = { '\t', ',', ';' };
    head = withoutBom(head);
    char best = ',';
    qint64 bestScore = -1;
    for (char d : candidates) {
        QList<int> counts;
        int count = 0;
        bool quoted = false;
        for (qsizetype i = 0; i < head.size() && counts.size() < 20; ++i) {
            const char c = head[i];
            if (c == '"')
                quoted = !quoted;
            else if (!quoted && c == d)
                ++count;
            else if (!quoted && c == '\n') {
                counts << count;
                count = 0;
            }
        }
        if (counts.isEmpty())
            counts << count;
        const bool consistent = std::all_of(counts.begin(), counts.end(), [&](int n) { return n == counts.front(); });
        const qint64 score = counts.front() == 0 ? 0 : (consistent ? 1'000'000 : 0) + counts.front();
        if (score > bestScore) {
            bestScore = score;
            best = d;
        }
    }
    return best;
}

bool detectHeader(QByteArrayView head, char delimiter) { return looksLikeHeader(sampleRecords(head, delimiter, 6)); }

void EventImportResult::countNewPartyRows()
{
    newPartyRows.fill(0, newParties.size());
    std::vector<qsizetype> partyOfSymbol(size_t(events.symbols().size()), -1);
    for (qsizetype i = 0; i < newParties.size(); ++i)
        if (const quint32 s = events.symbolOf(newParties[i].id); s < partyOfSymbol.size())
            partyOfSymbol[s] = i;
    for (quint32 tagged : events.allRefs())
        if (EventStore::refKindOf(tagged) == quint32(EventStore::RefKind::Party))
            if (const qsizetype i = partyOfSymbol[EventStore::refSymbolOf(tagged)]; i >= 0)
                ++newPartyRows[i];
}

QByteArray EventImportResult::reportCsv() const
{
    QByteArray out = "line,column,reason\n";
    for (const auto& e : errors)
        out += QByteArray::number(e.line) + ',' + csvField(e.column) + ',' + csvField(e.reason) + '\n';
    if (errorCount > errors.size())
        out += ",," + csvField(QStringLiteral("%1 more errors not listed").arg(errorCount - errors.size())) + '\n';
    return out;
}

Status EventImportResult::saveReport(const QString& path) const
{
    return SafeFileWriter::writeFile(path, reportCsv());
}

Result<ImportPreview> previewImport(const QString& path, const ColumnMapping& mapping, int maxRows)
{
    QFile f(path);
    if (auto why = openRegularFile(f); !why.ok())
        return why.error();
    const QByteArray head = f.read(HeadBytes);
    ImportPreview pv;
    pv.format = detectFormat(head);
    if (pv.format == ImportFormat::Json) {
        // The head's first objects, read by the one JSON reader; the head may cut the last one, which is left out.
        QStringList keys;
        QList<QHash<QString, QString>> objects;
        QByteArray body = head;
        QBuffer buffer(&body);
        buffer.open(QIODevice::ReadOnly);
        JsonReader reader(buffer, 64 * 1024, JsonReader::Controls::AllowEscaped);
        const bool array = withoutBom(head).trimmed().startsWith('[');
        if (array)
            reader.next(); // '['
        while (objects.size() < maxRows) {
            const auto value = readJsonValue(reader);
            if (!value)
                break;
            if (value->isObject()) {
                QList<std::pair<QString, QString>> flat;
                flattenForPreview(value->toObject(), QString(), flat);
                QHash<QString, QString> values;
                for (const auto& [k, v] : flat) {
                    if (!keys.contains(k))
                        keys << k;
                    values.insert(k, v);
                }
                objects << values;
            }
            if (array && reader.next() != JsonReader::Token::Comma)
                break;
        }
        QList<QStringList> rows;
        for (const auto& o : objects) {
            QStringList row;
            for (const auto& k : keys)
                row << o.value(k);
            rows << row;
        }
        for (auto& r : rows)
            while (r.size() < keys.size())
                r << QString();
        pv.columns = keys;
        pv.rows = rows;
        pv.hasHeader = true;
        return pv;
    }
    pv.delimiter = mapping.delimiter.isNull() ? detectDelimiter(head) : char(mapping.delimiter.unicode());
    auto records = sampleRecords(head, pv.delimiter, maxRows + 1);
    if (records.isEmpty() && !head.isEmpty())
        records = sampleRecords(QByteArray(head + '\n'), pv.delimiter, 1);
    pv.hasHeader = mapping.header == ColumnMapping::Header::Detect ? looksLikeHeader(records)
                                                                   : mapping.header == ColumnMapping::Header::Yes;
    const qsizetype columns = records.isEmpty() ? 0 : records.front().size();
    if (pv.hasHeader && !records.isEmpty()) {
        for (const auto& h : records.takeFirst())
            pv.columns << QString::fromUtf8(h).trimmed();
    } else {
        for (qsizetype i = 0; i < columns; ++i)
            pv.columns << (i < mapping.columnNames.size() ? mapping.columnNames[i] : QString::number(i));
    }
    for (const auto& r : records.mid(0, maxRows)) {
        QStringList row;
        for (const auto& c : r)
            row << QString::fromUtf8(c);
        pv.rows << row;
    }
    return pv;
}

static Result<ColumnMapping> autoMappingFor(const ImportPreview& pv, const QString& path)
{
    auto m = autoMapping(pv.columns, pv.hasHeader, pv.delimiter);
    if (!m.ok())
        return m.error().prefixed(path);
    return m;
}

Result<ColumnMapping> autoMappingFor(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error(QStringLiteral("cannot open %1: %2").arg(path, f.errorString()), Error::Kind::NotFound);
    const QByteArray head = f.read(HeadBytes);
    f.close();
    auto importerMapping = [](const QString& name, const QString& importer) {
        ColumnMapping m;
        m.name = name;
        m.importer = importer;
        m.date = QStringLiteral("start");
        return m;
    };
    if (const QByteArrayView body = withoutBom(head).trimmed(); body.startsWith("#TIMEFLOW"))
        return importerMapping(QStringLiteral("TimeFlow"), QStringLiteral("timeflow"));
    else if (body.startsWith('<') && head.contains("<timeline>"))
        return importerMapping(QStringLiteral("The Timeline Project"), QStringLiteral("timeline-project"));
    if (detectFormat(head) == ImportFormat::Json) {
        const QByteArrayView body = withoutBom(head).trimmed();
        if (body.startsWith('{') && head.contains("\"events\"") && head.contains("\"start_date\"")) {
            ColumnMapping m;
            m.name = QStringLiteral("TimelineJS3");
            m.importer = QStringLiteral("timelinejs");
            m.date = QStringLiteral("start_date");
            return m;
        }
    }
    ColumnMapping probe;
    const auto pv = previewImport(path, probe, 5);
    if (!pv.ok())
        return pv.error();
    const qsizetype n = pv->columns.size();
    if (!pv->hasHeader && !(pv->delimiter == '\t' && (n == 57 || n == 58 || n == 61))) {
        // Only GDELT goes without a header: read the first row as one (a header of words over rows of words
        // looks like data to detectHeader()).
        probe.header = ColumnMapping::Header::Yes;
        if (auto withHeader = previewImport(path, probe, 5); withHeader.ok())
            return autoMappingFor(withHeader.value(), path);
    }
    return autoMappingFor(pv.value(), path);
}

Result<EventImportResult> importEvents(QIODevice& device, const ColumnMapping& mapping, const Dossier& target,
    const EventImportOptions& options)
{
    if (!mapping.importer.isEmpty())
        return Error(QStringLiteral("the mapping \"%1\" is for the %2 importer, not for an event table")
                         .arg(mapping.name, mapping.importer),
            -1, QStringLiteral("importer"));
    const QByteArray head = device.peek(HeadBytes);
    EventImportResult result;
    result.format = options.format == ImportFormat::Auto ? detectFormat(head) : options.format;
    ChunkSource source(device, options);
    // Size the columns once from the average record length of the head; the sink sizes the text pool and the
    // references once it has seen the first rows.
    ImportSink sink(mapping, target, options, result);
    if (const qint64 total = device.isSequential() ? 0 : device.size() - device.pos(); total > head.size()) {
        const qsizetype lines = std::max<qsizetype>(1, head.count('\n'));
        const auto rows = qsizetype(double(total) / double(head.size()) * double(lines) * 1.02) + 16;
        result.events.reserve(rows);
        sink.expectRows(rows);
    }
    if (result.format == ImportFormat::Json) {
        if (const Status read = readJson(device, source, sink, mapping, target, options, result); !read.ok())
            return read.error();
    } else {
        result.delimiter = mapping.delimiter.isNull() ? detectDelimiter(head) : char(mapping.delimiter.unicode());
        result.hadHeader = mapping.header == ColumnMapping::Header::Detect
            ? detectHeader(head, result.delimiter)
            : mapping.header == ColumnMapping::Header::Yes;
        if (const Status read
            = readDelimited(device, source, sink, mapping, target, options, result.delimiter, result.hadHeader, result);
            !read.ok())
            return read.error();
    }
    if (options.cancel && options.cancel->load())
        return Error(QStringLiteral("import cancelled"));
    sink.finish();
    return result;
}

Result<EventImportResult> importEvents(const QString& path, const ColumnMapping& mapping, const Dossier& target,
    const EventImportOptions& options)
{
    QFile f(path);
    if (auto why = openRegularFile(f); !why.ok())
        return why.error();
    auto r = importEvents(f, mapping, target, options);
    if (!r.ok())
        return r.error().prefixed(path);
    return r;
}

Result<Dossier> applyImport(const Dossier& target, const EventImportResult& result)
{
    auto fail = [](const QString& message) { return Error(message, Error::Kind::Invalid); };
    Dossier d = target;
    for (const auto& p : result.newParties)
        if (auto e = d.insertParty(-1, p).message(); !e.isEmpty())
            return fail(e);
    for (const auto& s : result.newSources)
        if (auto e = d.insertSource(-1, s).message(); !e.isEmpty())
            return fail(e);
    for (const auto& i : result.newIssues)
        if (auto e = d.insertIssue(-1, i).message(); !e.isEmpty())
            return fail(e);
    const EventStore& in = result.events;
    EventStore& out = d.eventsForBulkLoad();
    out.reserve(out.size() + in.size(), out.textBytes() / 2 + in.textBytes() / 2);
    std::vector<QStringView> refs[4];
    const auto& symbols = in.symbols();
    // Results are numbered after the dossier they were imported against; renumber if that has grown since.
    qint64 minId = std::numeric_limits<qint64>::max();
    for (qsizetype row = 0; row < in.size(); ++row)
        minId = std::min(minId, in.id(row));
    const qint64 shift = in.isEmpty() || minId >= target.events().nextId() ? 0 : target.events().nextId() - minId;
    for (qsizetype row = 0; row < in.size(); ++row) {
        for (auto& r : refs)
            r.clear();
        for (quint32 tagged : in.refs(row))
            refs[EventStore::refKindOf(tagged)].push_back(symbols.text(EventStore::refSymbolOf(tagged)));
        if (const QStringView id = in.idTag(row); !id.isEmpty()) { // the external id, in its place among the tags
            auto& tags = refs[int(EventStore::RefKind::Tag)];
            tags.insert(tags.begin() + std::min(in.idTagPlace(row), qsizetype(tags.size())), id);
        }
        out.append(in.id(row) + shift, in.startDate(row), in.endDate(row), in.title(row), in.description(row), in.location(row),
            refs[0], refs[1], refs[2], refs[3]);
    }
    out.finish();
    if (const auto problems = d.validate(); !problems.isEmpty())
        return fail(problems.join(QStringLiteral("; ")));
    return d;
}

} // namespace Entente
