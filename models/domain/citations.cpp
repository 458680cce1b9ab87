// SPDX-License-Identifier: GPL-3.0-or-later
#include "citations.h"

#include "dossier.h"

#include <QCoreApplication>

namespace Entente {

QList<CitationView> citationViews(const Dossier& d, const QStringList& sources, const QList<Claim>& claims)
{
    QList<CitationView> out;
    out.reserve(sources.size());
    for (const QString& id : sources) {
        CitationView v;
        v.sourceId = id;
        const Claim* claim = claimFor(claims, id);
        if (claim) {
            v.claimant = claim->claimant;
            v.quote = claim->quote;
        }
        const qsizetype i = d.sourceIndex(id);
        if (i < 0) {
            v.outlet = id;
        } else {
            const Source& s = d.sources()[i];
            v.outlet = !s.outlet.isEmpty() ? s.outlet : !s.title.isEmpty() ? s.title : s.id;
            v.title = s.title;
            v.grade = citationGrade(s, claim);
        }
        out.append(v);
    }
    return out;
}

QString citationText(const CitationView& c, bool withQuote)
{
    QString text = c.grade.isEmpty() ? c.outlet : c.outlet + u' ' + c.grade;
    if (!c.claimant.isEmpty())
        text += QStringLiteral(" — ") + c.claimant;
    if (withQuote && !c.quote.isEmpty())
        text += QCoreApplication::translate("Citation", ": “%1”").arg(c.quote);
    return text;
}

QString citationsText(const Dossier& d, const QStringList& sources, const QList<Claim>& claims, bool withQuote)
{
    QStringList parts;
    for (const auto& v : citationViews(d, sources, claims))
        parts << citationText(v, withQuote);
    return parts.join(QStringLiteral("; "));
}

} // namespace Entente
