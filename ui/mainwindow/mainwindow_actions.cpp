// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's menus and the actions behind them: import, export of data and images, print, briefing.
#include "mainwindow.h"
#include "suggestedpath.h"
#include "mainwindow_p.h"

#include "asofcontrol.h"
#include "chartpanel.h"
#include "export/briefingdialog.h"
#include "export/briefingexporter.h"
#include "export/headlessexport.h"
#include "export/exportimagedialog.h"
#include "export/exportoptions.h"
#include "export/imageexporter.h"
#include "export/printing.h"
#include "viewfactory.h"
#include "cellhistorymodel.h"
#include "changeeditordialog.h"
#include "colorscheme.h"
#include "languages.h"
#include "commands.h"
#include "document.h"
#include "dossierio.h"
#include "settingsdialog.h"
#include "eventeditor.h"
#include "eventfilterbar.h"
#include "import/importwizard.h"
#include "tablepanel.h"
#include "eventsmodel.h"
#include "issuesmodel.h"
#include "matrix/matrixview.h"
#include "partiesmodel.h"
#include "positionmatrixmodel.h"
#include "reliabilitypanel.h"
#include "matrix/matrixrenderer.h"
#include "sourcesmodel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QActionGroup>
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
    add(file, tr("Open &Team Dossier…"), QKeySequence(), &MainWindow::openTeamDialog, QStringLiteral("actionOpenTeam"));
    add(file, tr("P&ublish to Team Server…"), QKeySequence(), &MainWindow::publishDialog,
        QStringLiteral("actionPublishTeam"));
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
    add(file, tr("&Briefing…"), QKeySequence(Qt::CTRL | Qt::Key_B), [this] { briefing(false); },
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
    // F2 edits what has the focus: these two act on the matrix only when it has it, so that F2 in a table (the
    // sources, the parties, the events) edits that table's cell instead of opening "Record position".
    for (auto* a : { add(edit, tr("&Edit Position…"), QKeySequence(Qt::Key_F2), [this] {
             const QModelIndex i = m_matrix->currentIndex();
             if (i.isValid())
                 editCell(i.row(), i.column());
         }, QStringLiteral("actionEditCell")),
             add(edit, tr("Edit Issue &Status…"), QKeySequence(Qt::SHIFT | Qt::Key_F2), [this] {
                 const QModelIndex i = m_matrix->currentIndex();
                 if (i.isValid())
                     editStatus(i.column());
             }, QStringLiteral("actionEditStatus")) }) {
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        m_matrix->addAction(a);
    }
    add(edit, tr("&Find Events"), QKeySequence::Find, [this] {
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("eventsDock"))) {
            d->show();
            d->raise();
        }
        m_filter->setFocus();
        m_filter->selectAll();
    }, QStringLiteral("actionFind"));
    add(edit, tr("Search E&verything…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), &MainWindow::searchEverything,
        QStringLiteral("actionSearchEverything"));
    add(edit, tr("New &Event"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), [this] {
        if (auto* d = findChild<QDockWidget*>(QStringLiteral("eventEditorDock"))) {
            d->show();
            d->raise();
        }
        m_eventEditor->newEvent();
    }, QStringLiteral("actionNewEvent"));
    add(edit, tr("E&ras…"), QKeySequence(), [this] { showEras(); }, QStringLiteral("actionEras"));

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
    // Saved views: "Save Current View…" and one entry per view of the dossier, kept in step with it.
    m_savedViewsMenu = m_viewMenu->addMenu(tr("Saved &Views"));
    m_savedViewsMenu->setObjectName(QStringLiteral("savedViewsMenu"));
    for (auto signal : { &Document::savedViewInserted, &Document::savedViewChanged, &Document::savedViewRemoved })
        connect(m_document, signal, this, &MainWindow::rebuildSavedViewsMenu);
    connect(m_document, &Document::reset, this, &MainWindow::rebuildSavedViewsMenu);
    rebuildSavedViewsMenu();
    auto* compare = m_viewMenu->addAction(tr("&Compare Mode"));
    compare->setObjectName(QStringLiteral("actionCompare"));
    compare->setCheckable(true);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));
    connect(compare, &QAction::toggled, m_compare, &QCheckBox::setChecked);
    connect(m_compare, &QCheckBox::toggled, compare, &QAction::setChecked);
    // The Reliability dock's switch, in the menu too; remembered with its threshold.
    auto* weak = m_viewMenu->addAction(tr("Mark &Weakly Sourced Cells"));
    weak->setObjectName(QStringLiteral("actionMarkWeak"));
    weak->setCheckable(true);
    connect(weak, &QAction::toggled, m_reliability, &ReliabilityPanel::setMarking);
    connect(m_reliability, &ReliabilityPanel::markingChanged, weak, &QAction::setChecked);
    connect(m_reliability, &ReliabilityPanel::markingChanged, this,
        [this](bool on) { m_settings->setValue(QStringLiteral("reliability/mark"), on); });
    connect(m_reliability, &ReliabilityPanel::thresholdChanged, this,
        [this](const QString& grade) { m_settings->setValue(QStringLiteral("reliability/threshold"), grade); });
    m_reliability->setThreshold(m_settings->value(QStringLiteral("reliability/threshold"), QStringLiteral("C3")).toString());
    m_reliability->setMarking(m_settings->value(QStringLiteral("reliability/mark"), false).toBool());
    m_viewMenu->addSeparator();
    addColorSchemeMenu(m_viewMenu);
    addLanguageMenu(m_viewMenu);

    auto* help = menuBar()->addMenu(tr("&Help"));
    edit->addSeparator();
    add(
        edit, tr("Se&ttings…"), QKeySequence::Preferences,
        [this] {
            SettingsDialog dialog(m_settings, this);
            if (dialog.exec() == QDialog::Accepted)
                m_document->setUserName(SettingsDialog::analystName(*m_settings));
        },
        QStringLiteral("actionSettings"));
    add(help, tr("&About Entente"), QKeySequence(), [this] {
        QMessageBox::about(this, tr("About Entente"),
            tr("Entente %1 — follow a multi-party negotiation: a timeline of events and each party's position on "
               "each issue as of any date.\nLicensed under the GNU GPL, version 3 or later.")
                .arg(QApplication::applicationVersion()));
    }, QStringLiteral("actionAbout"));
    updateRecentMenu();
}

void MainWindow::addColorSchemeMenu(QMenu* view)
{
    auto* menu = view->addMenu(tr("Colour &Scheme"));
    menu->setObjectName(QStringLiteral("menuColorScheme"));
    auto* group = new QActionGroup(menu);
    const ColorScheme current = m_settings ? ColorSchemes::saved(*m_settings) : ColorScheme::System;
    const std::pair<ColorScheme, QString> choices[] = { { ColorScheme::System, tr("Follow the &System") },
        { ColorScheme::Light, tr("&Light") }, { ColorScheme::Dark, tr("&Dark") } };
    for (const auto& [scheme, label] : choices) {
        auto* action = menu->addAction(label);
        action->setObjectName(QStringLiteral("actionColorScheme_") + ColorSchemes::key(scheme));
        action->setCheckable(true);
        action->setChecked(scheme == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, scheme = scheme] {
            if (m_settings)
                ColorSchemes::save(*m_settings, scheme);
            ColorSchemes::apply(scheme);
        });
    }
}

void MainWindow::addLanguageMenu(QMenu* view)
{
    auto* menu = view->addMenu(tr("&Language"));
    menu->setObjectName(QStringLiteral("menuLanguage"));
    auto* group = new QActionGroup(menu);
    const QString current = m_settings ? Languages::saved(*m_settings) : QString();
    // Each language is named in itself, so that it can be found from any other.
    QList<std::pair<QString, QString>> choices { { QString(), tr("System Default") }, { QStringLiteral("en"), QStringLiteral("English") } };
    for (const QString& code : Languages::available()) {
        const QLocale locale(code);
        QString name = locale.nativeLanguageName();
        if (!name.isEmpty())
            name[0] = name[0].toUpper();
        choices.append({ code, name });
    }
    for (const auto& [code, label] : choices) {
        auto* action = menu->addAction(label);
        action->setObjectName(QStringLiteral("actionLanguage_") + (code.isEmpty() ? QStringLiteral("system") : code));
        action->setCheckable(true);
        action->setChecked(code == current);
        group->addAction(action);
        connect(action, &QAction::triggered, this, [this, code = code] {
            if (m_settings)
                Languages::save(*m_settings, code);
            statusBar()->showMessage(tr("The language changes the next time Entente starts."));
        });
    }
}

void MainWindow::importDialog()
{
    if (!m_document->isOpen())
        return;
    if (refuseEditing())
        return;
    // The wizard imports into a copy in the background; only a complete result is adopted, in one write.
    ImportWizard wizard(m_document->dossier(), this);
    if (wizard.exec() != QDialog::Accepted || !wizard.result())
        return;
    adoptImport(*wizard.takeResult());
}

void MainWindow::adoptImport(Dossier merged, bool quiet)
{
    // Written on a worker thread; onImportFinished() reports.
    m_eventsBeforeImport = m_document->dossier().events().size();
    m_quietImport = quiet;
    m_document->applyImportDossierInBackground(std::move(merged));
}

void MainWindow::onImportFinished(const Status& result)
{
    hideBackgroundProgress();
    updateTitle();
    if (!result.ok()) {
        const QString error = result.message();
        statusBar()->showMessage(tr("Nothing was imported: %1").arg(error), 8000);
        if (!m_quietImport)
            QMessageBox::warning(this, tr("Import failed"), tr("Nothing was imported.\n%1").arg(error));
        return;
    }
    statusBar()->showMessage(
        tr("Imported %n event(s)", nullptr, int(m_document->dossier().events().size() - m_eventsBeforeImport)), 8000);
}

void MainWindow::exportDataDialog()
{
    m_document->waitForEvents(); // the export holds every event
    if (!m_document->isOpen())
        return;
    QString filter;
    const QString timelineJs = tr("TimelineJS3 web timeline of the visible period (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Data"), suggestedSavePath(m_path, {}, QStringLiteral("json")),
        tr("Whole dossier as JSON (*.json);;Events as CSV (*.csv)") + u";;"_qs + timelineJs, &filter);
    if (path.isEmpty())
        return;
    const bool asTimelineJs = filter == timelineJs;
    if (const Status exported
        = DossierIO::exportData(m_document->dossier(), path, asTimelineJs ? QStringLiteral("timelinejs") : QString(),
            asTimelineJs ? m_timeline->scale().start() : PartialDate::Invalid,
            asTimelineJs ? m_timeline->scale().end() : PartialDate::Invalid);
        !exported.ok())
        QMessageBox::warning(this, tr("Export failed"), exported.message());
    else
        statusBar()->showMessage(tr("Exported to %1").arg(QDir::toNativeSeparators(path)), 5000);
}

std::unique_ptr<Paintable> MainWindow::paintableFor(ExportView view) const
{
    m_document->waitForEvents(); // a picture of every event, not of a dossier still loading
    const auto& d = m_document->dossier();
    switch (view) {
    case ExportView::Matrix: {
        auto matrix = std::make_unique<MatrixRenderer>(&d);
        matrix->setAsOf(m_document->asOf());
        if (m_compare->isChecked())
            matrix->setCompareDate(QDateTime(m_compareDate->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch());
        matrix->setMarkWeak(m_matrixModel->markWeak(), m_matrixModel->weakThreshold()); // as the window shows it
        return matrix;
    }
    case ExportView::Timeline:
        return makeTimelinePaintable(d, m_timeline->scale().start(), m_timeline->scale().end(), m_document->asOf(),
            maskOf(m_eventsModel->rowMask()), m_timeline->laneMode(), m_timeline->renderer().colorMode());
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
    o.legend = false; // the matrix draws its own stance legend
    o.legendLevels = m_document->dossier().stanceScale();
    if (view == ExportView::Timeline) { // coloured by party, issue or tag: that is its legend
        o.legend = true;
        o.legendLevels = m_timeline->renderer().legend();
    }
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
    const QString name = view == ExportView::Matrix ? QStringLiteral("-matrix") : view == ExportView::Timeline ? QStringLiteral("-timeline")
                                                                                                                : QStringLiteral("-chart");
    dialog.setPath(suggestedSavePath(m_path, name, QStringLiteral("png")));
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
    BriefingDialog dialog(d, m_document->asOf(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const HeadlessExportRequest request = dialog.request();
    // The window's matrix (with its compare date) and its timeline's lanes and colours, on the chosen period.
    const auto factory = [this](const QString& view, const Dossier& dossier, const HeadlessExportRequest& r) -> std::unique_ptr<Paintable> {
        if (view == u"matrix")
            return paintableFor(ExportView::Matrix);
        if (view == u"timeline")
            return makeTimelinePaintable(dossier, r.from, r.to, m_document->asOf(), maskOf(m_eventsModel->rowMask()),
                m_timeline->laneMode(), m_timeline->renderer().colorMode());
        return nullptr;
    };
    if (const QString error = validateHeadlessExport(d, [&] { auto r = request; r.outPath = QStringLiteral("x.pdf"); return r; }()); !error.isEmpty()) {
        QMessageBox::warning(this, tr("Briefing"), error);
        return;
    }
    const BriefingPlan plan = planBriefing(d, request, factory);
    BriefingOptions options = plan.options;
    options.reliabilityThreshold = m_matrixModel->weakThreshold(); // the Reliability dock's
    BriefingExporter exporter(d, options);
    const QList<BriefingExporter::Page>& pages = plan.pages;
    if (preview) {
        Printing::previewBriefing(this, exporter, pages);
        return;
    }
    const QString day = PartialDate::fromMsecs(m_document->asOf(), Precision::Day).toIso().left(10);
    const QString path = QFileDialog::getSaveFileName(this, tr("Briefing PDF"),
        suggestedSavePath(m_path, QStringLiteral("-briefing-") + day, QStringLiteral("pdf")), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    if (const QString e = exporter.exportTo(path, pages); !e.isEmpty())
        QMessageBox::warning(this, tr("Briefing not written"), e);
    else
        statusBar()->showMessage(tr("Briefing written to %1").arg(QDir::toNativeSeparators(path)), 5000);
}


} // namespace Entente
