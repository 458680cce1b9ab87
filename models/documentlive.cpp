// SPDX-License-Identifier: GPL-3.0-or-later
// Team mode: applying what other analysts changed in a shared dossier, riding out a lost connection, and keeping
// both versions of an edit that lost a race (EditConflict, resolved as an ordinary undoable edit).
// Others' changes arrive as the stored state of the rows they touched (DossierStore::changesSince), so applying
// them is idempotent; each is applied through the same Dossier calls and signals as a local edit, never through
// the undo stack. Anything that cannot be applied row by row (a bulk import, an era, a reordered source table,
// a change the local dossier refuses) reloads the dossier instead, which is always correct.
#include "document.h"

#include "commands.h"
#include "document_p.h"

#include <QSocketNotifier>
#include <QTimer>

namespace Entente {

using namespace DocumentDetail;

bool Document::isShared() const { return m_store && m_store->isShared(); }

void Document::startLive()
{
    if (!m_store || !m_store->isShared())
        return;
    m_journalSeen = m_store->journalAtLoad();
    auto feed = m_store->openChangeFeed();
    if (!feed.ok()) {
        connectionLost(feed.message());
        return;
    }
    m_feed = std::move(feed).value();
    if (m_feed && m_feed->socket() >= 0) {
        m_feedNotifier = new QSocketNotifier(m_feed->socket(), QSocketNotifier::Read, this);
        connect(m_feedNotifier, &QSocketNotifier::activated, this, &Document::feedReadable);
    }
    // Whatever was committed between the load's snapshot and the LISTEN sent no hint this feed could see.
    (void)refreshFromStore();
}

void Document::stopLive()
{
    delete m_feedNotifier;
    m_feedNotifier = nullptr;
    m_feed.reset();
    if (m_reconnectTimer)
        m_reconnectTimer->stop();
    m_reconnectDelay = 0;
    m_lostReason.clear();
    m_journalSeen = 0;
}

void Document::feedReadable()
{
    if (!m_feed)
        return;
    auto hint = m_feed->poll();
    if (!hint.ok()) {
        connectionLost(hint.message());
        return;
    }
    if (hint.value())
        (void)refreshFromStore();
}

void Document::connectionLost(const QString& why)
{
    if (!m_store || !m_store->isShared())
        return;
    const bool first = m_lostReason.isEmpty();
    m_lostReason = tr("the connection to the team server was lost (%1); reconnecting").arg(why.trimmed());
    delete m_feedNotifier; // its socket is gone; a new connection has another
    m_feedNotifier = nullptr;
    if (!m_reconnectTimer) {
        m_reconnectTimer = new QTimer(this);
        m_reconnectTimer->setSingleShot(true);
        connect(m_reconnectTimer, &QTimer::timeout, this, &Document::tryReconnect);
    }
    if (first) {
        m_reconnectDelay = 100;
        emit connectionChanged(false, m_lostReason);
    }
    m_reconnectTimer->start(m_reconnectDelay);
}

void Document::tryReconnect()
{
    if (!m_store || m_lostReason.isEmpty())
        return;
    Status st = m_store->reconnect();
    if (st.ok() && m_feed) {
        st = m_feed->reconnect();
    } else if (st.ok()) { // the feed could not be opened at first
        auto feed = m_store->openChangeFeed();
        if (feed.ok())
            m_feed = std::move(feed).value();
        else
            st = feed.error();
    }
    if (!st.ok()) {
        m_reconnectDelay = std::min(m_reconnectDelay * 2, 10000); // back off up to ten seconds
        m_lostReason = tr("the connection to the team server was lost (%1); reconnecting").arg(st.message());
        m_reconnectTimer->start(m_reconnectDelay);
        return;
    }
    m_lostReason.clear();
    m_reconnectDelay = 0;
    if (m_feed && m_feed->socket() >= 0) {
        m_feedNotifier = new QSocketNotifier(m_feed->socket(), QSocketNotifier::Read, this);
        connect(m_feedNotifier, &QSocketNotifier::activated, this, &Document::feedReadable);
    }
    emit connectionChanged(true, QString());
    (void)refreshFromStore(); // what others changed while we were away
}

Status Document::refreshFromStore()
{
    if (!m_store || !m_store->isShared() || !m_open || m_refreshing)
        return {};
    if (isBusy()) { // the events are still loading or an import is being written: try again shortly
        QTimer::singleShot(200, this, [this] { (void)refreshFromStore(); });
        return {};
    }
    m_refreshing = true;
    auto changes = m_store->changesSince(m_journalSeen);
    if (!changes.ok()) {
        m_refreshing = false;
        if (changes.error().kind() == Error::Kind::Unavailable)
            connectionLost(changes.message());
        return changes.error();
    }
    applyRemote(changes.value());
    m_refreshing = false;
    return {};
}

namespace {
    // "Olena set Russia on NATO membership to Opposes": the journal's action after who did it.
    QString noticeOf(const QList<JournalEntry>& actions)
    {
        if (actions.isEmpty())
            return Document::tr("The team dossier was changed on the server.");
        const JournalEntry& last = actions.last();
        QString action = last.action;
        if (!action.isEmpty())
            action[0] = action[0].toLower();
        const QString one = Document::tr("%1 %2").arg(last.user, action);
        if (actions.size() == 1)
            return one;
        return Document::tr("%1 (and %n more change(s) by others)", nullptr, int(actions.size() - 1)).arg(one);
    }

    template <typename T> QStringList idsOf(const QList<T>& rows)
    {
        QStringList ids;
        for (const auto& r : rows)
            ids << r.id;
        return ids;
    }

    // Takes the local table to the stored one through the Document's own calls and signals: removals,
    // updates and insertions, then moves. False when the local dossier refuses a step (then reload).
    template <typename T>
    bool syncTable(Document& doc, Dossier& d, RowVersions& versions, const QList<T>& stored,
        const RowVersions& storedVersions, bool movable)
    {
        const QStringList storedIds = idsOf(stored);
        for (const QString& id : idsOf(Table<T>::all(d))) {
            if (storedIds.contains(id))
                continue;
            const qsizetype index = Table<T>::indexOf(d, id);
            if (!Table<T>::remove(d, id).ok())
                return false;
            versions.remove(Table<T>::kind, id);
            Table<T>::removed(doc, index);
        }
        for (qsizetype i = 0; i < stored.size(); ++i) {
            const T& row = stored[i];
            versions.set(Table<T>::kind, row.id, storedVersions.get(Table<T>::kind, row.id));
            const qsizetype index = Table<T>::indexOf(d, row.id);
            if (index < 0) {
                if (!Table<T>::insert(d, i, row).ok())
                    return false;
                Table<T>::inserted(doc, Table<T>::indexOf(d, row.id));
            } else if (!(Table<T>::all(d)[index] == row)) {
                if (!Table<T>::update(d, row).ok())
                    return false;
                Table<T>::changed(doc, index);
            }
        }
        if (idsOf(Table<T>::all(d)) == storedIds)
            return true;
        if constexpr (!std::is_same_v<T, Source>) {
            if (movable) {
                for (qsizetype i = 0; i < stored.size(); ++i) {
                    const qsizetype from = Table<T>::indexOf(d, stored[i].id);
                    if (from == i)
                        continue;
                    if (!Table<T>::move(d, from, i).ok())
                        return false;
                    Table<T>::moved(doc, from, i);
                }
                return true;
            }
        }
        return false;
    }
}

bool Document::applyRemoteHead(const Dossier& head, const RowVersions& versions)
{
    if (head.name != m_dossier.name || head.description != m_dossier.description) {
        m_dossier.name = head.name;
        m_dossier.description = head.description;
        emit metaChanged();
    }
    if (head.stanceScale() != m_dossier.stanceScale() || head.statusScale() != m_dossier.statusScale()) {
        if (!m_dossier.setStanceScale(head.stanceScale()).ok()
            || !m_dossier.setStatusScale(head.statusScale()).ok())
            return false;
        for (const auto& l : head.stanceScale())
            m_versions.set(RowKind::StanceLevel, l.key, versions.get(RowKind::StanceLevel, l.key));
        for (const auto& l : head.statusScale())
            m_versions.set(RowKind::StatusLevel, l.key, versions.get(RowKind::StatusLevel, l.key));
        emit scalesChanged();
    }
    if (head.eras() != m_dossier.eras() || head.notes() != m_dossier.notes()
        || head.savedViews() != m_dossier.savedViews())
        return false; // eras, notes and saved views have no finer signal than a reload
    // Parties first (issues and sources do not reference them; events and changes are applied after).
    return syncTable<Party>(*this, m_dossier, m_versions, head.parties(), versions, true)
        && syncTable<Issue>(*this, m_dossier, m_versions, head.issues(), versions, true)
        && syncTable<Source>(*this, m_dossier, m_versions, head.sources(), versions, false);
}

void Document::applyRemote(const StoreChanges& changes)
{
    const bool any = !changes.isEmpty();
    bool ok = changes.complete;
    if (ok && changes.head)
        ok = applyRemoteHead(*changes.head, changes.headVersions);
    for (qsizetype i = 0; ok && i < changes.events.size(); ++i) {
        const Event& e = changes.events[i];
        const QString key = QString::number(e.id);
        const qsizetype oldRow = m_dossier.events().rowOfId(e.id);
        if (oldRow < 0) {
            const auto row = m_dossier.insertEvent(e);
            ok = row.ok();
            if (ok)
                emit eventInserted(e.id, row.value());
        } else if (!(m_dossier.events().event(oldRow) == e)) {
            const auto row = m_dossier.updateEvent(e);
            ok = row.ok();
            if (ok)
                emit eventChanged(e.id, oldRow, row.value());
        }
        if (ok)
            m_versions.set(RowKind::Event, key, changes.eventVersions.get(RowKind::Event, key));
    }
    for (qsizetype i = 0; ok && i < changes.removedEvents.size(); ++i) {
        const qint64 id = changes.removedEvents[i];
        const qsizetype row = m_dossier.events().rowOfId(id);
        if (row < 0)
            continue;
        ok = m_dossier.removeEvent(id).ok();
        if (ok) {
            m_versions.remove(RowKind::Event, QString::number(id));
            emit eventRemoved(id, row);
        }
    }
    for (size_t i = 0; ok && i < changes.positions.size(); ++i) {
        const PositionChange& c = changes.positions[i];
        const qsizetype index = m_dossier.positionChangeIndex(c.id);
        if (index < 0)
            ok = m_dossier.addPositionChange(c).ok();
        else if (m_dossier.positionChanges()[size_t(index)].retracted != c.retracted)
            ok = m_dossier.setPositionRetracted(c.id, c.retracted, c.retractedAt, c.retractedBy).ok();
        else
            continue;
        if (ok)
            emit positionChanged(m_dossier.partyIndex(c.partyId), m_dossier.issueIndex(c.issueId));
    }
    for (size_t i = 0; ok && i < changes.statuses.size(); ++i) {
        const StatusChange& c = changes.statuses[i];
        const qsizetype index = m_dossier.statusChangeIndex(c.id);
        if (index < 0)
            ok = m_dossier.addStatusChange(c).ok();
        else if (m_dossier.statusChanges()[size_t(index)].retracted != c.retracted)
            ok = m_dossier.setStatusRetracted(c.id, c.retracted, c.retractedAt, c.retractedBy).ok();
        else
            continue;
        if (ok)
            emit statusChanged(m_dossier.issueIndex(c.issueId));
    }
    for (size_t i = 0; ok && i < changes.capabilities.size(); ++i) {
        const CapabilityChange& c = changes.capabilities[i];
        const qsizetype index = m_dossier.capabilityChangeIndex(c.id);
        if (index < 0)
            ok = m_dossier.addCapabilityChange(c).ok();
        else if (m_dossier.capabilityChanges()[size_t(index)].retracted != c.retracted)
            ok = m_dossier.setCapabilityRetracted(c.id, c.retracted, c.retractedAt, c.retractedBy).ok();
        else
            continue;
        if (ok)
            emit capabilityChanged(m_dossier.partyIndex(c.partyId));
    }
    m_journalSeen = std::max(m_journalSeen, changes.lastJournalId);
    if (!ok)
        reloadFromStore();
    if (any || !changes.actions.isEmpty()) {
        emit remoteNotice(noticeOf(changes.actions));
        emit journalAppended();
    }
}

Result<QList<JournalEntry>> Document::journal(qint64 afterId, int limit) const
{
    if (!m_store)
        return QList<JournalEntry>();
    return m_store->readJournal(afterId, limit);
}

void Document::reloadFromStore()
{
    Dossier d;
    RowVersions versions;
    if (auto st = m_store->load(d, &versions); !st.ok()) {
        if (st.error().kind() == Error::Kind::Unavailable)
            connectionLost(st.message());
        else
            emit writeFailed(st.message());
        return;
    }
    m_dossier = std::move(d);
    m_versions = std::move(versions);
    m_journalSeen = m_store->journalAtLoad();
    emit reset(); // the undo stack stays: its commands name rows by id and refuse what no longer applies
}


namespace {
    QString describe(const ConflictRow& row)
    {
        return std::visit(
            [](const auto& r) -> QString {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, Event>)
                    return Document::tr("the event “%1”").arg(r.title);
                else if constexpr (std::is_same_v<T, Party>)
                    return Document::tr("the party “%1”").arg(r.name);
                else if constexpr (std::is_same_v<T, Issue>)
                    return Document::tr("the issue “%1”").arg(r.name);
                else
                    return Document::tr("the source “%1”").arg(r.title.isEmpty() ? r.outlet : r.title);
            },
            row);
    }

    // The row as this document holds it now, if it still exists.
    std::optional<ConflictRow> current(const Dossier& d, const ConflictRow& like)
    {
        return std::visit(
            [&](const auto& r) -> std::optional<ConflictRow> {
                using T = std::decay_t<decltype(r)>;
                if constexpr (std::is_same_v<T, Event>) {
                    const qsizetype row = d.events().rowOfId(r.id);
                    if (row < 0)
                        return std::nullopt;
                    return ConflictRow(d.events().event(row));
                } else {
                    const qsizetype i = Table<T>::indexOf(d, r.id);
                    if (i < 0)
                        return std::nullopt;
                    return ConflictRow(Table<T>::all(d)[i]);
                }
            },
            like);
    }
}

void Document::noteConflict(const ConflictRow& base, const ConflictRow& mine)
{
    // After the refused write has been reported: fetch the stored version, then show both.
    QMetaObject::invokeMethod(
        this,
        [this, base, mine] {
            (void)refreshFromStore();
            const auto theirs = current(m_dossier, mine);
            if (!theirs)
                return; // removed meanwhile: the write error said so
            EditConflict conflict { describe(mine), base, mine, *theirs, conflictFields(base, mine, *theirs) };
            if (conflict.fields.isEmpty())
                return; // what the analyst changed is what the other analyst stored: nothing to choose
            m_conflict = std::move(conflict);
            emit conflictDetected();
        },
        Qt::QueuedConnection);
}

Status Document::resolveConflict(const QList<bool>& takeMine)
{
    if (!m_conflict)
        return {};
    const EditConflict conflict = *m_conflict;
    // Merge over what is stored now (it may have moved on again since the dialog opened).
    const auto theirs = current(m_dossier, conflict.mine);
    if (!theirs) {
        m_conflict.reset();
        return Error(tr("%1 no longer exists.").arg(describe(conflict.mine)), Error::Kind::NotFound);
    }
    if (!(*theirs == conflict.theirs)) {
        // Changed again since the dialog opened: show the new stored version instead of writing over it.
        m_conflict = EditConflict { conflict.what, conflict.base, conflict.mine, *theirs,
            conflictFields(conflict.base, conflict.mine, *theirs) };
        emit conflictDetected();
        return Error(
            tr("%1 was changed again meanwhile; look at it once more.").arg(conflict.what), Error::Kind::Conflict);
    }
    const ConflictRow merged = mergeConflict(conflict.base, conflict.mine, conflict.theirs, takeMine);
    m_conflict.reset();
    if (merged == *theirs)
        return {};
    const Command::EditResult result = std::visit(
        [&](const auto& r) {
            using T = std::decay_t<decltype(r)>;
            if constexpr (std::is_same_v<T, Event>)
                return Command::editEvent(this, r);
            else if constexpr (std::is_same_v<T, Party>)
                return Command::editParty(this, r);
            else if constexpr (std::is_same_v<T, Issue>)
                return Command::editIssue(this, r);
            else
                return Command::editSource(this, r);
        },
        merged);
    if (!result.ok())
        return result.error();
    return {};
}

} // namespace Entente
