// SPDX-License-Identifier: GPL-3.0-or-later
#include "mustutil.h"
#include "commands.h"
#include "document.h"
#include "modelfixture.h"
#include "positionmatrixmodel.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Entente;
using namespace Fixture;

using M = PositionMatrixModel;

class TestPositionMatrixModel : public QObject {
    Q_OBJECT

    // Every cell agrees with the dossier's own as-of lookup.
    void checkAgainstDossier(const Document& doc, const M& m)
    {
        const auto& d = doc.dossier();
        QCOMPARE(m.rowCount(), int(d.parties().size()));
        QCOMPARE(m.columnCount(), int(d.issues().size()));
        for (int p = 0; p < m.rowCount(); ++p)
            for (int i = 0; i < m.columnCount(); ++i) {
                const auto* c = d.positionAsOf(p, i, doc.asOf());
                QCOMPARE(m.index(p, i).data(M::StanceKeyRole).toString(), c ? c->stance : QString());
            }
        for (int p = 0; p < m.rowCount(); ++p)
            QCOMPARE(m.headerData(p, Qt::Vertical).toString(), d.parties()[p].name);
    }

    // The cells a run of dataChanged signals covered.
    static QSet<QPair<int, int>> signalledCells(const QSignalSpy& spy)
    {
        QSet<QPair<int, int>> cells;
        for (const auto& args : spy) {
            const QModelIndex tl = args.at(0).toModelIndex(), br = args.at(1).toModelIndex();
            for (int r = tl.row(); r <= br.row(); ++r)
                for (int c = tl.column(); c <= br.column(); ++c)
                    cells.insert({ r, c });
        }
        return cells;
    }
    // What each cell shows: the change in force, its mark and its compare direction.
    static QStringList cellStates(const M& m)
    {
        QStringList s;
        for (int r = 0; r < m.rowCount(); ++r)
            for (int c = 0; c < m.columnCount(); ++c) {
                const QModelIndex i = m.index(r, c);
                s << QStringLiteral("%1/%2/%3").arg(i.data(M::ChangeIdRole).toString(),
                    i.data(M::ChangedSincePreviousRole).toString(), i.data(M::CompareDirectionRole).toString());
            }
        return s;
    }

private slots:
    void rolesBeforeAndAfterRecord()
    {
        Document doc;
        doc.open(nullptr, sample());
        doc.setAsOf(at("2025-12-20"));
        M m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.rowCount(), 3);
        QCOMPARE(m.columnCount(), 3);
        const auto ruNato = m.index(2, 0);
        QCOMPARE(ruNato.data().toString(), u"Opposes"_qs);
        QCOMPARE(ruNato.data(Qt::BackgroundRole).value<QColor>(), QColor(0xc0, 0x39, 0x2b));
        QCOMPARE(ruNato.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::white));
        QCOMPARE(
            ruNato.data(Qt::AccessibleTextRole).toString(), u"Russia on NATO membership: Opposes since 15 Dec 2025"_qs);
        QCOMPARE(ruNato.data(M::StanceValueRole).toInt(), -2);
        QCOMPARE(ruNato.data(M::UnsourcedRole).toBool(), false);
        QVERIFY(!ruNato.data(M::SalienceRole).isValid());
        const QString tip = ruNato.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Kremlin &lt;comment&gt;"_qs) && tip.contains(u"15 Dec 2025"_qs), qPrintable(tip));
        QVERIFY(!tip.contains(u"<comment>"_qs));

        const auto uaNato = m.index(1, 0);
        QCOMPARE(uaNato.data().toString(), u"Open"_qs);
        QCOMPARE(uaNato.data(Qt::ForegroundRole).value<QColor>(), QColor(Qt::black));
        QCOMPARE(uaNato.data(M::UnsourcedRole).toBool(), true);
        const auto empty = m.index(0, 0);
        // No recorded position shows the scale's Unknown level, as exported matrices do.
        QCOMPARE(empty.data().toString(), u"Unknown"_qs);
        QCOMPARE(empty.data(Qt::BackgroundRole).value<QColor>(), QColor(u"#d5d8dc"_qs));
        QCOMPARE(empty.data(M::StanceKeyRole).toString(), QString());
        QCOMPARE(empty.data(Qt::AccessibleTextRole).toString(),
            u"United States on NATO membership: no recorded position"_qs);

        // Edit the cell: one dataChanged for exactly that cell, one undo step with a descriptive text.
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QVERIFY(m.flags(ruNato) & Qt::ItemIsEditable);
        QVERIFY(m.setData(ruNato, u"resists"_qs));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex(), ruNato);
        QCOMPARE(changed.at(0).at(1).toModelIndex(), ruNato);
        QCOMPARE(ruNato.data().toString(), u"Resists"_qs);
        QCOMPARE(ruNato.data(Qt::BackgroundRole).value<QColor>(), QColor(0xe6, 0x7e, 0x5a));
        QCOMPARE(
            ruNato.data(Qt::AccessibleTextRole).toString(), u"Russia on NATO membership: Resists since 20 Dec 2025"_qs);
        QCOMPARE(ruNato.data(M::ChangedSincePreviousRole).toBool(), true);
        QCOMPARE(doc.undoStack()->undoText(), u"Set Russia on NATO membership to Resists"_qs);
        QVERIFY(!m.setData(ruNato, u"resists"_qs)); // same stance: nothing recorded
        QVERIFY(!m.setData(ruNato, u"no-such-level"_qs));
        QCOMPARE(doc.undoStack()->count(), 1);
        doc.undoStack()->undo();
        QCOMPARE(ruNato.data().toString(), u"Opposes"_qs);
        QCOMPARE(changed.count(), 2);
    }

    void asOfChangeEmitsOnlyWhatChanged()
    {
        Document doc;
        doc.open(nullptr, sample());
        doc.setAsOf(at("2025-12-20"));
        M m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.headerData(0, Qt::Horizontal, M::StatusRole).toString(), u"Contested"_qs);
        QCOMPARE(m.headerData(0, Qt::Horizontal, M::StatusColorRole).value<QColor>(), QColor(0xe7, 0x4c, 0x3c));
        QCOMPARE(m.headerData(1, Qt::Horizontal, M::StatusRole).toString(), QString());
        QCOMPARE(m.headerData(0, Qt::Horizontal).toString(), u"NATO membership"_qs);
        QCOMPARE(m.headerData(2, Qt::Vertical).toString(), u"Russia"_qs);
        QCOMPARE(m.headerData(2, Qt::Vertical, Qt::DecorationRole).value<QColor>(), QColor(0xd5, 0x2b, 0x1e));
        QCOMPARE(m.index(2, 0).data(M::ChangedSincePreviousRole).toBool(), false);

        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        QSignalSpy headers(&m, &QAbstractItemModel::headerDataChanged);
        doc.setAsOf(at("2025-12-14") + 12 * 3600000);
        // Only ru/nato and ua/nato moved (both in column 0, rows 1 and 2): one signal per cell, each range
        // inclusive; the statuses in force did not move, so no header is announced.
        QCOMPARE(signalledCells(changed), (QSet<QPair<int, int>> { { 1, 0 }, { 2, 0 } }));
        for (const auto& args : std::as_const(changed))
            QVERIFY(args.at(1).toModelIndex().column() < m.columnCount() && args.at(1).toModelIndex().row() < m.rowCount());
        QCOMPARE(headers.count(), 0);
        checkAgainstDossier(doc, m);
        QCOMPARE(m.index(2, 0).data().toString(), u"Unknown"_qs);
        QCOMPARE(m.index(2, 0).data(M::StanceKeyRole).toString(), QString());
        QCOMPARE(m.index(1, 0).data().toString(), u"Supports"_qs);
        // Changed since the previous step (20 Dec): ru/nato and ua/nato moved, us/eu did not.
        QCOMPARE(m.index(2, 0).data(M::ChangedSincePreviousRole).toBool(), true);
        QCOMPARE(m.index(1, 0).data(M::ChangedSincePreviousRole).toBool(), true);
        QCOMPARE(m.index(0, 1).data(M::ChangedSincePreviousRole).toBool(), false);
        QCOMPARE(m.headerData(0, Qt::Horizontal, M::StatusRole).toString(), u"Contested"_qs);
        // The next step announces the cells that change now and those whose changed mark goes away.
        const auto before = cellStates(m);
        changed.clear();
        doc.setAsOf(at("2025-12-01"));
        const auto after = cellStates(m);
        QSet<QPair<int, int>> moved;
        for (int r = 0; r < m.rowCount(); ++r)
            for (int c = 0; c < m.columnCount(); ++c)
                if (before[r * m.columnCount() + c] != after[r * m.columnCount() + c])
                    moved.insert({ r, c });
        QVERIFY(!moved.isEmpty());
        QCOMPARE(signalledCells(changed), moved);
        QCOMPARE(m.headerData(0, Qt::Horizontal, M::StatusRole).toString(), QString());
        QCOMPARE(headers.count(), 1); // NATO's status is no longer in force
        QCOMPARE(headers.at(0).at(1).toInt(), 0);
        QCOMPARE(headers.at(0).at(2).toInt(), 0);
        QCOMPARE(m.index(1, 0).data(M::ChangedSincePreviousRole).toBool(), true);
        QCOMPARE(m.index(0, 1).data().toString(), u"Supports"_qs);
        changed.clear();
        doc.setAsOf(at("2025-12-01")); // unchanged: nothing emitted
        QCOMPARE(changed.count(), 0);
    }

    void compareDirections()
    {
        Document doc;
        Dossier d = sample();
        Entente::TestUtil::must(d.addPositionChange(position("ua", "eu", "2025-12-10", "opposes", 10)));
        Entente::TestUtil::must(d.addPositionChange(position("ua", "eu", "2025-12-18", "supports", 11)));
        Entente::TestUtil::must(d.addPositionChange(position("us", "eu", "2025-12-18", "opposes", 12)));
        Entente::TestUtil::must(d.addPositionChange(position("ru", "eu", "2025-12-10", "unknown", 13)));
        Entente::TestUtil::must(d.addPositionChange(position("ru", "eu", "2025-12-18", "supports", 14)));
        doc.open(nullptr, d);
        doc.setAsOf(at("2025-12-20"));
        M m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(m.index(1, 1).data(M::CompareDirectionRole).toInt(), 0); // no compare date: no direction
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setCompareDate(at("2025-12-14") + 12 * 3600000);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex(), m.index(2, 2));
        QCOMPARE(m.index(1, 0).data(M::CompareDirectionRole).toInt(), -1); // ua/nato Supports → Open
        QCOMPARE(m.index(1, 1).data(M::CompareDirectionRole).toInt(), 1); // ua/eu Opposes → Supports
        QCOMPARE(m.index(0, 1).data(M::CompareDirectionRole).toInt(), -1); // us/eu Supports → Opposes
        QCOMPARE(m.index(2, 0).data(M::CompareDirectionRole).toInt(), 0); // ru/nato none → Opposes
        QCOMPARE(m.index(2, 1).data(M::CompareDirectionRole).toInt(), 0); // Unknown → Supports: no direction
        QCOMPARE(m.index(2, 0).data(M::ChangedSincePreviousRole).toBool(), true);
        QCOMPARE(m.index(0, 0).data(M::ChangedSincePreviousRole).toBool(), false);
        // Moving the as-of date keeps comparing with the compare date.
        doc.setAsOf(at("2025-12-16"));
        QCOMPARE(m.index(1, 1).data(M::CompareDirectionRole).toInt(), 0); // still Opposes
        QCOMPARE(m.index(1, 0).data(M::CompareDirectionRole).toInt(), -1);
        // A change recorded inside the window updates the direction of its cell.
        QVERIFY(Command::applied(Command::recordPosition(&doc, position("ua", "eu", "2025-12-15", "resists"))));
        QCOMPARE(m.index(1, 1).data(M::CompareDirectionRole).toInt(), 1);
        m.setCompareDate(std::nullopt);
        QCOMPARE(m.index(1, 0).data(M::CompareDirectionRole).toInt(), 0);
        QVERIFY(!m.compareDate());
    }

    void structureFollowsCommands()
    {
        Document doc;
        doc.open(nullptr, sample());
        doc.setAsOf(at("2025-12-20"));
        M m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&m, &QAbstractItemModel::modelReset);
        QSignalSpy rowsInserted(&m, &QAbstractItemModel::rowsInserted);
        QSignalSpy columnsMoved(&m, &QAbstractItemModel::columnsMoved);
        QVERIFY(Command::applied(Command::addParty(&doc, { u"eu"_qs, u"European leaders"_qs, u"EU"_qs, u"#003399"_qs }, 1)));
        QCOMPARE(rowsInserted.count(), 1);
        checkAgainstDossier(doc, m);
        QVERIFY(Command::applied(Command::moveParty(&doc, 3, 0)));
        checkAgainstDossier(doc, m);
        QCOMPARE(m.index(0, 0).data().toString(), u"Opposes"_qs);
        QVERIFY(Command::applied(Command::moveParty(&doc, 0, 3)));
        checkAgainstDossier(doc, m);
        QVERIFY(Command::applied(Command::addIssue(&doc, { u"pk"_qs, u"Peacekeepers"_qs, {} }, 0)));
        checkAgainstDossier(doc, m);
        QVERIFY(Command::applied(Command::moveIssue(&doc, 1, 3)));
        QCOMPARE(columnsMoved.count(), 1);
        checkAgainstDossier(doc, m);
        QVERIFY(Command::applied(Command::removeIssue(&doc, u"pk"_qs)));
        checkAgainstDossier(doc, m);
        QVERIFY(Command::applied(Command::removeParty(&doc, u"eu"_qs)));
        checkAgainstDossier(doc, m);
        while (doc.undoStack()->canUndo()) {
            doc.undoStack()->undo();
            checkAgainstDossier(doc, m);
        }
        while (doc.undoStack()->canRedo()) {
            doc.undoStack()->redo();
            checkAgainstDossier(doc, m);
        }
        // Renames refresh headers; scales refresh the whole matrix.
        QSignalSpy headers(&m, &QAbstractItemModel::headerDataChanged);
        Party ru = doc.dossier().parties()[doc.dossier().partyIndex(u"ru"_qs)];
        ru.name = u"Russian Federation"_qs;
        QVERIFY(Command::applied(Command::editParty(&doc, ru)));
        QCOMPARE(headers.count(), 1);
        QCOMPARE(headers.at(0).at(0).value<Qt::Orientation>(), Qt::Vertical);
        auto stance = doc.dossier().stanceScale();
        stance[0].label = u"Rejects"_qs;
        QVERIFY(Command::applied(Command::setScales(&doc, stance, doc.dossier().statusScale())));
        const int ruRow = int(doc.dossier().partyIndex(u"ru"_qs));
        const int natoCol = int(doc.dossier().issueIndex(u"nato"_qs));
        QCOMPARE(m.index(ruRow, natoCol).data().toString(), u"Rejects"_qs);
        QCOMPARE(m.index(ruRow, natoCol).data(Qt::AccessibleTextRole).toString(),
            u"Russian Federation on NATO membership: Rejects since 15 Dec 2025"_qs);
        StatusChange s;
        s.issueId = u"nato"_qs;
        s.status = u"agreed"_qs;
        s.effective = day("2025-12-19");
        headers.clear();
        QVERIFY(Command::applied(Command::recordStatus(&doc, s)));
        QCOMPARE(headers.count(), 1);
        QCOMPARE(m.headerData(natoCol, Qt::Horizontal, M::StatusRole).toString(), u"Agreed"_qs);
        QCOMPARE(resets.count(), 0);
        doc.open(nullptr, Dossier());
        QCOMPARE(resets.count(), 1);
        QCOMPARE(m.rowCount(), 0);
    }

    void claimGradeInTooltip()
    {
        // The cell tooltip and its accessible description grade each citation by its claim: TASS is a D outlet,
        // the claim is 3, so the change reads D3, with the claimant and the quote (escaped).
        Document doc;
        doc.open(nullptr, sample());
        doc.setAsOf(at("2025-12-20"));
        M m(&doc);
        PositionChange c = position("ru", "nato", "2025-12-17", "opposes", 0, { u"s2"_qs });
        c.claims = { Claim { u"s2"_qs, 3, u"an unnamed <Kremlin> source"_qs, u"never"_qs } };
        QVERIFY(Command::applied(Command::recordPosition(&doc, c)));
        const auto ruNato = m.index(2, 0);
        const QString tip = ruNato.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(u"Source: TASS D3 — an unnamed &lt;Kremlin&gt; source: “never”"_qs), qPrintable(tip));
        QVERIFY(!tip.contains(u"<Kremlin>"_qs));
        QVERIFY2(ruNato.data(Qt::AccessibleDescriptionRole).toString().contains(u"sources: TASS D3 — an unnamed <Kremlin> source"_qs),
            qPrintable(ruNato.data(Qt::AccessibleDescriptionRole).toString()));
        // Undo: the earlier change is in force again, citing TASS without a claim: its own D4.
        doc.undoStack()->undo();
        QVERIFY2(ruNato.data(Qt::ToolTipRole).toString().contains(u"Source: TASS D4"_qs),
            qPrintable(ruNato.data(Qt::ToolTipRole).toString()));
    }

    void corroborationAndWeakMarks()
    {
        Document doc;
        doc.open(nullptr, sample());
        doc.setAsOf(at("2025-12-20"));
        M m(&doc);
        QAbstractItemModelTester tester(&m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const auto ruNato = m.index(2, 0); // cites TASS (D4) only
        QCOMPARE(ruNato.data(M::SourceCountRole).toInt(), 1);
        QCOMPARE(ruNato.data(M::GradeRole).toString(), u"D4"_qs);
        QVERIFY(m.isWeak(2, 0));
        QVERIFY(!ruNato.data(M::WeakRole).toBool()); // marking is off
        QVERIFY(!m.index(0, 0).data(M::SourceCountRole).isValid()); // no position
        QVERIFY(!m.isWeak(0, 0));
        QSignalSpy changed(&m, &QAbstractItemModel::dataChanged);
        m.setMarkWeak(true);
        QCOMPARE(changed.count(), 1);
        QVERIFY(ruNato.data(M::WeakRole).toBool());
        QVERIFY2(ruNato.data(Qt::ToolTipRole).toString().contains(u"Rests on one source, graded D4"_qs),
            qPrintable(ruNato.data(Qt::ToolTipRole).toString()));
        // Corroborated by a second outlet graded B2: two sources, best grade B2, not weak at C3, weak at A1.
        PositionChange c = position("ru", "nato", "2025-12-18", "resists", 0, { u"s2"_qs, u"s1"_qs });
        const auto recorded = Command::recordPosition(&doc, c);
        QVERIFY2(Command::applied(recorded), qPrintable(recorded.message()));
        QCOMPARE(ruNato.data(M::SourceCountRole).toInt(), 2);
        QCOMPARE(ruNato.data(M::GradeRole).toString(), u"B2"_qs);
        QVERIFY(!ruNato.data(M::WeakRole).toBool());
        QVERIFY(ruNato.data(Qt::AccessibleDescriptionRole).toString().contains(u"rests on 2 independent sources"_qs));
        m.setWeakThreshold(u"A1"_qs);
        QVERIFY(ruNato.data(M::WeakRole).toBool());
        QVERIFY2(ruNato.data(Qt::ToolTipRole).toString().contains(u"Graded below A1"_qs),
            qPrintable(ruNato.data(Qt::ToolTipRole).toString()));
    }
};

QTEST_GUILESS_MAIN(TestPositionMatrixModel)
#include "tst_positionmatrixmodel.moc"
