// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastpanel.h"

#include "document.h"
#include "forecastchart.h"
#include "forecastinputreader.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QSplitter>
#include <QThread>
#include <QTimer>
#include <QVBoxLayout>

#include <cmath>

namespace Entente {

ForecastPanel::ForecastPanel(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("forecastPanel"));
    m_issue = new QComboBox(this);
    m_issue->setObjectName(QStringLiteral("forecastIssue"));
    m_issue->setAccessibleName(tr("Issue"));
    m_model = new QComboBox(this);
    m_model->setObjectName(QStringLiteral("forecastModel"));
    m_model->setAccessibleName(tr("Model"));
    for (auto m : { ForecastModel::Median, ForecastModel::Mean, ForecastModel::Condorcet, ForecastModel::Nash,
             ForecastModel::ExpectedUtility, ForecastModel::SpatialModel })
        m_model->addItem(forecastModelName(m), forecastModelKey(m));
    m_rounds = new QSpinBox(this);
    m_rounds->setObjectName(QStringLiteral("forecastRounds"));
    m_rounds->setAccessibleName(tr("Rounds"));
    m_rounds->setRange(1, 200);
    m_rounds->setValue(10);
    m_pce = new QComboBox(this);
    m_pce->setObjectName(QStringLiteral("forecastPce"));
    m_pce->setAccessibleName(tr("Probabilistic Condorcet Election"));
    m_pce->addItem(tr("Conditional PCE"), int(PceForm::Conditional));
    m_pce->addItem(tr("Markov PCE"), int(PceForm::Markov));

    auto* bar = new QHBoxLayout;
    auto* issueLabel = new QLabel(tr("Iss&ue:"), this);
    issueLabel->setBuddy(m_issue);
    auto* modelLabel = new QLabel(tr("&Model:"), this);
    modelLabel->setBuddy(m_model);
    auto* roundsLabel = new QLabel(tr("&Rounds:"), this);
    roundsLabel->setBuddy(m_rounds);
    bar->addWidget(issueLabel);
    bar->addWidget(m_issue, 1);
    bar->addWidget(modelLabel);
    bar->addWidget(m_model, 1);
    bar->addWidget(roundsLabel);
    bar->addWidget(m_rounds);
    bar->addWidget(m_pce);
    // Capabilities are recorded in the dossier (the window opens its editor on this issue).
    m_setCapability = new QPushButton(tr("Set &capability…"), this);
    m_setCapability->setObjectName(QStringLiteral("forecastSetCapability"));
    connect(m_setCapability, &QPushButton::clicked, this,
        [this] { emit capabilityRequested(int(m_document->dossier().issueIndex(m_issue->currentData().toString()))); });
    bar->addWidget(m_setCapability);

    m_outcome = new QLabel(this);
    m_outcome->setObjectName(QStringLiteral("forecastOutcome"));
    m_outcome->setTextFormat(Qt::PlainText); // party and issue names are data
    QFont bold = m_outcome->font();
    bold.setBold(true);
    m_outcome->setFont(bold);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("forecastNote"));
    m_note->setTextFormat(Qt::PlainText);
    m_note->setWordWrap(true);

    m_trajectory = new ForecastChart(this);
    m_trajectory->setObjectName(QStringLiteral("forecastTrajectory"));
    m_trajectory->setAccessibleName(tr("Trajectory over the rounds"));
    m_historyChart = new ForecastChart(this);
    m_historyChart->setObjectName(QStringLiteral("forecastHistory"));
    m_historyChart->setAccessibleName(tr("Forecast over time"));
    auto* charts = new QSplitter(Qt::Horizontal, this);
    charts->addWidget(m_trajectory);
    charts->addWidget(m_historyChart);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("forecastProgress"));
    m_progress->setAccessibleName(tr("Forecast over time: progress"));
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->hide();

    // What if: a party's position, salience or capability changed for the forecast only (never recorded).
    m_whatIf = new QGroupBox(tr("What if (a scenario, not the record)"), this);
    m_whatIf->setObjectName(QStringLiteral("forecastWhatIf"));
    m_whatIf->setCheckable(true);
    m_whatIf->setChecked(false);
    m_scenarioTable = new QTableWidget(0, 4, m_whatIf);
    m_scenarioTable->setObjectName(QStringLiteral("forecastScenario"));
    m_scenarioTable->setAccessibleName(tr("Scenario: each party's position, salience and capability"));
    m_scenarioTable->setHorizontalHeaderLabels({ tr("Party"), tr("Position"), tr("Salience"), tr("Capability") });
    m_scenarioTable->verticalHeader()->setVisible(false);
    m_scenarioTable->horizontalHeader()->setStretchLastSection(true);
    m_scenarioTable->setMaximumHeight(130);
    m_scenarioOutcome = new QLabel(m_whatIf);
    m_scenarioOutcome->setObjectName(QStringLiteral("forecastScenarioOutcome"));
    m_scenarioOutcome->setTextFormat(Qt::PlainText);
    m_scenarioOutcome->setWordWrap(true);
    auto* reset = new QPushButton(tr("Reset scenario"), m_whatIf);
    reset->setObjectName(QStringLiteral("forecastScenarioReset"));
    // Saved with the dossier as a view (the window asks for the name); enabled when the scenario changes something.
    m_saveScenario = new QPushButton(tr("Sa&ve Scenario…"), m_whatIf);
    m_saveScenario->setObjectName(QStringLiteral("forecastScenarioSave"));
    m_saveScenario->setToolTip(tr("Save the scenario with the dossier, as a saved view"));
    auto* whatIfLayout = new QVBoxLayout(m_whatIf);
    whatIfLayout->addWidget(m_scenarioTable);
    auto* scenarioRow = new QHBoxLayout;
    scenarioRow->addWidget(m_scenarioOutcome, 1);
    scenarioRow->addWidget(m_saveScenario);
    scenarioRow->addWidget(reset);
    whatIfLayout->addLayout(scenarioRow);
    connect(m_scenarioTable, &QTableWidget::itemChanged, this, &ForecastPanel::scenarioEdited);
    connect(reset, &QPushButton::clicked, this, &ForecastPanel::resetScenario);
    connect(m_saveScenario, &QPushButton::clicked, this, &ForecastPanel::saveScenarioRequested);
    connect(m_whatIf, &QGroupBox::toggled, this, &ForecastPanel::showScenario);

    m_why = new QPlainTextEdit(this);
    m_why->setObjectName(QStringLiteral("forecastWhy"));
    m_why->setAccessibleName(tr("Why"));
    m_why->setReadOnly(true);
    m_why->setMaximumHeight(90);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_outcome);
    layout->addWidget(m_note);
    layout->addWidget(charts, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_whatIf);
    layout->addWidget(m_why);

    m_historyTimer = new QTimer(this);
    m_historyTimer->setSingleShot(true);
    m_historyTimer->setInterval(150);
    connect(m_historyTimer, &QTimer::timeout, this, &ForecastPanel::startHistory);

    auto both = [this] {
        recompute();
        scheduleHistory();
    };
    connect(m_issue, &QComboBox::currentIndexChanged, this, both);
    connect(m_model, &QComboBox::currentIndexChanged, this, both);
    connect(m_rounds, &QSpinBox::valueChanged, this, both);
    connect(m_pce, &QComboBox::currentIndexChanged, this, both);
    connect(m_document, &Document::asOfChanged, this, both);
    connect(m_document, &Document::positionChanged, this, both);
    connect(m_document, &Document::capabilityChanged, this, both);
    connect(m_document, &Document::scalesChanged, this, both);
    connect(m_document, &Document::partyChanged, this, both);
    connect(m_document, &Document::reset, this, [this] {
        m_scenario = {}; // another dossier: its parties are others
        m_scenarioName.clear();
        rebuildIssues();
    });
    connect(m_document, &Document::issueInserted, this, &ForecastPanel::rebuildIssues);
    connect(m_document, &Document::issueRemoved, this, &ForecastPanel::rebuildIssues);
    connect(m_document, &Document::issueChanged, this, &ForecastPanel::rebuildIssues);
    rebuildIssues();
}

ForecastPanel::~ForecastPanel() { stopWorker(); }

void ForecastPanel::rebuildIssues()
{
    const QString current = m_issue->currentData().toString();
    {
        const QSignalBlocker block(m_issue);
        m_issue->clear();
        for (const auto& i : m_document->dossier().issues())
            m_issue->addItem(i.name, i.id);
        if (const int i = m_issue->findData(current); i >= 0)
            m_issue->setCurrentIndex(i);
    }
    recompute();
    scheduleHistory();
}

ForecastOptions ForecastPanel::options() const
{
    ForecastOptions o;
    o.model = forecastModelFromKey(m_model->currentData().toString()).value_or(ForecastModel::Median);
    o.rounds = m_rounds->value();
    o.pce = PceForm(m_pce->currentData().toInt());
    return o;
}

QColor ForecastPanel::colorOf(const QString& partyName, size_t index) const
{
    for (const auto& p : m_document->dossier().parties())
        if (p.name == partyName && QColor::isValidColorName(p.color))
            return QColor::fromString(p.color);
    return QColor::fromHsv(int(index * 67 % 360), 160, 190);
}

void ForecastPanel::recompute()
{
    const ForecastOptions o = options();
    const bool dynamic = o.model == ForecastModel::ExpectedUtility || o.model == ForecastModel::SpatialModel;
    m_rounds->setEnabled(dynamic);
    m_pce->setVisible(o.model == ForecastModel::SpatialModel);
    const Dossier& d = m_document->dossier();
    const qsizetype issue = d.issueIndex(m_issue->currentData().toString());
    m_input = issue >= 0 ? ForecastInputReader::fromDossier(d, issue, m_document->asOf()) : ForecastInput {};
    m_result = {};
    m_resultError.clear();
    if (issue >= 0) {
        if (auto run = Forecast::run(m_input, o); run.ok())
            m_result = std::move(run).value();
        else
            m_resultError = run.message();
    }
    const QString date
        = QDateTime::fromMSecsSinceEpoch(m_document->asOf(), Qt::UTC).toString(QStringLiteral("d MMM yyyy"));

    if (issue < 0) {
        m_outcome->setText(tr("No issue to forecast."));
        m_note->clear();
    } else if (!m_resultError.isEmpty()) {
        m_outcome->setText(tr("No forecast as of %1: %2.").arg(date, m_resultError));
        m_note->clear();
    } else {
        m_outcome->setText(m_result.outcome
                ? tr("Predicted outcome as of %1: %2").arg(date, m_input.describe(*m_result.outcome))
                : tr("No predicted outcome as of %1").arg(date));
        QStringList notes;
        if (!m_result.note.isEmpty())
            notes << m_result.note;
        notes << tr("%n party(ies) with a known position.", nullptr, int(m_input.actors.size()));
        notes << m_input.notes;
        m_note->setText(notes.join(u' '));
    }

    // Trajectory: every party's position (dimension 0) per round, mean and median on top.
    ForecastChart::Data t;
    t.title = dynamic ? tr("Positions per round") : tr("Positions as of %1").arg(date);
    t.empty = tr("No positions to chart.");
    t.yMin = m_input.lower(0);
    t.yMax = m_input.upper(0);
    t.yAnchors = m_input.anchors;
    const size_t dims = size_t(m_input.dimensionCount());
    std::vector<ForecastRound> rounds = m_result.rounds;
    if (rounds.empty() && !m_input.actors.empty()) {
        ForecastRound r0;
        for (const auto& a : m_input.actors)
            r0.positions.insert(r0.positions.end(), a.position.begin(), a.position.end());
        r0.mean = Forecast::meanOf(m_input, r0.positions, qsizetype(dims));
        r0.median = Forecast::medianOf(m_input, r0.positions, qsizetype(dims));
        rounds.push_back(r0);
    }
    if (m_resultError.isEmpty() && !rounds.empty()) {
        for (size_t i = 0; i < m_input.actors.size(); ++i) {
            ForecastChart::Series s;
            s.name = m_input.actors[i].name;
            s.color = colorOf(s.name, i);
            for (size_t k = 0; k < rounds.size(); ++k)
                s.points.emplace_back(double(k), rounds[k].positions[i * dims]);
            t.series.push_back(std::move(s));
        }
        ForecastChart::Series mean { tr("Mean"), palette().color(QPalette::Text), {}, true, true };
        ForecastChart::Series median { tr("Median"), palette().color(QPalette::Highlight), {}, true, false };
        for (size_t k = 0; k < rounds.size(); ++k) {
            if (std::isfinite(rounds[k].mean))
                mean.points.emplace_back(double(k), rounds[k].mean);
            if (std::isfinite(rounds[k].median))
                median.points.emplace_back(double(k), rounds[k].median);
        }
        t.series.push_back(std::move(mean));
        t.series.push_back(std::move(median));
    }
    m_trajectory->setData(std::move(t));

    // Why.
    QStringList why;
    switch (o.model) {
    case ForecastModel::Mean:
        why << tr("The mean of the positions weighted by capability × salience.");
        break;
    case ForecastModel::Median:
        why << tr("Black's median: the position with parties holding at least half of the capability × salience "
                  "weight at or below it and at least half at or above it.");
        break;
    case ForecastModel::Condorcet:
        why << tr("The position that wins every pairwise vote, each party voting its capability × salience for the "
                  "nearer position.");
        break;
    case ForecastModel::Nash:
        why << tr("The point that maximises the product of the parties' gains, weighted by capability × salience "
                  "(disagreement: every party's worst case).");
        break;
    case ForecastModel::ExpectedUtility:
    case ForecastModel::SpatialModel:
        why << Forecast::explainLastRound(m_input, m_result);
        break;
    }
    m_why->setPlainText(why.join(u'\n'));
    showScenario();
}

std::optional<SavedScenario> ForecastPanel::savedScenario() const
{
    const QString issue = m_issue->currentData().toString();
    if (!m_whatIf->isChecked() || m_scenario.isEmpty() || issue.isEmpty())
        return std::nullopt;
    SavedScenario s;
    s.issue = issue;
    s.model = m_model->currentData().toString();
    s.rounds = m_rounds->value();
    if (s.model == forecastModelKey(ForecastModel::SpatialModel))
        s.pce = pceFormKey(PceForm(m_pce->currentData().toInt()));
    for (const auto& [id, o] : m_scenario.overrides)
        if (!o.isEmpty())
            s.overrides[id] = o;
    return s;
}

void ForecastPanel::applyFrom(const SavedView& view)
{
    if (!view.scenario)
        return;
    const SavedScenario& s = *view.scenario;
    {
        const QSignalBlocker issue(m_issue), model(m_model), rounds(m_rounds), pce(m_pce), whatIf(m_whatIf);
        if (const int i = m_issue->findData(s.issue); i >= 0)
            m_issue->setCurrentIndex(i);
        if (const int i = m_model->findData(s.model); i >= 0)
            m_model->setCurrentIndex(i);
        m_rounds->setValue(s.rounds); // clamped to the dock's range
        m_pce->setCurrentIndex(qMax(0, m_pce->findData(int(pceFormFromKey(s.pce).value_or(PceForm::Conditional)))));
        m_whatIf->setChecked(true);
    }
    m_scenario.overrides = s.overrides;
    m_scenarioName = view.name;
    recompute();
    scheduleHistory();
}

void ForecastPanel::setScenarioName(const QString& name)
{
    m_scenarioName = name;
    showScenario();
}

void ForecastPanel::showScenario()
{
    m_scenarioTable->setEnabled(m_whatIf->isChecked());
    m_saveScenario->setEnabled(m_whatIf->isChecked() && !m_scenario.isEmpty());
    if (!m_whatIf->isChecked()) {
        m_scenarioOutcome->clear();
        return;
    }
    {
        // The table shows each party's input with the scenario's values in place (bold where changed).
        const QSignalBlocker block(m_scenarioTable);
        m_scenarioTable->setRowCount(int(m_input.actors.size()));
        for (int r = 0; r < int(m_input.actors.size()); ++r) {
            const ForecastActor& a = m_input.actors[size_t(r)];
            const auto it = m_scenario.overrides.find(a.id);
            const ForecastOverride o = it == m_scenario.overrides.end() ? ForecastOverride {} : it->second;
            auto* name = new QTableWidgetItem(a.name);
            name->setFlags(name->flags() & ~Qt::ItemIsEditable);
            m_scenarioTable->setItem(r, 0, name);
            const double values[] = { o.position.value_or(a.position.empty() ? 0.0 : a.position[0]),
                o.salience.value_or(a.salience.empty() ? 0.0 : a.salience[0] * 100.0), o.capability.value_or(a.capability) };
            const bool changed[] = { o.position.has_value(), o.salience.has_value(), o.capability.has_value() };
            for (int c = 0; c < 3; ++c) {
                auto* item = new QTableWidgetItem;
                item->setData(Qt::EditRole, values[c]);
                QFont f = item->font();
                f.setBold(changed[c]);
                item->setFont(f);
                m_scenarioTable->setItem(r, c + 1, item);
            }
        }
    }
    if (m_input.actors.empty() || !m_resultError.isEmpty()) {
        m_scenarioOutcome->setText(tr("Scenario: nothing to forecast."));
        return;
    }
    if (const auto bad = m_scenario.validate(m_input); !bad.ok()) {
        m_scenarioOutcome->setText(tr("Scenario refused: %1.").arg(bad.message()));
        return;
    }
    m_scenarioInput = m_scenario.apply(m_input);
    const auto scenarioRun = Forecast::run(m_scenarioInput, options());
    m_scenarioResult = scenarioRun.ok() ? scenarioRun.value() : ForecastResult {};
    const QString baseline = m_result.outcome ? m_input.describe(*m_result.outcome) : tr("none");
    const QString scenario = !scenarioRun.ok() ? scenarioRun.message()
        : m_scenarioResult.outcome                                ? m_scenarioInput.describe(*m_scenarioResult.outcome)
                                                                  : tr("none");
    if (m_scenario.isEmpty())
        m_scenarioOutcome->setText(
            tr("Scenario (not recorded): no change yet; edit a value above. Baseline: %1").arg(baseline));
    else if (m_scenarioName.isEmpty())
        m_scenarioOutcome->setText(tr("Scenario (not recorded): %1 — baseline: %2").arg(scenario, baseline));
    else
        m_scenarioOutcome->setText(
            tr("Scenario “%1” (not recorded): %2 — baseline: %3").arg(m_scenarioName, scenario, baseline));
}

void ForecastPanel::scenarioEdited(QTableWidgetItem* item)
{
    const int r = item->row(), c = item->column();
    if (r < 0 || r >= int(m_input.actors.size()) || c < 1)
        return;
    const ForecastActor& a = m_input.actors[size_t(r)];
    bool ok = false;
    const double v = item->data(Qt::EditRole).toDouble(&ok);
    if (!ok)
        return;
    ForecastOverride& o = m_scenario.overrides[a.id];
    const double baseline[] = { a.position.empty() ? 0.0 : a.position[0], a.salience.empty() ? 0.0 : a.salience[0] * 100.0,
        a.capability };
    std::optional<double>* field[] = { &o.position, &o.salience, &o.capability };
    if (std::abs(v - baseline[c - 1]) < 1e-12)
        field[c - 1]->reset();
    else
        *field[c - 1] = v;
    if (o.isEmpty())
        m_scenario.overrides.erase(a.id);
    showScenario();
}

void ForecastPanel::resetScenario()
{
    m_scenario = {};
    m_scenarioName.clear();
    showScenario();
}

void ForecastPanel::scheduleHistory() { m_historyTimer->start(); }

void ForecastPanel::stopWorker()
{
    if (!m_worker)
        return;
    if (m_cancel)
        m_cancel->store(true);
    m_worker->wait();
    delete m_worker;
    m_worker = nullptr;
}

void ForecastPanel::startHistory()
{
    stopWorker();
    const Dossier& d = m_document->dossier();
    const qsizetype issue = d.issueIndex(m_issue->currentData().toString());
    const quint64 generation = ++m_generation;
    if (issue < 0) {
        showHistory({}, generation);
        return;
    }
    std::vector<qint64> steps = ForecastHistory::steps(d, issue, m_document->asOf());
    std::vector<ForecastInput> inputs = ForecastHistory::inputs(d, issue, steps);
    const ForecastOptions o = options();
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    auto cancel = m_cancel;
    m_progress->setRange(0, int(steps.size()));
    m_progress->setValue(0);
    m_progress->show();
    QPointer<ForecastPanel> self(this);
    m_worker = QThread::create([self, cancel, generation, o, steps = std::move(steps), inputs = std::move(inputs)] {
        auto points = ForecastHistory::compute(steps, inputs, o, [&](qsizetype done, qsizetype) {
            if (cancel->load())
                return false;
            QMetaObject::invokeMethod(
                self,
                [self, done] {
                    if (self)
                        self->m_progress->setValue(int(done));
                },
                Qt::QueuedConnection);
            return true;
        });
        if (cancel->load())
            return;
        QMetaObject::invokeMethod(
            self,
            [self, points = std::move(points), generation]() mutable {
                if (self)
                    self->showHistory(std::move(points), generation);
            },
            Qt::QueuedConnection);
    });
    m_worker->start();
}

void ForecastPanel::showHistory(std::vector<ForecastHistoryPoint> points, quint64 generation)
{
    if (generation != m_generation)
        return; // a newer request is on its way
    if (m_worker) {
        m_worker->wait();
        delete m_worker;
        m_worker = nullptr;
    }
    m_progress->hide();
    m_historyPoints = std::move(points);
    ForecastChart::Data h;
    h.title = tr("Forecast at every change step (%1)").arg(m_model->currentText());
    h.empty = tr("No change on this issue up to the as-of date.");
    h.xIsTime = true;
    h.yMin = m_input.lower(0);
    h.yMax = m_input.upper(0);
    h.yAnchors = m_input.anchors;
    h.addHistory(m_historyPoints, { tr("Forecast"), palette().color(QPalette::Highlight), {}, true, false },
        { tr("Median"), palette().color(QPalette::Text), {}, true, true });
    m_historyChart->setData(std::move(h));
    emit historyFinished();
}

} // namespace Entente
