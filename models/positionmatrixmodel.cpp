// SPDX-License-Identifier: GPL-3.0-or-later
#include "positionmatrixmodel.h"
#include "notesmodel.h"

#include "citations.h"
#include "reliability.h"

#include "scalelabels.h"
#include "commands.h"
#include "document.h"

#include <QColor>

#include <cmath>

namespace Entente {

namespace {
    // WCAG relative luminance; the text colour with the higher contrast ratio wins.
    double luminance(const QColor& c)
    {
        auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    }

    QColor readableTextOn(const QColor& background)
    {
        const double l = luminance(background);
        const double contrastBlack = (l + 0.05) / 0.05;
        const double contrastWhite = 1.05 / (l + 0.05);
        return contrastBlack >= contrastWhite ? QColor(Qt::black) : QColor(Qt::white);
    }
}

PositionMatrixModel::PositionMatrixModel(Document* doc, QObject* parent)
    : QAbstractTableModel(parent)
    , m_doc(doc)
    , m_asOf(doc->asOf())
    , m_previousAsOf(doc->asOf())
{
    connect(doc, &Document::reset, this, [this] {
        beginResetModel();
        m_asOf = m_previousAsOf = m_doc->asOf();
        recompute();
        endResetModel();
    });
    connect(doc, &Document::asOfChanged, this, &PositionMatrixModel::onAsOfChanged);
    connect(doc, &Document::positionChanged, this, &PositionMatrixModel::onPositionChanged);
    connect(doc, &Document::statusChanged, this, [this](qsizetype issue) {
        refreshStatuses();
        emit headerDataChanged(Qt::Horizontal, int(issue), int(issue));
    });
    connect(doc, &Document::scalesChanged, this, [this] {
        refreshStatuses();
        emitAllChanged();
        if (m_cols > 0)
            emit headerDataChanged(Qt::Horizontal, 0, m_cols - 1);
    });
    connect(doc, &Document::sourceChanged, this, [this] { emitAllChanged(); });
    // A note may move between cells when edited: the few roles it shows are refreshed over the whole matrix.
    for (auto signal : { &Document::noteInserted, &Document::noteChanged, &Document::noteRemoved })
        connect(doc, signal, this, [this] {
            if (m_rows > 0 && m_cols > 0)
                emit dataChanged(index(0, 0), index(m_rows - 1, m_cols - 1), { NotedRole, Qt::ToolTipRole });
        });
    // A cited event's sources and claims weigh in its cells' corroboration marks.
    connect(doc, &Document::eventChanged, this, [this] {
        if (m_markWeak)
            emitAllChanged();
    });
    connect(doc, &Document::partyChanged, this, [this](qsizetype p) {
        emit headerDataChanged(Qt::Vertical, int(p), int(p));
        if (m_cols > 0)
            emit dataChanged(index(int(p), 0), index(int(p), m_cols - 1), { Qt::ToolTipRole, Qt::AccessibleTextRole });
    });
    connect(doc, &Document::issueChanged, this, [this](qsizetype i) {
        emit headerDataChanged(Qt::Horizontal, int(i), int(i));
        if (m_rows > 0)
            emit dataChanged(index(0, int(i)), index(m_rows - 1, int(i)), { Qt::ToolTipRole, Qt::AccessibleTextRole });
    });
    // Structure: the cached matrix keeps the old layout until begin*() has been announced.
    connect(doc, &Document::partyInserted, this, [this](qsizetype p) {
        beginInsertRows({}, int(p), int(p));
        recompute();
        endInsertRows();
    });
    connect(doc, &Document::partyRemoved, this, [this](qsizetype p) {
        beginRemoveRows({}, int(p), int(p));
        recompute();
        endRemoveRows();
    });
    connect(doc, &Document::partyMoved, this, [this](qsizetype from, qsizetype to) {
        beginMoveRows({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
        recompute();
        endMoveRows();
    });
    connect(doc, &Document::issueInserted, this, [this](qsizetype i) {
        beginInsertColumns({}, int(i), int(i));
        recompute();
        endInsertColumns();
    });
    connect(doc, &Document::issueRemoved, this, [this](qsizetype i) {
        beginRemoveColumns({}, int(i), int(i));
        recompute();
        endRemoveColumns();
    });
    connect(doc, &Document::issueMoved, this, [this](qsizetype from, qsizetype to) {
        beginMoveColumns({}, int(from), int(from), {}, int(to > from ? to + 1 : to));
        recompute();
        endMoveColumns();
    });
    recompute();
}

void PositionMatrixModel::setMarkWeak(bool on)
{
    if (on == m_markWeak)
        return;
    m_markWeak = on;
    emitAllChanged();
}

void PositionMatrixModel::setWeakThreshold(const QString& grade)
{
    if (grade == m_weakThreshold)
        return;
    m_weakThreshold = grade;
    emitAllChanged();
}

bool PositionMatrixModel::isWeak(int row, int column) const
{
    const auto& d = m_doc->dossier();
    const auto* c = changeAt(row, column);
    const ScaleLevel* level = c ? d.stanceLevel(c->stance) : nullptr;
    if (!level || level->isUnknown)
        return false; // nothing stated, nothing to weigh
    const CellSupport support = cellSupport(d, *c);
    return support.independentSources <= 1 || gradeBelow(support.grade, m_weakThreshold);
}

int PositionMatrixModel::rowCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_rows; }

int PositionMatrixModel::columnCount(const QModelIndex& parent) const { return parent.isValid() ? 0 : m_cols; }

void PositionMatrixModel::recompute()
{
    const auto& d = m_doc->dossier();
    m_rows = int(d.parties().size());
    m_cols = int(d.issues().size());
    d.matrixAsOf(m_asOf, m_cells);
    d.matrixAsOf(m_compareDate.value_or(m_previousAsOf), m_baseline);
    refreshStatuses();
}

void PositionMatrixModel::refreshStatuses()
{
    const auto& d = m_doc->dossier();
    m_statuses.resize(size_t(m_cols));
    for (int i = 0; i < m_cols; ++i)
        m_statuses[size_t(i)] = d.statusAsOf(i, m_asOf);
}

void PositionMatrixModel::emitAllChanged()
{
    if (m_rows > 0 && m_cols > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, m_cols - 1)); // inclusive corner, never one past
}

void PositionMatrixModel::onAsOfChanged(qint64 msecs)
{
    m_oldCells.assign(m_cells.begin(), m_cells.end());
    m_oldBaseline.assign(m_baseline.begin(), m_baseline.end());
    if (!m_compareDate) {
        // The previous step becomes the baseline: swap keeps both buffers' capacity.
        m_previousAsOf = m_asOf;
        m_baseline.swap(m_cells);
    }
    m_asOf = msecs;
    m_doc->dossier().matrixAsOf(m_asOf, m_cells);
    // What a cell shows depends on its change in force and, through the changed mark, on its baseline: a
    // cell whose change in force stayed and whose mark stayed looks the same, so it is not announced. (In
    // compare mode the baseline is the compare date's and does not move with the as-of date.)
    const size_t cols = size_t(m_cols);
    const auto& changes = m_doc->dossier().positionChanges();
    auto stanceOf = [&](qint32 i) { return i < 0 ? QString() : changes[size_t(i)].stance; };
    if (m_cells.size() == m_oldCells.size() && m_baseline.size() == m_oldBaseline.size()) {
        for (size_t r = 0; r < size_t(m_rows); ++r) {
            const size_t row = r * cols;
            for (size_t c = 0; c < cols;) {
                auto moved = [&](size_t k) {
                    const size_t i = row + k;
                    if (m_cells[i] != m_oldCells[i])
                        return true;
                    if (m_baseline[i] == m_oldBaseline[i])
                        return false;
                    const QString stance = stanceOf(m_cells[i]);
                    return (stanceOf(m_baseline[i]) != stance) != (stanceOf(m_oldBaseline[i]) != stance);
                };
                if (!moved(c)) {
                    ++c;
                    continue;
                }
                size_t end = c + 1;
                while (end < cols && moved(end))
                    ++end;
                emit dataChanged(index(int(r), int(c)), index(int(r), int(end - 1)));
                c = end;
            }
        }
    } else {
        emitAllChanged();
    }
    const auto& d = m_doc->dossier();
    m_statuses.resize(cols);
    for (int i = 0; i < m_cols; ++i) {
        const StatusChange* s = d.statusAsOf(i, m_asOf);
        if (s == m_statuses[size_t(i)])
            continue;
        m_statuses[size_t(i)] = s;
        emit headerDataChanged(Qt::Horizontal, i, i);
    }
}

void PositionMatrixModel::onPositionChanged(qsizetype party, qsizetype issue)
{
    const auto& d = m_doc->dossier();
    const auto cell = size_t(d.cellOf(party, issue));
    const auto& index = d.positionIndex();
    m_cells[cell] = qint32(index.at(qsizetype(cell), m_asOf));
    if (m_compareDate)
        m_baseline[cell] = qint32(index.at(qsizetype(cell), *m_compareDate));
    const auto i = this->index(int(party), int(issue));
    emit dataChanged(i, i);
}

void PositionMatrixModel::setCompareDate(std::optional<qint64> msecs)
{
    if (msecs == m_compareDate)
        return;
    m_compareDate = msecs;
    if (!msecs)
        m_previousAsOf = m_asOf; // leaving compare mode: nothing is marked until the next step
    m_doc->dossier().matrixAsOf(m_compareDate.value_or(m_previousAsOf), m_baseline);
    if (m_rows > 0 && m_cols > 0)
        emit dataChanged(
            index(0, 0), index(m_rows - 1, m_cols - 1), { ChangedSincePreviousRole, CompareDirectionRole });
}

const PositionChange* PositionMatrixModel::changeAt(int row, int column) const
{
    if (row < 0 || column < 0 || row >= m_rows || column >= m_cols)
        return nullptr;
    const qint32 i = m_cells[size_t(row) * size_t(m_cols) + size_t(column)];
    return i < 0 ? nullptr : &m_doc->dossier().positionChanges()[size_t(i)];
}

const PositionChange* PositionMatrixModel::baselineAt(int row, int column) const
{
    const qint32 i = m_baseline[size_t(row) * size_t(m_cols) + size_t(column)];
    return i < 0 ? nullptr : &m_doc->dossier().positionChanges()[size_t(i)];
}

QString PositionMatrixModel::accessibleText(int row, int column) const
{
    const auto& d = m_doc->dossier();
    const QString& party = d.parties()[row].name;
    const QString& issue = d.issues()[column].name;
    const auto* c = changeAt(row, column);
    if (!c)
        return tr("%1 on %2: no recorded position").arg(party, issue);
    const auto* level = d.stanceLevel(c->stance);
    return tr("%1 on %2: %3 since %4").arg(party, issue, level ? displayLabel(*level) : c->stance, c->effective.display());
}

QString PositionMatrixModel::accessibleDescription(int row, int column) const
{
    // What the painted marks say: salience bar, sources (or the no-source triangle), the change dot.
    const auto& d = m_doc->dossier();
    const auto* c = changeAt(row, column);
    if (!c)
        return {};
    QStringList parts;
    if (c->salience >= 0)
        parts << tr("salience %1 of 100").arg(c->salience);
    QStringList sources;
    for (const auto& v : citationViews(d, c->citedSources, c->claims))
        if (!v.grade.isEmpty())
            sources << citationText(v, false);
    if (!sources.isEmpty())
        parts << tr("sources: %1").arg(sources.join(QStringLiteral("; ")));
    else if (c->citedEvents.isEmpty())
        parts << tr("no source cited");
    else
        parts << tr("cites %n event(s)", nullptr, int(c->citedEvents.size()));
    const int independent = cellSupport(d, *c).independentSources;
    if (independent == 1)
        parts << tr("rests on one source");
    else if (independent > 1)
        parts << tr("rests on %1 independent sources").arg(independent);
    const auto* b = baselineAt(row, column);
    if ((b ? b->stance : QString()) != c->stance)
        parts << tr("changed since the previous step");
    return parts.join(QStringLiteral(", "));
}

QString PositionMatrixModel::toolTip(int row, int column) const
{
    const auto& d = m_doc->dossier();
    const auto* c = changeAt(row, column);
    QString tip = tr("<b>%1</b> on <b>%2</b>")
                      .arg(d.parties()[row].name.toHtmlEscaped(), d.issues()[column].name.toHtmlEscaped());
    // The analyst's notes on the cell come last, each escaped: note text is data.
    QString notes;
    for (const qsizetype n : d.notesOnCell(d.parties()[row].id, d.issues()[column].id)) {
        const Note& note = d.notes()[n];
        notes += QStringLiteral("<br>")
            + (note.confidence ? tr("Key judgement (%1 confidence): %2")
                                     .arg(confidenceLabel(*note.confidence), note.text.toHtmlEscaped())
                               : tr("Note: %1").arg(note.text.toHtmlEscaped()));
    }
    if (!c)
        return tip + QStringLiteral("<br>") + tr("No recorded position") + notes;
    const auto* level = d.stanceLevel(c->stance);
    tip += QStringLiteral("<br>")
        + tr("Latest change: %1, %2").arg(c->effective.display(), (level ? level->label : c->stance).toHtmlEscaped());
    if (c->salience >= 0)
        tip += QStringLiteral("<br>") + tr("Salience: %1").arg(c->salience);
    if (!c->note.isEmpty())
        tip += QStringLiteral("<br>") + tr("Note: %1").arg(c->note.toHtmlEscaped());
    // Each cited source with the grade of this claim ("D3") and who makes it.
    for (const auto& v : citationViews(d, c->citedSources, c->claims)) {
        if (v.grade.isEmpty())
            continue;
        tip += QStringLiteral("<br>") + tr("Source: %1").arg(citationText(v).toHtmlEscaped());
        if (!v.title.isEmpty())
            tip += QStringLiteral(" · <i>%1</i>").arg(v.title.toHtmlEscaped());
    }
    if (c->citedSources.isEmpty() && c->citedEvents.isEmpty())
        tip += QStringLiteral("<br>") + tr("No source cited");
    // Corroboration: the change's own sources and those of the events it cites, one outlet counted once.
    const CellSupport support = cellSupport(d, *c);
    if (support.independentSources > 0)
        tip += QStringLiteral("<br>")
            + (support.independentSources == 1
                    ? tr("Rests on one source, graded %1").arg(support.grade.toHtmlEscaped())
                    : tr("Rests on %1 independent sources, best graded %2")
                          .arg(support.independentSources)
                          .arg(support.grade.toHtmlEscaped()));
    if (isWeak(row, column) && support.independentSources > 0)
        tip += QStringLiteral("<br>")
            + (support.independentSources <= 1 ? tr("Single source") : tr("Graded below %1").arg(m_weakThreshold));
    return tip + notes;
}

QVariant PositionMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row(), column = index.column();
    const auto& d = m_doc->dossier();
    const auto* c = changeAt(row, column);
    const ScaleLevel* level = c ? d.stanceLevel(c->stance) : nullptr;
    // With no recorded position the cell shows the scale's Unknown level, as exports do.
    const ScaleLevel* shown = level;
    if (!shown)
        for (const auto& l : d.stanceScale())
            if (l.isUnknown)
                shown = &l;
    switch (role) {
    case Qt::DisplayRole:
        return shown ? displayLabel(*shown) : QString();
    case Qt::EditRole:
    case StanceKeyRole:
        return c ? c->stance : QString();
    case Qt::BackgroundRole:
        if (shown && !shown->color.isEmpty())
            return QColor::fromString(shown->color);
        return {};
    case Qt::ForegroundRole:
        if (shown && !shown->color.isEmpty())
            return readableTextOn(QColor::fromString(shown->color));
        return {};
    case Qt::ToolTipRole:
        return toolTip(row, column);
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case Qt::AccessibleDescriptionRole:
        return accessibleDescription(row, column);
    case StanceValueRole:
        return level && !level->isUnknown ? QVariant(level->value) : QVariant();
    case SalienceRole:
        return c && c->salience >= 0 ? QVariant(c->salience) : QVariant();
    case ChangeIdRole:
        return c ? QVariant(c->id) : QVariant();
    case ChangedSincePreviousRole: {
        const auto* b = baselineAt(row, column);
        return (b ? b->stance : QString()) != (c ? c->stance : QString());
    }
    case UnsourcedRole:
        return c && c->citedSources.isEmpty() && c->citedEvents.isEmpty();
    case SourceCountRole:
        return c ? QVariant(cellSupport(d, *c).independentSources) : QVariant();
    case GradeRole:
        return c ? cellSupport(d, *c).grade : QString();
    case WeakRole:
        return m_markWeak && isWeak(row, column);
    case NotedRole:
        return !d.notesOnCell(d.parties()[row].id, d.issues()[column].id).isEmpty();
    case CompareDirectionRole: {
        if (!m_compareDate)
            return 0;
        const auto* b = baselineAt(row, column);
        const ScaleLevel* from = b ? d.stanceLevel(b->stance) : nullptr;
        if (!from || !level || from->isUnknown || level->isUnknown)
            return 0;
        return level->value > from->value ? 1 : level->value < from->value ? -1 : 0;
    }
    default:
        return {};
    }
}

QVariant PositionMatrixModel::headerData(int section, Qt::Orientation o, int role) const
{
    const auto& d = m_doc->dossier();
    if (o == Qt::Vertical) {
        if (section < 0 || section >= d.parties().size())
            return {};
        const auto& p = d.parties()[section];
        switch (role) {
        case Qt::DisplayRole:
            return p.name;
        case Qt::ToolTipRole:
            return p.name.toHtmlEscaped();
        case Qt::DecorationRole:
            return p.color.isEmpty() ? QVariant() : QVariant(QColor::fromString(p.color));
        case EntityIdRole:
            return p.id;
        default:
            return {};
        }
    }
    if (section < 0 || section >= d.issues().size())
        return {};
    const auto& issue = d.issues()[section];
    const auto* status = d.statusAsOf(section, m_asOf);
    const ScaleLevel* level = status ? d.statusLevel(status->status) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        return issue.name;
    case Qt::ToolTipRole:
        return level ? tr("%1 — %2").arg(issue.name.toHtmlEscaped(), level->label.toHtmlEscaped())
                     : issue.name.toHtmlEscaped();
    case Qt::AccessibleTextRole:
        return level ? tr("%1, status: %2").arg(issue.name, displayLabel(*level)) : tr("%1, no status").arg(issue.name);
    case StatusRole:
        return level ? displayLabel(*level) : QString();
    case StatusKeyRole:
        return status ? status->status : QString();
    case StatusColorRole:
        return level && !level->color.isEmpty() ? QVariant(QColor::fromString(level->color)) : QVariant();
    case EntityIdRole:
        return issue.id;
    default:
        return {};
    }
}

Qt::ItemFlags PositionMatrixModel::flags(const QModelIndex& index) const
{
    auto f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_doc->isReadOnly())
        f |= Qt::ItemIsEditable;
    return f;
}

bool PositionMatrixModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if ((role != Qt::EditRole && role != StanceKeyRole) || !checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const auto& d = m_doc->dossier();
    const auto* current = changeAt(index.row(), index.column());
    const QString key = value.toString();
    if (current && current->stance == key)
        return false;
    PositionChange c;
    c.partyId = d.parties()[index.row()].id;
    c.issueId = d.issues()[index.column()].id;
    // Effective exactly at the as-of date, so the new change is the one in force there.
    c.effective = PartialDate::fromMsecs(m_asOf, m_asOf % 86400000 == 0 ? Precision::Day : Precision::Minute);
    c.stance = key;
    c.salience = current ? current->salience : -1;
    return Command::applied(Command::recordPosition(m_doc, c)); // the model updates from Document::positionChanged
}

} // namespace Entente
