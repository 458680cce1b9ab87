// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageexporter.h"

#include "exporttext.h"
#include "pngwriter.h"
#include "safefilewriter.h"

#include "paintable.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QSvgGenerator>

namespace Entente {

namespace {
    // Q_DECLARE_TR_FUNCTIONS names the context to lupdate too: a free tr() helper was filed under the
    // enclosing class or namespace, where its translations were never looked up.
    struct ImageExporterText {
        Q_DECLARE_TR_FUNCTIONS(Entente::ImageExporter)
    };

constexpr qreal LogicalDpi = 96.0;

QString dateText(qint64 msecs) { return QDateTime::fromMSecsSinceEpoch(msecs, Qt::UTC).toString(u"d MMMM yyyy"_qs); }

QFont scaledFont(const QFont& base, qreal factor, bool bold = false)
{
    QFont f = base;
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * factor);
    else
        f.setPixelSize(std::max(1, int(f.pixelSize() * factor)));
    f.setBold(bold);
    return f;
}

QString writeError(const SafeFileWriter& file)
{
    return ImageExporterText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(file.path()), file.reason());
}

// Flush, check every write the encoder made, sync and rename; a failure leaves the previous file as it was.
QString commit(SafeFileWriter& file)
{
    if (!file.commit())
        return writeError(file);
    return {};
}
} // namespace

ImageExporter::ImageExporter(ExportOptions options)
    : m_options(std::move(options))
{
}

std::optional<ImageExporter::Format> ImageExporter::formatForPath(const QString& path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"png")
        return Format::Png;
    if (suffix == u"svg")
        return Format::Svg;
    if (suffix == u"pdf")
        return Format::Pdf;
    return std::nullopt;
}

QSizeF ImageExporter::logicalSize(const Paintable& view) const
{
    using P = ExportOptions::SizePreset;
    const qreal scale = std::clamp<qreal>(m_options.scale, 0.25, 8.0);
    switch (m_options.preset) {
    case P::AsOnScreen:
        return m_options.screenSize.isEmpty() ? view.naturalSize() : m_options.screenSize;
    case P::FullHd:
        return QSizeF(1920, 1080) / scale;
    case P::UltraHd:
        return QSizeF(3840, 2160) / scale;
    case P::Custom:
        return QSizeF(m_options.customSize.isEmpty() ? view.naturalSize() * scale : QSizeF(m_options.customSize)) / scale;
    case P::A4Portrait:
    case P::A4Landscape:
    case P::LetterPortrait:
    case P::LetterLandscape: {
        const QSizeF inches = m_options.pageSize().size(QPageSize::Inch);
        const QSizeF portrait = inches * LogicalDpi;
        const bool landscape = m_options.preset == P::A4Landscape || m_options.preset == P::LetterLandscape;
        return landscape ? portrait.transposed() : portrait;
    }
    }
    return view.naturalSize();
}

QSize ImageExporter::pixelSize(const Paintable& view) const
{
    using P = ExportOptions::SizePreset;
    if (m_options.preset == P::FullHd)
        return { 1920, 1080 };
    if (m_options.preset == P::UltraHd)
        return { 3840, 2160 };
    if (m_options.preset == P::Custom && !m_options.customSize.isEmpty())
        return m_options.customSize;
    return (logicalSize(view) * std::clamp<qreal>(m_options.scale, 0.25, 8.0)).toSize();
}

QString ImageExporter::headerTitle(const Paintable& view) const
{
    Q_UNUSED(view);
    return m_options.title;
}

QRectF ImageExporter::viewRect(const QRectF& page) const
{
    const RenderStyle style = m_options.style();
    const qreal margin = m_options.isPaper() ? 36 : 16;
    QRectF r = page.adjusted(margin, margin, -margin, -margin);
    const bool header = !m_options.title.isEmpty() || !m_options.subtitle.isEmpty() || m_options.asOfStamp;
    if (header) {
        qreal h = 0;
        if (!m_options.title.isEmpty() || m_options.asOfStamp)
            h += QFontMetricsF(scaledFont(style.font, 1.6, true)).height();
        if (!m_options.subtitle.isEmpty())
            h += QFontMetricsF(scaledFont(style.font, 1.1)).height() + 2;
        r.setTop(r.top() + h + 10);
    }
    const bool footer = (m_options.legend && !m_options.legendLevels.isEmpty()) || m_options.sourceLine;
    if (footer)
        r.setBottom(r.bottom() - QFontMetricsF(style.font).height() - 12);
    return r;
}

void ImageExporter::paintComposed(QPainter* painter, const QRectF& page, const Paintable& view) const
{
    const RenderStyle style = m_options.style();
    painter->save();
    painter->fillRect(page, style.background);
    const qreal margin = m_options.isPaper() ? 36 : 16;
    const QRectF inner = page.adjusted(margin, margin, -margin, -margin);
    qreal y = inner.top();
    const QFont titleFont = scaledFont(style.font, 1.6, true);
    const QFont subtitleFont = scaledFont(style.font, 1.1);
    if (!m_options.title.isEmpty() || m_options.asOfStamp) {
        const qreal h = QFontMetricsF(titleFont).height();
        painter->setPen(style.foreground);
        painter->setFont(titleFont);
        painter->drawText(QRectF(inner.left(), y, inner.width() * 0.75, h), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(titleFont).elidedText(ExportText::withoutControls(m_options.title), Qt::ElideRight, inner.width() * 0.75));
        if (m_options.asOfStamp && m_options.asOf) {
            painter->setFont(subtitleFont);
            painter->setPen(style.mutedText);
            painter->drawText(QRectF(inner.left(), y, inner.width(), h), Qt::AlignRight | Qt::AlignVCenter,
                ImageExporterText::tr("As of %1").arg(dateText(*m_options.asOf)));
        }
        y += h;
    }
    if (!m_options.subtitle.isEmpty()) {
        const qreal h = QFontMetricsF(subtitleFont).height();
        painter->setFont(subtitleFont);
        painter->setPen(style.mutedText);
        painter->drawText(QRectF(inner.left(), y + 2, inner.width(), h), Qt::AlignLeft | Qt::AlignVCenter,
            QFontMetricsF(subtitleFont).elidedText(ExportText::withoutControls(m_options.subtitle), Qt::ElideRight, inner.width()));
    }
    const QRectF area = viewRect(page);
    const bool footer = (m_options.legend && !m_options.legendLevels.isEmpty()) || m_options.sourceLine;
    if (footer) {
        painter->setFont(style.font);
        const QFontMetricsF fm(style.font);
        const QRectF row(inner.left(), area.bottom() + 12, inner.width(), fm.height());
        qreal x = row.left();
        if (m_options.legend)
            for (const auto& level : m_options.legendLevels) {
                const qreal sw = fm.height() * 0.8;
                painter->fillRect(QRectF(x, row.center().y() - sw / 2, sw, sw), QColor(level.color));
                painter->setPen(style.grid);
                painter->drawRect(QRectF(x, row.center().y() - sw / 2, sw, sw));
                x += sw + 4;
                painter->setPen(style.foreground);
                painter->drawText(QRectF(x, row.top(), fm.horizontalAdvance(level.label) + 2, row.height()),
                    Qt::AlignLeft | Qt::AlignVCenter, level.label);
                x += fm.horizontalAdvance(level.label) + 14;
            }
        if (m_options.sourceLine) {
            const QString asOf = m_options.asOf ? dateText(*m_options.asOf)
                                                : dateText(QDateTime::currentMSecsSinceEpoch());
            const QString text
                = ImageExporterText::tr("Source: %1, as of %2")
                      .arg(ExportText::isolated(ExportText::withoutControls(m_options.dossierName)), asOf);
            painter->setPen(style.mutedText);
            const qreal room = std::max<qreal>(0, row.right() - x);
            painter->drawText(row, Qt::AlignRight | Qt::AlignVCenter, fm.elidedText(text, Qt::ElideMiddle, room));
        }
    }
    painter->restore();
    painter->save();
    painter->setClipRect(area, Qt::IntersectClip);
    view.paint(painter, area, style);
    painter->restore();
}

QImage ImageExporter::image(const Paintable& view) const
{
    const QSize pixels = pixelSize(view);
    // An opaque page needs no alpha channel: RGB32 paints as fast and encodes a third faster.
    const bool opaque = m_options.style().background.alpha() == 255;
    QImage img(pixels, opaque ? QImage::Format_RGB32 : QImage::Format_ARGB32_Premultiplied);
    if (img.isNull())
        return img;
    img.fill(m_options.style().background);
    QPainter painter(&img);
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing | QPainter::SmoothPixmapTransform);
    const QSizeF logical = logicalSize(view);
    painter.scale(qreal(pixels.width()) / logical.width(), qreal(pixels.height()) / logical.height());
    paintComposed(&painter, QRectF(QPointF(0, 0), logical), view);
    return img;
}

QString ImageExporter::exportTo(const Paintable& view, const QString& path) const
{
    const auto format = formatForPath(path);
    if (!format)
        return ImageExporterText::tr("Unknown image format \"%1\": use .png, .svg or .pdf")
            .arg(QFileInfo(path).suffix());
    switch (*format) {
    case Format::Png:
        return writePng(view, path);
    case Format::Svg:
        return writeSvg(view, path);
    case Format::Pdf:
        return writePdf(view, path);
    }
    return {};
}

QString ImageExporter::writePng(const Paintable& view, const QString& path) const
{
    const QImage img = image(view);
    if (img.isNull())
        return ImageExporterText::tr("The image is too large (%1 × %2 pixels)")
            .arg(pixelSize(view).width())
            .arg(pixelSize(view).height());
    SafeFileWriter file(path);
    if (!file.open())
        return writeError(file);
    if (img.format() == QImage::Format_RGB32) {
        if (const auto e = writeOpaquePng(img, file.device()); !e.ok())
            file.fail(e.message());
        return commit(file);
    }
    QImageWriter writer(file.device(), "png");
    // Qt maps PNG quality to zlib's level (80 → level 1): files a few percent larger, written much faster.
    writer.setQuality(80);
    if (!writer.write(img))
        file.fail(writer.errorString());
    return commit(file);
}

QString ImageExporter::writeSvg(const Paintable& view, const QString& path) const
{
    SafeFileWriter file(path);
    if (!file.open())
        return writeError(file);
    const QSizeF logical = logicalSize(view);
    QSvgGenerator svg;
    svg.setOutputDevice(file.device());
    svg.setResolution(int(LogicalDpi));
    svg.setSize(logical.toSize());
    svg.setViewBox(QRectF(QPointF(0, 0), logical));
    // QSvgGenerator writes title and description verbatim into the XML: escape them here.
    const QString title = m_options.title.isEmpty() ? view.title() : m_options.title;
    file.setXmlContent(true);
    svg.setTitle(ExportText::withoutControls(title).toHtmlEscaped());
    QString description = ExportText::isolated(m_options.subtitle.isEmpty() ? view.title() : m_options.subtitle);
    if (!m_options.dossierName.isEmpty())
        description += u" — "_qs + ExportText::isolated(m_options.dossierName);
    svg.setDescription(ExportText::withoutControls(description).toHtmlEscaped());
    QPainter painter;
    if (!painter.begin(&svg))
        return ImageExporterText::tr("Cannot write %1: the SVG generator could not start")
            .arg(QDir::toNativeSeparators(path));
    painter.setRenderHints(QPainter::Antialiasing | QPainter::TextAntialiasing);
    paintComposed(&painter, QRectF(QPointF(0, 0), logical), view);
    painter.end();
    return commit(file);
}

QString ImageExporter::writePdf(const Paintable& view, const QString& path) const
{
    SafeFileWriter file(path);
    if (!file.open())
        return writeError(file);
    const QSizeF logical = logicalSize(view);
    QPdfWriter pdf(file.device());
    pdf.setTitle(m_options.title.isEmpty() ? view.title() : m_options.title);
    pdf.setCreator(u"Entente"_qs);
    // 96 dpi: one logical pixel per device unit, so fonts measure as they do on screen and in the PNG.
    pdf.setResolution(int(LogicalDpi));
    if (m_options.isPaper()) {
        const bool landscape = m_options.preset == ExportOptions::SizePreset::A4Landscape
            || m_options.preset == ExportOptions::SizePreset::LetterLandscape;
        pdf.setPageLayout(QPageLayout(m_options.pageSize(), landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0)));
    } else {
        pdf.setPageLayout(QPageLayout(QPageSize(logical * 72.0 / LogicalDpi, QPageSize::Point), QPageLayout::Portrait,
            QMarginsF(0, 0, 0, 0)));
    }
    QPainter painter;
    if (!painter.begin(&pdf))
        return ImageExporterText::tr("Cannot write %1: the PDF writer could not start")
            .arg(QDir::toNativeSeparators(path));
    const QSizeF device(pdf.width(), pdf.height());
    painter.scale(device.width() / logical.width(), device.height() / logical.height());
    paintComposed(&painter, QRectF(QPointF(0, 0), logical), view);
    painter.end();
    return commit(file);
}

QString ImageExporter::copyToClipboard(const Paintable& view) const
{
    const QImage img = image(view);
    if (img.isNull())
        return ImageExporterText::tr("The image is too large to copy");
    QClipboard* clipboard = QGuiApplication::clipboard();
    if (!clipboard)
        return ImageExporterText::tr("No clipboard is available");
    clipboard->setImage(img);
    return {};
}

} // namespace Entente
