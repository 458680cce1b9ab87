// SPDX-License-Identifier: GPL-3.0-or-later
// Reading the "entente-dossier" JSON format: the schema, one function per table (see jsondossierparser.h).
#include "jsoninterchange.h"

#include "jsondossierparser.h"
#include "regularfile.h"

#include <QFile>

namespace Entente {

namespace JsonImport {

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
                            return fail(
                                QStringLiteral("unknown kind \"%1\" (state, bloc, organisation or person)").arg(m_tmp));
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
                    case 2:
                        return str(is.description);
                    default:
                        return axis(is.axis);
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
        e.claims.clear();
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
            case 9:
                return strings(e.sources, m_sourcesDone ? &m_sourceIds : nullptr, "source");
            default:
                return claims(e.claims);
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
        if (const QString bad = checkClaims(e.sources, e.claims); !bad.isEmpty())
            return failAt(at, path() + QStringLiteral(".claims"), bad);
        if (e.end.isValid() && e.end.periodEnd() <= e.start.msecs) // the end period may contain the start
            return failAt(endAt, path() + QStringLiteral(".end"),
                QStringLiteral("%1 is before the start %2").arg(e.end.toIso(), e.start.toIso()));
        m_dossier.eventsForBulkLoad().append(e);
        m_eventIds.push_back(e.id);
        m_eventLines.push_back(quint32(std::min<qint64>(at.line, std::numeric_limits<quint32>::max())));
        return true;
    }

    // Fields common to position, status and capability changes; `k - offset` indexes from "confidence" on.
    template <typename C> bool Parser::record(C& c, int k, int offset)
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
        case 8:
            return str(c.retractedBy);
        default:
            return claims(c.claims);
        }
    }

    // [{"source": "s1", "credibility": 3, "claimant": "…", "quote": "…"}]: source and credibility required.
    bool Parser::claims(QList<Claim>& out)
    {
        out.clear();
        return elements([&](qint64) {
            Claim c;
            const Loc at = here();
            std::array<bool, ClaimKeys.size()> seen {};
            const bool ok = members(ClaimKeys, [&](int k) {
                seen[size_t(k)] = true;
                switch (k) {
                case 0:
                    return str(c.sourceId);
                case 1:
                    return integer(c.credibility, 1, 6);
                case 2:
                    return str(c.claimant);
                default:
                    return str(c.quote);
                }
            });
            if (!ok)
                return false;
            for (int k : { 0, 1 })
                if (!seen[size_t(k)])
                    return missing(at, ClaimKeys[size_t(k)]);
            out.append(c);
            return true;
        });
    }

    // [{"value": 0, "label": "full withdrawal"}, …]: both keys required, values increasing (checkAxis()).
    bool Parser::axis(QList<AxisAnchor>& out)
    {
        out.clear();
        const bool ok = elements([&](qint64) {
            AxisAnchor a;
            const Loc at = here();
            std::array<bool, AnchorKeys.size()> seen {};
            if (!members(AnchorKeys, [&](int k) {
                    seen[size_t(k)] = true;
                    return k == 0 ? real(a.value) : str(a.label);
                }))
                return false;
            for (int k : { 0, 1 })
                if (!seen[size_t(k)])
                    return missing(at, AnchorKeys[size_t(k)]);
            out.append(a);
            return true;
        });
        if (!ok)
            return false;
        if (const QString bad = checkAxis(out); !bad.isEmpty())
            return fail(bad);
        return true;
    }

    bool Parser::positions()
    {
        QSet<qint64> ids;
        return elements([&](qint64) {
            if (!item(m_positions, PositionKeys, [&](PositionChange& c, int k) {
                    switch (k) {
                    case 0:
                        return changeId(c.id, ids, "position");
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
                    case 16: {
                        double v = 0;
                        if (!real(v))
                            return false;
                        c.axisValue = v;
                        return true;
                    }
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
                        return changeId(c.id, ids, "status");
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

    bool Parser::capabilities()
    {
        QSet<qint64> ids;
        return elements([&](qint64) {
            if (!item(m_capabilities, CapabilityKeys, [&](CapabilityChange& c, int k) {
                    switch (k) {
                    case 0:
                        return changeId(c.id, ids, "capability");
                    case 1:
                        return str(c.partyId);
                    case 2:
                        return str(c.issueId);
                    case 3:
                        return date(c.effective);
                    case 4:
                        return nonNegative(c.value);
                    default:
                        return record(c, k, 5);
                    }
                }))
                return false;
            return requireKeys(m_capabilities.back(), { 0, 1, 3, 4 }, CapabilityKeys);
        });
    }

    bool Parser::notes()
    {
        return elements([&](qint64) {
            if (!item(m_notes, NoteKeys, [&](Note& n, int k) {
                    switch (k) {
                    case 0:
                        return uniqueId(n.id, m_noteIds, "note");
                    case 1: {
                        if (!str(m_tmp))
                            return false;
                        const auto t = noteTargetFromKey(m_tmp);
                        if (!t)
                            return fail(QStringLiteral("unknown target \"%1\" (date, cell, issue, party, event or era)")
                                            .arg(m_tmp));
                        n.target = *t;
                        return true;
                    }
                    case 2:
                        return date(n.date);
                    case 3:
                        return str(n.partyId);
                    case 4:
                        return str(n.issueId);
                    case 5:
                        return integer(n.eventId, 1, std::numeric_limits<qint64>::max());
                    case 6:
                        return str(n.eraId);
                    case 7:
                        return str(n.text);
                    case 8:
                        return str(n.author);
                    case 9:
                        return timestamp(n.recordedAt);
                    case 10: {
                        if (!str(m_tmp))
                            return false;
                        const auto conf = confidenceFromKey(m_tmp);
                        if (!conf)
                            return fail(QStringLiteral("unknown confidence \"%1\" (low, moderate or high)").arg(m_tmp));
                        n.confidence = *conf;
                        return true;
                    }
                    default:
                        return claims(n.evidence);
                    }
                }))
                return false;
            return requireKeys(m_notes.back(), { 0, 1, 7 }, NoteKeys);
        });
    }

    // {"issue": "nato", "model": "mean", "rounds": 10, "pce": "markov", "overrides": [{"party": "ru", "salience":
    // 10}]}: the shape here; the values (model, rounds, …) are the dossier's check, the issue and parties must exist.
    bool Parser::scenario(SavedScenario& out)
    {
        const Loc at = here();
        std::array<bool, ScenarioKeys.size()> seen {};
        const bool ok = members(ScenarioKeys, [&](int k) {
            seen[size_t(k)] = true;
            switch (k) {
            case 0:
                return str(out.issue);
            case 1:
                return str(out.model);
            case 2:
                return integer(out.rounds, 1, 10000);
            case 3:
                return str(out.pce);
            default:
                return elements([&](qint64) {
                    const Loc oneAt = here();
                    QString party;
                    ForecastOverride o;
                    bool hasParty = false;
                    const bool read = members(OverrideKeys, [&](int key) {
                        switch (key) {
                        case 0:
                            hasParty = true;
                            return str(party);
                        case 1:
                            return real(o.position.emplace());
                        case 2:
                            return real(o.salience.emplace());
                        default:
                            return real(o.capability.emplace());
                        }
                    });
                    if (!read)
                        return false;
                    if (!hasParty)
                        return missing(oneAt, OverrideKeys[0]);
                    if (out.overrides.contains(party))
                        return failAt(oneAt, path(), QStringLiteral("a second override of party \"%1\"").arg(party));
                    out.overrides[party] = o;
                    return true;
                });
            }
        });
        if (!ok)
            return false;
        for (int k : { 0, 1 })
            if (!seen[size_t(k)])
                return missing(at, ScenarioKeys[size_t(k)]);
        return true;
    }

    bool Parser::views()
    {
        return elements([&](qint64) {
            if (!item(m_views, ViewKeys, [&](SavedView& v, int k) {
                    auto optionalStamp = [&](std::optional<qint64>& out) {
                        qint64 t = 0;
                        if (!timestamp(t))
                            return false;
                        out = t;
                        return true;
                    };
                    switch (k) {
                    case 0:
                        return uniqueId(v.id, m_viewIds, "view");
                    case 1:
                        return str(v.name);
                    case 2:
                        return timestamp(v.asOf);
                    case 3:
                        return optionalStamp(v.compareDate);
                    case 4:
                        return str(v.filterText);
                    case 5:
                        return str(v.filterParty);
                    case 6:
                        return str(v.filterIssue);
                    case 7:
                        return str(v.filterTag);
                    case 8:
                        return optionalStamp(v.filterFrom);
                    case 9:
                        return optionalStamp(v.filterTo);
                    case 10:
                        return boolean(v.filterCell);
                    case 11:
                        return optionalStamp(v.timelineFrom);
                    case 12:
                        return optionalStamp(v.timelineTo);
                    case 13:
                        return str(v.lanes);
                    case 14:
                        return str(v.chart);
                    case 15:
                        return str(v.chartIssue);
                    case 16:
                        return str(v.chartPeriod);
                    default:
                        return scenario(v.scenario.emplace());
                    }
                }))
                return false;
            return requireKeys(m_views.back(), { 0, 1, 2 }, ViewKeys);
        });
    }

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
            case TNotes:
                return notes();
            case TViews:
                return views();
            case TCapabilities:
                return capabilities();
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
            failAt(
                { 1, 1 }, QStringLiteral("format"), QStringLiteral("is missing: this is not an entente-dossier file"));
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

} // namespace JsonImport

InterchangeError readDossierJson(QIODevice& in, Dossier& out)
{
    JsonImport::Parser parser(in);
    return parser.run(out);
}

InterchangeError readDossierJsonFile(const QString& path, Dossier& out)
{
    QFile file(path);
    if (const auto why = openRegularFile(file); !why.ok())
        return { 0, 0, {}, why.message() };
    return readDossierJson(file, out);
}

} // namespace Entente
