// SPDX-License-Identifier: GPL-3.0-or-later
#include "changeeditordialog.h"
#include "claimseditor.h"
#include "isodateedit.h"

#include "dossier.h"
#include "exporttext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>

#include <algorithm>
#include <cmath>

namespace Entente {

ChangeEditorDialog::ChangeEditorDialog(const Dossier& dossier, Mode mode, qsizetype party, qsizetype issue,
    qint64 asOf, QWidget* parent)
    : QDialog(parent)
    , m_dossier(dossier)
    , m_mode(mode)
    , m_party(party)
    , m_issue(issue)
{
    setObjectName(mode == Mode::Position ? QStringLiteral("positionEditor")
            : mode == Mode::Status       ? QStringLiteral("statusEditor")
                                         : QStringLiteral("capabilityEditor"));
    const QString issueName = ExportText::isolated(dossier.issues().value(issue).name);
    setWindowTitle(mode == Mode::Position
            ? tr("Record position: %1 on %2").arg(ExportText::isolated(dossier.parties().value(party).name), issueName)
            : mode == Mode::Status ? tr("Record status: %1").arg(issueName)
                                   : tr("Set capability"));
    m_asOf = asOf;
    auto* form = new QFormLayout;
    if (mode == Mode::Capability)
        addCapabilityRows(form);
    m_level = new QComboBox(this);
    m_level->setObjectName(QStringLiteral("level"));
    const auto& levels = mode == Mode::Position ? dossier.stanceScale() : dossier.statusScale();
    for (const auto& l : levels) {
        QPixmap swatch(14, 14);
        swatch.fill(QColor(l.color));
        m_level->addItem(QIcon(swatch), l.label, l.key);
    }
    // Start from what is in force at the as-of date.
    QString current;
    if (mode == Mode::Position) {
        if (const auto* c = dossier.positionAsOf(party, issue, asOf))
            current = c->stance;
    } else if (const auto* s = dossier.statusAsOf(issue, asOf)) {
        current = s->status;
    }
    // A cell with no known position (none recorded, or Unknown) preselects nothing: the analyst chooses.
    const ScaleLevel* currentLevel = mode == Mode::Position ? dossier.stanceLevel(current) : dossier.statusLevel(current);
    const int i = currentLevel && !currentLevel->isUnknown ? m_level->findData(current) : -1;
    m_level->setPlaceholderText(tr("Choose…"));
    m_level->setCurrentIndex(i);
    m_level->setAccessibleName(mode == Mode::Position ? tr("Stance") : tr("Status"));
    if (mode == Mode::Capability)
        m_level->hide(); // a capability has no level; the value above is the judgement
    else
        form->addRow(mode == Mode::Position ? tr("&Stance:") : tr("&Status:"), m_level);

    if (mode == Mode::Position) {
        auto* row = new QHBoxLayout;
        m_hasSalience = new QCheckBox(tr("Assessed"), this);
        m_hasSalience->setObjectName(QStringLiteral("hasSalience"));
        m_salience = new QSpinBox(this);
        m_salience->setObjectName(QStringLiteral("salience"));
        m_salience->setRange(0, 100);
        m_salience->setSuffix(QStringLiteral(" / 100"));
        m_salience->setAccessibleName(tr("Salience"));
        m_salience->setEnabled(false);
        if (const auto* c = dossier.positionAsOf(party, issue, asOf); c && c->salience >= 0) {
            m_hasSalience->setChecked(true);
            m_salience->setValue(c->salience);
            m_salience->setEnabled(true);
        }
        connect(m_hasSalience, &QCheckBox::toggled, m_salience, &QSpinBox::setEnabled);
        row->addWidget(m_hasSalience);
        row->addWidget(m_salience, 1);
        form->addRow(tr("Sa&lience:"), row);
        // On an issue with an axis of its own, the position may be placed on it (else its stance is mapped).
        const auto& axis = dossier.issues().value(issue).axis;
        if (!axis.isEmpty()) {
            auto* axisRow = new QHBoxLayout;
            m_hasAxisValue = new QCheckBox(tr("On the axis"), this);
            m_hasAxisValue->setObjectName(QStringLiteral("hasAxisValue"));
            m_axisValue = new QDoubleSpinBox(this);
            m_axisValue->setObjectName(QStringLiteral("axisValue"));
            m_axisValue->setAccessibleName(tr("Value on the issue's axis"));
            m_axisValue->setRange(axis.first().value, axis.last().value);
            m_axisValue->setDecimals(2);
            m_axisValue->setEnabled(false);
            auto* nearest = new QLabel(this);
            nearest->setObjectName(QStringLiteral("axisNearest"));
            nearest->setTextFormat(Qt::PlainText);
            auto showNearest = [nearest, axis](double v) {
                const auto it = std::min_element(axis.begin(), axis.end(), [v](const AxisAnchor& a, const AxisAnchor& b) {
                    return std::abs(a.value - v) < std::abs(b.value - v);
                });
                nearest->setText(tr("nearest: %1").arg(it->label));
            };
            connect(m_axisValue, &QDoubleSpinBox::valueChanged, nearest, showNearest);
            if (const auto* c = dossier.positionAsOf(party, issue, asOf); c && c->axisValue) {
                m_hasAxisValue->setChecked(true);
                m_axisValue->setEnabled(true);
                m_axisValue->setValue(*c->axisValue);
            }
            showNearest(m_axisValue->value());
            connect(m_hasAxisValue, &QCheckBox::toggled, m_axisValue, &QDoubleSpinBox::setEnabled);
            axisRow->addWidget(m_hasAxisValue);
            axisRow->addWidget(m_axisValue, 1);
            axisRow->addWidget(nearest, 1);
            form->addRow(tr("&Axis:"), axisRow);
        }
    }
    m_effective = new IsoDateEdit(QDateTime::fromMSecsSinceEpoch(asOf, Qt::UTC).date(), this);
    m_effective->setObjectName(QStringLiteral("effective"));
    m_effective->setDisplayFormat(QStringLiteral("d MMM yyyy"));
    m_effective->setCalendarPopup(true);
    m_effective->setAccessibleName(tr("Effective date"));
    form->addRow(tr("&Effective:"), m_effective);
    m_confidence = new QComboBox(this);
    m_confidence->setObjectName(QStringLiteral("confidence"));
    m_confidence->addItem(tr("Low"), int(Confidence::Low));
    m_confidence->addItem(tr("Moderate"), int(Confidence::Moderate));
    m_confidence->addItem(tr("High"), int(Confidence::High));
    m_confidence->setCurrentIndex(1);
    m_confidence->setAccessibleName(tr("Confidence"));
    form->addRow(tr("&Confidence:"), m_confidence);
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("note"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(70);
    form->addRow(tr("&Note:"), m_note);

    // Citations: events touching this party or issue (most recent first, capped) and every source.
    m_events = new QListWidget(this);
    m_events->setObjectName(QStringLiteral("citedEvents"));
    m_events->setAccessibleName(tr("Cited events"));
    const auto& ev = dossier.events();
    const QString partyId = mode == Mode::Capability && m_capabilityParty
        ? m_capabilityParty->currentData().toString()
        : party >= 0 ? dossier.parties().value(party).id
                     : QString();
    const QString issueId = dossier.issues().value(issue).id;
    const quint32 ps = partyId.isEmpty() ? Dictionary::None : ev.symbolOf(partyId);
    const quint32 is = ev.symbolOf(issueId);
    for (qsizetype r = ev.size() - 1; r >= 0 && m_events->count() < 200; --r) {
        const bool touches = (is != Dictionary::None && ev.hasRef(r, EventStore::RefKind::Issue, is))
            || (ps != Dictionary::None && ev.hasRef(r, EventStore::RefKind::Party, ps));
        if (!touches)
            continue;
        auto* item = new QListWidgetItem(ev.startDate(r).display() + QStringLiteral(" — ") + ev.title(r).toString(), m_events);
        item->setData(Qt::UserRole, ev.id(r));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_events->setMinimumHeight(90);
    form->addRow(tr("Cite e&vents:"), m_events);
    m_sources = new QListWidget(this);
    m_sources->setObjectName(QStringLiteral("citedSources"));
    m_sources->setAccessibleName(tr("Cited sources"));
    for (const auto& s : dossier.sources()) {
        auto* item = new QListWidgetItem(QStringLiteral("%1 — %2 (%3)").arg(s.outlet, s.title, s.grading()), m_sources);
        item->setData(Qt::UserRole, s.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(dossier.sources().size() == 1 ? Qt::Checked : Qt::Unchecked);
    }
    m_sources->setMaximumHeight(80);
    form->addRow(tr("Cite s&ources:"), m_sources);
    // Each cited source's claim: how credible what it reports here is, who claims it, the words quoted.
    m_claims = new ClaimsEditor(this);
    form->addRow(tr("Clai&ms:"), m_claims);
    connect(m_sources, &QListWidget::itemChanged, this, [this] { m_claims->setSources(m_dossier, citedSources()); });
    m_claims->setSources(dossier, citedSources());

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton* record = buttons->button(QDialogButtonBox::Ok);
    record->setText(tr("Record"));
    if (mode == Mode::Capability) {
        record->setEnabled(m_capabilityParty->currentIndex() >= 0);
    } else {
        record->setEnabled(m_level->currentIndex() >= 0);
        connect(m_level, &QComboBox::currentIndexChanged, record, [record](int index) { record->setEnabled(index >= 0); });
    }
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(buttons);
    resize(560, 640);
}

void ChangeEditorDialog::addCapabilityRows(QFormLayout* form)
{
    m_capabilityParty = new QComboBox(this);
    m_capabilityParty->setObjectName(QStringLiteral("capabilityParty"));
    m_capabilityParty->setAccessibleName(tr("Party"));
    for (const auto& p : m_dossier.parties())
        m_capabilityParty->addItem(p.name, p.id);
    m_capabilityParty->setCurrentIndex(m_party >= 0 && m_party < m_dossier.parties().size() ? int(m_party) : 0);
    form->addRow(tr("&Party:"), m_capabilityParty);
    m_capabilityIssue = new QComboBox(this);
    m_capabilityIssue->setObjectName(QStringLiteral("capabilityIssue"));
    m_capabilityIssue->setAccessibleName(tr("Issue"));
    m_capabilityIssue->addItem(tr("Every issue"), QString());
    for (const auto& i : m_dossier.issues())
        m_capabilityIssue->addItem(i.name, i.id);
    m_capabilityIssue->setCurrentIndex(m_issue >= 0 && m_issue < m_dossier.issues().size() ? int(m_issue) + 1 : 0);
    form->addRow(tr("&Issue:"), m_capabilityIssue);
    m_capability = new QDoubleSpinBox(this);
    m_capability->setObjectName(QStringLiteral("capability"));
    m_capability->setAccessibleName(tr("Capability"));
    // Any non-negative scale; 0–100 is the suggested one.
    m_capability->setRange(0, 1e12);
    m_capability->setDecimals(2);
    m_capability->setValue(50);
    m_capability->setToolTip(tr("The party's clout on this issue: 0 or more, on a scale of 0–100 unless the "
                                "dossier uses another one consistently."));
    form->addRow(tr("C&apability:"), m_capability);
    m_inForce = new QLabel(this);
    m_inForce->setObjectName(QStringLiteral("capabilityInForce"));
    m_inForce->setTextFormat(Qt::PlainText);
    m_inForce->setWordWrap(true);
    form->addRow(QString(), m_inForce);
    connect(m_capabilityParty, &QComboBox::currentIndexChanged, this, &ChangeEditorDialog::showCapabilityInForce);
    connect(m_capabilityIssue, &QComboBox::currentIndexChanged, this, &ChangeEditorDialog::showCapabilityInForce);
    showCapabilityInForce();
}

void ChangeEditorDialog::showCapabilityInForce()
{
    const qsizetype party = m_dossier.partyIndex(m_capabilityParty->currentData().toString());
    const QString issueId = m_capabilityIssue->currentData().toString();
    const qsizetype issue = issueId.isEmpty() ? -1 : m_dossier.issueIndex(issueId);
    const CapabilityChange* c = m_dossier.capabilityAsOf(party, issue, m_asOf);
    if (!c) {
        m_inForce->setText(tr("No capability recorded as of this date: the forecast weighs this party like the "
                              "others without one."));
        return;
    }
    m_capability->setValue(c->value);
    const QString scope = c->issueId.isEmpty() ? tr("every issue") : m_dossier.issues().value(m_dossier.issueIndex(c->issueId)).name;
    m_inForce->setText(tr("In force: %1 on %2, since %3.").arg(QLocale().toString(c->value), scope, c->effective.display()));
}

void ChangeEditorDialog::fillRecord(ChangeRecord& r) const
{
    r.effective = PartialDate::fromYmd(m_effective->date().year(), m_effective->date().month(), m_effective->date().day());
    r.confidence = Confidence(m_confidence->currentData().toInt());
    r.note = m_note->toPlainText().trimmed();
    for (int i = 0; i < m_events->count(); ++i)
        if (m_events->item(i)->checkState() == Qt::Checked)
            r.citedEvents.append(m_events->item(i)->data(Qt::UserRole).toLongLong());
    r.citedSources = citedSources();
    r.claims = m_claims->claims();
}

QStringList ChangeEditorDialog::citedSources() const
{
    QStringList out;
    for (int i = 0; i < m_sources->count(); ++i)
        if (m_sources->item(i)->checkState() == Qt::Checked)
            out.append(m_sources->item(i)->data(Qt::UserRole).toString());
    return out;
}

PositionChange ChangeEditorDialog::positionChange() const
{
    PositionChange c;
    fillRecord(c);
    c.partyId = m_dossier.parties().value(m_party).id;
    c.issueId = m_dossier.issues().value(m_issue).id;
    c.stance = m_level->currentData().toString();
    c.salience = m_hasSalience && m_hasSalience->isChecked() ? m_salience->value() : -1;
    if (m_hasAxisValue && m_hasAxisValue->isChecked())
        c.axisValue = m_axisValue->value();
    return c;
}

CapabilityChange ChangeEditorDialog::capabilityChange() const
{
    CapabilityChange c;
    fillRecord(c);
    if (m_capabilityParty) {
        c.partyId = m_capabilityParty->currentData().toString();
        c.issueId = m_capabilityIssue->currentData().toString();
        c.value = m_capability->value();
    }
    return c;
}

StatusChange ChangeEditorDialog::statusChange() const
{
    StatusChange c;
    fillRecord(c);
    c.issueId = m_dossier.issues().value(m_issue).id;
    c.status = m_level->currentData().toString();
    return c;
}

} // namespace Entente
