// SPDX-License-Identifier: GPL-3.0-or-later
#include "axiscodec.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Entente::AxisCodec {

QString encode(const QList<AxisAnchor>& axis)
{
    if (axis.isEmpty())
        return {};
    QJsonArray out;
    for (const auto& a : axis)
        out.append(QJsonObject { { QStringLiteral("value"), a.value }, { QStringLiteral("label"), a.label } });
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Result<QList<AxisAnchor>> decode(const QString& text)
{
    QList<AxisAnchor> out;
    if (text.isEmpty())
        return out;
    const auto doc = parseJsonDocument(text.toUtf8());
    if (!doc.ok() || !doc->isArray())
        return Error(QStringLiteral("a stored axis is not a JSON array"), Error::Kind::Invalid);
    for (const auto& v : doc->toArray()) {
        const QJsonObject o = v.toObject();
        if (!o.value(QStringLiteral("value")).isDouble())
            return Error(QStringLiteral("a stored axis anchor has no value"), Error::Kind::Invalid);
        out.append({ o.value(QStringLiteral("value")).toDouble(), o.value(QStringLiteral("label")).toString() });
    }
    if (const QString bad = checkAxis(out); !bad.isEmpty())
        return Error(QStringLiteral("a stored axis: %1").arg(bad), Error::Kind::Invalid);
    return out;
}

} // namespace Entente::AxisCodec
