// SPDX-License-Identifier: GPL-3.0-or-later
#include "briefingexporter.h"

#include "dossier.h"
#include "imageexporter.h"
#include "paintable.h"
#include "safefilewriter.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
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
    o.legend = true;
    for (const auto& level : m_dossier.stanceScale())
        o.legendLevels.append(level);
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
        for (const auto& id : store.refTexts(row, EventStore::RefKind::Source)) {
            const qsizetype s = m_dossier.sourceIndex(id);
            if (s < 0) {
                sources.append(id.toHtmlEscaped());
                continue;
            }
            const Source& src = m_dossier.sources()[s];
            sources.append(u"%1: %2 <b>(%3)</b>"_qs.arg(src.outlet.toHtmlEscaped(), src.title.toHtmlEscaped(),
                src.grading().toHtmlEscaped()));
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

int BriefingExporter::paintEventList(QPagedPaintDevice* device, QPainter* painter, const QRectF& page) const
{
    const RenderStyle style = pageOptions({}).style();
    QTextDocument doc;
    doc.setDefaultFont(style.font);
    doc.setDocumentMargin(0);
    doc.setHtml(eventListHtml());
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
            Qt::AlignRight | Qt::AlignTop, tr("Events, page %1 of %2").arg(p + 1).arg(pages));
    }
    return pages;
}

int BriefingExporter::paint(QPagedPaintDevice* device, QPainter* painter, const QList<Page>& pages) const
{
    const qreal toDevice = qreal(device->logicalDpiX()) / LogicalDpi;
    const QSizeF logical(device->width() / toDevice, device->height() / toDevice);
    const QRectF page(QPointF(0, 0), logical);
    painter->save();
    painter->scale(toDevice, toDevice);
    paintTitlePage(painter, page);
    int count = 1;
    for (const auto& p : pages) {
        if (!p.view)
            continue;
        device->newPage();
        ++count;
        const ImageExporter composer(pageOptions(p.caption.isEmpty() ? p.view->title() : p.caption));
        composer.paintComposed(painter, page, *p.view);
    }
    device->newPage();
    count += paintEventList(device, painter, page);
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
