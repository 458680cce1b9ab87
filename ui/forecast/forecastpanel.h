// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Forecast dock: for the chosen issue as of the document's as-of date, the model picker and its
// parameters, the predicted outcome, the trajectory of every party over the rounds of a dynamic model, the
// forecast at every change step up to the as-of date, the "why" of the last round, and a what-if scenario (a
// party's position, salience or capability changed for the forecast only, never written to the dossier) with
// its outcome beside the baseline's. A scenario is saved as part of a saved view (types.h SavedScenario: the
// issue, the model and its parameters, the overrides by party id): readInto() gives the window what to save,
// applyFrom() restores a view's scenario here, marked with the view's name.
//
// The forecast for the as-of date is computed on the GUI thread (the baselines take microseconds). The
// forecast over time is computed on a worker thread: the inputs are built here from the dossier (as-of
// lookups), the worker only runs the models on that copy and posts progress and the result back; a newer
// request cancels the older one, and the destructor waits for the worker.

#include "forecast.h"
#include "forecasthistory.h"
#include "forecastscenario.h"

#include <QWidget>

#include <atomic>
#include <memory>

class QComboBox;
class QGroupBox;
class QTableWidget;
class QTableWidgetItem;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QThread;
class QTimer;

namespace Entente {

class Document;
class ForecastChart;

class ForecastPanel : public QWidget {
    Q_OBJECT
public:
    explicit ForecastPanel(Document* document, QWidget* parent = nullptr);
    ~ForecastPanel() override;

    [[nodiscard]] const ForecastResult& result() const { return m_result; }
    [[nodiscard]] const std::vector<ForecastHistoryPoint>& history() const { return m_historyPoints; }
    [[nodiscard]] bool historyRunning() const { return m_worker != nullptr; }
    // What if: the scenario (overrides for the forecast only) and its result beside the baseline's result().
    [[nodiscard]] const ForecastScenario& scenario() const { return m_scenario; }
    [[nodiscard]] const ForecastResult& scenarioResult() const { return m_scenarioResult; }
    // What a view saved now keeps of the dock: the issue, model, rounds, PCE form and overrides, when What if is on
    // and changes something; none otherwise.
    [[nodiscard]] std::optional<SavedScenario> savedScenario() const;
    void readInto(SavedView& view) const { view.scenario = savedScenario(); }
    // A view with a scenario sets the dock to it (What if on, named after the view); a view without one leaves the
    // dock as it is.
    void applyFrom(const SavedView& view);
    // The saved view the scenario in the dock came from or was saved as; empty for a new one (Reset clears it).
    [[nodiscard]] const QString& scenarioName() const { return m_scenarioName; }
    void setScenarioName(const QString& name);

signals:
    void historyFinished();
    // "Set capability…" was pressed with `issue` (an index into the dossier's issues, −1 when none) chosen.
    void capabilityRequested(int issue);
    // "Save Scenario…" was pressed (the window asks for a name and saves a view with the scenario).
    void saveScenarioRequested();

private:
    void rebuildIssues();
    void recompute();
    void scheduleHistory();
    void startHistory();
    void stopWorker();
    void showScenario();
    void scenarioEdited(QTableWidgetItem* item);
    void resetScenario();
    void showHistory(std::vector<ForecastHistoryPoint> points, quint64 generation);
    [[nodiscard]] ForecastOptions options() const;
    [[nodiscard]] QColor colorOf(const QString& partyName, size_t index) const;

    Document* m_document = nullptr;
    QComboBox* m_issue = nullptr;
    QComboBox* m_model = nullptr;
    QSpinBox* m_rounds = nullptr;
    QComboBox* m_pce = nullptr;
    QPushButton* m_setCapability = nullptr;
    QLabel* m_outcome = nullptr;
    QLabel* m_note = nullptr;
    ForecastChart* m_trajectory = nullptr;
    ForecastChart* m_historyChart = nullptr;
    QProgressBar* m_progress = nullptr;
    QPlainTextEdit* m_why = nullptr;
    QGroupBox* m_whatIf = nullptr;
    QTableWidget* m_scenarioTable = nullptr;
    QLabel* m_scenarioOutcome = nullptr;
    QPushButton* m_saveScenario = nullptr;
    QTimer* m_historyTimer = nullptr;

    ForecastInput m_input;
    ForecastResult m_result;
    QString m_resultError; // why the input as of the date cannot be forecast; empty when m_result holds the forecast
    ForecastScenario m_scenario;
    QString m_scenarioName;
    ForecastInput m_scenarioInput;
    ForecastResult m_scenarioResult;
    std::vector<ForecastHistoryPoint> m_historyPoints;
    QThread* m_worker = nullptr;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    quint64 m_generation = 0;
};

} // namespace Entente
