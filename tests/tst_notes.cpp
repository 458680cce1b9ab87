// SPDX-License-Identifier: GPL-3.0-or-later
// Notes and key judgements as the analyst meets them in the models: the Notes dock's model and filter (model
// tester alive through every edit), the matrix cell that carries a note (its mark role and escaped tooltip), and
// notes and saved views kept in a dossier file across closing and reopening it.
#include "commands.h"
#include "document.h"
#include "modelfixture.h"
#include "notesmodel.h"
#include "positionmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace Fixture;

namespace {
Note cellNote(const QString& text)
{
    Note n;
    n.target = NoteTarget::Cell;
    n.partyId = u"ru"_qs;
    n.issueId = u"nato"_qs;
    n.text = text;
    return n;
}
}

class TestNotes : public QObject {
    Q_OBJECT
private slots:
    void notesModelFollowsEdits()
    {
        Document doc;
        doc.open(nullptr, sample());
        NotesModel model(&doc);
        NotesFilter filter;
        filter.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        QVERIFY(Command::applied(Command::addNote(&doc, cellNote(u"Watch <b>this</b>"_qs))));
        Note judgement;
        judgement.target = NoteTarget::Event;
        judgement.eventId = doc.dossier().events().id(0);
        judgement.text = u"The leak was deliberate"_qs;
        judgement.confidence = Confidence::Low;
        judgement.evidence = { Claim { u"s2"_qs, 5, u"a Kremlin source"_qs, {} } };
        QVERIFY(Command::applied(Command::addNote(&doc, judgement)));
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(reset.count(), 0); // row by row
        QCOMPARE(model.rowCount(), 2);
        const auto text = [&](int row, int column) { return model.index(row, column).data().toString(); };
        QCOMPARE(text(0, NotesModel::KindColumn), u"Note"_qs);
        QCOMPARE(text(0, NotesModel::PinnedColumn), u"Russia on NATO membership"_qs);
        QCOMPARE(text(0, NotesModel::TextColumn), u"Watch <b>this</b>"_qs);
        QCOMPARE(text(1, NotesModel::KindColumn), u"Key judgement"_qs);
        QCOMPARE(text(1, NotesModel::ConfidenceColumn), u"low"_qs);
        QCOMPARE(text(1, NotesModel::EvidenceColumn), u"TASS D5 — a Kremlin source"_qs);
        QVERIFY(text(1, NotesModel::PinnedColumn).contains(doc.dossier().events().title(0).toString()));
        // Tooltips are rich text: the note's own markup is shown, not obeyed.
        QVERIFY(model.index(0, NotesModel::TextColumn).data(Qt::ToolTipRole).toString().contains(u"&lt;b&gt;this"));

        // The filter by kind.
        filter.setKind(u"judgement"_qs);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(NotesModel::NoteIdRole).toString(), u"note-2"_qs);
        filter.setKind(u"cell"_qs);
        QCOMPARE(filter.rowCount(), 1);
        QCOMPARE(filter.index(0, 0).data(NotesModel::NoteIdRole).toString(), u"note-1"_qs);
        filter.setKind(u"era"_qs);
        QCOMPARE(filter.rowCount(), 0);
        filter.setKind(QString());
        QCOMPARE(filter.rowCount(), 2);

        // Edit, remove, undo: the rows follow.
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        Note edited = doc.dossier().notes()[0];
        edited.text = u"Watch closely"_qs;
        QVERIFY(Command::applied(Command::editNote(&doc, edited)));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(text(0, NotesModel::TextColumn), u"Watch closely"_qs);
        QVERIFY(Command::applied(Command::removeNote(&doc, u"note-1"_qs)));
        QCOMPARE(model.rowCount(), 1);
        doc.undoStack()->undo();
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(text(0, NotesModel::TextColumn), u"Watch closely"_qs);
        doc.undoStack()->undo();
        QCOMPARE(text(0, NotesModel::TextColumn), u"Watch <b>this</b>"_qs);
    }

    void matrixCellCarriesItsNote()
    {
        Document doc;
        doc.open(nullptr, sample());
        PositionMatrixModel matrix(&doc);
        QAbstractItemModelTester tester(&matrix, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto& d = doc.dossier();
        const QModelIndex cell = matrix.index(int(d.partyIndex(u"ru"_qs)), int(d.issueIndex(u"nato"_qs)));
        const QModelIndex other = matrix.index(int(d.partyIndex(u"us"_qs)), int(d.issueIndex(u"nato"_qs)));
        QVERIFY(!cell.data(PositionMatrixModel::NotedRole).toBool());
        QSignalSpy changed(&matrix, &QAbstractItemModel::dataChanged);
        QVERIFY(Command::applied(Command::addNote(&doc, cellNote(u"Kremlin <script>alert(1)</script> & co"_qs))));
        QVERIFY(changed.count() >= 1);
        QVERIFY(cell.data(PositionMatrixModel::NotedRole).toBool());
        QVERIFY(!other.data(PositionMatrixModel::NotedRole).toBool());
        const QString tip = cell.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Note: Kremlin &lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), qPrintable(tip));
        QVERIFY(!tip.contains(u"<script>"));
        // A key judgement says its confidence.
        Note n = d.notes()[0];
        n.confidence = Confidence::High;
        QVERIFY(Command::applied(Command::editNote(&doc, n)));
        QVERIFY(cell.data(Qt::ToolTipRole).toString().contains(u"Key judgement (high confidence)"));
        doc.undoStack()->undo();
        doc.undoStack()->undo();
        QVERIFY(!cell.data(PositionMatrixModel::NotedRole).toBool());
    }

    void keptInTheFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"notes.entente"_qs);
        QVERIFY(Document::createDossier(path, sample()).ok());
        SavedView view;
        view.name = u"NATO track"_qs;
        view.asOf = at("2025-12-15");
        view.compareDate = at("2025-12-01");
        view.filterIssue = u"nato"_qs;
        view.timelineFrom = at("2025-12-10");
        view.timelineTo = at("2025-12-20");
        view.lanes = u"issues"_qs;
        view.chart = u"history"_qs;
        view.chartIssue = u"nato"_qs;
        // A forecast scenario kept with the view (by party id), never in the record.
        view.scenario = SavedScenario { u"nato"_qs, u"eu"_qs, 20, {}, { { u"ru"_qs, { -1, 10, std::nullopt } } } };
        {
            Document doc;
            QVERIFY(doc.openLocation(path).ok());
            QVERIFY(Command::applied(Command::addNote(&doc, cellNote(u"First"_qs))));
            Note judgement;
            judgement.target = NoteTarget::Date;
            judgement.date = day("2025-12-15");
            judgement.text = u"Guarantees first"_qs;
            judgement.confidence = Confidence::Moderate;
            judgement.evidence = { Claim { u"s1"_qs, 2, u"on the record"_qs, u"“strong”"_qs } };
            QVERIFY(Command::applied(Command::addNote(&doc, judgement)));
            QVERIFY(Command::applied(Command::saveView(&doc, view)));
            QVERIFY(Command::applied(Command::renameView(&doc, u"view-1"_qs, u"NATO, Berlin"_qs)));
            doc.undoStack()->undo(); // the rename is undone in the file too
            Note edited = doc.dossier().notes()[0];
            edited.text = u"First, edited"_qs;
            QVERIFY(Command::applied(Command::editNote(&doc, edited)));
        }
        Document reopened;
        QVERIFY(reopened.openLocation(path).ok());
        const auto& d = reopened.dossier();
        QCOMPARE(d.notes().size(), 2);
        QCOMPARE(d.notes()[0].text, u"First, edited"_qs);
        QCOMPARE(d.notes()[1].confidence, Confidence::Moderate);
        QCOMPARE(d.notes()[1].evidence.size(), 1);
        QCOMPARE(d.notes()[1].evidence[0].quote, u"“strong”"_qs);
        QCOMPARE(d.savedViews().size(), 1);
        SavedView expected = view;
        expected.id = u"view-1"_qs;
        QCOMPARE(d.savedViews()[0], expected);
        QCOMPARE(d.savedViews()[0].scenario->overrides.at(u"ru"_qs).salience, std::optional<double>(10));
        QCOMPARE(d.capabilityChanges().size(), size_t(0)); // the scenario is not the record
        // The edited note's row version came along: a further edit is accepted, not taken for a conflict.
        Note again = d.notes()[0];
        again.text = u"Third"_qs;
        QVERIFY(Command::applied(Command::editNote(&reopened, again)));
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "tst_notes.moc"
