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
private slots:
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
                                        << u"--input takes no FILE, --issue or --as-of"_qs;
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
