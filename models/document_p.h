// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What document.cpp and documentbackground.cpp share: the journal-action guard and the one-transaction write.

#include "document.h"
#include "dossierstore.h"

namespace Entente {

// Clears the pending journal action however an apply* returns.
struct ClearOnExit {
    QString& text;
    ~ClearOnExit() { text.clear(); }
};

namespace DocumentDetail {
    // What differs between the small tables: the Dossier calls, the row kind, the message and the signals.
    template <typename T> struct Table;

    template <> struct Table<Party> {
        static constexpr RowKind kind = RowKind::Party;
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.partyIndex(id); }
        static const QList<Party>& all(const Dossier& d) { return d.parties(); }
        static Status insert(Dossier& d, qsizetype at, const Party& p) { return d.insertParty(at, p); }
        static Status update(Dossier& d, const Party& p) { return d.updateParty(p); }
        static Status remove(Dossier& d, const QString& id) { return d.removeParty(id); }
        static Status move(Dossier& d, qsizetype from, qsizetype to) { return d.moveParty(from, to); }
        static QString unknown(const QString& id) { return Document::tr("Unknown party \"%1\".").arg(id); }
        static constexpr const char* word = "party";
        static void inserted(Document& doc, qsizetype i) { emit doc.partyInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.partyChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.partyRemoved(i); }
        static void moved(Document& doc, qsizetype from, qsizetype to) { emit doc.partyMoved(from, to); }
    };

    template <> struct Table<Issue> {
        static constexpr RowKind kind = RowKind::Issue;
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.issueIndex(id); }
        static const QList<Issue>& all(const Dossier& d) { return d.issues(); }
        static Status insert(Dossier& d, qsizetype at, const Issue& i) { return d.insertIssue(at, i); }
        static Status update(Dossier& d, const Issue& i) { return d.updateIssue(i); }
        static Status remove(Dossier& d, const QString& id) { return d.removeIssue(id); }
        static Status move(Dossier& d, qsizetype from, qsizetype to) { return d.moveIssue(from, to); }
        static QString unknown(const QString& id) { return Document::tr("Unknown issue \"%1\".").arg(id); }
        static constexpr const char* word = "issue";
        static void inserted(Document& doc, qsizetype i) { emit doc.issueInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.issueChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.issueRemoved(i); }
        static void moved(Document& doc, qsizetype from, qsizetype to) { emit doc.issueMoved(from, to); }
    };

    template <> struct Table<Source> {
        static constexpr RowKind kind = RowKind::Source;
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.sourceIndex(id); }
        static const QList<Source>& all(const Dossier& d) { return d.sources(); }
        static Status insert(Dossier& d, qsizetype at, const Source& s) { return d.insertSource(at, s); }
        static Status update(Dossier& d, const Source& s) { return d.updateSource(s); }
        static Status remove(Dossier& d, const QString& id) { return d.removeSource(id); }
        static QString unknown(const QString& id) { return Document::tr("Unknown source \"%1\".").arg(id); }
        static constexpr const char* word = "source";
        static void inserted(Document& doc, qsizetype i) { emit doc.sourceInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.sourceChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.sourceRemoved(i); }
    };

    template <> struct Table<Era> {
        static constexpr RowKind kind = RowKind::Era;
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.eraIndex(id); }
        static const QList<Era>& all(const Dossier& d) { return d.eras(); }
        static Status insert(Dossier& d, qsizetype at, const Era& e) { return d.insertEra(at, e); }
        static Status update(Dossier& d, const Era& e) { return d.updateEra(e); }
        static Status remove(Dossier& d, const QString& id) { return d.removeEra(id); }
        static QString unknown(const QString& id) { return Document::tr("Unknown era \"%1\".").arg(id); }
        static constexpr const char* word = "era";
        static void inserted(Document& doc, qsizetype i) { emit doc.eraInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.eraChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.eraRemoved(i); }
    };

    template <> struct Table<Note> {
        static constexpr RowKind kind = RowKind::Note;
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.noteIndex(id); }
        static const QList<Note>& all(const Dossier& d) { return d.notes(); }
        static Status insert(Dossier& d, qsizetype at, const Note& n) { return d.insertNote(at, n); }
        static Status update(Dossier& d, const Note& n) { return d.updateNote(n); }
        static Status remove(Dossier& d, const QString& id) { return d.removeNote(id); }
        static QString unknown(const QString& id) { return Document::tr("Unknown note \"%1\".").arg(id); }
        static constexpr const char* word = "note";
        static void inserted(Document& doc, qsizetype i) { emit doc.noteInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.noteChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.noteRemoved(i); }
    };

    template <> struct Table<SavedView> {
        static constexpr RowKind kind = RowKind::SavedView;
        static qsizetype indexOf(const Dossier& d, const QString& id) { return d.savedViewIndex(id); }
        static const QList<SavedView>& all(const Dossier& d) { return d.savedViews(); }
        static Status insert(Dossier& d, qsizetype at, const SavedView& v) { return d.insertSavedView(at, v); }
        static Status update(Dossier& d, const SavedView& v) { return d.updateSavedView(v); }
        static Status remove(Dossier& d, const QString& id) { return d.removeSavedView(id); }
        static QString unknown(const QString& id) { return Document::tr("Unknown view \"%1\".").arg(id); }
        static constexpr const char* word = "view";
        static void inserted(Document& doc, qsizetype i) { emit doc.savedViewInserted(i); }
        static void changed(Document& doc, qsizetype i) { emit doc.savedViewChanged(i); }
        static void removed(Document& doc, qsizetype i) { emit doc.savedViewRemoved(i); }
    };
} // namespace DocumentDetail

template <typename Write, typename Revert>
Status Document::transact(const QString& defaultAction, Write&& write, Revert&& revert)
{
    if (!m_store)
        return {};
    const QString action = m_nextAction.isEmpty() ? defaultAction : m_nextAction;
    Status result = m_store->begin();
    if (result.ok()) {
        result = write();
        if (result.ok())
            result = m_store->journal(action, defaultAction);
        if (result.ok())
            result = m_store->commit();
        if (!result.ok())
            m_store->rollback();
    }
    if (!result.ok()) {
        revert();
        m_lastWriteError = result.error();
        emit writeFailed(result.message());
        if (result.error().kind() == Error::Kind::Unavailable)
            connectionLost(result.message());
    } else {
        emit journalAppended();
    }
    return result;
}

} // namespace Entente
