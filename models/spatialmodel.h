// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The spatial model of politics (SMP) as KTAB defines it: utilities of positions from salience-weighted
// distances with a risk attitude, proportional votes weighted by capability, coalition strengths, pairwise
// victory probabilities, the Probabilistic Condorcet Election (conditional or Markov), risk attitudes
// inferred from the risk-neutral position probabilities, and turns of challenges and bargains. Positions are
// normalised to 0…1 on each dimension (KTAB's convention); results are reported on the input's axis.
// docs/forecast.md gives the formulas and which KTAB variants are implemented.

#include "forecast.h"

namespace Entente {

class SpatialModel {
public:
    SpatialModel(const ForecastInput& in, const ForecastOptions& options);

    // The state of the current turn.
    [[nodiscard]] const std::vector<double>& riskAttitudes() const { return m_risk; } // R_i, −0.5…+1
    [[nodiscard]] const std::vector<double>& winProbabilities() const { return m_prob; } // per actor's position
    [[nodiscard]] std::vector<double> positionsOnAxis() const; // actor-major, input units
    // Risk-neutral value (i, j) = 1 − distance from i to j's position with i's saliences.
    [[nodiscard]] double value(int i, int j) const { return 1.0 - m_diff[size_t(i) * m_n + size_t(j)]; }
    // One turn of challenges and bargains; returns the moves and the total movement (normalised units).
    std::vector<ForecastMove> step(double* movement = nullptr);

    // Pairwise victory probabilities over `options` columns of `util` (actors × options, row-major) with
    // proportional voting weighted by `weight`; returns options × options, P(i beats j).
    [[nodiscard]] static std::vector<double> victoryProbabilities(
        const std::vector<double>& weight, const std::vector<double>& util, size_t actors, size_t options);
    // Probabilistic Condorcet Election: the probability each option wins, from the pairwise matrix.
    [[nodiscard]] static std::vector<double> pce(const std::vector<double>& pv, size_t options, PceForm form);
    // Turn-0 quantities only (no bargaining): the cheap path for forecasts over time.
    [[nodiscard]] static std::vector<double> initialWinProbabilities(const ForecastInput& in, PceForm form);

    // For input that ForecastInput::validate() accepts (Forecast::run() checks); other input gives no outcome and
    // the problem as the note.
    [[nodiscard]] static ForecastResult run(const ForecastInput& in, const ForecastOptions& options);

private:
    void prepareTurn(bool forBargaining);
    [[nodiscard]] double util(size_t h, size_t i, size_t j) const; // h's estimate of i's utility of j's position
    [[nodiscard]] double utilOfPoint(size_t a, const double* point) const; // a's own utility of a point
    struct Challenge {
        int target = -1;
        double probability = 0;
        double gain = 0;
    };
    [[nodiscard]] Challenge bestChallenge(size_t i) const;

    const ForecastInput& m_in;
    ForecastOptions m_options;
    size_t m_n = 0;
    size_t m_dims = 1;
    std::vector<double> m_pos; // normalised, actor-major
    std::vector<double> m_sal; // actor-major
    std::vector<double> m_overallSalience; // Σ_d s_id, capped at 1
    std::vector<double> m_cap;
    std::vector<double> m_diff; // n × n
    std::vector<double> m_risk; // n
    std::vector<double> m_prob; // n
};

} // namespace Entente
