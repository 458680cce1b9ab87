// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The open dossier's notes and key judgements as a table (the Notes dock), in the dossier's order; rows follow
// Document's noteInserted/Changed/Removed one by one (reset only with the document). NotesFilter narrows it to
// one kind: key judgements, plain notes, or the notes pinned to one kind of thing.

#include "types.h"

#include <QAbstractTableModel>
#include <QSortFilterProxyModel>

namespace Entente {

class Document;
class Dossier;

[[nodiscard]] QString confidenceLabel(Confidence c); // "low", "moderate", "high" (translated)
// What a note is pinned to, for people: "Russia on NATO membership", "16 Dec 2025", "event “Talks in Berlin”".
[[nodiscard]] QString notePinnedText(const Dossier& d, const Note& n);
// The evidence of a key judgement, each citation graded: "Reuters D3 — an unnamed US official; …".
[[nodiscard]] QString noteEvidenceText(const Dossier& d, const Note& n);

class NotesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { KindColumn, PinnedColumn, TextColumn, ConfidenceColumn, EvidenceColumn, AuthorColumn, RecordedColumn,
        ColumnCount };
    enum Role {
        NoteIdRole = Qt::UserRole + 1,
        TargetRole, // the NoteTarget's key ("cell", "event", …)
        KeyJudgementRole,
    };

    explicit NotesModel(Document* doc, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

private:
    Document* m_doc = nullptr;
    QList<Note> m_items;
};

class NotesFilter : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit NotesFilter(QObject* parent = nullptr);
    // "" (all), "judgement" (key judgements), "note" (plain notes) or a target key ("cell", "event", …).
    void setKind(const QString& kind);
    [[nodiscard]] QString kind() const { return m_kind; }

protected:
    [[nodiscard]] bool filterAcceptsRow(int row, const QModelIndex& parent) const override;

private:
    QString m_kind;
};

} // namespace Entente
