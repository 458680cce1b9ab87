// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportdate.h"
#include "eventimportsink.h"
#include "utf8.h"

#include <QIODevice>
#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
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

// The per-cell helpers of addRow() run about twenty times a row; GCC leaves them out of line in a function that
// large unless told.
#if defined(__GNUC__) || defined(__clang__)
#define ENTENTE_ALWAYS_INLINE __attribute__((always_inline))
#else
#define ENTENTE_ALWAYS_INLINE
#endif

namespace {
    constexpr qint64 SampleRows = 4096; // rows read before reserving the store for the whole file

    inline ENTENTE_ALWAYS_INLINE QByteArrayView trimmed(QByteArrayView v)
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
    for (const auto& i : target.issues()) {
        m_usedIssueIds.insert(i.id);
        for (const QString* key : { &i.name, &i.id })
            if (!key->isEmpty())
                m_issueByName.insert(key->toLower(), i.id);
    }
    for (const auto& s : target.sources())
        m_usedSourceIds.insert(s.id);
    for (auto it = mapping.actorAliases.cbegin(); it != mapping.actorAliases.cend(); ++it)
        m_aliases.insert(it.key().trimmed().toLower(), it.value().trimmed());
    for (auto it = mapping.precisionCodes.cbegin(); it != mapping.precisionCodes.cend(); ++it) {
        const QString& v = it.value();
        const int p = v == u"week" ? WeekPrecision : int(precisionFromName(v).value_or(Precision::Day));
        m_precisionCodes.emplace(it.key().trimmed().toStdString(), p);
    }
    m_emptyLocation = m_result->events.internSymbol(QString());
    if (!mapping.externalId.isEmpty()) {
        // The ids the dossier's events already carry: tags "<scheme>-id=<value>", each row's first in its
        // external-id column (EventStore::idTag), any further one as an interned tag.
        m_idPrefix = mapping.externalIdTag(QString());
        m_idPrefix16 = m_idPrefix.toStdU16String();
        const EventStore& events = target.events();
        for (qsizetype row = 0; row < events.size(); ++row)
            if (const QStringView tag = events.idTag(row); tag.startsWith(m_idPrefix))
                m_knownIds.insert(tag.sliced(m_idPrefix.size()).toString().toStdString());
        const Dictionary& symbols = events.symbols();
        std::vector<bool> isId(size_t(symbols.size()), false);
        bool any = false;
        for (qsizetype i = 0; i < symbols.size(); ++i)
            if (symbols.text(quint32(i)).startsWith(m_idPrefix))
                any = isId[size_t(i)] = true;
        if (any)
            for (quint32 tagged : events.allRefs())
                if (EventStore::refKindOf(tagged) == quint32(EventStore::RefKind::Tag) && isId[EventStore::refSymbolOf(tagged)])
                    m_knownIds.insert(symbols.text(EventStore::refSymbolOf(tagged)).mid(m_idPrefix.size()).toStdString());
    }
}

Result<int> ImportSink::resolve(
    const QString& ref, const QStringList& header, const QStringList& names, qsizetype columnCount) const
{
    if (ref.isEmpty())
        return -1;
    const QString wanted = normalizedColumnName(ref);
    for (qsizetype i = 0; i < header.size(); ++i)
        if (normalizedColumnName(header[i]) == wanted)
            return int(i);
    const bool lenient = m_mapping->missingColumns == ColumnMapping::MissingColumns::Skip;
    if (header.isEmpty())
        for (qsizetype i = 0; i < names.size(); ++i)
            if (normalizedColumnName(names[i]) == wanted) {
                if (i < columnCount)
                    return int(i);
                if (lenient)
                    return -1;
                return Error(
                    QStringLiteral("column \"%1\" is position %2 but the file has %3 columns").arg(ref).arg(i).arg(columnCount),
                    -1, ref);
            }
    bool ok = false;
    const int pos = ref.toInt(&ok);
    if (ok && pos >= 0 && pos < columnCount)
        return pos;
    if (lenient)
        return -1;
    return Error(QStringLiteral("the file has no column \"%1\"").arg(ref), -1, ref);
}

void ImportSink::bindAll(Binding& b, const std::function<int(const QString&)>& slotFor)
{
    const auto& m = *m_mapping;
    b.date = slotFor(m.date);
    b.endDate = slotFor(m.endDate);
    b.description = slotFor(m.description);
    b.notes = slotFor(m.notes);
    b.location = slotFor(m.location);
    b.latitude = slotFor(m.latitude);
    b.longitude = slotFor(m.longitude);
    b.source = slotFor(m.source);
    b.eventType = slotFor(m.eventType);
    b.externalId = slotFor(m.externalId);
    b.precision = slotFor(m.precision);
    b.title = -1;
    b.titleTemplate.clear();
    if (m.title.contains(u'{')) {
        const auto parts = parseTitleTemplate(m.title);
        for (qsizetype i = 0; i < parts.size(); ++i) {
            TitlePart part;
            part.literal = parts[i].literal.toStdU16String();
            for (const auto& c : parts[i].columns)
                if (const int slot = slotFor(c); slot >= 0)
                    part.cells.push_back(slot);
            part.cameo = parts[i].modifier == u"cameo";
            part.last = i + 1 == parts.size();
            b.titleTemplate.push_back(std::move(part));
        }
    } else {
        b.title = slotFor(m.title);
    }
    b.actors.clear();
    b.tags.clear();
    b.attributes.clear();
    b.issues.clear();
    for (const auto& r : m.actors)
        b.actors.push_back(slotFor(r));
    for (const auto& r : m.tags)
        b.tags.push_back(slotFor(r));
    for (const auto& r : m.attributes)
        b.attributes.push_back(slotFor(r));
    for (const auto& r : m.issues)
        b.issues.push_back(slotFor(r));
    m_attributePrefix.clear();
    for (const auto& r : m.attributes)
        m_attributePrefix.push_back(r + u'=');
    m_attributeCache.assign(m.attributes.size(), {});
}

QString ImportSink::bindLayout(Binding& b, const QStringList& header, const QStringList& names, qsizetype columnCount)
{
    QString error;
    b.columns = columnCount;
    bindAll(b, [&](const QString& ref) {
        auto slot = resolve(ref, header, names, columnCount);
        if (slot.ok())
            return slot.value();
        if (error.isEmpty()) // the first missing column is named
            error = slot.message();
        return -1;
    });
    if (error.isEmpty() && b.date < 0)
        error = m_mapping->date.isEmpty() ? QStringLiteral("the mapping has no date column")
                                          : QStringLiteral("the file has no date column \"%1\"").arg(m_mapping->date);
    if (error.isEmpty() && !m_mapping->actors.isEmpty()
        && std::all_of(b.actors.begin(), b.actors.end(), [](int slot) { return slot < 0; }))
        error = QStringLiteral("the file has none of the actor columns %1").arg(m_mapping->actors.join(QStringLiteral(", ")));
    return error;
}

QString ImportSink::bindColumns(const QStringList& header, qsizetype columnCount)
{
    // A header-less file: the layout whose names fit the first row is the main one, the others are chosen per
    // row by its number of fields.
    const QStringList* names = &m_mapping->columnNames;
    m_layouts.clear();
    if (header.isEmpty()) {
        for (const auto& l : m_mapping->alternativeColumnNames)
            if (l.size() == columnCount && names->size() != columnCount)
                names = &l;
        QList<const QStringList*> others { &m_mapping->columnNames };
        for (const auto& l : m_mapping->alternativeColumnNames)
            others << &l;
        for (const QStringList* l : others) {
            if (l == names || l->size() == columnCount || l->isEmpty())
                continue;
            Binding b;
            b.labels.assign(l->begin(), l->end());
            if (bindLayout(b, {}, *l, l->size()).isEmpty())
                m_layouts.push_back(std::move(b));
        }
    }
    m_slotLabels.clear();
    for (qsizetype i = 0; i < columnCount; ++i)
        m_slotLabels.push_back(i < header.size() ? header[i] : i < names->size() ? (*names)[i] : QString::number(i));
    return bindLayout(m_binding, header, *names, columnCount);
}

bool ImportSink::acceptsColumns(qsizetype count) const
{
    if (count == m_binding.columns)
        return true;
    return std::any_of(m_layouts.begin(), m_layouts.end(), [&](const Binding& b) { return b.columns == count; });
}

void ImportSink::bindFields()
{
    m_slotLabels.clear();
    m_fieldSlots.clear();
    m_layouts.clear();
    bindAll(m_binding, [this](const QString& ref) {
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

Error ImportSink::stopError(qint64 lineShift) const
{
    const qint64 line = m_stop.line + lineShift;
    return Error(m_stop.column.isEmpty()
            ? QStringLiteral("line %1: %2").arg(line).arg(m_stop.reason)
            : QStringLiteral("line %1, column %2: %3").arg(line).arg(m_stop.column, m_stop.reason),
        line, m_stop.column);
}

ImportSink::Status ImportSink::rowError(qint64 line, const QString& column, const QString& reason)
{
    if (m_deferred && m_pastDuplicateCheck) // one thread would have skipped the row if the first half has its id
        m_lateErrorIds.push_back(m_idText.view().toString());
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

Result<quint32> ImportSink::partyFor(QByteArrayView name)
{
    if (const quint32 v = m_actorCache.find(name); v != SymbolCache::Missing)
        return v;
    QString text = QString::fromUtf8(name);
    if (!m_aliases.isEmpty())
        if (auto alias = m_aliases.constFind(text.toLower()); alias != m_aliases.cend() && !alias->isEmpty()) {
            m_result->aliasesApplied << text + QStringLiteral(" → ") + *alias;
            text = *alias;
        }
    std::optional<QString> id;
    if (auto mapped = m_mapping->actorParties.constFind(text); mapped != m_mapping->actorParties.cend()) {
        if (!m_usedPartyIds.contains(*mapped))
            return Error(QStringLiteral("actor \"%1\" is mapped to an unknown party \"%2\"").arg(text, *mapped),
                Error::Kind::Invalid);
        id = *mapped;
    } else if (auto known = m_partyByName.constFind(text.toLower()); known != m_partyByName.cend()) {
        id = *known;
    } else {
        switch (m_mapping->actorPolicy) {
        case ColumnMapping::ActorPolicy::Create: {
            if (m_deferred) {
                const quint32 ref = deferredRef(EventStore::RefKind::Party, name);
                m_actorCache.insert(name, ref);
                return ref;
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
            // Not cached: every row naming it is reported.
            return Error(QStringLiteral("unknown actor \"%1\"").arg(text), Error::Kind::Invalid);
        }
    }
    const quint32 ref = id ? EventStore::makeRef(EventStore::RefKind::Party, m_result->events.internSymbol(*id)) : Dropped;
    m_actorCache.insert(name, ref);
    return ref;
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
    if (text.startsWith(QLatin1String("http://")) || text.startsWith(QLatin1String("https://"))) {
        s.url = text;
        s.outlet = outletFromUrl(text); // the file names no outlet: the URL's host stands in
    } else {
        s.outlet = text;
    }
    s.title = text.left(200);
    m_result->newSources.append(s);
    const quint32 v = EventStore::makeRef(EventStore::RefKind::Source, m_result->events.internSymbol(id));
    m_sourceCache.insert(value, v);
    return v;
}

quint32 ImportSink::issueFor(QByteArrayView value)
{
    if (const quint32 v = m_issueCache.find(value); v != SymbolCache::Missing)
        return v;
    const QString text = QString::fromUtf8(value);
    QString id = m_issueByName.value(text.toLower());
    if (id.isEmpty()) {
        const QString base = slug(text);
        id = base;
        for (int n = 2; m_usedIssueIds.contains(id); ++n)
            id = base + u'-' + QString::number(n);
        m_usedIssueIds.insert(id);
        m_issueByName.insert(text.toLower(), id);
        Issue issue;
        issue.id = id;
        issue.name = text;
        m_result->newIssues.append(issue);
    }
    const quint32 v = EventStore::makeRef(EventStore::RefKind::Issue, m_result->events.internSymbol(id));
    m_issueCache.insert(value, v);
    return v;
}

bool ImportSink::isDuplicate(QByteArrayView id, quint32 idHash)
{
    // Earlier in this file: m_ids holds the id once its row is in (m_idText is the row's id tag). In the
    // dossier: m_knownIds.
    if (m_ids.find(m_idText.view(), idHash, m_result->events) >= 0)
        return true;
    if (m_knownIds.empty())
        return false;
    m_idKey.assign(id.data(), size_t(id.size()));
    return m_knownIds.find(m_idKey) != m_knownIds.end();
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
            const int n = Utf8::sequenceLength(p, e);
            if (n <= 0)
                return "is not valid UTF-8";
            p += n;
        }
        return nullptr;
    }
}

const ImportSink::Binding& ImportSink::layoutFor(qsizetype count) const
{
    if (count != m_binding.columns) // of alternatives with the same column count, the last one named
        for (auto b = m_layouts.crbegin(); b != m_layouts.crend(); ++b)
            if (b->columns == count)
                return *b;
    return m_binding;
}

ImportSink::Status ImportSink::addRow(qint64 line, const Cell* cells, qsizetype count)
{
    ++m_result->rowsRead;
    const Binding& b = layoutFor(count);
    auto cell = [&](int slot) ENTENTE_ALWAYS_INLINE -> Cell { return slot >= 0 && slot < count ? cells[slot] : Cell {}; };
    auto label = [&](int slot) {
        if (slot < 0)
            return QString();
        const auto& labels = b.labels.empty() ? m_slotLabels : b.labels;
        return size_t(slot) < labels.size() ? labels[size_t(slot)] : QString();
    };
    QString why;
    for (qsizetype slot = 0; slot < count; ++slot)
        if (const char* problem = cellTextProblem(cells[slot].view()))
            return rowError(line, label(int(slot)), QString::fromLatin1(problem));

    // The external id's tag; its slot in m_ids is fetched while the rest of the row is parsed.
    const auto externalId = trimmed(cell(b.externalId).view());
    m_idText.clear();
    quint32 idHash = 0;
    if (!externalId.isEmpty()) {
        m_idText.append(m_idPrefix16);
        appendUtf8(m_idText, externalId);
        idHash = IdSet::hashOf(m_idText.view());
        m_ids.prefetch(idHash);
    }
    const Cell dateCell = cell(b.date);
    auto start = parseEventDate(dateCell.view());
    if (!start.ok())
        return rowError(line, label(b.date), start.message());
    PartialDate end;
    if (const Cell c = cell(b.endDate); !trimmed(c.view()).isEmpty()) {
        const auto e = parseEventDate(c.view());
        if (!e.ok())
            return rowError(line, label(b.endDate), e.message());
        if (e->msecs < start->msecs)
            return rowError(line, label(b.endDate), QStringLiteral("ends before it starts"));
        end = e.value();
    }
    if (const auto code = trimmed(cell(b.precision).view()); !code.isEmpty() && !m_precisionCodes.empty()) {
        const auto it = m_precisionCodes.find(std::string(code.data(), size_t(code.size())));
        if (it == m_precisionCodes.end())
            return rowError(line, label(b.precision), QStringLiteral("unknown precision code \"%1\"").arg(QString::fromUtf8(code)));
        constexpr qint64 DayMs = 86400000;
        if (it->second == WeekPrecision) {
            // Some day of a week: the seven days around the date given.
            if (!end.isValid()) {
                end = PartialDate::fromMsecs(start->msecs + 3 * DayMs, Precision::Day);
                start = PartialDate::fromMsecs(start->msecs - 3 * DayMs, Precision::Day);
            }
        } else if (const auto p = Precision(it->second); p < start->precision) {
            const QDate d = QDateTime::fromMSecsSinceEpoch(start->msecs, Qt::UTC).date();
            start = PartialDate::fromYmd(d.year(), p == Precision::Year ? 1 : d.month(), 1, p);
        }
    }
    if (!externalId.isEmpty() && isDuplicate(externalId, idHash)) {
        ++m_result->rowsDuplicate;
        return Status::Skipped;
    }
    m_pastDuplicateCheck = !externalId.isEmpty();
    const auto pastCheck = qScopeGuard([this] { m_pastDuplicateCheck = false; });

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
    if (!b.titleTemplate.empty()) {
        // A part whose placeholder is empty is left out with its literal; the literal before the first value
        // is kept only when it opens the template.
        for (size_t i = 0; i < b.titleTemplate.size(); ++i) {
            const TitlePart& part = b.titleTemplate[i];
            if (part.last) {
                if (!m_titleText.empty())
                    m_titleText.append(part.literal);
                break;
            }
            Cell c;
            for (int slot : part.cells)
                if (c = cell(slot); !trimmed(c.view()).isEmpty())
                    break;
            if (trimmed(c.view()).isEmpty())
                continue;
            if (!m_titleText.empty() || i == 0)
                m_titleText.append(part.literal);
            if (part.cameo) {
                const auto code = trimmed(c.view());
                std::string key(code.data(), size_t(code.size()));
                auto it = m_cameo.find(key);
                if (it == m_cameo.end()) {
                    QString text = cameoDescription(QString::fromUtf8(code));
                    if (text.isEmpty())
                        text = QStringLiteral("CAMEO ") + QString::fromUtf8(code);
                    it = m_cameo.emplace(std::move(key), text.toStdU16String()).first;
                }
                m_titleText.append(it->second);
            } else {
                appendText(m_titleText, c);
            }
        }
    } else if (b.title >= 0) {
        appendText(m_titleText, cell(b.title));
    }
    m_descriptionText.clear();
    if (b.description >= 0)
        appendText(m_descriptionText, cell(b.description));
    if (const Cell notes = cell(b.notes); !notes.isEmpty()) {
        if (!m_descriptionText.empty())
            m_descriptionText.append(u"\n\n");
        appendText(m_descriptionText, notes);
    }

    m_parties.clear();
    m_issues.clear();
    m_tags.clear();
    m_sources.clear();
    bool anyActor = false;
    auto addParty = [&](QByteArrayView name) {
        const auto party = partyFor(name);
        if (!party.ok()) {
            why = party.message();
            return false;
        }
        const quint32 ref = party.value();
        if (ref != Dropped && std::find(m_parties.begin(), m_parties.end(), ref) == m_parties.end())
            m_parties.push_back(ref);
        return true;
    };
    for (int slot : b.actors) {
        bool failed = false;
        forEachValue(cell(slot), m_separator, [&](QByteArrayView name) {
            anyActor = true;
            failed = failed || !addParty(name);
        });
        if (failed)
            return rowError(line, label(slot), why);
    }
    if (!anyActor && !m_mapping->noActor.isEmpty() && !addParty(m_mapping->noActor.toUtf8()))
        return rowError(line, {}, why);
    for (int slot : b.issues)
        forEachValue(cell(slot), m_separator, [&](QByteArrayView v) {
            const quint32 ref = issueFor(v);
            if (std::find(m_issues.begin(), m_issues.end(), ref) == m_issues.end())
                m_issues.push_back(ref);
        });
    using Kind = EventStore::RefKind;
    auto addTag = [&](quint32 t) {
        if (std::find(m_tags.begin(), m_tags.end(), t) == m_tags.end())
            m_tags.push_back(t);
    };
    if (const Cell c = cell(b.eventType); !c.isEmpty())
        forEachValue(c, {}, [&](QByteArrayView v) { addTag(cached(m_tagCache, v, Kind::Tag)); });
    for (int slot : b.tags)
        forEachValue(cell(slot), m_separator, [&](QByteArrayView v) { addTag(cached(m_tagCache, v, Kind::Tag)); });
    for (size_t i = 0; i < b.attributes.size(); ++i)
        if (const auto v = trimmed(cell(b.attributes[i]).view()); !v.isEmpty())
            addTag(cached(m_attributeCache[i], v, Kind::Tag, m_attributePrefix[i]));
    // The external id is not interned (nearly every row has its own): it goes to the store's id column, in its
    // place among the tags.
    const qsizetype idPlace = qsizetype(m_tags.size());
    const auto lat = trimmed(cell(b.latitude).view()), lon = trimmed(cell(b.longitude).view());
    if (!lat.isEmpty() || !lon.isEmpty()) {
        m_geo.assign(lat.data(), size_t(lat.size()));
        m_geo += ',';
        m_geo.append(lon.data(), size_t(lon.size()));
        const QByteArrayView geo(m_geo.data(), qsizetype(m_geo.size()));
        quint32 tag = m_geoCache.find(geo);
        if (tag == SymbolCache::Missing) { // check the numbers once per distinct pair
            const auto la = number(lat), lo = number(lon);
            if (!la || *la < -90 || *la > 90)
                return rowError(line, label(b.latitude), QStringLiteral("latitude \"%1\" is not a number in -90…90").arg(QString::fromUtf8(lat)));
            if (!lo || *lo < -180 || *lo > 180)
                return rowError(line, label(b.longitude), QStringLiteral("longitude \"%1\" is not a number in -180…180").arg(QString::fromUtf8(lon)));
            tag = cached(m_geoCache, geo, Kind::Tag, QStringLiteral("geo="));
        }
        addTag(tag);
    }
    if (const Cell c = cell(b.source); !trimmed(c.view()).isEmpty()) {
        forEachValue(c, m_separator, [&](QByteArrayView v) {
            if (m_mapping->sourceMode == ColumnMapping::SourceMode::Source) {
                const quint32 ref = sourceFor(v);
                if (std::find(m_sources.begin(), m_sources.end(), ref) == m_sources.end())
                    m_sources.push_back(ref);
            } else {
                addTag(cached(m_sourceCache, v, Kind::Tag, QStringLiteral("source=")));
            }
        });
    }

    const quint32 location = b.location >= 0
        ? EventStore::refSymbolOf(cached(m_locationCache, trimmed(cell(b.location).view()), Kind::Party))
        : m_emptyLocation;
    if (m_titleText.empty()) {
        if (!m_idText.empty() && (idPlace == 0 || m_tags.empty())) {
            m_titleText.append(std::u16string_view(m_idText.view().utf16(), m_idText.size()));
        } else if (!m_tags.empty()) {
            const QString& t = m_result->events.symbols().text(EventStore::refSymbolOf(m_tags.front()));
            m_titleText.append(std::u16string_view(reinterpret_cast<const char16_t*>(t.utf16()), size_t(t.size())));
        } else {
            m_titleText.append(u"Event");
        }
    }
    m_refs.clear(); // a handful each: element by element, not a memcpy call per list
    for (const auto* part : { &m_parties, &m_issues, &m_tags, &m_sources })
        for (quint32 ref : *part)
            m_refs.push_back(ref);
    if (!m_idText.empty())
        m_ids.insert(idHash, quint32(m_result->events.size()));
    m_result->events.appendInterned(m_nextId++, start.value(), end,
        m_titleText.view(), m_descriptionText.view(), location, m_refs, m_idText.view(), idPlace);
    m_textChars += qint64(m_titleText.size() + m_descriptionText.size() + m_idText.size());
    m_refCount += qint64(m_refs.size());
    if (++m_result->rowsImported == SampleRows && m_expectedRows > 2 * SampleRows) {
        const double scale = double(m_expectedRows) / double(SampleRows) * 1.05;
        m_result->events.reserve(qsizetype(m_expectedRows), qsizetype(double(m_textChars) * scale),
            qsizetype(double(m_refCount) * scale));
        if (!m_mapping->externalId.isEmpty())
            m_ids.reserve(qsizetype(double(m_expectedRows) * 1.05));
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
    if (!m_mapping->issues.isEmpty())
        return false; // issues are created as they are met: one thread keeps their order
    for (const QString& party : m_mapping->actorParties)
        if (!m_targetPartyIds.contains(party))
            return false;
    return true;
}

bool ImportSink::repeatsAnIdOf(const ImportSink& helper) const
{
    if (m_mapping->externalId.isEmpty())
        return false;
    const EventStore& in = helper.m_result->events;
    for (qsizetype r = 0; r < in.size(); ++r)
        if (const QStringView id = in.idTag(r); !id.isEmpty() && m_ids.find(id, IdSet::hashOf(id), m_result->events) >= 0)
            return true;
    for (const QString& id : helper.m_lateErrorIds)
        if (m_ids.find(id, IdSet::hashOf(id), m_result->events) >= 0)
            return true;
    return false;
}

void ImportSink::adopt(ImportSink& helper, qint64 lineShift)
{
    const EventStore& in = helper.m_result->events;
    const Dictionary& symbols = in.symbols();
    std::vector<const Deferred*> deferred(size_t(symbols.size()), nullptr);
    for (const auto& d : helper.m_deferredSymbols)
        deferred[d.symbol] = &d;
    const qsizetype aliasesBefore = m_result->aliasesApplied.size();
    // In the helper's symbol order, which is the order of first use: the same calls a single thread makes.
    std::vector<quint32> global(size_t(symbols.size()));
    for (size_t s = 0; s < global.size(); ++s) {
        if (const Deferred* d = deferred[s]) {
            quint32 ref = Dropped;
            if (d->source) {
                ref = sourceFor(d->raw);
            } else if (const auto party = partyFor(d->raw); party.ok()) {
                ref = party.value(); // created or found: deferral is only for ActorPolicy::Create
            }
            global[s] = EventStore::refSymbolOf(ref);
        } else {
            global[s] = m_result->events.internSymbol(symbols.text(quint32(s)));
        }
    }
    // The aliases the helper applied, in its order of first use, after this half's: the list a single thread
    // makes (the loop above applied those of new actors again; the helper's list has them in their place).
    m_result->aliasesApplied.resize(aliasesBefore);
    const QSet<QString> applied(m_result->aliasesApplied.cbegin(), m_result->aliasesApplied.cend());
    for (const QString& a : std::as_const(helper.m_result->aliasesApplied))
        if (!applied.contains(a))
            m_result->aliasesApplied << a;
    // Rows are numbered on from this sink's; two actor names may turn out to be one party, kept once as addRow()
    // does (appendStore). A half repeating an external id of this one is read again instead (repeatsAnIdOf()).
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
    m_result->rowsDuplicate += h.rowsDuplicate;
}

void ImportSink::finish() { m_result->events.finish(); }

} // namespace Entente::ImportDetail
