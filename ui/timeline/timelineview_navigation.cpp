// SPDX-License-Identifier: GPL-3.0-or-later
// TimelineView, continued: keyboard navigation between events and lanes, and the text the view gives to
// tooltips and screen readers (timelineview.cpp holds painting, scrolling and the mouse).
#include "citations.h"
#include "timelineview.h"

#include "dossier.h"

#include <QAccessible>
#include <QKeyEvent>
#include <QScopeGuard>

#include <algorithm>

namespace Entente {

void TimelineView::keyPressEvent(QKeyEvent* event)
{
    const bool ctrl = event->modifiers() & Qt::ControlModifier;
    switch (event->key()) {
    case Qt::Key_Plus:
    case Qt::Key_Equal:
        zoomBy(1.5);
        break;
    case Qt::Key_Minus:
        zoomBy(1 / 1.5);
        break;
    case Qt::Key_Home:
        if (event->modifiers() & Qt::ShiftModifier)
            fitRecentActivity();
        else
            fitAll();
        break;
    case Qt::Key_PageUp:
    case Qt::Key_PageDown:
        m_scale.pan((event->key() == Qt::Key_PageUp ? -0.9 : 0.9) * m_scale.width());
        scaleChanged();
        break;
    case Qt::Key_Left:
    case Qt::Key_Right: {
        const int step = event->key() == Qt::Key_Left ? -1 : 1;
        if (ctrl || m_current == 0) {
            m_scale.pan(step * m_scale.width() / 10);
            scaleChanged();
        } else {
            moveCurrent(step);
        }
        break;
    }
    case Qt::Key_Up:
    case Qt::Key_Down:
        moveLaneFocus(event->key() == Qt::Key_Up ? -1 : 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
        if (m_current != 0)
            emit eventActivated(m_current);
        break;
    default:
        QAbstractScrollArea::keyPressEvent(event);
        return;
    }
    event->accept();
}

int TimelineView::laneOfCurrent() const
{
    if (!m_dossier || m_current == 0)
        return -1;
    const qsizetype row = m_dossier->events().rowOfId(m_current);
    if (row < 0)
        return -1;
    if (m_currentLane >= 0 && m_lanes.positionOfRow(m_currentLane, quint32(row)) >= 0)
        return m_currentLane;
    // The first lane in display order that holds it.
    for (int lane : m_lanes.order())
        if (m_lanes.positionOfRow(lane, quint32(row)) >= 0)
            return lane;
    return -1;
}

void TimelineView::moveCurrent(int step)
{
    const int lane = laneOfCurrent();
    if (lane < 0)
        return;
    const qsizetype row = m_dossier->events().rowOfId(m_current);
    const qsizetype pos = m_lanes.positionOfRow(lane, quint32(row)) + step;
    const auto& rows = m_lanes.lane(lane).rows;
    if (pos < 0 || pos >= qsizetype(rows.size()))
        return;
    m_currentLane = lane;
    const quint32 next = rows[size_t(pos)];
    userSelect({ m_dossier->events().id(next) }, m_dossier->events().id(next));
    ensureVisible(m_dossier->events().start(next));
}

void TimelineView::moveLaneFocus(int step)
{
    if (!m_dossier || m_lanes.laneCount() == 0)
        return;
    const auto& order = m_lanes.order();
    const int lane = laneOfCurrent();
    auto it = std::find(order.begin(), order.end(), lane >= 0 ? lane : m_currentLane);
    qsizetype position = it == order.end() ? (step > 0 ? -1 : qsizetype(order.size())) : qsizetype(it - order.begin());
    const EventStore& store = m_dossier->events();
    const qint64 t = m_current != 0 && store.rowOfId(m_current) >= 0 ? store.start(store.rowOfId(m_current))
                                                                        : m_scale.toMsecs(m_scale.width() / 2);
    for (position += step; position >= 0 && position < qsizetype(order.size()); position += step) {
        const int candidate = order[size_t(position)];
        const auto& rows = m_lanes.lane(candidate).rows;
        if (m_lanes.isCollapsed(candidate) || rows.empty())
            continue;
        // The event of that lane nearest in time.
        const qsizetype k = m_lanes.lowerBound(candidate, t);
        qsizetype best = std::min(k, qsizetype(rows.size()) - 1);
        if (k > 0 && (k == qsizetype(rows.size()) || t - store.start(rows[size_t(k - 1)]) <= store.start(rows[size_t(k)]) - t))
            best = k - 1;
        m_currentLane = candidate;
        const qint64 id = store.id(rows[size_t(best)]);
        userSelect({ id }, id);
        ensureVisible(store.start(rows[size_t(best)]));
        return;
    }
}

void TimelineView::ensureVisible(qint64 msecs)
{
    const double x = m_scale.toX(msecs);
    if (x < 0 || x > m_scale.width()) {
        m_scale.centreOn(msecs);
        scaleChanged();
    }
}

void TimelineView::updateAccessibleDescription()
{
    // Tell assistive technology which event item has the focus now.
    const auto notifyFocus = qScopeGuard([this] {
        if (!QAccessible::isActive() || !hasFocus())
            return;
        if (QAccessibleInterface* tree = QAccessible::queryAccessibleInterface(this))
            if (QAccessibleInterface* item = tree->focusChild()) {
                QAccessibleEvent focus(item, QAccessible::Focus);
                QAccessible::updateAccessibility(&focus);
            }
    });
    if (!m_dossier || m_current == 0) {
        setAccessibleDescription(QString());
        return;
    }
    const EventStore& store = m_dossier->events();
    const qsizetype row = store.rowOfId(m_current);
    if (row < 0) {
        setAccessibleDescription(QString());
        return;
    }
    const QString description = store.description(row).toString();
    setAccessibleDescription(store.startDate(row).display() + QStringLiteral(": ") + store.title(row).toString()
        + (description.isEmpty() ? QString() : QStringLiteral(". ") + description));
}

QString TimelineView::toolTipFor(qint64 id) const
{
    if (!m_dossier)
        return {};
    const EventStore& store = m_dossier->events();
    const qsizetype row = store.rowOfId(id);
    if (row < 0)
        return {};
    auto names = [&](EventStore::RefKind kind) {
        QStringList out;
        for (const QString& key : store.refTexts(row, kind)) {
            const qsizetype i = kind == EventStore::RefKind::Party ? m_dossier->partyIndex(key) : m_dossier->issueIndex(key);
            out.append(i < 0 ? key : (kind == EventStore::RefKind::Party ? m_dossier->parties()[i].name : m_dossier->issues()[i].name));
        }
        return out.join(QStringLiteral(", ")).toHtmlEscaped();
    };
    QString date = store.startDate(row).display();
    if (store.end(row) != PartialDate::Invalid)
        date += QStringLiteral(" – ") + store.endDate(row).display();
    QString html = QStringLiteral("<b>%1</b><br/>%2").arg(store.title(row).toString().toHtmlEscaped(), date.toHtmlEscaped());
    if (const QString p = names(EventStore::RefKind::Party); !p.isEmpty())
        html += QStringLiteral("<br/>") + tr("Parties: %1").arg(p);
    if (const QString i = names(EventStore::RefKind::Issue); !i.isEmpty())
        html += QStringLiteral("<br/>") + tr("Issues: %1").arg(i);
    // Each source with the grade of what it reports here ("D3") and who claims it.
    for (const auto& v : citationViews(*m_dossier, store.refTexts(row, EventStore::RefKind::Source), store.claims(id))) {
        QString text = citationText(v);
        if (!v.title.isEmpty())
            text += QStringLiteral(" · ") + v.title;
        html += QStringLiteral("<br/>") + tr("Source: %1").arg(text.toHtmlEscaped());
    }
    for (const qsizetype n : m_dossier->notesOnEvent(id))
        html += QStringLiteral("<br/>") + tr("Note: %1").arg(m_dossier->notes()[n].text.toHtmlEscaped());
    return html;
}

QString TimelineView::toolTipFor(const TimelineRenderer::ChangeMark& mark) const
{
    if (!m_dossier)
        return {};
    const Dossier& d = *m_dossier;
    QStringList lines;
    auto name = [](const auto& list, qsizetype i, const QString& fallback) { return i >= 0 ? list[i].name : fallback; };
    for (quint32 i : mark.positions) {
        if (i >= d.positionChanges().size())
            continue;
        const PositionChange& c = d.positionChanges()[i];
        const ScaleLevel* level = d.stanceLevel(c.stance);
        lines << tr("%1 on %2: %3 (from %4)")
                     .arg(name(d.parties(), d.partyIndex(c.partyId), c.partyId).toHtmlEscaped(),
                         name(d.issues(), d.issueIndex(c.issueId), c.issueId).toHtmlEscaped(),
                         (level ? level->label : c.stance).toHtmlEscaped(), c.effective.display());
    }
    for (quint32 i : mark.statuses) {
        if (i >= d.statusChanges().size())
            continue;
        const StatusChange& c = d.statusChanges()[i];
        const ScaleLevel* level = d.statusLevel(c.status);
        lines << tr("%1 status: %2 (from %3)")
                     .arg(name(d.issues(), d.issueIndex(c.issueId), c.issueId).toHtmlEscaped(),
                         (level ? level->label : c.status).toHtmlEscaped(), c.effective.display());
    }
    return lines.join(QStringLiteral("<br>"));
}

} // namespace Entente
