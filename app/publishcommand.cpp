// SPDX-License-Identifier: GPL-3.0-or-later
#include "publishcommand.h"

#include "dossierio.h"
#include "teamlocation.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Entente {

namespace {
    int fail(const QString& message)
    {
        std::fprintf(stderr, "entente: publish: %s\n", qUtf8Printable(message));
        return 1;
    }

    // From this many events on, publish reports its progress on stderr (every tenth).
    constexpr qint64 ProgressFrom = 50000;
}

int runPublishCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("entente publish: publish a dossier to a team server (PostgreSQL)"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("dossier (.entente, .json or postgresql:// URI)"));
    p.addOption({ QStringLiteral("to"),
        QStringLiteral("the new team dossier, e.g. postgresql://db.example.org/entente?dossier=berlin-talks"),
        QStringLiteral("URI") });
    if (!p.parse(args)) {
        fail(p.errorText());
        return 2;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(p.helpText()), stdout);
        return 0;
    }
    const QStringList pos = p.positionalArguments().mid(1);
    if (pos.size() != 1)
        return fail(QStringLiteral("expected exactly one FILE"));
    if (!p.isSet(QStringLiteral("to")))
        return fail(QStringLiteral("--to URI is required (postgresql://HOST/DATABASE?dossier=ID)"));
    const QString uri = p.value(QStringLiteral("to"));
    if (!DossierIO::isTeamLocation(uri))
        return fail(QStringLiteral("--to %1: not a team server address (postgresql://HOST/DATABASE?dossier=ID)")
                        .arg(TeamLocation::withoutPassword(uri)));
    const auto read = DossierIO::readDossier(pos[0]);
    if (!read.ok())
        return fail(QString(read.message()).replace(pos[0], TeamLocation::withoutPassword(pos[0])));
    const qint64 total = read.value().events().size();
    int reported = 0; // tenths
    const auto progress = [&](qint64 events) {
        if (total < ProgressFrom)
            return;
        const int tenth = int(events * 10 / total);
        if (tenth <= reported)
            return;
        reported = tenth;
        std::fprintf(stderr, "entente: publishing %lld events… %d %%\n", static_cast<long long>(total), tenth * 10);
    };
    if (const Status published = DossierIO::publish(read.value(), uri, progress); !published.ok())
        return fail(QString(published.message()).replace(uri, TeamLocation::withoutPassword(uri)));
    std::fprintf(stderr, "entente: published %lld event(s) to %s\n", static_cast<long long>(total),
        qUtf8Printable(TeamLocation::displayName(uri)));
    return 0;
}

} // namespace Entente
