// SPDX-License-Identifier: GPL-3.0-or-later
// The Forecast dock on the sample dossier: the outcome an analyst reads, the model picker, the trajectory and
// the forecast over time computed off the GUI thread.
#include "commands.h"
#include "document.h"
#include "dossierio.h"
#include "forecast/forecastchart.h"
#include "forecast/forecastpanel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QUndoStack>

using namespace Entente;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

std::unique_ptr<Document> sampleDocument()
{
    auto read = DossierIO::readDossier(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"));
    if (!read.ok())
        qFatal("%s", qPrintable(read.message()));
    auto doc = std::make_unique<Document>();
    doc->open(nullptr, std::move(read.value()));
    return doc;
}

void choose(QComboBox* box, const QString& data)
{
    const int i = box->findData(data);
    QVERIFY(i >= 0);
    box->setCurrentIndex(i);
}
}

class TestForecastPanel : public QObject {
    Q_OBJECT
private slots:
    void outcomeAndHistory()
    {
        auto doc = sampleDocument();
        doc->setAsOf(at("2025-12-15"));
        ForecastPanel panel(doc.get());
        panel.resize(900, 500);
        panel.show();
        auto* issue = panel.findChild<QComboBox*>(u"forecastIssue"_qs);
        auto* model = panel.findChild<QComboBox*>(u"forecastModel"_qs);
        auto* outcome = panel.findChild<QLabel*>(u"forecastOutcome"_qs);
        auto* note = panel.findChild<QLabel*>(u"forecastNote"_qs);
        QVERIFY(issue && model && outcome && note);
        QSignalSpy finished(&panel, &ForecastPanel::historyFinished);
        choose(issue, u"nato"_qs);
        choose(model, u"median"_qs);
        // Russia opposes (salience 95), Ukraine is ambiguous (70): the weighted median is Opposes.
        QCOMPARE(outcome->text(), u"Predicted outcome as of 15 Dec 2025: -2.00 (Opposes)"_qs);
        QVERIFY(note->text().contains(u"2 party(ies) with a known position."_qs));
        QVERIFY(note->text().contains(u"no capabilities"_qs));
        auto* trajectory = panel.findChild<ForecastChart*>(u"forecastTrajectory"_qs);
        QCOMPARE(trajectory->data().series.size(), size_t(4)); // two parties, mean, median

        // The forecast over time arrives from the worker thread.
        QVERIFY(finished.wait(10000) || !finished.isEmpty());
        QTRY_VERIFY(!panel.historyRunning());
        QVERIFY(!panel.history().empty());
        for (size_t k = 1; k < panel.history().size(); ++k)
            QVERIFY(panel.history()[k - 1].at < panel.history()[k].at);
        QVERIFY(panel.history().back().at <= at("2025-12-15"));
        auto* historyChart = panel.findChild<ForecastChart*>(u"forecastHistory"_qs);
        QVERIFY(!historyChart->data().series.empty());

        // The expected-utility model: a trajectory per party and the why of the last round.
        choose(model, u"eu"_qs);
        QVERIFY(panel.findChild<QSpinBox*>(u"forecastRounds"_qs)->isEnabled());
        QVERIFY(!panel.result().rounds.empty());
        QVERIFY(!panel.findChild<QPlainTextEdit*>(u"forecastWhy"_qs)->toPlainText().isEmpty());
        choose(model, u"smp"_qs);
        QVERIFY(panel.findChild<QComboBox*>(u"forecastPce"_qs)->isVisible());
        QVERIFY(outcome->text().startsWith(u"Predicted outcome as of 15 Dec 2025"_qs));
        const QImage image = panel.grab().toImage();
        QVERIFY(!image.isNull());

        // Before any position on the issue there is nothing to forecast, and the dock says so.
        doc->setAsOf(at("2022-02-01"));
        QCOMPARE(outcome->text(), u"No forecast as of 1 Feb 2022: no party has a position on this issue."_qs);
        finished.clear();
        QVERIFY(finished.wait(10000));
        QVERIFY(panel.history().empty());
    }

    // Capabilities recorded in the dossier weigh the forecast as of the date, and the dock says which parties
    // have none; undoing the record restores the equal weights. "Set capability…" asks for the chosen issue.
    void capabilitiesWeighTheForecast()
    {
        auto doc = sampleDocument();
        doc->setAsOf(at("2025-12-15"));
        ForecastPanel panel(doc.get());
        auto* issue = panel.findChild<QComboBox*>(u"forecastIssue"_qs);
        auto* model = panel.findChild<QComboBox*>(u"forecastModel"_qs);
        auto* outcome = panel.findChild<QLabel*>(u"forecastOutcome"_qs);
        auto* note = panel.findChild<QLabel*>(u"forecastNote"_qs);
        choose(issue, u"nato"_qs);
        choose(model, u"mean"_qs);
        // Equal weights: Russia −2 at salience 95, Ukraine 0 at 70.
        const QString equal = outcome->text();
        QCOMPARE(equal, u"Predicted outcome as of 15 Dec 2025: -1.15 (nearest: Resists)"_qs);
        QVERIFY(note->text().contains(u"the dossier records no capabilities"_qs));

        auto record = [&](const char* party, const char* issueId, double value) {
            CapabilityChange c;
            c.partyId = QString::fromLatin1(party);
            c.issueId = QString::fromLatin1(issueId);
            c.value = value;
            c.effective = PartialDate::parse(u"2025-12-14"_qs).value();
            QVERIFY(Command::applied(Command::recordCapability(doc.get(), c)));
        };
        record("ru", "", 10);
        // Only Russia has one: Ukraine takes the mean of those recorded (10), so the weights are still equal.
        QCOMPARE(outcome->text(), equal);
        QVERIFY2(note->text().contains(u"Capability not recorded, taken as the mean of those recorded (10): Ukraine"_qs),
            qPrintable(note->text()));
        record("ua", "nato", 90);
        // (−2 × 0.95 × 10) / (0.95 × 10 + 0.70 × 90)
        QCOMPARE(outcome->text(), u"Predicted outcome as of 15 Dec 2025: -0.26 (nearest: Ambiguous)"_qs);
        QVERIFY(!note->text().contains(u"Capability"_qs));
        // Before the capabilities' effective date they do not count yet.
        doc->setAsOf(at("2025-12-13T12:00Z"));
        QVERIFY2(note->text().endsWith(u"Capability: equal (1) for every party; the dossier records no capabilities."_qs),
            qPrintable(note->text()));
        doc->setAsOf(at("2025-12-15"));
        QCOMPARE(outcome->text(), u"Predicted outcome as of 15 Dec 2025: -0.26 (nearest: Ambiguous)"_qs);
        doc->undoStack()->undo();
        doc->undoStack()->undo();
        QCOMPARE(outcome->text(), equal);

        QSignalSpy requested(&panel, &ForecastPanel::capabilityRequested);
        QTest::mouseClick(panel.findChild<QPushButton*>(u"forecastSetCapability"_qs), Qt::LeftButton);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().toInt(), int(doc->dossier().issueIndex(u"nato"_qs)));
    }

    // What if: changing Russia's salience and Ukraine's capability for the forecast only gives the scenario's
    // outcome beside the baseline's; the dossier and the undo stack are untouched; Reset returns to the baseline.
    void whatIfNeverTouchesTheRecord()
    {
        auto doc = sampleDocument();
        doc->setAsOf(at("2025-12-15"));
        ForecastPanel panel(doc.get());
        choose(panel.findChild<QComboBox*>(u"forecastIssue"_qs), u"nato"_qs);
        choose(panel.findChild<QComboBox*>(u"forecastModel"_qs), u"mean"_qs);
        auto* outcome = panel.findChild<QLabel*>(u"forecastOutcome"_qs);
        auto* scenarioOutcome = panel.findChild<QLabel*>(u"forecastScenarioOutcome"_qs);
        auto* table = panel.findChild<QTableWidget*>(u"forecastScenario"_qs);
        auto* whatIf = panel.findChild<QGroupBox*>(u"forecastWhatIf"_qs);
        QVERIFY(scenarioOutcome && table && whatIf);
        const QString baseline = outcome->text();
        const size_t positions = doc->dossier().positionChanges().size();
        whatIf->setChecked(true);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(1, 0)->text(), u"Russia"_qs);
        QCOMPARE(table->item(1, 2)->data(Qt::EditRole).toDouble(), 95.0);
        QVERIFY(scenarioOutcome->text().startsWith(u"Scenario (not recorded): no change yet"_qs));
        // Russia's salience 95 → 10, Ukraine's capability 1 → 3: (−2 × 0.10 × 1) / (0.10 × 1 + 0.70 × 3).
        table->item(1, 2)->setData(Qt::EditRole, 10.0);
        table->item(0, 3)->setData(Qt::EditRole, 3.0);
        QCOMPARE(scenarioOutcome->text(),
            u"Scenario (not recorded): -0.09 (nearest: Ambiguous) — baseline: -1.15 (nearest: Resists)"_qs);
        QCOMPARE(*panel.scenarioResult().outcome, -0.2 / 2.2);
        QCOMPARE(outcome->text(), baseline); // the baseline is the record's
        QVERIFY(table->item(1, 2)->font().bold());
        QVERIFY(!table->item(1, 3)->font().bold());
        QCOMPARE(doc->dossier().positionChanges().size(), positions);
        QVERIFY(doc->dossier().capabilityChanges().empty());
        QCOMPARE(doc->undoStack()->count(), 0);
        // The scenario holds across dates (by party) until reset; a negative capability is refused with why.
        table->item(0, 3)->setData(Qt::EditRole, -1.0);
        QCOMPARE(scenarioOutcome->text(), u"Scenario refused: Ukraine: a capability cannot be negative (-1)."_qs);
        QTest::mouseClick(panel.findChild<QPushButton*>(u"forecastScenarioReset"_qs), Qt::LeftButton);
        QVERIFY(panel.scenario().isEmpty());
        QVERIFY(scenarioOutcome->text().startsWith(u"Scenario (not recorded): no change yet"_qs));
        QCOMPARE(table->item(1, 2)->data(Qt::EditRole).toDouble(), 95.0);
    }

    // Save Scenario: what a view keeps of the dock (issue, model, rounds, overrides by party id) when What if
    // changes something; the button is keyboard-operable. A view with a scenario sets the dock to it, named after
    // the view; a view without one leaves the dock alone; Reset forgets the name. Nothing reaches the record.
    void savedScenarioRoundTrip()
    {
        auto doc = sampleDocument();
        doc->setAsOf(at("2025-12-15"));
        const size_t positions = doc->dossier().positionChanges().size();
        ForecastPanel panel(doc.get());
        panel.show();
        auto* issue = panel.findChild<QComboBox*>(u"forecastIssue"_qs);
        auto* model = panel.findChild<QComboBox*>(u"forecastModel"_qs);
        auto* table = panel.findChild<QTableWidget*>(u"forecastScenario"_qs);
        auto* whatIf = panel.findChild<QGroupBox*>(u"forecastWhatIf"_qs);
        auto* save = panel.findChild<QPushButton*>(u"forecastScenarioSave"_qs);
        auto* scenarioOutcome = panel.findChild<QLabel*>(u"forecastScenarioOutcome"_qs);
        QVERIFY(save && scenarioOutcome);
        choose(issue, u"nato"_qs);
        choose(model, u"mean"_qs);
        QVERIFY(!panel.savedScenario()); // What if is off
        whatIf->setChecked(true);
        QVERIFY(!panel.savedScenario()); // on, but nothing changed
        QVERIFY(!save->isEnabled());
        table->item(1, 2)->setData(Qt::EditRole, 10.0); // Russia's salience
        table->item(0, 3)->setData(Qt::EditRole, 3.0); // Ukraine's capability
        QVERIFY(save->isEnabled());
        const auto saved = panel.savedScenario();
        QVERIFY(saved);
        QCOMPARE(saved->issue, u"nato"_qs);
        QCOMPARE(saved->model, u"mean"_qs);
        QCOMPARE(saved->rounds, 10);
        QCOMPARE(saved->pce, QString()); // only the spatial model has one
        QCOMPARE(saved->overrides.size(), size_t(2));
        QCOMPARE(saved->overrides.at(u"ru"_qs), (ForecastOverride { std::nullopt, 10.0, std::nullopt }));
        QCOMPARE(saved->overrides.at(u"ua"_qs), (ForecastOverride { std::nullopt, std::nullopt, 3.0 }));
        QSignalSpy requested(&panel, &ForecastPanel::saveScenarioRequested);
        QVERIFY(save->focusPolicy() & Qt::TabFocus);
        save->setFocus();
        QTest::keyClick(save, Qt::Key_Space);
        QCOMPARE(requested.size(), 1);

        // Another dock, as after reopening: the view's scenario comes back, marked with the view's name.
        SavedView view;
        view.name = u"Russia cares less"_qs;
        panel.readInto(view);
        QCOMPARE(view.scenario, saved);
        view.scenario->model = u"eu"_qs;
        view.scenario->rounds = 5;
        ForecastPanel other(doc.get());
        auto* otherModel = other.findChild<QComboBox*>(u"forecastModel"_qs);
        auto* otherOutcome = other.findChild<QLabel*>(u"forecastScenarioOutcome"_qs);
        other.applyFrom(view);
        QCOMPARE(other.findChild<QComboBox*>(u"forecastIssue"_qs)->currentData().toString(), u"nato"_qs);
        QCOMPARE(otherModel->currentData().toString(), u"eu"_qs);
        QCOMPARE(other.findChild<QSpinBox*>(u"forecastRounds"_qs)->value(), 5);
        QVERIFY(other.findChild<QGroupBox*>(u"forecastWhatIf"_qs)->isChecked());
        QCOMPARE(other.scenario().overrides, saved->overrides);
        QCOMPARE(other.scenarioName(), u"Russia cares less"_qs);
        QVERIFY2(otherOutcome->text().startsWith(u"Scenario “Russia cares less” (not recorded): "_qs),
            qPrintable(otherOutcome->text()));
        QCOMPARE(other.savedScenario(), view.scenario);
        // Back to the mean: the numbers of whatIfNeverTouchesTheRecord, now under the scenario's name.
        choose(otherModel, u"mean"_qs);
        QCOMPARE(otherOutcome->text(),
            u"Scenario “Russia cares less” (not recorded): -0.09 (nearest: Ambiguous) — baseline: -1.15 (nearest: Resists)"_qs);
        // A view without a scenario leaves the dock as it is.
        SavedView plain;
        plain.name = u"Plain"_qs;
        other.applyFrom(plain);
        QCOMPARE(other.scenario().overrides, saved->overrides);
        QCOMPARE(other.scenarioName(), u"Russia cares less"_qs);
        QTest::mouseClick(other.findChild<QPushButton*>(u"forecastScenarioReset"_qs), Qt::LeftButton);
        QVERIFY(other.scenarioName().isEmpty());
        QVERIFY(!other.savedScenario());

        QCOMPARE(doc->dossier().positionChanges().size(), positions);
        QVERIFY(doc->dossier().capabilityChanges().empty());
        QVERIFY(doc->dossier().savedViews().size() == 1); // the sample's own; the dock itself saves nothing
        QCOMPARE(doc->undoStack()->count(), 0);
    }

    void destroyedWhileComputing()
    {
        auto doc = sampleDocument();
        auto panel = std::make_unique<ForecastPanel>(doc.get());
        QSignalSpy finished(panel.get(), &ForecastPanel::historyFinished);
        choose(panel->findChild<QComboBox*>(u"forecastModel"_qs), u"smp"_qs);
        // The worker has started (its result not yet shown), or on a fast machine has already been shown.
        QTRY_VERIFY(panel->historyRunning() || !finished.isEmpty());
        panel.reset(); // waits for the worker; what it posted to the panel is dropped with it
        QCoreApplication::processEvents();
        QVERIFY(doc->isOpen());
    }
};

QTEST_MAIN(TestForecastPanel)
#include "tst_forecastpanel.moc"
