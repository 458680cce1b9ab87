// SPDX-License-Identifier: GPL-3.0-or-later
// The outcome forecast: published examples (BDM 1994 / Scholz et al. 2011, KTAB's reference run), property
// tests of the baselines and the models, the table readers and the dossier input.

#include "dossier.h"
#include "expectedutilitymodel.h"
#include "forecast.h"
#include "forecasthistory.h"
#include "forecastinputreader.h"
#include "spatialmodel.h"

#include <QBuffer>
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
    QString error;
    auto in = ForecastInputReader::fromCsvFile(fixture(name), &error);
    if (!in)
        qFatal("%s", qPrintable(error));
    return *in;
}

std::optional<ForecastInput> parse(const QByteArray& text, QString* error)
{
    QByteArray copy = text;
    QBuffer b(&copy);
    b.open(QIODevice::ReadOnly);
    return ForecastInputReader::fromCsv(b, error);
}

ForecastActor actor(const QString& name, double c, double x, double s)
{
    return ForecastActor { name, c, { x }, { s } };
}

int indexOf(const ForecastInput& in, const char* name)
{
    for (size_t i = 0; i < in.actors.size(); ++i)
        if (in.actors[i].name == QLatin1String(name))
            return int(i);
    return -1;
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
        const auto r = Forecast::run(in, o);
        QVERIFY(r.error.isEmpty());
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
        const auto moves = m.step();
        QStringList lines;
        for (const auto& mv : moves)
            lines << QStringLiteral("%1 %2 %3 %4→%5")
                         .arg(in.actors[size_t(mv.actor)].name, in.actors[size_t(mv.toward)].name)
                         .arg(int(mv.rule))
                         .arg(mv.from, 0, 'f', 4)
                         .arg(mv.to, 0, 'f', 4);
        qInfo().noquote() << lines.join(u"\n"_qs);
    }

    // --- KTAB: the three-dimension sample data and its published reference run ---
    void ktabTurnZero()
    {
        const auto in = load("ktab-dummyData_3Dim.csv");
        QCOMPARE(in.actors.size(), size_t(7));
        QCOMPARE(in.dimensionCount(), 3);
        ForecastOptions o;
        o.model = ForecastModel::SpatialModel;
        SpatialModel m(in, o);
        QStringList v, r, p;
        for (int i = 0; i < 7; ++i) {
            v << QString::number(m.value(i, 1), 'f', 3);
            r << QString::number(m.riskAttitudes()[size_t(i)], 'f', 3);
            p << QString::number(m.winProbabilities()[size_t(i)], 'f', 4);
        }
        qInfo().noquote() << v.join(u' ') << "|" << r.join(u' ') << "|" << p.join(u' ');
    }
};

QTEST_APPLESS_MAIN(TestForecast)
#include "tst_forecast.moc"
