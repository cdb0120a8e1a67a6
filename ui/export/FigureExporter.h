// Writes the function plot and/or the softmax chart as a PNG, SVG or PDF figure made for print:
// antialiased, in a real font family, without hover marker, selection or default-parameter
// ghost, at an exact pixel or physical size. The widgets are borrowed, changed only while one
// export draws and restored afterwards.
#pragma once

#include <QByteArray>
#include <QSize>
#include <QSizeF>
#include <QString>

#include <optional>
#include <variant>

class FunctionPlot;
class QCustomPlot;

enum class FigureFormat { Png, Svg, Pdf };

enum class FigureContent {
    Plot,                // the function plot alone
    Softmax,             // the softmax chart alone
    PlotAndSoftmaxFiles, // the plot in FILE.EXT and the chart in FILE-softmax.EXT
    PlotBesideSoftmax,   // both in one figure, the plot on the left
};

enum class SizeUnit { Pixels, Millimetres, Inches };

inline constexpr double kAutoDpi = 0.0;

struct FigureOptions
{
    FigureContent content = FigureContent::Plot;
    // The size of each figure. In pixels it is the PNG's size exactly (and, at the resolution,
    // the physical size of an SVG or PDF); in mm or inches it is the physical size exactly (and,
    // at the resolution, the PNG's pixel count). Texts and lines have sizes in points at that
    // physical size (FigureStyle), so a figure looks the same printed at 85 or at 170 mm.
    QSizeF size{1600, 1000};
    SizeUnit unit = SizeUnit::Pixels;
    // Pixels per inch; kAutoDpi picks one (FigureExporter::resolvedDpi).
    double dpi = kAutoDpi;
    // How much larger than at print size texts and lines are drawn; the output size stays `size`.
    double scale = 1.0;
    bool transparent = false; // no background fill (PNG alpha, no page fill)
    QString fontFamily = QStringLiteral("DejaVu Sans");
    bool showDefaultGhost = false; // the faint default-parameter curves
};

class FigureExporter
{
public:
    static constexpr int kMaxPixelSide = 16384;
    static constexpr double kMaxPixels = 64.0 * 1024 * 1024;
    static constexpr double kMaxMillimetres = 5000.0; // a side of an SVG or PDF
    static constexpr double kMinScale = 0.1;
    static constexpr double kMaxScale = 10.0;
    static constexpr double kMinDpi = 10.0;
    static constexpr double kMaxDpi = 4800.0;
    static constexpr double kPlotShare = 0.62; // of the width, when the plot sits beside the chart
    // The automatic resolution. A figure given in mm or inches is a PNG at print resolution. One
    // given in pixels is taken as a figure kReferenceWidthMm wide (a journal's double column),
    // so 1600 x 1000 px is a 170 x 106 mm figure at 239 dpi with 8 pt tick labels 27 px in size,
    // not 12 px ones lost in a large image; a narrow one stays at screen resolution, so its text
    // stays legible.
    static constexpr double kPrintDpi = 300.0;
    static constexpr double kReferenceWidthMm = 170.0;
    static constexpr double kMinAutoDpi = 96.0;
    // The resolution the figure is made at: options.dpi, or the automatic one.
    static double resolvedDpi(const FigureOptions &options);

    // Either may be null when the content does not need it.
    explicit FigureExporter(FunctionPlot *plot, QCustomPlot *softmaxChart = nullptr);

    // From the extension, case-insensitively: .png, .svg, .pdf.
    static std::optional<FigureFormat> formatForPath(const QString &path);
    // "fig.png" -> "fig-softmax.png": where PlotAndSoftmaxFiles puts the chart.
    static QString softmaxPathFor(const QString &path);
    // Empty when the options describe a figure that can be made; otherwise why not.
    static std::optional<QString> checkOptions(const FigureOptions &options);

    // Writes the figure(s), each only once it is complete; an existing file is replaced only
    // then. Empty on success; otherwise a message naming the problem, and no file written.
    std::optional<QString> exportTo(const QString &path, const FigureOptions &options) const;

    // The bytes of one figure (content Plot, Softmax or PlotBesideSoftmax), or an error.
    std::variant<QByteArray, QString> render(FigureFormat format, FigureContent content,
                                             const FigureOptions &options) const;

private:
    FunctionPlot *m_plot;
    QCustomPlot *m_softmaxChart;
};
