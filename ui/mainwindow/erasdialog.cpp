// SPDX-License-Identifier: GPL-3.0-or-later
#include "erasdialog.h"

#include "commands.h"
#include "document.h"
#include "erasmodel.h"
#include "mainwindow_p.h"

#include <QColorDialog>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Entente {

namespace {
    constexpr auto DefaultEraColor = "#f4d03f";
}

ErasDialog::ErasDialog(Document* doc, QWidget* parent)
    : QDialog(parent)
    , m_doc(doc)
    , m_model(new ErasModel(doc, this))
{
    setObjectName(QStringLiteral("erasDialog"));
    setWindowTitle(tr("Eras"));

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("erasTable"));
    m_table->setAccessibleName(tr("Eras"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->horizontalHeader()->setSectionResizeMode(ErasModel::NameColumn, QHeaderView::Stretch);

    auto line = [this](const QString& objectName, const QString& accessible, const QString& placeholder) {
        auto* e = new QLineEdit(this);
        e->setObjectName(objectName);
        e->setAccessibleName(accessible);
        e->setPlaceholderText(placeholder);
        return e;
    };
    m_name = line(QStringLiteral("eraName"), tr("Era name"), tr("Berlin round"));
    m_start = line(QStringLiteral("eraStart"), tr("Start"), tr("2025, 2025-12 or 2025-12-16"));
    m_end = line(QStringLiteral("eraEnd"), tr("End"), tr("2025, 2025-12 or 2025-12-16"));
    m_color = line(QStringLiteral("eraColor"), tr("Colour"), QStringLiteral("#f4d03f"));
    m_chooseColor = new QPushButton(tr("C&hoose…"), this);
    m_chooseColor->setObjectName(QStringLiteral("eraChooseColor"));
    auto* colorRow = new QHBoxLayout;
    colorRow->addWidget(m_color, 1);
    colorRow->addWidget(m_chooseColor);
    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("&End:"), m_end);
    auto* colorLabel = new QLabel(tr("&Colour:"), this);
    colorLabel->setBuddy(m_color); // a row holding a layout gets no buddy by itself
    form->addRow(colorLabel, colorRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("eraMessage"));
    m_message->setTextFormat(Qt::PlainText);
    m_message->setWordWrap(true);

    m_add = new QPushButton(tr("&Add era"), this);
    m_add->setObjectName(QStringLiteral("eraAdd"));
    m_apply = new QPushButton(tr("A&pply"), this);
    m_apply->setObjectName(QStringLiteral("eraApply"));
    m_remove = new QPushButton(tr("&Remove era"), this);
    m_remove->setObjectName(QStringLiteral("eraRemove"));
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_add, QDialogButtonBox::ActionRole);
    buttons->addButton(m_apply, QDialogButtonBox::ActionRole);
    buttons->addButton(m_remove, QDialogButtonBox::ActionRole);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_add, &QPushButton::clicked, this, &ErasDialog::addEra);
    connect(m_apply, &QPushButton::clicked, this, &ErasDialog::applyEra);
    connect(m_remove, &QPushButton::clicked, this, &ErasDialog::removeEra);
    connect(m_chooseColor, &QPushButton::clicked, this, [this] {
        const QColor initial = QColor::fromString(m_color->text().trimmed());
        const QColor c = QColorDialog::getColor(
            initial.isValid() ? initial : QColor::fromString(DefaultEraColor), this, tr("Era colour"));
        if (c.isValid())
            m_color->setText(c.name());
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ErasDialog::showCurrent);
    // Undo, redo and other windows change the eras too: the form follows the selected era.
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ErasDialog::showCurrent);
    // A message about the last edit is stale once the eras change again (undo, redo); an edit made here
    // sets its own message after its signals.
    for (const auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, m_message, &QLabel::clear);
    connect(m_model, &QAbstractItemModel::dataChanged, m_message, &QLabel::clear);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ErasDialog::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ErasDialog::updateButtons);

    if (m_model->rowCount() > 0)
        m_table->setCurrentIndex(m_model->index(0, 0));
    else
        prepareNewEra(m_doc->asOf());
    updateButtons();
    resize(520, 420);
}

QString ErasDialog::currentEraId() const
{
    const QModelIndex i = m_table->currentIndex();
    return i.isValid() ? m_model->data(i, ErasModel::EraIdRole).toString() : QString();
}

QString ErasDialog::message() const { return m_message->text(); }

void ErasDialog::selectEra(const QString& id)
{
    const int row = m_model->rowOf(id);
    if (row >= 0)
        m_table->setCurrentIndex(m_model->index(row, 0));
}

void ErasDialog::prepareNewEra(qint64 startMsecs)
{
    m_table->setCurrentIndex({});
    m_table->clearSelection();
    const QDate day = QDateTime::fromMSecsSinceEpoch(startMsecs, Qt::UTC).date();
    m_name->clear();
    m_start->setText(day.toString(Qt::ISODate));
    m_end->setText(day.addDays(6).toString(Qt::ISODate));
    m_color->setText(QString::fromLatin1(DefaultEraColor));
    m_message->clear();
    m_name->setFocus();
    updateButtons();
}

void ErasDialog::showCurrent()
{
    const QModelIndex i = m_table->currentIndex();
    if (i.isValid()) {
        const int row = i.row();
        m_name->setText(m_model->data(m_model->index(row, ErasModel::NameColumn), Qt::EditRole).toString());
        m_start->setText(m_model->data(m_model->index(row, ErasModel::StartColumn), Qt::EditRole).toString());
        m_end->setText(m_model->data(m_model->index(row, ErasModel::EndColumn), Qt::EditRole).toString());
        const QVariant c = m_model->data(m_model->index(row, ErasModel::NameColumn), Qt::DecorationRole);
        m_color->setText(c.isValid() ? c.value<QColor>().name() : QString());
    }
    updateButtons();
}

void ErasDialog::updateButtons()
{
    const bool selected = m_table->currentIndex().isValid();
    m_apply->setEnabled(selected);
    m_remove->setEnabled(selected);
}

void ErasDialog::say(const QString& text, bool error)
{
    m_message->setText(text);
    // A refusal reads in the palette's link colour, which both themes keep readable on the window.
    QPalette p = palette();
    if (error)
        p.setColor(QPalette::WindowText, p.color(QPalette::LinkVisited));
    m_message->setPalette(p);
}

void ErasDialog::addEra()
{
    const Dossier& d = m_doc->dossier();
    const QString id = MainWindowPrivate::freeId(
        QStringLiteral("era"), d.eras().size() + 1, [&](const QString& x) { return d.eraIndex(x) >= 0; });
    const auto era = ErasModel::eraFrom(id, m_name->text(), m_start->text(), m_end->text(), m_color->text());
    if (!era.ok())
        return say(era.message(), true);
    const auto edit = Command::addEra(m_doc, era.value());
    if (!edit.ok())
        return say(edit.message(), true);
    selectEra(id);
    say(tr("Added era “%1”.").arg(era.value().name), false);
}

void ErasDialog::applyEra()
{
    const QString id = currentEraId();
    if (id.isEmpty())
        return say(tr("Select the era to change."), true);
    const auto era = ErasModel::eraFrom(id, m_name->text(), m_start->text(), m_end->text(), m_color->text());
    if (!era.ok())
        return say(era.message(), true);
    const auto edit = Command::editEra(m_doc, era.value());
    if (!edit.ok())
        return say(edit.message(), true);
    say(edit.value().changed ? tr("Changed era “%1”.").arg(era.value().name) : tr("Nothing to change."), false);
}

void ErasDialog::removeEra()
{
    const QString id = currentEraId();
    if (id.isEmpty())
        return say(tr("Select the era to remove."), true);
    const QString name = m_doc->dossier().eras().value(m_doc->dossier().eraIndex(id)).name;
    const auto edit = Command::removeEra(m_doc, id);
    if (!edit.ok())
        return say(edit.message(), true);
    say(tr("Removed era “%1” (Edit ▸ Undo brings it back).").arg(name), false);
    showCurrent();
}

} // namespace Entente
