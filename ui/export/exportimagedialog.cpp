// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportimagedialog.h"

#include "imageexporter.h"
#include "paintable.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Entente {

namespace {
template<typename W>
W* named(W* w, const QString& objectName, const QString& accessibleName)
{
    w->setObjectName(objectName);
    w->setAccessibleName(accessibleName);
    return w;
}
} // namespace

ExportImageDialog::ExportImageDialog(const Paintable& view, const ExportOptions& defaults, QWidget* parent)
    : QDialog(parent)
    , m_view(view)
    , m_defaults(defaults)
{
    setObjectName(u"exportImageDialog"_qs);
    setWindowTitle(tr("Export Image"));

    m_format = named(new QComboBox(this), u"formatCombo"_qs, tr("Format"));
    m_format->addItem(tr("PNG image"), u"png"_qs);
    m_format->addItem(tr("SVG drawing"), u"svg"_qs);
    m_format->addItem(tr("PDF document"), u"pdf"_qs);

    m_preset = named(new QComboBox(this), u"sizePresetCombo"_qs, tr("Size"));
    for (int p = 0; p <= int(ExportOptions::SizePreset::Custom); ++p)
        m_preset->addItem(ExportOptions::presetLabel(ExportOptions::SizePreset(p)), p);
    m_preset->setCurrentIndex(int(defaults.preset));

    m_width = named(new QSpinBox(this), u"customWidthSpin"_qs, tr("Custom width in pixels"));
    m_height = named(new QSpinBox(this), u"customHeightSpin"_qs, tr("Custom height in pixels"));
    for (auto* spin : { m_width, m_height }) {
        spin->setRange(16, 16384);
        spin->setSuffix(tr(" px"));
    }
    const QSize custom = defaults.customSize.isEmpty() ? view.naturalSize().toSize() : defaults.customSize;
    m_width->setValue(custom.width());
    m_height->setValue(custom.height());

    m_scale = named(new QDoubleSpinBox(this), u"scaleSpin"_qs, tr("Scale"));
    m_scale->setRange(0.25, 8);
    m_scale->setSingleStep(0.25);
    m_scale->setSuffix(u"×"_qs);
    m_scale->setValue(defaults.scale);

    m_theme = named(new QComboBox(this), u"themeCombo"_qs, tr("Theme"));
    m_theme->addItem(tr("Light"), int(RenderStyle::Theme::Light));
    m_theme->addItem(tr("Dark"), int(RenderStyle::Theme::Dark));
    m_theme->addItem(tr("Print (greyscale-safe)"), int(RenderStyle::Theme::Print));
    m_theme->setCurrentIndex(qMax(0, m_theme->findData(int(defaults.theme))));

    m_title = named(new QLineEdit(defaults.title, this), u"titleEdit"_qs, tr("Title"));
    m_subtitle = named(new QLineEdit(defaults.subtitle, this), u"subtitleEdit"_qs, tr("Subtitle"));
    m_asOf = named(new QCheckBox(tr("&As-of date stamp"), this), u"asOfCheck"_qs, tr("As-of date stamp"));
    m_asOf->setChecked(defaults.asOfStamp);
    m_asOf->setEnabled(defaults.asOf.has_value());
    m_legend = named(new QCheckBox(tr("&Legend"), this), u"legendCheck"_qs, tr("Legend"));
    m_legend->setChecked(defaults.legend);
    m_legend->setEnabled(!defaults.legendLevels.isEmpty());
    m_sourceLine = named(new QCheckBox(tr("S&ource line"), this), u"sourceLineCheck"_qs, tr("Source line"));
    m_sourceLine->setChecked(defaults.sourceLine);

    m_path = named(new QLineEdit(this), u"pathEdit"_qs, tr("File"));
    m_browse = named(new QPushButton(tr("&Browse…"), this), u"browseButton"_qs, tr("Choose the file"));
    m_error = named(new QLabel(this), u"errorLabel"_qs, tr("Export error"));
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText); // paths and messages are data
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(u"buttonBox"_qs);
    m_copy = named(m_buttons->addButton(tr("&Copy Image"), QDialogButtonBox::ActionRole), u"copyButton"_qs,
        tr("Copy image to the clipboard"));

    auto* sizeRow = new QHBoxLayout;
    sizeRow->addWidget(m_preset, 1);
    sizeRow->addWidget(m_width);
    sizeRow->addWidget(new QLabel(u"×"_qs, this));
    sizeRow->addWidget(m_height);
    auto* pathRow = new QHBoxLayout;
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    auto* checks = new QHBoxLayout;
    checks->addWidget(m_asOf);
    checks->addWidget(m_legend);
    checks->addWidget(m_sourceLine);
    checks->addStretch();

    auto* form = new QFormLayout;
    auto addRow = [&](const QString& label, QWidget* buddy, QLayout* field) {
        auto* l = new QLabel(label, this);
        l->setBuddy(buddy);
        if (field)
            form->addRow(l, field);
        else
            form->addRow(l, buddy);
    };
    addRow(tr("&Format:"), m_format, nullptr);
    addRow(tr("Si&ze:"), m_preset, sizeRow);
    addRow(tr("Sc&ale:"), m_scale, nullptr);
    addRow(tr("T&heme:"), m_theme, nullptr);
    addRow(tr("&Title:"), m_title, nullptr);
    addRow(tr("S&ubtitle:"), m_subtitle, nullptr);
    form->addRow(QString(), checks);
    addRow(tr("F&ile:"), m_path, pathRow);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    QWidget* order[] = { m_format, m_preset, m_width, m_height, m_scale, m_theme, m_title, m_subtitle, m_asOf, m_legend,
        m_sourceLine, m_path, m_browse };
    for (size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_preset, &QComboBox::currentIndexChanged, this, &ExportImageDialog::updateEnabled);
    connect(m_format, &QComboBox::currentIndexChanged, this, &ExportImageDialog::syncPathFromFormat);
    connect(m_path, &QLineEdit::textEdited, this, &ExportImageDialog::syncFormatFromPath);
    connect(m_browse, &QPushButton::clicked, this, &ExportImageDialog::browse);
    connect(m_copy, &QPushButton::clicked, this, &ExportImageDialog::copyNow);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ExportImageDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ExportImageDialog::reject);

    QString name = view.title().isEmpty() ? tr("export") : view.title();
    name.replace(QRegularExpression(u"[^\\w\\- ]+"_qs), u" "_qs);
    setPath(QDir::home().filePath(name.simplified() + u".png"_qs));
    updateEnabled();
}

ExportOptions ExportImageDialog::options() const
{
    ExportOptions o = m_defaults;
    o.preset = ExportOptions::SizePreset(m_preset->currentData().toInt());
    o.customSize = QSize(m_width->value(), m_height->value());
    o.scale = m_scale->value();
    o.theme = RenderStyle::Theme(m_theme->currentData().toInt());
    o.title = m_title->text();
    o.subtitle = m_subtitle->text();
    o.asOfStamp = m_asOf->isChecked() && m_asOf->isEnabled();
    o.legend = m_legend->isChecked() && m_legend->isEnabled();
    o.sourceLine = m_sourceLine->isChecked();
    return o;
}

QString ExportImageDialog::path() const { return m_path->text(); }

void ExportImageDialog::setPath(const QString& path)
{
    m_path->setText(path);
    syncFormatFromPath();
}

void ExportImageDialog::syncFormatFromPath()
{
    const int i = m_format->findData(QFileInfo(m_path->text()).suffix().toLower());
    if (i >= 0 && i != m_format->currentIndex()) {
        const QSignalBlocker block(m_format);
        m_format->setCurrentIndex(i);
    }
}

void ExportImageDialog::syncPathFromFormat()
{
    const QString ext = m_format->currentData().toString();
    QFileInfo info(m_path->text());
    if (info.fileName().isEmpty())
        return;
    m_path->setText(info.dir().filePath(info.completeBaseName() + u'.' + ext));
}

void ExportImageDialog::updateEnabled()
{
    const bool custom = ExportOptions::SizePreset(m_preset->currentData().toInt()) == ExportOptions::SizePreset::Custom;
    m_width->setEnabled(custom);
    m_height->setEnabled(custom);
}

void ExportImageDialog::browse()
{
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export Image"), m_path->text(),
        tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
    if (!chosen.isEmpty())
        setPath(chosen);
}

void ExportImageDialog::showError(const QString& error)
{
    m_lastError = error;
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

bool ExportImageDialog::exportNow()
{
    if (m_path->text().isEmpty()) {
        showError(tr("Choose a file to export to."));
        return false;
    }
    showError(ImageExporter(options()).exportTo(m_view, m_path->text()));
    return m_lastError.isEmpty();
}

bool ExportImageDialog::copyNow()
{
    showError(ImageExporter(options()).copyToClipboard(m_view));
    return m_lastError.isEmpty();
}

void ExportImageDialog::accept()
{
    if (exportNow())
        QDialog::accept();
}

} // namespace Entente
