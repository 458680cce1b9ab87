// SPDX-License-Identifier: GPL-3.0-or-later
// EventsModel's sort of the view. Dates come out of the filter mask in O(N) (store order is (start, id)).
// Titles are sorted by an MSD radix sort over 16-byte integers that pack the bytes of twelve case-folded units
// which differ between the rows being sorted, then the row: one integer order gives (title, row) without a
// comparator; the rare runs whose packed bytes tie are refined on the next window of the titles. Other
// columns compare precomputed per-row keys.
#include "eventsmodel.h"
#include "eventsmodel_p.h"

#include "document.h"

#include <QSysInfo>

#include <algorithm>
#include <cstring>
#include <memory>
#include <new>

namespace Entente {

using namespace EventsModelDetail;

namespace {

constexpr int kWindowWords = 3; // twelve folded units per window
constexpr qsizetype kWindowUnits = kWindowWords * 4;
constexpr int kWindowBytes = kWindowWords * 8;

// Case-folded UTF-16 units as QStringView::compare(Qt::CaseInsensitive) sees them, four per word, big-endian,
// from `offset`, zero-padded: the words order like a case-insensitive compare of that window. Qt folds a low
// surrogate after a high one as the whole code point (> 0xFFFF), which a 16-bit slot cannot hold: such a slot
// (and U+FFFF itself) becomes 0xFFFF and the rest of the window stays zero, so the key remains a weak order
// (a smaller key means a smaller title; equal keys decide nothing). refine() sorts such ties in full.
void foldedWindow(QStringView s, qsizetype offset, quint64* words)
{
    const char16_t* p = reinterpret_cast<const char16_t*>(s.data());
    const qsizetype n = s.size();
    char16_t last = offset > 0 && offset <= n ? p[offset - 1] : char16_t(0);
    bool exact = true;
    qsizetype i = offset;
    for (int w = 0; w < kWindowWords; ++w) {
        quint64 k = 0;
        for (int j = 0; j < 4; ++j, ++i) {
            quint32 v = 0;
            if (exact && i < n) {
                const char16_t c = p[i];
                if (c < 128) {
                    v = c >= u'A' && c <= u'Z' ? c + 32u : c;
                } else {
                    char32_t u = c;
                    if (QChar::isLowSurrogate(c) && QChar::isHighSurrogate(last))
                        u = QChar::surrogateToUcs4(last, c);
                    v = QChar::toCaseFolded(u); // full simple case folding, as QString::compare does
                    if (v >= 0xFFFF) {
                        v = 0xFFFF;
                        exact = false;
                    }
                }
                last = c;
            }
            k = (k << 16) | v;
        }
        words[w] = k;
    }
}

// The same for the first window of a title whose first twelve units are ASCII (the common case): four units
// per 64-bit load, lower-cased with SWAR arithmetic. Returns false, having done nothing, otherwise.
bool asciiWindow(const char16_t* p, qsizetype n, quint64* words)
{
    quint64 w[kWindowWords];
    if (n >= kWindowUnits) {
        std::memcpy(w, p, sizeof w);
    } else {
        char16_t buf[kWindowUnits] = {};
        std::memcpy(buf, p, size_t(n) * sizeof(char16_t));
        std::memcpy(w, buf, sizeof w);
    }
    if ((w[0] | w[1] | w[2]) & 0xFF80FF80FF80FF80ull)
        return false;
    for (int k = 0; k < kWindowWords; ++k) {
        quint64 x = w[k];
        // Every lane is below 0x80: bit 7 of lane + 0x3F says >= 'A', of lane + 0x25 says > 'Z'.
        const quint64 upper = (x + 0x003F003F003F003Full) & ~(x + 0x0025002500250025ull) & 0x0080008000800080ull;
        x += upper >> 2; // + 0x20
        if constexpr (QSysInfo::ByteOrder == QSysInfo::LittleEndian) { // first unit into the top lane
            x = (x >> 32) | (x << 32);
            x = ((x >> 16) & 0x0000FFFF0000FFFFull) | ((x & 0x0000FFFF0000FFFFull) << 16);
        }
        words[k] = x;
    }
    return true;
}

struct Folded {
    quint64 k[kWindowWords]; // foldedWindow() of the title at the current offset
    quint32 row;
};

// (packed title bytes, row bytes, zeros) as one big-endian 128-bit unsigned integer.
struct Packed {
    quint64 hi;
    quint64 lo;
    [[nodiscard]] unsigned byte(int i) const { return unsigned(((i < 8 ? hi : lo) >> (56 - 8 * (i & 7))) & 0xff); }
    friend bool operator<(const Packed& a, const Packed& b) { return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo; }
};

// MSD radix sort on bytes [digit, digits) of distinct integers, ping-ponging between two buffers: the result
// ends in `dst` when toDst, else in `src`. A byte every item shares costs one counting pass and no move; small
// buckets go to std::sort.
void radixSort(Packed* src, Packed* dst, size_t n, int digit, int digits, bool toDst)
{
    while (n > 48 && digit < digits) {
        size_t count[256] = {};
        for (size_t i = 0; i < n; ++i)
            ++count[src[i].byte(digit)];
        if (count[src[0].byte(digit)] == n) {
            ++digit;
            continue;
        }
        size_t start[256];
        size_t next[256];
        size_t at = 0;
        for (int b = 0; b < 256; ++b) {
            start[b] = next[b] = at;
            at += count[b];
        }
        for (size_t i = 0; i < n; ++i)
            new (dst + next[src[i].byte(digit)]++) Packed(src[i]);
        for (int b = 0; b < 256; ++b)
            if (count[b] > 0)
                radixSort(dst + start[b], src + start[b], count[b], digit + 1, digits, !toDst);
        return;
    }
    std::sort(src, src + n);
    if (toDst)
        std::memcpy(static_cast<void*>(dst), src, n * sizeof(Packed));
}

// Rows with their windows at one offset, and which window bytes differ among them. The storage is reused:
// sort() packs item i into bytes [16 i, 16 i + 16), behind the items not yet read, and the radix sort's scratch
// half follows, so a sort touches one buffer (fresh pages cost as much as the sort's own passes).
struct Windows {
    static_assert(sizeof(Folded) == 2 * sizeof(Packed));
    explicit Windows(size_t capacity)
        : storage(new std::byte[capacity * sizeof(Folded)])
    {
    }
    [[nodiscard]] Folded* items() const { return reinterpret_cast<Folded*>(storage.get()); }
    [[nodiscard]] Packed* packed() const { return reinterpret_cast<Packed*>(storage.get()); }
    Folded& add(quint32 row)
    {
        Folded* f = new (storage.get() + n++ * sizeof(Folded)) Folded;
        f->row = row;
        return *f;
    }
    void note(const Folded& f) // after filling f's window
    {
        for (int w = 0; w < kWindowWords; ++w)
            diff[w] |= f.k[w] ^ items()[0].k[w];
        maxRow = std::max(maxRow, f.row);
    }
    void noteAll()
    {
        for (size_t i = 0; i < n; ++i)
            note(items()[i]);
    }
    std::unique_ptr<std::byte[]> storage;
    size_t n = 0;
    quint64 diff[kWindowWords] = {};
    quint32 maxRow = 0;
};

class TitleSorter {
public:
    TitleSorter(const EventStore& ev, bool ascending)
        : m_ev(ev)
        , m_asc(ascending)
    {
    }

    // Sorts rows whose windows at `offset` are in `w` (all titles agree before `offset`); writes the rows in
    // display order to out[0..w.n); w's storage serves as scratch.
    void sort(Windows& w, qsizetype offset, quint32* out)
    {
        const size_t n = w.n;
        if (n < 2) {
            if (n == 1)
                out[0] = w.items()[0].row;
            return;
        }
        const quint64* diff = w.diff;
        const quint32 maxRow = w.maxRow;
        const int rowBytes = maxRow < (1u << 8) ? 1 : maxRow < (1u << 16) ? 2 : maxRow < (1u << 24) ? 3 : 4;
        int varying[kWindowBytes];
        int nVarying = 0;
        for (int p = 0; p < kWindowBytes; ++p)
            if ((diff[p / 8] >> (56 - 8 * (p % 8))) & 0xff)
                varying[nVarying++] = p;
        const int take = std::min(nVarying, 16 - rowBytes);
        // Where each packed byte comes from (word, shift) and goes to (shift in hi or lo).
        int fromWord[16], fromShift[16], toShift[16];
        for (int j = 0; j < take; ++j) {
            fromWord[j] = varying[j] / 8;
            fromShift[j] = 56 - 8 * (varying[j] % 8);
        }
        for (int j = 0; j < take + rowBytes; ++j)
            toShift[j] = 56 - 8 * (j % 8);
        const quint64 flip = m_asc ? 0u : 0xffu; // descending: complement the title bytes, not the row
        for (size_t i = 0; i < n; ++i) {
            const Folded f = w.items()[i]; // read before its bytes are overwritten (packed i sits in items i / 2)
            quint64 part[2] = {};
            for (int j = 0; j < take; ++j)
                part[j / 8] |= (((f.k[fromWord[j]] >> fromShift[j]) & 0xff) ^ flip) << toShift[j];
            for (int j = 0; j < rowBytes; ++j)
                part[(take + j) / 8] |= quint64((f.row >> (8 * (rowBytes - 1 - j))) & 0xff) << toShift[take + j];
            new (w.storage.get() + i * sizeof(Packed)) Packed { part[0], part[1] };
        }
        Packed* packed = w.packed();
        radixSort(packed, packed + n, n, 0, take + rowBytes, false);
        for (size_t i = 0; i < n; ++i) {
            quint32 row = 0;
            for (int j = 0; j < rowBytes; ++j)
                row = (row << 8) | packed[i].byte(take + j);
            out[i] = row;
        }
        // Runs whose packed bytes tie agree on every unit before `next`; the row order inside them stands only
        // if the titles are equal.
        const qsizetype next = offset + (take == nVarying ? kWindowUnits : varying[take] / 2);
        const quint64 maskHi = take >= 8 ? ~quint64(0) : take == 0 ? 0 : ~quint64(0) << (64 - 8 * take);
        const quint64 maskLo = take <= 8 ? 0 : take == 16 ? ~quint64(0) : ~quint64(0) << (64 - 8 * (take - 8));
        auto sameTitleBytes = [&](const Packed& a, const Packed& b) {
            return ((a.hi ^ b.hi) & maskHi) == 0 && ((a.lo ^ b.lo) & maskLo) == 0;
        };
        for (size_t i = 0; i < n;) {
            size_t j = i + 1;
            while (j < n && sameTitleBytes(packed[i], packed[j]))
                ++j;
            if (j - i > 1)
                refine(out + i, j - i, offset, next);
            i = j;
        }
    }

private:
    // rows[0..n) agree on the folded units [0, next) and are in ascending row order.
    void refine(quint32* rows, size_t n, qsizetype offset, qsizetype next)
    {
        bool surrogate = false; // a slot the 16-bit key could not hold exactly, or a pair split at `next`
        bool longer = false; // some title goes on past `next`
        bool sameLength = true;
        const qsizetype length0 = m_ev.title(rows[0]).size();
        for (size_t i = 0; i < n; ++i) {
            const QStringView t = m_ev.title(rows[i]);
            longer = longer || t.size() > next;
            sameLength = sameLength && t.size() == length0;
            for (qsizetype u = offset; u < std::min(t.size(), next) && !surrogate; ++u)
                surrogate = t[u].isSurrogate() || t[u].unicode() == 0xFFFF;
        }
        if (surrogate) {
            std::sort(rows, rows + n, [this](quint32 a, quint32 b) {
                const int c = m_ev.title(a).compare(m_ev.title(b), Qt::CaseInsensitive);
                return c != 0 ? (m_asc ? c < 0 : c > 0) : a < b;
            });
        } else if (longer) {
            Windows w(n);
            for (size_t i = 0; i < n; ++i)
                foldedWindow(m_ev.title(rows[i]), next, w.add(rows[i]).k);
            w.noteAll();
            sort(w, next, rows);
        } else if (!sameLength) {
            // Equal units up to the end of the shorter title (a NUL unit folds like the padding): the shorter
            // title is the smaller.
            std::stable_sort(rows, rows + n, [this](quint32 a, quint32 b) {
                const auto la = m_ev.title(a).size(), lb = m_ev.title(b).size();
                return m_asc ? la < lb : la > lb;
            });
        }
    }

    const EventStore& m_ev;
    bool m_asc = true;
};

} // namespace

void EventsModel::sortView()
{
    const auto& ev = m_doc->dossier().events();
    if (m_sortColumn == StartColumn) {
        // Store order is (start, id) and the mask marks the visible rows: ascending is the visible rows in
        // order; descending reverses that and restores the store order inside each run of equal starts
        // (stability). Both O(N), whatever order the view was in.
        const auto n = qsizetype(m_mask.size());
        size_t at = 0;
        if (m_sortOrder == Qt::AscendingOrder) {
            for (qsizetype r = 0; r < n; ++r)
                if (m_mask[size_t(r)])
                    m_view[at++] = quint32(r);
            return;
        }
        for (qsizetype r = n - 1; r >= 0; --r)
            if (m_mask[size_t(r)])
                m_view[at++] = quint32(r);
        for (size_t i = 0; i < m_view.size();) {
            size_t j = i + 1;
            while (j < m_view.size() && ev.start(m_view[j]) == ev.start(m_view[i]))
                ++j;
            std::reverse(m_view.begin() + qsizetype(i), m_view.begin() + qsizetype(j));
            i = j;
        }
        return;
    }
    if (m_sortColumn == TitleColumn) {
        sortTitles();
        return;
    }
    // less() is a total order (ties fall back to the store row), so std::sort gives the stable result.
    std::sort(m_view.begin(), m_view.end(), [this](quint32 a, quint32 b) { return less(a, b); });
}

void EventsModel::sortTitles()
{
    // Windows are read in text-pool order (sequential memory), not row order.
    const auto& ev = m_doc->dossier().events();
    ensureTextIndex();
    Windows w(m_view.size());
    const bool all = m_view.size() == m_textIndex.size();
    for (const auto& e : m_textIndex) {
        if (!all && !m_mask[e.row])
            continue;
        Folded& f = w.add(e.row);
        if (!asciiWindow(e.text, e.titleLength, f.k))
            foldedWindow(QStringView(e.text, e.titleLength), 0, f.k);
        w.note(f);
    }
    Q_ASSERT(w.n == m_view.size());
    TitleSorter(ev, m_sortOrder == Qt::AscendingOrder).sort(w, 0, m_view.data());
}

} // namespace Entente
