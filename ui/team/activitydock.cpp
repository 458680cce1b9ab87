// SPDX-License-Identifier: GPL-3.0-or-later
#include "activitydock.h"

#include "activitymodel.h"

#include <QComboBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Entente {

ActivityPanel::ActivityPanel(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_model(new ActivityModel(document, this))
{
    setObjectName(QStringLiteral("activityPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    auto* filters = new QHBoxLayout;
    m_analyst = new QComboBox(this);
    m_analyst->setObjectName(QStringLiteral("activityAnalyst"));
    m_analyst->setToolTip(tr("Show the actions of one analyst"));
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("activityPeriod"));
    m_period->addItem(tr("Any time"), 0);
    m_period->addItem(tr("Today"), 1);
    m_period->addItem(tr("Last 7 days"), 7);
    m_period->addItem(tr("Last 30 days"), 30);
    filters->addWidget(new QLabel(tr("Analyst:"), this));
    filters->addWidget(m_analyst, 1);
    filters->addWidget(new QLabel(tr("Period:"), this));
    filters->addWidget(m_period);
    layout->addLayout(filters);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("activityView"));
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setWordWrap(false);
    layout->addWidget(m_view);
    fillAnalysts();
    connect(m_model, &ActivityModel::analystsChanged, this, &ActivityPanel::fillAnalysts);
    connect(m_analyst, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setAnalyst(m_analyst->currentData().toString()); });
    connect(m_period, &QComboBox::currentIndexChanged, this, &ActivityPanel::applyPeriod);
}

void ActivityPanel::fillAnalysts()
{
    const QString current = m_model->analyst();
    const QSignalBlocker block(m_analyst);
    m_analyst->clear();
    m_analyst->addItem(tr("Everyone"), QString());
    for (const QString& name : m_model->analysts())
        m_analyst->addItem(name, name);
    m_analyst->setCurrentIndex(std::max(0, m_analyst->findData(current)));
}

void ActivityPanel::applyPeriod()
{
    const int days = m_period->currentData().toInt();
    if (days == 0) {
        m_model->setDateRange(0, 0);
        return;
    }
    const QDateTime startOfToday = QDateTime(QDate::currentDate(), QTime(0, 0));
    m_model->setDateRange(startOfToday.addDays(1 - days).toMSecsSinceEpoch(), 0);
}

} // namespace Entente
