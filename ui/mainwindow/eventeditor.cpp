// SPDX-License-Identifier: GPL-3.0-or-later
#include "eventeditor.h"

#include "claimseditor.h"
#include "commands.h"
#include "document.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>

namespace Entente {

namespace {
    QListWidget* makeList(QWidget* parent, const QString& objectName, const QString& accessible)
    {
        auto* l = new QListWidget(parent);
        l->setObjectName(objectName);
        l->setAccessibleName(accessible);
        l->setMaximumHeight(92);
        return l;
    }
}

EventEditor::EventEditor(Document* document, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
{
    setObjectName(QStringLiteral("eventEditor"));
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_start = new QLineEdit(this);
    m_start->setObjectName(QStringLiteral("eventStart"));
    m_start->setPlaceholderText(tr("2025-12-15, 2022-02 (a month), 2025 (a year), 2025-12-15T10:30Z"));
    m_start->setAccessibleName(tr("Start date"));
    m_end = new QLineEdit(this);
    m_end->setObjectName(QStringLiteral("eventEnd"));
    m_end->setPlaceholderText(tr("optional, for a period"));
    m_end->setAccessibleName(tr("End date"));
    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("eventTitle"));
    m_title->setAccessibleName(tr("Title"));
    m_description = new QPlainTextEdit(this);
    m_description->setObjectName(QStringLiteral("eventDescription"));
    m_description->setAccessibleName(tr("Description"));
    m_description->setTabChangesFocus(true);
    m_description->setMaximumHeight(90);
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("eventLocation"));
    m_location->setAccessibleName(tr("Location"));
    m_parties = makeList(this, QStringLiteral("eventParties"), tr("Parties involved"));
    m_issues = makeList(this, QStringLiteral("eventIssues"), tr("Issues touched"));
    m_tags = new QLineEdit(this);
    m_tags->setObjectName(QStringLiteral("eventTags"));
    m_tags->setPlaceholderText(tr("comma-separated"));
    m_tags->setAccessibleName(tr("Tags"));
    m_sources = makeList(this, QStringLiteral("eventSources"), tr("Sources"));
    form->addRow(tr("&Start:"), m_start);
    form->addRow(tr("E&nd:"), m_end);
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Location:"), m_location);
    form->addRow(tr("&Parties:"), m_parties);
    form->addRow(tr("&Issues:"), m_issues);
    form->addRow(tr("T&ags:"), m_tags);
    form->addRow(tr("So&urces:"), m_sources);
    m_claims = new ClaimsEditor(this);
    form->addRow(tr("Clai&ms:"), m_claims);
    connect(m_sources, &QListWidget::itemChanged, this,
        [this] { m_claims->setSources(m_document->dossier(), checked(m_sources)); });
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("eventError"));
    m_error->setTextFormat(Qt::PlainText);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #b00020"));
    auto* buttons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New"), this);
    add->setObjectName(QStringLiteral("eventNew"));
    m_apply = new QPushButton(tr("Apply"), this);
    m_apply->setObjectName(QStringLiteral("eventApply"));
    m_apply->setDefault(true);
    m_delete = new QPushButton(tr("Delete"), this);
    m_delete->setObjectName(QStringLiteral("eventDelete"));
    buttons->addWidget(add);
    buttons->addStretch();
    buttons->addWidget(m_delete);
    buttons->addWidget(m_apply);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addLayout(buttons);
    layout->addStretch();
    connect(add, &QPushButton::clicked, this, &EventEditor::newEvent);
    connect(m_apply, &QPushButton::clicked, this, &EventEditor::apply);
    connect(m_delete, &QPushButton::clicked, this, &EventEditor::removeEvent);
    connect(m_title, &QLineEdit::returnPressed, this, &EventEditor::apply);
    connect(m_document, &Document::reset, this, [this] {
        rebuildLists();
        showEvent(0);
    });
    connect(m_document, &Document::eventsReset, this, [this] { showEvent(0); }); // editable now
    connect(m_document, &Document::partyInserted, this, &EventEditor::rebuildLists);
    connect(m_document, &Document::partyRemoved, this, &EventEditor::rebuildLists);
    connect(m_document, &Document::partyChanged, this, &EventEditor::rebuildLists);
    connect(m_document, &Document::issueInserted, this, &EventEditor::rebuildLists);
    connect(m_document, &Document::issueRemoved, this, &EventEditor::rebuildLists);
    connect(m_document, &Document::issueChanged, this, &EventEditor::rebuildLists);
    connect(m_document, &Document::sourceInserted, this, &EventEditor::rebuildLists);
    connect(m_document, &Document::sourceRemoved, this, &EventEditor::rebuildLists);
    connect(m_document, &Document::eventChanged, this, [this](qint64 id) {
        if (id == m_id)
            showEvent(id);
    });
    connect(m_document, &Document::eventRemoved, this, [this](qint64 id) {
        if (id == m_id)
            showEvent(0);
    });
    rebuildLists();
    showEvent(0);
}

void EventEditor::rebuildLists()
{
    const auto& d = m_document->dossier();
    const QStringList parties = checked(m_parties), issues = checked(m_issues), sources = checked(m_sources);
    const QSignalBlocker quiet(m_sources); // the claims follow once, below, not item by item
    auto fill = [](QListWidget* list, const QList<QPair<QString, QString>>& items) {
        list->clear();
        for (const auto& [key, label] : items) {
            auto* item = new QListWidgetItem(label, list);
            item->setData(Qt::UserRole, key);
            item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Unchecked);
        }
    };
    QList<QPair<QString, QString>> p, i, s;
    for (const auto& x : d.parties())
        p.append({ x.id, x.name });
    for (const auto& x : d.issues())
        i.append({ x.id, x.name });
    for (const auto& x : d.sources())
        s.append({ x.id, QStringLiteral("%1 — %2 (%3)").arg(x.outlet, x.title, x.grading()) });
    fill(m_parties, p);
    fill(m_issues, i);
    fill(m_sources, s);
    setChecked(m_parties, parties);
    setChecked(m_issues, issues);
    setChecked(m_sources, sources);
    m_claims->setSources(d, sources);
}

void EventEditor::setChecked(QListWidget* list, const QStringList& keys)
{
    for (int i = 0; i < list->count(); ++i)
        list->item(i)->setCheckState(keys.contains(list->item(i)->data(Qt::UserRole).toString()) ? Qt::Checked : Qt::Unchecked);
}

QStringList EventEditor::checked(const QListWidget* list)
{
    QStringList out;
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->checkState() == Qt::Checked)
            out.append(list->item(i)->data(Qt::UserRole).toString());
    return out;
}

void EventEditor::showEvent(qint64 id)
{
    const auto& events = m_document->dossier().events();
    const auto row = id ? events.rowOfId(id) : -1;
    m_id = row >= 0 ? id : 0;
    const Event e = row >= 0 ? events.event(row) : Event {};
    m_start->setText(e.start.toIso());
    m_end->setText(e.end.toIso());
    m_title->setText(e.title);
    m_description->setPlainText(e.description);
    m_location->setText(e.location);
    setChecked(m_parties, e.parties);
    setChecked(m_issues, e.issues);
    {
        const QSignalBlocker quiet(m_sources);
        setChecked(m_sources, e.sources);
    }
    m_claims->setCitations(m_document->dossier(), e.sources, e.claims);
    m_tags->setText(e.tags.join(QStringLiteral(", ")));
    m_error->clear();
    m_delete->setEnabled(m_id != 0 && !m_document->isReadOnly());
    m_apply->setEnabled(!m_document->isReadOnly());
    m_apply->setText(m_id ? tr("Apply") : tr("Add event"));
}

Result<Event> EventEditor::formEvent() const
{
    Event e;
    e.id = m_id;
    const auto start = PartialDate::parse(m_start->text());
    if (!start.ok())
        return Error(tr("Start date: %1").arg(start.message()), Error::Kind::Invalid);
    e.start = start.value();
    if (!m_end->text().trimmed().isEmpty()) {
        const auto end = PartialDate::parse(m_end->text());
        if (!end.ok())
            return Error(tr("End date: %1").arg(end.message()), Error::Kind::Invalid);
        e.end = end.value();
    }
    e.title = m_title->text().trimmed();
    e.description = m_description->toPlainText().trimmed();
    e.location = m_location->text().trimmed();
    e.parties = checked(m_parties);
    e.issues = checked(m_issues);
    e.sources = checked(m_sources);
    e.claims = m_claims->claims();
    for (const auto& t : m_tags->text().split(u',', Qt::SkipEmptyParts))
        if (!t.trimmed().isEmpty())
            e.tags.append(t.trimmed());
    if (auto problem = m_document->dossier().checkEvent(e); !problem.ok())
        return problem.error();
    return e;
}

bool EventEditor::apply()
{
    const auto e = formEvent();
    if (!e.ok()) {
        m_error->setText(e.message());
        return false;
    }
    m_error->clear();
    if (m_id == 0) {
        const auto added = Command::addEvent(m_document, e.value());
        if (!added.ok()) {
            m_error->setText(added.message());
            return false;
        }
        showEvent(added->id);
        return true;
    }
    if (const auto edited = Command::editEvent(m_document, e.value()); !edited.ok()) {
        m_error->setText(edited.message());
        return false;
    }
    return true;
}

void EventEditor::newEvent()
{
    showEvent(0);
    m_start->setText(PartialDate::fromMsecs(m_document->asOf(), Precision::Day).toIso());
    m_title->setFocus();
}

void EventEditor::removeEvent()
{
    if (m_id)
        if (const auto removed = Command::removeEvent(m_document, m_id); !removed.ok())
            m_error->setText(removed.message());
}

} // namespace Entente
