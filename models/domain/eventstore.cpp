// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventstore.h"

#include <algorithm>
#include <bit>
#include <cstring>
#include <utility>
#include <numeric>
#include <thread>

namespace Entente {

namespace {
    quint8 packPrecision(PartialDate start, PartialDate end)
    {
        return quint8(quint8(start.precision) | (quint8(end.precision) << 2));
    }

    // Gathers in sorted order read rows at random: ask for a row's cache line a few rows ahead, so that many
    // misses are in flight at once (this halves finish() at 10^7 rows).
    constexpr size_t PrefetchAhead = 16;
    constexpr size_t ParallelGatherRows = 1 << 19;
    template<typename T>
    void prefetch([[maybe_unused]] const T* p)
    {
#if defined(__GNUC__) || defined(__clang__)
        __builtin_prefetch(p);
#endif
    }

    // v in the given order, gathered into spare, which then holds v's old buffer: the columns of one type share
    // one new buffer between them instead of each taking a fresh one (fresh memory is paid for in page faults).
    template<typename T>
    void permute(std::vector<T>& v, const std::vector<quint32>& order, std::vector<T>& spare)
    {
        const size_t n = order.size();
        if (spare.size() < n)
            spare.resize(n);
        T* out = spare.data();
        for (size_t i = 0; i < n; ++i) {
            if (i + PrefetchAhead < n)
                prefetch(v.data() + order[i + PrefetchAhead]);
            out[i] = std::move(v[order[i]]);
        }
        spare.resize(n);
        v.swap(spare);
    }

    // Stable LSD radix sort of `order` by key(order[i]). Each entry becomes one 64-bit word, (key - min) shifted
    // past the bits all keys share at the bottom, above its position in `order`, so ties keep their order and
    // the passes stream through memory instead of chasing rows. Returns false, leaving `order` unchanged, when
    // key range and position do not fit in 64 bits (the caller then uses a comparison sort).
    template<typename KeyFn>
    bool radixOrder(std::vector<quint32>& order, KeyFn key)
    {
        const size_t n = order.size();
        if (n < 2)
            return true;
        quint64 lo = ~quint64(0), hi = 0, varying = 0;
        const quint64 first = quint64(key(order[0])) ^ (quint64(1) << 63); // offset binary: signed order as unsigned
        for (size_t i = 0; i < n; ++i) {
            const quint64 k = quint64(key(order[i])) ^ (quint64(1) << 63);
            lo = std::min(lo, k);
            hi = std::max(hi, k);
            varying |= k ^ first;
        }
        if (varying == 0)
            return true;
        const int shift = std::countr_zero(varying);
        const int keyBits = std::bit_width((hi - lo) >> shift);
        const int posBits = std::bit_width(quint64(n - 1));
        if (keyBits + posBits > 64)
            return false;
        std::vector<quint64> a(n), b(n);
        for (size_t i = 0; i < n; ++i)
            a[i] = ((((quint64(key(order[i])) ^ (quint64(1) << 63)) - lo) >> shift) << posBits) | i;
        const int passes = (keyBits + 10) / 11;
        const int digitBits = (keyBits + passes - 1) / passes;
        const quint64 digitMask = (quint64(1) << digitBits) - 1;
        std::vector<quint32> counts(size_t(passes) << digitBits);
        for (size_t i = 0; i < n; ++i)
            for (int p = 0; p < passes; ++p)
                ++counts[(size_t(p) << digitBits) + ((a[i] >> (posBits + p * digitBits)) & digitMask)];
        for (int p = 0; p < passes; ++p) {
            quint32* c = counts.data() + (size_t(p) << digitBits);
            const int at = posBits + p * digitBits;
            if (c[(a[0] >> at) & digitMask] == n)
                continue; // every key has the same digit here
            quint32 sum = 0;
            for (size_t d = 0; d <= digitMask; ++d)
                sum += std::exchange(c[d], sum);
            for (size_t i = 0; i < n; ++i)
                b[c[(a[i] >> at) & digitMask]++] = a[i];
            a.swap(b);
        }
        const quint64 posMask = (quint64(1) << posBits) - 1;
        std::vector<quint32> out(n);
        for (size_t i = 0; i < n; ++i)
            out[i] = order[size_t(a[i] & posMask)];
        order.swap(out);
        return true;
    }
}

PartialDate EventStore::startDate(qsizetype row) const
{
    return { m_start[size_t(row)], Precision(m_precision[size_t(row)] & 3) };
}

PartialDate EventStore::endDate(qsizetype row) const
{
    return { m_end[size_t(row)], Precision((m_precision[size_t(row)] >> 2) & 3) };
}

QStringView EventStore::title(qsizetype row) const
{
    return QStringView(m_text.data() + m_textOffset[size_t(row)], qsizetype(m_titleLength[size_t(row)]));
}

QStringView EventStore::description(qsizetype row) const
{
    const auto r = size_t(row);
    return QStringView(m_text.data() + m_textOffset[r] + m_titleLength[r], qsizetype(m_descriptionLength[r]));
}

std::span<const quint32> EventStore::refs(qsizetype row) const
{
    const auto b = m_refOffset[size_t(row)], e = m_refOffset[size_t(row) + 1];
    return std::span<const quint32>(m_refs.data() + b, e - b);
}

QStringList EventStore::refTexts(qsizetype row, RefKind kind) const
{
    QStringList out;
    for (quint32 r : refs(row))
        if (refKindOf(r) == quint32(kind))
            out.append(m_symbols.text(refSymbolOf(r)));
    if (kind == RefKind::Tag)
        if (const QStringView id = idTag(row); !id.isEmpty())
            out.insert(std::min(idTagPlace(row), out.size()), id.toString());
    return out;
}

QStringView EventStore::idTag(qsizetype row) const
{
    const auto r = size_t(row);
    return QStringView(m_text.data() + m_textOffset[r] + m_titleLength[r] + m_descriptionLength[r],
        qsizetype(m_idTag[r] & IdLengthMask));
}

bool EventStore::isIdTag(QStringView tag)
{
    // "id=<value>" or "<scheme>-id=<value>", the scheme in lower-case ASCII letters and digits, the value not empty.
    const qsizetype eq = tag.indexOf(u"id=");
    if (eq < 0 || eq + 3 >= tag.size() || tag.size() > qsizetype(IdLengthMask))
        return false;
    if (eq == 0)
        return true;
    if (eq < 2 || tag[eq - 1] != u'-')
        return false;
    for (qsizetype i = 0; i < eq - 1; ++i)
        if (const char16_t c = tag[i].unicode(); !((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9')))
            return false;
    return true;
}

template<typename List>
qsizetype EventStore::idTagIndex(const List& tags)
{
    qsizetype i = 0;
    for (const auto& t : tags) {
        if (i > MaxIdPlace)
            break;
        if (isIdTag(QStringView(t)))
            return i;
        ++i;
    }
    return -1;
}

quint32 EventStore::packIdTag(QStringView tag, qsizetype place)
{
    if (tag.isEmpty())
        return 0;
    Q_ASSERT(tag.size() <= qsizetype(IdLengthMask) && place >= 0 && place <= MaxIdPlace);
    return quint32(tag.size()) | (quint32(place) << 24);
}

bool EventStore::hasRef(qsizetype row, RefKind kind, quint32 symbol) const
{
    const quint32 tagged = (quint32(kind) << 30) | symbol;
    for (quint32 r : refs(row))
        if (r == tagged)
            return true;
    return false;
}

Event EventStore::event(qsizetype row) const
{
    Event e;
    e.id = id(row);
    e.start = startDate(row);
    e.end = endDate(row);
    e.title = title(row).toString();
    e.description = description(row).toString();
    e.location = location(row);
    e.parties = refTexts(row, RefKind::Party);
    e.issues = refTexts(row, RefKind::Issue);
    e.tags = refTexts(row, RefKind::Tag);
    e.sources = refTexts(row, RefKind::Source);
    e.claims = m_claims.value(e.id);
    return e;
}

void EventStore::setClaims(qint64 id, const QList<Claim>& claims)
{
    if (claims.isEmpty())
        m_claims.remove(id);
    else
        m_claims.insert(id, claims);
}

qsizetype EventStore::rowOfId(qint64 id) const
{
    auto it = std::lower_bound(m_byId.begin(), m_byId.end(), id, [this](quint32 row, qint64 v) { return m_id[row] < v; });
    if (it == m_byId.end() || m_id[*it] != id)
        return -1;
    return qsizetype(*it);
}

qsizetype EventStore::lowerBound(qint64 msecs) const
{
    return qsizetype(std::lower_bound(m_start.begin(), m_start.end(), msecs) - m_start.begin());
}

void EventStore::insertAt(qsizetype row, const Event& e)
{
    const auto r = size_t(row);
    m_id.insert(m_id.begin() + row, e.id);
    m_start.insert(m_start.begin() + row, e.start.msecs);
    m_end.insert(m_end.begin() + row, e.end.msecs);
    m_precision.insert(m_precision.begin() + row, packPrecision(e.start, e.end));
    m_textOffset.insert(m_textOffset.begin() + row, quint64(m_text.size()));
    m_text.insert(m_text.end(), e.title.utf16(), e.title.utf16() + e.title.size());
    m_text.insert(m_text.end(), e.description.utf16(), e.description.utf16() + e.description.size());
    const qsizetype idAt = idTagIndex(e.tags);
    if (idAt >= 0) {
        const QString& id = e.tags[idAt];
        m_text.insert(m_text.end(), id.utf16(), id.utf16() + id.size());
    }
    m_idTag.insert(m_idTag.begin() + row, idAt < 0 ? 0 : packIdTag(e.tags[idAt], idAt));
    m_titleLength.insert(m_titleLength.begin() + row, quint32(e.title.size()));
    m_descriptionLength.insert(m_descriptionLength.begin() + row, quint32(e.description.size()));
    m_location.insert(m_location.begin() + row, m_symbols.intern(e.location));
    std::vector<quint32> refs;
    for (const auto& p : e.parties)
        refs.push_back(tagRef(RefKind::Party, p));
    for (const auto& p : e.issues)
        refs.push_back(tagRef(RefKind::Issue, p));
    for (qsizetype i = 0; i < e.tags.size(); ++i)
        if (i != idAt)
            refs.push_back(tagRef(RefKind::Tag, e.tags[i]));
    for (const auto& p : e.sources)
        refs.push_back(tagRef(RefKind::Source, p));
    if (m_refOffset.empty())
        m_refOffset.push_back(0);
    const quint32 at = m_refOffset[r];
    m_refs.insert(m_refs.begin() + at, refs.begin(), refs.end());
    m_refOffset.insert(m_refOffset.begin() + row + 1, at + quint32(refs.size()));
    for (size_t i = r + 2; i < m_refOffset.size(); ++i)
        m_refOffset[i] += quint32(refs.size());
    // Keep the id index: rows at or after `row` moved down by one.
    for (auto& x : m_byId)
        if (x >= r)
            ++x;
    auto pos = std::lower_bound(m_byId.begin(), m_byId.end(), e.id, [this](quint32 rr, qint64 v) { return m_id[rr] < v; });
    m_byId.insert(pos, quint32(r));
    m_maxId = std::max(m_maxId, e.id);
    setClaims(e.id, e.claims);
}

qsizetype EventStore::insert(Event e)
{
    if (e.id == 0)
        e.id = nextId();
    auto it = std::upper_bound(m_start.begin(), m_start.end(), e.start.msecs);
    qsizetype row = it - m_start.begin();
    // Ties on start are ordered by id.
    while (row > 0 && m_start[size_t(row - 1)] == e.start.msecs && m_id[size_t(row - 1)] > e.id)
        --row;
    insertAt(row, e);
    return row;
}

qsizetype EventStore::update(qsizetype row, const Event& e)
{
    Event copy = e;
    copy.id = id(row);
    removeAt(row);
    return insert(copy);
}

void EventStore::removeAt(qsizetype row)
{
    const auto r = size_t(row);
    const quint32 b = m_refOffset[r], e = m_refOffset[r + 1];
    m_refs.erase(m_refs.begin() + b, m_refs.begin() + e);
    m_refOffset.erase(m_refOffset.begin() + row + 1);
    for (size_t i = r + 1; i < m_refOffset.size(); ++i)
        m_refOffset[i] -= (e - b);
    const qint64 removedId = m_id[r];
    auto pos = std::lower_bound(m_byId.begin(), m_byId.end(), removedId, [this](quint32 rr, qint64 v) { return m_id[rr] < v; });
    m_byId.erase(pos);
    m_claims.remove(removedId);
    for (auto& x : m_byId)
        if (x > r)
            --x;
    m_id.erase(m_id.begin() + row);
    m_start.erase(m_start.begin() + row);
    m_end.erase(m_end.begin() + row);
    m_precision.erase(m_precision.begin() + row);
    m_textOffset.erase(m_textOffset.begin() + row); // the text itself stays in the pool until the next finish()
    m_titleLength.erase(m_titleLength.begin() + row);
    m_descriptionLength.erase(m_descriptionLength.begin() + row);
    m_idTag.erase(m_idTag.begin() + row);
    m_location.erase(m_location.begin() + row);
    if (m_id.empty())
        clear();
}

void EventStore::clear()
{
    *this = EventStore();
}

void EventStore::reserve(qsizetype n, qsizetype textChars, qsizetype refs)
{
    const auto s = size_t(n);
    m_id.reserve(s);
    m_start.reserve(s);
    m_end.reserve(s);
    m_precision.reserve(s);
    m_textOffset.reserve(s);
    m_titleLength.reserve(s);
    m_descriptionLength.reserve(s);
    m_idTag.reserve(s);
    m_location.reserve(s);
    m_refOffset.reserve(s + 1);
    m_refs.reserve(refs > 0 ? size_t(refs) : s * 2);
    if (textChars > 0)
        m_text.reserve(size_t(textChars));
}

void EventStore::append(const Event& e)
{
    auto views = [](const QStringList& l) {
        std::vector<QStringView> v;
        v.reserve(size_t(l.size()));
        for (const auto& s : l)
            v.emplace_back(s);
        return v;
    };
    const auto p = views(e.parties), i = views(e.issues), t = views(e.tags), s = views(e.sources);
    append(e.id, e.start, e.end, e.title, e.description, e.location, p, i, t, s);
    setClaims(m_id.back(), e.claims);
}

void EventStore::append(qint64 id, PartialDate start, PartialDate end, QStringView title, QStringView description,
    QStringView location, std::span<const QStringView> parties, std::span<const QStringView> issues,
    std::span<const QStringView> tags, std::span<const QStringView> sources)
{
    if (m_refOffset.empty())
        m_refOffset.push_back(0);
    if (id == 0)
        id = nextId();
    m_id.push_back(id);
    m_maxId = std::max(m_maxId, id);
    m_start.push_back(start.msecs);
    m_end.push_back(end.msecs);
    m_precision.push_back(packPrecision(start, end));
    m_textOffset.push_back(quint64(m_text.size()));
    m_text.insert(m_text.end(), title.utf16(), title.utf16() + title.size());
    m_text.insert(m_text.end(), description.utf16(), description.utf16() + description.size());
    const qsizetype idAt = idTagIndex(tags);
    if (idAt >= 0) {
        const QStringView id = tags[size_t(idAt)];
        m_text.insert(m_text.end(), id.utf16(), id.utf16() + id.size());
    }
    m_idTag.push_back(idAt < 0 ? 0 : packIdTag(tags[size_t(idAt)], idAt));
    m_titleLength.push_back(quint32(title.size()));
    m_descriptionLength.push_back(quint32(description.size()));
    m_location.push_back(m_symbols.intern(location.toString()));
    auto add = [this](RefKind k, std::span<const QStringView> list, qsizetype skip = -1) {
        for (size_t i = 0; i < list.size(); ++i)
            if (qsizetype(i) != skip)
                m_refs.push_back(tagRef(k, list[i].toString()));
    };
    add(RefKind::Party, parties);
    add(RefKind::Issue, issues);
    add(RefKind::Tag, tags, idAt);
    add(RefKind::Source, sources);
    m_refOffset.push_back(quint32(m_refs.size()));
}

void EventStore::appendInterned(qint64 id, PartialDate start, PartialDate end, QStringView title,
    QStringView description, quint32 location, std::span<const quint32> taggedRefs, QStringView idTag, qsizetype idPlace)
{
    if (!idTag.isEmpty() && (idTag.size() > qsizetype(IdLengthMask) || idPlace > MaxIdPlace)) [[unlikely]] {
        // Too long or too far down the list to be kept as the id: an ordinary tag in its place.
        std::vector<quint32> refs(taggedRefs.begin(), taggedRefs.end());
        auto at = std::find_if(refs.begin(), refs.end(), [](quint32 r) { return refKindOf(r) >= quint32(RefKind::Tag); });
        for (qsizetype i = 0; i < idPlace && at != refs.end() && refKindOf(*at) == quint32(RefKind::Tag); ++i)
            ++at;
        refs.insert(at, tagRef(RefKind::Tag, idTag.toString()));
        appendInterned(id, start, end, title, description, location, refs);
        return;
    }
    if (m_refOffset.empty())
        m_refOffset.push_back(0);
    if (id == 0)
        id = nextId();
    m_id.push_back(id);
    m_maxId = std::max(m_maxId, id);
    m_start.push_back(start.msecs);
    m_end.push_back(end.msecs);
    m_precision.push_back(packPrecision(start, end));
    m_textOffset.push_back(quint64(m_text.size()));
    m_text.insert(m_text.end(), title.utf16(), title.utf16() + title.size());
    m_text.insert(m_text.end(), description.utf16(), description.utf16() + description.size());
    m_text.insert(m_text.end(), idTag.utf16(), idTag.utf16() + idTag.size());
    m_idTag.push_back(packIdTag(idTag, idPlace));
    m_titleLength.push_back(quint32(title.size()));
    m_descriptionLength.push_back(quint32(description.size()));
    m_location.push_back(location);
    m_refs.insert(m_refs.end(), taggedRefs.begin(), taggedRefs.end());
    m_refOffset.push_back(quint32(m_refs.size()));
}

void EventStore::appendStore(const EventStore& other, qint64 idShift, std::span<const quint32> symbolMap)
{
    const size_t n = other.m_id.size();
    if (n == 0)
        return;
    if (m_refOffset.empty())
        m_refOffset.push_back(0);
    const auto textBase = quint64(m_text.size());
    m_text.insert(m_text.end(), other.m_text.begin(), other.m_text.end());
    const size_t rowBase = m_id.size();
    for (auto it = other.m_claims.cbegin(); it != other.m_claims.cend(); ++it)
        m_claims.insert(it.key() + idShift, it.value());
    m_id.insert(m_id.end(), other.m_id.begin(), other.m_id.end());
    for (size_t i = rowBase; i < m_id.size(); ++i) {
        m_id[i] += idShift;
        m_maxId = std::max(m_maxId, m_id[i]);
    }
    m_start.insert(m_start.end(), other.m_start.begin(), other.m_start.end());
    m_end.insert(m_end.end(), other.m_end.begin(), other.m_end.end());
    m_precision.insert(m_precision.end(), other.m_precision.begin(), other.m_precision.end());
    m_titleLength.insert(m_titleLength.end(), other.m_titleLength.begin(), other.m_titleLength.end());
    m_descriptionLength.insert(m_descriptionLength.end(), other.m_descriptionLength.begin(), other.m_descriptionLength.end());
    m_idTag.insert(m_idTag.end(), other.m_idTag.begin(), other.m_idTag.end());
    m_textOffset.reserve(m_textOffset.size() + n);
    for (quint64 offset : other.m_textOffset)
        m_textOffset.push_back(textBase + offset);
    m_location.reserve(m_location.size() + n);
    for (quint32 symbol : other.m_location)
        m_location.push_back(symbolMap[symbol]);
    // Equal references in a row are possible only when the map sends two symbols to one.
    std::vector<quint32> seen(size_t(m_symbols.size()) + 1, 0);
    bool merges = false;
    for (quint32 g : symbolMap) {
        if (g >= seen.size())
            seen.resize(size_t(g) + 1, 0);
        merges = merges || seen[g]++ > 0;
    }
    m_refs.reserve(m_refs.size() + other.m_refs.size());
    m_refOffset.reserve(m_refOffset.size() + n);
    for (size_t r = 0; r < n; ++r) {
        const size_t rowStart = m_refs.size();
        for (quint32 i = other.m_refOffset[r]; i < other.m_refOffset[r + 1]; ++i) {
            const quint32 tagged = other.m_refs[i];
            const quint32 ref = (tagged & ~0x3fffffffu) | symbolMap[refSymbolOf(tagged)];
            if (!merges || std::find(m_refs.begin() + qsizetype(rowStart), m_refs.end(), ref) == m_refs.end())
                m_refs.push_back(ref);
        }
        m_refOffset.push_back(quint32(m_refs.size()));
    }
}

void EventStore::finish()
{
    const size_t n = m_id.size();
    auto before = [this](size_t a, size_t b) {
        return m_start[a] < m_start[b] || (m_start[a] == m_start[b] && m_id[a] < m_id[b]);
    };
    bool sorted = true;
    for (size_t i = 1; i < n && sorted; ++i)
        sorted = !before(i, i - 1);
    if (sorted) {
        rebuildIdIndex();
        return;
    }
    // Bulk appends usually come in id order (importers number rows as they read them): then a stable sort by
    // start alone is the (start, id) order, and the id index is that order inverted.
    const bool idsAscending = std::is_sorted(m_id.begin(), m_id.end());
    std::vector<quint32> order(n);
    std::iota(order.begin(), order.end(), 0u);
    const bool radix = (idsAscending || radixOrder(order, [this](quint32 r) { return m_id[r]; }))
        && radixOrder(order, [this](quint32 r) { return m_start[r]; });
    if (!radix) {
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return before(a, b); });
    }
    auto gatherRefs = [this, &order, n] {
        std::vector<quint32> refOffset(n + 1);
        std::vector<quint32> from(n); // where each sorted row's references start in m_refs
        for (size_t i = 0; i < n; ++i) {
            if (i + PrefetchAhead < n)
                prefetch(m_refOffset.data() + order[i + PrefetchAhead]);
            from[i] = m_refOffset[order[i]];
            refOffset[i + 1] = refOffset[i] + (m_refOffset[order[i] + 1] - from[i]);
        }
        std::vector<quint32> refs(m_refs.size());
        for (size_t i = 0; i < n; ++i) {
            if (i + PrefetchAhead < n)
                prefetch(m_refs.data() + from[i + PrefetchAhead]);
            // A row holds a handful of references: copy them inline rather than through a memcpy call each.
            const quint32* src = m_refs.data() + from[i];
            quint32* to = refs.data() + refOffset[i];
            size_t k = refOffset[i + 1] - refOffset[i];
            for (; k >= 4; k -= 4, src += 4, to += 4)
                std::memcpy(to, src, 4 * sizeof(quint32));
            for (; k > 0; --k)
                *to++ = *src++;
        }
        m_refs.swap(refs);
        m_refOffset.swap(refOffset);
        std::vector<quint64> spare64;
        permute(m_textOffset, order, spare64);
        std::vector<quint32> spare32;
        permute(m_titleLength, order, spare32);
        permute(m_descriptionLength, order, spare32);
        permute(m_idTag, order, spare32);
    };
    auto gatherColumns = [this, &order] {
        std::vector<qint64> spare64;
        permute(m_id, order, spare64);
        permute(m_start, order, spare64);
        permute(m_end, order, spare64);
        std::vector<quint8> spare8;
        permute(m_precision, order, spare8);
        std::vector<quint32> spare32;
        permute(m_location, order, spare32);
    };
    // The gathers wait on memory at random rows; at a million rows and more, two threads keep twice the misses
    // in flight. They touch disjoint columns, and the helper is joined before anything else reads them.
    if (n >= ParallelGatherRows) {
        std::jthread refs(gatherRefs);
        gatherColumns();
    } else {
        gatherRefs();
        gatherColumns();
    }
    if (idsAscending) {
        m_byId.resize(n);
        for (size_t row = 0; row < n; ++row)
            m_byId[order[row]] = quint32(row);
        findDuplicateId();
    } else {
        rebuildIdIndex();
    }
}

void EventStore::rebuildIdIndex()
{
    m_byId.resize(m_id.size());
    std::iota(m_byId.begin(), m_byId.end(), 0u);
    if (!std::is_sorted(m_id.begin(), m_id.end()) && !radixOrder(m_byId, [this](quint32 r) { return m_id[r]; }))
        std::sort(m_byId.begin(), m_byId.end(), [this](quint32 a, quint32 b) { return m_id[a] < m_id[b]; });
    findDuplicateId();
}

void EventStore::findDuplicateId()
{
    m_duplicateId = 0;
    for (size_t i = 1; i < m_byId.size(); ++i)
        if (m_id[m_byId[i]] == m_id[m_byId[i - 1]]) {
            m_duplicateId = m_id[m_byId[i]];
            break;
        }
}

qsizetype EventStore::memoryBytes() const
{
    auto cap = [](const auto& v) { return qsizetype(v.capacity() * sizeof(v[0])); };
    return cap(m_id) + cap(m_start) + cap(m_end) + cap(m_precision) + cap(m_textOffset) + cap(m_titleLength)
        + cap(m_descriptionLength) + cap(m_idTag) + cap(m_location) + cap(m_refOffset) + cap(m_refs) + cap(m_byId)
        + m_symbols.memoryBytes();
}

qsizetype EventStore::textBytes() const
{
    return qsizetype(m_text.capacity() * sizeof(char16_t));
}

} // namespace Entente
