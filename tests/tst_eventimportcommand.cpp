// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportcommand.h"
#include "eventimportmapping.h"
#include "timelinejs.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

class TestEventImportCommand : public QObject {
    Q_OBJECT
private slots:
    void importsWithPresetAndFile()
    {
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"acled.csv"_qs);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,source,notes,fatalities\n"
                "15 December 2025,Battles,Armed clash,A,B,Ukraine,Pokrovsk,48.28,37.18,Outlet,Note,0\n"
                "31 February 2025,Battles,Armed clash,A,B,Ukraine,Pokrovsk,48.28,37.18,Outlet,Note,0\n");
        f.close();
        Dossier d;
        // Stop at the first bad row: nothing changes.
        const auto stopped = importIntoDossier(csv, d, u"acled"_qs, false);
        QVERIFY(!stopped.ok());
        QCOMPARE(stopped.message(),
            QStringLiteral("%1: line 3, column event_date: day 31 out of range for 2025-02").arg(csv));
        QCOMPARE(d.events().size(), 0);
        // Skip bad rows, with a saved report.
        const QString report = dir.filePath(u"report.csv"_qs);
        const auto imported = importIntoDossier(csv, d, u"acled"_qs, true, report);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        const ImportCommandStats stats = imported.value();
        QCOMPARE(stats.imported, 1);
        QCOMPARE(stats.skipped, 1);
        QCOMPARE(stats.newParties, 2);
        QCOMPARE(stats.newSources, 1);
        QCOMPARE(d.events().size(), 1);
        QFile r(report);
        QVERIFY(r.open(QIODevice::ReadOnly));
        QCOMPARE(r.readAll(), QByteArray("line,column,reason\n3,event_date,day 31 out of range for 2025-02\n"));
        // A mapping file works too; unknown names are refused.
        const QString mappingFile = dir.filePath(u"m.json"_qs);
        QVERIFY(mappingPreset(u"acled"_qs)->save(mappingFile).ok());
        QVERIFY(importIntoDossier(csv, d, mappingFile, true).ok());
        QCOMPARE(d.events().size(), 2);
        QVERIFY(!importIntoDossier(csv, d, u"no-such-mapping"_qs, true).ok());
        QCOMPARE(d.events().size(), 2);
    }

    void importsTimelineJs()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"t.json"_qs);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(R"({"events": [{"start_date": {"year": 2025, "month": 12, "day": 15}, "text": {"headline": "A"}, "group": "Ukraine"}]})");
        f.close();
        Dossier d;
        const auto imported = importIntoDossier(path, d, u"timelinejs"_qs, true);
        QVERIFY2(imported.ok(), qPrintable(imported.message()));
        const ImportCommandStats stats = imported.value();
        QCOMPARE(stats.imported, 1);
        QCOMPARE(stats.newParties, 1);
    }
};

QTEST_GUILESS_MAIN(TestEventImportCommand)
#include "tst_eventimportcommand.moc"
