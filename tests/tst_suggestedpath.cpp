// SPDX-License-Identifier: GPL-3.0-or-later
// File dialogs start in the dossier's folder (or Documents) and propose a name made from the dossier's.
#include "mainwindow/suggestedpath.h"

#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Entente;

class TestSuggestedPath : public QObject {
    Q_OBJECT
private slots:
    void besideTheDossier()
    {
        QTemporaryDir dir;
        const QString dossier = dir.filePath(u"berlin-talks-2025.entente"_qs);
        QCOMPARE(dialogFolder(dossier), QFileInfo(dir.path()).absoluteFilePath());
        QCOMPARE(suggestedSavePath(dossier, u"-timeline"_qs, u"png"_qs), QDir(dir.path()).filePath(u"berlin-talks-2025-timeline.png"_qs));
        QCOMPARE(suggestedSavePath(dossier, {}, u"json"_qs), QDir(dir.path()).filePath(u"berlin-talks-2025.json"_qs));
    }

    void documentsWithoutADossier()
    {
        QStandardPaths::setTestModeEnabled(true);
        const QString docs = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
        const QString expected = docs.isEmpty() ? QDir::homePath() : docs;
        QCOMPARE(dialogFolder({}), expected);
        QCOMPARE(suggestedSavePath({}, u"-briefing-2025-12-15"_qs, u"pdf"_qs), QDir(expected).filePath(u"entente-briefing-2025-12-15.pdf"_qs));
        // A team dossier (a URI) has no folder: Documents as well.
        QCOMPARE(dialogFolder(u"postgresql://host/db"_qs), expected);
    }
};

QTEST_GUILESS_MAIN(TestSuggestedPath)
#include "tst_suggestedpath.moc"
