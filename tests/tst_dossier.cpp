// SPDX-License-Identifier: GPL-3.0-or-later
#include "mustutil.h"
#include "citations.h"
#include "reliability.h"
#include "dossier.h"

#include <QTest>

#include <limits>

Q_DECLARE_METATYPE(Entente::SavedScenario)

using namespace Entente;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

Dossier twoByTwo()
{
    Dossier d;
    Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, {} }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"eu"_qs, u"EU membership"_qs, {} }));
    return d;
}

CapabilityChange cap(const char* party, const char* issue, const char* date, double value, qint64 recorded = 0)
{
    CapabilityChange c;
    c.partyId = QString::fromLatin1(party);
    c.issueId = QString::fromLatin1(issue);
    c.effective = PartialDate::parse(QString::fromLatin1(date)).value();
    c.value = value;
    c.recordedAt = recorded;
    c.recordedBy = u"analyst"_qs;
    return c;
}

PositionChange pos(const char* party, const char* issue, const char* date, const char* stance, qint64 recorded = 0)
{
    PositionChange c;
    c.partyId = QString::fromLatin1(party);
    c.issueId = QString::fromLatin1(issue);
    c.effective = PartialDate::parse(QString::fromLatin1(date)).value();
    c.stance = QString::fromLatin1(stance);
    c.recordedAt = recorded;
    c.recordedBy = u"analyst"_qs;
    return c;
}
}

class TestDossier : public QObject {
    Q_OBJECT
private slots:
    void outletFromUrl_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("outlet");
        QTest::newRow("www") << u"https://www.reuters.com/world/europe/x"_qs << u"reuters.com"_qs;
        QTest::newRow("sub-domain") << u"http://edition.cnn.com/a?b=1"_qs << u"edition.cnn.com"_qs;
        QTest::newRow("upper case") << u"HTTPS://WWW.PRESSTV.IR/"_qs << u"presstv.ir"_qs;
        QTest::newRow("spaces") << u"  https://example.org/a  "_qs << u"example.org"_qs;
        QTest::newRow("not a web address") << u"ftp://example.org/a"_qs << QString();
        QTest::newRow("a name") << u"Reuters"_qs << QString();
        QTest::newRow("empty") << QString() << QString();
    }
    void outletFromUrl()
    {
        QFETCH(QString, url);
        QFETCH(QString, outlet);
        QCOMPARE(Entente::outletFromUrl(url), outlet);
    }

    void gradeBelow_data()
    {
        QTest::addColumn<QString>("grade");
        QTest::addColumn<QString>("threshold");
        QTest::addColumn<bool>("below");
        QTest::newRow("equal") << u"C3"_qs << u"C3"_qs << false;
        QTest::newRow("better both") << u"B2"_qs << u"C3"_qs << false;
        QTest::newRow("worse reliability") << u"D2"_qs << u"C3"_qs << true;
        QTest::newRow("worse credibility") << u"A4"_qs << u"C3"_qs << true;
        QTest::newRow("nothing cited") << QString() << u"C3"_qs << true;
        QTest::newRow("no threshold") << u"F6"_qs << QString() << false;
    }
    void gradeBelow()
    {
        QFETCH(QString, grade);
        QFETCH(QString, threshold);
        QFETCH(bool, below);
        QCOMPARE(Entente::gradeBelow(grade, threshold), below);
    }

    void corroborationCountsOutletsOnce()
    {
        // Two reports of one outlet are one source; an event the change cites brings its own sources (and claims).
        Dossier d = twoByTwo();
        auto source = [&](const char* id, const char* outlet, QChar reliability, int credibility) {
            Source s;
            s.id = QString::fromLatin1(id);
            s.outlet = QString::fromLatin1(outlet);
            s.reliability = reliability;
            s.credibility = credibility;
            QCOMPARE(d.insertSource(-1, s).message(), QString());
        };
        source("reuters-1", "Reuters", u'B', 3);
        source("reuters-2", " reuters ", u'B', 2);
        source("tass", "TASS", u'D', 4);
        PositionChange c = pos("ru", "nato", "2025-12-15", "opposes");
        c.citedSources = { u"reuters-1"_qs, u"reuters-2"_qs };
        QCOMPARE(d.addPositionChange(c).message(), QString());
        CellSupport s = cellSupport(d, d.positionChanges().back());
        QCOMPARE(s.independentSources, 1);
        QCOMPARE(s.outlets, QStringList { u"Reuters"_qs });
        QCOMPARE(s.grade, u"B2"_qs); // the stronger of B3 and B2
        Event e;
        e.start = PartialDate::parse(u"2025-12-14").value();
        e.title = u"Kremlin statement"_qs;
        e.sources = { u"tass"_qs };
        e.claims = { Claim { u"tass"_qs, 2, u"Kremlin spokesman"_qs, {} } };
        const auto row = d.insertEvent(e);
        QVERIFY(row.ok());
        c.citedEvents = { d.events().id(row.value()) };
        c.effective = PartialDate::parse(u"2025-12-16").value();
        QCOMPARE(d.addPositionChange(c).message(), QString());
        s = cellSupport(d, d.positionChanges().back());
        QCOMPARE(s.independentSources, 2);
        QCOMPARE(s.grade, u"B2"_qs);

        // The summary as of each date: one stated position, on one source then on two.
        ReliabilitySummary one = summarizeReliability(d, at("2025-12-15"), u"C3"_qs);
        QCOMPARE(one.statedPositions, 1);
        QCOMPARE(one.singleSource, 1);
        QCOMPARE(one.text(), u"1 of 1 stated position rests on one source (Reuters), all graded B2; 0 graded below C3."_qs);
        ReliabilitySummary two = summarizeReliability(d, at("2025-12-16"), u"A1"_qs);
        QCOMPARE(two.singleSource, 0);
        QCOMPARE(two.belowThreshold, 1);
        PositionChange bare = pos("ua", "eu", "2025-12-16", "supports");
        QCOMPARE(d.addPositionChange(bare).message(), QString());
        const ReliabilitySummary three = summarizeReliability(d, at("2025-12-16"), u"C3"_qs);
        QCOMPARE(three.statedPositions, 2);
        QCOMPARE(three.unsourced, 1);
        QCOMPARE(three.belowThreshold, 1); // citing nothing is below any threshold
        QCOMPARE(three.text(), u"0 of 2 stated positions rest on one source; 1 cites no source; 1 graded below C3."_qs);
    }

    void claimsAndGrades()
    {
        Dossier d = twoByTwo();
        Source tass;
        tass.id = u"tass"_qs;
        tass.outlet = u"TASS"_qs;
        tass.reliability = u'D';
        tass.credibility = 4;
        QCOMPARE(d.insertSource(-1, tass).message(), QString());
        // A citation without a claim keeps the source's grade; a claim's credibility replaces the source's own.
        QCOMPARE(citationGrade(tass, nullptr), u"D4"_qs);
        const Claim claim { u"tass"_qs, 3, u"Kremlin spokesman Dmitry Peskov"_qs, u"a fundamental question"_qs };
        QCOMPARE(citationGrade(tass, &claim), u"D3"_qs);
        QCOMPARE(citationsText(d, { u"tass"_qs, u"gone"_qs }, { claim }),
            u"TASS D3 — Kremlin spokesman Dmitry Peskov: “a fundamental question”; gone"_qs);
        QCOMPARE(citationsText(d, { u"tass"_qs }, { claim }, false), u"TASS D3 — Kremlin spokesman Dmitry Peskov"_qs);
        QCOMPARE(reliabilityMeaning(u'D'), u"Not usually reliable"_qs);
        QCOMPARE(credibilityMeaning(3), u"Possibly true"_qs);
        QVERIFY(reliabilityMeaning(u'G').isEmpty());
        QVERIFY(credibilityMeaning(0).isEmpty());

        // Claims travel with the event, and are checked with it.
        Event e;
        e.start = PartialDate::parse(u"2025-12-15").value();
        e.title = u"Peskov briefs reporters"_qs;
        e.sources = { u"tass"_qs };
        e.claims = { claim };
        const auto row = d.insertEvent(e);
        QVERIFY2(row.ok(), qPrintable(row.message()));
        QCOMPARE(d.events().event(row.value()).claims, e.claims);
        Event moved = d.events().event(row.value());
        moved.start = PartialDate::parse(u"2025-12-16").value();
        QVERIFY(d.updateEvent(moved).ok());
        QCOMPARE(d.events().claims(moved.id), e.claims); // re-dated, the claim stays with the event
        Event bad = e;
        bad.claims = { Claim { u"reuters"_qs, 2, {}, {} } };
        auto refused = d.insertEvent(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"not cited"), qPrintable(refused.message()));
        bad.claims = { claim, claim };
        refused = d.insertEvent(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"two claims"), qPrintable(refused.message()));
        bad.claims = { Claim { u"tass"_qs, 0, {}, {} } };
        refused = d.insertEvent(bad);
        QVERIFY(!refused.ok());
        QVERIFY2(refused.message().contains(u"1 to 6"), qPrintable(refused.message()));
        QCOMPARE(d.removeEvent(moved.id).message(), QString());
        QVERIFY(d.events().allClaims().isEmpty());

        // And with a change.
        PositionChange c = pos("ru", "nato", "2025-12-15", "opposes");
        c.citedSources = { u"tass"_qs };
        c.claims = { claim };
        QCOMPARE(d.addPositionChange(c).message(), QString());
        QCOMPARE(d.positionChanges().back().claims, c.claims);
        c.claims = { Claim { u"other"_qs, 3, {}, {} } };
        QVERIFY(d.addPositionChange(c).message().contains(u"not cited"));
        QVERIFY(d.validate().isEmpty());
    }

    void asOf_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<QString>("expected"); // stance key, or empty for none
        QTest::newRow("before-first") << u"2025-12-13"_qs << QString();
        QTest::newRow("on-first") << u"2025-12-14"_qs << u"resists"_qs;
        QTest::newRow("between") << u"2025-12-14T18:00Z"_qs << u"resists"_qs;
        QTest::newRow("tie-later-record-wins") << u"2025-12-15"_qs << u"open"_qs;
        QTest::newRow("after-last") << u"2026-06-01"_qs << u"open"_qs;
        QTest::newRow("retracted-skipped") << u"2025-12-16"_qs << u"open"_qs;
    }
    void asOf()
    {
        QFETCH(QString, date);
        QFETCH(QString, expected);
        Dossier d = twoByTwo();
        QCOMPARE(d.addPositionChange(pos("ua", "nato", "2025-12-14", "resists", 1)).message(), QString());
        QCOMPARE(d.addPositionChange(pos("ua", "nato", "2025-12-15", "ambiguous", 2)).message(), QString());
        QCOMPARE(d.addPositionChange(pos("ua", "nato", "2025-12-15", "open", 3)).message(), QString()); // correction, same day
        const auto retracted = d.addPositionChange(pos("ua", "nato", "2025-12-16", "opposes", 4));
        QCOMPARE(retracted.message(), QString());
        QCOMPARE(retracted.value(), qint64(4));
        QCOMPARE(d.setPositionRetracted(retracted.value(), true, 5, u"analyst"_qs).message(), QString());
        const auto* c = d.positionAsOf(d.partyIndex(u"ua"_qs), d.issueIndex(u"nato"_qs), PartialDate::parse(date)->msecs);
        QCOMPARE(c ? c->stance : QString(), expected);
        // Another cell is untouched.
        QVERIFY(!d.positionAsOf(d.partyIndex(u"ru"_qs), d.issueIndex(u"nato"_qs), at("2030")));
        // Retraction keeps the change in history.
        QCOMPARE(d.cellHistory(0, 0).size(), size_t(4));
        QVERIFY(d.cellHistory(0, 0).back()->retracted);
    }

    void restoreAfterRetraction()
    {
        Dossier d = twoByTwo();
        const auto added = d.addPositionChange(pos("ru", "eu", "2025-12-15", "open"));
        QVERIFY(added.ok());
        const qint64 id = added.value();
        QVERIFY(d.setPositionRetracted(id, true, 10, u"a"_qs).ok());
        QVERIFY(!d.positionAsOf(1, 1, at("2026")));
        QVERIFY(d.setPositionRetracted(id, false, 11, u"a"_qs).ok());
        QCOMPARE(d.positionAsOf(1, 1, at("2026"))->stance, u"open"_qs);
    }

    void matrixAsOf()
    {
        Dossier d = twoByTwo();
        Entente::TestUtil::must(d.addPositionChange(pos("ua", "nato", "2025-12-14", "resists")));
        Entente::TestUtil::must(d.addPositionChange(pos("ru", "nato", "2025-12-15", "opposes")));
        Entente::TestUtil::must(d.addPositionChange(pos("ru", "eu", "2025-12-15", "open")));
        std::vector<qint32> m;
        d.matrixAsOf(at("2025-12-14T12:00"), m);
        QCOMPARE(m.size(), size_t(4));
        QCOMPARE(m[size_t(d.cellOf(0, 0))], 0);
        QCOMPARE(m[size_t(d.cellOf(1, 0))], -1);
        d.matrixAsOf(at("2025-12-15"), m);
        QCOMPARE(d.positionChanges()[size_t(m[size_t(d.cellOf(1, 1))])].stance, u"open"_qs);
        // Parties inserted later re-index the matrix without losing history.
        Entente::TestUtil::must(d.insertParty(0, { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs }));
        QCOMPARE(d.positionAsOf(d.partyIndex(u"ru"_qs), d.issueIndex(u"eu"_qs), at("2026"))->stance, u"open"_qs);
    }

    // Russia: general 80 from the 10th, 60 from the 20th; on NATO 95 from the 15th (retracted one of 10 on the
    // 17th). Issue-specific wins over general whatever their dates; without one, the general applies.
    void capabilityAsOf_data()
    {
        QTest::addColumn<QString>("issue"); // empty: the general capability only
        QTest::addColumn<QString>("date");
        QTest::addColumn<double>("expected"); // −1: none
        QTest::newRow("before-any") << u"nato"_qs << u"2025-12-09"_qs << -1.0;
        QTest::newRow("general-applies-to-nato") << u"nato"_qs << u"2025-12-12"_qs << 80.0;
        QTest::newRow("general-applies-to-eu") << u"eu"_qs << u"2025-12-16"_qs << 80.0;
        QTest::newRow("issue-specific-wins") << u"nato"_qs << u"2025-12-16"_qs << 95.0;
        QTest::newRow("retracted-skipped") << u"nato"_qs << u"2025-12-18"_qs << 95.0;
        QTest::newRow("specific-wins-over-newer-general") << u"nato"_qs << u"2025-12-21"_qs << 95.0;
        QTest::newRow("newer-general-elsewhere") << u"eu"_qs << u"2025-12-21"_qs << 60.0;
        QTest::newRow("general-only") << QString() << u"2025-12-16"_qs << 80.0;
    }
    void capabilityAsOf()
    {
        QFETCH(QString, issue);
        QFETCH(QString, date);
        QFETCH(double, expected);
        Dossier d = twoByTwo();
        QCOMPARE(d.addCapabilityChange(cap("ru", "", "2025-12-10", 80, 1)).message(), QString());
        QCOMPARE(d.addCapabilityChange(cap("ru", "", "2025-12-20", 60, 2)).message(), QString());
        QCOMPARE(d.addCapabilityChange(cap("ru", "nato", "2025-12-15", 95, 3)).message(), QString());
        const auto retracted = d.addCapabilityChange(cap("ru", "nato", "2025-12-17", 10, 4));
        QCOMPARE(retracted.message(), QString());
        QCOMPARE(d.setCapabilityRetracted(retracted.value(), true, 5, u"analyst"_qs).message(), QString());
        const auto* c = d.capabilityAsOf(d.partyIndex(u"ru"_qs), issue.isEmpty() ? -1 : d.issueIndex(issue), at(qPrintable(date)));
        QCOMPARE(c ? c->value : -1.0, expected);
        // Ukraine has none; the history keeps the retracted change.
        QVERIFY(!d.capabilityAsOf(d.partyIndex(u"ua"_qs), 0, at("2030")));
        QCOMPARE(d.capabilityHistory(d.partyIndex(u"ru"_qs)).size(), size_t(4));
        QVERIFY(d.capabilityHistory(d.partyIndex(u"ru"_qs))[2]->retracted);
        // Inserting a party and an issue re-indexes without losing the capabilities.
        QVERIFY(d.insertParty(0, { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs }).ok());
        QVERIFY(d.insertIssue(0, { u"peace"_qs, u"Peace force"_qs, {} }).ok());
        const auto* again = d.capabilityAsOf(d.partyIndex(u"ru"_qs), issue.isEmpty() ? -1 : d.issueIndex(issue), at(qPrintable(date)));
        QCOMPARE(again ? again->value : -1.0, expected);
    }

    void capabilityIsChecked()
    {
        Dossier d = twoByTwo();
        QVERIFY2(d.addCapabilityChange(cap("ru", "", "2025-12-10", -1)).message().contains(u"negative"),
            qPrintable(d.addCapabilityChange(cap("ru", "", "2025-12-10", -1)).message()));
        QCOMPARE(d.addCapabilityChange(cap("xx", "", "2025-12-10", 1)).message(), u"unknown party \"xx\""_qs);
        QCOMPARE(d.addCapabilityChange(cap("ru", "xx", "2025-12-10", 1)).message(), u"unknown issue \"xx\""_qs);
        QVERIFY(!d.addCapabilityChange(cap("ru", "", "2025-12-10", std::numeric_limits<double>::infinity())).ok());
        QVERIFY(d.capabilityChanges().empty());
        // Any non-negative scale; zero is a capability too.
        QCOMPARE(d.addCapabilityChange(cap("ru", "", "2025-12-10", 0)).message(), QString());
        QCOMPARE(d.addCapabilityChange(cap("ua", "eu", "2025-12-11", 1e6)).message(), QString());
        // A party or issue that a capability names cannot be removed; its date counts as a change date.
        QVERIFY(!d.removeParty(u"ru"_qs).ok());
        QVERIFY(!d.removeIssue(u"eu"_qs).ok());
        QCOMPARE(d.changeDates(), (std::vector<qint64> { at("2025-12-10"), at("2025-12-11") }));
        QVERIFY(d.validate().isEmpty());
    }

    // An issue's own axis: anchors by increasing value with labels; a position may carry a value on it, within
    // its ends; the axis cannot be changed from under recorded values.
    void issueAxis_data()
    {
        QTest::addColumn<QList<AxisAnchor>>("axis");
        QTest::addColumn<QString>("error");
        QTest::newRow("none") << QList<AxisAnchor> {} << QString();
        QTest::newRow("two") << QList<AxisAnchor> { { 0, u"full withdrawal"_qs }, { 100, u"recognition"_qs } } << QString();
        QTest::newRow("one") << QList<AxisAnchor> { { 0, u"a"_qs } } << u"an axis needs at least two anchors"_qs;
        QTest::newRow("decreasing") << QList<AxisAnchor> { { 0, u"a"_qs }, { 100, u"b"_qs }, { 50, u"c"_qs } }
                                    << u"anchor values must increase: 50 (\"c\") comes after 100 (\"b\")"_qs;
        QTest::newRow("equal") << QList<AxisAnchor> { { 10, u"a"_qs }, { 10, u"b"_qs } }
                               << u"anchor values must increase: 10 (\"b\") comes after 10 (\"a\")"_qs;
        QTest::newRow("no-label") << QList<AxisAnchor> { { 0, u"a"_qs }, { 1, u" "_qs } }
                                  << u"anchor 2 (1) has no label"_qs;
    }
    void issueAxis()
    {
        QFETCH(QList<AxisAnchor>, axis);
        QFETCH(QString, error);
        QCOMPARE(checkAxis(axis), error);
        Dossier d = twoByTwo();
        Issue territory { u"territory"_qs, u"Territory"_qs, {}, axis };
        const QString inserted = d.insertIssue(-1, territory).message();
        QCOMPARE(inserted, error.isEmpty() ? QString() : u"issue \"territory\": "_qs + error);
        Issue nato = d.issues()[d.issueIndex(u"nato"_qs)];
        nato.axis = axis;
        QCOMPARE(d.updateIssue(nato).message(), error.isEmpty() ? QString() : u"issue \"nato\": "_qs + error);
    }
    void axisValues()
    {
        Dossier d = twoByTwo();
        PositionChange c = pos("ru", "nato", "2025-12-15", "opposes");
        c.axisValue = 80;
        QCOMPARE(d.addPositionChange(c).message(), u"issue \"nato\" has no axis of its own: the position is its stance"_qs);
        Issue nato = d.issues()[d.issueIndex(u"nato"_qs)];
        nato.axis = { { 0, u"no membership"_qs }, { 50, u"neutral status"_qs }, { 100, u"full membership"_qs } };
        QCOMPARE(d.updateIssue(nato).message(), QString());
        c.axisValue = 120;
        QCOMPARE(d.addPositionChange(c).message(), u"the value 120 is off the axis of \"nato\" (0 to 100)"_qs);
        c.axisValue = 10;
        QCOMPARE(d.addPositionChange(c).message(), QString());
        QCOMPARE(d.positionAsOf(d.partyIndex(u"ru"_qs), d.issueIndex(u"nato"_qs), at("2026"))->axisValue, 10.0);
        // The axis cannot leave a recorded value behind, nor go away under it.
        Issue narrower = nato;
        narrower.axis = { { 20, u"neutral"_qs }, { 100, u"full"_qs } };
        QCOMPARE(d.updateIssue(narrower).message(), u"issue \"nato\": the recorded value 10 would be off the axis (20 to 100)"_qs);
        Issue plain = nato;
        plain.axis.clear();
        QCOMPARE(d.updateIssue(plain).message(), u"issue \"nato\": recorded positions carry values on its axis"_qs);
        nato.axis[1].label = u"armed neutrality"_qs; // relabelling is fine
        QCOMPARE(d.updateIssue(nato).message(), QString());
    }

    void statusAsOf()
    {
        Dossier d = twoByTwo();
        StatusChange s;
        s.issueId = u"eu"_qs;
        s.effective = PartialDate::parse(u"2025-12-15").value();
        s.status = u"converging"_qs;
        QCOMPARE(d.addStatusChange(s).message(), QString());
        QVERIFY(!d.statusAsOf(1, at("2025-12-14")));
        QCOMPARE(d.statusAsOf(1, at("2025-12-15"))->status, u"converging"_qs);
        s.status = u"nonsense"_qs;
        QCOMPARE(d.addStatusChange(s).message(), u"unknown status \"nonsense\""_qs);
    }

    void invariants()
    {
        Dossier d = twoByTwo();
        QVERIFY(d.insertParty(-1, { u"ua"_qs, u"Again"_qs }).message().contains(u"duplicate party id"));
        QVERIFY(d.insertParty(-1, { u"x"_qs, u"X"_qs, {}, u"red"_qs }).message().contains(u"#rrggbb"));
        QVERIFY(d.addPositionChange(pos("zz", "nato", "2025-12-14", "open")).message().contains(u"unknown party"));
        QVERIFY(d.addPositionChange(pos("ua", "nato", "2025-12-14", "maybe")).message().contains(u"unknown stance"));
        Event e;
        e.start = PartialDate::parse(u"2025-12-15").value();
        e.title = u"Talks"_qs;
        e.parties = { u"nobody"_qs };
        const auto refused = d.insertEvent(e);
        QVERIFY(!refused.ok());
        QVERIFY(refused.message().contains(u"unknown party \"nobody\""));
        QCOMPARE(refused.error().kind(), Error::Kind::Invalid);
        e.parties = { u"ua"_qs };
        QVERIFY(d.insertEvent(e).ok());
        const auto referenced = d.removeParty(u"ua"_qs);
        QVERIFY(referenced.message().contains(u"still referenced"));
        QCOMPARE(referenced.error().kind(), Error::Kind::Invalid);
        const auto unknown = d.removeParty(u"nobody"_qs);
        QCOMPARE(unknown.error().kind(), Error::Kind::NotFound);
        QCOMPARE(unknown.message(), u"unknown party \"nobody\""_qs);
        QCOMPARE(d.removeParty(u"ru"_qs).message(), QString());
        QCOMPARE(d.parties().size(), 1);
        QVERIFY(d.validate().isEmpty());
        // A stance level in use cannot be renamed away; its label can change.
        Entente::TestUtil::must(d.addPositionChange(pos("ua", "nato", "2025-12-14", "open")));
        auto scale = d.stanceScale();
        scale[3].label = u"Receptive"_qs;
        QCOMPARE(d.setStanceScale(scale).message(), QString());
        QCOMPARE(d.stanceLevel(u"open"_qs)->label, u"Receptive"_qs);
        scale.removeAt(3);
        QVERIFY(d.setStanceScale(scale).message().contains(u"used by recorded positions"));
    }

    void notesAreCheckedAndHoldTheirTargets()
    {
        Dossier d = twoByTwo();
        Source src;
        src.id = u"s"_qs;
        QCOMPARE(d.insertSource(-1, src).message(), QString());
        QCOMPARE(d.insertEra(-1, { u"round"_qs, u"Round"_qs, PartialDate::parse(u"2025-12-14").value(), PartialDate::parse(u"2025-12-15").value(), {} }).message(),
            QString());
        Event e;
        e.start = PartialDate::parse(u"2025-12-15").value();
        e.title = u"Talks"_qs;
        const auto row = d.insertEvent(e);
        QVERIFY(row.ok());
        const qint64 eventId = d.events().id(row.value());
        const QString party = d.parties()[0].id, issue = d.issues()[0].id;
        auto note = [](const char* id, NoteTarget t) {
            Note n;
            n.id = QString::fromLatin1(id);
            n.target = t;
            n.text = u"text"_qs;
            return n;
        };
        Note cell = note("c", NoteTarget::Cell);
        cell.partyId = party;
        cell.issueId = issue;
        Note onEvent = note("e", NoteTarget::Event);
        onEvent.eventId = eventId;
        Note onEra = note("r", NoteTarget::Era);
        onEra.eraId = u"round"_qs;
        Note judgement = note("j", NoteTarget::Date);
        judgement.date = PartialDate::parse(u"2025-12").value();
        judgement.confidence = Confidence::High;
        judgement.evidence = { Claim { u"s"_qs, 2, {}, {} } };
        for (const Note& n : { cell, onEvent, onEra, judgement })
            QCOMPARE(d.insertNote(-1, n).message(), QString());
        QCOMPARE(d.notesOnCell(party, issue), QList<qsizetype> { 0 });
        QCOMPARE(d.notesOnEvent(eventId), QList<qsizetype> { 1 });
        // What a note is pinned to, or cites, stays while the note is there.
        QVERIFY(d.removeParty(party).message().contains(u"notes"));
        QVERIFY(d.removeIssue(issue).message().contains(u"notes"));
        QVERIFY(d.removeEvent(eventId).message().contains(u"note"));
        QVERIFY(d.removeEra(u"round"_qs).message().contains(u"note"));
        QVERIFY(d.removeSource(u"s"_qs).message().contains(u"cited"));
        QCOMPARE(d.removeNote(u"e"_qs).message(), QString());
        QCOMPARE(d.removeEvent(eventId).message(), QString());
        // Bad notes, each with its reason.
        Note bad = note("x", NoteTarget::Date);
        QVERIFY(d.insertNote(-1, bad).message().contains(u"has none")); // a date note without a date
        bad.date = judgement.date;
        bad.partyId = party;
        QVERIFY(d.insertNote(-1, bad).message().contains(u"names a party"));
        bad = note("x", NoteTarget::Event);
        bad.eventId = eventId; // removed above
        QVERIFY(d.insertNote(-1, bad).message().contains(u"unknown event"));
        bad = cell;
        QVERIFY(d.insertNote(-1, bad).message().contains(u"duplicate"));
        bad.id = u"x"_qs;
        bad.text = u" "_qs;
        QVERIFY(d.insertNote(-1, bad).message().contains(u"no text"));
        QVERIFY(d.updateNote(note("nope", NoteTarget::Party)).message().contains(u"unknown note"));
        // While the events are pending (a two-phase open), a note on an event is taken on trust and checked by
        // validate() once they are in.
        Dossier pending = twoByTwo();
        pending.setEventsPending(true);
        Note early = note("early", NoteTarget::Event);
        early.eventId = 77;
        QCOMPARE(pending.insertNote(-1, early).message(), QString());
        QVERIFY(!pending.adoptEvents(EventStore()).ok());
    }

    void savedViewsHaveUniqueNames()
    {
        Dossier d;
        SavedView v;
        v.id = u"a"_qs;
        v.name = u"Berlin"_qs;
        QCOMPARE(d.insertSavedView(-1, v).message(), QString());
        SavedView w = v;
        w.id = u"b"_qs;
        w.name = u"BERLIN "_qs;
        QVERIFY(d.insertSavedView(-1, w).message().contains(u"exists already"));
        w.name = u"Geneva"_qs;
        w.chartPeriod = u"fortnight"_qs;
        QVERIFY(d.insertSavedView(-1, w).message().contains(u"fortnight"));
        w.chartPeriod = u"week"_qs;
        QCOMPARE(d.insertSavedView(0, w).message(), QString());
        QCOMPARE(d.savedViews()[0].id, u"b"_qs);
        QCOMPARE(d.savedViewByName(u"  geneva"_qs), 0);
        QCOMPARE(d.savedViewByName(u"Paris"_qs), -1);
        v.name = u"Berlin"_qs; // renaming to its own name is fine
        v.lanes = u"single"_qs;
        QCOMPARE(d.updateSavedView(v).message(), QString());
        v.name = u"geneva"_qs;
        QVERIFY(d.updateSavedView(v).message().contains(u"exists already"));
        QCOMPARE(d.removeSavedView(u"a"_qs).message(), QString());
        QVERIFY(d.removeSavedView(u"a"_qs).message().contains(u"unknown view"));
    }

    // A view's forecast scenario names an issue and parties of the dossier (by id), a model the forecast knows and
    // values in range; the error names the view and what is wrong. While a scenario names them, the party and the
    // issue cannot be removed (a file would then name what is gone).
    void savedViewScenarios_data()
    {
        QTest::addColumn<SavedScenario>("scenario");
        QTest::addColumn<QString>("error");
        const SavedScenario good { u"nato"_qs, u"eu"_qs, 12, u"markov"_qs, { { u"ru"_qs, { -1, 10, 3 } } } };
        QTest::newRow("good") << good << QString();
        QTest::newRow("no overrides") << SavedScenario { u"eu"_qs, u"median"_qs } << QString();
        SavedScenario s = good;
        s.issue = u"moon"_qs;
        QTest::newRow("issue") << s << u"view \"What if\": the scenario's issue \"moon\" is not in the dossier"_qs;
        s = good;
        s.overrides[u"zz"_qs].capability = 1;
        QTest::newRow("party")
            << s << u"view \"What if\": the scenario changes party \"zz\", which is not in the dossier"_qs;
        s = good;
        s.model = u"oracle"_qs;
        QTest::newRow("model")
            << s
            << u"view \"What if\": scenario: unknown model \"oracle\" (mean, median, condorcet, nash, eu or smp)"_qs;
        s = good;
        s.rounds = 0;
        QTest::newRow("rounds") << s << u"view \"What if\": scenario: rounds must be from 1 to 10000, not 0"_qs;
        s = good;
        s.pce = u"chaotic"_qs;
        QTest::newRow("pce") << s
                             << u"view \"What if\": scenario: unknown PCE form \"chaotic\" (conditional or markov)"_qs;
        s = good;
        s.overrides[u"ru"_qs].salience = 101;
        QTest::newRow("salience") << s << u"view \"What if\": scenario: party \"ru\": salience 101 is outside 0–100"_qs;
        s = good;
        s.overrides[u"ru"_qs].capability = -0.5;
        QTest::newRow("capability") << s << u"view \"What if\": scenario: party \"ru\": capability -0.5 is negative"_qs;
        s = good;
        s.overrides[u"ru"_qs].position = std::numeric_limits<double>::quiet_NaN();
        QTest::newRow("nan") << s << u"view \"What if\": scenario: party \"ru\": a value is not a finite number"_qs;
        s = good;
        s.overrides[u"ua"_qs] = {};
        QTest::newRow("empty override")
            << s << u"view \"What if\": scenario: the override of party \"ua\" changes nothing"_qs;
        s = good;
        s.issue.clear();
        QTest::newRow("no issue") << s << u"view \"What if\": scenario: no issue"_qs;
    }

    void savedViewScenarios()
    {
        QFETCH(SavedScenario, scenario);
        QFETCH(QString, error);
        Dossier d = twoByTwo();
        SavedView v;
        v.id = u"v"_qs;
        v.name = u"What if"_qs;
        v.scenario = scenario;
        QCOMPARE(d.insertSavedView(-1, v).message(), error);
        if (!error.isEmpty()) {
            QVERIFY(d.savedViews().isEmpty());
            return;
        }
        QCOMPARE(d.savedViews()[0].scenario, std::optional<SavedScenario>(scenario));
        if (!scenario.overrides.empty()) {
            QVERIFY(d.removeParty(u"ru"_qs).message().contains(u"saved scenarios"));
            QCOMPARE(d.partyIndex(u"ru"_qs), 1);
        }
        QVERIFY(d.removeIssue(scenario.issue).message().contains(u"saved scenarios"));
        QCOMPARE(d.removeParty(u"ua"_qs).message(), QString()); // no scenario names it
        QCOMPARE(d.removeSavedView(u"v"_qs).message(), QString());
        QCOMPARE(d.removeIssue(scenario.issue).message(), QString());
        QCOMPARE(d.removeParty(u"ru"_qs).message(), QString());
    }

    void dateRangeAndChangeDates()
    {
        Dossier d = twoByTwo();
        QVERIFY(!d.dateRange());
        Entente::TestUtil::must(d.addPositionChange(pos("ua", "nato", "2025-12-14", "resists")));
        Entente::TestUtil::must(d.addPositionChange(pos("ru", "nato", "2025-12-15", "opposes")));
        Entente::TestUtil::must(d.addPositionChange(pos("ru", "eu", "2025-12-15", "open")));
        QCOMPARE(d.changeDates(), (std::vector<qint64> { at("2025-12-14"), at("2025-12-15") }));
        QCOMPARE(d.dateRange()->first, at("2025-12-14"));
    }
};

QTEST_APPLESS_MAIN(TestDossier)
#include "tst_dossier.moc"
