// SPDX-License-Identifier: GPL-3.0-or-later
// EventsModel's filter and sort: the mask and permutation passes over the columnar store.
#include "eventsmodel.h"
#include "eventsmodel_p.h"

#include "document.h"

#include <algorithm>
#include <memory>
#include <numeric>
#include <utility>

namespace Entente {

using namespace EventsModelDetail;

// ---- filter and sort --------------------------------------------------------------------------------------

void EventsModel::setFilter(const EventFilter& filter)
{
    if (filter == m_filter)
        return;
    beginResetModel(); // the visible set changes wholesale; views keep no per-row state worth moving
    m_filter = filter;
    applyFilter(); // keys are per store row and do not depend on the filter
    endResetModel();
    emit filterChanged();
    emit rowMaskChanged();
}

void EventsModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
    const QModelIndexList before = persistentIndexList();
    std::vector<qint64> ids;
    ids.reserve(size_t(before.size()));
    for (const auto& i : before)
        ids.push_back(eventIdAt(i.row()));
    const bool columnChanged = column != m_sortColumn;
    m_sortColumn = column;
    m_sortOrder = order;
    if (columnChanged)
        recomputeKeys();
    sortView();
    QModelIndexList after;
    after.reserve(before.size());
    for (qsizetype i = 0; i < before.size(); ++i) {
        const int row = rowOfEventId(ids[size_t(i)]);
        after << (row < 0 ? QModelIndex() : index(row, before[i].column()));
    }
    changePersistentIndexList(before, after);
    emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
}

void EventsModel::rebuild()
{
    recomputeKeys();
    applyFilter();
}

void EventsModel::compileFilter()
{
    const auto& ev = m_doc->dossier().events();
    // Compile the filter to interned symbols once; the pass over the rows compares integers only.
    auto& c = *m_compiled;
    c = Compiled {};
    c.all = m_filter.isEmpty();
    c.text = m_filter.text;
    if (!c.text.isEmpty()) {
        c.matcher.setPattern(c.text);
        bool ascii = true;
        for (QChar ch : c.text)
            ascii = ascii && ch.unicode() < 128;
        if (ascii)
            for (QChar ch : c.text)
                c.asciiFolded.push_back(char16_t(ch.toLower().unicode()));
    }
    c.from = m_filter.from;
    c.to = m_filter.to;
    c.dateActive
        = m_filter.from != std::numeric_limits<qint64>::min() || m_filter.to != std::numeric_limits<qint64>::max();
    c.symbolCount = ev.symbols().size();
    const QStringList* lists[3] = { &m_filter.parties, &m_filter.issues, &m_filter.tags };
    for (int k = 0; k < 3; ++k) {
        for (const auto& s : *lists[k]) {
            const quint32 sym = ev.symbolOf(s);
            if (sym != Dictionary::None)
                c.refs[k].push_back((quint32(k) << 30) | sym);
        }
        if (!lists[k]->isEmpty() && c.refs[k].empty())
            c.impossible = true;
        if (!c.refs[k].empty())
            c.needKinds |= 1u << k;
        for (quint32 ref : c.refs[k]) {
            const auto sym = EventStore::refSymbolOf(ref);
            if (sym >= c.want.size())
                c.want.resize(sym + 1, 0);
            c.want[sym] |= quint8(1u << k);
        }
    }
}

void EventsModel::applyFilter()
{
    compileFilter();
    const auto n = m_doc->dossier().events().size();
    if (qsizetype(m_key.size()) != n)
        recomputeKeys();
    m_mask.resize(size_t(n));
    m_view.resize(size_t(n));
    size_t visible = 0;
    if (m_compiled->all) {
        std::fill(m_mask.begin(), m_mask.end(), quint8(1));
        std::iota(m_view.begin(), m_view.end(), 0u);
        visible = size_t(n);
    } else if (!m_compiled->impossible) {
        const auto& c = *m_compiled;
        if (!c.text.isEmpty()) {
            // Rows are sorted by date but their text sits in the pool in load order. A compact index in pool
            // order (pointer, lengths, row) lets the search read memory sequentially instead of missing the
            // cache on every row; the mask is only written here (no dependent reads). Built on the first
            // search, dropped on any edit.
            ensureTextIndex();
            quint8* mask = m_mask.data();
            for (const auto& e : m_textIndex)
                mask[e.row] = c.contains(QStringView(e.text, e.titleLength))
                    || c.contains(QStringView(e.text + e.titleLength, e.descriptionLength));
        } else {
            std::fill(m_mask.begin(), m_mask.end(), quint8(1));
        }
        if (c.needKinds && !c.dateActive) {
            // Party / issue / tag: mark the rows of each wanted reference from its postings, one bit per kind,
            // instead of testing every row's references.
            std::vector<quint32> tagged;
            for (const auto& list : c.refs)
                tagged.insert(tagged.end(), list.begin(), list.end());
            ensurePostings(tagged);
            std::vector<quint8> hit(size_t(n), 0);
            for (quint32 t : tagged) {
                const quint8 bit = quint8(1u << EventStore::refKindOf(t));
                const auto it = m_postings.find(t);
                if (it != m_postings.end())
                    for (quint32 r : it->second)
                        hit[r] |= bit;
            }
            const quint8 need = quint8(c.needKinds);
            for (qsizetype r = 0; r < n; ++r)
                m_mask[size_t(r)] &= quint8(hit[size_t(r)] == need);
        } else if (c.dateActive || c.needKinds) {
            for (qsizetype r = 0; r < n; ++r)
                m_mask[size_t(r)] = m_mask[size_t(r)] && passesStructured(r);
        }
        for (qsizetype r = 0; r < n; ++r) {
            m_view[visible] = quint32(r);
            visible += m_mask[size_t(r)];
        }
    } else {
        std::fill(m_mask.begin(), m_mask.end(), quint8(0));
    }
    m_view.resize(visible);
    // m_view is in store order, which is (start, id): already the result for an ascending date sort.
    if (!(m_sortColumn == StartColumn && m_sortOrder == Qt::AscendingOrder))
        sortView();
}

void EventsModel::ensurePostings(const std::vector<quint32>&)
{
    if (m_postingsBuilt)
        return;
    // One pass builds the rows of every party, issue and tag at once, so only the first structured filter
    // after opening (or after an edit) pays for it, not the first use of each party. Counting first sizes
    // every list exactly; sources are never filtered on and are left out.
    const auto& ev = m_doc->dossier().events();
    const size_t symbols = size_t(ev.symbols().size());
    std::vector<quint32> count(3 * symbols, 0);
    auto slot = [symbols](quint32 ref) { return size_t(EventStore::refKindOf(ref)) * symbols + EventStore::refSymbolOf(ref); };
    for (qsizetype r = 0; r < ev.size(); ++r)
        for (quint32 ref : ev.refs(r))
            if (EventStore::refKindOf(ref) < 3 && EventStore::refSymbolOf(ref) < symbols)
                ++count[slot(ref)];
    m_postings.clear();
    std::vector<std::vector<quint32>*> lists(count.size(), nullptr);
    for (size_t k = 0; k < count.size(); ++k)
        if (count[k]) {
            auto& rows = m_postings[quint32((k / symbols) << 30) | quint32(k % symbols)];
            rows.reserve(count[k]);
            lists[k] = &rows;
        }
    for (qsizetype r = 0; r < ev.size(); ++r)
        for (quint32 ref : ev.refs(r))
            if (EventStore::refKindOf(ref) < 3 && EventStore::refSymbolOf(ref) < symbols) {
                auto& rows = *lists[slot(ref)];
                if (rows.empty() || rows.back() != quint32(r))
                    rows.push_back(quint32(r));
            }
    m_postingsBuilt = true;
}

void EventsModel::ensureTextIndex()
{
    const auto& ev = m_doc->dossier().events();
    const auto n = ev.size();
    if (m_textIndex.size() == size_t(n))
        return;
    m_textIndex.clear();
    if (n == 0)
        return;
    auto textOf = [&](qsizetype r) { return reinterpret_cast<const char16_t*>(ev.title(r).data()); };
    const char16_t* lo = textOf(0);
    const char16_t* hi = lo;
    for (qsizetype r = 1; r < n; ++r) {
        const char16_t* t = textOf(r);
        lo = std::min(lo, t);
        hi = std::max(hi, t);
    }
    const auto span = quint64(hi - lo);
    if (span >= (quint64(1) << 32)) {
        m_textIndex.reserve(size_t(n));
        for (qsizetype r = 0; r < n; ++r)
            m_textIndex.push_back(
                { textOf(r), quint32(r), quint32(ev.title(r).size()), quint32(ev.description(r).size()) });
        std::sort(m_textIndex.begin(), m_textIndex.end(),
            [](const TextEntry& a, const TextEntry& b) { return a.text < b.text; });
        return;
    }
    // Pool order is the rows sorted by text offset: an LSD radix sort of (offset << 32 | row) with the lengths
    // riding along, 11 bits a pass over the bits the offsets use; rows are read in order and the index written in
    // order. (std::sort costs several times more; a coarser order defeats the prefetcher the passes rely on.)
    struct Item {
        quint64 key;
        quint32 titleLength;
        quint32 descriptionLength;
    };
    constexpr int kBits = 11;
    constexpr quint64 kDigit = (1u << kBits) - 1;
    int passes = 0;
    while (passes < 3 && (span >> (passes * kBits)) != 0)
        ++passes;
    std::unique_ptr<Item[]> a(new Item[size_t(n)]), b(new Item[passes > 1 ? size_t(n) : 0]);
    std::vector<size_t> count(size_t(passes) << kBits, 0);
    for (qsizetype r = 0; r < n; ++r) {
        const QStringView t = ev.title(r); // the description follows the title in the pool
        const quint64 offset = quint64(reinterpret_cast<const char16_t*>(t.data()) - lo);
        a[size_t(r)] = { (offset << 32) | quint64(r), quint32(t.size()), quint32(ev.description(r).size()) };
        for (int p = 0; p < passes; ++p)
            ++count[(size_t(p) << kBits) + ((offset >> (p * kBits)) & kDigit)];
    }
    m_textIndex.resize(size_t(n));
    auto entry = [lo](const Item& it) -> TextEntry {
        return { lo + (it.key >> 32), quint32(it.key), it.titleLength, it.descriptionLength };
    };
    for (int p = 0; p < passes; ++p) {
        size_t* c = count.data() + (size_t(p) << kBits);
        size_t at = 0;
        for (size_t d = 0; d <= kDigit; ++d)
            at += std::exchange(c[d], at);
        const int shift = 32 + p * kBits;
        if (p == passes - 1) { // the last pass writes the index itself
            for (qsizetype i = 0; i < n; ++i)
                m_textIndex[c[(a[size_t(i)].key >> shift) & kDigit]++] = entry(a[size_t(i)]);
            return;
        }
        for (qsizetype i = 0; i < n; ++i)
            b[c[(a[size_t(i)].key >> shift) & kDigit]++] = a[size_t(i)];
        a.swap(b);
    }
    for (qsizetype i = 0; i < n; ++i)
        m_textIndex[size_t(i)] = entry(a[size_t(i)]);
}

bool EventsModel::passes(qsizetype r) const
{
    const auto& c = *m_compiled;
    if (c.all)
        return true;
    if (c.impossible)
        return false;
    return passesStructured(r) && passesText(r);
}

bool EventsModel::passesStructured(qsizetype r) const
{
    const auto& c = *m_compiled;
    const auto& ev = m_doc->dossier().events();
    if (c.dateActive) {
        const qint64 s = ev.start(r);
        const qint64 e = ev.end(r) == PartialDate::Invalid ? s : ev.end(r);
        if (s > c.to || e < c.from)
            return false;
    }
    if (c.needKinds) {
        // One table lookup per reference: bit k of want[symbol] says "wanted as kind k".
        unsigned found = 0;
        for (quint32 ref : ev.refs(r)) {
            const auto sym = EventStore::refSymbolOf(ref);
            if (sym < c.want.size())
                found |= c.want[sym] & (1u << EventStore::refKindOf(ref));
        }
        if ((found & c.needKinds) != c.needKinds)
            return false;
    }
    return true;
}

bool EventsModel::passesText(qsizetype r) const
{
    const auto& c = *m_compiled;
    if (c.text.isEmpty())
        return true;
    const auto& ev = m_doc->dossier().events();
    return c.contains(ev.title(r)) || c.contains(ev.description(r));
}

void EventsModel::recomputeKeys()
{
    const auto& ev = m_doc->dossier().events();
    m_symbolRank.clear();
    const auto kind = refKindOfColumn(m_sortColumn);
    if (kind || m_sortColumn == LocationColumn) {
        // Rank every symbol by the text the column displays for it (party and issue names, source outlets).
        const auto& d = m_doc->dossier();
        const auto count = ev.symbols().size();
        std::vector<QString> text(static_cast<size_t>(count));
        for (qsizetype s = 0; s < count; ++s) {
            const QString& raw = ev.symbols().text(quint32(s));
            QString shown = raw;
            if (kind == Kind::Party && d.partyIndex(raw) >= 0)
                shown = d.parties()[d.partyIndex(raw)].name;
            else if (kind == Kind::Issue && d.issueIndex(raw) >= 0)
                shown = d.issues()[d.issueIndex(raw)].name;
            else if (kind == Kind::Source && d.sourceIndex(raw) >= 0)
                shown = d.sources()[d.sourceIndex(raw)].outlet;
            text[size_t(s)] = shown;
        }
        std::vector<quint32> order(static_cast<size_t>(count));
        std::iota(order.begin(), order.end(), 0u);
        std::stable_sort(order.begin(), order.end(),
            [&](quint32 a, quint32 b) { return text[a].compare(text[b], Qt::CaseInsensitive) < 0; });
        m_symbolRank.resize(size_t(count));
        for (size_t i = 0; i < order.size(); ++i)
            m_symbolRank[order[i]] = quint32(i);
    }
    m_key.resize(size_t(ev.size()));
    for (qsizetype r = 0; r < ev.size(); ++r)
        m_key[size_t(r)] = keyOf(r);
}

quint64 EventsModel::keyOf(qsizetype r) const
{
    const auto& ev = m_doc->dossier().events();
    switch (m_sortColumn) {
    case StartColumn:
        return biased(ev.start(r));
    case EndColumn:
        return biased(ev.end(r));
    case TitleColumn:
        return 0; // titles compare in full (less()); the bulk sort builds its own keys in text-pool order
    case LocationColumn: {
        const quint32 sym = ev.symbolOf(ev.location(r));
        return sym < m_symbolRank.size() ? m_symbolRank[sym] : 0;
    }
    default: {
        const auto kind = quint32(*refKindOfColumn(m_sortColumn));
        for (quint32 ref : ev.refs(r))
            if (EventStore::refKindOf(ref) == kind) {
                const auto sym = EventStore::refSymbolOf(ref);
                return sym < m_symbolRank.size() ? quint64(m_symbolRank[sym]) + 1 : 0;
            }
        return 0;
    }
    }
}

bool EventsModel::less(quint32 a, quint32 b) const
{
    const bool asc = m_sortOrder == Qt::AscendingOrder;
    if (m_sortColumn == TitleColumn) {
        const auto& ev = m_doc->dossier().events();
        const int c = ev.title(a).compare(ev.title(b), Qt::CaseInsensitive);
        if (c != 0)
            return asc ? c < 0 : c > 0;
        return a < b;
    }
    const quint64 ka = m_key[a], kb = m_key[b];
    if (ka != kb)
        return asc ? ka < kb : ka > kb;
    return a < b; // ties keep the store order (start, id) in both directions: a stable sort
}

int EventsModel::insertPosition(quint32 storeRow) const
{
    return int(std::lower_bound(m_view.begin(), m_view.end(), storeRow, [this](quint32 a, quint32 b) {
        return less(a, b);
    }) - m_view.begin());
}

} // namespace Entente
