// See PngEncoder.h.
#include "PngEncoder.h"

#include "VectorState.h"

#include <QCoreApplication>

#include <zlib.h>

#include <algorithm>
#include <array>
#include <new>
#include <thread>
#include <vector>

namespace {

// Below this many rows a part is not worth a thread; beyond a few parts the memory bus, not the
// cores, sets the pace.
constexpr int kMinRowsPerPart = 128;
constexpr int kMaxParts = 4;
// IDAT chunks of at most this many bytes; the format allows 2^31 - 1.
constexpr qsizetype kMaxChunk = qsizetype(1) << 20;

void appendBigEndian(QByteArray &out, quint32 value)
{
    const std::array<char, 4> bytes{char(value >> 24), char(value >> 16), char(value >> 8),
                                    char(value)};
    out.append(bytes.data(), 4);
}

void appendChunk(QByteArray &out, const char *type, const char *data, qsizetype length)
{
    appendBigEndian(out, quint32(length));
    const qsizetype start = out.size();
    out.append(type, 4);
    out.append(data, length);
    const auto *typed = reinterpret_cast<const Bytef *>(out.constData() + start);
    appendBigEndian(out, quint32(crc32_z(crc32(0, nullptr, 0), typed, std::size_t(length) + 4)));
}

// One scanline as PNG stores it with the "up" filter: the filter byte, then every channel (R,
// G, B and, with alpha, A) minus the same channel of the pixel above, modulo 256. QImage's
// 32-bit pixels are read as 0xAARRGGBB values, whatever the machine's byte order.
void filterRow(const quint32 *row, const quint32 *above, int width, bool alpha, Bytef *out)
{
    *out++ = 2; // "up"
    if (alpha) {
        for (int x = 0; x < width; ++x, out += 4) {
            const quint32 p = row[x], q = above[x];
            out[0] = Bytef((p >> 16) - (q >> 16));
            out[1] = Bytef((p >> 8) - (q >> 8));
            out[2] = Bytef(p - q);
            out[3] = Bytef((p >> 24) - (q >> 24));
        }
    } else {
        for (int x = 0; x < width; ++x, out += 3) {
            const quint32 p = row[x], q = above[x];
            out[0] = Bytef((p >> 16) - (q >> 16));
            out[1] = Bytef((p >> 8) - (q >> 8));
            out[2] = Bytef(p - q);
        }
    }
}

// A run of rows deflated on its own: raw deflate blocks that end on a byte boundary (a sync
// flush), or the stream's final block for the last part, so the parts' bytes simply follow one
// another in the zlib stream (as pigz does). The Adler-32 of the part's filtered bytes is
// combined into the stream's checksum afterwards.
struct Part
{
    int firstRow = 0;
    int endRow = 0;
    bool last = false;
    std::vector<Bytef> deflated;
    uLong adler = 1;
    bool failed = false;
};

void growOutput(z_stream &z, std::vector<Bytef> &out)
{
    const std::size_t used = std::size_t(z.next_out - out.data());
    out.resize(std::max<std::size_t>(out.size() * 2, 4096));
    z.next_out = out.data() + used;
    z.avail_out = uInt(std::min<std::size_t>(out.size() - used, 1u << 30));
}

void deflatePart(const QImage &image, bool alpha, Part &part) noexcept
{
    z_stream z{};
    // Run-length matching: plots are flat colours and thin lines, whose "up"-filtered rows are
    // mostly zeros; searching for longer matches costs several times as much for a few percent.
    if (deflateInit2(&z, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -MAX_WBITS, 8, Z_RLE) != Z_OK) {
        part.failed = true;
        return;
    }
    try {
        const int width = image.width();
        const std::size_t rowBytes = 1 + std::size_t(alpha ? 4 : 3) * std::size_t(width);
        // Filtered a few rows at a time into a buffer that stays in cache.
        const int batchRows = int(std::max<std::size_t>(1, (64 * 1024) / rowBytes));
        std::vector<Bytef> batch(rowBytes * std::size_t(batchRows));
        const std::vector<quint32> zeros(part.firstRow == 0 ? std::size_t(width) : 0);
        part.deflated.resize(rowBytes * std::size_t(part.endRow - part.firstRow) / 64 + 4096);
        z.next_out = part.deflated.data();
        z.avail_out = uInt(part.deflated.size());
        for (int y = part.firstRow; y < part.endRow; y += batchRows) {
            const int rows = std::min(batchRows, part.endRow - y);
            for (int i = 0; i < rows; ++i) {
                const int row = y + i;
                const auto *above =
                    row == 0 ? zeros.data()
                             : reinterpret_cast<const quint32 *>(image.constScanLine(row - 1));
                filterRow(reinterpret_cast<const quint32 *>(image.constScanLine(row)), above, width,
                          alpha, batch.data() + std::size_t(i) * rowBytes);
            }
            const std::size_t length = std::size_t(rows) * rowBytes;
            part.adler = adler32_z(part.adler, batch.data(), length);
            z.next_in = batch.data();
            z.avail_in = uInt(length);
            const bool end = y + rows >= part.endRow;
            const int flush = !end ? Z_NO_FLUSH : part.last ? Z_FINISH : Z_SYNC_FLUSH;
            for (;;) {
                if (z.avail_out == 0) growOutput(z, part.deflated);
                const int status = deflate(&z, flush);
                if (status == Z_STREAM_ERROR) part.failed = true;
                if (part.failed || (flush == Z_FINISH ? status == Z_STREAM_END
                                                      : z.avail_in == 0 && z.avail_out != 0))
                    break;
            }
            if (part.failed) break;
        }
        part.deflated.resize(std::size_t(z.next_out - part.deflated.data()));
    } catch (...) { // std::bad_alloc: the caller says so
        part.failed = true;
    }
    deflateEnd(&z);
}

// The image data as one zlib stream, its parts deflated on as many cores as help.
std::variant<QByteArray, QString> zlibStream(const QImage &image, bool alpha, int partCount)
{
    const std::size_t rowBytes = 1 + std::size_t(alpha ? 4 : 3) * std::size_t(image.width());
    std::vector<Part> parts(static_cast<std::size_t>(partCount));
    for (int i = 0; i < partCount; ++i) {
        Part &part = parts[std::size_t(i)];
        part.firstRow = int(qint64(image.height()) * i / partCount);
        part.endRow = int(qint64(image.height()) * (i + 1) / partCount);
        part.last = i == partCount - 1;
    }
    std::vector<std::thread> threads;
    for (std::size_t i = 1; i < parts.size(); ++i) {
        try {
            threads.emplace_back(deflatePart, std::cref(image), alpha, std::ref(parts[i]));
        } catch (const std::system_error &) { // no thread to be had: this one does it
            deflatePart(image, alpha, parts[i]);
        }
    }
    deflatePart(image, alpha, parts.front());
    for (std::thread &thread : threads)
        thread.join();

    std::size_t total = 6;
    for (const Part &part : parts) {
        if (part.failed)
            return QCoreApplication::translate("PngEncoder",
                                               "not enough memory to encode the image");
        total += part.deflated.size();
    }
    QByteArray stream;
    stream.reserve(qsizetype(total));
    stream.append("\x78\x9c", 2); // deflate, 32 KiB window, default level (RFC 1950)
    uLong adler = parts.front().adler;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const Part &part = parts[i];
        stream.append(reinterpret_cast<const char *>(part.deflated.data()),
                      qsizetype(part.deflated.size()));
        const auto filtered = z_off64_t(rowBytes * std::size_t(part.endRow - part.firstRow));
        if (i > 0) adler = adler32_combine64(adler, part.adler, filtered);
    }
    appendBigEndian(stream, quint32(adler));
    return stream;
}

} // namespace

std::variant<QByteArray, QString> encodePng(const QImage &source, int parts)
{
    if (source.isNull()) return QCoreApplication::translate("PngEncoder", "no image to encode");
    const bool alpha = source.hasAlphaChannel();
    // Usually no conversion at all; a premultiplied image (a transparent figure) is divided out.
    const QImage image =
        source.convertToFormat(alpha ? QImage::Format_ARGB32 : QImage::Format_RGB32);
    if (image.isNull())
        return QCoreApplication::translate("PngEncoder", "not enough memory to encode the image");
    if (parts <= 0) {
        const int cores = int(std::max(1u, std::thread::hardware_concurrency()));
        parts = std::clamp(image.height() / kMinRowsPerPart, 1, std::min(kMaxParts, cores));
    }
    vectorstate::clearUpperHalves(); // zlib and the filter are SSE code; see VectorState.h
    auto stream = zlibStream(image, alpha, std::min(parts, image.height()));
    if (const auto *error = std::get_if<QString>(&stream)) return *error;
    const QByteArray &idat = std::get<QByteArray>(stream);

    QByteArray png;
    png.reserve(idat.size() + idat.size() / kMaxChunk * 12 + 128);
    png.append("\x89PNG\r\n\x1a\n", 8);
    QByteArray header;
    appendBigEndian(header, quint32(image.width()));
    appendBigEndian(header, quint32(image.height()));
    // 8 bits a channel, RGB (2) or RGBA (6), deflate, adaptive filters, no interlacing.
    header.append(char(8))
        .append(char(alpha ? 6 : 2))
        .append(char(0))
        .append(char(0))
        .append(char(0));
    appendChunk(png, "IHDR", header.constData(), header.size());
    if (image.dotsPerMeterX() > 0 && image.dotsPerMeterY() > 0) {
        QByteArray resolution;
        appendBigEndian(resolution, quint32(image.dotsPerMeterX()));
        appendBigEndian(resolution, quint32(image.dotsPerMeterY()));
        resolution.append(char(1)); // per metre
        appendChunk(png, "pHYs", resolution.constData(), resolution.size());
    }
    for (qsizetype at = 0; at < idat.size(); at += kMaxChunk)
        appendChunk(png, "IDAT", idat.constData() + at, std::min(kMaxChunk, idat.size() - at));
    appendChunk(png, "IEND", nullptr, 0);
    return png;
}
