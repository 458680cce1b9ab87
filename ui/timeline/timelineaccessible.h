// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// What a screen reader sees of the painted timeline: a tree whose top-level items are the lanes in display
// order (name, event count, expanded or collapsed) and whose children are the lane's events inside the visible
// time range (title, date with its precision, parties; selected and focused states follow the view), at most
// MaxEventsPerLane of them so that a lane of a million events stays cheap to walk. Zoom or pan to reach others.
//
// Lane and event items are not QObjects: the tree interface creates them on demand, registers them with
// QAccessible and keeps them in a cache keyed by (lane key, event id); the cache is dropped when the lanes or
// the visible range change, and an item whose lane or event is gone reports isValid() == false.

#include <QAccessibleWidget>
#include <QHash>

namespace Entente {

class TimelineView;

class TimelineAccessible : public QAccessibleWidget {
public:
    static constexpr int MaxEventsPerLane = 500;
    explicit TimelineAccessible(QWidget* view);
    ~TimelineAccessible() override;

    [[nodiscard]] int childCount() const override;
    [[nodiscard]] QAccessibleInterface* child(int index) const override;
    [[nodiscard]] int indexOfChild(const QAccessibleInterface* child) const override;
    [[nodiscard]] QAccessibleInterface* focusChild() const override;
    [[nodiscard]] QString text(QAccessible::Text t) const override;

    // Used by the item interfaces.
    [[nodiscard]] TimelineView* view() const;
    [[nodiscard]] QAccessibleInterface* laneItem(int position) const;
    [[nodiscard]] QAccessibleInterface* eventItem(int position, int index) const;
    // Rows of the lane at display position `position` inside the visible range (first, count).
    [[nodiscard]] std::pair<qsizetype, qsizetype> visibleRows(int position) const;
    void invalidate(); // drops every cached item

    static QAccessibleInterface* factory(const QString& className, QObject* object);

private:
    mutable QHash<QString, QAccessible::Id> m_items; // "lane" or "lane\nevent id" -> registered interface
    mutable quint64 m_generation = 0;
    mutable qint64 m_rangeStart = 0;
    mutable double m_rangeScale = 0;
    void checkCache() const;
};

} // namespace Entente
