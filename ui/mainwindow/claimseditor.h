// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The claims of one citing item (an event, a position or a status change): one row per cited source with the
// credibility of what it reports here (1…6, starting at the source's own), the combined grade it gives ("D3"),
// who claims it and the words quoted. Used by the event editor and the change editor; it builds values only.
// A row left at the source's own credibility with no claimant and no quote is no claim: the citation keeps the
// source's grade.

#include "types.h"

#include <QTableWidget>

namespace Entente {

class Dossier;

class ClaimsEditor : public QTableWidget {
    Q_OBJECT
public:
    enum Column { SourceColumn, CredibilityColumn, GradeColumn, ClaimantColumn, QuoteColumn, ColumnCount };

    explicit ClaimsEditor(QWidget* parent = nullptr);

    // Shows a row for each of `sources` (in that order) with its claim from `claims`, if any.
    void setCitations(const Dossier& d, const QStringList& sources, const QList<Claim>& claims);
    // Follows a change of the cited sources, keeping what was entered (also for a source unticked and ticked
    // again while the editor shows the same item).
    void setSources(const Dossier& d, const QStringList& sources);
    [[nodiscard]] QList<Claim> claims() const;
    // The combined grade shown in a row ("D3"), for tests and screen readers.
    [[nodiscard]] QString gradeAt(int row) const;

private:
    void fill(const Dossier& d, const QStringList& sources);
    void updateGrade(int row);

    QList<Source> m_sources; // of the rows, in order
    QList<Claim> m_remembered; // what each source's row held last, rows shown or not
};

} // namespace Entente
