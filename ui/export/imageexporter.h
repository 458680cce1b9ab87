// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Exports any Paintable to PNG, SVG or PDF (chosen by the file extension) or to the clipboard, framed by the
// optional header (title, subtitle, as-of stamp) and footer (legend, source line) of ExportOptions. Every
// format draws through the view's one paint routine. Files are written through SafeFileWriter: a failed export
// never replaces an earlier good file. Errors come back as one translated sentence; empty means success.

#include "exportoptions.h"

#include <QImage>
#include <QRectF>

#include <optional>

class QPainter;

namespace Entente {

class Paintable;

class ImageExporter {
public:
    enum class Format { Png, Svg, Pdf };

    explicit ImageExporter(ExportOptions options = {});

    [[nodiscard]] const ExportOptions& options() const { return m_options; }
    [[nodiscard]] static std::optional<Format> formatForPath(const QString& path);

    [[nodiscard]] QSizeF logicalSize(const Paintable& view) const;
    [[nodiscard]] QSize pixelSize(const Paintable& view) const; // of the PNG / clipboard image
    [[nodiscard]] QImage image(const Paintable& view) const;
    [[nodiscard]] QString exportTo(const Paintable& view, const QString& path) const;
    [[nodiscard]] QString copyToClipboard(const Paintable& view) const;

    // Header, view and footer into `page` (logical coordinates); also used by print and the briefing.
    void paintComposed(QPainter* painter, const QRectF& page, const Paintable& view) const;
    // The rectangle left for the view inside `page` once header and footer are placed.
    [[nodiscard]] QRectF viewRect(const QRectF& page) const;

private:
    [[nodiscard]] QString writePng(const Paintable& view, const QString& path) const;
    [[nodiscard]] QString writeSvg(const Paintable& view, const QString& path) const;
    [[nodiscard]] QString writePdf(const Paintable& view, const QString& path) const;
    [[nodiscard]] QString headerTitle(const Paintable& view) const;

    ExportOptions m_options;
};

} // namespace Entente
