// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The Activity dock's table: the dossier's journal (who did what, when), newest first, live. It shows the
// analysts' actions ("Set Russia on NATO membership to Opposes", "Undo …"), not the row-level lines the store
// writes beside them, and filters by analyst and by a date range in the model (a journal stays small next to
// the events). Document::journalAppended() appends what is new; reset() reads it again.

#include "journalentry.h"

#include <QAbstractTableModel>

#include <vector>

namespace Entente {

class Document;

class ActivityModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { WhenColumn, WhoColumn, WhatColumn, ColumnCount };
    enum Role { AtRole = Qt::UserRole + 1, AnalystRole, JournalIdRole };

    explicit ActivityModel(Document* document, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // Only this analyst's lines; empty: everyone's.
    void setAnalyst(const QString& analyst);
    [[nodiscard]] QString analyst() const { return m_analyst; }
    // Only lines from `from` (inclusive) to `to` (exclusive), msecs UTC; 0 leaves that end open.
    void setDateRange(qint64 from, qint64 to);
    // Everyone who appears in the journal, sorted.
    [[nodiscard]] QStringList analysts() const;
    [[nodiscard]] QString lastError() const { return m_error; }

    // Whether a journal line is the store's own row-level line ("party.update", "meta") rather than an action.
    [[nodiscard]] static bool isRowLine(const JournalEntry& e);

public slots:
    void reload();
    void fetchNew();

signals:
    void analystsChanged();

private:
    [[nodiscard]] bool accepts(const JournalEntry& e) const;
    void refilter();

    Document* m_document = nullptr;
    std::vector<JournalEntry> m_all; // oldest first
    std::vector<qsizetype> m_shown; // indexes into m_all, newest first
    qint64 m_lastId = 0;
    QString m_analyst;
    qint64 m_from = 0;
    qint64 m_to = 0;
    QString m_error;
};

} // namespace Entente
