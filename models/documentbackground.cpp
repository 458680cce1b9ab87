// SPDX-License-Identifier: GPL-3.0-or-later
// Document's work on worker threads: the two-phase open of a large dossier (its events read by an EventLoader)
// and the import save (checked and written with a connection of the worker's own). Each hands its result
// back to the GUI thread in one step; the document is read-only until then.
#include "document_p.h"
#include "dossierfile.h"
#include "eventloader.h"

#include <QThread>

#include <atomic>

namespace Entente {

void Document::openLoadingEvents(
    std::unique_ptr<DossierStore> store, Dossier head, qint64 expectedEvents, RowVersions versions)
{
    stopLive();
    stopEventLoad();
    stopImport();
    head.setEventsPending(true);
    m_expectedEvents = expectedEvents;
    m_loader = std::make_unique<EventLoader>();
    const quint64 generation = ++m_loadGeneration;
    // Start reading before the views build themselves for the head: the worker runs meanwhile.
    m_loader->start(
        store->eventReader(), expectedEvents,
        [this, generation](qint64 rows, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, generation, rows, total] {
                    if (generation == m_loadGeneration && m_loader)
                        emit eventLoadProgress(rows, total);
                },
                Qt::QueuedConnection);
        },
        [this, generation] {
            QMetaObject::invokeMethod(
                this, [this, generation] { finishEventLoad(generation); }, Qt::QueuedConnection);
        });
    m_undo->clear();
    m_store = std::move(store);
    m_store->setUserName(m_userName);
    m_dossier = std::move(head);
    m_versions = std::move(versions);
    m_open = true;
    emit reset();
    startLive();
}

void Document::waitForEvents()
{
    if (!m_loader)
        return;
    m_loader->wait();
    finishEventLoad(m_loadGeneration);
}

void Document::finishEventLoad(quint64 generation)
{
    if (generation != m_loadGeneration || !m_loader) // cancelled, or already applied by waitForEvents()
        return;
    m_loader->wait();
    QString error = m_loader->error();
    if (error.isEmpty()) {
        if (const QString problem = m_dossier.adoptEvents(m_loader->takeEvents()); !problem.isEmpty())
            error = tr("“%1” could not be read: %2").arg(m_store ? m_store->location() : QString(), problem);
        m_versions.merge(m_loader->takeVersions());
    }
    m_loader.reset();
    ++m_loadGeneration;
    if (!error.isEmpty()) {
        close();
        emit eventLoadFailed(error);
        return;
    }
    emit eventsReset();
}

void Document::stopEventLoad()
{
    if (!m_loader)
        return;
    ++m_loadGeneration;
    m_loader.reset(); // cancels and joins
}

namespace {
    // What an import adds to `current` to give `merged`, or why `merged` is not `current` plus additions. Reads
    // both dossiers only, so it can run on a worker thread while nothing edits them.
    QString importAdditions(const Dossier& current, const Dossier& merged, EventStore* fresh)
    {
        // Only additions: every existing party, source and event must still be there, unchanged in count.
        for (const auto& p : current.parties())
            if (merged.partyIndex(p.id) < 0)
                return Document::tr("The import removed party \"%1\".").arg(p.id);
        for (const auto& s : current.sources())
            if (merged.sourceIndex(s.id) < 0)
                return Document::tr("The import removed source \"%1\".").arg(s.id);
        // New rows are copied by symbol (each distinct string interned once), not materialised as Events.
        const auto& before = current.events();
        const EventStore& all = merged.events();
        std::vector<quint32> symbolMap(size_t(all.symbols().size()), Dictionary::None);
        auto mapped = [&](quint32 symbol) {
            quint32& to = symbolMap[symbol];
            if (to == Dictionary::None)
                to = fresh->internSymbol(all.symbols().text(symbol));
            return to;
        };
        std::vector<quint32> refs;
        for (qsizetype r = 0; r < all.size(); ++r) {
            if (before.rowOfId(all.id(r)) >= 0)
                continue;
            refs.clear();
            for (quint32 ref : all.refs(r))
                refs.push_back(EventStore::makeRef(
                    EventStore::RefKind(EventStore::refKindOf(ref)), mapped(EventStore::refSymbolOf(ref))));
            fresh->appendInterned(all.id(r), all.startDate(r), all.endDate(r), all.title(r), all.description(r),
                mapped(all.locationSymbol(r)), refs);
        }
        fresh->finish();
        if (merged.events().size() != before.size() + fresh->size())
            return Document::tr("The import changed existing events.");
        if (merged.positionChanges().size() != current.positionChanges().size()
            || merged.statusChanges().size() != current.statusChanges().size())
            return Document::tr("The import changed the histories.");
        return {};
    }

    // The additions' writes, in the caller's transaction: the new parties and sources row by row, the events in
    // slices so that progress can be reported and a cancel honoured between them.
    Status writeImport(DossierStore& store, const Dossier& current, const Dossier& merged, const EventStore& fresh,
        const std::function<bool(qint64 rows)>& progress = {})
    {
        for (qsizetype i = 0; i < merged.parties().size(); ++i)
            if (const Party& p = merged.parties()[i]; current.partyIndex(p.id) < 0)
                if (auto r = store.insertRow(p, i); !r.ok())
                    return r.error();
        for (qsizetype i = 0; i < merged.sources().size(); ++i)
            if (const Source& s = merged.sources()[i]; current.sourceIndex(s.id) < 0)
                if (auto r = store.insertRow(s, i); !r.ok())
                    return r.error();
        constexpr qsizetype slice = 65536;
        for (qsizetype from = 0; from < fresh.size(); from += slice) {
            if (auto s = store.insertEvents(fresh, from, std::min(fresh.size(), from + slice)); !s.ok())
                return s;
            if (progress && !progress(std::min(fresh.size(), from + slice)))
                return Error(Document::tr("The import was cancelled."));
        }
        return {};
    }
}

Status Document::applyImportDossier(Dossier merged)
{
    ClearOnExit guard { m_nextAction };
    if (auto err = refuseIfClosed(); !err.ok())
        return err;
    EventStore fresh;
    if (auto err = importAdditions(m_dossier, merged, &fresh); !err.isEmpty())
        return Error(err, Error::Kind::Invalid);
    const auto error = transact(
        QStringLiteral("import %1 events").arg(fresh.size()),
        [&] { return writeImport(*m_store, m_dossier, merged, fresh); }, [] {});
    if (!error.ok())
        return error;
    m_dossier = std::move(merged);
    emit reset();
    return {};
}

struct Document::ImportJob {
    Dossier merged;
    QString error;
    std::atomic<bool> cancel { false };
};

void Document::applyImportDossierInBackground(Dossier merged)
{
    m_nextAction.clear();
    if (auto err = refuseIfClosed(); !err.ok()) {
        emit importFinished(err.message());
        return;
    }
    if (!m_store) { // an in-memory document has nothing to write
        emit importFinished(applyImportDossier(std::move(merged)).message());
        return;
    }
    auto job = std::make_shared<ImportJob>();
    job->merged = std::move(merged);
    const qint64 total = job->merged.events().size() - m_dossier.events().size();
    // The worker reads m_dossier and m_store while the document is busy: nothing changes them until it ends.
    const Dossier* current = &m_dossier;
    const DossierStore* store = m_store.get();
    m_importThread = QThread::create([this, job, current, store, total] {
        EventStore fresh;
        Status e = Status::fromMessage(importAdditions(*current, job->merged, &fresh), Error::Kind::Invalid);
        std::unique_ptr<DossierStore> writer;
        if (e.ok()) {
            auto opened = store->openWorkerConnection();
            if (opened.ok())
                writer = std::move(opened).value();
            else
                e = opened.error();
        }
        if (writer) {
            e = writer->begin();
            if (e.ok()) {
                e = writeImport(*writer, *current, job->merged, fresh, [&](qint64 rows) {
                    QMetaObject::invokeMethod(
                        this,
                        [this, job, rows, total] {
                            if (job == m_importJob)
                                emit importProgress(rows, total);
                        },
                        Qt::QueuedConnection);
                    return !job->cancel.load();
                });
                if (e.ok())
                    e = writer->journal(QStringLiteral("import %1 events").arg(fresh.size()));
                if (e.ok())
                    e = writer->commit();
                if (!e.ok())
                    writer->rollback();
            }
        }
        job->error = e.message();
    });
    m_importJob = job;
    connect(m_importThread, &QThread::finished, this, [this, job] {
        if (job != m_importJob) // cancelled by close(): the dossier it was for is gone
            return;
        finishImport();
    });
    m_importThread->start();
    emit importProgress(0, total);
}

void Document::finishImport()
{
    auto job = std::move(m_importJob);
    m_importThread->wait();
    m_importThread->deleteLater(); // its finished() may still be on its way here
    m_importThread = nullptr;
    if (!job->error.isEmpty()) {
        emit importFinished(job->error);
        return;
    }
    m_dossier = std::move(job->merged);
    emit reset();
    emit importFinished({});
}

void Document::waitForImport()
{
    if (m_importThread) {
        m_importThread->wait();
        finishImport();
    }
}

void Document::stopImport()
{
    if (!m_importThread)
        return;
    m_importJob->cancel = true;
    m_importJob.reset(); // its finished() is ignored
    m_importThread->wait(); // rolls back at the next slice
    m_importThread->deleteLater();
    m_importThread = nullptr;
}

Status Document::applyImportEvents(const EventStore& events)
{
    ClearOnExit guard { m_nextAction };
    if (auto err = refuseIfClosed(); !err.ok())
        return err;
    // Store first, memory after the commit: a bulk append cannot be cheaply reverted in memory.
    EventStore prepared;
    prepared.reserve(events.size());
    qint64 nextId = m_dossier.events().nextId();
    for (qsizetype r = 0; r < events.size(); ++r) {
        Event e = events.event(r);
        if (e.id == 0 || m_dossier.events().rowOfId(e.id) >= 0)
            e.id = nextId;
        nextId = std::max(nextId, e.id + 1);
        if (auto err = m_dossier.checkEvent(e); !err.isEmpty())
            return Error(err, Error::Kind::Invalid);
        prepared.append(e);
    }
    prepared.finish();
    if (prepared.hasDuplicateIds())
        return Error(tr("Duplicate event id %1 in the import.").arg(prepared.duplicateId()), Error::Kind::Invalid);
    const auto error = transact(
        QStringLiteral("import %1 events").arg(prepared.size()),
        [&] { return m_store->insertEvents(prepared, 0, prepared.size()); }, [] {});
    if (!error.ok())
        return error;
    auto& store = m_dossier.eventsForBulkLoad();
    for (qsizetype r = 0; r < prepared.size(); ++r)
        store.append(prepared.event(r));
    store.finish();
    emit reset();
    return {};
}

Result<qsizetype> Document::importFile(const QString& in, const ImportOptions& options)
{
    if (auto err = refuseIfClosed(); !err.ok())
        return err.error();
    Dossier merged = m_dossier;
    const auto imported = importEventsInto(in, merged, options);
    if (!imported.ok())
        return imported.error();
    const qsizetype added = imported.value();
    // The same checked, all-or-nothing write as the wizard's import, waited for.
    QString finished;
    bool done = false;
    const auto connection = connect(this, &Document::importFinished, this, [&](const QString& e) {
        finished = e;
        done = true;
    });
    applyImportDossierInBackground(std::move(merged));
    waitForImport();
    disconnect(connection);
    if (!done)
        return Error(tr("The import did not finish."));
    if (!finished.isEmpty())
        return Error(finished);
    return added;
}

} // namespace Entente
