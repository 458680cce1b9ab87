// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastsummary.h"

#include "dossier.h"
#include "forecastinputreader.h"
#include "forecastscenario.h"

#include <QCoreApplication>
#include <QSet>

namespace Entente {

namespace {
    struct SummaryText {
        Q_DECLARE_TR_FUNCTIONS(Forecast)
    };
}

ForecastSummary summarizeForecast(const Dossier& d, qsizetype issue, qint64 asOfMsecs, const ForecastOptions& options,
    const ForecastScenario* scenario)
{
    ForecastSummary s;
    if (issue < 0 || issue >= d.issues().size())
        return s;
    s.issueName = d.issues()[issue].name;
    const ForecastInput in = ForecastInputReader::fromDossier(d, issue, asOfMsecs);
    auto outcomeText = [](const ForecastInput& input, const Result<ForecastResult>& run) {
        if (!run.ok())
            return run.message();
        const ForecastResult& r = run.value();
        return r.outcome ? input.describe(*r.outcome) : (r.note.isEmpty() ? SummaryText::tr("no outcome") : r.note);
    };
    const auto run = Forecast::run(in, options);
    s.parties = int(in.actors.size());
    s.outcome = run.ok() ? run.value().outcome : std::nullopt;
    s.outcomeText = outcomeText(in, run);
    if (scenario) {
        if (const auto bad = scenario->validate(in); !bad.ok()) {
            s.scenarioOutcomeText = bad.message();
        } else {
            const ForecastInput changed = scenario->apply(in);
            s.scenarioOutcomeText = outcomeText(changed, Forecast::run(changed, options));
        }
    }
    // The sources the inputs rest on: those cited by the positions and capabilities in force.
    QSet<QString> sources;
    for (qsizetype p = 0; p < d.parties().size(); ++p) {
        if (const PositionChange* c = d.positionAsOf(p, issue, asOfMsecs))
            for (const auto& id : c->citedSources)
                sources.insert(id);
        if (const CapabilityChange* c = d.capabilityAsOf(p, issue, asOfMsecs))
            for (const auto& id : c->citedSources)
                sources.insert(id);
    }
    s.sources = int(sources.size());
    if (s.parties > 0 && in.assumedCapabilities == qsizetype(in.actors.size()))
        s.caveats << SummaryText::tr("no capability is recorded, so every party weighs the same");
    else if (in.assumedCapabilities > 0)
        s.caveats << SummaryText::tr("%n party(ies) without a recorded capability", nullptr, int(in.assumedCapabilities));
    if (s.parties > 0 && s.sources <= 1)
        s.caveats << (s.sources == 0 ? SummaryText::tr("the positions cite no source")
                                     : SummaryText::tr("the positions rest on one source"));
    return s;
}

} // namespace Entente
