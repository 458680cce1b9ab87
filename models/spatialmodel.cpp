// SPDX-License-Identifier: GPL-3.0-or-later
#include "spatialmodel.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace Entente {

namespace {
    constexpr double MinCoalition = 1e-8; // KTAB's floor on a coalition's strength (avoids 0/0)
    constexpr double PositionTolerance = 1e-6; // two positions closer than this (normalised) are one option

    // u = (1 − d)(1 + d·R): concave (risk averse) for R > 0, convex (risk seeking) for R < 0.
    double riskUtil(double d, double bigR) { return d <= 1 ? (1 - d) * (1 + d * bigR) : (1 - d) * (1 + bigR); }

    // Salience-weighted distance: sqrt(Σ (s_k Δ_k)² / Σ s_k²).
    double weightedDistance(const double* a, const double* b, const double* sal, size_t dims)
    {
        double num = 0, den = 0;
        for (size_t d = 0; d < dims; ++d) {
            const double x = (a[d] - b[d]) * sal[d];
            num += x * x;
            den += sal[d] * sal[d];
        }
        return den > 0 ? std::sqrt(num / den) : 0.0;
    }

    // R_i from position probabilities on KTAB's "Mid" range, −0.5 (least likely) … +1 (most likely).
    std::vector<double> riskFromProbabilities(const std::vector<double>& p)
    {
        std::vector<double> r(p.size(), 0.0);
        if (p.empty())
            return r;
        const auto [mn, mx] = std::minmax_element(p.begin(), p.end());
        const double pmin = *mn, pmax = *mx;
        if (pmax - pmin <= 0)
            return r;
        for (size_t i = 0; i < p.size(); ++i)
            r[i] = (3 * p[i] - (pmax + 2 * pmin)) / (2 * (pmax - pmin));
        return r;
    }

    double round4(double x) { return std::floor(0.5 + x * 10000.0) / 10000.0; }
}

SpatialModel::SpatialModel(const ForecastInput& in, const ForecastOptions& options)
    : m_in(in)
    , m_options(options)
    , m_n(in.actors.size())
    , m_dims(size_t(in.dimensionCount()))
{
    m_pos.resize(m_n * m_dims);
    m_sal.resize(m_n * m_dims);
    m_cap.resize(m_n);
    m_overallSalience.resize(m_n);
    for (size_t i = 0; i < m_n; ++i) {
        const auto& a = in.actors[i];
        m_cap[i] = a.capability;
        double total = 0;
        for (size_t d = 0; d < m_dims; ++d) {
            const double lo = in.lower(qsizetype(d)), hi = in.upper(qsizetype(d));
            m_pos[i * m_dims + d] = hi > lo ? (a.position[d] - lo) / (hi - lo) : 0.0;
            m_sal[i * m_dims + d] = a.salience[d];
            total += a.salience[d];
        }
        m_overallSalience[i] = std::min(1.0, total);
    }
    prepareTurn(true);
}

std::vector<double> SpatialModel::positionsOnAxis() const
{
    std::vector<double> out(m_pos.size());
    for (size_t i = 0; i < m_n; ++i)
        for (size_t d = 0; d < m_dims; ++d) {
            const double lo = m_in.lower(qsizetype(d)), hi = m_in.upper(qsizetype(d));
            out[i * m_dims + d] = lo + m_pos[i * m_dims + d] * (hi - lo);
        }
    return out;
}

std::vector<double> SpatialModel::victoryProbabilities(
    const std::vector<double>& weight, const std::vector<double>& util, size_t actors, size_t options)
{
    // Transpose to options × actors so that the vote sums run over contiguous memory.
    std::vector<double> ut(options * actors);
    for (size_t k = 0; k < actors; ++k)
        for (size_t i = 0; i < options; ++i)
            ut[i * actors + k] = util[k * options + i];
    std::vector<double> pv(options * options, 0.5);
    for (size_t i = 0; i < options; ++i) {
        const double* ui = &ut[i * actors];
        for (size_t j = 0; j < i; ++j) {
            const double* uj = &ut[j * actors];
            double cij = MinCoalition, cji = MinCoalition;
            for (size_t k = 0; k < actors; ++k) {
                const double v = weight[k] * (ui[k] - uj[k]); // proportional vote of k for i over j
                cij += v > 0 ? v : 0;
                cji += v < 0 ? -v : 0;
            }
            pv[i * options + j] = cij / (cij + cji);
            pv[j * options + i] = cji / (cij + cji);
        }
    }
    return pv;
}

std::vector<double> SpatialModel::pce(const std::vector<double>& pv, size_t options, PceForm form)
{
    std::vector<double> p(options, options ? 1.0 / double(options) : 0.0);
    if (options == 0)
        return p;
    if (form == PceForm::Conditional) {
        // P(i) = Π_j P(i > j), conditioned on exactly one option beating all others.
        double total = 0;
        for (size_t i = 0; i < options; ++i) {
            double pi = 1;
            for (size_t j = 0; j < options; ++j)
                pi *= pv[i * options + j];
            p[i] = pi;
            total += pi;
        }
        if (total > 0)
            for (double& x : p)
                x /= total;
        return p;
    }
    // Markov: the stationary distribution of "the current favourite meets a random challenger".
    std::vector<double> q(options);
    for (int iter = 0; iter < 10000; ++iter) {
        double change = 0;
        for (size_t i = 0; i < options; ++i) {
            double pi = 0;
            for (size_t j = 0; j < options; ++j)
                pi += pv[i * options + j] * (p[i] + p[j]);
            q[i] = pi / double(options);
            change = std::max(change, std::abs(q[i] - p[i]));
        }
        p.swap(q);
        if (change < 1e-12)
            break;
    }
    double total = 0;
    for (double x : p)
        total += x;
    if (total > 0)
        for (double& x : p)
            x /= total;
    return p;
}

void SpatialModel::prepareTurn(bool /*forBargaining*/)
{
    m_diff.assign(m_n * m_n, 0.0);
    for (size_t i = 0; i < m_n; ++i)
        for (size_t j = 0; j < m_n; ++j)
            if (i != j)
                m_diff[i * m_n + j]
                    = weightedDistance(&m_pos[i * m_dims], &m_pos[j * m_dims], &m_sal[i * m_dims], m_dims);

    // Only actors with capability vote, hold an option in the election or bargain; the others are carried
    // along (risk 0, probability 0), so that adding one changes nothing for the rest.
    std::vector<size_t> active;
    for (size_t i = 0; i < m_n; ++i)
        if (m_cap[i] > 0)
            active.push_back(i);
    const size_t na = active.size();
    std::vector<double> w(na);
    for (size_t a = 0; a < na; ++a)
        w[a] = m_cap[active[a]];

    // Risk attitudes from the risk-neutral probabilities of every actor's position (KTAB: conditional PCE).
    std::vector<double> u(na * na);
    for (size_t a = 0; a < na; ++a)
        for (size_t b = 0; b < na; ++b)
            u[a * na + b] = 1.0 - m_diff[active[a] * m_n + active[b]];
    const auto r = riskFromProbabilities(pce(victoryProbabilities(w, u, na, na), na, PceForm::Conditional));
    m_risk.assign(m_n, 0.0);
    for (size_t a = 0; a < na; ++a)
        m_risk[active[a]] = r[a];

    // Probability that each distinct position wins, with risk-aware utilities.
    std::vector<size_t> unique;
    std::vector<size_t> optionOf(na);
    for (size_t a = 0; a < na; ++a) {
        const size_t i = active[a];
        size_t found = unique.size();
        for (size_t k = 0; k < unique.size(); ++k) {
            double dist = 0;
            for (size_t d = 0; d < m_dims; ++d) {
                const double x = m_pos[i * m_dims + d] - m_pos[unique[k] * m_dims + d];
                dist += x * x;
            }
            if (std::sqrt(dist) < PositionTolerance) {
                found = k;
                break;
            }
        }
        if (found == unique.size())
            unique.push_back(i);
        optionOf[a] = found;
    }
    std::vector<double> uu(na * unique.size());
    for (size_t a = 0; a < na; ++a)
        for (size_t k = 0; k < unique.size(); ++k)
            uu[a * unique.size() + k] = riskUtil(m_diff[active[a] * m_n + unique[k]], m_risk[active[a]]);
    const auto pu = pce(victoryProbabilities(w, uu, na, unique.size()), unique.size(), m_options.pce);
    m_prob.assign(m_n, 0.0);
    for (size_t a = 0; a < na; ++a)
        m_prob[active[a]] = pu[optionOf[a]];
}

std::vector<double> SpatialModel::initialWinProbabilities(const ForecastInput& in, PceForm form)
{
    ForecastOptions o;
    o.pce = form;
    SpatialModel m(in, o);
    return m.winProbabilities();
}

double SpatialModel::util(size_t h, size_t i, size_t j) const
{
    // h's estimate of i's risk attitude: KTAB's "one third" adjustment, (2 R_h + R_i) / 3.
    const double r = (2 * m_risk[h] + m_risk[i]) / 3;
    return riskUtil(m_diff[i * m_n + j], r);
}

double SpatialModel::utilOfPoint(size_t a, const double* point) const
{
    return riskUtil(weightedDistance(&m_pos[a * m_dims], point, &m_sal[a * m_dims], m_dims), m_risk[a]);
}

SpatialModel::Challenge SpatialModel::bestChallenge(size_t i) const
{
    Challenge best;
    const size_t h = i, k = i;
    if (!(m_cap[i] > 0))
        return best;
    for (size_t j = 0; j < m_n; ++j) {
        if (j == i || !(m_cap[j] > 0))
            continue;
        const double uii = util(h, i, i), uij = util(h, i, j), uji = util(h, j, i), ujj = util(h, j, j);
        const double euSQ = util(h, k, i) + util(h, k, j);
        const double uWin = 2 * util(h, k, i); // j adopts i's position
        const double uLose = 2 * util(h, k, j); // i adopts j's position
        const double sj = m_overallSalience[j];
        // Coalitions for i and for j: the principals' own votes, then every third party judging the little
        // three-actor contest (i:j) with it weighing in (KTAB "semi-commit", sum of utilities).
        double chij = 1e-10 + std::max(0.0, m_overallSalience[i] * m_cap[i] * (uii - uij));
        double chji = 1e-10 + std::max(0.0, sj * m_cap[j] * (ujj - uji));
        for (size_t n = 0; n < m_n; ++n) {
            if (n == i || n == j)
                continue;
            const double wn = m_overallSalience[n] * m_cap[n];
            const double uni = util(h, n, i), unj = util(h, n, j), unn = util(h, n, n);
            const double contrib = wn * (uni - unj);
            const double cni = chij + std::max(0.0, contrib), cnj = chji + std::max(0.0, -contrib);
            const double pin = cni / (cni + cnj), pjn = 1 - pin;
            const double uIkDefJ = 2 * uni + unn, uJDefIk = 3 * unj, uIDefJk = 3 * uni, uJkDefI = 2 * unj + unn;
            const double uIkJ = pin * uIkDefJ + pjn * uJDefIk;
            const double uIJk = pin * uIDefJk + pjn * uJkDefI;
            const double v = wn * (uIkJ - uIJk);
            if (v > 0)
                chij += v;
            else
                chji -= v;
        }
        const double pij = chij / (chij + chji);
        const double gain = (1 - sj) * uWin + sj * (pij * uWin + (1 - pij) * uLose) - euSQ;
        if (gain > 1e-5 && gain > best.gain) {
            best.target = int(j);
            best.probability = pij;
            best.gain = gain;
        }
    }
    return best;
}

std::vector<ForecastMove> SpatialModel::step(double* movement)
{
    struct Bargain {
        size_t init, rcvr;
        std::vector<double> posInit, posRcvr;
    };
    std::vector<Bargain> bargains;
    std::vector<std::vector<int>> ofActor(m_n); // indexes into bargains; −1 is the status quo
    for (size_t i = 0; i < m_n; ++i)
        ofActor[i].push_back(-1);
    for (size_t i = 0; i < m_n; ++i) {
        const Challenge c = bestChallenge(i);
        if (c.target < 0)
            continue;
        const size_t j = size_t(c.target);
        Bargain b { i, j, std::vector<double>(m_dims), std::vector<double>(m_dims) };
        // KTAB "S2P2" interpolation: weights salience² × probability².
        for (size_t d = 0; d < m_dims; ++d) {
            const double ti = m_pos[i * m_dims + d], tj = m_pos[j * m_dims + d];
            const double si = m_sal[i * m_dims + d], sj = m_sal[j * m_dims + d];
            const double wi = si * si * c.probability * c.probability;
            const double wj = sj * sj * (1 - c.probability) * (1 - c.probability);
            const double minW = 1e-6;
            b.posInit[d] = round4(((wi + minW) * ti + wj * tj) / (wi + minW + wj));
            b.posRcvr[d] = round4((wi * ti + (minW + wj) * tj) / (wi + minW + wj));
        }
        bargains.push_back(std::move(b));
        ofActor[i].push_back(int(bargains.size() - 1));
        ofActor[j].push_back(int(bargains.size() - 1));
    }

    std::vector<double> next = m_pos;
    std::vector<ForecastMove> moves;
    std::vector<double> ownUtil(m_n * m_n);
    for (size_t a = 0; a < m_n; ++a)
        for (size_t n = 0; n < m_n; ++n)
            ownUtil[a * m_n + n] = util(a, a, n);
    for (size_t k = 0; k < m_n; ++k) {
        const auto& list = ofActor[k];
        const size_t nb = list.size();
        // Utility to every actor of the state after each bargain: the mean of its utilities of all positions.
        std::vector<double> u(m_n * nb);
        for (size_t a = 0; a < m_n; ++a) {
            double sq = 0;
            for (size_t n = 0; n < m_n; ++n)
                sq += ownUtil[a * m_n + n];
            for (size_t m = 0; m < nb; ++m) {
                double total = sq;
                if (list[m] >= 0) {
                    const Bargain& b = bargains[size_t(list[m])];
                    total += utilOfPoint(a, b.posInit.data()) - ownUtil[a * m_n + b.init];
                    total += utilOfPoint(a, b.posRcvr.data()) - ownUtil[a * m_n + b.rcvr];
                }
                u[a * nb + m] = total / double(m_n);
            }
        }
        const auto p = pce(victoryProbabilities(m_cap, u, m_n, nb), nb, PceForm::Conditional);
        const size_t chosen = size_t(std::max_element(p.begin(), p.end()) - p.begin());
        if (list[chosen] < 0)
            continue;
        const Bargain& b = bargains[size_t(list[chosen])];
        const auto& target = b.init == k ? b.posInit : b.posRcvr;
        std::copy(target.begin(), target.end(), next.begin() + std::ptrdiff_t(k * m_dims));
        ForecastMove mv;
        mv.actor = int(k);
        mv.toward = int(b.init == k ? b.rcvr : b.init);
        mv.rule = ForecastMove::Rule::Bargain;
        const double lo = m_in.lower(0), hi = m_in.upper(0);
        mv.from = lo + m_pos[k * m_dims] * (hi - lo);
        mv.to = lo + target[0] * (hi - lo);
        if (std::abs(mv.to - mv.from) > 0
            || target
                != std::vector<double>(
                    m_pos.begin() + std::ptrdiff_t(k * m_dims), m_pos.begin() + std::ptrdiff_t((k + 1) * m_dims)))
            moves.push_back(mv);
    }
    double moved = 0;
    for (size_t i = 0; i < m_n; ++i) {
        double d2 = 0;
        for (size_t d = 0; d < m_dims; ++d) {
            const double x = next[i * m_dims + d] - m_pos[i * m_dims + d];
            d2 += x * x;
        }
        moved += std::sqrt(d2);
    }
    if (movement)
        *movement = moved;
    m_pos = std::move(next);
    prepareTurn(true);
    return moves;
}

ForecastResult SpatialModel::run(const ForecastInput& in, const ForecastOptions& options)
{
    ForecastResult r;
    r.model = ForecastModel::SpatialModel;
    if (auto valid = in.validate(); !valid.ok()) { // Forecast::run() refuses such input before it gets here
        r.note = valid.message();
        return r;
    }
    SpatialModel model(in, options);
    const qsizetype dims = in.dimensionCount();
    auto record = [&](std::vector<ForecastMove> moves) {
        ForecastRound round;
        round.positions = model.positionsOnAxis();
        round.mean = Forecast::meanOf(in, round.positions, dims);
        round.median = Forecast::medianOf(in, round.positions, dims);
        round.probabilities = model.winProbabilities();
        round.risk = model.riskAttitudes();
        round.moves = std::move(moves);
        r.rounds.push_back(std::move(round));
    };
    record({});
    double first = -1;
    for (int t = 0; t < options.rounds; ++t) {
        double moved = 0;
        auto moves = model.step(&moved);
        record(std::move(moves));
        if (first < 0)
            first = moved;
        if (first <= 0 || moved < options.smpTolerance * first) {
            r.converged = true;
            break;
        }
    }
    const auto& last = r.rounds.back();
    const size_t best
        = size_t(std::max_element(last.probabilities.begin(), last.probabilities.end()) - last.probabilities.begin());
    r.outcomeVector.assign(last.positions.begin() + std::ptrdiff_t(best * size_t(dims)),
        last.positions.begin() + std::ptrdiff_t((best + 1) * size_t(dims)));
    r.outcome = r.outcomeVector[0];
    r.note
        = QCoreApplication::translate("Forecast", "The position most likely to prevail (probability %1), held by %2.")
              .arg(QString::number(last.probabilities[best], 'f', 3), in.actors[best].name);
    for (size_t i = 0; i < last.probabilities.size(); ++i) {
        if (i != best && std::abs(last.probabilities[i] - last.probabilities[best]) < 1e-9
            && last.positions[i * size_t(dims)] != last.positions[best * size_t(dims)]) {
            r.note += u' '
                + QCoreApplication::translate("Forecast", "Tied with the position of %1: the model cannot choose.")
                      .arg(in.actors[i].name);
            break;
        }
    }
    return r;
}

} // namespace Entente
