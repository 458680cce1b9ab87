// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The columnar event store: one vector per field (struct of arrays), rows kept sorted by start, then id.
// Titles and descriptions live in one UTF-16 text pool; locations, parties, issues, tags and sources are
// interned symbols, except a row's external id (see idTag()), which is text in the pool. A row costs about
// 60 bytes plus its text and its references, so 10^7 events fit in memory. Rows move when events are
// inserted or re-dated; the id is the stable handle.
//
// Bulk loading goes through append() + finish(): appending is O(1) and finish() sorts once.

#include "dictionary.h"
#include "types.h"

#include <QHash>

#include <span>
#include <vector>

namespace Entente {

class EventStore {
public:
    enum class RefKind : quint8 { Party = 0, Issue = 1, Tag = 2, Source = 3 };

    [[nodiscard]] qsizetype size() const { return qsizetype(m_id.size()); }
    [[nodiscard]] bool isEmpty() const { return m_id.empty(); }

    // Columns (row-indexed). start() is sorted ascending.
    [[nodiscard]] std::span<const qint64> starts() const { return m_start; }
    [[nodiscard]] qint64 id(qsizetype row) const { return m_id[size_t(row)]; }
    [[nodiscard]] qint64 start(qsizetype row) const { return m_start[size_t(row)]; }
    [[nodiscard]] qint64 end(qsizetype row) const { return m_end[size_t(row)]; } // PartialDate::Invalid if none
    [[nodiscard]] PartialDate startDate(qsizetype row) const;
    [[nodiscard]] PartialDate endDate(qsizetype row) const;
    [[nodiscard]] QStringView title(qsizetype row) const;
    [[nodiscard]] QStringView description(qsizetype row) const;
    [[nodiscard]] const QString& location(qsizetype row) const { return m_symbols.text(m_location[size_t(row)]); }
    [[nodiscard]] quint32 locationSymbol(qsizetype row) const { return m_location[size_t(row)]; }
    [[nodiscard]] std::span<const quint32> refs(qsizetype row) const; // tagged: kind << 30 | symbol
    // The flat reference columns, for whole-store scans: row r's refs are allRefs()[refOffsets()[r] … [r+1]).
    [[nodiscard]] std::span<const quint32> refOffsets() const { return m_refOffset; }
    [[nodiscard]] std::span<const quint32> allRefs() const { return m_refs; }
    [[nodiscard]] QStringList refTexts(qsizetype row, RefKind kind) const;
    [[nodiscard]] bool hasRef(qsizetype row, RefKind kind, quint32 symbol) const;
    [[nodiscard]] Event event(qsizetype row) const;
    // Graded citations (types.h Claim) are few, so they live beside the columns, by event id; event() and the
    // edits carry them. Loaders that append by fields set them with setClaims() (an empty list removes them).
    [[nodiscard]] QList<Claim> claims(qint64 id) const { return m_claims.value(id); }
    [[nodiscard]] const QHash<qint64, QList<Claim>>& allClaims() const { return m_claims; }
    void setClaims(qint64 id, const QList<Claim>& claims);

    // The external id: the tag "<scheme>-id=<value>" (or "id=<value>") by which an importer records the row's id
    // in its source file (ACLED event_id_cnty, GDELT GLOBALEVENTID, TimelineJS unique_id). Nearly every
    // imported row has one of its own, so it is not interned: a row's first such tag is kept in the text pool
    // after the description, with its place among the row's tags. refTexts(Tag) and event() put it back in that
    // place, so files and every other reader still see it as a tag; refs(), hasRef() and symbols() do not hold it.
    // Appending or inserting routes the tag here; isIdTag() says which tags qualify.
    [[nodiscard]] QStringView idTag(qsizetype row) const;
    [[nodiscard]] qsizetype idTagPlace(qsizetype row) const { return qsizetype(m_idTag[size_t(row)] >> 24); }
    [[nodiscard]] static bool isIdTag(QStringView tag);

    static constexpr quint32 refKindOf(quint32 tagged) { return tagged >> 30; }
    static constexpr quint32 refSymbolOf(quint32 tagged) { return tagged & 0x3fffffffu; }
    [[nodiscard]] const Dictionary& symbols() const { return m_symbols; }
    [[nodiscard]] quint32 symbolOf(const QString& text) const { return m_symbols.find(text); }

    // Lookup
    [[nodiscard]] qsizetype rowOfId(qint64 id) const; // -1 if absent
    [[nodiscard]] qsizetype lowerBound(qint64 msecs) const; // first row with start >= msecs
    [[nodiscard]] qint64 nextId() const { return m_maxId + 1; }

    // Edits (O(N) moves; fine for interactive edits). insert() assigns an id when e.id == 0 and returns the row.
    qsizetype insert(Event e);
    qsizetype update(qsizetype row, const Event& e); // keeps the id, returns the new row
    void removeAt(qsizetype row);
    void clear();

    // Bulk: append in any order, then finish() once; rows are unusable between the two.
    void reserve(qsizetype n, qsizetype textChars = 0, qsizetype refs = 0); // refs: 2 per row when 0
    void append(const Event& e);
    void append(qint64 id, PartialDate start, PartialDate end, QStringView title, QStringView description,
        QStringView location, std::span<const QStringView> parties, std::span<const QStringView> issues,
        std::span<const QStringView> tags, std::span<const QStringView> sources);
    void finish();
    // Bulk loaders that resolve their repeated strings once (the SQLite reader): intern a symbol, then append
    // rows by symbol. taggedRefs are makeRef() values grouped by kind in RefKind order, like refs(); idTag, when
    // not empty, is the row's external-id tag and idPlace its index among the row's tags (see idTag()).
    quint32 internSymbol(QStringView text) { return m_symbols.intern(text.toString()); }
    static constexpr quint32 makeRef(RefKind kind, quint32 symbol) { return (quint32(kind) << 30) | symbol; }
    void appendInterned(qint64 id, PartialDate start, PartialDate end, QStringView title, QStringView description,
        quint32 location, std::span<const quint32> taggedRefs, QStringView idTag = {}, qsizetype idPlace = 0);
    // Appends every row of `other` in its row order (a store filled on another thread): ids plus idShift,
    // other's symbols translated through symbolMap (other's symbol → this store's). When two of other's
    // symbols map to one, a row's references that become equal are kept once, the first.
    void appendStore(const EventStore& other, qint64 idShift, std::span<const quint32> symbolMap);

    [[nodiscard]] qsizetype memoryBytes() const; // held by columns and dictionaries, text excluded
    [[nodiscard]] qsizetype textBytes() const;
    [[nodiscard]] bool hasDuplicateIds() const { return m_duplicateId != 0; }
    [[nodiscard]] qint64 duplicateId() const { return m_duplicateId; }

private:
    struct RowData;
    void insertAt(qsizetype row, const Event& e);
    void rebuildIdIndex();
    void findDuplicateId();
    quint32 tagRef(RefKind k, const QString& s) { return (quint32(k) << 30) | m_symbols.intern(s); }
    static constexpr quint32 IdLengthMask = 0xffffffu;
    static constexpr qsizetype MaxIdPlace = 255;
    // The index in tags of the tag to keep as the external id, or -1.
    template<typename List> static qsizetype idTagIndex(const List& tags);
    static quint32 packIdTag(QStringView tag, qsizetype place);

    std::vector<qint64> m_id;
    std::vector<qint64> m_start;
    std::vector<qint64> m_end;
    std::vector<quint8> m_precision; // start (2 bits) | end (2 bits) << 2
    std::vector<quint64> m_textOffset; // into m_text: title, description, external id
    std::vector<quint32> m_titleLength;
    std::vector<quint32> m_descriptionLength;
    std::vector<quint32> m_idTag; // the external-id tag after the description: length | place among tags << 24
    std::vector<quint32> m_location; // symbol
    std::vector<quint32> m_refOffset; // size()+1 entries into m_refs
    std::vector<quint32> m_refs;
    std::vector<char16_t> m_text;
    std::vector<quint32> m_byId; // rows ordered by id
    Dictionary m_symbols;
    QHash<qint64, QList<Claim>> m_claims;
    qint64 m_maxId = 0;
    qint64 m_duplicateId = 0;
};

} // namespace Entente
