// Figure rendering: one QCPPainter per output device, drawing each plot through
// QCustomPlot::toPainter at the figure's layout size, after a print set-up that is undone when
// the export ends.
#include "FigureExporter.h"

#include "FileOutput.h"
#include "FunctionPlot.h"
#include "PngEncoder.h"
#include "PrintSetup.h"
#include "SvgFigure.h"
#include "VectorState.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFontInfo>
#include <QPdfWriter>
#include <qcustomplot.h>

#if defined(__linux__)
#include <sys/mman.h>
#endif

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <memory>
#include <vector>

namespace {

constexpr double kMinLayoutSide = 50.0;

struct Geometry
{
    QSize pixels;       // of a PNG
    QSizeF millimetres; // of an SVG or PDF
    QSize layout;       // what QCustomPlot lays out: screen pixels divided by the scale
};

// The sizes before rounding: large finite options give sides no int can hold.
struct ExactGeometry
{
    QSizeF pixels;
    QSizeF millimetres;
    QSizeF layout;
};

// The layout is the physical size in units of 1/96 inch (PrintSetup::kScreenDpi), whatever the
// unit: text and line sizes in points then mean the same at every size and resolution.
ExactGeometry exactGeometryFor(const FigureOptions &o)
{
    const double dpi = FigureExporter::resolvedDpi(o);
    const double perInch = o.unit == SizeUnit::Pixels        ? dpi
                           : o.unit == SizeUnit::Millimetres ? 25.4
                                                             : 1.0;
    const QSizeF inches = o.size / perInch;
    const QSizeF pixels = o.unit == SizeUnit::Pixels ? o.size : inches * dpi;
    const QSizeF layout = inches * PrintSetup::kScreenDpi / o.scale;
    return {pixels, inches * 25.4, layout};
}

// Only for options that checkOptions accepted: then every side fits an int.
Geometry geometryFor(const FigureOptions &o)
{
    const ExactGeometry g = exactGeometryFor(o);
    return {QSize(qRound(g.pixels.width()), qRound(g.pixels.height())), g.millimetres,
            QSize(qRound(g.layout.width()), qRound(g.layout.height()))};
}

using Panel = FigurePanel;

// A figure's pixels in memory the kernel may back with 2 MiB pages (Linux, transparent huge
// pages in "madvise" or "always" mode): a 1600x1000 figure then takes a handful of page faults
// instead of 1 563 of 4 KiB, which cost about a twentieth of a cold --export. Elsewhere, or
// refused, ordinary pages.
QImage figureImage(QSize size, QImage::Format format)
{
#if defined(__linux__) && defined(MADV_HUGEPAGE)
    constexpr std::size_t kHugePage = std::size_t(2) << 20;
    const std::size_t bytes = std::size_t(size.width()) * 4 * std::size_t(size.height());
    if (bytes >= kHugePage) {
        const std::size_t rounded = (bytes + kHugePage - 1) / kHugePage * kHugePage;
        if (void *data = std::aligned_alloc(kHugePage, rounded)) {
            madvise(data, rounded, MADV_HUGEPAGE); // a hint: refused, the pages are small
            QImage image(
                static_cast<uchar *>(data), size.width(), size.height(), size.width() * 4, format,
                [](void *pixels) { std::free(pixels); }, data);
            if (!image.isNull()) return image;
            std::free(data);
        }
    }
#endif
    return QImage(size, format);
}

void paintPanels(QCPPainter &painter, const std::vector<Panel> &panels, const QString &family)
{
    // Also the painter's own font: an SVG names it on every group, drawn text or not.
    painter.setFont(PrintSetup::printFont(panels.front().plot->font(), family));
    for (const Panel &panel : panels) {
        painter.save();
        painter.translate(panel.rect.topLeft());
        panel.plot->toPainter(&painter, panel.rect.width(), panel.rect.height());
        painter.restore();
    }
}

std::variant<QByteArray, QString> renderPng(const Geometry &g, const FigureOptions &o,
                                            const std::vector<Panel> &panels)
{
    const double pixels = double(g.pixels.width()) * g.pixels.height();
    if (g.pixels.width() > FigureExporter::kMaxPixelSide ||
        g.pixels.height() > FigureExporter::kMaxPixelSide || pixels > FigureExporter::kMaxPixels)
        return QCoreApplication::translate("FigureExporter",
                                           "a %1 x %2 pixel image is too large (at most %3 pixels "
                                           "a side and %4 megapixels)")
            .arg(g.pixels.width())
            .arg(g.pixels.height())
            .arg(FigureExporter::kMaxPixelSide)
            .arg(FigureExporter::kMaxPixels / (1024 * 1024));
    QImage image = figureImage(g.pixels, o.transparent ? QImage::Format_ARGB32_Premultiplied
                                                       : QImage::Format_RGB32);
    if (image.isNull())
        return QCoreApplication::translate("FigureExporter", "not enough memory for the image");
    image.fill(o.transparent ? QColor(Qt::transparent) : QColor(Qt::white));
    vectorstate::clearUpperHalves(); // Qt's fill leaves them dirty: painting is SSE code
    {
        QCPPainter painter(&image);
        const double sx = double(g.pixels.width()) / g.layout.width();
        const double sy = double(g.pixels.height()) / g.layout.height();
        // At 1:1 QCustomPlot's raster mode keeps 1 px lines crisp on the pixel grid; scaled,
        // its vector mode keeps line widths in proportion instead of 1 px hairlines.
        if (std::abs(sx - 1.0) > 1e-9 || std::abs(sy - 1.0) > 1e-9)
            painter.setMode(QCPPainter::pmVectorized);
        painter.setMode(QCPPainter::pmNonCosmetic);
        painter.scale(sx, sy);
        paintPanels(painter, panels, o.fontFamily);
    }
    const int dotsPerMetre = qRound(FigureExporter::resolvedDpi(o) / 0.0254);
    image.setDotsPerMeterX(dotsPerMetre);
    image.setDotsPerMeterY(dotsPerMetre);
    return encodePng(image);
}

std::variant<QByteArray, QString> renderSvg(const Geometry &g, const FigureOptions &o,
                                            const std::vector<Panel> &panels)
{
    QByteArray svg = renderSvgFigure(g.layout, g.millimetres, o.fontFamily, panels);
    if (svg.isEmpty())
        return QCoreApplication::translate("FigureExporter", "cannot start the SVG generator");
    return svg;
}

std::variant<QByteArray, QString> renderPdf(const Geometry &g, const FigureOptions &o,
                                            const std::vector<Panel> &panels)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter pdf(&buffer);
    pdf.setCreator(QStringLiteral("Activation Explorer"));
    pdf.setTitle(QStringLiteral("Activation Explorer figure"));
    const QPageSize page(g.millimetres, QPageSize::Millimeter, QString(), QPageSize::ExactMatch);
    if (!pdf.setPageLayout(QPageLayout(page, QPageLayout::Portrait, QMarginsF())))
        return QCoreApplication::translate("FigureExporter",
                                           "the PDF writer refused a page of %1 x %2 mm")
            .arg(g.millimetres.width())
            .arg(g.millimetres.height());
    QCPPainter painter;
    if (!painter.begin(&pdf))
        return QCoreApplication::translate("FigureExporter", "cannot start the PDF writer");
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNonCosmetic);
    painter.scale(double(pdf.width()) / g.layout.width(), double(pdf.height()) / g.layout.height());
    paintPanels(painter, panels, o.fontFamily);
    painter.end();
    return bytes;
}

QString formatList()
{
    //: The figure formats: ".png, .svg or .pdf"
    return QCoreApplication::translate("FigureExporter", "%1, %2 or %3")
        .arg(QStringLiteral(".png"), QStringLiteral(".svg"), QStringLiteral(".pdf"));
}

} // namespace

FigureExporter::FigureExporter(FunctionPlot *plot, QCustomPlot *softmaxChart)
    : m_plot(plot), m_softmaxChart(softmaxChart)
{
}

double FigureExporter::resolvedDpi(const FigureOptions &o)
{
    if (o.dpi != kAutoDpi) return o.dpi;
    if (o.unit != SizeUnit::Pixels) return kPrintDpi;
    const double referenceInches = kReferenceWidthMm / 25.4;
    // NaN and infinite widths stay what they are, for checkOptions to name.
    return std::isfinite(o.size.width())
               ? std::clamp(o.size.width() / referenceInches, kMinAutoDpi, kMaxDpi)
               : kMinAutoDpi;
}

std::optional<FigureFormat> FigureExporter::formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("png")) return FigureFormat::Png;
    if (suffix == QLatin1String("svg")) return FigureFormat::Svg;
    if (suffix == QLatin1String("pdf")) return FigureFormat::Pdf;
    return std::nullopt;
}

QString FigureExporter::softmaxPathFor(const QString &path)
{
    const QFileInfo info(path);
    const QString suffix = info.suffix();
    const QString stem = suffix.isEmpty() ? path : path.chopped(suffix.size() + 1);
    return stem + QStringLiteral("-softmax") + (suffix.isEmpty() ? QString() : "." + suffix);
}

std::optional<QString> FigureExporter::checkOptions(const FigureOptions &o)
{
    const QString unit = o.unit == SizeUnit::Pixels        ? QStringLiteral("px")
                         : o.unit == SizeUnit::Millimetres ? QStringLiteral("mm")
                                                           : QStringLiteral("in");
    if (!std::isfinite(o.size.width()) || !std::isfinite(o.size.height()) ||
        !(o.size.width() > 0) || !(o.size.height() > 0))
        return QCoreApplication::translate("FigureExporter",
                                           "the figure size must be positive, got %1 x %2 %3")
            .arg(o.size.width())
            .arg(o.size.height())
            .arg(unit);
    if (o.dpi != kAutoDpi && !(o.dpi >= kMinDpi && o.dpi <= kMaxDpi))
        return QCoreApplication::translate("FigureExporter",
                                           "the resolution must be %1 to %2 dpi, got %3")
            .arg(kMinDpi)
            .arg(kMaxDpi)
            .arg(o.dpi);
    if (!(o.scale >= kMinScale && o.scale <= kMaxScale))
        return QCoreApplication::translate("FigureExporter", "the scale must be %1 to %2, got %3")
            .arg(kMinScale)
            .arg(kMaxScale)
            .arg(o.scale);
    // Checked before rounding: qRound(3e9) overflows an int.
    const ExactGeometry g = exactGeometryFor(o);
    const double layoutSide = std::max(g.layout.width(), g.layout.height());
    const double millimetreSide = std::max(g.millimetres.width(), g.millimetres.height());
    const bool pixels = o.unit == SizeUnit::Pixels;
    const double pixelSide = std::max(g.pixels.width(), g.pixels.height());
    if (std::round(layoutSide) > kMaxPixelSide || millimetreSide > kMaxMillimetres ||
        (pixels && std::round(pixelSide) > kMaxPixelSide)) {
        // The longest side these options allow, in their unit: from one unit's geometry at the
        // same resolution, as the given size's may be infinite.
        FigureOptions one = o;
        one.size = QSizeF(1, 1);
        one.dpi = resolvedDpi(o);
        const ExactGeometry perUnit = exactGeometryFor(one);
        double limit = std::min(kMaxPixelSide / perUnit.layout.width(),
                                kMaxMillimetres / perUnit.millimetres.width());
        if (pixels) limit = std::min(limit, double(kMaxPixelSide));
        //: %6 is empty or " and 300 dpi"
        return QCoreApplication::translate("FigureExporter",
                                           "%1 x %2 %3 is too large for a figure: at most %4 %3 a "
                                           "side (at scale %5%6)")
            .arg(o.size.width())
            .arg(o.size.height())
            .arg(unit)
            .arg(limit, 0, 'g', 6)
            .arg(o.scale)
            .arg(pixels && o.dpi != kAutoDpi
                     ? QCoreApplication::translate("FigureExporter", " and %1 dpi").arg(o.dpi)
                     : QString());
    }
    if (std::round(g.layout.width()) < kMinLayoutSide ||
        std::round(g.layout.height()) < kMinLayoutSide)
        return QCoreApplication::translate("FigureExporter",
                                           "%1 x %2 %3 at scale %4 is too small to lay out a plot")
            .arg(o.size.width())
            .arg(o.size.height())
            .arg(unit)
            .arg(o.scale);
    return std::nullopt;
}

std::variant<QByteArray, QString> FigureExporter::render(FigureFormat format, FigureContent content,
                                                         const FigureOptions &options) const
{
    if (auto error = checkOptions(options)) return *error;
    if (content == FigureContent::PlotAndSoftmaxFiles)
        return QCoreApplication::translate("FigureExporter",
                                           "two files cannot be rendered as one; use exportTo");
    const bool needsPlot = content != FigureContent::Softmax;
    const bool needsChart = content != FigureContent::Plot;
    if ((needsPlot && !m_plot) || (needsChart && !m_softmaxChart))
        return needsPlot && !m_plot
                   ? QCoreApplication::translate("FigureExporter",
                                                 "there is no function plot to export")
                   : QCoreApplication::translate("FigureExporter",
                                                 "there is no softmax chart to export");
    FigureOptions o = options;
    // A family the system lacks would be named in an SVG yet drawn in some fallback; name the
    // font that is really used instead.
    if (!QFontDatabase::hasFamily(o.fontFamily)) o.fontFamily = QFontInfo(QFont()).family();
    const Geometry g = geometryFor(o);
    std::vector<Panel> panels;
    if (content == FigureContent::PlotBesideSoftmax) {
        const int plotWidth = qRound(g.layout.width() * FigureExporter::kPlotShare);
        panels.push_back({m_plot, QRect(0, 0, plotWidth, g.layout.height())});
        panels.push_back(
            {m_softmaxChart, QRect(plotWidth, 0, g.layout.width() - plotWidth, g.layout.height())});
    } else {
        panels.push_back({needsPlot ? m_plot : m_softmaxChart, QRect(QPoint(0, 0), g.layout)});
    }
    std::vector<std::unique_ptr<PrintSetup>> setups;
    for (const Panel &panel : panels)
        setups.push_back(std::make_unique<PrintSetup>(panel.plot, o,
                                                      panel.plot == m_plot && !o.showDefaultGhost
                                                          ? m_plot->ghosts()
                                                          : std::vector<QCPAbstractPlottable *>{}));
    for (const Panel &panel : panels)
        if (auto *functionPlot = qobject_cast<FunctionPlot *>(panel.plot))
            functionPlot->placeLegendForFigure(panel.rect.size());
    switch (format) {
    case FigureFormat::Png:
        return renderPng(g, o, panels);
    case FigureFormat::Svg:
        return renderSvg(g, o, panels);
    case FigureFormat::Pdf:
        return renderPdf(g, o, panels);
    }
    return QCoreApplication::translate("FigureExporter", "unknown figure format");
}

std::optional<QString> FigureExporter::exportTo(const QString &path,
                                                const FigureOptions &options) const
{
    const auto format = formatForPath(path);
    if (!format) {
        const QString suffix = QFileInfo(path).suffix();
        return suffix.isEmpty()
                   ? QCoreApplication::translate("FigureExporter",
                                                 "'%1' has no extension; name the figure with %2")
                         .arg(path, formatList())
                   : QCoreApplication::translate("FigureExporter",
                                                 "unknown figure format '.%1' in '%2'; use %3")
                         .arg(suffix, path, formatList());
    }
    const bool twoFiles = options.content == FigureContent::PlotAndSoftmaxFiles;
    std::vector<std::pair<QString, FigureContent>> files{
        {path, twoFiles ? FigureContent::Plot : options.content}};
    if (twoFiles) files.emplace_back(softmaxPathFor(path), FigureContent::Softmax);
    // Everything is rendered before anything is written, so a failure writes nothing.
    std::vector<QByteArray> rendered;
    for (const auto &[file, content] : files) {
        auto result = render(*format, content, options);
        if (auto *error = std::get_if<QString>(&result))
            return QCoreApplication::translate("FigureExporter", "cannot export '%1': %2")
                .arg(file, *error);
        rendered.push_back(std::get<QByteArray>(std::move(result)));
    }
    // Both written in full (flushed) before either replaces an old file: a failed second file (a
    // full disk) leaves the first one's old version in place too.
    const auto failure = [&files](std::size_t i, const QString &reason) {
        return QCoreApplication::translate("FigureExporter", "cannot write '%1': %2")
            .arg(files[i].first, reason);
    };
    std::vector<std::unique_ptr<QFileDevice>> outputs;
    for (std::size_t i = 0; i < files.size(); ++i) {
        QString error;
        outputs.push_back(openOutputFile(files[i].first, error));
        QFileDevice *out = outputs.back().get();
        if (!out) return failure(i, error);
        if (auto reason = writeOutputFile(*out, rendered[i])) return failure(i, *reason);
        if (auto reason = flushOutputFile(*out)) return failure(i, *reason);
    }
    for (std::size_t i = 0; i < files.size(); ++i)
        if (auto reason = finishOutputFile(*outputs[i])) return failure(i, *reason);
    return std::nullopt;
}
