// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Plain value types of a dossier. Identifiers are short stable keys (slugs such as "us" or "nato") for the
// small tables and 64-bit integers for events and changes, which may number in the millions.
// Colours are "#rrggbb" strings: the domain does not link Qt Gui.

#include "partialdate.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <map>

namespace Entente {

enum class PartyKind : quint8 { State, Bloc, Organisation, Person };
enum class Confidence : quint8 { Low, Moderate, High };

[[nodiscard]] QString partyKindKey(PartyKind k);
[[nodiscard]] std::optional<PartyKind> partyKindFromKey(QStringView key);
[[nodiscard]] QString confidenceKey(Confidence c);
[[nodiscard]] std::optional<Confidence> confidenceFromKey(QStringView key);

struct Party {
    QString id;
    QString name;
    QString shortName;
    QString color; // "#rrggbb"
    PartyKind kind = PartyKind::State;
    QString parentId; // the bloc this party belongs to, or empty
    QString description;
    friend bool operator==(const Party&, const Party&) = default;
};

// A labelled point of an issue's own position axis (0 "full withdrawal" … 100 "recognition of the annexation").
struct AxisAnchor {
    double value = 0;
    QString label;
    friend bool operator==(const AxisAnchor&, const AxisAnchor&) = default;
};

struct Issue {
    QString id;
    QString name;
    QString description;
    // The issue's position axis: anchors by strictly increasing value, at least two; empty: the stance scale's
    // values are the axis (a position is its stance's value).
    QList<AxisAnchor> axis;
    friend bool operator==(const Issue&, const Issue&) = default;
};

// Why `axis` cannot be an issue's axis (fewer than two anchors, values not increasing or not finite, a label
// missing), or empty. An empty axis is valid (the stance scale).
[[nodiscard]] QString checkAxis(const QList<AxisAnchor>& axis);

// One level of the stance scale (Opposes … Supports, Unknown) or of the issue status list.
struct ScaleLevel {
    QString key;
    QString label;
    QString color;
    int value = 0; // stance: −2…+2; statuses: ordering only
    bool isUnknown = false; // the "no known position" level: excluded from spreads and averages
    friend bool operator==(const ScaleLevel&, const ScaleLevel&) = default;
};

struct Source {
    QString id;
    QString outlet;
    QString url;
    QString title;
    PartialDate published;
    QChar reliability = u'F'; // Admiralty grading A (reliable) … F (cannot be judged)
    int credibility = 6; // 1 (confirmed) … 6 (cannot be judged)
    QString note;
    [[nodiscard]] QString grading() const { return QString(reliability) + QString::number(credibility); }
    friend bool operator==(const Source&, const Source&) = default;
};

// A citation of a source (by an event, a position change or a status change) graded on its own: how credible
// this item of information is (Admiralty 1 confirmed … 6 cannot be judged), who claims it ("an unnamed US
// official", "Kremlin spokesman Dmitry Peskov") and the words quoted. A citation that has none is graded with
// the source's own credibility. The combined grade of a claim is the source's reliability and the claim's
// credibility: "D3".
struct Claim {
    QString sourceId;
    int credibility = 6; // 1…6
    QString claimant;
    QString quote;
    friend bool operator==(const Claim&, const Claim&) = default;
};

// The claim about `sourceId` in `claims`, or null.
[[nodiscard]] const Claim* claimFor(const QList<Claim>& claims, const QString& sourceId);
// Why `claims` cannot go with the citations `sources` (a claim about a source not cited, two about one source, a
// credibility outside 1…6), or empty.
[[nodiscard]] QString checkClaims(const QStringList& sources, const QList<Claim>& claims);
// The grade of a citation of `s`: its reliability and the claim's credibility (the source's own without one).
[[nodiscard]] QString citationGrade(const Source& s, const Claim* claim);

// A named shaded period on the timeline ("Berlin round").
struct Era {
    QString id;
    QString name;
    PartialDate start;
    PartialDate end;
    QString color;
    friend bool operator==(const Era&, const Era&) = default;
};

struct Event {
    qint64 id = 0;
    PartialDate start;
    PartialDate end; // invalid for a point event
    QString title;
    QString description;
    QString location;
    QStringList parties;
    QStringList issues;
    QStringList tags;
    QStringList sources;
    QList<Claim> claims; // graded citations of some of `sources`, at most one per source
    friend bool operator==(const Event&, const Event&) = default;
};

// What every recorded judgement carries (bitemporal: effective date and when/by whom it was recorded).
struct ChangeRecord {
    qint64 id = 0;
    PartialDate effective;
    qint64 recordedAt = 0; // msecs since epoch, UTC
    QString recordedBy;
    Confidence confidence = Confidence::Moderate;
    QString note;
    QList<qint64> citedEvents;
    QStringList citedSources;
    QList<Claim> claims; // graded citations of some of citedSources, at most one per source
    bool retracted = false;
    qint64 retractedAt = 0;
    QString retractedBy;
    friend bool operator==(const ChangeRecord&, const ChangeRecord&) = default;
};

struct PositionChange : ChangeRecord {
    QString partyId;
    QString issueId;
    QString stance; // ScaleLevel key
    int salience = -1; // 0…100, −1 when not assessed
    // The position on the issue's own axis (Issue::axis), within its first and last anchors; none: the stance's
    // value mapped onto the axis.
    std::optional<double> axisValue;
    friend bool operator==(const PositionChange&, const PositionChange&) = default;
};

struct StatusChange : ChangeRecord {
    QString issueId;
    QString status; // ScaleLevel key
    friend bool operator==(const StatusChange&, const StatusChange&) = default;
};

// A party's capability (clout) as the analyst assesses it: any non-negative number, by default on 0–100. With an
// issue it holds for that issue only; without one (empty issueId) for every issue. On an issue the party's
// capability in force is its latest issue-specific change if there is one, else its latest general change.
struct CapabilityChange : ChangeRecord {
    QString partyId;
    QString issueId; // empty: every issue
    double value = 0; // ≥ 0
    friend bool operator==(const CapabilityChange&, const CapabilityChange&) = default;
};

// An analyst's note pinned to one thing in the dossier: a date, a cell (party × issue), an issue, a party, an
// event or an era. A note with a confidence is a key judgement: an assessment the analyst stands behind, with the
// graded citations (claims) it rests on; key judgements open the briefing. Author and recorded time are set when
// the note is written (the analyst's name, as changes record it) and kept through later edits of its text.
enum class NoteTarget : quint8 { Date, Cell, Issue, Party, Event, Era };
[[nodiscard]] QString noteTargetKey(NoteTarget t); // "date", "cell", "issue", "party", "event", "era"
[[nodiscard]] std::optional<NoteTarget> noteTargetFromKey(QStringView key);

struct Note {
    QString id;
    NoteTarget target = NoteTarget::Date;
    PartialDate date; // Date: the day (month, year) it is pinned to
    QString partyId; // Cell, Party
    QString issueId; // Cell, Issue
    qint64 eventId = 0; // Event
    QString eraId; // Era
    QString text;
    QString author;
    qint64 recordedAt = 0; // msecs since epoch, UTC
    std::optional<Confidence> confidence; // set: a key judgement
    QList<Claim> evidence; // a key judgement's graded citations, at most one per source
    [[nodiscard]] bool isKeyJudgement() const { return confidence.has_value(); }
    friend bool operator==(const Note&, const Note&) = default;
};

// A party's values changed for a forecast scenario only (what if), each one optional; never part of the record.
struct ForecastOverride {
    std::optional<double> position; // on the issue's axis
    std::optional<double> salience; // 0…100
    std::optional<double> capability; // ≥ 0
    [[nodiscard]] bool isEmpty() const { return !position && !salience && !capability; }
    friend bool operator==(const ForecastOverride&, const ForecastOverride&) = default;
};

// A what-if forecast kept with a saved view: the issue, the model and its parameters, and the overrides by party
// id (names change, ids do not). Keys as on the command line: model "mean", "median", "condorcet", "nash", "eu",
// "smp"; pce "conditional" or "markov" (empty: conditional).
struct SavedScenario {
    QString issue; // an issue id
    QString model;
    int rounds = 10; // 1…10000, for the dynamic models
    QString pce;
    std::map<QString, ForecastOverride> overrides;
    friend bool operator==(const SavedScenario&, const SavedScenario&) = default;
};

// A named set of view settings an analyst returns to ("NATO track, Berlin round"): the as-of and compare dates,
// the events filter (which also filters the timeline and the charts), the timeline's window and lanes, and the
// chart with its period, and the forecast scenario the analyst saved with it. Keys rather than enums: the domain does
// not know the views (lanes "parties", "issues", "single"; chart "history", "convergence", "activity", "distribution";
// period "day", "week", "month").
struct SavedView {
    QString id;
    QString name;
    qint64 asOf = 0; // msecs UTC
    std::optional<qint64> compareDate;
    QString filterText;
    QString filterParty; // a party id, or empty for all
    QString filterIssue;
    QString filterTag;
    std::optional<qint64> filterFrom; // the filter's date range, when it is on
    std::optional<qint64> filterTo;
    bool filterCell = false; // "only the selected matrix cell"
    std::optional<qint64> timelineFrom; // the timeline's visible window (none: the whole dossier)
    std::optional<qint64> timelineTo;
    QString lanes;
    QString chart;
    QString chartIssue;
    QString chartPeriod;
    std::optional<SavedScenario> scenario; // the forecast scenario the view carries, if any
    friend bool operator==(const SavedView&, const SavedView&) = default;
};
// Why a view's keys are not ones the views know (lanes, chart, period; an empty key is allowed), or its
// scenario's settings are not ones the forecast knows (model, rounds, PCE form, override values), or empty.
// Whether the scenario's issue and parties exist is the dossier's check (Dossier::checkSavedView()).
[[nodiscard]] QString checkSavedViewKeys(const SavedView& v);

// Admiralty grading: what each reliability letter (A…F) and credibility digit (1…6) means, in the user's
// language (translation context "Grading"); empty for a value outside the scale.
[[nodiscard]] QString reliabilityMeaning(QChar reliability);
[[nodiscard]] QString credibilityMeaning(int credibility);
[[nodiscard]] inline bool isReliability(QChar c) { return c >= u'A' && c <= u'F'; }
[[nodiscard]] inline bool isCredibility(int c) { return c >= 1 && c <= 6; }

// The outlet an importer records for a source known only by its URL: the URL's host without "www."
// ("https://www.reuters.com/world/…" → "reuters.com"); empty when the text is not an http(s) URL.
[[nodiscard]] QString outletFromUrl(const QString& url);

[[nodiscard]] QList<ScaleLevel> defaultStanceScale();
[[nodiscard]] QList<ScaleLevel> defaultStatusScale();

} // namespace Entente
