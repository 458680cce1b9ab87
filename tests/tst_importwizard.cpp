// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventimportrunner.h"
#include "import/importwizard.h"
#include "mustutil.h"

#include <QAbstractButton>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
template<typename T>
T* find(QWidget& w, const char* name)
{
    auto* child = w.findChild<T*>(QString::fromLatin1(name));
    if (!child)
        qFatal("no widget %s", name);
    return child;
}

QString writeFile(const QTemporaryDir& dir, const char* name, const QByteArray& data)
{
    const QString path = dir.filePath(QString::fromLatin1(name));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(data);
    return path;
}

void selectData(QComboBox* combo, const QString& data)
{
    const int i = combo->findData(data);
    QVERIFY2(i >= 0, qPrintable(data));
    combo->setCurrentIndex(i);
}
}

class TestImportWizard : public QObject {
    Q_OBJECT
private slots:
    void drivesAllPages()
    {
        QTemporaryDir dir;
        const QString path = writeFile(dir, "events.csv",
            "when;what;who;kind\n2025-12-15;Talks open;Ukraine;talks\n2025-12-16;Statement;Wagner;statement\n"
            "2025-02-30;Bad date;Ukraine;talks\n");
        Dossier target;
        Entente::TestUtil::must(target.insertParty(-1, { u"ua"_qs, u"Ukraine"_qs, u"UA"_qs, {} }));
        ImportWizard wizard(target);
        wizard.setMappingFolder(dir.filePath(u"mappings"_qs));
        wizard.show();
        QCOMPARE(wizard.currentId(), int(ImportWizard::FilePage));
        auto* next = wizard.button(QWizard::NextButton);
        QVERIFY(!next->isEnabled());

        find<QLineEdit>(wizard, "filePath")->setText(path);
        QVERIFY(next->isEnabled());
        auto* table = find<QTableWidget>(wizard, "previewTable");
        QCOMPARE(table->columnCount(), 4);
        QCOMPARE(table->rowCount(), 3);
        QCOMPARE(table->horizontalHeaderItem(1)->text(), u"what"_qs);
        QCOMPARE(table->item(1, 2)->text(), u"Wagner"_qs);
        QVERIFY(find<QLabel>(wizard, "detectedLabel")->text().contains(u"semicolon"_qs));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::MappingPage));
        // Detected by header synonyms: "when" is the date, "who" the actors.
        QCOMPARE(find<QComboBox>(wizard, "presetCombo")->currentData().toString(), u"auto"_qs);
        QCOMPARE(find<QComboBox>(wizard, "field_date")->currentData().toString(), u"when"_qs);
        QCOMPARE(find<QLineEdit>(wizard, "listSeparator")->text(), u";"_qs);
        selectData(find<QComboBox>(wizard, "field_date"), u""_qs);
        QVERIFY(!next->isEnabled()); // no date column
        selectData(find<QComboBox>(wizard, "field_date"), u"when"_qs);
        QVERIFY(next->isEnabled());
        selectData(find<QComboBox>(wizard, "field_title"), u"what"_qs);
        selectData(find<QComboBox>(wizard, "field_eventType"), u"kind"_qs);
        auto* actors = find<QListWidget>(wizard, "actorsList");
        QCOMPARE(actors->count(), 4);
        actors->item(2)->setCheckState(Qt::Checked);
        find<QLineEdit>(wizard, "mappingName")->setText(u"Analyst sheet"_qs);
        QTest::mouseClick(find<QPushButton>(wizard, "saveMappingButton"), Qt::LeftButton);
        QCOMPARE(savedMappingNames(wizard.mappingFolder()), QStringList { u"Analyst sheet"_qs });

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::OptionsPage));
        auto* policy = find<QComboBox>(wizard, "actorPolicyCombo");
        policy->setCurrentIndex(policy->findData(int(ColumnMapping::ActorPolicy::Drop)));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        // The import runs in the background: the event loop keeps turning until it is done.
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QCOMPARE(find<QProgressBar>(wizard, "progressBar")->value(), 1000);
        QVERIFY(find<QLabel>(wizard, "statusLabel")->text().contains(u"Imported 2 events, skipped 1 rows"_qs));

        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
        auto* errors = find<QTableWidget>(wizard, "errorTable");
        QCOMPARE(errors->rowCount(), 1);
        QCOMPARE(errors->item(0, 0)->text(), u"4"_qs);
        QCOMPARE(errors->item(0, 1)->text(), u"when"_qs);
        QVERIFY(find<QPushButton>(wizard, "saveReportButton")->isEnabled());

        const auto result = wizard.result();
        QVERIFY(result);
        QCOMPARE(result->events().size(), 2);
        QCOMPARE(result->parties().size(), 1); // Wagner dropped
        QCOMPARE(result->events().refTexts(0, EventStore::RefKind::Party), QStringList { u"ua"_qs });
        QCOMPARE(result->events().refTexts(1, EventStore::RefKind::Tag), QStringList { u"statement"_qs });
        QCOMPARE(target.events().size(), 0);
    }


    // An ACLED export: detected, an alias typed in, and a review that lists what Finish would add.
    void reviewBeforeCommit()
    {
        QTemporaryDir dir;
        Dossier target;
        Entente::TestUtil::must(target.insertParty(-1, { u"ru"_qs, u"Russia"_qs, u"RU"_qs, {} }));
        Event known;
        known.start = PartialDate::parse(u"2024-08-05").value();
        known.title = u"Imported last week"_qs;
        known.tags = { u"acled-id=UKR170001"_qs };
        Entente::TestUtil::must(target.insertEvent(known));
        ImportWizard wizard(target);
        wizard.setMappingFolder(dir.filePath(u"mappings"_qs));
        wizard.show();
        find<QLineEdit>(wizard, "filePath")->setText(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/import/acled/current.csv"));
        auto* next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(find<QComboBox>(wizard, "presetCombo")->currentText(), u"Detected: ACLED"_qs);
        QCOMPARE(find<QComboBox>(wizard, "field_externalId")->currentData().toString(), u"event_id_cnty"_qs);
        auto* aliases = find<QTableWidget>(wizard, "aliasTable");
        QCOMPARE(aliases->rowCount(), 1);
        aliases->setItem(0, 0, new QTableWidgetItem(u"Military Forces of Russia (2000-)"_qs));
        aliases->setItem(0, 1, new QTableWidgetItem(u"Russia"_qs));
        QCOMPARE(aliases->rowCount(), 2); // a fresh empty row to type the next alias into
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::ReportPage));
        const QString summary = find<QLabel>(wizard, "summaryLabel")->text();
        QVERIFY2(summary.contains(u"2 events to add"_qs), qPrintable(summary));
        QVERIFY2(summary.contains(u"1 duplicates"_qs), qPrintable(summary));
        QVERIFY2(summary.contains(u"Military Forces of Russia (2000-) → Russia"_qs), qPrintable(summary));
        auto* parties = find<QTableWidget>(wizard, "newPartiesTable");
        QStringList rows;
        for (int r = 0; r < parties->rowCount(); ++r)
            rows << parties->item(r, 0)->text() + u'=' + parties->item(r, 1)->text();
        QVERIFY2(rows.contains(u"Military Forces of Ukraine (2019-)=1"_qs), qPrintable(rows.join(u", ")));
        QVERIFY2(rows.contains(u"Wagner Group=1"_qs), qPrintable(rows.join(u", ")));
        QVERIFY(!rows.join(u' ').contains(u"Military Forces of Russia"_qs));
        // Nothing reached the dossier yet.
        QCOMPARE(target.events().size(), 1);
        const auto result = wizard.result();
        QVERIFY(result);
        QCOMPARE(result->events().size(), 3);
        QCOMPARE(result->parties().size(), 1 + parties->rowCount());
    }

    void timelineJsFile()
    {
        QTemporaryDir dir;
        Dossier target;
        ImportWizard wizard(target);
        wizard.setMappingFolder(dir.filePath(u"mappings"_qs));
        wizard.show();
        find<QLineEdit>(wizard, "filePath")->setText(QStringLiteral(ENTENTE_SOURCE_DIR "/tests/fixtures/import/timelinejs/eras-strings.json"));
        auto* next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(find<QComboBox>(wizard, "presetCombo")->currentText(), u"Detected: TimelineJS3"_qs);
        QVERIFY(next->isEnabled());
        find<QComboBox>(wizard, "groupAsCombo")->setCurrentIndex(1); // groups as tags
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        const auto result = wizard.result();
        QVERIFY(result);
        QCOMPARE(result->events().size(), 4);
        QCOMPARE(result->eras().size(), 1);
        QVERIFY(result->parties().isEmpty());
    }

    void presetAndCancel()
    {
        QTemporaryDir dir;
        QByteArray data = "event_date,event_type,sub_event_type,actor1,actor2,country,location,latitude,longitude,source,notes,fatalities\n";
        for (int i = 0; i < 300000; ++i)
            data += "15 December 2025,Battles,Armed clash,A,B,Ukraine,Pokrovsk,48.28,37.18,Outlet,Note,0\n";
        const QString path = writeFile(dir, "acled.csv", data);
        Dossier target;
        ImportWizard wizard(target);
        wizard.setMappingFolder(dir.filePath(u"mappings"_qs));
        wizard.show();
        find<QLineEdit>(wizard, "filePath")->setText(path);
        auto* next = wizard.button(QWizard::NextButton);
        QTest::mouseClick(next, Qt::LeftButton);
        auto* preset = find<QComboBox>(wizard, "presetCombo");
        const int acled = preset->findData(u"acled"_qs);
        QVERIFY(acled > 0);
        preset->setCurrentIndex(acled);
        emit preset->activated(acled);
        QCOMPARE(find<QComboBox>(wizard, "field_date")->currentData().toString(), u"event_date"_qs);
        QCOMPARE(find<QComboBox>(wizard, "field_title")->currentText(), u"{sub_event_type|event_type} in {location|admin1|country}"_qs);
        QTest::mouseClick(next, Qt::LeftButton);
        QTest::mouseClick(next, Qt::LeftButton);
        QCOMPARE(wizard.currentId(), int(ImportWizard::RunPage));
        QTest::mouseClick(find<QPushButton>(wizard, "cancelButton"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(next->isEnabled(), 10000);
        QVERIFY(!wizard.result());
        QCOMPARE(find<QLabel>(wizard, "statusLabel")->text(), u"Import cancelled"_qs);
        QCOMPARE(target.events().size(), 0);
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
