// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How well the matrix as of a date is sourced. For a cell, the stance in force rests on the sources its change
// cites and on the sources of the events it cites; independent sources are counted by outlet (two reports of
// one outlet count once, a source without an outlet counts as itself), and the cell's grade is the strongest
// grade among those citations (the claim's credibility where there is one, else the source's own: "D3").
// A cell is weak when it rests on at most one source or its grade is below the analyst's threshold (worse in
// reliability or in credibility than, say, C3). The summary says it in one sentence for the Reliability panel
// and the briefing: "14 of 25 stated positions rest on one source, all graded D3".

#include "types.h"

#include <map>

namespace Entente {

class Dossier;

struct CellSupport {
    int independentSources = 0; // distinct outlets
    QString grade; // the strongest grade among its citations, empty when it cites no known source
    QStringList outlets; // the distinct outlets, in citation order
};

// Whether `grade` ("D3") is below `threshold` ("C3"): worse in reliability (a later letter) or in credibility
// (a higher digit). An empty grade (nothing cited) is below any threshold; an empty threshold lets every grade
// pass.
[[nodiscard]] bool gradeBelow(const QString& grade, const QString& threshold);
// The stronger of two grades (the earlier letter, then the lower digit); either may be empty.
[[nodiscard]] QString strongerGrade(const QString& a, const QString& b);

[[nodiscard]] CellSupport cellSupport(const Dossier& d, const PositionChange& c);

struct ReliabilitySummary {
    int statedPositions = 0; // cells with a stance in force other than Unknown
    int singleSource = 0; // of those, resting on one independent source
    int unsourced = 0; // of those, citing no known source at all
    int belowThreshold = 0; // of those, graded below the threshold (unsourced ones included)
    QString threshold;
    std::map<QString, int> singleSourceGrades; // grade → cells among the single-source ones
    std::map<QString, int> singleSourceOutlets; // outlet → cells among the single-source ones
    // "14 of 25 stated positions rest on one source (Press TV), all graded D3; 3 cite no source; 2 graded below
    // C3." (several grades: "graded D2 (12), D3 (2)"). In the user's language (translation context
    // "Reliability").
    [[nodiscard]] QString text() const;
};

[[nodiscard]] ReliabilitySummary summarizeReliability(const Dossier& d, qint64 asOf, const QString& threshold);

} // namespace Entente
