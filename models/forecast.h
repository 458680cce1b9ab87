// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Outcome forecasts of one negotiation issue, computed as plain data (no QObject, no widgets), so that the
// command line, the Forecast dock, the benchmarks and the tests share one implementation.
//
// Input: actors with a capability (clout, any non-negative scale), a position on each dimension of the issue's
// axis and a salience per dimension (0…1). Output: a predicted outcome on the axis (dimension 0), and for the
// dynamic models the trajectory per round and, for the last round, which actor moved toward whom by which
// rule. The formulas, the variants chosen and the references are in docs/forecast.md.

#include <QList>
#include "result.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Entente {

struct ForecastActor {
    QString name;
    double capability = 1.0; // ≥ 0
    std::vector<double> position; // one value per dimension, on the axis scale
    std::vector<double> salience; // one value per dimension, 0…1
    QString id; // the party's id when read from a dossier (what a scenario names); empty for a table
};

struct ForecastInput {
    std::vector<ForecastActor> actors;
    QStringList dimensions; // names; one for a plain issue axis
    // Axis bounds per dimension (the ends of the stance scale, or 0…100 for KTAB data). Empty: the range of the
    // actors' positions.
    std::vector<double> axisMin;
    std::vector<double> axisMax;
    QStringList notes; // what the input had to assume (e.g. a salience that was not assessed)
    qsizetype assumedCapabilities = 0; // actors whose capability was assumed (a dossier without a recorded one)
    // Labelled points of the axis (dimension 0), e.g. the stance scale's levels: value → label.
    std::vector<std::pair<double, QString>> anchors;

    [[nodiscard]] qsizetype dimensionCount() const { return dimensions.isEmpty() ? 1 : dimensions.size(); }
    [[nodiscard]] double lower(qsizetype dim) const;
    [[nodiscard]] double upper(qsizetype dim) const;
    // "0.35 (nearest: Ambiguous)" when the axis has anchors, else the number.
    [[nodiscard]] QString describe(double x, int decimals = 2) const;
    // Whether the input can be forecast; the error names the first problem in one line (Kind::Invalid).
    [[nodiscard]] Status validate() const;
};

enum class ForecastModel { Mean, Median, Condorcet, Nash, ExpectedUtility, SpatialModel };
enum class PceForm { Conditional, Markov };

[[nodiscard]] QString forecastModelKey(ForecastModel m); // "mean", "median", "condorcet", "nash", "eu", "smp"
[[nodiscard]] std::optional<ForecastModel> forecastModelFromKey(QStringView key);
[[nodiscard]] QString forecastModelName(ForecastModel m); // translated display name
[[nodiscard]] QString pceFormKey(PceForm f); // "conditional", "markov"
[[nodiscard]] std::optional<PceForm> pceFormFromKey(QStringView key);

struct ForecastOptions {
    ForecastModel model = ForecastModel::Median;
    int rounds = 10; // the most rounds (EU) or turns (SMP) to run
    // Stop early when no position moves by more than this fraction of the axis range in a round (EU), or when
    // a turn's movement falls below this fraction of the first turn's (SMP; KTAB uses 0.02).
    double tolerance = 1e-6;
    double smpTolerance = 0.02;
    // Nash bargaining: the outcome if the parties do not agree, on the axis. Unset: every party's worst case
    // (utility 0 at the far end of the axis).
    std::optional<double> disagreementPoint;
    // Expected-utility model: Q = probability that, unchallenged, the status quo holds; T = probability that a
    // change without challenge moves toward the actor (Scholz et al. 2011 use Q = 1, T = 1).
    double q = 1.0;
    double t = 1.0;
    PceForm pce = PceForm::Conditional;
};

// One move in a round of a dynamic model, for the "why" text.
struct ForecastMove {
    enum class Rule { Confrontation, Compromise, Capitulation, Bargain };
    int actor = -1; // who moved
    int toward = -1; // whose offer or bargain it took
    Rule rule = Rule::Bargain;
    double from = 0; // dimension 0
    double to = 0;
};

struct ForecastRound {
    std::vector<double> positions; // actor-major: positions[i * dims + d]
    double mean = 0; // dimension 0, capability × salience weighted
    double median = 0;
    std::vector<double> probabilities; // SMP: probability each actor's position wins (empty for EU)
    std::vector<double> risk; // EU: risk exponent r_i; SMP: risk attitude R_i (empty when not computed)
    std::vector<ForecastMove> moves; // the moves that led to this round (empty for round 0)
};

struct ForecastResult {
    ForecastModel model = ForecastModel::Median;
    std::optional<double> outcome; // dimension 0; none when the model has no answer (no Condorcet winner, …)
    std::vector<double> outcomeVector; // every dimension (SMP)
    QString note; // why there is no outcome, or what the outcome means
    std::vector<ForecastRound> rounds; // dynamic models: round 0 is the input
    bool converged = false;
};

namespace Forecast {
    // Baselines on dimension 0, weights capability × salience. Each returns nullopt when every weight is zero.
    [[nodiscard]] std::optional<double> weightedMean(const ForecastInput& in);
    [[nodiscard]] std::optional<double> weightedMedian(const ForecastInput& in);
    // The position (among those held) that beats every other in pairwise weighted majority votes, each actor
    // voting for the nearer one; nullopt when there is none (a tie or a cycle).
    [[nodiscard]] std::optional<double> condorcetWinner(const ForecastInput& in);
    // Weighted Nash bargaining solution over [lower, upper] with linear utilities 1 − |x − x_i| / range.
    [[nodiscard]] std::optional<double> nashBargaining(const ForecastInput& in, std::optional<double> disagreement);

    // The forecast, or the error of an input that cannot be forecast (ForecastInput::validate()).
    [[nodiscard]] Result<ForecastResult> run(const ForecastInput& in, const ForecastOptions& options);

    // The "why" of the last round in words (one line per move).
    [[nodiscard]] QStringList explainLastRound(const ForecastInput& in, const ForecastResult& r);

    // Weighted mean and median of one actor-major position vector (dimension 0), used for trajectories.
    [[nodiscard]] double meanOf(const ForecastInput& in, const std::vector<double>& positions, qsizetype dims);
    [[nodiscard]] double medianOf(const ForecastInput& in, const std::vector<double>& positions, qsizetype dims);
}

} // namespace Entente
