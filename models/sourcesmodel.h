// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The sources table: outlet, title, URL, publication date (its precision kept), Admiralty reliability (A…F) and
// credibility (1…6), and the analyst's note. Keeps a snapshot of the source list (see PartiesModel). Every column
// is editable; each edit goes through Command::editSource (undoable). An edit the model cannot take (a date that
// does not parse, a grade outside the scale) changes nothing and is announced by editRefused() with the reason.

#include "result.h"
#include "types.h"

#include <QAbstractTableModel>

namespace Entente {

class Document;

class SourcesModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column {
        OutletColumn,
        TitleColumn,
        UrlColumn,
        PublishedColumn,
        ReliabilityColumn,
        CredibilityColumn,
        NoteColumn,
        ColumnCount
    };
    enum Role {
        SourceIdRole = Qt::UserRole + 1,
        SortRole,
        ChoicesRole, // the values a column may take (QStringList), for a choice editor; empty for free text
        ChoiceLabelsRole, // what each of them means ("B — Usually reliable"), in the same order
        GradingRole, // the source's grading, "B2"
    };

    explicit SourcesModel(Document* doc, QObject* parent = nullptr);

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;
    [[nodiscard]] Qt::ItemFlags flags(const QModelIndex& index) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;

    // The source a column edit would give, or the reason it cannot be taken (shared with the source dialog's
    // checks: a published date is ISO 8601 with the precision its length carries, empty for none).
    [[nodiscard]] static Result<PartialDate> parsePublished(const QString& text);
    [[nodiscard]] static QString precisionText(Precision p); // "known to the month"

signals:
    void editRefused(const QString& message);

private:
    Document* m_doc = nullptr;
    QList<Source> m_items;
};

} // namespace Entente
