// SPDX-License-Identifier: GPL-3.0-or-later
// Forecast benchmarks (conventions: shared/BENCH.md).
//   forecast.eu.50x1      50 parties, one issue, 100 rounds of the expected-utility model; baseline: the same
//                         formulas evaluated as written (each probability of success recomputed from the votes
//                         whenever an expected utility needs it), as the published replications do.
//   forecast.history      one issue, 1,000 as-of steps, 50 parties: the weighted median and the spatial model's
//                         turn-0 PCE at every step; baseline: each step's positions found by scanning the whole
//                         change history, and the PCE with utilities recomputed inside the vote loops.
//   forecast.history.capabilities  the same with 75 capabilities recorded (general and per issue), against
//                         forecast.history in the same run.

#include "benchutil.h"
#include "dossier.h"
#include "expectedutilitymodel.h"
#include "forecast.h"
#include "forecasthistory.h"
#include "spatialmodel.h"

#include <QRandomGenerator>

#include <cmath>
#include <map>

using namespace Entente;

namespace {
ForecastInput randomInput(int n, quint32 seed)
{
    QRandomGenerator rng(seed);
    ForecastInput in;
    for (int i = 0; i < n; ++i)
        in.actors.push_back({ QStringLiteral("P%1").arg(i), double(1 + rng.bounded(100)), { double(rng.bounded(101)) },
            { 0.1 + 0.9 * rng.generateDouble() } });
    in.axisMin = { 0 };
    in.axisMax = { 100 };
    return in;
}

// The expected-utility model as the formulas read, without the probability matrix.
std::vector<double> naiveEu(const ForecastInput& in, int rounds)
{
    const size_t n = in.actors.size();
    std::vector<double> x(n);
    for (size_t i = 0; i < n; ++i)
        x[i] = in.actors[i].position[0];
    const double range = 100;
    for (int round = 0; round < rounds; ++round) {
        auto prob = [&](size_t i, size_t j) {
            double pos = 0, all = 0;
            for (size_t k = 0; k < n; ++k) {
                const double v = in.actors[k].capability * in.actors[k].salience[0]
                    * (std::abs(x[k] - x[j]) - std::abs(x[k] - x[i])) / range;
                if (v > 0)
                    pos += v;
                all += std::abs(v);
            }
            return all > 0 ? pos / all : 0.5;
        };
        auto eu = [&](size_t i, size_t j, double r) {
            const double d = std::abs(x[i] - x[j]) / range;
            const double us = 2 - 4 * std::pow(0.5 - 0.5 * d, r), uf = 2 - 4 * std::pow(0.5 + 0.5 * d, r);
            const double usq = 2 - 4 * std::pow(0.5, r);
            const double p = prob(i, j), s = in.actors[j].salience[0];
            return s * (p * us + (1 - p) * uf) + (1 - s) * us - usq;
        };
        std::vector<double> sec(n, 0);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j)
                if (i != j)
                    sec[i] += eu(j, i, 1.0);
        const double smin = *std::min_element(sec.begin(), sec.end()), smax = *std::max_element(sec.begin(), sec.end());
        std::vector<double> r(n, 1.0);
        if (smax - smin > 1e-12)
            for (size_t i = 0; i < n; ++i) {
                const double R = (2 * sec[i] - smax - smin) / (smax - smin);
                r[i] = (1 - R / 3) / (1 + R / 3);
            }
        std::vector<double> next = x, best(n, -1);
        std::vector<double> bestGain(n, 0);
        for (size_t i = 0; i < n; ++i)
            for (size_t j = 0; j < n; ++j) {
                if (i == j || x[i] == x[j])
                    continue;
                const double ei = eu(i, j, r[i]), ej = eu(j, i, r[i]);
                double to;
                if (ei > 0 && ej > 0 && ei > ej)
                    to = x[i];
                else if (ei > 0 && ej < 0 && ei > std::abs(ej))
                    to = x[j] + (x[i] - x[j]) * std::abs(ej / ei);
                else if (ei > 0 && ej < 0 && ei < std::abs(ej))
                    to = x[i];
                else
                    continue;
                const double move = std::abs(to - x[j]);
                if (best[j] < 0 || move < best[j] || (move == best[j] && ei > bestGain[j])) {
                    best[j] = move;
                    bestGain[j] = ei;
                    next[j] = to;
                }
            }
        x = next;
    }
    return x;
}

Dossier historyDossier(int parties, int steps)
{
    Dossier d;
    for (int p = 0; p < parties; ++p)
        (void)d.insertParty(-1, { QStringLiteral("p%1").arg(p), QStringLiteral("Party %1").arg(p), {}, u"#336699"_qs });
    (void)d.insertIssue(-1, { u"i0"_qs, u"Issue 0"_qs, {} });
    QRandomGenerator rng(20251215);
    const qint64 t0 = PartialDate::parse(u"2020-01-01")->msecs;
    const auto levels = d.stanceScale();
    for (int s = 0; s < steps; ++s) {
        PositionChange c;
        // The first steps give every party a position; then one party changes per step.
        c.partyId = QStringLiteral("p%1").arg(s < parties ? s : int(rng.bounded(parties)));
        c.issueId = u"i0"_qs;
        c.effective = PartialDate::fromMsecs(t0 + qint64(s) * 86400000LL, Precision::Day);
        c.stance = levels[rng.bounded(5)].key;
        c.salience = int(rng.bounded(101));
        c.recordedAt = c.effective.msecs;
        (void)d.addPositionChange(c);
    }
    return d;
}

// Per step: scan the whole history for each party's latest change, then median and PCE computed plainly.
double naiveHistory(const Dossier& d, const std::vector<qint64>& steps)
{
    double checksum = 0;
    std::map<QString, double> value;
    for (const auto& l : d.stanceScale())
        if (!l.isUnknown)
            value[l.key] = l.value;
    for (qint64 at : steps) {
        std::map<QString, const PositionChange*> latest;
        for (const auto& c : d.positionChanges())
            if (!c.retracted && c.effective.msecs <= at) {
                auto& slot = latest[c.partyId];
                if (!slot || slot->effective.msecs <= c.effective.msecs)
                    slot = &c;
            }
        std::vector<double> x, s, w;
        for (const auto& [party, c] : latest) {
            if (!value.count(c->stance))
                continue;
            x.push_back(value[c->stance]);
            s.push_back((c->salience < 0 ? 50 : c->salience) / 100.0);
            w.push_back(1.0);
        }
        const size_t n = x.size();
        // Median.
        std::vector<size_t> order(n);
        for (size_t i = 0; i < n; ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return x[a] < x[b]; });
        double total = 0, cum = 0, median = 0;
        for (size_t i = 0; i < n; ++i)
            total += w[i] * s[i];
        for (size_t i : order) {
            cum += w[i] * s[i];
            if (cum >= total / 2) {
                median = x[i];
                break;
            }
        }
        // PCE at turn 0: risk-neutral votes → conditional PCE → risk attitudes → risk-aware votes → PCE.
        auto util = [&](size_t k, size_t i, double R) {
            const double dd = std::abs(x[k] - x[i]) / 4.0;
            return (1 - dd) * (1 + dd * R);
        };
        auto pceOf = [&](const std::vector<double>& risk) {
            std::vector<double> p(n, 1.0);
            for (size_t i = 0; i < n; ++i)
                for (size_t j = 0; j < n; ++j) {
                    if (i == j) {
                        p[i] *= 0.5;
                        continue;
                    }
                    double cij = 1e-8, cji = 1e-8;
                    for (size_t k = 0; k < n; ++k) {
                        const double v = w[k] * (util(k, i, risk[k]) - util(k, j, risk[k]));
                        if (v > 0)
                            cij += v;
                        else
                            cji -= v;
                    }
                    p[i] *= cij / (cij + cji);
                }
            double t = 0;
            for (double v : p)
                t += v;
            for (double& v : p)
                v /= t;
            return p;
        };
        const auto p0 = pceOf(std::vector<double>(n, 0.0));
        const double pmin = *std::min_element(p0.begin(), p0.end()), pmax = *std::max_element(p0.begin(), p0.end());
        std::vector<double> risk(n, 0.0);
        if (pmax > pmin)
            for (size_t i = 0; i < n; ++i)
                risk[i] = (3 * p0[i] - (pmax + 2 * pmin)) / (2 * (pmax - pmin));
        const auto p1 = pceOf(risk);
        checksum += median + p1[0];
    }
    return checksum;
}
}

int main()
{
    {
        const ForecastInput in = randomInput(50, 42);
        ForecastOptions o;
        o.model = ForecastModel::ExpectedUtility;
        o.rounds = 100;
        o.tolerance = -1; // run all 100 rounds
        ForecastResult r;
        const auto fast = Bench::timeMs([&] { r = ExpectedUtilityModel::run(in, o); }, 9);
        std::vector<double> naive;
        const auto slow = Bench::timeMs([&] { naive = naiveEu(in, 100); }, 7);
        double diff = 0;
        for (size_t i = 0; i < naive.size(); ++i)
            diff = std::max(diff, std::abs(naive[i] - r.rounds.back().positions[i]));
        if (r.rounds.size() != 101 || diff > 1e-6)
            std::fprintf(stderr, "forecast.eu.50x1: the naive run differs (%zu rounds, max difference %g)\n",
                r.rounds.size(), diff);
        Bench::report("forecast.eu.50x1.naive", slow, "ms", 50);
        Bench::report("forecast.eu.50x1", fast, "ms", 50, "forecast.eu.50x1.naive", slow.median / fast.median);
    }
    {
        const Dossier d = historyDossier(50, 1000);
        const auto steps = ForecastHistory::steps(d, 0, std::numeric_limits<qint64>::max());
        if (steps.size() != 1000)
            std::fprintf(stderr, "forecast.history: %zu steps\n", steps.size());
        ForecastOptions median, smp;
        median.model = ForecastModel::Median;
        smp.model = ForecastModel::SpatialModel;
        double sink = 0;
        const auto fast = Bench::timeMs(
            [&] {
                const auto a = ForecastHistory::compute(d, 0, steps, median);
                const auto b = ForecastHistory::compute(d, 0, steps, smp);
                sink += a.back().median + (b.back().outcome ? *b.back().outcome : 0);
            },
            7);
        const auto slow = Bench::timeMs([&] { sink += naiveHistory(d, steps); }, 7);
        Bench::report("forecast.history.naive", slow, "ms", qint64(steps.size()));
        Bench::report(
            "forecast.history", fast, "ms", qint64(steps.size()), "forecast.history.naive", slow.median / fast.median);
        // The same history with capabilities recorded: a general one per party and, for every other party, one on
        // the issue, on the dates of the first position changes (so the steps are the same 1,000); the forecast's
        // input then looks up two as-of indexes per party and step.
        Dossier withCapabilities = d;
        const qint64 t0 = PartialDate::parse(u"2020-01-01")->msecs;
        for (int p = 0; p < 50; ++p)
            for (const bool onIssue : { false, true }) {
                if (onIssue && p % 2)
                    continue;
                CapabilityChange c;
                c.partyId = QStringLiteral("p%1").arg(p);
                c.issueId = onIssue ? u"i0"_qs : QString();
                c.value = 10 + p;
                c.effective = PartialDate::fromMsecs(t0 + qint64(p) * 86400000LL, Precision::Day);
                (void)withCapabilities.addCapabilityChange(c);
            }
        const auto capSteps = ForecastHistory::steps(withCapabilities, 0, std::numeric_limits<qint64>::max());
        if (capSteps.size() != 1000 || withCapabilities.capabilityChanges().size() != 75)
            std::fprintf(stderr, "forecast.history.capabilities: %zu steps\n", capSteps.size());
        const auto withCaps = Bench::timeMs(
            [&] {
                const auto a = ForecastHistory::compute(withCapabilities, 0, capSteps, median);
                const auto b = ForecastHistory::compute(withCapabilities, 0, capSteps, smp);
                sink += a.back().median + (b.back().outcome ? *b.back().outcome : 0);
            },
            7);
        Bench::report("forecast.history.capabilities", withCaps, "ms", qint64(capSteps.size()), "forecast.history",
            fast.median / withCaps.median);
        if (sink == 12345.678)
            std::fprintf(stderr, "-");
    }
    return 0;
}
