// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Search Everything for an open Document: keeps the word indexes (searchindex.h) of every kind (searchkinds.h)
// current and answers queries off the window's thread.
//
// - The events (up to millions) are indexed when the first search asks for them, and again after open, load,
//   import or a party's rename (event hits name the actors). The window's thread copies each event's texts into
//   one buffer in slices of a few milliseconds (event-loop turns in between, so it never stalls), and a worker
//   thread indexes the copy. Events edited from the moment the copy starts (Document::eventInserted/Changed/
//   Removed; the copy's place follows the rows that move) are left out of that index and searched in a small one
//   rebuilt at the next query; everything else (notes, claims, sources, names) is one small index rebuilt at the
//   next query after any change of it.
// - search() runs the query on a worker thread with the indexes as they are (immutable, shared); a newer
//   search() or cancel() stops it (its results never arrive). The hits are then described from the dossier on
//   the window's thread (label, the field that matched, an excerpt with the matched words), at most hitLimit()
//   per kind, with each kind's full count. After any change the last query runs again, so shown results follow
//   edits, undo and others' changes.

#include "searchindex.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QThreadPool>

#include <atomic>
#include <memory>
#include <optional>

namespace Entente {

class Document;

struct SearchHit {
    qsizetype kind = 0; // into searchKinds()
    SearchTarget target;
    QString label; // what the item is (searchTargetLabel)
    QString field; // the field shown, translated ("quote")
    QString excerpt; // plain text on one line, cut around the first match
    QList<std::pair<qsizetype, qsizetype>> spans; // the matched words in excerpt: (start, length)
};

struct SearchGroup {
    qsizetype kind = 0;
    qsizetype total = 0; // every match of the kind; hits holds the first ones
    QList<SearchHit> hits;
};

struct SearchResults {
    quint64 serial = 0; // what search() returned
    QString text;
    QList<SearchGroup> groups; // kinds with at least one match, in searchKinds() order
    [[nodiscard]] qsizetype total() const;
};

class SearchEngine : public QObject {
    Q_OBJECT
public:
    explicit SearchEngine(Document* document, QObject* parent = nullptr);
    ~SearchEngine() override;

    [[nodiscard]] qsizetype hitLimit() const { return m_hitLimit; }
    void setHitLimit(qsizetype limit) { m_hitLimit = limit; }

    // Starts a search; resultsReady() brings its results unless a newer search() or cancel() came first.
    // Returns its serial. Empty text (or text with no word in it) gives empty results.
    quint64 search(const QString& text);
    void cancel(); // the running search stops and no results arrive for it
    [[nodiscard]] QString lastText() const { return m_text; }
    // The events are being indexed; searches wait for it.
    [[nodiscard]] bool isIndexing() const { return m_building; }
    [[nodiscard]] qsizetype indexedEvents() const;

    // The same search on the calling (window) thread, blocking; builds the event index first when needed
    // (tests, the benchmark).
    [[nodiscard]] SearchResults searchNow(const QString& text);
    void waitForIndex(); // blocks until an event index build under way is in

    // How the last event index was made: the window thread's copy (its longest slice and its whole time) and the
    // worker's build.
    struct IndexStats {
        qint64 longestSliceNs = 0;
        qint64 copyNs = 0;
        int slices = 0;
        qint64 buildNs = 0;
    };
    [[nodiscard]] IndexStats lastIndexStats() const { return m_stats; }
    static constexpr qint64 SliceBudgetNs = 8'000'000; // the window thread's share of a copy per event-loop turn
    void setSliceRows(qsizetype rows) { m_sliceRows = rows; } // also end a slice after this many events (tests)

signals:
    void resultsReady(const Entente::SearchResults& results);
    void indexingChanged(bool indexing);

private:
    struct Snapshot;
    struct Raw;
    struct Recording;
    void copySlice(quint64 generation, qint64 budgetNs);
    void startWorkerBuild();
    void rowsMoved(qsizetype from, qsizetype to); // an event moved from row `from` to `to` (−1: none) during a copy
    void invalidateEvents(); // the event index must be rebuilt
    void eventEdited(qint64 id);
    std::shared_ptr<Recording> m_recording; // the copy of the events under way
    qsizetype m_copyRow = 0; // rows before it are copied
    qsizetype m_sliceRows = 0; // 0: the time budget alone
    IndexStats m_stats;
    void othersChanged();
    void startBuild();
    void buildFinished(std::shared_ptr<const SearchIndex> index, quint64 generation);
    void dispatch();
    void changed(); // re-runs the last query soon
    [[nodiscard]] Snapshot snapshot();
    [[nodiscard]] static std::optional<Raw> run(
        const Snapshot& s, const std::vector<std::u16string>& terms, qsizetype limit, const std::function<bool()>& stop);
    [[nodiscard]] SearchResults describe(const Raw& raw, const std::vector<std::u16string>& terms) const;

    Document* m_doc;
    qsizetype m_hitLimit = 100;
    bool m_wanted = false; // a search was asked for: keep the event index built from then on
    bool m_building = false;
    bool m_dispatchQueued = false;
    quint64 m_buildGeneration = 0;
    std::shared_ptr<std::atomic<quint64>> m_liveBuild; // the generation a running build belongs to
    std::shared_ptr<const SearchIndex> m_events;
    QSet<qint64> m_edited; // events inserted, changed or removed since m_events was taken
    std::shared_ptr<const SearchIndex> m_editedIndex; // null: rebuild from m_edited
    std::shared_ptr<const QSet<qint64>> m_editedSet;
    std::shared_ptr<const SearchIndex> m_others; // null: rebuild
    QString m_text;
    quint64 m_serial = 0;
    bool m_pending = false; // m_text awaits the event index
    std::shared_ptr<std::atomic<quint64>> m_liveSerial; // the serial a running search belongs to
    QThreadPool m_pool;
};

} // namespace Entente
