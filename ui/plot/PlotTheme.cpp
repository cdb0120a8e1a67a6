// See PlotTheme.h. The light theme is whatever the plot looked like before it first went
// dark (remembered on the plot), so it suits PlotView and the softmax chart alike.
#include "PlotTheme.h"

#include "PlotAxes.h"
#include "PrintSetup.h"

#include <qcustomplot.h>

namespace {

struct Colours
{
    QColor background;
    QColor foreground; // axes, ticks, labels, legend text
    QColor grid;
    QColor subGrid;
    QColor zeroLine;
    QColor legendBackground;
    QColor legendBorder;
};

// For a plot that never went dark.
const Colours kLight{Qt::white,          Qt::black, QColor(215, 215, 215), QColor(220, 220, 220),
                     QColor(60, 60, 60), Qt::white, QColor(180, 180, 180)};
const Colours kDark{QColor(30, 31, 34),   QColor(225, 225, 225), QColor(62, 64, 68),
                    QColor(50, 52, 56),   QColor(150, 150, 150), QColor(40, 42, 46),
                    QColor(100, 100, 100)};

const char *const kLightProperty = "activationExplorerLightColours";

QVariantList toList(const Colours &c)
{
    return {c.background, c.foreground,       c.grid,        c.subGrid,
            c.zeroLine,   c.legendBackground, c.legendBorder};
}

Colours fromList(const QVariantList &list)
{
    const auto at = [&list](int i) { return list.value(i).value<QColor>(); };
    return {at(0), at(1), at(2), at(3), at(4), at(5), at(6)};
}

// The plot's look now, in the theme's terms.
Colours current(const QCustomPlot &plot)
{
    Colours c = kLight;
    if (const QBrush brush = PrintSetup::backgroundBrush(plot); brush.style() != Qt::NoBrush)
        c.background = brush.color();
    c.foreground = plot.xAxis->basePen().color();
    c.grid = plot.yAxis->grid()->pen().color();
    c.subGrid = plot.yAxis->grid()->subGridPen().color();
    c.zeroLine = plot.yAxis->grid()->zeroLinePen().color();
    if (plot.legend->brush().style() != Qt::NoBrush)
        c.legendBackground = plot.legend->brush().color();
    c.legendBorder = plot.legend->borderPen().color();
    return c;
}

void recolour(QPen pen, const QColor &colour, const std::function<void(const QPen &)> &set)
{
    pen.setColor(colour);
    set(pen);
}

} // namespace

void applyPlotTheme(QCustomPlot &plot, PlotThemeKind theme)
{
    if (!plot.property(kLightProperty).isValid() && theme == PlotThemeKind::Dark)
        plot.setProperty(kLightProperty, toList(current(plot)));
    const QVariant remembered = plot.property(kLightProperty);
    const Colours light = remembered.isValid() ? fromList(remembered.toList()) : kLight;
    const Colours &c = theme == PlotThemeKind::Dark ? kDark : light;
    plot.setBackground(c.background);
    const auto recolourAxis = [&c](QCPAxis *axis) {
        recolour(axis->basePen(), c.foreground, [axis](const QPen &p) { axis->setBasePen(p); });
        recolour(axis->tickPen(), c.foreground, [axis](const QPen &p) { axis->setTickPen(p); });
        recolour(axis->subTickPen(), c.foreground,
                 [axis](const QPen &p) { axis->setSubTickPen(p); });
        axis->setLabelColor(c.foreground);
        axis->setTickLabelColor(c.foreground);
        QCPGrid *grid = axis->grid();
        recolour(grid->pen(), c.grid, [grid](const QPen &p) { grid->setPen(p); });
        recolour(grid->subGridPen(), c.subGrid, [grid](const QPen &p) { grid->setSubGridPen(p); });
        if (grid->zeroLinePen().style() != Qt::NoPen)
            recolour(grid->zeroLinePen(), c.zeroLine,
                     [grid](const QPen &p) { grid->setZeroLinePen(p); });
    };
    for (QCPAxis *axis : plotaxes::all(plot)) // colour scales' too
        recolourAxis(axis);
    QCPLegend *legend = plot.legend;
    legend->setBrush(c.legendBackground);
    legend->setTextColor(c.foreground);
    recolour(legend->borderPen(), c.legendBorder,
             [legend](const QPen &p) { legend->setBorderPen(p); });
    for (int i = 0; i < legend->itemCount(); ++i)
        legend->item(i)->setTextColor(c.foreground);

    for (int i = 0; i < plot.itemCount(); ++i)
        if (auto *text = qobject_cast<QCPItemText *>(plot.item(i))) text->setColor(c.foreground);
}

QColor themeBackground(PlotThemeKind theme)
{
    return theme == PlotThemeKind::Dark ? kDark.background : kLight.background;
}
