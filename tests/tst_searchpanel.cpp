// SPDX-License-Identifier: GPL-3.0-or-later
// Search Everything in the window, as an analyst uses it on the sample: Ctrl+Shift+F (Ctrl+F still filters the
// events), type, move to the hits with the keyboard, and Return selects the hit in its view: the event in the
// timeline and the events table, a position change's cell as of its date with the change in the History dock, a
// source in the Sources dock. Hostile text shows as text, and the shown results follow an edit.
#include "cellhistorymodel.h"
#include "commands.h"
#include "document.h"
#include "dossierio.h"
#include "eventsmodel.h"
#include "mainwindow.h"
#include "matrix/matrixview.h"
#include "positionmatrixmodel.h"
#include "searchengine.h"
#include "searchkinds.h"
#include "searchpanel.h"
#include "searchresultsmodel.h"
#include "timeline/timelineview.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>

using namespace Entente;

class TestSearchPanel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

    SearchPanel* panel() { return m_window->searchPanel(); }

    // Types `text` into the search field and waits for its results.
    void search(const QString& text)
    {
        panel()->field()->clear();
        QTest::keyClicks(panel()->field(), text);
        QTRY_COMPARE(panel()->model()->results().text, text);
    }

    // Moves from the field to the first hit of `kind` with the keyboard and presses Return on it.
    void chooseFirstOf(const char* kind)
    {
        auto* view = panel()->view();
        QTest::keyClick(panel()->field(), Qt::Key_Down);
        QVERIFY(view->hasFocus());
        QVERIFY(view->currentIndex().isValid());
        // Down through the hits until one of the kind wanted.
        for (int guard = 0; guard < 200; ++guard) {
            const auto hit = panel()->model()->hitAt(view->currentIndex());
            if (hit && qstrcmp(searchKinds()[size_t(hit->kind)].key, kind) == 0)
                break;
            QTest::keyClick(view, Qt::Key_Down);
        }
        const auto hit = panel()->model()->hitAt(view->currentIndex());
        QVERIFY(hit);
        QCOMPARE(QString::fromLatin1(searchKinds()[size_t(hit->kind)].key), QString::fromLatin1(kind));
        QTest::keyClick(view, Qt::Key_Return);
    }

private slots:
    void init()
    {
        m_file = m_dir.filePath(u"berlin.entente"_qs);
        QFile::remove(m_file);
        const auto sample = DossierIO::readDossier(u"" ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"_qs);
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        QVERIFY(Document::createDossier(m_file, sample.value()).ok());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        m_settings->clear();
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(m_window->openFile(m_file, true));
        m_window->resize(1400, 900);
        m_window->show();
        QApplication::setActiveWindow(m_window.get());
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }
    void cleanup() { m_window.reset(); }

    void shortcutOpensTheField()
    {
        // Ctrl+Shift+F belongs to Search Everything alone; Ctrl+F is still the events filter.
        QList<QAction*> owners;
        for (auto* a : m_window->findChildren<QAction*>())
            if (a->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F)))
                owners << a;
        QCOMPARE(owners.size(), 1);
        QCOMPARE(owners.constFirst()->objectName(), u"actionSearchEverything"_qs);
        auto* find = m_window->findChild<QAction*>(u"actionFind"_qs);
        QVERIFY(find);
        QCOMPARE(find->shortcut(), QKeySequence(QKeySequence::Find));
        auto* dock = m_window->findChild<QDockWidget*>(u"searchDock"_qs);
        QVERIFY(dock);
        m_window->matrixView()->setFocus();
        QTest::keyClick(m_window->matrixView(), Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY(panel()->field()->hasFocus());
        QVERIFY(dock->isVisible());
    }

    void eventHitSelectsTheEvent()
    {
        m_window->searchEverything();
        search(u"full-scale"_qs);
        QVERIFY2(panel()->statusText().contains(u"match"_qs), qPrintable(panel()->statusText()));
        chooseFirstOf("events");
        QCOMPARE(m_window->timelineView()->selectedEventIds(), QList<qint64> { 1 });
        const QModelIndex current = m_window->eventsView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(m_window->eventsModel()->eventIdAt(current.row()), qint64(1));
        // Escape goes back to the field for the next query.
        QTest::keyClick(panel()->view(), Qt::Key_Escape);
        QVERIFY(panel()->field()->hasFocus());
    }

    void positionHitSelectsTheCellAsOfItsDate()
    {
        const Dossier& d = m_window->document()->dossier();
        m_window->document()->setAsOf(PartialDate::parse(u"2025-12-16")->msecs);
        m_window->searchEverything();
        search(u"fundamental"_qs); // the note of Russia's position on NATO (change 3, December 2025)
        chooseFirstOf("positions");
        const PositionChange& c = d.positionChanges()[size_t(d.positionChangeIndex(3))];
        QCOMPARE(m_window->document()->asOf(), c.effective.msecs);
        const QModelIndex cell = m_window->matrixView()->currentIndex();
        QCOMPARE(cell.row(), int(d.partyIndex(u"ru"_qs)));
        QCOMPARE(cell.column(), int(d.issueIndex(u"nato"_qs)));
        auto* history = m_window->findChild<QTableView*>(u"historyView"_qs);
        QVERIFY(history);
        const auto* model = qobject_cast<CellHistoryModel*>(history->model());
        QVERIFY(model);
        QVERIFY(history->currentIndex().isValid());
        QCOMPARE(model->changeIdAt(history->currentIndex().row()), qint64(3));
        QVERIFY(m_window->findChild<QDockWidget*>(u"historyDock"_qs)->isVisible());
    }

    void claimAndSourceHits()
    {
        m_window->searchEverything();
        search(u"iranian"_qs); // the Press TV source's note
        chooseFirstOf("sources");
        auto* sources = m_window->findChild<QTableView*>(u"sourcesView"_qs);
        QVERIFY(sources);
        QCOMPARE(sources->currentIndex().row(), 0);
        QVERIFY(m_window->findChild<QDockWidget*>(u"sourcesDock"_qs)->isVisible());
        // A claim's hit selects the change that carries the claim.
        m_window->searchEverything();
        search(u"very strong"_qs); // the quote of unnamed US officials on the US offer of guarantees (change 7)
        chooseFirstOf("claims");
        const auto hit = panel()->model()->hitAt(panel()->view()->currentIndex());
        QVERIFY(hit);
        QCOMPARE(hit->target.type, SearchTarget::Type::PositionChange);
        QCOMPARE(hit->target.number, qint64(7));
        QCOMPARE(hit->field, u"quote"_qs);
        const Dossier& d = m_window->document()->dossier();
        const PositionChange& c = d.positionChanges()[size_t(d.positionChangeIndex(hit->target.number))];
        const QModelIndex cell = m_window->matrixView()->currentIndex();
        QCOMPARE(cell.row(), int(d.partyIndex(c.partyId)));
        QCOMPARE(cell.column(), int(d.issueIndex(c.issueId)));
    }

    // Hostile text from a file is shown as text: the rows carry it escaped, the field and status are plain text.
    // The shown results follow an edit without typing again.
    void hostileTextAndEdits()
    {
        m_window->searchEverything();
        search(u"zanzibar"_qs);
        QCOMPARE(panel()->model()->rowCount(), 0);
        QVERIFY2(panel()->statusText().contains(u"Nothing"_qs), qPrintable(panel()->statusText()));
        Event e;
        e.start = PartialDate::parse(u"2025-12-16").value();
        e.title = u"<img src=\"x\"> Zanzibar <b>round</b> & <a href=\"file:///etc/passwd\">terms</a>"_qs;
        QVERIFY(Command::addEvent(m_window->document(), e).ok());
        QTRY_COMPARE(panel()->model()->rowCount(), 1);
        const QModelIndex hitIndex = panel()->model()->firstHit();
        const QString html = hitIndex.data(SearchResultsModel::HtmlRole).toString();
        QVERIFY2(!html.contains(u"<img"_qs) && !html.contains(u"<a href"_qs), qPrintable(html));
        QVERIFY2(html.contains(u"&lt;img src=&quot;x&quot;&gt; <b>Zanzibar</b> &lt;b&gt;round&lt;/b&gt;"_qs), qPrintable(html));
        QVERIFY2(panel()->statusText().contains(u"1 match"_qs), qPrintable(panel()->statusText()));
        // What the row shows: render it for a look (docs and failures), and the plain text for screen readers.
        panel()->view()->expandAll();
        const QString plain = hitIndex.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(plain.contains(u"<img src=\"x\"> Zanzibar <b>round</b>"_qs), qPrintable(plain));
        const QImage shot = panel()->grab().toImage();
        QVERIFY(!shot.isNull());
        shot.save(QDir(QStringLiteral(ENTENTE_BINARY_DIR)).filePath(u"tst_searchpanel-hostile.png"_qs));
        // Undo the insertion: the hit goes.
        m_window->document()->undoStack()->undo();
        QTRY_COMPARE(panel()->model()->rowCount(), 0);
    }
};

QTEST_MAIN(TestSearchPanel)
#include "tst_searchpanel.moc"
