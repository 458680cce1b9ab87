// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the "entente-dossier" JSON format: a schema-driven recursive descent over JsonReader tokens.
// Small tables and changes are collected with the location of each field, events stream into the columnar
// store; the dossier is assembled (and every rule checked) only when the whole file has been read.
#include "jsoninterchange.h"

#include "dossier.h"
#include "jsonreader.h"

#include <QDateTime>
#include <QFile>
#include <QSet>

#include <array>
#include <span>

namespace Entente {

namespace {
    using Token = JsonReader::Token;

    struct Loc {
        qint64 line = 0;
        qint64 column = 0;
    };

    struct PathPart {
        const char* key = nullptr; // a literal from the key tables, or null for an index
        qint64 index = -1;
    };

    // An element of a small table (or a change) with where each of its known keys was found.
    template<typename T>
    struct Item {
        T value;
        Loc at; // the element's '{'
        std::array<Loc, 16> field {};
        std::array<bool, 16> seen {};
    };

    constexpr std::array TopKeys { "format", "version", "name", "description", "stanceScale", "statusScale", "parties",
        "issues", "sources", "eras", "events", "positions", "statuses" };
    enum Top { TFormat, TVersion, TName, TDescription, TStance, TStatusScale, TParties, TIssues, TSources, TEras,
        TEvents, TPositions, TStatuses };
    constexpr std::array LevelKeys { "key", "label", "color", "value", "unknown" };
    constexpr std::array PartyKeys { "id", "name", "shortName", "color", "kind", "parent", "description" };
    constexpr std::array IssueKeys { "id", "name", "description" };
    constexpr std::array SourceKeys { "id", "outlet", "url", "title", "published", "reliability", "credibility", "note" };
    constexpr std::array EraKeys { "id", "name", "start", "end", "color" };
    constexpr std::array EventKeys { "id", "start", "end", "title", "description", "location", "parties", "issues",
        "tags", "sources" };
    // The change keys share indexes from 4 on (see record()).
    constexpr std::array PositionKeys { "id", "party", "issue", "effective", "stance", "salience", "confidence", "note",
        "events", "sources", "recordedAt", "recordedBy", "retracted", "retractedAt", "retractedBy" };
    constexpr std::array StatusKeys { "id", "issue", "effective", "status", "confidence", "note", "events", "sources",
        "recordedAt", "recordedBy", "retracted", "retractedAt", "retractedBy" };

    std::optional<qint64> parseTimestamp(QString text)
    {
        const qsizetype t = text.indexOf(u'T');
        if (t < 0)
            return std::nullopt;
        const QStringView time = QStringView(text).mid(t);
        if (!time.endsWith(u'Z') && !time.contains(u'+') && !time.contains(u'-'))
            text.append(u'Z'); // no zone designator: the format says UTC
        const QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!dt.isValid())
            return std::nullopt;
        return dt.toMSecsSinceEpoch();
    }

    class Parser {
    public:
        explicit Parser(QIODevice& device)
            : m_r(device)
        {
        }
        InterchangeError run(Dossier& out);

    private:
        // --- plumbing ------------------------------------------------------------------------------------
        [[nodiscard]] Loc here() const { return { m_r.line(), m_r.column() }; }
        [[nodiscard]] QString path() const
        {
            QString s;
            for (const auto& p : m_path) {
                if (p.key) {
                    if (!s.isEmpty())
                        s.append(u'.');
                    s.append(QLatin1String(p.key));
                } else {
                    s.append(u'[' + QString::number(p.index) + u']');
                }
            }
            return s;
        }
        bool failAt(Loc at, const QString& field, const QString& message)
        {
            if (!m_err.isError())
                m_err = { at.line, at.column, field, message };
            return false;
        }
        bool fail(const QString& message) { return failAt(here(), path(), message); }
        bool advance()
        {
            if (m_r.next() == Token::Error)
                return fail(m_r.errorMessage());
            return true;
        }
        bool expected(const char* what)
        {
            return fail(QStringLiteral("expected %1, found %2").arg(QLatin1String(what), JsonReader::describe(m_r.token())));
        }

        // Calls fn(keyIndex) with the current token at the start of each known member's value; fn leaves the
        // current token at the value's last token. Unknown keys are skipped.
        template<typename F>
        bool members(std::span<const char* const> keys, F&& fn)
        {
            if (m_r.token() != Token::BeginObject)
                return expected("an object");
            if (!advance())
                return false;
            if (m_r.token() == Token::EndObject)
                return true;
            for (;;) {
                if (m_r.token() != Token::String)
                    return expected("a key string");
                int k = -1;
                for (size_t i = 0; i < keys.size(); ++i)
                    if (m_r.string() == QLatin1String(keys[i])) {
                        k = int(i);
                        break;
                    }
                if (!advance())
                    return false;
                if (m_r.token() != Token::Colon)
                    return expected("':'");
                if (k >= 0)
                    m_path.push_back({ keys[size_t(k)], -1 }); // before the value is read, to name it in errors
                const bool ok = advance() && (k < 0 ? skip() : fn(k));
                if (k >= 0)
                    m_path.pop_back();
                if (!ok)
                    return false;
                if (!advance())
                    return false;
                if (m_r.token() == Token::EndObject)
                    return true;
                if (m_r.token() != Token::Comma)
                    return expected("',' or '}'");
                if (!advance())
                    return false;
            }
        }

        template<typename F>
        bool elements(F&& fn)
        {
            if (m_r.token() != Token::BeginArray)
                return expected("an array");
            m_path.push_back({ nullptr, 0 }); // before the element is read, to name it in errors
            if (!advance())
                return false;
            m_path.pop_back();
            if (m_r.token() == Token::EndArray)
                return true;
            for (qint64 i = 0;; ++i) {
                if (i > 0) {
                    m_path.push_back({ nullptr, i });
                    const bool ok = advance();
                    m_path.pop_back();
                    if (!ok)
                        return false;
                }
                m_path.push_back({ nullptr, i });
                const bool ok = fn(i);
                m_path.pop_back();
                if (!ok || !advance())
                    return false;
                if (m_r.token() == Token::EndArray)
                    return true;
                if (m_r.token() != Token::Comma)
                    return expected("',' or ']'");
            }
        }

        bool skip()
        {
            switch (m_r.token()) {
            case Token::String:
            case Token::Number:
            case Token::True:
            case Token::False:
            case Token::Null:
                return true;
            case Token::BeginObject:
            case Token::BeginArray: {
                if (++m_depth > 256)
                    return fail(QStringLiteral("nested more than 256 levels deep"));
                const bool ok = m_r.token() == Token::BeginObject ? members({}, [](int) { return true; })
                                                                   : elements([this](qint64) { return skip(); });
                --m_depth;
                return ok;
            }
            default:
                return expected("a value");
            }
        }

        // --- values --------------------------------------------------------------------------------------
        bool str(QString& out)
        {
            if (m_r.token() != Token::String)
                return expected("a string");
            out = m_r.string();
            return true;
        }
        bool integer(qint64& out, qint64 lo, qint64 hi)
        {
            if (m_r.token() != Token::Number)
                return expected("an integer");
            const auto v = m_r.toInt64();
            if (!v)
                return fail(QStringLiteral("expected an integer, found %1").arg(QString::fromLatin1(m_r.numberText())));
            if (*v < lo || *v > hi)
                return fail(QStringLiteral("%1 is out of range (%2 to %3)").arg(*v).arg(lo).arg(hi));
            out = *v;
            return true;
        }
        bool integer(int& out, int lo, int hi)
        {
            qint64 v = 0;
            if (!integer(v, lo, hi))
                return false;
            out = int(v);
            return true;
        }
        bool boolean(bool& out)
        {
            if (m_r.token() != Token::True && m_r.token() != Token::False)
                return expected("true or false");
            out = m_r.token() == Token::True;
            return true;
        }
        bool date(PartialDate& out)
        {
            if (m_r.token() != Token::String)
                return expected("a date string");
            QString why;
            const auto d = PartialDate::parse(m_r.string(), &why);
            if (!d)
                return fail(why.isEmpty() ? QStringLiteral("not a date") : why);
            out = *d;
            return true;
        }
        bool timestamp(qint64& out)
        {
            if (m_r.token() != Token::String)
                return expected("a UTC timestamp string");
            const auto v = parseTimestamp(m_r.string());
            if (!v)
                return fail(QStringLiteral("\"%1\" is not a timestamp like 2025-12-16T09:00:00Z").arg(m_r.string()));
            out = *v;
            return true;
        }
        // A list of ids; when `known` is given each must be in it (`what` names the table in the message).
        bool strings(QStringList& out, const QSet<QString>* known = nullptr, const char* what = nullptr)
        {
            out.clear();
            return elements([&](qint64) {
                if (!str(m_tmp))
                    return false;
                if (known && !known->contains(m_tmp))
                    return fail(QStringLiteral("unknown %1 \"%2\"").arg(QLatin1String(what), m_tmp));
                out.append(m_tmp);
                return true;
            });
        }
        bool ids(QList<qint64>& out)
        {
            out.clear();
            return elements([&](qint64) {
                qint64 v = 0;
                if (!integer(v, 1, std::numeric_limits<qint64>::max()))
                    return false;
                out.append(v);
                return true;
            });
        }
        bool missing(Loc at, const char* key, const char* what = "is missing")
        {
            return failAt(at, path() + u'.' + QLatin1String(key), QLatin1String(what));
        }
        // A string id that must be unique in its table.
        bool uniqueId(QString& out, QSet<QString>& ids, const char* table)
        {
            if (!str(out))
                return false;
            if (out.trimmed().isEmpty())
                return fail(QStringLiteral("empty %1 id").arg(QLatin1String(table)));
            if (ids.contains(out))
                return fail(QStringLiteral("duplicate %1 id \"%2\"").arg(QLatin1String(table), out));
            ids.insert(out);
            return true;
        }

        // --- the schema ----------------------------------------------------------------------------------
        template<typename T, size_t N, typename F>
        bool item(std::vector<Item<T>>& list, const std::array<const char*, N>& keys, F&& field)
        {
            static_assert(N <= 16);
            Item<T> it;
            it.at = here();
            const bool ok = members(keys, [&](int k) {
                it.field[size_t(k)] = here();
                it.seen[size_t(k)] = true;
                return field(it.value, k);
            });
            if (!ok)
                return false;
            list.push_back(std::move(it));
            return true;
        }
        bool requireKeys(const auto& it, std::initializer_list<int> keys, std::span<const char* const> names)
        {
            for (int k : keys)
                if (!it.seen[size_t(k)])
                    return missing(it.at, names[size_t(k)]);
            return true;
        }
        bool scale(QList<ScaleLevel>& out);
        bool parties();
        bool issues();
        bool sources();
        bool eras();
        bool event(qint64 index);
        template<typename C>
        bool record(C& c, int k, int offset);
        bool positions();
        bool statuses();
        bool assemble(Dossier& d);
        bool checkEventRefs(Dossier& d);

        JsonReader m_r;
        std::vector<PathPart> m_path;
        InterchangeError m_err;
        int m_depth = 0;
        QString m_tmp;

        bool m_sawFormat = false;
        bool m_sawVersion = false;
        QString m_name;
        QString m_description;
        std::optional<QList<ScaleLevel>> m_stanceScale;
        std::optional<QList<ScaleLevel>> m_statusScale;
        Loc m_stanceAt;
        Loc m_statusAt;
        std::vector<Item<Party>> m_parties;
        std::vector<Item<Issue>> m_issues;
        std::vector<Item<Source>> m_sources;
        std::vector<Item<Era>> m_eras;
        std::vector<Item<PositionChange>> m_positions;
        std::vector<Item<StatusChange>> m_statuses;
        QSet<QString> m_partyIds, m_issueIds, m_sourceIds, m_eraIds;
        bool m_partiesDone = false, m_issuesDone = false, m_sourcesDone = false;
        Dossier m_dossier;
        Event m_event;
        std::vector<qint64> m_eventIds; // in file order, to locate a duplicate or dangling reference
        std::vector<quint32> m_eventLines;
    };

    bool Parser::scale(QList<ScaleLevel>& out)
    {
        out.clear();
        QSet<QString> keys;
        return elements([&](qint64) {
            std::vector<Item<ScaleLevel>> one;
            if (!item(one, LevelKeys, [&](ScaleLevel& l, int k) {
                    switch (k) {
                    case 0:
                        return uniqueId(l.key, keys, "level");
                    case 1:
                        return str(l.label);
                    case 2:
                        return str(l.color);
                    case 3:
                        return integer(l.value, -1000, 1000);
                    default:
                        return boolean(l.isUnknown);
                    }
                }))
                return false;
            if (!requireKeys(one.front(), { 0 }, LevelKeys))
                return false;
            out.append(one.front().value);
            return true;
        });
    }

    bool Parser::parties()
    {
        const bool ok = elements([&](qint64) {
            if (!item(m_parties, PartyKeys, [&](Party& p, int k) {
                    switch (k) {
                    case 0:
                        return uniqueId(p.id, m_partyIds, "party");
                    case 1:
                        return str(p.name);
                    case 2:
                        return str(p.shortName);
                    case 3:
                        return str(p.color);
                    case 4: {
                        if (!str(m_tmp))
                            return false;
                        const auto kind = partyKindFromKey(m_tmp);
                        if (!kind)
                            return fail(QStringLiteral("unknown kind \"%1\" (state, bloc, organisation or person)").arg(m_tmp));
                        p.kind = *kind;
                        return true;
                    }
                    case 5:
                        return str(p.parentId);
                    default:
                        return str(p.description);
                    }
                }))
                return false;
            return requireKeys(m_parties.back(), { 0, 1 }, PartyKeys);
        });
        m_partiesDone = ok;
        return ok;
    }

    bool Parser::issues()
    {
        const bool ok = elements([&](qint64) {
            if (!item(m_issues, IssueKeys, [&](Issue& is, int k) {
                    switch (k) {
                    case 0:
                        return uniqueId(is.id, m_issueIds, "issue");
                    case 1:
                        return str(is.name);
                    default:
                        return str(is.description);
                    }
                }))
                return false;
            return requireKeys(m_issues.back(), { 0, 1 }, IssueKeys);
        });
        m_issuesDone = ok;
        return ok;
    }

    bool Parser::sources()
    {
        const bool ok = elements([&](qint64) {
            if (!item(m_sources, SourceKeys, [&](Source& s, int k) {
                    switch (k) {
                    case 0:
                        return uniqueId(s.id, m_sourceIds, "source");
                    case 1:
                        return str(s.outlet);
                    case 2:
                        return str(s.url);
                    case 3:
                        return str(s.title);
                    case 4:
                        return date(s.published);
                    case 5:
                        if (!str(m_tmp))
                            return false;
                        if (m_tmp.size() != 1 || m_tmp[0] < u'A' || m_tmp[0] > u'F')
                            return fail(QStringLiteral("reliability \"%1\" is not a letter A to F").arg(m_tmp));
                        s.reliability = m_tmp[0];
                        return true;
                    case 6:
                        return integer(s.credibility, 1, 6);
                    default:
                        return str(s.note);
                    }
                }))
                return false;
            return requireKeys(m_sources.back(), { 0 }, SourceKeys);
        });
        m_sourcesDone = ok;
        return ok;
    }

    bool Parser::eras()
    {
        return elements([&](qint64) {
            if (!item(m_eras, EraKeys, [&](Era& e, int k) {
                    switch (k) {
                    case 0:
                        return uniqueId(e.id, m_eraIds, "era");
                    case 1:
                        return str(e.name);
                    case 2:
                        return date(e.start);
                    case 3:
                        return date(e.end);
                    default:
                        return str(e.color);
                    }
                }))
                return false;
            return requireKeys(m_eras.back(), { 0, 1, 2, 3 }, EraKeys);
        });
    }

    bool Parser::event(qint64)
    {
        Event& e = m_event;
        e.id = 0;
        e.start = {};
        e.end = {};
        e.title.clear();
        e.description.clear();
        e.location.clear();
        const Loc at = here();
        std::array<bool, EventKeys.size()> seen {};
        Loc startAt, endAt;
        const bool ok = members(EventKeys, [&](int k) {
            seen[size_t(k)] = true;
            switch (k) {
            case 0:
                return integer(e.id, 1, std::numeric_limits<qint64>::max());
            case 1:
                startAt = here();
                return date(e.start);
            case 2:
                endAt = here();
                return date(e.end);
            case 3:
                return str(e.title);
            case 4:
                return str(e.description);
            case 5:
                return str(e.location);
            case 6:
                return strings(e.parties, m_partiesDone ? &m_partyIds : nullptr, "party");
            case 7:
                return strings(e.issues, m_issuesDone ? &m_issueIds : nullptr, "issue");
            case 8:
                return strings(e.tags);
            default:
                return strings(e.sources, m_sourcesDone ? &m_sourceIds : nullptr, "source");
            }
        });
        if (!ok)
            return false;
        for (int k : { 0, 1, 3 })
            if (!seen[size_t(k)])
                return missing(at, EventKeys[size_t(k)]);
        for (int k : { 6, 7, 8, 9 }) // absent lists are empty, not the previous event's
            if (!seen[size_t(k)])
                (k == 6 ? e.parties : k == 7 ? e.issues : k == 8 ? e.tags : e.sources).clear();
        if (e.title.trimmed().isEmpty())
            return missing(at, "title", "is empty");
        if (e.end.isValid() && e.end.periodEnd() <= e.start.msecs) // the end period may contain the start
            return failAt(endAt, path() + QStringLiteral(".end"),
                QStringLiteral("%1 is before the start %2").arg(e.end.toIso(), e.start.toIso()));
        m_dossier.eventsForBulkLoad().append(e);
        m_eventIds.push_back(e.id);
        m_eventLines.push_back(quint32(std::min<qint64>(at.line, std::numeric_limits<quint32>::max())));
        return true;
    }

    // Fields common to position and status changes; `k - offset` indexes from "confidence" on.
    template<typename C>
    bool Parser::record(C& c, int k, int offset)
    {
        switch (k - offset) {
        case 0: {
            if (!str(m_tmp))
                return false;
            const auto conf = confidenceFromKey(m_tmp);
            if (!conf)
                return fail(QStringLiteral("unknown confidence \"%1\" (low, moderate or high)").arg(m_tmp));
            c.confidence = *conf;
            return true;
        }
        case 1:
            return str(c.note);
        case 2:
            return ids(c.citedEvents);
        case 3:
            return strings(c.citedSources);
        case 4:
            return timestamp(c.recordedAt);
        case 5:
            return str(c.recordedBy);
        case 6:
            return boolean(c.retracted);
        case 7:
            return timestamp(c.retractedAt);
        default:
            return str(c.retractedBy);
        }
    }

    bool Parser::positions()
    {
        QSet<qint64> ids;
        return elements([&](qint64) {
            if (!item(m_positions, PositionKeys, [&](PositionChange& c, int k) {
                    switch (k) {
                    case 0:
                        if (!integer(c.id, 1, std::numeric_limits<qint64>::max()))
                            return false;
                        if (ids.contains(c.id))
                            return fail(QStringLiteral("duplicate position change id %1").arg(c.id));
                        ids.insert(c.id);
                        return true;
                    case 1:
                        return str(c.partyId);
                    case 2:
                        return str(c.issueId);
                    case 3:
                        return date(c.effective);
                    case 4:
                        return str(c.stance);
                    case 5:
                        return integer(c.salience, 0, 100);
                    default:
                        return record(c, k, 6);
                    }
                }))
                return false;
            return requireKeys(m_positions.back(), { 0, 1, 2, 3, 4 }, PositionKeys);
        });
    }

    bool Parser::statuses()
    {
        QSet<qint64> ids;
        return elements([&](qint64) {
            if (!item(m_statuses, StatusKeys, [&](StatusChange& c, int k) {
                    switch (k) {
                    case 0:
                        if (!integer(c.id, 1, std::numeric_limits<qint64>::max()))
                            return false;
                        if (ids.contains(c.id))
                            return fail(QStringLiteral("duplicate status change id %1").arg(c.id));
                        ids.insert(c.id);
                        return true;
                    case 1:
                        return str(c.issueId);
                    case 2:
                        return date(c.effective);
                    case 3:
                        return str(c.status);
                    default:
                        return record(c, k, 4);
                    }
                }))
                return false;
            return requireKeys(m_statuses.back(), { 0, 1, 2, 3 }, StatusKeys);
        });
    }

    QString at(const char* table, size_t i, const char* key = nullptr)
    {
        QString s = QLatin1String(table) + u'[' + QString::number(i) + u']';
        if (key)
            s += u'.' + QLatin1String(key);
        return s;
    }

    Loc lineOnly(qint64 line) { return { line, 0 }; }

    InterchangeError Parser::run(Dossier& out)
    {
        if (!advance())
            return m_err;
        if (m_r.token() == Token::End) {
            failAt({ 1, 1 }, {}, QStringLiteral("the file is empty"));
            return m_err;
        }
        if (m_r.token() != Token::BeginObject) {
            expected("a JSON object (an entente-dossier file)");
            return m_err;
        }
        const bool ok = members(TopKeys, [&](int k) {
            switch (Top(k)) {
            case TFormat:
                m_sawFormat = true;
                if (!str(m_tmp))
                    return false;
                if (m_tmp != u"entente-dossier")
                    return fail(QStringLiteral("\"%1\" is not \"entente-dossier\"").arg(m_tmp));
                return true;
            case TVersion: {
                m_sawVersion = true;
                qint64 v = 0;
                if (!integer(v, std::numeric_limits<qint64>::min(), std::numeric_limits<qint64>::max()))
                    return false;
                if (v > DossierJsonVersion)
                    return fail(QStringLiteral("version %1 is newer than this program reads (%2); update Entente")
                                    .arg(v)
                                    .arg(DossierJsonVersion));
                if (v < 1)
                    return fail(QStringLiteral("version %1 does not exist").arg(v));
                return true;
            }
            case TName:
                return str(m_name);
            case TDescription:
                return str(m_description);
            case TStance:
                m_stanceAt = here();
                m_stanceScale.emplace();
                return scale(*m_stanceScale);
            case TStatusScale:
                m_statusAt = here();
                m_statusScale.emplace();
                return scale(*m_statusScale);
            case TParties:
                return parties();
            case TIssues:
                return issues();
            case TSources:
                return sources();
            case TEras:
                return eras();
            case TEvents:
                return elements([this](qint64 i) { return event(i); });
            case TPositions:
                return positions();
            case TStatuses:
                return statuses();
            }
            return true;
        });
        if (!ok || !advance())
            return m_err;
        if (m_r.token() != Token::End) {
            fail(QStringLiteral("unexpected data after the dossier object"));
            return m_err;
        }
        if (!m_sawFormat) {
            failAt({ 1, 1 }, QStringLiteral("format"), QStringLiteral("is missing: this is not an entente-dossier file"));
            return m_err;
        }
        if (!m_sawVersion) {
            failAt({ 1, 1 }, QStringLiteral("version"), QStringLiteral("is missing"));
            return m_err;
        }
        if (!assemble(m_dossier))
            return m_err;
        out = std::move(m_dossier);
        return {};
    }

    bool Parser::checkEventRefs(Dossier& d)
    {
        // Each distinct referenced symbol is checked once; a dangling one is traced back to its first event.
        const EventStore& ev = d.events();
        const Dictionary& sym = ev.symbols();
        std::vector<quint8> checked(size_t(sym.size()) * 4, 0);
        for (qsizetype row = 0; row < ev.size(); ++row) {
            for (quint32 ref : ev.refs(row)) {
                const auto kind = EventStore::RefKind(EventStore::refKindOf(ref));
                const auto s = EventStore::refSymbolOf(ref);
                auto& flag = checked[size_t(s) * 4 + quint32(kind)];
                if (flag || kind == EventStore::RefKind::Tag)
                    continue;
                flag = 1;
                const QString& text = sym.text(s);
                const char* key = nullptr;
                const char* what = nullptr;
                if (kind == EventStore::RefKind::Party && d.partyIndex(text) < 0)
                    key = "parties", what = "party";
                else if (kind == EventStore::RefKind::Issue && d.issueIndex(text) < 0)
                    key = "issues", what = "issue";
                else if (kind == EventStore::RefKind::Source && d.sourceIndex(text) < 0)
                    key = "sources", what = "source";
                if (!key)
                    continue;
                const auto it = std::find(m_eventIds.begin(), m_eventIds.end(), ev.id(row));
                const auto k = size_t(it - m_eventIds.begin());
                return failAt(lineOnly(m_eventLines[k]), at("events", k, key),
                    QStringLiteral("unknown %1 \"%2\"").arg(QLatin1String(what), text));
            }
        }
        return true;
    }

    bool Parser::assemble(Dossier& d)
    {
        d.name = m_name;
        d.description = m_description;
        if (m_stanceScale)
            if (const auto e = d.setStanceScale(*m_stanceScale); !e.isEmpty())
                return failAt(m_stanceAt, QStringLiteral("stanceScale"), e);
        if (m_statusScale)
            if (const auto e = d.setStatusScale(*m_statusScale); !e.isEmpty())
                return failAt(m_statusAt, QStringLiteral("statusScale"), e);

        // Parties first without their bloc, so that a member may be listed before its bloc.
        for (size_t i = 0; i < m_parties.size(); ++i) {
            Party p = m_parties[i].value;
            p.parentId.clear();
            if (const auto e = d.insertParty(-1, p); !e.isEmpty())
                return failAt(m_parties[i].at, at("parties", i), e);
        }
        for (size_t i = 0; i < m_parties.size(); ++i) {
            const auto& it = m_parties[i];
            if (it.value.parentId.isEmpty())
                continue;
            QString e = m_partyIds.contains(it.value.parentId) ? d.updateParty(it.value)
                                                                : QStringLiteral("unknown party \"%1\"").arg(it.value.parentId);
            // A bloc chain must end: walking up more steps than there are parties means a loop.
            QString p = it.value.parentId;
            for (size_t steps = 0; e.isEmpty() && !p.isEmpty(); ++steps) {
                if (steps > m_parties.size() || p == it.value.id)
                    e = QStringLiteral("the chain of parent blocs loops back to \"%1\"").arg(it.value.id);
                const auto pi = std::find_if(m_parties.begin(), m_parties.end(), [&](const auto& x) { return x.value.id == p; });
                p = pi == m_parties.end() ? QString() : pi->value.parentId;
            }
            if (!e.isEmpty())
                return failAt(it.field[5], at("parties", i, "parent"), e);
        }
        for (size_t i = 0; i < m_issues.size(); ++i)
            if (const auto e = d.insertIssue(-1, m_issues[i].value); !e.isEmpty())
                return failAt(m_issues[i].at, at("issues", i), e);
        for (size_t i = 0; i < m_sources.size(); ++i)
            if (const auto e = d.insertSource(-1, m_sources[i].value); !e.isEmpty())
                return failAt(m_sources[i].at, at("sources", i), e);
        for (size_t i = 0; i < m_eras.size(); ++i)
            if (const auto e = d.insertEra(-1, m_eras[i].value); !e.isEmpty())
                return failAt(m_eras[i].at, at("eras", i), e);

        EventStore& store = d.eventsForBulkLoad();
        store.finish();
        if (store.hasDuplicateIds()) {
            const qint64 id = store.duplicateId();
            const auto first = std::find(m_eventIds.begin(), m_eventIds.end(), id);
            const auto second = std::find(first + 1, m_eventIds.end(), id);
            const auto k = size_t(second - m_eventIds.begin());
            return failAt(lineOnly(m_eventLines[k]), at("events", k, "id"),
                QStringLiteral("duplicate event id %1 (first at line %2)").arg(id).arg(m_eventLines[size_t(first - m_eventIds.begin())]));
        }
        if (!checkEventRefs(d))
            return false;
        if (const auto errors = d.validate(); !errors.isEmpty())
            return failAt({}, QStringLiteral("events"), errors.front());
        m_eventIds = {};
        m_eventLines = {};

        auto citations = [&](const ChangeRecord& c, const auto& it, int eventsKey, const char* table, size_t i) {
            for (qint64 e : c.citedEvents)
                if (d.events().rowOfId(e) < 0)
                    return failAt(it.field[size_t(eventsKey)], at(table, i, "events"), QStringLiteral("unknown event %1").arg(e));
            for (const auto& s : c.citedSources)
                if (d.sourceIndex(s) < 0)
                    return failAt(it.field[size_t(eventsKey + 1)], at(table, i, "sources"), QStringLiteral("unknown source \"%1\"").arg(s));
            return true;
        };
        for (size_t i = 0; i < m_positions.size(); ++i) {
            const auto& it = m_positions[i];
            const auto& c = it.value;
            if (d.partyIndex(c.partyId) < 0)
                return failAt(it.field[1], at("positions", i, "party"), QStringLiteral("unknown party \"%1\"").arg(c.partyId));
            if (d.issueIndex(c.issueId) < 0)
                return failAt(it.field[2], at("positions", i, "issue"), QStringLiteral("unknown issue \"%1\"").arg(c.issueId));
            if (!d.stanceLevel(c.stance))
                return failAt(it.field[4], at("positions", i, "stance"),
                    QStringLiteral("unknown stance \"%1\" (not in the stance scale)").arg(c.stance));
            if (!citations(c, it, 8, "positions", i))
                return false;
            if (const auto e = d.addPositionChange(c); !e.isEmpty())
                return failAt(it.at, at("positions", i), e);
        }
        for (size_t i = 0; i < m_statuses.size(); ++i) {
            const auto& it = m_statuses[i];
            const auto& c = it.value;
            if (d.issueIndex(c.issueId) < 0)
                return failAt(it.field[1], at("statuses", i, "issue"), QStringLiteral("unknown issue \"%1\"").arg(c.issueId));
            if (!d.statusLevel(c.status))
                return failAt(it.field[3], at("statuses", i, "status"),
                    QStringLiteral("unknown status \"%1\" (not in the status scale)").arg(c.status));
            if (!citations(c, it, 6, "statuses", i))
                return false;
            if (const auto e = d.addStatusChange(c); !e.isEmpty())
                return failAt(it.at, at("statuses", i), e);
        }
        return true;
    }
}

InterchangeError readDossierJson(QIODevice& in, Dossier& out)
{
    Parser parser(in);
    return parser.run(out);
}

InterchangeError readDossierJsonFile(const QString& path, Dossier& out)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return { 0, 0, {}, QStringLiteral("cannot open %1: %2").arg(path, file.errorString()) };
    return readDossierJson(file, out);
}

} // namespace Entente
