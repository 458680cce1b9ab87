// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespanel.h"

#include "commands.h"
#include "document.h"
#include "notesmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Entente {

NotesPanel::NotesPanel(Document* document, NotesModel* model, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_model(model)
{
    setObjectName(QStringLiteral("notesPanel"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("notesKind"));
    m_kind->setAccessibleName(tr("Show notes of kind"));
    m_kind->addItem(tr("All notes"), QString());
    m_kind->addItem(tr("Key judgements"), QStringLiteral("judgement"));
    m_kind->addItem(tr("Plain notes"), QStringLiteral("note"));
    m_kind->addItem(tr("On dates"), QStringLiteral("date"));
    m_kind->addItem(tr("On cells"), QStringLiteral("cell"));
    m_kind->addItem(tr("On issues"), QStringLiteral("issue"));
    m_kind->addItem(tr("On parties"), QStringLiteral("party"));
    m_kind->addItem(tr("On events"), QStringLiteral("event"));
    m_kind->addItem(tr("On eras"), QStringLiteral("era"));
    m_filter = new NotesFilter(this);
    m_filter->setSourceModel(model);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("notesView"));
    m_view->setAccessibleName(tr("Notes"));
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(NotesModel::TextColumn, QHeaderView::Stretch);
    auto* add = new QPushButton(tr("&Add…"), this);
    add->setObjectName(QStringLiteral("notesAdd"));
    m_edit = new QPushButton(tr("&Edit…"), this);
    m_edit->setObjectName(QStringLiteral("notesEdit"));
    m_remove = new QPushButton(tr("&Remove"), this);
    m_remove->setObjectName(QStringLiteral("notesRemove"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(m_kind, 1);
    bar->addWidget(add);
    bar->addWidget(m_edit);
    bar->addWidget(m_remove);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);

    connect(m_kind, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setKind(m_kind->currentData().toString()); });
    connect(add, &QPushButton::clicked, this, &NotesPanel::addRequested);
    connect(m_edit, &QPushButton::clicked, this, [this] {
        if (const QString id = currentNoteId(); !id.isEmpty())
            emit editRequested(id);
    });
    connect(m_remove, &QPushButton::clicked, this, &NotesPanel::removeCurrent);
    // Activated: a double-click, or Return on the current note (keyboard access).
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& i) {
        emit noteActivated(i.data(NotesModel::NoteIdRole).toString());
    });
    auto update = [this] {
        const bool any = !currentNoteId().isEmpty();
        m_edit->setEnabled(any && !m_document->isReadOnly());
        m_remove->setEnabled(any && !m_document->isReadOnly());
    };
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, update);
    connect(m_filter, &QAbstractItemModel::modelReset, this, update);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, update);
    update();
}

QString NotesPanel::currentNoteId() const
{
    return m_view->currentIndex().data(NotesModel::NoteIdRole).toString();
}

void NotesPanel::selectNote(const QString& id)
{
    for (int r = 0; r < m_filter->rowCount(); ++r)
        if (m_filter->index(r, 0).data(NotesModel::NoteIdRole).toString() == id) {
            m_view->setCurrentIndex(m_filter->index(r, NotesModel::TextColumn));
            return;
        }
}

void NotesPanel::removeCurrent()
{
    const QString id = currentNoteId();
    if (id.isEmpty())
        return;
    const auto r = Command::removeNote(m_document, id);
    if (!r.ok())
        emit message(r.message());
}

} // namespace Entente
