// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresStore's bulk writes: a whole dossier (publish, saveAll) and runs of events, with COPY … FROM STDIN in
// text format, one statement per table (so the server journals one line per table, not one per row).
#include "pgconnection.h"
#include "pgstore_p.h"
#include "postgresstore.h"
#include "axiscodec.h"
#include "claimcodec.h"
#include "viewcodec.h"

#include <QDateTime>

namespace Entente {

using namespace PgDetail;

namespace {
    struct Line {
        QByteArray& out;
        bool first = true;
        Line& field(QStringView s)
        {
            sep();
            copyEscape(out, s);
            return *this;
        }
        Line& number(qint64 v)
        {
            sep();
            out += QByteArray::number(v);
            return *this;
        }
        Line& null()
        {
            sep();
            copyNull(out);
            return *this;
        }
        Line& nullIfEmpty(QStringView s) { return s.isEmpty() ? null() : field(s); }
        Line& date(const PartialDate& d)
        {
            if (d.isValid())
                number(d.msecs);
            else
                null();
            return number(qint64(d.precision));
        }
        Line& boolean(bool b)
        {
            sep();
            out += b ? 't' : 'f';
            return *this;
        }
        void end() { out += '\n'; }
        void sep()
        {
            if (!first)
                out += '\t';
            first = false;
        }
    };

    QString timestamp(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(Qt::ISODateWithMs); }

    // Copies `list` with one line per element.
    template <typename List, typename Write>
    Status copyList(PgConnection& c, const QByteArray& sql, const List& list, Write&& write)
    {
        qsizetype i = 0;
        const auto n = qsizetype(list.size());
        return c.copyIn(sql, [&](QByteArray& buffer) {
            while (i < n && buffer.size() < (1 << 18)) {
                Line line { buffer };
                write(line, list[size_t(i)], i);
                line.end();
                ++i;
            }
            return i < n;
        });
    }

    void changeRecord(Line& l, const ChangeRecord& c)
    {
        QStringList events;
        for (qint64 e : c.citedEvents)
            events << QString::number(e);
        l.date(c.effective).field(timestamp(c.recordedAt)).field(c.recordedBy).field(confidenceKey(c.confidence));
        l.field(c.note).nullIfEmpty(joinIds(events)).nullIfEmpty(joinIds(c.citedSources)).boolean(c.retracted);
        if (c.retracted)
            l.field(timestamp(c.retractedAt)).field(c.retractedBy);
        else
            l.null().null();
        l.nullIfEmpty(ClaimCodec::encode(c.claims));
    }
}

Status PostgresStore::copyEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow)
{
    qsizetype row = fromRow;
    const QString dossier = m_dossier;
    return m_conn->copyIn("COPY entente.event (dossier, id, start_msecs, start_precision, end_msecs, end_precision, "
                          "title, description, location, parties, issues, tags, sources, claims) FROM STDIN",
        [&](QByteArray& buffer) {
            QStringList lists[4];
            while (row < toRow && buffer.size() < (1 << 18)) {
                Line l { buffer };
                l.field(dossier).number(events.id(row)).date(events.startDate(row)).date(events.endDate(row));
                l.field(events.title(row)).field(events.description(row)).field(events.location(row));
                for (auto& list : lists)
                    list.clear();
                for (quint32 ref : events.refs(row))
                    lists[EventStore::refKindOf(ref)] << events.symbols().text(EventStore::refSymbolOf(ref));
                if (const QStringView id = events.idTag(row); !id.isEmpty()) // the external id, in its place
                    lists[int(EventStore::RefKind::Tag)].insert(
                        std::min(events.idTagPlace(row), lists[int(EventStore::RefKind::Tag)].size()), id.toString());
                for (const auto& list : lists)
                    l.nullIfEmpty(joinIds(list));
                l.nullIfEmpty(ClaimCodec::encode(events.claims(events.id(row))));
                l.end();
                ++row;
            }
            if (m_copyProgress)
                m_copyProgress(row - fromRow);
            return row < toRow;
        });
}

Status PostgresStore::copyDossier(const Dossier& d)
{
    PgConnection& c = *m_conn;
    const QString dossier = m_dossier;
    QList<std::pair<QString, ScaleLevel>> levels;
    for (const auto& l : d.stanceScale())
        levels.append({ QStringLiteral("stance"), l });
    for (const auto& l : d.statusScale())
        levels.append({ QStringLiteral("status"), l });
    // Positions count within each scale.
    qsizetype stanceCount = d.stanceScale().size();
    Status st = copyList(c,
        "COPY entente.scale_level (dossier, scale, position, key, label, color, value, is_unknown) FROM STDIN", levels,
        [&](Line& l, const auto& p, qsizetype i) {
            l.field(dossier).field(p.first).number(i < stanceCount ? i : i - stanceCount).field(p.second.key);
            l.field(p.second.label).field(p.second.color).number(p.second.value).boolean(p.second.isUnknown);
        });
    if (st.ok())
        st = copyList(c,
            "COPY entente.party (dossier, id, position, name, short_name, color, kind, parent_id, description) FROM "
            "STDIN",
            d.parties(), [&](Line& l, const Party& p, qsizetype i) {
                l.field(dossier).field(p.id).number(i).field(p.name).field(p.shortName).field(p.color);
                l.field(partyKindKey(p.kind)).nullIfEmpty(p.parentId).field(p.description);
            });
    if (st.ok())
        st = copyList(c, "COPY entente.issue (dossier, id, position, name, description, axis) FROM STDIN", d.issues(),
            [&](Line& l, const Issue& p, qsizetype i) {
                l.field(dossier).field(p.id).number(i).field(p.name).field(p.description);
                l.nullIfEmpty(AxisCodec::encode(p.axis));
            });
    if (st.ok())
        st = copyList(c,
            "COPY entente.source (dossier, id, position, outlet, url, title, published_msecs, published_precision, "
            "reliability, credibility, note) FROM STDIN",
            d.sources(), [&](Line& l, const Source& s, qsizetype i) {
                l.field(dossier).field(s.id).number(i).field(s.outlet).field(s.url).field(s.title).date(s.published);
                l.field(QString(s.reliability)).number(s.credibility).field(s.note);
            });
    if (st.ok())
        st = copyList(c,
            "COPY entente.era (dossier, id, position, name, start_msecs, start_precision, end_msecs, end_precision, "
            "color) FROM STDIN",
            d.eras(), [&](Line& l, const Era& e, qsizetype i) {
                l.field(dossier).field(e.id).number(i).field(e.name).date(e.start).date(e.end).field(e.color);
            });
    if (st.ok() && !d.events().isEmpty())
        st = copyEvents(d.events(), 0, d.events().size());
    if (st.ok() && !d.positionChanges().empty())
        st = copyList(c,
            "COPY entente.position_change (dossier, id, party_id, issue_id, stance, salience, "
                + QByteArray(recordColumns) + ", axis_value) FROM STDIN",
            d.positionChanges(), [&](Line& l, const PositionChange& p, qsizetype) {
                l.field(dossier).number(p.id).field(p.partyId).field(p.issueId).field(p.stance).number(p.salience);
                changeRecord(l, p);
                l.nullIfEmpty(p.axisValue ? QString::number(*p.axisValue, 'g', 17) : QString());
            });
    if (st.ok() && !d.statusChanges().empty())
        st = copyList(c,
            "COPY entente.status_change (dossier, id, issue_id, status, " + QByteArray(recordColumns)
                + ") FROM STDIN",
            d.statusChanges(), [&](Line& l, const StatusChange& s, qsizetype) {
                l.field(dossier).number(s.id).field(s.issueId).field(s.status);
                changeRecord(l, s);
            });
    if (st.ok() && !d.capabilityChanges().empty())
        st = copyList(c,
            "COPY entente.capability_change (dossier, id, party_id, issue_id, value, " + QByteArray(recordColumns)
                + ") FROM STDIN",
            d.capabilityChanges(), [&](Line& l, const CapabilityChange& x, qsizetype) {
                l.field(dossier).number(x.id).field(x.partyId).nullIfEmpty(x.issueId);
                l.field(QString::number(x.value, 'g', 17));
                changeRecord(l, x);
            });
    if (st.ok() && !d.notes().isEmpty())
        st = copyList(c,
            "COPY entente.note (dossier, id, position, target, date_msecs, date_precision, party_id, issue_id, "
            "event_id, era_id, text, author, recorded_at, confidence, evidence) FROM STDIN",
            d.notes(), [&](Line& l, const Note& n, qsizetype i) {
                l.field(dossier).field(n.id).number(i).field(noteTargetKey(n.target)).date(n.date);
                l.nullIfEmpty(n.partyId).nullIfEmpty(n.issueId);
                l.nullIfEmpty(n.eventId ? QString::number(n.eventId) : QString()).nullIfEmpty(n.eraId);
                l.field(n.text).field(n.author).field(timestamp(n.recordedAt));
                l.nullIfEmpty(n.confidence ? confidenceKey(*n.confidence) : QString());
                l.nullIfEmpty(ClaimCodec::encode(n.evidence));
            });
    if (st.ok() && !d.savedViews().isEmpty())
        st = copyList(c, "COPY entente.saved_view (dossier, id, position, name, settings) FROM STDIN", d.savedViews(),
            [&](Line& l, const SavedView& v, qsizetype i) {
                l.field(dossier).field(v.id).number(i).field(v.name).field(ViewCodec::encode(v));
            });
    return st;
}

} // namespace Entente
