// SPDX-License-Identifier: GPL-3.0-or-later
// EventsModel's filter and sort: the mask and permutation passes over the columnar store.
#include "eventsmodel.h"
#include "eventsmodel_p.h"

#include "document.h"

#include <algorithm>
#include <numeric>

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
                for (quint32 r : m_postings[t])
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

void EventsModel::ensurePostings(const std::vector<quint32>& tagged)
{
    std::vector<quint32> missing;
    for (quint32 t : tagged)
        if (!m_postings.count(t))
            missing.push_back(t);
    if (missing.empty())
        return;
    std::sort(missing.begin(), missing.end());
    std::vector<std::vector<quint32>*> lists;
    for (quint32 t : missing)
        lists.push_back(&m_postings[t]);
    const auto& ev = m_doc->dossier().events();
    for (qsizetype r = 0; r < ev.size(); ++r)
        for (quint32 ref : ev.refs(r)) {
            const auto it = std::lower_bound(missing.begin(), missing.end(), ref);
            if (it != missing.end() && *it == ref) {
                auto& rows = *lists[size_t(it - missing.begin())];
                if (rows.empty() || rows.back() != quint32(r))
                    rows.push_back(quint32(r));
            }
        }
}

void EventsModel::ensureTextIndex()
{
    const auto& ev = m_doc->dossier().events();
    const auto n = ev.size();
    if (m_textIndex.size() == size_t(n))
        return;
    m_textIndex.resize(size_t(n));
    for (qsizetype r = 0; r < n; ++r) {
        const QStringView t = ev.title(r); // the description follows the title in the pool
        m_textIndex[size_t(r)] = { reinterpret_cast<const char16_t*>(t.data()), quint32(r), quint32(t.size()),
            quint32(ev.description(r).size()) };
    }
    std::sort(
        m_textIndex.begin(), m_textIndex.end(), [](const TextEntry& a, const TextEntry& b) { return a.text < b.text; });
}

void EventsModel::sortView()
{
    const auto& ev = m_doc->dossier().events();
    if (m_sortColumn == StartColumn) {
        // Store order is (start, id): ascending is the rows in order; descending reverses it and restores
        // the store order inside each run of equal starts (stability). Both O(N).
        std::sort(m_view.begin(), m_view.end());
        if (m_sortOrder == Qt::DescendingOrder) {
            std::reverse(m_view.begin(), m_view.end());
            for (size_t i = 0; i < m_view.size();) {
                size_t j = i + 1;
                while (j < m_view.size() && ev.start(m_view[j]) == ev.start(m_view[i]))
                    ++j;
                std::reverse(m_view.begin() + qsizetype(i), m_view.begin() + qsizetype(j));
                i = j;
            }
        }
        return;
    }
    if (m_sortColumn == TitleColumn) {
        // Twelve case-folded characters per row decide almost every comparison without touching the text
        // pool; ties fall back to the full case-insensitive compare, then the store row (stability).
        struct Item {
            quint64 k[3];
            quint32 row;
        };
        // Keys are read in text-pool order (sequential memory), not row order.
        ensureTextIndex();
        std::vector<Item> items;
        items.reserve(m_view.size());
        const bool all = m_view.size() == m_textIndex.size();
        for (const auto& e : m_textIndex) {
            if (!all && !m_mask[e.row])
                continue;
            const QStringView t(e.text, e.titleLength);
            Item item;
            item.row = e.row;
            for (int w = 0; w < 3; ++w)
                item.k[w] = titlePrefixKey(t.size() > w * 4 ? t.mid(w * 4) : QStringView());
            items.push_back(item);
        }
        const bool asc = m_sortOrder == Qt::AscendingOrder;
        std::sort(items.begin(), items.end(), [&](const Item& a, const Item& b) {
            for (int w = 0; w < 3; ++w)
                if (a.k[w] != b.k[w])
                    return asc ? a.k[w] < b.k[w] : a.k[w] > b.k[w];
            const int c = ev.title(a.row).compare(ev.title(b.row), Qt::CaseInsensitive);
            if (c != 0)
                return asc ? c < 0 : c > 0;
            return a.row < b.row;
        });
        for (size_t i = 0; i < items.size(); ++i)
            m_view[i] = items[i].row;
        return;
    }
    // less() is a total order (ties fall back to the store row), so std::sort gives the stable result.
    std::sort(m_view.begin(), m_view.end(), [this](quint32 a, quint32 b) { return less(a, b); });
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
        return titlePrefixKey(ev.title(r));
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
    const quint64 ka = m_key[a], kb = m_key[b];
    if (ka != kb)
        return asc ? ka < kb : ka > kb;
    if (m_sortColumn == TitleColumn) {
        const auto& ev = m_doc->dossier().events();
        const int c = ev.title(a).compare(ev.title(b), Qt::CaseInsensitive);
        if (c != 0)
            return asc ? c < 0 : c > 0;
    }
    return a < b; // ties keep the store order (start, id) in both directions: a stable sort
}

int EventsModel::insertPosition(quint32 storeRow) const
{
    return int(std::lower_bound(m_view.begin(), m_view.end(), storeRow, [this](quint32 a, quint32 b) {
        return less(a, b);
    }) - m_view.begin());
}

} // namespace Entente
