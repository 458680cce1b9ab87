// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to EventsModel (eventsmodel.cpp and eventsmodelfilter.cpp): the compiled filter and sort-key helpers.

#include "eventsmodel.h"

#include "eventstore.h"

#include <QStringMatcher>

#include <optional>
#include <vector>

namespace Entente::EventsModelDetail {
using Kind = EventStore::RefKind;

inline constexpr quint64 biased(qint64 v) { return quint64(v) ^ (quint64(1) << 63); } // signed → unsigned order

inline std::optional<Kind> refKindOfColumn(int column)
{
    switch (column) {
    case EventsModel::PartiesColumn:
        return Kind::Party;
    case EventsModel::IssuesColumn:
        return Kind::Issue;
    case EventsModel::TagsColumn:
        return Kind::Tag;
    case EventsModel::SourcesColumn:
        return Kind::Source;
    default:
        return std::nullopt;
    }
}
} // namespace Entente::EventsModelDetail

namespace Entente {

struct EventsModel::Compiled {
    bool all = true; // no constraint at all
    bool impossible = false; // a list names only unknown symbols: nothing passes
    std::vector<quint32> refs[3]; // tagged refs wanted, per kind (party, issue, tag)
    std::vector<quint8> want; // symbol → bit per kind wanted
    unsigned needKinds = 0; // bit per kind that must match
    QString text;
    QStringMatcher matcher { QString(), Qt::CaseInsensitive };
    std::vector<char16_t> asciiFolded; // the pattern lower-cased when it is all ASCII, else empty

    // Case-insensitive substring test. An ASCII pattern is scanned with a plain lower-casing loop; any
    // non-ASCII character met in a candidate window falls back to QStringMatcher (full case folding).
    [[nodiscard]] bool contains(QStringView hay) const
    {
        const auto m = qsizetype(asciiFolded.size());
        if (m == 0)
            return matcher.indexIn(hay) >= 0;
        const char16_t* h = reinterpret_cast<const char16_t*>(hay.data());
        const char16_t first = asciiFolded[0];
        for (qsizetype i = 0; i + m <= hay.size(); ++i) {
            for (qsizetype j = 0; j < m; ++j) {
                char16_t ch = h[i + j];
                if (ch >= 128)
                    return matcher.indexIn(hay) >= 0;
                if (ch >= u'A' && ch <= u'Z')
                    ch += 32;
                if (ch != (j == 0 ? first : asciiFolded[size_t(j)]))
                    break;
                if (j == m - 1)
                    return true;
            }
        }
        return false;
    }
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 to = std::numeric_limits<qint64>::max();
    bool dateActive = false;
    qsizetype symbolCount = 0; // dictionary size at compile time: recompile when it grows
};

} // namespace Entente
