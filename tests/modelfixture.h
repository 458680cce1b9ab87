// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the models/ tests: a small sample dossier, a fake DossierStore that records every call and can be
// told to fail, and a structural comparison of two dossiers (all tables, events and histories).

#include "dossier.h"
#include "dossierstore.h"
#include "mustutil.h"

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

inline PartialDate day(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso)).value(); }
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
    Entente::TestUtil::must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, u"Ukraine joining NATO"_qs }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"eu"_qs, u"EU membership"_qs, {} }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"territory"_qs, u"Territory"_qs, {} }));
    Source s1;
    s1.id = u"s1"_qs;
    s1.outlet = u"Reuters"_qs;
    s1.title = u"Talks in Berlin"_qs;
    s1.url = u"https://example.org/1"_qs;
    s1.published = day("2025-12-15");
    s1.reliability = u'B';
    s1.credibility = 2;
    Entente::TestUtil::must(d.insertSource(-1, s1));
    Source s2 = s1;
    s2.id = u"s2"_qs;
    s2.outlet = u"TASS"_qs;
    s2.title = u"Kremlin <comment>"_qs;
    s2.reliability = u'D';
    s2.credibility = 4;
    Entente::TestUtil::must(d.insertSource(-1, s2));
    Entente::TestUtil::must(d.insertEvent(
        makeEvent("2025-12-14", "Berlin round opens", { u"us"_qs, u"ua"_qs }, { u"nato"_qs }, { u"talks"_qs })));
    Entente::TestUtil::must(d.insertEvent(
        makeEvent("2025-12-15", "Security guarantees offered", { u"us"_qs }, { u"nato"_qs }, { u"offer"_qs })));
    Entente::TestUtil::must(d.insertEvent(
        makeEvent("2025-12-16", "Kremlin rejects", { u"ru"_qs }, { u"territory"_qs }, { u"statement"_qs })));
    Entente::TestUtil::must(
        d.insertEvent(makeEvent("2025-11", "Draft plan leaked", { u"us"_qs, u"ru"_qs }, {}, { u"leak"_qs })));
    Entente::TestUtil::must(d.addPositionChange(position("ru", "nato", "2025-12-15", "opposes", 1, { u"s2"_qs })));
    Entente::TestUtil::must(d.addPositionChange(position("ua", "nato", "2025-12-14", "supports", 2, { u"s1"_qs })));
    Entente::TestUtil::must(d.addPositionChange(position("ua", "nato", "2025-12-16", "open", 3)));
    Entente::TestUtil::must(d.addPositionChange(position("us", "eu", "2025-12-01", "supports", 4)));
    StatusChange st;
    st.issueId = u"nato"_qs;
    st.effective = day("2025-12-14");
    st.status = u"contested"_qs;
    st.recordedAt = 5;
    Entente::TestUtil::must(d.addStatusChange(st));
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
    if (a.capabilityChanges() != b.capabilityChanges())
        return QStringLiteral("capability history");
    if (a.notes() != b.notes())
        return QStringLiteral("notes");
    if (a.savedViews() != b.savedViews())
        return QStringLiteral("saved views");
    return {};
}

// The matrix (stance keys), statuses and capabilities (per party × issue) as of a date: what an analyst sees.
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
    for (qsizetype p = 0; p < d.parties().size(); ++p)
        for (qsizetype i = 0; i < d.issues().size(); ++i) {
            const auto* c = d.capabilityAsOf(p, i, msecs);
            out << (c ? QString::number(c->value) : QString());
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
    QString readOnlyReason() const override { return {}; }
    QString location() const override { return QStringLiteral("fake"); }
    int schemaVersion() const override { return 0; }
    QString userName() const override { return user; }
    void setUserName(const QString& name) override { user = name; }
    Status load(Dossier&, RowVersions*) override { return status(record(QStringLiteral("load"))); }
    Status loadHead(Dossier&, qint64*, RowVersions*) override { return status(record(QStringLiteral("loadHead"))); }
    EventReader eventReader() const override { return {}; }
    Result<std::unique_ptr<DossierStore>> openWorkerConnection() const override
    {
        return Error(QStringLiteral("the fake store has no worker connections"));
    }
    Status saveAll(const Dossier&) override { return status(record(QStringLiteral("saveAll"))); }
    Status begin() override
    {
        const auto e = record(QStringLiteral("begin"));
        inTransaction = e.isEmpty();
        return status(e);
    }
    Status commit() override
    {
        const auto e = record(QStringLiteral("commit"));
        if (e.isEmpty()) {
            inTransaction = false;
            ++commits;
        }
        return status(e);
    }
    void rollback() override
    {
        record(QStringLiteral("rollback"));
        inTransaction = false;
        ++rollbacks;
    }
    Status writeMeta(const QString&, const QString&) override { return status(write(QStringLiteral("writeMeta"))); }
    Result<qint64> insertRow(const StoreRow& row, qsizetype) override
    {
        return versioned(write(u"insertRow "_qs + rowKindKey(rowKindOf(row)), eventId(row)), RowVersions::Initial);
    }
    Result<qint64> updateRow(const StoreRow& row, qint64 seen) override
    {
        return versioned(write(u"updateRow "_qs + rowKindKey(rowKindOf(row)), eventId(row)), seen + 1);
    }
    Status removeRow(RowKind kind, const QString& key, qint64) override
    {
        return status(write(u"removeRow "_qs + rowKindKey(kind), kind == RowKind::Event ? key.toLongLong() : -1));
    }
    Status reorderRows(RowKind kind, const QStringList&) override
    {
        return status(write(u"reorderRows "_qs + rowKindKey(kind)));
    }
    Status insertEvents(const EventStore&, qsizetype from, qsizetype to) override
    {
        return status(write(QStringLiteral("insertEvents"), to - from));
    }
    Result<qint64> appendChange(const PositionChange& c) override
    {
        const Status st = status(write(QStringLiteral("appendPositionChange"), c.id));
        return st.ok() ? Result<qint64>(c.id) : Result<qint64>(st.error());
    }
    Result<qint64> appendChange(const StatusChange& c) override
    {
        const Status st = status(write(QStringLiteral("appendStatusChange"), c.id));
        return st.ok() ? Result<qint64>(c.id) : Result<qint64>(st.error());
    }
    Result<qint64> appendChange(const CapabilityChange& c) override
    {
        const Status st = status(write(QStringLiteral("appendCapabilityChange"), c.id));
        return st.ok() ? Result<qint64>(c.id) : Result<qint64>(st.error());
    }
    Status setChangeRetracted(ChangeKind kind, qint64 id, bool r, qint64) override
    {
        const QString what = kind == ChangeKind::Position ? QStringLiteral("Position")
            : kind == ChangeKind::Status                  ? QStringLiteral("Status")
                                                          : QStringLiteral("Capability");
        return status(write((r ? QStringLiteral("retract") : QStringLiteral("restore")) + what, id));
    }
    Status journal(const QString& action, const QString&) override
    {
        journalLines << action;
        return status(write(QStringLiteral("journal")));
    }
    Result<QList<JournalEntry>> readJournal(qint64, int) override { return QList<JournalEntry>(); }

    bool readOnly = false;
    int writesOutsideTransaction = 0;

    QString user;

private:
    static Status status(const QString& e) { return Status::fromMessage(e); }
    static Result<qint64> versioned(const QString& e, qint64 version)
    {
        if (!e.isEmpty())
            return Error(e);
        return version;
    }
    static qint64 eventId(const StoreRow& row)
    {
        return std::holds_alternative<Event>(row) ? std::get<Event>(row).id : -1;
    }
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
