// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

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
#include "documentlock.h"
#include "dossierfile.h"
#include "fileopen.h"
#include "eventeditor.h"
#include "eventfilterbar.h"
#include "import/importwizard.h"
#include "tablepanel.h"
#include "eventsmodel.h"
#include "issuesmodel.h"
#include "matrix/matrixview.h"
#include "partiesmodel.h"
#include "positionmatrixmodel.h"
#include "sourcesmodel.h"
#include "timeline/timelineview.h"

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

namespace {
    constexpr int MaxRecent = 8;

    // The events model keeps its filter as bytes; the views take bits. Empty when everything passes.
    std::vector<bool> maskOf(const std::vector<quint8>& bytes)
    {
        if (std::all_of(bytes.begin(), bytes.end(), [](quint8 b) { return b != 0; }))
            return {};
        return std::vector<bool>(bytes.begin(), bytes.end());
    }

    QTableView* makeTable(QWidget* parent, const QString& objectName, const QString& accessible)
    {
        auto* v = new QTableView(parent);
        v->setObjectName(objectName);
        v->setAccessibleName(accessible);
        v->setSelectionBehavior(QAbstractItemView::SelectRows);
        v->setAlternatingRowColors(true);
        v->verticalHeader()->setVisible(false);
        v->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
        v->verticalHeader()->setDefaultSectionSize(v->fontMetrics().height() + 8);
        v->horizontalHeader()->setStretchLastSection(true);
        v->setWordWrap(false);
        return v;
    }
}

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    m_document = new Document(this);
    m_matrixModel = new PositionMatrixModel(m_document, this);
    m_eventsModel = new EventsModel(m_document, this);
    m_partiesModel = new PartiesModel(m_document, this);
    m_issuesModel = new IssuesModel(m_document, this);
    m_sourcesModel = new SourcesModel(m_document, this);
    m_historyModel = new CellHistoryModel(m_document, this);

    // Centre: as-of control, compare bar, matrix.
    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    m_asOf = new AsOfControl(m_document, central);
    layout->addWidget(m_asOf);
    auto* compareBar = new QWidget(central);
    auto* compareLayout = new QHBoxLayout(compareBar);
    compareLayout->setContentsMargins(6, 0, 6, 4);
    m_compare = new QCheckBox(tr("&Compare with"), compareBar);
    m_compare->setObjectName(QStringLiteral("compareToggle"));
    m_compareDate = new QDateEdit(compareBar);
    m_compareDate->setObjectName(QStringLiteral("compareDate"));
    m_compareDate->setAccessibleName(tr("Compare date"));
    m_compareDate->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_compareDate->setCalendarPopup(true);
    m_compareDate->setEnabled(false);
    m_compareSummary = new QLabel(compareBar);
    m_compareSummary->setObjectName(QStringLiteral("compareSummary"));
    m_compareSummary->setTextFormat(Qt::PlainText);
    m_compareSummary->setWordWrap(true);
    m_compareSummary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    compareLayout->addWidget(m_compare);
    compareLayout->addWidget(m_compareDate);
    compareLayout->addWidget(m_compareSummary, 1);
    layout->addWidget(compareBar);
    m_matrix = new MatrixView(central);
    m_matrix->setModel(m_matrixModel);
    layout->addWidget(m_matrix, 1);
    setCentralWidget(central);

    connect(m_compare, &QCheckBox::toggled, this, [this](bool on) {
        m_compareDate->setEnabled(on);
        setCompareDate(on ? std::optional<qint64>(QDateTime(m_compareDate->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())
                          : std::nullopt);
    });
    connect(m_compareDate, &QDateEdit::dateChanged, this, [this](QDate d) {
        if (m_compare->isChecked())
            setCompareDate(QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
    });
    connect(m_matrix, &MatrixView::editCellRequested, this, &MainWindow::editCell);
    connect(m_matrix, &MatrixView::editStatusRequested, this, &MainWindow::editStatus);
    connect(m_matrix, &MatrixView::currentCellChanged, this, &MainWindow::onCellChanged);

    createDocks();
    createActions();
    statusBar()->showMessage(tr("Ready"));

    connect(m_document, &Document::writeFailed, this, &MainWindow::showWriteError);
    connect(m_document, &Document::metaChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::reset, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::asOfChanged, this, [this] {
        updateCompareSummary();
        if (!m_path.isEmpty())
            m_settings->setValue(QStringLiteral("asOf/") + m_path, m_document->asOf());
    });
    connect(m_document, &Document::positionChanged, this, &MainWindow::updateCompareSummary);
    restoreState();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_document->close(); // the store closes before the lock is released
}

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
    timelineBar->addAction(QStringLiteral("+"), m_timeline, [this] { m_timeline->zoomBy(2.0); })->setToolTip(tr("Zoom in (+)"));
    timelineBar->addAction(QStringLiteral("−"), m_timeline, [this] { m_timeline->zoomBy(0.5); })->setToolTip(tr("Zoom out (−)"));
    timelineBar->addAction(tr("Zoom to selection"), m_timeline, &TimelineView::zoomToSelection);
    auto* goTo = new QDateEdit(timelineBar);
    goTo->setObjectName(QStringLiteral("timelineGoTo"));
    goTo->setAccessibleName(tr("Go to date"));
    goTo->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    goTo->setCalendarPopup(true);
    timelineBar->addWidget(new QLabel(tr("  Go to "), timelineBar));
    timelineBar->addWidget(goTo);
    connect(goTo, &QDateEdit::dateChanged, m_timeline,
        [this](QDate d) { m_timeline->goToDate(QDateTime(d, QTime(12, 0), Qt::UTC).toMSecsSinceEpoch()); });
    connect(m_document, &Document::reset, goTo, [this, goTo] {
        const QSignalBlocker block(goTo);
        goTo->setDate(QDateTime::fromMSecsSinceEpoch(m_document->asOf(), Qt::UTC).date());
    });
    tl->addWidget(timelineBar);
    tl->addWidget(m_timeline, 1);
    auto* timelineDock = dock(tr("Timeline"), QStringLiteral("timelineDock"), timelinePage, Qt::BottomDockWidgetArea);
    connect(m_document, &Document::reset, m_timeline, [this] {
        m_timeline->setDossier(&m_document->dossier());
        m_timeline->setAsOf(m_document->asOf());
    });
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
    m_eventsView = makeTable(events, QStringLiteral("eventsView"), tr("Events"));
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
    m_historyView = makeTable(history, QStringLiteral("historyView"), tr("Change history of the selected cell"));
    m_historyView->setModel(m_historyModel);
    auto* retract = new QPushButton(tr("&Retract selected change"), history);
    retract->setObjectName(QStringLiteral("retractChange"));
    connect(retract, &QPushButton::clicked, this, &MainWindow::retractSelectedChange);
    hl->addWidget(m_historyView);
    hl->addWidget(retract);
    auto* historyDock = dock(tr("History"), QStringLiteral("historyDock"), history, Qt::RightDockWidgetArea);
    tabifyDockWidget(findChild<QDockWidget*>(QStringLiteral("eventEditorDock")), historyDock);

    // Issues (with the status history of the current one), parties, sources (left, tabbed).
    auto* issues = new TablePanel(m_issuesModel, QStringLiteral("issues"), tr("Issues"), this);
    m_issuesView = issues->view();
    issues->setActions(
        tr("Add issue"),
        [this, issues] {
            const auto& d = m_document->dossier();
            QString id;
            for (int n = d.issues().size() + 1; id.isEmpty() || d.issueIndex(id) >= 0; ++n)
                id = QStringLiteral("issue-%1").arg(n);
            QString error;
            if (!Command::addIssue(m_document, { id, tr("New issue"), {} }, -1, &error))
                statusBar()->showMessage(error, 6000);
            else
                issues->view()->edit(m_issuesModel->index(int(m_document->dossier().issueIndex(id)), 0));
        },
        tr("Remove issue"),
        [this](int row) {
            QString error;
            if (!Command::removeIssue(m_document, m_document->dossier().issues().value(row).id, &error))
                QMessageBox::information(this, tr("Issue not removed"), error);
        });
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
        QString error;
        if (item && !Command::retractStatus(m_document, item->data(Qt::UserRole).toLongLong(), &error))
            statusBar()->showMessage(error.isEmpty() ? tr("That status change is already retracted") : error, 5000);
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
            QString id;
            for (int n = d.parties().size() + 1; id.isEmpty() || d.partyIndex(id) >= 0; ++n)
                id = QStringLiteral("party-%1").arg(n);
            Party p { id, tr("New party"), {}, QString::fromLatin1(palette[d.parties().size() % 6]) };
            QString error;
            if (!Command::addParty(m_document, p, -1, &error))
                statusBar()->showMessage(error, 6000);
            else
                parties->view()->edit(m_partiesModel->index(int(m_document->dossier().partyIndex(id)), 0));
        },
        tr("Remove party"),
        [this](int row) {
            QString error;
            if (!Command::removeParty(m_document, m_document->dossier().parties().value(row).id, &error))
                QMessageBox::information(this, tr("Party not removed"), error);
        });

    auto* sources = new TablePanel(m_sourcesModel, QStringLiteral("sources"), tr("Sources"), this);
    m_sourcesView = sources->view();
    sources->setActions(
        tr("Add source"),
        [this, sources] {
            const auto& d = m_document->dossier();
            QString id;
            for (int n = d.sources().size() + 1; id.isEmpty() || d.sourceIndex(id) >= 0; ++n)
                id = QStringLiteral("source-%1").arg(n);
            Source s;
            s.id = id;
            s.outlet = tr("New source");
            QString error;
            if (!Command::addSource(m_document, s, -1, &error))
                statusBar()->showMessage(error, 6000);
            else
                sources->view()->edit(m_sourcesModel->index(int(m_document->dossier().sourceIndex(id)), 0));
        },
        tr("Remove source"),
        [this](int row) {
            QString error;
            if (!Command::removeSource(m_document, m_document->dossier().sources().value(row).id, &error))
                QMessageBox::information(this, tr("Source not removed"), error);
        });
    connect(m_sourcesView, &QTableView::activated, this, [this](const QModelIndex& i) {
        if (i.column() != SourcesModel::UrlColumn)
            return;
        const QUrl url(m_sourcesModel->index(i.row(), SourcesModel::UrlColumn).data().toString());
        if (url.isValid() && (url.scheme() == u"https" || url.scheme() == u"http"))
            QDesktopServices::openUrl(url);
    });
    auto* issuesDock = dock(tr("Issues"), QStringLiteral("issuesDock"), issues, Qt::LeftDockWidgetArea);
    auto* partiesDock = dock(tr("Parties"), QStringLiteral("partiesDock"), parties, Qt::LeftDockWidgetArea);
    auto* sourcesDock = dock(tr("Sources"), QStringLiteral("sourcesDock"), sources, Qt::LeftDockWidgetArea);
    tabifyDockWidget(issuesDock, partiesDock);
    tabifyDockWidget(partiesDock, sourcesDock);
    issuesDock->raise();
    resizeDocks({ issuesDock, historyDock }, { 250, 250 }, Qt::Horizontal);
    resizeDocks({ timelineDock }, { 230 }, Qt::Vertical);
}

void MainWindow::createActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto add = [this](QMenu* menu, const QString& text, const QKeySequence& key, auto slot, const QString& name) {
        auto* a = menu->addAction(text);
        a->setObjectName(name);
        if (!key.isEmpty())
            a->setShortcut(key);
        connect(a, &QAction::triggered, this, slot);
        return a;
    };
    add(file, tr("&New…"), QKeySequence::New, &MainWindow::newDossier, QStringLiteral("actionNew"));
    add(file, tr("&Open…"), QKeySequence::Open, &MainWindow::openDialog, QStringLiteral("actionOpen"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    file->addSeparator();
    add(file, tr("&Import Events or Dossier…"), QKeySequence(Qt::CTRL | Qt::Key_I), &MainWindow::importDialog,
        QStringLiteral("actionImport"));
    add(file, tr("Export &Data…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E), &MainWindow::exportDataDialog,
        QStringLiteral("actionExportData"));
    auto* exportMenu = file->addMenu(tr("Export &Image"));
    add(exportMenu, tr("&Matrix…"), QKeySequence(Qt::CTRL | Qt::Key_E), [this] { exportImage(ExportView::Matrix); },
        QStringLiteral("actionExportMatrix"));
    add(exportMenu, tr("&Timeline…"), QKeySequence(), [this] { exportImage(ExportView::Timeline); },
        QStringLiteral("actionExportTimeline"));
    add(exportMenu, tr("&Chart…"), QKeySequence(), [this] { exportImage(ExportView::Chart); },
        QStringLiteral("actionExportChart"));
    auto* copyMenu = file->addMenu(tr("Cop&y Image"));
    add(copyMenu, tr("&Matrix"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), [this] { copyImage(ExportView::Matrix); },
        QStringLiteral("actionCopyMatrix"));
    add(copyMenu, tr("&Timeline"), QKeySequence(), [this] { copyImage(ExportView::Timeline); }, QStringLiteral("actionCopyTimeline"));
    add(copyMenu, tr("&Chart"), QKeySequence(), [this] { copyImage(ExportView::Chart); }, QStringLiteral("actionCopyChart"));
    add(file, tr("&Briefing PDF…"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { briefing(false); },
        QStringLiteral("actionBriefing"));
    file->addSeparator();
    auto* printMenu = file->addMenu(tr("&Print"));
    add(printMenu, tr("&Matrix…"), QKeySequence::Print, [this] { printView(ExportView::Matrix, false); },
        QStringLiteral("actionPrintMatrix"));
    add(printMenu, tr("&Timeline…"), QKeySequence(), [this] { printView(ExportView::Timeline, false); },
        QStringLiteral("actionPrintTimeline"));
    add(printMenu, tr("&Chart…"), QKeySequence(), [this] { printView(ExportView::Chart, false); },
        QStringLiteral("actionPrintChart"));
    auto* previewMenu = file->addMenu(tr("Print Pre&view"));
    add(previewMenu, tr("&Matrix"), QKeySequence(), [this] { printView(ExportView::Matrix, true); },
        QStringLiteral("actionPreviewMatrix"));
    add(previewMenu, tr("&Timeline"), QKeySequence(), [this] { printView(ExportView::Timeline, true); },
        QStringLiteral("actionPreviewTimeline"));
    add(previewMenu, tr("&Chart"), QKeySequence(), [this] { printView(ExportView::Chart, true); },
        QStringLiteral("actionPreviewChart"));
    add(previewMenu, tr("&Briefing"), QKeySequence(), [this] { briefing(true); }, QStringLiteral("actionPreviewBriefing"));
    file->addSeparator();
    add(file, tr("&Close"), QKeySequence::Close, &MainWindow::closeDossier, QStringLiteral("actionClose"));
    add(file, tr("&Quit"), QKeySequence::Quit, &QWidget::close, QStringLiteral("actionQuit"));

    auto* edit = menuBar()->addMenu(tr("&Edit"));
    auto* undo = m_document->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    undo->setObjectName(QStringLiteral("actionUndo"));
    auto* redo = m_document->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence(Qt::CTRL | Qt::Key_Y) });
    redo->setObjectName(QStringLiteral("actionRedo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    add(edit, tr("&Edit Position…"), QKeySequence(Qt::Key_F2), [this] {
        const QModelIndex i = m_matrix->currentIndex();
        if (i.isValid())
            editCell(i.row(), i.column());
    }, QStringLiteral("actionEditCell"));
    add(edit, tr("Edit Issue &Status…"), QKeySequence(Qt::SHIFT | Qt::Key_F2), [this] {
        const QModelIndex i = m_matrix->currentIndex();
        if (i.isValid())
            editStatus(i.column());
    }, QStringLiteral("actionEditStatus"));
    add(edit, tr("&Find Events"), QKeySequence::Find, [this] {
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("eventsDock"))) {
            d->show();
            d->raise();
        }
        m_filter->setFocus();
        m_filter->selectAll();
    }, QStringLiteral("actionFind"));
    add(edit, tr("New &Event"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("eventEditorDock"))) {
            d->show();
            d->raise();
        }
        m_eventEditor->newEvent();
    }, QStringLiteral("actionNewEvent"));

    auto* go = menuBar()->addMenu(tr("&Go"));
    add(go, tr("&Previous Change"), QKeySequence(Qt::ALT | Qt::Key_PageUp), [this] { m_asOf->stepToPreviousChange(); },
        QStringLiteral("actionPreviousChange"));
    add(go, tr("&Next Change"), QKeySequence(Qt::ALT | Qt::Key_PageDown), [this] { m_asOf->stepToNextChange(); },
        QStringLiteral("actionNextChange"));
    add(go, tr("&Today"), QKeySequence(Qt::CTRL | Qt::Key_T), [this] { m_asOf->goToToday(); }, QStringLiteral("actionToday"));
    add(go, tr("&Matrix"), QKeySequence(Qt::CTRL | Qt::Key_1), [this] { m_matrix->setFocus(); }, QStringLiteral("actionFocusMatrix"));
    add(go, tr("T&imeline"), QKeySequence(Qt::CTRL | Qt::Key_2), [this] {
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("timelineDock"))) {
            d->show();
            d->raise();
        }
        m_timeline->setFocus();
    }, QStringLiteral("actionFocusTimeline"));
    add(go, tr("&Events"), QKeySequence(Qt::CTRL | Qt::Key_3), [this] {
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("eventsDock"))) {
            d->show();
            d->raise();
        }
        m_eventsView->setFocus();
    }, QStringLiteral("actionFocusEvents"));

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    for (auto* d : findChildren<QDockWidget*>())
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewMenu->addSeparator();
    auto* compare = m_viewMenu->addAction(tr("&Compare Mode"));
    compare->setObjectName(QStringLiteral("actionCompare"));
    compare->setCheckable(true);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(compare, &QAction::toggled, m_compare, &QCheckBox::setChecked);
    connect(m_compare, &QCheckBox::toggled, compare, &QAction::setChecked);

    auto* help = menuBar()->addMenu(tr("&Help"));
    add(help, tr("&About Entente"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Entente"),
            tr("Entente %1 — follow a multi-party negotiation: a timeline of events and each party's position on "
               "each issue as of any date.\nLicensed under the GNU GPL, version 3 or later.")
                .arg(QApplication::applicationVersion()));
    }, QStringLiteral("actionAbout"));
    updateRecentMenu();
}

void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray());
}

void MainWindow::saveState()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), QMainWindow::saveState());
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    // Every edit is already on disk; closing loses nothing.
    saveState();
    event->accept();
}

void MainWindow::updateTitle()
{
    const auto& d = m_document->dossier();
    QString name = m_document->isOpen() ? d.name : tr("No dossier");
    if (name.isEmpty())
        name = QFileInfo(m_path).completeBaseName();
    if (m_document->isReadOnly())
        name += tr(" (read-only)");
    setWindowTitle(name + QStringLiteral("[*] — Entente"));
    setWindowModified(!m_document->undoStack()->isClean());
}

bool MainWindow::openFile(const QString& path, bool quiet)
{
    QString error;
    auto opened = openDossierInteractive(path, this, quiet, &error);
    if (!opened) {
        if (!quiet && !error.isEmpty())
            QMessageBox::warning(this, tr("Cannot open dossier"), error);
        return false;
    }
    m_document->close();
    m_lock = std::move(opened->lock);
    m_path = opened->path;
    m_document->open(std::move(opened->store), std::move(opened->dossier));
    m_document->undoStack()->clear();
    m_document->undoStack()->setClean();
    // Restore the last as-of date for this dossier, else the latest dated item.
    const QVariant last = m_settings->value(QStringLiteral("asOf/") + m_path);
    const auto range = m_document->dossier().dateRange();
    if (last.isValid())
        m_document->setAsOf(last.toLongLong());
    else if (range)
        m_document->setAsOf(range->second);
    m_settings->setValue(QStringLiteral("lastDossier"), m_path);
    addRecent(m_path);
    updateTitle();
    statusBar()->showMessage(opened->notice.isEmpty() ? tr("Opened %1").arg(QDir::toNativeSeparators(m_path)) : opened->notice, 8000);
    m_matrix->setCurrentIndex(m_matrixModel->index(0, 0));
    m_issuesView->setCurrentIndex(m_issuesModel->index(0, 0));
    return true;
}

void MainWindow::addRecent(const QString& path)
{
    QStringList recent = m_settings->value(QStringLiteral("recentFiles")).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecent)
        recent.removeLast();
    m_settings->setValue(QStringLiteral("recentFiles"), recent);
    updateRecentMenu();
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = m_settings->value(QStringLiteral("recentFiles")).toStringList();
    int n = 0;
    for (const auto& path : recent) {
        auto* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(QFileInfo(path).fileName()));
        a->setToolTip(path.toHtmlEscaped());
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showWriteError(const QString& message)
{
    QMessageBox::critical(this, tr("Change not saved"),
        tr("The change could not be written to the dossier file and was not applied:\n%1").arg(message));
}

void MainWindow::editCell(int party, int issue)
{
    if (!m_document->isOpen() || party < 0 || issue < 0)
        return;
    if (m_document->isReadOnly()) {
        statusBar()->showMessage(tr("The dossier is open read-only"), 5000);
        return;
    }
    ChangeEditorDialog dialog(m_document->dossier(), ChangeEditorDialog::Mode::Position, party, issue, m_document->asOf(), this);
    if (dialog.exec() == QDialog::Accepted && !Command::recordPosition(m_document, dialog.positionChange()))
        statusBar()->showMessage(tr("Nothing changed: that position is already in force"), 5000);
}

void MainWindow::editStatus(int issue)
{
    if (!m_document->isOpen() || issue < 0)
        return;
    if (m_document->isReadOnly()) {
        statusBar()->showMessage(tr("The dossier is open read-only"), 5000);
        return;
    }
    ChangeEditorDialog dialog(m_document->dossier(), ChangeEditorDialog::Mode::Status, -1, issue, m_document->asOf(), this);
    if (dialog.exec() == QDialog::Accepted && !Command::recordStatus(m_document, dialog.statusChange()))
        statusBar()->showMessage(tr("Nothing changed: that status is already in force"), 5000);
}

void MainWindow::setCompareDate(std::optional<qint64> msecs)
{
    m_matrixModel->setCompareDate(msecs);
    if (msecs && !m_compare->isChecked()) {
        const QSignalBlocker block(m_compare);
        m_compare->setChecked(true);
        m_compareDate->setEnabled(true);
    }
    if (msecs) {
        const QSignalBlocker block(m_compareDate);
        m_compareDate->setDate(QDateTime::fromMSecsSinceEpoch(*msecs, Qt::UTC).date());
    }
    updateCompareSummary();
}

void MainWindow::updateCompareSummary()
{
    if (!m_compare->isChecked()) {
        m_compareSummary->clear();
        return;
    }
    QStringList moves;
    for (int r = 0; r < m_matrixModel->rowCount(); ++r)
        for (int c = 0; c < m_matrixModel->columnCount(); ++c) {
            const QModelIndex i = m_matrixModel->index(r, c);
            const int dir = i.data(PositionMatrixModel::CompareDirectionRole).toInt();
            if (dir != 0)
                moves << tr("%1 on %2 %3 %4")
                             .arg(m_matrixModel->headerData(r, Qt::Vertical).toString(),
                                 m_matrixModel->headerData(c, Qt::Horizontal).toString(),
                                 dir > 0 ? tr("toward support:") : tr("toward opposition:"), i.data().toString());
        }
    m_compareSummary->setText(moves.isEmpty() ? tr("No stance moved between the two dates.")
                                              : tr("%n move(s): ", nullptr, int(moves.size())) + moves.join(QStringLiteral("; ")));
}

void MainWindow::onCellChanged(int party, int issue)
{
    m_cellParty = party;
    m_cellIssue = issue;
    const auto& d = m_document->dossier();
    if (party >= 0 && party < d.parties().size() && issue >= 0 && issue < d.issues().size())
        m_historyModel->setCell(d.parties()[party].id, d.issues()[issue].id);
    // Selecting a cell filters the events to that party and issue (the text filter still applies).
    applyEventFilter();
}

void MainWindow::applyEventFilter()
{
    EventFilter f = m_filterBar->filter();
    const auto& d = m_document->dossier();
    if (m_filterBar->followsCell() && m_cellParty >= 0 && m_cellParty < d.parties().size() && m_cellIssue >= 0
        && m_cellIssue < d.issues().size()) {
        f.parties = { d.parties()[m_cellParty].id };
        f.issues = { d.issues()[m_cellIssue].id };
    }
    m_eventsModel->setFilter(f);
    statusBar()->showMessage(tr("%n event(s) shown", nullptr, m_eventsModel->rowCount()), 3000);
}

void MainWindow::onEventSelectionChanged()
{
    const QModelIndex current = m_eventsView->currentIndex();
    QSet<QPair<int, int>> cells;
    QList<qint64> ids;
    if (current.isValid()) {
        const qint64 id = m_eventsModel->eventIdAt(current.row());
        ids << id;
        const auto& d = m_document->dossier();
        const auto row = d.events().rowOfId(id);
        if (row >= 0) {
            const QStringList parties = d.events().refTexts(row, EventStore::RefKind::Party);
            const QStringList issues = d.events().refTexts(row, EventStore::RefKind::Issue);
            for (const auto& p : parties)
                for (const auto& i : issues)
                    cells.insert({ int(d.partyIndex(p)), int(d.issueIndex(i)) });
        }
        m_eventEditor->showEvent(id);
    }
    m_matrix->setHighlightedCells(cells);
    m_timeline->setSelectedEventIds(ids);
}

void MainWindow::updateStatusHistory()
{
    m_statusHistory->setRowCount(0);
    const QModelIndex current = m_issuesView->currentIndex();
    if (!current.isValid())
        return;
    const auto& d = m_document->dossier();
    for (const auto* c : d.statusHistory(current.row())) {
        const int row = m_statusHistory->rowCount();
        m_statusHistory->insertRow(row);
        const auto* level = d.statusLevel(c->status);
        auto* effective = new QTableWidgetItem(c->effective.display());
        effective->setData(Qt::UserRole, c->id);
        m_statusHistory->setItem(row, 0, effective);
        m_statusHistory->setItem(row, 1, new QTableWidgetItem(level ? level->label : c->status));
        m_statusHistory->setItem(row, 2, new QTableWidgetItem(c->note));
        m_statusHistory->setItem(row, 3,
            new QTableWidgetItem(tr("%1 by %2").arg(PartialDate::fromMsecs(c->recordedAt, Precision::Minute).display(), c->recordedBy)));
        m_statusHistory->setItem(row, 4, new QTableWidgetItem(c->retracted ? tr("retracted") : QString()));
    }
}

void MainWindow::retractSelectedChange()
{
    const QModelIndex i = m_historyView->currentIndex();
    if (!i.isValid())
        return;
    const qint64 id = m_historyModel->changeIdAt(i.row());
    if (!Command::retractPosition(m_document, id))
        statusBar()->showMessage(tr("That change is already retracted"), 5000);
}

void MainWindow::newDossier()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Dossier"), QString(), tr("Entente dossiers (*.entente)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!createEmptyDossierFile(path, QFileInfo(path).completeBaseName(), &error)) {
        QMessageBox::warning(this, tr("Cannot create dossier"), error);
        return;
    }
    openFile(path);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dossier"), QFileInfo(m_path).absolutePath(),
        tr("Dossiers (*.entente *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::importDialog()
{
    if (!m_document->isOpen())
        return;
    if (m_document->isReadOnly()) {
        statusBar()->showMessage(tr("The dossier is open read-only"), 5000);
        return;
    }
    // The wizard imports into a copy in the background; only a complete result is adopted, in one write.
    ImportWizard wizard(m_document->dossier(), this);
    if (wizard.exec() != QDialog::Accepted || !wizard.result())
        return;
    const qsizetype before = m_document->dossier().events().size();
    const QString error = m_document->applyImportDossier(*wizard.result());
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Import failed"), tr("Nothing was imported.\n%1").arg(error));
    else
        statusBar()->showMessage(
            tr("Imported %n event(s)", nullptr, int(m_document->dossier().events().size() - before)), 5000);
}

void MainWindow::exportDataDialog()
{
    if (!m_document->isOpen())
        return;
    QString filter;
    const QString timelineJs = tr("TimelineJS3 web timeline of the visible period (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Data"), QString(),
        tr("Whole dossier as JSON (*.json);;Events as CSV (*.csv)") + u";;"_qs + timelineJs, &filter);
    if (path.isEmpty())
        return;
    QString error;
    const bool asTimelineJs = filter == timelineJs;
    if (!exportDossierData(m_document->dossier(), path, &error, asTimelineJs ? QStringLiteral("timelinejs") : QString(),
            asTimelineJs ? m_timeline->scale().start() : PartialDate::Invalid,
            asTimelineJs ? m_timeline->scale().end() : PartialDate::Invalid))
        QMessageBox::warning(this, tr("Export failed"), error);
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

std::unique_ptr<Paintable> MainWindow::paintableFor(ExportView view) const
{
    const auto& d = m_document->dossier();
    switch (view) {
    case ExportView::Matrix:
        return makeMatrixPaintable(d, m_document->asOf(),
            m_compare->isChecked() ? std::optional<qint64>(QDateTime(m_compareDate->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch())
                                   : std::nullopt);
    case ExportView::Timeline:
        return makeTimelinePaintable(d, m_timeline->scale().start(), m_timeline->scale().end(), m_document->asOf(),
            maskOf(m_eventsModel->rowMask()));
    case ExportView::Chart:
        return m_charts->paintable();
    }
    return nullptr;
}

ExportOptions MainWindow::exportDefaults(ExportView view) const
{
    ExportOptions o;
    o.font = font();
    o.asOf = m_document->asOf();
    o.dossierName = m_document->dossier().name;
    o.sourceLine = true;
    o.asOfStamp = true;
    o.legend = false; // the matrix draws its own stance legend; the other views are not coloured by stance
    o.legendLevels = m_document->dossier().stanceScale();
    const QWidget* shown = view == ExportView::Matrix ? static_cast<QWidget*>(m_matrix)
        : view == ExportView::Timeline                ? static_cast<QWidget*>(m_timeline)
                                                      : static_cast<QWidget*>(m_charts);
    o.screenSize = shown->size();
    return o;
}

void MainWindow::exportImage(ExportView view)
{
    if (!m_document->isOpen())
        return;
    const auto paintable = paintableFor(view);
    ExportImageDialog dialog(*paintable, exportDefaults(view), this);
    dialog.exec();
}

void MainWindow::copyImage(ExportView view)
{
    if (!m_document->isOpen())
        return;
    ImageExporter exporter(exportDefaults(view));
    if (const QString e = exporter.copyToClipboard(*paintableFor(view)); !e.isEmpty())
        QMessageBox::warning(this, tr("Copy failed"), e);
    else
        statusBar()->showMessage(tr("Image copied to the clipboard"), 4000);
}

void MainWindow::printView(ExportView view, bool preview)
{
    if (!m_document->isOpen())
        return;
    const auto paintable = paintableFor(view);
    if (preview)
        Printing::previewView(this, *paintable, exportDefaults(view));
    else
        Printing::printViewWithDialog(this, *paintable, exportDefaults(view));
}

void MainWindow::briefing(bool preview)
{
    if (!m_document->isOpen())
        return;
    const auto& d = m_document->dossier();
    BriefingOptions options;
    options.asOf = m_document->asOf();
    options.from = m_timeline->scale().start();
    options.to = m_timeline->scale().end();
    BriefingExporter exporter(d, options);
    const auto matrix = paintableFor(ExportView::Matrix);
    const auto timeline = paintableFor(ExportView::Timeline);
    const auto chart = paintableFor(ExportView::Chart);
    const QList<BriefingExporter::Page> pages { { matrix.get(), {} }, { timeline.get(), {} }, { chart.get(), {} } };
    if (preview) {
        Printing::previewBriefing(this, exporter, pages);
        return;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Briefing PDF"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString e = exporter.exportTo(path, pages); !e.isEmpty())
        QMessageBox::warning(this, tr("Briefing not written"), e);
    else
        statusBar()->showMessage(tr("Briefing written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

void MainWindow::closeDossier()
{
    m_document->close();
    m_lock.reset();
    m_path.clear();
    updateTitle();
}

} // namespace Entente
