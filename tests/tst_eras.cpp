// SPDX-License-Identifier: GPL-3.0-or-later
// Eras as an analyst edits them (issue 12): Edit ▸ Eras… and the timeline's context menu on the era band open
// the Eras editor; adding, changing and removing an era are each one undo step, written to the dossier file at
// once; typed input that is not an era is refused with the reason and changes nothing.
#include "commands.h"
#include "document.h"
#include "dossierio.h"
#include "erasdialog.h"
#include "erasmodel.h"
#include "mainwindow.h"
#include "timeline/timelineview.h"
#include "timeline/timescale.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Entente;
using namespace Qt::StringLiterals;

namespace {
qint64 at(const char* iso) { return PartialDate::parse(QString::fromLatin1(iso))->msecs; }

const Era* eraNamed(const Dossier& d, const QString& name)
{
    for (const Era& e : d.eras())
        if (e.name == name)
            return &e;
    return nullptr;
}

// The eras stored in the file now (a fresh read, not the window's memory).
QList<Era> storedEras(const QString& file)
{
    Document doc;
    const auto opened = doc.openLocation(file, { Document::Access::ReadOnly, 0, false });
    return opened.ok() ? doc.dossier().eras() : QList<Era>();
}

void fill(ErasDialog* dialog, const QString& name, const QString& start, const QString& end, const QString& color = {})
{
    dialog->findChild<QLineEdit*>(u"eraName"_s)->setText(name);
    dialog->findChild<QLineEdit*>(u"eraStart"_s)->setText(start);
    dialog->findChild<QLineEdit*>(u"eraEnd"_s)->setText(end);
    if (!color.isEmpty())
        dialog->findChild<QLineEdit*>(u"eraColor"_s)->setText(color);
}

void click(ErasDialog* dialog, const char* button)
{
    auto* b = dialog->findChild<QPushButton*>(QString::fromLatin1(button));
    QVERIFY(b);
    QVERIFY(b->isEnabled());
    QTest::mouseClick(b, Qt::LeftButton);
}
} // namespace

class tst_Eras : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_file;
    std::unique_ptr<QSettings> m_settings;

private slots:
    void init()
    {
        m_file = m_dir.filePath(u"berlin.entente"_s);
        QFile::remove(m_file);
        const auto sample
            = DossierIO::readDossier(u"" ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"_s);
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        QVERIFY(Document::createDossier(m_file, sample.value()).ok());
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_s), QSettings::IniFormat);
        m_settings->clear();
    }

    void eraFromRefusesWhatIsNotAnEra_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("start");
        QTest::addColumn<QString>("end");
        QTest::addColumn<QString>("color");
        QTest::addColumn<QString>("error"); // a part of the message; empty: accepted
        QTest::newRow("ok") << u"Geneva round"_s << u"2025-11-23"_s << u"2025-11-24"_s << u"#88aaff"_s << QString();
        QTest::newRow("one day") << u"Call"_s << u"2025-11-23"_s << u"2025-11-23"_s << QString() << QString();
        QTest::newRow("month to year") << u"Winter"_s << u"2025-12"_s << u"2026"_s << u"teal"_s << QString();
        QTest::newRow("no name") << u"  "_s << u"2025-11-23"_s << u"2025-11-24"_s << QString() << u"needs a name"_s;
        QTest::newRow("no start") << u"A"_s << QString() << u"2025-11-24"_s << QString() << u"needs a start date"_s;
        QTest::newRow("no end") << u"A"_s << u"2025-11-23"_s << QString() << QString() << u"needs an end date"_s;
        QTest::newRow("bad start") << u"A"_s << u"2025-13-40"_s << u"2025-11-24"_s << QString()
                                   << u"The start “2025-13-40”"_s;
        QTest::newRow("bad end") << u"A"_s << u"2025-11-23"_s << u"soon"_s << QString() << u"The end “soon”"_s;
        QTest::newRow("end before start") << u"A"_s << u"2025-11-24"_s << u"2025-11-23"_s << QString()
                                          << u"ends (23 Nov 2025) before it starts (24 Nov 2025)"_s;
        QTest::newRow("bad colour") << u"A"_s << u"2025-11-23"_s << u"2025-11-24"_s << u"#12"_s << u"is not a colour"_s;
    }
    void eraFromRefusesWhatIsNotAnEra()
    {
        QFETCH(QString, name);
        QFETCH(QString, start);
        QFETCH(QString, end);
        QFETCH(QString, color);
        QFETCH(QString, error);
        const auto era = ErasModel::eraFrom(u"era-9"_s, name, start, end, color);
        if (error.isEmpty()) {
            QVERIFY2(era.ok(), qPrintable(era.message()));
            QCOMPARE(era.value().id, u"era-9"_s);
            QCOMPARE(era.value().name, name.trimmed());
            QVERIFY(era.value().end.periodEnd() > era.value().start.msecs);
        } else {
            QVERIFY(!era.ok());
            QVERIFY2(era.message().contains(error), qPrintable(era.message()));
        }
    }

    void commandsAreUndoableAndWritten()
    {
        Document doc;
        QVERIFY(doc.openLocation(m_file).ok());
        ErasModel model(&doc);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model.rowCount(), 1); // the sample's Berlin round
        const QList<Era> before = doc.dossier().eras();

        Era geneva { u"era-2"_s, u"Geneva round"_s, PartialDate::parse(u"2025-11-23").value(),
            PartialDate::parse(u"2025-11-24").value(), u"#88aaff"_s };
        QVERIFY(Command::applied(Command::addEra(&doc, geneva)));
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(storedEras(m_file).size(), 2);
        QCOMPARE(doc.undoStack()->undoText(), u"Add era “Geneva round”"_s);
        const QList<Era> added = doc.dossier().eras();

        Era longer = geneva;
        longer.end = PartialDate::parse(u"2025-11-30").value();
        longer.name = u"Geneva talks"_s;
        QVERIFY(Command::applied(Command::editEra(&doc, longer)));
        QCOMPARE(doc.undoStack()->undoText(), u"Rename era “Geneva round” to “Geneva talks”"_s);
        QCOMPARE(model.data(model.index(1, ErasModel::EndColumn)).toString(), u"30 Nov 2025"_s);
        QCOMPARE(storedEras(m_file).value(1), longer);
        const QList<Era> edited = doc.dossier().eras();

        QVERIFY(Command::applied(Command::removeEra(&doc, u"berlin-round"_s)));
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(storedEras(m_file), (QList<Era> { longer }));

        // Undo walks back through every state, redo forward again; the file follows each step.
        doc.undoStack()->undo();
        QCOMPARE(doc.dossier().eras(), edited);
        QCOMPARE(storedEras(m_file), edited);
        doc.undoStack()->undo();
        QCOMPARE(doc.dossier().eras(), added);
        doc.undoStack()->undo();
        QCOMPARE(doc.dossier().eras(), before);
        QCOMPARE(storedEras(m_file), before);
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        doc.undoStack()->redo();
        QCOMPARE(doc.dossier().eras(), (QList<Era> { longer }));
        QCOMPARE(storedEras(m_file), (QList<Era> { longer }));

        // Refused edits push nothing and change nothing.
        const int steps = doc.undoStack()->count();
        Era backwards = longer;
        backwards.end = PartialDate::parse(u"2025-11-01").value();
        QVERIFY(!Command::editEra(&doc, backwards).ok());
        QVERIFY(!Command::addEra(&doc, longer).ok()); // its id is taken
        QVERIFY(!Command::removeEra(&doc, u"nope"_s).ok());
        QCOMPARE(doc.undoStack()->count(), steps);
        QCOMPARE(storedEras(m_file), (QList<Era> { longer }));
        QVERIFY(!Command::editEra(&doc, longer).value().changed); // no-op
    }

    void editorAddsChangesAndRemovesWithUndo()
    {
        MainWindow w(m_settings.get());
        w.resize(1600, 1000);
        QVERIFY(w.openFile(m_file, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* action = w.findChild<QAction*>(u"actionEras"_s);
        QVERIFY(action);
        action->trigger();
        auto* dialog = w.findChild<ErasDialog*>(u"erasDialog"_s);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->currentEraId(), u"berlin-round"_s); // the first era is shown
        QCOMPARE(dialog->findChild<QLineEdit*>(u"eraName"_s)->text(), u"Berlin round"_s);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"eraStart"_s)->text(), u"2025-12-14"_s);
        const Document* doc = w.document();
        auto* undo = w.findChild<QAction*>(u"actionUndo"_s);
        auto* redo = w.findChild<QAction*>(u"actionRedo"_s);

        // Add: a new era from the form.
        dialog->prepareNewEra(at("2025-11-23"));
        QCOMPARE(dialog->findChild<QLineEdit*>(u"eraStart"_s)->text(), u"2025-11-23"_s);
        fill(dialog, u"Geneva round"_s, u"2025-11-23"_s, u"2025-11-24"_s, u"#88aaff"_s);
        click(dialog, "eraAdd");
        const Era* geneva = eraNamed(doc->dossier(), u"Geneva round"_s);
        QVERIFY2(geneva, qPrintable(dialog->message()));
        QCOMPARE(geneva->start.toIso(), u"2025-11-23"_s);
        QCOMPARE(geneva->color, u"#88aaff"_s);
        QCOMPARE(dialog->currentEraId(), geneva->id);
        QCOMPARE(undo->text(), u"&Undo Add era “Geneva round”"_s);
        QCOMPARE(storedEras(m_file).size(), 2);
        // The timeline draws it: the era band names it under its days.
        TimelineView* timeline = w.timelineView();
        timeline->setScale(TimeScale(at("2025-11-15"), TimeScale::DayMs / 20.0, 1000)); // 20 px a day
        auto layout = timeline->currentLayout();
        const auto xOf = [&](const char* iso) { return layout.timeArea.left() + layout.scale.toX(at(iso)); };
        QVERIFY(!layout.eraBand.isEmpty());
        QCOMPARE(
            timeline->eraAt({ (xOf("2025-11-23") + xOf("2025-11-25")) / 2, layout.eraBand.center().y() }), geneva->id);
        const QString genevaId = geneva->id;

        // Change: an end before the start is refused with the reason, and nothing changes.
        fill(dialog, u"Geneva round"_s, u"2025-11-23"_s, u"2025-11-20"_s);
        click(dialog, "eraApply");
        QVERIFY2(dialog->message().contains(u"before it starts"_s), qPrintable(dialog->message()));
        QCOMPARE(doc->dossier().eras()[doc->dossier().eraIndex(genevaId)].end.toIso(), u"2025-11-24"_s);
        QCOMPARE(undo->text(), u"&Undo Add era “Geneva round”"_s);
        fill(dialog, u"Geneva round"_s, u"2025-11-23"_s, u"bad"_s);
        click(dialog, "eraApply");
        QVERIFY2(dialog->message().contains(u"“bad” is not a date"_s), qPrintable(dialog->message()));
        fill(dialog, u""_s, u"2025-11-23"_s, u"2025-11-24"_s);
        click(dialog, "eraAdd");
        QVERIFY2(dialog->message().contains(u"needs a name"_s), qPrintable(dialog->message()));
        QCOMPARE(doc->dossier().eras().size(), 2);
        // A valid change is one undo step.
        fill(dialog, u"Geneva round"_s, u"2025-11-23"_s, u"2025-11-26"_s);
        click(dialog, "eraApply");
        QCOMPARE(doc->dossier().eras()[doc->dossier().eraIndex(genevaId)].end.toIso(), u"2025-11-26"_s);
        QCOMPARE(undo->text(), u"&Undo Edit era “Geneva round”"_s);
        undo->trigger();
        QCOMPARE(doc->dossier().eras()[doc->dossier().eraIndex(genevaId)].end.toIso(), u"2025-11-24"_s);
        QCOMPARE(dialog->findChild<QLineEdit*>(u"eraEnd"_s)->text(), u"2025-11-24"_s); // the form follows undo
        redo->trigger();
        QCOMPARE(doc->dossier().eras()[doc->dossier().eraIndex(genevaId)].end.toIso(), u"2025-11-26"_s);

        // Remove, then undo brings it back (in the file too).
        dialog->selectEra(u"berlin-round"_s);
        click(dialog, "eraRemove");
        QCOMPARE(doc->dossier().eraIndex(u"berlin-round"_s), -1);
        QCOMPARE(storedEras(m_file).size(), 1);
        undo->trigger();
        QVERIFY(doc->dossier().eraIndex(u"berlin-round"_s) >= 0);
        QCOMPARE(storedEras(m_file).size(), 2);
        QCOMPARE(dialog->findChild<QTableView*>(u"erasTable"_s)->model()->rowCount(), 2);
        // A picture to look at: /tmp/eras-dialog.png
        QVERIFY(dialog->grab().save(u"/tmp/eras-dialog.png"_s));
    }

    void timelineContextMenuOpensTheEraUnderThePointer()
    {
        MainWindow w(m_settings.get());
        w.resize(1600, 1000);
        QVERIFY(w.openFile(m_file, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TimelineView* timeline = w.timelineView();
        timeline->setScale(TimeScale(at("2025-12-01"), TimeScale::DayMs / 20.0, 1000)); // 20 px a day
        auto layout = timeline->currentLayout();
        const double y = layout.eraBand.center().y();
        const double x = layout.timeArea.left() + layout.scale.toX(at("2025-12-14T12:00Z"));
        QVERIFY(layout.timeArea.contains(QPointF(x, layout.timeArea.center().y())));
        QCOMPARE(timeline->eraAt({ x, y }), u"berlin-round"_s);
        const double outside = layout.timeArea.left() + layout.scale.toX(at("2025-12-10T12:00Z"));
        QCOMPARE(timeline->eraAt({ outside, y }), QString());

        auto menu = timeline->eraMenu({ x, y });
        QVERIFY(menu);
        auto* edit = menu->findChild<QAction*>(u"actionEditEraHere"_s);
        QVERIFY(edit);
        QVERIFY(edit->text().contains(u"Berlin round"_s));
        edit->trigger();
        auto* dialog = w.findChild<ErasDialog*>(u"erasDialog"_s);
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->currentEraId(), u"berlin-round"_s);

        // Away from any era: no "Edit", and "Add Era Here" starts the form on the pointer's day.
        menu = timeline->eraMenu({ outside, y });
        QVERIFY(menu);
        QVERIFY(!menu->findChild<QAction*>(u"actionEditEraHere"_s));
        auto* add = menu->findChild<QAction*>(u"actionAddEraHere"_s);
        QVERIFY(add);
        add->trigger();
        QCOMPARE(dialog->currentEraId(), QString());
        QCOMPARE(dialog->findChild<QLineEdit*>(u"eraStart"_s)->text(), u"2025-12-10"_s);
        fill(dialog, u"Run-up"_s, u"2025-12-10"_s, u"2025-12-12"_s);
        click(dialog, "eraAdd");
        QVERIFY(eraNamed(w.document()->dossier(), u"Run-up"_s));
        layout = timeline->currentLayout();
        QVERIFY(!timeline->eraAt({ layout.timeArea.left() + layout.scale.toX(at("2025-12-11")), y }).isEmpty());
        // Over the lane headers there is no time, so no era menu.
        QVERIFY(!timeline->eraMenu({ layout.timeArea.left() - 5, y }));
    }

    // A note pinned to an era: a flag on the era's band (the pixels there change) and the band's tooltip text.
    void eraNoteIsMarkedOnTheTimeline()
    {
        MainWindow w(m_settings.get());
        w.resize(1600, 1000);
        QVERIFY(w.openFile(m_file, true));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        TimelineView* timeline = w.timelineView();
        timeline->setScale(TimeScale(at("2025-12-01"), TimeScale::DayMs / 20.0, 1000)); // 20 px a day
        const auto layout = timeline->currentLayout();
        const double y = layout.eraBand.center().y();
        const double x = layout.timeArea.left() + layout.scale.toX(at("2025-12-14T12:00Z"));
        QCOMPARE(timeline->eraAt({ x, y }), u"berlin-round"_s);
        QCOMPARE(timeline->eraNotesAt({ x, y }), QString());
        const QRect band = layout.eraBand.toAlignedRect();
        const QImage before = timeline->viewport()->grab(band).toImage();
        Note n;
        n.target = NoteTarget::Era;
        n.eraId = u"berlin-round"_s;
        n.text = u"Both sides <b>briefed</b> afterwards"_s;
        QVERIFY(Command::applied(Command::addNote(w.document(), n)));
        const QString tip = timeline->eraNotesAt({ x, y });
        QVERIFY2(tip.contains(u"Berlin round"_s) && tip.contains(u"&lt;b&gt;briefed&lt;/b&gt;"_s), qPrintable(tip));
        const QImage after = timeline->viewport()->grab(band).toImage();
        QVERIFY(before != after);
        // Outside the era no notes are named; undoing the note removes the flag.
        QCOMPARE(timeline->eraNotesAt({ layout.timeArea.left() + layout.scale.toX(at("2025-12-10T12:00Z")), y }), QString());
        w.document()->undoStack()->undo();
        QCOMPARE(timeline->eraNotesAt({ x, y }), QString());
        QCOMPARE(timeline->viewport()->grab(band).toImage(), before);
    }
};

QTEST_MAIN(tst_Eras)
#include "tst_eras.moc"
