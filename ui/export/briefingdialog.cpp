// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingdialog.h"

#include "dossier.h"
#include "mainwindow/isodateedit.h"
#include "whatchanged.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Entente {

namespace {
    constexpr qint64 DayMs = 86400000LL;
    QDate dateOf(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).date(); }
    qint64 msecsOf(QDate d) { return QDateTime(d, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(); }
}

BriefingDialog::BriefingDialog(const Dossier& dossier, qint64 asOf, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_asOf(asOf)
{
    setObjectName(QStringLiteral("briefingDialog"));
    setWindowTitle(tr("Briefing"));
    auto* form = new QFormLayout;
    m_title = new QLineEdit(dossier.name, this);
    m_title->setObjectName(QStringLiteral("briefingTitle"));
    m_title->setAccessibleName(tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    m_marking = new QLineEdit(this);
    m_marking->setObjectName(QStringLiteral("briefingMarking"));
    m_marking->setAccessibleName(tr("Handling marking"));
    m_marking->setPlaceholderText(tr("e.g. OFFICIAL – SENSITIVE (printed on every page)"));
    form->addRow(tr("&Marking:"), m_marking);

    // The period: the month up to the as-of date, inside the dossier.
    const auto range = dossier.dateRange();
    const qint64 from = std::max(range ? range->first : asOf - 30 * DayMs, asOf - 30 * DayMs);
    m_from = new IsoDateEdit(dateOf(from), this);
    m_from->setObjectName(QStringLiteral("briefingFrom"));
    m_from->setAccessibleName(tr("Period from"));
    m_from->setCalendarPopup(true);
    m_to = new IsoDateEdit(dateOf(asOf), this);
    m_to->setObjectName(QStringLiteral("briefingTo"));
    m_to->setAccessibleName(tr("Period to"));
    m_to->setCalendarPopup(true);
    auto* period = new QHBoxLayout;
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    form->addRow(tr("&Period:"), period);

    const std::pair<QString, QString> sections[] = { { u"whatchanged"_qs, tr("What changed") },
        { u"forecast"_qs, tr("Forecast per issue") }, { u"matrix"_qs, tr("Position matrix") },
        { u"timeline"_qs, tr("Timeline") }, { u"history"_qs, tr("Position history per issue") },
        { u"convergence"_qs, tr("Convergence") }, { u"activity"_qs, tr("Activity") }, { u"distribution"_qs, tr("Stance distribution") },
        { u"events"_qs, tr("Events with sources and grades") } };
    auto* grid = new QGridLayout;
    int i = 0;
    for (const auto& [key, label] : sections) {
        auto* box = new QCheckBox(label, this);
        box->setObjectName(u"section_"_qs + key);
        box->setProperty("section", key);
        box->setChecked(key != u"distribution" && key != u"forecast");
        grid->addWidget(box, i / 2, i % 2);
        m_sections.append(box);
        ++i;
    }
    form->addRow(tr("Sections:"), grid);

    // Issues with a history page: by default those where something changed in the period.
    m_issues = new QListWidget(this);
    m_issues->setObjectName(QStringLiteral("briefingIssues"));
    m_issues->setAccessibleName(tr("Issues with a position-history page and a forecast"));
    const WhatChanged w = WhatChanged::compute(dossier, from, asOf);
    for (const Issue& issue : dossier.issues()) {
        auto* item = new QListWidgetItem(issue.name, m_issues);
        item->setData(Qt::UserRole, issue.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool moved = std::any_of(w.issues.begin(), w.issues.end(), [&](const auto& g) { return g.issueId == issue.id && !g.entries.empty(); });
        item->setCheckState(moved ? Qt::Checked : Qt::Unchecked);
    }
    m_issues->setMaximumHeight(140);
    form->addRow(tr("&Issues:"), m_issues);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Continue"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
}

HeadlessExportRequest BriefingDialog::request() const
{
    HeadlessExportRequest r;
    r.view = QStringLiteral("briefing");
    r.theme = QStringLiteral("print");
    r.asOf = m_asOf;
    r.title = m_title->text().trimmed();
    r.marking = m_marking->text().trimmed();
    QDate from = m_from->date(), to = m_to->date();
    if (from > to)
        std::swap(from, to);
    r.from = msecsOf(from);
    r.to = msecsOf(to);
    for (const QCheckBox* box : m_sections)
        if (box->isChecked())
            r.sections << box->property("section").toString();
    for (int i = 0; i < m_issues->count(); ++i)
        if (m_issues->item(i)->checkState() == Qt::Checked)
            r.issues << m_issues->item(i)->data(Qt::UserRole).toString();
    if (r.issues.isEmpty()) { // no issue chosen: no history page, no forecast
        r.sections.removeAll(u"history"_qs);
        r.sections.removeAll(u"forecast"_qs);
    }
    return r;
}

} // namespace Entente
