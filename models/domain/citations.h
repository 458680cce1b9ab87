// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How a citation reads wherever it is shown (the cell tooltip, the History dock, the event editor, the timeline
// tooltip, the briefing): the outlet, the grade of this item of information (the source's reliability and the
// claim's credibility, "D3") and who claims it, e.g. "Reuters D3 — an unnamed US official: “real progress”".
// Plain text: a caller that renders rich text escapes it.

#include "types.h"

namespace Entente {

class Dossier;

struct CitationView {
    QString sourceId;
    QString outlet; // the outlet, else the title, else the id
    QString title;
    QString grade; // "D3"; empty for a source the dossier does not know
    QString claimant;
    QString quote;
};

// One view per cited source, in citation order.
[[nodiscard]] QList<CitationView> citationViews(const Dossier& d, const QStringList& sources, const QList<Claim>& claims);
// "Reuters D3 — an unnamed US official: “real progress”"; withQuote false leaves the quote out.
[[nodiscard]] QString citationText(const CitationView& c, bool withQuote = true);
// Every citation joined by "; ".
[[nodiscard]] QString citationsText(const Dossier& d, const QStringList& sources, const QList<Claim>& claims,
    bool withQuote = true);

} // namespace Entente
