// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// "What changed" between two dates, as plain data: the net difference between the position matrix and the
// issue statuses as of FROM and as of TO, plus the events in between, grouped by issue. A cell counts as
// known when its latest change names a stance that is not the scale's Unknown level. Dates follow the as-of
// rule (a change effective on a date is in force on that date), so an event or change dated FROM belongs to
// the state before and one dated TO to the state after: events are those starting in (FROM, TO].
//
// Every entry names its cell (party, issue), the change record in force at TO (id, effective date, note,
// cited events and sources) and, for moves, the direction on the stance scale, so a view can link to the
// cell, the change and its sources, and the same data prints as text, Markdown or JSON.

#include "dossier.h"

#include <QString>
#include <QStringList>

#include <optional>
#include <vector>

namespace Entente {

struct WhatChanged {
    enum class Kind { NewPosition, Withdrawn, StanceMove, SalienceMove, StatusChange };
    struct Entry {
        Kind kind = Kind::NewPosition;
        QString issueId;
        QString partyId; // empty for status changes
        QString fromKey, toKey; // stance or status level keys; empty when none was recorded
        int fromSalience = -1, toSalience = -1;
        int direction = 0; // stance moves: +1 toward support, -1 toward opposition
        qint64 changeId = 0; // the change in force at TO (0 when the cell has none, e.g. a retraction)
        PartialDate effective;
        QString note;
        QList<qint64> events; // cited by that change
        QStringList sources; // cited by that change
        QList<Claim> claims; // its graded citations of those sources
    };
    struct IssueGroup {
        QString issueId; // empty: events that touch no issue
        QString issueName;
        std::vector<Entry> entries; // statuses first, then positions in party order
        std::vector<qint64> events; // events touching the issue, by start
    };

    qint64 from = 0;
    qint64 to = 0;
    std::vector<IssueGroup> issues; // in the dossier's issue order; only issues with something to report
    std::vector<qint64> events; // every event in (from, to], by start

    [[nodiscard]] bool isEmpty() const { return issues.empty(); }
    [[nodiscard]] qsizetype count(Kind kind) const;
    [[nodiscard]] const Entry* find(Kind kind, const QString& issueId, const QString& partyId = {}) const;

    [[nodiscard]] static WhatChanged compute(const Dossier& dossier, qint64 from, qint64 to);
    // The default start of a comparison ending at `asOf`: the last change step (an effective date of a
    // position or status change) before it, else the dossier's first date; never a date outside the dossier.
    [[nodiscard]] static std::optional<qint64> previousStep(const Dossier& dossier, qint64 asOf);
    [[nodiscard]] static QString kindName(Kind kind); // "new", "withdrawn", "stance", "salience", "status"
};

// One line per entry, in the analyst's words ("United States: new position Supports (salience 90)").
[[nodiscard]] QString describeWhatChangedEntry(const Dossier& dossier, const WhatChanged::Entry& entry);
[[nodiscard]] QString whatChangedText(const Dossier& dossier, const WhatChanged& digest);
[[nodiscard]] QString whatChangedMarkdown(const Dossier& dossier, const WhatChanged& digest);
[[nodiscard]] QByteArray whatChangedJson(const Dossier& dossier, const WhatChanged& digest);

} // namespace Entente
