// SPDX-License-Identifier: GPL-3.0-or-later
#include "chartpanel.h"

#include "charts/chartbuilder.h"
#include "charts/chartpaintable.h"
#include "charts/chartview.h"
#include "document.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Entente {

ChartPanel::ChartPanel(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("chartPanel"));
    auto* bar = new QHBoxLayout;
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_kind->setAccessibleName(tr("Chart"));
    m_kind->addItem(tr("Position history"), int(ChartKind::History));
    m_kind->addItem(tr("Convergence"), int(ChartKind::Convergence));
    m_kind->addItem(tr("Activity"), int(ChartKind::Activity));
    m_kind->addItem(tr("Stance distribution"), int(ChartKind::Distribution));
    m_issue = new QComboBox(this);
    m_issue->setObjectName(QStringLiteral("chartIssue"));
    m_issue->setAccessibleName(tr("Issue"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("chartPeriod"));
    m_period->setAccessibleName(tr("Period"));
    m_period->addItem(tr("Per day"), QStringLiteral("day"));
    m_period->addItem(tr("Per week"), QStringLiteral("week"));
    m_period->addItem(tr("Per month"), QStringLiteral("month"));
    m_period->setCurrentIndex(2);
    auto* kindLabel = new QLabel(tr("C&hart:"), this);
    kindLabel->setBuddy(m_kind);
    auto* issueLabel = new QLabel(tr("Iss&ue:"), this);
    issueLabel->setBuddy(m_issue);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kind);
    bar->addWidget(issueLabel);
    bar->addWidget(m_issue, 1);
    bar->addWidget(m_period);
    m_view = new ChartView(m_document->dossier(), ChartSpec {}, this);
    m_view->setObjectName(QStringLiteral("chartView"));
    m_view->setAccessibleName(tr("Chart"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ChartPanel::updateSpec);
    connect(m_issue, &QComboBox::currentIndexChanged, this, &ChartPanel::updateSpec);
    connect(m_period, &QComboBox::currentIndexChanged, this, &ChartPanel::updateSpec);
    connect(m_document, &Document::asOfChanged, this, [this](qint64 t) { m_view->setAsOf(t); });
    connect(m_document, &Document::reset, this, &ChartPanel::rebuildIssues);
    connect(m_document, &Document::eventsReset, this, &ChartPanel::updateSpec);
    connect(m_document, &Document::issueInserted, this, &ChartPanel::rebuildIssues);
    connect(m_document, &Document::issueRemoved, this, &ChartPanel::rebuildIssues);
    connect(m_document, &Document::issueChanged, this, &ChartPanel::rebuildIssues);
    connect(m_document, &Document::positionChanged, this, &ChartPanel::updateSpec);
    connect(m_document, &Document::statusChanged, this, &ChartPanel::updateSpec);
    rebuildIssues();
}

void ChartPanel::rebuildIssues()
{
    const QString current = m_issue->currentData().toString();
    {
        const QSignalBlocker block(m_issue);
        m_issue->clear();
        for (const auto& i : m_document->dossier().issues())
            m_issue->addItem(i.name, i.id);
        if (const int i = m_issue->findData(current); i >= 0)
            m_issue->setCurrentIndex(i);
    }
    updateSpec();
}

void ChartPanel::updateSpec()
{
    ChartSpec spec = m_view->spec();
    spec.kind = ChartKind(m_kind->currentData().toInt());
    spec.issueId = m_issue->currentData().toString();
    spec.filter.asOf = m_document->asOf();
    const QString period = m_period->currentData().toString();
    spec.bucket = period == u"day" ? ActivityBucket::Day : period == u"week" ? ActivityBucket::Week : ActivityBucket::Month;
    m_issue->setEnabled(spec.kind == ChartKind::History);
    m_period->setEnabled(spec.kind == ChartKind::Activity);
    if (spec.issueId.isEmpty() && spec.kind == ChartKind::History)
        spec.kind = ChartKind::Activity; // nothing to chart per issue in a dossier without issues
    m_view->setSpec(spec);
}

void ChartPanel::readInto(SavedView& view) const
{
    view.chart = Charts::kindKey(ChartKind(m_kind->currentData().toInt()));
    view.chartIssue = m_issue->currentData().toString();
    view.chartPeriod = m_period->currentData().toString();
}

void ChartPanel::applyFrom(const SavedView& view)
{
    {
        const QSignalBlocker b1(m_kind), b2(m_issue), b3(m_period);
        if (const auto kind = Charts::kindFromKey(view.chart))
            m_kind->setCurrentIndex(qMax(0, m_kind->findData(int(*kind))));
        if (const int i = m_issue->findData(view.chartIssue); i >= 0)
            m_issue->setCurrentIndex(i);
        if (const int i = m_period->findData(view.chartPeriod); i >= 0)
            m_period->setCurrentIndex(i);
    }
    updateSpec();
}

void ChartPanel::setRowMask(std::vector<bool> mask)
{
    m_view->setRowMask(std::move(mask));
}

std::unique_ptr<Paintable> ChartPanel::paintable() const
{
    return m_view->paintable();
}

} // namespace Entente
