// SPDX-License-Identifier: GPL-3.0-or-later
#include "types.h"

#include <algorithm>
#include <cmath>

#include "scalelabels.h"

#include <QCoreApplication>
#include <QUrl>

namespace Entente {

QString partyKindKey(PartyKind k)
{
    switch (k) {
    case PartyKind::State:
        return QStringLiteral("state");
    case PartyKind::Bloc:
        return QStringLiteral("bloc");
    case PartyKind::Organisation:
        return QStringLiteral("organisation");
    case PartyKind::Person:
        return QStringLiteral("person");
    }
    return {};
}

std::optional<PartyKind> partyKindFromKey(QStringView key)
{
    for (auto k : { PartyKind::State, PartyKind::Bloc, PartyKind::Organisation, PartyKind::Person })
        if (key == partyKindKey(k))
            return k;
    return std::nullopt;
}

QString confidenceKey(Confidence c)
{
    switch (c) {
    case Confidence::Low:
        return QStringLiteral("low");
    case Confidence::Moderate:
        return QStringLiteral("moderate");
    case Confidence::High:
        return QStringLiteral("high");
    }
    return {};
}

std::optional<Confidence> confidenceFromKey(QStringView key)
{
    for (auto c : { Confidence::Low, Confidence::Moderate, Confidence::High })
        if (key == confidenceKey(c))
            return c;
    return std::nullopt;
}

QString noteTargetKey(NoteTarget t)
{
    switch (t) {
    case NoteTarget::Date:
        return QStringLiteral("date");
    case NoteTarget::Cell:
        return QStringLiteral("cell");
    case NoteTarget::Issue:
        return QStringLiteral("issue");
    case NoteTarget::Party:
        return QStringLiteral("party");
    case NoteTarget::Event:
        return QStringLiteral("event");
    case NoteTarget::Era:
        return QStringLiteral("era");
    }
    return {};
}

std::optional<NoteTarget> noteTargetFromKey(QStringView key)
{
    for (auto t : { NoteTarget::Date, NoteTarget::Cell, NoteTarget::Issue, NoteTarget::Party, NoteTarget::Event,
             NoteTarget::Era })
        if (key == noteTargetKey(t))
            return t;
    return std::nullopt;
}

namespace {
    struct ScenarioText {
        Q_DECLARE_TR_FUNCTIONS(SavedView)
    };

    // The forecast's keys are listed here as the views' are above: the domain does not know the models.
    QString checkSavedScenario(const QString& view, const SavedScenario& s)
    {
        auto bad = [&](const QString& why) { return ScenarioText::tr("view \"%1\": scenario: %2").arg(view, why); };
        if (s.issue.trimmed().isEmpty())
            return bad(ScenarioText::tr("no issue"));
        static const char* const models[] = { "mean", "median", "condorcet", "nash", "eu", "smp" };
        if (std::none_of(
                std::begin(models), std::end(models), [&](const char* m) { return s.model == QLatin1String(m); }))
            return bad(
                ScenarioText::tr("unknown model \"%1\" (mean, median, condorcet, nash, eu or smp)").arg(s.model));
        if (s.rounds < 1 || s.rounds > 10000)
            return bad(ScenarioText::tr("rounds must be from 1 to 10000, not %1").arg(s.rounds));
        if (!s.pce.isEmpty() && s.pce != u"conditional" && s.pce != u"markov")
            return bad(ScenarioText::tr("unknown PCE form \"%1\" (conditional or markov)").arg(s.pce));
        for (const auto& [party, o] : s.overrides) {
            if (party.trimmed().isEmpty())
                return bad(ScenarioText::tr("an override without a party"));
            if (o.isEmpty())
                return bad(ScenarioText::tr("the override of party \"%1\" changes nothing").arg(party));
            for (const auto& x : { o.position, o.salience, o.capability })
                if (x && !std::isfinite(*x))
                    return bad(ScenarioText::tr("party \"%1\": a value is not a finite number").arg(party));
            if (o.salience && (*o.salience < 0 || *o.salience > 100))
                return bad(ScenarioText::tr("party \"%1\": salience %2 is outside 0–100").arg(party).arg(*o.salience));
            if (o.capability && *o.capability < 0)
                return bad(ScenarioText::tr("party \"%1\": capability %2 is negative").arg(party).arg(*o.capability));
        }
        return {};
    }
}

QString checkSavedViewKeys(const SavedView& v)
{
    auto oneOf = [](const QString& key, std::initializer_list<const char*> known) {
        if (key.isEmpty())
            return true;
        for (const char* k : known)
            if (key == QLatin1String(k))
                return true;
        return false;
    };
    if (!oneOf(v.lanes, { "parties", "issues", "single" }))
        return QStringLiteral("view \"%1\" has unknown lanes \"%2\" (parties, issues or single)").arg(v.name, v.lanes);
    if (!oneOf(v.chart, { "history", "convergence", "activity", "distribution" }))
        return QStringLiteral("view \"%1\" has an unknown chart \"%2\"").arg(v.name, v.chart);
    if (!oneOf(v.chartPeriod, { "day", "week", "month" }))
        return QStringLiteral("view \"%1\" has an unknown chart period \"%2\" (day, week or month)")
            .arg(v.name, v.chartPeriod);
    return v.scenario ? checkSavedScenario(v.name, *v.scenario) : QString();
}

QString reliabilityMeaning(QChar reliability)
{
    static const char* const meanings[] = { QT_TRANSLATE_NOOP("Grading", "Completely reliable"),
        QT_TRANSLATE_NOOP("Grading", "Usually reliable"), QT_TRANSLATE_NOOP("Grading", "Fairly reliable"),
        QT_TRANSLATE_NOOP("Grading", "Not usually reliable"), QT_TRANSLATE_NOOP("Grading", "Unreliable"),
        QT_TRANSLATE_NOOP("Grading", "Reliability cannot be judged") };
    if (!isReliability(reliability))
        return {};
    return QCoreApplication::translate("Grading", meanings[reliability.unicode() - u'A']);
}

QString credibilityMeaning(int credibility)
{
    static const char* const meanings[] = { QT_TRANSLATE_NOOP("Grading", "Confirmed by other sources"),
        QT_TRANSLATE_NOOP("Grading", "Probably true"), QT_TRANSLATE_NOOP("Grading", "Possibly true"),
        QT_TRANSLATE_NOOP("Grading", "Doubtful"), QT_TRANSLATE_NOOP("Grading", "Improbable"),
        QT_TRANSLATE_NOOP("Grading", "Truth cannot be judged") };
    if (!isCredibility(credibility))
        return {};
    return QCoreApplication::translate("Grading", meanings[credibility - 1]);
}

const Claim* claimFor(const QList<Claim>& claims, const QString& sourceId)
{
    for (const auto& c : claims)
        if (c.sourceId == sourceId)
            return &c;
    return nullptr;
}

QString checkClaims(const QStringList& sources, const QList<Claim>& claims)
{
    for (qsizetype i = 0; i < claims.size(); ++i) {
        const Claim& c = claims[i];
        if (!sources.contains(c.sourceId))
            return QStringLiteral("a claim names the source \"%1\", which is not cited").arg(c.sourceId);
        if (!isCredibility(c.credibility))
            return QStringLiteral("the claim of source \"%1\": credibility must be 1 to 6").arg(c.sourceId);
        for (qsizetype j = 0; j < i; ++j)
            if (claims[j].sourceId == c.sourceId)
                return QStringLiteral("two claims name the source \"%1\"").arg(c.sourceId);
    }
    return {};
}

QString citationGrade(const Source& s, const Claim* claim)
{
    return QString(s.reliability) + QString::number(claim ? claim->credibility : s.credibility);
}

QString outletFromUrl(const QString& url)
{
    const QUrl parsed(url.trimmed(), QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != u"http" && parsed.scheme() != u"https"))
        return {};
    QString host = parsed.host().toLower();
    if (host.startsWith(QLatin1String("www.")))
        host.remove(0, 4);
    return host;
}

QList<ScaleLevel> defaultStanceScale()
{
    // Diverging red → blue palette, readable with black or white text; grey for Unknown.
    return {
        { QStringLiteral("opposes"), QStringLiteral("Opposes"), QStringLiteral("#c0392b"), -2, false },
        { QStringLiteral("resists"), QStringLiteral("Resists"), QStringLiteral("#e67e5a"), -1, false },
        { QStringLiteral("ambiguous"), QStringLiteral("Ambiguous"), QStringLiteral("#f2d16b"), 0, false },
        { QStringLiteral("open"), QStringLiteral("Open"), QStringLiteral("#8cc3e0"), 1, false },
        { QStringLiteral("supports"), QStringLiteral("Supports"), QStringLiteral("#2e78b7"), 2, false },
        { QStringLiteral("unknown"), QStringLiteral("Unknown"), QStringLiteral("#d5d8dc"), 0, true },
    };
}

QString displayLabel(const ScaleLevel& level)
{
    // The default scales' labels, for lupdate; a label the analyst typed is shown as typed.
    static const char* const defaults[] = { QT_TRANSLATE_NOOP("Scale", "Opposes"), QT_TRANSLATE_NOOP("Scale", "Resists"),
        QT_TRANSLATE_NOOP("Scale", "Ambiguous"), QT_TRANSLATE_NOOP("Scale", "Open"),
        QT_TRANSLATE_NOOP("Scale", "Supports"), QT_TRANSLATE_NOOP("Scale", "Unknown"),
        QT_TRANSLATE_NOOP("Scale", "Contested"), QT_TRANSLATE_NOOP("Scale", "Converging"),
        QT_TRANSLATE_NOOP("Scale", "Agreed in principle"), QT_TRANSLATE_NOOP("Scale", "Agreed"),
        QT_TRANSLATE_NOOP("Scale", "Deadlocked"), QT_TRANSLATE_NOOP("Scale", "Dropped") };
    for (const char* text : defaults)
        if (level.label == QLatin1String(text))
            return QCoreApplication::translate("Scale", text);
    return level.label;
}

QList<ScaleLevel> defaultStatusScale()
{
    return {
        { QStringLiteral("open"), QStringLiteral("Open"), QStringLiteral("#aeb6bf"), 0, false },
        { QStringLiteral("contested"), QStringLiteral("Contested"), QStringLiteral("#e74c3c"), 1, false },
        { QStringLiteral("converging"), QStringLiteral("Converging"), QStringLiteral("#f5b041"), 2, false },
        { QStringLiteral("agreed-in-principle"), QStringLiteral("Agreed in principle"), QStringLiteral("#82e0aa"), 3,
            false },
        { QStringLiteral("agreed"), QStringLiteral("Agreed"), QStringLiteral("#27ae60"), 4, false },
        { QStringLiteral("deadlocked"), QStringLiteral("Deadlocked"), QStringLiteral("#7b241c"), 5, false },
        { QStringLiteral("dropped"), QStringLiteral("Dropped"), QStringLiteral("#616a6b"), 6, false },
    };
}

QString checkAxis(const QList<AxisAnchor>& axis)
{
    if (axis.isEmpty())
        return {};
    if (axis.size() < 2)
        return QStringLiteral("an axis needs at least two anchors");
    for (qsizetype i = 0; i < axis.size(); ++i) {
        if (!std::isfinite(axis[i].value))
            return QStringLiteral("anchor %1 is not a number").arg(i + 1);
        if (axis[i].label.trimmed().isEmpty())
            return QStringLiteral("anchor %1 (%2) has no label").arg(i + 1).arg(axis[i].value);
        if (i > 0 && !(axis[i].value > axis[i - 1].value))
            return QStringLiteral("anchor values must increase: %1 (\"%2\") comes after %3 (\"%4\")")
                .arg(axis[i].value)
                .arg(axis[i].label)
                .arg(axis[i - 1].value)
                .arg(axis[i - 1].label);
    }
    return {};
}

} // namespace Entente
