// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The word index behind "Search Everything": every searchable item of a dossier (an event, a change's note, a
// claim, a source, a party…) is one document made of a few text fields; the index maps each word (a run of
// letters and digits, case-folded) to the sorted list of documents that contain it. A query is a list of
// words; a document matches when each query word begins a word of it (so "negot" finds "negotiations" and
// "talks berlin" needs both). Lookup is a binary search in the sorted vocabulary plus merges of posting lists,
// so a query costs in proportion to the postings it touches, not to the dossier.
//
// An index is immutable once built, so a worker thread may query it while the window builds the next one.
// Who fills it with what is in searchkinds.h; the Document-aware engine (models/searchengine.h) keeps one for
// the events (rebuilt on open and import on a worker thread), a small one for the events edited since, and one
// for everything else.

#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace Entente {

// What choosing a hit selects in its view.
struct SearchTarget {
    enum class Type : quint8 { Event, PositionChange, StatusChange, Source, Party, Issue, Era, Note };
    Type type = Type::Event;
    qint64 number = 0; // the event's or the change's id
    QString key; // the source's, party's, issue's, era's or note's id
    friend bool operator==(const SearchTarget&, const SearchTarget&) = default;
};

// One text of an item. `key` names the field ("title", "quote"; searchFieldLabel() translates it) and must be
// a string literal: it is stored as a pointer.
struct SearchField {
    const char* key = "";
    QStringView text;
};

// What a kind's collector (searchkinds.h) writes its items to.
class SearchSink {
public:
    virtual ~SearchSink() = default;
    virtual void add(const SearchTarget& target, std::span<const SearchField> fields) = 0;
    // Long collectors look at this every few thousand items and stop when it is true.
    [[nodiscard]] virtual bool cancelled() const { return false; }
};

// The words of a text as the index sees them: case-folded runs of letters and digits, with their place in
// `text` (start, length).
struct SearchWord {
    std::u16string folded;
    qsizetype start = 0;
    qsizetype length = 0;
};
[[nodiscard]] std::vector<SearchWord> searchWords(QStringView text);
// The query words of `text` (searchWords() without places), each once, in order.
[[nodiscard]] std::vector<std::u16string> searchTerms(QStringView text);

class SearchIndex {
public:
    struct Doc {
        SearchTarget target;
        quint8 kind = 0; // index into searchKinds()
        quint32 firstField = 0; // into fields() when the index keeps its texts
        quint32 fieldCount = 0;
    };
    struct StoredField {
        const char* key = "";
        QString text;
    };

    // Fills an index: it is a sink for one kind at a time (setKind()), then finish() sorts it.
    class Builder : public SearchSink {
    public:
        // keepText: store the fields' texts (for the small indexes, whose items' texts are read back from the
        // index); without, hits are shown from the dossier. cancel: polled by cancelled().
        explicit Builder(bool keepText, std::function<bool()> cancel = {});
        ~Builder() override;
        void setKind(quint8 kind) { m_kind = kind; }
        void add(const SearchTarget& target, std::span<const SearchField> fields) override;
        [[nodiscard]] bool cancelled() const override { return m_cancel && m_cancel(); }
        [[nodiscard]] SearchIndex finish(); // once: the builder is spent after it

    private:
        struct Vocab;
        quint32 termOf(std::u16string_view folded);
        bool m_keepText;
        std::function<bool()> m_cancel;
        quint8 m_kind = 0;
        std::vector<Doc> m_docs;
        std::vector<StoredField> m_fields;
        std::vector<quint32> m_docTerms; // the distinct terms of each doc, doc after doc
        std::vector<quint32> m_docTermEnd; // per doc: end of its run in m_docTerms
        std::vector<quint32> m_termCount; // per term: documents holding it
        std::vector<quint32> m_lastDoc; // per term: the last doc it was counted for (+1)
        std::unique_ptr<Vocab> m_vocab;
        std::u16string m_buffer;
    };

    [[nodiscard]] qsizetype docCount() const { return qsizetype(m_docs.size()); }
    [[nodiscard]] const Doc& doc(quint32 i) const { return m_docs[i]; }
    [[nodiscard]] bool keepsText() const { return m_keepText; }
    // The stored fields of doc i (empty when the index keeps no text).
    [[nodiscard]] std::span<const StoredField> fields(quint32 i) const;
    [[nodiscard]] qsizetype termCount() const { return qsizetype(m_termStart.size()) - 1; }
    [[nodiscard]] qsizetype postingCount() const { return qsizetype(m_postings.size()); }

    // The documents (ascending) in which every term begins a word; nullopt when cancelled() said stop. No
    // terms: no documents.
    [[nodiscard]] std::optional<std::vector<quint32>> match(
        const std::vector<std::u16string>& terms, const std::function<bool()>& cancelled = {}) const;

private:
    // The half-open range of vocabulary entries that begin with `prefix`.
    [[nodiscard]] std::pair<size_t, size_t> prefixRange(std::u16string_view prefix) const;
    [[nodiscard]] std::u16string_view term(size_t i) const
    {
        return { m_termText.data() + m_termStart[i], size_t(m_termStart[i + 1] - m_termStart[i]) };
    }

    bool m_keepText = false;
    std::vector<Doc> m_docs;
    std::vector<StoredField> m_fields;
    std::vector<char16_t> m_termText; // the vocabulary, sorted, word after word
    std::vector<quint64> m_termStart { 0 }; // per term, into m_termText; one more entry at the end
    std::vector<quint64> m_postingStart; // per term, into m_postings; one more entry at the end
    std::vector<quint32> m_postings; // doc numbers, ascending within a term
};

} // namespace Entente
