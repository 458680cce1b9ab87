// SPDX-License-Identifier: GPL-3.0-or-later
// Date fields take a typed ISO date ("2025-12-01") as well as their display format, and every date field of
// the main window is one of them.
#include "document.h"
#include "dossierio.h"
#include "mainwindow/isodateedit.h"
#include "mainwindow/mainwindow.h"

#include <QLineEdit>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

namespace {
void typeInto(QDateEdit& edit, const QString& text)
{
    edit.setFocus();
    auto* line = edit.findChild<QLineEdit*>();
    QVERIFY(line);
    line->selectAll();
    QTest::keyClicks(&edit, text);
    QTest::keyClick(&edit, Qt::Key_Return);
}
}

class TestIsoDateEdit : public QObject {
    Q_OBJECT
private slots:
    void typedDates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("iso") << u"2025-12-01"_qs << QDate(2025, 12, 1);
        QTest::newRow("iso, one-digit month and day") << u"2025-3-7"_qs << QDate(2025, 3, 7);
        QTest::newRow("display format") << u"15 Dec 2025"_qs << QDate(2025, 12, 15);
        QTest::newRow("long month name") << u"3 March 2024"_qs << QDate(2024, 3, 3);
        QTest::newRow("no such month: unchanged") << u"3 Smarch 2024"_qs << QDate(2020, 6, 1);
        QTest::newRow("impossible iso: unchanged") << u"2025-13-40"_qs << QDate(2020, 6, 1);
    }
    void typedDates()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        IsoDateEdit edit(QDate(2020, 6, 1));
        edit.show();
        QVERIFY(QTest::qWaitForWindowExposed(&edit));
        typeInto(edit, typed);
        if (QTest::currentTestFailed())
            return;
        QCOMPARE(edit.date(), expected);
        QCOMPARE(edit.text(), QLocale::c().toString(expected, u"d MMM yyyy"_qs));
    }

    void everyDateFieldOfTheWindowTakesIso()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(u"berlin.entente"_qs);
        const auto sample = DossierIO::readDossier(u"" ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"_qs);
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        const Status created = Document::createDossier(file, sample.value());
        QVERIFY2(created.ok(), qPrintable(created.message()));
        QSettings settings(dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        MainWindow w(&settings);
        QVERIFY(w.openFile(file, true));
        const auto edits = w.findChildren<QDateEdit*>();
        QVERIFY(edits.size() >= 5); // as-of, compare, go to, filter from and to
        for (QDateEdit* e : edits)
            QVERIFY2(qobject_cast<IsoDateEdit*>(e), qPrintable(e->objectName()));
        // The as-of field moves the dossier's as-of date when an ISO date is typed.
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto* asOf = w.findChild<QDateEdit*>(u"asOfDate"_qs);
        QVERIFY(asOf);
        typeInto(*asOf, u"2025-12-14"_qs);
        QCOMPARE(asOf->date(), QDate(2025, 12, 14));
    }
};

QTEST_MAIN(TestIsoDateEdit)
#include "tst_isodateedit.moc"
