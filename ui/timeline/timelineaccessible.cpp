// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelineaccessible.h"

#include "dossier.h"
#include "timelineview.h"

#include <QCoreApplication>
#include <QWindow>

namespace Entente {

namespace {
    // One item of the tree: a lane (event id 0) or an event of a lane. Looks its lane up by key on every call,
    // so a rebuilt lane index never leaves it pointing at another lane.
    class TimelineItem : public QAccessibleInterface {
    public:
        TimelineItem(TimelineAccessible* tree, QString laneKey, qint64 eventId)
            : m_tree(tree)
            , m_laneKey(std::move(laneKey))
            , m_eventId(eventId)
        {
        }

        [[nodiscard]] bool isValid() const override { return m_tree && m_tree->view() && position() >= 0 && row() >= -1; }
        [[nodiscard]] QObject* object() const override { return nullptr; }
        [[nodiscard]] QWindow* window() const override
        {
            return m_tree->view() ? m_tree->view()->window()->windowHandle() : nullptr;
        }
        [[nodiscard]] QAccessibleInterface* focusChild() const override { return nullptr; }
        [[nodiscard]] QAccessibleInterface* childAt(int, int) const override { return nullptr; }
        [[nodiscard]] QAccessibleInterface* parent() const override
        {
            return m_eventId ? m_tree->laneItem(position()) : static_cast<QAccessibleInterface*>(m_tree);
        }
        [[nodiscard]] QAccessibleInterface* child(int index) const override
        {
            return m_eventId ? nullptr : m_tree->eventItem(position(), index);
        }
        [[nodiscard]] int childCount() const override
        {
            if (m_eventId)
                return 0;
            const int p = position();
            return p < 0 ? 0 : int(qMin<qsizetype>(m_tree->visibleRows(p).second, TimelineAccessible::MaxEventsPerLane));
        }
        [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override
        {
            for (int i = 0, n = childCount(); i < n; ++i)
                if (m_tree->eventItem(position(), i) == child)
                    return i;
            return -1;
        }
        [[nodiscard]] QAccessible::Role role() const override { return QAccessible::TreeItem; }
        void setText(QAccessible::Text, const QString&) override { }

        [[nodiscard]] QString text(QAccessible::Text t) const override
        {
            const TimelineView* view = m_tree->view();
            const int p = position();
            if (!view || p < 0)
                return {};
            const auto& lane = view->lanes().lane(view->lanes().order()[size_t(p)]);
            if (!m_eventId) {
                const auto total = qsizetype(lane.rows.size());
                if (t == QAccessible::Name)
                    return QCoreApplication::translate("TimelineAccessible", "%1: %n event(s)", nullptr, int(total)).arg(lane.name);
                if (t == QAccessible::Description)
                    return QCoreApplication::translate("TimelineAccessible", "%n event(s) in the visible period", nullptr, int(m_tree->visibleRows(p).second));
                return {};
            }
            const qsizetype r = row();
            if (r < 0)
                return {};
            const EventStore& store = view->dossier()->events();
            if (t == QAccessible::Name) {
                QString date = store.startDate(r).display();
                if (store.end(r) != PartialDate::Invalid)
                    date = QCoreApplication::translate("TimelineAccessible", "%1 to %2").arg(date, store.endDate(r).display());
                QStringList parties;
                for (const QString& key : store.refTexts(r, EventStore::RefKind::Party)) {
                    const qsizetype i = view->dossier()->partyIndex(key);
                    parties << (i < 0 ? key : view->dossier()->parties()[i].name);
                }
                QString name = QCoreApplication::translate("TimelineAccessible", "%1, %2").arg(store.title(r).toString(), date);
                if (!parties.isEmpty())
                    name += u", "_qs + QCoreApplication::translate("TimelineAccessible", "parties: %1").arg(parties.join(u", "_qs));
                return name;
            }
            if (t == QAccessible::Description)
                return store.description(r).toString();
            return {};
        }

        [[nodiscard]] QAccessible::State state() const override
        {
            QAccessible::State s;
            const TimelineView* view = m_tree->view();
            const int p = position();
            if (!view || p < 0) {
                s.invalid = true;
                return s;
            }
            if (!m_eventId) {
                const int lane = view->lanes().order()[size_t(p)];
                s.expandable = true;
                s.expanded = !view->lanes().isCollapsed(lane);
                s.collapsed = !s.expanded;
                return s;
            }
            s.selectable = true;
            s.focusable = true;
            s.selected = view->selectedEventIds().contains(m_eventId);
            s.focused = view->hasFocus() && view->currentEventId() == m_eventId;
            s.active = view->currentEventId() == m_eventId;
            return s;
        }

        [[nodiscard]] QRect rect() const override
        {
            const TimelineView* view = m_tree->view();
            const int p = position();
            if (!view || p < 0)
                return {};
            const auto layout = view->currentLayout();
            const int laneIndex = view->lanes().order()[size_t(p)];
            for (const auto& g : layout.lanes) {
                if (g.lane != laneIndex)
                    continue;
                QRectF r = g.header.united(g.body);
                if (m_eventId) {
                    const qsizetype row = this->row();
                    const double x = layout.timeArea.left()
                        + double(view->dossier()->events().start(row) - layout.scale.start()) / layout.scale.msecsPerPixel();
                    r = QRectF(x - 4, g.body.top(), 8, g.body.height());
                }
                return QRect(view->viewport()->mapToGlobal(r.topLeft().toPoint()), r.size().toSize());
            }
            return {}; // scrolled out of the viewport
        }

        [[nodiscard]] QString laneKey() const { return m_laneKey; }
        [[nodiscard]] qint64 eventId() const { return m_eventId; }

    private:
        [[nodiscard]] int position() const
        {
            const TimelineView* view = m_tree ? m_tree->view() : nullptr;
            if (!view)
                return -1;
            const auto& order = view->lanes().order();
            for (size_t i = 0; i < order.size(); ++i)
                if (view->lanes().lane(order[i]).key == m_laneKey)
                    return int(i);
            return -1;
        }
        // The event's store row, -1 for a lane item, -2 when the event is gone.
        [[nodiscard]] qsizetype row() const
        {
            if (!m_eventId)
                return -1;
            const TimelineView* view = m_tree->view();
            const qsizetype r = view && view->dossier() ? view->dossier()->events().rowOfId(m_eventId) : -1;
            return r < 0 ? -2 : r;
        }

        TimelineAccessible* m_tree;
        QString m_laneKey;
        qint64 m_eventId;
    };
}

TimelineAccessible::TimelineAccessible(QWidget* view)
    : QAccessibleWidget(view, QAccessible::Tree, QCoreApplication::translate("TimelineAccessible", "Timeline"))
{
}

TimelineAccessible::~TimelineAccessible() { invalidate(); }

TimelineView* TimelineAccessible::view() const { return qobject_cast<TimelineView*>(widget()); }

void TimelineAccessible::invalidate()
{
    for (const QAccessible::Id id : std::as_const(m_items))
        QAccessible::deleteAccessibleInterface(id);
    m_items.clear();
}

void TimelineAccessible::checkCache() const
{
    const TimelineView* v = view();
    if (!v)
        return;
    if (v->lanes().generation() != m_generation || v->scale().start() != m_rangeStart
        || v->scale().msecsPerPixel() != m_rangeScale) {
        const_cast<TimelineAccessible*>(this)->invalidate();
        m_generation = v->lanes().generation();
        m_rangeStart = v->scale().start();
        m_rangeScale = v->scale().msecsPerPixel();
    }
}

int TimelineAccessible::childCount() const
{
    const TimelineView* v = view();
    return v && v->dossier() ? int(v->lanes().order().size()) : 0;
}

QAccessibleInterface* TimelineAccessible::laneItem(int position) const
{
    checkCache();
    const TimelineView* v = view();
    if (!v || position < 0 || position >= childCount())
        return nullptr;
    const QString key = v->lanes().lane(v->lanes().order()[size_t(position)]).key;
    auto it = m_items.constFind(key);
    if (it == m_items.cend())
        it = m_items.insert(key,
            QAccessible::registerAccessibleInterface(new TimelineItem(const_cast<TimelineAccessible*>(this), key, 0)));
    return QAccessible::accessibleInterface(*it);
}

std::pair<qsizetype, qsizetype> TimelineAccessible::visibleRows(int position) const
{
    const TimelineView* v = view();
    if (!v || position < 0 || position >= childCount())
        return { 0, 0 };
    const int lane = v->lanes().order()[size_t(position)];
    if (v->lanes().isCollapsed(lane))
        return { 0, 0 };
    const qsizetype first = v->lanes().lowerBound(lane, v->scale().start());
    const qsizetype last = v->lanes().upperBound(lane, v->scale().end());
    return { first, qMax<qsizetype>(0, last - first) };
}

QAccessibleInterface* TimelineAccessible::eventItem(int position, int index) const
{
    checkCache();
    const TimelineView* v = view();
    const auto [first, count] = visibleRows(position);
    if (!v || index < 0 || index >= qMin<qsizetype>(count, MaxEventsPerLane))
        return nullptr;
    const auto& lane = v->lanes().lane(v->lanes().order()[size_t(position)]);
    const qint64 id = v->dossier()->events().id(qsizetype(lane.rows[size_t(first + index)]));
    const QString key = lane.key + u'\n' + QString::number(id);
    auto it = m_items.constFind(key);
    if (it == m_items.cend())
        it = m_items.insert(key, QAccessible::registerAccessibleInterface(
                                     new TimelineItem(const_cast<TimelineAccessible*>(this), lane.key, id)));
    return QAccessible::accessibleInterface(*it);
}

QAccessibleInterface* TimelineAccessible::child(int index) const { return laneItem(index); }

int TimelineAccessible::indexOfChild(const QAccessibleInterface* child) const
{
    for (int i = 0, n = childCount(); i < n; ++i)
        if (laneItem(i) == child)
            return i;
    return -1;
}

QAccessibleInterface* TimelineAccessible::focusChild() const
{
    const TimelineView* v = view();
    if (!v || !v->currentEventId())
        return nullptr;
    // The current event in the first lane that shows it.
    for (int p = 0, n = childCount(); p < n; ++p) {
        const auto [first, count] = visibleRows(p);
        const auto& lane = v->lanes().lane(v->lanes().order()[size_t(p)]);
        for (qsizetype i = 0; i < qMin<qsizetype>(count, MaxEventsPerLane); ++i)
            if (v->dossier()->events().id(qsizetype(lane.rows[size_t(first + i)])) == v->currentEventId())
                return eventItem(p, int(i));
    }
    return nullptr;
}

QString TimelineAccessible::text(QAccessible::Text t) const
{
    const TimelineView* v = view();
    if (t == QAccessible::Name && v && !v->accessibleName().isEmpty())
        return v->accessibleName();
    if (t == QAccessible::Name)
        return QCoreApplication::translate("TimelineAccessible", "Timeline");
    if (t == QAccessible::Description && v && !v->accessibleDescription().isEmpty())
        return v->accessibleDescription(); // the current event, set by the view
    if (t == QAccessible::Description && v && v->dossier())
        return QCoreApplication::translate("TimelineAccessible", "%n lane(s), %1 to %2", nullptr, int(childCount()))
            .arg(PartialDate::fromMsecs(v->scale().start(), Precision::Day).display(),
                PartialDate::fromMsecs(v->scale().end(), Precision::Day).display());
    return QAccessibleWidget::text(t);
}

QAccessibleInterface* TimelineAccessible::factory(const QString& className, QObject* object)
{
    if (className == u"Entente::TimelineView" && object && object->isWidgetType())
        return new TimelineAccessible(static_cast<QWidget*>(object));
    return nullptr;
}

} // namespace Entente
