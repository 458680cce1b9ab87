// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the store tests: a dossier with every field filled, and a field-by-field comparison (Dossier has
// no operator==; comparing table by table gives a failure that names what differs).

#include "dossier.h"

#include <QFile>
#include <QTest>

namespace StoreTest {

using namespace Entente;

inline PartialDate date(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso)).value(); }

// Fills `d` (a fresh Dossier); check QTest::currentTestFailed() afterwards.
inline void fillDossier(Dossier& d)
{
    d.name = u"Berlin talks, December 2025"_qs;
    d.description = u"Positions of the parties — with ünïcode, 'quotes' and \"double quotes\"\nand a second line"_qs;
    auto stance = defaultStanceScale();
    stance[0].label = u"Firmly opposes"_qs;
    stance[0].color = u"#aa0000"_qs;
    QVERIFY2(d.setStanceScale(stance).ok(), "stance scale");
    auto status = defaultStatusScale();
    status.append({ u"paused"_qs, u"Paused"_qs, u"#123456"_qs, 7, false });
    QVERIFY2(d.setStatusScale(status).ok(), "status scale");
    // A member listed before its bloc, so that loading must cope with the order.
    QVERIFY(d.insertParty(-1,
                 { u"eu"_qs, u"European leaders"_qs, u"EU"_qs, u"#003399"_qs, PartyKind::Bloc, {},
                     u"Germany, France, UK"_qs })
                .ok());
    QVERIFY(d.insertParty(0, { u"de"_qs, u"Germany"_qs, u"DE"_qs, u"#000000"_qs, PartyKind::State, u"eu"_qs, {} })
                .ok());
    QVERIFY(
        d.insertParty(-1,
             { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs, PartyKind::State, {}, u"Witkoff, Kushner"_qs })
            .ok());
    QVERIFY(d.insertParty(-1, { u"peskov"_qs, u"Dmitry Peskov"_qs, {}, {}, PartyKind::Person, {}, {} }).ok());
    QVERIFY(
        d.insertParty(-1, { u"un"_qs, u"United Nations"_qs, u"UN"_qs, u"#5b92e5"_qs, PartyKind::Organisation, {}, {} })
            .ok());
    QVERIFY(d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, u"Ukraine's accession"_qs }).ok());
    QVERIFY(d.insertIssue(-1, { u"donbas"_qs, u"Territory / Donbas"_qs, {} }).ok());
    QVERIFY(d.insertSource(-1,
                 { u"ptv"_qs, u"Press TV"_qs, u"https://example.org/a?b=1&c=2"_qs, u"Berlin talks end"_qs,
                     date("2025-12-16"), u'C', 3, u"state media"_qs })
                .ok());
    QVERIFY(d.insertSource(-1, { u"memo"_qs, u"Internal"_qs, {}, {}, PartialDate {}, u'A', 1, {} }).ok());
    QVERIFY(d.insertEra(-1, { u"berlin"_qs, u"Berlin round"_qs, date("2025-12-14"), date("2025-12-15"), u"#eeeeee"_qs })
                .ok());
    QVERIFY(d.insertEra(-1, { u"war"_qs, u"Full-scale war"_qs, date("2022-02"), date("2025"), {} }).ok());

    Event e;
    e.id = 1;
    e.start = date("2022-02-24");
    e.title = u"Full-scale invasion"_qs;
    e.parties = QStringList { u"us"_qs, u"de"_qs };
    e.tags = QStringList { u"war"_qs };
    QVERIFY(d.insertEvent(e).ok());
    e = {};
    e.id = 2;
    e.start = date("2025-12-14T10:30Z");
    e.end = date("2025-12-15T18:05Z");
    e.title = u"Talks in Berlin"_qs;
    e.description = u"Witkoff and Kushner meet Zelensky"_qs;
    e.location = u"Berlin"_qs;
    e.parties = QStringList { u"us"_qs, u"eu"_qs, u"de"_qs };
    e.issues = QStringList { u"nato"_qs, u"donbas"_qs };
    e.tags = QStringList { u"talks"_qs, u"round 1"_qs };
    e.sources = QStringList { u"ptv"_qs, u"memo"_qs };
    QVERIFY(d.insertEvent(e).ok());
    e = {};
    e.id = 3;
    e.start = date("2025");
    e.end = date("2026-03");
    e.title = u"A year of pressure"_qs;
    QVERIFY(d.insertEvent(e).ok());
    e = {};
    e.id = 7;
    e.start = date("2025-12");
    e.title = u"December statements"_qs;
    e.location = u"Moscow"_qs;
    e.parties = QStringList { u"peskov"_qs };
    QVERIFY(d.insertEvent(e).ok());

    PositionChange p;
    p.partyId = u"us"_qs;
    p.issueId = u"nato"_qs;
    p.stance = u"resists"_qs;
    p.salience = 80;
    p.effective = date("2025-12-15");
    p.recordedAt = 1765789200123; // not whole seconds
    p.recordedBy = u"analyst"_qs;
    p.confidence = Confidence::High;
    p.note = u"said on the record"_qs;
    p.citedEvents = { 2, 1 };
    p.citedSources = QStringList { u"ptv"_qs };
    QVERIFY(d.addPositionChange(p).ok());
    p = {};
    p.partyId = u"de"_qs;
    p.issueId = u"donbas"_qs;
    p.stance = u"opposes"_qs;
    p.effective = date("2025-12-14T10:30Z");
    p.recordedAt = 1765789300000;
    p.recordedBy = u"analyst"_qs;
    p.confidence = Confidence::Low;
    const auto retracted = d.addPositionChange(p);
    QVERIFY(retracted.ok());
    QVERIFY(d.setPositionRetracted(retracted.value(), true, 1765789400500, u"editor"_qs).ok());
    StatusChange s;
    s.issueId = u"nato"_qs;
    s.status = u"paused"_qs;
    s.effective = date("2025-12");
    s.recordedAt = 1765789500000;
    s.recordedBy = u"analyst"_qs;
    s.citedSources = QStringList { u"memo"_qs, u"ptv"_qs };
    s.citedEvents = { 7 };
    QVERIFY(d.addStatusChange(s).ok());
    s = {};
    s.issueId = u"donbas"_qs;
    s.status = u"contested"_qs;
    s.effective = date("2022");
    s.recordedAt = 0;
    s.recordedBy = QString();
    const auto retractedStatus = d.addStatusChange(s);
    QVERIFY(retractedStatus.ok());
    QVERIFY(d.setStatusRetracted(retractedStatus.value(), true, 1765789600000, u"editor"_qs).ok());
}

inline void compareDossiers(const Dossier& actual, const Dossier& expected)
{
    QCOMPARE(actual.name, expected.name);
    QCOMPARE(actual.description, expected.description);
    QVERIFY(actual.stanceScale() == expected.stanceScale());
    QVERIFY(actual.statusScale() == expected.statusScale());
    QCOMPARE(actual.parties().size(), expected.parties().size());
    for (qsizetype i = 0; i < expected.parties().size(); ++i)
        QVERIFY2(actual.parties()[i] == expected.parties()[i], qPrintable(expected.parties()[i].id));
    QVERIFY(actual.issues() == expected.issues());
    QVERIFY(actual.sources() == expected.sources());
    QVERIFY(actual.eras() == expected.eras());
    QVERIFY(actual.notes() == expected.notes());
    QVERIFY(actual.savedViews() == expected.savedViews());
    QCOMPARE(actual.events().size(), expected.events().size());
    for (qsizetype r = 0; r < expected.events().size(); ++r)
        QVERIFY2(actual.events().event(r) == expected.events().event(r), qPrintable(QString::number(r)));
    QCOMPARE(actual.positionChanges().size(), expected.positionChanges().size());
    for (size_t i = 0; i < expected.positionChanges().size(); ++i)
        QVERIFY2(actual.positionChanges()[i] == expected.positionChanges()[i], qPrintable(QString::number(i)));
    QCOMPARE(actual.statusChanges().size(), expected.statusChanges().size());
    for (size_t i = 0; i < expected.statusChanges().size(); ++i)
        QVERIFY2(actual.statusChanges()[i] == expected.statusChanges()[i], qPrintable(QString::number(i)));
    QCOMPARE(actual.nextChangeId(), expected.nextChangeId());
}

inline QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace StoreTest
