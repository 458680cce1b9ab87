// SPDX-License-Identifier: GPL-3.0-or-later
#include "reliability.h"

#include "dossier.h"

#include <QCoreApplication>

namespace Entente {

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct ReliabilityText {
        Q_DECLARE_TR_FUNCTIONS(Reliability)
    };

    bool validGrade(const QString& g) { return g.size() == 2 && isReliability(g[0]) && isCredibility(g[1].digitValue()); }
}

bool gradeBelow(const QString& grade, const QString& threshold)
{
    if (!validGrade(threshold))
        return false;
    if (!validGrade(grade))
        return true;
    return grade[0] > threshold[0] || grade[1].digitValue() > threshold[1].digitValue();
}

QString strongerGrade(const QString& a, const QString& b)
{
    if (!validGrade(a))
        return validGrade(b) ? b : QString();
    if (!validGrade(b))
        return a;
    if (a[0] != b[0])
        return a[0] < b[0] ? a : b;
    return a[1].digitValue() <= b[1].digitValue() ? a : b;
}

CellSupport cellSupport(const Dossier& d, const PositionChange& c)
{
    CellSupport out;
    QStringList keys; // outlets compared without case and surrounding spaces
    auto cite = [&](const QString& sourceId, const QList<Claim>& claims) {
        const qsizetype i = d.sourceIndex(sourceId);
        if (i < 0)
            return;
        const Source& s = d.sources()[i];
        const QString outlet = s.outlet.trimmed().isEmpty() ? s.id : s.outlet.trimmed();
        if (!keys.contains(outlet.toLower())) {
            keys << outlet.toLower();
            out.outlets << outlet;
        }
        out.grade = strongerGrade(out.grade, citationGrade(s, claimFor(claims, sourceId)));
    };
    for (const QString& s : c.citedSources)
        cite(s, c.claims);
    const EventStore& events = d.events();
    for (qint64 id : c.citedEvents) {
        const qsizetype row = events.rowOfId(id);
        if (row < 0)
            continue;
        const QList<Claim> claims = events.claims(id);
        for (const QString& s : events.refTexts(row, EventStore::RefKind::Source))
            cite(s, claims);
    }
    out.independentSources = int(out.outlets.size());
    return out;
}

ReliabilitySummary summarizeReliability(const Dossier& d, qint64 asOf, const QString& threshold)
{
    ReliabilitySummary s;
    s.threshold = threshold;
    std::vector<qint32> cells;
    d.matrixAsOf(asOf, cells);
    for (qint32 index : cells) {
        if (index < 0)
            continue;
        const PositionChange& c = d.positionChanges()[size_t(index)];
        const ScaleLevel* level = d.stanceLevel(c.stance);
        if (!level || level->isUnknown)
            continue;
        ++s.statedPositions;
        const CellSupport support = cellSupport(d, c);
        if (support.independentSources == 0)
            ++s.unsourced;
        if (support.independentSources == 1) {
            ++s.singleSource;
            ++s.singleSourceGrades[support.grade];
            ++s.singleSourceOutlets[support.outlets.first()];
        }
        if (gradeBelow(support.grade, threshold))
            ++s.belowThreshold;
    }
    return s;
}

QString ReliabilitySummary::text() const
{
    if (statedPositions == 0)
        return ReliabilityText::tr("No stated positions as of this date.");
    QStringList parts;
    QString single = statedPositions == 1
        ? ReliabilityText::tr("%1 of 1 stated position rests on one source").arg(singleSource)
        : ReliabilityText::tr("%1 of %2 stated positions rest on one source").arg(singleSource).arg(statedPositions);
    if (singleSource > 0) {
        if (singleSourceOutlets.size() == 1)
            single += QStringLiteral(" (%1)").arg(singleSourceOutlets.begin()->first);
        if (singleSourceGrades.size() == 1) {
            single += ReliabilityText::tr(", all graded %1").arg(singleSourceGrades.begin()->first);
        } else {
            QStringList grades;
            for (const auto& [grade, n] : singleSourceGrades)
                grades << QStringLiteral("%1 (%2)").arg(grade).arg(n);
            single += ReliabilityText::tr(", graded %1").arg(grades.join(QStringLiteral(", ")));
        }
    }
    parts << single;
    if (unsourced > 0)
        parts << (unsourced == 1 ? ReliabilityText::tr("1 cites no source")
                                 : ReliabilityText::tr("%1 cite no source").arg(unsourced));
    if (!threshold.isEmpty())
        parts << ReliabilityText::tr("%1 graded below %2").arg(belowThreshold).arg(threshold);
    return parts.join(QStringLiteral("; ")) + u'.';
}

} // namespace Entente
