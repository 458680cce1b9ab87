// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include <QChar>

#include <algorithm>
#include <bit>

namespace Entente {

namespace {

// Calls word(start, length, folded) for each run of letters and digits in text, folded case-insensitively.
template <typename Word> void forEachWord(QStringView text, std::u16string& folded, Word&& word)
{
    const char16_t* s = reinterpret_cast<const char16_t*>(text.utf16());
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        // Skip to the next letter or digit.
        qsizetype start = -1;
        folded.clear();
        while (i < n) {
            char32_t c = s[i];
            qsizetype width = 1;
            if (c < 0x80) {
                const bool alnum = (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || (c >= u'A' && c <= u'Z');
                if (alnum) {
                    if (start < 0)
                        start = i;
                    folded.push_back(char16_t(c >= u'A' && c <= u'Z' ? c + 32 : c));
                } else if (start >= 0) {
                    break;
                }
                ++i;
                continue;
            }
            if (QChar::isHighSurrogate(c) && i + 1 < n && QChar::isLowSurrogate(s[i + 1])) {
                c = QChar::surrogateToUcs4(char16_t(c), s[i + 1]);
                width = 2;
            }
            if (QChar::isLetterOrNumber(c)) {
                if (start < 0)
                    start = i;
                const char32_t f = QChar::toCaseFolded(c);
                if (QChar::requiresSurrogates(f)) {
                    folded.push_back(QChar::highSurrogate(f));
                    folded.push_back(QChar::lowSurrogate(f));
                } else {
                    folded.push_back(char16_t(f));
                }
            } else if (start >= 0) {
                break;
            }
            i += width;
        }
        if (start < 0)
            return;
        word(start, i - start, folded);
    }
}

} // namespace

std::vector<SearchWord> searchWords(QStringView text)
{
    std::vector<SearchWord> out;
    std::u16string buffer;
    forEachWord(text, buffer,
        [&](qsizetype start, qsizetype length, const std::u16string& folded) { out.push_back({ folded, start, length }); });
    return out;
}

std::vector<std::u16string> searchTerms(QStringView text)
{
    std::vector<std::u16string> out;
    std::u16string buffer;
    forEachWord(text, buffer, [&](qsizetype, qsizetype, const std::u16string& folded) {
        if (std::find(out.begin(), out.end(), folded) == out.end())
            out.push_back(folded);
    });
    return out;
}

// The words seen so far: their text in one pool and an open-addressing table of their numbers (a node-based
// map spent most of an index build missing the cache).
struct SearchIndex::Builder::Vocab {
    std::vector<char16_t> text;
    std::vector<quint64> start { 0 }; // per word, into text; one more entry at the end
    std::vector<quint32> hash; // per word
    std::vector<quint32> table = std::vector<quint32>(1024, 0); // word + 1, or 0 when free
    [[nodiscard]] std::u16string_view word(quint32 i) const
    {
        return { text.data() + start[i], size_t(start[i + 1] - start[i]) };
    }
    [[nodiscard]] size_t size() const { return hash.size(); }
};

SearchIndex::Builder::Builder(bool keepText, std::function<bool()> cancel)
    : m_keepText(keepText)
    , m_cancel(std::move(cancel))
    , m_vocab(std::make_unique<Vocab>())
{
}

SearchIndex::Builder::~Builder() = default;

quint32 SearchIndex::Builder::termOf(std::u16string_view folded)
{
    Vocab& v = *m_vocab;
    quint32 h = 2166136261u; // FNV-1a
    for (char16_t c : folded)
        h = (h ^ c) * 16777619u;
    size_t mask = v.table.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
        const quint32 slot = v.table[i];
        if (slot == 0)
            break;
        if (v.hash[slot - 1] == h && v.word(slot - 1) == folded)
            return slot - 1;
    }
    const auto id = quint32(v.size());
    v.text.insert(v.text.end(), folded.begin(), folded.end());
    v.start.push_back(v.text.size());
    v.hash.push_back(h);
    m_termCount.push_back(0);
    m_lastDoc.push_back(0);
    if (v.size() * 2 > v.table.size()) {
        v.table.assign(v.table.size() * 2, 0);
        mask = v.table.size() - 1;
        for (quint32 t = 0; t < v.size(); ++t) {
            size_t i = v.hash[t] & mask;
            while (v.table[i] != 0)
                i = (i + 1) & mask;
            v.table[i] = t + 1;
        }
    } else {
        size_t i = h & mask;
        while (v.table[i] != 0)
            i = (i + 1) & mask;
        v.table[i] = id + 1;
    }
    return id;
}

void SearchIndex::Builder::add(const SearchTarget& target, std::span<const SearchField> fields)
{
    const auto docNumber = quint32(m_docs.size());
    Doc d;
    d.target = target;
    d.kind = m_kind;
    d.firstField = quint32(m_fields.size());
    for (const SearchField& f : fields) {
        if (f.text.isEmpty())
            continue;
        if (m_keepText) {
            m_fields.push_back({ f.key, f.text.toString() });
            ++d.fieldCount;
        }
        forEachWord(f.text, m_buffer, [&](qsizetype, qsizetype, const std::u16string& folded) {
            const quint32 t = termOf(folded);
            if (m_lastDoc[t] == docNumber + 1)
                return;
            m_lastDoc[t] = docNumber + 1;
            ++m_termCount[t];
            m_docTerms.push_back(t);
        });
    }
    m_docs.push_back(std::move(d));
    m_docTermEnd.push_back(quint32(m_docTerms.size()));
}

SearchIndex SearchIndex::Builder::finish()
{
    SearchIndex index;
    index.m_keepText = m_keepText;
    const Vocab& v = *m_vocab;
    const size_t terms = v.size();
    std::vector<quint32> order(terms);
    for (size_t i = 0; i < terms; ++i)
        order[i] = quint32(i);
    std::sort(order.begin(), order.end(), [&](quint32 a, quint32 b) { return v.word(a) < v.word(b); });
    std::vector<quint32> rank(terms);
    index.m_postingStart.resize(terms + 1);
    index.m_termText.reserve(v.text.size());
    index.m_termStart.reserve(terms + 1);
    quint64 at = 0;
    for (size_t r = 0; r < terms; ++r) {
        rank[order[r]] = quint32(r);
        index.m_postingStart[r] = at;
        at += m_termCount[order[r]];
        const auto word = v.word(order[r]);
        index.m_termText.insert(index.m_termText.end(), word.begin(), word.end());
        index.m_termStart.push_back(index.m_termText.size());
    }
    index.m_postingStart[terms] = at;
    index.m_postings.resize(size_t(at));
    std::vector<quint64> cursor(index.m_postingStart.begin(), index.m_postingStart.end() - 1);
    quint32 begin = 0;
    for (size_t d = 0; d < m_docs.size(); ++d) {
        const quint32 end = m_docTermEnd[d];
        for (quint32 k = begin; k < end; ++k)
            index.m_postings[size_t(cursor[rank[m_docTerms[k]]]++)] = quint32(d);
        begin = end;
    }
    index.m_docs = std::move(m_docs);
    index.m_fields = std::move(m_fields);
    return index;
}

std::span<const SearchIndex::StoredField> SearchIndex::fields(quint32 i) const
{
    const Doc& d = m_docs[i];
    if (!m_keepText || d.fieldCount == 0)
        return {};
    return std::span(m_fields).subspan(d.firstField, d.fieldCount);
}

std::pair<size_t, size_t> SearchIndex::prefixRange(std::u16string_view prefix) const
{
    // Binary searches over term numbers: the first term not below prefix, then the first not beginning with it.
    size_t lo = 0;
    size_t hi = size_t(termCount());
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (term(mid) < prefix)
            lo = mid + 1;
        else
            hi = mid;
    }
    const size_t first = lo;
    hi = size_t(termCount());
    while (lo < hi) {
        const size_t mid = (lo + hi) / 2;
        if (term(mid).starts_with(prefix))
            lo = mid + 1;
        else
            hi = mid;
    }
    return { first, lo };
}

std::optional<std::vector<quint32>> SearchIndex::match(
    const std::vector<std::u16string>& terms, const std::function<bool()>& cancelled) const
{
    std::vector<quint32> result;
    if (terms.empty() || m_docs.empty())
        return result;
    struct Term {
        size_t first;
        size_t last;
        quint64 postings;
    };
    std::vector<Term> ranges;
    for (const auto& t : terms) {
        const auto [first, last] = prefixRange(t);
        if (first == last)
            return result; // a word no document has: nothing matches
        ranges.push_back({ first, last, m_postingStart[last] - m_postingStart[first] });
    }
    // The rarest word first: the set only shrinks from there.
    std::sort(ranges.begin(), ranges.end(), [](const Term& a, const Term& b) { return a.postings < b.postings; });
    const size_t words = (m_docs.size() + 63) / 64;
    std::vector<quint64> bits;
    // Sets the bits of every document holding a word of the range; false when cancelled.
    const auto fill = [&](const Term& t) {
        bits.assign(words, 0);
        for (size_t v = t.first; v < t.last; ++v) {
            if ((v - t.first) % 256 == 255 && cancelled && cancelled())
                return false;
            for (quint64 p = m_postingStart[v]; p < m_postingStart[v + 1]; ++p) {
                const quint32 d = m_postings[size_t(p)];
                bits[d >> 6] |= quint64(1) << (d & 63);
            }
        }
        return true;
    };
    const Term& rarest = ranges.front();
    if (rarest.last - rarest.first == 1) {
        result.assign(m_postings.begin() + qsizetype(m_postingStart[rarest.first]),
            m_postings.begin() + qsizetype(m_postingStart[rarest.last]));
    } else {
        if (!fill(rarest))
            return std::nullopt;
        result.reserve(size_t(rarest.postings));
        for (size_t w = 0; w < words; ++w)
            for (quint64 b = bits[w]; b != 0; b &= b - 1)
                result.push_back(quint32(w * 64 + size_t(std::countr_zero(b))));
    }
    for (size_t k = 1; k < ranges.size() && !result.empty(); ++k) {
        if (cancelled && cancelled())
            return std::nullopt;
        if (!fill(ranges[k]))
            return std::nullopt;
        std::erase_if(result, [&](quint32 d) { return (bits[d >> 6] >> (d & 63) & 1) == 0; });
    }
    if (cancelled && cancelled())
        return std::nullopt;
    return result;
}

} // namespace Entente
