// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimseditor.h"

#include "dossier.h"

#include <QComboBox>
#include <QHeaderView>

namespace Entente {

ClaimsEditor::ClaimsEditor(QWidget* parent)
    : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("claimsEditor"));
    setAccessibleName(tr("Claims: the grade of each cited source here"));
    setHorizontalHeaderLabels({ tr("Source"), tr("Credibility"), tr("Grade"), tr("Claimant"), tr("Quote") });
    horizontalHeaderItem(ClaimantColumn)->setToolTip(tr("Who claims it, e.g. “an unnamed US official”"));
    horizontalHeaderItem(QuoteColumn)->setToolTip(tr("The words quoted, if any"));
    verticalHeader()->setVisible(false);
    horizontalHeader()->setStretchLastSection(true);
    horizontalHeader()->setSectionResizeMode(SourceColumn, QHeaderView::ResizeToContents);
    horizontalHeader()->setSectionResizeMode(GradeColumn, QHeaderView::ResizeToContents);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    setMaximumHeight(120);
}

void ClaimsEditor::setCitations(const Dossier& d, const QStringList& sources, const QList<Claim>& claims)
{
    m_remembered = claims;
    fill(d, sources);
}

void ClaimsEditor::fill(const Dossier& d, const QStringList& sources)
{
    const QList<Claim>& claims = m_remembered;
    setRowCount(0);
    m_sources.clear();
    for (const QString& id : sources) {
        const qsizetype si = d.sourceIndex(id);
        if (si < 0)
            continue;
        const Source& s = d.sources()[si];
        const Claim* claim = claimFor(claims, id);
        const int row = rowCount();
        insertRow(row);
        m_sources.append(s);
        auto* name = new QTableWidgetItem(s.outlet.isEmpty() ? (s.title.isEmpty() ? s.id : s.title) : s.outlet);
        name->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        name->setData(Qt::UserRole, s.id);
        name->setToolTip(tr("Reliability %1: %2").arg(s.reliability).arg(reliabilityMeaning(s.reliability)));
        setItem(row, SourceColumn, name);
        auto* credibility = new QComboBox(this);
        credibility->setObjectName(QStringLiteral("claimCredibility"));
        credibility->setAccessibleName(tr("Credibility of what %1 reports here").arg(name->text()));
        for (int c = 1; c <= 6; ++c)
            credibility->addItem(tr("%1 — %2").arg(c).arg(credibilityMeaning(c)), c);
        credibility->setCurrentIndex(credibility->findData(claim ? claim->credibility : s.credibility));
        connect(credibility, &QComboBox::currentIndexChanged, this, [this, credibility] {
            for (int r = 0; r < rowCount(); ++r)
                if (cellWidget(r, CredibilityColumn) == credibility)
                    updateGrade(r);
        });
        setCellWidget(row, CredibilityColumn, credibility);
        auto* grade = new QTableWidgetItem;
        grade->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        setItem(row, GradeColumn, grade);
        setItem(row, ClaimantColumn, new QTableWidgetItem(claim ? claim->claimant : QString()));
        setItem(row, QuoteColumn, new QTableWidgetItem(claim ? claim->quote : QString()));
        updateGrade(row);
    }
}

void ClaimsEditor::setSources(const Dossier& d, const QStringList& sources)
{
    // What the rows hold now replaces what was remembered for their sources (a row left at the source's grade
    // too, so that its text survives).
    for (int r = 0; r < rowCount(); ++r) {
        const auto* combo = qobject_cast<QComboBox*>(cellWidget(r, CredibilityColumn));
        const Claim now { m_sources[r].id, combo ? combo->currentData().toInt() : m_sources[r].credibility,
            item(r, ClaimantColumn)->text().trimmed(), item(r, QuoteColumn)->text().trimmed() };
        bool replaced = false;
        for (auto& c : m_remembered)
            if (c.sourceId == now.sourceId) {
                c = now;
                replaced = true;
            }
        if (!replaced)
            m_remembered.append(now);
    }
    fill(d, sources);
}

QList<Claim> ClaimsEditor::claims() const
{
    QList<Claim> out;
    for (int r = 0; r < rowCount(); ++r) {
        const Source& s = m_sources[r];
        const auto* combo = qobject_cast<QComboBox*>(cellWidget(r, CredibilityColumn));
        Claim c { s.id, combo ? combo->currentData().toInt() : s.credibility, item(r, ClaimantColumn)->text().trimmed(),
            item(r, QuoteColumn)->text().trimmed() };
        if (c.credibility != s.credibility || !c.claimant.isEmpty() || !c.quote.isEmpty())
            out.append(c);
    }
    return out;
}

QString ClaimsEditor::gradeAt(int row) const
{
    const auto* g = item(row, GradeColumn);
    return g ? g->text() : QString();
}

void ClaimsEditor::updateGrade(int row)
{
    const auto* combo = qobject_cast<QComboBox*>(cellWidget(row, CredibilityColumn));
    const Source& s = m_sources[row];
    const int credibility = combo ? combo->currentData().toInt() : s.credibility;
    const Claim c { s.id, credibility, {}, {} };
    if (auto* g = item(row, GradeColumn)) {
        g->setText(citationGrade(s, &c));
        g->setToolTip(tr("%1 source, information %2")
                          .arg(reliabilityMeaning(s.reliability).toLower(), credibilityMeaning(credibility).toLower()));
    }
}

} // namespace Entente
