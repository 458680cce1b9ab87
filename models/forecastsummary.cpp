// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastsummary.h"

#include "dossier.h"
#include "forecastinputreader.h"

#include <QCoreApplication>
#include <QSet>

namespace Entente {

namespace {
    struct SummaryText {
        Q_DECLARE_TR_FUNCTIONS(Forecast)
    };
}

ForecastSummary summarizeForecast(const Dossier& d, qsizetype issue, qint64 asOfMsecs, const ForecastOptions& options)
{
    ForecastSummary s;
    if (issue < 0 || issue >= d.issues().size())
        return s;
    s.issueName = d.issues()[issue].name;
    const ForecastInput in = ForecastInputReader::fromDossier(d, issue, asOfMsecs);
    const auto run = Forecast::run(in, options);
    const ForecastResult r = run.ok() ? run.value() : ForecastResult {};
    s.parties = int(in.actors.size());
    s.outcome = r.outcome;
    s.outcomeText = !run.ok() ? run.message()
        : r.outcome           ? in.describe(*r.outcome)
                              : (r.note.isEmpty() ? SummaryText::tr("no outcome") : r.note);
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
