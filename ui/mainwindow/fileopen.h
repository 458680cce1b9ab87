// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Opening a dossier from the window: a JSON dossier is converted to a document file beside it (or in the
// user's data folder when that folder is not writable), the document lock is taken, and when another
// instance holds it the analyst is told who and since when and may open the file read-only.

#include "dossier.h"

#include <QString>

#include <memory>
#include <optional>

class QWidget;

namespace Entente {

class DocumentLock;
class DossierStore;

struct OpenedDossier {
    QString path;
    std::unique_ptr<DossierStore> store;
    std::unique_ptr<DocumentLock> lock; // null when opened read-only because another instance holds it
    Dossier dossier;
    QString notice; // what the analyst should know (converted from JSON, opened read-only, …)
    // ≥ 0 when only the head was read (SqliteStore::loadHead): that many events are still to be read, by
    // Document::openLoadingEvents(). −1 when `dossier` is complete.
    qint64 pendingEvents = -1;
};

// Dossiers with at least this many events open in two phases: the window first, the events in the background.
inline constexpr qint64 BackgroundLoadThreshold = 20000;

// quiet: never asks (a held lock opens read-only). backgroundThreshold: from how many events on only the head
// is read (pendingEvents). Returns nullopt with *error set, or empty *error when the analyst cancelled.
std::optional<OpenedDossier> openDossierInteractive(const QString& path, QWidget* parent, bool quiet, QString* error,
    qint64 backgroundThreshold = BackgroundLoadThreshold);

} // namespace Entente
