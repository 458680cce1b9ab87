// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Shared by the team-mode tests: the throwaway cluster ctest starts (tests/pgcluster.sh, ENTENTE_PG_HOST) and
// dossier URIs on it. The cluster has the roles alice (owner), bob and dave (editors), carol (reader), and the
// databases entente and entente_scratch.

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QFileInfo>
#include <QString>

namespace PgTest {

// Empty when the cluster is there; otherwise why not (the test must then fail, not skip).
inline QString clusterProblem()
{
    const QString host = qEnvironmentVariable("ENTENTE_PG_HOST");
    if (host.isEmpty())
        return QStringLiteral("ENTENTE_PG_HOST is not set: run this test through ctest, whose pgcluster fixture "
                              "starts a throwaway PostgreSQL server (tests/pgcluster.sh; package postgresql, "
                              "installed by .ci/deps.sh --test)");
    if (!QFileInfo::exists(host + u"/.s.PGSQL.5432"))
        return QStringLiteral("no PostgreSQL server listens in %1: the pgcluster fixture did not start it (see the "
                              "output of the pgcluster_start test; is the postgresql package installed?)")
            .arg(host);
    return {};
}

inline QString host() { return qEnvironmentVariable("ENTENTE_PG_HOST"); }

inline QByteArray conninfo(const QString& user = QStringLiteral("alice"), const QString& db = QStringLiteral("entente"))
{
    return QStringLiteral("host=%1 dbname=%2 user=%3").arg(host(), db, user).toUtf8();
}

// A dossier id no other test (nor an earlier run against the same cluster) uses.
inline QString freshId(const QString& stem)
{
    static QAtomicInteger<int> counter;
    return QStringLiteral("%1-%2-%3").arg(stem).arg(QCoreApplication::applicationPid()).arg(counter.fetchAndAddRelaxed(1));
}

inline QString uri(const QString& dossier, const QString& user = QStringLiteral("alice"),
    const QString& db = QStringLiteral("entente"))
{
    return QStringLiteral("postgresql:///%1?host=%2&user=%3&dossier=%4").arg(db, host(), user, dossier);
}

} // namespace PgTest
