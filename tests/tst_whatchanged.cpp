// SPDX-License-Identifier: GPL-3.0-or-later
// The "what changed" digest: its contents for the bundled sample between 1 and 16 Dec 2025, the date
// boundaries, withdrawals and moves on a small dossier, and the text, Markdown and JSON forms.
#include "mustutil.h"
#include "whatchanged.h"

#include "jsoninterchange.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Entente;
using K = WhatChanged::Kind;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

Dossier sample()
{
    Dossier d;
    const auto error = readDossierJsonFile(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"), d);
    if (error.isError())
        qFatal("sample: %s", qPrintable(error.toString()));
    return d;
}

PositionChange position(const char* party, const char* issue, const char* date, const char* stance, int salience = -1)
{
    PositionChange c;
    c.partyId = QString::fromLatin1(party);
    c.issueId = QString::fromLatin1(issue);
    c.effective = PartialDate::parse(QString::fromLatin1(date)).value();
    c.stance = QString::fromLatin1(stance);
    c.salience = salience;
    c.citedSources = { u"s1"_qs };
    return c;
}
}

class TestWhatChanged : public QObject {
    Q_OBJECT
private slots:
    void sampleFirstToSixteenthDecember()
    {
        const Dossier d = sample();
        const auto w = WhatChanged::compute(d, at("2025-12-01"), at("2025-12-16"));
        // New positions: the Berlin round's statements (US, Ukraine, Russia, the four Europeans).
        QCOMPARE(w.count(K::NewPosition), 20);
        const auto* usTerritory = w.find(K::NewPosition, u"territory"_qs, u"us"_qs);
        QVERIFY(usTerritory);
        QCOMPARE(usTerritory->toKey, u"ambiguous"_qs);
        QCOMPARE(usTerritory->toSalience, 60);
        QCOMPARE(usTerritory->changeId, qint64(6));
        QCOMPARE(usTerritory->events, QList<qint64> { 6 });
        QCOMPARE(usTerritory->sources, QStringList { u"presstv-2025-12"_qs });
        QVERIFY(w.find(K::NewPosition, u"eu"_qs, u"ru"_qs));
        QVERIFY(w.find(K::NewPosition, u"armed-forces"_qs, u"uk"_qs));
        // Ukraine on NATO: Supports -> Ambiguous, a move toward opposition, salience assessed at 70.
        QCOMPARE(w.count(K::StanceMove), 1);
        const auto* uaNato = w.find(K::StanceMove, u"nato"_qs, u"ua"_qs);
        QVERIFY(uaNato);
        QCOMPARE(uaNato->fromKey, u"supports"_qs);
        QCOMPARE(uaNato->toKey, u"ambiguous"_qs);
        QCOMPARE(uaNato->direction, -1);
        QCOMPARE(uaNato->toSalience, 70);
        QCOMPARE(describeWhatChangedEntry(d, *uaNato), u"Ukraine: Supports → Ambiguous, toward opposition; salience – → 70"_qs);
        // Ukraine on territory: still Opposes, salience 95 -> 100.
        QCOMPARE(w.count(K::SalienceMove), 1);
        const auto* uaTerritory = w.find(K::SalienceMove, u"territory"_qs, u"ua"_qs);
        QVERIFY(uaTerritory);
        QCOMPARE(uaTerritory->fromSalience, 95);
        QCOMPARE(uaTerritory->toSalience, 100);
        QCOMPARE(w.count(K::Withdrawn), 0);
        // Russia on NATO (effective "2025-12", i.e. from 1 Dec) was already in force on 1 Dec: no change.
        QVERIFY(!w.find(K::NewPosition, u"nato"_qs, u"ru"_qs));
        // Statuses: every issue got its first status in the round.
        QCOMPARE(w.count(K::StatusChange), 6);
        const auto* territory = w.find(K::StatusChange, u"territory"_qs);
        QVERIFY(territory);
        QVERIFY(territory->fromKey.isEmpty());
        QCOMPARE(territory->toKey, u"contested"_qs);
        // Events after 1 Dec up to 16 Dec: 14 Dec and the six of 15 Dec; not the December-precision one.
        QCOMPARE(w.events, (std::vector<qint64> { 3, 4, 5, 6, 7, 8, 9 }));
        // Grouped by issue in the dossier's order, statuses first.
        QCOMPARE(w.issues.size(), size_t(6));
        QCOMPARE(w.issues[0].issueId, u"territory"_qs);
        QVERIFY(w.issues[0].entries.front().kind == K::StatusChange);
        QCOMPARE(w.issues[0].events, (std::vector<qint64> { 6, 9 }));
        QCOMPARE(w.issues[1].issueId, u"nato"_qs);
        QCOMPARE(w.issues[1].events, std::vector<qint64> { 3 });
    }

    void previousStepIsInsideTheDossier_data()
    {
        QTest::addColumn<QString>("asOf");
        QTest::addColumn<QString>("expected");
        QTest::newRow("after the round") << u"2025-12-20"_qs << u"2025-12-15"_qs;
        QTest::newRow("on the 15th") << u"2025-12-15"_qs << u"2025-12-14"_qs;
        QTest::newRow("on the 14th") << u"2025-12-14"_qs << u"2025-12-01"_qs;
        QTest::newRow("before every change") << u"2025-01-01"_qs << u"2022-02-01"_qs; // the first event
        QTest::newRow("long after") << u"2030-01-01"_qs << u"2025-12-15"_qs;
    }
    void previousStepIsInsideTheDossier()
    {
        QFETCH(QString, asOf);
        QFETCH(QString, expected);
        const Dossier d = sample();
        const auto step = WhatChanged::previousStep(d, PartialDate::parse(asOf)->msecs);
        QVERIFY(step);
        QCOMPARE(PartialDate::fromMsecs(*step, Precision::Day).toIso(), expected);
        QVERIFY(!WhatChanged::previousStep(Dossier(), 0));
    }

    void nothingBeforeTheRound()
    {
        const Dossier d = sample();
        const auto w = WhatChanged::compute(d, at("2025-06-01"), at("2025-11-30"));
        QVERIFY(w.isEmpty());
        QVERIFY(w.events.empty());
        QVERIFY(whatChangedText(d, w).contains(u"Nothing changed."_qs));
    }

    void withdrawnAndMovesBothWays()
    {
        Dossier d;
        Entente::TestUtil::must(d.insertParty(-1, { u"a"_qs, u"Alpha"_qs, u"A"_qs, u"#123456"_qs }));
        Entente::TestUtil::must(d.insertParty(-1, { u"b"_qs, u"Beta"_qs, u"B"_qs, u"#654321"_qs }));
        Entente::TestUtil::must(d.insertIssue(-1, { u"x"_qs, u"Issue <x>"_qs, {} }));
        Entente::TestUtil::must(d.insertSource(-1, { u"s1"_qs, u"Outlet"_qs, {}, u"Title"_qs, {}, u'B', 2, {} }));
        QCOMPARE(d.addPositionChange(position("a", "x", "2025-01-01", "supports", 50)).message(), QString());
        QCOMPARE(d.addPositionChange(position("a", "x", "2025-02-01", "unknown")).message(), QString());
        QCOMPARE(d.addPositionChange(position("b", "x", "2025-01-01", "opposes")).message(), QString());
        QCOMPARE(d.addPositionChange(position("b", "x", "2025-02-01", "open")).message(), QString());
        const auto w = WhatChanged::compute(d, at("2025-01-15"), at("2025-02-15"));
        const auto* a = w.find(K::Withdrawn, u"x"_qs, u"a"_qs);
        QVERIFY(a);
        QCOMPARE(a->fromKey, u"supports"_qs);
        const auto* b = w.find(K::StanceMove, u"x"_qs, u"b"_qs);
        QVERIFY(b);
        QCOMPARE(b->direction, 1);
        QVERIFY(describeWhatChangedEntry(d, *b).contains(u"toward support"_qs));
        // Backwards in time, the same cells move the other way.
        const auto back = WhatChanged::compute(d, at("2025-02-15"), at("2025-01-15"));
        QCOMPARE(back.find(K::StanceMove, u"x"_qs, u"b"_qs)->direction, -1);
        QVERIFY(back.find(K::NewPosition, u"x"_qs, u"a"_qs));
        // Markdown escapes what came from the file; JSON carries the same entries.
        const QString md = whatChangedMarkdown(d, w);
        QVERIFY(md.contains(u"## Issue \\<x\\>"_qs));
        const auto json = QJsonDocument::fromJson(whatChangedJson(d, w)).object();
        QCOMPARE(json.value(u"from"_qs).toString(), u"2025-01-15"_qs);
        const auto changes = json.value(u"issues"_qs).toArray().at(0).toObject().value(u"changes"_qs).toArray();
        QCOMPARE(changes.size(), 2);
        QCOMPARE(changes.at(0).toObject().value(u"kind"_qs).toString(), u"withdrawn"_qs);
        QCOMPARE(changes.at(1).toObject().value(u"direction"_qs).toInt(), 1);
        QCOMPARE(changes.at(1).toObject().value(u"sources"_qs).toArray().at(0).toString(), u"s1"_qs);
    }
};

QTEST_GUILESS_MAIN(TestWhatChanged)
#include "tst_whatchanged.moc"
