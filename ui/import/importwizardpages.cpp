// SPDX-License-Identifier: GPL-3.0-or-later
#include "importwizardpages.h"
#include "eventimportrunner.h"
#include "importwizard.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Entente {

namespace {
    struct FieldInfo {
        const char* key; // objectName suffix
        const char* label;
        QString ColumnMapping::*member;
    };
    const FieldInfo fields[] = {
        { "date", QT_TRANSLATE_NOOP("ImportMappingPage", "Date"), &ColumnMapping::date },
        { "endDate", QT_TRANSLATE_NOOP("ImportMappingPage", "End date"), &ColumnMapping::endDate },
        { "title", QT_TRANSLATE_NOOP("ImportMappingPage", "Title (column or {template})"), &ColumnMapping::title },
        { "description", QT_TRANSLATE_NOOP("ImportMappingPage", "Description"), &ColumnMapping::description },
        { "notes", QT_TRANSLATE_NOOP("ImportMappingPage", "Notes"), &ColumnMapping::notes },
        { "location", QT_TRANSLATE_NOOP("ImportMappingPage", "Location"), &ColumnMapping::location },
        { "latitude", QT_TRANSLATE_NOOP("ImportMappingPage", "Latitude"), &ColumnMapping::latitude },
        { "longitude", QT_TRANSLATE_NOOP("ImportMappingPage", "Longitude"), &ColumnMapping::longitude },
        { "source", QT_TRANSLATE_NOOP("ImportMappingPage", "Source"), &ColumnMapping::source },
        { "eventType", QT_TRANSLATE_NOOP("ImportMappingPage", "Event type (tag)"), &ColumnMapping::eventType },
    };

    QListWidget* checkList(const QString& name, QWidget* parent)
    {
        auto* l = new QListWidget(parent);
        l->setObjectName(name);
        l->setMaximumHeight(90);
        return l;
    }

    void fillChecks(QListWidget* l, const QStringList& columns, const QStringList& checked)
    {
        l->clear();
        for (const auto& c : columns) {
            auto* item = new QListWidgetItem(c, l);
            item->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
            item->setCheckState(checked.contains(c, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
        }
    }

    QStringList checkedIn(const QListWidget* l)
    {
        QStringList out;
        for (int i = 0; i < l->count(); ++i)
            if (l->item(i)->checkState() == Qt::Checked)
                out << l->item(i)->text();
        return out;
    }
}

// --- File ---------------------------------------------------------------------------------------------------

ImportFilePage::ImportFilePage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Choose a file"));
    setSubTitle(tr("CSV or TSV (with or without a header row) or JSON (an array of objects, or one object per line)."));
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("filePath"));
    auto* browse = new QPushButton(tr("Browse…"), this);
    browse->setObjectName(QStringLiteral("browseButton"));
    m_delimiter = new QComboBox(this);
    m_delimiter->setObjectName(QStringLiteral("delimiterCombo"));
    m_delimiter->addItem(tr("Detect"), QString());
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_header = new QComboBox(this);
    m_header->setObjectName(QStringLiteral("headerCombo"));
    m_header->addItems({ tr("Detect"), tr("First row is a header"), tr("No header row") });
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedLabel"));
    m_detected->setTextFormat(Qt::PlainText);
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);

    auto* row = new QHBoxLayout;
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    auto* form = new QFormLayout;
    form->addRow(tr("File:"), row);
    form->addRow(tr("Delimiter:"), m_delimiter);
    form->addRow(tr("Header:"), m_header);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_detected);
    layout->addWidget(m_table, 1);

    connect(browse, &QPushButton::clicked, this, [this] {
        const QString f = QFileDialog::getOpenFileName(this, tr("Import events"), QString(),
            tr("Event data (*.csv *.tsv *.txt *.json *.ndjson *.jsonl);;All files (*)"));
        if (!f.isEmpty())
            m_path->setText(f);
    });
    connect(m_path, &QLineEdit::textChanged, this, [this] { refresh(); });
    connect(m_delimiter, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
    connect(m_header, &QComboBox::currentIndexChanged, this, [this] { refresh(); });
}

void ImportFilePage::refresh()
{
    m_wizard->path = m_path->text().trimmed();
    ColumnMapping& m = m_wizard->mapping;
    const QString d = m_delimiter->currentData().toString();
    m.delimiter = d.isEmpty() ? QChar() : d[0];
    m.header = ColumnMapping::Header(m_header->currentIndex());
    QString error;
    m_wizard->preview = m_wizard->path.isEmpty() ? std::nullopt : previewImportFile(m_wizard->path, m, 20, &error);
    m_table->clear();
    if (!m_wizard->preview) {
        m_detected->setText(error);
        m_table->setRowCount(0);
        m_table->setColumnCount(0);
    } else {
        const ImportPreview& p = *m_wizard->preview;
        const QString delimiter = p.delimiter == '\t' ? tr("tab") : p.delimiter == ';' ? tr("semicolon") : tr("comma");
        m_detected->setText(p.format == ImportFormat::Json
                ? tr("JSON, %n field(s)", nullptr, int(p.columns.size()))
                : tr("Delimited text (%1), %2, %n column(s)", nullptr, int(p.columns.size()))
                      .arg(delimiter, p.hasHeader ? tr("with a header row") : tr("no header row")));
        m_table->setColumnCount(int(p.columns.size()));
        m_table->setHorizontalHeaderLabels(p.columns);
        m_table->setRowCount(int(p.rows.size()));
        for (int r = 0; r < p.rows.size(); ++r)
            for (int c = 0; c < p.rows[r].size() && c < p.columns.size(); ++c)
                m_table->setItem(r, c, new QTableWidgetItem(p.rows[r][c]));
    }
    emit completeChanged();
}

bool ImportFilePage::isComplete() const { return m_wizard->preview && !m_wizard->preview->columns.isEmpty(); }

// --- Mapping ------------------------------------------------------------------------------------------------

ImportMappingPage::ImportMappingPage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Map columns to event fields"));
    m_preset = new QComboBox(this);
    m_preset->setObjectName(QStringLiteral("presetCombo"));
    auto* form = new QFormLayout;
    form->addRow(tr("Preset:"), m_preset);
    for (const auto& f : fields) {
        auto* combo = new QComboBox(this);
        combo->setObjectName(QStringLiteral("field_") + QLatin1String(f.key));
        combo->setEditable(QLatin1String(f.key) == QLatin1String("title"));
        form->addRow(tr(f.label), combo);
        m_fields << combo;
        connect(combo, &QComboBox::currentTextChanged, this, [this] {
            if (!m_loading)
                emit completeChanged();
        });
    }
    m_actors = checkList(QStringLiteral("actorsList"), this);
    m_tags = checkList(QStringLiteral("tagsList"), this);
    m_attributes = checkList(QStringLiteral("attributesList"), this);
    form->addRow(tr("Actors → parties:"), m_actors);
    form->addRow(tr("Columns → tags:"), m_tags);
    form->addRow(tr("Kept as name=value:"), m_attributes);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("mappingName"));
    auto* save = new QPushButton(tr("Save mapping"), this);
    save->setObjectName(QStringLiteral("saveMappingButton"));
    m_saved = new QLabel(this);
    m_saved->setObjectName(QStringLiteral("savedLabel"));
    m_saved->setTextFormat(Qt::PlainText);
    auto* row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(save);
    form->addRow(tr("Name:"), row);
    form->addRow(QString(), m_saved);
    setLayout(form);
    connect(m_preset, &QComboBox::activated, this, [this](int i) { applyPreset(i); });
    connect(save, &QPushButton::clicked, this, [this] { saveMapping(); });
}

void ImportMappingPage::initializePage()
{
    m_loading = true;
    m_preset->clear();
    m_preset->addItem(tr("Custom"), QString());
    for (const auto& name : mappingPresetNames())
        if (auto m = mappingPreset(name))
            m_preset->addItem(m->name, name);
    for (const auto& name : savedMappingNames(m_wizard->mappingFolder()))
        m_preset->addItem(tr("Saved: %1").arg(name), QString(QStringLiteral("saved:") + name));
    m_loading = false;
    applyPreset(0);
}

void ImportMappingPage::applyPreset(int index)
{
    ColumnMapping m = m_wizard->mapping;
    const QString key = m_preset->itemData(index).toString();
    std::optional<ColumnMapping> chosen;
    if (key.startsWith(QLatin1String("saved:")))
        chosen = resolveMapping(key.mid(6), m_wizard->mappingFolder());
    else if (!key.isEmpty())
        chosen = mappingPreset(key);
    if (chosen) {
        chosen->delimiter = m.delimiter.isNull() ? chosen->delimiter : m.delimiter;
        m = *chosen;
    }
    QStringList columns = m_wizard->preview ? m_wizard->preview->columns : QStringList();
    if (m_wizard->preview && !m_wizard->preview->hasHeader && !m.columnNames.isEmpty())
        for (qsizetype i = 0; i < columns.size() && i < m.columnNames.size(); ++i)
            columns[i] = m.columnNames[i];
    m_loading = true;
    for (int i = 0; i < m_fields.size(); ++i) {
        QComboBox* combo = m_fields[i];
        combo->clear();
        combo->addItem(tr("(none)"), QString());
        for (const auto& c : columns)
            combo->addItem(c, c);
        const QString ref = m.*fields[i].member;
        int at = ref.isEmpty() ? 0 : combo->findData(ref, Qt::UserRole, Qt::MatchFixedString);
        if (at < 0 && combo->isEditable()) {
            combo->addItem(ref, ref);
            at = combo->count() - 1;
        }
        combo->setCurrentIndex(std::max(at, 0));
    }
    fillChecks(m_actors, columns, m.actors);
    fillChecks(m_tags, columns, m.tags);
    fillChecks(m_attributes, columns, m.attributes);
    m_name->setText(chosen ? m.name : QString());
    m_loading = false;
    m_wizard->mapping = m;
    emit completeChanged();
}

void ImportMappingPage::readBack()
{
    ColumnMapping& m = m_wizard->mapping;
    for (int i = 0; i < m_fields.size(); ++i) {
        QComboBox* combo = m_fields[i];
        const bool typed = combo->isEditable() && combo->currentText() != combo->itemText(combo->currentIndex());
        QString ref = typed ? combo->currentText() : combo->currentData().toString();
        if (combo->isEditable() && combo->currentIndex() == 0 && combo->currentText() == combo->itemText(0))
            ref.clear();
        m.*fields[i].member = ref;
    }
    m.actors = checkedIn(m_actors);
    m.tags = checkedIn(m_tags);
    m.attributes = checkedIn(m_attributes);
    if (!m_name->text().trimmed().isEmpty())
        m.name = m_name->text().trimmed();
}

bool ImportMappingPage::isComplete() const { return !m_fields.isEmpty() && m_fields.front()->currentIndex() > 0; }

bool ImportMappingPage::validatePage()
{
    readBack();
    return true;
}

void ImportMappingPage::saveMapping()
{
    readBack();
    QString error;
    if (m_name->text().trimmed().isEmpty())
        m_saved->setText(tr("Give the mapping a name first."));
    else if (saveNamedMapping(m_wizard->mappingFolder(), m_wizard->mapping, &error))
        m_saved->setText(tr("Saved “%1”.").arg(m_wizard->mapping.name));
    else
        m_saved->setText(error);
}

// --- Options ------------------------------------------------------------------------------------------------

ImportOptionsPage::ImportOptionsPage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Unknown actors and bad rows"));
    m_policy = new QComboBox(this);
    m_policy->setObjectName(QStringLiteral("actorPolicyCombo"));
    m_policy->addItem(tr("Create a party for each new actor"), int(ColumnMapping::ActorPolicy::Create));
    m_policy->addItem(tr("Drop actors that match no party"), int(ColumnMapping::ActorPolicy::Drop));
    m_policy->addItem(tr("Treat rows with unknown actors as bad"), int(ColumnMapping::ActorPolicy::Reject));
    m_skip = new QCheckBox(tr("Skip bad rows and report them (otherwise stop at the first)"), this);
    m_skip->setObjectName(QStringLiteral("skipBadRowsCheck"));
    m_skip->setChecked(true);
    auto* form = new QFormLayout(this);
    form->addRow(tr("Unknown actors:"), m_policy);
    form->addRow(m_skip);
    auto* note = new QLabel(tr("Actors are first matched to existing parties by name, short name or id."), this);
    note->setWordWrap(true);
    form->addRow(note);
}

void ImportOptionsPage::initializePage()
{
    m_policy->setCurrentIndex(m_policy->findData(int(m_wizard->mapping.actorPolicy)));
}

bool ImportOptionsPage::validatePage()
{
    m_wizard->mapping.actorPolicy = ColumnMapping::ActorPolicy(m_policy->currentData().toInt());
    m_wizard->setProperty("skipBadRows", m_skip->isChecked());
    return true;
}

// --- Run ----------------------------------------------------------------------------------------------------

ImportRunPage::ImportRunPage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Importing"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("progressBar"));
    m_progress->setRange(0, 1000);
    m_rate = new QLabel(this);
    m_rate->setObjectName(QStringLiteral("rateLabel"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_cancel = new QPushButton(tr("Cancel import"), this);
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_rate);
    layout->addWidget(m_status);
    layout->addWidget(m_cancel, 0, Qt::AlignLeft);
    layout->addStretch(1);
    auto* runner = m_wizard->runner();
    connect(m_cancel, &QPushButton::clicked, runner, &EventImportRunner::cancel);
    connect(runner, &EventImportRunner::progress, this, [this](qint64 bytes, qint64 total, qint64 rows, double rate) {
        if (total > 0)
            m_progress->setValue(int(1000 * bytes / total));
        m_rate->setText(tr("%L1 rows, %L2 rows/s").arg(rows).arg(qint64(rate)));
    });
    connect(runner, &EventImportRunner::finished, this, [this](bool ok) {
        m_done = true;
        m_cancel->setEnabled(false);
        m_progress->setValue(ok ? 1000 : m_progress->value());
        const auto& r = m_wizard->runner()->report();
        m_status->setText(ok ? tr("Imported %L1 events, skipped %L2 rows.").arg(r.rowsImported).arg(r.rowsSkipped)
                             : m_wizard->runner()->errorString());
        m_wizard->setResult(ok ? m_wizard->runner()->takeResult() : std::nullopt);
        emit completeChanged();
    });
}

void ImportRunPage::initializePage()
{
    m_done = false;
    m_progress->setValue(0);
    m_rate->clear();
    m_status->setText(tr("Reading %1…").arg(m_wizard->path));
    m_cancel->setEnabled(true);
    m_wizard->setResult(std::nullopt);
    EventImportOptions o;
    o.skipBadRows = m_wizard->property("skipBadRows").toBool();
    o.chunkSize = 1 << 20; // progress several times a second
    m_wizard->runner()->start(m_wizard->path, m_wizard->mapping, m_wizard->target(), o);
}

void ImportRunPage::cleanupPage() { m_wizard->runner()->cancel(); }

bool ImportRunPage::isComplete() const { return m_done; }

// --- Report -------------------------------------------------------------------------------------------------

ImportReportPage::ImportReportPage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Report"));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_errors = new QTableWidget(0, 3, this);
    m_errors->setObjectName(QStringLiteral("errorTable"));
    m_errors->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Reason") });
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_save = new QPushButton(tr("Save report…"), this);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QString(), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty() && !m_wizard->report().saveReport(path, &error))
            QMessageBox::warning(this, tr("Save report"), error);
    });
}

void ImportReportPage::initializePage()
{
    const auto& r = m_wizard->report();
    if (m_wizard->result())
        m_summary->setText(tr("%L1 rows read: %L2 events imported, %L3 rows skipped, %L4 new parties.")
                               .arg(r.rowsRead)
                               .arg(r.rowsImported)
                               .arg(r.rowsSkipped)
                               .arg(r.newParties.size()));
    else
        m_summary->setText(tr("Nothing was imported: %1").arg(m_wizard->runner()->errorString()));
    m_errors->setRowCount(int(r.errors.size()));
    for (int i = 0; i < r.errors.size(); ++i) {
        const auto& e = r.errors[i];
        m_errors->setItem(i, 0, new QTableWidgetItem(QString::number(e.line)));
        m_errors->setItem(i, 1, new QTableWidgetItem(e.column));
        m_errors->setItem(i, 2, new QTableWidgetItem(e.reason));
    }
    m_save->setEnabled(r.errorCount > 0);
}

} // namespace Entente
