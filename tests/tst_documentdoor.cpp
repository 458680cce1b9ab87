// SPDX-License-Identifier: GPL-3.0-or-later
// Document as the one door to a dossier: it opens a location (taking the store's lock), converts a JSON dossier,
// records the analyst's name on every change and journal line, surfaces a conflict with a row someone else
// changed (nothing lost either way), and imports a file through the same checked write as the window, refusing
// a dossier another window holds.
#include "commands.h"
#include "document.h"
#include "dossierio.h"
#include "dossierstore.h"
#include "storetestutil.h"

#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;
using namespace StoreTest;

namespace {
QStringList column(const QString& path, const QString& sql)
{
    QStringList out;
    {
        auto db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("peek"));
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        QSqlQuery q(db);
        if (db.open() && q.exec(sql))
            while (q.next())
                out << q.value(0).toString();
        q.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("peek"));
    return out;
}
}

class TestDocumentDoor : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    int m_count = 0;

    QString newDossier()
    {
        Dossier d;
        fillDossier(d);
        const QString path = m_dir.filePath(QStringLiteral("door%1.entente").arg(++m_count));
        const Status s = Document::createDossier(path, d);
        if (!s.ok())
            qWarning("%s", qPrintable(s.message()));
        return path;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void openTakesTheLockAndCloseReleasesIt()
    {
        const QString path = newDossier();
        Document first;
        const auto opened = first.openLocation(path, { Document::Access::ReadWrite });
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        QVERIFY(!first.isReadOnly());
        QCOMPARE(first.location(), QFileInfo(path).absoluteFilePath());

        Document second;
        const auto refused = second.openLocation(path, { Document::Access::ReadWrite });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Locked);
        QVERIFY2(refused.message().contains(u"opened by"), qPrintable(refused.message()));
        QVERIFY(!second.isOpen());

        const auto readOnly = second.openLocation(path, { Document::Access::ReadWriteElseReadOnly });
        QVERIFY(readOnly.ok());
        QVERIFY(second.isReadOnly());
        QVERIFY2(readOnly.value().startsWith(u"Read-only:"), qPrintable(readOnly.value()));
        const Status edit = second.applyMeta(u"x"_qs, {});
        QCOMPARE(edit.error().kind(), Error::Kind::ReadOnly);
        QVERIFY2(edit.message().contains(u"opened by"), qPrintable(edit.message()));

        first.close();
        Document third;
        QVERIFY(third.openLocation(path, { Document::Access::ReadWrite }).ok());
    }

    void jsonIsConvertedOrOpenedInMemory()
    {
        const QString json = m_dir.filePath(u"sample.json"_qs);
        QVERIFY(QFile::copy(QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"), json));
        Document inMemory;
        Document::OpenOptions memory;
        memory.convertJson = false;
        QVERIFY(inMemory.openLocation(json, memory).ok());
        QVERIFY(inMemory.dossier().events().size() > 0);
        QVERIFY(!QFile::exists(m_dir.filePath(u"sample.entente"_qs))); // nothing written beside the JSON
        Document converted;
        const auto opened = converted.openLocation(json);
        QVERIFY(opened.ok());
        QVERIFY2(opened.value().contains(u"Converted"), qPrintable(opened.value()));
        QVERIFY(QFile::exists(m_dir.filePath(u"sample.entente"_qs)));
        QCOMPARE(converted.dossier().events().size(), inMemory.dossier().events().size());

        Document missing;
        const auto none = missing.openLocation(m_dir.filePath(u"nope.entente"_qs));
        QCOMPARE(none.error().kind(), Error::Kind::NotFound);
    }

    void analystNameReachesTheStore()
    {
        const QString path = newDossier();
        Document doc;
        QVERIFY(doc.openLocation(path).ok());
        doc.setUserName(u"Olena Kovalenko"_qs);
        PositionChange c;
        c.partyId = doc.dossier().parties().first().id;
        c.issueId = doc.dossier().issues().first().id;
        c.stance = doc.dossier().stanceScale().first().key;
        c.effective = date("2025-12-18");
        doc.setNextAction(u"Set it"_qs);
        QVERIFY(doc.applyAddPositionChange(c).ok());
        const qint64 id = doc.dossier().positionChanges().back().id;
        QCOMPARE(doc.dossier().positionChanges().back().recordedBy, u"Olena Kovalenko"_qs);
        QVERIFY(doc.applySetPositionRetracted(id, true).ok());
        QCOMPARE(doc.dossier().positionChanges().back().retractedBy, u"Olena Kovalenko"_qs);
        doc.close();
        QCOMPARE(column(path, u"SELECT by_user FROM journal WHERE action = 'Set it'"_qs),
            QStringList { u"Olena Kovalenko"_qs });
        QCOMPARE(column(path, u"SELECT recorded_by FROM position_change WHERE id = %1"_qs.arg(id)),
            QStringList { u"Olena Kovalenko"_qs });
        QCOMPARE(column(path, u"SELECT retracted_by FROM position_change WHERE id = %1"_qs.arg(id)),
            QStringList { u"Olena Kovalenko"_qs });
        // Empty means the account's name, never an empty author.
        Document other;
        other.setUserName(u"  "_qs);
        QCOMPARE(other.userName(), Document::defaultUserName());
        QVERIFY(!other.userName().isEmpty());
    }

    void conflictIsShownAndNothingIsLost()
    {
        // Another writer (a second connection, as a team server has) changes a party this document read; the
        // document's own update of it is refused as a conflict, its copy is put back, and the other value stays.
        const QString path = newDossier();
        Document doc;
        QVERIFY(doc.openLocation(path).ok());
        Party theirs = doc.dossier().parties().first();
        {
            auto other = doc.store()->openWorkerConnection();
            QVERIFY(other.ok());
            theirs.name = u"Changed by Olena"_qs;
            const auto r = other.value()->updateRow(theirs, 1);
            QVERIFY2(r.ok(), qPrintable(r.message()));
        }
        QSignalSpy failed(&doc, &Document::writeFailed);
        QSignalSpy changed(&doc, &Document::partyChanged);
        Party mine = doc.dossier().parties().first();
        const QString original = mine.name;
        mine.name = u"Changed by me"_qs;
        const Status s = doc.applyUpdateParty(mine);
        QCOMPARE(s.error().kind(), Error::Kind::Conflict);
        QVERIFY2(s.message().contains(u"changed by someone else"), qPrintable(s.message()));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(changed.count(), 0);
        QCOMPARE(doc.dossier().parties().first().name, original); // the in-memory copy is as it was read
        doc.close();
        QCOMPARE(
            column(path, u"SELECT name FROM party WHERE id = '%1'"_qs.arg(theirs.id)), QStringList { theirs.name });
        // After reading the row again, the edit goes through and names the new version.
        Document again;
        QVERIFY(again.openLocation(path).ok());
        QCOMPARE(again.rowVersions().get(RowKind::Party, theirs.id), 2);
        mine.name = u"Changed by me"_qs;
        QVERIFY(again.applyUpdateParty(mine).ok());
        QCOMPARE(again.rowVersions().get(RowKind::Party, theirs.id), 3);
    }

    void scalesAreWrittenRowByRow()
    {
        // A renamed level, a new one and a new order reach the file as row writes and come back as they were set.
        const QString path = newDossier();
        Document doc;
        QVERIFY(doc.openLocation(path).ok());
        auto stance = doc.dossier().stanceScale();
        stance[1].label = u"Pushes back"_qs;
        stance.insert(2, ScaleLevel { u"leans"_qs, u"Leans"_qs, u"#abcdef"_qs, 0 });
        std::swap(stance[3], stance[4]);
        const auto status = doc.dossier().statusScale();
        QVERIFY(doc.applyScales(stance, status).ok());
        QCOMPARE(doc.rowVersions().get(RowKind::StanceLevel, stance[1].key), 2);
        doc.close();
        Document again;
        QVERIFY(again.openLocation(path).ok());
        QVERIFY(again.dossier().stanceScale() == stance);
        QVERIFY(again.dossier().statusScale() == status);
    }

    void importTakesTheLock()
    {
        const QString path = newDossier();
        const QString csv = m_dir.filePath(u"events.csv"_qs);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,parties\nTalks resume,2025-12-20,us\n");
        }
        Document holder;
        QVERIFY(holder.openLocation(path, { Document::Access::ReadWrite }).ok());
        const qsizetype before = holder.dossier().events().size();
        const auto refused = DossierIO::importInto(csv, path, {});
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind(), Error::Kind::Locked);
        holder.close();
        const auto added = DossierIO::importInto(csv, path, {});
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QCOMPARE(added.value(), 1);
        Document check;
        QVERIFY(check.openLocation(path).ok());
        QCOMPARE(check.dossier().events().size(), before + 1);
        QVERIFY(column(path, u"SELECT action FROM journal"_qs).contains(u"import 1 events"_qs));
    }

    // An import is one step on the undo stack: undo removes its events and the parties it created, in the
    // file as in the window; redo writes them again; both are journalled.
    void importIsOneUndoableStep()
    {
        const QString path = newDossier();
        const QString csv = m_dir.filePath(u"undoable.csv"_qs);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,parties\nTalks resume,2025-12-20,us\nObservers arrive,2025-12-21,Zeta Monitors\n"
                    "Observers report,2025-12-22,Zeta Monitors\n");
        }
        Document doc;
        QVERIFY(doc.openLocation(path, { Document::Access::ReadWrite }).ok());
        const qsizetype events = doc.dossier().events().size(), parties = doc.dossier().parties().size();
        const auto fileEvents = [&] { return column(path, u"SELECT count(*) FROM event_key"_qs).value(0).toInt(); };
        const auto fileParties = [&] { return column(path, u"SELECT count(*) FROM party"_qs).value(0).toInt(); };
        const int storedEvents = fileEvents(), storedParties = fileParties();
        QCOMPARE(storedEvents, int(events));

        ImportOptions options;
        options.mapping = u"auto"_qs; // the bulk importer, which creates the parties it meets
        const auto added = doc.importFile(csv, options);
        QVERIFY2(added.ok(), qPrintable(added.error().message()));
        QCOMPARE(added.value(), 3);
        QCOMPARE(doc.dossier().events().size(), events + 3);
        QCOMPARE(doc.dossier().parties().size(), parties + 1);
        QCOMPARE(doc.undoStack()->count(), 1);
        QCOMPARE(doc.undoStack()->undoText(), u"import of 3 events"_qs);

        QSignalSpy resets(&doc, &Document::reset);
        doc.undoStack()->undo();
        QCOMPARE(resets.count(), 1);
        QCOMPARE(doc.dossier().events().size(), events);
        QCOMPARE(doc.dossier().parties().size(), parties);
        QCOMPARE(fileEvents(), storedEvents);
        QCOMPARE(fileParties(), storedParties);
        QVERIFY(column(path, u"SELECT action FROM journal"_qs).contains(u"Undo import of 3 events"_qs));

        doc.undoStack()->redo();
        QCOMPARE(doc.dossier().events().size(), events + 3);
        QCOMPARE(doc.dossier().parties().size(), parties + 1);
        QCOMPARE(fileEvents(), storedEvents + 3);
        QCOMPARE(fileParties(), storedParties + 1);
        qsizetype zeta = -1;
        for (qsizetype i = 0; i < doc.dossier().parties().size(); ++i)
            if (doc.dossier().parties()[i].name == u"Zeta Monitors")
                zeta = i;
        QVERIFY(zeta >= 0);
        const QString zetaId = doc.dossier().parties()[zeta].id;
        const qsizetype row = doc.dossier().events().rowOfId(doc.dossier().events().nextId() - 1);
        QVERIFY(row >= 0);
        QCOMPARE(doc.dossier().events().event(row).parties, QStringList { zetaId });

        // What it added is in the file as it was: a fresh window reads the same dossier.
        doc.close();
        Document again;
        QVERIFY(again.openLocation(path, { Document::Access::ReadWrite }).ok());
        QCOMPARE(again.dossier().events().size(), events + 3);
        QCOMPARE(again.dossier().parties()[zeta].name, u"Zeta Monitors"_qs);
    }

    // An import whose party a recorded position names since cannot be undone: the step says why, and nothing
    // changes (position changes are kept when retracted, so the party stays named).
    void importUndoRefusedWhenItsPartyIsNamed()
    {
        const QString path = newDossier();
        const QString csv = m_dir.filePath(u"named.csv"_qs);
        {
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("title,start,parties\nObservers arrive,2025-12-21,Zeta Monitors\n");
        }
        Document doc;
        QVERIFY(doc.openLocation(path, { Document::Access::ReadWrite }).ok());
        ImportOptions options;
        options.mapping = u"auto"_qs;
        const auto imported = doc.importFile(csv, options);
        QVERIFY2(imported.ok(), qPrintable(imported.error().message()));
        const Dossier& d = doc.dossier();
        QString zetaId;
        for (const auto& p : d.parties())
            if (p.name == u"Zeta Monitors")
                zetaId = p.id;
        QVERIFY(!zetaId.isEmpty());
        PositionChange c;
        c.partyId = zetaId;
        c.issueId = d.issues().first().id;
        c.stance = d.stanceScale().last().key;
        c.effective = PartialDate::fromYmd(2025, 12, 23);
        c.recordedBy = u"test"_qs;
        const auto recorded = Command::recordPosition(&doc, c);
        QVERIFY2(recorded.ok(), qPrintable(recorded.error().message()));
        doc.undoStack()->undo(); // retracts the position: its row stays
        const qsizetype events = d.events().size();
        QSignalSpy failures(&doc, &Document::writeFailed);
        doc.undoStack()->undo(); // the import
        QCOMPARE(failures.count(), 1);
        QCOMPARE(d.events().size(), events);
        QVERIFY(d.partyIndex(zetaId) >= 0);
        QCOMPARE(doc.lastWriteError().kind(), Error::Kind::Invalid);
        QVERIFY2(doc.lastWriteError().message().contains(u"Zeta Monitors"_qs), qPrintable(doc.lastWriteError().message()));
    }
};

QTEST_GUILESS_MAIN(TestDocumentDoor)
#include "tst_documentdoor.moc"
