// SPDX-License-Identifier: GPL-3.0-or-later
#include "digestcommand.h"

#include "dossierio.h"
#include "whatchanged.h"

#include <QCommandLineParser>

#include <cstdio>

namespace Entente {

namespace {
    int fail(const QString& message)
    {
        std::fprintf(stderr, "entente: digest: %s\n", qUtf8Printable(message));
        return 1;
    }

    constexpr qint64 DayMs = 86400000LL;
    qint64 endOfDay(qint64 msecs) { return msecs - ((msecs % DayMs) + DayMs) % DayMs + DayMs - 1; }
}

int runDigestCommand(const QStringList& args)
{
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("entente digest: what changed between two dates (new positions, "
                                               "withdrawals, stance and salience moves, statuses, events), by issue"));
    p.addHelpOption();
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("dossier (.entente or .json)"));
    p.addOption({ QStringLiteral("from"), QStringLiteral("the state at the end of this date (default: the change step before --to)"),
        QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("to"), QStringLiteral("the state at the end of this date (default: the dossier's last date)"),
        QStringLiteral("DATE") });
    p.addOption({ QStringLiteral("format"), QStringLiteral("text (default), markdown or json"), QStringLiteral("FORMAT"),
        QStringLiteral("text") });
    if (!p.parse(args))
        return fail(p.errorText());
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qUtf8Printable(p.helpText()), stdout);
        return 0;
    }
    const QStringList pos = p.positionalArguments().mid(1);
    if (pos.size() != 1)
        return fail(QStringLiteral("expected exactly one FILE"));
    const QString format = p.value(QStringLiteral("format")).toLower();
    if (format != u"text" && format != u"markdown" && format != u"json")
        return fail(QStringLiteral("--format must be text, markdown or json, not \"%1\"").arg(p.value(QStringLiteral("format"))));
    // A date stands for the state at its end: changes and events dated on it are included.
    std::optional<qint64> from, to;
    for (const auto& [name, target] : { std::pair { QStringLiteral("from"), &from }, std::pair { QStringLiteral("to"), &to } }) {
        if (!p.isSet(name))
            continue;
        const auto date = PartialDate::parse(p.value(name).trimmed());
        if (!date.ok())
            return fail(QStringLiteral("--%1 %2: %3").arg(name, p.value(name), date.message()));
        *target = date->periodEnd() - 1;
    }
    const auto read = DossierIO::readDossier(pos[0]);
    if (!read.ok())
        return fail(read.message());
    const Dossier& d = read.value();
    if (!to) {
        const auto range = d.dateRange();
        if (!range)
            return fail(QStringLiteral("%1 holds no dated events or changes; give --to").arg(pos[0]));
        to = endOfDay(range->second);
    }
    if (!from) {
        const auto step = WhatChanged::previousStep(d, *to - DayMs + 1); // before the day of --to
        if (!step)
            return fail(QStringLiteral("no change before --to; give --from"));
        from = endOfDay(*step);
    }
    if (*from > *to)
        return fail(QStringLiteral("--from %1 is after --to %2")
                        .arg(PartialDate::fromMsecs(*from, Precision::Day).toIso(), PartialDate::fromMsecs(*to, Precision::Day).toIso()));
    const WhatChanged w = WhatChanged::compute(d, *from, *to);
    QByteArray out;
    if (format == u"json")
        out = whatChangedJson(d, w);
    else if (format == u"markdown")
        out = whatChangedMarkdown(d, w).toUtf8();
    else
        out = whatChangedText(d, w).toUtf8();
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return std::fflush(stdout) == 0 ? 0 : fail(QStringLiteral("could not write the digest"));
}

} // namespace Entente
