// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimcodec.h"
#include "jsonreader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Entente::ClaimCodec {

QString encode(const QList<Claim>& claims)
{
    if (claims.isEmpty())
        return {};
    QJsonArray out;
    for (const auto& c : claims) {
        QJsonObject o;
        o.insert(QStringLiteral("source"), c.sourceId);
        o.insert(QStringLiteral("credibility"), c.credibility);
        if (!c.claimant.isEmpty())
            o.insert(QStringLiteral("claimant"), c.claimant);
        if (!c.quote.isEmpty())
            o.insert(QStringLiteral("quote"), c.quote);
        out.append(o);
    }
    return QString::fromUtf8(QJsonDocument(out).toJson(QJsonDocument::Compact));
}

Result<QList<Claim>> decode(const QString& text)
{
    QList<Claim> out;
    if (text.isEmpty())
        return out;
    auto fail = [](const QString& why) { return Error(why, Error::Kind::Invalid); };
    const auto doc = parseJsonDocument(text.toUtf8());
    if (!doc.ok() || !doc->isArray())
        return fail(QStringLiteral("stored claims are not a JSON array"));
    for (const auto& v : doc->toArray()) {
        const QJsonObject o = v.toObject();
        Claim c;
        c.sourceId = o.value(QStringLiteral("source")).toString();
        c.credibility = o.value(QStringLiteral("credibility")).toInt(0);
        c.claimant = o.value(QStringLiteral("claimant")).toString();
        c.quote = o.value(QStringLiteral("quote")).toString();
        if (c.sourceId.isEmpty() || !isCredibility(c.credibility))
            return fail(QStringLiteral("a stored claim has no source or a credibility outside 1–6"));
        out.append(c);
    }
    return out;
}

} // namespace Entente::ClaimCodec
