// See PrintSetup.h.
#include "PrintSetup.h"

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

QFont PrintSetup::printFont(QFont font, const QString &family)
{
    if (font.pixelSize() <= 0)
        font.setPixelSize(qMax(1, qRound(font.pointSizeF() * kScreenDpi / 72.0)));
    font.setFamily(family);
    return font;
}

PrintSetup::PrintSetup(QCustomPlot *plot, const FigureOptions &options,
                       const std::vector<QCPAbstractPlottable *> &hidden)
    : m_plot(plot)
{
    if (!plot) return;
    const QString &family = options.fontFamily;
    for (QCPAxisRect *rect : plot->axisRects())
        for (QCPAxis *axis : rect->axes()) {
            change(axis, &QCPAxis::labelFont, &QCPAxis::setLabelFont, family);
            change(axis, &QCPAxis::tickLabelFont, &QCPAxis::setTickLabelFont, family);
            if (axis->selectedParts() != QCPAxis::spNone) {
                const auto parts = axis->selectedParts();
                axis->setSelectedParts(QCPAxis::spNone);
                m_restore.push_back([axis, parts] { axis->setSelectedParts(parts); });
            }
        }
    QCPLegend *legend = plot->legend;
    change(legend, &QCPLegend::font, &QCPLegend::setFont, family);
    for (int i = 0; i < legend->itemCount(); ++i)
        change(legend->item(i), &QCPAbstractLegendItem::font, &QCPAbstractLegendItem::setFont,
               family);
    for (QCPLayoutElement *element : plot->plotLayout()->elements(true))
        if (auto *text = qobject_cast<QCPTextElement *>(element))
            change(text, &QCPTextElement::font, &QCPTextElement::setFont, family);
    for (int i = 0; i < plot->itemCount(); ++i) {
        QCPAbstractItem *item = plot->item(i);
        if (auto *text = qobject_cast<QCPItemText *>(item))
            change(text, &QCPItemText::font, &QCPItemText::setFont, family);
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

PrintSetup::~PrintSetup()
{
    for (auto it = m_restore.rbegin(); it != m_restore.rend(); ++it)
        (*it)();
    // toPainter left the layout at the figure's size; the widget lays itself out again.
    if (m_plot) m_plot->replot(QCustomPlot::rpQueuedReplot);
}
