// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimport.h"
#include "eventimportcommand.h"
#include "mustutil.h"
#include "timelinetools.h"

#include <QTest>

using namespace Entente;

namespace {
QString fixture(const char* name) { return QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/import/") + QLatin1String(name); }

Event eventTitled(const Dossier& d, const QString& title)
{
    for (qsizetype r = 0; r < d.events().size(); ++r)
        if (d.events().title(r) == title)
            return d.events().event(r);
    return {};
}
}

class TestTimelineTools : public QObject {
    Q_OBJECT
private slots:
    void timelineProject()
    {
        const QString path = fixture("timeline/talks.timeline");
        const auto m = autoMappingFor(path);
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->importer, u"timeline-project"_qs);
        Dossier target;
        Entente::TestUtil::must(target.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, {} }));
        const auto d = importTimelineProjectFile(path, target, {});
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(d->events().size(), 3);
        const Event istanbul = eventTitled(d.value(), u"Istanbul communiqué"_qs);
        QCOMPARE(istanbul.start.toIso(), u"2022-03-29T10:30Z"_qs);
        QVERIFY(!istanbul.end.isValid()); // end = start: a point event
        QCOMPARE(istanbul.description, u"Proposals on <neutrality> & guarantees."_qs);
        QCOMPARE(istanbul.parties, QStringList { u"ua"_qs }); // the category, matched to the dossier's party
        const Event belarus = eventTitled(d.value(), u"Belarus border talks"_qs);
        QCOMPARE(belarus.start.toIso(), u"2022-03-01"_qs);
        QCOMPARE(belarus.end.toIso(), u"2022-03-10"_qs);
        QVERIFY(belarus.tags.contains(u"fuzzy"_qs));
        QCOMPARE(d->parties().size(), 2);
        QCOMPARE(d->parties()[1].name, u"Mediators"_qs);
        QCOMPARE(d->parties()[1].color, u"#c8c8c8"_qs); // the category's colour
        QVERIFY(eventTitled(d.value(), u"Uncategorised note"_qs).parties.isEmpty());
        QCOMPARE(d->eras().size(), 1);
        QCOMPARE(d->eras()[0].name, u"Istanbul round"_qs);
        QCOMPARE(d->eras()[0].color, u"#eedbf0"_qs);
        // Categories as tags.
        TimelineJsImportOptions tags;
        tags.groupsAsParties = false;
        const auto t = importTimelineProjectFile(path, Dossier(), tags);
        QVERIFY2(t.ok(), qPrintable(t.message()));
        QVERIFY(t->parties().isEmpty());
        QVERIFY(eventTitled(t.value(), u"Belarus border talks"_qs).tags.contains(u"Mediators"_qs));
    }

    void timelineProjectErrors()
    {
        // A DTD (here a billion-laughs style entity) is refused before anything is expanded.
        const auto doctype = importTimelineProjectFile(fixture("timeline/doctype.timeline"), Dossier(), {});
        QVERIFY(!doctype.ok());
        QString error = doctype.error().message();
        QVERIFY2(error.endsWith(u"line 2: a DOCTYPE is not allowed in a timeline file"_qs), qPrintable(error));
        const auto badDate = importTimelineProjectFile(fixture("timeline/bad-date.timeline"), Dossier(), {});
        QVERIFY(!badDate.ok());
        error = badDate.error().message();
        QVERIFY2(error.endsWith(u"line 5 (\u201CNot a day\u201D): start: \"2022-02-30 00:00:00\" is not a valid date"_qs),
            qPrintable(error));
        QCOMPARE(badDate.error().line(), 5);
        const auto truncated = importTimelineProject("<timeline><events><event>", Dossier(), {});
        QVERIFY(!truncated.ok());
        error = truncated.error().message();
        QVERIFY2(error.startsWith(u"line 1: "_qs), qPrintable(error));
        QCOMPARE(truncated.error().line(), 1);
    }

    void timeFlow()
    {
        const QString path = fixture("timeflow/oil-spill.time");
        const auto m = autoMappingFor(path);
        QVERIFY2(m.ok(), qPrintable(m.message()));
        QCOMPARE(m->importer, u"timeflow"_qs);
        EventImportResult report;
        const auto d = importTimeFlowFile(path, Dossier(), true, &report);
        QVERIFY2(d.ok(), qPrintable(d.message()));
        QCOMPARE(d->events().size(), 4);
        QCOMPARE(report.errorCount, 1);
        QCOMPARE(report.errors[0].line, 21); // the file's own line: the header lines are counted
        const Event explodes = eventTitled(d.value(), u"Deepwater Horizon explodes"_qs);
        QCOMPARE(explodes.start.toIso(), u"2010-04-20"_qs);
        QCOMPARE(explodes.parties.size(), 2); // "BP,Transocean"
        QVERIFY(explodes.tags.contains(u"spill"_qs) && explodes.tags.contains(u"rig"_qs));
        QCOMPARE(explodes.description, u"Eleven workers are killed."_qs);
        QCOMPARE(explodes.sources.size(), 1);
        QCOMPARE(eventTitled(d.value(), u"Coast Guard briefing"_qs).start.toIso(), u"2010-04-23T18:00Z"_qs);
        const Event capped = eventTitled(d.value(), u"Well capped after months"_qs);
        QCOMPARE(capped.start.toIso(), u"2010-05"_qs);
        QCOMPARE(capped.end.toIso(), u"2010-07-15"_qs);
        QCOMPARE(capped.description, u"Hearings, and a cap."_qs);
        QCOMPARE(eventTitled(d.value(), u"A year of hearings"_qs).start.precision, Precision::Year);
        // Stop mode: the bad row by line and column, nothing imported.
        const auto stopped = importTimeFlowFile(path, Dossier(), false, nullptr);
        QVERIFY(!stopped.ok());
        const QString error = stopped.error().message();
        QVERIFY2(error.endsWith(u"line 21, column Start: unrecognised date \"Not a date\""_qs), qPrintable(error));
        QCOMPARE(stopped.error().line(), 21);
        QCOMPARE(stopped.error().field(), u"Start"_qs);
        // Through the command's path, as `entente import` runs it.
        Dossier target;
        const auto imported = importIntoDossier(path, target, u"auto"_qs, true);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        QCOMPARE(target.events().size(), 4);
    }
};

QTEST_APPLESS_MAIN(TestTimelineTools)
#include "tst_timelinetools.moc"
