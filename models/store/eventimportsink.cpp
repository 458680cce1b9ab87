// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportdate.h"
#include "eventimportsink.h"

#include <QIODevice>
#include <QRegularExpression>
#include <QSet>

#include <charconv>
#include <cstring>

namespace Entente::ImportDetail {

void appendUtf8(TextBuffer& out, QByteArrayView in)
{
    const size_t old = out.size();
    char16_t* d = out.extend(size_t(in.size()));
    const char* s = in.data();
    for (qsizetype i = 0; i < in.size(); ++i) {
        const auto c = uchar(s[i]);
        if (c & 0x80) {
            out.truncate(old + size_t(i));
            const QString rest = QString::fromUtf8(in.sliced(i));
            out.append(std::u16string_view(reinterpret_cast<const char16_t*>(rest.utf16()), size_t(rest.size())));
            return;
        }
        d[i] = c;
    }
}

namespace {
    constexpr qint64 SampleRows = 4096; // rows read before reserving the store for the whole file

    QByteArrayView trimmed(QByteArrayView v)
    {
        while (!v.isEmpty() && (v.front() == ' ' || v.front() == '\t'))
            v = v.sliced(1);
        while (!v.isEmpty() && (v.back() == ' ' || v.back() == '\t' || v.back() == '\r'))
            v.chop(1);
        return v;
    }

    // Calls fn for each non-empty element of a cell: JSON list elements, or parts split by the list separator.
    template<typename Fn>
    void forEachValue(const Cell& c, QByteArrayView separator, Fn&& fn)
    {
        QByteArrayView rest = c.view();
        const bool split = c.list || !separator.isEmpty();
        while (true) {
            qsizetype cut = -1, skip = 0;
            if (split) {
                if (c.list) {
                    cut = rest.indexOf(ListSeparator);
                    skip = 1;
                } else {
                    cut = rest.indexOf(separator);
                    skip = separator.size();
                }
            }
            const auto part = trimmed(cut < 0 ? rest : rest.first(cut));
            if (!part.isEmpty())
                fn(part);
            if (cut < 0)
                break;
            rest = rest.sliced(cut + skip);
        }
    }

    std::optional<double> number(QByteArrayView v)
    {
        v = trimmed(v);
        double d = 0;
        const auto r = std::from_chars(v.data(), v.data() + v.size(), d);
        if (v.isEmpty() || r.ec != std::errc() || r.ptr != v.data() + v.size())
            return std::nullopt;
        return d;
    }

    QString slug(const QString& name)
    {
        QString s;
        s.reserve(name.size());
        bool dash = false;
        for (QChar c : name.toLower()) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')) {
                s += c;
                dash = false;
            } else if (!dash && !s.isEmpty()) {
                s += u'-';
                dash = true;
            }
        }
        while (s.endsWith(u'-'))
            s.chop(1);
        return s.isEmpty() ? QStringLiteral("party") : s.left(48);
    }

}

ImportSink::ImportSink(
    const ColumnMapping& mapping, const Dossier& target, const EventImportOptions& options, EventImportResult& result)
    : m_mapping(&mapping)
    , m_target(&target)
    , m_options(&options)
    , m_result(&result)
    , m_nextId(target.events().nextId())
    , m_separator(mapping.listSeparator.toUtf8())
{
    for (const auto& p : target.parties()) {
        m_usedPartyIds.insert(p.id);
        m_targetPartyIds.insert(p.id);
        for (const QString* key : { &p.shortName, &p.name, &p.id })
            if (!key->isEmpty())
                m_partyByName.insert(key->toLower(), p.id);
    }
    for (const auto& s : target.sources())
        m_usedSourceIds.insert(s.id);
    m_emptyLocation = m_result->events.internSymbol(QString());
}

int ImportSink::resolve(const QString& ref, const QStringList& header, qsizetype columnCount, QString* error) const
{
    if (ref.isEmpty())
        return -1;
    for (qsizetype i = 0; i < header.size(); ++i)
        if (header[i].compare(ref, Qt::CaseInsensitive) == 0)
            return int(i);
    if (header.isEmpty())
        for (qsizetype i = 0; i < m_mapping->columnNames.size(); ++i)
            if (m_mapping->columnNames[i].compare(ref, Qt::CaseInsensitive) == 0) {
                if (i < columnCount)
                    return int(i);
                if (error->isEmpty())
                    *error = QStringLiteral("column \"%1\" is position %2 but the file has %3 columns").arg(ref).arg(i).arg(columnCount);
                return -1;
            }
    bool ok = false;
    const int pos = ref.toInt(&ok);
    if (ok && pos >= 0 && pos < columnCount)
        return pos;
    if (error->isEmpty())
        *error = QStringLiteral("the file has no column \"%1\"").arg(ref);
    return -1;
}

void ImportSink::bindAll(const std::function<int(const QString&)>& slotFor)
{
    const auto& m = *m_mapping;
    m_date = slotFor(m.date);
    m_endDate = slotFor(m.endDate);
    m_description = slotFor(m.description);
    m_notes = slotFor(m.notes);
    m_location = slotFor(m.location);
    m_latitude = slotFor(m.latitude);
    m_longitude = slotFor(m.longitude);
    m_source = slotFor(m.source);
    m_eventType = slotFor(m.eventType);
    m_title = -1;
    m_titleTemplate.clear();
    if (m.title.contains(u'{')) {
        static const QRegularExpression placeholder(QStringLiteral("\\{([^{}]+)\\}"));
        qsizetype at = 0;
        for (auto it = placeholder.globalMatch(m.title); it.hasNext();) {
            const auto match = it.next();
            const QString literal = m.title.mid(at, match.capturedStart() - at);
            m_titleTemplate.push_back({ literal.toStdU16String(), slotFor(match.captured(1)) });
            at = match.capturedEnd();
        }
        m_titleTemplate.push_back({ m.title.mid(at).toStdU16String(), -1 });
    } else {
        m_title = slotFor(m.title);
    }
    m_actors.clear();
    m_tagSlots.clear();
    m_attributes.clear();
    m_attributePrefix.clear();
    for (const auto& r : m.actors)
        m_actors.push_back(slotFor(r));
    for (const auto& r : m.tags)
        m_tagSlots.push_back(slotFor(r));
    for (const auto& r : m.attributes) {
        m_attributes.push_back(slotFor(r));
        m_attributePrefix.push_back(r + u'=');
    }
    m_attributeCache.assign(m_attributes.size(), {});
}

QString ImportSink::bindColumns(const QStringList& header, qsizetype columnCount)
{
    QString error;
    m_slotLabels.clear();
    for (qsizetype i = 0; i < columnCount; ++i)
        m_slotLabels.push_back(i < header.size() ? header[i]
                                   : i < m_mapping->columnNames.size() ? m_mapping->columnNames[i]
                                                                       : QString::number(i));
    bindAll([&](const QString& ref) { return resolve(ref, header, columnCount, &error); });
    if (error.isEmpty() && m_date < 0)
        error = QStringLiteral("the mapping has no date column");
    return error;
}

void ImportSink::bindFields()
{
    m_slotLabels.clear();
    m_fieldSlots.clear();
    bindAll([this](const QString& ref) {
        if (ref.isEmpty())
            return -1;
        const std::string key = ref.toLower().toStdString();
        auto it = m_fieldSlots.find(key);
        if (it != m_fieldSlots.end())
            return it->second;
        const int slot = int(m_slotLabels.size());
        m_slotLabels.push_back(ref);
        m_fieldSlots.emplace(key, slot);
        return slot;
    });
}

int ImportSink::slotOf(std::string_view lowerKey) const
{
    auto it = m_fieldSlots.find(std::string(lowerKey));
    return it == m_fieldSlots.end() ? -1 : it->second;
}

QString ImportSink::stopError(qint64 lineShift) const
{
    const qint64 line = m_stop.line + lineShift;
    return m_stop.column.isEmpty() ? QStringLiteral("line %1: %2").arg(line).arg(m_stop.reason)
                                   : QStringLiteral("line %1, column %2: %3").arg(line).arg(m_stop.column, m_stop.reason);
}

ImportSink::Status ImportSink::rowError(qint64 line, const QString& column, const QString& reason)
{
    ++m_result->errorCount;
    if (m_result->errors.size() < m_options->maxStoredErrors)
        m_result->errors.append({ line, column, reason });
    if (!m_options->skipBadRows) {
        m_stop = { line, column, reason };
        return Status::Stop;
    }
    ++m_result->rowsSkipped;
    return Status::Skipped;
}

quint32 ImportSink::cached(SymbolCache& cache, QByteArrayView key, EventStore::RefKind kind, const QString& prefix)
{
    quint32 v = cache.find(key);
    if (v == SymbolCache::Missing) {
        v = EventStore::makeRef(kind, m_result->events.internSymbol(QString(prefix + QString::fromUtf8(key))));
        cache.insert(key, v);
    }
    return v;
}

bool ImportSink::partyFor(QByteArrayView name, quint32* ref, QString* error)
{
    if (const quint32 v = m_actorCache.find(name); v != SymbolCache::Missing) {
        *ref = v;
        return true;
    }
    const QString text = QString::fromUtf8(name);
    std::optional<QString> id;
    if (auto mapped = m_mapping->actorParties.constFind(text); mapped != m_mapping->actorParties.cend()) {
        if (!m_usedPartyIds.contains(*mapped)) {
            *error = QStringLiteral("actor \"%1\" is mapped to an unknown party \"%2\"").arg(text, *mapped);
            return false;
        }
        id = *mapped;
    } else if (auto known = m_partyByName.constFind(text.toLower()); known != m_partyByName.cend()) {
        id = *known;
    } else {
        switch (m_mapping->actorPolicy) {
        case ColumnMapping::ActorPolicy::Create: {
            if (m_deferred) {
                *ref = deferredRef(EventStore::RefKind::Party, name);
                m_actorCache.insert(name, *ref);
                return true;
            }
            const QString base = slug(text);
            QString pid = base;
            for (int n = 2; m_usedPartyIds.contains(pid); ++n)
                pid = base + u'-' + QString::number(n);
            m_usedPartyIds.insert(pid);
            m_partyByName.insert(text.toLower(), pid);
            Party p;
            p.id = pid;
            p.name = text;
            p.kind = PartyKind::Organisation;
            m_result->newParties.append(p);
            id = pid;
            break;
        }
        case ColumnMapping::ActorPolicy::Drop:
            break;
        case ColumnMapping::ActorPolicy::Reject:
            *error = QStringLiteral("unknown actor \"%1\"").arg(text);
            return false; // not cached: every row naming it is reported
        }
    }
    *ref = id ? EventStore::makeRef(EventStore::RefKind::Party, m_result->events.internSymbol(*id)) : Dropped;
    m_actorCache.insert(name, *ref);
    return true;
}

quint32 ImportSink::sourceFor(QByteArrayView value)
{
    if (const quint32 v = m_sourceCache.find(value); v != SymbolCache::Missing)
        return v;
    if (m_deferred) {
        const quint32 v = deferredRef(EventStore::RefKind::Source, value);
        m_sourceCache.insert(value, v);
        return v;
    }
    const QString text = QString::fromUtf8(value);
    QString id;
    for (qsizetype n = m_result->newSources.size() + 1;; ++n) {
        id = QStringLiteral("import-%1").arg(n);
        if (!m_usedSourceIds.contains(id))
            break;
    }
    m_usedSourceIds.insert(id);
    Source s;
    s.id = id;
    if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://")))
        s.url = text;
    else
        s.outlet = text;
    s.title = text.left(200);
    m_result->newSources.append(s);
    const quint32 v = EventStore::makeRef(EventStore::RefKind::Source, m_result->events.internSymbol(id));
    m_sourceCache.insert(value, v);
    return v;
}

namespace {
    // The interchange readers' rule for text, on every bulk path too: a NUL byte or bytes that are not UTF-8
    // (overlong forms, surrogates, stray continuation bytes) make the row bad instead of becoming U+FFFD.
    const char* cellTextProblem(QByteArrayView v)
    {
        const auto* p = reinterpret_cast<const uchar*>(v.data());
        const auto* const e = p + v.size();
        constexpr quint64 ones = 0x0101010101010101ull, highs = 0x8080808080808080ull;
        while (p < e) {
            if (e - p >= 8) {
                quint64 w;
                std::memcpy(&w, p, 8);
                if (!(w & highs) && !((w - ones) & ~w & highs)) { // ASCII without a zero byte
                    p += 8;
                    continue;
                }
            }
            const uchar c = *p;
            if (c == 0)
                return "holds a NUL byte";
            if (c < 0x80) {
                ++p;
                continue;
            }
            int n = 0;
            uint cp = 0;
            if (c >= 0xC2 && c <= 0xDF)
                n = 1, cp = c & 0x1Fu;
            else if (c >= 0xE0 && c <= 0xEF)
                n = 2, cp = c & 0x0Fu;
            else if (c >= 0xF0 && c <= 0xF4)
                n = 3, cp = c & 0x07u;
            else
                return "is not valid UTF-8";
            if (e - p <= n)
                return "is not valid UTF-8";
            for (int i = 1; i <= n; ++i) {
                if ((p[i] & 0xC0) != 0x80)
                    return "is not valid UTF-8";
                cp = (cp << 6) | (p[i] & 0x3Fu);
            }
            if ((n == 2 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (n == 3 && (cp < 0x10000 || cp > 0x10FFFF)))
                return "is not valid UTF-8";
            p += n + 1;
        }
        return nullptr;
    }
}

ImportSink::Status ImportSink::addRow(qint64 line, const Cell* cells, qsizetype count)
{
    ++m_result->rowsRead;
    auto cell = [&](int slot) -> Cell { return slot >= 0 && slot < count ? cells[slot] : Cell {}; };
    auto label = [&](int slot) {
        return slot >= 0 && size_t(slot) < m_slotLabels.size() ? m_slotLabels[size_t(slot)] : QString();
    };
    QString why;
    for (qsizetype slot = 0; slot < count; ++slot)
        if (const char* problem = cellTextProblem(cells[slot].view()))
            return rowError(line, label(int(slot)), QString::fromLatin1(problem));

    const Cell dateCell = cell(m_date);
    const auto start = parseEventDate(dateCell.view(), &why);
    if (!start)
        return rowError(line, label(m_date), why);
    PartialDate end;
    if (const Cell c = cell(m_endDate); !trimmed(c.view()).isEmpty()) {
        const auto e = parseEventDate(c.view(), &why);
        if (!e)
            return rowError(line, label(m_endDate), why);
        if (e->msecs < start->msecs)
            return rowError(line, label(m_endDate), QStringLiteral("ends before it starts"));
        end = *e;
    }

    auto appendText = [](TextBuffer& out, const Cell& c) {
        if (!c.list) {
            appendUtf8(out, c.view());
            return;
        }
        bool first = true;
        forEachValue(c, {}, [&](QByteArrayView part) {
            if (!first)
                out.append(u"; ");
            first = false;
            appendUtf8(out, part);
        });
    };

    m_titleText.clear();
    if (!m_titleTemplate.empty()) {
        for (const auto& part : m_titleTemplate) {
            m_titleText.append(part.literal);
            if (part.slot >= 0)
                appendText(m_titleText, cell(part.slot));
        }
    } else if (m_title >= 0) {
        appendText(m_titleText, cell(m_title));
    }
    m_descriptionText.clear();
    if (m_description >= 0)
        appendText(m_descriptionText, cell(m_description));
    if (const Cell notes = cell(m_notes); !notes.isEmpty()) {
        if (!m_descriptionText.empty())
            m_descriptionText.append(u"\n\n");
        appendText(m_descriptionText, notes);
    }

    m_parties.clear();
    m_tags.clear();
    m_sources.clear();
    for (int slot : m_actors) {
        bool failed = false;
        forEachValue(cell(slot), m_separator, [&](QByteArrayView name) {
            quint32 ref = Dropped;
            if (failed || !partyFor(name, &ref, &why)) {
                failed = true;
                return;
            }
            if (ref != Dropped && std::find(m_parties.begin(), m_parties.end(), ref) == m_parties.end())
                m_parties.push_back(ref);
        });
        if (failed)
            return rowError(line, label(slot), why);
    }
    using Kind = EventStore::RefKind;
    auto addTag = [&](quint32 t) {
        if (std::find(m_tags.begin(), m_tags.end(), t) == m_tags.end())
            m_tags.push_back(t);
    };
    if (const Cell c = cell(m_eventType); !c.isEmpty())
        forEachValue(c, {}, [&](QByteArrayView v) { addTag(cached(m_tagCache, v, Kind::Tag)); });
    for (int slot : m_tagSlots)
        forEachValue(cell(slot), m_separator, [&](QByteArrayView v) { addTag(cached(m_tagCache, v, Kind::Tag)); });
    for (size_t i = 0; i < m_attributes.size(); ++i)
        if (const auto v = trimmed(cell(m_attributes[i]).view()); !v.isEmpty())
            addTag(cached(m_attributeCache[i], v, Kind::Tag, m_attributePrefix[i]));
    const auto lat = trimmed(cell(m_latitude).view()), lon = trimmed(cell(m_longitude).view());
    if (!lat.isEmpty() || !lon.isEmpty()) {
        m_geo.assign(lat.data(), size_t(lat.size()));
        m_geo += ',';
        m_geo.append(lon.data(), size_t(lon.size()));
        const QByteArrayView geo(m_geo.data(), qsizetype(m_geo.size()));
        quint32 tag = m_geoCache.find(geo);
        if (tag == SymbolCache::Missing) { // check the numbers once per distinct pair
            const auto la = number(lat), lo = number(lon);
            if (!la || *la < -90 || *la > 90)
                return rowError(line, label(m_latitude), QStringLiteral("latitude \"%1\" is not a number in -90…90").arg(QString::fromUtf8(lat)));
            if (!lo || *lo < -180 || *lo > 180)
                return rowError(line, label(m_longitude), QStringLiteral("longitude \"%1\" is not a number in -180…180").arg(QString::fromUtf8(lon)));
            tag = cached(m_geoCache, geo, Kind::Tag, QStringLiteral("geo="));
        }
        addTag(tag);
    }
    if (const auto v = trimmed(cell(m_source).view()); !v.isEmpty()) {
        if (m_mapping->sourceMode == ColumnMapping::SourceMode::Source)
            m_sources.push_back(sourceFor(v));
        else
            addTag(cached(m_sourceCache, v, Kind::Tag, QStringLiteral("source=")));
    }

    const quint32 location = m_location >= 0
        ? EventStore::refSymbolOf(cached(m_locationCache, trimmed(cell(m_location).view()), Kind::Party))
        : m_emptyLocation;
    if (m_titleText.empty()) {
        if (!m_tags.empty()) {
            const QString& t = m_result->events.symbols().text(EventStore::refSymbolOf(m_tags.front()));
            m_titleText.append(std::u16string_view(reinterpret_cast<const char16_t*>(t.utf16()), size_t(t.size())));
        } else {
            m_titleText.append(u"Event");
        }
    }
    m_refs.assign(m_parties.begin(), m_parties.end());
    m_refs.insert(m_refs.end(), m_tags.begin(), m_tags.end());
    m_refs.insert(m_refs.end(), m_sources.begin(), m_sources.end());
    m_result->events.appendInterned(m_nextId++, *start, end,
        m_titleText.view(), m_descriptionText.view(), location, m_refs);
    m_textChars += qint64(m_titleText.size() + m_descriptionText.size());
    m_refCount += qint64(m_refs.size());
    if (++m_result->rowsImported == SampleRows && m_expectedRows > 2 * SampleRows) {
        const double scale = double(m_expectedRows) / double(SampleRows) * 1.05;
        m_result->events.reserve(qsizetype(m_expectedRows), qsizetype(double(m_textChars) * scale),
            qsizetype(double(m_refCount) * scale));
    }
    return Status::Ok;
}

quint32 ImportSink::deferredRef(EventStore::RefKind kind, QByteArrayView raw)
{
    // A lone surrogate never comes out of UTF-8 decoding, so no text in the file can equal a placeholder.
    const QString placeholder = QChar(0xDC00) + QString::number(m_deferredSymbols.size());
    const quint32 symbol = m_result->events.internSymbol(placeholder);
    m_deferredSymbols.push_back({ symbol, kind == EventStore::RefKind::Source, raw.toByteArray() });
    return EventStore::makeRef(kind, symbol);
}

bool ImportSink::canDefer() const
{
    for (const QString& party : m_mapping->actorParties)
        if (!m_targetPartyIds.contains(party))
            return false;
    return true;
}

void ImportSink::adopt(ImportSink& helper, qint64 lineShift)
{
    const EventStore& in = helper.m_result->events;
    const Dictionary& symbols = in.symbols();
    std::vector<const Deferred*> deferred(size_t(symbols.size()), nullptr);
    for (const auto& d : helper.m_deferredSymbols)
        deferred[d.symbol] = &d;
    // In the helper's symbol order, which is the order of first use: the same calls a single thread makes.
    std::vector<quint32> global(size_t(symbols.size()));
    for (size_t s = 0; s < global.size(); ++s) {
        if (const Deferred* d = deferred[s]) {
            quint32 ref = Dropped;
            if (d->source) {
                ref = sourceFor(d->raw);
            } else {
                QString why;
                partyFor(d->raw, &ref, &why); // creates or finds the party: deferral is only for ActorPolicy::Create
            }
            global[s] = EventStore::refSymbolOf(ref);
        } else {
            global[s] = m_result->events.internSymbol(symbols.text(quint32(s)));
        }
    }
    // Rows are numbered on from this sink's; two actor names may turn out to be one party, kept once as
    // addRow() does.
    const qint64 helperFirstId = helper.m_target->events().nextId();
    m_result->events.appendStore(in, m_nextId - helperFirstId, global);
    m_nextId += in.size();
    const EventImportResult& h = *helper.m_result;
    for (const auto& e : h.errors) {
        if (m_result->errors.size() >= m_options->maxStoredErrors)
            break;
        m_result->errors.append({ e.line + lineShift, e.column, e.reason });
    }
    m_result->errorCount += h.errorCount;
    m_result->rowsRead += h.rowsRead;
    m_result->rowsImported += h.rowsImported;
    m_result->rowsSkipped += h.rowsSkipped;
}

void ImportSink::finish() { m_result->events.finish(); }

} // namespace Entente::ImportDetail
