// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewcodec.h"
#include "jsonreader.h"
#include "scenariojson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Entente::ViewCodec {

namespace {
    struct Text {
        const char* key;
        QString SavedView::*field;
    };
    struct Date {
        const char* key;
        std::optional<qint64> SavedView::*field;
    };
    constexpr Text texts[] = { { "filterText", &SavedView::filterText }, { "filterParty", &SavedView::filterParty },
        { "filterIssue", &SavedView::filterIssue }, { "filterTag", &SavedView::filterTag },
        { "lanes", &SavedView::lanes }, { "chart", &SavedView::chart }, { "chartIssue", &SavedView::chartIssue },
        { "chartPeriod", &SavedView::chartPeriod } };
    constexpr Date dates[] = { { "compare", &SavedView::compareDate }, { "filterFrom", &SavedView::filterFrom },
        { "filterTo", &SavedView::filterTo }, { "timelineFrom", &SavedView::timelineFrom },
        { "timelineTo", &SavedView::timelineTo } };

    // {"issue": "nato", "model": "mean", "rounds": 10, "pce": "markov",
    //  "overrides": [{"party": "ru", "position": -1, "salience": 10, "capability": 3}, …]}

    QJsonObject encodeScenario(const SavedScenario& s)
    {
        QJsonObject o;
        o.insert(QStringLiteral("issue"), s.issue);
        o.insert(QStringLiteral("model"), s.model);
        o.insert(QStringLiteral("rounds"), s.rounds);
        if (!s.pce.isEmpty())
            o.insert(QStringLiteral("pce"), s.pce);
        o.insert(QStringLiteral("overrides"), scenarioOverridesJson(s.overrides));
        return o;
    }

    // Whether `o` has the shape of a scenario (the values are checked by checkSavedViewKeys()).
    bool decodeScenario(const QJsonObject& o, SavedScenario& s)
    {
        const auto issue = o.value(QStringLiteral("issue")), model = o.value(QStringLiteral("model")),
                   rounds = o.value(QStringLiteral("rounds")), pce = o.value(QStringLiteral("pce")),
                   overrides = o.value(QStringLiteral("overrides"));
        if (!issue.isString() || !model.isString() || !(rounds.isUndefined() || rounds.isDouble())
            || !(pce.isUndefined() || pce.isString()) || !(overrides.isUndefined() || overrides.isArray()))
            return false;
        s.issue = issue.toString();
        s.model = model.toString();
        s.rounds = rounds.isDouble() ? rounds.toInt(-1) : 10;
        s.pce = pce.toString();
        for (const auto& x : overrides.toArray()) {
            const QJsonObject one = x.toObject();
            const auto party = one.value(QStringLiteral("party"));
            if (!party.isString() || s.overrides.contains(party.toString()))
                return false;
            ForecastOverride& out = s.overrides[party.toString()];
            for (const auto& [key, field] : scenarioOverrideValues) {
                const auto value = one.value(QLatin1String(key));
                if (value.isDouble())
                    out.*field = value.toDouble();
                else if (!value.isUndefined())
                    return false;
            }
        }
        return true;
    }
}

QString encode(const SavedView& v)
{
    QJsonObject o;
    o.insert(QStringLiteral("asOf"), double(v.asOf));
    for (const auto& [key, field] : dates)
        if (const auto& d = v.*field)
            o.insert(QLatin1String(key), double(*d));
    for (const auto& [key, field] : texts)
        if (!(v.*field).isEmpty())
            o.insert(QLatin1String(key), v.*field);
    if (v.filterCell)
        o.insert(QStringLiteral("filterCell"), true);
    if (v.scenario)
        o.insert(QStringLiteral("scenario"), encodeScenario(*v.scenario));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QString decode(const QString& text, SavedView& v)
{
    const auto doc = parseJsonDocument(text.toUtf8());
    if (!doc.ok() || !doc->isObject())
        return QStringLiteral("the stored settings of view \"%1\" are not a JSON object").arg(v.id);
    const QJsonObject o = doc->toObject();
    auto number = [&](const QString& key, qint64& out) {
        const auto x = o.value(key);
        if (!x.isDouble())
            return false;
        out = qint64(x.toDouble());
        return true;
    };
    if (!number(QStringLiteral("asOf"), v.asOf))
        return QStringLiteral("the stored view \"%1\" has no as-of date").arg(v.id);
    for (const auto& [key, field] : dates) {
        qint64 d = 0;
        v.*field = number(QLatin1String(key), d) ? std::optional<qint64>(d) : std::nullopt;
    }
    for (const auto& [key, field] : texts)
        v.*field = o.value(QLatin1String(key)).toString();
    v.filterCell = o.value(QStringLiteral("filterCell")).toBool();
    v.scenario.reset();
    if (const auto scenario = o.value(QStringLiteral("scenario")); !scenario.isUndefined()) {
        v.scenario.emplace();
        if (!scenario.isObject() || !decodeScenario(scenario.toObject(), *v.scenario))
            return QStringLiteral("the stored scenario of view \"%1\" is damaged").arg(v.id);
    }
    return checkSavedViewKeys(v);
}

} // namespace Entente::ViewCodec
