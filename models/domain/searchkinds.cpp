// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkinds.h"

#include "dossier.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <array>

namespace Entente {

namespace {

void collectEvent(const Dossier& d, qsizetype row, SearchSink& sink)
{
    const EventStore& ev = d.events();
    QVarLengthArray<SearchField, 16> fields;
    fields.append({ "title", ev.title(row) });
    fields.append({ "description", ev.description(row) });
    fields.append({ "location", ev.location(row) });
    const auto& symbols = ev.symbols();
    for (quint32 ref : ev.refs(row)) {
        const auto kind = EventStore::RefKind(EventStore::refKindOf(ref));
        const QString& text = symbols.text(EventStore::refSymbolOf(ref));
        if (kind == EventStore::RefKind::Party) {
            // The actor by name, as the analyst knows it (the id is a key such as "ru").
            const qsizetype p = d.partyIndex(text);
            fields.append({ "party", p >= 0 ? QStringView(d.parties()[p].name) : QStringView(text) });
        } else if (kind == EventStore::RefKind::Tag) {
            fields.append({ "tag", text });
        }
    }
    if (const QStringView id = ev.idTag(row); !id.isEmpty()) // the external id is a tag kept apart
        fields.append({ "tag", id });
    sink.add({ SearchTarget::Type::Event, ev.id(row), {} }, fields);
}

void collectEvents(const Dossier& d, SearchSink& sink)
{
    const qsizetype n = d.events().size();
    for (qsizetype row = 0; row < n; ++row) {
        if (row % 4096 == 4095 && sink.cancelled())
            return;
        collectEvent(d, row, sink);
    }
}

void collectPositionNotes(const Dossier& d, SearchSink& sink)
{
    for (const PositionChange& c : d.positionChanges())
        if (!c.note.isEmpty()) {
            const SearchField f[] = { { "note", c.note } };
            sink.add({ SearchTarget::Type::PositionChange, c.id, {} }, f);
        }
}

void collectStatusNotes(const Dossier& d, SearchSink& sink)
{
    for (const StatusChange& c : d.statusChanges())
        if (!c.note.isEmpty()) {
            const SearchField f[] = { { "note", c.note } };
            sink.add({ SearchTarget::Type::StatusChange, c.id, {} }, f);
        }
}

void collectClaims(const Dossier& d, SearchSink& sink)
{
    const auto add = [&](const QList<Claim>& claims, const SearchTarget& owner) {
        for (const Claim& c : claims)
            if (!c.claimant.isEmpty() || !c.quote.isEmpty()) {
                const SearchField f[] = { { "claimant", c.claimant }, { "quote", c.quote } };
                sink.add(owner, f);
            }
    };
    // Event claims by date (row order), not in the hash's order.
    const EventStore& ev = d.events();
    std::vector<qsizetype> rows;
    for (auto it = ev.allClaims().cbegin(); it != ev.allClaims().cend(); ++it)
        if (const qsizetype row = ev.rowOfId(it.key()); row >= 0)
            rows.push_back(row);
    std::sort(rows.begin(), rows.end());
    for (qsizetype row : rows)
        add(ev.allClaims().value(ev.id(row)), { SearchTarget::Type::Event, ev.id(row), {} });
    for (const PositionChange& c : d.positionChanges())
        add(c.claims, { SearchTarget::Type::PositionChange, c.id, {} });
    for (const StatusChange& c : d.statusChanges())
        add(c.claims, { SearchTarget::Type::StatusChange, c.id, {} });
}

void collectSources(const Dossier& d, SearchSink& sink)
{
    for (const Source& s : d.sources()) {
        const SearchField f[]
            = { { "outlet", s.outlet }, { "title", s.title }, { "url", s.url }, { "note", s.note } };
        sink.add({ SearchTarget::Type::Source, 0, s.id }, f);
    }
}

void collectParties(const Dossier& d, SearchSink& sink)
{
    for (const Party& p : d.parties()) {
        const SearchField f[] = { { "name", p.name }, { "short name", p.shortName } };
        sink.add({ SearchTarget::Type::Party, 0, p.id }, f);
    }
}

void collectIssues(const Dossier& d, SearchSink& sink)
{
    for (const Issue& i : d.issues()) {
        const SearchField f[] = { { "name", i.name } };
        sink.add({ SearchTarget::Type::Issue, 0, i.id }, f);
    }
}

void collectEras(const Dossier& d, SearchSink& sink)
{
    for (const Era& e : d.eras()) {
        const SearchField f[] = { { "name", e.name } };
        sink.add({ SearchTarget::Type::Era, 0, e.id }, f);
    }
}

// Notes and key judgements: their text, author, and the claimants and quotes of a judgement's evidence.
void collectNotes(const Dossier& d, SearchSink& sink)
{
    for (const Note& n : d.notes()) {
        std::vector<SearchField> f { { "text", n.text }, { "author", n.author } };
        for (const Claim& c : n.evidence) {
            f.push_back({ "claimant", c.claimant });
            f.push_back({ "quote", c.quote });
        }
        sink.add({ SearchTarget::Type::Note, 0, n.id }, f);
    }
}

const SearchKind kinds[] = {
    { "events", QT_TRANSLATE_NOOP("Search", "Events"), collectEvents, collectEvent },
    { "positions", QT_TRANSLATE_NOOP("Search", "Position notes"), collectPositionNotes },
    { "statuses", QT_TRANSLATE_NOOP("Search", "Status notes"), collectStatusNotes },
    { "claims", QT_TRANSLATE_NOOP("Search", "Claims"), collectClaims },
    { "sources", QT_TRANSLATE_NOOP("Search", "Sources"), collectSources },
    { "parties", QT_TRANSLATE_NOOP("Search", "Parties"), collectParties },
    { "issues", QT_TRANSLATE_NOOP("Search", "Issues"), collectIssues },
    { "eras", QT_TRANSLATE_NOOP("Search", "Eras"), collectEras },
    { "notes", QT_TRANSLATE_NOOP("Search", "Notes and key judgements"), collectNotes },
};

// Q_DECLARE_TR_FUNCTIONS names the context to lupdate too (the QT_TRANSLATE_NOOP labels above use it).
struct SearchText {
    Q_DECLARE_TR_FUNCTIONS(Search)
};

} // namespace

std::span<const SearchKind> searchKinds() { return kinds; }

qsizetype eventSearchKind() { return 0; }

QString searchKindLabel(qsizetype kind)
{
    return kind >= 0 && kind < qsizetype(std::size(kinds)) ? SearchText::tr(kinds[kind].label) : QString();
}

QString searchFieldLabel(const char* key)
{
    // The keys the collectors use, so that lupdate sees each once.
    static const char* const labels[][2] = { { "title", QT_TRANSLATE_NOOP("Search", "title") },
        { "description", QT_TRANSLATE_NOOP("Search", "description") },
        { "location", QT_TRANSLATE_NOOP("Search", "location") }, { "party", QT_TRANSLATE_NOOP("Search", "party") },
        { "tag", QT_TRANSLATE_NOOP("Search", "tag") }, { "note", QT_TRANSLATE_NOOP("Search", "note") },
        { "claimant", QT_TRANSLATE_NOOP("Search", "claimant") }, { "quote", QT_TRANSLATE_NOOP("Search", "quote") },
        { "outlet", QT_TRANSLATE_NOOP("Search", "outlet") }, { "url", QT_TRANSLATE_NOOP("Search", "URL") },
        { "name", QT_TRANSLATE_NOOP("Search", "name") },
        { "short name", QT_TRANSLATE_NOOP("Search", "short name") }, { "text", QT_TRANSLATE_NOOP("Search", "text") },
        { "author", QT_TRANSLATE_NOOP("Search", "author") } };
    for (const auto& l : labels)
        if (qstrcmp(l[0], key) == 0)
            return SearchText::tr(l[1]);
    return QString::fromUtf8(key);
}

QString searchTargetLabel(const Dossier& d, const SearchTarget& t)
{
    const auto partyName = [&](const QString& id) {
        const qsizetype i = d.partyIndex(id);
        return i >= 0 ? d.parties()[i].name : id;
    };
    const auto issueName = [&](const QString& id) {
        const qsizetype i = d.issueIndex(id);
        return i >= 0 ? d.issues()[i].name : id;
    };
    const QString dot = QStringLiteral(" · ");
    switch (t.type) {
    case SearchTarget::Type::Event: {
        const qsizetype row = d.events().rowOfId(t.number);
        if (row < 0)
            return {};
        return d.events().startDate(row).display() + dot + d.events().title(row).toString();
    }
    case SearchTarget::Type::PositionChange: {
        const qsizetype i = d.positionChangeIndex(t.number);
        if (i < 0)
            return {};
        const PositionChange& c = d.positionChanges()[size_t(i)];
        const ScaleLevel* level = d.stanceLevel(c.stance);
        QString s = SearchText::tr("%1 on %2").arg(partyName(c.partyId), issueName(c.issueId)) + dot + c.effective.display() + dot
            + (level ? level->label : c.stance);
        return c.retracted ? SearchText::tr("%1 (retracted)").arg(s) : s;
    }
    case SearchTarget::Type::StatusChange: {
        const qsizetype i = d.statusChangeIndex(t.number);
        if (i < 0)
            return {};
        const StatusChange& c = d.statusChanges()[size_t(i)];
        const ScaleLevel* level = d.statusLevel(c.status);
        QString s = issueName(c.issueId) + dot + c.effective.display() + dot + (level ? level->label : c.status);
        return c.retracted ? SearchText::tr("%1 (retracted)").arg(s) : s;
    }
    case SearchTarget::Type::Source: {
        const qsizetype i = d.sourceIndex(t.key);
        if (i < 0)
            return {};
        const Source& s = d.sources()[i];
        const QString name = s.outlet.isEmpty() ? s.id : s.outlet;
        return (s.title.isEmpty() ? name : name + dot + s.title) + dot + s.grading();
    }
    case SearchTarget::Type::Party:
        return d.partyIndex(t.key) >= 0 ? partyName(t.key) : QString();
    case SearchTarget::Type::Issue:
        return d.issueIndex(t.key) >= 0 ? issueName(t.key) : QString();
    case SearchTarget::Type::Era: {
        const qsizetype i = d.eraIndex(t.key);
        if (i < 0)
            return {};
        const Era& e = d.eras()[i];
        return e.name + dot + e.start.display() + QStringLiteral(" – ") + e.end.display();
    }
    case SearchTarget::Type::Note: {
        const qsizetype i = d.noteIndex(t.key);
        if (i < 0)
            return {};
        const Note& n = d.notes()[i];
        const QString line = n.text.section(u'\n', 0, 0).simplified();
        const QString head = line.size() > 60 ? QString(line.left(59) + u'…') : line;
        return (n.isKeyJudgement() ? SearchText::tr("Key judgement") : SearchText::tr("Note")) + dot + head;
    }
    }
    return {};
}

} // namespace Entente
