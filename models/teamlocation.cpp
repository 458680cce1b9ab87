// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamlocation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>

namespace Entente::TeamLocation {

namespace {
    QString tr(const char* text) { return QCoreApplication::translate("Entente::TeamLocation", text); }

    bool isUri(const QString& s)
    {
        return s.startsWith(u"postgresql://", Qt::CaseInsensitive) || s.startsWith(u"postgres://", Qt::CaseInsensitive);
    }

    QString encode(const QString& s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }
    QString decode(QStringView s) { return QUrl::fromPercentEncoding(s.toUtf8()); }

    // Where the authority ends and the query starts in a URI (scheme already checked).
    struct Parts {
        qsizetype authorityStart = 0;
        qsizetype authorityEnd = 0;
        qsizetype queryStart = -1; // index of '?', or -1
    };
    Parts partsOf(const QString& uri)
    {
        Parts p;
        p.authorityStart = uri.indexOf(u"://") + 3;
        p.queryStart = uri.indexOf(u'?', p.authorityStart);
        const qsizetype slash = uri.indexOf(u'/', p.authorityStart);
        const qsizetype end = p.queryStart >= 0 ? p.queryStart : uri.size();
        p.authorityEnd = slash >= 0 && slash < end ? slash : end;
        return p;
    }

    QList<std::pair<QString, QString>> queryItems(const QString& uri, const Parts& p)
    {
        QList<std::pair<QString, QString>> items;
        if (p.queryStart < 0)
            return items;
        for (const auto& item : QStringView(uri).mid(p.queryStart + 1).split(u'&', Qt::SkipEmptyParts)) {
            const qsizetype eq = item.indexOf(u'=');
            items.append({ decode(item.left(eq < 0 ? item.size() : eq)), eq < 0 ? QString() : decode(item.mid(eq + 1)) });
        }
        return items;
    }
}

QStringList sslModes()
{
    return { QStringLiteral("disable"), QStringLiteral("allow"), QStringLiteral("prefer"), QStringLiteral("require"),
        QStringLiteral("verify-ca"), QStringLiteral("verify-full") };
}

Result<QString> toUri(const Address& a)
{
    static const QRegularExpression validId(QStringLiteral("^[A-Za-z0-9._-]+$"));
    const QString dossier = a.dossier.trimmed();
    if (dossier.isEmpty())
        return Error(tr("Dossier: enter the id of the dossier on the server."), Error::Kind::Invalid);
    if (!validId.match(dossier).hasMatch())
        return Error(tr("Dossier: “%1” is not a valid id (use letters, digits, '.', '_' and '-').").arg(dossier),
            Error::Kind::Invalid);
    const QString service = a.service.trimmed();
    const QString database = a.database.trimmed();
    if (service.isEmpty() && database.isEmpty())
        return Error(tr("Database: enter the database name (or use a service)."), Error::Kind::Invalid);
    if (a.port < 0 || a.port > 65535)
        return Error(tr("Port: %1 is not a port number (1–65535).").arg(a.port), Error::Kind::Invalid);
    if (!a.sslmode.isEmpty() && !sslModes().contains(a.sslmode))
        return Error(tr("SSL mode: “%1” is not one of %2.").arg(a.sslmode, sslModes().join(QStringLiteral(", "))),
            Error::Kind::Invalid);
    const QString host = a.host.trimmed();
    const bool socketHost = host.startsWith(u'/');
    QString uri = QStringLiteral("postgresql://");
    if (!a.user.trimmed().isEmpty())
        uri += encode(a.user.trimmed()) + u'@';
    if (!host.isEmpty() && !socketHost)
        uri += host.contains(u':') ? u'[' + host + u']' : encode(host); // an IPv6 address goes in brackets
    if (a.port > 0 && !socketHost)
        uri += u':' + QString::number(a.port);
    uri += u'/' + encode(database);
    QStringList query { u"dossier="_qs + dossier };
    if (socketHost)
        query << u"host="_qs + encode(host);
    if (a.port > 0 && socketHost)
        query << u"port="_qs + QString::number(a.port);
    if (!service.isEmpty())
        query << u"service="_qs + encode(service);
    if (!a.sslmode.isEmpty())
        query << u"sslmode="_qs + a.sslmode;
    return QString(uri + u'?' + query.join(u'&'));
}

std::optional<Address> fromUri(const QString& uri)
{
    if (!isUri(uri))
        return std::nullopt;
    const Parts p = partsOf(uri);
    Address a;
    QString authority = uri.mid(p.authorityStart, p.authorityEnd - p.authorityStart);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const QString userinfo = authority.left(at);
        a.user = decode(QStringView(userinfo).left(userinfo.indexOf(u':') < 0 ? userinfo.size() : userinfo.indexOf(u':')));
        authority = authority.mid(at + 1);
    }
    if (authority.startsWith(u'[')) { // [IPv6]:port
        const qsizetype close = authority.indexOf(u']');
        a.host = authority.mid(1, close - 1);
        if (authority.mid(close + 1).startsWith(u':'))
            a.port = authority.mid(close + 2).toInt();
    } else {
        const qsizetype colon = authority.lastIndexOf(u':');
        a.host = decode(colon < 0 ? authority : authority.left(colon));
        if (colon >= 0)
            a.port = authority.mid(colon + 1).toInt();
    }
    const qsizetype pathEnd = p.queryStart >= 0 ? p.queryStart : uri.size();
    if (p.authorityEnd < pathEnd)
        a.database = decode(QStringView(uri).mid(p.authorityEnd + 1, pathEnd - p.authorityEnd - 1));
    for (const auto& [key, value] : queryItems(uri, p)) {
        if (key == u"dossier")
            a.dossier = value;
        else if (key == u"host")
            a.host = value;
        else if (key == u"port")
            a.port = value.toInt();
        else if (key == u"dbname")
            a.database = value;
        else if (key == u"user")
            a.user = value;
        else if (key == u"sslmode")
            a.sslmode = value;
        else if (key == u"service")
            a.service = value;
    }
    return a;
}

QString withoutPassword(const QString& location)
{
    if (!isUri(location))
        return location;
    const Parts p = partsOf(location);
    QString authority = location.mid(p.authorityStart, p.authorityEnd - p.authorityStart);
    if (const qsizetype at = authority.lastIndexOf(u'@'); at >= 0) {
        const qsizetype colon = authority.left(at).indexOf(u':');
        if (colon >= 0)
            authority.remove(colon, at - colon);
    }
    const qsizetype pathEnd = p.queryStart >= 0 ? p.queryStart : location.size();
    QString out = location.left(p.authorityStart) + authority + location.mid(p.authorityEnd, pathEnd - p.authorityEnd);
    if (p.queryStart >= 0) {
        QStringList kept;
        for (const auto& item : QStringView(location).mid(p.queryStart + 1).split(u'&', Qt::SkipEmptyParts))
            if (!decode(item).startsWith(u"password="))
                kept << item.toString();
        if (!kept.isEmpty())
            out += u'?' + kept.join(u'&');
    }
    return out;
}

QString displayName(const QString& location)
{
    const auto a = fromUri(location);
    if (!a)
        return QFileInfo(location).fileName();
    const QString dossier = a->dossier.isEmpty() ? tr("(no dossier)") : a->dossier;
    QString server;
    if (!a->host.isEmpty() && !a->host.startsWith(u'/'))
        server = a->host;
    else if (!a->service.isEmpty())
        server = tr("service %1").arg(a->service);
    else
        server = tr("the local server");
    return tr("%1 on %2").arg(dossier, server);
}

} // namespace Entente::TeamLocation
