// Figures made in-process: PNG size and content, themes, the print set-up undone afterwards,
// and failed exports that leave no file behind (SVG and PDF: test_export_vector.cpp).
#include "CurveGraph.h"
#include "FigureExporter.h"
#include "Palette.h"
#include "PlotTheme.h"
#include "PlotView.h"
#include "PngEncoder.h"
#include "ProbabilityChart.h"
#include "SceneModel.h"
#include "SoftmaxView.h"
#include "support/Files.h"
#include "support/FullDisk.h"

#include <QDir>
#include <QFile>
#include <QImage>
#include <QMouseEvent>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

#include <bit>
#include <charconv>
#include <cmath>
#include <limits>

namespace {

using testsupport::readAll;

using act::FunctionId;

// Pixels within a small distance of `colour`.
int countNear(const QImage &image, const QColor &colour)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (std::abs(qRed(line[x]) - colour.red()) +
                    std::abs(qGreen(line[x]) - colour.green()) +
                    std::abs(qBlue(line[x]) - colour.blue()) <
                40)
                ++count;
    }
    return count;
}

// The share of strongly coloured (not white, grey or black) pixels.
double colouredShare(const QImage &image)
{
    int count = 0;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            if (image.pixelColor(x, y).hsvSaturation() > 120 && image.pixelColor(x, y).value() > 80)
                ++count;
    return double(count) / (double(image.width()) * image.height());
}

int distinctColours(const QImage &image)
{
    QSet<QRgb> colours;
    for (int y = 0; y < image.height(); y += 3)
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    return int(colours.size());
}

} // namespace

class TestExport : public QObject
{
    Q_OBJECT

private slots:
    void init()
    {
        m_model = std::make_unique<SceneModel>();
        m_plot = std::make_unique<PlotView>(m_model.get());
        m_softmax = std::make_unique<SoftmaxView>(m_model.get());
        m_model->setOverlaid(FunctionId::Relu, true);
        m_model->setOrderShown(1, true);
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }
    void cleanup()
    {
        m_softmax.reset();
        m_plot.reset();
        m_model.reset();
    }

    void pngEncoderKeepsEveryPixel_data()
    {
        QTest::addColumn<bool>("transparent");
        QTest::newRow("opaque") << false;
        QTest::newRow("with alpha") << true;
    }
    void pngEncoderKeepsEveryPixel()
    {
        // A figure of the plot, and one pixel of every kind of value besides.
        QFETCH(bool, transparent);
        FigureOptions options;
        options.size = QSizeF(640, 400);
        options.transparent = transparent;
        options.dpi = 300;
        const auto png =
            FigureExporter(m_plot.get()).render(FigureFormat::Png, FigureContent::Plot, options);
        QVERIFY(std::holds_alternative<QByteArray>(png));
        QImage expected = QImage::fromData(std::get<QByteArray>(png), "PNG");
        QCOMPARE(expected.size(), QSize(640, 400));
        QCOMPARE(expected.hasAlphaChannel(), transparent);
        QCOMPARE(expected.dotsPerMeterX(), qRound(300 / 0.0254));
        expected = expected.convertToFormat(QImage::Format_ARGB32);
        expected.setPixelColor(1, 1, QColor(1, 2, 3, transparent ? 4 : 255));
        expected.setPixelColor(2, 1, QColor(255, 254, 253, transparent ? 0 : 255));
        const auto again = encodePng(expected);
        QVERIFY(std::holds_alternative<QByteArray>(again));
        const QImage decoded = QImage::fromData(std::get<QByteArray>(again), "PNG")
                                   .convertToFormat(QImage::Format_ARGB32);
        // Qt's own decoder reads back exactly what was encoded.
        if (transparent) {
            QCOMPARE(decoded.pixelColor(1, 1), QColor(1, 2, 3, 4));
            QCOMPARE(decoded.pixelColor(2, 1).alpha(), 0);
        } else {
            QCOMPARE(decoded, expected);
        }
        for (int y = 0; y < decoded.height(); y += 7)
            for (int x = 0; x < decoded.width(); x += 5)
                if (expected.pixelColor(x, y).alpha() == 255)
                    QCOMPARE(decoded.pixel(x, y), expected.pixel(x, y));
    }

    void formatFromExtension_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<int>("format"); // -1: none
        QTest::newRow("png") << "a.png" << int(FigureFormat::Png);
        QTest::newRow("upper case") << "/x/A.PNG" << int(FigureFormat::Png);
        QTest::newRow("svg") << "fig.svg" << int(FigureFormat::Svg);
        QTest::newRow("pdf") << "dir.d/fig.pdf" << int(FigureFormat::Pdf);
        QTest::newRow("jpeg") << "a.jpg" << -1;
        QTest::newRow("none") << "figure" << -1;
        QTest::newRow("dot in folder only") << "dir.png/figure" << -1;
    }
    void formatFromExtension()
    {
        QFETCH(QString, path);
        QFETCH(int, format);
        const auto found = FigureExporter::formatForPath(path);
        QCOMPARE(found ? int(*found) : -1, format);
    }

    void softmaxPath_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<QString>("expected");
        QTest::newRow("png") << "/tmp/fig.png"
                             << "/tmp/fig-softmax.png";
        QTest::newRow("dots") << "a.b/fig.v2.pdf"
                              << "a.b/fig.v2-softmax.pdf";
    }
    void softmaxPath()
    {
        QFETCH(QString, path);
        QFETCH(QString, expected);
        QCOMPARE(FigureExporter::softmaxPathFor(path), expected);
    }

    void pngHasRequestedSizeAndCurves_data()
    {
        QTest::addColumn<int>("content");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<int>("unit");
        QTest::addColumn<double>("dpi");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QSize>("pixels");
        const int plot = int(FigureContent::Plot);
        const int px = int(SizeUnit::Pixels);
        QTest::newRow("1600x1000")
            << plot << QSizeF(1600, 1000) << px << 96.0 << 1.0 << QSize(1600, 1000);
        QTest::newRow("scale 2") << plot << QSizeF(1200, 800) << px << 96.0 << 2.0
                                 << QSize(1200, 800);
        QTest::newRow("small") << plot << QSizeF(320, 200) << px << 96.0 << 1.0 << QSize(320, 200);
        QTest::newRow("80x50 mm at 300 dpi") << plot << QSizeF(80, 50) << int(SizeUnit::Millimetres)
                                             << 300.0 << 1.0 << QSize(945, 591);
        QTest::newRow("3x2 in at 150 dpi")
            << plot << QSizeF(3, 2) << int(SizeUnit::Inches) << 150.0 << 1.0 << QSize(450, 300);
        QTest::newRow("softmax alone") << int(FigureContent::Softmax) << QSizeF(600, 400) << px
                                       << 96.0 << 1.0 << QSize(600, 400);
        QTest::newRow("side by side") << int(FigureContent::PlotBesideSoftmax) << QSizeF(1500, 600)
                                      << px << 96.0 << 1.0 << QSize(1500, 600);
    }
    void pngHasRequestedSizeAndCurves()
    {
        QFETCH(int, content);
        QFETCH(QSizeF, size);
        QFETCH(int, unit);
        QFETCH(double, dpi);
        QFETCH(double, scale);
        QFETCH(QSize, pixels);
        FigureOptions options;
        options.content = FigureContent(content);
        options.size = size;
        options.unit = SizeUnit(unit);
        options.dpi = dpi;
        options.scale = scale;
        const QString path = m_dir->filePath("figure.png");
        QCOMPARE(exporter().exportTo(path, options), std::nullopt);
        const QImage image(path);
        QCOMPARE(image.size(), pixels);
        QVERIFY(distinctColours(image) >= 8);
        if (options.content != FigureContent::Softmax) {
            // The current function's curves, then the overlay's.
            // Measured against the plot's own width (beside the chart it has only part).
            const int plotWidth = options.content == FigureContent::PlotBesideSoftmax
                                      ? qRound(pixels.width() * FigureExporter::kPlotShare)
                                      : pixels.width();
            QVERIFY(countNear(image, palette::colour(0)) > plotWidth / 4);
            QVERIFY(countNear(image, palette::colour(1)) > plotWidth / 8);
        }
        if (options.content != FigureContent::Plot)
            QVERIFY(colouredShare(image) > 0.03); // the bars
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white));
    }

    void pngDrawsOnlyThePointsThatShowSvgKeepsAll()
    {
        // A PNG is pixels, as the screen: a line drops the points it passes within a tenth of a
        // device pixel of. An SVG may be enlarged and keeps every point.
        auto *line = qobject_cast<CurveGraph *>(m_plot->curve(m_model->current(), 0));
        QVERIFY(line);
        FigureOptions options;
        options.size = QSizeF(1600, 1000);
        QVERIFY(std::holds_alternative<QByteArray>(
            exporter().render(FigureFormat::Png, FigureContent::Plot, options)));
        const qsizetype inPng = line->pointsDrawn();
        options.size = QSizeF(160, 100);
        options.unit = SizeUnit::Millimetres;
        QVERIFY(std::holds_alternative<QByteArray>(
            exporter().render(FigureFormat::Svg, FigureContent::Plot, options)));
        const qsizetype inSvg = line->pointsDrawn();
        const QByteArray counts = QString("%1 points in the PNG, %2 in the SVG of %3 sampled")
                                      .arg(inPng)
                                      .arg(inSvg)
                                      .arg(line->data()->size())
                                      .toUtf8();
        QVERIFY2(inPng > 2 && inPng * 2 < inSvg, counts);
        QVERIFY2(inSvg * 3 > line->data()->size(), counts); // the span in view, unthinned
    }

    void transparentPngHasNoBackground()
    {
        FigureOptions options;
        options.size = QSizeF(400, 300);
        options.transparent = true;
        const auto bytes = exporter().render(FigureFormat::Png, FigureContent::Plot, options);
        const QImage image = QImage::fromData(std::get<QByteArray>(bytes));
        QVERIFY(image.hasAlphaChannel());
        QCOMPARE(qAlpha(image.pixel(0, 0)), 0);
        QVERIFY(countNear(image, palette::colour(0)) > 50);
    }

    void darkThenLightLooksAsBefore_data()
    {
        QTest::addColumn<int>("content");
        QTest::newRow("plot") << int(FigureContent::Plot);
        QTest::newRow("softmax chart") << int(FigureContent::Softmax);
    }
    void darkThenLightLooksAsBefore()
    {
        QFETCH(int, content);
        FigureOptions options;
        options.size = QSizeF(500, 300);
        const auto render = [&] {
            return std::get<QByteArray>(
                exporter().render(FigureFormat::Png, FigureContent(content), options));
        };
        QCustomPlot *plot = content == int(FigureContent::Plot)
                                ? static_cast<QCustomPlot *>(m_plot.get())
                                : m_softmax->chart();
        // The function plot also recolours its curves; the chart has only chrome.
        const auto theme = [&](PlotThemeKind kind) {
            if (plot == m_plot.get())
                m_plot->setTheme(kind);
            else
                applyPlotTheme(*plot, kind);
        };
        const QByteArray light = render();
        theme(PlotThemeKind::Dark);
        const QImage dark = QImage::fromData(render());
        QVERIFY(dark.pixelColor(0, 0).value() < 60);
        QVERIFY(dark.pixelColor(dark.width() / 2, dark.height() - 3).value() < 60);
        theme(PlotThemeKind::Light);
        QCOMPARE(render(), light);
    }

    void hoverMarkerAndGhostAreLeftOutAndRestored()
    {
        m_model->setCurrent(FunctionId::Elu); // has a parameter, so it has a ghost
        QCOMPARE(m_model->setParameter(FunctionId::Elu, 0, 2.0), std::nullopt);
        QCPGraph *ghost = m_plot->ghost(FunctionId::Elu, 0);
        QVERIFY(ghost && ghost->visible());
        QCPItemTracer *tracer = m_plot->findChild<QCPItemTracer *>();
        QVERIFY(tracer);

        FigureOptions options;
        options.size = QSizeF(500, 300);
        const auto render = [&] {
            return std::get<QByteArray>(
                exporter().render(FigureFormat::Png, FigureContent::Plot, options));
        };
        const QByteArray withoutTracer = render();
        // The pointer over the plot shows the hover marker, as in the window.
        m_plot->resize(500, 300);
        m_plot->replot();
        const QPointF inside = m_plot->axisRect()->rect().center();
        QMouseEvent move(QEvent::MouseMove, inside, m_plot->mapToGlobal(inside), Qt::NoButton,
                         Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_plot.get(), &move);
        QVERIFY(tracer->visible());
        const QFont tickFont = m_plot->xAxis->tickLabelFont();
        QCOMPARE(render(), withoutTracer);
        QVERIFY(tracer->visible());
        QVERIFY(ghost->visible());
        QCOMPARE(m_plot->xAxis->tickLabelFont(), tickFont);
        options.showDefaultGhost = true;
        QVERIFY(render() != withoutTracer);
    }

    void failedExportWritesNothing_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<double>("scale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("unknown extension")
            << "f.jpg" << QSizeF(800, 600) << 1.0 << "unknown figure format '.jpg'";
        QTest::newRow("no extension") << "figure" << QSizeF(800, 600) << 1.0 << "has no extension";
        QTest::newRow("zero width") << "f.png" << QSizeF(0, 600) << 1.0 << "must be positive";
        QTest::newRow("negative") << "f.svg" << QSizeF(800, -1) << 1.0 << "must be positive";
        QTest::newRow("NaN") << "f.pdf" << QSizeF(std::nan(""), 600) << 1.0 << "must be positive";
        QTest::newRow("too small") << "f.png" << QSizeF(20, 20) << 1.0 << "too small";
        QTest::newRow("huge png") << "f.png" << QSizeF(100000, 100000) << 10.0 << "too large";
        QTest::newRow("huge layout") << "f.svg" << QSizeF(100000, 100) << 1.0 << "too large";
        QTest::newRow("beyond an int")
            << "f.png" << QSizeF(3e9, 3e9) << 1.0
            << "3e+09 x 3e+09 px is too large for a figure: at most 16384 px a side";
        QTest::newRow("one side beyond an int")
            << "f.svg" << QSizeF(600, 3e9) << 2.0 << "at most 16384 px a side (at scale 2)";
        QTest::newRow("scale zero") << "f.png" << QSizeF(800, 600) << 0.0 << "scale";
        QTest::newRow("missing folder")
            << "no/such/f.png" << QSizeF(800, 600) << 1.0 << "cannot write";
        QTest::newRow("existing folder")
            << "folder.png" << QSizeF(800, 600) << 1.0 << "it is a folder";
        QTest::newRow("existing file, bad size")
            << "existing.png" << QSizeF(0, 0) << 1.0 << "must be positive";
        QTest::newRow("existing file, bad scale")
            << "existing.pdf" << QSizeF(400, 300) << 99.0 << "scale";
        // The plot's file could be written, the chart's (a folder of that name) not.
        QTest::newRow("second file fails")
            << "existing.png" << QSizeF(400, 300) << 1.0 << "it is a folder";
    }
    void failedExportWritesNothing()
    {
        QFETCH(QString, name);
        QFETCH(QSizeF, size);
        QFETCH(double, scale);
        QFETCH(QString, expected);
        QDir dir(m_dir->path());
        dir.mkdir("folder.png");
        dir.mkdir("existing-softmax.png");
        const QByteArray old = "the previous figure, which must survive";
        for (const char *existing : {"existing.png", "existing.pdf"}) {
            QFile file(dir.filePath(existing));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        const QStringList before =
            dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot);
        FigureOptions options;
        options.size = size;
        options.scale = scale;
        options.content = FigureContent::PlotAndSoftmaxFiles;
        const auto error = exporter().exportTo(dir.filePath(name), options);
        QVERIFY(error.has_value());
        QVERIFY2(error->contains(expected), qPrintable(*error));
        QCOMPARE(dir.entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), before);
        QCOMPARE(readAll(dir.filePath("existing.png")), old);
        QCOMPARE(readAll(dir.filePath("existing.pdf")), old);
    }

    // The window's Export Figure: a write the disk cuts short (here a file size limit, EFBIG)
    // keeps the old file, also when the figure is small enough to wait in QSaveFile's buffer
    // until the final flush (which Qt 6.4's commit() ignored).
    void cutShortExportKeepsTheOldFile_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QSizeF>("size");
        QTest::addColumn<qint64>("limit");
        QTest::newRow("small png, in the last flush")
            << "f.png" << QSizeF(200, 150) << qint64(1024);
        QTest::newRow("pdf, part way") << "f.pdf" << QSizeF(800, 600) << qint64(4096);
    }
    void cutShortExportKeepsTheOldFile()
    {
        QFETCH(QString, name);
        QFETCH(QSizeF, size);
        QFETCH(qint64, limit);
        const QString path = m_dir->filePath(name);
        const QByteArray old = "the previous figure, which must survive";
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(old);
        }
        FigureOptions options;
        options.size = size;
        std::optional<QString> error;
        {
            const FileSizeLimit cut(limit);
            error = exporter().exportTo(path, options);
        }
        QCOMPARE(error, "cannot write '" + path + "': File too large");
        QCOMPARE(readAll(path), old);
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files | QDir::Hidden), QStringList{name});
    }

    void successfulExportReplacesExistingFile()
    {
        const QString path = m_dir->filePath("figure.png");
        {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("old");
        }
        FigureOptions options;
        options.size = QSizeF(300, 200);
        QCOMPARE(exporter().exportTo(path, options), std::nullopt);
        QCOMPARE(QImage(path).size(), QSize(300, 200));
    }

    void plotAndSoftmaxAsTwoFiles()
    {
        FigureOptions options;
        options.size = QSizeF(640, 400);
        options.content = FigureContent::PlotAndSoftmaxFiles;
        const QString path = m_dir->filePath("both.png");
        QCOMPARE(exporter().exportTo(path, options), std::nullopt);
        QCOMPARE(QImage(path).size(), QSize(640, 400));
        const QImage chart(m_dir->filePath("both-softmax.png"));
        QCOMPARE(chart.size(), QSize(640, 400));
        QVERIFY(colouredShare(chart) > 0.03); // the bars
    }

    void softmaxNeedsAChart()
    {
        FigureOptions options;
        options.content = FigureContent::Softmax;
        const auto error = FigureExporter(m_plot.get()).exportTo(m_dir->filePath("s.png"), options);
        QVERIFY(error && error->contains("no softmax chart"));
        QVERIFY(QDir(m_dir->path()).isEmpty());
    }

private:
    FigureExporter exporter() const { return FigureExporter(m_plot.get(), m_softmax->chart()); }

    std::unique_ptr<SceneModel> m_model;
    std::unique_ptr<PlotView> m_plot;
    std::unique_ptr<SoftmaxView> m_softmax;
    std::unique_ptr<QTemporaryDir> m_dir;
};

QTEST_MAIN(TestExport)
#include "test_export.moc"
