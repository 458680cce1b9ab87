// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Bueno de Mesquita expected-utility model of group decisions on one issue axis, as specified by Scholz,
// Calbert & Smith (2011): each round, every actor estimates its expected utility of challenging every other
// actor and the other's of challenging it, makes confrontation, compromise or capitulation offers, and every
// actor takes the received offer that moves it least; all moves are simultaneous. docs/forecast.md gives the
// formulas and the variants chosen where the sources differ.

#include "forecast.h"

namespace Entente {

class ExpectedUtilityModel {
public:
    struct Offer {
        int proposer = -1;
        int receiver = -1;
        ForecastMove::Rule rule = ForecastMove::Rule::Confrontation;
        double position = 0; // where the receiver would move
        double euProposer = 0; // proposer's estimate of its expected utility of challenging the receiver
        double euReceiver = 0; // proposer's estimate of the receiver's expected utility of challenging it
    };

    ExpectedUtilityModel(const ForecastInput& in, const ForecastOptions& options);

    [[nodiscard]] const std::vector<double>& positions() const { return m_x; }
    // P_i: probability that i prevails over j, from the capability × salience weighted votes of all actors.
    [[nodiscard]] double probability(int i, int j) const { return m_p[size_t(i) * m_n + size_t(j)]; }
    // EU of `challenger` challenging `target`, as estimated with risk exponent r.
    [[nodiscard]] double expectedUtility(int challenger, int target, double r) const;
    // Risk exponents r_i (0.5…2) from the actors' security at their current positions.
    [[nodiscard]] const std::vector<double>& riskExponents() const { return m_r; }
    [[nodiscard]] std::vector<Offer> offers() const;
    // Every actor's chosen offer (or none), the moves of one round; then the round is applied.
    std::vector<ForecastMove> step();

    // For input that ForecastInput::validate() accepts (Forecast::run() checks); other input gives no outcome and
    // the problem as the note.
    [[nodiscard]] static ForecastResult run(const ForecastInput& in, const ForecastOptions& options);

private:
    struct Utilities {
        double success; // U^s: 2 − 4 (0.5 − 0.5 d)^r
        double failure; // U^f: 2 − 4 (0.5 + 0.5 d)^r
        double statusQuo; // U^sq: 2 − 4 · 0.5^r
    };
    [[nodiscard]] static Utilities utilities(double distance, double r);
    [[nodiscard]] double expectedUtility(size_t challenger, size_t target, double r, const Utilities& u) const;
    template <typename Visit> void forEachOffer(Visit&& visit) const;
    void prepareRound();

    const ForecastInput& m_in;
    ForecastOptions m_options;
    size_t m_n = 0;
    double m_range = 1;
    double m_mu = 0;
    std::vector<double> m_x;
    std::vector<double> m_c;
    std::vector<double> m_s;
    std::vector<double> m_p;
    std::vector<double> m_r;
    mutable std::vector<double> m_logs; // forEachOffer's scratch: log(0.5 ∓ 0.5 d) of each pair
};

} // namespace Entente
