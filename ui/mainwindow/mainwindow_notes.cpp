// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's notes and saved views: the Notes and Saved Views docks, the View ▸ Saved Views menu, what a
// saved view keeps and how the window is set to one, and selecting what a note is pinned to.
#include "mainwindow.h"

#include "chartpanel.h"
#include "commands.h"
#include "document.h"
#include "eventeditor.h"
#include "eventfilterbar.h"
#include "eventsmodel.h"
#include "forecast/forecastpanel.h"
#include "matrix/matrixview.h"
#include "notedialog.h"
#include "notesmodel.h"
#include "notespanel.h"
#include "positionmatrixmodel.h"
#include "savedviewspanel.h"
#include "timeline/timelineview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QDockWidget>
#include <QInputDialog>
#include <QMenu>
#include <QMessageBox>
#include <QStatusBar>
#include <QTableView>

namespace Entente {

namespace {
    QString lanesKey(TimelineLanes::Mode mode)
    {
        switch (mode) {
        case TimelineLanes::Mode::Parties:
            return QStringLiteral("parties");
        case TimelineLanes::Mode::Issues:
            return QStringLiteral("issues");
        case TimelineLanes::Mode::Single:
            return QStringLiteral("single");
        }
        return {};
    }
}

void MainWindow::createNotesDocks()
{
    auto dock = [this](const QString& title, const QString& name, QWidget* w) {
        auto* d = new QDockWidget(title, this);
        d->setObjectName(name);
        d->setWidget(w);
        addDockWidget(Qt::RightDockWidgetArea, d);
        return d;
    };
    m_notesModel = new NotesModel(m_document, this);
    m_notes = new NotesPanel(m_document, m_notesModel, this);
    auto* notesDock = dock(tr("Notes"), QStringLiteral("notesDock"), m_notes);
    m_views = new SavedViewsPanel(m_document, this);
    auto* viewsDock = dock(tr("Saved Views"), QStringLiteral("savedViewsDock"), m_views);
    // The analyst's own material (notes, saved views and, see createSearchDock, search) is a second tab group,
    // added below the one that reads the dossier (editor, history, what changed, reliability), so that neither
    // group holds so many tabs that their titles are cut. (splitDockWidget() would only add a tab to a group.)
    tabifyDockWidget(notesDock, viewsDock);
    notesDock->raise();
    if (auto* whatChanged = findChild<QDockWidget*>(QStringLiteral("whatChangedDock")))
        whatChanged->raise(); // the default front tab stays What changed
    connect(m_notes, &NotesPanel::addRequested, this, &MainWindow::addNoteDialog);
    connect(m_notes, &NotesPanel::editRequested, this, &MainWindow::editNoteDialog);
    connect(m_notes, &NotesPanel::noteActivated, this, &MainWindow::showNoteTarget);
    connect(m_notes, &NotesPanel::message, this, [this](const QString& m) { statusBar()->showMessage(m, 6000); });
    connect(m_views, &SavedViewsPanel::applyRequested, this, [this](const QString& id) {
        const auto i = m_document->dossier().savedViewIndex(id);
        if (i >= 0)
            applyView(m_document->dossier().savedViews()[i]);
    });
    connect(m_views, &SavedViewsPanel::saveRequested, this, &MainWindow::saveViewDialog);
    connect(m_views, &SavedViewsPanel::message, this, [this](const QString& m) { statusBar()->showMessage(m, 6000); });
}

void MainWindow::rebuildSavedViewsMenu()
{
    if (!m_savedViewsMenu)
        return;
    m_savedViewsMenu->clear();
    auto* save = m_savedViewsMenu->addAction(tr("&Save Current View…"), this, &MainWindow::saveViewDialog);
    save->setObjectName(QStringLiteral("actionSaveView"));
    auto* scenario = m_savedViewsMenu->addAction(tr("Save Forecast S&cenario…"), this, &MainWindow::saveScenarioDialog);
    scenario->setObjectName(QStringLiteral("actionSaveScenario"));
    const auto& views = m_document->dossier().savedViews();
    if (!views.isEmpty())
        m_savedViewsMenu->addSeparator();
    for (const auto& v : views) {
        // The name is data: "&" would become a mnemonic. A view with a forecast scenario says so, as in the dock.
        const QString name = QString(v.name).replace(u'&', QStringLiteral("&&"));
        auto* a = m_savedViewsMenu->addAction(v.scenario ? tr("%1 — scenario").arg(name) : name);
        const QString id = v.id;
        connect(a, &QAction::triggered, this, [this, id] {
            const auto i = m_document->dossier().savedViewIndex(id);
            if (i >= 0)
                applyView(m_document->dossier().savedViews()[i]);
        });
    }
}

std::optional<qint64> MainWindow::compareDate() const { return m_matrixModel->compareDate(); }

SavedView MainWindow::currentView() const
{
    SavedView v;
    v.asOf = m_document->asOf();
    v.compareDate = m_matrixModel->compareDate();
    m_filterBar->readInto(v);
    v.timelineFrom = m_timeline->scale().start();
    v.timelineTo = m_timeline->scale().end();
    v.lanes = lanesKey(m_timeline->laneMode());
    m_charts->readInto(v);
    m_forecast->readInto(v);
    return v;
}

void MainWindow::applyView(const SavedView& v)
{
    m_document->setAsOf(v.asOf);
    if (v.compareDate) {
        setCompareDate(v.compareDate);
    } else if (m_compare->isChecked()) {
        m_compare->setChecked(false); // its handler turns compare mode off
    }
    m_filterBar->applyFrom(v);
    if (auto* lanes = findChild<QComboBox*>(QStringLiteral("timelineLanes"))) {
        const TimelineLanes::Mode mode = v.lanes == u"issues" ? TimelineLanes::Mode::Issues
            : v.lanes == u"single"                            ? TimelineLanes::Mode::Single
                                                              : TimelineLanes::Mode::Parties;
        lanes->setCurrentIndex(qMax(0, lanes->findData(int(mode))));
    }
    if (v.timelineFrom && v.timelineTo && *v.timelineTo > *v.timelineFrom) {
        TimeScale scale = m_timeline->scale();
        scale.fit(*v.timelineFrom, *v.timelineTo, 0);
        m_timeline->setScale(scale);
    }
    m_charts->applyFrom(v);
    m_forecast->applyFrom(v);
    statusBar()->showMessage(tr("View “%1”").arg(v.name), 4000);
}

bool MainWindow::saveView(const QString& name, bool replace)
{
    SavedView v = currentView();
    v.name = name;
    const auto& views = m_document->dossier().savedViews();
    const auto existing = m_document->dossier().savedViewByName(name);
    if (replace && existing >= 0) {
        v.id = views[existing].id; // the same view, new settings ("Update view …")
        v.name = views[existing].name;
    }
    const auto r = replace && existing >= 0 ? Command::editView(m_document, v) : Command::saveView(m_document, v);
    if (!r.ok())
        statusBar()->showMessage(r.message(), 6000);
    else if (v.scenario)
        m_forecast->setScenarioName(v.name.trimmed());
    return r.ok();
}

void MainWindow::askAndSaveView(const QString& title, const QString& label, const QString& suggested)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, label, QLineEdit::Normal, suggested, &ok);
    if (!ok)
        return;
    const auto existing = m_document->dossier().savedViewByName(name);
    if (existing >= 0
        && QMessageBox::question(this, title,
               tr("A view named “%1” exists already. Replace its settings with the current ones?")
                   .arg(m_document->dossier().savedViews()[existing].name))
            != QMessageBox::Yes)
        return;
    saveView(name, existing >= 0);
}

void MainWindow::saveViewDialog()
{
    if (refuseEditing())
        return;
    askAndSaveView(
        tr("Save View"), tr("Name of the view:"), tr("View %1").arg(m_document->dossier().savedViews().size() + 1));
}

void MainWindow::saveScenarioDialog()
{
    if (refuseEditing())
        return;
    if (!m_forecast->savedScenario()) {
        statusBar()->showMessage(
            tr("No scenario to save: turn on What if in the Forecast dock and change a party's value."), 6000);
        return;
    }
    const QString suggested = !m_forecast->scenarioName().isEmpty()
        ? m_forecast->scenarioName()
        : tr("Scenario %1").arg(m_document->dossier().savedViews().size() + 1);
    askAndSaveView(
        tr("Save Scenario"), tr("Name of the scenario (saved as a view, with the current view):"), suggested);
}

void MainWindow::addNoteDialog()
{
    if (refuseEditing())
        return;
    // Pinned to what the analyst is looking at: the selected event, else the selected cell, else the as-of date.
    Note n;
    const auto& d = m_document->dossier();
    const QModelIndex current = m_eventsView->currentIndex();
    if (current.isValid()) {
        n.target = NoteTarget::Event;
        n.eventId = m_eventsModel->eventIdAt(current.row());
    } else if (m_cellParty >= 0 && m_cellParty < d.parties().size() && m_cellIssue >= 0 && m_cellIssue < d.issues().size()) {
        n.target = NoteTarget::Cell;
        n.partyId = d.parties()[m_cellParty].id;
        n.issueId = d.issues()[m_cellIssue].id;
    } else {
        n.target = NoteTarget::Date;
        n.date = PartialDate { m_document->asOf(), Precision::Day };
    }
    NoteDialog dialog(d, n, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto r = Command::addNote(m_document, dialog.note());
    if (!r.ok())
        statusBar()->showMessage(r.message(), 6000);
}

void MainWindow::editNoteDialog(const QString& id)
{
    if (refuseEditing())
        return;
    const auto i = m_document->dossier().noteIndex(id);
    if (i < 0)
        return;
    NoteDialog dialog(m_document->dossier(), m_document->dossier().notes()[i], this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const auto r = Command::editNote(m_document, dialog.note());
    if (!r.ok())
        statusBar()->showMessage(r.message(), 6000);
}

void MainWindow::showNoteTarget(const QString& noteId)
{
    const auto& d = m_document->dossier();
    const auto i = d.noteIndex(noteId);
    if (i < 0)
        return;
    const Note& n = d.notes()[i];
    auto raise = [this](const char* name) {
        if (auto* dock = findChild<QDockWidget*>(QLatin1String(name))) {
            dock->show();
            dock->raise();
        }
    };
    switch (n.target) {
    case NoteTarget::Date:
        m_document->setAsOf(n.date.msecs);
        {
            TimeScale scale = m_timeline->scale();
            scale.centreOn(n.date.msecs);
            m_timeline->setScale(scale);
        }
        break;
    case NoteTarget::Cell: {
        const auto p = d.partyIndex(n.partyId), is = d.issueIndex(n.issueId);
        if (p >= 0 && is >= 0)
            m_matrix->setCurrentIndex(m_matrixModel->index(int(p), int(is)));
        break;
    }
    case NoteTarget::Party:
        if (const auto p = d.partyIndex(n.partyId); p >= 0 && !d.issues().isEmpty())
            m_matrix->setCurrentIndex(m_matrixModel->index(int(p), 0));
        break;
    case NoteTarget::Issue:
        if (const auto is = d.issueIndex(n.issueId); is >= 0 && !d.parties().isEmpty())
            m_matrix->setCurrentIndex(m_matrixModel->index(0, int(is)));
        break;
    case NoteTarget::Event: {
        m_timeline->setSelectedEventIds({ n.eventId });
        if (const int row = m_eventsModel->rowOfEventId(n.eventId); row >= 0)
            m_eventsView->setCurrentIndex(m_eventsModel->index(row, 0));
        m_eventEditor->showEvent(n.eventId);
        raise("eventsDock");
        break;
    }
    case NoteTarget::Era:
        if (const auto e = d.eraIndex(n.eraId); e >= 0) {
            TimeScale scale = m_timeline->scale();
            scale.fit(d.eras()[e].start.msecs, d.eras()[e].end.periodEnd());
            m_timeline->setScale(scale);
            raise("timelineDock");
        }
        break;
    }
}

} // namespace Entente
