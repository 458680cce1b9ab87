// SPDX-License-Identifier: GPL-3.0-or-later
// The main window's team actions: open a team dossier by its address, publish the open dossier to a server
// (on a worker thread, with progress) and offer to open the team copy.
#include "mainwindow.h"

#include "document.h"
#include "dossierio.h"
#include "teamdossierdialog.h"
#include "teamlocation.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QThread>

namespace Entente {

namespace {
    QString lastAddressKey() { return QStringLiteral("team/lastAddress"); }

    // A dossier id from a dossier's name: "Berlin talks (2025)" → "berlin-talks-2025".
    QString idFrom(const QString& name)
    {
        QString id;
        for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
            if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
                id += c;
            else if (c.category() != QChar::Mark_NonSpacing && !id.endsWith(u'-')) // accents fall away
                id += u'-';
        }
        while (id.startsWith(u'-'))
            id.remove(0, 1);
        id.truncate(60);
        while (id.endsWith(u'-'))
            id.chop(1);
        return id.isEmpty() ? QStringLiteral("dossier") : id;
    }
}

void MainWindow::openTeamDialog()
{
    TeamDossierDialog dialog(TeamDossierDialog::Mode::Open, this);
    const QString current = DossierIO::isTeamLocation(m_path) ? m_path : m_settings->value(lastAddressKey()).toString();
    if (const auto a = TeamLocation::fromUri(current))
        dialog.setAddress(*a);
    if (dialog.exec() != QDialog::Accepted || dialog.uri().isEmpty())
        return;
    const QString uri = dialog.uri();
    m_settings->setValue(lastAddressKey(), TeamLocation::withoutPassword(uri));
    openFile(uri);
}

void MainWindow::publishDialog()
{
    if (!m_document->isOpen()) {
        statusBar()->showMessage(tr("Open a dossier first, then publish it"), 5000);
        return;
    }
    TeamDossierDialog dialog(TeamDossierDialog::Mode::Publish, this);
    TeamLocation::Address a = TeamLocation::fromUri(m_settings->value(lastAddressKey()).toString())
                                  .value_or(TeamLocation::Address {});
    const QString name = m_document->dossier().name;
    a.dossier = idFrom(name.isEmpty() ? QFileInfo(m_path).completeBaseName() : name);
    dialog.setAddress(a);
    if (dialog.exec() != QDialog::Accepted || dialog.uri().isEmpty())
        return;
    m_settings->setValue(lastAddressKey(), TeamLocation::withoutPassword(dialog.uri()));
    publishTo(dialog.uri());
}

bool MainWindow::publishTo(const QString& uri, bool quiet)
{
    const QString shown = TeamLocation::displayName(uri);
    const auto refuse = [&](const QString& message) {
        statusBar()->showMessage(message);
        if (!quiet)
            QMessageBox::warning(this, tr("Cannot publish"), message);
        return false;
    };
    if (!m_document->isOpen())
        return refuse(tr("No dossier is open."));
    if (m_document->isBusy())
        return refuse(tr("The dossier is still loading or importing; publish it once that is done."));
    // The worker publishes a copy: the window stays usable behind the (window-modal) progress dialog.
    const Dossier copy = m_document->dossier();
    const qint64 total = copy.events().size();
    QProgressDialog progress(
        tr("Publishing %n event(s) to %1…", nullptr, int(std::min<qint64>(total, INT_MAX))).arg(shown), QString(), 0,
        1000, this);
    progress.setObjectName(QStringLiteral("publishProgress"));
    progress.setWindowTitle(tr("Publish to Team Server"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    Status result;
    QProgressDialog* dialog = &progress; // outlives the worker: the loop below waits for it
    QThread* worker = QThread::create([&result, &copy, uri, total, dialog] {
        result = DossierIO::publish(copy, uri, [dialog, total](qint64 events) {
            const int permille = total > 0 ? int(std::min<qint64>(999, events * 1000 / total)) : 0;
            QMetaObject::invokeMethod(dialog, [dialog, permille] { dialog->setValue(permille); }, Qt::QueuedConnection);
        });
    });
    QEventLoop loop;
    connect(worker, &QThread::finished, &loop, &QEventLoop::quit);
    worker->start();
    loop.exec();
    worker->wait();
    delete worker;
    progress.reset();
    if (!result.ok())
        return refuse(QString(result.message()).replace(uri, TeamLocation::withoutPassword(uri)));
    addRecent(uri);
    const QString done = tr("Published %n event(s) as %1", nullptr, int(std::min<qint64>(total, INT_MAX))).arg(shown);
    statusBar()->showMessage(done, 8000);
    if (quiet)
        return true;
    QMessageBox offer(QMessageBox::Question, tr("Published"),
        tr("%1.\n\nOpen the team copy now? Edits there are shared with the team; this file stays as it is.").arg(done),
        QMessageBox::NoButton, this);
    offer.setObjectName(QStringLiteral("openTeamCopy"));
    auto* open = offer.addButton(tr("&Open Team Copy"), QMessageBox::AcceptRole);
    offer.addButton(tr("&Keep This File Open"), QMessageBox::RejectRole);
    offer.setDefaultButton(open);
    offer.exec();
    if (offer.clickedButton() == open)
        openFile(uri);
    return true;
}

} // namespace Entente
