// SPDX-License-Identifier: GPL-3.0-or-later
#include "expectedutilitymodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Entente {

ExpectedUtilityModel::ExpectedUtilityModel(const ForecastInput& in, const ForecastOptions& options)
    : m_in(in)
    , m_options(options)
    , m_n(in.actors.size())
{
    m_x.resize(m_n);
    m_c.resize(m_n);
    m_s.resize(m_n);
    for (size_t i = 0; i < m_n; ++i) {
        m_x[i] = in.actors[i].position[0];
        m_c[i] = in.actors[i].capability;
        m_s[i] = in.actors[i].salience[0];
    }
    m_range = in.upper(0) - in.lower(0);
    if (!(m_range > 0))
        m_range = 1;
    prepareRound();
}

void ExpectedUtilityModel::prepareRound()
{
    // Probabilities of success from the votes v^k_ij = c_k s_k (|x_k − x_j| − |x_k − x_i|) / range:
    // P_ij = Σ_{v > 0} v / Σ |v|, so that P_ij + P_ji = 1.
    // Summed in O(log n) a pair rather than O(n): with a < b the two positions, m their midpoint and d = b − a,
    // an actor at or beyond a votes w d for a, one between a and m votes 2 w (m − x), and symmetrically on b's
    // side; so prefix sums of w and w x over the actors sorted by position give both totals.
    m_p.assign(m_n * m_n, 0.5);
    std::vector<size_t> order(m_n);
    for (size_t k = 0; k < m_n; ++k)
        order[k] = k;
    std::sort(order.begin(), order.end(), [this](size_t a, size_t b) { return m_x[a] < m_x[b]; });
    std::vector<double> xs(m_n), sumW(m_n + 1, 0.0), sumWX(m_n + 1, 0.0);
    for (size_t t = 0; t < m_n; ++t) {
        const size_t k = order[t];
        const double w = m_c[k] * m_s[k] / m_range;
        xs[t] = m_x[k];
        sumW[t + 1] = sumW[t] + w;
        sumWX[t + 1] = sumWX[t] + w * m_x[k];
    }
    // For each actor: how many actors sit at or below its position, and how many strictly below.
    std::vector<size_t> atOrBelow(m_n), below(m_n);
    for (size_t k = 0; k < m_n; ++k) {
        atOrBelow[k] = size_t(std::upper_bound(xs.begin(), xs.end(), m_x[k]) - xs.begin());
        below[k] = size_t(std::lower_bound(xs.begin(), xs.end(), m_x[k]) - xs.begin());
    }
    for (size_t i = 0; i < m_n; ++i) {
        for (size_t j = 0; j < i; ++j) {
            if (m_x[i] == m_x[j])
                continue; // no actor prefers either: P stays ½
            const bool iLow = m_x[i] < m_x[j];
            const size_t lo = iLow ? i : j, hi = iLow ? j : i;
            const double a = m_x[lo], b = m_x[hi], m = 0.5 * (a + b), d = b - a;
            const size_t la = atOrBelow[lo], hb = below[hi];
            const size_t lm = size_t(std::lower_bound(xs.begin() + la, xs.begin() + hb, m) - xs.begin());
            const size_t um = size_t(std::upper_bound(xs.begin() + lm, xs.begin() + hb, m) - xs.begin());
            const double forLow = d * sumW[la] + 2 * (m * (sumW[lm] - sumW[la]) - (sumWX[lm] - sumWX[la]));
            const double forHigh
                = d * (sumW[m_n] - sumW[hb]) + 2 * ((sumWX[hb] - sumWX[um]) - m * (sumW[hb] - sumW[um]));
            const double total = forLow + forHigh;
            if (total > 0) {
                const double pLow = forLow / total, pHigh = forHigh / total;
                m_p[i * m_n + j] = iLow ? pLow : pHigh;
                m_p[j * m_n + i] = iLow ? pHigh : pLow;
            }
        }
    }
    // μ: the weighted median of the current positions (used only when Q < 1).
    m_mu = Forecast::medianOf(m_in, m_x, 1);
    if (std::isnan(m_mu))
        m_mu = m_x.empty() ? 0 : m_x[0];

    // Risk: security S_i = Σ_j EU_j(j challenges i) at r = 1;
    // R_i = (2 S_i − S_max − S_min) / (S_max − S_min), r_i = (1 − R_i/3) / (1 + R_i/3).
    // Actors without capability take part only as receivers of offers: they neither challenge nor count in
    // the security range, so that adding one changes nothing for the others.
    std::vector<double> security(m_n, 0.0);
    double smin = std::numeric_limits<double>::infinity(), smax = -smin;
    for (size_t i = 0; i < m_n; ++i) {
        if (!(m_c[i] > 0))
            continue;
        for (size_t j = 0; j < m_n; ++j)
            if (j != i && m_c[j] > 0)
                security[i] += expectedUtility(int(j), int(i), 1.0);
        smin = std::min(smin, security[i]);
        smax = std::max(smax, security[i]);
    }
    m_r.assign(m_n, 1.0);
    if (smax - smin > 1e-12) {
        for (size_t i = 0; i < m_n; ++i) {
            if (!(m_c[i] > 0))
                continue;
            const double bigR = (2 * security[i] - smax - smin) / (smax - smin);
            m_r[i] = (1 - bigR / 3) / (1 + bigR / 3);
        }
    }
}

double ExpectedUtilityModel::expectedUtility(int challenger, int target, double r) const
{
    const size_t i = size_t(challenger), j = size_t(target);
    const double dij = std::abs(m_x[i] - m_x[j]) / m_range;
    return expectedUtility(i, j, r, utilities(dij, r));
}

// u(base) = 2 − 4 base^r. r = 1 (the security pass) needs no pow.
static double utility(double base, double r)
{
    return r == 1.0 ? 2 - 4 * std::max(0.0, base) : 2 - 4 * std::pow(std::max(0.0, base), r);
}

ExpectedUtilityModel::Utilities ExpectedUtilityModel::utilities(double distance, double r)
{
    return { utility(0.5 - 0.5 * distance, r), utility(0.5 + 0.5 * distance, r), utility(0.5, r) };
}

double ExpectedUtilityModel::expectedUtility(size_t i, size_t j, double r, const Utilities& u) const
{
    const double p = m_p[i * m_n + j];
    const double sj = m_s[j];
    const double q = m_options.q, t = m_options.t;
    double eu = sj * (p * u.success + (1 - p) * u.failure) + (1 - sj) * u.success - q * u.statusQuo;
    // With Q = 1 the terms of U^b and U^w vanish, so they are not evaluated.
    if (q != 1.0) {
        const double dmu = (std::abs(m_x[i] - m_mu) + std::abs(m_x[i] - m_x[j])) / m_range;
        eu -= (1 - q) * (t * utility(0.5 - 0.25 * dmu, r) + (1 - t) * utility(0.5 + 0.25 * dmu, r));
    }
    return eu;
}

template <typename Visit> void ExpectedUtilityModel::forEachOffer(Visit&& visit) const
{
    // The utilities of success and failure are powers of (0.5 ∓ 0.5 d) with the proposer's risk exponent; d is
    // symmetric, so the two logarithms are taken once a pair and each proposer raises them with one exp.
    const size_t n = m_n;
    m_logs.resize(2 * n * n);
    for (size_t i = 0; i < n; ++i)
        for (size_t j = 0; j < i; ++j) {
            const double d = std::abs(m_x[i] - m_x[j]) / m_range;
            m_logs[2 * (i * n + j)] = std::log(std::max(0.0, 0.5 - 0.5 * d));
            m_logs[2 * (i * n + j) + 1] = std::log(0.5 + 0.5 * d);
        }
    for (size_t i = 0; i < n; ++i) {
        if (!(m_c[i] > 0))
            continue;
        const double r = m_r[i];
        const double statusQuo = utility(0.5, r);
        for (size_t j = 0; j < n; ++j) {
            if (i == j || m_x[i] == m_x[j])
                continue;
            Utilities u;
            if (r == 1.0) {
                u = utilities(std::abs(m_x[i] - m_x[j]) / m_range, r);
            } else {
                const double* l = &m_logs[2 * (std::max(i, j) * n + std::min(i, j))];
                u = { 2 - 4 * std::exp(r * l[0]), 2 - 4 * std::exp(r * l[1]), statusQuo };
            }
            // Both from the proposer's perspective (its own risk exponent), so both use the same utilities.
            const double ei = expectedUtility(i, j, r, u);
            const double ej = expectedUtility(j, i, r, u);
            Offer o;
            o.proposer = int(i);
            o.receiver = int(j);
            o.euProposer = ei;
            o.euReceiver = ej;
            if (ei > 0 && ej > 0 && ei > ej) {
                o.rule = ForecastMove::Rule::Confrontation;
                o.position = m_x[i];
            } else if (ei > 0 && ej < 0 && ei > std::abs(ej)) {
                o.rule = ForecastMove::Rule::Compromise;
                o.position = m_x[j] + (m_x[i] - m_x[j]) * std::abs(ej / ei);
            } else if (ei > 0 && ej < 0 && ei < std::abs(ej)) {
                o.rule = ForecastMove::Rule::Capitulation;
                o.position = m_x[i];
            } else {
                continue;
            }
            visit(o);
        }
    }
}

std::vector<ExpectedUtilityModel::Offer> ExpectedUtilityModel::offers() const
{
    std::vector<Offer> out;
    forEachOffer([&out](const Offer& o) { out.push_back(o); });
    return out;
}

std::vector<ForecastMove> ExpectedUtilityModel::step()
{
    // Each receiver takes the offer that moves it least (ties: the proposer with more to gain).
    std::vector<Offer> chosen(m_n);
    forEachOffer([&](const Offer& o) {
        Offer& c = chosen[size_t(o.receiver)];
        const double x = m_x[size_t(o.receiver)];
        if (c.proposer < 0 || std::abs(o.position - x) < std::abs(c.position - x)
            || (std::abs(o.position - x) == std::abs(c.position - x) && o.euProposer > c.euProposer))
            c = o;
    });
    std::vector<ForecastMove> moves;
    std::vector<double> next = m_x;
    for (size_t j = 0; j < m_n; ++j) {
        if (chosen[j].proposer < 0)
            continue;
        ForecastMove m;
        m.actor = int(j);
        m.toward = chosen[j].proposer;
        m.rule = chosen[j].rule;
        m.from = m_x[j];
        m.to = chosen[j].position;
        next[j] = m.to;
        moves.push_back(m);
    }
    m_x = std::move(next);
    prepareRound();
    return moves;
}

ForecastResult ExpectedUtilityModel::run(const ForecastInput& in, const ForecastOptions& options)
{
    ForecastResult r;
    r.model = ForecastModel::ExpectedUtility;
    if (auto valid = in.validate(); !valid.ok()) { // Forecast::run() refuses such input before it gets here
        r.note = valid.message();
        return r;
    }
    ExpectedUtilityModel model(in, options);
    auto record = [&](std::vector<ForecastMove> moves) {
        ForecastRound round;
        round.positions = model.positions();
        round.mean = Forecast::meanOf(in, round.positions, 1);
        round.median = Forecast::medianOf(in, round.positions, 1);
        round.risk = model.riskExponents();
        round.moves = std::move(moves);
        r.rounds.push_back(std::move(round));
    };
    record({});
    const double range = std::max(1e-300, in.upper(0) - in.lower(0));
    for (int k = 0; k < options.rounds; ++k) {
        const auto before = model.positions();
        auto moves = model.step();
        double largest = 0;
        for (size_t i = 0; i < before.size(); ++i)
            largest = std::max(largest, std::abs(model.positions()[i] - before[i]));
        record(std::move(moves));
        if (largest <= options.tolerance * range) {
            r.converged = true;
            break;
        }
    }
    const double median = r.rounds.back().median;
    if (!std::isnan(median))
        r.outcome = median;
    r.outcomeVector = { median };
    r.note = QCoreApplication::translate("Forecast", "The weighted median of the positions after the last round.");
    return r;
}

} // namespace Entente
