// SPDX-License-Identifier: GPL-3.0-or-later
// Writing the "entente-dossier" JSON format: streaming through a small buffer, keys in the documented order,
// each table element on one line so that a line number in an import error names one item.
#include "jsoninterchange.h"

#include "dossier.h"
#include "safefilewriter.h"
#include "scenariojson.h"

#include <QDateTime>
#include <QIODevice>

#include <algorithm>
#include <charconv>
#include <numeric>

namespace Entente {

namespace {
    QString timestampText(qint64 msecs)
    {
        if (msecs % 1000 == 0)
            return msecsToIsoUtc(msecs);
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs);
    }

    class Out {
    public:
        explicit Out(QIODevice& device)
            : m_device(device)
        {
            m_buffer.reserve(FlushAt + 4096);
        }

        void raw(const char* s) { m_buffer.append(s); }
        void raw(const QByteArray& s) { m_buffer.append(s); }
        void number(qint64 v) { m_buffer.append(QByteArray::number(v)); }
        // The shortest text that reads back as the same double (deterministic, so round trips are exact).
        void real(double v)
        {
            char text[32];
            const auto r = std::to_chars(std::begin(text), std::end(text), v);
            m_buffer.append(text, qsizetype(r.ptr - text));
        }
        void string(QStringView s)
        {
            const QByteArray utf8 = s.toUtf8();
            m_buffer.append('"');
            for (const char ch : utf8) {
                const auto b = uchar(ch);
                if (b == '"' || b == '\\') {
                    m_buffer.append('\\');
                    m_buffer.append(ch);
                } else if (b >= 0x20) {
                    m_buffer.append(ch);
                } else if (b == '\n') {
                    m_buffer.append("\\n");
                } else if (b == '\t') {
                    m_buffer.append("\\t");
                } else if (b == '\r') {
                    m_buffer.append("\\r");
                } // other control characters are dropped: the reader refuses them (see ExportText)
            }
            m_buffer.append('"');
        }
        bool maybeFlush() { return m_buffer.size() < FlushAt || flush(); }
        bool flush()
        {
            if (!m_error.isEmpty())
                return false;
            if (!m_buffer.isEmpty() && m_device.write(m_buffer) != m_buffer.size()) {
                m_error = QStringLiteral("write error: %1").arg(m_device.errorString());
                return false;
            }
            m_buffer.resize(0);
            return true;
        }
        [[nodiscard]] const QString& error() const { return m_error; }

    private:
        static constexpr qsizetype FlushAt = 256 * 1024;
        QIODevice& m_device;
        QByteArray m_buffer;
        QString m_error;
    };

    // One table element on one line: {"id": "us", "name": "United States"}.
    class Line {
    public:
        explicit Line(Out& o)
            : m_o(o)
        {
        }
        Line& str(const char* k, QStringView v)
        {
            key(k);
            m_o.string(v);
            return *this;
        }
        Line& strOpt(const char* k, QStringView v) { return v.isEmpty() ? *this : str(k, v); }
        Line& num(const char* k, qint64 v)
        {
            key(k);
            m_o.number(v);
            return *this;
        }
        Line& real(const char* k, double v)
        {
            key(k);
            m_o.real(v);
            return *this;
        }
        Line& flag(const char* k, bool v)
        {
            key(k);
            m_o.raw(v ? "true" : "false");
            return *this;
        }
        Line& date(const char* k, const PartialDate& d) { return d.isValid() ? str(k, d.toIso()) : *this; }
        Line& stamp(const char* k, qint64 msecs) { return msecs ? str(k, timestampText(msecs)) : *this; }
        Line& stamp(const char* k, std::optional<qint64> msecs) { return msecs ? str(k, timestampText(*msecs)) : *this; }
        Line& list(const char* k, const QStringList& v)
        {
            if (v.isEmpty())
                return *this;
            key(k);
            m_o.raw("[");
            for (qsizetype i = 0; i < v.size(); ++i) {
                if (i)
                    m_o.raw(", ");
                m_o.string(v[i]);
            }
            m_o.raw("]");
            return *this;
        }
        Line& ids(const char* k, const QList<qint64>& v)
        {
            if (v.isEmpty())
                return *this;
            key(k);
            m_o.raw("[");
            for (qsizetype i = 0; i < v.size(); ++i) {
                if (i)
                    m_o.raw(", ");
                m_o.number(v[i]);
            }
            m_o.raw("]");
            return *this;
        }
        // Graded citations: [{"source": "s1", "credibility": 3, "claimant": "…", "quote": "…"}], omitted when none.
        Line& claims(const char* k, const QList<Claim>& v)
        {
            if (v.isEmpty())
                return *this;
            key(k);
            m_o.raw("[");
            for (qsizetype i = 0; i < v.size(); ++i) {
                m_o.raw(i ? ", " : "");
                Line c(m_o);
                c.str("source", v[i].sourceId)
                    .num("credibility", v[i].credibility)
                    .strOpt("claimant", v[i].claimant)
                    .strOpt("quote", v[i].quote);
                c.end();
            }
            m_o.raw("]");
            return *this;
        }
        // An issue's own axis: [{"value": 0, "label": "full withdrawal"}, …], omitted when none.
        Line& axis(const char* k, const QList<AxisAnchor>& v)
        {
            if (v.isEmpty())
                return *this;
            key(k);
            m_o.raw("[");
            for (qsizetype i = 0; i < v.size(); ++i) {
                m_o.raw(i ? ", " : "");
                Line a(m_o);
                a.real("value", v[i].value).str("label", v[i].label);
                a.end();
            }
            m_o.raw("]");
            return *this;
        }
        // A saved view's forecast scenario: {"issue": …, "model": …, "rounds": …, "overrides": [{"party": …}, …]}.
        Line& scenario(const char* k, const std::optional<SavedScenario>& s)
        {
            if (!s)
                return *this;
            key(k);
            Line o(m_o);
            o.str("issue", s->issue).str("model", s->model).num("rounds", s->rounds).strOpt("pce", s->pce);
            o.key("overrides");
            m_o.raw("[");
            bool first = true;
            for (const auto& [party, x] : s->overrides) {
                m_o.raw(first ? "" : ", ");
                first = false;
                Line one(m_o);
                one.str("party", party);
                for (const auto& [name, field] : scenarioOverrideValues)
                    if (const auto& value = x.*field)
                        one.real(name, *value);
                one.end();
            }
            m_o.raw("]");
            o.end();
            return *this;
        }
        void end() { m_o.raw(m_first ? "{}" : "}"); }

    private:
        void key(const char* k)
        {
            m_o.raw(m_first ? "{\"" : ", \"");
            m_first = false;
            m_o.raw(k);
            m_o.raw("\": ");
        }
        Out& m_o;
        bool m_first = true;
    };

    // "name": [ one element per line ] at the top level; `each(i, line)` writes element i.
    template <typename F> void table(Out& o, const char* name, qsizetype count, F&& each)
    {
        o.raw(",\n  \"");
        o.raw(name);
        if (count == 0) {
            o.raw("\": []");
            return;
        }
        o.raw("\": [\n");
        for (qsizetype i = 0; i < count; ++i) {
            o.raw(i ? ",\n    " : "    ");
            Line line(o);
            each(i, line);
            line.end();
            o.maybeFlush();
        }
        o.raw("\n  ]");
    }

    void scale(Out& o, const char* name, const QList<ScaleLevel>& levels)
    {
        table(o, name, levels.size(), [&](qsizetype i, Line& l) {
            const auto& s = levels[i];
            l.str("key", s.key).str("label", s.label).strOpt("color", s.color).num("value", s.value);
            if (s.isUnknown)
                l.flag("unknown", true);
        });
    }

    void record(Line& l, const ChangeRecord& c)
    {
        l.str("confidence", confidenceKey(c.confidence))
            .strOpt("note", c.note)
            .ids("events", c.citedEvents)
            .list("sources", c.citedSources)
            .claims("claims", c.claims)
            .stamp("recordedAt", c.recordedAt)
            .strOpt("recordedBy", c.recordedBy);
        if (c.retracted)
            l.flag("retracted", true);
        l.stamp("retractedAt", c.retractedAt).strOpt("retractedBy", c.retractedBy);
    }

    template <typename C> std::vector<size_t> byId(const std::vector<C>& changes)
    {
        std::vector<size_t> order(changes.size());
        std::iota(order.begin(), order.end(), size_t(0));
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return changes[a].id < changes[b].id; });
        return order;
    }
}

Status writeDossierJson(const Dossier& d, QIODevice& device)
{
    Out o(device);
    o.raw("{\n  \"format\": \"entente-dossier\",\n  \"version\": ");
    o.number(DossierJsonVersion);
    o.raw(",\n  \"name\": ");
    o.string(d.name);
    if (!d.description.isEmpty()) {
        o.raw(",\n  \"description\": ");
        o.string(d.description);
    }
    scale(o, "stanceScale", d.stanceScale());
    scale(o, "statusScale", d.statusScale());
    table(o, "parties", d.parties().size(), [&](qsizetype i, Line& l) {
        const auto& p = d.parties()[i];
        l.str("id", p.id)
            .str("name", p.name)
            .strOpt("shortName", p.shortName)
            .strOpt("color", p.color)
            .str("kind", partyKindKey(p.kind))
            .strOpt("parent", p.parentId)
            .strOpt("description", p.description);
    });
    table(o, "issues", d.issues().size(), [&](qsizetype i, Line& l) {
        const auto& is = d.issues()[i];
        l.str("id", is.id).str("name", is.name).strOpt("description", is.description).axis("axis", is.axis);
    });
    table(o, "sources", d.sources().size(), [&](qsizetype i, Line& l) {
        const auto& s = d.sources()[i];
        l.str("id", s.id)
            .strOpt("outlet", s.outlet)
            .strOpt("url", s.url)
            .strOpt("title", s.title)
            .date("published", s.published)
            .str("reliability", QString(s.reliability))
            .num("credibility", s.credibility)
            .strOpt("note", s.note);
    });
    table(o, "eras", d.eras().size(), [&](qsizetype i, Line& l) {
        const auto& e = d.eras()[i];
        l.str("id", e.id).str("name", e.name).date("start", e.start).date("end", e.end).strOpt("color", e.color);
    });
    const EventStore& events = d.events();
    table(o, "events", events.size(), [&](qsizetype row, Line& l) {
        l.num("id", events.id(row))
            .date("start", events.startDate(row))
            .date("end", events.endDate(row))
            .str("title", events.title(row))
            .strOpt("description", events.description(row))
            .strOpt("location", events.location(row))
            .list("parties", events.refTexts(row, EventStore::RefKind::Party))
            .list("issues", events.refTexts(row, EventStore::RefKind::Issue))
            .list("tags", events.refTexts(row, EventStore::RefKind::Tag))
            .list("sources", events.refTexts(row, EventStore::RefKind::Source))
            .claims("claims", events.claims(events.id(row)));
    });
    const auto& positions = d.positionChanges();
    const auto positionOrder = byId(positions);
    table(o, "positions", qsizetype(positions.size()), [&](qsizetype i, Line& l) {
        const auto& c = positions[positionOrder[size_t(i)]];
        l.num("id", c.id).str("party", c.partyId).str("issue", c.issueId).date("effective", c.effective);
        l.str("stance", c.stance);
        if (c.salience >= 0)
            l.num("salience", c.salience);
        record(l, c);
        if (c.axisValue) // version 4, after the record so that older files are written back as they were
            l.real("axisValue", *c.axisValue);
    });
    const auto& statuses = d.statusChanges();
    const auto statusOrder = byId(statuses);
    table(o, "statuses", qsizetype(statuses.size()), [&](qsizetype i, Line& l) {
        const auto& c = statuses[statusOrder[size_t(i)]];
        l.num("id", c.id).str("issue", c.issueId).date("effective", c.effective).str("status", c.status);
        record(l, c);
    });
    // Version 4: capabilities, written only when there are any (as notes and views below).
    const auto& capabilities = d.capabilityChanges();
    const auto capabilityOrder = byId(capabilities);
    if (!capabilities.empty())
        table(o, "capabilities", qsizetype(capabilities.size()), [&](qsizetype i, Line& l) {
            const auto& c = capabilities[capabilityOrder[size_t(i)]];
            l.num("id", c.id).str("party", c.partyId).strOpt("issue", c.issueId).date("effective", c.effective);
            l.real("value", c.value);
            record(l, c);
        });
    // Version 3: notes and saved views, written only when there are any, so that a file of an earlier version
    // is written back unchanged but for its version number.
    if (!d.notes().isEmpty())
        table(o, "notes", d.notes().size(), [&](qsizetype i, Line& l) {
            const Note& n = d.notes()[i];
            l.str("id", n.id).str("target", noteTargetKey(n.target)).date("date", n.date);
            l.strOpt("party", n.partyId).strOpt("issue", n.issueId);
            if (n.eventId)
                l.num("event", n.eventId);
            l.strOpt("era", n.eraId).str("text", n.text).strOpt("author", n.author).stamp("recordedAt", n.recordedAt);
            if (n.confidence)
                l.str("confidence", confidenceKey(*n.confidence));
            l.claims("evidence", n.evidence);
        });
    if (!d.savedViews().isEmpty())
        table(o, "views", d.savedViews().size(), [&](qsizetype i, Line& l) {
            const SavedView& v = d.savedViews()[i];
            l.str("id", v.id).str("name", v.name).stamp("asOf", std::optional<qint64>(v.asOf));
            l.stamp("compare", v.compareDate).strOpt("filterText", v.filterText).strOpt("filterParty", v.filterParty);
            l.strOpt("filterIssue", v.filterIssue).strOpt("filterTag", v.filterTag).stamp("filterFrom", v.filterFrom);
            l.stamp("filterTo", v.filterTo);
            if (v.filterCell)
                l.flag("filterCell", true);
            l.stamp("timelineFrom", v.timelineFrom).stamp("timelineTo", v.timelineTo).strOpt("lanes", v.lanes);
            l.strOpt("chart", v.chart).strOpt("chartIssue", v.chartIssue).strOpt("chartPeriod", v.chartPeriod);
            l.scenario("scenario", v.scenario);
        });
    o.raw("\n}\n");
    o.flush();
    return Status::fromMessage(o.error());
}

Status writeDossierJsonFile(const Dossier& d, const QString& path)
{
    auto fail = [&](const QString& why) { return Error(QStringLiteral("%1: %2").arg(path, why)); };
    SafeFileWriter file(path);
    if (!file.open())
        return fail(file.reason());
    if (const auto e = writeDossierJson(d, *file.device()); !e.ok())
        file.fail(e.message());
    if (!file.commit())
        return fail(file.reason());
    return {};
}

} // namespace Entente
