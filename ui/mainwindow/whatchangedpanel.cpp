// SPDX-License-Identifier: GPL-3.0-or-later
#include "citations.h"
#include "whatchangedpanel.h"

#include "document.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace Entente {

WhatChangedPanel::WhatChangedPanel(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("whatChangedPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    m_heading = new QLabel(this);
    m_heading->setObjectName(QStringLiteral("whatChangedHeading"));
    m_heading->setTextFormat(Qt::PlainText);
    m_heading->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("whatChangedTree"));
    m_tree->setAccessibleName(tr("What changed"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({ tr("Change"), tr("Change record and sources") });
    m_tree->header()->setStretchLastSection(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setWordWrap(false);
    layout->addWidget(m_heading);
    layout->addWidget(m_tree, 1);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem* item) { activate(item); });
}

void WhatChangedPanel::setPeriod(qint64 from, qint64 to)
{
    m_from = from;
    m_to = to;
    refresh();
}

void WhatChangedPanel::refresh()
{
    const Dossier& d = m_document->dossier();
    m_digest = WhatChanged::compute(d, m_from, m_to);
    using K = WhatChanged::Kind;
    const auto day = [](qint64 ms) { return PartialDate::fromMsecs(ms, Precision::Day).display(); };
    m_heading->setText(tr("From %1 to %2: %3 new, %4 withdrawn, %5 stance moves, %6 salience moves, %7 status changes, %8 events")
                           .arg(day(m_from), day(m_to))
                           .arg(m_digest.count(K::NewPosition))
                           .arg(m_digest.count(K::Withdrawn))
                           .arg(m_digest.count(K::StanceMove))
                           .arg(m_digest.count(K::SalienceMove))
                           .arg(m_digest.count(K::StatusChange))
                           .arg(m_digest.events.size()));
    m_tree->clear();
    const EventStore& store = d.events();
    for (const auto& g : m_digest.issues) {
        auto* top = new QTreeWidgetItem(m_tree, { g.issueName });
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        for (const auto& e : g.entries) {
            QString ref;
            if (e.changeId != 0) {
                ref = tr("Change %1, effective %2").arg(e.changeId).arg(e.effective.display());
                QStringList sources;
                for (const auto& v : citationViews(d, e.sources, e.claims))
                    sources << citationText(v, false);
                if (!sources.isEmpty())
                    ref += QStringLiteral(" · ") + sources.join(QStringLiteral(", "));
            }
            auto* item = new QTreeWidgetItem(top, { describeWhatChangedEntry(d, e), ref });
            item->setData(0, KindRole, WhatChanged::kindName(e.kind));
            item->setData(0, PartyRole, int(e.partyId.isEmpty() ? -1 : d.partyIndex(e.partyId)));
            item->setData(0, IssueRole, int(d.issueIndex(e.issueId)));
            item->setData(0, ChangeRole, e.changeId);
            if (!e.note.isEmpty())
                item->setToolTip(0, e.note.toHtmlEscaped());
        }
        for (qint64 id : g.events) {
            const qsizetype row = store.rowOfId(id);
            if (row < 0)
                continue;
            auto* item = new QTreeWidgetItem(top,
                { tr("Event: %1").arg(store.title(row).toString()), store.startDate(row).display() });
            item->setData(0, KindRole, QStringLiteral("event"));
            item->setData(0, EventRole, id);
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(0);
}

void WhatChangedPanel::activate(QTreeWidgetItem* item)
{
    if (!item)
        return;
    const QString kind = item->data(0, KindRole).toString();
    if (kind == u"event")
        emit eventRequested(item->data(0, EventRole).toLongLong());
    else if (!kind.isEmpty())
        emit cellRequested(item->data(0, PartyRole).toInt(), item->data(0, IssueRole).toInt());
}

} // namespace Entente
