// Bars, their value labels and the class axis; the values come from the scene model.
#include "ProbabilityChart.h"

#include "CoreMessages.h"
#include "Palette.h"
#include "SceneModel.h"

#include <QLocale>

#include <utility>

ProbabilityChart::ProbabilityChart(SceneModel *model, QWidget *parent)
    : QCustomPlot(parent), m_model(model),
      m_barsLayer((addLayer(QStringLiteral("bars"), layer("main"), QCustomPlot::limAbove),
                   layer(QStringLiteral("bars")))),
      m_bars(new QCPBars(xAxis, yAxis))
{
    // Below the axes, as the main layer it was on: the axis line stays over the bars' feet.
    m_barsLayer->setMode(QCPLayer::lmBuffered);
    m_bars->setLayer(m_barsLayer);
    accessibility::install();
    setAccessibleName(tr("Softmax probabilities"));
    setAccessibleDescription(tr("One bar per class, its probability written on it"));
    // Tick labels with a decimal point, as every other number in the window (README).
    setLocale(QLocale::c());
    setObjectName("softmaxPlot");
    setMinimumHeight(220);
    yAxis->setRange(0, 1.15);
    yAxis->setLabel(tr("probability"));
    yAxis->ticker()->setTickCount(5);
    xAxis->setLabel(tr("class"));
    xAxis->grid()->setVisible(false);
    m_bars->setObjectName("probabilityBars");
    m_bars->setWidth(0.7);
    m_bars->setPen(QPen(palette::colour(0).darker(130)));
    m_bars->setBrush(palette::colour(0).lighter(130));
    m_bars->setAntialiased(false);
    connect(model, &SceneModel::softmaxChanged, this, [this, model] {
        setProbabilities(model->softmax().probabilities);
        accessibility::summaryChanged(this);
    });
    setProbabilities(model->softmax().probabilities);
}

void ProbabilityChart::setProbabilities(const std::vector<double> &p)
{
    const auto n = static_cast<int>(p.size());
    auto data = m_bars->data();
    // The same classes, labels standing as they did: the axes and grid do not change.
    const bool upright = n > 8;
    const bool sameAxes =
        data->size() == n && !m_labels.empty() && (m_labels.front()->rotation() != 0) == upright;
    if (data->size() == n) {
        int i = 0;
        for (auto it = data->begin(); it != data->end(); ++it, ++i)
            it->value = p[static_cast<std::size_t>(i)];
    } else {
        QVector<double> keys(n);
        QVector<double> values(n);
        for (int i = 0; i < n; ++i) {
            keys[i] = i + 1;
            values[i] = p[static_cast<std::size_t>(i)];
        }
        m_bars->setData(keys, values, true);
        xAxis->setRange(0.4, n + 0.6);
        auto ticker = QSharedPointer<QCPAxisTickerText>::create();
        for (int i = 0; i < n; ++i)
            ticker->addTick(i + 1, QString::number(i + 1));
        xAxis->setTicker(ticker);
    }
    while (static_cast<int>(m_labels.size()) > n) {
        removeItem(m_labels.back());
        m_labels.pop_back();
    }
    while (static_cast<int>(m_labels.size()) < n) {
        auto *label = new QCPItemText(this);
        label->setLayer(m_barsLayer);
        label->setClipToAxisRect(true);
        label->setPadding(QMargins(2, 1, 2, 1));
        label->setColor(xAxis->tickLabelColor()); // in the chart's theme
        m_labels.push_back(label);
    }
    // Many narrow bars: the numbers stand upright so they do not run into each other.
    for (int i = 0; i < n; ++i) {
        QCPItemText *label = m_labels[static_cast<std::size_t>(i)];
        const double value = p[static_cast<std::size_t>(i)];
        label->position->setCoords(i + 1, value);
        // Three decimals, as the source documents quote them (0.846, 0.085, 0.069).
        label->setText(QLocale::c().toString(value, 'f', 3));
        label->setRotation(upright ? -90 : 0);
        label->setPositionAlignment(upright ? (Qt::AlignLeft | Qt::AlignVCenter)
                                            : (Qt::AlignHCenter | Qt::AlignBottom));
    }
    yAxis->setRange(0, upright ? 1.3 : 1.15);
    scheduleRedraw(!sameAxes);
}

void ProbabilityChart::scheduleRedraw(bool full)
{
    const bool idle = !m_fullRedrawPending && !m_barsRedrawPending;
    (full ? m_fullRedrawPending : m_barsRedrawPending) = true;
    if (idle) QMetaObject::invokeMethod(this, &ProbabilityChart::flushRedraw, Qt::QueuedConnection);
}

void ProbabilityChart::flushRedraw()
{
    const bool full = std::exchange(m_fullRedrawPending, false);
    if (!std::exchange(m_barsRedrawPending, false) && !full) return;
    // QCPLayer::replot() replots everything itself while the buffers are not laid out for
    // this size; else it draws the layer's buffer again and repaints the whole (small) chart.
    if (full)
        replot(QCustomPlot::rpQueuedReplot);
    else
        m_barsLayer->replot();
}

void ProbabilityChart::showEvent(QShowEvent *event)
{
    QCustomPlot::showEvent(event);
    // Sharp bars on HiDPI screens: the buffers follow the screen the chart is shown on.
    setBufferDevicePixelRatio(devicePixelRatioF());
    replot(QCustomPlot::rpQueuedReplot);
}

bool ProbabilityChart::event(QEvent *event)
{
    if (event->type() == QEvent::ScreenChangeInternal) {
        setBufferDevicePixelRatio(devicePixelRatioF());
        replot(QCustomPlot::rpQueuedReplot);
    }
    return QCustomPlot::event(event);
}

QString ProbabilityChart::accessibleSummary() const
{
    const SceneModel::SoftmaxResult &result = m_model->softmax();
    if (result.probabilities.empty())
        return tr("No probabilities: %1.").arg(coremessages::softmaxError(result.error));
    QStringList classes;
    for (std::size_t i = 0; i < result.probabilities.size(); ++i)
        classes << tr("class %1: %2")
                       .arg(i + 1)
                       .arg(QLocale::c().toString(result.probabilities[i], 'f', 3));
    return tr("Probabilities of %1 classes at temperature %2: %3.")
        .arg(classes.size())
        .arg(QLocale::c().toString(m_model->temperature(), 'g', 6))
        .arg(classes.join(QStringLiteral(", ")));
}
