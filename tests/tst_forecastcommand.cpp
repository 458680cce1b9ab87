// SPDX-License-Identifier: GPL-3.0-or-later
// `entente forecast` as a user runs it: published examples from a table, the sample dossier, the three output
// formats and one-line errors.
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run {
    int code = -1;
    QString out;
    QString err;
};

Run entente(const QStringList& args)
{
    QProcess p;
    p.setProgram(QStringLiteral(ENTENTE_BINARY_DIR "/app/entente"));
    p.setArguments(QStringList { QStringLiteral("forecast") } + args);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.remove(QStringLiteral("WAYLAND_DISPLAY"));
    env.remove(QStringLiteral("QT_QPA_PLATFORM")); // forecast needs no display at all
    p.setProcessEnvironment(env);
    p.start();
    if (!p.waitForFinished(60000))
        return {};
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError()) };
}

QString fixture(const char* name)
{
    return QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/forecast/") + QLatin1String(name);
}
QString sample() { return QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"); }
}

class TestForecastCommand : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_scenarios; // the sample with two saved scenarios (initTestCase)

private slots:
    void initTestCase()
    {
        QFile in(sample());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        const qsizetype views = json.indexOf("\"views\": [");
        QVERIFY(views > 0);
        json.insert(views + qsizetype(qstrlen("\"views\": [")), R"(
    {"id": "view-what-if", "name": "Russia cares less", "asOf": "2025-12-15T00:00:00Z",
     "scenario": {"issue": "nato", "model": "mean", "overrides": [{"party": "ru", "salience": 10}, {"party": "ua", "capability": 3}]}},
    {"id": "view-eu", "name": "EU shift", "asOf": "2025-12-15T00:00:00Z",
     "scenario": {"issue": "eu", "model": "median", "overrides": [{"party": "ru", "position": 0}]}},)");
        m_scenarios = m_dir.filePath(u"scenarios.json"_qs);
        QFile out(m_scenarios);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
    }

    void table()
    {
        const Run mean = entente({ u"--input"_qs, fixture("ec-emissions.csv"), u"--model"_qs, u"mean"_qs });
        QVERIFY2(mean.code == 0, qPrintable(mean.err));
        QVERIFY2(mean.out.contains(u"Outcome: 7.3900"_qs), qPrintable(mean.out));
        QVERIFY(mean.err.isEmpty());
        const Run median = entente({ u"--input"_qs, fixture("ec-emissions.csv") });
        QVERIFY(median.out.contains(u"Model: Weighted median (Black)"_qs));
        QVERIFY(median.out.contains(u"Outcome: 7.0000"_qs));
    }

    void expectedUtilityJson()
    {
        const Run r = entente({ u"--input"_qs, fixture("ec-emissions.csv"), u"--model"_qs, u"eu"_qs, u"--rounds"_qs,
            u"3"_qs, u"--format"_qs, u"json"_qs });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(u"model"_qs).toString(), u"eu"_qs);
        const QJsonArray rounds = o.value(u"rounds"_qs).toArray();
        QCOMPARE(rounds.size(), 4); // round 0 and three rounds
        QCOMPARE(rounds.at(0).toObject().value(u"mean"_qs).toDouble(), 50030.0 / 6770.0);
        // After round 1 France (index 4) has moved to 7 (it loses a confrontation with Greece).
        QCOMPARE(rounds.at(1).toObject().value(u"positions"_qs).toArray().at(4).toDouble(), 7.0);
        QCOMPARE(o.value(u"actors"_qs).toArray().size(), 10);
        QVERIFY(!o.value(u"why"_qs).toArray().isEmpty());
    }

    void ktabCsv()
    {
        const Run r = entente({ u"--input"_qs, fixture("ktab-dummyData_3Dim.csv"), u"--model"_qs, u"smp"_qs,
            u"--rounds"_qs, u"1"_qs, u"--format"_qs, u"csv"_qs });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), u"round,actor,Pstn1,Pstn2,Pstn3,probability,risk,mean,median,outcome"_qs);
        QCOMPARE(lines.size(), 1 + 2 * 7);
        // Turn 0 of SActor-04 as in KTAB's reference run: probability 0.6001, risk attitude +1.
        QVERIFY2(lines.value(5).startsWith(u"0,SActor-04,82.340000,45.770000,73.310000,0.600"_qs),
            qPrintable(lines.value(5)));
        QVERIFY(lines.value(5).contains(u",1.000000,"_qs));
    }

    void dossier()
    {
        const Run r = entente({ sample(), u"--issue"_qs, u"nato"_qs, u"--as-of"_qs, u"2025-12-15"_qs });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.out.startsWith(u"Issue: NATO membership (nato), as of 2025-12-15"_qs));
        QVERIFY2(r.out.contains(u"Outcome: -2.0000 (Opposes)"_qs), qPrintable(r.out));
        QVERIFY(r.out.contains(u"the dossier records no capabilities"_qs));
        const Run csv = entente(
            { sample(), u"--issue"_qs, u"nato"_qs, u"--model"_qs, u"condorcet"_qs, u"--format"_qs, u"csv"_qs });
        QCOMPARE(csv.code, 0);
        QVERIFY(csv.out.startsWith(u"round,actor,NATO membership,probability"_qs));
    }

    // Capabilities recorded in the dossier weigh the parties as of --as-of: Russia 10 on every issue, Ukraine 90
    // on NATO from the 14th; before that the weights are equal.
    void dossierCapabilities()
    {
        QFile in(sample());
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        const qsizetype end = json.lastIndexOf('}');
        json.insert(end, R"(, "capabilities": [
    {"id": 900, "party": "ru", "effective": "2025-12-14", "value": 10},
    {"id": 901, "party": "ua", "issue": "nato", "effective": "2025-12-14", "value": 90}
  ]
)");
        QTemporaryDir dir;
        const QString path = dir.filePath(u"capabilities.json"_qs);
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        const Run weighted = entente({ path, u"--issue"_qs, u"nato"_qs, u"--as-of"_qs, u"2025-12-15"_qs, u"--model"_qs,
            u"mean"_qs });
        QVERIFY2(weighted.code == 0, qPrintable(weighted.err));
        // (−2 × 0.95 × 10) / (0.95 × 10 + 0.70 × 90)
        QVERIFY2(weighted.out.contains(u"Outcome: -0.2621"_qs), qPrintable(weighted.out));
        QVERIFY(!weighted.out.contains(u"no capabilities"_qs));
        const Run before = entente({ path, u"--issue"_qs, u"nato"_qs, u"--as-of"_qs, u"2025-12-13"_qs, u"--model"_qs,
            u"mean"_qs });
        QVERIFY2(before.code == 0, qPrintable(before.err));
        QVERIFY(before.out.contains(u"the dossier records no capabilities"_qs));
    }

    // --scenario: the baseline and the saved scenario, each marked, on the scenario's issue, model and as-of date.
    // NATO membership as of 15 Dec, equal capabilities: Russia −2 at salience 95, Ukraine 0 at 70. Baseline mean
    // −2 × 0.95 / (0.95 + 0.70) = −1.1515; with Russia's salience 10 and Ukraine's capability 3 it is
    // −2 × 0.10 / (0.10 + 0.70 × 3) = −0.0909.
    void scenario()
    {
        const Run r = entente({ m_scenarios, u"--scenario"_qs, u"russia cares less"_qs });
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.startsWith(u"Issue: NATO membership (nato), as of 2025-12-15\nModel: Weighted mean\n"
                                  "Outcome: -1.1515 (nearest: Resists)\n"_qs),
            qPrintable(r.out));
        QVERIFY2(r.out.contains(u"\nScenario \"Russia cares less\" (not the record), changed for the forecast only: "
                                "Ukraine: capability 3; Russia: salience 10\nModel: Weighted mean\n"
                                "Outcome: -0.0909 (nearest: Ambiguous)\n"_qs),
            qPrintable(r.out));
        QVERIFY(r.out.contains(u"Ukraine\t3.00\t0.00\t70\n"_qs)); // the scenario's input, Ukraine's capability 3
        QVERIFY(r.out.contains(u"Note: Scenario, not the record: changed for Ukraine, Russia."_qs));
        QVERIFY(r.out.endsWith(
            u"\nScenario \"Russia cares less\": -0.0909 (nearest: Ambiguous); baseline: -1.1515 (nearest: Resists)\n"_qs));

        // JSON: the baseline as without --scenario, the scenario an object beside it with its overrides.
        const Run json
            = entente({ m_scenarios, u"--scenario"_qs, u"Russia cares less"_qs, u"--format"_qs, u"json"_qs });
        QVERIFY2(json.code == 0, qPrintable(json.err));
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(u"issue"_qs).toString(), u"nato"_qs);
        QCOMPARE(o.value(u"asOf"_qs).toString(), u"2025-12-15"_qs);
        QCOMPARE(o.value(u"model"_qs).toString(), u"mean"_qs);
        QCOMPARE(o.value(u"outcome"_qs).toDouble(), -1.9 / 1.65);
        const QJsonObject sc = o.value(u"scenario"_qs).toObject();
        QCOMPARE(sc.value(u"name"_qs).toString(), u"Russia cares less"_qs);
        QCOMPARE(sc.value(u"model"_qs).toString(), u"mean"_qs);
        QCOMPARE(sc.value(u"outcome"_qs).toDouble(), -0.2 / 2.2);
        const QJsonArray overrides = sc.value(u"overrides"_qs).toArray();
        QCOMPARE(overrides.size(), 2);
        QCOMPARE(overrides.at(0).toObject().value(u"party"_qs).toString(), u"ru"_qs);
        QCOMPARE(overrides.at(0).toObject().value(u"salience"_qs).toDouble(), 10.0);
        QVERIFY(!overrides.at(0).toObject().contains(u"capability"_qs));
        QCOMPARE(sc.value(u"actors"_qs).toArray().at(0).toObject().value(u"capability"_qs).toDouble(), 3.0);
        QCOMPARE(o.value(u"actors"_qs).toArray().at(0).toObject().value(u"capability"_qs).toDouble(), 1.0);

        // CSV: a first column tells the baseline's rows from the scenario's.
        const Run csv = entente({ m_scenarios, u"--scenario"_qs, u"Russia cares less"_qs, u"--format"_qs, u"csv"_qs });
        QVERIFY2(csv.code == 0, qPrintable(csv.err));
        const QStringList lines = csv.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.value(0), u"run,round,actor,NATO membership,probability,risk,mean,median,outcome"_qs);
        QCOMPARE(lines.size(), 1 + 2 + 2);
        QCOMPARE(lines.value(1), u"baseline,0,Ukraine,0.000000,,,,,-1.151515"_qs);
        QCOMPARE(lines.value(4), u"scenario,0,Russia,-2.000000,,,,,-0.090909"_qs);

        // Explicit options win over the scenario's: the median, a later date, the same issue named.
        const Run median = entente({ m_scenarios, u"--scenario"_qs, u"Russia cares less"_qs, u"--issue"_qs, u"nato"_qs,
            u"--model"_qs, u"median"_qs, u"--as-of"_qs, u"2025-12-16"_qs });
        QVERIFY2(median.code == 0, qPrintable(median.err));
        QVERIFY(
            median.out.startsWith(u"Issue: NATO membership (nato), as of 2025-12-16\nModel: Weighted median (Black)\n"
                                  "Outcome: -2.0000 (Opposes)\n"_qs));
        // Russia's weight 0.10 against Ukraine's 2.10: Ukraine's position is the median.
        QVERIFY2(median.out.endsWith(
                     u"\nScenario \"Russia cares less\": 0.0000 (Ambiguous); baseline: -2.0000 (Opposes)\n"_qs),
            qPrintable(median.out));
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("error");
        QTest::newRow("no file") << QStringList {} << u"expected exactly one FILE (or --input TABLE.csv)"_qs;
        QTest::newRow("no issue") << QStringList { sample() } << u"--issue ID is required"_qs;
        QTest::newRow("unknown issue") << QStringList {
            sample(), u"--issue"_qs, u"moon"_qs
        } << u"unknown issue \"moon\" (issues: territory, nato, eu, guarantees, peacekeeping, armed-forces)"_qs;
        QTest::newRow("early date") << QStringList { sample(), u"--issue"_qs, u"nato"_qs, u"--as-of"_qs,
            u"1990-01-01"_qs } << u"--as-of 1990-01-01 is before the dossier's first dated item (2022-02-01)"_qs;
        QTest::newRow("bad date") << QStringList { sample(), u"--issue"_qs, u"nato"_qs, u"--as-of"_qs, u"soon"_qs }
                                  << u"--as-of soon: "_qs;
        QTest::newRow("model") << QStringList { u"--input"_qs, fixture("ec-emissions.csv"), u"--model"_qs,
            u"oracle"_qs } << u"--model must be mean, median, condorcet, nash, eu or smp"_qs;
        QTest::newRow("rounds") << QStringList { u"--input"_qs, fixture("ec-emissions.csv"), u"--rounds"_qs, u"0"_qs }
                                << u"--rounds must be a whole number from 1 to 10000"_qs;
        QTest::newRow("format") << QStringList { u"--input"_qs, fixture("ec-emissions.csv"), u"--format"_qs, u"xml"_qs }
                                << u"--format must be text, json or csv"_qs;
        QTest::newRow("table") << QStringList { u"--input"_qs, fixture("README.md") }
                               << fixture("README.md")
                + u": line 1: expected the columns actor, capability, position and salience"_qs;
        QTest::newRow("input and file") << QStringList { sample(), u"--input"_qs, fixture("ec-emissions.csv") }
                                        << u"--input takes no FILE, --issue, --as-of or --scenario"_qs;
        QTest::newRow("input and scenario") << QStringList { u"--input"_qs, fixture("ec-emissions.csv"),
            u"--scenario"_qs, u"x"_qs } << u"--input takes no FILE, --issue, --as-of or --scenario"_qs;
        QTest::newRow("unknown scenario") << QStringList { m_scenarios, u"--scenario"_qs,
            u"Moon"_qs } << u"no saved scenario \"Moon\" (scenarios: \"Russia cares less\", \"EU shift\")"_qs;
        QTest::newRow("no scenarios") << QStringList { sample(), u"--scenario"_qs, u"Moon"_qs }
                                      << u"no saved scenario \"Moon\" (the file has no saved scenario)"_qs;
        QTest::newRow("view without scenario") << QStringList {
            m_scenarios, u"--scenario"_qs, u"Berlin round by issue"_qs
        } << u"the saved view \"Berlin round by issue\" carries no scenario (scenarios: \"Russia cares less\", \"EU shift\")"_qs;
        QTest::newRow("scenario on another issue")
            << QStringList { m_scenarios, u"--scenario"_qs, u"EU shift"_qs, u"--issue"_qs, u"nato"_qs }
            << u"scenario \"EU shift\" is saved on issue \"eu\"; there is none on \"nato\""_qs;
        QTest::newRow("nothing known") << QStringList { sample(), u"--issue"_qs, u"nato"_qs, u"--as-of"_qs,
            u"2022-02-01"_qs } << u"no party has a position on this issue"_qs;
    }

    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, error);
        const Run r = entente(args);
        QCOMPARE(r.code, 1);
        QVERIFY(r.out.isEmpty());
        QVERIFY2(r.err.startsWith(u"entente: forecast: "_qs + error), qPrintable(r.err));
        QCOMPARE(r.err.count(u'\n'), 1);
    }

    void smpTie()
    {
        // Ukraine (Ambiguous) and Russia (Opposes) on NATO membership, equal capability: a dead heat.
        const Run r = entente({ sample(), u"--issue"_qs, u"nato"_qs, u"--as-of"_qs, u"2025-12-15"_qs, u"--model"_qs, u"smp"_qs });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Tied with the position of Russia: the model cannot choose."_qs), qPrintable(r.out));
    }

    void nashNone()
    {
        const Run r = entente(
            { u"--input"_qs, fixture("ec-emissions.csv"), u"--model"_qs, u"nash"_qs, u"--disagreement"_qs, u"4"_qs });
        QCOMPARE(r.code, 0);
        QVERIFY2(r.out.contains(u"Outcome: none"_qs), qPrintable(r.out));
        QVERIFY(r.out.contains(u"No agreement gives every party more than the disagreement point."_qs));
    }
};

QTEST_GUILESS_MAIN(TestForecastCommand)
#include "tst_forecastcommand.moc"
