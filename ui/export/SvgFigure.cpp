// See SvgFigure.h. Every pass is a complete QSvgGenerator document of the same size; the
// passes' bodies are spliced into the first one's frame.
#include "SvgFigure.h"

#include "PrintSetup.h"

#include <QBuffer>
#include <QScopeGuard>
#include <QSvgGenerator>
#include <qcustomplot.h>

namespace {

constexpr int kSvgUnitsPerInch = 2540; // SVG size in hundredths of a millimetre

struct Frame
{
    QSize layout;
    QSizeF millimetres;
    QString fontFamily;
};

// An SVG pass draws some of a plot's layers, which QCustomPlot's public API cannot do (hiding
// a layer also hides whatever has a parent on it, e.g. every graph of an axis rect). These
// reach the protected steps toPainter itself takes, without changing anything else.
struct PlotAccess : QCustomPlot
{
    static void layOut(QCustomPlot &plot) { (plot.*(&PlotAccess::updateLayout))(); }
    static void paintBackground(QCustomPlot &plot, QCPPainter *painter)
    {
        (plot.*(&PlotAccess::drawBackground))(painter);
    }
};
struct LayerAccess : QCPLayer
{
    static void paint(QCPLayer &layer, QCPPainter *painter)
    {
        (layer.*(&LayerAccess::draw))(painter);
    }
};

// One SVG document of `panel` with only `layers` drawn, and the background only when asked.
QByteArray renderPass(const Frame &frame, const FigurePanel &panel,
                      const std::vector<QCPLayer *> &layers, bool background)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QSvgGenerator svg;
    svg.setOutputDevice(&buffer);
    // The generator writes width/height as size / resolution; at 2540 units an inch the
    // physical size is exact to 0.01 mm, while the view box keeps the layout's coordinates.
    svg.setResolution(kSvgUnitsPerInch);
    svg.setSize(
        QSize(qRound(frame.millimetres.width() * 100), qRound(frame.millimetres.height() * 100)));
    svg.setViewBox(QRect(QPoint(0, 0), frame.layout));
    svg.setTitle(QStringLiteral("Activation Explorer figure"));
    QCPPainter painter;
    if (!painter.begin(&svg)) return {};
    painter.setMode(QCPPainter::pmVectorized);
    painter.setMode(QCPPainter::pmNoCaching);
    painter.setMode(QCPPainter::pmNonCosmetic);
    // Also the painter's own font: the SVG names it on every group, drawn text or not.
    QCustomPlot &plot = *panel.plot;
    painter.setFont(PrintSetup::printFont(plot.font(), frame.fontFamily));
    painter.translate(panel.rect.topLeft());
    const QRect oldViewport = plot.viewport();
    const QRect viewport(QPoint(0, 0), panel.rect.size());
    plot.setViewport(viewport);
    PlotAccess::layOut(plot);
    if (background) {
        const QBrush brush = PrintSetup::backgroundBrush(plot);
        if (brush.style() != Qt::NoBrush) painter.fillRect(viewport, brush);
        PlotAccess::paintBackground(plot, &painter);
    }
    for (QCPLayer *layer : layers)
        LayerAccess::paint(*layer, &painter);
    plot.setViewport(oldViewport);
    painter.end();
    return bytes;
}

// What lies between the document's </defs> and its closing </svg>: one balanced <g> group.
QByteArray body(const QByteArray &document)
{
    const qsizetype start = document.indexOf("</defs>");
    const qsizetype end = document.lastIndexOf("</svg>");
    if (start < 0 || end < start) return {};
    return document.mid(start + 7, end - start - 7);
}

bool isClipped(const QCPLayer &layer)
{
    for (QCPLayerable *child : layer.children()) {
        if (!child->visible()) continue;
        if (qobject_cast<QCPAbstractPlottable *>(child)) return true;
        if (auto *item = qobject_cast<QCPAbstractItem *>(child); item && item->clipToAxisRect())
            return true;
    }
    return false;
}

} // namespace

QByteArray renderSvgFigure(QSize layout, QSizeF millimetres, const QString &fontFamily,
                           const std::vector<FigurePanel> &panels)
{
    const Frame frame{layout, millimetres, fontFamily};
    // QCustomPlot draws legend icons 5 px past their box and relies on clipping to cut them
    // back, which SVG drawing lacks here; more room keeps the icons off the labels.
    std::vector<std::pair<QCPLegend *, int>> paddings;
    for (const FigurePanel &panel : panels) {
        QCPLegend *legend = panel.plot->legend;
        paddings.emplace_back(legend, legend->iconTextPadding());
        legend->setIconTextPadding(legend->iconTextPadding() + 5);
    }
    const auto restorePaddings = qScopeGuard([&paddings] {
        for (auto &[legend, padding] : paddings)
            legend->setIconTextPadding(padding);
    });
    QByteArray frameDocument;
    QByteArray clipPaths;
    QByteArray content;
    for (std::size_t p = 0; p < panels.size(); ++p) {
        const FigurePanel &panel = panels[p];
        QCustomPlot *plot = panel.plot;
        std::vector<QCPLayer *> below, clipped, above;
        for (int i = 0; i < plot->layerCount(); ++i) {
            QCPLayer *layer = plot->layer(i);
            if (isClipped(*layer))
                clipped.push_back(layer);
            else
                (clipped.empty() ? below : above).push_back(layer);
        }
        const QByteArray first = renderPass(frame, panel, below, true);
        if (first.isEmpty()) return {};
        if (frameDocument.isEmpty()) frameDocument = first;
        content += body(first);
        if (clipped.empty()) continue;
        if (!plot->axisRect()) { // nothing to clip to
            std::vector<QCPLayer *> rest = clipped;
            rest.insert(rest.end(), above.begin(), above.end());
            content += body(renderPass(frame, panel, rest, false));
            continue;
        }
        // The first pass laid the plot out at the figure's size, so the rect is the drawn one.
        const QRect area = plot->axisRect()->rect().translated(panel.rect.topLeft());
        const QByteArray id = "plotArea" + QByteArray::number(qulonglong(p));
        clipPaths += "<clipPath id=\"" + id + "\"><rect x=\"" + QByteArray::number(area.x()) +
                     "\" y=\"" + QByteArray::number(area.y()) + "\" width=\"" +
                     QByteArray::number(area.width()) + "\" height=\"" +
                     QByteArray::number(area.height()) + "\"/></clipPath>\n";
        content += "<g clip-path=\"url(#" + id + ")\">" +
                   body(renderPass(frame, panel, clipped, false)) + "</g>\n";
        content += body(renderPass(frame, panel, above, false));
    }
    const qsizetype defsEnd = frameDocument.indexOf("</defs>");
    if (defsEnd < 0) return {};
    QByteArray document =
        frameDocument.left(defsEnd) + clipPaths + "</defs>" + content + "</svg>\n";
    // clipPath is SVG 1.1, not 1.2 Tiny, which is what the generator declares.
    document.replace(" version=\"1.2\" baseProfile=\"tiny\"", " version=\"1.1\"");
    return document;
}
