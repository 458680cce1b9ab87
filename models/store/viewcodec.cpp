// SPDX-License-Identifier: GPL-3.0-or-later
#include "viewcodec.h"
#include "jsonreader.h"

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
    return checkSavedViewKeys(v);
}

} // namespace Entente::ViewCodec
