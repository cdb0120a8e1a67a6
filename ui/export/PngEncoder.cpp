// See PngEncoder.h.
#include "PngEncoder.h"

#include <QCoreApplication>

#include <png.h>
#include <zlib.h>

#include <csetjmp>

namespace {

void appendBytes(png_structp png, png_bytep data, png_size_t length)
{
    auto *out = static_cast<QByteArray *>(png_get_io_ptr(png));
    out->append(reinterpret_cast<const char *>(data), qsizetype(length));
}

void flushNothing(png_structp) {}

void recordError(png_structp png, png_const_charp message)
{
    *static_cast<QString *>(png_get_error_ptr(png)) = QString::fromUtf8(message);
    std::longjmp(png_jmpbuf(png), 1);
}

void ignoreWarning(png_structp, png_const_charp) {}

} // namespace

std::variant<QByteArray, QString> encodePng(const QImage &source)
{
    // 32-bit pixels go in as they are, a row at a time: no second copy of a large image.
    const bool alpha = source.hasAlphaChannel();
    const QImage image =
        source.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (image.isNull())
        return QCoreApplication::translate("PngEncoder", "not enough memory to encode the image");
    QByteArray bytes;
    QString error;
    png_structp png =
        png_create_write_struct(PNG_LIBPNG_VER_STRING, &error, recordError, ignoreWarning);
    if (!png) return QCoreApplication::translate("PngEncoder", "cannot start the PNG encoder");
    png_infop info = png_create_info_struct(png);
    if (!info || setjmp(png_jmpbuf(png))) {
        png_destroy_write_struct(&png, &info);
        return QCoreApplication::translate("PngEncoder", "cannot encode PNG: %1").arg(error);
    }
    png_set_write_fn(png, &bytes, appendBytes, flushNothing);
    png_set_IHDR(png, info, png_uint_32(image.width()), png_uint_32(image.height()), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0)
        png_set_pHYs(png, info, png_uint_32(image.dotsPerMeterX()),
                     png_uint_32(image.dotsPerMeterY()), PNG_RESOLUTION_METER);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, PNG_FILTER_UP);
    png_set_compression_strategy(png, Z_RLE);
    png_write_info(png, info);
    // QImage's 32-bit pixels are 0xAARRGGBB words: B, G, R, A in memory on little-endian
    // machines, A, R, G, B on big-endian ones.
    if constexpr (Q_BYTE_ORDER == Q_LITTLE_ENDIAN) {
        png_set_bgr(png);
        if (!alpha) png_set_filler(png, 0, PNG_FILLER_AFTER); // drops the unused byte
    } else {
        if (alpha)
            png_set_swap_alpha(png);
        else
            png_set_filler(png, 0, PNG_FILLER_BEFORE);
    }
    bytes.reserve(qsizetype(image.width()) * image.height() / 16);
    for (int y = 0; y < image.height(); ++y)
        png_write_row(png, image.constScanLine(y));
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return bytes;
}
