// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "document_p.h"
#include "eventloader.h" // complete type for m_loader
#include "jsoninterchange.h"
#include "storefactory.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

#ifdef Q_OS_UNIX
#include <pwd.h>
#include <unistd.h>
#endif

#include <algorithm>

namespace Entente {

QString Document::defaultUserName()
{
    // The full name from the password database (GECOS), else the login name.
#ifdef Q_OS_UNIX
    if (const passwd* pw = ::getpwuid(::getuid()); pw && pw->pw_gecos) {
        const QString full = QString::fromLocal8Bit(pw->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
    }
#endif
    for (const char* var : { "USER", "USERNAME", "LOGNAME" })
        if (QString name = qEnvironmentVariable(var); !name.isEmpty())
            return name;
    return QStringLiteral("unknown");
}

Document::Document(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_userName(defaultUserName())
    , m_asOf(QDateTime::currentMSecsSinceEpoch())
{
}

Document::~Document()
{
    stopLive();
    stopEventLoad(); // join the workers before anything they report to goes away
    stopImport();
}

void Document::setUserName(const QString& name)
{
    m_userName = name.trimmed().isEmpty() ? defaultUserName() : name.trimmed();
    if (m_store)
        m_store->setUserName(m_userName);
}

QString Document::location() const { return m_store ? m_store->location() : QString(); }

QString Document::readOnlyReason() const
{
    if (!m_lostReason.isEmpty())
        return m_lostReason;
    return m_store ? m_store->readOnlyReason() : QString();
}

void Document::open(std::unique_ptr<DossierStore> store, Dossier dossier, RowVersions versions)
{
    stopLive();
    stopEventLoad();
    stopImport();
    m_undo->clear();
    m_store = std::move(store);
    if (m_store)
        m_store->setUserName(m_userName);
    m_dossier = std::move(dossier);
    m_versions = std::move(versions);
    m_open = true;
    emit reset();
    startLive();
}

void Document::open(std::nullptr_t, Dossier dossier) { open(std::unique_ptr<DossierStore>(), std::move(dossier)); }

void Document::close()
{
    stopLive();
    stopEventLoad();
    stopImport();
    m_undo->clear();
    m_store.reset(); // releases the dossier's lock
    m_dossier = Dossier();
    m_versions.clear();
    m_open = false;
    emit reset();
}

namespace {
    QString native(const QString& path) { return QDir::toNativeSeparators(path); }

    StoreOpenOptions::Access storeAccess(Document::Access a)
    {
        switch (a) {
        case Document::Access::ReadWrite:
            return StoreOpenOptions::Access::ReadWrite;
        case Document::Access::ReadOnly:
            return StoreOpenOptions::Access::ReadOnly;
        case Document::Access::ReadWriteElseReadOnly:
            break;
        }
        return StoreOpenOptions::Access::ReadWriteElseReadOnly;
    }
}

Status Document::createDossier(const QString& location, const Dossier& d, IfExists ifExists)
{
    if (!isServerLocation(location))
        QDir().mkpath(QFileInfo(location).absolutePath());
    auto store = createStore(location, d, {}, ifExists == IfExists::Replace ? Existing::Replace : Existing::Keep);
    return store.ok() ? Status() : Status(store.error());
}

Result<QString> Document::openLocation(const QString& location, const OpenOptions& options)
{
    QString target = location;
    QString notice;
    if (!isServerLocation(location)) {
        const QFileInfo info(location);
        if (!info.exists())
            return Error(tr("%1 does not exist.").arg(native(location)), Error::Kind::NotFound);
        if (location.endsWith(u".json", Qt::CaseInsensitive)) {
            Dossier d;
            if (const InterchangeError e = readDossierJsonFile(location, d); e.isError())
                return e.toError(native(location));
            if (!options.convertJson) {
                open(nullptr, std::move(d));
                return QString();
            }
            target = info.dir().filePath(info.completeBaseName() + u".entente"_qs);
            if (!QFileInfo(info.absolutePath()).isWritable())
                target = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                             .filePath(info.completeBaseName() + u".entente"_qs);
            if (!QFileInfo::exists(target)) {
                if (auto s = createDossier(target, d); !s.ok())
                    return s.error();
                notice = tr("Converted %1 to the dossier file %2; edits are saved there.")
                             .arg(info.fileName(), native(target));
            } else {
                notice = tr("Opened the existing dossier file %1 made from %2.").arg(native(target), info.fileName());
            }
        }
        target = QFileInfo(target).absoluteFilePath();
    }
    StoreOpenOptions storeOptions;
    storeOptions.access = storeAccess(options.access);
    storeOptions.userName = m_userName;
    auto opened = openStore(target, storeOptions);
    if (!opened.ok())
        return opened.error();
    std::unique_ptr<DossierStore> store = std::move(opened).value();
    if (store->isReadOnly() && options.access != Access::ReadOnly && !store->readOnlyReason().isEmpty())
        notice = tr("Read-only: %1.").arg(store->readOnlyReason());
    // The head (everything but the events) takes a few milliseconds; a large dossier's events follow in the
    // background, a small one's are read here.
    Dossier d;
    RowVersions versions;
    qint64 events = 0;
    Status s = store->loadHead(d, &events, &versions);
    if (s.ok() && options.backgroundThreshold > 0 && events >= options.backgroundThreshold) {
        openLoadingEvents(std::move(store), std::move(d), events, std::move(versions));
        return notice;
    }
    if (s.ok())
        s = store->load(d, &versions);
    if (!s.ok())
        return s.error();
    // A small dossier was read here; before it takes edits, its storage is checked (a large one's is checked by
    // the event reader on its worker). A damaged file stays open read-only with the reason, so what can be read
    // can still be viewed and exported.
    if (!store->isReadOnly()) {
        if (const Status damage = store->checkIntegrity(); !damage.ok()) {
            store.reset();
            storeOptions.access = StoreOpenOptions::Access::ReadOnly;
            auto readOnly = openStore(target, storeOptions);
            if (!readOnly.ok())
                return readOnly.error();
            store = std::move(readOnly).value();
            notice = tr("Read-only: %1. Keep what can be read with: entente export-data %2 --format json --out COPY.json")
                         .arg(damage.message(), native(target));
        }
    }
    open(std::move(store), std::move(d), std::move(versions));
    return notice;
}

bool Document::isOpen() const { return m_open; }

bool Document::isReadOnly() const
{
    return (m_store && m_store->isReadOnly()) || isBusy() || !m_lostReason.isEmpty();
}

void Document::setAsOf(qint64 msecs)
{
    if (msecs == m_asOf)
        return;
    m_asOf = msecs;
    emit asOfChanged(msecs);
}

Status Document::refuseIfClosed() const
{
    if (!m_open)
        return Error(tr("No dossier is open."), Error::Kind::Failed);
    if (m_loader)
        return Error(tr("The events are still loading; edits are possible once they are in."), Error::Kind::ReadOnly);
    if (m_importThread)
        return Error(tr("An import is being saved; edits are possible once it is in."), Error::Kind::ReadOnly);
    if (isReadOnly()) {
        const QString why = readOnlyReason();
        return Error(why.isEmpty() ? tr("The dossier is read-only.") : tr("The dossier is read-only: %1.").arg(why),
            Error::Kind::ReadOnly);
    }
    return {};
}

Status Document::applyMeta(const QString& name, const QString& description)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e;
    const QString oldName = m_dossier.name, oldDescription = m_dossier.description;
    m_dossier.name = name;
    m_dossier.description = description;
    const auto result = transact(
        QStringLiteral("meta"), [&] { return m_store->writeMeta(name, description); },
        [&] {
            m_dossier.name = oldName;
            m_dossier.description = oldDescription;
        });
    if (result.ok())
        emit metaChanged();
    return result;
}

namespace {
    Status invalid(const QString& message) { return Error(message, Error::Kind::Invalid); }
    QString eventKey(qint64 id) { return QString::number(id); }
}

// ---- events -------------------------------------------------------------------------------------------------

Status Document::applyInsertEvent(const Event& event)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e;
    Event e = event;
    if (e.id == 0)
        e.id = m_dossier.events().nextId();
    const auto row = m_dossier.insertEvent(e);
    if (!row.ok())
        return row.error();
    const auto result = transact(
        QStringLiteral("insert event %1").arg(e.id),
        [&] {
            auto r = m_store->insertRow(e, -1);
            return r.ok() ? Status() : Status(r.error());
        },
        [&] { (void)m_dossier.removeEvent(e.id); });
    if (result.ok()) {
        m_versions.remove(RowKind::Event, eventKey(e.id));
        emit eventInserted(e.id, row.value());
    }
    return result;
}

Status Document::applyUpdateEvent(const Event& e)
{
    ClearOnExit guard { m_nextAction };
    if (auto err = refuseIfClosed(); !err.ok())
        return err;
    const auto oldRow = m_dossier.events().rowOfId(e.id);
    if (oldRow < 0)
        return Error(tr("Unknown event %1.").arg(e.id), Error::Kind::NotFound);
    const Event old = m_dossier.events().event(oldRow);
    const auto newRow = m_dossier.updateEvent(e);
    if (!newRow.ok())
        return newRow.error();
    qint64 version = 0;
    const auto result = transact(
        QStringLiteral("update event %1").arg(e.id),
        [&] {
            auto r = m_store->updateRow(e, m_versions.get(RowKind::Event, eventKey(e.id)));
            version = r.ok() ? r.value() : 0;
            return r.ok() ? Status() : Status(r.error());
        },
        [&] { (void)m_dossier.updateEvent(old); }); // the old row was valid: putting it back cannot fail
    if (result.error().kind() == Error::Kind::Conflict)
        noteConflict(old, e);
    if (result.ok()) {
        if (m_store)
            m_versions.set(RowKind::Event, eventKey(e.id), version);
        emit eventChanged(e.id, oldRow, newRow.value());
    }
    return result;
}

Status Document::applyRemoveEvent(qint64 id)
{
    ClearOnExit guard { m_nextAction };
    if (auto err = refuseIfClosed(); !err.ok())
        return err;
    const auto row = m_dossier.events().rowOfId(id);
    if (row < 0)
        return Error(tr("Unknown event %1.").arg(id), Error::Kind::NotFound);
    auto cites = [id](const ChangeRecord& c) { return c.citedEvents.contains(id); };
    const auto& pos = m_dossier.positionChanges();
    const auto& st = m_dossier.statusChanges();
    const auto& cap = m_dossier.capabilityChanges();
    if (std::any_of(pos.begin(), pos.end(), cites) || std::any_of(st.begin(), st.end(), cites)
        || std::any_of(cap.begin(), cap.end(), cites))
        return invalid(tr("Event %1 is cited by a recorded change.").arg(id));
    const Event old = m_dossier.events().event(row);
    if (auto err = m_dossier.removeEvent(id); !err.ok())
        return err;
    const auto result = transact(
        QStringLiteral("remove event %1").arg(id),
        [&] { return m_store->removeRow(RowKind::Event, eventKey(id), m_versions.get(RowKind::Event, eventKey(id))); },
        [&] { (void)m_dossier.insertEvent(old); }); // the old row was valid: putting it back cannot fail
    if (result.ok()) {
        m_versions.remove(RowKind::Event, eventKey(id));
        emit eventRemoved(id, row);
    }
    return result;
}

// ---- parties, issues, sources -------------------------------------------------------------------------------

using namespace DocumentDetail;

namespace {
    template <typename T> QString journalAction(const char* verb, const QString& what)
    {
        return QStringLiteral("%1 %2 %3").arg(QLatin1String(verb), QLatin1String(Table<T>::word), what);
    }

    template <typename T> QStringList keysOf(const QList<T>& rows)
    {
        QStringList keys;
        keys.reserve(rows.size());
        for (const auto& r : rows)
            keys << r.id;
        return keys;
    }
}

template <typename T> Status Document::insertRow(qsizetype at, const T& item)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e;
    if (auto e = Table<T>::insert(m_dossier, at, item); !e.ok())
        return e;
    const auto index = Table<T>::indexOf(m_dossier, item.id);
    const auto result = transact(
        journalAction<T>("insert", item.id),
        [&] {
            auto r = m_store->insertRow(item, index);
            return r.ok() ? Status() : Status(r.error());
        },
        [&] { (void)Table<T>::remove(m_dossier, item.id); });
    if (result.ok()) {
        m_versions.remove(Table<T>::kind, item.id);
        Table<T>::inserted(*this, index);
    }
    return result;
}

template <typename T> Status Document::updateRow(const T& item)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e;
    const auto index = Table<T>::indexOf(m_dossier, item.id);
    if (index < 0)
        return Error(Table<T>::unknown(item.id), Error::Kind::NotFound);
    const T old = Table<T>::all(m_dossier)[index];
    if (auto e = Table<T>::update(m_dossier, item); !e.ok())
        return e;
    qint64 version = 0;
    const auto result = transact(
        journalAction<T>("update", item.id),
        [&] {
            auto r = m_store->updateRow(item, m_versions.get(Table<T>::kind, item.id));
            version = r.ok() ? r.value() : 0;
            return r.ok() ? Status() : Status(r.error());
        },
        [&] { (void)Table<T>::update(m_dossier, old); });
    // Eras, notes and saved views have no field-by-field conflict dialog: the refused write's message says what
    // happened.
    if constexpr (std::is_constructible_v<ConflictRow, T>)
        if (result.error().kind() == Error::Kind::Conflict)
            noteConflict(old, item);
    if (result.ok()) {
        if (m_store)
            m_versions.set(Table<T>::kind, item.id, version);
        Table<T>::changed(*this, index);
    }
    return result;
}

template <typename T> Status Document::removeRow(const QString& id)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e;
    const auto index = Table<T>::indexOf(m_dossier, id);
    if (index < 0)
        return Error(Table<T>::unknown(id), Error::Kind::NotFound);
    const T old = Table<T>::all(m_dossier)[index];
    if (auto e = Table<T>::remove(m_dossier, id); !e.ok())
        return e;
    const auto result = transact(
        journalAction<T>("remove", id),
        [&] { return m_store->removeRow(Table<T>::kind, id, m_versions.get(Table<T>::kind, id)); },
        [&] { (void)Table<T>::insert(m_dossier, index, old); });
    if (result.ok()) {
        m_versions.remove(Table<T>::kind, id);
        Table<T>::removed(*this, index);
    }
    return result;
}

template <typename T> Status Document::moveRow(qsizetype from, qsizetype to)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e;
    if (auto e = Table<T>::move(m_dossier, from, to); !e.ok())
        return e;
    if (from == to)
        return {};
    const auto result = transact(
        journalAction<T>("move", QStringLiteral("%1 to %2").arg(from).arg(to)),
        [&] { return m_store->reorderRows(Table<T>::kind, keysOf(Table<T>::all(m_dossier))); },
        [&] { (void)Table<T>::move(m_dossier, to, from); });
    if (result.ok())
        Table<T>::moved(*this, from, to);
    return result;
}

Status Document::applyInsertParty(qsizetype at, const Party& p) { return insertRow(at, p); }
Status Document::applyUpdateParty(const Party& p) { return updateRow(p); }
Status Document::applyRemoveParty(const QString& id) { return removeRow<Party>(id); }
Status Document::applyMoveParty(qsizetype from, qsizetype to) { return moveRow<Party>(from, to); }
Status Document::applyInsertIssue(qsizetype at, const Issue& i) { return insertRow(at, i); }
Status Document::applyUpdateIssue(const Issue& i) { return updateRow(i); }
Status Document::applyRemoveIssue(const QString& id) { return removeRow<Issue>(id); }
Status Document::applyMoveIssue(qsizetype from, qsizetype to) { return moveRow<Issue>(from, to); }
Status Document::applyInsertSource(qsizetype at, const Source& s) { return insertRow(at, s); }
Status Document::applyUpdateSource(const Source& s) { return updateRow(s); }
Status Document::applyRemoveSource(const QString& id) { return removeRow<Source>(id); }
Status Document::applyInsertEra(qsizetype at, const Era& e) { return insertRow(at, e); }
Status Document::applyUpdateEra(const Era& e) { return updateRow(e); }
Status Document::applyRemoveEra(const QString& id) { return removeRow<Era>(id); }
Status Document::applyInsertNote(qsizetype at, const Note& n) { return insertRow(at, n); }
Status Document::applyUpdateNote(const Note& n) { return updateRow(n); }
Status Document::applyRemoveNote(const QString& id) { return removeRow<Note>(id); }
Status Document::applyInsertSavedView(qsizetype at, const SavedView& v) { return insertRow(at, v); }
Status Document::applyUpdateSavedView(const SavedView& v) { return updateRow(v); }
Status Document::applyRemoveSavedView(const QString& id) { return removeRow<SavedView>(id); }

// ---- histories ----------------------------------------------------------------------------------------------

namespace {
    // What differs between the three histories: the Dossier calls, the kind, the words and the signal.
    template <typename C> struct History;

    template <> struct History<PositionChange> {
        static constexpr ChangeKind kind = ChangeKind::Position;
        static constexpr const char* word = "position";
        static Status check(const Dossier& d, const PositionChange& c) { return d.checkPositionChange(c); }
        static Result<qint64> add(Dossier& d, const PositionChange& c) { return d.addPositionChange(c); }
        static qsizetype indexOf(const Dossier& d, qint64 id) { return d.positionChangeIndex(id); }
        static const PositionChange& at(const Dossier& d, qsizetype i) { return d.positionChanges()[size_t(i)]; }
        static Status setRetracted(Dossier& d, qint64 id, bool r, qint64 at, const QString& by)
        {
            return d.setPositionRetracted(id, r, at, by);
        }
        static QString unknown(qint64 id) { return Document::tr("Unknown position change %1.").arg(id); }
        static QString duplicate(qint64 id) { return Document::tr("Duplicate position change id %1.").arg(id); }
        static void changed(Document& doc, const Dossier& d, const PositionChange& c)
        {
            emit doc.positionChanged(d.partyIndex(c.partyId), d.issueIndex(c.issueId));
        }
    };

    template <> struct History<StatusChange> {
        static constexpr ChangeKind kind = ChangeKind::Status;
        static constexpr const char* word = "status";
        static Status check(const Dossier& d, const StatusChange& c) { return d.checkStatusChange(c); }
        static Result<qint64> add(Dossier& d, const StatusChange& c) { return d.addStatusChange(c); }
        static qsizetype indexOf(const Dossier& d, qint64 id) { return d.statusChangeIndex(id); }
        static const StatusChange& at(const Dossier& d, qsizetype i) { return d.statusChanges()[size_t(i)]; }
        static Status setRetracted(Dossier& d, qint64 id, bool r, qint64 at, const QString& by)
        {
            return d.setStatusRetracted(id, r, at, by);
        }
        static QString unknown(qint64 id) { return Document::tr("Unknown status change %1.").arg(id); }
        static QString duplicate(qint64 id) { return Document::tr("Duplicate status change id %1.").arg(id); }
        static void changed(Document& doc, const Dossier& d, const StatusChange& c)
        {
            emit doc.statusChanged(d.issueIndex(c.issueId));
        }
    };

    template <> struct History<CapabilityChange> {
        static constexpr ChangeKind kind = ChangeKind::Capability;
        static constexpr const char* word = "capability";
        static Status check(const Dossier& d, const CapabilityChange& c) { return d.checkCapabilityChange(c); }
        static Result<qint64> add(Dossier& d, const CapabilityChange& c) { return d.addCapabilityChange(c); }
        static qsizetype indexOf(const Dossier& d, qint64 id) { return d.capabilityChangeIndex(id); }
        static const CapabilityChange& at(const Dossier& d, qsizetype i) { return d.capabilityChanges()[size_t(i)]; }
        static Status setRetracted(Dossier& d, qint64 id, bool r, qint64 at, const QString& by)
        {
            return d.setCapabilityRetracted(id, r, at, by);
        }
        static QString unknown(qint64 id) { return Document::tr("Unknown capability change %1.").arg(id); }
        static QString duplicate(qint64 id) { return Document::tr("Duplicate capability change id %1.").arg(id); }
        static void changed(Document& doc, const Dossier& d, const CapabilityChange& c)
        {
            emit doc.capabilityChanged(d.partyIndex(c.partyId));
        }
    };
}

template <typename C> Result<qint64> Document::addChange(const C& change)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e.error();
    C c = change;
    if (c.id == 0)
        c.id = m_dossier.nextChangeId();
    if (c.recordedAt == 0)
        c.recordedAt = now();
    if (c.recordedBy.isEmpty())
        c.recordedBy = m_userName;
    if (auto e = History<C>::check(m_dossier, c); !e.ok())
        return e.error();
    if (History<C>::indexOf(m_dossier, c.id) >= 0)
        return invalid(History<C>::duplicate(c.id)).error();
    // Store first, memory after the commit: the history is append-only, so nothing in memory needs reverting.
    // A shared (team) store hands out the id itself, so two analysts recording at once never collide.
    if (auto e = transact(
            QStringLiteral("add %1 change").arg(QLatin1String(History<C>::word)),
            [&] {
                C stored = c;
                if (m_store->isShared())
                    stored.id = 0;
                auto r = m_store->appendChange(stored);
                if (r.ok())
                    c.id = r.value();
                return r.ok() ? Status() : Status(r.error());
            },
            [] {});
        !e.ok())
        return e.error();
    if (auto e = History<C>::add(m_dossier, c); !e.ok())
        return e.error();
    History<C>::changed(*this, m_dossier, c);
    return c.id;
}

template <typename C> Status Document::setRetracted(qint64 id, bool retracted)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e;
    const auto index = History<C>::indexOf(m_dossier, id);
    if (index < 0)
        return Error(History<C>::unknown(id), Error::Kind::NotFound);
    const C old = History<C>::at(m_dossier, index);
    if (old.retracted == retracted)
        return {};
    const qint64 at = now();
    if (auto e = History<C>::setRetracted(m_dossier, id, retracted, at, m_userName); !e.ok())
        return e;
    const auto result = transact(
        QStringLiteral("%1 %2 change %3")
            .arg(retracted ? u"retract" : u"restore", QLatin1String(History<C>::word))
            .arg(id),
        [&] { return m_store->setChangeRetracted(History<C>::kind, id, retracted, at); },
        [&] { (void)History<C>::setRetracted(m_dossier, id, old.retracted, old.retractedAt, old.retractedBy); });
    if (result.ok())
        History<C>::changed(*this, m_dossier, old);
    return result;
}

Result<qint64> Document::applyAddPositionChange(const PositionChange& c) { return addChange(c); }
Result<qint64> Document::applyAddStatusChange(const StatusChange& c) { return addChange(c); }
Result<qint64> Document::applyAddCapabilityChange(const CapabilityChange& c) { return addChange(c); }
Status Document::applySetPositionRetracted(qint64 id, bool retracted)
{
    return setRetracted<PositionChange>(id, retracted);
}
Status Document::applySetStatusRetracted(qint64 id, bool retracted)
{
    return setRetracted<StatusChange>(id, retracted);
}
Status Document::applySetCapabilityRetracted(qint64 id, bool retracted)
{
    return setRetracted<CapabilityChange>(id, retracted);
}

// ---- scales -------------------------------------------------------------------------------------------------

namespace {
    // The row writes that take a stored scale from `from` to `to`: removals, updates, insertions, then the
    // order when it differs.
    Status writeScale(DossierStore& store, RowVersions& versions, RowKind kind, const QList<ScaleLevel>& from,
        const QList<ScaleLevel>& to)
    {
        auto find = [](const QList<ScaleLevel>& list, const QString& key) -> const ScaleLevel* {
            for (const auto& l : list)
                if (l.key == key)
                    return &l;
            return nullptr;
        };
        for (const auto& l : from)
            if (!find(to, l.key))
                if (auto s = store.removeRow(kind, l.key, versions.get(kind, l.key)); !s.ok())
                    return s;
        QStringList order;
        for (qsizetype i = 0; i < to.size(); ++i) {
            const ScaleLevel& l = to[i];
            order << l.key;
            const ScaleLevel* was = find(from, l.key);
            if (was && *was == l)
                continue;
            auto r = was ? store.updateRow(ScaleLevelRow { kind, l }, versions.get(kind, l.key))
                         : store.insertRow(ScaleLevelRow { kind, l }, i);
            if (!r.ok())
                return r.error();
            versions.set(kind, l.key, r.value());
        }
        // Insertions placed themselves; whenever the sequence of keys changed, the order is written as a whole.
        QStringList before;
        for (const auto& l : from)
            before << l.key;
        if (before != order)
            return store.reorderRows(kind, order);
        return {};
    }
}

Status Document::applyScales(const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.ok())
        return e;
    const auto oldStance = m_dossier.stanceScale();
    const auto oldStatus = m_dossier.statusScale();
    if (auto e = m_dossier.setStanceScale(stance); !e.ok())
        return e;
    if (auto e = m_dossier.setStatusScale(status); !e.ok()) {
        (void)m_dossier.setStanceScale(oldStance); // the old scale was valid: putting it back cannot fail
        return e;
    }
    const RowVersions versionsBefore = m_versions;
    const auto result = transact(
        QStringLiteral("scales"),
        [&] {
            Status s = writeScale(*m_store, m_versions, RowKind::StanceLevel, oldStance, stance);
            return s.ok() ? writeScale(*m_store, m_versions, RowKind::StatusLevel, oldStatus, status) : s;
        },
        [&] {
            (void)m_dossier.setStanceScale(oldStance);
            (void)m_dossier.setStatusScale(oldStatus);
            m_versions = versionsBefore;
        });
    if (result.ok())
        emit scalesChanged();
    return result;
}

} // namespace Entente
