// SPDX-License-Identifier: GPL-3.0-or-later
// PostgresStore's reads: the small tables and histories by query, the events by COPY … TO STDOUT (a million
// rows stream without a result set in memory), all from one snapshot (REPEATABLE READ).
#include "pgconnection.h"
#include "pgstore_p.h"
#include "postgresstore.h"
#include "axiscodec.h"
#include "claimcodec.h"
#include "viewcodec.h"

#include <QCoreApplication>
#include <QSet>
#include <QRegularExpression>
#include <QStringDecoder>

namespace Entente {

using namespace PgDetail;

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct PostgresLoadText {
        Q_DECLARE_TR_FUNCTIONS(Entente::Store)
    };

    PartialDate dateOf(const PgResult& r, int row, int column)
    {
        return PartialDate { r.isNull(row, column) ? PartialDate::Invalid : r.integer(row, column),
            Precision(r.integer(row, column + 1) & 3) };
    }

    const QByteArray eventColumns = "id, start_msecs, start_precision, end_msecs, end_precision, title, description, "
                                    "location, parties, issues, tags, sources, claims::text";

    // One event row of COPY's text format, split without copying: a field without escapes is a view into the
    // line; the text fields are decoded into buffers reused from row to row, and the id lists are views into
    // theirs. A million rows then cost no allocation each (the old per-field QByteArray and QStringList did).
    class EventRowParser {
    public:
        // Fills `out` from the line; returns an error message, or empty.
        QString append(QByteArrayView line, EventStore& out)
        {
            int k = 0;
            qsizetype start = 0;
            while (k < Fields) {
                qsizetype tab = line.indexOf('\t', start);
                if (tab < 0)
                    tab = line.size();
                QByteArrayView field = line.sliced(start, tab - start);
                m_null[k] = field == QByteArrayView("\\N");
                if (!m_null[k] && field.contains('\\')) { // rare: unescape into this field's scratch buffer
                    const QList<QByteArray> one = copySplit(field);
                    m_scratch[k] = one.isEmpty() ? QByteArray() : one.first();
                    field = m_scratch[k];
                }
                m_field[k++] = field;
                if (tab == line.size())
                    break;
                start = tab + 1;
            }
            if (k != Fields || start > line.size() || m_field[Fields - 1].end() != line.end())
                return PostgresLoadText::tr("an event row has %1 fields instead of %2")
                    .arg(copySplit(line).size())
                    .arg(Fields);
            for (int t = 0; t < 3; ++t)
                m_text[t] = decode(m_field[5 + t], m_textBuffer[t]);
            for (int l = 0; l < 4; ++l) {
                m_ids[l].clear();
                if (m_null[8 + l] || m_field[8 + l].isEmpty())
                    continue;
                const QStringView all = decode(m_field[8 + l], m_listBuffer[l]);
                for (const QStringView id : all.tokenize(QChar(0x1f)))
                    m_ids[l].push_back(id);
            }
            const qint64 id = m_field[0].toLongLong();
            out.append(id, date(1), date(3), m_text[0], m_text[1], m_text[2], m_ids[0], m_ids[1], m_ids[2], m_ids[3]);
            if (!m_null[12]) { // graded citations: a few events at most
                const auto claims = ClaimCodec::decode(QString::fromUtf8(m_field[12]));
                if (!claims.ok())
                    return PostgresLoadText::tr("event %1: %2").arg(id).arg(claims.message());
                out.setClaims(id, claims.value());
            }
            return {};
        }

    private:
        static constexpr int Fields = 13;

        PartialDate date(int column) const
        {
            return PartialDate { m_null[column] ? PartialDate::Invalid : m_field[column].toLongLong(),
                Precision(m_field[column + 1].toInt() & 3) };
        }

        static QStringView decode(QByteArrayView utf8, QString& buffer)
        {
            if (buffer.size() < utf8.size())
                buffer.resize(utf8.size() * 2);
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QChar* end = decoder.appendToBuffer(buffer.data(), utf8);
            return QStringView(buffer.constData(), end - buffer.constData());
        }

        QByteArrayView m_field[Fields];
        bool m_null[Fields] = {};
        QByteArray m_scratch[Fields];
        QString m_textBuffer[3];
        QStringView m_text[3];
        QString m_listBuffer[4];
        std::vector<QStringView> m_ids[4];
    };

    // Streams the events of `dossier` into `out` (not finished).
    Status copyEventsOut(PgConnection& c, const QString& dossier, EventStore& out,
        const std::function<bool(qint64)>& progress)
    {
        qint64 rows = 0;
        EventRowParser parser;
        // The id is checked against [A-Za-z0-9._-]+ (parseLocation and the server's CHECK): safe to quote.
        return c.copyOut("COPY (SELECT " + eventColumns + " FROM entente.event WHERE dossier = '" + dossier.toUtf8()
                + "') TO STDOUT",
            [&](QByteArrayView line) -> QString {
                if (QString e = parser.append(line, out); !e.isEmpty())
                    return e;
                if (++rows % 4096 == 0 && progress && !progress(rows))
                    return PostgresLoadText::tr("the load was cancelled");
                return {};
            });
    }

    Status readEventVersions(PgConnection& c, const QString& dossier, RowVersions& versions)
    {
        auto r = c.exec("SELECT id, row_version FROM entente.event WHERE dossier = $1 AND row_version <> 1",
            PgParams() << dossier);
        if (!r.ok())
            return r.error();
        for (int i = 0; i < r.value().rows(); ++i)
            versions.set(RowKind::Event, r.value().text(i, 0), r.value().integer(i, 1));
        return {};
    }
}

namespace {
    // The head's event count decides between a one- and a two-phase open and sizes the progress bar. An exact
    // count(*) of a million rows is a scan of them all (half a second and more, on the window's thread), so up
    // to `exactUpTo` rows are counted exactly and beyond that the planner's estimate stands in.
    Result<qint64> countEvents(PgConnection& c, const QString& dossier)
    {
        constexpr qint64 exactUpTo = 50000;
        auto n = c.exec("SELECT count(*) FROM (SELECT 1 FROM entente.event WHERE dossier = $1 LIMIT $2) AS s",
            PgParams() << dossier << exactUpTo);
        if (!n.ok())
            return n.error();
        const qint64 counted = n.value().integer(0, 0);
        if (counted < exactUpTo)
            return counted;
        // The id is checked against [A-Za-z0-9._-]+ (parseLocation and the server's CHECK): safe to quote.
        auto plan = c.exec("EXPLAIN SELECT 1 FROM entente.event WHERE dossier = '" + dossier.toUtf8() + "'");
        if (!plan.ok() || plan.value().rows() == 0)
            return counted;
        static const QRegularExpression rows(QStringLiteral("rows=(\\d+)"));
        const auto m = rows.match(plan.value().text(0, 0));
        return std::max(counted, m.hasMatch() ? m.captured(1).toLongLong() : 0);
    }
}

Status PostgresStore::readHead(Dossier& d)
{
    PgConnection& c = *m_conn;
    const PgParams p = PgParams() << m_dossier;
    auto meta = c.exec("SELECT name, description FROM entente.dossier WHERE id = $1", p);
    if (!meta.ok())
        return meta.error();
    if (meta.value().rows() != 1)
        return Error(PostgresLoadText::tr("the dossier “%1” no longer exists on the server").arg(m_dossier),
            Error::Kind::NotFound);
    d.name = meta.value().text(0, 0);
    d.description = meta.value().text(0, 1);
    auto levels = c.exec("SELECT scale, key, label, color, value, is_unknown FROM entente.scale_level WHERE dossier = "
                         "$1 ORDER BY scale, position",
        p);
    if (!levels.ok())
        return levels.error();
    QList<ScaleLevel> stance, status;
    const PgResult& l = levels.value();
    for (int i = 0; i < l.rows(); ++i)
        (l.text(i, 0) == u"stance" ? stance : status)
            .append({ l.text(i, 1), l.text(i, 2), l.text(i, 3), int(l.integer(i, 4)), l.boolean(i, 5) });
    QString e;
    if (!stance.isEmpty())
        e = d.setStanceScale(stance).message();
    if (e.isEmpty() && !status.isEmpty())
        e = d.setStatusScale(status).message();
    if (!e.isEmpty())
        return Error(e);
    auto parties = c.exec("SELECT id, name, short_name, color, kind, parent_id, description FROM entente.party WHERE "
                          "dossier = $1 ORDER BY position",
        p);
    if (!parties.ok())
        return parties.error();
    QList<Party> withParent;
    const PgResult& pr = parties.value();
    for (int i = 0; i < pr.rows() && e.isEmpty(); ++i) {
        const auto kind = partyKindFromKey(pr.text(i, 4));
        if (!kind)
            return Error(PostgresLoadText::tr("party “%1” has an unknown kind").arg(pr.text(i, 0)));
        Party party { pr.text(i, 0), pr.text(i, 1), pr.text(i, 2), pr.text(i, 3), *kind, pr.text(i, 5), pr.text(i, 6) };
        if (!party.parentId.isEmpty())
            withParent.append(party);
        party.parentId.clear();
        e = d.insertParty(-1, party).message();
    }
    for (const auto& party : withParent)
        if (e.isEmpty())
            e = d.updateParty(party).message();
    auto issues = c.exec(
        "SELECT id, name, description, axis::text FROM entente.issue WHERE dossier = $1 ORDER BY position", p);
    if (!issues.ok())
        return issues.error();
    for (int i = 0; i < issues.value().rows() && e.isEmpty(); ++i) {
        const auto axis = AxisCodec::decode(issues.value().text(i, 3));
        e = axis.ok() ? d.insertIssue(-1,
                            { issues.value().text(i, 0), issues.value().text(i, 1), issues.value().text(i, 2), axis.value() })
                            .message()
                      : QStringLiteral("issue \"%1\": %2").arg(issues.value().text(i, 0), axis.message());
    }
    auto sources = c.exec("SELECT id, outlet, url, title, published_msecs, published_precision, reliability, "
                          "credibility, note FROM entente.source WHERE dossier = $1 ORDER BY position",
        p);
    if (!sources.ok())
        return sources.error();
    const PgResult& s = sources.value();
    for (int i = 0; i < s.rows() && e.isEmpty(); ++i) {
        const QString reliability = s.text(i, 6);
        e = d.insertSource(-1,
            { s.text(i, 0), s.text(i, 1), s.text(i, 2), s.text(i, 3), dateOf(s, i, 4),
                reliability.isEmpty() ? QChar(u'F') : reliability[0], int(s.integer(i, 7)), s.text(i, 8) }).message();
    }
    auto eras = c.exec("SELECT id, name, start_msecs, start_precision, end_msecs, end_precision, color FROM entente.era "
                       "WHERE dossier = $1 ORDER BY position",
        p);
    if (!eras.ok())
        return eras.error();
    const PgResult& er = eras.value();
    for (int i = 0; i < er.rows() && e.isEmpty(); ++i)
        e = d.insertEra(-1, { er.text(i, 0), er.text(i, 1), dateOf(er, i, 2), dateOf(er, i, 4), er.text(i, 6) }).message();
    return Status::fromMessage(e);
}

namespace {
    QString readRecord(const PgResult& r, int row, int first, ChangeRecord& c)
    {
        // effective_msecs, effective_precision, recorded_at (msecs), recorded_by, confidence, note, cited_events,
        // cited_sources, retracted, retracted_at (msecs), retracted_by, claims
        const auto confidence = confidenceFromKey(r.text(row, first + 4));
        if (!confidence)
            return PostgresLoadText::tr("change %1 has an unknown confidence").arg(c.id);
        c.effective = dateOf(r, row, first);
        c.recordedAt = r.integer(row, first + 2);
        c.recordedBy = r.text(row, first + 3);
        c.confidence = *confidence;
        c.note = r.text(row, first + 5);
        for (const auto& e : splitIds(r.text(row, first + 6)))
            c.citedEvents.append(e.toLongLong());
        c.citedSources = splitIds(r.text(row, first + 7));
        c.retracted = r.boolean(row, first + 8);
        if (c.retracted) {
            c.retractedAt = r.integer(row, first + 9);
            c.retractedBy = r.text(row, first + 10);
        }
        const auto claims = ClaimCodec::decode(r.text(row, first + 11));
        if (!claims.ok())
            return PostgresLoadText::tr("change %1: %2").arg(c.id).arg(claims.message());
        c.claims = claims.value();
        return {};
    }

    const QByteArray recordSelect = "effective_msecs, effective_precision, "
                                    "(extract(epoch FROM recorded_at) * 1000)::bigint, recorded_by, confidence, note, "
                                    "cited_events, cited_sources, retracted, "
                                    "(extract(epoch FROM retracted_at) * 1000)::bigint, retracted_by, claims::text";
}

namespace {
    // The changes of one history (all, or those whose ids are in `ids`), in id order, to `add`.
    template <typename Add> Status readPositions(PgConnection& c, const QString& dossier, const QStringList* ids, Add&& add)
    {
        PgParams p = PgParams() << dossier;
        if (ids)
            p << textArray(*ids);
        auto positions = c.exec("SELECT id, party_id, issue_id, stance, salience, " + recordSelect
                + ", axis_value::text FROM entente.position_change WHERE dossier = $1"
                + (ids ? " AND id = ANY($2::bigint[])" : "") + " ORDER BY id",
            p);
        if (!positions.ok())
            return positions.error();
        QString e;
        const PgResult& r = positions.value();
        for (int i = 0; i < r.rows() && e.isEmpty(); ++i) {
            PositionChange pc;
            pc.id = r.integer(i, 0);
            pc.partyId = r.text(i, 1);
            pc.issueId = r.text(i, 2);
            pc.stance = r.text(i, 3);
            pc.salience = int(r.integer(i, 4));
            e = readRecord(r, i, 5, pc);
            if (!r.isNull(i, 17))
                pc.axisValue = r.text(i, 17).toDouble();
            if (e.isEmpty())
                e = add(std::move(pc));
        }
        return Status::fromMessage(e);
    }

    template <typename Add> Status readStatuses(PgConnection& c, const QString& dossier, const QStringList* ids, Add&& add)
    {
        PgParams p = PgParams() << dossier;
        if (ids)
            p << textArray(*ids);
        auto statuses = c.exec("SELECT id, issue_id, status, " + recordSelect
                + " FROM entente.status_change WHERE dossier = $1" + (ids ? " AND id = ANY($2::bigint[])" : "")
                + " ORDER BY id",
            p);
        if (!statuses.ok())
            return statuses.error();
        QString e;
        const PgResult& s = statuses.value();
        for (int i = 0; i < s.rows() && e.isEmpty(); ++i) {
            StatusChange sc;
            sc.id = s.integer(i, 0);
            sc.issueId = s.text(i, 1);
            sc.status = s.text(i, 2);
            e = readRecord(s, i, 3, sc);
            if (e.isEmpty())
                e = add(std::move(sc));
        }
        return Status::fromMessage(e);
    }

    template <typename Add>
    Status readCapabilities(PgConnection& c, const QString& dossier, const QStringList* ids, Add&& add)
    {
        PgParams p = PgParams() << dossier;
        if (ids)
            p << textArray(*ids);
        auto rows = c.exec("SELECT id, party_id, coalesce(issue_id, ''), value, " + recordSelect
                + " FROM entente.capability_change WHERE dossier = $1"
                + (ids ? " AND id = ANY($2::bigint[])" : "") + " ORDER BY id",
            p);
        if (!rows.ok())
            return rows.error();
        QString e;
        const PgResult& r = rows.value();
        for (int i = 0; i < r.rows() && e.isEmpty(); ++i) {
            CapabilityChange cc;
            cc.id = r.integer(i, 0);
            cc.partyId = r.text(i, 1);
            cc.issueId = r.text(i, 2);
            cc.value = r.text(i, 3).toDouble();
            e = readRecord(r, i, 4, cc);
            if (e.isEmpty())
                e = add(std::move(cc));
        }
        return Status::fromMessage(e);
    }
}

Status PostgresStore::readHistories(Dossier& d)
{
    if (auto st = readPositions(*m_conn, m_dossier, nullptr, [&](PositionChange c) { return d.addPositionChange(c).message(); });
        !st.ok())
        return st;
    if (auto st = readStatuses(*m_conn, m_dossier, nullptr, [&](StatusChange c) { return d.addStatusChange(c).message(); });
        !st.ok())
        return st;
    return readCapabilities(
        *m_conn, m_dossier, nullptr, [&](CapabilityChange c) { return d.addCapabilityChange(c).message(); });
}

Status PostgresStore::readNotes(Dossier& d)
{
    const PgParams p = PgParams() << m_dossier;
    auto notes = m_conn->exec("SELECT id, target, date_msecs, date_precision, party_id, issue_id, event_id, era_id, "
                              "text, author, (extract(epoch FROM recorded_at) * 1000)::bigint, confidence, evidence "
                              "FROM entente.note WHERE dossier = $1 ORDER BY position",
        p);
    if (!notes.ok())
        return notes.error();
    const PgResult& r = notes.value();
    QString e;
    for (int i = 0; i < r.rows() && e.isEmpty(); ++i) {
        Note n;
        n.id = r.text(i, 0);
        const auto target = noteTargetFromKey(r.text(i, 1));
        const QString confidence = r.text(i, 11);
        const auto level = confidenceFromKey(confidence);
        const auto evidence = ClaimCodec::decode(r.text(i, 12));
        if (!target || !evidence.ok() || (!confidence.isEmpty() && !level))
            return Error(PostgresLoadText::tr("note “%1” is damaged %2").arg(n.id, evidence.ok() ? QString() : evidence.message()));
        n.target = *target;
        n.date = dateOf(r, i, 2);
        n.partyId = r.text(i, 4);
        n.issueId = r.text(i, 5);
        n.eventId = r.isNull(i, 6) ? 0 : r.integer(i, 6);
        n.eraId = r.text(i, 7);
        n.text = r.text(i, 8);
        n.author = r.text(i, 9);
        n.recordedAt = r.integer(i, 10);
        if (level)
            n.confidence = *level;
        n.evidence = evidence.value();
        e = d.insertNote(-1, n).message();
    }
    if (!e.isEmpty())
        return Error(e);
    auto views = m_conn->exec(
        "SELECT id, name, settings::text FROM entente.saved_view WHERE dossier = $1 ORDER BY position", p);
    if (!views.ok())
        return views.error();
    for (int i = 0; i < views.value().rows() && e.isEmpty(); ++i) {
        SavedView v;
        v.id = views.value().text(i, 0);
        v.name = views.value().text(i, 1);
        e = ViewCodec::decode(views.value().text(i, 2), v);
        if (e.isEmpty())
            e = d.insertSavedView(-1, v).message();
    }
    return Status::fromMessage(e);
}

Status PostgresStore::readVersions(RowVersions* versions, bool events)
{
    if (!versions)
        return {};
    auto r = m_conn->exec("SELECT 'party', id, row_version FROM entente.party WHERE dossier = $1 AND row_version <> 1 "
                          "UNION ALL SELECT 'issue', id, row_version FROM entente.issue WHERE dossier = $1 AND "
                          "row_version <> 1 UNION ALL SELECT 'source', id, row_version FROM entente.source WHERE "
                          "dossier = $1 AND row_version <> 1 UNION ALL SELECT 'era', id, row_version FROM entente.era "
                          "WHERE dossier = $1 AND row_version <> 1 UNION ALL SELECT scale, key, row_version FROM "
                          "entente.scale_level WHERE dossier = $1 AND row_version <> 1 UNION ALL SELECT 'note', id, "
                          "row_version FROM entente.note WHERE dossier = $1 AND row_version <> 1 UNION ALL SELECT "
                          "'saved view', id, row_version FROM entente.saved_view WHERE dossier = $1 AND "
                          "row_version <> 1",
        PgParams() << m_dossier);
    if (!r.ok())
        return r.error();
    for (int i = 0; i < r.value().rows(); ++i) {
        const QString table = r.value().text(i, 0);
        const RowKind kind = table == u"party" ? RowKind::Party
            : table == u"issue"                ? RowKind::Issue
            : table == u"source"               ? RowKind::Source
            : table == u"era"                  ? RowKind::Era
            : table == u"note"                 ? RowKind::Note
            : table == u"saved view"           ? RowKind::SavedView
            : table == u"stance"               ? RowKind::StanceLevel
                                               : RowKind::StatusLevel;
        versions->set(kind, r.value().text(i, 1), r.value().integer(i, 2));
    }
    return events ? readEventVersions(*m_conn, m_dossier, *versions) : Status();
}

Status PostgresStore::load(Dossier& out, RowVersions* versions)
{
    if (versions)
        versions->clear();
    out = Dossier();
    if (auto st = ensureConnected(); !st.ok())
        return st;
    Dossier d;
    const bool own = !m_inTransaction;
    Status st = own ? m_conn->run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : Status();
    if (st.ok())
        st = readJournalHead();
    if (st.ok())
        st = readHead(d);
    if (st.ok()) {
        auto& events = d.eventsForBulkLoad();
        st = copyEventsOut(*m_conn, m_dossier, events, {});
        events.finish();
        if (const auto problems = d.validate(); st.ok() && !problems.isEmpty())
            st = Error(problems.first());
    }
    if (st.ok())
        st = readHistories(d);
    if (st.ok())
        st = readNotes(d);
    if (st.ok())
        st = readVersions(versions, true);
    if (own)
        (void)m_conn->run(st.ok() ? "COMMIT" : "ROLLBACK");
    if (!st.ok()) {
        m_lost = !m_conn->isConnected();
        if (versions)
            versions->clear();
        return st.error().prefixed(PostgresLoadText::tr("“%1” could not be read").arg(m_uri));
    }
    out = std::move(d);
    return {};
}

Status PostgresStore::loadHead(Dossier& out, qint64* eventCount, RowVersions* versions)
{
    if (versions)
        versions->clear();
    out = Dossier();
    if (auto st = ensureConnected(); !st.ok())
        return st;
    Dossier d;
    d.setEventsPending(true);
    const bool own = !m_inTransaction;
    Status st = own ? m_conn->run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : Status();
    if (st.ok())
        st = readJournalHead();
    if (st.ok())
        st = readHead(d);
    if (st.ok())
        st = readHistories(d);
    if (st.ok())
        st = readNotes(d);
    if (st.ok())
        st = readVersions(versions, false);
    qint64 count = 0;
    if (st.ok()) {
        auto n = countEvents(*m_conn, m_dossier);
        if (n.ok())
            count = n.value();
        else
            st = n.error();
    }
    if (own)
        (void)m_conn->run(st.ok() ? "COMMIT" : "ROLLBACK");
    if (!st.ok()) {
        m_lost = !m_conn->isConnected();
        return st.error().prefixed(PostgresLoadText::tr("“%1” could not be read").arg(m_uri));
    }
    if (eventCount)
        *eventCount = count;
    out = std::move(d);
    return {};
}

DossierStore::EventReader PostgresStore::eventReader() const
{
    const QByteArray conninfo = m_location.conninfo;
    const QString dossier = m_dossier;
    const QString uri = m_uri;
    return [conninfo, dossier, uri](EventStore& out, RowVersions& versions,
               const std::function<bool(qint64)>& progress) -> Status {
        PgConnection c(conninfo);
        Status st = c.connect();
        if (st.ok())
            st = c.run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        if (st.ok())
            st = copyEventsOut(c, dossier, out, progress);
        if (st.ok())
            st = readEventVersions(c, dossier, versions);
        if (c.isConnected())
            (void)c.run("COMMIT");
        if (!st.ok())
            return st.error().prefixed(PostgresLoadText::tr("“%1” could not be read").arg(uri));
        out.finish();
        return {};
    };
}

Status PostgresStore::readJournalHead()
{
    auto r = m_conn->exec("SELECT coalesce(max(id), 0) FROM entente.journal WHERE dossier = $1", PgParams() << m_dossier);
    if (!r.ok())
        return r.error();
    m_journalAtLoad = r.value().integer(0, 0);
    return {};
}

Status PostgresStore::readEvents(const QStringList& ids, StoreChanges& out)
{
    auto r = m_conn->exec("SELECT " + eventColumns + ", row_version FROM entente.event WHERE dossier = $1 AND id = "
                                                     "ANY($2::bigint[])",
        PgParams() << m_dossier << textArray(ids));
    if (!r.ok())
        return r.error();
    const PgResult& e = r.value();
    QSet<qint64> found;
    for (int i = 0; i < e.rows(); ++i) {
        Event ev;
        ev.id = e.integer(i, 0);
        ev.start = dateOf(e, i, 1);
        ev.end = dateOf(e, i, 3);
        ev.title = e.text(i, 5);
        ev.description = e.text(i, 6);
        ev.location = e.text(i, 7);
        ev.parties = splitIds(e.text(i, 8));
        ev.issues = splitIds(e.text(i, 9));
        ev.tags = splitIds(e.text(i, 10));
        ev.sources = splitIds(e.text(i, 11));
        const auto claims = ClaimCodec::decode(e.text(i, 12));
        if (!claims.ok())
            return Error(PostgresLoadText::tr("event %1: %2").arg(ev.id).arg(claims.message()));
        ev.claims = claims.value();
        out.eventVersions.set(RowKind::Event, QString::number(ev.id), e.integer(i, 13));
        found.insert(ev.id);
        out.events.append(std::move(ev));
    }
    for (const QString& id : ids)
        if (!found.contains(id.toLongLong()))
            out.removedEvents.append(id.toLongLong());
    return {};
}

Result<StoreChanges> PostgresStore::changesSince(qint64 afterJournalId)
{
    if (auto st = ensureConnected(); !st.ok())
        return st.error();
    StoreChanges out;
    out.lastJournalId = afterJournalId;
    // One snapshot: the journal lines and the rows they name agree.
    const bool own = !m_inTransaction;
    Status st = own ? m_conn->run("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY") : Status();
    QSet<QString> events, positions, statuses, capabilities;
    bool head = false;
    if (st.ok()) {
        auto r = m_conn->exec("SELECT id, (extract(epoch FROM at) * 1000)::bigint, by_user, action, detail, kind, keys, "
                              "coalesce(session, '') = $3 FROM entente.journal WHERE dossier = $1 AND id > $2 "
                              "ORDER BY id LIMIT 50000",
            PgParams() << m_dossier << afterJournalId << m_session);
        if (!r.ok())
            st = r.error();
        const PgResult& j = r.ok() ? r.value() : PgResult();
        if (j.rows() == 50000)
            out.complete = false; // a long absence: reloading is quicker than replaying
        for (int i = 0; st.ok() && i < j.rows(); ++i) {
            out.lastJournalId = j.integer(i, 0);
            if (j.boolean(i, 7))
                continue; // this client's own change
            if (j.isNull(i, 5)) {
                out.actions.append({ j.integer(i, 0), j.integer(i, 1), j.text(i, 2), j.text(i, 3), j.text(i, 4) });
                continue;
            }
            const QString kind = j.text(i, 5);
            QSet<QString>* keys = kind == u"event" ? &events
                : kind == u"position"              ? &positions
                : kind == u"status"                ? &statuses
                : kind == u"capability"            ? &capabilities
                                                   : nullptr;
            if (!keys) {
                head = true; // the dossier's name, a scale level, a party, issue, source, era, note or saved view
                continue;
            }
            if (j.isNull(i, 6)) {
                out.complete = false; // more than the journal names row by row
                continue;
            }
            // keys: a text[] literal of plain ids ({1,2,3}); ids are digits here.
            QString list = j.text(i, 6);
            list = list.mid(1, list.size() - 2);
            for (const QString& key : list.split(u',', Qt::SkipEmptyParts))
                keys->insert(key);
        }
    }
    if (st.ok() && out.complete) {
        if (head) {
            Dossier d;
            d.setEventsPending(true); // notes pinned to events: the events are the document's
            st = readHead(d);
            if (st.ok())
                st = readNotes(d);
            if (st.ok())
                st = readVersions(&out.headVersions, false);
            if (st.ok())
                out.head = std::move(d);
        }
        if (st.ok() && !events.isEmpty())
            st = readEvents(QStringList(events.begin(), events.end()), out);
        if (st.ok() && !positions.isEmpty()) {
            const QStringList ids(positions.begin(), positions.end());
            st = readPositions(*m_conn, m_dossier, &ids, [&](PositionChange c) {
                out.positions.push_back(std::move(c));
                return QString();
            });
        }
        if (st.ok() && !statuses.isEmpty()) {
            const QStringList ids(statuses.begin(), statuses.end());
            st = readStatuses(*m_conn, m_dossier, &ids, [&](StatusChange c) {
                out.statuses.push_back(std::move(c));
                return QString();
            });
        }
        if (st.ok() && !capabilities.isEmpty()) {
            const QStringList ids(capabilities.begin(), capabilities.end());
            st = readCapabilities(*m_conn, m_dossier, &ids, [&](CapabilityChange c) {
                out.capabilities.push_back(std::move(c));
                return QString();
            });
        }
    }
    if (own && m_conn->isConnected())
        (void)m_conn->run(st.ok() ? "COMMIT" : "ROLLBACK");
    if (!st.ok()) {
        m_lost = !m_conn->isConnected();
        return st.error();
    }
    return out;
}

} // namespace Entente
