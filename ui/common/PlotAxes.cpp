// See PlotAxes.h.
#include "PlotAxes.h"

#include <qcustomplot.h>

#include <algorithm>

namespace plotaxes {

namespace {

// `full` as it fits in `room` pixels: whole on one line, else in two lines broken at the space
// that balances them, else those lines (or the one word) shortened with "…".
QString fittedLabel(const QString &full, const QFontMetrics &metrics, int room)
{
    if (metrics.horizontalAdvance(full) <= room) return full;
    qsizetype split = -1;
    int widest = 0;
    for (qsizetype i = 0; i < full.size(); ++i) {
        if (full[i] != QLatin1Char(' ')) continue;
        const int width = std::max(metrics.horizontalAdvance(full.left(i)),
                                   metrics.horizontalAdvance(full.mid(i + 1)));
        if (split < 0 || width < widest) split = i, widest = width;
    }
    if (split < 0) return metrics.elidedText(full, Qt::ElideRight, room);
    return metrics.elidedText(full.left(split), Qt::ElideRight, room) + QLatin1Char('\n') +
           metrics.elidedText(full.mid(split + 1), Qt::ElideRight, room);
}

// The label the code set is kept on the axis and taken afresh whenever the axis holds a text
// this did not put there; it is measured again only when that label, the room or the font
// changed (this runs on every replot). True when the label changed.
bool fitLabel(QCPAxis *axis)
{
    const bool vertical = axis->orientation() == Qt::Vertical;
    const int room = vertical ? axis->axisRect()->height() : axis->axisRect()->width();
    if (room <= 0 || axis->label().isEmpty()) return false;
    const QString fittedFor = QString::number(room) + QLatin1Char('|') + axis->labelFont().key();
    if (axis->label() == axis->property("fittedLabel").toString()) {
        if (axis->property("fittedFor").toString() == fittedFor) return false;
    } else {
        axis->setProperty("fullLabel", axis->label());
    }
    const QString text =
        fittedLabel(axis->property("fullLabel").toString(), QFontMetrics(axis->labelFont()), room);
    axis->setProperty("fittedLabel", text);
    axis->setProperty("fittedFor", fittedFor);
    if (text == axis->label()) return false;
    axis->setLabel(text);
    return true;
}

} // namespace

std::vector<QCPAxis *> all(const QCustomPlot &plot)
{
    std::vector<QCPAxis *> axes;
    for (QCPAxisRect *rect : plot.axisRects())
        for (QCPAxis *axis : rect->axes())
            axes.push_back(axis);
    for (QCPLayoutElement *element : plot.plotLayout()->elements(true))
        if (auto *scale = qobject_cast<QCPColorScale *>(element)) axes.push_back(scale->axis());
    return axes;
}

void keepLabelsInside(QCustomPlot &plot)
{
    QObject::connect(&plot, &QCustomPlot::afterLayout, &plot, [&plot] {
        bool changed = false;
        for (QCPAxis *axis : all(plot))
            changed = fitLabel(axis) || changed;
        // A label of two lines needs a wider margin: lay out again.
        if (changed) plot.replot(QCustomPlot::rpQueuedReplot);
    });
}

QString fullLabel(const QCPAxis &axis)
{
    const QVariant full = axis.property("fullLabel");
    return full.isValid() && axis.label() == axis.property("fittedLabel").toString()
               ? full.toString()
               : axis.label();
}

} // namespace plotaxes
