// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the interchange tests: a dossier that uses every field, and a field-by-field comparison that
// names the first difference (QCOMPARE on a whole Dossier would say only "different").

#include "dossier.h"
#include "mustutil.h" // builders must not fail

#include <QString>

#include <algorithm>

namespace Entente::TestUtil {

inline PartialDate date(const char* iso) { return PartialDate::parse(QString::fromUtf8(iso)).value(); }

inline Dossier everyField()
{
    Dossier d;
    d.name = u"Berlin talks \"2025\""_qs;
    d.description = u"Line one\nLine two\twith a tab, a \\ backslash, \u00e9, \u20ac and an emoji \U0001F54A"_qs;
    auto stance = defaultStanceScale();
    stance[0].label = u"Rejects"_qs; // renamed by the analyst
    must(d.setStanceScale(stance));
    must(d.insertParty(-1,
        { u"eu"_qs, u"European leaders"_qs, u"EU"_qs, u"#003399"_qs, PartyKind::Bloc, {}, u"Germany, France, UK"_qs }));
    must(d.insertParty(-1, { u"de"_qs, u"Germany"_qs, u"DE"_qs, u"#000000"_qs, PartyKind::State, u"eu"_qs, {} }));
    must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, {}, {}, PartyKind::State, {}, {} }));
    must(d.insertParty(-1, { u"witkoff"_qs, u"Steve Witkoff"_qs, {}, {}, PartyKind::Person, {}, {} }));
    must(d.moveParty(1, 0)); // a member listed before its bloc
    must(d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, u"Whether Ukraine may join"_qs }));
    must(d.insertIssue(-1, { u"donbas"_qs, u"Territory / Donbas"_qs, {} }));
    Source s;
    s.id = u"presstv"_qs;
    s.outlet = u"Press TV"_qs;
    s.url = u"https://example.org/a?b=1&c=2"_qs;
    s.title = u"Talks in Berlin"_qs;
    s.published = date("2025-12-16");
    s.reliability = u'C';
    s.credibility = 3;
    s.note = u"State media"_qs;
    must(d.insertSource(-1, s));
    must(d.insertSource(-1, Source { u"bare"_qs }));
    must(d.insertEra(-1, { u"berlin"_qs, u"Berlin round"_qs, date("2025-12-14"), date("2025-12-15"), u"#eeeeee"_qs }));
    Event e;
    e.id = 7;
    e.start = date("2022-02");
    e.title = u"Full-scale invasion"_qs;
    must(d.insertEvent(e));
    e = {};
    e.id = 3;
    e.start = date("2025-12-14");
    e.end = date("2025-12-15");
    e.title = u"Talks in Berlin"_qs;
    e.description = u"Envoys met \"for hours\".\nSecond line."_qs;
    e.location = u"Berlin"_qs;
    e.parties = { u"us"_qs, u"de"_qs };
    e.issues = { u"nato"_qs, u"donbas"_qs };
    e.tags = { u"talks"_qs, u"=formula"_qs };
    e.sources = { u"presstv"_qs };
    e.claims = { Claim { u"presstv"_qs, 4, u"an unnamed \"senior\" official"_qs, u"Ninety per cent\tagreed"_qs } };
    must(d.insertEvent(e));
    e.id = 2; // same start, lower id: sorts first
    e.title = u"Arrival"_qs;
    e.end = {};
    e.claims = {};
    must(d.insertEvent(e));
    e = {};
    e.id = 9;
    e.start = date("2025-12-15T10:30Z");
    e.title = u"Statement"_qs;
    must(d.insertEvent(e));
    e = {};
    e.id = 10;
    e.start = date("2025");
    e.title = u"Year of talks"_qs;
    must(d.insertEvent(e));

    PositionChange p;
    p.id = 5;
    p.partyId = u"us"_qs;
    p.issueId = u"nato"_qs;
    p.effective = date("2025-12-14");
    p.stance = u"opposes"_qs;
    p.salience = 80;
    p.confidence = Confidence::High;
    p.note = u"Said on the record"_qs;
    p.citedEvents = { 3, 9 };
    p.citedSources = { u"presstv"_qs };
    p.claims = { Claim { u"presstv"_qs, 2, u"Kremlin spokesman"_qs, {} } };
    p.recordedAt = 1765875600123; // with milliseconds
    p.recordedBy = u"analyst"_qs;
    must(d.addPositionChange(p));
    p = {};
    p.id = 1;
    p.partyId = u"de"_qs;
    p.issueId = u"donbas"_qs;
    p.effective = date("2025-12");
    p.stance = u"unknown"_qs;
    p.confidence = Confidence::Low;
    must(d.addPositionChange(p));
    must(d.setPositionRetracted(1, true, 1765875660000, u"reviewer"_qs));
    StatusChange st;
    st.id = 4;
    st.issueId = u"nato"_qs;
    st.effective = date("2025-12-15");
    st.status = u"contested"_qs;
    st.note = u"Both sides restated"_qs;
    st.citedEvents = { 3 };
    st.recordedAt = 1765875600000;
    st.recordedBy = u"analyst"_qs;
    must(d.addStatusChange(st));
    // Version 4: an issue with an axis of its own, a position with a value on it.
    {
        Issue donbas = d.issues()[d.issueIndex(u"donbas"_qs)];
        donbas.axis = { { 0, u"full withdrawal"_qs }, { 33.3, u"freeze \"on the line\""_qs },
            { 100, u"recognition of the annexation"_qs } };
        must(d.updateIssue(donbas));
        PositionChange onAxis;
        onAxis.id = 12;
        onAxis.partyId = u"us"_qs;
        onAxis.issueId = u"donbas"_qs;
        onAxis.effective = date("2025-12-15");
        onAxis.stance = u"unknown"_qs;
        onAxis.axisValue = 66.7;
        onAxis.recordedAt = 1765875600000;
        onAxis.recordedBy = u"analyst"_qs;
        must(d.addPositionChange(onAxis));
    }
    // Version 4: capabilities, general and on one issue, cited, graded, one retracted; a fractional value.
    CapabilityChange general;
    general.id = 10;
    general.partyId = u"us"_qs;
    general.effective = date("2025-12-14");
    general.value = 87.125;
    general.confidence = Confidence::Low;
    general.note = u"Leverage over both sides, \"by far\""_qs;
    general.citedEvents = { 3 };
    general.citedSources = { u"presstv"_qs };
    general.claims = { Claim { u"presstv"_qs, 5, u"state media"_qs, {} } };
    general.recordedAt = 1765875600000;
    general.recordedBy = u"analyst"_qs;
    must(d.addCapabilityChange(general));
    CapabilityChange onNato;
    onNato.id = 11;
    onNato.partyId = u"us"_qs;
    onNato.issueId = u"nato"_qs;
    onNato.effective = date("2025-12-15");
    onNato.value = 0.1;
    onNato.recordedAt = 1765875600000;
    onNato.recordedBy = u"analyst"_qs;
    must(d.addCapabilityChange(onNato));
    must(d.setCapabilityRetracted(11, true, 1765875660000, u"reviewer"_qs));
    // Version 3: a note on each kind of thing, two of them key judgements, and two saved views.
    const auto note = [](const char* id, NoteTarget t) {
        Note n;
        n.id = QString::fromLatin1(id);
        n.target = t;
        n.text = u"Note on the "_qs + noteTargetKey(t) + u": \"quoted\",\nsecond line, <b>markup</b> & \u00e9"_qs;
        n.author = u"analyst"_qs;
        n.recordedAt = 1765875600123;
        return n;
    };
    Note onDate = note("n-date", NoteTarget::Date);
    onDate.date = date("2025-12-15");
    Note onCell = note("n-cell", NoteTarget::Cell);
    onCell.partyId = u"us"_qs;
    onCell.issueId = u"nato"_qs;
    onCell.confidence = Confidence::High;
    onCell.evidence = { Claim { u"presstv"_qs, 3, u"an unnamed US official"_qs, u"“progress”"_qs },
        Claim { u"bare"_qs, 6, {}, {} } };
    Note onIssue = note("n-issue", NoteTarget::Issue);
    onIssue.issueId = u"donbas"_qs;
    onIssue.confidence = Confidence::Low;
    Note onParty = note("n-party", NoteTarget::Party);
    onParty.partyId = u"witkoff"_qs;
    onParty.author.clear();
    Note onEvent = note("n-event", NoteTarget::Event);
    onEvent.eventId = 3;
    Note onEra = note("n-era", NoteTarget::Era);
    onEra.eraId = u"berlin"_qs;
    for (const Note& n : { onDate, onCell, onIssue, onParty, onEvent, onEra })
        must(d.insertNote(-1, n));
    SavedView full;
    full.id = u"v-full"_qs;
    full.name = u"Every \"setting\""_qs;
    full.asOf = 1765756800000;
    full.compareDate = 1765670400000;
    full.filterText = u"talks"_qs;
    full.filterParty = u"us"_qs;
    full.filterIssue = u"nato"_qs;
    full.filterTag = u"round 1"_qs;
    full.filterFrom = 1765584000000;
    full.filterTo = 1765843200000;
    full.filterCell = true;
    full.timelineFrom = 1765000000500;
    full.timelineTo = 1766000000000;
    full.lanes = u"issues"_qs;
    full.chart = u"activity"_qs;
    full.chartIssue = u"nato"_qs;
    full.chartPeriod = u"week"_qs;
    // A forecast scenario: every key, values that are not round in binary, an override with one value.
    full.scenario = SavedScenario { u"nato"_qs, u"smp"_qs, 25, u"markov"_qs,
        { { u"us"_qs, { -1.25, 12.5, 0.1 } }, { u"de"_qs, { std::nullopt, std::nullopt, 3 } } } };
    SavedView bare;
    bare.id = u"v-bare"_qs;
    bare.name = u"Bare"_qs;
    bare.asOf = 1765756800000;
    must(d.insertSavedView(-1, full));
    must(d.insertSavedView(-1, bare));
    return d;
}

// Returns an empty string when equal, else the first difference.
inline QString difference(const Dossier& a, const Dossier& b)
{
    if (a.name != b.name || a.description != b.description)
        return u"name or description"_qs;
    if (a.stanceScale() != b.stanceScale() || a.statusScale() != b.statusScale())
        return u"scales"_qs;
    if (a.parties() != b.parties())
        return u"parties"_qs;
    if (a.issues() != b.issues())
        return u"issues"_qs;
    if (a.sources() != b.sources())
        return u"sources"_qs;
    if (a.eras() != b.eras())
        return u"eras"_qs;
    if (a.events().size() != b.events().size())
        return u"event count"_qs;
    for (qsizetype r = 0; r < a.events().size(); ++r)
        if (a.events().event(r) != b.events().event(r))
            return u"event row %1"_qs.arg(r);
    auto sorted = [](auto v) {
        std::sort(v.begin(), v.end(), [](const auto& x, const auto& y) { return x.id < y.id; });
        return v;
    };
    if (sorted(a.positionChanges()) != sorted(b.positionChanges()))
        return u"position changes"_qs;
    if (sorted(a.statusChanges()) != sorted(b.statusChanges()))
        return u"status changes"_qs;
    if (sorted(a.capabilityChanges()) != sorted(b.capabilityChanges()))
        return u"capability changes"_qs;
    if (a.notes() != b.notes())
        return u"notes"_qs;
    if (a.savedViews() != b.savedViews())
        return u"saved views"_qs;
    return {};
}

} // namespace Entente::TestUtil
