// SPDX-License-Identifier: GPL-3.0-or-later
#include "whatchanged.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace Entente {

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct WhatChangedText {
        Q_DECLARE_TR_FUNCTIONS(WhatChanged)
    };

    // The stance key of a change, empty when there is none or it is the Unknown level.
    QString knownStance(const Dossier& d, const PositionChange* c)
    {
        if (!c)
            return {};
        const ScaleLevel* level = d.stanceLevel(c->stance);
        return level && !level->isUnknown ? c->stance : QString();
    }

    void fillFromChange(WhatChanged::Entry& e, const ChangeRecord* c)
    {
        if (!c)
            return;
        e.changeId = c->id;
        e.effective = c->effective;
        e.note = c->note;
        e.events = c->citedEvents;
        e.sources = c->citedSources;
        e.claims = c->claims;
    }

    QString stanceLabel(const Dossier& d, const QString& key)
    {
        if (key.isEmpty())
            return WhatChangedText::tr("Unknown");
        const ScaleLevel* level = d.stanceLevel(key);
        return level ? level->label : key;
    }

    QString statusLabel(const Dossier& d, const QString& key)
    {
        if (key.isEmpty())
            return WhatChangedText::tr("none");
        const ScaleLevel* level = d.statusLevel(key);
        return level ? level->label : key;
    }

    QString partyName(const Dossier& d, const QString& id)
    {
        const qsizetype i = d.partyIndex(id);
        return i >= 0 ? d.parties()[i].name : id;
    }

    QString salienceText(int salience) { return salience < 0 ? QStringLiteral("–") : QString::number(salience); }

    QString dayText(qint64 msecs) { return PartialDate::fromMsecs(msecs, Precision::Day).display(); }

    // Backslash before every character Markdown could read as markup, so that titles stay text.
    QString markdownEscaped(const QString& s)
    {
        QString out;
        out.reserve(s.size());
        for (QChar c : s) {
            if (QStringView(u"\\`*_{}[]()<>#+-.!|~").contains(c))
                out += u'\\';
            out += c == u'\n' ? u' ' : c;
        }
        return out;
    }

    QString eventLine(const Dossier& d, qint64 id)
    {
        const EventStore& s = d.events();
        const qsizetype row = s.rowOfId(id);
        if (row < 0)
            return {};
        return s.startDate(row).display() + QStringLiteral(" — ") + s.title(row).toString();
    }
}

qsizetype WhatChanged::count(Kind kind) const
{
    qsizetype n = 0;
    for (const auto& g : issues)
        n += std::count_if(g.entries.begin(), g.entries.end(), [kind](const Entry& e) { return e.kind == kind; });
    return n;
}

const WhatChanged::Entry* WhatChanged::find(Kind kind, const QString& issueId, const QString& partyId) const
{
    for (const auto& g : issues)
        for (const auto& e : g.entries)
            if (e.kind == kind && e.issueId == issueId && e.partyId == partyId)
                return &e;
    return nullptr;
}

QString WhatChanged::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NewPosition:
        return QStringLiteral("new");
    case Kind::Withdrawn:
        return QStringLiteral("withdrawn");
    case Kind::StanceMove:
        return QStringLiteral("stance");
    case Kind::SalienceMove:
        return QStringLiteral("salience");
    case Kind::StatusChange:
        return QStringLiteral("status");
    }
    return {};
}

std::optional<qint64> WhatChanged::previousStep(const Dossier& d, qint64 asOf)
{
    const std::vector<qint64> dates = d.changeDates();
    const auto it = std::lower_bound(dates.begin(), dates.end(), asOf);
    if (it != dates.begin())
        return *(it - 1);
    const auto range = d.dateRange();
    if (!range)
        return std::nullopt;
    return std::min(range->first, asOf);
}

WhatChanged WhatChanged::compute(const Dossier& d, qint64 from, qint64 to)
{
    WhatChanged w;
    w.from = from;
    w.to = to;
    const auto& issues = d.issues();
    const auto& parties = d.parties();
    std::vector<IssueGroup> groups(size_t(issues.size()) + 1);
    for (qsizetype i = 0; i < issues.size(); ++i) {
        groups[size_t(i)].issueId = issues[i].id;
        groups[size_t(i)].issueName = issues[i].name;
    }
    groups.back().issueName = WhatChangedText::tr("Other events");

    for (qsizetype i = 0; i < issues.size(); ++i) {
        auto& entries = groups[size_t(i)].entries;
        const StatusChange* s0 = d.statusAsOf(i, from);
        const StatusChange* s1 = d.statusAsOf(i, to);
        const QString k0 = s0 ? s0->status : QString(), k1 = s1 ? s1->status : QString();
        if (k0 != k1) {
            Entry e;
            e.kind = Kind::StatusChange;
            e.issueId = issues[i].id;
            e.fromKey = k0;
            e.toKey = k1;
            fillFromChange(e, s1);
            entries.push_back(e);
        }
        for (qsizetype p = 0; p < parties.size(); ++p) {
            const PositionChange* c0 = d.positionAsOf(p, i, from);
            const PositionChange* c1 = d.positionAsOf(p, i, to);
            if (c0 == c1)
                continue;
            Entry e;
            e.issueId = issues[i].id;
            e.partyId = parties[p].id;
            e.fromKey = knownStance(d, c0);
            e.toKey = knownStance(d, c1);
            e.fromSalience = c0 ? c0->salience : -1;
            e.toSalience = c1 ? c1->salience : -1;
            fillFromChange(e, c1);
            if (e.fromKey.isEmpty() && e.toKey.isEmpty())
                continue; // Unknown recorded again
            if (e.fromKey.isEmpty()) {
                e.kind = Kind::NewPosition;
            } else if (e.toKey.isEmpty()) {
                e.kind = Kind::Withdrawn;
            } else if (e.fromKey != e.toKey) {
                e.kind = Kind::StanceMove;
                const ScaleLevel* a = d.stanceLevel(e.fromKey);
                const ScaleLevel* b = d.stanceLevel(e.toKey);
                const int delta = a && b ? b->value - a->value : 0;
                e.direction = delta > 0 ? 1 : delta < 0 ? -1 : 0;
            } else if (e.fromSalience != e.toSalience && e.toSalience >= 0) {
                e.kind = Kind::SalienceMove;
            } else {
                continue; // restated without a difference
            }
            entries.push_back(e);
        }
    }

    // Events starting in (from, to], by start (the store is sorted by start).
    const EventStore& s = d.events();
    const auto starts = s.starts();
    auto row = qsizetype(std::upper_bound(starts.begin(), starts.end(), from) - starts.begin());
    for (; row < s.size() && s.start(row) <= to; ++row) {
        const qint64 id = s.id(row);
        w.events.push_back(id);
        bool any = false;
        for (quint32 r : s.refs(row)) {
            if (EventStore::refKindOf(r) != quint32(EventStore::RefKind::Issue))
                continue;
            const qsizetype i = d.issueIndex(s.symbols().text(EventStore::refSymbolOf(r)));
            if (i < 0)
                continue;
            auto& evs = groups[size_t(i)].events;
            if (evs.empty() || evs.back() != id)
                evs.push_back(id);
            any = true;
        }
        if (!any)
            groups.back().events.push_back(id);
    }
    for (auto& g : groups)
        if (!g.entries.empty() || !g.events.empty())
            w.issues.push_back(std::move(g));
    return w;
}

QString describeWhatChangedEntry(const Dossier& d, const WhatChanged::Entry& e)
{
    using K = WhatChanged::Kind;
    QString text;
    switch (e.kind) {
    case K::StatusChange:
        text = WhatChangedText::tr("Status: %1 → %2").arg(statusLabel(d, e.fromKey), statusLabel(d, e.toKey));
        break;
    case K::NewPosition:
        text = WhatChangedText::tr("%1: new position %2").arg(partyName(d, e.partyId), stanceLabel(d, e.toKey));
        if (e.toSalience >= 0)
            text += WhatChangedText::tr(" (salience %1)").arg(e.toSalience);
        break;
    case K::Withdrawn:
        text = WhatChangedText::tr("%1: position withdrawn (was %2)")
                   .arg(partyName(d, e.partyId), stanceLabel(d, e.fromKey));
        break;
    case K::StanceMove:
        text = WhatChangedText::tr("%1: %2 → %3, %4")
                   .arg(partyName(d, e.partyId), stanceLabel(d, e.fromKey), stanceLabel(d, e.toKey),
                       e.direction > 0       ? WhatChangedText::tr("toward support")
                           : e.direction < 0 ? WhatChangedText::tr("toward opposition")
                                             : WhatChangedText::tr("sideways"));
        if (e.fromSalience != e.toSalience)
            text += WhatChangedText::tr("; salience %1 → %2")
                        .arg(salienceText(e.fromSalience), salienceText(e.toSalience));
        break;
    case K::SalienceMove:
        text = WhatChangedText::tr("%1: salience %2 → %3 (still %4)")
                   .arg(partyName(d, e.partyId), salienceText(e.fromSalience), salienceText(e.toSalience),
                       stanceLabel(d, e.toKey));
        break;
    }
    return text;
}

namespace {
    QString reference(const WhatChanged::Entry& e)
    {
        if (e.changeId == 0)
            return {};
        QString ref = WhatChangedText::tr("change %1, effective %2").arg(e.changeId).arg(e.effective.display());
        if (!e.sources.isEmpty())
            ref += WhatChangedText::tr("; sources: %1").arg(e.sources.join(QStringLiteral(", ")));
        return ref;
    }

    QString summaryLine(const WhatChanged& w)
    {
        using K = WhatChanged::Kind;
        return WhatChangedText::tr(
            "%1 new, %2 withdrawn, %3 stance moves, %4 salience moves, %5 status changes, %6 events")
            .arg(w.count(K::NewPosition))
            .arg(w.count(K::Withdrawn))
            .arg(w.count(K::StanceMove))
            .arg(w.count(K::SalienceMove))
            .arg(w.count(K::StatusChange))
            .arg(w.events.size());
    }
}

QString whatChangedText(const Dossier& d, const WhatChanged& w)
{
    QString out = WhatChangedText::tr("What changed from %1 to %2").arg(dayText(w.from), dayText(w.to)) + u'\n';
    out += summaryLine(w) + u'\n';
    if (w.isEmpty())
        out += WhatChangedText::tr("Nothing changed.") + u'\n';
    for (const auto& g : w.issues) {
        out += u'\n' + g.issueName + u'\n';
        for (const auto& e : g.entries) {
            out += QStringLiteral("  ") + describeWhatChangedEntry(d, e);
            const QString ref = reference(e);
            if (!ref.isEmpty())
                out += QStringLiteral("  [") + ref + u']';
            out += u'\n';
        }
        for (qint64 id : g.events)
            out += QStringLiteral("  ") + WhatChangedText::tr("Event: %1").arg(eventLine(d, id)) + u'\n';
    }
    return out;
}

QString whatChangedMarkdown(const Dossier& d, const WhatChanged& w)
{
    QString out = QStringLiteral("# ")
        + WhatChangedText::tr("What changed from %1 to %2").arg(dayText(w.from), dayText(w.to))
        + QStringLiteral("\n\n");
    out += summaryLine(w) + QStringLiteral("\n");
    if (w.isEmpty())
        out += u'\n' + WhatChangedText::tr("Nothing changed.") + u'\n';
    for (const auto& g : w.issues) {
        out += QStringLiteral("\n## ") + markdownEscaped(g.issueName) + QStringLiteral("\n\n");
        for (const auto& e : g.entries) {
            out += QStringLiteral("- ") + markdownEscaped(describeWhatChangedEntry(d, e));
            const QString ref = reference(e);
            if (!ref.isEmpty())
                out += QStringLiteral(" *(") + markdownEscaped(ref) + QStringLiteral(")*");
            out += u'\n';
        }
        for (qint64 id : g.events)
            out += QStringLiteral("- ") + WhatChangedText::tr("Event: %1").arg(markdownEscaped(eventLine(d, id)))
                + u'\n';
    }
    return out;
}

QByteArray whatChangedJson(const Dossier& d, const WhatChanged& w)
{
    auto day = [](qint64 msecs) { return PartialDate::fromMsecs(msecs, Precision::Day).toIso(); };
    QJsonArray issues;
    for (const auto& g : w.issues) {
        QJsonArray entries;
        for (const auto& e : g.entries) {
            QJsonObject o { { QStringLiteral("kind"), WhatChanged::kindName(e.kind) },
                { QStringLiteral("text"), describeWhatChangedEntry(d, e) } };
            if (!e.partyId.isEmpty())
                o.insert(QStringLiteral("party"), e.partyId);
            o.insert(QStringLiteral("from"), e.fromKey.isEmpty() ? QJsonValue() : QJsonValue(e.fromKey));
            o.insert(QStringLiteral("to"), e.toKey.isEmpty() ? QJsonValue() : QJsonValue(e.toKey));
            if (e.kind != WhatChanged::Kind::StatusChange) {
                o.insert(QStringLiteral("fromSalience"), e.fromSalience < 0 ? QJsonValue() : QJsonValue(e.fromSalience));
                o.insert(QStringLiteral("toSalience"), e.toSalience < 0 ? QJsonValue() : QJsonValue(e.toSalience));
            }
            if (e.kind == WhatChanged::Kind::StanceMove)
                o.insert(QStringLiteral("direction"), e.direction);
            if (e.changeId != 0) {
                o.insert(QStringLiteral("change"), e.changeId);
                o.insert(QStringLiteral("effective"), e.effective.toIso());
            }
            QJsonArray events, sources;
            for (qint64 id : e.events)
                events.append(id);
            for (const QString& s : e.sources)
                sources.append(s);
            o.insert(QStringLiteral("events"), events);
            o.insert(QStringLiteral("sources"), sources);
            entries.append(o);
        }
        QJsonArray events;
        for (qint64 id : g.events)
            events.append(id);
        issues.append(QJsonObject { { QStringLiteral("issue"), g.issueId.isEmpty() ? QJsonValue() : QJsonValue(g.issueId) },
            { QStringLiteral("name"), g.issueName }, { QStringLiteral("changes"), entries }, { QStringLiteral("events"), events } });
    }
    QJsonArray events;
    const EventStore& s = d.events();
    for (qint64 id : w.events) {
        const qsizetype row = s.rowOfId(id);
        events.append(QJsonObject { { QStringLiteral("id"), id }, { QStringLiteral("start"), s.startDate(row).toIso() },
            { QStringLiteral("title"), s.title(row).toString() } });
    }
    const QJsonObject root { { QStringLiteral("from"), day(w.from) }, { QStringLiteral("to"), day(w.to) },
        { QStringLiteral("issues"), issues }, { QStringLiteral("events"), events } };
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

} // namespace Entente
