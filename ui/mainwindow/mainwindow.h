// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The main window: the position matrix with its as-of control in the centre; docks for the timeline,
// events, the event editor, issues, parties, sources and the selected cell's history. It owns the
// Document; every edit goes through the Command facade. Window geometry, dock layout, recent files and the
// last as-of date per dossier are kept in the QSettings given at construction (tests pass a temporary one).

#include "dossier.h"
#include "searchindex.h"

#include <QElapsedTimer>
#include <QMainWindow>

#include <memory>
#include <optional>

class QAction;
class QLabel;
class QLineEdit;
class QCheckBox;
class QDateEdit;
class QMenu;
class QProgressBar;
class QSettings;
class QTableView;
class QTableWidget;
class QDockWidget;

namespace Entente {

class AsOfControl;
class CellHistoryModel;
class Document;
class EventEditor;
class ErasDialog;
class EventFilterBar;
class EventsModel;
class IssuesModel;
class MatrixView;
class NotesModel;
class NotesPanel;
class PartiesModel;
class SavedViewsPanel;
class ForecastPanel;
class PositionMatrixModel;
class ReliabilityPanel;
class SearchEngine;
class SearchPanel;
class SourcesModel;
class TimelineView;
class WhatChangedPanel;
class ChartPanel;
class Paintable;
struct ExportOptions;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(QSettings* settings, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Opens a .entente file (or converts a .json dossier beside it); reports errors to the user unless quiet.
    bool openFile(const QString& path, bool quiet = false);
    // Why the last openFile() failed (one line; empty when it was cancelled or succeeded).
    [[nodiscard]] QString lastOpenError() const { return m_lastOpenError; }
    // From how many events on a dossier opens in two phases (Document::OpenOptions); the benchmark's baseline sets it
    // out of reach.
    void setBackgroundLoadThreshold(qint64 events) { m_backgroundThreshold = events; }
    [[nodiscard]] Document* document() const { return m_document; }
    [[nodiscard]] MatrixView* matrixView() const { return m_matrix; }
    [[nodiscard]] PositionMatrixModel* matrixModel() const { return m_matrixModel; }
    [[nodiscard]] EventsModel* eventsModel() const { return m_eventsModel; }
    [[nodiscard]] QTableView* eventsView() const { return m_eventsView; }
    [[nodiscard]] QLineEdit* eventFilter() const { return m_filter; }
    [[nodiscard]] AsOfControl* asOfControl() const { return m_asOf; }
    [[nodiscard]] TimelineView* timelineView() const { return m_timeline; }
    [[nodiscard]] ReliabilityPanel* reliabilityPanel() const { return m_reliability; }
    [[nodiscard]] NotesPanel* notesPanel() const { return m_notes; }
    [[nodiscard]] SavedViewsPanel* savedViewsPanel() const { return m_views; }
    [[nodiscard]] ChartPanel* chartPanel() const { return m_charts; }
    [[nodiscard]] EventFilterBar* filterBar() const { return m_filterBar; }
    [[nodiscard]] QMenu* savedViewsMenu() const { return m_savedViewsMenu; }
    [[nodiscard]] SearchPanel* searchPanel() const { return m_search; }
    [[nodiscard]] SearchEngine* searchEngine() const { return m_searchEngine; }

    // Non-interactive pieces of the UI actions (tests call them directly).
    void editCell(int party, int issue);
    void editStatus(int issue);
    // "Set capability…": the capability editor for party `party` (−1: the first) on issue `issue` (−1: every
    // issue); one undoable change when accepted.
    void editCapability(int party, int issue);
    // "Edit axis…": the anchors of issue `issue`'s own position axis; one undoable edit of the issue.
    void editAxis(int issue);
    void editSource(int row); // the source dialog for sources()[row]; one undoable edit when accepted
    // Shows the Eras editor (Edit ▸ Eras…, the timeline's context menu) with era `eraId` selected, or (empty id)
    // the form for a new era starting at `startMsecs` (INT64_MIN: as it was left).
    ErasDialog* showEras(const QString& eraId = {}, qint64 startMsecs = std::numeric_limits<qint64>::min());
    void setCompareDate(std::optional<qint64> msecs);
    [[nodiscard]] std::optional<qint64> compareDate() const;
    // Saved views: what the window shows now (as-of and compare dates, events filter, timeline window and lanes,
    // chart and period, the Forecast dock's scenario when What if changes something), and the window set to a
    // view. saveView() stores the current settings under `name` (one undoable edit); a name in use is refused
    // unless `replace`, which updates that view instead; false and why in the status bar when refused (a name
    // in use, a read-only dossier).
    [[nodiscard]] SavedView currentView() const;
    void applyView(const SavedView& view);
    bool saveView(const QString& name, bool replace = false);
    [[nodiscard]] ForecastPanel* forecastPanel() const { return m_forecast; }
    // Selects what the note is pinned to: the cell, the event, the issue's column or party's row, the era's
    // period on the timeline, or the date as the as-of date.
    void showNoteTarget(const QString& noteId);
    // Selects a Search Everything hit in its view: the event in the timeline, the events table and the editor;
    // a position change's cell in the matrix as of the change's date, with the change in the History dock; a
    // status change's issue and its status row; a source, party or issue in its dock; an era on the timeline.
    void showSearchTarget(const SearchTarget& target);
    void searchEverything(); // Edit ▸ Search Everything: shows the Search dock and focuses its field
    // Adopts an import's merged dossier (ImportWizard::takeResult()) in the background, with progress.
    void adoptImport(Dossier merged, bool quiet = false);
    // Publishes the open dossier to the postgresql:// `uri` on a worker thread with a progress dialog, then
    // (unless quiet) offers to open the team copy. False (and why, unless quiet) when refused.
    bool publishTo(const QString& uri, bool quiet = false);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void createActions();
    void addColorSchemeMenu(QMenu* view);
    void addLanguageMenu(QMenu* view);
    void createDocks();
    void createSearchDock(); // mainwindow_search.cpp
    // The dock layout's version in the saved window state: a state saved by a build with another layout is not
    // restored (the docks take their default places), so a new dock group is seen.
    static constexpr int DockLayoutVersion = 2;
    void restoreState();
    void saveState();
    void updateTitle();
    void updateRecentMenu();
    void addRecent(const QString& location);
    void onEventSelectionChanged();
    void onCellChanged(int party, int issue);
    void updateCompareSummary();
    void showDefaultCompareDate(); // the change step before the as-of date, in the compare date field
    void applyEventFilter();
    void showWriteError(const QString& message);
    bool refuseEditing(); // says why in the status bar when the dossier cannot be edited now
    void showBackgroundProgress(const QString& what, qint64 rows, qint64 total); // what: "…%1 events… %2 %"
    void hideBackgroundProgress();
    void onImportFinished(const Entente::Status& result);
    void onEventLoadProgress(qint64 rows, qint64 total);
    void onEventsLoaded();
    void onEventLoadFailed(const QString& message);

    void newDossier();
    void openDialog();
    void openTeamDialog(); // File ▸ Open Team Dossier…
    void publishDialog(); // File ▸ Publish to Team Server…
    void importDialog();
    void exportDataDialog();
    enum class ExportView { Matrix, Timeline, Chart };
    [[nodiscard]] std::unique_ptr<Paintable> paintableFor(ExportView view) const;
    [[nodiscard]] ExportOptions exportDefaults(ExportView view) const;
    void exportImage(ExportView view);
    void copyImage(ExportView view);
    void printView(ExportView view, bool preview);
    void briefing(bool preview);
    void closeDossier();
    void retractSelectedChange();
    void updateStatusHistory();
    void updateCapabilityHistory(); // the capability changes of the current party
    void createNotesDocks();
    void rebuildSavedViewsMenu();
    void saveViewDialog();
    void saveScenarioDialog(); // the Forecast dock's "Save Scenario…"
    // Asks for a name (an existing one: whether to replace that view) and saves the current view under it.
    void askAndSaveView(const QString& title, const QString& label, const QString& suggested);
    void addNoteDialog();
    void editNoteDialog(const QString& id);

    QSettings* m_settings = nullptr;
    Document* m_document = nullptr;
    ErasDialog* m_erasDialog = nullptr; // created on first use, kept (and its position) until the window closes
    QString m_path;
    QString m_lastOpenError;
    PositionMatrixModel* m_matrixModel = nullptr;
    EventsModel* m_eventsModel = nullptr;
    PartiesModel* m_partiesModel = nullptr;
    IssuesModel* m_issuesModel = nullptr;
    SourcesModel* m_sourcesModel = nullptr;
    CellHistoryModel* m_historyModel = nullptr;
    MatrixView* m_matrix = nullptr;
    AsOfControl* m_asOf = nullptr;
    QCheckBox* m_compare = nullptr;
    QDateEdit* m_compareDate = nullptr;
    QLabel* m_compareSummary = nullptr;
    QTableView* m_eventsView = nullptr;
    QLineEdit* m_filter = nullptr;
    QTableView* m_historyView = nullptr;
    QTableView* m_issuesView = nullptr;
    QTableView* m_partiesView = nullptr;
    QTableView* m_sourcesView = nullptr;
    QTableWidget* m_statusHistory = nullptr;
    QTableWidget* m_capabilityHistory = nullptr;
    EventEditor* m_eventEditor = nullptr;
    TimelineView* m_timeline = nullptr;
    ChartPanel* m_charts = nullptr;
    WhatChangedPanel* m_whatChanged = nullptr;
    ReliabilityPanel* m_reliability = nullptr;
    NotesModel* m_notesModel = nullptr;
    NotesPanel* m_notes = nullptr;
    SavedViewsPanel* m_views = nullptr;
    ForecastPanel* m_forecast = nullptr;
    QMenu* m_savedViewsMenu = nullptr;
    SearchEngine* m_searchEngine = nullptr;
    SearchPanel* m_search = nullptr;
    QMenu* m_recentMenu = nullptr;
    QMenu* m_viewMenu = nullptr;
    EventFilterBar* m_filterBar = nullptr;
    int m_cellParty = -1;
    int m_cellIssue = -1;
    QProgressBar* m_loadProgress = nullptr; // in the status bar while a large dossier's events load
    QElapsedTimer m_loadClock;
    qint64 m_backgroundThreshold = -1; // −1: Document::OpenOptions' default
    bool m_quietLoad = false;
    bool m_quietImport = false;
    std::optional<qint64> m_asOfAwaitsEvents; // the as-of date set at open, to move to the latest loaded event
    qsizetype m_eventsBeforeImport = 0; // the open that started the load asked for no message boxes
};

} // namespace Entente
