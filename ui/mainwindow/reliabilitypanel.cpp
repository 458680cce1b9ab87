// SPDX-License-Identifier: GPL-3.0-or-later
#include "reliabilitypanel.h"

#include "document.h"
#include "positionmatrixmodel.h"
#include "reliability.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Entente {

ReliabilityPanel::ReliabilityPanel(Document* document, PositionMatrixModel* matrix, QWidget* parent)
    : QWidget(parent)
    , m_document(document)
    , m_matrix(matrix)
{
    setObjectName(QStringLiteral("reliabilityPanel"));
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reliabilitySummary"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_mark = new QCheckBox(tr("&Mark weakly sourced cells on the matrix"), this);
    m_mark->setObjectName(QStringLiteral("reliabilityMark"));
    m_reliability = new QComboBox(this);
    m_reliability->setObjectName(QStringLiteral("reliabilityThresholdLetter"));
    m_reliability->setAccessibleName(tr("Weakest acceptable reliability"));
    for (char16_t c = u'A'; c <= u'F'; ++c)
        m_reliability->addItem(tr("%1 — %2").arg(QChar(c)).arg(reliabilityMeaning(QChar(c))), QString(QChar(c)));
    m_credibility = new QComboBox(this);
    m_credibility->setObjectName(QStringLiteral("reliabilityThresholdDigit"));
    m_credibility->setAccessibleName(tr("Weakest acceptable credibility"));
    for (int c = 1; c <= 6; ++c)
        m_credibility->addItem(tr("%1 — %2").arg(c).arg(credibilityMeaning(c)), c);
    m_reliability->setCurrentIndex(m_reliability->findData(m_matrix->weakThreshold().left(1)));
    m_credibility->setCurrentIndex(m_credibility->findData(m_matrix->weakThreshold().mid(1).toInt()));
    m_legend = new QLabel(this);
    m_legend->setObjectName(QStringLiteral("reliabilityLegend"));
    m_legend->setTextFormat(Qt::PlainText);
    m_legend->setWordWrap(true);

    auto* thresholdRow = new QHBoxLayout;
    thresholdRow->addWidget(new QLabel(tr("Weak below:"), this));
    thresholdRow->addWidget(m_reliability, 1);
    thresholdRow->addWidget(m_credibility, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(thresholdRow);
    layout->addWidget(m_mark);
    layout->addWidget(m_legend);
    layout->addStretch();

    auto thresholdEdited = [this] {
        const QString grade = threshold();
        m_matrix->setWeakThreshold(grade);
        refresh();
        emit thresholdChanged(grade);
    };
    connect(m_reliability, &QComboBox::currentIndexChanged, this, thresholdEdited);
    connect(m_credibility, &QComboBox::currentIndexChanged, this, thresholdEdited);
    connect(m_mark, &QCheckBox::toggled, this, [this](bool on) {
        m_matrix->setMarkWeak(on);
        refresh();
        emit markingChanged(on);
    });
    for (auto signal : { &Document::reset, &Document::eventsReset, &Document::scalesChanged, &Document::metaChanged })
        connect(m_document, signal, this, &ReliabilityPanel::refresh);
    connect(m_document, &Document::asOfChanged, this, &ReliabilityPanel::refresh);
    connect(m_document, &Document::positionChanged, this, &ReliabilityPanel::refresh);
    connect(m_document, &Document::sourceChanged, this, &ReliabilityPanel::refresh);
    connect(m_document, &Document::eventChanged, this, &ReliabilityPanel::refresh);
    refresh();
}

QString ReliabilityPanel::threshold() const
{
    return m_reliability->currentData().toString() + QString::number(m_credibility->currentData().toInt());
}

void ReliabilityPanel::setThreshold(const QString& grade)
{
    if (grade.size() != 2)
        return;
    m_reliability->setCurrentIndex(m_reliability->findData(grade.left(1)));
    m_credibility->setCurrentIndex(m_credibility->findData(grade.mid(1).toInt()));
}

void ReliabilityPanel::setMarking(bool on) { m_mark->setChecked(on); }

QString ReliabilityPanel::summaryText() const { return m_summary->text(); }

void ReliabilityPanel::refresh()
{
    if (!m_document->isOpen()) {
        m_summary->clear();
        return;
    }
    const auto summary = summarizeReliability(m_document->dossier(), m_document->asOf(), threshold());
    m_summary->setText(tr("As of %1: %2")
                           .arg(PartialDate::fromMsecs(m_document->asOf(), Precision::Day).display(), summary.text()));
    m_legend->setText(m_mark->isChecked()
            ? tr("A dashed frame marks a stated position that rests on one source (one outlet, however many reports) "
                 "or whose best grade is below %1.")
                  .arg(threshold())
            : QString());
}

} // namespace Entente
