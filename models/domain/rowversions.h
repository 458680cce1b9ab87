// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Row versions: every stored party, issue, source, era, scale level, note, saved view and event carries a version that the store
// increments on each update. A client remembers the version of each row it read, and an update or removal
// names that version; the store refuses it with a Conflict when the stored row moved on (another analyst
// changed it meanwhile). A row's version starts at 1 when it is created; the map keeps only the rows whose
// version is not 1, so a million freshly imported events cost nothing here.

#include <QHash>
#include <QString>

namespace Entente {

enum class RowKind : quint8 { Party, Issue, Source, Era, StanceLevel, StatusLevel, Event, Note, SavedView };

[[nodiscard]] inline QString rowKindKey(RowKind k)
{
    switch (k) {
    case RowKind::Party:
        return QStringLiteral("party");
    case RowKind::Issue:
        return QStringLiteral("issue");
    case RowKind::Source:
        return QStringLiteral("source");
    case RowKind::Era:
        return QStringLiteral("era");
    case RowKind::StanceLevel:
        return QStringLiteral("stance level");
    case RowKind::StatusLevel:
        return QStringLiteral("status level");
    case RowKind::Event:
        return QStringLiteral("event");
    case RowKind::Note:
        return QStringLiteral("note");
    case RowKind::SavedView:
        return QStringLiteral("saved view");
    }
    return {};
}

class RowVersions {
public:
    static constexpr qint64 Initial = 1;

    [[nodiscard]] qint64 get(RowKind kind, const QString& key) const
    {
        return m_versions.value(slot(kind, key), Initial);
    }
    void set(RowKind kind, const QString& key, qint64 version)
    {
        if (version == Initial)
            m_versions.remove(slot(kind, key));
        else
            m_versions.insert(slot(kind, key), version);
    }
    void remove(RowKind kind, const QString& key) { m_versions.remove(slot(kind, key)); }
    void clear() { m_versions.clear(); }
    void merge(const RowVersions& other) { m_versions.insert(other.m_versions); }
    [[nodiscard]] qsizetype size() const { return m_versions.size(); }

private:
    static QString slot(RowKind kind, const QString& key) { return QString(QChar(u'0' + int(kind))) + key; }
    QHash<QString, qint64> m_versions;
};

} // namespace Entente
