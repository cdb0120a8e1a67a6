// The figure PNG encoder (ui/export/PngEncoder) against two independent readers: Qt's PNG
// reader (libpng, which checks every chunk's CRC) for the pixels, and zlib's own uncompress,
// which checks the stream's Adler-32, for the IDAT data the parts make together.
#include "PngEncoder.h"
#include "VectorState.h"

#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <zlib.h>

#if defined(__x86_64__)
#include <cpuid.h>
#endif

#include <cmath>
#include <cstring>
#include <vector>

namespace {

quint32 bigEndian(const QByteArray &bytes, qsizetype at)
{
    const auto *b = reinterpret_cast<const uchar *>(bytes.constData() + at);
    return quint32(b[0]) << 24 | quint32(b[1]) << 16 | quint32(b[2]) << 8 | quint32(b[3]);
}

struct Chunks
{
    QStringList types;
    QByteArray idat; // every IDAT's data, in order
    QByteArray phys;
};

Chunks readChunks(const QByteArray &png)
{
    Chunks chunks;
    for (qsizetype at = 8; at + 12 <= png.size();) {
        const qsizetype length = bigEndian(png, at);
        const QByteArray type = png.mid(at + 4, 4);
        chunks.types << QString::fromLatin1(type);
        if (type == "IDAT") chunks.idat += png.mid(at + 8, length);
        if (type == "pHYs") chunks.phys = png.mid(at + 8, length);
        at += 12 + length;
    }
    return chunks;
}

// Noise where every channel differs from its neighbours: nothing to run-length encode.
QImage noise(int width, int height, QImage::Format format, quint32 seed)
{
    QImage image(width, height, format);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y) {
        auto *row = reinterpret_cast<quint32 *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            row[x] = random.generate();
    }
    if (format == QImage::Format_RGB32) // its top byte is 0xff by definition
        for (int y = 0; y < height; ++y) {
            auto *row = reinterpret_cast<quint32 *>(image.scanLine(y));
            for (int x = 0; x < width; ++x)
                row[x] |= 0xff000000u;
        }
    return image;
}

// A figure-like image: white, a few grid lines, an anti-aliased curve and text.
QImage figureLike(int width, int height)
{
    QImage image(width, height, QImage::Format_RGB32);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(QColor(215, 215, 215));
    for (int x = 0; x < width; x += 50)
        painter.drawLine(x, 0, x, height);
    for (int y = 0; y < height; y += 50)
        painter.drawLine(0, y, width, y);
    painter.setPen(QPen(QColor(31, 119, 180), 2.5));
    QPolygonF curve;
    for (int x = 0; x < width; ++x)
        curve << QPointF(x, height / 2.0 + height / 3.0 * std::tanh((x - width / 2.0) / 60.0));
    painter.drawPolyline(curve);
    painter.drawText(QPointF(10, 20), QStringLiteral("GELU f′(x)"));
    return image;
}

} // namespace

class PngEncoderTest : public QObject
{
    Q_OBJECT

private slots:
    void decodesToTheSamePixels_data()
    {
        QTest::addColumn<QImage>("image");
        QTest::addColumn<int>("parts");
        const auto rgb = QImage::Format_RGB32;
        const auto argb = QImage::Format_ARGB32;
        QTest::newRow("1x1") << noise(1, 1, rgb, 1) << 0;
        QTest::newRow("1x1 alpha") << noise(1, 1, argb, 2) << 0;
        QTest::newRow("3x2") << noise(3, 2, rgb, 3) << 0;
        QTest::newRow("more parts than rows") << noise(7, 3, rgb, 4) << 4;
        QTest::newRow("noise, one part") << noise(301, 257, rgb, 5) << 1;
        QTest::newRow("noise, two parts") << noise(301, 257, rgb, 6) << 2;
        QTest::newRow("noise, three parts") << noise(301, 257, rgb, 7) << 3;
        QTest::newRow("alpha noise, four parts") << noise(211, 389, argb, 8) << 4;
        QTest::newRow("rows wider than a batch") << noise(30000, 5, rgb, 9) << 2;
        QTest::newRow("tall and narrow") << noise(2, 3000, argb, 10) << 0;
        QTest::newRow("figure, one part") << figureLike(800, 500) << 1;
        QTest::newRow("figure, cores") << figureLike(1600, 1000) << 0;
        QImage premultiplied = noise(64, 300, QImage::Format_ARGB32_Premultiplied, 11);
        for (int y = 0; y < premultiplied.height(); ++y) // valid: no channel above alpha
            for (int x = 0; x < premultiplied.width(); ++x) {
                const QColor c = QColor::fromRgba(premultiplied.pixel(x, y));
                premultiplied.setPixel(
                    x, y, qPremultiply(qRgba(c.red(), c.green(), c.blue(), c.alpha())));
            }
        QTest::newRow("premultiplied, three parts") << premultiplied << 3;
    }
    void decodesToTheSamePixels()
    {
        QFETCH(QImage, image);
        QFETCH(int, parts);
        image.setDotsPerMeterX(11811);
        image.setDotsPerMeterY(11811);
        const auto encoded = encodePng(image, parts);
        QVERIFY(std::holds_alternative<QByteArray>(encoded));
        const QByteArray png = std::get<QByteArray>(encoded);

        const QImage decoded = QImage::fromData(png, "PNG");
        QVERIFY(!decoded.isNull());
        QCOMPARE(decoded.size(), image.size());
        QCOMPARE(decoded.hasAlphaChannel(), image.hasAlphaChannel());
        QCOMPARE(decoded.dotsPerMeterX(), 11811);
        const auto format = image.hasAlphaChannel() ? QImage::Format_ARGB32 : QImage::Format_RGB32;
        const QImage expected = image.convertToFormat(format);
        const QImage actual = decoded.convertToFormat(format);
        for (int y = 0; y < expected.height(); ++y)
            if (std::memcmp(expected.constScanLine(y), actual.constScanLine(y),
                            std::size_t(expected.width()) * 4) != 0)
                QFAIL(qPrintable(QStringLiteral("row %1 differs").arg(y)));

        // The parts make one valid zlib stream: zlib's uncompress checks its Adler-32.
        const Chunks chunks = readChunks(png);
        QCOMPARE(chunks.types.front(), QStringLiteral("IHDR"));
        QCOMPARE(chunks.types.back(), QStringLiteral("IEND"));
        const int channels = image.hasAlphaChannel() ? 4 : 3;
        const std::size_t filtered =
            std::size_t(image.height()) * (1 + std::size_t(channels) * std::size_t(image.width()));
        std::vector<Bytef> raw(filtered + 16);
        uLongf length = uLongf(raw.size());
        QCOMPARE(uncompress(raw.data(), &length,
                            reinterpret_cast<const Bytef *>(chunks.idat.constData()),
                            uLong(chunks.idat.size())),
                 Z_OK);
        QCOMPARE(std::size_t(length), filtered);
        QCOMPARE(chunks.phys.size(), 9);
        QCOMPARE(bigEndian(chunks.phys, 0), 11811u);
    }

    void partsDoNotChangeThePixelsOrMuchTheSize()
    {
        const QImage image = figureLike(1200, 700);
        const auto one = encodePng(image, 1);
        const auto four = encodePng(image, 4);
        QVERIFY(std::holds_alternative<QByteArray>(one));
        QVERIFY(std::holds_alternative<QByteArray>(four));
        const qsizetype a = std::get<QByteArray>(one).size();
        const qsizetype b = std::get<QByteArray>(four).size();
        QCOMPARE(QImage::fromData(std::get<QByteArray>(four), "PNG"),
                 QImage::fromData(std::get<QByteArray>(one), "PNG"));
        QVERIFY2(b < a + a / 20, qPrintable(QStringLiteral("%1 vs %2 bytes").arg(b).arg(a)));
        // A plot compresses well: a flat background and thin lines (under a tenth of its pixels'
        // three bytes each).
        QVERIFY2(a < qsizetype(image.width()) * image.height() * 3 / 10,
                 qPrintable(QString::number(a)));
    }

    void largeImageIsSplitIntoBoundedChunks()
    {
        const QImage image = noise(700, 600, QImage::Format_RGB32, 12); // ~1.2 MB of deflate
        const auto encoded = encodePng(image);
        QVERIFY(std::holds_alternative<QByteArray>(encoded));
        const QByteArray png = std::get<QByteArray>(encoded);
        int idats = 0;
        for (qsizetype at = 8; at + 12 <= png.size();) {
            const qsizetype length = bigEndian(png, at);
            if (png.mid(at + 4, 4) == "IDAT") {
                ++idats;
                QVERIFY(length <= (1 << 20));
            }
            at += 12 + length;
        }
        QVERIFY2(idats >= 2, qPrintable(QString::number(idats)));
        QCOMPARE(QImage::fromData(png, "PNG").convertToFormat(QImage::Format_RGB32), image);
    }

    void fillsDirtyVectorStateIsCleared()
    {
        // XGETBV(1) tells which register state is in use: bit 2, the YMM upper halves. Qt's
        // fill leaves it set (VectorState.h); clearUpperHalves must end it.
#if defined(__x86_64__)
        unsigned eax = 0, ebx = 0, ecx = 0, edx = 0;
        if (!__builtin_cpu_supports("avx") || !__get_cpuid_count(0xd, 1, &eax, &ebx, &ecx, &edx) ||
            !(eax & 4u))
            QSKIP("this CPU cannot show its vector state (no AVX or no XGETBV(1))");
        const auto upperHalvesInUse = [] {
            unsigned low = 0, high = 0;
            asm volatile("xgetbv" : "=a"(low), "=d"(high) : "c"(1));
            return (low & 4u) != 0;
        };
        QImage image(1600, 1000, QImage::Format_RGB32);
        image.fill(Qt::white);
        if (!upperHalvesInUse()) QSKIP("this Qt's fill leaves the upper halves clean here");
        vectorstate::clearUpperHalves();
        QVERIFY(!upperHalvesInUse());
#else
        QSKIP("x86 only");
#endif
    }

    void emptyImageIsAnErrorNotACrash()
    {
        const auto encoded = encodePng(QImage());
        QVERIFY(std::holds_alternative<QString>(encoded));
        QVERIFY(!std::get<QString>(encoded).isEmpty());
    }
};

QTEST_MAIN(PngEncoderTest)
#include "test_png_encoder.moc"
