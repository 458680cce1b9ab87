// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// A small hand-made dossier shared by the chart and export suites: four parties, two issues, six events,
// position and status histories with a retraction and an Unknown stance. `hostile` names a party and an issue
// with markup to check escaping.

#include "dossier.h"
#include "mustutil.h"

namespace ChartFixture {

inline qint64 at(const char* iso) { return Entente::PartialDate::parse(QString::fromLatin1(iso))->msecs; }

inline Entente::PositionChange pos(const char* party, const char* issue, const char* date, const char* stance,
    int salience = -1)
{
    Entente::PositionChange c;
    c.partyId = QString::fromLatin1(party);
    c.issueId = QString::fromLatin1(issue);
    c.effective = Entente::PartialDate::parse(QString::fromLatin1(date)).value();
    c.stance = QString::fromLatin1(stance);
    c.salience = salience;
    c.recordedAt = c.effective.msecs;
    c.recordedBy = u"analyst"_qs;
    return c;
}

inline Entente::StatusChange status(const char* issue, const char* date, const char* key)
{
    Entente::StatusChange c;
    c.issueId = QString::fromLatin1(issue);
    c.effective = Entente::PartialDate::parse(QString::fromLatin1(date)).value();
    c.status = QString::fromLatin1(key);
    c.recordedAt = c.effective.msecs;
    c.recordedBy = u"analyst"_qs;
    return c;
}

inline Entente::Dossier make(bool hostile = false)
{
    using namespace Entente;
    Dossier d;
    d.name = hostile ? u"<b>x</b> talks"_qs : u"Test talks 2025"_qs;
    Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, hostile ? u"<img src=\"x\">"_qs : u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs }));
    Entente::TestUtil::must(d.insertParty(-1, { u"eu"_qs, u"European leaders"_qs, u"EU"_qs, u"#ffcc00"_qs }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"nato"_qs, hostile ? u"<b>x</b>"_qs : u"NATO membership"_qs, {} }));
    Entente::TestUtil::must(d.insertIssue(-1, { u"territory"_qs, u"Territory"_qs, {} }));
    Entente::TestUtil::must(d.insertSource(-1, { u"s1"_qs, u"Reuters"_qs, u"https://example.org/1"_qs, u"Talks open"_qs,
                           PartialDate::fromYmd(2025, 1, 10), u'A', 2, {} }));
    Entente::TestUtil::must(d.insertSource(-1, { u"s2"_qs, u"TASS"_qs, u"https://example.org/2"_qs, u"Statement"_qs,
                           PartialDate::fromYmd(2025, 2, 3), u'D', 4, {} }));
    struct E {
        const char* date;
        QStringList parties, issues, sources;
    };
    const E events[] = {
        { "2025-01-10", { u"ua"_qs, u"us"_qs }, { u"nato"_qs }, { u"s1"_qs } },
        { "2025-01-20", { u"ru"_qs }, { u"territory"_qs }, {} },
        { "2025-02-03", { u"ua"_qs, u"ru"_qs }, { u"nato"_qs, u"territory"_qs }, { u"s2"_qs } },
        { "2025-02-28", { u"us"_qs }, { u"territory"_qs }, {} },
        { "2025-03-15", { u"eu"_qs }, { u"nato"_qs }, { u"s1"_qs, u"s2"_qs } },
        { "2025-06-30", { u"ua"_qs, u"eu"_qs }, { u"territory"_qs }, {} },
    };
    int n = 0;
    for (const auto& e : events) {
        Event ev;
        ev.start = PartialDate::parse(QString::fromLatin1(e.date)).value();
        ev.title = u"Event %1"_qs.arg(++n);
        ev.parties = e.parties;
        ev.issues = e.issues;
        ev.sources = e.sources;
        Entente::TestUtil::must(d.insertEvent(ev));
    }
    Entente::TestUtil::must(d.addPositionChange(pos("ua", "nato", "2025-01-10", "supports", 80)));
    Entente::TestUtil::must(d.addPositionChange(pos("ua", "nato", "2025-03-01", "open", 50)));
    const auto retracted = d.addPositionChange(pos("ua", "nato", "2025-06-01", "opposes"));
    Entente::TestUtil::must(retracted);
    Entente::TestUtil::must(d.setPositionRetracted(retracted.value(), true, at("2025-06-02"), u"analyst"_qs));
    Entente::TestUtil::must(d.addPositionChange(pos("ru", "nato", "2025-01-15", "opposes", 100)));
    Entente::TestUtil::must(d.addPositionChange(pos("ru", "nato", "2025-04-01", "resists")));
    Entente::TestUtil::must(d.addPositionChange(pos("us", "nato", "2025-02-01", "ambiguous")));
    Entente::TestUtil::must(d.addPositionChange(pos("us", "nato", "2025-05-01", "unknown")));
    Entente::TestUtil::must(d.addPositionChange(pos("ua", "territory", "2025-01-10", "opposes")));
    Entente::TestUtil::must(d.addPositionChange(pos("ru", "territory", "2025-01-20", "supports")));
    Entente::TestUtil::must(d.addPositionChange(pos("us", "territory", "2025-02-28", "open")));
    Entente::TestUtil::must(d.addPositionChange(pos("eu", "territory", "2025-03-15", "resists")));
    Entente::TestUtil::must(d.addStatusChange(status("nato", "2025-01-01", "contested")));
    Entente::TestUtil::must(d.addStatusChange(status("nato", "2025-04-15", "converging")));
    Entente::TestUtil::must(d.addStatusChange(status("territory", "2025-01-01", "deadlocked")));
    return d;
}

} // namespace ChartFixture
