// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader gets from the painted views, read through the QAccessible API as an assistive
// technology would: the matrix is a table whose cells name party, issue, stance and date and describe
// salience and sources, whose column headers carry the issue status, and through which the focus moves cell
// by cell; the timeline is a tree of lanes and their events (title, date with precision, parties) whose
// states follow the selection; a chart has a text summary.
#include "charts/chartview.h"
#include "document.h"
#include "dossierio.h"
#include "mainwindow.h"
#include "matrix/matrixview.h"
#include "timeline/timelineview.h"

#include <QAccessible>
#include <QApplication>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }
}

class tst_Accessibility : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<MainWindow> m_window;

private slots:
    void initTestCase()
    {
        QAccessible::setActive(true);
        const QString file = m_dir.filePath(u"berlin.entente"_s);
        const auto sample = DossierIO::readDossier(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"));
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        const Status created = Document::createDossier(file, sample.value());
        QVERIFY2(created.ok(), qPrintable(created.message()));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_window = std::make_unique<MainWindow>(m_settings.get());
        QVERIFY(m_window->openFile(file, true));
        m_window->document()->waitForEvents();
        m_window->timelineView()->finishLayout();
        m_window->resize(1280, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }
    void cleanupTestCase() { m_window.reset(); }

    void matrixIsATable()
    {
        MatrixView* view = m_window->matrixView();
        QAccessibleInterface* table = QAccessible::queryAccessibleInterface(view);
        QVERIFY(table);
        QCOMPARE(table->role(), QAccessible::Table);
        QCOMPARE(table->text(QAccessible::Name), u"Position matrix"_s);
        QAccessibleTableInterface* t = table->tableInterface();
        QVERIFY(t);
        const Dossier& d = m_window->document()->dossier();
        QCOMPARE(t->rowCount(), int(d.parties().size()));
        QCOMPARE(t->columnCount(), int(d.issues().size()));
    }

    void matrixCellsNameTheirContent()
    {
        const Dossier& d = m_window->document()->dossier();
        m_window->document()->setAsOf(at("2025-12-16"));
        QAccessibleTableInterface* t = QAccessible::queryAccessibleInterface(m_window->matrixView())->tableInterface();
        const int ru = int(d.partyIndex(u"ru"_s)), nato = int(d.issueIndex(u"nato"_s));
        QAccessibleInterface* cell = t->cellAt(ru, nato);
        QVERIFY(cell);
        QCOMPARE(cell->role(), QAccessible::Cell);
        const QString name = cell->text(QAccessible::Name);
        QVERIFY2(name.contains(u"Russia"_s) && name.contains(d.issues()[nato].name) && name.contains(u"Opposes"_s)
                && name.contains(u"since"_s),
            qPrintable(name));
        const QString description = cell->text(QAccessible::Description);
        QVERIFY2(description.contains(u"source"_s) || description.contains(u"cites"_s), qPrintable(description));

        // The column header cell names the issue and its status as of the date.
        QAccessibleTableCellInterface* c = cell->tableCellInterface();
        QVERIFY(c);
        QCOMPARE(c->rowIndex(), ru);
        QCOMPARE(c->columnIndex(), nato);
        const auto headers = c->columnHeaderCells();
        QCOMPARE(headers.size(), 1);
        const QString header = headers.first()->text(QAccessible::Name);
        QVERIFY2(header.startsWith(d.issues()[nato].name) && header.contains(u"status: "_s), qPrintable(header));
        QCOMPARE(headers.first()->role(), QAccessible::ColumnHeader);
        const auto rowHeaders = c->rowHeaderCells();
        QCOMPARE(rowHeaders.size(), 1);
        QCOMPARE(rowHeaders.first()->text(QAccessible::Name), u"Russia"_s);
        // Qt 6.4's QAccessibleTableCell creates header cells with new and never registers them, so nothing
        // deletes them (LeakSanitizer found them leaking): register each (uniqueId) and let the cache delete it.
        for (QAccessibleInterface* h : headers + rowHeaders)
            QAccessible::deleteAccessibleInterface(QAccessible::uniqueId(h));
    }

    void focusMovesCellByCell()
    {
        MatrixView* view = m_window->matrixView();
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, 0));
        QAccessibleInterface* table = QAccessible::queryAccessibleInterface(view);
        QAccessibleInterface* focus = table->focusChild();
        QVERIFY(focus);
        QCOMPARE(focus->tableCellInterface()->rowIndex(), 0);
        QCOMPARE(focus->tableCellInterface()->columnIndex(), 0);
        QTest::keyClick(view, Qt::Key_Right);
        focus = table->focusChild();
        QVERIFY(focus);
        QCOMPARE(focus->tableCellInterface()->columnIndex(), 1);
        QVERIFY(focus->state().focused || focus->state().active || focus->state().selected);
        QTest::keyClick(view, Qt::Key_Down);
        focus = table->focusChild();
        QCOMPARE(focus->tableCellInterface()->rowIndex(), 1);
    }

    void timelineIsATreeOfLanesAndEvents()
    {
        TimelineView* view = m_window->timelineView();
        view->fitAll();
        QAccessibleInterface* tree = QAccessible::queryAccessibleInterface(view);
        QVERIFY(tree);
        QCOMPARE(tree->role(), QAccessible::Tree);
        QCOMPARE(tree->childCount(), int(view->lanes().order().size()));
        QVERIFY(tree->childCount() >= 2);
        QAccessibleInterface* lane = tree->child(0);
        QVERIFY(lane && lane->isValid());
        QCOMPARE(lane->role(), QAccessible::TreeItem);
        QCOMPARE(lane->parent(), tree);
        QCOMPARE(tree->indexOfChild(lane), 0);
        const auto& first = view->lanes().lane(view->lanes().order()[0]);
        QVERIFY2(lane->text(QAccessible::Name).startsWith(first.name), qPrintable(lane->text(QAccessible::Name)));
        QVERIFY(lane->state().expanded);
        QVERIFY(lane->childCount() > 0);

        QAccessibleInterface* event = lane->child(0);
        QVERIFY(event && event->isValid());
        QCOMPARE(event->parent(), lane);
        const EventStore& store = m_window->document()->dossier().events();
        // The lane's first child is its first event in the visible period.
        const qsizetype firstVisible = view->lanes().lowerBound(view->lanes().order()[0], view->scale().start());
        const qsizetype row = qsizetype(first.rows[size_t(firstVisible)]);
        const QString name = event->text(QAccessible::Name);
        QVERIFY2(name.startsWith(store.title(row).toString()), qPrintable(name));
        QVERIFY2(name.contains(store.startDate(row).display()), qPrintable(name)); // the date with its precision
        QVERIFY2(name.contains(u"parties: "_s), qPrintable(name));
        QVERIFY(!event->state().selected);

        // Selection and the current event show in the states and in focusChild.
        const qint64 id = store.id(row);
        view->setFocus();
        view->setSelectedEventIds({ id });
        QVERIFY(event->state().selected);
        QTest::keyClick(view, Qt::Key_Right);
        QVERIFY(view->currentEventId() != 0);
        QAccessibleInterface* focus = tree->focusChild();
        QVERIFY(focus);
        QVERIFY2(focus->text(QAccessible::Name).startsWith(store.title(store.rowOfId(view->currentEventId())).toString()),
            qPrintable(focus->text(QAccessible::Name)));

        // A collapsed lane has no visible children and says so.
        view->setLaneCollapsed(view->lanes().order()[0], true);
        QAccessibleInterface* collapsed = tree->child(0);
        QVERIFY(collapsed->state().collapsed);
        QCOMPARE(collapsed->childCount(), 0);
        view->setLaneCollapsed(view->lanes().order()[0], false);
    }

    void chartHasATextSummary()
    {
        auto* chart = m_window->findChild<ChartView*>(u"chartView"_s);
        QVERIFY(chart);
        QAccessibleInterface* iface = QAccessible::queryAccessibleInterface(chart);
        QVERIFY(iface);
        QVERIFY(!iface->text(QAccessible::Name).isEmpty());
        const QString summary = iface->text(QAccessible::Description);
        QVERIFY2(!summary.isEmpty(), "no text summary");
        // Names at least one party and says what its last value is.
        bool namesParty = false;
        for (const auto& p : m_window->document()->dossier().parties())
            namesParty = namesParty || summary.contains(p.name);
        QVERIFY2(namesParty, qPrintable(summary));
        QVERIFY2(summary.contains(u"last "_s) || summary.contains(u" in all"_s), qPrintable(summary));
    }
};

QTEST_MAIN(tst_Accessibility)
#include "tst_accessibility.moc"
