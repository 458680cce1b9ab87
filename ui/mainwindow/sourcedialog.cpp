// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcedialog.h"

#include "exporttext.h"
#include "sourcesmodel.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QUrl>
#include <QVBoxLayout>

namespace Entente {

namespace {
    bool isWebUrl(const QString& text)
    {
        const QUrl url(text.trimmed(), QUrl::StrictMode);
        return url.isValid() && (url.scheme() == u"http" || url.scheme() == u"https") && !url.host().isEmpty();
    }
} // namespace

SourceDialog::SourceDialog(const Source& source, bool isNew, QWidget* parent)
    : QDialog(parent)
    , m_source(source)
{
    setObjectName(QStringLiteral("sourceDialog"));
    const QString name = source.title.isEmpty() ? source.outlet : source.title;
    setWindowTitle(isNew ? tr("Add source") : tr("Edit source: %1").arg(ExportText::isolated(name)));
    auto* form = new QFormLayout;

    auto line = [this](const QString& objectName, const QString& text, const QString& accessible) {
        auto* e = new QLineEdit(text, this);
        e->setObjectName(objectName);
        e->setAccessibleName(accessible);
        return e;
    };
    m_outlet = line(QStringLiteral("sourceOutlet"), source.outlet, tr("Outlet"));
    form->addRow(tr("&Outlet:"), m_outlet);
    m_title = line(QStringLiteral("sourceTitle"), source.title, tr("Title"));
    form->addRow(tr("&Title:"), m_title);
    m_url = line(QStringLiteral("sourceUrl"), source.url, tr("URL"));
    m_openUrl = new QPushButton(tr("O&pen"), this);
    m_openUrl->setObjectName(QStringLiteral("sourceOpenUrl"));
    m_openUrl->setToolTip(tr("Open the URL in the web browser"));
    auto* urlRow = new QHBoxLayout;
    urlRow->addWidget(m_url, 1);
    urlRow->addWidget(m_openUrl);
    form->addRow(tr("&URL:"), urlRow);

    m_published = line(QStringLiteral("sourcePublished"), source.published.toIso(), tr("Published"));
    m_published->setPlaceholderText(tr("2025, 2025-12 or 2025-12-16"));
    m_publishedHint = new QLabel(this);
    m_publishedHint->setObjectName(QStringLiteral("sourcePublishedHint"));
    m_publishedHint->setTextFormat(Qt::PlainText);
    m_publishedHint->setWordWrap(true);
    auto* publishedBox = new QVBoxLayout;
    publishedBox->setSpacing(2);
    publishedBox->addWidget(m_published);
    publishedBox->addWidget(m_publishedHint);
    form->addRow(tr("Pu&blished:"), publishedBox);

    m_reliability = new QComboBox(this);
    m_reliability->setObjectName(QStringLiteral("sourceReliability"));
    m_reliability->setAccessibleName(tr("Reliability"));
    for (char16_t c = u'A'; c <= u'F'; ++c)
        m_reliability->addItem(tr("%1 — %2").arg(QChar(c)).arg(reliabilityMeaning(QChar(c))), QString(QChar(c)));
    m_reliability->setCurrentIndex(m_reliability->findData(QString(source.reliability)));
    form->addRow(tr("&Reliability:"), m_reliability);
    m_credibility = new QComboBox(this);
    m_credibility->setObjectName(QStringLiteral("sourceCredibility"));
    m_credibility->setAccessibleName(tr("Credibility"));
    for (int c = 1; c <= 6; ++c)
        m_credibility->addItem(tr("%1 — %2").arg(c).arg(credibilityMeaning(c)), c);
    m_credibility->setCurrentIndex(m_credibility->findData(source.credibility));
    m_credibility->setToolTip(tr("The credibility of what this source itself reports"));
    form->addRow(tr("&Credibility:"), m_credibility);

    m_note = new QPlainTextEdit(source.note, this);
    m_note->setObjectName(QStringLiteral("sourceNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setMaximumHeight(90);
    form->addRow(tr("&Note:"), m_note);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_buttons);

    connect(m_published, &QLineEdit::textChanged, this, &SourceDialog::check);
    connect(m_url, &QLineEdit::textChanged, this, &SourceDialog::check);
    // A source known by its URL alone: its host is the outlet until the analyst names one.
    connect(m_url, &QLineEdit::editingFinished, this, [this] {
        if (m_outlet->text().trimmed().isEmpty())
            m_outlet->setText(outletFromUrl(m_url->text()));
    });
    connect(m_openUrl, &QPushButton::clicked, this,
        [this] { QDesktopServices::openUrl(QUrl(m_url->text().trimmed(), QUrl::StrictMode)); });
    check();
}

void SourceDialog::check()
{
    const auto date = SourcesModel::parsePublished(m_published->text());
    if (!date.ok())
        m_publishedHint->setText(date.message());
    else if (!date->isValid())
        m_publishedHint->setText(tr("No date"));
    else
        m_publishedHint->setText(
            tr("%1 (%2)").arg(date->display(), SourcesModel::precisionText(date->precision)));
    m_openUrl->setEnabled(isWebUrl(m_url->text()));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(date.ok());
}

Source SourceDialog::source() const
{
    Source s = m_source;
    s.outlet = m_outlet->text().trimmed();
    s.title = m_title->text().trimmed();
    s.url = m_url->text().trimmed();
    if (const auto date = SourcesModel::parsePublished(m_published->text()); date.ok())
        s.published = date.value();
    if (const QString r = m_reliability->currentData().toString(); r.size() == 1)
        s.reliability = r[0];
    if (m_credibility->currentIndex() >= 0)
        s.credibility = m_credibility->currentData().toInt();
    s.note = m_note->toPlainText();
    return s;
}

} // namespace Entente
