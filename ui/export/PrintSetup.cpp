// See PrintSetup.h.
#include "PrintSetup.h"

#include "FigureStyle.h"
#include "FunctionPlot.h"

namespace {

// QCustomPlot has a setter for its background brush but no getter; this reads the protected
// member without changing anything, so an export can put the brush back.
struct BackgroundAccess : QCustomPlot
{
    static QBrush brush(const QCustomPlot &plot)
    {
        return plot.*(&BackgroundAccess::mBackgroundBrush);
    }
};

} // namespace

QBrush PrintSetup::backgroundBrush(const QCustomPlot &plot)
{
    return BackgroundAccess::brush(plot);
}

QFont PrintSetup::printFont(QFont font, const QString &family, double points)
{
    if (points > 0)
        font.setPixelSize(qMax(1, qRound(points * kScreenDpi / 72.0)));
    else if (font.pixelSize() <= 0)
        font.setPixelSize(qMax(1, qRound(font.pointSizeF() * kScreenDpi / 72.0)));
    font.setFamily(family);
    return font;
}

PrintSetup::PrintSetup(QCustomPlot *plot, const FigureOptions &options,
                       const std::vector<QCPAbstractPlottable *> &hidden)
    : m_plot(plot)
{
    if (!plot) return;
    namespace fs = figurestyle;
    // First: restyling rebuilds the legend's items, which the legend set-up then changes (and
    // restoring it last rebuilds them once more, from the restored legend).
    if (auto *functionPlot = qobject_cast<FunctionPlot *>(plot)) {
        FunctionPlot::PrintPens pens;
        for (int order = 0; order < 3; ++order)
            pens.curve[std::size_t(order)] = fs::toLayout(fs::kCurvePt[order]);
        pens.marker = fs::toLayout(fs::kMarkerPt);
        functionPlot->setPrintPens(pens);
        m_restore.push_back([functionPlot] { functionPlot->setPrintPens(std::nullopt); });
    }
    const QString &family = options.fontFamily;
    setUpAxes(family);
    setUpLegend(family);
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true))
        if (auto *text = qobject_cast<QCPTextElement *>(element))
            change(text, &QCPTextElement::font, &QCPTextElement::setFont, family, fs::kTitlePt);
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        if (auto *text = qobject_cast<QCPItemText *>(item))
            change(text, &QCPItemText::font, &QCPItemText::setFont, family, fs::kItemTextPt);
        if (qobject_cast<QCPItemTracer *>(item)) hide(item);
        if (item->selected()) {
            item->setSelected(false);
            m_restore.push_back([item] { item->setSelected(true); });
        }
    }
    for (int i = 0; i < plot->plottableCount(); ++i) {
        QCPAbstractPlottable *plottable = plot->plottable(i);
        if (plottable->selected()) {
            const QCPDataSelection selection = plottable->selection();
            plottable->setSelection(QCPDataSelection());
            m_restore.push_back([plottable, selection] { plottable->setSelection(selection); });
        }
    }
    for (QCPAbstractPlottable *plottable : hidden)
        hide(plottable);
    const auto antialiased = plot->antialiasedElements();
    const auto notAntialiased = plot->notAntialiasedElements();
    plot->setNotAntialiasedElements(QCP::aeNone);
    plot->setAntialiasedElements(antialiased | QCP::aePlottables | QCP::aeItems | QCP::aeScatters |
                                 QCP::aeFills | QCP::aeLegendItems);
    m_restore.push_back([plot, antialiased, notAntialiased] {
        plot->setAntialiasedElements(antialiased);
        plot->setNotAntialiasedElements(notAntialiased);
    });
    if (options.transparent) {
        const QBrush brush = backgroundBrush(*plot);
        plot->setBackground(QBrush(Qt::NoBrush));
        m_restore.push_back([plot, brush] { plot->setBackground(brush); });
    }
}

void PrintSetup::setUpAxes(const QString &family)
{
    namespace fs = figurestyle;
    for (QCPAxisRect *rect : m_plot->axisRects()) {
        // The screen keeps room for the widest tick label any function could need, so the
        // plot stays put when the function changes; a figure takes only what its labels need.
        changeValue([rect] { return rect->minimumMargins(); },
                    [rect](const QMargins &m) { rect->setMinimumMargins(m); },
                    QMargins(0, qRound(fs::toLayout(0.7 * fs::kTickLabelPt)),
                             qRound(fs::toLayout(2 * fs::kTickLabelPt)), 0));
        for (QCPAxis *axis : rect->axes()) {
            change(axis, &QCPAxis::labelFont, &QCPAxis::setLabelFont, family, fs::kAxisLabelPt);
            change(axis, &QCPAxis::tickLabelFont, &QCPAxis::setTickLabelFont, family,
                   fs::kTickLabelPt);
            changeWidth(axis, &QCPAxis::basePen, &QCPAxis::setBasePen, fs::kAxisPt);
            changeWidth(axis, &QCPAxis::tickPen, &QCPAxis::setTickPen, fs::kTickPt);
            changeWidth(axis, &QCPAxis::subTickPen, &QCPAxis::setSubTickPen, fs::kTickPt);
            changeValue([axis] { return axis->tickLengthIn(); },
                        [axis](int length) { axis->setTickLengthIn(length); },
                        axis->tickLengthIn() > 0 ? qRound(fs::toLayout(fs::kTickLengthPt)) : 0);
            changeValue([axis] { return axis->subTickLengthIn(); },
                        [axis](int length) { axis->setSubTickLengthIn(length); },
                        axis->subTickLengthIn() > 0 ? qRound(fs::toLayout(fs::kSubTickLengthPt))
                                                    : 0);
            // Room between the axis label and the figure's edge.
            changeValue([axis] { return axis->padding(); },
                        [axis](int padding) { axis->setPadding(padding); },
                        qRound(fs::toLayout(0.4 * fs::kAxisLabelPt)));
            QCPGrid *grid = axis->grid();
            changeWidth(grid, &QCPGrid::pen, &QCPGrid::setPen, fs::kGridPt);
            changeWidth(grid, &QCPGrid::subGridPen, &QCPGrid::setSubGridPen, fs::kGridPt);
            changeWidth(grid, &QCPGrid::zeroLinePen, &QCPGrid::setZeroLinePen, fs::kZeroLinePt);
            if (axis->selectedParts() != QCPAxis::spNone) {
                const auto parts = axis->selectedParts();
                axis->setSelectedParts(QCPAxis::spNone);
                m_restore.push_back([axis, parts] { axis->setSelectedParts(parts); });
            }
        }
    }
}

void PrintSetup::setUpLegend(const QString &family)
{
    namespace fs = figurestyle;
    QCPLegend *legend = m_plot->legend;
    change(legend, &QCPLegend::font, &QCPLegend::setFont, family, fs::kLegendPt);
    changeWidth(legend, &QCPLegend::borderPen, &QCPLegend::setBorderPen, fs::kLegendBorderPt);
    // Line samples about two em long, as a print legend has them, and tight rows.
    const int em = qRound(fs::toLayout(fs::kLegendPt));
    changeValue([legend] { return legend->iconSize(); },
                [legend](const QSize &size) { legend->setIconSize(size); }, QSize(2 * em, em));
    changeValue([legend] { return legend->iconTextPadding(); },
                [legend](int padding) { legend->setIconTextPadding(padding); }, em / 2);
    changeValue([legend] { return legend->margins(); },
                [legend](const QMargins &m) { legend->setMargins(m); },
                QMargins(em / 2, em / 4, em / 2, em / 4));
    for (int i = 0; i < legend->itemCount(); ++i) {
        QCPAbstractLegendItem *item = legend->item(i);
        change(item, &QCPAbstractLegendItem::font, &QCPAbstractLegendItem::setFont, family,
               fs::kLegendPt);
        changeValue([item] { return item->margins(); },
                    [item](const QMargins &m) { item->setMargins(m); },
                    QMargins(em / 2, 0, em / 2, 0));
    }
}

PrintSetup::~PrintSetup()
{
    for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it)
        (*it)();
    // toPainter left the layout at the figure's size; the widget lays itself out again.
    if (m_plot) m_plot->replot(QCustomPlot::rpQueuedReplot);
}
