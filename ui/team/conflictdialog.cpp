// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include "document.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Entente {

ConflictDialog::ConflictDialog(Document* document, QWidget* parent)
    : QDialog(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("conflictDialog"));
    setWindowTitle(tr("Someone else changed this"));
    auto* layout = new QVBoxLayout(this);
    m_intro = new QLabel(this);
    m_intro->setObjectName(QStringLiteral("conflictIntro"));
    m_intro->setTextFormat(Qt::PlainText);
    m_intro->setWordWrap(true);
    layout->addWidget(m_intro);
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("conflictFields"));
    m_table->setHorizontalHeaderLabels({ tr("Field"), tr("Yours (tick to keep)"), tr("Theirs (stored now)") });
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_table);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("conflictError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->hide();
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(this);
    auto* theirs = buttons->addButton(tr("Take Theirs"), QDialogButtonBox::RejectRole);
    theirs->setObjectName(QStringLiteral("takeTheirs"));
    auto* mergeButton = buttons->addButton(tr("Merge Ticked Fields"), QDialogButtonBox::ApplyRole);
    mergeButton->setObjectName(QStringLiteral("merge"));
    auto* mine = buttons->addButton(tr("Keep Mine"), QDialogButtonBox::AcceptRole);
    mine->setObjectName(QStringLiteral("keepMine"));
    connect(theirs, &QPushButton::clicked, this, &ConflictDialog::takeTheirs);
    connect(mergeButton, &QPushButton::clicked, this, &ConflictDialog::merge);
    connect(mine, &QPushButton::clicked, this, &ConflictDialog::keepMine);
    layout->addWidget(buttons);
    connect(m_document, &Document::conflictDetected, this, &ConflictDialog::showConflict);
    showConflict();
    resize(640, 320);
}

void ConflictDialog::showConflict()
{
    const auto& conflict = m_document->pendingConflict();
    m_table->setRowCount(0);
    if (!conflict)
        return;
    m_intro->setText(tr("Another analyst changed %1 after you read it, so your edit was not written. Nothing has "
                        "been overwritten: choose what to keep.")
                         .arg(conflict->what));
    m_table->setRowCount(int(conflict->fields.size()));
    for (int i = 0; i < conflict->fields.size(); ++i) {
        const auto& f = conflict->fields[i];
        m_table->setItem(i, 0, new QTableWidgetItem(f.label));
        auto* mine = new QTableWidgetItem(f.mine);
        mine->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
        mine->setCheckState(Qt::Checked);
        m_table->setItem(i, 1, mine);
        m_table->setItem(i, 2, new QTableWidgetItem(f.theirs));
    }
}

QList<bool> ConflictDialog::keptMine() const
{
    QList<bool> out;
    for (int i = 0; i < m_table->rowCount(); ++i)
        out << (m_table->item(i, 1)->checkState() == Qt::Checked);
    return out;
}

void ConflictDialog::keepMine() { resolve(QList<bool>(m_table->rowCount(), true)); }
void ConflictDialog::takeTheirs() { resolve(QList<bool>(m_table->rowCount(), false)); }
void ConflictDialog::merge() { resolve(keptMine()); }

void ConflictDialog::resolve(const QList<bool>& takeMine)
{
    const Status st = m_document->resolveConflict(takeMine);
    if (st.ok()) {
        accept();
        return;
    }
    m_error->setText(st.message());
    m_error->show();
    if (!m_document->pendingConflict())
        reject();
}

} // namespace Entente
