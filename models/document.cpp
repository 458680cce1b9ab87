// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "document_p.h"
#include "eventloader.h" // complete type for m_loader
#include "dossierstore.h"

#include <QDateTime>

#include <algorithm>

namespace Entente {

namespace {
    QString osUserName()
    {
        QString name = qEnvironmentVariable("USER");
        if (name.isEmpty())
            name = qEnvironmentVariable("USERNAME");
        return name;
    }

}

Document::Document(QObject* parent)
    : QObject(parent)
    , m_undo(new QUndoStack(this))
    , m_userName(osUserName())
    , m_asOf(QDateTime::currentMSecsSinceEpoch())
{
}

Document::~Document()
{
    stopEventLoad(); // join the workers before anything they report to goes away
    stopImport();
}

void Document::open(std::unique_ptr<DossierStore> store, Dossier dossier)
{
    stopEventLoad();
    stopImport();
    m_undo->clear();
    m_store = std::move(store);
    m_dossier = std::move(dossier);
    m_open = true;
    emit reset();
}

void Document::close()
{
    stopEventLoad();
    stopImport();
    m_undo->clear();
    m_store.reset();
    m_dossier = Dossier();
    m_open = false;
    emit reset();
}

bool Document::isOpen() const { return m_open; }

bool Document::isReadOnly() const { return (m_store && m_store->isReadOnly()) || isBusy(); }

void Document::setAsOf(qint64 msecs)
{
    if (msecs == m_asOf)
        return;
    m_asOf = msecs;
    emit asOfChanged(msecs);
}

QString Document::refuseIfClosed() const
{
    if (!m_open)
        return tr("No dossier is open.");
    if (m_loader)
        return tr("The events are still loading; edits are possible once they are in.");
    if (m_importThread)
        return tr("An import is being saved; edits are possible once it is in.");
    if (isReadOnly())
        return tr("The dossier is read-only.");
    return {};
}

QString Document::applyMeta(const QString& name, const QString& description)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    const QString oldName = m_dossier.name, oldDescription = m_dossier.description;
    m_dossier.name = name;
    m_dossier.description = description;
    const auto error = transact(
        QStringLiteral("meta"), [&] { return m_store->writeMeta(name, description); },
        [&] {
            m_dossier.name = oldName;
            m_dossier.description = oldDescription;
        });
    if (error.isEmpty())
        emit metaChanged();
    return error;
}

// ---- events -------------------------------------------------------------------------------------------------

QString Document::applyInsertEvent(const Event& event)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    Event e = event;
    if (e.id == 0)
        e.id = m_dossier.events().nextId();
    QString error;
    const auto row = m_dossier.insertEvent(e, &error);
    if (!row)
        return error;
    error = transact(
        QStringLiteral("insert event %1").arg(e.id), [&] { return m_store->insertEvent(e); },
        [&] { m_dossier.removeEvent(e.id); });
    if (error.isEmpty())
        emit eventInserted(e.id, *row);
    return error;
}

QString Document::applyUpdateEvent(const Event& e)
{
    ClearOnExit guard { m_nextAction };
    if (auto err = refuseIfClosed(); !err.isEmpty())
        return err;
    const auto oldRow = m_dossier.events().rowOfId(e.id);
    if (oldRow < 0)
        return tr("Unknown event %1.").arg(e.id);
    const Event old = m_dossier.events().event(oldRow);
    QString error;
    const auto newRow = m_dossier.updateEvent(e, &error);
    if (!newRow)
        return error;
    error = transact(
        QStringLiteral("update event %1").arg(e.id), [&] { return m_store->updateEvent(e); },
        [&] { m_dossier.updateEvent(old); });
    if (error.isEmpty())
        emit eventChanged(e.id, oldRow, *newRow);
    return error;
}

QString Document::applyRemoveEvent(qint64 id)
{
    ClearOnExit guard { m_nextAction };
    if (auto err = refuseIfClosed(); !err.isEmpty())
        return err;
    const auto row = m_dossier.events().rowOfId(id);
    if (row < 0)
        return tr("Unknown event %1.").arg(id);
    auto cites = [id](const ChangeRecord& c) { return c.citedEvents.contains(id); };
    const auto& pos = m_dossier.positionChanges();
    const auto& st = m_dossier.statusChanges();
    if (std::any_of(pos.begin(), pos.end(), cites) || std::any_of(st.begin(), st.end(), cites))
        return tr("Event %1 is cited by a recorded change.").arg(id);
    const Event old = m_dossier.events().event(row);
    if (auto err = m_dossier.removeEvent(id); !err.isEmpty())
        return err;
    const auto error = transact(
        QStringLiteral("remove event %1").arg(id), [&] { return m_store->removeEvent(id); },
        [&] { m_dossier.insertEvent(old); });
    if (error.isEmpty())
        emit eventRemoved(id, row);
    return error;
}

// ---- parties, issues, sources -------------------------------------------------------------------------------

namespace {
    // What differs between the three small tables: the Dossier calls, the store write, the message and the signals.
    template <typename T> struct Table;

    template <> struct Table<Party> {
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.partyIndex(id); }
        static const Party& at(const Dossier& d, qsizetype i) { return d.parties()[i]; }
        static QString insert(Dossier& d, qsizetype at, const Party& p) { return d.insertParty(at, p); }
        static QString update(Dossier& d, const Party& p) { return d.updateParty(p); }
        static QString remove(Dossier& d, const QString& id) { return d.removeParty(id); }
        static QString move(Dossier& d, qsizetype from, qsizetype to) { return d.moveParty(from, to); }
        static QString write(DossierStore& s, const Dossier& d) { return s.writeParties(d.parties()); }
        static QString unknown(const QString& id) { return Document::tr("Unknown party \"%1\".").arg(id); }
        static constexpr const char* word = "party";
        static void inserted(Document& doc, qsizetype i) { emit doc.partyInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.partyChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.partyRemoved(i); }
        static void moved(Document& doc, qsizetype from, qsizetype to) { emit doc.partyMoved(from, to); }
    };

    template <> struct Table<Issue> {
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.issueIndex(id); }
        static const Issue& at(const Dossier& d, qsizetype i) { return d.issues()[i]; }
        static QString insert(Dossier& d, qsizetype at, const Issue& i) { return d.insertIssue(at, i); }
        static QString update(Dossier& d, const Issue& i) { return d.updateIssue(i); }
        static QString remove(Dossier& d, const QString& id) { return d.removeIssue(id); }
        static QString move(Dossier& d, qsizetype from, qsizetype to) { return d.moveIssue(from, to); }
        static QString write(DossierStore& s, const Dossier& d) { return s.writeIssues(d.issues()); }
        static QString unknown(const QString& id) { return Document::tr("Unknown issue \"%1\".").arg(id); }
        static constexpr const char* word = "issue";
        static void inserted(Document& doc, qsizetype i) { emit doc.issueInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.issueChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.issueRemoved(i); }
        static void moved(Document& doc, qsizetype from, qsizetype to) { emit doc.issueMoved(from, to); }
    };

    template <> struct Table<Source> {
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.sourceIndex(id); }
        static const Source& at(const Dossier& d, qsizetype i) { return d.sources()[i]; }
        static QString insert(Dossier& d, qsizetype at, const Source& s) { return d.insertSource(at, s); }
        static QString update(Dossier& d, const Source& s) { return d.updateSource(s); }
        static QString remove(Dossier& d, const QString& id) { return d.removeSource(id); }
        static QString write(DossierStore& s, const Dossier& d) { return s.writeSources(d.sources()); }
        static QString unknown(const QString& id) { return Document::tr("Unknown source \"%1\".").arg(id); }
        static constexpr const char* word = "source";
        static void inserted(Document& doc, qsizetype i) { emit doc.sourceInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.sourceChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.sourceRemoved(i); }
    };

    template <typename T> QString journalAction(const char* verb, const QString& what)
    {
        return QStringLiteral("%1 %2 %3").arg(QLatin1String(verb), QLatin1String(Table<T>::word), what);
    }
}

template <typename T> QString Document::insertRow(qsizetype at, const T& item)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    if (auto e = Table<T>::insert(m_dossier, at, item); !e.isEmpty())
        return e;
    const auto index = Table<T>::indexOf(m_dossier, item.id);
    const auto error = transact(
        journalAction<T>("insert", item.id), [&] { return Table<T>::write(*m_store, m_dossier); },
        [&] { Table<T>::remove(m_dossier, item.id); });
    if (error.isEmpty())
        Table<T>::inserted(*this, index);
    return error;
}

template <typename T> QString Document::updateRow(const T& item)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    const auto index = Table<T>::indexOf(m_dossier, item.id);
    if (index < 0)
        return Table<T>::unknown(item.id);
    const T old = Table<T>::at(m_dossier, index);
    if (auto e = Table<T>::update(m_dossier, item); !e.isEmpty())
        return e;
    const auto error = transact(
        journalAction<T>("update", item.id), [&] { return Table<T>::write(*m_store, m_dossier); },
        [&] { Table<T>::update(m_dossier, old); });
    if (error.isEmpty())
        Table<T>::changed(*this, index);
    return error;
}

template <typename T> QString Document::removeRow(const QString& id)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    const auto index = Table<T>::indexOf(m_dossier, id);
    if (index < 0)
        return Table<T>::unknown(id);
    const T old = Table<T>::at(m_dossier, index);
    if (auto e = Table<T>::remove(m_dossier, id); !e.isEmpty())
        return e;
    const auto error = transact(
        journalAction<T>("remove", id), [&] { return Table<T>::write(*m_store, m_dossier); },
        [&] { Table<T>::insert(m_dossier, index, old); });
    if (error.isEmpty())
        Table<T>::removed(*this, index);
    return error;
}

template <typename T> QString Document::moveRow(qsizetype from, qsizetype to)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    if (auto e = Table<T>::move(m_dossier, from, to); !e.isEmpty() || from == to)
        return e;
    const auto error = transact(
        journalAction<T>("move", QStringLiteral("%1 to %2").arg(from).arg(to)),
        [&] { return Table<T>::write(*m_store, m_dossier); }, [&] { Table<T>::move(m_dossier, to, from); });
    if (error.isEmpty())
        Table<T>::moved(*this, from, to);
    return error;
}

QString Document::applyInsertParty(qsizetype at, const Party& p) { return insertRow(at, p); }
QString Document::applyUpdateParty(const Party& p) { return updateRow(p); }
QString Document::applyRemoveParty(const QString& id) { return removeRow<Party>(id); }
QString Document::applyMoveParty(qsizetype from, qsizetype to) { return moveRow<Party>(from, to); }
QString Document::applyInsertIssue(qsizetype at, const Issue& i) { return insertRow(at, i); }
QString Document::applyUpdateIssue(const Issue& i) { return updateRow(i); }
QString Document::applyRemoveIssue(const QString& id) { return removeRow<Issue>(id); }
QString Document::applyMoveIssue(qsizetype from, qsizetype to) { return moveRow<Issue>(from, to); }
QString Document::applyInsertSource(qsizetype at, const Source& s) { return insertRow(at, s); }
QString Document::applyUpdateSource(const Source& s) { return updateRow(s); }
QString Document::applyRemoveSource(const QString& id) { return removeRow<Source>(id); }

// ---- histories and scales -----------------------------------------------------------------------------------

QString Document::applyAddPositionChange(const PositionChange& change)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    PositionChange c = change;
    if (c.id == 0)
        c.id = m_dossier.nextChangeId();
    if (c.recordedAt == 0)
        c.recordedAt = now();
    if (c.recordedBy.isEmpty())
        c.recordedBy = m_userName;
    if (auto e = m_dossier.checkPositionChange(c); !e.isEmpty())
        return e;
    if (m_dossier.positionChangeIndex(c.id) >= 0)
        return tr("Duplicate position change id %1.").arg(c.id);
    // Store first, memory after the commit: the history is append-only, so nothing in memory needs reverting.
    if (auto e = transact(
            QStringLiteral("add position change %1").arg(c.id), [&] { return m_store->appendPositionChange(c); },
            [] {});
        !e.isEmpty())
        return e;
    if (auto e = m_dossier.addPositionChange(c); !e.isEmpty())
        return e;
    emit positionChanged(m_dossier.partyIndex(c.partyId), m_dossier.issueIndex(c.issueId));
    return {};
}

QString Document::applyAddStatusChange(const StatusChange& change)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    StatusChange c = change;
    if (c.id == 0)
        c.id = m_dossier.nextChangeId();
    if (c.recordedAt == 0)
        c.recordedAt = now();
    if (c.recordedBy.isEmpty())
        c.recordedBy = m_userName;
    if (auto e = m_dossier.checkStatusChange(c); !e.isEmpty())
        return e;
    if (m_dossier.statusChangeIndex(c.id) >= 0)
        return tr("Duplicate status change id %1.").arg(c.id);
    if (auto e = transact(
            QStringLiteral("add status change %1").arg(c.id), [&] { return m_store->appendStatusChange(c); }, [] {});
        !e.isEmpty())
        return e;
    if (auto e = m_dossier.addStatusChange(c); !e.isEmpty())
        return e;
    emit statusChanged(m_dossier.issueIndex(c.issueId));
    return {};
}

QString Document::applySetPositionRetracted(qint64 id, bool retracted)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    const auto index = m_dossier.positionChangeIndex(id);
    if (index < 0)
        return tr("Unknown position change %1.").arg(id);
    const PositionChange old = m_dossier.positionChanges()[size_t(index)];
    if (old.retracted == retracted)
        return {};
    const qint64 at = now();
    if (auto e = m_dossier.setPositionRetracted(id, retracted, at, m_userName); !e.isEmpty())
        return e;
    const auto error = transact(
        QStringLiteral("%1 position change %2").arg(retracted ? u"retract" : u"restore").arg(id),
        [&] { return m_store->setPositionRetracted(id, retracted, at, m_userName); },
        [&] { m_dossier.setPositionRetracted(id, old.retracted, old.retractedAt, old.retractedBy); });
    if (error.isEmpty())
        emit positionChanged(m_dossier.partyIndex(old.partyId), m_dossier.issueIndex(old.issueId));
    return error;
}

QString Document::applySetStatusRetracted(qint64 id, bool retracted)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    const auto index = m_dossier.statusChangeIndex(id);
    if (index < 0)
        return tr("Unknown status change %1.").arg(id);
    const StatusChange old = m_dossier.statusChanges()[size_t(index)];
    if (old.retracted == retracted)
        return {};
    const qint64 at = now();
    if (auto e = m_dossier.setStatusRetracted(id, retracted, at, m_userName); !e.isEmpty())
        return e;
    const auto error = transact(
        QStringLiteral("%1 status change %2").arg(retracted ? u"retract" : u"restore").arg(id),
        [&] { return m_store->setStatusRetracted(id, retracted, at, m_userName); },
        [&] { m_dossier.setStatusRetracted(id, old.retracted, old.retractedAt, old.retractedBy); });
    if (error.isEmpty())
        emit statusChanged(m_dossier.issueIndex(old.issueId));
    return error;
}

QString Document::applyScales(const QList<ScaleLevel>& stance, const QList<ScaleLevel>& status)
{
    ClearOnExit guard { m_nextAction };
    if (auto e = refuseIfClosed(); !e.isEmpty())
        return e;
    const auto oldStance = m_dossier.stanceScale();
    const auto oldStatus = m_dossier.statusScale();
    if (auto e = m_dossier.setStanceScale(stance); !e.isEmpty())
        return e;
    if (auto e = m_dossier.setStatusScale(status); !e.isEmpty()) {
        m_dossier.setStanceScale(oldStance);
        return e;
    }
    const auto error = transact(
        QStringLiteral("scales"), [&] { return m_store->writeScales(stance, status); },
        [&] {
            m_dossier.setStanceScale(oldStance);
            m_dossier.setStatusScale(oldStatus);
        });
    if (error.isEmpty())
        emit scalesChanged();
    return error;
}

} // namespace Entente
