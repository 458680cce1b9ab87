// SPDX-License-Identifier: GPL-3.0-or-later
// The conflict dialog (offscreen), on a real team dossier: B edits an event A changed first; the dialog shows
// the fields B changed that A stored otherwise, both values side by side as plain text; Merge keeps the ticked
// fields of B's version, Take Theirs writes nothing, and what A changed elsewhere in the row is kept either way.
#include "commands.h"
#include "document.h"
#include "pgtestutil.h"
#include "postgresstore.h"
#include "storeconformance.h"
#include "team/conflictdialog.h"

#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Entente;

namespace {
std::unique_ptr<Document> openAs(const QString& id, const QString& role, const QString& analyst)
{
    auto doc = std::make_unique<Document>();
    doc->setUserName(analyst);
    const auto opened = doc->openLocation(PgTest::uri(id, role));
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.message()));
        return nullptr;
    }
    return doc;
}

Event eventOf(const Document& d, qint64 id) { return d.dossier().events().event(d.dossier().events().rowOfId(id)); }
}

class TestConflictDialog : public QObject {
    Q_OBJECT
private:
    QString m_id;
    std::unique_ptr<Document> m_a;
    std::unique_ptr<Document> m_b;
    qint64 m_event = 0;

    // A changes the title and description, then B (from the version it read) the title and location.
    void makeConflict(const QString& titleA, const QString& titleB)
    {
        Event ea = eventOf(*m_a, m_event);
        Event eb = eventOf(*m_b, m_event);
        ea.title = titleA;
        ea.description = u"Description by Olena "_qs + titleA;
        eb.title = titleB;
        eb.location = u"Location by Marc "_qs + titleB;
        QVERIFY(Command::applied(Command::editEvent(m_a.get(), ea)));
        QVERIFY(!Command::applied(Command::editEvent(m_b.get(), eb)));
        QTRY_VERIFY_WITH_TIMEOUT(m_b->pendingConflict().has_value(), 1000);
    }

private slots:
    void initTestCase()
    {
        const QString problem = PgTest::clusterProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        m_id = PgTest::freshId(u"dialog"_qs);
        QVERIFY(PostgresStore::create(PgTest::uri(m_id), Conformance::sample()).ok());
        m_a = openAs(m_id, u"alice"_qs, u"Olena"_qs);
        m_b = openAs(m_id, u"bob"_qs, u"Marc"_qs);
        QVERIFY(m_a && m_b);
        m_event = m_a->dossier().events().event(0).id;
    }

    void showsBothVersionsAndMerges()
    {
        makeConflict(u"Title by Olena"_qs, u"<b>Title by Marc</b>"_qs);
        ConflictDialog dialog(m_b.get());
        dialog.show();
        auto* table = dialog.findChild<QTableWidget*>(QStringLiteral("conflictFields"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), 2);
        QCOMPARE(table->item(0, 0)->text(), u"Title"_qs);
        QCOMPARE(table->item(0, 1)->text(), u"<b>Title by Marc</b>"_qs); // data, shown as it is
        QCOMPARE(table->item(0, 2)->text(), u"Title by Olena"_qs);
        QCOMPARE(table->item(1, 0)->text(), u"Location"_qs);
        QVERIFY(dialog.findChild<QLabel*>(QStringLiteral("conflictIntro"))
                    ->text()
                    .contains(u"nothing has been overwritten", Qt::CaseInsensitive));
        QCOMPARE(dialog.keptMine(), (QList<bool> { true, true }));
        table->item(0, 1)->setCheckState(Qt::Unchecked); // their title, my location
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("merge")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!m_b->pendingConflict());
        const Event merged = eventOf(*m_b, m_event);
        QCOMPARE(merged.title, u"Title by Olena"_qs);
        QCOMPARE(merged.description, u"Description by Olena Title by Olena"_qs);
        QCOMPARE(merged.location, u"Location by Marc <b>Title by Marc</b>"_qs);
        QTRY_COMPARE_WITH_TIMEOUT(eventOf(*m_a, m_event).location, merged.location, 1000);
    }

    void takeTheirsWritesNothing()
    {
        QTRY_COMPARE_WITH_TIMEOUT(eventOf(*m_b, m_event), eventOf(*m_a, m_event), 1000);
        makeConflict(u"Second by Olena"_qs, u"Second by Marc"_qs);
        ConflictDialog dialog(m_b.get());
        dialog.show();
        const int undo = m_b->undoStack()->count();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("takeTheirs")), Qt::LeftButton);
        QVERIFY(!m_b->pendingConflict());
        QCOMPARE(m_b->undoStack()->count(), undo);
        QCOMPARE(eventOf(*m_b, m_event).title, u"Second by Olena"_qs);
    }

    void keepMineWritesMine()
    {
        QTRY_COMPARE_WITH_TIMEOUT(eventOf(*m_b, m_event), eventOf(*m_a, m_event), 1000);
        makeConflict(u"Third by Olena"_qs, u"Third by Marc"_qs);
        ConflictDialog dialog(m_b.get());
        dialog.show();
        QTest::mouseClick(dialog.findChild<QPushButton*>(QStringLiteral("keepMine")), Qt::LeftButton);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QTRY_COMPARE_WITH_TIMEOUT(eventOf(*m_a, m_event).title, u"Third by Marc"_qs, 1000);
        QCOMPARE(eventOf(*m_a, m_event).description, u"Description by Olena Third by Olena"_qs); // theirs kept
    }
};

QTEST_MAIN(TestConflictDialog)
#include "tst_conflictdialog.moc"
