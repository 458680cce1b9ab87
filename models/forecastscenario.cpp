// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastscenario.h"

#include "dossier.h"

#include <QCoreApplication>
#include <QLocale>

namespace Entente {

namespace {
    struct ScenarioText {
        Q_DECLARE_TR_FUNCTIONS(Forecast)
    };

    // The actor's name when the input has it, else the id the override names.
    QString nameOf(const ForecastInput& in, const QString& id)
    {
        for (const auto& a : in.actors)
            if (a.id == id)
                return a.name;
        return id;
    }
}

bool ForecastScenario::isEmpty() const
{
    for (const auto& [id, o] : overrides)
        if (!o.isEmpty())
            return false;
    return true;
}

Status ForecastScenario::validate(const ForecastInput& in) const
{
    auto invalid = [](const QString& message) { return Error(message, Error::Kind::Invalid); };
    for (const auto& [id, o] : overrides) {
        const QString name = nameOf(in, id);
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
        const auto it = overrides.find(a.id);
        if (a.id.isEmpty() || it == overrides.end() || it->second.isEmpty())
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

QStringList ForecastScenario::describe(const Dossier& d) const
{
    QStringList out;
    auto one = [](const QString& party, const ForecastOverride& o) {
        QStringList values;
        if (o.position)
            values << ScenarioText::tr("position %1").arg(QLocale().toString(*o.position));
        if (o.salience)
            values << ScenarioText::tr("salience %1").arg(QLocale().toString(*o.salience));
        if (o.capability)
            values << ScenarioText::tr("capability %1").arg(QLocale().toString(*o.capability));
        return ScenarioText::tr("%1: %2").arg(party, values.join(QStringLiteral(", ")));
    };
    for (const auto& p : d.parties())
        if (const auto it = overrides.find(p.id); it != overrides.end() && !it->second.isEmpty())
            out << one(p.name, it->second);
    for (const auto& [id, o] : overrides) // not (or no longer) in the dossier: named by id
        if (d.partyIndex(id) < 0 && !o.isEmpty())
            out << one(id, o);
    return out;
}

ForecastOptions scenarioOptions(const SavedScenario& s, ForecastOptions base)
{
    if (const auto m = forecastModelFromKey(s.model))
        base.model = *m;
    base.rounds = s.rounds;
    base.pce = pceFormFromKey(s.pce).value_or(PceForm::Conditional);
    return base;
}

} // namespace Entente
