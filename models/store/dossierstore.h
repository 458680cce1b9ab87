// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The one interface behind which a dossier is persisted: SQLite (the document file, the default) and,
// later, PostgreSQL (team mode). Callers (Document, the command line) never write SQL of their own.
//
// Every write method runs in its own transaction unless the caller opened one with begin(); then the writes
// join it and commit() or rollback() ends it. Every method returns an error message, empty on success;
// a failed write leaves the stored dossier as it was. Every write is also appended to the journal with
// who made it and when, so history (including undo, which is an ordinary write) is never erased.

#include "dossier.h"

#include <QString>

#include <memory>

#include <span>

namespace Entente {

class DossierStore {
public:
    virtual ~DossierStore() = default;

    [[nodiscard]] virtual bool isReadOnly() const = 0;
    [[nodiscard]] virtual QString location() const = 0; // file path or connection description
    // A second, independent connection to the same stored dossier, for bulk writes on a worker thread that
    // must not hold up the window. Call it on that thread and destroy the result there. Null, with *error set,
    // when the store cannot give one.
    [[nodiscard]] virtual std::unique_ptr<DossierStore> openWorkerConnection(QString* error) const
    {
        *error = QStringLiteral("this store has no worker connections");
        return nullptr;
    }

    // Reads the whole dossier. On error `out` is left empty (default constructed).
    virtual QString load(Dossier& out) = 0;
    // Replaces the whole stored dossier with `d` (new file, import, save-as) in one transaction.
    virtual QString saveAll(const Dossier& d) = 0;

    virtual QString begin() = 0;
    virtual QString commit() = 0;
    virtual void rollback() = 0;

    virtual QString writeMeta(const QString& name, const QString& description) = 0;
    virtual QString writeParties(const QList<Party>& parties) = 0; // the whole table, in order
    virtual QString writeIssues(const QList<Issue>& issues) = 0;
    virtual QString writeSources(const QList<Source>& sources) = 0;
    virtual QString writeEras(const QList<Era>& eras) = 0;
    virtual QString writeScales(const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status) = 0;

    virtual QString insertEvent(const Event& e) = 0;
    virtual QString updateEvent(const Event& e) = 0;
    virtual QString removeEvent(qint64 id) = 0;
    virtual QString insertEvents(const EventStore& events, qsizetype fromRow, qsizetype toRow) = 0; // bulk

    virtual QString appendPositionChange(const PositionChange& c) = 0;
    virtual QString appendStatusChange(const StatusChange& c) = 0;
    virtual QString setPositionRetracted(qint64 id, bool retracted, qint64 at, const QString& by) = 0;
    virtual QString setStatusRetracted(qint64 id, bool retracted, qint64 at, const QString& by) = 0;

    // Audit trail: one line per user-level action ("Set Russia on NATO membership to Opposes", "Undo …").
    virtual QString journal(const QString& action, const QString& detail = {}) = 0;
};

} // namespace Entente
