// SPDX-License-Identifier: GPL-3.0-or-later
// File ▸ Open Team Dossier… and File ▸ Publish to Team Server… as an analyst uses them, offscreen, against the
// throwaway cluster: the dialog builds the address from its fields (or a service), has no password field, the
// window opens the team dossier, publishes the open file with progress and offers to open the team copy, and the
// recent-files list shows both kinds ("x on the local server") with no password remembered anywhere.
#include "document.h"
#include "dossierio.h"
#include "mainwindow.h"
#include "pgtestutil.h"
#include "teamdossierdialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace Entente;

namespace {
QString sampleFile() { return QStringLiteral(ENTENTE_SOURCE_DIR "/resources/samples/berlin-talks-2025.json"); }

// Calls `answer` with the next modal widget of type T (and objectName `name`, when given) once it is up.
template <typename T> void whenModal(const QString& name, std::function<void(T*)> answer, bool* done)
{
    auto* timer = new QTimer(qApp);
    timer->setInterval(10);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, name, answer, done] {
        auto* w = qobject_cast<T*>(QApplication::activeModalWidget());
        if (!w || (!name.isEmpty() && w->objectName() != name))
            return;
        timer->stop();
        timer->deleteLater();
        *done = true;
        answer(w);
    });
    timer->start();
}

void fill(QWidget* dialog, const QString& name, const QString& text)
{
    auto* e = dialog->findChild<QLineEdit*>(name);
    QVERIFY2(e, qPrintable(name));
    e->clear();
    QTest::keyClicks(e, text);
}

QPushButton* okButton(QWidget* dialog)
{
    return dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
}

QAction* action(MainWindow& w, const QString& name) { return w.findChild<QAction*>(name); }

QStringList recentTexts(MainWindow& w)
{
    QStringList out;
    for (QAction* menuAction : w.menuBar()->actions())
        for (QAction* a : menuAction->menu()->actions())
            if (a->menu() && a->text().contains(u"Recent"))
                for (QAction* r : a->menu()->actions())
                    out << r->text();
    return out;
}

QByteArray fileBytes(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}

class TestTeamDialogs : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    QString m_file;

private slots:
    void initTestCase()
    {
        const QString problem = PgTest::clusterProblem();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }

    void init()
    {
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"settings.ini"_qs), QSettings::IniFormat);
        m_settings->clear();
        m_file = m_dir.filePath(u"berlin.entente"_qs);
        QFile::remove(m_file);
        const auto sample = DossierIO::readDossier(sampleFile());
        QVERIFY2(sample.ok(), qPrintable(sample.message()));
        QVERIFY(Document::createDossier(m_file, sample.value()).ok());
    }

    void dialogBuildsTheAddress()
    {
        TeamDossierDialog dialog(TeamDossierDialog::Mode::Open);
        dialog.show();
        // Nothing filled in: no address, OK disabled, the reason shown.
        QVERIFY(dialog.uri().isEmpty());
        QVERIFY(!okButton(&dialog)->isEnabled());
        auto* problem = dialog.findChild<QLabel*>(u"teamProblem"_qs);
        QVERIFY2(problem->text().startsWith(u"Dossier:"), qPrintable(problem->text()));
        fill(&dialog, u"teamHost"_qs, u"db.example.org"_qs);
        fill(&dialog, u"teamDatabase"_qs, u"entente"_qs);
        fill(&dialog, u"teamDossier"_qs, u"berlin talks"_qs);
        QVERIFY(!okButton(&dialog)->isEnabled());
        QVERIFY2(problem->text().contains(u"not a valid id"), qPrintable(problem->text()));
        fill(&dialog, u"teamDossier"_qs, u"berlin-talks"_qs);
        fill(&dialog, u"teamUser"_qs, u"olena"_qs);
        dialog.findChild<QSpinBox*>(u"teamPort"_qs)->setValue(5433);
        auto* ssl = dialog.findChild<QComboBox*>(u"teamSslMode"_qs);
        ssl->setCurrentIndex(ssl->findData(u"verify-full"_qs));
        QVERIFY(okButton(&dialog)->isEnabled());
        QCOMPARE(dialog.uri(), u"postgresql://olena@db.example.org:5433/entente?dossier=berlin-talks&sslmode=verify-full"_qs);
        QVERIFY(dialog.findChild<QLabel*>(u"teamUri"_qs)->text().contains(dialog.uri()));
        // A service instead of host, port and database.
        auto* useService = dialog.findChild<QCheckBox*>(u"teamUseService"_qs);
        useService->setChecked(true);
        QVERIFY(!dialog.findChild<QLineEdit*>(u"teamHost"_qs)->isEnabled());
        QVERIFY(!dialog.findChild<QLineEdit*>(u"teamDatabase"_qs)->isEnabled());
        QVERIFY(!okButton(&dialog)->isEnabled()); // no service named yet
        QVERIFY2(problem->text().startsWith(u"Service:"), qPrintable(problem->text()));
        fill(&dialog, u"teamService"_qs, u"team"_qs);
        QCOMPARE(dialog.uri(), u"postgresql://olena@/?dossier=berlin-talks&service=team&sslmode=verify-full"_qs);
        // There is no password field at all, and the dialog says where passwords go.
        for (auto* e : dialog.findChildren<QLineEdit*>())
            QCOMPARE(e->echoMode(), QLineEdit::Normal);
        QVERIFY(dialog.findChild<QLabel*>(u"teamPasswordNote"_qs)->text().contains(u"~/.pgpass"));
        // Filled from a remembered address (the window does so with the last one used).
        dialog.setAddress(*TeamLocation::fromUri(u"postgresql://o:secret@db/e?dossier=x&sslmode=require"_qs));
        QVERIFY(!useService->isChecked());
        QCOMPARE(dialog.uri(), u"postgresql://o@db/e?dossier=x&sslmode=require"_qs);
    }

    // Publish the open file from the menu: the dialog proposes an id from the dossier's name, progress runs,
    // then the window offers the team copy and opens it.
    void publishThenOpenTheTeamCopy()
    {
        MainWindow w(m_settings.get());
        w.show();
        QVERIFY(w.openFile(m_file, true));
        const QString id = PgTest::freshId(u"published"_qs);
        const QString uri = u"postgresql://alice@/entente?dossier=%1&host=%2"_qs.arg(id, QString::fromLatin1(QUrl::toPercentEncoding(PgTest::host())));
        bool dialogSeen = false, offerSeen = false;
        QString proposedId;
        whenModal<TeamDossierDialog>({}, [&](TeamDossierDialog* d) {
            proposedId = d->findChild<QLineEdit*>(u"teamDossier"_qs)->text();
            fill(d, u"teamHost"_qs, PgTest::host());
            fill(d, u"teamDatabase"_qs, u"entente"_qs);
            fill(d, u"teamUser"_qs, u"alice"_qs);
            fill(d, u"teamDossier"_qs, id);
            QTest::mouseClick(okButton(d), Qt::LeftButton);
        }, &dialogSeen);
        QString offerText;
        whenModal<QMessageBox>(u"openTeamCopy"_qs, [&](QMessageBox* box) {
            offerText = box->text();
            for (QAbstractButton* b : box->buttons())
                if (box->buttonRole(b) == QMessageBox::AcceptRole)
                    b->click();
        }, &offerSeen);
        action(w, u"actionPublishTeam"_qs)->trigger();
        QVERIFY(dialogSeen);
        QVERIFY(offerSeen);
        QVERIFY2(offerText.contains(u"Published 10 event(s) as %1 on the local server"_qs.arg(id)), qPrintable(offerText));
        QCOMPARE(proposedId, u"berlin-talks-on-ending-the-war-in-ukraine-december-2025"_qs);
        QTRY_COMPARE(w.document()->location(), uri);
        QCOMPARE(w.document()->dossier().events().size(), 10);
        QVERIFY(!w.document()->isReadOnly());
        // Recent files: the team copy by its short name, and the file by its name.
        const QStringList recent = recentTexts(w);
        QVERIFY2(recent.size() == 2, qPrintable(recent.join(u" | ")));
        QCOMPARE(recent[0], u"&1 %1 on the local server"_qs.arg(id));
        QCOMPARE(recent[1], u"&2 berlin.entente"_qs);
        // The id is taken now: a second publish is refused with the reason, nothing opened.
        QVERIFY(w.openFile(m_file, true));
        QVERIFY(!w.publishTo(uri, true));
        QVERIFY2(w.statusBar()->currentMessage().contains(u"already a dossier “%1”"_qs.arg(id)),
            qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(w.document()->location(), QFileInfo(m_file).absoluteFilePath());
    }

    // Open from the menu; a reader gets the dossier read-only with the reason; a password in an address is used
    // for that connection only and never remembered.
    void openFromTheMenu()
    {
        const QString id = PgTest::freshId(u"opened"_qs);
        {
            const auto sample = DossierIO::readDossier(sampleFile());
            QVERIFY(DossierIO::publish(sample.value(), PgTest::uri(id)).ok());
        }
        MainWindow w(m_settings.get());
        w.show();
        bool seen = false;
        whenModal<TeamDossierDialog>({}, [&](TeamDossierDialog* d) {
            fill(d, u"teamHost"_qs, PgTest::host());
            fill(d, u"teamDatabase"_qs, u"entente"_qs);
            fill(d, u"teamUser"_qs, u"carol"_qs);
            fill(d, u"teamDossier"_qs, id);
            QTest::mouseClick(okButton(d), Qt::LeftButton);
        }, &seen);
        action(w, u"actionOpenTeam"_qs)->trigger();
        QVERIFY(seen);
        QTRY_VERIFY(w.document()->isOpen());
        QVERIFY(w.document()->location().contains(u"user=carol") || w.document()->location().contains(u"carol@"));
        QVERIFY(w.document()->isReadOnly());
        QVERIFY2(w.windowTitle().contains(u"(read-only)"), qPrintable(w.windowTitle()));
        QVERIFY2(w.document()->readOnlyReason().contains(u"“carol” may only read"), qPrintable(w.document()->readOnlyReason()));
        // The dialog comes back filled with the last address.
        seen = false;
        QString host;
        whenModal<TeamDossierDialog>({}, [&](TeamDossierDialog* d) {
            host = d->findChild<QLineEdit*>(u"teamHost"_qs)->text();
            d->reject();
        }, &seen);
        action(w, u"actionOpenTeam"_qs)->trigger();
        QVERIFY(seen);
        QCOMPARE(host, PgTest::host());

        // An address carrying a password (the trust cluster does not ask for it) opens; nothing remembers it.
        const QString withPassword = u"postgresql://alice:s3cret@/entente?host=%1&dossier=%2"_qs.arg(
            QString::fromLatin1(QUrl::toPercentEncoding(PgTest::host())), id);
        QVERIFY(w.openFile(withPassword, true));
        QVERIFY(!w.document()->isReadOnly());
        QVERIFY(!w.statusBar()->currentMessage().contains(u"s3cret"));
        QVERIFY(recentTexts(w).constFirst().endsWith(u"%1 on the local server"_qs.arg(id)));
        w.close(); // saves the window state too
        m_settings->sync();
        QVERIFY(!fileBytes(m_settings->fileName()).isEmpty());
        QVERIFY(!fileBytes(m_settings->fileName()).contains("s3cret"));
        QVERIFY(m_settings->value(u"lastDossier"_qs).toString().startsWith(u"postgresql://alice@/entente"));
    }
};

QTEST_MAIN(TestTeamDialogs)
#include "tst_teamdialogs.moc"
