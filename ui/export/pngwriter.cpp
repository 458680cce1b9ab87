// SPDX-License-Identifier: GPL-3.0-or-later
#include "pngwriter.h"

#include <QCoreApplication>
#include <QIODevice>
#include <QImage>

#include <png.h>

#include <csetjmp>

namespace Entente {

namespace {
    struct PngText {
        Q_DECLARE_TR_FUNCTIONS(PngWriter)
    };

    struct Sink {
        QIODevice* device = nullptr;
        bool failed = false;
    };

    void writeData(png_structp png, png_bytep data, png_size_t length)
    {
        auto* sink = static_cast<Sink*>(png_get_io_ptr(png));
        if (sink->device->write(reinterpret_cast<const char*>(data), qint64(length)) != qint64(length))
            sink->failed = true;
    }

    void flushData(png_structp) { }
}

Status writeOpaquePng(const QImage& image, QIODevice* out)
{
    if (image.format() != QImage::Format_RGB32)
        return Error(PngText::tr("internal error: the fast PNG writer takes RGB32 images"));
    Sink sink { out, false };
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, nullptr, nullptr, nullptr);
    if (!png)
        return Error(PngText::tr("out of memory"));
    png_infop info = png_create_info_struct(png);
    if (!info) {
        png_destroy_write_struct(&png, nullptr);
        return Error(PngText::tr("out of memory"));
    }
    if (setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return Error(PngText::tr("the PNG encoder failed"));
    }
    png_set_write_fn(png, &sink, writeData, flushData);
    png_set_compression_level(png, 1);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_SUB);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8, PNG_COLOR_TYPE_RGB,
        PNG_INTERLACE_NONE, PNG_COMPRESSION_TYPE_BASE, PNG_FILTER_TYPE_BASE);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()), png_uint_32(image.dotsPerMeterY()),
            PNG_RESOLUTION_METER);
    png_write_info(png, info);
    // RGB32 rows are 0xffRRGGBB words; as bytes that is B,G,R,X on little-endian and X,R,G,B on big-endian.
    if (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        png_set_bgr(png);
        png_set_filler(png, 0, PNG_FILLER_AFTER);
    } else {
        png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    for (int y = 0; y < image.height() && !sink.failed; ++y)
        png_write_row(png, const_cast<png_bytep>(image.constScanLine(y)));
    if (!sink.failed)
        png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    if (sink.failed)
        return Error(out->errorString().isEmpty() ? PngText::tr("write failed") : out->errorString());
    return {};
}

} // namespace Entente
