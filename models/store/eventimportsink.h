// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the bulk importer (eventimport*.cpp): the byte-chunk source shared by the CSV and JSON readers,
// and the sink that turns one row of UTF-8 cells into an event through the bound mapping. Cells point into
// the reader's buffer (or its unescape scratch) and are only valid during addRow().

#include "eventimport.h"

#include <QElapsedTimer>

#include <atomic>
#include <functional>
#include <limits>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

namespace Entente::ImportDetail {

struct Cell {
    const char* data = nullptr;
    qsizetype size = 0;
    bool list = false; // a JSON array of scalars, elements separated by '\x1f'
    [[nodiscard]] QByteArrayView view() const { return { data, size }; }
    [[nodiscard]] bool isEmpty() const { return size == 0; }
};

constexpr char ListSeparator = '\x1f';

// Growing UTF-16 scratch for one row's title or description: appending never zero-fills and clear() keeps
// the storage, so a row costs no allocation.
class TextBuffer {
public:
    void clear() { m_size = 0; }
    [[nodiscard]] bool empty() const { return m_size == 0; }
    [[nodiscard]] size_t size() const { return m_size; }
    [[nodiscard]] QStringView view() const { return { m_data.data(), qsizetype(m_size) }; }
    // n more characters at the end, to be written by the caller; valid until the next extend().
    char16_t* extend(size_t n)
    {
        if (m_size + n > m_data.size()) [[unlikely]]
            m_data.resize(std::max(m_data.size() * 2, m_size + n));
        char16_t* p = m_data.data() + m_size;
        m_size += n;
        return p;
    }
    void truncate(size_t n) { m_size = std::min(m_size, n); }
    void append(std::u16string_view s) { std::copy(s.begin(), s.end(), extend(s.size())); }

private:
    std::vector<char16_t> m_data = std::vector<char16_t>(256);
    size_t m_size = 0;
};

// Progress of a helper thread parsing part of the file, shown by the reading thread's source.
struct PeerProgress {
    std::atomic<qint64> bytes { 0 };
    std::atomic<qint64> rows { 0 };
};

// Reads the device in chunks into one buffer. [pos, end) is unread; fill() keeps it, compacted to the front,
// and appends the next chunk (growing the buffer when one record is larger than it). It also reports progress
// and checks the cancel flag once per chunk. A helper's source (publish set) reports to the reading thread
// instead of calling the progress callback, and also stops on its abort flag.
class ChunkSource {
public:
    ChunkSource(QIODevice& device, const EventImportOptions& options);
    // false at the end of the device, on a read error or on cancellation (see error()).
    bool fill(const char*& pos, qint64 rows);
    // A record of this many bytes, or an unfinished one already this long: false, with error() and recordTooLong()
    // set, when it is over EventImportOptions::maxRecordBytes. Checked on every record parsed whole too, so the
    // verdict depends on the record alone, not on where the buffer stood when it was met.
    bool acceptRecord(qint64 bytes);
    [[nodiscard]] const char* end() const { return m_buffer.data() + m_size; }
    [[nodiscard]] const char* begin() const { return m_buffer.data(); }
    [[nodiscard]] bool atEnd() const { return m_eof; }
    [[nodiscard]] const QString& error() const { return m_error; }
    [[nodiscard]] bool recordTooLong() const { return m_recordTooLong; } // error() is then that, without a line
    [[nodiscard]] qsizetype capacity() const { return m_buffer.size(); }
    [[nodiscard]] qint64 offsetOf(const char* pos) const { return m_base + (pos - m_buffer.data()); } // in the device
    [[nodiscard]] qint64 totalBytes() const { return m_total; }
    void reportProgress(qint64 rows);
    void showPeer(const PeerProgress* peer) { m_peer = peer; }
    void publishTo(PeerProgress* peer, const std::atomic_bool* abort)
    {
        m_publish = peer;
        m_abort = abort;
        startMidFile();
    }
    void startMidFile() { m_first = false; } // no byte order mark there

private:
    QIODevice* m_device = nullptr;
    const EventImportOptions* m_options = nullptr;
    QByteArray m_buffer;
    qsizetype m_size = 0;
    qint64 m_base = 0; // device offset of m_buffer[0]
    qint64 m_bytesRead = 0;
    qint64 m_total = 0;
    bool m_eof = false;
    bool m_first = true;
    bool m_recordTooLong = false;
    QString m_error;
    QElapsedTimer m_timer;
    const PeerProgress* m_peer = nullptr;
    PeerProgress* m_publish = nullptr;
    const std::atomic_bool* m_abort = nullptr;
};

// Distinct cell texts → a 32-bit value (a tagged store symbol), open addressing over one key arena. Cells repeat
// (actors, event types, places), so each distinct text is decoded and interned once.
class SymbolCache {
public:
    static constexpr quint32 Missing = 0xfffffffeu;
    [[nodiscard]] quint32 find(QByteArrayView key) const;
    void insert(QByteArrayView key, quint32 value);
    static quint64 hashOf(QByteArrayView key);

private:
    struct Slot {
        quint64 hash = 0;
        quint32 offset = 0;
        quint32 length = 0;
        quint32 value = Missing;
    };
    void grow();
    std::vector<Slot> m_slots = std::vector<Slot>(64);
    std::vector<char> m_keys;
    size_t m_count = 0;
};

// The external ids of the rows imported so far (no twins in one file). Nearly every row adds one, so this is the
// one table an import touches at random: a slot is 8 bytes (a hash and the row), the table is at most three
// quarters full, the id's text is the store's (EventStore::idTag, compared only when the hashes match), and the
// caller can prefetch a slot while it parses the rest of the row.
class IdSet {
public:
    [[nodiscard]] static quint32 hashOf(QStringView tag);
    void prefetch(quint32 hash) const;
    // The store row holding `tag` (hash: hashOf(tag)), or -1.
    [[nodiscard]] qsizetype find(QStringView tag, quint32 hash, const EventStore& store) const;
    void insert(quint32 hash, quint32 row);
    void reserve(qsizetype ids);

private:
    static constexpr quint32 Empty = 0xffffffffu;
    struct Slot {
        quint32 hash = 0;
        quint32 row = Empty;
    };
    void rehash(size_t size);
    std::vector<Slot> m_slots = std::vector<Slot>(64);
    size_t m_count = 0;
};

class ImportSink {
public:
    enum class Status : quint8 { Ok, Skipped, Stop };

    ImportSink(const ColumnMapping& mapping, const Dossier& target, const EventImportOptions& options,
        EventImportResult& result);

    // Delimited text: slots are column positions. Returns an error when a referenced column does not exist
    // (with MissingColumns::Skip: when the date or every actor column is missing). A header-less file may also
    // hold rows of the mapping's alternative layouts (acceptsColumns()).
    QString bindColumns(const QStringList& header, qsizetype columnCount);
    [[nodiscard]] bool acceptsColumns(qsizetype count) const;
    // JSON: one slot per referenced field name (compared case-insensitively); see slotOf().
    void bindFields();
    [[nodiscard]] int slotOf(std::string_view lowerKey) const;
    [[nodiscard]] int slotCount() const { return int(m_slotLabels.size()); }
    [[nodiscard]] const QString& slotLabel(int slot) const { return m_slotLabels[size_t(slot)]; }

    // The row count estimated from the file size: once the first rows show how much text and how many
    // references a row holds, the store reserves for all of them (no pool regrowth, no copies).
    void expectRows(qint64 rows) { m_expectedRows = rows; }
    [[nodiscard]] qint64 expectedRows() const { return m_expectedRows; }
    Status addRow(qint64 line, const Cell* cells, qsizetype count);
    // Rows left out because their external id is in the dossier already or earlier in the file.
    [[nodiscard]] qint64 duplicates() const { return m_result->rowsDuplicate; }
    Status rowError(qint64 line, const QString& column, const QString& reason);
    // The error for the row that stopped the import (its line and column as the error's line and field);
    // lineShift is added to its line (a helper's half).
    [[nodiscard]] Error stopError(qint64 lineShift = 0) const;
    void finish();

    // Parsing the second half of a file on a helper thread. The helper's sink cannot know which parties and
    // sources the first half creates, so it defers them: a new actor name or source value becomes a
    // placeholder symbol, resolved when the reading thread adopts the half. Texts are interned as usual; as
    // the helper interns in the order of first use, adopting its symbols in symbol order reproduces exactly
    // the symbols, parties and sources of a single-threaded import.
    [[nodiscard]] bool canDefer() const; // false when an explicit actor mapping names a party the file may create
    void setDeferred(bool deferred) { m_deferred = deferred; }
    // Whether the helper's half holds a row whose external id this half holds too, on which the helper did more
    // than one thread would (one thread skips it as a twin before its actors, places and later checks): then
    // the half must be read again after this one, not adopted.
    [[nodiscard]] bool repeatsAnIdOf(const ImportSink& helper) const;
    // Appends the helper's rows (numbered after this sink's) with their symbols resolved; errors follow this
    // sink's, their lines shifted by lineShift.
    void adopt(ImportSink& helper, qint64 lineShift);

private:
    struct TitlePart {
        std::u16string literal;
        std::vector<int> cells; // alternatives: the first non-empty cell
        bool cameo = false;
        bool last = false; // the trailing literal
    };
    // Where each field of the mapping is in a row of one layout.
    struct Binding {
        qsizetype columns = -1;
        int date = -1, endDate = -1, title = -1, description = -1, notes = -1, location = -1, latitude = -1,
            longitude = -1, source = -1, eventType = -1, externalId = -1, precision = -1;
        std::vector<int> actors, tags, attributes, issues;
        std::vector<TitlePart> titleTemplate;
        std::vector<QString> labels; // an alternative layout's column names (empty: slotLabel())
    };
    // The slot of a column reference: -1 when the reference is empty or a missing column is skipped by the
    // mapping, an error when the column is missing.
    [[nodiscard]] Result<int> resolve(
        const QString& ref, const QStringList& header, const QStringList& names, qsizetype columnCount) const;
    void bindAll(Binding& b, const std::function<int(const QString&)>& slotFor);
    [[nodiscard]] const Binding& layoutFor(qsizetype count) const;
    QString bindLayout(Binding& b, const QStringList& header, const QStringList& names, qsizetype columnCount);
    quint32 issueFor(QByteArrayView value);
    bool isDuplicate(QByteArrayView id, quint32 idHash);
    static constexpr quint32 Dropped = 0xffffffffu;
    [[nodiscard]] Result<quint32> partyFor(QByteArrayView name); // the tagged party, or Dropped
    quint32 sourceFor(QByteArrayView value);
    quint32 deferredRef(EventStore::RefKind kind, QByteArrayView raw);
    quint32 cached(SymbolCache& cache, QByteArrayView key, EventStore::RefKind kind, const QString& prefix = {});

    const ColumnMapping* m_mapping = nullptr;
    const Dossier* m_target = nullptr;
    const EventImportOptions* m_options = nullptr;
    EventImportResult* m_result = nullptr;

    std::vector<QString> m_slotLabels;
    std::unordered_map<std::string, int> m_fieldSlots; // JSON: lower-case name → slot
    Binding m_binding; // the header's (or the first row's) layout
    std::vector<Binding> m_layouts; // the other layouts of a header-less file
    std::vector<QString> m_attributePrefix;
    QHash<QString, QString> m_aliases; // lower-case alias → name
    std::unordered_map<std::string, std::u16string> m_cameo; // code → description, filled on first use
    static constexpr int WeekPrecision = 4;
    std::unordered_map<std::string, int> m_precisionCodes; // code → a Precision, or WeekPrecision
    // External ids the dossier holds (prefix stripped); those of this file are in m_ids.
    std::unordered_set<std::string> m_knownIds;
    QString m_idPrefix;
    std::u16string m_idPrefix16;
    std::string m_idKey; // the row's external id, as isDuplicate() last saw it
    IdSet m_ids;

    qint64 m_nextId = 1;
    qint64 m_expectedRows = 0;
    qint64 m_textChars = 0; // appended so far
    qint64 m_refCount = 0;
    QHash<QString, QString> m_partyByName; // lower-case id, name and short name of existing parties → id
    QHash<QString, QString> m_issueByName; // lower-case id and name of existing and new issues → id
    QSet<QString> m_usedIssueIds;
    SymbolCache m_issueCache;
    QSet<QString> m_usedPartyIds;
    QSet<QString> m_targetPartyIds;
    QSet<QString> m_usedSourceIds;
    SymbolCache m_actorCache;
    SymbolCache m_sourceCache;
    SymbolCache m_locationCache;
    SymbolCache m_tagCache;
    SymbolCache m_geoCache;
    std::vector<SymbolCache> m_attributeCache;
    QByteArray m_separator;
    std::string m_geo;
    quint32 m_emptyLocation = 0;
    ImportRowError m_stop;
    bool m_deferred = false;
    struct Deferred {
        quint32 symbol = 0; // the placeholder in this sink's store
        bool source = false; // a source value, else an actor name
        QByteArray raw;
    };
    std::vector<Deferred> m_deferredSymbols;
    bool m_pastDuplicateCheck = false; // in addRow(), after the row's id was found new
    std::vector<QString> m_lateErrorIds; // deferred: ids of rows found bad after that check

    // Per-row scratch, reused.
    TextBuffer m_titleText, m_descriptionText, m_idText;
    std::vector<quint32> m_parties, m_issues, m_tags, m_sources, m_refs;
};

void appendUtf8(TextBuffer& out, QByteArrayView in);

// A large file (a QFile at least options.parallelMinBytes long) is read in two halves: this thread from the start,
// a helper from a record (or JSON element) boundary near the middle into a sink of its own; at the seam this
// thread adopts the helper's rows, so the result is exactly one thread's. When the boundary the helper guessed
// is not one this thread reaches, this thread reads on alone.
inline constexpr qint64 NoSplit = std::numeric_limits<qint64>::max();

// One thread's share, and how it ended.
struct Half {
    // The reading thread calls onBound once the file's layout is known and the helper can start: dataOffset is
    // where the records begin, layout the format's (a delimited file's fields per record, the JSON top level),
    // bindHelper binds the helper's sink as this thread's is bound.
    std::function<void(qint64 dataOffset, qint64 layout, const std::function<void(ImportSink&)>& bindHelper)> onBound;
    const std::atomic<qint64>* splitAt = nullptr; // the helper's start, once it has found one
    std::function<void()> onSeamMissed;
    qint64 waitFrom = NoSplit; // from here the reading thread waits for the split to be known
    // The helper's half starts bound, with the reading thread's layout.
    bool bound = false;
    qint64 layout = -1;
    // How it ended (lines relative to the half's start).
    qint64 seamLine = 0; // the reading thread stopped at the split, where this line starts
    qint64 seamOffset = -1; // and this offset in the device
    qint64 firstLine = 1; // the line the half starts on (a half read again from the seam starts there)
    qint64 errorLine = 0; // a fatal error "line errorLine: errorText"
    QString errorText;
    bool rowStop = false; // a bad row stopped the import (the sink's stopError())

    // At a record starting at offset (in the device) on line: true when this half ends here, at the seam.
    bool atSeam(qint64 offset, qint64 line);
    // Records a fatal error at line and returns it.
    Error failAt(qint64 line, const QString& why);
};

using HalfReader = std::function<bool(ChunkSource& source, ImportSink& sink, EventImportResult& result, Half& half, Error* error)>;
// Where the helper's half should start (a record boundary at or after the middle of [from, size)), or NoSplit
// (also when stop() turns true: the import was cancelled or the reading thread went on alone).
using SplitFinder = qint64 (*)(QIODevice& file, qint64 from, qint64 size, const std::function<bool()>& stop);

// Reads the device with read, in two halves when it is large enough (see above), else on this thread alone.
[[nodiscard]] Entente::Status readInHalves(QIODevice& device, ChunkSource& source, ImportSink& sink,
    const ColumnMapping& mapping, const Dossier& target, const EventImportOptions& options, EventImportResult& result,
    SplitFinder findSplit, const HalfReader& read);

// Errors name the line (and, for a row that stopped the import, the column) at fault.
[[nodiscard]] Entente::Status readDelimited(QIODevice& device, ChunkSource& source, ImportSink& sink,
    const ColumnMapping& mapping, const Dossier& target, const EventImportOptions& options, char delimiter,
    bool hasHeader, EventImportResult& result);
[[nodiscard]] Entente::Status readJson(QIODevice& device, ChunkSource& source, ImportSink& sink,
    const ColumnMapping& mapping, const Dossier& target, const EventImportOptions& options, EventImportResult& result);

// Parses the first records of a delimited head (for detection and preview, and whole small files such as the
// TimelineJS sheet); lines, when given, gets each record's first line.
QList<QList<QByteArray>> sampleRecords(QByteArrayView head, char delimiter, int maxRecords, QList<qint64>* lines = nullptr);
bool looksLikeHeader(const QList<QList<QByteArray>>& records);

} // namespace Entente::ImportDetail
