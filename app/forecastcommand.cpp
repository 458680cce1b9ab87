// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastcommand.h"

#include "dossier.h"
#include "dossierio.h"
#include "forecast.h"
#include "forecastinputreader.h"
#include "forecastscenario.h"
#include "scenariojson.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTextStream>

#include <cmath>
#include <cstdio>
#include <optional>

namespace Entente {

namespace {
    int fail(const QString& message)
    {
        std::fprintf(stderr, "entente: forecast: %s\n", qUtf8Printable(message));
        return 1;
    }

    QString num(double v, int decimals = 4) { return std::isfinite(v) ? QString::number(v, 'f', decimals) : QString(); }

    QString csvField(const QString& s)
    {
        if (s.contains(u',') || s.contains(u'"') || s.contains(u'\n'))
            return u'"' + QString(s).replace(u"\""_qs, u"\"\""_qs) + u'"';
        return s;
    }

    QJsonArray array(const std::vector<double>& v)
    {
        QJsonArray a;
        for (double x : v)
            a.append(x);
        return a;
    }

    QString text(const ForecastInput& in, const ForecastResult& r, const QString& heading)
    {
        QString out;
        QTextStream s(&out);
        const qsizetype dims = in.dimensionCount();
        if (!heading.isEmpty())
            s << heading << '\n';
        s << "Model: " << forecastModelName(r.model) << '\n';
        if (r.outcomeVector.size() > 1) {
            QStringList parts;
            for (size_t d = 0; d < r.outcomeVector.size(); ++d)
                parts << QStringLiteral("%1 %2").arg(in.dimensions.value(qsizetype(d)), num(r.outcomeVector[d], 2));
            s << "Outcome: " << parts.join(QStringLiteral(", ")) << '\n';
        } else {
            s << "Outcome: " << (r.outcome ? in.describe(*r.outcome, 4) : QStringLiteral("none")) << '\n';
        }
        if (!r.note.isEmpty())
            s << r.note << '\n';
        s << '\n' << "Actor\tCapability\tPosition\tSalience\n";
        for (const auto& a : in.actors) {
            QStringList pos, sal;
            for (qsizetype d = 0; d < dims; ++d) {
                pos << num(a.position[size_t(d)], 2);
                sal << num(a.salience[size_t(d)] * 100, 0);
            }
            s << a.name << '\t' << num(a.capability, 2) << '\t' << pos.join(u'/') << '\t' << sal.join(u'/') << '\n';
        }
        if (!r.rounds.empty()) {
            s << '\n' << "Round\tMean\tMedian";
            const bool probs = !r.rounds.front().probabilities.empty();
            if (probs)
                s << "\tMost likely (probability)";
            s << '\n';
            for (size_t k = 0; k < r.rounds.size(); ++k) {
                const auto& round = r.rounds[k];
                s << k << '\t' << num(round.mean) << '\t' << num(round.median);
                if (probs) {
                    size_t best = 0;
                    for (size_t i = 1; i < round.probabilities.size(); ++i)
                        if (round.probabilities[i] > round.probabilities[best])
                            best = i;
                    s << '\t' << in.actors[best].name << " (" << num(round.probabilities[best], 3) << ')';
                }
                s << '\n';
            }
            s << (r.converged ? "Converged" : "Stopped at the round limit") << " after " << r.rounds.size() - 1
              << " round(s).\n";
            const QStringList why = Forecast::explainLastRound(in, r);
            if (!why.isEmpty()) {
                s << '\n' << "Why (last round):\n";
                for (const auto& line : why)
                    s << "  " << line << '\n';
            }
        }
        for (const auto& n : in.notes)
            s << '\n' << "Note: " << n;
        if (!in.notes.isEmpty())
            s << '\n';
        s.flush();
        return out;
    }

    QJsonObject json(const ForecastInput& in, const ForecastResult& r, const QJsonObject& context)
    {
        QJsonObject o = context;
        o.insert(u"model"_qs, forecastModelKey(r.model));
        o.insert(u"outcome"_qs, r.outcome ? QJsonValue(*r.outcome) : QJsonValue());
        if (r.outcomeVector.size() > 1)
            o.insert(u"outcomeVector"_qs, array(r.outcomeVector));
        o.insert(u"note"_qs, r.note);
        o.insert(u"dimensions"_qs, QJsonArray::fromStringList(in.dimensions));
        QJsonArray actors;
        for (const auto& a : in.actors) {
            QJsonObject x;
            x.insert(u"name"_qs, a.name);
            x.insert(u"capability"_qs, a.capability);
            x.insert(u"position"_qs, array(a.position));
            std::vector<double> sal;
            for (double v : a.salience)
                sal.push_back(v * 100);
            x.insert(u"salience"_qs, array(sal));
            actors.append(x);
        }
        o.insert(u"actors"_qs, actors);
        QJsonArray rounds;
        for (const auto& round : r.rounds) {
            QJsonObject x;
            x.insert(u"mean"_qs, round.mean);
            x.insert(u"median"_qs, round.median);
            x.insert(u"positions"_qs, array(round.positions));
            if (!round.probabilities.empty())
                x.insert(u"probabilities"_qs, array(round.probabilities));
            if (!round.risk.empty())
                x.insert(u"risk"_qs, array(round.risk));
            rounds.append(x);
        }
        o.insert(u"rounds"_qs, rounds);
        if (!r.rounds.empty())
            o.insert(u"converged"_qs, r.converged);
        o.insert(u"why"_qs, QJsonArray::fromStringList(Forecast::explainLastRound(in, r)));
        o.insert(u"notes"_qs, QJsonArray::fromStringList(in.notes));
        return o;
    }

    // With `run` set (baseline or scenario), a first column "run" names it on every row.
    QString csv(const ForecastInput& in, const ForecastResult& r, const QString& run = {}, bool header = true)
    {
        QString out;
        QTextStream s(&out);
        const qsizetype dims = in.dimensionCount();
        const QString lead = run.isEmpty() ? QString() : run + u',';
        if (header) {
            if (!run.isEmpty())
                s << "run,";
            s << "round,actor";
            for (qsizetype d = 0; d < dims; ++d)
                s << ',' << csvField(in.dimensions.value(d, QStringLiteral("position")));
            s << ",probability,risk,mean,median,outcome\n";
        }
        const QString outcome = r.outcome ? num(*r.outcome, 6) : QString();
        if (r.rounds.empty()) {
            for (const auto& a : in.actors) {
                s << lead << 0 << ',' << csvField(a.name);
                for (double x : a.position)
                    s << ',' << num(x, 6);
                s << ",,,,," << outcome << '\n';
            }
        }
        for (size_t k = 0; k < r.rounds.size(); ++k) {
            const auto& round = r.rounds[k];
            for (size_t i = 0; i < in.actors.size(); ++i) {
                s << lead << k << ',' << csvField(in.actors[i].name);
                for (qsizetype d = 0; d < dims; ++d)
                    s << ',' << num(round.positions[i * size_t(dims) + size_t(d)], 6);
                s << ',' << (round.probabilities.empty() ? QString() : num(round.probabilities[i], 6)) << ','
                  << (round.risk.empty() ? QString() : num(round.risk[i], 6)) << ',' << num(round.mean, 6) << ','
                  << num(round.median, 6) << ',' << outcome << '\n';
            }
        }
        s.flush();
        return out;
    }
}

int runForecastCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("entente forecast: the predicted outcome of one issue"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("dossier (.entente or .json); omit with --input"));
    p.addOptions({
        { QStringLiteral("issue"), QStringLiteral("issue id (with FILE; default: the scenario's)"),
            QStringLiteral("ID") },
        { QStringLiteral("as-of"),
            QStringLiteral("as-of date (ISO 8601; default: the scenario's view's, else the latest dated item)"),
            QStringLiteral("DATE") },
        { QStringLiteral("scenario"),
            QStringLiteral("also run the forecast scenario saved with the view NAME, beside the baseline"),
            QStringLiteral("NAME") },
        { QStringLiteral("input"),
            QStringLiteral("a table instead of a dossier: actor,capability,position,salience, or KTAB's SMP CSV"),
            QStringLiteral("TABLE.csv") },
        { QStringLiteral("model"),
            QStringLiteral("mean|median|condorcet|nash|eu|smp (default median, or the scenario's)"),
            QStringLiteral("MODEL") },
        { QStringLiteral("rounds"), QStringLiteral("most rounds (eu) or turns (smp), default 10 (or the scenario's)"),
            QStringLiteral("N") },
        { QStringLiteral("disagreement"), QStringLiteral("nash: the disagreement point on the axis"),
            QStringLiteral("X") },
        { QStringLiteral("pce"), QStringLiteral("smp: conditional|markov (default conditional, or the scenario's)"),
            QStringLiteral("FORM") },
        { QStringLiteral("format"), QStringLiteral("text|json|csv (default text)"), QStringLiteral("FORMAT") },
    });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(p.helpText()), stdout);
        return 0;
    }
    // The explicit options; a saved scenario's model, rounds and PCE form fill in those not given.
    std::optional<ForecastModel> model;
    std::optional<int> rounds;
    std::optional<PceForm> pce;
    ForecastOptions options;
    if (p.isSet(QStringLiteral("model"))) {
        model = forecastModelFromKey(p.value(QStringLiteral("model")));
        if (!model)
            return fail(QStringLiteral("--model must be mean, median, condorcet, nash, eu or smp"));
    }
    if (p.isSet(QStringLiteral("rounds"))) {
        bool ok = false;
        rounds = p.value(QStringLiteral("rounds")).toInt(&ok);
        if (!ok || *rounds < 1 || *rounds > 10000)
            return fail(QStringLiteral("--rounds must be a whole number from 1 to 10000"));
    }
    if (p.isSet(QStringLiteral("disagreement"))) {
        bool ok = false;
        const double d = p.value(QStringLiteral("disagreement")).toDouble(&ok);
        if (!ok || !std::isfinite(d))
            return fail(QStringLiteral("--disagreement must be a number"));
        options.disagreementPoint = d;
    }
    if (p.isSet(QStringLiteral("pce"))) {
        pce = pceFormFromKey(p.value(QStringLiteral("pce")));
        if (!pce)
            return fail(QStringLiteral("--pce must be conditional or markov"));
    }
    const QString format
        = p.isSet(QStringLiteral("format")) ? p.value(QStringLiteral("format")) : QStringLiteral("text");
    if (format != u"text" && format != u"json" && format != u"csv")
        return fail(QStringLiteral("--format must be text, json or csv"));

    const QStringList pos = p.positionalArguments().mid(1);
    ForecastInput in;
    QString heading;
    QJsonObject context;
    // With --scenario: the saved view that carries it, the scenario's input and what it changes in words.
    std::optional<SavedView> view;
    ForecastScenario scenario;
    QStringList changes;
    if (p.isSet(QStringLiteral("input"))) {
        if (!pos.isEmpty() || p.isSet(QStringLiteral("issue")) || p.isSet(QStringLiteral("as-of"))
            || p.isSet(QStringLiteral("scenario")))
            return fail(QStringLiteral("--input takes no FILE, --issue, --as-of or --scenario"));
        auto table = ForecastInputReader::fromCsvFile(p.value(QStringLiteral("input")));
        if (!table.ok())
            return fail(table.message());
        in = std::move(table).value();
        context.insert(u"input"_qs, p.value(QStringLiteral("input")));
    } else {
        if (pos.size() != 1)
            return fail(QStringLiteral("expected exactly one FILE (or --input TABLE.csv)"));
        if (!p.isSet(QStringLiteral("issue")) && !p.isSet(QStringLiteral("scenario")))
            return fail(QStringLiteral("--issue ID is required"));
        const auto read = DossierIO::readDossier(pos[0]);
        if (!read.ok())
            return fail(read.message());
        const Dossier& d = read.value();
        if (p.isSet(QStringLiteral("scenario"))) {
            const QString name = p.value(QStringLiteral("scenario"));
            QStringList names;
            for (const auto& v : d.savedViews())
                if (v.scenario)
                    names << u'"' + v.name + u'"';
            const QString known = names.isEmpty()
                ? QStringLiteral("the file has no saved scenario")
                : QStringLiteral("scenarios: %1").arg(names.join(QStringLiteral(", ")));
            const auto i = d.savedViewByName(name);
            if (i < 0)
                return fail(QStringLiteral("no saved scenario \"%1\" (%2)").arg(name, known));
            if (!d.savedViews()[i].scenario)
                return fail(QStringLiteral("the saved view \"%1\" carries no scenario (%2)").arg(name, known));
            view = d.savedViews()[i];
            scenario.overrides = view->scenario->overrides;
            options = scenarioOptions(*view->scenario, options);
            if (p.isSet(QStringLiteral("issue")) && p.value(QStringLiteral("issue")) != view->scenario->issue)
                return fail(QStringLiteral("scenario \"%1\" is saved on issue \"%2\"; there is none on \"%3\"")
                                .arg(view->name, view->scenario->issue, p.value(QStringLiteral("issue"))));
        }
        const QString issueId = view ? view->scenario->issue : p.value(QStringLiteral("issue"));
        const qsizetype issue = d.issueIndex(issueId);
        if (issue < 0) {
            QStringList ids;
            for (const auto& i : d.issues())
                ids << i.id;
            return fail(
                QStringLiteral("unknown issue \"%1\" (issues: %2)").arg(issueId, ids.join(QStringLiteral(", "))));
        }
        const auto range = d.dateRange();
        qint64 asOf = view ? view->asOf : range ? range->second : 0;
        if (p.isSet(QStringLiteral("as-of"))) {
            const auto date = PartialDate::parse(p.value(QStringLiteral("as-of")));
            if (!date.ok())
                return fail(QStringLiteral("--as-of %1: %2").arg(p.value(QStringLiteral("as-of")), date.message()));
            if (range && date->periodEnd() <= range->first)
                return fail(QStringLiteral("--as-of %1 is before the dossier's first dated item (%2)")
                                .arg(p.value(QStringLiteral("as-of")), msecsToIsoUtc(range->first).left(10)));
            asOf = date->periodEnd() - 1; // the whole day (month, year) counts
        }
        in = ForecastInputReader::fromDossier(d, issue, asOf);
        heading = QStringLiteral("Issue: %1 (%2), as of %3")
                      .arg(d.issues()[issue].name, issueId, msecsToIsoUtc(asOf).left(10));
        context.insert(u"issue"_qs, issueId);
        context.insert(u"asOf"_qs, msecsToIsoUtc(asOf).left(10));
        if (view)
            changes = scenario.describe(d);
    }
    if (model)
        options.model = *model;
    if (rounds)
        options.rounds = *rounds;
    if (pce)
        options.pce = *pce;
    const auto run = Forecast::run(in, options);
    if (!run.ok())
        return fail(run.message());
    const ForecastResult& r = run.value();

    // The scenario: the same options on the input with the overrides in place (never the record).
    ForecastInput scenarioIn;
    ForecastResult sr;
    if (view) {
        if (const auto bad = scenario.validate(in); !bad.ok())
            return fail(QStringLiteral("scenario \"%1\": %2").arg(view->name, bad.message()));
        scenarioIn = scenario.apply(in);
        auto scenarioRun = Forecast::run(scenarioIn, options);
        if (!scenarioRun.ok())
            return fail(QStringLiteral("scenario \"%1\": %2").arg(view->name, scenarioRun.message()));
        sr = std::move(scenarioRun).value();
    }
    auto outcomeText = [](const ForecastInput& i, const ForecastResult& x) {
        return x.outcome ? i.describe(*x.outcome, 4) : QStringLiteral("none");
    };

    QString out;
    if (format == u"json") {
        QJsonObject o = json(in, r, context);
        if (view) {
            QJsonObject s = json(scenarioIn, sr, {});
            s.insert(u"name"_qs, view->name);
            s.insert(u"overrides"_qs, scenarioOverridesJson(scenario.overrides));
            o.insert(u"scenario"_qs, s);
        }
        out = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
    } else if (format == u"csv") {
        out = view ? csv(in, r, QStringLiteral("baseline")) + csv(scenarioIn, sr, QStringLiteral("scenario"), false)
                   : csv(in, r);
    } else {
        out = text(in, r, heading);
        if (view) {
            out += u'\n'
                + text(scenarioIn, sr,
                    QStringLiteral("Scenario \"%1\" (not the record), changed for the forecast only: %2")
                        .arg(view->name, changes.join(QStringLiteral("; "))));
            out += QStringLiteral("\nScenario \"%1\": %2; baseline: %3\n")
                       .arg(view->name, outcomeText(scenarioIn, sr), outcomeText(in, r));
        }
    }
    std::fputs(qUtf8Printable(out), stdout);
    return 0;
}

} // namespace Entente
