// SPDX-License-Identifier: GPL-3.0-or-later
// The Activity dock's model: the journal of a dossier file as the analyst sees it (actions, not the store's
// row-level lines), newest first, live as edits are made, filtered by analyst and date range; and a dossier
// file is honest about team mode: one writer, no feed, nothing changes under it.
#include "activitymodel.h"
#include "commands.h"
#include "document.h"
#include "storetestutil.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace StoreTest;

class TestActivityModel : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newDossier()
    {
        Dossier d;
        fillDossier(d);
        const QString path = m_dir.filePath(QStringLiteral("activity%1.entente").arg(++m_count));
        const Status s = Document::createDossier(path, d);
        if (!s.ok())
            qWarning("%s", qPrintable(s.message()));
        return path;
    }

    static PositionChange stance(const Document& doc, const QString& party, int level)
    {
        PositionChange c;
        c.partyId = party;
        c.issueId = u"nato"_qs;
        c.stance = doc.dossier().stanceScale()[level].key;
        c.effective = date("2025-12-20");
        return c;
    }

    static QStringList column(const QAbstractItemModel& m, int column)
    {
        QStringList out;
        for (int r = 0; r < m.rowCount(); ++r)
            out << m.index(r, column).data().toString();
        return out;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void rowLinesAreNotActions_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<bool>("rowLine");
        QTest::newRow("party update") << u"party.update"_qs << true;
        QTest::newRow("scale level") << u"stance level.insert"_qs << true;
        QTest::newRow("meta") << u"meta"_qs << true;
        QTest::newRow("file created") << u"create"_qs << true;
        QTest::newRow("set") << u"Set Russia on NATO membership to Opposes"_qs << false;
        QTest::newRow("undo") << u"Undo Add event “Talks”"_qs << false;
        QTest::newRow("a dot in a sentence") << u"Edit party “U.S.”"_qs << false;
    }
    void rowLinesAreNotActions()
    {
        QFETCH(QString, action);
        QFETCH(bool, rowLine);
        QCOMPARE(ActivityModel::isRowLine({ 1, 0, u"x"_qs, action, {} }), rowLine);
    }

    // Each action appears once, newest first, with who and what, as it is made; undo is an action too.
    void showsActionsLiveNewestFirst()
    {
        Document doc;
        doc.setUserName(u"Olena"_qs);
        QVERIFY(doc.openLocation(newDossier()).ok());
        ActivityModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0); // a fresh file: its creation is a row-level line, not an action
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QVERIFY(Command::applied(Command::recordPosition(&doc, stance(doc, u"us"_qs, 0))));
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, ActivityModel::WhoColumn).data().toString(), u"Olena"_qs);
        QCOMPARE(model.index(0, ActivityModel::WhatColumn).data().toString(),
            u"Set United States on NATO membership to Firmly opposes"_qs);
        const qint64 at = model.index(0, 0).data(ActivityModel::AtRole).toLongLong();
        QVERIFY(qAbs(at - QDateTime::currentMSecsSinceEpoch()) < 60000);
        QVERIFY(!model.index(0, ActivityModel::WhenColumn).data().toString().isEmpty());
        doc.setUserName(u"Marc"_qs);
        QVERIFY(Command::applied(Command::recordPosition(&doc, stance(doc, u"de"_qs, 4))));
        doc.undoStack()->undo();
        QCOMPARE(column(model, ActivityModel::WhoColumn), (QStringList { u"Marc"_qs, u"Marc"_qs, u"Olena"_qs }));
        QVERIFY2(column(model, ActivityModel::WhatColumn).first().startsWith(u"Undo Set Germany"),
            qPrintable(column(model, ActivityModel::WhatColumn).first()));
        QCOMPARE(model.analysts(), (QStringList { u"Marc"_qs, u"Olena"_qs }));
        // A refused edit writes no line.
        QVERIFY(!Command::applied(Command::recordPosition(&doc, stance(doc, u"nobody"_qs, 0))));
        QCOMPARE(model.rowCount(), 3);
    }

    void filtersByAnalystAndDate()
    {
        Document doc;
        doc.setUserName(u"Olena"_qs);
        QVERIFY(doc.openLocation(newDossier()).ok());
        ActivityModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(Command::applied(Command::recordPosition(&doc, stance(doc, u"us"_qs, 0))));
        doc.setUserName(u"Marc"_qs);
        QVERIFY(Command::applied(Command::recordPosition(&doc, stance(doc, u"de"_qs, 1))));
        model.setAnalyst(u"Olena"_qs);
        QCOMPARE(column(model, ActivityModel::WhoColumn), QStringList { u"Olena"_qs });
        // Live while filtered: Marc's next action stays hidden, Olena's shows.
        QVERIFY(Command::applied(Command::recordPosition(&doc, stance(doc, u"eu"_qs, 2))));
        QCOMPARE(model.rowCount(), 1);
        doc.setUserName(u"Olena"_qs);
        QVERIFY(Command::applied(Command::recordPosition(&doc, stance(doc, u"un"_qs, 3))));
        QCOMPARE(column(model, ActivityModel::WhoColumn), (QStringList { u"Olena"_qs, u"Olena"_qs }));
        model.setAnalyst({});
        QCOMPARE(model.rowCount(), 4);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        model.setDateRange(now + 3600000, 0); // from an hour ahead: nothing
        QCOMPARE(model.rowCount(), 0);
        model.setDateRange(now - 3600000, now + 3600000);
        QCOMPARE(model.rowCount(), 4);
        model.setDateRange(0, now - 3600000); // until an hour ago: nothing
        QCOMPARE(model.rowCount(), 0);
        model.setDateRange(0, 0);
        model.setAnalyst(u"Nobody"_qs);
        QCOMPARE(model.rowCount(), 0);
    }

    // A dossier file has one writer: not shared, no feed, no changes from elsewhere, no connection to lose.
    void aFileIsNotShared()
    {
        Document doc;
        QVERIFY(doc.openLocation(newDossier()).ok());
        QVERIFY(!doc.isShared());
        QVERIFY(doc.isConnected());
        QSignalSpy notices(&doc, &Document::remoteNotice);
        QVERIFY(doc.refreshFromStore().ok());
        QCOMPARE(notices.size(), 0);
        QVERIFY(!doc.isReadOnly());
    }
};

QTEST_GUILESS_MAIN(TestActivityModel)
#include "tst_activitymodel.moc"
