// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastscenario.h"

#include <QCoreApplication>
#include <QLocale>

namespace Entente {

namespace {
    struct ScenarioText {
        Q_DECLARE_TR_FUNCTIONS(Forecast)
    };
}

bool ForecastScenario::isEmpty() const
{
    for (const auto& [name, o] : overrides)
        if (!o.isEmpty())
            return false;
    return true;
}

Status ForecastScenario::validate(const ForecastInput& in) const
{
    auto invalid = [](const QString& message) { return Error(message, Error::Kind::Invalid); };
    for (const auto& [name, o] : overrides) {
        if (o.capability && !(*o.capability >= 0))
            return invalid(ScenarioText::tr("%1: a capability cannot be negative (%2)").arg(name, QLocale().toString(*o.capability)));
        if (o.salience && !(*o.salience >= 0 && *o.salience <= 100))
            return invalid(ScenarioText::tr("%1: salience %2 is outside 0–100").arg(name, QLocale().toString(*o.salience)));
        if (o.position && (*o.position < in.lower(0) || *o.position > in.upper(0)))
            return invalid(ScenarioText::tr("%1: position %2 is off the axis (%3 to %4)")
                               .arg(name, QLocale().toString(*o.position), QLocale().toString(in.lower(0)),
                                   QLocale().toString(in.upper(0))));
    }
    return {};
}

ForecastInput ForecastScenario::apply(const ForecastInput& in) const
{
    ForecastInput out = in;
    QStringList changed;
    for (auto& a : out.actors) {
        const auto it = overrides.find(a.name);
        if (it == overrides.end() || it->second.isEmpty())
            continue;
        const ForecastOverride& o = it->second;
        if (o.position && !a.position.empty())
            a.position[0] = *o.position;
        if (o.salience && !a.salience.empty())
            a.salience[0] = *o.salience / 100.0;
        if (o.capability)
            a.capability = *o.capability;
        changed << a.name;
    }
    if (!changed.isEmpty())
        out.notes << ScenarioText::tr("Scenario, not the record: changed for %1.").arg(changed.join(QStringLiteral(", ")));
    return out;
}

} // namespace Entente
