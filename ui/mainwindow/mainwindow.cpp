// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "isodateedit.h"
#include "suggestedpath.h"
#include "mainwindow_p.h"
#include "settingsdialog.h"

#include "asofcontrol.h"
#include "colorscheme.h"
#include "chartpanel.h"
#include "export/briefingexporter.h"
#include "export/exportimagedialog.h"
#include "export/exportoptions.h"
#include "export/imageexporter.h"
#include "export/printing.h"
#include "viewfactory.h"
#include "cellhistorymodel.h"
#include "axisdialog.h"
#include "changeeditordialog.h"
#include "commands.h"
#include "document.h"
#include "exporttext.h"
#include "dossierio.h"
#include "eventeditor.h"
#include "eventfilterbar.h"
#include "import/importwizard.h"
#include "tablepanel.h"
#include "team/conflictdialog.h"
#include "teamlocation.h"
#include "eventsmodel.h"
#include "issuesmodel.h"
#include "matrix/matrixview.h"
#include "partiesmodel.h"
#include "positionmatrixmodel.h"
#include "sourcesmodel.h"
#include "timeline/timelineview.h"
#include "whatchanged.h"
#include "whatchangedpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCloseEvent>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDockWidget>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
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

namespace {
    constexpr int MaxRecent = 8;
}

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
{
    setObjectName(QStringLiteral("mainWindow"));
    // The remembered colour scheme, before any widget exists (System leaves the platform's palette alone).
    if (m_settings)
        ColorSchemes::apply(ColorSchemes::saved(*m_settings));
    m_document = new Document(this);
    m_document->setUserName(SettingsDialog::analystName(*m_settings));
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
    m_compareDate = new IsoDateEdit(compareBar);
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
        if (on)
            showDefaultCompareDate();
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
    createSearchDock();
    createActions();
    statusBar()->showMessage(tr("Ready"));

    m_loadProgress = new QProgressBar(this);
    m_loadProgress->setObjectName(QStringLiteral("eventLoadProgress"));
    m_loadProgress->setAccessibleName(tr("Loading events"));
    m_loadProgress->setRange(0, 1000);
    m_loadProgress->setMaximumWidth(220);
    m_loadProgress->setVisible(false);
    statusBar()->addPermanentWidget(m_loadProgress);
    connect(m_document, &Document::eventLoadProgress, this, &MainWindow::onEventLoadProgress);
    connect(m_document, &Document::reset, this, [this] {
        if (!m_document->isBusy()) // closed, or another dossier opened, mid-load
            hideBackgroundProgress();
    });
    connect(m_document, &Document::importProgress, this, [this](qint64 rows, qint64 total) {
        showBackgroundProgress(tr("Saving %1 imported events… %2 %"), rows, total);
        updateTitle();
    });
    connect(m_document, &Document::importFinished, this, &MainWindow::onImportFinished);
    connect(m_document, &Document::eventsReset, this, &MainWindow::onEventsLoaded);
    connect(m_document, &Document::eventLoadFailed, this, &MainWindow::onEventLoadFailed);
    connect(m_document, &Document::writeFailed, this, &MainWindow::showWriteError);
    // Team mode: others' edits, the connection, and an edit that lost a race (team/conflictdialog.h).
    connect(m_document, &Document::remoteNotice, this, [this](const QString& notice) {
        statusBar()->showMessage(notice, 8000);
    });
    connect(m_document, &Document::connectionChanged, this, [this](bool connected, const QString& reason) {
        statusBar()->showMessage(connected ? tr("Reconnected to the team server") : tr("Read-only: %1").arg(reason));
        updateTitle();
    });
    connect(m_document, &Document::conflictDetected, this, [this] {
        if (findChild<ConflictDialog*>())
            return; // the open dialog shows the new conflict itself
        auto* dialog = new ConflictDialog(m_document, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    connect(m_document, &Document::metaChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::reset, this, &MainWindow::updateTitle);
    connect(m_document->undoStack(), &QUndoStack::cleanChanged, this, &MainWindow::updateTitle);
    connect(m_document, &Document::asOfChanged, this, [this] {
        updateCompareSummary();
        if (!m_path.isEmpty())
            m_settings->setValue(QStringLiteral("asOf/") + TeamLocation::withoutPassword(m_path), m_document->asOf());
    });
    connect(m_document, &Document::positionChanged, this, &MainWindow::updateCompareSummary);
    restoreState();
    updateTitle();
}

MainWindow::~MainWindow()
{
    m_document->close(); // the store closes before the lock is released
}


void MainWindow::restoreState()
{
    if (!restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1280, 800);
    QMainWindow::restoreState(m_settings->value(QStringLiteral("window/state")).toByteArray(), DockLayoutVersion);
}

void MainWindow::saveState()
{
    m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("window/state"), QMainWindow::saveState(DockLayoutVersion));
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
    // The dossier's name is data: isolated, so bidi controls in it cannot reorder the app's words around it.
    name = ExportText::isolated(ExportText::withoutControls(name));
    if (m_document->isLoadingEvents())
        name += tr(" (loading events)");
    else if (m_document->isImporting())
        name += tr(" (importing)");
    else if (m_document->isReadOnly())
        name += tr(" (read-only)");
    // No "modified" marker: every edit is already written to the file (there is no Save).
    setWindowTitle(name + QStringLiteral(" — Entente"));
}

bool MainWindow::openFile(const QString& path, bool quiet)
{
    // Reopening the open dossier: this window holds its lock, which would make the new open read-only.
    const QString location = QFileInfo::exists(path) ? QFileInfo(path).absoluteFilePath() : path;
    if (!m_path.isEmpty() && location == m_path)
        m_document->close();
    Document::OpenOptions options;
    // A team dossier has no lock to ask about: a role that may only read gets it read-only, with the reason.
    options.access = quiet || DossierIO::isTeamLocation(path) ? Document::Access::ReadWriteElseReadOnly
                                                              : Document::Access::ReadWrite;
    if (m_backgroundThreshold >= 0)
        options.backgroundThreshold = m_backgroundThreshold;
    m_loadClock.start();
    m_quietLoad = quiet;
    m_lastOpenError.clear();
    auto opened = m_document->openLocation(path, options);
    QString notice = opened.ok() ? opened.value() : QString();
    if (!opened.ok() && opened.error().kind() == Error::Kind::Locked) {
        // Someone else has it open for writing: say who, and offer it read-only.
        const auto answer = QMessageBox::question(this, tr("Dossier in use"),
            tr("%1\n\nOpen it read-only?").arg(opened.message()), QMessageBox::Open | QMessageBox::Cancel,
            QMessageBox::Open);
        if (answer != QMessageBox::Open)
            return false;
        options.access = Document::Access::ReadOnly;
        notice = tr("Read-only: %1").arg(opened.message());
        opened = m_document->openLocation(path, options);
    }
    if (!opened.ok()) {
        m_lastOpenError = opened.message();
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot open dossier"), opened.message());
        return false;
    }
    if (!opened.value().isEmpty())
        notice = opened.value();
    m_path = m_document->location().isEmpty() ? location : m_document->location();
    if (m_document->isLoadingEvents())
        onEventLoadProgress(0, m_document->expectedEventCount());
    m_document->undoStack()->clear();
    m_document->undoStack()->setClean();
    // Restore the last as-of date for this dossier, else the latest dated item.
    const QVariant last = m_settings->value(QStringLiteral("asOf/") + TeamLocation::withoutPassword(m_path));
    const auto range = m_document->dossier().dateRange();
    if (last.isValid())
        m_document->setAsOf(last.toLongLong());
    else if (range)
        m_document->setAsOf(range->second);
    // Without a remembered date the latest dated item decides, and events still loading may be later.
    m_asOfAwaitsEvents = !last.isValid() && m_document->isLoadingEvents() ? std::optional(m_document->asOf()) : std::nullopt;
    m_settings->setValue(QStringLiteral("lastDossier"), TeamLocation::withoutPassword(m_path)); // never a password
    addRecent(m_path);
    updateTitle();
    statusBar()->showMessage(
        notice.isEmpty() ? tr("Opened %1").arg(QDir::toNativeSeparators(TeamLocation::withoutPassword(m_path))) : notice, 8000);
    m_matrix->setCurrentIndex(m_matrixModel->index(0, 0));
    m_issuesView->setCurrentIndex(m_issuesModel->index(0, 0));
    return true;
}

bool MainWindow::refuseEditing()
{
    if (m_document->isLoadingEvents())
        statusBar()->showMessage(tr("The events are still loading; edits are possible once they are in"), 5000);
    else if (m_document->isImporting())
        statusBar()->showMessage(tr("An import is being saved; edits are possible once it is in"), 5000);
    else if (m_document->isReadOnly())
        statusBar()->showMessage(tr("The dossier is open read-only"), 5000);
    else
        return false;
    return true;
}

void MainWindow::showBackgroundProgress(const QString& what, qint64 rows, qint64 total)
{
    const int permille = total > 0 ? int(std::min<qint64>(1000, rows * 1000 / total)) : 0;
    m_loadProgress->setValue(permille);
    m_loadProgress->setVisible(true);
    const QString text = what.arg(QLocale().toString(total)).arg(permille / 10);
    m_loadProgress->setFormat(text);
    m_loadProgress->setToolTip(text);
    m_timeline->setPlaceholderText(text);
}

void MainWindow::hideBackgroundProgress()
{
    m_loadProgress->setVisible(false);
    m_timeline->setPlaceholderText({});
}

void MainWindow::onEventLoadProgress(qint64 rows, qint64 total)
{
    showBackgroundProgress(tr("Loading %1 events… %2 %"), rows, total);
}

void MainWindow::onEventsLoaded()
{
    hideBackgroundProgress();
    if (m_asOfAwaitsEvents && *m_asOfAwaitsEvents == m_document->asOf()) // not moved by the analyst meanwhile
        if (const auto range = m_document->dossier().dateRange())
            m_document->setAsOf(range->second);
    m_asOfAwaitsEvents.reset();
    updateTitle();
    statusBar()->showMessage(tr("Loaded %1 events in %2 s")
                                 .arg(QLocale().toString(m_document->dossier().events().size()))
                                 .arg(QLocale().toString(m_loadClock.elapsed() / 1000.0, 'f', 1)),
        8000);
}

void MainWindow::onEventLoadFailed(const QString& message)
{
    hideBackgroundProgress();
    updateTitle();
    statusBar()->showMessage(message);
    if (!m_quietLoad)
        QMessageBox::warning(this, tr("Cannot open dossier"), message);
}

void MainWindow::addRecent(const QString& location)
{
    const QString path = TeamLocation::withoutPassword(location); // a team URI is remembered without a password
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
        // A file by its name, a team dossier as "berlin-talks on db.example.org".
        auto* a = m_recentMenu->addAction(QStringLiteral("&%1 %2").arg(++n).arg(TeamLocation::displayName(path)));
        a->setToolTip(path.toHtmlEscaped());
        connect(a, &QAction::triggered, this, [this, path] { openFile(path); });
    }
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::showWriteError(const QString& message)
{
    if (m_document->lastWriteError().kind() == Error::Kind::Conflict) {
        statusBar()->showMessage(message, 8000); // the conflict dialog follows with both versions
        return;
    }
    QMessageBox::critical(this, tr("Change not saved"),
        tr("The change could not be written to the dossier file and was not applied:\n%1").arg(message));
}

void MainWindow::editCell(int party, int issue)
{
    if (!m_document->isOpen() || party < 0 || issue < 0)
        return;
    if (refuseEditing())
        return;
    ChangeEditorDialog dialog(m_document->dossier(), ChangeEditorDialog::Mode::Position, party, issue, m_document->asOf(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto edit = Command::recordPosition(m_document, dialog.positionChange());
    if (!Command::applied(edit))
        statusBar()->showMessage(
            edit.ok() ? tr("Nothing changed: that position is already in force") : edit.message(), 5000);
}

void MainWindow::editStatus(int issue)
{
    if (!m_document->isOpen() || issue < 0)
        return;
    if (refuseEditing())
        return;
    ChangeEditorDialog dialog(m_document->dossier(), ChangeEditorDialog::Mode::Status, -1, issue, m_document->asOf(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto edit = Command::recordStatus(m_document, dialog.statusChange());
    if (!Command::applied(edit))
        statusBar()->showMessage(
            edit.ok() ? tr("Nothing changed: that status is already in force") : edit.message(), 5000);
}

void MainWindow::editCapability(int party, int issue)
{
    if (!m_document->isOpen() || m_document->dossier().parties().isEmpty())
        return;
    if (refuseEditing())
        return;
    ChangeEditorDialog dialog(
        m_document->dossier(), ChangeEditorDialog::Mode::Capability, party, issue, m_document->asOf(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto edit = Command::recordCapability(m_document, dialog.capabilityChange());
    if (!Command::applied(edit))
        statusBar()->showMessage(
            edit.ok() ? tr("Nothing changed: that capability is already in force") : edit.message(), 5000);
}

void MainWindow::editAxis(int issue)
{
    if (!m_document->isOpen() || issue < 0 || issue >= m_document->dossier().issues().size())
        return;
    if (refuseEditing())
        return;
    Issue edited = m_document->dossier().issues()[issue];
    AxisDialog dialog(edited, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    edited.axis = dialog.axis();
    const auto edit = Command::editIssue(m_document, edited);
    if (!edit.ok())
        QMessageBox::information(this, tr("Axis not changed"), edit.message());
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

void MainWindow::showDefaultCompareDate()
{
    // The default comparison: the change step before the as-of date, a date inside the dossier.
    if (const auto step = WhatChanged::previousStep(m_document->dossier(), m_document->asOf())) {
        const QSignalBlocker block(m_compareDate);
        m_compareDate->setDate(QDateTime::fromMSecsSinceEpoch(*step, Qt::UTC).date());
    }
}

void MainWindow::updateCompareSummary()
{
    if (m_whatChanged) {
        const qint64 asOf = m_document->asOf();
        const auto from = m_compare->isChecked() && m_matrixModel->compareDate() ? m_matrixModel->compareDate()
                                                                                  : WhatChanged::previousStep(m_document->dossier(), asOf);
        m_whatChanged->setPeriod(from.value_or(asOf), asOf);
    }
    if (!m_compare->isChecked()) {
        showDefaultCompareDate(); // greyed, it shows what turning compare on would compare with
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
    if (!m_document->isLoadingEvents()) // "0 shown" would be wrong while they load; the progress bar speaks
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

void MainWindow::updateCapabilityHistory()
{
    m_capabilityHistory->setRowCount(0);
    const QModelIndex current = m_partiesView->currentIndex();
    if (!current.isValid())
        return;
    const auto& d = m_document->dossier();
    for (const auto* c : d.capabilityHistory(current.row())) {
        const int row = m_capabilityHistory->rowCount();
        m_capabilityHistory->insertRow(row);
        auto* effective = new QTableWidgetItem(c->effective.display());
        effective->setData(Qt::UserRole, c->id);
        m_capabilityHistory->setItem(row, 0, effective);
        const qsizetype issue = c->issueId.isEmpty() ? -1 : d.issueIndex(c->issueId);
        m_capabilityHistory->setItem(
            row, 1, new QTableWidgetItem(issue < 0 ? tr("Every issue") : d.issues()[issue].name));
        m_capabilityHistory->setItem(row, 2, new QTableWidgetItem(QLocale().toString(c->value)));
        m_capabilityHistory->setItem(row, 3, new QTableWidgetItem(c->note));
        m_capabilityHistory->setItem(row, 4,
            new QTableWidgetItem(tr("%1 by %2").arg(PartialDate::fromMsecs(c->recordedAt, Precision::Minute).display(), c->recordedBy)));
        m_capabilityHistory->setItem(row, 5, new QTableWidgetItem(c->retracted ? tr("retracted") : QString()));
    }
}

void MainWindow::retractSelectedChange()
{
    const QModelIndex i = m_historyView->currentIndex();
    if (!i.isValid())
        return;
    const qint64 id = m_historyModel->changeIdAt(i.row());
    const auto edit = Command::retractPosition(m_document, id);
    if (!Command::applied(edit))
        statusBar()->showMessage(edit.ok() ? tr("That change is already retracted") : edit.message(), 5000);
}

void MainWindow::newDossier()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("New Dossier"),
        QDir(dialogFolder(m_path)).filePath(tr("New dossier") + QStringLiteral(".entente")), tr("Entente dossiers (*.entente)"));
    if (path.isEmpty())
        return;
    Dossier empty;
    empty.name = QFileInfo(path).completeBaseName();
    if (const Status created = Document::createDossier(path, empty); !created.ok()) {
        QMessageBox::warning(this, tr("Cannot create dossier"), created.message());
        return;
    }
    openFile(path);
}

void MainWindow::openDialog()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Dossier"), dialogFolder(m_path),
        tr("Dossiers (*.entente *.json);;All files (*)"));
    if (!path.isEmpty())
        openFile(path);
}

void MainWindow::closeDossier()
{
    m_document->close();
    m_path.clear();
    updateTitle();
}


} // namespace Entente
