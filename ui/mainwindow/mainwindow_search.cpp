// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's Search dock and what choosing a hit selects.
#include "mainwindow.h"

#include "cellhistorymodel.h"
#include "document.h"
#include "eventeditor.h"
#include "eventsmodel.h"
#include "issuesmodel.h"
#include "matrix/matrixview.h"
#include "partiesmodel.h"
#include "positionmatrixmodel.h"
#include "searchengine.h"
#include "searchpanel.h"
#include "sourcesmodel.h"
#include "timeline/timelineview.h"

#include <QDockWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>

namespace Entente {

void MainWindow::createSearchDock()
{
    m_searchEngine = new SearchEngine(m_document, this);
    m_search = new SearchPanel(m_searchEngine, this);
    auto* dock = new QDockWidget(tr("Search"), this);
    dock->setObjectName(QStringLiteral("searchDock"));
    dock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, dock);
    if (auto* notes = findChild<QDockWidget*>(QStringLiteral("notesDock"))) {
        tabifyDockWidget(notes, dock);
        notes->raise(); // the default front tab of the lower group stays Notes
    }
    if (auto* whatChanged = findChild<QDockWidget*>(QStringLiteral("whatChangedDock")))
        whatChanged->raise(); // and of the upper group What changed
    connect(m_search, &SearchPanel::targetRequested, this, &MainWindow::showSearchTarget);
}

void MainWindow::searchEverything()
{
    if (auto* dock = findChild<QDockWidget*>(QStringLiteral("searchDock"))) {
        dock->show();
        dock->raise();
    }
    m_search->focusField();
}

void MainWindow::showSearchTarget(const SearchTarget& target)
{
    const Dossier& d = m_document->dossier();
    const auto raise = [this](const QString& name) {
        if (auto* dock = findChild<QDockWidget*>(name)) {
            dock->show();
            dock->raise();
        }
    };
    const auto gone = [this] { statusBar()->showMessage(tr("That item is no longer in the dossier"), 5000); };
    switch (target.type) {
    case SearchTarget::Type::Event: {
        const qsizetype row = d.events().rowOfId(target.number);
        if (row < 0)
            return gone();
        m_timeline->setSelectedEventIds({ target.number });
        m_timeline->goToDate(d.events().start(row));
        const int tableRow = m_eventsModel->rowOfEventId(target.number);
        if (tableRow >= 0) {
            m_eventsView->setCurrentIndex(m_eventsModel->index(tableRow, 0));
            m_eventsView->scrollTo(m_eventsView->currentIndex());
        } else {
            statusBar()->showMessage(tr("The event is hidden by the events filter"), 5000);
        }
        m_eventEditor->showEvent(target.number);
        raise(QStringLiteral("timelineDock"));
        return;
    }
    case SearchTarget::Type::PositionChange: {
        const qsizetype i = d.positionChangeIndex(target.number);
        if (i < 0)
            return gone();
        const PositionChange& c = d.positionChanges()[size_t(i)];
        const qsizetype party = d.partyIndex(c.partyId);
        const qsizetype issue = d.issueIndex(c.issueId);
        m_document->setAsOf(c.effective.msecs);
        m_matrix->setCurrentIndex(m_matrixModel->index(int(party), int(issue)));
        for (int r = 0; r < m_historyModel->rowCount(); ++r)
            if (m_historyModel->changeIdAt(r) == target.number)
                m_historyView->selectRow(r);
        raise(QStringLiteral("historyDock"));
        return;
    }
    case SearchTarget::Type::StatusChange: {
        const qsizetype i = d.statusChangeIndex(target.number);
        if (i < 0)
            return gone();
        const StatusChange& c = d.statusChanges()[size_t(i)];
        const int issue = int(d.issueIndex(c.issueId));
        m_document->setAsOf(c.effective.msecs);
        const int party = std::max(0, m_matrix->currentIndex().row());
        if (party < m_matrixModel->rowCount())
            m_matrix->setCurrentIndex(m_matrixModel->index(party, issue));
        m_issuesView->setCurrentIndex(m_issuesModel->index(issue, 0)); // fills the status history
        for (int r = 0; r < m_statusHistory->rowCount(); ++r)
            if (const auto* item = m_statusHistory->item(r, 0); item && item->data(Qt::UserRole).toLongLong() == target.number)
                m_statusHistory->selectRow(r);
        raise(QStringLiteral("issuesDock"));
        return;
    }
    case SearchTarget::Type::Source: {
        const qsizetype row = d.sourceIndex(target.key);
        if (row < 0)
            return gone();
        m_sourcesView->setCurrentIndex(m_sourcesModel->index(int(row), 0));
        raise(QStringLiteral("sourcesDock"));
        return;
    }
    case SearchTarget::Type::Party: {
        const qsizetype row = d.partyIndex(target.key);
        if (row < 0)
            return gone();
        m_partiesView->setCurrentIndex(m_partiesModel->index(int(row), 0));
        raise(QStringLiteral("partiesDock"));
        return;
    }
    case SearchTarget::Type::Issue: {
        const qsizetype row = d.issueIndex(target.key);
        if (row < 0)
            return gone();
        m_issuesView->setCurrentIndex(m_issuesModel->index(int(row), 0));
        raise(QStringLiteral("issuesDock"));
        return;
    }
    case SearchTarget::Type::Era: {
        const qsizetype row = d.eraIndex(target.key);
        if (row < 0)
            return gone();
        const Era& e = d.eras()[row];
        m_timeline->goToDate(e.start.msecs + (e.end.isValid() ? (e.end.msecs - e.start.msecs) / 2 : 0));
        raise(QStringLiteral("timelineDock"));
        return;
    }
    case SearchTarget::Type::Note:
        if (d.noteIndex(target.key) < 0)
            return gone();
        showNoteTarget(target.key); // what the note is pinned to, as a double-click in the Notes dock does
        return;
    }
}

} // namespace Entente
