// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's docks: timeline, events, charts, forecast, event editor, history, issues, parties, sources.
#include "mainwindow.h"
#include "isodateedit.h"
#include "mainwindow_p.h"

#include "asofcontrol.h"
#include "chartpanel.h"
#include "export/briefingexporter.h"
#include "export/exportimagedialog.h"
#include "export/exportoptions.h"
#include "export/imageexporter.h"
#include "export/printing.h"
#include "viewfactory.h"
#include "cellhistorymodel.h"
#include "changeeditordialog.h"
#include "commands.h"
#include "document.h"
#include "erasdialog.h"
#include "eventeditor.h"
#include "eventfilterbar.h"
#include "forecast/forecastpanel.h"
#include "import/importwizard.h"
#include "tablepanel.h"
#include "eventsmodel.h"
#include "issuesmodel.h"
#include "matrix/matrixview.h"
#include "partiesmodel.h"
#include "positionmatrixmodel.h"
#include "sourcesmodel.h"
#include "choicedelegate.h"
#include "reliabilitypanel.h"
#include "sourcedialog.h"
#include "timeline/timelineview.h"
#include "whatchangedpanel.h"

#include "team/activitydock.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QUndoStack>
#include <QUrl>
#include <QVBoxLayout>

namespace Entente {

using namespace MainWindowPrivate;

void MainWindow::createDocks()
{
    setDockOptions(QMainWindow::AnimatedDocks | QMainWindow::AllowTabbedDocks | QMainWindow::AllowNestedDocks);
    auto dock = [this](const QString& title, const QString& name, QWidget* w, Qt::DockWidgetArea area) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(area, d);
        return d;
    };

    // Timeline (bottom).
    auto* timelinePage = new QWidget(this);
    auto* tl = new QVBoxLayout(timelinePage);
    tl->setContentsMargins(0, 0, 0, 0);
    tl->setSpacing(0);
    auto* timelineBar = new QToolBar(timelinePage);
    timelineBar->setObjectName(QStringLiteral("timelineToolBar"));
    timelineBar->setIconSize(QSize(16, 16));
    m_timeline = new TimelineView(timelinePage);
    m_timeline->setDossier(&m_document->dossier());
    auto* lanes = new QComboBox(timelineBar);
    lanes->setObjectName(QStringLiteral("timelineLanes"));
    lanes->setAccessibleName(tr("Timeline lanes"));
    lanes->addItem(tr("Lanes by party"), int(TimelineLanes::Mode::Parties));
    lanes->addItem(tr("Lanes by issue"), int(TimelineLanes::Mode::Issues));
    lanes->addItem(tr("One lane"), int(TimelineLanes::Mode::Single));
    connect(lanes, &QComboBox::currentIndexChanged, m_timeline,
        [this, lanes] { m_timeline->setLaneMode(TimelineLanes::Mode(lanes->currentData().toInt())); });
    auto* colours = new QComboBox(timelineBar);
    colours->setObjectName(QStringLiteral("timelineColours"));
    colours->setAccessibleName(tr("Timeline colours"));
    colours->addItem(tr("Colour by party"), int(TimelineRenderer::ColorMode::Party));
    colours->addItem(tr("Colour by issue"), int(TimelineRenderer::ColorMode::Issue));
    colours->addItem(tr("Colour by tag"), int(TimelineRenderer::ColorMode::Tag));
    connect(colours, &QComboBox::currentIndexChanged, m_timeline,
        [this, colours] { m_timeline->setColorMode(TimelineRenderer::ColorMode(colours->currentData().toInt())); });
    timelineBar->addWidget(lanes);
    timelineBar->addWidget(colours);
    timelineBar->addSeparator();
    timelineBar->addAction(tr("Fit all"), m_timeline, &TimelineView::fitAll)->setToolTip(tr("Fit all (Home)"));
    timelineBar->addAction(tr("Fit recent activity"), m_timeline, &TimelineView::fitRecentActivity)
        ->setToolTip(tr("Frame the densest recent period of events (Shift+Home)"));
    timelineBar->addAction(QStringLiteral("+"), m_timeline, [this] { m_timeline->zoomBy(2.0); })->setToolTip(tr("Zoom in (+)"));
    timelineBar->addAction(QStringLiteral("−"), m_timeline, [this] { m_timeline->zoomBy(0.5); })->setToolTip(tr("Zoom out (−)"));
    timelineBar->addAction(tr("Zoom to selection"), m_timeline, &TimelineView::zoomToSelection);
    auto* changes = timelineBar->addAction(tr("Changes"), m_timeline, &TimelineView::setShowChanges);
    changes->setObjectName(QStringLiteral("timelineShowChanges"));
    changes->setCheckable(true);
    changes->setChecked(true);
    changes->setToolTip(tr("Mark position and status changes in their lanes"));
    auto* goTo = new IsoDateEdit(timelineBar);
    goTo->setObjectName(QStringLiteral("timelineGoTo"));
    goTo->setAccessibleName(tr("Go to date"));
    goTo->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    goTo->setCalendarPopup(true);
    timelineBar->addWidget(new QLabel(tr("  Go to "), timelineBar));
    timelineBar->addWidget(goTo);
    connect(goTo, &QDateEdit::dateChanged, m_timeline,
        [this](QDate d) { m_timeline->goToDate(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()); });
    // Shows the as-of date until the analyst picks another one to go to.
    const auto showAsOf = [this, goTo] {
        const QSignalBlocker block(goTo);
        goTo->setDate(QDateTime::fromMSecsSinceEpoch(m_document->asOf(), Qt::UTC).date());
    };
    connect(m_document, &Document::reset, goTo, showAsOf);
    connect(m_document, &Document::asOfChanged, goTo, showAsOf);
    // The legend of what the timeline's colours mean now (parties, issues or tags; statuses in issue lanes).
    auto* legend = new QLabel(timelinePage);
    legend->setObjectName(QStringLiteral("timelineLegend"));
    legend->setAccessibleName(tr("Timeline legend"));
    legend->setTextFormat(Qt::RichText);
    legend->setWordWrap(true);
    legend->setContentsMargins(6, 2, 6, 2);
    const auto updateLegend = [this, legend] {
        QStringList parts;
        for (const ScaleLevel& l : m_timeline->renderer().legend())
            parts << QStringLiteral("<span style=\"color:%1\">&#9632;</span>&nbsp;%2").arg(QColor::fromString(l.color).name(), l.label.toHtmlEscaped());
        legend->setText(parts.join(QStringLiteral(" &nbsp; ")));
        legend->setAccessibleDescription(legend->text().isEmpty() ? QString() : tr("Colours: %1").arg(parts.size()));
    };
    connect(lanes, &QComboBox::currentIndexChanged, legend, updateLegend);
    connect(colours, &QComboBox::currentIndexChanged, legend, updateLegend);
    connect(m_document, &Document::partyChanged, legend, updateLegend);
    connect(m_document, &Document::partyInserted, legend, updateLegend);
    connect(m_document, &Document::partyRemoved, legend, updateLegend);
    connect(m_document, &Document::issueChanged, legend, updateLegend);
    connect(m_document, &Document::issueInserted, legend, updateLegend);
    connect(m_document, &Document::issueRemoved, legend, updateLegend);
    tl->addWidget(timelineBar);
    tl->addWidget(legend);
    tl->addWidget(m_timeline, 1);
    auto* timelineDock = dock(tr("Timeline"), QStringLiteral("timelineDock"), timelinePage, Qt::BottomDockWidgetArea);
    connect(m_document, &Document::reset, m_timeline, [this] {
        m_timeline->setDossier(&m_document->dossier());
        m_timeline->setAsOf(m_document->asOf());
    });
    connect(m_document, &Document::eventsReset, m_timeline, [this] {
        m_timeline->setDossier(&m_document->dossier()); // fits the events
        m_timeline->setRowMask(maskOf(m_eventsModel->rowMask())); // a filter set while they were loading
    });
    connect(m_document, &Document::reset, legend, updateLegend); // after the timeline has the new dossier
    const auto refreshTimeline = [this] { m_timeline->dossierChanged(); };
    connect(m_document, &Document::eventInserted, m_timeline, refreshTimeline);
    connect(m_document, &Document::eventRemoved, m_timeline, refreshTimeline);
    connect(m_document, &Document::eventChanged, m_timeline, refreshTimeline);
    connect(m_document, &Document::partyInserted, m_timeline, refreshTimeline);
    connect(m_document, &Document::partyRemoved, m_timeline, refreshTimeline);
    connect(m_document, &Document::partyChanged, m_timeline, refreshTimeline);
    connect(m_document, &Document::partyMoved, m_timeline, refreshTimeline);
    connect(m_document, &Document::issueInserted, m_timeline, refreshTimeline);
    connect(m_document, &Document::issueRemoved, m_timeline, refreshTimeline);
    connect(m_document, &Document::issueChanged, m_timeline, refreshTimeline);
    connect(m_document, &Document::issueMoved, m_timeline, refreshTimeline);
    connect(m_document, &Document::statusChanged, m_timeline, refreshTimeline);
    connect(m_document, &Document::eraInserted, m_timeline, refreshTimeline);
    connect(m_document, &Document::eraRemoved, m_timeline, refreshTimeline);
    connect(m_document, &Document::eraChanged, m_timeline, refreshTimeline);
    connect(m_timeline, &TimelineView::erasRequested, this,
        [this](const QString& id, qint64 msecs) { showEras(id, msecs); });
    connect(m_document, &Document::asOfChanged, m_timeline, &TimelineView::setAsOf);
    connect(m_timeline, &TimelineView::asOfDragged, m_document, &Document::setAsOf);
    connect(m_timeline, &TimelineView::eventActivated, this, [this](qint64 id) {
        m_eventEditor->showEvent(id);
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("eventEditorDock"))) {
            d->show();
            d->raise();
        }
    });

    // Events (table with a debounced free-text filter).
    auto* events = new QWidget(this);
    auto* ev = new QVBoxLayout(events);
    ev->setContentsMargins(2, 2, 2, 2);
    m_filterBar = new EventFilterBar(m_document, events);
    m_filter = m_filterBar->textEdit();
    m_eventsView = makeDockTable(events, QStringLiteral("eventsView"), tr("Events"));
    m_eventsView->setModel(m_eventsModel);
    m_eventsView->setSortingEnabled(true);
    m_eventsView->sortByColumn(0, Qt::AscendingOrder);
    m_eventsView->horizontalHeader()->resizeSection(0, 100);
    m_eventsView->horizontalHeader()->resizeSection(2, 280);
    ev->addWidget(m_filterBar);
    ev->addWidget(m_eventsView);
    auto* eventsDock = dock(tr("Events"), QStringLiteral("eventsDock"), events, Qt::BottomDockWidgetArea);
    tabifyDockWidget(timelineDock, eventsDock);
    timelineDock->raise();
    connect(m_filterBar, &EventFilterBar::filterChanged, this, &MainWindow::applyEventFilter);
    connect(m_eventsView->selectionModel(), &QItemSelectionModel::selectionChanged, this, &MainWindow::onEventSelectionChanged);
    connect(m_eventsView, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        m_eventEditor->showEvent(m_eventsModel->eventIdAt(i.row()));
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("eventEditorDock"))) {
            d->show();
            d->raise();
        }
    });
    connect(m_timeline, &TimelineView::selectionChanged, this, [this](const QList<qint64>& ids) {
        if (ids.isEmpty())
            return;
        const int row = m_eventsModel->rowOfEventId(ids.constFirst());
        if (row >= 0 && m_eventsModel->eventIdAt(m_eventsView->currentIndex().row()) != ids.constFirst())
            m_eventsView->setCurrentIndex(m_eventsModel->index(row, 0));
        m_eventEditor->showEvent(ids.constFirst());
    });

    // Charts (bottom, tabbed with the timeline).
    m_charts = new ChartPanel(m_document, this);
    auto* chartsDock = dock(tr("Charts"), QStringLiteral("chartsDock"), m_charts, Qt::BottomDockWidgetArea);
    tabifyDockWidget(eventsDock, chartsDock);
    // Forecast (bottom, tabbed with the charts). Its "Set capability…" opens the capability editor on its issue.
    // Its "Save Scenario…" saves a view with the scenario.
    m_forecast = new ForecastPanel(m_document, this);
    connect(m_forecast, &ForecastPanel::capabilityRequested, this, [this](int issue) { editCapability(-1, issue); });
    connect(m_forecast, &ForecastPanel::saveScenarioRequested, this, &MainWindow::saveScenarioDialog);
    tabifyDockWidget(
        chartsDock, dock(tr("Forecast"), QStringLiteral("forecastDock"), m_forecast, Qt::BottomDockWidgetArea));
    timelineDock->raise();
    connect(m_eventsModel, &EventsModel::rowMaskChanged, this, [this] {
        const auto mask = maskOf(m_eventsModel->rowMask());
        m_timeline->setRowMask(mask);
        m_charts->setRowMask(mask);
    });

    // Event editor (right).
    // In a scroll area: the form is taller than a small screen leaves the dock.
    m_eventEditor = new EventEditor(m_document, this);
    auto* editorScroll = new QScrollArea(this);
    editorScroll->setWidget(m_eventEditor);
    editorScroll->setWidgetResizable(true);
    editorScroll->setFrameShape(QFrame::NoFrame);
    dock(tr("Event editor"), QStringLiteral("eventEditorDock"), editorScroll, Qt::RightDockWidgetArea);

    // Cell history (right, tabbed with the editor).
    auto* history = new QWidget(this);
    auto* hl = new QVBoxLayout(history);
    hl->setContentsMargins(2, 2, 2, 2);
    m_historyView = makeDockTable(history, QStringLiteral("historyView"), tr("Change history of the selected cell"));
    m_historyView->setModel(m_historyModel);
    auto* retract = new QPushButton(tr("&Retract selected change"), history);
    retract->setObjectName(QStringLiteral("retractChange"));
    connect(retract, &QPushButton::clicked, this, &MainWindow::retractSelectedChange);
    hl->addWidget(m_historyView);
    hl->addWidget(retract);
    auto* historyDock = dock(tr("History"), QStringLiteral("historyDock"), history, Qt::RightDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("eventEditorDock")), historyDock);
    // The journal, live (team mode: who changed what; a file: the analyst's own trail).
    tabifyDockWidget(historyDock,
        dock(tr("Activity"), QStringLiteral("activityDock"), new ActivityPanel(m_document, this), Qt::RightDockWidgetArea));

    // What changed (right, tabbed with the history): from the compare date or the change step before the
    // as-of date, to the as-of date. An entry shows its cell (and so its change and sources in the history).
    m_whatChanged = new WhatChangedPanel(m_document, this);
    auto* whatChangedDock = dock(tr("What changed"), QStringLiteral("whatChangedDock"), m_whatChanged, Qt::RightDockWidgetArea);
    tabifyDockWidget(historyDock, whatChangedDock);
    // Reliability (right, tabbed too): how well the matrix as of the date is sourced, and the weak-cell marks.
    m_reliability = new ReliabilityPanel(m_document, m_matrixModel, this);
    tabifyDockWidget(whatChangedDock,
        dock(tr("Reliability"), QStringLiteral("reliabilityDock"), m_reliability, Qt::RightDockWidgetArea));
    whatChangedDock->raise(); // the default front tab stays What changed
    createNotesDocks();
    connect(m_whatChanged, &WhatChangedPanel::cellRequested, this, [this, historyDock](int party, int issue) {
        if (party >= 0) {
            m_matrix->setCurrentIndex(m_matrixModel->index(party, issue));
            historyDock->show();
            historyDock->raise();
        } else if (issue >= 0) {
            m_issuesView->setCurrentIndex(m_issuesModel->index(issue, 0));
            if (auto* d = findChild<QDockWidget*>(QStringLiteral("issuesDock")))
                d->raise();
        }
    });
    connect(m_whatChanged, &WhatChangedPanel::eventRequested, this, [this](qint64 id) {
        m_timeline->setSelectedEventIds({ id });
        const int row = m_eventsModel->rowOfEventId(id);
        if (row >= 0)
            m_eventsView->setCurrentIndex(m_eventsModel->index(row, 0));
        m_eventEditor->showEvent(id);
    });
    const auto refreshDigest = [this] { updateCompareSummary(); };
    connect(m_document, &Document::reset, m_whatChanged, refreshDigest);
    connect(m_document, &Document::eventsReset, m_whatChanged, refreshDigest);
    connect(m_document, &Document::statusChanged, m_whatChanged, refreshDigest);
    connect(m_document, &Document::eventInserted, m_whatChanged, refreshDigest);
    connect(m_document, &Document::eventRemoved, m_whatChanged, refreshDigest);
    connect(m_document, &Document::eventChanged, m_whatChanged, refreshDigest);

    // Issues (with the status history of the current one), parties, sources (left, tabbed).
    auto* issues = new TablePanel(m_issuesModel, QStringLiteral("issues"), tr("Issues"), this);
    m_issuesView = issues->view();
    issues->setActions(
        tr("Add issue"),
        [this, issues] {
            const auto& d = m_document->dossier();
            const QString id = freeId(QStringLiteral("issue"), d.issues().size() + 1,
                [&](const QString& x) { return d.issueIndex(x) >= 0; });
            const auto edit = Command::addIssue(m_document, { id, tr("New issue"), {} }, -1);
            if (!edit.ok())
                statusBar()->showMessage(edit.message(), 6000);
            else
                issues->view()->edit(m_issuesModel->index(int(m_document->dossier().issueIndex(id)), 0));
        },
        tr("Remove issue"),
        [this](int row) {
            const auto edit = Command::removeIssue(m_document, m_document->dossier().issues().value(row).id);
            if (!edit.ok())
                QMessageBox::information(this, tr("Issue not removed"), edit.message());
        });
    issues->addButton(tr("Edit axis…"), QStringLiteral("editAxis"), [this](int row) { editAxis(row); });
    m_statusHistory = new QTableWidget(0, 5, issues);
    m_statusHistory->setObjectName(QStringLiteral("statusHistory"));
    m_statusHistory->setAccessibleName(tr("Status history of the selected issue"));
    m_statusHistory->setHorizontalHeaderLabels({ tr("Effective"), tr("Status"), tr("Note"), tr("Recorded"), tr("Retracted") });
    m_statusHistory->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_statusHistory->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_statusHistory->verticalHeader()->setVisible(false);
    m_statusHistory->horizontalHeader()->setStretchLastSection(true);
    m_statusHistory->setMaximumHeight(160);
    auto* retractStatus = new QPushButton(tr("Retract selected status"), issues);
    retractStatus->setObjectName(QStringLiteral("retractStatus"));
    issues->addWidget(m_statusHistory);
    issues->addWidget(retractStatus);
    connect(retractStatus, &QPushButton::clicked, this, [this] {
        const auto* item = m_statusHistory->item(m_statusHistory->currentRow(), 0);
        if (item) {
            const auto edit = Command::retractStatus(m_document, item->data(Qt::UserRole).toLongLong());
            if (!Command::applied(edit))
                statusBar()->showMessage(edit.ok() ? tr("That status change is already retracted") : edit.message(), 5000);
        }
    });
    connect(m_issuesView->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::updateStatusHistory);
    connect(m_document, &Document::statusChanged, this, &MainWindow::updateStatusHistory);
    connect(m_document, &Document::reset, this, &MainWindow::updateStatusHistory);
    connect(m_issuesView, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        if (i.column() != 0)
            editStatus(i.row());
    });

    auto* parties = new TablePanel(m_partiesModel, QStringLiteral("parties"), tr("Parties"), this);
    m_partiesView = parties->view();
    parties->setActions(
        tr("Add party"),
        [this, parties] {
            static const char* palette[] = { "#1f77b4", "#ff7f0e", "#2ca02c", "#d62728", "#9467bd", "#8c564b" };
            const auto& d = m_document->dossier();
            const QString id = freeId(QStringLiteral("party"), d.parties().size() + 1,
                [&](const QString& x) { return d.partyIndex(x) >= 0; });
            Party p { id, tr("New party"), {}, QString::fromLatin1(palette[d.parties().size() % 6]) };
            const auto edit = Command::addParty(m_document, p, -1);
            if (!edit.ok())
                statusBar()->showMessage(edit.message(), 6000);
            else
                parties->view()->edit(m_partiesModel->index(int(m_document->dossier().partyIndex(id)), 0));
        },
        tr("Remove party"),
        [this](int row) {
            const auto edit = Command::removeParty(m_document, m_document->dossier().parties().value(row).id);
            if (!edit.ok())
                QMessageBox::information(this, tr("Party not removed"), edit.message());
        });
    // Capabilities: "Set capability…" (also in the table's context menu) and the current party's history of them.
    parties->addButton(tr("Set capability…"), QStringLiteral("setCapability"), [this](int row) { editCapability(row, -1); });
    auto* setCapability = new QAction(tr("Set capability…"), m_partiesView);
    setCapability->setObjectName(QStringLiteral("setCapabilityAction"));
    connect(setCapability, &QAction::triggered, this, [this] {
        const QModelIndex current = m_partiesView->currentIndex();
        if (current.isValid())
            editCapability(current.row(), -1);
    });
    m_partiesView->addAction(setCapability);
    m_partiesView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_capabilityHistory = new QTableWidget(0, 6, parties);
    m_capabilityHistory->setObjectName(QStringLiteral("capabilityHistory"));
    m_capabilityHistory->setAccessibleName(tr("Capability history of the selected party"));
    m_capabilityHistory->setHorizontalHeaderLabels(
        { tr("Effective"), tr("Issue"), tr("Capability"), tr("Note"), tr("Recorded"), tr("Retracted") });
    m_capabilityHistory->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_capabilityHistory->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_capabilityHistory->verticalHeader()->setVisible(false);
    m_capabilityHistory->horizontalHeader()->setStretchLastSection(true);
    m_capabilityHistory->setMaximumHeight(160);
    auto* retractCapability = new QPushButton(tr("Retract selected capability"), parties);
    retractCapability->setObjectName(QStringLiteral("retractCapability"));
    parties->addWidget(m_capabilityHistory);
    parties->addWidget(retractCapability);
    connect(retractCapability, &QPushButton::clicked, this, [this] {
        const auto* item = m_capabilityHistory->item(m_capabilityHistory->currentRow(), 0);
        if (item) {
            const auto edit = Command::retractCapability(m_document, item->data(Qt::UserRole).toLongLong());
            if (!Command::applied(edit))
                statusBar()->showMessage(
                    edit.ok() ? tr("That capability change is already retracted") : edit.message(), 5000);
        }
    });
    connect(m_partiesView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::updateCapabilityHistory);
    connect(m_document, &Document::capabilityChanged, this, &MainWindow::updateCapabilityHistory);
    connect(m_document, &Document::reset, this, &MainWindow::updateCapabilityHistory);

    auto* sources = new TablePanel(m_sourcesModel, QStringLiteral("sources"), tr("Sources"), this);
    m_sourcesView = sources->view();
    // Every column edits in place (F2, typing, double-click; the grades with a list of their meanings); Return
    // or "Edit source…" opens the whole source in a dialog, one undo step for all its fields.
    m_sourcesView->setItemDelegate(
        new ChoiceDelegate(SourcesModel::ChoicesRole, SourcesModel::ChoiceLabelsRole, m_sourcesView));
    sources->setActions(
        tr("Add source…"),
        [this] {
            if (refuseEditing())
                return;
            const auto& d = m_document->dossier();
            Source s;
            s.id = freeId(QStringLiteral("source"), d.sources().size() + 1,
                [&](const QString& x) { return d.sourceIndex(x) >= 0; });
            SourceDialog dialog(s, true, this);
            if (dialog.exec() != QDialog::Accepted)
                return;
            const auto edit = Command::addSource(m_document, dialog.source(), -1);
            if (!edit.ok())
                statusBar()->showMessage(edit.message(), 6000);
            else
                m_sourcesView->setCurrentIndex(m_sourcesModel->index(int(m_document->dossier().sourceIndex(s.id)), 0));
        },
        tr("Remove source"),
        [this](int row) {
            const auto edit = Command::removeSource(m_document, m_document->dossier().sources().value(row).id);
            if (!edit.ok())
                QMessageBox::information(this, tr("Source not removed"), edit.message());
        });
    sources->addButton(tr("Edit source…"), QStringLiteral("sourcesEdit"), [this](int row) { editSource(row); });
    connect(m_sourcesView, &QTableView::activated, this, [this](const QModelIndex& i) { editSource(i.row()); });
    connect(m_sourcesModel, &SourcesModel::editRefused, this,
        [this](const QString& message) { statusBar()->showMessage(message, 8000); });
    auto* issuesDock = dock(tr("Issues"), QStringLiteral("issuesDock"), issues, Qt::LeftDockWidgetArea);
    auto* partiesDock = dock(tr("Parties"), QStringLiteral("partiesDock"), parties, Qt::LeftDockWidgetArea);
    auto* sourcesDock = dock(tr("Sources"), QStringLiteral("sourcesDock"), sources, Qt::LeftDockWidgetArea);
    tabifyDockWidget(issuesDock, partiesDock);
    tabifyDockWidget(partiesDock, sourcesDock);
    issuesDock->raise();
    resizeDocks({ issuesDock, historyDock }, { 250, 250 }, Qt::Horizontal);
    resizeDocks({ timelineDock }, { 230 }, Qt::Vertical);
}

ErasDialog* MainWindow::showEras(const QString& eraId, qint64 startMsecs)
{
    if (!m_erasDialog)
        m_erasDialog = new ErasDialog(m_document, this);
    if (!eraId.isEmpty())
        m_erasDialog->selectEra(eraId);
    else if (startMsecs != std::numeric_limits<qint64>::min())
        m_erasDialog->prepareNewEra(startMsecs);
    m_erasDialog->show();
    m_erasDialog->raise();
    m_erasDialog->activateWindow();
    return m_erasDialog;
}

void MainWindow::editSource(int row)
{
    const auto& sources = m_document->dossier().sources();
    if (row < 0 || row >= sources.size() || refuseEditing())
        return;
    SourceDialog dialog(sources[row], false, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (const auto edit = Command::editSource(m_document, dialog.source()); !edit.ok())
        statusBar()->showMessage(edit.message(), 6000);
}

} // namespace Entente
