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
    m_p.assign(m_n * m_n, 0.5);
    std::vector<double> w(m_n);
    for (size_t k = 0; k < m_n; ++k)
        w[k] = m_c[k] * m_s[k] / m_range;
    for (size_t i = 0; i < m_n; ++i) {
        const double xi = m_x[i];
        for (size_t j = 0; j < i; ++j) {
            const double xj = m_x[j];
            double pos = 0, neg = 0;
            for (size_t k = 0; k < m_n; ++k) {
                const double v = w[k] * (std::abs(m_x[k] - xj) - std::abs(m_x[k] - xi));
                pos += v > 0 ? v : 0;
                neg += v < 0 ? -v : 0;
            }
            const double total = pos + neg;
            if (total > 0) {
                m_p[i * m_n + j] = pos / total;
                m_p[j * m_n + i] = neg / total;
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
    // u(base) = 2 − 4 base^r; r = 1 (the security pass) needs no pow, and with Q = 1 the terms of U^b and U^w
    // vanish, so they are not evaluated.
    auto u = [r](double base) { return r == 1.0 ? 2 - 4 * std::max(0.0, base) : 2 - 4 * std::pow(std::max(0.0, base), r); };
    const double us = u(0.5 - 0.5 * dij);
    const double uf = u(0.5 + 0.5 * dij);
    const double usq = u(0.5);
    const double p = probability(challenger, target);
    const double sj = m_s[j];
    const double q = m_options.q, t = m_options.t;
    double eu = sj * (p * us + (1 - p) * uf) + (1 - sj) * us - q * usq;
    if (q != 1.0) {
        const double dmu = (std::abs(m_x[i] - m_mu) + std::abs(m_x[i] - m_x[j])) / m_range;
        eu -= (1 - q) * (t * u(0.5 - 0.25 * dmu) + (1 - t) * u(0.5 + 0.25 * dmu));
    }
    return eu;
}

std::vector<ExpectedUtilityModel::Offer> ExpectedUtilityModel::offers() const
{
    std::vector<Offer> out;
    for (size_t i = 0; i < m_n; ++i) {
        if (!(m_c[i] > 0))
            continue;
        for (size_t j = 0; j < m_n; ++j) {
            if (i == j || m_x[i] == m_x[j])
                continue;
            // Both from the proposer's perspective (its own risk exponent).
            const double ei = expectedUtility(int(i), int(j), m_r[i]);
            const double ej = expectedUtility(int(j), int(i), m_r[i]);
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
            out.push_back(o);
        }
    }
    return out;
}

std::vector<ForecastMove> ExpectedUtilityModel::step()
{
    const auto all = offers();
    // Each receiver takes the offer that moves it least (ties: the proposer with more to gain).
    std::vector<const Offer*> chosen(m_n, nullptr);
    for (const auto& o : all) {
        const Offer*& c = chosen[size_t(o.receiver)];
        const double x = m_x[size_t(o.receiver)];
        if (!c || std::abs(o.position - x) < std::abs(c->position - x)
            || (std::abs(o.position - x) == std::abs(c->position - x) && o.euProposer > c->euProposer))
            c = &o;
    }
    std::vector<ForecastMove> moves;
    std::vector<double> next = m_x;
    for (size_t j = 0; j < m_n; ++j) {
        if (!chosen[j])
            continue;
        ForecastMove m;
        m.actor = int(j);
        m.toward = chosen[j]->proposer;
        m.rule = chosen[j]->rule;
        m.from = m_x[j];
        m.to = chosen[j]->position;
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
    r.error = in.validate();
    if (!r.error.isEmpty())
        return r;
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
