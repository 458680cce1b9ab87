// SPDX-License-Identifier: GPL-3.0-or-later
// Document's work on worker threads: the two-phase open of a large dossier (its events read by an EventLoader)
// and the import save (checked and written with a connection of the worker's own). Each hands its result
// back to the GUI thread in one step; the document is read-only until then.
#include "document_p.h"
#include "dossierfile.h"
#include "eventloader.h"
#include "undocommands_p.h"

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
        if (const auto problem = m_dossier.adoptEvents(m_loader->takeEvents()); !problem.ok())
            error = tr("“%1” could not be read: %2").arg(m_store ? m_store->location() : QString(), problem.message());
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
    // Copies the rows of `from` whose id `keep` accepts into `to` (empty) and finishes it: by symbol, each
    // distinct string interned once, never materialised as Events; graded citations go with their events.
    template <typename Keep> void copyRows(const EventStore& from, EventStore& to, Keep&& keep)
    {
        std::vector<quint32> symbolMap(size_t(from.symbols().size()), Dictionary::None);
        auto mapped = [&](quint32 symbol) {
            quint32& target = symbolMap[symbol];
            if (target == Dictionary::None)
                target = to.internSymbol(from.symbols().text(symbol));
            return target;
        };
        std::vector<quint32> refs;
        for (qsizetype r = 0; r < from.size(); ++r) {
            if (!keep(from.id(r)))
                continue;
            refs.clear();
            for (quint32 ref : from.refs(r))
                refs.push_back(EventStore::makeRef(
                    EventStore::RefKind(EventStore::refKindOf(ref)), mapped(EventStore::refSymbolOf(ref))));
            to.appendInterned(from.id(r), from.startDate(r), from.endDate(r), from.title(r), from.description(r),
                mapped(from.locationSymbol(r)), refs, from.idTag(r), from.idTagPlace(r));
        }
        for (auto it = from.allClaims().begin(); it != from.allClaims().end(); ++it)
            if (keep(it.key()) && from.rowOfId(it.key()) >= 0)
                to.setClaims(it.key(), it.value());
        to.finish();
    }

    // What an import adds to `current` to give `merged`, or why `merged` is not `current` plus additions. Reads
    // both dossiers only, so it can run on a worker thread while nothing edits them.
    Status importAdditions(const Dossier& current, const Dossier& merged, EventStore* fresh)
    {
        // Only additions: every existing party, source and event must still be there, unchanged in count.
        for (const auto& p : current.parties())
            if (merged.partyIndex(p.id) < 0)
                return Error(Document::tr("The import removed party \"%1\".").arg(p.id), Error::Kind::Invalid);
        for (const auto& s : current.sources())
            if (merged.sourceIndex(s.id) < 0)
                return Error(Document::tr("The import removed source \"%1\".").arg(s.id), Error::Kind::Invalid);
        const EventStore& before = current.events();
        copyRows(merged.events(), *fresh, [&before](qint64 id) { return before.rowOfId(id) < 0; });
        if (merged.events().size() != before.size() + fresh->size())
            return Error(Document::tr("The import changed existing events."), Error::Kind::Invalid);
        if (merged.positionChanges().size() != current.positionChanges().size()
            || merged.statusChanges().size() != current.statusChanges().size()
            || merged.capabilityChanges().size() != current.capabilityChanges().size())
            return Error(Document::tr("The import changed the histories."), Error::Kind::Invalid);
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
    auto fresh = std::make_shared<EventStore>();
    if (auto err = importAdditions(m_dossier, merged, fresh.get()); !err.ok())
        return err;
    const auto error = transact(
        QStringLiteral("import %1 events").arg(fresh->size()),
        [&] { return writeImport(*m_store, m_dossier, merged, *fresh); }, [] {});
    if (!error.ok())
        return error;
    pushImportStep(m_dossier, merged, std::move(fresh));
    m_dossier = std::move(merged);
    emit reset();
    return {};
}

struct Document::ImportJob {
    Dossier merged;
    std::shared_ptr<EventStore> fresh = std::make_shared<EventStore>(); // the events added, for the undo step
    Status result;
    std::atomic<bool> cancel { false };
};

void Document::applyImportDossierInBackground(Dossier merged)
{
    m_nextAction.clear();
    if (auto err = refuseIfClosed(); !err.ok()) {
        emit importFinished(err);
        return;
    }
    if (!m_store) { // an in-memory document has nothing to write
        emit importFinished(applyImportDossier(std::move(merged)));
        return;
    }
    auto job = std::make_shared<ImportJob>();
    job->merged = std::move(merged);
    const qint64 total = job->merged.events().size() - m_dossier.events().size();
    // The worker reads m_dossier and m_store while the document is busy: nothing changes them until it ends.
    const Dossier* current = &m_dossier;
    const DossierStore* store = m_store.get();
    m_importThread = QThread::create([this, job, current, store, total] {
        EventStore& fresh = *job->fresh;
        Status e = importAdditions(*current, job->merged, &fresh);
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
        job->result = e;
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
    if (!job->result.ok()) {
        emit importFinished(job->result);
        return;
    }
    pushImportStep(m_dossier, job->merged, std::move(job->fresh));
    m_dossier = std::move(job->merged);
    emit reset();
    emit importFinished(Status());
}

void Document::pushImportStep(const Dossier& before, const Dossier& merged, std::shared_ptr<const EventStore> fresh)
{
    ImportedRows rows;
    rows.events = std::move(fresh);
    for (qsizetype i = 0; i < merged.parties().size(); ++i)
        if (before.partyIndex(merged.parties()[i].id) < 0)
            rows.parties.append({ i, merged.parties()[i] });
    for (qsizetype i = 0; i < merged.sources().size(); ++i)
        if (before.sourceIndex(merged.sources()[i].id) < 0)
            rows.sources.append({ i, merged.sources()[i] });
    Command::Detail::pushImport(this, std::move(rows));
}

Status Document::applyRemoveImport(const ImportedRows& rows)
{
    ClearOnExit guard { m_nextAction };
    if (auto err = refuseIfClosed(); !err.ok())
        return err;
    const EventStore& batch = *rows.events;
    // A refusal is reported like a failed write, so that the window says why the undo did not happen.
    auto refuse = [this](const QString& why) {
        m_lastWriteError = Error(why, Error::Kind::Invalid);
        emit writeFailed(why);
        return Status(m_lastWriteError);
    };
    // Refused before anything changes: a recorded change that cites one of the events or names one of the
    // parties (position and status changes are kept when retracted, so they still name them).
    for (const auto& c : m_dossier.positionChanges()) {
        for (const auto& [at, p] : rows.parties)
            if (c.partyId == p.id)
                return refuse(tr("The import cannot be undone: a recorded position names its party “%1”.").arg(p.name));
    }
    for (const auto& c : m_dossier.capabilityChanges()) {
        for (const auto& [at, p] : rows.parties)
            if (c.partyId == p.id)
                return refuse(
                    tr("The import cannot be undone: a recorded capability names its party “%1”.").arg(p.name));
    }
    auto citesBatch = [&batch](const ChangeRecord& c) {
        return std::any_of(c.citedEvents.begin(), c.citedEvents.end(), [&batch](qint64 id) { return batch.rowOfId(id) >= 0; });
    };
    auto citedBy = [&](const auto& changes) { return std::any_of(changes.begin(), changes.end(), citesBatch); };
    if (citedBy(m_dossier.positionChanges()) || citedBy(m_dossier.statusChanges())
        || citedBy(m_dossier.capabilityChanges()))
        return refuse(tr("The import cannot be undone: a recorded change cites one of its events."));
    for (const auto& [at, s] : rows.sources) {
        auto citesSource = [&id = s.id](const ChangeRecord& c) { return c.citedSources.contains(id); };
        auto citedIn = [&](const auto& changes) { return std::any_of(changes.begin(), changes.end(), citesSource); };
        if (citedIn(m_dossier.positionChanges()) || citedIn(m_dossier.statusChanges())
            || citedIn(m_dossier.capabilityChanges()))
            return refuse(tr("The import cannot be undone: a recorded change cites its source “%1”.").arg(s.id));
    }
    // The events that stay; none of them may name an imported party or source (another analyst's edit may have).
    EventStore kept;
    copyRows(m_dossier.events(), kept, [&batch](qint64 id) { return batch.rowOfId(id) < 0; });
    auto named = [&kept](EventStore::RefKind kind, const QString& id) {
        const quint32 symbol = kept.symbolOf(id);
        if (symbol == Dictionary::None)
            return false;
        for (qsizetype r = 0; r < kept.size(); ++r)
            if (kept.hasRef(r, kind, symbol))
                return true;
        return false;
    };
    for (const auto& [at, p] : rows.parties)
        if (named(EventStore::RefKind::Party, p.id))
            return refuse(tr("The import cannot be undone: an event added since names its party “%1”.").arg(p.name));
    for (const auto& [at, src] : rows.sources)
        if (named(EventStore::RefKind::Source, src.id))
            return refuse(tr("The import cannot be undone: an event added since cites its source “%1”.").arg(src.id));

    const auto result = transact(
        QStringLiteral("undo import %1 events").arg(batch.size()),
        [&] {
            std::vector<qint64> ids(size_t(batch.size()));
            for (qsizetype r = 0; r < batch.size(); ++r)
                ids[size_t(r)] = batch.id(r);
            if (auto s = m_store->removeEvents(
                    ids, [this](qint64 id) { return m_versions.get(RowKind::Event, QString::number(id)); });
                !s.ok())
                return s;
            for (auto it = rows.parties.rbegin(); it != rows.parties.rend(); ++it)
                if (auto s = m_store->removeRow(RowKind::Party, it->second.id, m_versions.get(RowKind::Party, it->second.id));
                    !s.ok())
                    return s;
            for (auto it = rows.sources.rbegin(); it != rows.sources.rend(); ++it)
                if (auto s = m_store->removeRow(RowKind::Source, it->second.id, m_versions.get(RowKind::Source, it->second.id));
                    !s.ok())
                    return s;
            return Status();
        },
        [] {});
    if (!result.ok())
        return result;
    // Memory after the commit, as for the import itself: a million rows are not removed one by one.
    m_dossier.eventsForBulkLoad() = std::move(kept);
    for (qsizetype r = 0; r < batch.size(); ++r)
        m_versions.remove(RowKind::Event, QString::number(batch.id(r)));
    for (auto it = rows.parties.rbegin(); it != rows.parties.rend(); ++it) {
        (void)m_dossier.removeParty(it->second.id); // nothing names it: checked above, its events are gone
        m_versions.remove(RowKind::Party, it->second.id);
    }
    for (auto it = rows.sources.rbegin(); it != rows.sources.rend(); ++it) {
        (void)m_dossier.removeSource(it->second.id);
        m_versions.remove(RowKind::Source, it->second.id);
    }
    emit reset();
    return {};
}

Status Document::applyRestoreImport(const ImportedRows& rows)
{
    ClearOnExit guard { m_nextAction };
    if (auto err = refuseIfClosed(); !err.ok())
        return err;
    const EventStore& batch = *rows.events;
    for (qsizetype r = 0; r < batch.size(); ++r)
        if (m_dossier.events().rowOfId(batch.id(r)) >= 0)
            return Error(tr("The import cannot be redone: event %1 exists again.").arg(batch.id(r)), Error::Kind::Conflict);
    // Parties and sources first, in memory (so that the events' references resolve), at the positions they had.
    auto revertTables = [&] {
        for (const auto& [at, p] : rows.parties)
            (void)m_dossier.removeParty(p.id);
        for (const auto& [at, src] : rows.sources)
            (void)m_dossier.removeSource(src.id);
    };
    for (const auto& [at, p] : rows.parties)
        if (auto e = m_dossier.insertParty(std::min(at, m_dossier.parties().size()), p); !e.ok()) {
            revertTables();
            return Error(tr("The import cannot be redone: %1").arg(e.message()), Error::Kind::Invalid);
        }
    for (const auto& [at, src] : rows.sources)
        if (auto e = m_dossier.insertSource(std::min(at, m_dossier.sources().size()), src); !e.ok()) {
            revertTables();
            return Error(tr("The import cannot be redone: %1").arg(e.message()), Error::Kind::Invalid);
        }
    const auto result = transact(
        QStringLiteral("import %1 events").arg(batch.size()),
        [&] {
            for (const auto& [at, p] : rows.parties)
                if (auto r = m_store->insertRow(p, m_dossier.partyIndex(p.id)); !r.ok())
                    return Status(r.error());
            for (const auto& [at, src] : rows.sources)
                if (auto r = m_store->insertRow(src, m_dossier.sourceIndex(src.id)); !r.ok())
                    return Status(r.error());
            return m_store->insertEvents(batch, 0, batch.size());
        },
        revertTables);
    if (!result.ok())
        return result;
    EventStore& events = m_dossier.eventsForBulkLoad();
    std::vector<quint32> symbolMap(size_t(batch.symbols().size()));
    for (size_t sym = 0; sym < symbolMap.size(); ++sym)
        symbolMap[sym] = events.internSymbol(batch.symbols().text(quint32(sym)));
    events.appendStore(batch, 0, symbolMap); // with their graded citations
    events.finish();
    emit reset();
    return {};
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
        if (auto err = m_dossier.checkEvent(e); !err.ok())
            return err;
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
    Status finished;
    bool done = false;
    const auto connection = connect(this, &Document::importFinished, this, [&](const Status& result) {
        finished = result;
        done = true;
    });
    applyImportDossierInBackground(std::move(merged));
    waitForImport();
    disconnect(connection);
    if (!done)
        return Error(tr("The import did not finish."));
    if (!finished.ok())
        return finished.error();
    return added;
}

} // namespace Entente
