// SPDX-License-Identifier: GPL-3.0-or-later
#include "savedviewspanel.h"

#include "commands.h"
#include "document.h"
#include "forecastscenario.h"

#include <QHBoxLayout>
#include <QInputDialog>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace Entente {

SavedViewsPanel::SavedViewsPanel(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("savedViewsPanel"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("savedViewsList"));
    m_list->setAccessibleName(tr("Saved views"));
    auto* save = new QPushButton(tr("&Save Current…"), this);
    save->setObjectName(QStringLiteral("savedViewsSave"));
    m_apply = new QPushButton(tr("A&pply"), this);
    m_apply->setObjectName(QStringLiteral("savedViewsApply"));
    m_rename = new QPushButton(tr("Re&name…"), this);
    m_rename->setObjectName(QStringLiteral("savedViewsRename"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("savedViewsDelete"));
    auto* bar = new QHBoxLayout;
    bar->addWidget(save);
    bar->addWidget(m_apply);
    bar->addWidget(m_rename);
    bar->addWidget(m_delete);
    bar->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_list, 1);

    connect(save, &QPushButton::clicked, this, &SavedViewsPanel::saveRequested);
    connect(m_apply, &QPushButton::clicked, this, [this] {
        if (const QString id = currentViewId(); !id.isEmpty())
            emit applyRequested(id);
    });
    connect(m_list, &QListWidget::itemActivated, this,
        [this](QListWidgetItem* item) { emit applyRequested(item->data(Qt::UserRole).toString()); });
    connect(m_rename, &QPushButton::clicked, this, [this] {
        auto* item = m_list->currentItem();
        if (!item)
            return;
        bool ok = false;
        const QString name = QInputDialog::getText(
            this, tr("Rename View"), tr("New name:"), QLineEdit::Normal, item->data(NameRole).toString(), &ok);
        if (ok)
            renameCurrent(name);
    });
    connect(m_delete, &QPushButton::clicked, this, &SavedViewsPanel::deleteCurrent);
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        const bool any = m_list->currentItem() != nullptr;
        m_apply->setEnabled(any);
        m_rename->setEnabled(any && !m_document->isReadOnly());
        m_delete->setEnabled(any && !m_document->isReadOnly());
    });
    for (auto signal : { &Document::savedViewInserted, &Document::savedViewChanged, &Document::savedViewRemoved })
        connect(m_document, signal, this, &SavedViewsPanel::rebuild);
    connect(m_document, &Document::reset, this, &SavedViewsPanel::rebuild);
    // A scenario's tooltip names its issue and parties.
    connect(m_document, &Document::partyChanged, this, &SavedViewsPanel::rebuild);
    connect(m_document, &Document::issueChanged, this, &SavedViewsPanel::rebuild);
    rebuild();
}

void SavedViewsPanel::rebuild()
{
    const QString current = currentViewId();
    m_list->clear();
    const Dossier& d = m_document->dossier();
    for (const auto& v : d.savedViews()) {
        auto* item = new QListWidgetItem(v.name, m_list);
        item->setData(Qt::UserRole, v.id);
        item->setData(NameRole, v.name);
        if (v.scenario) {
            // Which views carry a forecast scenario: marked in the text (read by screen readers too), the
            // scenario in the tooltip (plain text: names are data).
            item->setText(tr("%1 — scenario").arg(v.name));
            const auto issue = d.issueIndex(v.scenario->issue);
            const auto model = forecastModelFromKey(v.scenario->model);
            QStringList lines { tr("Forecast scenario on %1, %2")
                                    .arg(issue >= 0 ? d.issues()[issue].name : v.scenario->issue,
                                        model ? forecastModelName(*model) : v.scenario->model) };
            lines << ForecastScenario { v.scenario->overrides }.describe(d);
            item->setToolTip(lines.join(u'\n'));
        }
        if (v.id == current)
            m_list->setCurrentItem(item);
    }
    emit m_list->currentRowChanged(m_list->currentRow());
}

QString SavedViewsPanel::currentViewId() const
{
    return m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
}

bool SavedViewsPanel::renameCurrent(const QString& name)
{
    const QString id = currentViewId();
    if (id.isEmpty())
        return false;
    const auto r = Command::renameView(m_document, id, name);
    if (!r.ok())
        emit message(r.message());
    return r.ok();
}

bool SavedViewsPanel::deleteCurrent()
{
    const QString id = currentViewId();
    if (id.isEmpty())
        return false;
    const auto r = Command::removeView(m_document, id);
    if (!r.ok())
        emit message(r.message());
    return r.ok();
}

} // namespace Entente
