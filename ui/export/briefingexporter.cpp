// SPDX-License-Identifier: GPL-3.0-or-later
#include "citations.h"
#include "notesmodel.h"
#include "reliability.h"
#include "briefingexporter.h"

#include "forecastscenario.h"
#include "forecastsummary.h"

#include "dossier.h"
#include "imageexporter.h"
#include "paintable.h"
#include "safefilewriter.h"
#include "whatchanged.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFontMetricsF>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>

namespace Entente {

namespace {
QString tr(const char* text) { return QCoreApplication::translate("Entente::BriefingExporter", text); }
QString dateText(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"d MMMM yyyy"_qs); }
constexpr qreal LogicalDpi = 96.0;
constexpr qreal Margin = 48;
} // namespace

BriefingExporter::BriefingExporter(const Dossier& dossier, BriefingOptions options)
    : m_dossier(dossier)
    , m_options(std::move(options))
{
}

QString BriefingExporter::title() const { return m_options.title.isEmpty() ? m_dossier.name : m_options.title; }

ExportOptions BriefingExporter::pageOptions(const QString& caption) const
{
    ExportOptions o;
    o.preset = m_options.letter ? (m_options.landscape ? ExportOptions::SizePreset::LetterLandscape
                                                       : ExportOptions::SizePreset::LetterPortrait)
                                : (m_options.landscape ? ExportOptions::SizePreset::A4Landscape
                                                       : ExportOptions::SizePreset::A4Portrait);
    o.theme = m_options.theme;
    o.title = caption;
    o.asOf = m_options.asOf;
    o.asOfStamp = m_options.asOf.has_value();
    o.sourceLine = true;
    o.dossierName = m_dossier.name;
    o.legend = false; // per page: the view's own colours (paint() sets them)
    return o;
}

void BriefingExporter::paintTitlePage(QPainter* painter, const QRectF& page) const
{
    const RenderStyle style = pageOptions({}).style();
    painter->fillRect(page, style.background);
    const QRectF inner = page.adjusted(Margin * 2, page.height() * 0.3, -Margin * 2, -Margin);
    QFont big = style.font;
    big.setPointSizeF(style.font.pointSizeF() * 3);
    big.setBold(true);
    QFont normal = style.font;
    normal.setPointSizeF(style.font.pointSizeF() * 1.4);
    painter->setPen(style.foreground);
    painter->setFont(big);
    const QRectF titleRect = painter->boundingRect(inner, Qt::AlignLeft | Qt::TextWordWrap, title());
    painter->drawText(inner, Qt::AlignLeft | Qt::TextWordWrap, title());
    QStringList lines;
    lines.append(tr("Briefing"));
    if (m_options.asOf)
        lines.append(tr("Positions as of %1").arg(dateText(*m_options.asOf)));
    if (!m_options.marking.isEmpty())
        lines.prepend(m_options.marking);
    if (m_options.from || m_options.to)
        lines.append(tr("Events from %1 to %2")
                         .arg(m_options.from ? dateText(*m_options.from) : tr("the start"),
                             m_options.to ? dateText(*m_options.to) : tr("the end")));
    lines.append(tr("Generated %1 UTC")
                     .arg(QDateTime::fromMSecsSinceEpoch(
                         m_options.generatedAt.value_or(QDateTime::currentMSecsSinceEpoch()), Qt::UTC)
                              .toString(u"d MMMM yyyy HH:mm"_qs)));
    painter->setFont(normal);
    painter->setPen(style.mutedText);
    painter->drawText(inner.adjusted(0, titleRect.height() + 24, 0, 0), Qt::AlignLeft | Qt::TextWordWrap,
        lines.join(u'\n'));
}

QString BriefingExporter::eventListHtml() const
{
    const auto& store = m_dossier.events();
    const qsizetype first = m_options.from ? store.lowerBound(*m_options.from) : 0;
    const qsizetype last = m_options.to ? store.lowerBound(*m_options.to + 1) : store.size();
    QString html;
    html += u"<h2>"_qs + tr("Events").toHtmlEscaped() + u"</h2>"_qs;
    if (last <= first) {
        html += u"<p>"_qs + tr("No events in the period.").toHtmlEscaped() + u"</p>"_qs;
        return html;
    }
    html += u"<table width=\"100%\" cellspacing=\"0\" cellpadding=\"3\" border=\"0\">"_qs;
    html += u"<tr><th align=\"left\">%1</th><th align=\"left\">%2</th><th align=\"left\">%3</th>"
            "<th align=\"left\">%4</th></tr>"_qs.arg(tr("Date").toHtmlEscaped(), tr("Event").toHtmlEscaped(),
                tr("Parties").toHtmlEscaped(), tr("Sources (grading)").toHtmlEscaped());
    const qsizetype shownLast = std::min(last, first + m_options.maxEvents);
    for (qsizetype row = first; row < shownLast; ++row) {
        QStringList parties;
        for (const auto& id : store.refTexts(row, EventStore::RefKind::Party)) {
            const qsizetype p = m_dossier.partyIndex(id);
            parties.append(p < 0 ? id : m_dossier.parties()[p].name);
        }
        QStringList sources;
        for (const auto& v : citationViews(m_dossier, store.refTexts(row, EventStore::RefKind::Source),
                 store.claims(store.id(row)))) {
            // "Reuters: Title (D3)", then who claims it and the words quoted.
            QString line = v.title.isEmpty() ? v.outlet.toHtmlEscaped()
                                             : u"%1: %2"_qs.arg(v.outlet.toHtmlEscaped(), v.title.toHtmlEscaped());
            if (!v.grade.isEmpty())
                line += u" <b>(%1)</b>"_qs.arg(v.grade.toHtmlEscaped());
            if (!v.claimant.isEmpty())
                line += u" — "_qs + v.claimant.toHtmlEscaped();
            if (!v.quote.isEmpty())
                line += u": <i>“%1”</i>"_qs.arg(v.quote.toHtmlEscaped());
            sources.append(line);
        }
        const QString description = store.description(row).toString();
        html += u"<tr%1><td valign=\"top\">%2</td><td valign=\"top\"><b>%3</b>%4</td><td valign=\"top\">%5</td>"
                "<td valign=\"top\">%6</td></tr>"_qs.arg(row % 2 ? u" bgcolor=\"#f3f3f3\""_qs : QString(),
                    store.startDate(row).display().toHtmlEscaped(), store.title(row).toString().toHtmlEscaped(),
                    description.isEmpty() ? QString() : u"<br>"_qs + description.toHtmlEscaped(),
                    parties.join(u", "_qs).toHtmlEscaped(), sources.join(u"<br>"_qs));
    }
    html += u"</table>"_qs;
    if (shownLast < last)
        html += u"<p>"_qs + tr("… and %1 more events in the period.").arg(last - shownLast).toHtmlEscaped() + u"</p>"_qs;
    return html;
}

std::pair<qint64, qint64> BriefingExporter::whatChangedPeriod() const
{
    const auto range = m_dossier.dateRange();
    const qint64 to = m_options.asOf.value_or(m_options.to.value_or(range ? range->second : 0));
    qint64 from = m_options.from.value_or(WhatChanged::previousStep(m_dossier, to).value_or(to));
    return { std::min(from, to), to };
}

QString BriefingExporter::reliabilityHtml() const
{
    const auto [from, to] = whatChangedPeriod();
    const ReliabilitySummary s = summarizeReliability(m_dossier, to, m_options.reliabilityThreshold);
    return u"<h2>"_qs + tr("Reliability as of %1").arg(dateText(to)).toHtmlEscaped() + u"</h2><p>"_qs
        + s.text().toHtmlEscaped() + u"</p>"_qs;
}

QString BriefingExporter::judgementsHtml() const
{
    const Dossier& d = m_dossier;
    if (d.notes().isEmpty())
        return {};
    auto esc = [](const QString& text) { return text.toHtmlEscaped().replace(u'\n', u"<br>"_qs); };
    QString judgements, notes;
    for (const Note& n : d.notes()) {
        const QString pinned = notePinnedText(d, n);
        if (n.confidence) {
            const QString evidence = noteEvidenceText(d, n);
            QString level = confidenceLabel(*n.confidence);
            if (!level.isEmpty())
                level[0] = level[0].toUpper();
            judgements += u"<li><b>"_qs + esc(tr("%1 confidence:").arg(level)) + u"</b> "_qs
                + esc(n.text) + u"<br><i>"_qs + esc(tr("On %1.").arg(pinned)) + u" "_qs
                + esc(evidence.isEmpty() ? tr("No evidence cited.") : tr("Evidence: %1.").arg(evidence))
                + u"</i></li>"_qs;
        } else {
            notes += u"<li><b>"_qs + esc(pinned) + u":</b> "_qs + esc(n.text) + u"</li>"_qs;
        }
    }
    QString html;
    if (!judgements.isEmpty())
        html += u"<h2>"_qs + esc(tr("Key judgements")) + u"</h2><ul>"_qs + judgements + u"</ul>"_qs;
    if (!notes.isEmpty())
        html += u"<h2>"_qs + esc(tr("Analyst's notes")) + u"</h2><ul>"_qs + notes + u"</ul>"_qs;
    return html;
}

QString BriefingExporter::whatChangedHtml() const
{
    const auto [from, to] = whatChangedPeriod();
    const WhatChanged w = WhatChanged::compute(m_dossier, from, to);
    QString html = reliabilityHtml() + u"<h2>"_qs + tr("What changed from %1 to %2").arg(dateText(from), dateText(to)).toHtmlEscaped() + u"</h2>"_qs;
    if (w.isEmpty())
        return html + u"<p>"_qs + tr("Nothing changed in the period.").toHtmlEscaped() + u"</p>"_qs;
    const auto& store = m_dossier.events();
    for (const auto& g : w.issues) {
        html += u"<h3>"_qs + g.issueName.toHtmlEscaped() + u"</h3><ul>"_qs;
        for (const auto& e : g.entries) {
            QString sources;
            for (const auto& v : citationViews(m_dossier, e.sources, e.claims))
                sources += (sources.isEmpty() ? u" — "_qs : u", "_qs) + citationText(v);
            html += u"<li>"_qs + describeWhatChangedEntry(m_dossier, e).toHtmlEscaped() + u"<i>"_qs + sources.toHtmlEscaped()
                + u"</i></li>"_qs;
        }
        for (qint64 id : g.events) {
            const qsizetype row = store.rowOfId(id);
            if (row >= 0)
                html += u"<li>"_qs + tr("Event, %1: %2").arg(store.startDate(row).display(), store.title(row).toString()).toHtmlEscaped()
                    + u"</li>"_qs;
        }
        html += u"</ul>"_qs;
    }
    return html;
}

QString BriefingExporter::forecastHtml() const
{
    if (m_options.forecastIssues.isEmpty())
        return {};
    const qint64 asOf = m_options.asOf.value_or(m_dossier.dateRange() ? m_dossier.dateRange()->second : 0);
    ForecastOptions options;
    options.model = m_options.forecastModel;
    QString html = u"<h2>"_qs + tr("Forecast as of %1 (%2)").arg(dateText(asOf), forecastModelName(options.model)).toHtmlEscaped()
        + u"</h2><ul>"_qs;
    const std::optional<ForecastScenario> scenario = m_options.forecastScenario
        ? std::optional<ForecastScenario>(ForecastScenario { m_options.forecastScenario->overrides })
        : std::nullopt;
    for (const QString& id : m_options.forecastIssues) {
        const bool withScenario = scenario && m_options.forecastScenario->issue == id;
        const ForecastSummary s = summarizeForecast(
            m_dossier, m_dossier.issueIndex(id), asOf, options, withScenario ? &*scenario : nullptr);
        if (s.issueName.isEmpty())
            continue;
        html += u"<li><b>"_qs + s.issueName.toHtmlEscaped() + u"</b>: "_qs
            + QCoreApplication::translate("Entente::BriefingExporter", "%1 — %n party(ies) with a known position", nullptr,
                s.parties)
                  .arg(s.outcomeText)
                  .toHtmlEscaped();
        if (withScenario)
            html += u"<br/>"_qs
                + tr("Scenario “%1” (not the record; %2): %3")
                      .arg(m_options.forecastScenarioName, scenario->describe(m_dossier).join(u"; "_qs),
                          s.scenarioOutcomeText)
                      .toHtmlEscaped();
        if (!s.caveats.isEmpty())
            html += u"<br/><i>"_qs
                + tr("Caveat: thin inputs (%1); read this as what the models make of the record, not as a prediction.")
                      .arg(s.caveats.join(u"; "_qs))
                      .toHtmlEscaped()
                + u"</i>"_qs;
        html += u"</li>"_qs;
    }
    return html + u"</ul>"_qs;
}

void BriefingExporter::paintMarking(QPainter* painter, const QRectF& page) const
{
    if (m_options.marking.isEmpty())
        return;
    const RenderStyle style = pageOptions({}).style();
    QFont font = style.font;
    font.setBold(true);
    painter->save();
    painter->setFont(font);
    painter->setPen(style.foreground);
    const QFontMetricsF fm(font);
    const QString text = fm.elidedText(m_options.marking, Qt::ElideRight, page.width() - 2 * Margin);
    painter->drawText(QRectF(page.left(), page.top() + 8, page.width(), fm.height()), Qt::AlignHCenter | Qt::AlignTop, text);
    painter->drawText(QRectF(page.left(), page.bottom() - 8 - fm.height(), page.width(), fm.height()),
        Qt::AlignHCenter | Qt::AlignBottom, text);
    painter->restore();
}

int BriefingExporter::paintHtml(QPagedPaintDevice* device, QPainter* painter, const QRectF& page, const QString& html,
    const QString& pageLabel) const
{
    const RenderStyle style = pageOptions({}).style();
    QTextDocument doc;
    doc.setDefaultFont(style.font);
    doc.setDocumentMargin(0);
    doc.setHtml(html);
    const QRectF content = page.adjusted(Margin, Margin, -Margin, -Margin);
    doc.setPageSize(content.size());
    const int pages = std::max(1, doc.pageCount());
    for (int p = 0; p < pages; ++p) {
        if (p > 0)
            device->newPage();
        painter->fillRect(page, style.background);
        painter->save();
        painter->translate(content.left(), content.top() - p * content.height());
        QAbstractTextDocumentLayout::PaintContext ctx;
        ctx.clip = QRectF(0, p * content.height(), content.width(), content.height());
        ctx.palette.setColor(QPalette::Text, style.foreground);
        painter->setClipRect(ctx.clip);
        doc.documentLayout()->draw(painter, ctx);
        painter->restore();
        painter->setPen(style.mutedText);
        painter->setFont(style.font);
        painter->drawText(QRectF(content.left(), content.bottom() + 8, content.width(), Margin - 16),
            Qt::AlignRight | Qt::AlignTop, tr("%1, page %2 of %3").arg(pageLabel).arg(p + 1).arg(pages));
        paintMarking(painter, page);
    }
    return pages;
}

int BriefingExporter::paint(QPagedPaintDevice* device, QPainter* painter, const QList<Page>& pages, QStringList* titles) const
{
    const qreal toDevice = qreal(device->logicalDpiX()) / LogicalDpi;
    const QSizeF logical(device->width() / toDevice, device->height() / toDevice);
    const QRectF page(QPointF(0, 0), logical);
    auto record = [titles](const QString& title, int n = 1) {
        for (int i = 0; titles && i < n; ++i)
            titles->append(title);
    };
    painter->save();
    painter->scale(toDevice, toDevice);
    paintTitlePage(painter, page);
    paintMarking(painter, page);
    record(tr("Title"));
    int count = 1;
    if (const QString html = m_options.judgements ? judgementsHtml() : QString(); !html.isEmpty()) {
        device->newPage();
        const int n = paintHtml(device, painter, page, html, tr("Key judgements"));
        record(tr("Key judgements"), n);
        count += n;
    }
    if (m_options.whatChanged) {
        device->newPage();
        const int n = paintHtml(device, painter, page, whatChangedHtml(), tr("What changed"));
        record(tr("What changed"), n);
        count += n;
    }
    if (const QString html = forecastHtml(); !html.isEmpty()) {
        device->newPage();
        const int n = paintHtml(device, painter, page, html, tr("Forecast"));
        record(tr("Forecast"), n);
        count += n;
    }
    for (const auto& p : pages) {
        if (!p.view)
            continue;
        device->newPage();
        ++count;
        const QString caption = p.caption.isEmpty() ? p.view->title() : p.caption;
        ExportOptions o = pageOptions(caption);
        o.legendLevels = p.view->legend(); // the view's own colours; none where it draws its own legend
        o.legend = !o.legendLevels.isEmpty();
        const ImageExporter composer(o);
        // The marking takes the top and bottom bands; the composed page keeps its margins inside the rest.
        const qreal band = m_options.marking.isEmpty() ? 0 : 18;
        composer.paintComposed(painter, page.adjusted(0, band, 0, -band), *p.view);
        if (band > 0)
            painter->fillRect(QRectF(page.left(), page.top(), page.width(), band), o.style().background);
        if (band > 0)
            painter->fillRect(QRectF(page.left(), page.bottom() - band, page.width(), band), o.style().background);
        paintMarking(painter, page);
        record(caption);
    }
    if (m_options.events) {
        device->newPage();
        const int n = paintHtml(device, painter, page, eventListHtml(), tr("Events"));
        record(tr("Events"), n);
        count += n;
    }
    painter->restore();
    return count;
}

QString BriefingExporter::exportTo(const QString& path, const QList<Page>& pages) const
{
    if (ImageExporter::formatForPath(path) != ImageExporter::Format::Pdf)
        return tr("A briefing is a PDF: use a .pdf file name");
    SafeFileWriter file(path);
    if (!file.open())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.reason());
    QPdfWriter pdf(file.device());
    pdf.setTitle(title());
    pdf.setCreator(u"Entente"_qs);
    pdf.setResolution(int(LogicalDpi));
    pdf.setPageLayout(QPageLayout(pageOptions({}).pageSize(),
        m_options.landscape ? QPageLayout::Landscape : QPageLayout::Portrait, QMarginsF(0, 0, 0, 0)));
    QPainter painter;
    if (!painter.begin(&pdf))
        return tr("Cannot write %1: the PDF writer could not start").arg(QDir::toNativeSeparators(path));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paint(&pdf, &painter, pages);
    painter.end();
    if (!file.commit())
        return tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.reason());
    return {};
}

} // namespace Entente
