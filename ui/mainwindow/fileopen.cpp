// SPDX-License-Identifier: GPL-3.0-or-later
#include "fileopen.h"

#include "documentlock.h"
#include "dossierfile.h"
#include "sqlitestore.h"

#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QStandardPaths>

namespace Entente {

std::optional<OpenedDossier> openDossierInteractive(
    const QString& requested, QWidget* parent, bool quiet, QString* error, qint64 backgroundThreshold)
{
    error->clear();
    QString path = requested;
    QString notice;
    if (!QFileInfo::exists(path)) {
        *error = QObject::tr("%1 does not exist.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (path.endsWith(u".json", Qt::CaseInsensitive)) {
        const QFileInfo info(path);
        QString target = info.dir().filePath(info.completeBaseName() + u".entente"_qs);
        if (!QFileInfo(info.absolutePath()).isWritable())
            target = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                         .filePath(info.completeBaseName() + u".entente"_qs);
        if (!QFileInfo::exists(target)) {
            if (!createDossierFileFromJson(path, target, error))
                return std::nullopt;
            notice = QObject::tr("Converted %1 to the dossier file %2; edits are saved there.")
                         .arg(info.fileName(), QDir::toNativeSeparators(target));
        } else {
            notice = QObject::tr("Opened the existing dossier file %1 made from %2.")
                         .arg(QDir::toNativeSeparators(target), info.fileName());
        }
        path = target;
    }
    OpenedDossier out;
    out.path = QFileInfo(path).absoluteFilePath();
    auto lock = std::make_unique<DocumentLock>(out.path);
    bool readOnly = !QFileInfo(out.path).isWritable();
    switch (lock->tryLock()) {
    case DocumentLock::Result::Acquired:
        out.lock = std::move(lock);
        break;
    case DocumentLock::Result::HeldByOther: {
        const QString who = lock->holder() ? lock->holder()->description() : lock->errorString();
        if (!quiet) {
            const auto answer = QMessageBox::question(parent, QObject::tr("Dossier in use"),
                QObject::tr("%1 is %2.\n\nOpen it read-only?").arg(QFileInfo(out.path).fileName(), who),
                QMessageBox::Open | QMessageBox::Cancel, QMessageBox::Open);
            if (answer != QMessageBox::Open)
                return std::nullopt; // cancelled: *error stays empty
        }
        readOnly = true;
        notice = QObject::tr("Read-only: the dossier is %1.").arg(who);
        break;
    }
    case DocumentLock::Result::Failed:
        readOnly = true;
        notice = QObject::tr("Read-only: %1").arg(lock->errorString());
        break;
    }
    auto store = SqliteStore::open(out.path, readOnly, error);
    if (!store)
        return std::nullopt;
    // The head (everything but the events) takes a few milliseconds; a large dossier's events follow in the
    // background, a small one's are read here.
    qint64 events = 0;
    QString e = store->loadHead(out.dossier, &events);
    if (e.isEmpty() && events >= backgroundThreshold)
        out.pendingEvents = events;
    else if (e.isEmpty())
        e = store->load(out.dossier);
    if (!e.isEmpty()) {
        *error = QObject::tr("%1: %2").arg(QDir::toNativeSeparators(out.path), e);
        return std::nullopt;
    }
    // A small dossier was read here; before it takes edits, its b-trees are checked (a large one's are checked by
    // the event loader's worker). A damaged file stays open read-only with the reason, so what can be read can
    // still be viewed and exported.
    if (!readOnly && out.pendingEvents < 0) {
        if (const QString damage = store->quickCheck(); !damage.isEmpty()) {
            store.reset();
            store = SqliteStore::open(out.path, true, error);
            if (!store)
                return std::nullopt;
            notice = QObject::tr("Read-only: %1. Keep what can be read with: entente export-data %2 --format json --out COPY.json")
                         .arg(damage, QDir::toNativeSeparators(out.path));
        }
    }
    out.store = std::move(store);
    out.notice = notice;
    return out;
}

} // namespace Entente
