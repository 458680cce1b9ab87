// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventsmodel.h"

#include "commands.h"
#include "document.h"

#include <QScopeGuard>
#include <QStringMatcher>

#include <algorithm>
#include <numeric>

namespace Entente {

namespace {
    using Kind = EventStore::RefKind;

    constexpr quint64 biased(qint64 v) { return quint64(v) ^ (quint64(1) << 63); } // signed → unsigned order

    // First four case-folded UTF-16 units, big-endian: orders like a case-insensitive compare of the prefix.
    quint64 titlePrefixKey(QStringView s)
    {
        quint64 k = 0;
        for (qsizetype i = 0; i < 4; ++i)
            k = (k << 16) | (i < s.size() ? s[i].toCaseFolded().unicode() : 0u);
        return k;
    }

    std::optional<Kind> refKindOfColumn(int column)
    {
        switch (column) {
        case EventsModel::PartiesColumn:
            return Kind::Party;
        case EventsModel::IssuesColumn:
            return Kind::Issue;
        case EventsModel::TagsColumn:
            return Kind::Tag;
        case EventsModel::SourcesColumn:
            return Kind::Source;
        default:
            return std::nullopt;
        }
    }
}

struct EventsModel::Compiled {
    bool all = true; // no constraint at all
    bool impossible = false; // a list names only unknown symbols: nothing passes
    std::vector<quint32> refs[3]; // tagged refs wanted, per kind (party, issue, tag)
    std::vector<quint8> want; // symbol → bit per kind wanted
    unsigned needKinds = 0; // bit per kind that must match
    QString text;
    QStringMatcher matcher { QString(), Qt::CaseInsensitive };
    std::vector<char16_t> asciiFolded; // the pattern lower-cased when it is all ASCII, else empty

    // Case-insensitive substring test. An ASCII pattern is scanned with a plain lower-casing loop; any
    // non-ASCII character met in a candidate window falls back to QStringMatcher (full case folding).
    [[nodiscard]] bool contains(QStringView hay) const
    {
        const auto m = qsizetype(asciiFolded.size());
        if (m == 0)
            return matcher.indexIn(hay) >= 0;
        const char16_t* h = reinterpret_cast<const char16_t*>(hay.data());
        const char16_t first = asciiFolded[0];
        for (qsizetype i = 0; i + m <= hay.size(); ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                char16_t ch = h[i + j];
                if (ch >= 128)
                    return matcher.indexIn(hay) >= 0;
                if (ch >= u'A' && ch <= u'Z')
                    ch += 32;
                if (ch != (j == 0 ? first : asciiFolded[size_t(j)]))
                    break;
                if (j == m - 1)
                    return true;
            }
        }
        return false;
    }
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    bool dateActive = false;
    qsizetype symbolCount = 0; // dictionary size at compile time: recompile when it grows
};

EventsModel::EventsModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_compiled(std::make_unique<Compiled>())
{
    connect(doc, &Document::reset, this, &EventsModel::onReset);
    connect(doc, &Document::eventInserted, this, &EventsModel::onInserted);
    connect(doc, &Document::eventChanged, this, &EventsModel::onChanged);
    connect(doc, &Document::eventRemoved, this, &EventsModel::onRemoved);
    connect(doc, &Document::partyChanged, this, [this] { refreshColumn(PartiesColumn); });
    connect(doc, &Document::issueChanged, this, [this] { refreshColumn(IssuesColumn); });
    connect(doc, &Document::sourceChanged, this, [this] { refreshColumn(SourcesColumn); });
    rebuild();
}

EventsModel::~EventsModel() = default;

int EventsModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : int(m_view.size()); }

int EventsModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : ColumnCount; }

qint64 EventsModel::eventIdAt(int row) const
{
    if (row < 0 || row >= int(m_view.size()))
        return 0;
    return m_doc->dossier().events().id(m_view[size_t(row)]);
}

int EventsModel::rowOfEventId(qint64 id) const
{
    const auto storeRow = m_doc->dossier().events().rowOfId(id);
    if (storeRow < 0 || !m_mask[size_t(storeRow)])
        return -1;
    // The view is sorted by less(): binary search for the row itself.
    const auto it = std::lower_bound(
        m_view.begin(), m_view.end(), quint32(storeRow), [this](quint32 a, quint32 b) { return less(a, b); });
    return it != m_view.end() && *it == quint32(storeRow) ? int(it - m_view.begin()) : -1;
}

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
        if (c.dateActive || c.needKinds)
            for (qsizetype r = 0; r < n; ++r)
                m_mask[size_t(r)] = m_mask[size_t(r)] && passesStructured(r);
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

// ---- following the document -------------------------------------------------------------------------------

void EventsModel::onReset()
{
    m_textIndex.clear();
    beginResetModel();
    rebuild();
    endResetModel();
    emit filterChanged();
    emit rowMaskChanged();
}

void EventsModel::onInserted(qint64, qsizetype row)
{
    m_textIndex.clear();
    const auto r = quint32(row);
    for (auto& v : m_view)
        if (v >= r)
            ++v;
    const auto& ev = m_doc->dossier().events();
    m_mask.insert(m_mask.begin() + row, 0);
    m_key.insert(m_key.begin() + row, 0);
    if (ev.symbols().size() != m_compiled->symbolCount) {
        // New symbols: a filter may now resolve names it could not, and ranks need the new texts.
        const auto view = m_view;
        const auto mask = m_mask;
        rebuild(); // recompiles; the mask of other rows is unchanged by new symbols appearing on this row
        m_view = view;
        m_mask = mask;
    } else {
        m_key[size_t(row)] = keyOf(row);
    }
    const bool visible = passes(row);
    m_mask[size_t(row)] = visible;
    if (visible) {
        const int pos = insertPosition(r);
        beginInsertRows({}, pos, pos);
        m_view.insert(m_view.begin() + pos, r);
        endInsertRows();
    }
    emit rowMaskChanged();
}

void EventsModel::onRemoved(qint64, qsizetype row)
{
    m_textIndex.clear();
    const auto r = quint32(row);
    int pos = -1;
    if (m_mask[size_t(row)]) {
        const auto it = std::find(m_view.begin(), m_view.end(), r);
        pos = it == m_view.end() ? -1 : int(it - m_view.begin());
    }
    for (auto& v : m_view)
        if (v > r)
            --v;
    m_mask.erase(m_mask.begin() + row);
    m_key.erase(m_key.begin() + row);
    if (pos >= 0) {
        beginRemoveRows({}, pos, pos);
        m_view.erase(m_view.begin() + pos);
        endRemoveRows();
    }
    emit rowMaskChanged();
}

void EventsModel::onChanged(qint64, qsizetype oldRow, qsizetype newRow)
{
    m_textIndex.clear();
    const auto from = quint32(oldRow), to = quint32(newRow);
    int pos = -1;
    if (m_mask[size_t(oldRow)]) {
        const auto it = std::find(m_view.begin(), m_view.end(), from);
        pos = it == m_view.end() ? -1 : int(it - m_view.begin());
    }
    // The store moved one row from `from` to `to`, shifting the rows between by one.
    if (from != to) {
        for (auto& v : m_view) {
            if (v == from)
                v = to;
            else if (from < to && v > from && v <= to)
                --v;
            else if (from > to && v >= to && v < from)
                ++v;
        }
        auto rotate = [&](auto& vec) {
            if (from < to)
                std::rotate(vec.begin() + from, vec.begin() + from + 1, vec.begin() + to + 1);
            else
                std::rotate(vec.begin() + to, vec.begin() + from, vec.begin() + from + 1);
        };
        rotate(m_mask);
        rotate(m_key);
    }
    if (m_doc->dossier().events().symbols().size() != m_compiled->symbolCount) {
        const auto view = m_view;
        const auto mask = m_mask;
        rebuild();
        m_view = view;
        m_mask = mask;
    } else {
        m_key[to] = keyOf(to);
    }
    const bool visible = passes(to);
    m_mask[to] = visible;
    auto notify = qScopeGuard([this] { emit rowMaskChanged(); });
    if (pos < 0) {
        if (visible) {
            const int at = insertPosition(to);
            beginInsertRows({}, at, at);
            m_view.insert(m_view.begin() + at, to);
            endInsertRows();
        }
        return;
    }
    if (!visible) {
        beginRemoveRows({}, pos, pos);
        m_view.erase(m_view.begin() + pos);
        endRemoveRows();
        return;
    }
    // Where the row belongs among the others (binary search over the view without `pos`).
    int lo = 0, hi = int(m_view.size()) - 1;
    while (lo < hi) {
        const int mid = (lo + hi) / 2;
        const quint32 v = m_view[size_t(mid < pos ? mid : mid + 1)];
        if (less(v, to))
            lo = mid + 1;
        else
            hi = mid;
    }
    const int target = lo;
    if (target != pos) {
        beginMoveRows({}, pos, pos, {}, target > pos ? target + 1 : target);
        m_view.erase(m_view.begin() + pos);
        m_view.insert(m_view.begin() + target, to);
        endMoveRows();
    }
    emit dataChanged(index(target, 0), index(target, ColumnCount - 1));
}

void EventsModel::refreshColumn(int column)
{
    if (m_view.empty())
        return;
    emit dataChanged(index(0, column), index(int(m_view.size()) - 1, column), { Qt::DisplayRole, Qt::ToolTipRole });
    if (column == m_sortColumn) {
        // A renamed party, issue or source may move rows sorted by that name.
        recomputeKeys();
        sort(m_sortColumn, m_sortOrder);
    }
}

// ---- data ---------------------------------------------------------------------------------------------------

QString EventsModel::refDisplay(qsizetype r, int column) const
{
    const auto& d = m_doc->dossier();
    const auto kind = *refKindOfColumn(column);
    QStringList out = d.events().refTexts(r, kind);
    for (auto& s : out) {
        if (kind == Kind::Party && d.partyIndex(s) >= 0)
            s = d.parties()[d.partyIndex(s)].name;
        else if (kind == Kind::Issue && d.issueIndex(s) >= 0)
            s = d.issues()[d.issueIndex(s)].name;
        else if (kind == Kind::Source && d.sourceIndex(s) >= 0)
            s = d.sources()[d.sourceIndex(s)].outlet;
    }
    return out.join(QStringLiteral(", "));
}

QVariant EventsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto& ev = m_doc->dossier().events();
    const qsizetype r = m_view[size_t(index.row())];
    const int column = index.column();
    switch (role) {
    case EventIdRole:
        return ev.id(r);
    case SortRole:
        if (column == StartColumn)
            return ev.start(r);
        if (column == EndColumn)
            return ev.end(r);
        if (column == TitleColumn)
            return ev.title(r).toString();
        return data(index, Qt::DisplayRole);
    case Qt::EditRole:
        if (column == TitleColumn)
            return ev.title(r).toString();
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (column) {
        case StartColumn:
            return ev.startDate(r).display();
        case EndColumn:
            return ev.endDate(r).display();
        case TitleColumn:
            return ev.title(r).toString();
        case LocationColumn:
            return ev.location(r);
        default:
            return refDisplay(r, column);
        }
    case Qt::ToolTipRole:
        if (column == TitleColumn) {
            const QString description = ev.description(r).toString();
            QString tip = QStringLiteral("<b>%1</b>").arg(ev.title(r).toString().toHtmlEscaped());
            if (!description.isEmpty())
                tip += QStringLiteral("<br>") + description.toHtmlEscaped();
            return tip;
        }
        return data(index, Qt::DisplayRole).toString().toHtmlEscaped();
    default:
        return {};
    }
}

QVariant EventsModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, o, role);
    switch (section) {
    case StartColumn:
        return tr("Start");
    case EndColumn:
        return tr("End");
    case TitleColumn:
        return tr("Title");
    case PartiesColumn:
        return tr("Parties");
    case IssuesColumn:
        return tr("Issues");
    case TagsColumn:
        return tr("Tags");
    case LocationColumn:
        return tr("Location");
    case SourcesColumn:
        return tr("Sources");
    }
    return {};
}

Qt::ItemFlags EventsModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == TitleColumn && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool EventsModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !checkIndex(index, CheckIndexOption::IndexIsValid) || index.column() != TitleColumn)
        return false;
    Event e = m_doc->dossier().events().event(m_view[size_t(index.row())]);
    e.title = value.toString();
    return Command::editEvent(m_doc, e); // the model updates itself from the document's signal
}

} // namespace Entente
