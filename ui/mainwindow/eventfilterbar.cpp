// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventfilterbar.h"
#include "isodateedit.h"

#include "document.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTimer>

namespace Entente {

EventFilterBar::EventFilterBar(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("eventFilterBar"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("eventFilter"));
    m_text->setPlaceholderText(tr("Filter events (Ctrl+F): text in title or description"));
    m_text->setAccessibleName(tr("Event text filter"));
    m_text->setClearButtonEnabled(true);
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("eventFilterParty"));
    m_party->setAccessibleName(tr("Filter by party"));
    m_issue = new QComboBox(this);
    m_issue->setObjectName(QStringLiteral("eventFilterIssue"));
    m_issue->setAccessibleName(tr("Filter by issue"));
    m_tag = new QLineEdit(this);
    m_tag->setObjectName(QStringLiteral("eventFilterTag"));
    m_tag->setPlaceholderText(tr("tag"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_tag->setMaximumWidth(110);
    m_useRange = new QCheckBox(tr("&From"), this);
    m_useRange->setObjectName(QStringLiteral("eventFilterRange"));
    m_from = new IsoDateEdit(QDate(2000, 1, 1), this);
    m_from->setObjectName(QStringLiteral("eventFilterFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_to = new IsoDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("eventFilterTo"));
    m_to->setAccessibleName(tr("To date"));
    for (auto* d : { m_from, m_to }) {
        d->setDisplayFormat(QStringLiteral("d MMM yyyy"));
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    m_cell = new QCheckBox(tr("Only the selected &cell"), this);
    m_cell->setObjectName(QStringLiteral("eventFilterCell"));
    m_cell->setToolTip(tr("Show only events of the party and issue selected in the matrix"));
    auto* grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(m_text, 0, 0, 1, 3);
    grid->addWidget(m_cell, 0, 3, 1, 3);
    grid->addWidget(m_party, 1, 0);
    grid->addWidget(m_issue, 1, 1);
    grid->addWidget(m_tag, 1, 2);
    grid->addWidget(m_useRange, 1, 3);
    grid->addWidget(m_from, 1, 4);
    grid->addWidget(m_to, 1, 5);
    grid->setColumnStretch(0, 2);
    grid->setColumnStretch(1, 2);

    m_debounce = new QTimer(this);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(200);
    connect(m_debounce, &QTimer::timeout, this, &EventFilterBar::filterChanged);
    const auto later = [this] { m_debounce->start(); };
    connect(m_text, &QLineEdit::textChanged, this, later);
    connect(m_tag, &QLineEdit::textChanged, this, later);
    connect(m_party, &QComboBox::currentIndexChanged, this, later);
    connect(m_issue, &QComboBox::currentIndexChanged, this, later);
    connect(m_from, &QDateEdit::dateChanged, this, later);
    connect(m_to, &QDateEdit::dateChanged, this, later);
    connect(m_cell, &QCheckBox::toggled, this, later);
    connect(m_useRange, &QCheckBox::toggled, this, [this, later](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        later();
    });
    connect(m_document, &Document::reset, this, &EventFilterBar::rebuildChoices);
    connect(m_document, &Document::eventsReset, this, &EventFilterBar::rebuildChoices);
    connect(m_document, &Document::partyInserted, this, &EventFilterBar::rebuildChoices);
    connect(m_document, &Document::partyRemoved, this, &EventFilterBar::rebuildChoices);
    connect(m_document, &Document::partyChanged, this, &EventFilterBar::rebuildChoices);
    connect(m_document, &Document::issueInserted, this, &EventFilterBar::rebuildChoices);
    connect(m_document, &Document::issueRemoved, this, &EventFilterBar::rebuildChoices);
    connect(m_document, &Document::issueChanged, this, &EventFilterBar::rebuildChoices);
    rebuildChoices();
}

void EventFilterBar::rebuildChoices()
{
    const QString party = m_party->currentData().toString(), issue = m_issue->currentData().toString();
    const QSignalBlocker b1(m_party), b2(m_issue);
    m_party->clear();
    m_party->addItem(tr("Any party"), QString());
    for (const auto& p : m_document->dossier().parties())
        m_party->addItem(p.name, p.id);
    m_issue->clear();
    m_issue->addItem(tr("Any issue"), QString());
    for (const auto& i : m_document->dossier().issues())
        m_issue->addItem(i.name, i.id);
    m_party->setCurrentIndex(qMax(0, m_party->findData(party)));
    m_issue->setCurrentIndex(qMax(0, m_issue->findData(issue)));
}

EventFilter EventFilterBar::filter() const
{
    EventFilter f;
    f.text = m_text->text().trimmed();
    if (const QString p = m_party->currentData().toString(); !p.isEmpty())
        f.parties = { p };
    if (const QString i = m_issue->currentData().toString(); !i.isEmpty())
        f.issues = { i };
    if (const QString t = m_tag->text().trimmed(); !t.isEmpty())
        f.tags = { t };
    if (m_useRange->isChecked()) {
        f.from = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        f.to = QDateTime(m_to->date().addDays(1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() - 1;
    }
    return f;
}

void EventFilterBar::readInto(SavedView& view) const
{
    view.filterText = m_text->text().trimmed();
    view.filterParty = m_party->currentData().toString();
    view.filterIssue = m_issue->currentData().toString();
    view.filterTag = m_tag->text().trimmed();
    view.filterFrom.reset();
    view.filterTo.reset();
    if (m_useRange->isChecked()) { // the days shown in the date fields
        view.filterFrom = QDateTime(m_from->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
        view.filterTo = QDateTime(m_to->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    }
    view.filterCell = m_cell->isChecked();
}

void EventFilterBar::applyFrom(const SavedView& view)
{
    {
        const QSignalBlocker b1(m_text), b2(m_party), b3(m_issue), b4(m_tag), b5(m_useRange), b6(m_from), b7(m_to),
            b8(m_cell);
        m_text->setText(view.filterText);
        // A party or issue the dossier no longer has leaves that filter off.
        m_party->setCurrentIndex(qMax(0, m_party->findData(view.filterParty)));
        m_issue->setCurrentIndex(qMax(0, m_issue->findData(view.filterIssue)));
        m_tag->setText(view.filterTag);
        const bool range = view.filterFrom && view.filterTo;
        m_useRange->setChecked(range);
        m_from->setEnabled(range);
        m_to->setEnabled(range);
        if (range) {
            m_from->setDate(QDateTime::fromMSecsSinceEpoch(*view.filterFrom, Qt::UTC).date());
            m_to->setDate(QDateTime::fromMSecsSinceEpoch(*view.filterTo, Qt::UTC).date());
        }
        m_cell->setChecked(view.filterCell);
    }
    m_debounce->stop();
    emit filterChanged();
}

bool EventFilterBar::followsCell() const
{
    return m_cell->isChecked();
}

} // namespace Entente
