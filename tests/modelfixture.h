// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the models/ tests: a small sample dossier, a fake DossierStore that records every call and can be
// told to fail, and a structural comparison of two dossiers (all tables, events and histories).

#include "dossier.h"
#include "dossierstore.h"

#include <QStringList>

#include <vector>

namespace Fixture {

using namespace Entente;

// The event ids of an EventsModel in display order (a template, so that store-only tests need not link it).
template <typename Model> std::vector<qint64> modelIds(const Model& m)
{
    std::vector<qint64> ids;
    for (int r = 0; r < m.rowCount(); ++r)
        ids.push_back(m.eventIdAt(r));
    return ids;
}

inline PartialDate day(const char* iso) { return *PartialDate::parse(QString::fromLatin1(iso)); }
inline qint64 at(const char* iso) { return day(iso).msecs; }

inline PositionChange position(const char* party, const char* issue, const char* date, const char* stance,
    qint64 recorded = 1, QStringList sources = {})
{
    PositionChange c;
    c.partyId = QString::fromLatin1(party);
    c.issueId = QString::fromLatin1(issue);
    c.effective = day(date);
    c.stance = QString::fromLatin1(stance);
    c.recordedAt = recorded;
    c.recordedBy = QStringLiteral("analyst");
    c.citedSources = std::move(sources);
    return c;
}

inline Event makeEvent(
    const char* date, const char* title, QStringList parties = {}, QStringList issues = {}, QStringList tags = {})
{
    Event e;
    e.start = day(date);
    e.title = QString::fromLatin1(title);
    e.parties = std::move(parties);
    e.issues = std::move(issues);
    e.tags = std::move(tags);
    return e;
}

// Three parties, three issues, two sources, four events, a few position and status changes.
inline Dossier sample()
{
    Dossier d;
    d.name = QStringLiteral("Berlin talks");
    d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs });
    d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs });
    d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs });
    d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, u"Ukraine joining NATO"_qs });
    d.insertIssue(-1, { u"eu"_qs, u"EU membership"_qs, {} });
    d.insertIssue(-1, { u"territory"_qs, u"Territory"_qs, {} });
    Source s1;
    s1.id = u"s1"_qs;
    s1.outlet = u"Reuters"_qs;
    s1.title = u"Talks in Berlin"_qs;
    s1.url = u"https://example.org/1"_qs;
    s1.published = day("2025-12-15");
    s1.reliability = u'B';
    s1.credibility = 2;
    d.insertSource(-1, s1);
    Source s2 = s1;
    s2.id = u"s2"_qs;
    s2.outlet = u"TASS"_qs;
    s2.title = u"Kremlin <comment>"_qs;
    s2.reliability = u'D';
    s2.credibility = 4;
    d.insertSource(-1, s2);
    d.insertEvent(
        makeEvent("2025-12-14", "Berlin round opens", { u"us"_qs, u"ua"_qs }, { u"nato"_qs }, { u"talks"_qs }));
    d.insertEvent(
        makeEvent("2025-12-15", "Security guarantees offered", { u"us"_qs }, { u"nato"_qs }, { u"offer"_qs }));
    d.insertEvent(makeEvent("2025-12-16", "Kremlin rejects", { u"ru"_qs }, { u"territory"_qs }, { u"statement"_qs }));
    d.insertEvent(makeEvent("2025-11", "Draft plan leaked", { u"us"_qs, u"ru"_qs }, {}, { u"leak"_qs }));
    d.addPositionChange(position("ru", "nato", "2025-12-15", "opposes", 1, { u"s2"_qs }));
    d.addPositionChange(position("ua", "nato", "2025-12-14", "supports", 2, { u"s1"_qs }));
    d.addPositionChange(position("ua", "nato", "2025-12-16", "open", 3));
    d.addPositionChange(position("us", "eu", "2025-12-01", "supports", 4));
    StatusChange st;
    st.issueId = u"nato"_qs;
    st.effective = day("2025-12-14");
    st.status = u"contested"_qs;
    st.recordedAt = 5;
    d.addStatusChange(st);
    return d;
}

// First structural difference between two dossiers, empty when equal.
inline QString diff(const Dossier& a, const Dossier& b)
{
    if (a.name != b.name || a.description != b.description)
        return QStringLiteral("meta");
    if (a.parties() != b.parties())
        return QStringLiteral("parties");
    if (a.issues() != b.issues())
        return QStringLiteral("issues");
    if (a.sources() != b.sources())
        return QStringLiteral("sources");
    if (a.eras() != b.eras())
        return QStringLiteral("eras");
    if (a.stanceScale() != b.stanceScale() || a.statusScale() != b.statusScale())
        return QStringLiteral("scales");
    if (a.events().size() != b.events().size())
        return QStringLiteral("event count %1 vs %2").arg(a.events().size()).arg(b.events().size());
    for (qsizetype r = 0; r < a.events().size(); ++r)
        if (!(a.events().event(r) == b.events().event(r)))
            return QStringLiteral("event row %1").arg(r);
    if (a.positionChanges() != b.positionChanges())
        return QStringLiteral("position history");
    if (a.statusChanges() != b.statusChanges())
        return QStringLiteral("status history");
    return {};
}

// The matrix (stance keys) and statuses as of a date: what an analyst sees.
inline QStringList view(const Dossier& d, qint64 msecs)
{
    QStringList out;
    for (qsizetype p = 0; p < d.parties().size(); ++p)
        for (qsizetype i = 0; i < d.issues().size(); ++i) {
            const auto* c = d.positionAsOf(p, i, msecs);
            out << (c ? c->stance : QString());
        }
    for (qsizetype i = 0; i < d.issues().size(); ++i) {
        const auto* c = d.statusAsOf(i, msecs);
        out << (c ? c->status : QString());
    }
    return out;
}

// Records every call ("begin", "insertEvent 5", "commit", …); failOn names a method that returns an error.
class FakeStore : public DossierStore {
public:
    QStringList calls;
    QString failOn;
    bool inTransaction = false;
    int commits = 0;
    int rollbacks = 0;
    QStringList journalLines;

    bool isReadOnly() const override { return readOnly; }
    QString location() const override { return QStringLiteral("fake"); }
    QString load(Dossier&) override { return record(QStringLiteral("load")); }
    QString saveAll(const Dossier&) override { return record(QStringLiteral("saveAll")); }
    QString begin() override
    {
        const auto e = record(QStringLiteral("begin"));
        inTransaction = e.isEmpty();
        return e;
    }
    QString commit() override
    {
        const auto e = record(QStringLiteral("commit"));
        if (e.isEmpty()) {
            inTransaction = false;
            ++commits;
        }
        return e;
    }
    void rollback() override
    {
        record(QStringLiteral("rollback"));
        inTransaction = false;
        ++rollbacks;
    }
    QString writeMeta(const QString&, const QString&) override { return write(QStringLiteral("writeMeta")); }
    QString writeParties(const QList<Party>&) override { return write(QStringLiteral("writeParties")); }
    QString writeIssues(const QList<Issue>&) override { return write(QStringLiteral("writeIssues")); }
    QString writeSources(const QList<Source>&) override { return write(QStringLiteral("writeSources")); }
    QString writeEras(const QList<Era>&) override { return write(QStringLiteral("writeEras")); }
    QString writeScales(const QList<ScaleLevel>&, const QList<ScaleLevel>&) override
    {
        return write(QStringLiteral("writeScales"));
    }
    QString insertEvent(const Event& e) override { return write(QStringLiteral("insertEvent"), e.id); }
    QString updateEvent(const Event& e) override { return write(QStringLiteral("updateEvent"), e.id); }
    QString removeEvent(qint64 id) override { return write(QStringLiteral("removeEvent"), id); }
    QString insertEvents(const EventStore&, qsizetype from, qsizetype to) override
    {
        return write(QStringLiteral("insertEvents"), to - from);
    }
    QString appendPositionChange(const PositionChange& c) override
    {
        return write(QStringLiteral("appendPositionChange"), c.id);
    }
    QString appendStatusChange(const StatusChange& c) override
    {
        return write(QStringLiteral("appendStatusChange"), c.id);
    }
    QString setPositionRetracted(qint64 id, bool r, qint64, const QString&) override
    {
        return write(r ? QStringLiteral("retractPosition") : QStringLiteral("restorePosition"), id);
    }
    QString setStatusRetracted(qint64 id, bool r, qint64, const QString&) override
    {
        return write(r ? QStringLiteral("retractStatus") : QStringLiteral("restoreStatus"), id);
    }
    QString journal(const QString& action, const QString&) override
    {
        journalLines << action;
        return write(QStringLiteral("journal"));
    }

    bool readOnly = false;
    int writesOutsideTransaction = 0;

private:
    QString record(const QString& call)
    {
        calls << call;
        return call == failOn ? QStringLiteral("disk full during %1").arg(call) : QString();
    }
    QString write(const QString& call, qint64 arg = -1)
    {
        if (!inTransaction)
            ++writesOutsideTransaction;
        return record(arg < 0 ? call : call + u' ' + QString::number(arg)).isEmpty() && call != failOn
            ? QString()
            : QStringLiteral("disk full during %1").arg(call);
    }
};

} // namespace Fixture
