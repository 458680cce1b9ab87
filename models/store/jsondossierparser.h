// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the JSON reader (jsondossierreader.cpp parses, jsondossierassemble.cpp builds the dossier):
// a schema-driven recursive descent over JsonReader tokens. Small tables and changes are collected with the
// location of each field; events stream straight into the columnar store of the dossier being built, which
// replaces the caller's only when the whole file passed every rule. Not part of the store's interface.

#include "datecore.h"
#include "dossier.h"
#include "interchangeerror.h"
#include "jsonreader.h"

#include <QDateTime>
#include <QSet>

#include <array>
#include <cmath>
#include <limits>
#include <optional>
#include <span>
#include <vector>

namespace Entente::JsonImport {

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
template <typename T> struct Item {
    T value;
    Loc at; // the element's '{'
    std::array<Loc, 20> field {};
    std::array<bool, 20> seen {};
};

inline constexpr std::array TopKeys { "format", "version", "name", "description", "stanceScale", "statusScale",
    "parties", "issues", "sources", "eras", "events", "positions", "statuses", "notes", "views", "capabilities" };
enum Top {
    TFormat,
    TVersion,
    TName,
    TDescription,
    TStance,
    TStatusScale,
    TParties,
    TIssues,
    TSources,
    TEras,
    TEvents,
    TPositions,
    TStatuses,
    TNotes,
    TViews,
    TCapabilities
};
inline constexpr std::array LevelKeys { "key", "label", "color", "value", "unknown" };
inline constexpr std::array PartyKeys { "id", "name", "shortName", "color", "kind", "parent", "description" };
inline constexpr std::array IssueKeys { "id", "name", "description", "axis" };
inline constexpr std::array AnchorKeys { "value", "label" };
inline constexpr std::array SourceKeys { "id", "outlet", "url", "title", "published", "reliability", "credibility",
    "note" };
inline constexpr std::array EraKeys { "id", "name", "start", "end", "color" };
inline constexpr std::array EventKeys { "id", "start", "end", "title", "description", "location", "parties", "issues",
    "tags", "sources", "claims" };
// From "confidence" on, the three change tables list the same keys in the same order (see Parser::record()).
inline constexpr std::array PositionKeys { "id", "party", "issue", "effective", "stance", "salience", "confidence",
    "note", "events", "sources", "recordedAt", "recordedBy", "retracted", "retractedAt", "retractedBy", "claims",
    "axisValue" };
inline constexpr std::array StatusKeys { "id", "issue", "effective", "status", "confidence", "note", "events",
    "sources", "recordedAt", "recordedBy", "retracted", "retractedAt", "retractedBy", "claims" };
inline constexpr std::array CapabilityKeys { "id", "party", "issue", "effective", "value", "confidence", "note",
    "events", "sources", "recordedAt", "recordedBy", "retracted", "retractedAt", "retractedBy", "claims" };
inline constexpr std::array NoteKeys { "id", "target", "date", "party", "issue", "event", "era", "text", "author",
    "recordedAt", "confidence", "evidence" };
inline constexpr std::array ViewKeys { "id", "name", "asOf", "compare", "filterText", "filterParty", "filterIssue",
    "filterTag", "filterFrom", "filterTo", "filterCell", "timelineFrom", "timelineTo", "lanes", "chart", "chartIssue",
    "chartPeriod", "scenario" };
inline constexpr std::array ScenarioKeys { "issue", "model", "rounds", "pce", "overrides" };
inline constexpr std::array OverrideKeys { "party", "position", "salience", "capability" };
inline constexpr std::array ClaimKeys { "source", "credibility", "claimant", "quote" };

// A recorded-at time: a date and a time (the date core's instant; no zone designator means UTC, as the format says).
inline std::optional<qint64> parseTimestamp(const QString& text)
{
    if (!text.contains(u'T'))
        return std::nullopt;
    const auto at = DateCore::parseInstant(text.toUtf8());
    if (!at.ok())
        return std::nullopt;
    return at.value();
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
        // A deeply nested value is named by its first and last steps: "events[0].tags[0] … [0]" (one line).
        const size_t n = m_path.size(), head = n > 8 ? 4 : n, tail = n > 8 ? 2 : 0;
        for (size_t i = 0; i < n; ++i) {
            if (i == head && tail) {
                s.append(QStringLiteral(" … (%1 levels) … ").arg(n - head - tail));
                i = n - tail;
            }
            const auto& p = m_path[i];
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
        return fail(
            QStringLiteral("expected %1, found %2").arg(QLatin1String(what), JsonReader::describe(m_r.token())));
    }

    // Calls fn(keyIndex) with the current token at the start of each known member's value; fn leaves the
    // current token at the value's last token. Unknown keys are skipped.
    template <typename F> bool members(std::span<const char* const> keys, F&& fn)
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

    template <typename F> bool elements(F&& fn)
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
    // A change's id: a positive integer no earlier change of its history (`seen`) has; `kind` names the history
    // in the message ("position").
    bool changeId(qint64& out, QSet<qint64>& seen, const char* kind)
    {
        if (!integer(out, 1, std::numeric_limits<qint64>::max()))
            return false;
        if (seen.contains(out))
            return fail(QStringLiteral("duplicate %1 change id %2").arg(QLatin1String(kind)).arg(out));
        seen.insert(out);
        return true;
    }
    bool real(double& out)
    {
        if (m_r.token() != Token::Number)
            return expected("a number");
        out = m_r.toDouble();
        if (!std::isfinite(out))
            return fail(QStringLiteral("%1 is not a finite number").arg(QString::fromLatin1(m_r.numberText())));
        return true;
    }
    // A finite number ≥ 0.
    bool nonNegative(double& out)
    {
        if (m_r.token() != Token::Number)
            return expected("a number");
        const double v = m_r.toDouble();
        if (!std::isfinite(v) || v < 0)
            return fail(QStringLiteral("%1 is negative (expected a number of 0 or more)")
                            .arg(QString::fromLatin1(m_r.numberText())));
        out = v;
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
        const auto d = PartialDate::parse(m_r.string());
        if (!d.ok())
            return fail(d.message().isEmpty() ? QStringLiteral("not a date") : d.message());
        out = d.value();
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
    template <typename T, size_t N, typename F>
    bool item(std::vector<Item<T>>& list, const std::array<const char*, N>& keys, F&& field)
    {
        static_assert(N <= 20);
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
    bool claims(QList<Claim>& out);
    bool axis(QList<AxisAnchor>& out);
    template <typename C> bool record(C& c, int k, int offset);
    bool positions();
    bool statuses();
    bool capabilities();
    bool notes();
    bool views();
    bool scenario(SavedScenario& out);
    bool assembleNotes(Dossier& d);
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
    std::vector<Item<CapabilityChange>> m_capabilities;
    std::vector<Item<Note>> m_notes;
    std::vector<Item<SavedView>> m_views;
    QSet<QString> m_partyIds, m_issueIds, m_sourceIds, m_eraIds, m_noteIds, m_viewIds;
    bool m_partiesDone = false, m_issuesDone = false, m_sourcesDone = false;
    Dossier m_dossier;
    Event m_event;
    std::vector<qint64> m_eventIds; // in file order, to locate a duplicate or dangling reference
    std::vector<quint32> m_eventLines;
};

inline QString at(const char* table, size_t i, const char* key = nullptr)
{
    QString s = QLatin1String(table) + u'[' + QString::number(i) + u']';
    if (key)
        s += u'.' + QLatin1String(key);
    return s;
}

inline Loc lineOnly(qint64 line) { return { line, 0 }; }

} // namespace Entente::JsonImport
