// See NetworkPanel.h.
#include "NetworkPanel.h"

#include "CoreMessages.h"
#include "DirectionPlot.h"
#include "DistributionPlot.h"
#include "LayerPlot.h"
#include "LiveLabel.h"
#include "NetworkAnalysis.h"
#include "NetworkControls.h"
#include "PhasePlot.h"
#include "SceneModel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QScrollArea>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <cmath>

namespace {

constexpr int kSummaryLines = 4;

QString number(double v)
{
    if (std::isinf(v)) return v > 0 ? QStringLiteral("∞") : QStringLiteral("−∞");
    return QLocale::c().toString(v, 'g', 4).replace(QLatin1Char('-'), QChar(0x2212));
}

} // namespace

NetworkPanel::NetworkPanel(SceneModel *model, QWidget *parent)
    : QWidget(parent), m_model(model), m_analysis(new NetworkAnalysis(model, this)),
      m_controls(new NetworkControls(model)), m_layerPlot(new LayerPlot),
      m_distributionPlot(new DistributionPlot), m_directionPlot(new DirectionPlot),
      m_phasePlot(new PhasePlot), m_quantity(new QComboBox), m_tabs(new QTabWidget),
      m_progress(new QProgressBar), m_summary(new LiveLabel(kSummaryLines))
{
    setObjectName("networkPanel");
    setAccessibleName(tr("Network panel"));

    m_progress->setObjectName("simulationProgress");
    m_progress->setAccessibleName(tr("Simulation progress"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("simulation: waiting"));

    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("<b>A deep random network</b>"));
    title->setToolTip(tr("h₁ = W₁x + b₁, h₍ₗ₊₁₎ = Wφ(hₗ) + b with weights N(0, σw²/N), biases "
                         "N(0, σb²), inputs N(0, q0); φ is the current function"));
    leftLayout->addWidget(title);
    leftLayout->addWidget(m_controls);
    leftLayout->addWidget(m_progress);
    leftLayout->addStretch(1);
    auto *scroll = new QScrollArea;
    scroll->setWidget(left);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setAccessibleName(tr("Network settings"));
    scroll->setFocusPolicy(Qt::NoFocus); // Tab goes to the settings inside
    scroll->setMinimumWidth(left->sizeHint().width() + 20);

    m_quantity->setObjectName("layerQuantity");
    m_quantity->setAccessibleName(tr("Quantity per layer"));
    for (int q = 0; q < kLayerQuantityCount; ++q)
        m_quantity->addItem(quantityLabel(LayerQuantity(q)), q);
    m_summary->setObjectName("fixedPointSummary");
    m_summary->setAccessibleName(tr("Fixed point and depth scale"));
    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    auto *choice = new QHBoxLayout;
    auto *show = new QLabel(tr("Per layer:"));
    show->setBuddy(m_quantity);
    choice->addWidget(show);
    choice->addWidget(m_quantity, 1);
    middleLayout->addLayout(choice);
    middleLayout->addWidget(m_layerPlot, 1);
    middleLayout->addWidget(m_summary);

    m_tabs->setObjectName("networkPlots");
    m_tabs->setAccessibleName(tr("Network plots"));
    m_tabs->addTab(m_distributionPlot, tr("Distributions"));
    m_tabs->addTab(m_directionPlot, tr("Along a direction"));
    m_tabs->addTab(m_phasePlot, tr("Order to chaos"));

    auto *splitter = new QSplitter(Qt::Horizontal);
    splitter->setObjectName("networkSplitter");
    splitter->addWidget(scroll);
    splitter->addWidget(middle);
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 1);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(splitter);

    connect(m_controls, &NetworkControls::gestureStarted, this, &NetworkPanel::gestureStarted);
    connect(m_controls, &NetworkControls::gestureFinished, this, &NetworkPanel::gestureFinished);
    connect(m_quantity, &QComboBox::activated, this, [this](int index) {
        NetworkSetup network = m_model->network();
        network.quantity = LayerQuantity(m_quantity->itemData(index).toInt());
        m_model->setNetwork(network);
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        // The order-to-chaos line is computed when its tab is first shown.
        NetworkSetup network = m_model->network();
        network.plot = NetworkPlot(index);
        m_model->setNetwork(network);
        drawSecondPlot();
    });
    connect(m_model, &SceneModel::networkChanged, this, [this] {
        syncChoices();
        drawTheory(); // the quantity may have changed; the theory follows when recomputed
    });
    connect(m_analysis, &NetworkAnalysis::theoryChanged, this, &NetworkPanel::drawTheory);
    connect(m_analysis, &NetworkAnalysis::simulationFinished, this, &NetworkPanel::drawSimulation);
    connect(m_analysis, &NetworkAnalysis::phaseLineChanged, this, &NetworkPanel::drawSecondPlot);
    connect(m_analysis, &NetworkAnalysis::simulationStarted, this, [this] {
        // A restart (every frame of a drag) starts the same bar from 0: setting its range and
        // text again would repaint it on every frame.
        if (m_progress->format() == tr("simulating… %p%")) {
            m_progress->setValue(0);
            return;
        }
        m_progress->setRange(0, 1);
        m_progress->setValue(0);
        m_progress->setFormat(tr("simulating…"));
    });
    connect(m_analysis, &NetworkAnalysis::simulationProgress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("simulating… %p%"));
    });
    syncChoices();
}

QList<QCustomPlot *> NetworkPanel::plots() const
{
    return {m_layerPlot, m_distributionPlot, m_directionPlot, m_phasePlot};
}

void NetworkPanel::setColours(std::function<QColor(CurveId)> colourOf)
{
    m_colourOf = std::move(colourOf);
    drawTheory();
    drawSimulation();
}

void NetworkPanel::setPlotTheme(PlotThemeKind theme)
{
    m_dark = theme == PlotThemeKind::Dark;
    for (QCustomPlot *plot : plots()) {
        applyPlotTheme(*plot, theme);
        plot->replot(QCustomPlot::rpQueuedReplot); // its axes' colours: nothing draw() compares
    }
    drawTheory();
    drawSimulation();
}

void NetworkPanel::setLineScale(double scale)
{
    m_lineScale = scale;
    drawTheory();
    drawSimulation();
}

void NetworkPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_analysis->setActive(true);
}

void NetworkPanel::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_analysis->setActive(false);
}

void NetworkPanel::syncChoices()
{
    const NetworkSetup &network = m_model->network();
    m_quantity->setCurrentIndex(m_quantity->findData(int(network.quantity)));
    const QSignalBlocker blocker(m_tabs);
    m_tabs->setCurrentIndex(int(network.plot));
}

void NetworkPanel::drawTheory()
{
    const NetworkPlotStyle style{m_colourOf, m_lineScale, m_dark};
    m_layerPlot->draw(*m_analysis, m_model->network().quantity, style);
    updateSummary();
    if (m_tabs->currentWidget() == m_phasePlot)
        m_phasePlot->draw(*m_analysis, m_model->network(), style);
}

void NetworkPanel::drawSimulation()
{
    const NetworkPlotStyle style{m_colourOf, m_lineScale, m_dark};
    m_layerPlot->draw(*m_analysis, m_model->network().quantity, style);
    drawSecondPlot();
    if (const auto &simulation = m_analysis->simulation()) {
        const NetworkSetup &n = simulation->network;
        m_progress->setRange(0, 1);
        m_progress->setValue(1);
        m_progress->setFormat(
            tr("simulated: N = %1, B = %2, seed %3").arg(n.width).arg(n.batch).arg(n.seed));
    }
}

void NetworkPanel::drawSecondPlot()
{
    const NetworkPlotStyle style{m_colourOf, m_lineScale, m_dark};
    if (m_tabs->currentWidget() == m_distributionPlot)
        m_distributionPlot->draw(*m_analysis, style);
    else if (m_tabs->currentWidget() == m_directionPlot)
        m_directionPlot->draw(*m_analysis, style);
    else
        m_phasePlot->draw(*m_analysis, m_model->network(), style);
}

void NetworkPanel::updateSummary()
{
    QStringList lines;
    const auto &theories = m_analysis->theories();
    for (std::size_t i = 0; i < theories.size() && int(i) < kSummaryLines; ++i) {
        const NetworkAnalysis::FunctionTheory &t = theories[i];
        QString name = t.name.toHtmlEscaped();
        if (i == 0) name = "<b>" + name + "</b>";
        const double gain = t.layers.empty() ? 1.0 : t.layers.front().gradientGain;
        if (int(i) == kSummaryLines - 1 && theories.size() > std::size_t(kSummaryLines)) {
            lines << tr("and %1 more").arg(theories.size() - i);
            break;
        }
        if (!t.fixedPoint) {
            lines << tr("%1: the fixed point is being computed…; gradient gain over the %2 "
                        "layers %3")
                         .arg(name)
                         .arg(t.layers.size())
                         .arg(number(gain));
            continue;
        }
        if (t.fixedPoint->status != act::FixedPointStatus::Converged) {
            lines << tr("%1: %2; gradient gain over the %3 layers %4")
                         .arg(name, coremessages::fixedPoint(*t.fixedPoint).toHtmlEscaped())
                         .arg(t.layers.size())
                         .arg(number(gain));
            continue;
        }
        const double xi = t.fixedPoint->depthScale;
        const QString phase = std::isinf(xi) ? tr(" (critical)")
                              : xi < 0       ? tr(" (chaotic)")
                                             : tr(" (ordered)");
        lines << tr("%1: <i>q</i>* = %2, χ1(<i>q</i>*) = %3, ξ = %4%5; gradient gain over the "
                    "%6 layers %7")
                     .arg(name, number(t.fixedPoint->qStar), number(t.fixedPoint->chi1), number(xi),
                          phase)
                     .arg(t.layers.size())
                     .arg(number(gain));
    }
    m_summary->setText(lines.join(QStringLiteral("<br>")));
}
