// SPDX-License-Identifier: GPL-3.0-or-later
#include "notedialog.h"

#include "claimseditor.h"
#include "dossier.h"
#include "isodateedit.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace Entente {

NoteDialog::NoteDialog(const Dossier& dossier, const Note& note, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_initial(note)
{
    setObjectName(QStringLiteral("noteDialog"));
    setWindowTitle(note.id.isEmpty() ? tr("Add Note") : tr("Edit Note"));
    m_target = new QComboBox(this);
    m_target->setObjectName(QStringLiteral("noteTarget"));
    m_target->addItem(tr("A date"), int(NoteTarget::Date));
    m_target->addItem(tr("A matrix cell (party on issue)"), int(NoteTarget::Cell));
    m_target->addItem(tr("An issue"), int(NoteTarget::Issue));
    m_target->addItem(tr("A party"), int(NoteTarget::Party));
    m_target->addItem(tr("An event"), int(NoteTarget::Event));
    m_target->addItem(tr("An era"), int(NoteTarget::Era));
    m_target->setCurrentIndex(m_target->findData(int(note.target)));
    m_date = new IsoDateEdit(this);
    m_date->setObjectName(QStringLiteral("noteDate"));
    m_date->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_date->setCalendarPopup(true);
    m_date->setDate(QDateTime::fromMSecsSinceEpoch(note.date.isValid() ? note.date.msecs : 0, Qt::UTC).date());
    m_party = new QComboBox(this);
    m_party->setObjectName(QStringLiteral("noteParty"));
    for (const auto& p : dossier.parties())
        m_party->addItem(p.name, p.id);
    m_party->setCurrentIndex(qMax(0, m_party->findData(note.partyId)));
    m_issue = new QComboBox(this);
    m_issue->setObjectName(QStringLiteral("noteIssue"));
    for (const auto& i : dossier.issues())
        m_issue->addItem(i.name, i.id);
    m_issue->setCurrentIndex(qMax(0, m_issue->findData(note.issueId)));
    m_event = new QLineEdit(note.eventId ? QString::number(note.eventId) : QString(), this);
    m_event->setObjectName(QStringLiteral("noteEvent"));
    m_event->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[0-9]{1,18}")), m_event));
    m_event->setPlaceholderText(tr("event id (the selected event when opened)"));
    m_era = new QComboBox(this);
    m_era->setObjectName(QStringLiteral("noteEra"));
    for (const auto& e : dossier.eras())
        m_era->addItem(e.name, e.id);
    m_era->setCurrentIndex(qMax(0, m_era->findData(note.eraId)));
    m_text = new QPlainTextEdit(note.text, this);
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setTabChangesFocus(true);
    m_judgement = new QCheckBox(tr("&Key judgement (opens the briefing)"), this);
    m_judgement->setObjectName(QStringLiteral("noteJudgement"));
    m_judgement->setChecked(note.isKeyJudgement());
    m_confidence = new QComboBox(this);
    m_confidence->setObjectName(QStringLiteral("noteConfidence"));
    m_confidence->addItem(tr("Low"), int(Confidence::Low));
    m_confidence->addItem(tr("Moderate"), int(Confidence::Moderate));
    m_confidence->addItem(tr("High"), int(Confidence::High));
    m_confidence->setCurrentIndex(m_confidence->findData(int(note.confidence.value_or(Confidence::Moderate))));
    m_sources = new QListWidget(this);
    m_sources->setObjectName(QStringLiteral("noteSources"));
    m_sources->setAccessibleName(tr("Evidence sources"));
    QStringList cited;
    for (const auto& c : note.evidence)
        cited << c.sourceId;
    for (const auto& s : dossier.sources()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2 (%3)").arg(s.outlet, s.title, s.grading()), m_sources);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(cited.contains(s.id) ? Qt::Checked : Qt::Unchecked);
    }
    m_claims = new ClaimsEditor(this);
    m_claims->setObjectName(QStringLiteral("noteClaims"));
    m_claims->setCitations(dossier, evidenceSources(), note.evidence);

    auto* form = new QFormLayout;
    form->addRow(tr("&Pinned to:"), m_target);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("Pa&rty:"), m_party);
    form->addRow(tr("&Issue:"), m_issue);
    form->addRow(tr("&Event:"), m_event);
    form->addRow(tr("E&ra:"), m_era);
    form->addRow(tr("&Text:"), m_text);
    form->addRow(QString(), m_judgement);
    form->addRow(tr("&Confidence:"), m_confidence);
    form->addRow(tr("E&vidence:"), m_sources);
    form->addRow(tr("Claims:"), m_claims);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    form->addRow(buttons);
    setLayout(form);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_target, &QComboBox::currentIndexChanged, this, &NoteDialog::updateEnabled);
    connect(m_judgement, &QCheckBox::toggled, this, &NoteDialog::updateEnabled);
    connect(m_text, &QPlainTextEdit::textChanged, this, &NoteDialog::updateEnabled);
    connect(m_sources, &QListWidget::itemChanged, this, [this] { m_claims->setSources(m_dossier, evidenceSources()); });
    m_ok = buttons->button(QDialogButtonBox::Ok);
    updateEnabled();
    resize(560, 620);
}

QStringList NoteDialog::evidenceSources() const
{
    QStringList out;
    for (int i = 0; i < m_sources->count(); ++i)
        if (m_sources->item(i)->checkState() == Qt::Checked)
            out << m_sources->item(i)->data(Qt::UserRole).toString();
    return out;
}

void NoteDialog::updateEnabled()
{
    const auto t = NoteTarget(m_target->currentData().toInt());
    m_date->setEnabled(t == NoteTarget::Date);
    m_party->setEnabled(t == NoteTarget::Cell || t == NoteTarget::Party);
    m_issue->setEnabled(t == NoteTarget::Cell || t == NoteTarget::Issue);
    m_event->setEnabled(t == NoteTarget::Event);
    m_era->setEnabled(t == NoteTarget::Era);
    const bool judgement = m_judgement->isChecked();
    m_confidence->setEnabled(judgement);
    m_sources->setEnabled(judgement);
    m_claims->setEnabled(judgement);
    if (m_ok)
        m_ok->setEnabled(!m_text->toPlainText().trimmed().isEmpty());
}

Note NoteDialog::note() const
{
    Note n;
    n.id = m_initial.id;
    n.author = m_initial.author;
    n.recordedAt = m_initial.recordedAt;
    n.target = NoteTarget(m_target->currentData().toInt());
    switch (n.target) {
    case NoteTarget::Date:
        n.date = PartialDate { QDateTime(m_date->date(), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch(), Precision::Day };
        break;
    case NoteTarget::Cell:
        n.partyId = m_party->currentData().toString();
        n.issueId = m_issue->currentData().toString();
        break;
    case NoteTarget::Issue:
        n.issueId = m_issue->currentData().toString();
        break;
    case NoteTarget::Party:
        n.partyId = m_party->currentData().toString();
        break;
    case NoteTarget::Event:
        n.eventId = m_event->text().toLongLong();
        break;
    case NoteTarget::Era:
        n.eraId = m_era->currentData().toString();
        break;
    }
    n.text = m_text->toPlainText().trimmed();
    if (m_judgement->isChecked()) {
        n.confidence = Confidence(m_confidence->currentData().toInt());
        // Every ticked source is a graded citation: the claim entered for it, else at the source's own grade.
        const QList<Claim> claims = m_claims->claims();
        for (const QString& id : evidenceSources()) {
            const Claim* c = claimFor(claims, id);
            const auto si = m_dossier.sourceIndex(id);
            n.evidence.append(c ? *c : Claim { id, si >= 0 ? m_dossier.sources()[si].credibility : 6, {}, {} });
        }
    }
    return n;
}

} // namespace Entente
