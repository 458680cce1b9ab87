// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Deterministic synthetic dossiers for benchmarks (fixed seed): N events over `years` years spread over
// `parties` parties and `issues` issues, and ~`changesPerCell` position changes per party x issue cell.

#include "dossier.h"

#include <QRandomGenerator>

namespace Bench {

inline Entente::Dossier generateDossier(qint64 events, int parties = 10, int issues = 10, int changesPerCell = 0,
    quint32 seed = 20251215, int years = 10)
{
    using namespace Entente;
    Dossier d;
    d.name = QStringLiteral("Synthetic %1 events").arg(events);
    static const char* palette[] = { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2",
        "#7f7f7f", "#bcbd22", "#17becf" };
    for (int p = 0; p < parties; ++p)
        (void)d.insertParty(-1,
            { QStringLiteral("p%1").arg(p), QStringLiteral("Party %1").arg(p), QStringLiteral("P%1").arg(p),
                QString::fromLatin1(palette[p % 10]) });
    for (int i = 0; i < issues; ++i)
        (void)d.insertIssue(-1, { QStringLiteral("i%1").arg(i), QStringLiteral("Issue %1").arg(i), {} });
    QRandomGenerator rng(seed);
    const qint64 t0 = PartialDate::parse(u"2016-01-01")->msecs;
    const qint64 span = qint64(years) * 365 * 86400000LL;
    auto& store = d.eventsForBulkLoad();
    store.reserve(events, events * 24);
    static const char16_t* tags[] = { u"battle", u"protest", u"talks", u"statement", u"strike", u"offer" };
    static const char16_t* places[] = { u"Kyiv", u"Berlin", u"Moscow", u"Washington", u"Donetsk", u"Geneva" };
    std::vector<QString> partyIds, issueIds;
    for (const auto& p : d.parties())
        partyIds.push_back(p.id);
    for (const auto& i : d.issues())
        issueIds.push_back(i.id);
    for (qint64 e = 1; e <= events; ++e) {
        const qint64 start = t0 + qint64(rng.generateDouble() * double(span)) / 60000 * 60000;
        const QStringView ps[] = { partyIds[rng.bounded(parties)], partyIds[rng.bounded(parties)] };
        const QStringView is[] = { issueIds[rng.bounded(issues)] };
        const QStringView ts[] = { QStringView(tags[rng.bounded(6)]) };
        const QString title = QStringLiteral("Event %1").arg(e);
        const bool range = rng.bounded(20) == 0;
        store.append(e, PartialDate::fromMsecs(start, Precision::Minute),
            range ? PartialDate::fromMsecs(start + qint64(rng.bounded(30)) * 86400000LL, Precision::Day) : PartialDate {},
            title, {}, places[rng.bounded(6)], std::span(ps, rng.bounded(2) ? 2 : 1), is, ts, {});
    }
    store.finish();
    const auto levels = d.stanceScale();
    for (int p = 0; p < parties && changesPerCell > 0; ++p)
        for (int i = 0; i < issues; ++i)
            for (int c = 0; c < changesPerCell; ++c) {
                PositionChange pc;
                pc.partyId = partyIds[size_t(p)];
                pc.issueId = issueIds[size_t(i)];
                pc.effective = PartialDate::fromMsecs(t0 + qint64(rng.generateDouble() * double(span)) / 86400000 * 86400000,
                    Precision::Day);
                pc.stance = levels[rng.bounded(5)].key;
                pc.recordedAt = pc.effective.msecs;
                (void)d.addPositionChange(pc);
            }
    return d;
}

} // namespace Bench
