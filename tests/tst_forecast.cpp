// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome forecast: published examples (BDM 1994 / Scholz et al. 2011, KTAB's reference run), property
// tests of the baselines and the models, the table readers and the dossier input.

#include "mustutil.h"
#include "dossier.h"
#include "expectedutilitymodel.h"
#include "forecast.h"
#include "forecasthistory.h"
#include "forecastinputreader.h"
#include "forecastscenario.h"
#include "spatialmodel.h"

#include <QBuffer>
#include <QRandomGenerator>
#include <QTest>

#include <cmath>
#include <random>

using namespace Entente;

namespace {
QString fixture(const char* name)
{
    return QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/forecast/") + QLatin1String(name);
}

ForecastInput load(const char* name)
{
    auto in = ForecastInputReader::fromCsvFile(fixture(name));
    if (!in.ok())
        qFatal("%s", qPrintable(in.message()));
    return in.value();
}

Result<ForecastInput> parse(const QByteArray& text)
{
    QByteArray copy = text;
    QBuffer b(&copy);
    b.open(QIODevice::ReadOnly);
    return ForecastInputReader::fromCsv(b);
}

ForecastActor actor(const QString& name, double c, double x, double s)
{
    return ForecastActor { name, c, { x }, { s } };
}

ForecastInput randomInput(std::mt19937& rng, int n)
{
    std::uniform_real_distribution<double> pos(0, 100), cap(0.5, 100), sal(0.05, 1);
    ForecastInput in;
    for (int i = 0; i < n; ++i)
        in.actors.push_back(actor(QStringLiteral("A%1").arg(i), cap(rng), std::round(pos(rng)), sal(rng)));
    return in;
}
}

class TestForecast : public QObject {
    Q_OBJECT

private slots:
    // --- BDM 1994 EC car-emission standards (Table 1 of Scholz, Calbert & Smith 2011) ---
    void ecBaselines()
    {
        const auto in = load("ec-emissions.csv");
        QCOMPARE(in.actors.size(), size_t(10));
        const auto mean = Forecast::weightedMean(in);
        QVERIFY(mean);
        QCOMPARE(QString::number(*mean, 'f', 4), u"7.3900"_qs);
        QCOMPARE(Forecast::weightedMedian(in), std::optional<double>(7.0));
        // On a line with single-peaked preferences the weighted median is the Condorcet winner.
        QCOMPARE(Forecast::condorcetWinner(in), std::optional<double>(7.0));
        ForecastOptions o;
        o.model = ForecastModel::Mean;
        const auto rRun = Forecast::run(in, o);
        QVERIFY2(rRun.ok(), qPrintable(rRun.message()));
        const auto& r = rRun.value();
        QCOMPARE(QString::number(*r.outcome, 'f', 4), u"7.3900"_qs);
    }

    void ecFirstRoundOffers()
    {
        const auto in = load("ec-emissions.csv");
        ForecastOptions o;
        o.model = ForecastModel::ExpectedUtility;
        ExpectedUtilityModel m(in, o);
        // Probabilities of success are complementary and in [0, 1].
        for (int i = 0; i < 10; ++i)
            for (int j = 0; j < 10; ++j) {
                QVERIFY(m.probability(i, j) >= 0 && m.probability(i, j) <= 1);
                QVERIFY(std::abs(m.probability(i, j) + m.probability(j, i) - 1) < 1e-12);
            }
        for (double r : m.riskExponents())
            QVERIFY(r >= 0.5 - 1e-12 && r <= 2 + 1e-12);
        const auto offers = m.offers();
        QVERIFY(!offers.empty());
        for (const auto& off : offers) {
            // Every offer moves the receiver toward (or onto) the proposer.
            const double xr = m.positions()[size_t(off.receiver)], xp = m.positions()[size_t(off.proposer)];
            QVERIFY(std::abs(off.position - xp) <= std::abs(xr - xp) + 1e-12);
            QVERIFY((off.position - xr) * (xp - xr) >= 0);
            QVERIFY(off.euProposer > 0);
        }
        // Round 1 as this implementation computes it (a regression pin, not a published figure: the
        // paper's table of first-round offers was not available; see docs/forecast.md). France and Italy
        // lose a confrontation with Greece and move to 7; Greece capitulates to the UK.
        const auto moves = m.step();
        QStringList lines;
        for (const auto& mv : moves)
            lines << QStringLiteral("%1<-%2:%3:%4")
                         .arg(in.actors[size_t(mv.actor)].name, in.actors[size_t(mv.toward)].name)
                         .arg(int(mv.rule))
                         .arg(mv.to, 0, 'f', 4);
        QCOMPARE(lines,
            QStringList(
                { u"Netherlands<-Greece:1:4.3309"_qs, u"Belgium<-UK:1:8.2392"_qs, u"Luxembourg<-Greece:1:4.1262"_qs,
                    u"Germany<-Greece:1:4.3309"_qs, u"France<-Greece:0:7.0000"_qs, u"Italy<-Greece:0:7.0000"_qs,
                    u"Ireland<-UK:1:7.6624"_qs, u"Denmark<-Greece:1:4.7201"_qs, u"Greece<-UK:2:10.0000"_qs }));
        QVERIFY(std::none_of(moves.begin(), moves.end(), [](const ForecastMove& mv) { return mv.actor == 6; }));
    }

    // The probabilities of success come from prefix sums over the actors sorted by position; they must equal the
    // votes summed as the formula reads, with actors sharing positions, sitting on a midpoint, or without weight.
    void probabilitiesMatchTheVotes()
    {
        QRandomGenerator rng(7);
        for (int trial = 0; trial < 20; ++trial) {
            ForecastInput in;
            const int n = 2 + int(rng.bounded(30));
            for (int i = 0; i < n; ++i)
                in.actors.push_back({ QStringLiteral("A%1").arg(i), double(rng.bounded(4)) * 25, // some zero
                    { double(rng.bounded(11)) * 10 }, // positions on a grid: ties and midpoints on actors
                    { double(rng.bounded(5)) / 4 } });
            in.actors[0].capability = 1; // at least one actor with weight
            in.actors[0].salience[0] = 1;
            in.axisMin = { 0 };
            in.axisMax = { 100 };
            ForecastOptions o;
            o.model = ForecastModel::ExpectedUtility;
            ExpectedUtilityModel m(in, o);
            for (int i = 0; i < n; ++i)
                for (int j = 0; j < n; ++j) {
                    if (i == j)
                        continue;
                    double pos = 0, neg = 0;
                    const double xi = in.actors[size_t(i)].position[0], xj = in.actors[size_t(j)].position[0];
                    for (const auto& k : in.actors) {
                        const double v = k.capability * k.salience[0] / 100
                            * (std::abs(k.position[0] - xj) - std::abs(k.position[0] - xi));
                        (v > 0 ? pos : neg) += std::abs(v);
                    }
                    const double expected = pos + neg > 0 ? pos / (pos + neg) : 0.5;
                    if (std::abs(m.probability(i, j) - expected) > 1e-12)
                        QFAIL(qPrintable(QStringLiteral("trial %1: P(%2, %3) = %4, the votes give %5")
                                             .arg(trial)
                                             .arg(i)
                                             .arg(j)
                                             .arg(m.probability(i, j), 0, 'g', 17)
                                             .arg(expected, 0, 'g', 17)));
                }
        }
    }

    void ecRun()
    {
        const auto in = load("ec-emissions.csv");
        ForecastOptions o;
        o.model = ForecastModel::ExpectedUtility;
        o.rounds = 10;
        const auto rRun = Forecast::run(in, o);
        QVERIFY2(rRun.ok(), qPrintable(rRun.message()));
        const auto& r = rRun.value();
        QVERIFY(r.rounds.size() >= 2 && r.rounds.size() <= 11);
        QCOMPARE(r.rounds.front().median, 7.0);
        QCOMPARE(QString::number(r.rounds.front().mean, 'f', 4), u"7.3900"_qs);
        for (const auto& round : r.rounds) {
            QCOMPARE(round.positions.size(), size_t(10));
            QVERIFY(round.mean >= 4 - 1e-9 && round.mean <= 10 + 1e-9);
            for (double x : round.positions)
                QVERIFY(x >= 4 - 1e-9 && x <= 10 + 1e-9);
        }
        QVERIFY(r.outcome);
        QCOMPARE(*r.outcome, r.rounds.back().median);
        const auto why = Forecast::explainLastRound(in, r);
        QVERIFY(!why.isEmpty());
    }

    void euStopsWhenNobodyMoves()
    {
        ForecastInput in;
        in.actors = { actor(u"A"_qs, 10, 5, 0.5), actor(u"B"_qs, 10, 5, 0.5) };
        ForecastOptions o;
        o.model = ForecastModel::ExpectedUtility;
        o.rounds = 50;
        const auto rRun = Forecast::run(in, o);
        QVERIFY2(rRun.ok(), qPrintable(rRun.message()));
        const auto& r = rRun.value();
        QVERIFY(r.converged);
        QCOMPARE(r.rounds.size(), size_t(2));
        QCOMPARE(*r.outcome, 5.0);
        QCOMPARE(Forecast::explainLastRound(in, r), QStringList { u"No party moved in the last round."_qs });
    }

    // --- KTAB: the three-dimension sample data and its published reference run ---
    void ktabTurnZero()
    {
        // Published: examples/smp/doc/2016-11-11-ref-dummyData_3Dim.txt in KTAB, "Starting Model::run
        // iteration 1": the risk-neutral value matrix, the inferred risk attitudes, and the first column of
        // the per-actor probabilities in "History of actor positions".
        const auto in = load("ktab-dummyData_3Dim.csv");
        QCOMPARE(in.actors.size(), size_t(7));
        QCOMPARE(in.dimensionCount(), 3);
        ForecastOptions o;
        o.model = ForecastModel::SpatialModel;
        SpatialModel m(in, o);
        auto fmt = [](const std::vector<double>& v, int decimals) {
            QStringList out;
            for (double x : v)
                out << QString::number(x, 'f', decimals);
            return out.join(u' ');
        };
        std::vector<double> row0, col1;
        for (int j = 0; j < 7; ++j)
            row0.push_back(m.value(0, j));
        for (int i = 0; i < 7; ++i)
            col1.push_back(m.value(i, 1));
        QCOMPARE(fmt(row0, 3), u"1.000 0.903 0.639 0.870 0.929 0.882 0.890"_qs);
        QCOMPARE(fmt(col1, 3), u"0.903 1.000 0.636 0.802 0.862 0.665 0.725"_qs);
        QCOMPARE(fmt(m.riskAttitudes(), 3), u"-0.500 -0.459 -0.499 -0.274 1.000 -0.232 -0.430"_qs);
        QCOMPARE(fmt(m.winProbabilities(), 3), u"0.005 0.030 0.005 0.149 0.600 0.145 0.066"_qs);
        // The reference prints four decimals; we agree to all of them.
        QCOMPARE(fmt(m.winProbabilities(), 4), u"0.0047 0.0302 0.0054 0.1492 0.6001 0.1447 0.0656"_qs);
    }

    void ktabRun()
    {
        const auto in = load("ktab-dummyData_3Dim.csv");
        ForecastOptions o;
        o.model = ForecastModel::SpatialModel;
        o.rounds = 30;
        const auto rRun = Forecast::run(in, o);
        QVERIFY2(rRun.ok(), qPrintable(rRun.message()));
        const auto& r = rRun.value();
        QVERIFY(r.rounds.size() >= 2);
        QCOMPARE(r.outcomeVector.size(), size_t(3));
        for (const auto& round : r.rounds) {
            QCOMPARE(round.probabilities.size(), size_t(7));
            for (double x : round.positions)
                QVERIFY(x >= 0 && x <= 100);
            for (double rr : round.risk)
                QVERIFY(rr >= -0.5 - 1e-12 && rr <= 1 + 1e-12);
        }
        // Turn 0 → 1: actors bargain toward one another (KTAB's own run also closes the spread quickly).
        QVERIFY(!r.rounds[1].moves.empty());
        QVERIFY(!r.note.isEmpty());
    }

    // --- Properties ---
    void properties_data()
    {
        QTest::addColumn<int>("seed");
        QTest::addColumn<int>("parties");
        for (int seed = 1; seed <= 12; ++seed)
            QTest::addRow("seed %d", seed) << seed << 3 + seed * 3;
    }

    void properties()
    {
        QFETCH(int, seed);
        QFETCH(int, parties);
        std::mt19937 rng { static_cast<unsigned>(seed) };
        const ForecastInput in = randomInput(rng, parties);
        double lo = 1e300, hi = -1e300;
        for (const auto& a : in.actors) {
            lo = std::min(lo, a.position[0]);
            hi = std::max(hi, a.position[0]);
        }
        // The mean lies within [min, max].
        const double mean = *Forecast::weightedMean(in);
        QVERIFY(mean >= lo - 1e-9 && mean <= hi + 1e-9);

        // The median is invariant under a monotone rescaling of the axis.
        ForecastInput scaled = in;
        for (auto& a : scaled.actors)
            a.position[0] = std::exp(a.position[0] / 17.0) - 3.0;
        const double median = *Forecast::weightedMedian(in);
        QCOMPARE(*Forecast::weightedMedian(scaled), std::exp(median / 17.0) - 3.0);

        // Probabilities sum to 1 (both PCE forms), and each lies in [0, 1].
        for (auto form : { PceForm::Conditional, PceForm::Markov }) {
            ForecastOptions o;
            o.pce = form;
            SpatialModel m(in, o);
            // Distinct positions share one option; sum each option once.
            std::vector<std::pair<double, double>> seen;
            double total = 0;
            for (size_t i = 0; i < in.actors.size(); ++i) {
                const double p = m.winProbabilities()[i];
                QVERIFY(p >= 0 && p <= 1);
                bool dup = false;
                for (const auto& s : seen)
                    dup = dup || s.first == in.actors[i].position[0];
                if (!dup) {
                    seen.emplace_back(in.actors[i].position[0], p);
                    total += p;
                }
            }
            QVERIFY2(std::abs(total - 1) < 1e-9, qPrintable(QString::number(total, 'g', 17)));
        }

        // A party with zero capability changes nothing.
        ForecastInput more = in;
        more.actors.push_back(actor(u"Nobody"_qs, 0.0, lo + (hi - lo) * 0.3, 0.9));
        more.axisMin = { lo };
        more.axisMax = { hi };
        ForecastInput fixedAxis = in;
        fixedAxis.axisMin = { lo };
        fixedAxis.axisMax = { hi };
        QCOMPARE(*Forecast::weightedMean(more), mean);
        QCOMPARE(*Forecast::weightedMedian(more), median);
        QCOMPARE(Forecast::condorcetWinner(more), Forecast::condorcetWinner(in));
        QCOMPARE(Forecast::nashBargaining(more, std::nullopt), Forecast::nashBargaining(fixedAxis, std::nullopt));
        for (auto model : { ForecastModel::ExpectedUtility, ForecastModel::SpatialModel }) {
            ForecastOptions o;
            o.model = model;
            o.rounds = 5;
            const auto aRun = Forecast::run(fixedAxis, o), bRun = Forecast::run(more, o);
            QVERIFY(aRun.ok() && bRun.ok());
            const auto &a = aRun.value(), &b = bRun.value();
            QCOMPARE(a.rounds.size(), b.rounds.size());
            for (size_t k = 0; k < a.rounds.size(); ++k) {
                for (size_t i = 0; i < in.actors.size(); ++i) {
                    QCOMPARE(b.rounds[k].positions[i], a.rounds[k].positions[i]);
                    if (!a.rounds[k].probabilities.empty())
                        QCOMPARE(b.rounds[k].probabilities[i], a.rounds[k].probabilities[i]);
                }
            }
            QCOMPARE(b.outcome, a.outcome);
        }
    }

    void condorcetNone()
    {
        // Two equal blocs: neither position beats the other.
        ForecastInput in;
        in.actors = { actor(u"A"_qs, 1, 0, 1), actor(u"B"_qs, 1, 10, 1) };
        QCOMPARE(Forecast::condorcetWinner(in), std::nullopt);
        ForecastOptions o;
        o.model = ForecastModel::Condorcet;
        const auto rRun = Forecast::run(in, o);
        QVERIFY2(rRun.ok(), qPrintable(rRun.message()));
        const auto& r = rRun.value();
        QVERIFY(!r.outcome);
        QVERIFY(r.note.contains(u"No Condorcet winner"_qs));
    }

    void nash()
    {
        ForecastInput in;
        in.actors = { actor(u"A"_qs, 1, 0, 1), actor(u"B"_qs, 1, 10, 1) };
        in.axisMin = { 0 };
        in.axisMax = { 10 };
        // Symmetric parties: the midpoint.
        QVERIFY(std::abs(*Forecast::nashBargaining(in, std::nullopt) - 5) < 1e-6);
        // A weightier party pulls the solution toward itself.
        in.actors[1].capability = 3;
        QVERIFY(*Forecast::nashBargaining(in, std::nullopt) > 5);
        // With a disagreement point at one party's ideal, that party gains nothing from any deal: no solution.
        QCOMPARE(Forecast::nashBargaining(in, 0.0), std::nullopt);
        // A disagreement point beyond both ends of the bargaining range keeps a solution inside it.
        in.actors = { actor(u"A"_qs, 1, 2, 1), actor(u"B"_qs, 1, 6, 1) };
        const auto x = Forecast::nashBargaining(in, 10.0);
        QVERIFY(x && *x > 2 && *x < 6 + 1e-9);
    }

    void pceForms()
    {
        // A 3-option cycle-free matrix: option 0 beats both others.
        const std::vector<double> pv { 0.5, 0.8, 0.9, 0.2, 0.5, 0.6, 0.1, 0.4, 0.5 };
        for (auto form : { PceForm::Conditional, PceForm::Markov }) {
            const auto p = SpatialModel::pce(pv, 3, form);
            QVERIFY(std::abs(p[0] + p[1] + p[2] - 1) < 1e-12);
            QVERIFY(p[0] > p[1] && p[1] > p[2]);
        }
        // Conditional: Π_j P(i > j), normalised.
        const auto c = SpatialModel::pce(pv, 3, PceForm::Conditional);
        const double a = 0.5 * 0.8 * 0.9, b = 0.2 * 0.5 * 0.6, d = 0.1 * 0.4 * 0.5;
        QVERIFY(std::abs(c[0] - a / (a + b + d)) < 1e-12);
    }

    // --- Tables ---
    void plainTable()
    {
        const auto in = parse("Party;ignored\n"); // wrong header
        QVERIFY(!in.ok());
        QCOMPARE(in.message(), u"line 1: expected the columns actor, capability, position and salience"_qs);
        QCOMPARE(in.error().line(), 1);
        const auto ok = parse("salience,position,capability,actor,extra\n50,3,10,\"A, B\",x\n\n100,-1,5,C,y\n");
        QVERIFY2(ok.ok(), qPrintable(ok.message()));
        QCOMPARE(ok->actors.size(), size_t(2));
        QCOMPARE(ok->actors[0].name, u"A, B"_qs);
        QCOMPARE(ok->actors[0].salience[0], 0.5);
        QCOMPARE(ok->actors[1].position[0], -1.0);
    }

    void tableErrors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("empty") << QByteArray() << u"the table is empty"_qs;
        QTest::newRow("no rows") << QByteArray("actor,capability,position,salience\n") << u"the table has no actors"_qs;
        QTest::newRow("not a number") << QByteArray("actor,capability,position,salience\nA,1,2,3\nB,lots,2,3\n")
                                      << u"line 3: capability \"lots\" is not a number"_qs;
        QTest::newRow("salience range") << QByteArray("actor,capability,position,salience\nA,1,2,300\n")
                                        << u"line 2: salience 300 is outside 0…100"_qs;
        QTest::newRow("missing") << QByteArray("actor,capability,position,salience\nA,1,,3\n")
                                 << u"line 2: position is missing"_qs;
        QTest::newRow("negative capability") << QByteArray("actor,capability,position,salience\nA,-1,2,3\n")
                                             << u"line 2: capability -1 is outside 0…1e+300"_qs;
        QTest::newRow("ktab count") << QByteArray("S,desc,3,1,\nActor,Description,Power,P1,S1,\nA,d,10,50,50,\n")
                                    << u"line 1 announces 3 actors, the file has 1"_qs;
        // Seen while adding fuzz_forecastcsv (UBSan on fuzz/corpus/forecastcsv/crash-ktab-huge-count.csv): the
        // count was cast to an integer, undefined for 1e300 (it read "-9223372036854775808 actors"), and 1.5
        // actors passed as 1.
        QTest::newRow("ktab huge count") << QByteArray("S,d,1e300,1,\nActor,Description,Power,P1,S1,\nA,x,40,10,30,\n")
                                         << u"line 1 announces 1e+300 actors, the file has 1"_qs;
        QTest::newRow("ktab fractional count")
            << QByteArray("S,d,1.5,1,\nActor,Description,Power,P1,S1,\nA,x,40,10,30,\n")
            << u"line 1: expected \"name, description, actors, dimensions\" (KTAB layout)"_qs;
        QTest::newRow("ktab fractional dimensions")
            << QByteArray("S,d,1,1.5,\nActor,Description,Power,P1,S1,\nA,x,40,10,30,\n")
            << u"line 1: expected \"name, description, actors, dimensions\" (KTAB layout)"_qs;
        QTest::newRow("ktab salience sum")
            << QByteArray("S,desc,1,2,\nActor,Description,Power,P1,S1,P2,S2\nA,d,10,50,60,50,60\n")
            << u"line 3: the saliences add up to more than 100"_qs;
        QTest::newRow("ktab header") << QByteArray("S,desc,1,2,\nActor,Description,Power,P1,S1\n")
                                     << u"line 2: expected Actor, Description, Power and 2 position/salience pairs"_qs;
    }

    void tableErrors()
    {
        QFETCH(QByteArray, text);
        QFETCH(QString, error);
        const auto actual = parse(text);
        QVERIFY(!actual.ok());
        QCOMPARE(actual.message(), error);
    }

    void missingFile()
    {
        const auto in = ForecastInputReader::fromCsvFile(u"/nonexistent/x.csv"_qs);
        QVERIFY(!in.ok());
        QVERIFY(in.message().startsWith(u"cannot open /nonexistent/x.csv"_qs));
    }

    // --- Dossier input and the forecast over time ---
    void dossierInput()
    {
        Dossier d;
        Entente::TestUtil::must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs }));
        Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
        Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
        Entente::TestUtil::must(d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, {} }));
        auto change = [&](const char* party, const char* date, const char* stance, int salience) {
            PositionChange c;
            c.partyId = QString::fromLatin1(party);
            c.issueId = u"nato"_qs;
            c.effective = PartialDate::parse(QString::fromLatin1(date)).value();
            c.stance = QString::fromLatin1(stance);
            c.salience = salience;
            c.recordedAt = 1;
            const QString e = d.addPositionChange(c).message();
            QVERIFY2(e.isEmpty(), qPrintable(e));
        };
        change("ua", "2025-12-14", "supports", 90);
        change("ru", "2025-12-15", "opposes", -1);
        change("ua", "2025-12-16", "open", 80);
        change("us", "2025-12-16", "unknown", 50);
        const qint64 end = PartialDate::parse(u"2025-12-31"_qs)->msecs;
        const auto in = ForecastInputReader::fromDossier(d, 0, end);
        QCOMPARE(in.actors.size(), size_t(2)); // the US stance is Unknown
        QCOMPARE(in.actors[0].name, u"Ukraine"_qs);
        QCOMPARE(in.actors[0].position[0], 1.0); // Open
        QCOMPARE(in.actors[0].salience[0], 0.8);
        QCOMPARE(in.actors[1].position[0], -2.0); // Opposes
        QCOMPARE(in.actors[1].salience[0], 0.5); // not assessed
        QVERIFY(in.notes.join(u'\n').contains(u"Russia"_qs));
        QCOMPARE(in.lower(0), -2.0);
        QCOMPARE(in.upper(0), 2.0);

        const auto steps = ForecastHistory::steps(d, 0, end);
        QCOMPARE(steps.size(), size_t(3));
        ForecastOptions o;
        o.model = ForecastModel::Mean;
        qsizetype lastDone = -1;
        const auto history = ForecastHistory::compute(d, 0, steps, o, [&](qsizetype done, qsizetype total) {
            lastDone = done;
            return done <= total;
        });
        QCOMPARE(lastDone, qsizetype(3));
        QCOMPARE(history.size(), size_t(3));
        QCOMPARE(*history[0].outcome, 2.0); // Ukraine alone, Supports
        QCOMPARE(history[1].parties, 2);
        QCOMPARE(*history[1].outcome, (2.0 * 0.9 - 2.0 * 0.5) / 1.4);
        QCOMPARE(*history[2].outcome, (1.0 * 0.8 - 2.0 * 0.5) / 1.3);
        // Cancelling returns what was done.
        const auto cancelled = ForecastHistory::compute(d, 0, steps, o, [](qsizetype, qsizetype) { return false; });
        QVERIFY(cancelled.empty());
        // Before the first change there is nothing to forecast.
        const auto none = ForecastInputReader::fromDossier(d, 0, PartialDate::parse(u"2025-01-01"_qs)->msecs);
        QCOMPARE(Forecast::run(none, o).message(), u"no party has a position on this issue"_qs);
    }

    // An issue with an axis of its own: a position's value on it when recorded, else its stance's value mapped
    // from the stance scale's span (−2…+2) onto the axis's (0…100); the outcome is named by the nearest anchor.
    void dossierAxis()
    {
        Dossier d;
        Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
        Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
        Entente::TestUtil::must(d.insertParty(-1, { u"us"_qs, u"United States"_qs, u"US"_qs, u"#3c3b6e"_qs }));
        QCOMPARE(d.insertIssue(-1,
                     { u"territory"_qs, u"Territory"_qs, {},
                         { { 0, u"full withdrawal"_qs }, { 40, u"freeze on the line of contact"_qs },
                             { 100, u"recognition of the annexation"_qs } } }).message(),
            QString());
        auto change = [&](const char* party, const char* stance, std::optional<double> value) {
            PositionChange c;
            c.partyId = QString::fromLatin1(party);
            c.issueId = u"territory"_qs;
            c.effective = PartialDate::parse(u"2025-12-14"_qs).value();
            c.stance = QString::fromLatin1(stance);
            c.salience = 100;
            c.axisValue = value;
            const QString e = d.addPositionChange(c).message();
            [&] { QVERIFY2(e.isEmpty(), qPrintable(e)); }();
        };
        change("ua", "opposes", 5); // on the axis: 5
        change("ru", "supports", 100);
        change("us", "open", std::nullopt); // Open (+1) mapped: 75
        const auto in = ForecastInputReader::fromDossier(d, 0, PartialDate::parse(u"2025-12-31"_qs)->msecs);
        QCOMPARE(in.actors.size(), size_t(3));
        QCOMPARE(in.actors[0].position[0], 5.0);
        QCOMPARE(in.actors[1].position[0], 100.0);
        QCOMPARE(in.actors[2].position[0], 75.0);
        QCOMPARE(in.lower(0), 0.0);
        QCOMPARE(in.upper(0), 100.0);
        QCOMPARE(in.anchors.size(), size_t(3));
        ForecastOptions o;
        o.model = ForecastModel::Mean;
        const auto rRun = Forecast::run(in, o);
        QVERIFY2(rRun.ok(), qPrintable(rRun.message()));
        const auto& r = rRun.value();
        QCOMPARE(*r.outcome, 60.0);
        QCOMPARE(in.describe(*r.outcome), u"60.00 (nearest: freeze on the line of contact)"_qs);
    }

    // A scenario replaces values of the input for the forecast only and says so; bad values are refused by name.
    void scenario()
    {
        ForecastInput in;
        in.axisMin = { 0 };
        in.axisMax = { 100 };
        in.actors = { { u"A"_qs, 10, { 20 }, { 0.5 }, u"a"_qs }, { u"B"_qs, 30, { 80 }, { 0.9 }, u"b"_qs } };
        ForecastScenario s; // by party id; the messages name the party
        QVERIFY(s.isEmpty());
        s.overrides[u"b"_qs].salience = 10;
        s.overrides[u"a"_qs].position = 60;
        s.overrides[u"a"_qs].capability = 0;
        s.overrides[u"nobody"_qs].capability = 5; // not in the input: ignored
        s.overrides[u"A"_qs].capability = 7; // a name is not an id: ignored
        QCOMPARE(s.validate(in).message(), QString());
        const ForecastInput out = s.apply(in);
        QCOMPARE(out.actors[0].position[0], 60.0);
        QCOMPARE(out.actors[0].capability, 0.0);
        QCOMPARE(out.actors[1].salience[0], 0.1);
        QCOMPARE(out.actors[1].position[0], 80.0);
        QCOMPARE(in.actors[0].position[0], 20.0); // the input is a copy
        QCOMPARE(out.notes.last(), u"Scenario, not the record: changed for A, B."_qs);
        QCOMPARE(*Forecast::weightedMean(out), 80.0); // A has no capability left
        s.overrides.erase(u"A"_qs);
        s.overrides[u"a"_qs].capability = -2;
        QCOMPARE(s.validate(in).message(), u"A: a capability cannot be negative (-2)"_qs);
        s.overrides[u"a"_qs].capability.reset();
        s.overrides[u"b"_qs].salience = 120;
        QCOMPARE(s.validate(in).message(), u"B: salience 120 is outside 0–100"_qs);
        s.overrides[u"b"_qs].salience.reset();
        s.overrides[u"a"_qs].position = 101;
        QCOMPARE(s.validate(in).message(), u"A: position 101 is off the axis (0 to 100)"_qs);
        s.overrides[u"a"_qs].position.reset();
        s.overrides[u"nobody"_qs].salience = -1; // not in the input: named by its id
        QCOMPARE(s.validate(in).message(), u"nobody: salience -1 is outside 0–100"_qs);
    }

    // A saved scenario's model, rounds and PCE form replace the defaults (an empty PCE form is conditional); what it
    // changes is told per party in the dossier's party order, a party the dossier lacks by its id.
    void savedScenarioOptionsAndWords()
    {
        ForecastOptions base;
        base.pce = PceForm::Markov;
        base.disagreementPoint = 1;
        const ForecastOptions o = scenarioOptions({ u"nato"_qs, u"smp"_qs, 42, {} }, base);
        QCOMPARE(o.model, ForecastModel::SpatialModel);
        QCOMPARE(o.rounds, 42);
        QCOMPARE(o.pce, PceForm::Conditional);
        QCOMPARE(o.disagreementPoint, std::optional<double>(1));
        QCOMPARE(scenarioOptions({ u"nato"_qs, u"eu"_qs, 3, u"markov"_qs }).pce, PceForm::Markov);
        Dossier d;
        Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
        Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
        ForecastScenario s;
        s.overrides[u"ru"_qs] = { -1.5, 10, std::nullopt };
        s.overrides[u"ua"_qs].capability = 3;
        s.overrides[u"gone"_qs].salience = 5;
        QCOMPARE(s.describe(d),
            QStringList(
                { u"Ukraine: capability 3"_qs, u"Russia: position -1.5, salience 10"_qs, u"gone: salience 5"_qs }));
    }

    // Capabilities as of the date weigh the parties: per issue over general; a party without one takes the mean
    // of those recorded (and the notes say so); a retracted one no longer counts; a capability's date is a step.
    void dossierCapabilities()
    {
        Dossier d;
        Entente::TestUtil::must(d.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, u"#0057b7"_qs }));
        Entente::TestUtil::must(d.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, u"#d52b1e"_qs }));
        Entente::TestUtil::must(d.insertParty(-1, { u"eu"_qs, u"European leaders"_qs, u"EU"_qs, u"#003399"_qs }));
        Entente::TestUtil::must(d.insertIssue(-1, { u"nato"_qs, u"NATO membership"_qs, {} }));
        Entente::TestUtil::must(d.insertIssue(-1, { u"donbas"_qs, u"Donbas"_qs, {} }));
        for (const auto& [party, stance] : { std::pair { "ua", "supports" }, { "ru", "opposes" }, { "eu", "open" } }) {
            PositionChange c;
            c.partyId = QString::fromLatin1(party);
            c.issueId = u"nato"_qs;
            c.effective = PartialDate::parse(u"2025-12-14"_qs).value();
            c.stance = QString::fromLatin1(stance);
            c.salience = 100;
            QCOMPARE(d.addPositionChange(c).message(), QString());
        }
        const qint64 end = PartialDate::parse(u"2025-12-31"_qs)->msecs;
        // None recorded: equal, and the notes say the dossier records none.
        auto none = ForecastInputReader::fromDossier(d, 0, end);
        for (const auto& a : none.actors)
            QCOMPARE(a.capability, 1.0);
        QCOMPARE(none.assumedCapabilities, qsizetype(3));
        QVERIFY(none.notes.join(u'\n').contains(u"records no capabilities"));
        QCOMPARE(*Forecast::weightedMean(none), (2.0 - 2.0 + 1.0) / 3.0);

        auto capability = [&](const char* party, const char* issue, const char* date, double value) {
            CapabilityChange c;
            c.partyId = QString::fromLatin1(party);
            c.issueId = QString::fromLatin1(issue);
            c.effective = PartialDate::parse(QString::fromLatin1(date)).value();
            c.value = value;
            const auto added = d.addCapabilityChange(c);
            [&] { QVERIFY2(added.ok(), qPrintable(added.message())); }();
            return added.ok() ? added.value() : qint64(0);
        };
        capability("ru", "", "2025-12-15", 90);
        capability("ru", "nato", "2025-12-16", 60); // on NATO, Russia weighs less than in general
        const qint64 retracted = capability("ua", "nato", "2025-12-16", 1000);
        QCOMPARE(d.setCapabilityRetracted(retracted, true, 1, u"analyst"_qs).message(), QString());
        capability("ua", "donbas", "2025-12-16", 10); // another issue: not used for NATO
        capability("ua", "", "2025-12-17", 20);

        // The 15th: Russia 90 (general); Ukraine and the EU take the mean of those recorded (90).
        auto mid = ForecastInputReader::fromDossier(d, 0, PartialDate::parse(u"2025-12-15"_qs)->msecs);
        QCOMPARE(mid.actors[1].capability, 90.0);
        QCOMPARE(mid.actors[0].capability, 90.0);
        QCOMPARE(mid.assumedCapabilities, qsizetype(2));
        QVERIFY2(mid.notes.join(u'\n').contains(u"Capability not recorded, taken as the mean of those recorded (90): "
                                                 u"Ukraine, European leaders"),
            qPrintable(mid.notes.join(u'\n')));
        // The 31st: Russia 60 (NATO wins over general), Ukraine 20 (general; its NATO one is retracted), the EU
        // the mean (40).
        auto late = ForecastInputReader::fromDossier(d, 0, end);
        QCOMPARE(late.actors[0].capability, 20.0);
        QCOMPARE(late.actors[1].capability, 60.0);
        QCOMPARE(late.actors[2].capability, 40.0);
        QCOMPARE(late.assumedCapabilities, qsizetype(1));
        QCOMPARE(*Forecast::weightedMean(late), (20.0 * 2 - 60.0 * 2 + 40.0 * 1) / 120.0);
        // The steps of the forecast over time include the capabilities on NATO and in general, not Donbas's.
        const auto steps = ForecastHistory::steps(d, 0, end);
        QCOMPARE(steps.size(), size_t(4)); // 14th (positions), 15th, 16th (Russia on NATO), 17th
    }
};

QTEST_APPLESS_MAIN(TestForecast)
#include "tst_forecast.moc"
