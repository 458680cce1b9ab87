// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchengine.h"

#include "document.h"
#include "searchkinds.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTimer>

#include <algorithm>
#include <deque>

namespace Entente {

namespace {

// The fields of one event, copied out of the dossier (the event index keeps no text).
class FieldCopy : public SearchSink {
public:
    void add(const SearchTarget&, std::span<const SearchField> fields) override
    {
        for (const SearchField& f : fields)
            if (!f.text.isEmpty())
                copied.push_back({ f.key, f.text.toString() });
    }
    std::vector<SearchIndex::StoredField> copied;
};

// The texts of events, copied on the window's thread for the worker to index. Nothing in it ever moves once
// written (text in fixed blocks, the rest in deques): a growing vector would copy all it holds at each doubling,
// a stall of seconds at 10^6 events in whichever slice it fell. Replaying it into a builder gives the same index
// as collecting the events themselves.
class EventCopy : public SearchSink {
public:
    void add(const SearchTarget& target, std::span<const SearchField> fields) override
    {
        ids.push_back(target.number);
        for (const SearchField& f : fields) {
            if (f.text.isEmpty())
                continue;
            const size_t size = size_t(f.text.size());
            if (blocks.empty() || blocks.back().capacity() - blocks.back().size() < size) {
                blocks.emplace_back();
                blocks.back().reserve(std::max<size_t>(size, 1 << 20));
            }
            auto& block = blocks.back();
            const char16_t* at = block.data() + block.size();
            block.insert(block.end(), f.text.utf16(), f.text.utf16() + size); // within capacity: no move
            pieces.push_back({ f.key, QStringView(at, qsizetype(size)) });
        }
        fieldEnds.push_back(pieces.size());
    }
    void replay(SearchSink& sink) const
    {
        std::vector<SearchField> fields;
        size_t field = 0;
        for (size_t d = 0; d < ids.size(); ++d) {
            if (d % 4096 == 4095 && sink.cancelled())
                return;
            fields.clear();
            for (; field < fieldEnds[d]; ++field)
                fields.push_back(pieces[field]);
            sink.add({ SearchTarget::Type::Event, ids[d], {} }, fields);
        }
    }

private:
    std::deque<qint64> ids;
    std::deque<size_t> fieldEnds; // per event: the end of its fields in pieces
    std::deque<SearchField> pieces; // views into blocks
    std::deque<std::vector<char16_t>> blocks;
};

bool startsWithTerm(const std::u16string& word, const std::vector<std::u16string>& terms)
{
    return std::any_of(terms.begin(), terms.end(), [&](const std::u16string& t) { return word.starts_with(t); });
}

} // namespace

qsizetype SearchResults::total() const
{
    qsizetype n = 0;
    for (const auto& g : groups)
        n += g.total;
    return n;
}

struct SearchEngine::Recording : EventCopy { };

struct SearchEngine::Snapshot {
    std::shared_ptr<const SearchIndex> events;
    std::shared_ptr<const SearchIndex> edited;
    std::shared_ptr<const QSet<qint64>> editedIds; // events whose entry in `events` is out of date
    std::shared_ptr<const SearchIndex> others;
};

// What run() found: per kind the count and the first hits, each an index and a document number in it.
struct SearchEngine::Raw {
    struct Hit {
        const SearchIndex* index;
        quint32 doc;
    };
    std::vector<qsizetype> totals;
    std::vector<std::vector<Hit>> hits;
    Snapshot keep; // the indexes the hits point into
};

SearchEngine::SearchEngine(Document* document, QObject* parent)
    : QObject(parent)
    , m_doc(document)
    , m_liveBuild(std::make_shared<std::atomic<quint64>>(0))
    , m_liveSerial(std::make_shared<std::atomic<quint64>>(0))
{
    m_pool.setMaxThreadCount(2); // one build and one query at most
    connect(m_doc, &Document::reset, this, &SearchEngine::invalidateEvents);
    connect(m_doc, &Document::eventsReset, this, &SearchEngine::invalidateEvents);
    connect(m_doc, &Document::eventInserted, this, [this](qint64 id, qsizetype row) {
        rowsMoved(-1, row);
        eventEdited(id);
    });
    connect(m_doc, &Document::eventChanged, this, [this](qint64 id, qsizetype oldRow, qsizetype newRow) {
        rowsMoved(oldRow, newRow);
        eventEdited(id);
    });
    connect(m_doc, &Document::eventRemoved, this, [this](qint64 id, qsizetype row) {
        rowsMoved(row, -1);
        eventEdited(id);
    });
    // Event hits name their actors: a renamed party outdates them all.
    connect(m_doc, &Document::partyChanged, this, &SearchEngine::invalidateEvents);
    for (auto signal : { &Document::partyInserted, &Document::partyRemoved, &Document::issueInserted,
             &Document::issueChanged, &Document::issueRemoved, &Document::sourceInserted, &Document::sourceChanged,
             &Document::sourceRemoved, &Document::statusChanged, &Document::eraInserted, &Document::eraChanged,
             &Document::eraRemoved, &Document::noteInserted, &Document::noteChanged, &Document::noteRemoved })
        connect(m_doc, signal, this, &SearchEngine::othersChanged);
    connect(m_doc, &Document::positionChanged, this, &SearchEngine::othersChanged);
    connect(m_doc, &Document::partyMoved, this, &SearchEngine::othersChanged);
    connect(m_doc, &Document::issueMoved, this, &SearchEngine::othersChanged);
    connect(m_doc, &Document::scalesChanged, this, &SearchEngine::changed); // labels name stances and statuses
}

SearchEngine::~SearchEngine()
{
    m_liveBuild->store(~quint64(0)); // no build or search has that number: both stop
    m_liveSerial->store(0);
    m_pool.waitForDone();
}

qsizetype SearchEngine::indexedEvents() const { return m_events ? m_events->docCount() : 0; }

void SearchEngine::invalidateEvents()
{
    m_events.reset();
    m_edited.clear();
    m_editedIndex.reset();
    m_editedSet.reset();
    m_others.reset();
    m_liveBuild->store(++m_buildGeneration); // a build under way is for a dossier that is gone
    m_recording.reset();
    if (m_building) {
        m_building = false;
        emit indexingChanged(false);
    }
    if (m_wanted) {
        startBuild();
        changed();
    }
}

void SearchEngine::eventEdited(qint64 id)
{
    m_edited.insert(id);
    m_editedIndex.reset();
    m_editedSet.reset();
    m_others.reset(); // an event's claims
    changed();
}

void SearchEngine::othersChanged()
{
    m_others.reset();
    changed();
}

void SearchEngine::changed()
{
    if (m_text.isEmpty() || m_dispatchQueued)
        return;
    m_dispatchQueued = true;
    QTimer::singleShot(0, this, [this] {
        m_dispatchQueued = false;
        if (!m_text.isEmpty())
            search(m_text);
    });
}

void SearchEngine::startBuild()
{
    if (m_building || m_events)
        return;
    m_building = true;
    emit indexingChanged(true);
    // Every edit from now on is in m_edited: the copy may or may not have it, the small index will.
    m_edited.clear();
    m_editedIndex.reset();
    m_editedSet.reset();
    m_recording = std::make_shared<Recording>();
    m_copyRow = 0;
    m_stats = {};
    copySlice(m_buildGeneration, SliceBudgetNs);
}

void SearchEngine::rowsMoved(qsizetype from, qsizetype to)
{
    if (!m_recording)
        return;
    // Keep m_copyRow on the first event not yet copied while the rows before it shift. An event copied twice
    // is harmless (it was edited, so the event index leaves it out); one skipped would be lost.
    if (from >= 0 && from < m_copyRow && (to < 0 || to >= m_copyRow))
        --m_copyRow;
    else if (to >= 0 && to < m_copyRow && (from < 0 || from >= m_copyRow))
        ++m_copyRow;
    else if (to >= 0 && to == m_copyRow && from > to)
        ++m_copyRow; // moved into the place of the next row to copy, which moved up by one
}

void SearchEngine::copySlice(quint64 generation, qint64 budgetNs)
{
    if (generation != m_buildGeneration || !m_recording)
        return;
    QElapsedTimer clock;
    clock.start();
    const Dossier& d = m_doc->dossier();
    const auto collect = searchKinds()[eventSearchKind()].collectEvent;
    const qsizetype n = d.events().size();
    const qsizetype first = m_copyRow;
    while (m_copyRow < n) {
        collect(d, m_copyRow++, *m_recording);
        if (budgetNs > 0 && m_sliceRows > 0 && m_copyRow - first >= m_sliceRows)
            break;
        if (m_copyRow % 256 == 0 && budgetNs > 0 && clock.nsecsElapsed() > budgetNs)
            break;
    }
    const qint64 spent = clock.nsecsElapsed();
    m_stats.longestSliceNs = std::max(m_stats.longestSliceNs, spent);
    m_stats.copyNs += spent;
    ++m_stats.slices;
    if (m_copyRow < n) {
        QTimer::singleShot(0, this, [this, generation] { copySlice(generation, SliceBudgetNs); });
        return;
    }
    startWorkerBuild();
}

void SearchEngine::startWorkerBuild()
{
    const quint64 generation = m_buildGeneration;
    auto recording = std::move(m_recording);
    m_recording.reset();
    auto live = m_liveBuild;
    m_pool.start([this, recording = std::move(recording), live, generation]() mutable {
        QElapsedTimer clock;
        clock.start();
        SearchIndex::Builder builder(false, [live, generation] { return live->load() != generation; });
        builder.setKind(quint8(eventSearchKind()));
        recording->replay(builder);
        recording.reset();
        if (builder.cancelled())
            return;
        auto index = std::make_shared<const SearchIndex>(builder.finish());
        const qint64 ns = clock.nsecsElapsed();
        QMetaObject::invokeMethod(
            this,
            [this, index, generation, ns] {
                m_stats.buildNs = ns;
                buildFinished(index, generation);
            },
            Qt::QueuedConnection);
    });
}

void SearchEngine::buildFinished(std::shared_ptr<const SearchIndex> index, quint64 generation)
{
    if (generation != m_buildGeneration)
        return;
    m_events = std::move(index);
    m_building = false;
    emit indexingChanged(false);
    if (m_pending) {
        m_pending = false;
        dispatch();
    }
}

void SearchEngine::waitForIndex()
{
    if (m_recording)
        copySlice(m_buildGeneration, 0); // the rest of the copy at once
    m_pool.waitForDone();
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

SearchEngine::Snapshot SearchEngine::snapshot()
{
    const Dossier& d = m_doc->dossier();
    if (!m_editedIndex) {
        SearchIndex::Builder b(true);
        b.setKind(quint8(eventSearchKind()));
        std::vector<qint64> ids(m_edited.begin(), m_edited.end());
        std::sort(ids.begin(), ids.end());
        std::vector<qsizetype> rows;
        for (qint64 id : ids)
            if (const qsizetype row = d.events().rowOfId(id); row >= 0)
                rows.push_back(row);
        std::sort(rows.begin(), rows.end()); // by date, as the event index
        for (qsizetype row : rows)
            searchKinds()[eventSearchKind()].collectEvent(d, row, b);
        m_editedIndex = std::make_shared<const SearchIndex>(b.finish());
        m_editedSet = std::make_shared<const QSet<qint64>>(m_edited);
    }
    if (!m_others) {
        SearchIndex::Builder b(true);
        const auto kinds = searchKinds();
        for (qsizetype k = 0; k < qsizetype(kinds.size()); ++k)
            if (k != eventSearchKind()) {
                b.setKind(quint8(k));
                kinds[size_t(k)].collect(d, b);
            }
        m_others = std::make_shared<const SearchIndex>(b.finish());
    }
    return { m_events, m_editedIndex, m_editedSet, m_others };
}

quint64 SearchEngine::search(const QString& text)
{
    m_text = text;
    m_serial += 1;
    m_liveSerial->store(m_serial); // a search under way is superseded
    m_wanted = true;
    if (!m_events) {
        startBuild();
        m_pending = true; // dispatched when the index is in
        return m_serial;
    }
    dispatch();
    return m_serial;
}

void SearchEngine::cancel()
{
    m_serial += 1;
    m_liveSerial->store(m_serial);
    m_pending = false;
    m_text.clear();
}

void SearchEngine::dispatch()
{
    const quint64 serial = m_serial;
    auto terms = searchTerms(m_text);
    if (terms.empty()) {
        SearchResults empty;
        empty.serial = serial;
        empty.text = m_text;
        emit resultsReady(empty);
        return;
    }
    Snapshot s = snapshot();
    auto live = m_liveSerial;
    const qsizetype limit = m_hitLimit;
    m_pool.start([this, s = std::move(s), terms = std::move(terms), live, serial, limit]() {
        const auto stop = [&] { return live->load() != serial; };
        auto raw = run(s, terms, limit, stop);
        if (!raw || stop())
            return;
        QMetaObject::invokeMethod(this, [this, raw = std::make_shared<Raw>(std::move(*raw)), terms, serial] {
            if (serial != m_serial)
                return; // superseded while on its way
            SearchResults r = describe(*raw, terms);
            r.serial = serial;
            emit resultsReady(r);
        }, Qt::QueuedConnection);
    });
}

SearchResults SearchEngine::searchNow(const QString& text)
{
    m_text = text;
    m_serial += 1;
    m_liveSerial->store(m_serial);
    m_wanted = true;
    m_pending = false;
    if (m_building)
        waitForIndex();
    if (!m_events) {
        SearchIndex::Builder b(false);
        b.setKind(quint8(eventSearchKind()));
        searchKinds()[eventSearchKind()].collect(m_doc->dossier(), b);
        m_events = std::make_shared<const SearchIndex>(b.finish());
        m_edited.clear();
        m_editedIndex.reset();
        m_editedSet.reset();
    }
    const auto terms = searchTerms(text);
    SearchResults r;
    if (!terms.empty()) {
        const auto raw = run(snapshot(), terms, m_hitLimit, {});
        r = describe(*raw, terms);
    }
    r.serial = m_serial;
    r.text = text;
    return r;
}

std::optional<SearchEngine::Raw> SearchEngine::run(
    const Snapshot& s, const std::vector<std::u16string>& terms, qsizetype limit, const std::function<bool()>& stop)
{
    Raw raw;
    const size_t kinds = searchKinds().size();
    raw.totals.assign(kinds, 0);
    raw.hits.assign(kinds, {});
    raw.keep = s;
    const auto take = [&](const SearchIndex* index, quint32 doc) {
        const size_t k = index->doc(doc).kind;
        ++raw.totals[k];
        if (qsizetype(raw.hits[k].size()) < limit)
            raw.hits[k].push_back({ index, doc });
    };
    if (s.events) {
        const auto found = s.events->match(terms, stop);
        if (!found)
            return std::nullopt;
        const bool filter = s.editedIds && !s.editedIds->isEmpty();
        for (quint32 doc : *found)
            if (!filter || !s.editedIds->contains(s.events->doc(doc).target.number))
                take(s.events.get(), doc);
    }
    for (const SearchIndex* index : { s.edited.get(), s.others.get() }) {
        if (!index)
            continue;
        const auto found = index->match(terms, stop);
        if (!found)
            return std::nullopt;
        for (quint32 doc : *found)
            take(index, doc);
    }
    return raw;
}

SearchResults SearchEngine::describe(const Raw& raw, const std::vector<std::u16string>& terms) const
{
    const Dossier& d = m_doc->dossier();
    SearchResults out;
    out.text = m_text;
    for (size_t k = 0; k < raw.totals.size(); ++k) {
        if (raw.totals[k] == 0)
            continue;
        SearchGroup group;
        group.kind = qsizetype(k);
        group.total = raw.totals[k];
        for (const Raw::Hit& h : raw.hits[k]) {
            const auto& doc = h.index->doc(h.doc);
            SearchHit hit;
            hit.kind = qsizetype(k);
            hit.target = doc.target;
            hit.label = searchTargetLabel(d, doc.target);
            if (hit.label.isEmpty())
                continue; // gone since the query ran; the next run (after the change) drops it from the count
            std::vector<SearchIndex::StoredField> copied;
            std::span<const SearchIndex::StoredField> fields = h.index->fields(h.doc);
            if (!h.index->keepsText()) {
                FieldCopy copy;
                searchKinds()[k].collectEvent(d, d.events().rowOfId(doc.target.number), copy);
                copied = std::move(copy.copied);
                fields = copied;
            }
            // Show the field with the most matched words (the first on a tie).
            qsizetype best = -1;
            std::vector<SearchWord> bestWords;
            qsizetype bestCount = 0;
            for (qsizetype f = 0; f < qsizetype(fields.size()); ++f) {
                auto words = searchWords(fields[size_t(f)].text);
                std::erase_if(words, [&](const SearchWord& w) { return !startsWithTerm(w.folded, terms); });
                if (best < 0 || qsizetype(words.size()) > bestCount) {
                    best = f;
                    bestCount = qsizetype(words.size());
                    bestWords = std::move(words);
                }
            }
            if (best >= 0) {
                const auto& field = fields[size_t(best)];
                hit.field = searchFieldLabel(field.key);
                // An excerpt of about 160 characters from a little before the first match, on one line.
                constexpr qsizetype width = 160;
                const QString& text = field.text;
                qsizetype from = 0;
                if (!bestWords.empty() && text.size() > width)
                    from = std::clamp<qsizetype>(bestWords.front().start - 40, 0, text.size() - width);
                const qsizetype to = std::min(text.size(), from + width);
                QString excerpt = text.mid(from, to - from);
                for (QChar& c : excerpt)
                    if (c == u'\n' || c == u'\r' || c == u'\t')
                        c = u' ';
                const qsizetype lead = from > 0 ? 1 : 0;
                if (from > 0)
                    excerpt.prepend(QChar(0x2026));
                if (to < text.size())
                    excerpt.append(QChar(0x2026));
                for (const SearchWord& w : bestWords)
                    if (w.start >= from && w.start + w.length <= to)
                        hit.spans.append({ w.start - from + lead, w.length });
                hit.excerpt = excerpt;
            }
            group.hits.append(hit);
        }
        out.groups.append(group);
    }
    return out;
}

} // namespace Entente
