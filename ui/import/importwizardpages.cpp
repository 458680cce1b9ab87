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
        { "externalId", QT_TRANSLATE_NOOP("ImportMappingPage", "External id (no twins on re-import)"), &ColumnMapping::externalId },
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
    setSubTitle(tr("CSV or TSV (with or without a header row; ACLED and GDELT exports, spreadsheets), JSON (an array "
                   "of objects, or one object per line) or a TimelineJS file (JSON, or the Google-Sheet template as CSV)."));
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
    m_wizard->preview.reset();
    if (!m_wizard->path.isEmpty()) {
        auto preview = previewImportFile(m_wizard->path, m, 20);
        if (preview.ok())
            m_wizard->preview = std::move(preview).value();
        else
            error = preview.message();
    }
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
    m_issues = checkList(QStringLiteral("issuesList"), this);
    form->addRow(tr("Actors → parties:"), m_actors);
    form->addRow(tr("Issues:"), m_issues);
    form->addRow(tr("Columns → tags:"), m_tags);
    form->addRow(tr("Kept as name=value:"), m_attributes);
    m_separator = new QLineEdit(this);
    m_separator->setObjectName(QStringLiteral("listSeparator"));
    m_separator->setMaxLength(3);
    m_separator->setToolTip(tr("Cells of the actor, issue, tag and source columns hold several values separated by this"));
    form->addRow(tr("List separator:"), m_separator);
    m_aliases = new QTableWidget(0, 2, this);
    m_aliases->setObjectName(QStringLiteral("aliasTable"));
    m_aliases->setHorizontalHeaderLabels({ tr("Actor as written"), tr("Party") });
    m_aliases->horizontalHeader()->setStretchLastSection(true);
    m_aliases->setMaximumHeight(110);
    connect(m_aliases, &QTableWidget::cellChanged, this, [this](int row, int) {
        // Keep one empty row at the end to type a new alias into.
        if (!m_loading && row == m_aliases->rowCount() - 1)
            m_aliases->setRowCount(m_aliases->rowCount() + 1);
    });
    form->addRow(tr("Actor aliases:"), m_aliases);
    m_groupAs = new QComboBox(this);
    m_groupAs->setObjectName(QStringLiteral("groupAsCombo"));
    m_groupAs->addItem(tr("A party"), true);
    m_groupAs->addItem(tr("A tag"), false);
    form->addRow(tr("TimelineJS group becomes:"), m_groupAs);
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
    m_detected.reset();
    if (!m_wizard->path.isEmpty())
        if (auto detected = detectImportMapping(m_wizard->path); detected.ok())
            m_detected = std::move(detected).value();
    if (m_detected)
        m_preset->addItem(tr("Detected: %1").arg(m_detected->name), QStringLiteral("auto"));
    for (const auto& name : mappingPresetNames())
        if (auto m = mappingPreset(name))
            m_preset->addItem(m->name, name);
    for (const auto& name : savedMappingNames(m_wizard->mappingFolder()))
        m_preset->addItem(tr("Saved: %1").arg(name), QString(QStringLiteral("saved:") + name));
    m_loading = false;
    applyPreset(m_detected ? 1 : 0);
    if (m_detected)
        m_preset->setCurrentIndex(1);
}

void ImportMappingPage::applyPreset(int index)
{
    ColumnMapping m = m_wizard->mapping;
    const QString key = m_preset->itemData(index).toString();
    std::optional<ColumnMapping> chosen;
    if (key == u"auto")
        chosen = m_detected;
    else if (key.startsWith(QLatin1String("saved:"))) {
        if (auto saved = resolveMapping(key.mid(6), m_wizard->mappingFolder()); saved.ok())
            chosen = std::move(saved).value();
    } else if (!key.isEmpty())
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
    fillChecks(m_issues, columns, m.issues);
    m_separator->setText(m.listSeparator);
    fillAliases(m.actorAliases);
    m_groupAs->setEnabled(!m.importer.isEmpty());
    for (QComboBox* combo : std::as_const(m_fields))
        combo->setEnabled(m.importer.isEmpty());
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
    m.issues = checkedIn(m_issues);
    m.listSeparator = m_separator->text();
    m.actorAliases.clear();
    for (int r = 0; r < m_aliases->rowCount(); ++r) {
        const QTableWidgetItem* from = m_aliases->item(r, 0);
        const QTableWidgetItem* to = m_aliases->item(r, 1);
        if (from && to && !from->text().trimmed().isEmpty() && !to->text().trimmed().isEmpty())
            m.actorAliases.insert(from->text().trimmed(), to->text().trimmed());
    }
    m_wizard->setProperty("groupsAsParties", m_groupAs->currentData().toBool());
    if (!m_name->text().trimmed().isEmpty())
        m.name = m_name->text().trimmed();
}

void ImportMappingPage::fillAliases(const QHash<QString, QString>& aliases)
{
    const bool loading = std::exchange(m_loading, true);
    QStringList keys = aliases.keys();
    keys.sort(Qt::CaseInsensitive);
    m_aliases->setRowCount(int(keys.size()) + 1);
    for (int r = 0; r < keys.size(); ++r) {
        m_aliases->setItem(r, 0, new QTableWidgetItem(keys[r]));
        m_aliases->setItem(r, 1, new QTableWidgetItem(aliases.value(keys[r])));
    }
    m_loading = loading;
}

bool ImportMappingPage::isComplete() const
{
    return !m_wizard->mapping.importer.isEmpty() || (!m_fields.isEmpty() && m_fields.front()->currentIndex() > 0);
}

bool ImportMappingPage::validatePage()
{
    readBack();
    return true;
}

void ImportMappingPage::saveMapping()
{
    readBack();
    if (m_name->text().trimmed().isEmpty()) {
        m_saved->setText(tr("Give the mapping a name first."));
    } else if (const Status saved = saveNamedMapping(m_wizard->mappingFolder(), m_wizard->mapping); saved.ok())
        m_saved->setText(tr("Saved “%1”.").arg(m_wizard->mapping.name));
    else
        m_saved->setText(saved.message());
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
    connect(runner, &EventImportRunner::finished, this, [this](const Status& status) {
        const bool ok = status.ok();
        m_done = true;
        m_cancel->setEnabled(false);
        m_progress->setValue(ok ? 1000 : m_progress->value());
        const auto& r = m_wizard->runner()->report();
        m_status->setText(ok ? tr("Imported %L1 events, skipped %L2 rows.").arg(r.rowsImported).arg(r.rowsSkipped)
                             : status.message());
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
    m_wizard->ownReport.reset();
    if (const QString importer = m_wizard->mapping.importer; !importer.isEmpty()) {
        // TimelineJS files are small: read here, at once.

        const Dossier& target = m_wizard->target();
        EventImportResult r;
        auto read = readTimelineToolFile(importer, m_wizard->path, target, m_wizard->property("groupsAsParties").toBool(),
            m_wizard->property("skipBadRows").toBool(), &r);
        const QString error = read.message();
        std::optional<Dossier> merged;
        if (read.ok())
            merged = std::move(read).value();
        if (merged) {
            if (importer != u"timeflow")
                r.rowsImported = r.rowsRead = merged->events().size() - target.events().size();
            r.newParties.clear();
            for (qsizetype i = target.parties().size(); i < merged->parties().size(); ++i)
                r.newParties << merged->parties()[i];
            r.newPartyRows.fill(0, r.newParties.size());
            for (qsizetype row = 0; row < merged->events().size(); ++row)
                if (target.events().rowOfId(merged->events().id(row)) < 0)
                    for (const QString& party : merged->events().refTexts(row, EventStore::RefKind::Party))
                        for (qsizetype i = 0; i < r.newParties.size(); ++i)
                            if (r.newParties[i].id == party)
                                ++r.newPartyRows[i];
        }
        m_wizard->ownReport = std::move(r);
        m_wizard->ownError = error;
        m_done = true;
        m_cancel->setEnabled(false);
        m_progress->setValue(merged ? 1000 : 0);
        m_status->setText(merged ? tr("Read %L1 events.").arg(m_wizard->ownReport->rowsImported) : error);
        m_wizard->setResult(std::move(merged));
        emit completeChanged();
        return;
    }
    EventImportOptions o;
    o.skipBadRows = m_wizard->property("skipBadRows").toBool();
    o.chunkSize = 1 << 20; // progress several times a second
    // The previous run may still be winding down after Back (cleanupPage cancels it): say so.
    if (const Status started = m_wizard->runner()->start(m_wizard->path, m_wizard->mapping, m_wizard->target(), o);
        !started.ok())
        m_status->setText(started.message());
}

void ImportRunPage::cleanupPage() { m_wizard->runner()->cancel(); }

bool ImportRunPage::isComplete() const { return m_done; }

// --- Report -------------------------------------------------------------------------------------------------

ImportReportPage::ImportReportPage(ImportWizard* wizard)
    : m_wizard(wizard)
{
    setTitle(tr("Review"));
    setSubTitle(tr("Nothing is in the dossier yet: Finish adds what is listed here, Cancel drops it."));
    setFinalPage(true);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setWordWrap(true);
    m_parties = new QTableWidget(0, 2, this);
    m_parties->setObjectName(QStringLiteral("newPartiesTable"));
    m_parties->setHorizontalHeaderLabels({ tr("New party"), tr("Rows") });
    m_parties->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_parties->horizontalHeader()->setStretchLastSection(true);
    m_errors = new QTableWidget(0, 3, this);
    m_errors->setObjectName(QStringLiteral("errorTable"));
    m_errors->setHorizontalHeaderLabels({ tr("Line"), tr("Column"), tr("Reason") });
    m_errors->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_errors->horizontalHeader()->setStretchLastSection(true);
    m_save = new QPushButton(tr("Save report…"), this);
    m_save->setObjectName(QStringLiteral("saveReportButton"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_parties, 1);
    layout->addWidget(m_errors, 1);
    layout->addWidget(m_save, 0, Qt::AlignLeft);
    connect(m_save, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save report"), QString(), tr("CSV (*.csv)"));
        if (path.isEmpty())
            return;
        if (const Status saved = m_wizard->report().saveReport(path); !saved.ok())
            QMessageBox::warning(this, tr("Save report"), saved.message());
    });
}

void ImportReportPage::initializePage()
{
    const auto& r = m_wizard->report();
    const QString error = m_wizard->ownReport ? m_wizard->ownError : m_wizard->runner()->error().message();
    if (m_wizard->result()) {
        QString text = tr("%L1 rows read: %L2 events to add, %L3 rows skipped, %L4 duplicates of events already in the "
                          "dossier (same external id) left out, %L5 new parties.")
                           .arg(r.rowsRead)
                           .arg(r.rowsImported)
                           .arg(r.rowsSkipped)
                           .arg(r.rowsDuplicate)
                           .arg(r.newParties.size());
        QStringList aliases = r.aliasesApplied;
        aliases.removeDuplicates();
        if (!aliases.isEmpty())
            text += u'\n' + tr("Aliases applied: %1").arg(aliases.join(QStringLiteral("; ")));
        m_summary->setText(text);
    } else {
        m_summary->setText(tr("Nothing was imported: %1").arg(error));
    }
    m_parties->setRowCount(m_wizard->result() ? int(r.newParties.size()) : 0);
    for (int i = 0; i < m_parties->rowCount(); ++i) {
        m_parties->setItem(i, 0, new QTableWidgetItem(r.newParties[i].name));
        m_parties->setItem(i, 1, new QTableWidgetItem(QString::number(r.newPartyRows.value(i))));
    }
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
