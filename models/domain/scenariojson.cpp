// SPDX-License-Identifier: GPL-3.0-or-later
#include "scenariojson.h"

#include <QJsonObject>

namespace Entente {

QJsonArray scenarioOverridesJson(const std::map<QString, ForecastOverride>& overrides)
{
    QJsonArray out;
    for (const auto& [party, x] : overrides) {
        QJsonObject one;
        one.insert(QStringLiteral("party"), party);
        for (const auto& [key, field] : scenarioOverrideValues)
            if (const auto& value = x.*field)
                one.insert(QLatin1String(key), *value);
        out.append(one);
    }
    return out;
}

} // namespace Entente
