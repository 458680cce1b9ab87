// SPDX-License-Identifier: GPL-3.0-or-later
#include "forecastpaintable.h"

#include "dossier.h"
#include "forecastchart.h"
#include "forecastinputreader.h"
#include "renderstyle.h"

#include <QCoreApplication>
#include <QPainter>

namespace Entente {

namespace {
    struct ForecastPageText {
        Q_DECLARE_TR_FUNCTIONS(Entente::ForecastPanel)
    };
}

ForecastPaintable::ForecastPaintable(const Dossier& dossier, qsizetype issue, qint64 asOf, const ForecastOptions& options)
    : m_chart(std::make_unique<ForecastChart>())
{
    const QString name = dossier.issues().value(issue).name;
    m_title = ForecastPageText::tr("Forecast over time: %1 (%2)").arg(name, forecastModelName(options.model));
    m_points = ForecastHistory::compute(dossier, issue, ForecastHistory::steps(dossier, issue, asOf), options);
    const ForecastInput in = ForecastInputReader::fromDossier(dossier, issue, asOf);
    ForecastChart::Data h;
    h.empty = ForecastPageText::tr("No change on this issue up to the as-of date.");
    h.xIsTime = true;
    h.yMin = in.lower(0);
    h.yMax = in.upper(0);
    h.yAnchors = in.anchors;
    h.addHistory(m_points, { ForecastPageText::tr("Forecast"), {}, {}, true, false },
        { ForecastPageText::tr("Median"), {}, {}, true, true });
    m_chart->setData(std::move(h));
}

ForecastPaintable::~ForecastPaintable() = default;

void ForecastPaintable::paint(QPainter* painter, const QRectF& target, const RenderStyle& style) const
{
    // The chart's colours come from its palette: set it from the export's style.
    QPalette palette = m_chart->palette();
    palette.setColor(QPalette::Base, style.background);
    palette.setColor(QPalette::Window, style.background);
    palette.setColor(QPalette::Text, style.foreground);
    palette.setColor(QPalette::WindowText, style.foreground);
    palette.setColor(QPalette::Mid, style.grid);
    palette.setColor(QPalette::PlaceholderText, style.mutedText);
    palette.setColor(QPalette::Highlight, style.highlight);
    m_chart->setPalette(palette);
    ForecastChart::Data data = m_chart->data();
    for (auto& s : data.series)
        s.color = s.dashed ? style.foreground : style.highlight;
    m_chart->setData(std::move(data));
    painter->save();
    painter->fillRect(target, style.background);
    painter->setFont(style.font);
    m_chart->paint(painter, target);
    painter->restore();
}

} // namespace Entente
