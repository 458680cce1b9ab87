// SPDX-License-Identifier: GPL-3.0-or-later
// The main window as an analyst uses it: open the sample, edit a matrix cell and an issue status through the
// editor dialog, undo and redo, filter events, move the as-of slider, compare two dates, and find every edit
// on disk after reopening. Settings go to a temporary file, never the user's.
#include "asofcontrol.h"
#include "axisdialog.h"
#include "changeeditordialog.h"
#include "chartpanel.h"
#include "claimseditor.h"
#include "commands.h"
#include "document.h"
#include "dossierio.h"
#include "eventeditor.h"
#include "eventfilterbar.h"
#include "eventsmodel.h"
#include "forecast/forecastpanel.h"
#include "mainwindow.h"
#include "matrix/matrixview.h"
#include "notesmodel.h"
#include "notespanel.h"
#include "positionmatrixmodel.h"
#include "reliabilitypanel.h"
#include "savedviewspanel.h"
#include "sourcedialog.h"
#include "sourcesmodel.h"
#include "timeline/timelineview.h"
#include "whatchanged.h"
#include "whatchangedpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSlider>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>
#include <QUndoStack>

using namespace Entente;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

// Answers the next modal ChangeEditorDialog: picks the level with this key and records it.
void answerEditor(const QString& levelKey, bool* answered)
{
    QTimer::singleShot(0, qApp, [levelKey, answered] {
        auto* dialog = qobject_cast<ChangeEditorDialog*>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        auto* level = dialog->findChild<QComboBox*>(u"level"_qs);
        level->setCurrentIndex(level->findData(levelKey));
        *answered = true;
        dialog->accept();
    });
}
}

class TestMainWindow : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<QSettings> m_settings;

    int row(MainWindow& w, const QString& party) { return int(w.document()->dossier().partyIndex(party)); }
    int col(MainWindow& w, const QString& issue) { return int(w.document()->dossier().issueIndex(issue)); }

private slots:
    void init()
    {
        m_file = m_dir.filePath(u"berlin.entente"_qs);
        QFile::remove(m_file);
        const auto sample = DossierIO::readDossier(u"" ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"_qs);
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        const Status created = Document::createDossier(m_file, sample.value());
        QVERIFY2(created.ok(), qPrintable(created.message()));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        m_settings->clear();
    }

    void reopeningTheOpenFileStaysWritable()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        QVERIFY(!w.document()->isReadOnly());
        QVERIFY(w.openFile(m_file, true)); // File > Open Recent on the dossier already open
        QVERIFY(!w.document()->isReadOnly());
        QVERIFY2(!w.windowTitle().contains(u"read-only"), qPrintable(w.windowTitle()));
        // The timeline's "Go to" field starts at the as-of date and follows it.
        auto* goTo = w.findChild<QDateEdit*>(u"timelineGoTo"_qs);
        QVERIFY(goTo);
        const auto dateOf = [](qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).date(); };
        QCOMPARE(goTo->date(), dateOf(w.document()->asOf()));
        w.document()->setAsOf(at("2025-12-01"));
        QCOMPARE(goTo->date(), QDate(2025, 12, 1));
    }

    void opensSampleAndShowsMatrix()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        QVERIFY(w.windowTitle().contains(u"Berlin talks"));
        auto* m = w.matrixModel();
        QCOMPARE(m->rowCount(), 7);
        QCOMPARE(m->columnCount(), 6);
        // Opens at the latest dated item: 16 Dec 2025 recorded positions are in force.
        const auto ruNato = m->index(row(w, u"ru"_qs), col(w, u"nato"_qs));
        QCOMPARE(ruNato.data().toString(), u"Opposes"_qs);
        QCOMPARE(ruNato.data(Qt::BackgroundRole).value<QColor>(), QColor(u"#c0392b"_qs));
        QVERIFY(ruNato.data(Qt::AccessibleTextRole).toString().startsWith(u"Russia on NATO membership: Opposes since"));
        QCOMPARE(m->headerData(col(w, u"territory"_qs), Qt::Horizontal, PositionMatrixModel::StatusRole).toString(),
            u"Contested"_qs);
        QCOMPARE(w.eventsModel()->rowCount(), 10);
    }

    void editCellUndoRedoAndPersist()
    {
        {
            MainWindow w(m_settings.get());
            QVERIFY(w.openFile(m_file, true));
            const auto cell = w.matrixModel()->index(row(w, u"ru"_qs), col(w, u"eu"_qs));
            QCOMPARE(cell.data().toString(), u"Open"_qs);
            // Keyboard: select the cell, press F2, answer the editor.
            w.show();
            w.matrixView()->setFocus();
            w.matrixView()->setCurrentIndex(cell);
            bool answered = false;
            answerEditor(u"supports"_qs, &answered);
            QTest::keyClick(w.matrixView(), Qt::Key_F2);
            QVERIFY(answered);
            QCOMPARE(cell.data().toString(), u"Supports"_qs);
            auto* undo = w.document()->undoStack();
            QCOMPARE(undo->count(), 1);
            QCOMPARE(undo->undoText(), u"Set Russia on EU membership to Supports"_qs);
            // Every edit is already on disk: no "modified" marker, no "*" in the title.
            QVERIFY(!w.isWindowModified());
            QVERIFY2(!w.windowTitle().contains(u'*'), qPrintable(w.windowTitle()));
            undo->undo();
            QCOMPARE(cell.data().toString(), u"Open"_qs);
            undo->redo();
            QCOMPARE(cell.data().toString(), u"Supports"_qs);
            // The history panel of the cell lists the new change.
            auto* history = w.findChild<QTableView*>(u"historyView"_qs);
            QVERIFY(history->model()->rowCount() >= 2);
        }
        // Every acknowledged edit is on disk: a new window sees it.
        MainWindow again(m_settings.get());
        QVERIFY(again.openFile(m_file, true));
        QCOMPARE(again.matrixModel()->index(row(again, u"ru"_qs), col(again, u"eu"_qs)).data().toString(), u"Supports"_qs);
        QVERIFY(!again.isWindowModified());
    }

    void editStatusFromHeader()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        const int territory = col(w, u"territory"_qs);
        bool answered = false;
        answerEditor(u"deadlocked"_qs, &answered);
        w.editStatus(territory);
        QVERIFY(answered);
        QCOMPARE(w.matrixModel()->headerData(territory, Qt::Horizontal, PositionMatrixModel::StatusRole).toString(),
            u"Deadlocked"_qs);
        w.document()->undoStack()->undo();
        QCOMPARE(w.matrixModel()->headerData(territory, Qt::Horizontal, PositionMatrixModel::StatusRole).toString(),
            u"Contested"_qs);
    }

    void filterEventsDebounced()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.show();
        QTest::keyClicks(w.eventFilter(), u"Peskov"_qs);
        QTRY_COMPARE(w.eventsModel()->rowCount(), 1);
        QVERIFY(w.eventsModel()->index(0, EventsModel::TitleColumn).data().toString().contains(u"Peskov"));
        w.eventFilter()->clear();
        QTRY_COMPARE(w.eventsModel()->rowCount(), 10);
    }

    void filterBarByPartyTagAndCell()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.show();
        auto* party = w.findChild<QComboBox*>(u"eventFilterParty"_qs);
        party->setCurrentIndex(party->findData(u"ru"_qs));
        QTRY_COMPARE(w.eventsModel()->rowCount(), 3); // invasion, EU claim, Peskov
        auto* tag = w.findChild<QLineEdit*>(u"eventFilterTag"_qs);
        QTest::keyClicks(tag, u"military"_qs);
        QTRY_COMPARE(w.eventsModel()->rowCount(), 1);
        tag->clear();
        party->setCurrentIndex(0);
        QTRY_COMPARE(w.eventsModel()->rowCount(), 10);
        // "Only the selected cell": Ukraine × Territory has three events.
        w.findChild<QCheckBox*>(u"eventFilterCell"_qs)->setChecked(true);
        w.matrixView()->setCurrentIndex(w.matrixModel()->index(row(w, u"ua"_qs), col(w, u"territory"_qs)));
        QTRY_COMPARE(w.eventsModel()->rowCount(), 3);
        // Selecting an event highlights the cells it touches and opens it in the editor.
        w.eventsView()->setCurrentIndex(w.eventsModel()->index(0, 0));
        QCOMPARE(w.timelineView()->selectedEventIds().size(), 1);
    }

    void addAndRemoveParty()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.show();
        QTest::mouseClick(w.findChild<QPushButton*>(u"partiesAdd"_qs), Qt::LeftButton);
        QCOMPARE(w.document()->dossier().parties().size(), 8);
        QCOMPARE(w.matrixModel()->rowCount(), 8);
        auto* view = w.findChild<QTableView*>(u"partiesView"_qs);
        view->setCurrentIndex(view->model()->index(7, 0));
        QTest::mouseClick(w.findChild<QPushButton*>(u"partiesRemove"_qs), Qt::LeftButton);
        QCOMPARE(w.document()->dossier().parties().size(), 7);
        w.document()->undoStack()->undo();
        QCOMPARE(w.matrixModel()->rowCount(), 8);
    }

    void statusHistoryAndRetract()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        auto* issues = w.findChild<QTableView*>(u"issuesView"_qs);
        issues->setCurrentIndex(issues->model()->index(col(w, u"nato"_qs), 0));
        auto* history = w.findChild<QTableWidget*>(u"statusHistory"_qs);
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), u"Converging"_qs);
        history->setCurrentCell(0, 0);
        QTest::mouseClick(w.findChild<QPushButton*>(u"retractStatus"_qs), Qt::LeftButton);
        QCOMPARE(history->item(0, 4)->text(), u"retracted"_qs);
        QCOMPARE(w.matrixModel()->headerData(col(w, u"nato"_qs), Qt::Horizontal, PositionMatrixModel::StatusRole).toString(),
            QString());
        w.document()->undoStack()->undo();
        QCOMPARE(w.matrixModel()->headerData(col(w, u"nato"_qs), Qt::Horizontal, PositionMatrixModel::StatusRole).toString(),
            u"Converging"_qs);
    }

    void sliderMovesMatrixAndTimeline()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.show();
        auto* slider = w.asOfControl()->slider();
        const auto cell = w.matrixModel()->index(row(w, u"ua"_qs), col(w, u"nato"_qs));
        QCOMPARE(cell.data().toString(), u"Ambiguous"_qs);
        slider->setFocus();
        QTest::keyClick(slider, Qt::Key_Home); // the dossier's first date: February 2022
        QVERIFY(w.document()->asOf() < at("2022-03"));
        QCOMPARE(cell.data().toString(), u"Unknown"_qs);
        QCOMPARE(w.timelineView()->asOf(), w.document()->asOf());
        // Step to the next change: the ua/nato "supports" of 2025 (year precision) comes into force.
        w.asOfControl()->stepToNextChange();
        QCOMPARE(w.document()->asOf(), at("2025"));
        QCOMPARE(cell.data().toString(), u"Supports"_qs);
        // Dragging the timeline's as-of line moves the matrix date too.
        emit w.timelineView()->asOfDragged(at("2025-12-14"));
        QCOMPARE(w.document()->asOf(), at("2025-12-14"));
        QCOMPARE(cell.data().toString(), u"Ambiguous"_qs);
    }

    void compareModeSummarisesMoves()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.document()->setAsOf(at("2025-12-16"));
        w.setCompareDate(at("2025-12-13"));
        const auto cell = w.matrixModel()->index(row(w, u"ua"_qs), col(w, u"nato"_qs));
        QCOMPARE(cell.data(PositionMatrixModel::CompareDirectionRole).toInt(), -1);
        auto* summary = w.findChild<QLabel*>(u"compareSummary"_qs);
        QVERIFY2(summary->text().contains(u"Ukraine on NATO membership toward opposition"), qPrintable(summary->text()));
    }

    void compareDefaultsToThePreviousStepAndWhatChanged()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.document()->setAsOf(at("2025-12-15"));
        auto* toggle = w.findChild<QCheckBox*>(u"compareToggle"_qs);
        // Off, the greyed date already shows the date compare would use.
        QVERIFY(!toggle->isChecked());
        QCOMPARE(w.findChild<QDateEdit*>(u"compareDate"_qs)->date(), QDate(2025, 12, 14));
        toggle->setChecked(true);
        // The change step before 15 Dec is 14 Dec (Ukraine on NATO, Ukraine on guarantees).
        QCOMPARE(w.matrixModel()->compareDate(), std::optional<qint64>(at("2025-12-14")));
        QCOMPARE(w.findChild<QDateEdit*>(u"compareDate"_qs)->date(), QDate(2025, 12, 14));
        auto* panel = w.findChild<WhatChangedPanel*>(u"whatChangedPanel"_qs);
        QVERIFY(panel);
        QCOMPARE(panel->digest().from, at("2025-12-14"));
        QCOMPARE(panel->digest().to, at("2025-12-15"));
        QCOMPARE(panel->digest().count(WhatChanged::Kind::NewPosition), 19);
        QCOMPARE(panel->digest().count(WhatChanged::Kind::SalienceMove), 1);
        QCOMPARE(panel->digest().count(WhatChanged::Kind::StatusChange), 5);
        QVERIFY(w.findChild<QLabel*>(u"whatChangedHeading"_qs)->text().contains(u"19 new"_qs));
        // An entry leads to its cell: the matrix selects it and the history shows its changes and sources.
        QTreeWidgetItem* usTerritory = nullptr;
        for (auto* item : panel->tree()->findItems(u"United States: new position"_qs, Qt::MatchStartsWith | Qt::MatchRecursive))
            if (item->parent() && item->parent()->text(0) == u"Territory / Donbas")
                usTerritory = item;
        QVERIFY(usTerritory);
        QVERIFY2(usTerritory->text(1).contains(u"Press TV D3"_qs), qPrintable(usTerritory->text(1)));
        emit panel->tree()->itemActivated(usTerritory, 0);
        QCOMPARE(w.matrixView()->currentIndex(), w.matrixModel()->index(row(w, u"us"_qs), col(w, u"territory"_qs)));
        // An event entry selects the event.
        const auto events = panel->tree()->findItems(u"Event: US officials claim"_qs, Qt::MatchStartsWith | Qt::MatchRecursive);
        QVERIFY(!events.isEmpty());
        emit panel->tree()->itemActivated(events.first(), 0);
        QCOMPARE(w.timelineView()->selectedEventIds(), QList<qint64> { 6 });
        // Without compare the panel still shows the step before the as-of date.
        toggle->setChecked(false);
        w.document()->setAsOf(at("2025-12-16"));
        QCOMPARE(panel->digest().from, at("2025-12-15"));
    }

    void unknownCellPreselectsNothing()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        auto inspect = [](int* index, bool* recordEnabled) {
            QTimer::singleShot(0, qApp, [index, recordEnabled] {
                auto* dialog = qobject_cast<ChangeEditorDialog*>(QApplication::activeModalWidget());
                if (!dialog)
                    return;
                *index = dialog->findChild<QComboBox*>(u"level"_qs)->currentIndex();
                for (auto* b : dialog->findChildren<QPushButton*>())
                    if (b->text() == u"Record")
                        *recordEnabled = b->isEnabled();
                dialog->reject();
            });
        };
        int index = -2;
        bool record = true;
        inspect(&index, &record);
        w.editCell(row(w, u"ru"_qs), col(w, u"territory"_qs)); // no position recorded: Unknown
        QCOMPARE(index, -1);
        QVERIFY(!record);
        inspect(&index, &record);
        w.editCell(row(w, u"ua"_qs), col(w, u"nato"_qs)); // Ambiguous since 14 Dec
        QVERIFY(index >= 0);
        QVERIFY(record);
        QCOMPARE(w.document()->undoStack()->count(), 0);
    }

    void secondWindowOpensReadOnly()
    {
        MainWindow first(m_settings.get());
        QVERIFY(first.openFile(m_file, true));
        MainWindow second(m_settings.get());
        QVERIFY(second.openFile(m_file, true)); // quiet: a held lock opens read-only without asking
        QVERIFY(second.document()->isReadOnly());
        QVERIFY(second.windowTitle().contains(u"read-only"));
        QVERIFY(!first.document()->isReadOnly());
    }

    void remembersGeometryAndAsOf()
    {
        QSize size;
        {
            MainWindow w(m_settings.get());
            QVERIFY(w.openFile(m_file, true));
            w.resize(1300, 900);
            w.show();
            size = w.size();
            QVERIFY(size.width() >= 1300);
            w.document()->setAsOf(at("2025-12-14"));
            w.close();
        }
        QVERIFY(m_settings->contains(u"window/geometry"_qs));
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        QCOMPARE(w.document()->asOf(), at("2025-12-14"));
        QCOMPARE(w.size(), size);
    }

    // The right dock area holds two tab groups: reading the dossier, and the analyst's own material (notes,
    // saved views, search), so that no group holds so many tabs that their titles are cut.
    void rightDocksAreTwoTabGroups()
    {
        MainWindow w(m_settings.get());
        w.resize(1600, 1000);
        QVERIFY(w.openFile(m_file, true));
        w.show();
        auto dock = [&](const char* name) { return w.findChild<QDockWidget*>(QString::fromLatin1(name)); };
        auto names = [&](const char* name) {
            QStringList out;
            for (auto* d : w.tabifiedDockWidgets(dock(name)))
                out << d->objectName();
            out.sort();
            return out;
        };
        QCOMPARE(names("notesDock"), QStringList({ u"savedViewsDock"_qs, u"searchDock"_qs }));
        QVERIFY(!names("whatChangedDock").contains(u"notesDock"_qs));
        QVERIFY(names("whatChangedDock").contains(u"reliabilityDock"_qs));
        QCOMPARE(w.dockWidgetArea(dock("notesDock")), Qt::RightDockWidgetArea);
        // One above the other, each with its default front tab.
        QVERIFY(dock("notesDock")->geometry().top() >= dock("whatChangedDock")->geometry().bottom());
        QVERIFY(!dock("notesDock")->visibleRegion().isEmpty());
        QVERIFY(!dock("whatChangedDock")->visibleRegion().isEmpty());
    }

    void badFileIsReportedNotCrashed()
    {
        MainWindow w(m_settings.get());
        const QString bad = m_dir.filePath(u"bad.entente"_qs);
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not a dossier");
        f.close();
        QVERIFY(!w.openFile(bad, true));
        QVERIFY(!w.document()->isOpen());
    }

    // The Activity dock lists the analyst's actions, newest first, as they are made, and filters by analyst.
    void activityDockFollowsTheJournal()
    {
        MainWindow w(m_settings.get());
        w.document()->setUserName(u"Olena"_qs);
        QVERIFY(w.openFile(m_file, true));
        auto* view = w.findChild<QTableView*>(u"activityView"_qs);
        auto* analyst = w.findChild<QComboBox*>(u"activityAnalyst"_qs);
        QVERIFY(view && analyst);
        const int before = view->model()->rowCount();
        PositionChange c;
        c.partyId = u"ru"_qs;
        c.issueId = u"eu"_qs;
        c.stance = u"supports"_qs;
        c.effective = w.document()->dossier().positionChanges().back().effective;
        QVERIFY(Command::applied(Command::recordPosition(w.document(), c)));
        QCOMPARE(view->model()->rowCount(), before + 1);
        QCOMPARE(view->model()->index(0, 1).data().toString(), u"Olena"_qs);
        QVERIFY2(view->model()->index(0, 2).data().toString().startsWith(u"Set Russia on"),
            qPrintable(view->model()->index(0, 2).data().toString()));
        QVERIFY(analyst->findText(u"Olena"_qs) >= 0);
        analyst->setCurrentIndex(analyst->findText(u"Olena"_qs));
        QCOMPARE(view->model()->rowCount(), 1);
    }

    // The Sources dock: F2 edits the current cell in place (not "Record position"), the grades with a list of
    // their meanings; Return opens the source in a dialog; each edit is one undo step.
    void sourcesDockEditsTheSource()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* dock = w.findChild<QDockWidget*>(u"sourcesDock"_qs);
        auto* view = w.findChild<QTableView*>(u"sourcesView"_qs);
        QVERIFY(dock && view);
        dock->show();
        dock->raise();
        QCOMPARE(w.document()->dossier().sources().first().grading(), u"D3"_qs);
        auto* undo = w.document()->undoStack();
        const int steps = undo->count();

        // F2 on the reliability cell: a list of the six grades, not the position editor.
        bool dialogOpened = false;
        QTimer::singleShot(0, qApp, [&dialogOpened] {
            if (auto* modal = QApplication::activeModalWidget()) {
                dialogOpened = true;
                modal->close();
            }
        });
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, SourcesModel::ReliabilityColumn));
        QTest::keyClick(view, Qt::Key_F2);
        QTRY_VERIFY(view->findChild<QComboBox*>(u"choiceEditor"_qs));
        QVERIFY(!dialogOpened);
        QCOMPARE(undo->count(), steps);
        auto* choice = view->findChild<QComboBox*>(u"choiceEditor"_qs);
        QCOMPARE(choice->count(), 6);
        QCOMPARE(choice->currentData().toString(), u"D"_qs);
        QCOMPARE(choice->itemText(1), u"B — Usually reliable"_qs);
        choice->setCurrentIndex(choice->findData(u"C"_qs));
        emit choice->activated(choice->currentIndex());
        QCOMPARE(w.document()->dossier().sources().first().grading(), u"C3"_qs);
        QCOMPARE(undo->count(), steps + 1);
        undo->undo();
        QCOMPARE(w.document()->dossier().sources().first().grading(), u"D3"_qs);

        // F2 on the outlet: a line edit, typed and committed with Return.
        view->setCurrentIndex(view->model()->index(0, SourcesModel::OutletColumn));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit* line = nullptr;
        QTRY_VERIFY((line = view->findChild<QLineEdit*>()) != nullptr && line->isVisible());
        line->selectAll();
        QTest::keyClicks(line, u"PressTV"_qs);
        QTest::keyClick(line, Qt::Key_Return);
        QTRY_COMPARE(w.document()->dossier().sources().first().outlet, u"PressTV"_qs);
        undo->undo();
        QCOMPARE(w.document()->dossier().sources().first().outlet, u"Press TV"_qs);

        // Return opens the whole source in a dialog: a date the dialog cannot read keeps OK disabled, a good one
        // with its precision, a new grade and a note are one undo step.
        bool answered = false;
        QString hint;
        bool okWhileBad = true;
        QTimer::singleShot(0, qApp, [&] {
            auto* dialog = qobject_cast<SourceDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* published = dialog->findChild<QLineEdit*>(u"sourcePublished"_qs);
            auto* ok = dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
            published->setText(u"2025-12-40"_qs);
            hint = dialog->findChild<QLabel*>(u"sourcePublishedHint"_qs)->text();
            okWhileBad = ok->isEnabled();
            published->setText(u"2025-12-16"_qs);
            auto* reliability = dialog->findChild<QComboBox*>(u"sourceReliability"_qs);
            reliability->setCurrentIndex(reliability->findData(u"E"_qs));
            auto* credibility = dialog->findChild<QComboBox*>(u"sourceCredibility"_qs);
            credibility->setCurrentIndex(credibility->findData(4));
            dialog->findChild<QPlainTextEdit*>(u"sourceNote"_qs)->setPlainText(u"Regraded after review"_qs);
            answered = ok->isEnabled();
            ok->click();
        });
        view->setCurrentIndex(view->model()->index(0, SourcesModel::TitleColumn));
        QTest::keyClick(view, Qt::Key_Return);
        QVERIFY(answered);
        QVERIFY(!okWhileBad);
        QVERIFY2(hint.contains(u"not a date"_qs), qPrintable(hint));
        const Source edited = w.document()->dossier().sources().first();
        QCOMPARE(edited.grading(), u"E4"_qs);
        QCOMPARE(edited.published.toIso(), u"2025-12-16"_qs);
        QCOMPARE(edited.note, u"Regraded after review"_qs);
        QCOMPARE(undo->count(), steps + 1); // the earlier two were undone and are replaced
        undo->undo();
        QCOMPARE(w.document()->dossier().sources().first().grading(), u"D3"_qs);
        QCOMPARE(w.document()->dossier().sources().first().published.toIso(), u"2025-12"_qs);

        // A grade typed as text that is not one is refused with a message in the status bar.
        QVERIFY(!view->model()->setData(view->model()->index(0, SourcesModel::CredibilityColumn), u"9"_qs));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"1 to 6"_qs), qPrintable(w.statusBar()->currentMessage()));
    }

    // The position editor grades each cited source's claim: the row shows the combined grade (D3 from a D source
    // and a claim of 3) and the recorded change carries credibility, claimant and quote.
    void positionEditorRecordsClaims()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        bool answered = false;
        QString gradeBefore, gradeAfter;
        QTimer::singleShot(0, qApp, [&] {
            auto* dialog = qobject_cast<ChangeEditorDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* level = dialog->findChild<QComboBox*>(u"level"_qs);
            level->setCurrentIndex(level->findData(u"resists"_qs));
            auto* claims = dialog->findChild<ClaimsEditor*>(u"claimsEditor"_qs);
            if (!claims || claims->rowCount() != 1) // the sample's only source is cited by default
                return;
            gradeBefore = claims->gradeAt(0);
            auto* credibility = qobject_cast<QComboBox*>(claims->cellWidget(0, ClaimsEditor::CredibilityColumn));
            credibility->setCurrentIndex(credibility->findData(5));
            gradeAfter = claims->gradeAt(0);
            claims->item(0, ClaimsEditor::ClaimantColumn)->setText(u"a US official"_qs);
            claims->item(0, ClaimsEditor::QuoteColumn)->setText(u"open to it"_qs);
            answered = true;
            dialog->accept();
        });
        w.editCell(row(w, u"ru"_qs), col(w, u"eu"_qs));
        QVERIFY(answered);
        QCOMPARE(gradeBefore, u"D3"_qs);
        QCOMPARE(gradeAfter, u"D5"_qs);
        const PositionChange& c = w.document()->dossier().positionChanges().back();
        QCOMPARE(c.stance, u"resists"_qs);
        QCOMPARE(c.claims, (QList<Claim> { Claim { u"presstv-2025-12"_qs, 5, u"a US official"_qs, u"open to it"_qs } }));
        const auto cell = w.matrixModel()->index(row(w, u"ru"_qs), col(w, u"eu"_qs));
        QVERIFY2(cell.data(Qt::ToolTipRole).toString().contains(u"Press TV D5 — a US official: “open to it”"_qs),
            qPrintable(cell.data(Qt::ToolTipRole).toString()));
    }

    // "Set capability…" on the Parties table records a capability (on one issue, with its source graded), listed
    // in the party's capability history; the history's "Retract" retracts it, undoably.
    void partiesSetCapability()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        auto* parties = w.findChild<QTableView*>(u"partiesView"_qs);
        QVERIFY(parties);
        parties->setCurrentIndex(parties->model()->index(row(w, u"ru"_qs), 0));
        auto* history = w.findChild<QTableWidget*>(u"capabilityHistory"_qs);
        QVERIFY(history);
        QCOMPARE(history->rowCount(), 0);
        bool answered = false;
        QString inForce;
        QTimer::singleShot(0, qApp, [&] {
            auto* dialog = qobject_cast<ChangeEditorDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            QCOMPARE(dialog->findChild<QComboBox*>(u"capabilityParty"_qs)->currentData().toString(), u"ru"_qs);
            inForce = dialog->findChild<QLabel*>(u"capabilityInForce"_qs)->text();
            auto* issue = dialog->findChild<QComboBox*>(u"capabilityIssue"_qs);
            issue->setCurrentIndex(issue->findData(u"nato"_qs));
            dialog->findChild<QDoubleSpinBox*>(u"capability"_qs)->setValue(85);
            answered = true;
            dialog->accept();
        });
        QTest::mouseClick(w.findChild<QPushButton*>(u"setCapability"_qs), Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY2(inForce.startsWith(u"No capability recorded"_qs), qPrintable(inForce));
        const auto& d = w.document()->dossier();
        QCOMPARE(d.capabilityChanges().size(), size_t(1));
        const CapabilityChange c = d.capabilityChanges().front();
        QCOMPARE(c.partyId, u"ru"_qs);
        QCOMPARE(c.issueId, u"nato"_qs);
        QCOMPARE(c.value, 85.0);
        QCOMPARE(c.citedSources, QStringList { u"presstv-2025-12"_qs }); // the sample's only source, ticked
        QCOMPARE(history->rowCount(), 1);
        QCOMPARE(history->item(0, 1)->text(), u"NATO membership"_qs);
        QCOMPARE(history->item(0, 2)->text(), u"85"_qs);
        QCOMPARE(w.document()->undoStack()->undoText(), u"Set capability of Russia: 85 on NATO membership"_qs);
        // The context menu has the same action.
        QVERIFY(parties->findChild<QAction*>(u"setCapabilityAction"_qs));

        history->setCurrentCell(0, 0);
        QTest::mouseClick(w.findChild<QPushButton*>(u"retractCapability"_qs), Qt::LeftButton);
        QVERIFY(d.capabilityChanges().front().retracted);
        QCOMPARE(history->item(0, 5)->text(), u"retracted"_qs);
        QVERIFY(!d.capabilityAsOf(row(w, u"ru"_qs), col(w, u"nato"_qs), at("2030")));
        w.document()->undoStack()->undo();
        QVERIFY(!d.capabilityChanges().front().retracted);
        QCOMPARE(history->item(0, 5)->text(), QString());
    }

    // "Edit axis…" on the Issues table gives an issue its own axis (an axis with equal values is refused in the
    // dialog, which says why and stays open); the position editor then places a position on it, and the forecast
    // names its outcome by the nearest anchor. One undo step each.
    void issueAxisAndPositionOnIt()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        auto* issues = w.findChild<QTableView*>(u"issuesView"_qs);
        QVERIFY(issues);
        issues->setCurrentIndex(issues->model()->index(col(w, u"territory"_qs), 0));
        QString refusal;
        bool answered = false;
        QTimer::singleShot(0, qApp, [&] {
            auto* dialog = qobject_cast<AxisDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* table = dialog->findChild<QTableWidget*>(u"axisAnchors"_qs);
            auto* add = dialog->findChild<QPushButton*>(u"axisAdd"_qs);
            for (int i = 0; i < 3; ++i)
                QTest::mouseClick(add, Qt::LeftButton);
            const std::pair<double, const char*> rows[] = { { 100, "recognition of the annexation" },
                { 0, "full withdrawal" }, { 100, "duplicate" } };
            for (int r = 0; r < 3; ++r) {
                table->item(r, 0)->setData(Qt::EditRole, rows[r].first);
                table->item(r, 1)->setText(QString::fromUtf8(rows[r].second));
            }
            dialog->accept(); // refused: two anchors at 100
            refusal = dialog->findChild<QLabel*>(u"axisError"_qs)->text();
            if (!dialog->isVisible())
                return;
            table->item(2, 0)->setData(Qt::EditRole, 40.0);
            table->item(2, 1)->setText(u"freeze on the line of contact"_qs);
            answered = true;
            dialog->accept();
        });
        QTest::mouseClick(w.findChild<QPushButton*>(u"editAxis"_qs), Qt::LeftButton);
        QVERIFY(answered);
        QVERIFY2(refusal.startsWith(u"This axis cannot be used: anchor values must increase"_qs), qPrintable(refusal));
        const auto& d = w.document()->dossier();
        const QList<AxisAnchor> expected { { 0, u"full withdrawal"_qs }, { 40, u"freeze on the line of contact"_qs },
            { 100, u"recognition of the annexation"_qs } };
        QCOMPARE(d.issues()[d.issueIndex(u"territory"_qs)].axis, expected);
        QCOMPARE(w.document()->undoStack()->undoText(), u"Set the axis of Territory / Donbas"_qs);

        bool placed = false;
        QTimer::singleShot(0, qApp, [&] {
            auto* dialog = qobject_cast<ChangeEditorDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            auto* level = dialog->findChild<QComboBox*>(u"level"_qs);
            level->setCurrentIndex(level->findData(u"resists"_qs));
            dialog->findChild<QCheckBox*>(u"hasAxisValue"_qs)->setChecked(true);
            dialog->findChild<QDoubleSpinBox*>(u"axisValue"_qs)->setValue(35);
            placed = dialog->findChild<QLabel*>(u"axisNearest"_qs)->text() == u"nearest: freeze on the line of contact"_qs;
            dialog->accept();
        });
        w.editCell(row(w, u"ua"_qs), col(w, u"territory"_qs));
        QVERIFY(placed);
        QCOMPARE(d.positionChanges().back().axisValue, std::optional<double>(35));
        // Removing the axis now is refused: a recorded position is on it.
        Issue plain = d.issues()[d.issueIndex(u"territory"_qs)];
        plain.axis.clear();
        QVERIFY(!Command::editIssue(w.document(), plain).ok());
    }

    // The event editor shows each source's claim for the event with its grade, and an edit of the claim is an
    // ordinary undoable edit of the event.
    void eventEditorGradesClaims()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        auto* editor = w.findChild<EventEditor*>(u"eventEditor"_qs);
        QVERIFY(editor);
        editor->showEvent(7); // "US official: Russia open to Ukraine joining the EU"
        auto* claims = editor->findChild<ClaimsEditor*>(u"claimsEditor"_qs);
        QVERIFY(claims);
        QCOMPARE(claims->rowCount(), 1);
        QCOMPARE(claims->gradeAt(0), u"D4"_qs); // a D outlet, an unconfirmed second-hand claim
        QCOMPARE(claims->item(0, ClaimsEditor::ClaimantColumn)->text(), u"an unnamed US official"_qs);
        auto* credibility = qobject_cast<QComboBox*>(claims->cellWidget(0, ClaimsEditor::CredibilityColumn));
        credibility->setCurrentIndex(credibility->findData(2));
        QCOMPARE(claims->gradeAt(0), u"D2"_qs);
        claims->item(0, ClaimsEditor::QuoteColumn)->setText(u"open to it"_qs);
        QVERIFY(editor->apply());
        const auto& events = w.document()->dossier().events();
        QCOMPARE(events.claims(7),
            (QList<Claim> { Claim { u"presstv-2025-12"_qs, 2, u"an unnamed US official"_qs, u"open to it"_qs } }));
        // Unticking the source drops its claim with it.
        w.document()->undoStack()->undo();
        QCOMPARE(events.claims(7).first().credibility, 4);
        editor->showEvent(7);
        QCOMPARE(claims->gradeAt(0), u"D4"_qs);
        auto* sources = editor->findChild<QListWidget*>(u"eventSources"_qs);
        sources->item(0)->setCheckState(Qt::Unchecked);
        QCOMPARE(claims->rowCount(), 0);
        sources->item(0)->setCheckState(Qt::Checked);
        QCOMPARE(claims->rowCount(), 1);
        QCOMPARE(claims->gradeAt(0), u"D4"_qs); // what was entered comes back with the source
    }

    // The Reliability dock sums up the sample: every stated position rests on the one Press TV report, graded by
    // its claims; marking weak cells frames them on the matrix, and a stricter or looser threshold moves the count.
    void savedViewRestoresEverySetting()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.show();
        auto* views = w.savedViewsPanel();
        QVERIFY(views);
        QCOMPARE(views->list()->count(), 1); // the sample's own view
        // Every setting a view keeps, set away from its default.
        auto set = [&](const char* asOf, std::optional<const char*> compare, const QString& text, const QString& party,
                       const QString& issue, const QString& tag, bool range, bool cell, int lanes, const char* from,
                       const char* to, const QString& chart, const QString& chartIssue, const QString& period) {
            w.document()->setAsOf(at(asOf));
            auto* compareBox = w.findChild<QCheckBox*>(u"compareToggle"_qs);
            if (compare)
                w.setCompareDate(at(*compare));
            else
                compareBox->setChecked(false);
            w.findChild<QLineEdit*>(u"eventFilter"_qs)->setText(text);
            auto* p = w.findChild<QComboBox*>(u"eventFilterParty"_qs);
            p->setCurrentIndex(p->findData(party));
            auto* i = w.findChild<QComboBox*>(u"eventFilterIssue"_qs);
            i->setCurrentIndex(i->findData(issue));
            w.findChild<QLineEdit*>(u"eventFilterTag"_qs)->setText(tag);
            w.findChild<QCheckBox*>(u"eventFilterRange"_qs)->setChecked(range);
            w.findChild<QDateEdit*>(u"eventFilterFrom"_qs)->setDate(QDate(2025, 12, 13));
            w.findChild<QDateEdit*>(u"eventFilterTo"_qs)->setDate(QDate(2025, 12, 15));
            w.findChild<QCheckBox*>(u"eventFilterCell"_qs)->setChecked(cell);
            w.findChild<QComboBox*>(u"timelineLanes"_qs)->setCurrentIndex(lanes);
            TimeScale scale = w.timelineView()->scale();
            scale.fit(at(from), at(to), 0);
            w.timelineView()->setScale(scale);
            auto* kind = w.findChild<QComboBox*>(u"chartKind"_qs);
            kind->setCurrentIndex(kind->findText(chart));
            auto* ci = w.findChild<QComboBox*>(u"chartIssue"_qs);
            ci->setCurrentIndex(ci->findData(chartIssue));
            auto* cp = w.findChild<QComboBox*>(u"chartPeriod"_qs);
            cp->setCurrentIndex(cp->findData(period));
        };
        set("2025-12-14", "2025-12-01", u"talks"_qs, u"us"_qs, u"nato"_qs, u"round"_qs, true, true, 1, "2025-12-10",
            "2025-12-20", u"Activity"_qs, u"eu"_qs, u"week"_qs);
        const SavedView saved = w.currentView();
        QCOMPARE(saved.asOf, at("2025-12-14"));
        QCOMPARE(saved.compareDate, std::optional<qint64>(at("2025-12-01")));
        QCOMPARE(saved.filterText, u"talks"_qs);
        QCOMPARE(saved.filterParty, u"us"_qs);
        QCOMPARE(saved.filterIssue, u"nato"_qs);
        QCOMPARE(saved.filterTag, u"round"_qs);
        QCOMPARE(saved.filterFrom, std::optional<qint64>(at("2025-12-13")));
        QCOMPARE(saved.filterTo, std::optional<qint64>(at("2025-12-15")));
        QVERIFY(saved.filterCell);
        QCOMPARE(saved.lanes, u"issues"_qs);
        QCOMPARE(saved.chart, u"activity"_qs);
        QCOMPARE(saved.chartIssue, u"eu"_qs);
        QCOMPARE(saved.chartPeriod, u"week"_qs);
        QVERIFY(w.saveView(u"Everything"_qs));
        QVERIFY(!w.saveView(u"everything"_qs)); // the name is taken, whatever its case
        QCOMPARE(views->list()->count(), 2);
        QAction* entry = nullptr;
        for (QAction* a : w.savedViewsMenu()->actions())
            if (a->text() == u"Everything")
                entry = a;
        QVERIFY(entry);

        // Everything elsewhere, then the view from the View menu brings every setting back.
        set("2025-12-16", std::nullopt, {}, {}, {}, {}, false, false, 0, "2025-01-01", "2025-06-30",
            u"Position history"_qs, u"territory"_qs, u"month"_qs);
        QVERIFY(!w.findChild<QCheckBox*>(u"compareToggle"_qs)->isChecked());
        entry->trigger();
        SavedView restored = w.currentView();
        // The timeline's window comes back to the pixel (its width decides how many msecs a pixel holds).
        const double msPerPixel = w.timelineView()->scale().msecsPerPixel();
        QVERIFY(std::abs(double(*restored.timelineFrom - *saved.timelineFrom)) <= msPerPixel);
        QVERIFY(std::abs(double(*restored.timelineTo - *saved.timelineTo)) <= 2 * msPerPixel);
        restored.timelineFrom = saved.timelineFrom;
        restored.timelineTo = saved.timelineTo;
        QCOMPARE(restored, saved);
        QCOMPARE(w.document()->asOf(), at("2025-12-14"));
        QVERIFY(w.findChild<QCheckBox*>(u"compareToggle"_qs)->isChecked());
        QCOMPARE(w.matrixModel()->compareDate(), std::optional<qint64>(at("2025-12-01")));
        QCOMPARE(w.findChild<QComboBox*>(u"timelineLanes"_qs)->currentIndex(), 1);
        QCOMPARE(w.timelineView()->laneMode(), TimelineLanes::Mode::Issues);
        QCOMPARE(w.findChild<QComboBox*>(u"chartKind"_qs)->currentText(), u"Activity"_qs);
        QCOMPARE(w.findChild<QComboBox*>(u"chartPeriod"_qs)->currentData().toString(), u"week"_qs);
        QVERIFY(w.findChild<QCheckBox*>(u"eventFilterCell"_qs)->isChecked());

        // Rename and delete from the dock: each one undoable step, the menu in step.
        views->list()->setCurrentRow(1);
        QVERIFY(views->renameCurrent(u"All of it"_qs));
        QCOMPARE(w.document()->undoStack()->undoText(), u"Rename view “Everything” to “All of it”"_qs);
        QCOMPARE(views->list()->item(1)->text(), u"All of it"_qs);
        QVERIFY(!views->renameCurrent(u"berlin round by issue"_qs)); // taken
        views->list()->setCurrentRow(1);
        QVERIFY(views->deleteCurrent());
        QCOMPARE(views->list()->count(), 1);
        w.document()->undoStack()->undo();
        QCOMPARE(views->list()->count(), 2);
        w.document()->undoStack()->undo();
        QCOMPARE(views->list()->item(1)->text(), u"Everything"_qs);
        bool inMenu = false;
        for (QAction* a : w.savedViewsMenu()->actions())
            inMenu = inMenu || a->text() == u"Everything";
        QVERIFY(inMenu);
    }

    // Save Scenario: the Forecast dock's what-if saved as part of a view (one undoable step), marked in the Saved
    // Views dock; applying the view restores it in the dock, also after closing and reopening the file; a name in
    // use is replaced only when asked; removing the view removes the scenario (undoable). The record is untouched.
    void scenarioSavedWithTheView()
    {
        const QString name = u"Russia cares less"_qs;
        std::optional<SavedScenario> saved;
        {
            MainWindow w(m_settings.get());
            QVERIFY(w.openFile(m_file, true));
            w.show();
            const Dossier& d = w.document()->dossier();
            const size_t positions = d.positionChanges().size(), capabilities = d.capabilityChanges().size();
            auto* forecast = w.forecastPanel();
            auto* views = w.savedViewsPanel();
            QVERIFY(forecast && views);
            auto choose = [&](const char* box, const QString& data) {
                auto* c = forecast->findChild<QComboBox*>(QString::fromLatin1(box));
                c->setCurrentIndex(c->findData(data));
            };
            auto* table = forecast->findChild<QTableWidget*>(u"forecastScenario"_qs);
            w.document()->setAsOf(at("2025-12-15"));
            choose("forecastIssue", u"nato"_qs);
            choose("forecastModel", u"mean"_qs);
            QVERIFY(w.saveView(u"No scenario"_qs)); // What if is off: a view without one
            QVERIFY(!d.savedViews().last().scenario);
            forecast->findChild<QGroupBox*>(u"forecastWhatIf"_qs)->setChecked(true);
            table->item(1, 2)->setData(Qt::EditRole, 10.0); // Russia's salience
            table->item(0, 3)->setData(Qt::EditRole, 3.0); // Ukraine's capability
            QVERIFY(w.saveView(name));
            QCOMPARE(w.document()->undoStack()->undoText(), u"Save view “Russia cares less”"_qs);
            saved = d.savedViews().last().scenario;
            QVERIFY(saved);
            QCOMPARE(saved->issue, u"nato"_qs);
            QCOMPARE(saved->overrides.at(u"ru"_qs).salience, std::optional<double>(10));
            QCOMPARE(saved->overrides.at(u"ua"_qs).capability, std::optional<double>(3));
            QCOMPARE(forecast->scenarioName(), name);
            // The Saved Views dock marks the view that carries a scenario and tells it in the tooltip.
            QCOMPARE(views->list()->count(), 3);
            QCOMPARE(views->list()->item(1)->text(), u"No scenario"_qs);
            QCOMPARE(views->list()->item(2)->text(), u"Russia cares less — scenario"_qs);
            QCOMPARE(views->list()->item(2)->toolTip(),
                u"Forecast scenario on NATO membership, Weighted mean\nUkraine: capability 3\nRussia: salience 10"_qs);
            QCOMPARE(views->list()->item(2)->data(SavedViewsPanel::NameRole).toString(), name);
            QCOMPARE(w.savedViewsMenu()->actions().last()->text(), u"Russia cares less — scenario"_qs);

            // A name in use: refused, or replaced when asked (one undoable update, the view's own name kept).
            table->item(0, 3)->setData(Qt::EditRole, 4.0);
            QVERIFY(!w.saveView(u"russia cares less"_qs));
            QVERIFY(w.saveView(u"russia cares less"_qs, true));
            QCOMPARE(w.document()->undoStack()->undoText(), u"Update view “Russia cares less”"_qs);
            QCOMPARE(d.savedViews().size(), 3);
            QCOMPARE(d.savedViews().last().scenario->overrides.at(u"ua"_qs).capability, std::optional<double>(4));
            w.document()->undoStack()->undo();
            QCOMPARE(d.savedViews().last().scenario, saved);
            w.document()->undoStack()->redo();
            QCOMPARE(d.savedViews().last().scenario->overrides.at(u"ua"_qs).capability, std::optional<double>(4));
            w.document()->undoStack()->undo();

            // Removing the view removes its scenario; undo brings both back.
            views->list()->setCurrentRow(2);
            QVERIFY(views->deleteCurrent());
            QCOMPARE(d.savedViews().size(), 2);
            w.document()->undoStack()->undo();
            QCOMPARE(d.savedViews().size(), 3);
            QCOMPARE(d.savedViews().last().scenario, saved);
            QCOMPARE(d.positionChanges().size(), positions);
            QCOMPARE(d.capabilityChanges().size(), capabilities);
        }
        // Reopened: applying the view sets the dock to the scenario, by party id, under the view's name.
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.show();
        auto* forecast = w.forecastPanel();
        QVERIFY(!forecast->savedScenario());
        auto* views = w.savedViewsPanel();
        QCOMPARE(views->list()->item(2)->text(), u"Russia cares less — scenario"_qs);
        views->list()->setCurrentRow(2);
        QTest::mouseClick(views->findChild<QPushButton*>(u"savedViewsApply"_qs), Qt::LeftButton);
        QCOMPARE(forecast->savedScenario(), saved);
        QCOMPARE(forecast->scenarioName(), name);
        QCOMPARE(w.document()->asOf(), at("2025-12-15"));
        QCOMPARE(forecast->findChild<QLabel*>(u"forecastScenarioOutcome"_qs)->text(),
            u"Scenario “Russia cares less” (not recorded): -0.09 (nearest: Ambiguous) — baseline: -1.15 (nearest: Resists)"_qs);
        // Applying a view without a scenario leaves the dock as it is.
        views->list()->setCurrentRow(1);
        QTest::mouseClick(views->findChild<QPushButton*>(u"savedViewsApply"_qs), Qt::LeftButton);
        QCOMPARE(forecast->savedScenario(), saved);
    }

    void notesDockMarksAndSelects()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.show();
        auto* notes = w.notesPanel();
        QVERIFY(notes);
        auto* dock = w.findChild<QDockWidget*>(u"notesDock"_qs);
        QVERIFY(dock);
        dock->raise();
        auto* table = notes->view();
        QTRY_VERIFY(table->isVisible());
        QCOMPARE(table->model()->rowCount(), 3); // the sample's two key judgements and one note
        // The sample's key judgement on Ukraine × NATO marks its cell; its tooltip carries the text.
        const QModelIndex uaNato = w.matrixModel()->index(row(w, u"ua"_qs), col(w, u"nato"_qs));
        QVERIFY(uaNato.data(PositionMatrixModel::NotedRole).toBool());
        QVERIFY(uaNato.data(Qt::ToolTipRole).toString().contains(u"Key judgement (moderate confidence)"));
        QVERIFY(!w.matrixModel()->index(row(w, u"us"_qs), col(w, u"nato"_qs)).data(PositionMatrixModel::NotedRole).toBool());
        // Filter by kind.
        auto* kind = notes->kindFilter();
        kind->setCurrentIndex(kind->findData(u"judgement"_qs));
        QCOMPARE(table->model()->rowCount(), 2);
        kind->setCurrentIndex(kind->findData(u"cell"_qs));
        QCOMPARE(table->model()->rowCount(), 2);
        kind->setCurrentIndex(0);
        // Double-clicking a note selects what it is pinned to: the cell.
        int uaNatoRow = -1;
        for (int r = 0; r < table->model()->rowCount(); ++r)
            if (table->model()->index(r, NotesModel::TextColumn).data().toString().startsWith(u"Kyiv"))
                uaNatoRow = r;
        QVERIFY(uaNatoRow >= 0);
        const QModelIndex noteIndex = table->model()->index(uaNatoRow, NotesModel::TextColumn);
        table->scrollTo(noteIndex);
        // Activating a note (Return on it; a double-click activates it the same way) selects the cell.
        table->setCurrentIndex(noteIndex);
        table->setFocus();
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(w.matrixView()->currentIndex(), uaNato);
        // A note on an event: the event is selected.
        Note onEvent;
        onEvent.target = NoteTarget::Event;
        onEvent.eventId = 9;
        onEvent.text = u"Zelensky's red line"_qs;
        QVERIFY(Command::applied(Command::addNote(w.document(), onEvent)));
        QCOMPARE(table->model()->rowCount(), 4);
        w.showNoteTarget(u"note-4"_qs);
        QCOMPARE(w.timelineView()->selectedEventIds(), QList<qint64> { 9 });
        // Remove from the dock, undo brings it back.
        notes->selectNote(u"note-4"_qs);
        notes->removeCurrent();
        QCOMPARE(table->model()->rowCount(), 3);
        w.document()->undoStack()->undo();
        QCOMPARE(table->model()->rowCount(), 4);
    }

    void reliabilityPanelSummarisesTheSample()
    {
        MainWindow w(m_settings.get());
        QVERIFY(w.openFile(m_file, true));
        w.document()->setAsOf(at("2025-12-16"));
        auto* panel = w.reliabilityPanel();
        QVERIFY(panel);
        QCOMPARE(panel->summaryText(),
            u"As of 16 Dec 2025: 23 of 23 stated positions rest on one source (Press TV), graded D2 (21), D3 (1), "
            "D4 (1); 23 graded below C3."_qs);
        const auto ruEu = w.matrixModel()->index(row(w, u"ru"_qs), col(w, u"eu"_qs));
        QVERIFY(!ruEu.data(PositionMatrixModel::WeakRole).toBool());
        auto* mark = w.findChild<QAction*>(u"actionMarkWeak"_qs);
        QVERIFY(mark);
        mark->trigger();
        QVERIFY(panel->findChild<QCheckBox*>(u"reliabilityMark"_qs)->isChecked());
        QVERIFY(ruEu.data(PositionMatrixModel::WeakRole).toBool());
        QVERIFY(!panel->findChild<QLabel*>(u"reliabilityLegend"_qs)->text().isEmpty());
        panel->setThreshold(u"D3"_qs);
        QVERIFY2(panel->summaryText().endsWith(u"; 1 graded below D3."_qs), qPrintable(panel->summaryText())); // Russia on EU: D4
        QCOMPARE(m_settings->value(u"reliability/threshold"_qs).toString(), u"D3"_qs);
        // The marks follow the as-of date: before the talks fewer positions are stated.
        w.document()->setAsOf(at("2025-12-13"));
        QVERIFY2(panel->summaryText().startsWith(u"As of 13 Dec 2025: 3 of 3 stated positions"_qs), qPrintable(panel->summaryText()));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
