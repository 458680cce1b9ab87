// SPDX-License-Identifier: GPL-3.0-or-later
#include "cellhistorymodel.h"
#include "commands.h"
#include "document.h"
#include "issuesmodel.h"
#include "modelfixture.h"
#include "partiesmodel.h"
#include "sourcesmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QFont>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;
using namespace Fixture;

namespace {
QStringList column(const QAbstractItemModel& m, int c, int role = Qt::DisplayRole)
{
    QStringList out;
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, c).data(role).toString();
    return out;
}
}

class TestSmallModels : public QObject {
    Q_OBJECT
private slots:
    void parties()
    {
        Document doc;
        doc.open(nullptr, sample());
        PartiesModel m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(
            column(m, PartiesModel::NameColumn), (QStringList { u"United States"_qs, u"Ukraine"_qs, u"Russia"_qs }));
        QCOMPARE(
            m.index(1, PartiesModel::NameColumn).data(Qt::DecorationRole).value<QColor>(), QColor(0x00, 0x57, 0xb7));
        QCOMPARE(m.index(1, PartiesModel::KindColumn).data().toString(), u"State"_qs);
        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted), moved(&m, &QAbstractItemModel::rowsMoved),
            removed(&m, &QAbstractItemModel::rowsRemoved), changed(&m, &QAbstractItemModel::dataChanged),
            resets(&m, &QAbstractItemModel::modelReset);
        Party eu { u"eu"_qs, u"European leaders"_qs, u"EU"_qs, u"#003399"_qs, PartyKind::Bloc };
        QVERIFY(Command::applied(Command::addParty(&doc, eu, 0)));
        QCOMPARE(inserted.count(), 1);
        Party fr { u"fr"_qs, u"France"_qs, u"FR"_qs, {}, PartyKind::State, u"eu"_qs };
        QVERIFY(Command::applied(Command::addParty(&doc, fr)));
        QCOMPARE(m.index(4, PartiesModel::BlocColumn).data().toString(), u"European leaders"_qs);
        QCOMPARE(m.index(0, PartiesModel::KindColumn).data().toString(), u"Bloc"_qs);
        // Renaming the bloc refreshes its row and its members' bloc column.
        QVERIFY(m.setData(m.index(0, PartiesModel::NameColumn), u"Europeans"_qs));
        QCOMPARE(doc.undoStack()->undoText(), u"Rename party European leaders to Europeans"_qs);
        QCOMPARE(changed.count(), 2);
        QCOMPARE(m.index(4, PartiesModel::BlocColumn).data().toString(), u"Europeans"_qs);
        QVERIFY(m.setData(m.index(0, PartiesModel::ShortNameColumn), u"EUR"_qs));
        QVERIFY(!m.setData(m.index(0, PartiesModel::KindColumn), u"x"_qs));
        QVERIFY(!m.setData(m.index(0, PartiesModel::NameColumn), QString())); // a party needs a name
        QVERIFY(Command::applied(Command::moveParty(&doc, 0, 3)));
        QCOMPARE(moved.count(), 1);
        QCOMPARE(m.index(3, PartiesModel::NameColumn).data().toString(), u"Europeans"_qs);
        QVERIFY(Command::applied(Command::removeParty(&doc, u"fr"_qs)));
        QCOMPARE(removed.count(), 1);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(
            column(m, PartiesModel::NameColumn), (QStringList { u"United States"_qs, u"Ukraine"_qs, u"Russia"_qs }));
        while (doc.undoStack()->canRedo())
            doc.undoStack()->redo();
        QCOMPARE(m.rowCount(), 4);
        QCOMPARE(resets.count(), 0);
        doc.close();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m.rowCount(), 0);
    }

    void issuesWithStatusAsOf()
    {
        Document doc;
        doc.open(nullptr, sample());
        doc.setAsOf(at("2025-12-20"));
        IssuesModel m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(m, IssuesModel::StatusColumn), (QStringList { u"Contested"_qs, QString(), QString() }));
        QCOMPARE(m.index(0, 0).data(IssuesModel::StatusColorRole).value<QColor>(), QColor(0xe7, 0x4c, 0x3c));
        QCOMPARE(m.index(0, 0).data(IssuesModel::StatusKeyRole).toString(), u"contested"_qs);
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        doc.setAsOf(at("2025-12-01"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), m.index(0, IssuesModel::StatusColumn));
        QCOMPARE(changed.at(0).at(1).toModelIndex(), m.index(2, IssuesModel::StatusColumn));
        QCOMPARE(m.index(0, IssuesModel::StatusColumn).data().toString(), QString());
        doc.setAsOf(at("2025-12-20"));
        StatusChange s;
        s.issueId = u"eu"_qs;
        s.status = u"converging"_qs;
        s.effective = day("2025-12-18");
        changed.clear();
        QVERIFY(Command::applied(Command::recordStatus(&doc, s)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), m.index(1, IssuesModel::StatusColumn));
        QCOMPARE(m.index(1, IssuesModel::StatusColumn).data().toString(), u"Converging"_qs);
        doc.undoStack()->undo(); // retracts
        QCOMPARE(m.index(1, IssuesModel::StatusColumn).data().toString(), QString());
        // Edit the name through the model; add, move and remove issues.
        QVERIFY(m.setData(m.index(2, IssuesModel::NameColumn), u"Territory and Donbas"_qs));
        QCOMPARE(m.index(2, IssuesModel::NameColumn).data().toString(), u"Territory and Donbas"_qs);
        QVERIFY(!m.setData(m.index(2, IssuesModel::StatusColumn), u"x"_qs));
        QVERIFY(Command::applied(Command::addIssue(&doc, { u"pk"_qs, u"Peacekeepers"_qs, {} }, 1)));
        QVERIFY(Command::applied(Command::moveIssue(&doc, 1, 3)));
        QCOMPARE(m.index(3, IssuesModel::NameColumn).data().toString(), u"Peacekeepers"_qs);
        QVERIFY(Command::applied(Command::removeIssue(&doc, u"pk"_qs)));
        QCOMPARE(m.rowCount(), 3);
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(m.index(2, IssuesModel::NameColumn).data().toString(), u"Territory"_qs);
    }

    void sources()
    {
        Document doc;
        doc.open(nullptr, sample());
        SourcesModel m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(column(m, SourcesModel::ReliabilityColumn), (QStringList { u"B"_qs, u"D"_qs }));
        QCOMPARE(column(m, SourcesModel::CredibilityColumn), (QStringList { u"2"_qs, u"4"_qs }));
        QCOMPARE(column(m, SourcesModel::OutletColumn, SourcesModel::GradingRole), (QStringList { u"B2"_qs, u"D4"_qs }));
        QCOMPARE(m.index(0, SourcesModel::PublishedColumn).data().toString(), u"15 Dec 2025"_qs);
        QCOMPARE(m.index(0, SourcesModel::PublishedColumn).data(Qt::EditRole).toString(), u"2025-12-15"_qs);
        QCOMPARE(m.index(1, SourcesModel::TitleColumn).data(Qt::ToolTipRole).toString(), u"Kremlin &lt;comment&gt;"_qs);
        QCOMPARE(m.index(1, SourcesModel::ReliabilityColumn).data(Qt::ToolTipRole).toString(),
            u"Reliability D: Not usually reliable"_qs);
        QCOMPARE(m.index(0, SourcesModel::ReliabilityColumn).data(SourcesModel::ChoicesRole).toStringList(),
            (QStringList { u"A"_qs, u"B"_qs, u"C"_qs, u"D"_qs, u"E"_qs, u"F"_qs }));
        QCOMPARE(m.index(0, SourcesModel::CredibilityColumn).data(SourcesModel::ChoiceLabelsRole).toStringList().at(2),
            u"3 — Possibly true"_qs);
        QVERIFY(m.index(0, SourcesModel::OutletColumn).data(SourcesModel::ChoicesRole).toStringList().isEmpty());
        for (int c = 0; c < SourcesModel::ColumnCount; ++c)
            QVERIFY(m.flags(m.index(0, c)) & Qt::ItemIsEditable);

        // Every field edits in place, each one undo step.
        QSignalSpy refused(&m, &SourcesModel::editRefused);
        QVERIFY(m.setData(m.index(1, SourcesModel::OutletColumn), u"TASS agency"_qs));
        QCOMPARE(m.index(1, SourcesModel::OutletColumn).data().toString(), u"TASS agency"_qs);
        QVERIFY(m.setData(m.index(1, SourcesModel::ReliabilityColumn), u"c"_qs));
        QVERIFY(m.setData(m.index(1, SourcesModel::CredibilityColumn), u"3"_qs));
        QCOMPARE(doc.dossier().sources()[1].grading(), u"C3"_qs);
        QVERIFY(m.setData(m.index(1, SourcesModel::PublishedColumn), u"2025-12"_qs));
        QCOMPARE(doc.dossier().sources()[1].published.precision, Precision::Month);
        QCOMPARE(m.index(1, SourcesModel::PublishedColumn).data().toString(), u"Dec 2025"_qs);
        QCOMPARE(m.index(1, SourcesModel::PublishedColumn).data(Qt::ToolTipRole).toString(),
            u"Dec 2025 (known to the month)"_qs);
        QVERIFY(m.setData(m.index(1, SourcesModel::NoteColumn), u"relays the Kremlin\nline by line"_qs));
        QCOMPARE(m.index(1, SourcesModel::NoteColumn).data().toString(), u"relays the Kremlin line by line"_qs);
        QCOMPARE(doc.dossier().sources()[1].note, u"relays the Kremlin\nline by line"_qs);
        QCOMPARE(refused.count(), 0);

        // What cannot be taken changes nothing and says why.
        const Source before = doc.dossier().sources()[1];
        const int steps = doc.undoStack()->count();
        QVERIFY(!m.setData(m.index(1, SourcesModel::ReliabilityColumn), u"G"_qs));
        QVERIFY(!m.setData(m.index(1, SourcesModel::CredibilityColumn), u"7"_qs));
        QVERIFY(!m.setData(m.index(1, SourcesModel::PublishedColumn), u"2025-13"_qs));
        QCOMPARE(refused.count(), 3);
        QVERIFY2(refused.at(0).at(0).toString().contains(u"A to F"), qPrintable(refused.at(0).at(0).toString()));
        QVERIFY2(refused.at(1).at(0).toString().contains(u"1 to 6"), qPrintable(refused.at(1).at(0).toString()));
        QVERIFY2(refused.at(2).at(0).toString().contains(u"month 13"), qPrintable(refused.at(2).at(0).toString()));
        QCOMPARE(doc.dossier().sources()[1], before);
        QCOMPARE(doc.undoStack()->count(), steps);
        // An empty date clears it.
        QVERIFY(m.setData(m.index(1, SourcesModel::PublishedColumn), QString()));
        QVERIFY(!doc.dossier().sources()[1].published.isValid());

        Source s;
        s.id = u"s3"_qs;
        s.outlet = u"AP"_qs;
        s.reliability = u'A';
        s.credibility = 1;
        QVERIFY(Command::applied(Command::addSource(&doc, s, 0)));
        QCOMPARE(m.index(0, SourcesModel::OutletColumn).data(SourcesModel::GradingRole).toString(), u"A1"_qs);
        QVERIFY(Command::applied(Command::removeSource(&doc, u"s3"_qs)));
        QVERIFY(!Command::applied(Command::removeSource(&doc, u"s1"_qs))); // cited
        while (doc.undoStack()->canUndo())
            doc.undoStack()->undo();
        QCOMPARE(column(m, SourcesModel::OutletColumn), (QStringList { u"Reuters"_qs, u"TASS"_qs }));
        QCOMPARE(doc.dossier().sources()[1].grading(), u"D4"_qs);
        QCOMPARE(doc.dossier().sources()[1].published, day("2025-12-15"));
        QVERIFY(doc.dossier().sources()[1].note.isEmpty());
    }

    void claimsGradeCitations()
    {
        // A claim's credibility with its outlet's reliability: TASS is D, the claim 3, so the cell and the History
        // dock read D3; without a claim a citation keeps the source's own grade (D4).
        Document doc;
        doc.open(nullptr, sample());
        PositionChange c = position("ru", "nato", "2025-12-16", "resists", 0, { u"s2"_qs });
        c.claims = { Claim { u"s2"_qs, 3, u"Kremlin spokesman Dmitry Peskov"_qs, u"no NATO, ever"_qs } };
        QVERIFY(Command::applied(Command::recordPosition(&doc, c)));
        // The same stance graded again is a judgement of its own; graded the same, a no-op.
        c.claims.first().credibility = 2;
        QVERIFY(Command::applied(Command::recordPosition(&doc, c)));
        const auto same = Command::recordPosition(&doc, c);
        QVERIFY(same.ok());
        QVERIFY(!same->changed);
        doc.undoStack()->undo(); // retracts the D2 grading: the D3 one is in force again
        CellHistoryModel m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m.setCell(u"ru"_qs, u"nato"_qs);
        QCOMPARE(column(m, CellHistoryModel::SourcesColumn),
            (QStringList { u"TASS D4"_qs, u"TASS D3 — Kremlin spokesman Dmitry Peskov"_qs,
                u"TASS D2 — Kremlin spokesman Dmitry Peskov"_qs }));
        // A claim about a source the change does not cite is refused.
        PositionChange bad = position("ru", "nato", "2025-12-17", "opposes", 0, { u"s1"_qs });
        bad.claims = { Claim { u"s2"_qs, 3, {}, {} } };
        QString why = Command::recordPosition(&doc, bad).message();
        QVERIFY2(why.contains(u"not cited"), qPrintable(why));
        bad.claims = { Claim { u"s1"_qs, 9, {}, {} } };
        why = Command::recordPosition(&doc, bad).message();
        QVERIFY2(why.contains(u"1 to 6"), qPrintable(why));
    }

    void cellHistory()
    {
        Document doc;
        doc.setUserName(u"anna"_qs);
        doc.open(nullptr, sample());
        CellHistoryModel m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 0);
        m.setCell(u"ua"_qs, u"nato"_qs);
        QCOMPARE(column(m, CellHistoryModel::StanceColumn), (QStringList { u"Supports"_qs, u"Open"_qs }));
        QCOMPARE(column(m, CellHistoryModel::EffectiveColumn), (QStringList { u"14 Dec 2025"_qs, u"16 Dec 2025"_qs }));
        QCOMPARE(m.index(0, CellHistoryModel::SourcesColumn).data().toString(), u"Reuters B2"_qs);
        QCOMPARE(m.index(0, CellHistoryModel::RecordedByColumn).data().toString(), u"analyst"_qs);
        QCOMPARE(m.index(0, CellHistoryModel::ConfidenceColumn).data().toString(), u"Moderate"_qs);

        QSignalSpy inserted(&m, &QAbstractItemModel::rowsInserted), changed(&m, &QAbstractItemModel::dataChanged);
        PositionChange c = position("ua", "nato", "2025-12-15", "ambiguous");
        c.salience = 80;
        c.note = u"hedging"_qs;
        qint64 id = 0;
        const auto editId = Command::recordPosition(&doc, c);
        QVERIFY(Command::applied(editId));
        id = editId->id;
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.at(0).at(1).toInt(), 1); // between the two existing changes
        QCOMPARE(m.changeIdAt(1), id);
        QCOMPARE(m.index(1, CellHistoryModel::SalienceColumn).data().toString(), u"80"_qs);
        QCOMPARE(m.index(1, CellHistoryModel::NoteColumn).data().toString(), u"hedging"_qs);
        QCOMPARE(m.index(1, CellHistoryModel::RecordedByColumn).data().toString(), u"anna"_qs);
        // Another cell's change does not touch this list.
        QVERIFY(Command::applied(Command::recordPosition(&doc, position("ru", "eu", "2025-12-15", "open"))));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(changed.count(), 0);
        // Undo of the first record retracts: the row stays, flagged and struck out.
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QVERIFY(m.index(1, 0).data(CellHistoryModel::RetractedRole).toBool());
        QVERIFY(m.index(1, 0).data(Qt::FontRole).value<QFont>().strikeOut());
        QVERIFY(m.index(1, CellHistoryModel::RetractedColumn).data().toString().contains(u"anna"_qs));
        QVERIFY(Command::applied(Command::retractPosition(&doc, m.changeIdAt(0))));
        QVERIFY(m.index(0, 0).data(CellHistoryModel::RetractedRole).toBool());
        doc.undoStack()->undo();
        QVERIFY(!m.index(0, 0).data(CellHistoryModel::RetractedRole).toBool());
        m.setCell(u"us"_qs, u"eu"_qs);
        QCOMPARE(m.rowCount(), 1);
        doc.open(nullptr, sample());
        QCOMPARE(m.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestSmallModels)
#include "tst_smallmodels.moc"
