// The network panel in the real window: its sliders and buttons change the theory it draws, the
// simulation runs in a worker and is cancelled by a newer one, scene files keep its settings,
// and every prepared scene shows what its claim says. Numbers are checked against closed forms
// (ReLU's E[φ²] = q/2, linear recursions of q, SELU's fixed point), not the panel's own code.
#include "BackgroundTask.h"
#include "DirectionPlot.h"
#include "DistributionPlot.h"
#include "ExampleScenes.h"
#include "LayerPlot.h"
#include "LiveLabel.h"
#include "MainWindow.h"
#include "NetworkAnalysis.h"
#include "NetworkControls.h"
#include "NetworkDock.h"
#include "NetworkPanel.h"
#include "NetworkSettingRow.h"
#include "NumberField.h"
#include "PhasePlot.h"
#include "PlotAxes.h"
#include "PlotRefresh.h"
#include "PlotView.h"
#include "SceneFile.h"
#include "SceneModel.h"
#include "support/Compare.h"
#include "support/Settings.h"
#include "support/Typing.h"

#include <QAction>
#include <QComboBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <atomic>
#include <cmath>
#include <memory>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using act::FunctionId;

namespace {

constexpr int kSimulationTimeout = 60000; // ms; the machine may be busy

std::vector<double> values(const QCPGraph *graph)
{
    std::vector<double> v;
    for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
        v.push_back(it->value);
    return v;
}

// A window with the network panel open, as Ctrl+L leaves it.
struct OpenPanel
{
    MainWindow window;
    NetworkPanel *panel = nullptr;
    OpenPanel()
    {
        window.resize(1500, 1000);
        window.show();
        window.findChild<QAction *>("showNetworkPanel")->trigger();
        panel = window.networkDock()->panel();
    }
    SceneModel *model() const { return window.model(); }
    void chooseQuantity(LayerQuantity q) const
    {
        QComboBox *box = panel->quantityBox();
        box->setCurrentIndex(box->findData(int(q)));
        emit box->activated(box->currentIndex());
    }
};

} // namespace

class TestUiNetwork : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_network")); }
    void init() { testsupport::clearSettings(); }

    void panelOpensFromTheViewMenu();
    void layersSliderSetsTheNumberOfTheoryPoints();
    void heInitialisationWithReluShowsChiOne();
    void simulationCompletesInTheWorker();
    void settingsChangeCancelsTheRunningSimulation();
    void refusedValueKeepsThePreviousOne();
    void sliderDragIsOneUndoStep();
    void sceneFileKeepsThePanelSettings();
    void overlaysGetTheoryCurvesOfTheirOwn();
    void theoryFollowsEachCurvesParameters();
    void darkThemeReachesEveryAxis();
    void axisLabelsStayInsideTheirAxes();
    void unchangedPlotsAreNotReplotted();
    void currentCurveAloneRedrawsItsLayer();
    void signalsInOnePassReplotOnce();
    void phaseLineStaysWhenTheSettingsMove();
    void overlaysKeepTheirFixedPointsDuringADrag();
    void workerRestartNeverWaits();
    void dragWithASimulationRunningShowsEachFramesTheory();
    void simulationCanBeSwitchedOff();
    void everyExampleOpens();
    void examplesShowTheirClaims_data();
    void examplesShowTheirClaims();
};

void TestUiNetwork::panelOpensFromTheViewMenu()
{
    MainWindow window;
    window.show();
    QAction *toggle = window.findChild<QAction *>("showNetworkPanel");
    QVERIFY(toggle);
    QCOMPARE(toggle->shortcut(), QKeySequence(QStringLiteral("Ctrl+L")));
    QVERIFY(!window.networkDock()->isVisible());
    QVERIFY(!window.networkDock()->panel()->analysis()->isActive()); // hidden: nothing computed
    toggle->trigger();
    QVERIFY(window.networkDock()->isVisible());
    QVERIFY(window.networkDock()->panel()->analysis()->isActive());
    toggle->trigger();
    QVERIFY(!window.networkDock()->panel()->analysis()->isActive());
}

void TestUiNetwork::layersSliderSetsTheNumberOfTheoryPoints()
{
    OpenPanel p;
    QCPGraph *theory = p.panel->layerPlot()->theoryGraph(0);
    QVERIFY(theory);
    QTRY_COMPARE(theory->dataCount(), p.model()->network().layers);
    const int before = theory->dataCount();

    QSlider *slider = p.panel->controls()->row("layers")->slider();
    slider->triggerAction(QAbstractSlider::SliderPageStepAdd);
    const int layers = p.model()->network().layers;
    QVERIFY(layers > before);
    QCOMPARE(p.panel->controls()->row("layers")->field()->value(), double(layers));
    QTRY_COMPARE(theory->dataCount(), layers);
    // The layers are 1..L.
    QCOMPARE(theory->data()->constBegin()->key, 1.0);
    QCOMPARE((theory->data()->constEnd() - 1)->key, double(layers));

    slider->setValue(slider->minimum());
    QCOMPARE(p.model()->network().layers, 1);
    QTRY_COMPARE(theory->dataCount(), 1);
}

void TestUiNetwork::heInitialisationWithReluShowsChiOne()
{
    OpenPanel p;
    p.model()->setCurrent(FunctionId::Relu);
    QTest::mouseClick(p.panel->controls()->initialisationButton(Initialisation::He),
                      Qt::LeftButton);
    QCOMPARE(p.model()->network().weightVariance, 2.0);
    QCOMPARE(p.model()->network().biasVariance, 0.0);
    QTRY_VERIFY_WITH_TIMEOUT(
        p.panel->summary()->text().contains(QStringLiteral("χ1(<i>q</i>*) = 1,")),
        kSimulationTimeout);
    QVERIFY(p.panel->summary()->text().contains(QStringLiteral("ξ = ∞ (critical)")));

    // With q0 = 1: q1 = σw² q0 = 2, and E[φ²] = q/2 keeps q_l = 2, E[φ] = √(q/2π) = 1/√π.
    p.chooseQuantity(LayerQuantity::Chi1);
    QTRY_COMPARE(p.panel->layerPlot()->theoryGraph(0)->dataCount(), p.model()->network().layers);
    for (double chi : values(p.panel->layerPlot()->theoryGraph(0)))
        COMPARE_CLOSE(chi, 1.0, 1e-12);
    p.chooseQuantity(LayerQuantity::SecondMoment);
    for (double m2 : values(p.panel->layerPlot()->theoryGraph(0)))
        COMPARE_CLOSE(m2, 2.0 / 2, 1e-12);
    p.chooseQuantity(LayerQuantity::Mean);
    for (double mean : values(p.panel->layerPlot()->theoryGraph(0)))
        COMPARE_CLOSE(mean, 1 / std::sqrt(M_PI), 1e-12);

    // LeCun halves q per layer: the gradient gain falls as 2^-(L-l) on its log axis.
    QTest::mouseClick(p.panel->controls()->initialisationButton(Initialisation::LeCun),
                      Qt::LeftButton);
    p.chooseQuantity(LayerQuantity::GradientGain);
    QTRY_COMPARE(p.panel->layerPlot()->theoryGraph(0)->data()->constBegin()->value,
                 std::ldexp(1.0, -(p.model()->network().layers - 1)));
    QCOMPARE(p.panel->layerPlot()->yAxis->scaleType(), QCPAxis::stLogarithmic);
}

void TestUiNetwork::simulationCompletesInTheWorker()
{
    OpenPanel p;
    p.model()->setCurrent(FunctionId::Relu);
    NetworkSetup network = p.model()->network();
    network.weightVariance = 2.0;
    network.layers = 12;
    QVERIFY(!p.model()->setNetwork(network));
    NetworkAnalysis *analysis = p.panel->analysis();
    QTRY_VERIFY_WITH_TIMEOUT(analysis->simulationIsCurrent(), kSimulationTimeout);
    QCOMPARE(analysis->simulation()->network.layers, 12);

    // Its points are drawn over the theory: the pre-activations' variance is q_l = 2 up to the
    // sampling error of 256 × 256 values (a few per cent).
    p.chooseQuantity(LayerQuantity::Variance);
    const std::vector<double> simulated = values(p.panel->layerPlot()->simulationGraph());
    QCOMPARE(int(simulated.size()), 12);
    // Layer 1 averages 256 × 256 values of one matrix product; deeper layers multiply the
    // finite width's fluctuations of a few per cent per layer.
    COMPARE_CLOSE(simulated.front(), 2.0, 0.05);
    for (double q : simulated)
        COMPARE_CLOSE(q, 2.0, 0.5);
    QCOMPARE(p.panel->progress()->value(), p.panel->progress()->maximum());
    QVERIFY(p.panel->progress()->text().contains(QStringLiteral("seed 1")));
    // The distributions: one column per layer.
    QCOMPARE(analysis->simulation()->result.histograms.layers, 12);
}

void TestUiNetwork::settingsChangeCancelsTheRunningSimulation()
{
    OpenPanel p;
    NetworkAnalysis *analysis = p.panel->analysis();
    QTRY_VERIFY_WITH_TIMEOUT(analysis->simulationIsCurrent(), kSimulationTimeout);
    QSignalSpy cancelled(analysis, &NetworkAnalysis::simulationCancelled);
    QSignalSpy finished(analysis, &NetworkAnalysis::simulationFinished);

    // Large enough to take seconds, so it is still running when the next change comes.
    NetworkSetup big = p.model()->network();
    big.width = 1024;
    big.batch = 512;
    big.layers = 60;
    QVERIFY(!p.model()->setNetwork(big));
    QTRY_VERIFY(analysis->simulationRunning());
    QVERIFY(!analysis->simulationIsCurrent()); // the window did not wait for it

    testsupport::typeInto(p.panel->controls()->row("width")->field(), QStringLiteral("64"));
    QCOMPARE(p.model()->network().width, 64);
    QTRY_VERIFY(cancelled.count() >= 1);
    QTRY_VERIFY_WITH_TIMEOUT(analysis->simulationIsCurrent(), kSimulationTimeout);
    // Only the newest run delivered: the big one never did.
    QCOMPARE(finished.count(), 1);
    QCOMPARE(analysis->simulation()->network.width, 64);
    QCOMPARE(analysis->simulation()->network.layers, 60);
}

void TestUiNetwork::refusedValueKeepsThePreviousOne()
{
    OpenPanel p;
    const NetworkSetup before = p.model()->network();
    testsupport::typeInto(p.panel->controls()->row("layers")->field(), QStringLiteral("201"));
    QVERIFY(p.model()->network() == before);
    QVERIFY(p.panel->controls()->message()->isVisibleTo(p.panel));
    QVERIFY(p.panel->controls()->message()->text().contains(QStringLiteral("1 to 200")));
    QCOMPARE(p.panel->controls()->row("layers")->field()->value(), double(before.layers));
    testsupport::typeInto(p.panel->controls()->row("weightVariance")->field(),
                          QStringLiteral("-1"));
    QVERIFY(p.model()->network() == before);
    testsupport::typeInto(p.panel->controls()->row("layers")->field(), QStringLiteral("2.5"));
    QVERIFY(p.model()->network() == before);
    // Beyond the slider's range is fine when the rule allows it.
    testsupport::typeInto(p.panel->controls()->row("weightVariance")->field(),
                          QStringLiteral("7.5"));
    QCOMPARE(p.model()->network().weightVariance, 7.5);
    QVERIFY(!p.panel->controls()->message()->isVisibleTo(p.panel));
}

void TestUiNetwork::sliderDragIsOneUndoStep()
{
    OpenPanel p;
    p.window.undoStack()->clear();
    const double old = p.model()->network().weightVariance;
    QSlider *slider = p.panel->controls()->row("weightVariance")->slider();
    slider->setSliderDown(true);
    for (int step = 1; step <= 40; ++step)
        slider->setValue(slider->value() + 7);
    QCOMPARE(p.window.undoStack()->count(), 0); // nothing until the release
    slider->setSliderDown(false);
    QVERIFY(p.model()->network().weightVariance != old);
    QCOMPARE(p.window.undoStack()->count(), 1);
    QCOMPARE(p.window.undoStack()->undoText(), QStringLiteral("Change weight variance"));
    p.window.undoStack()->undo();
    QCOMPARE(p.model()->network().weightVariance, old);
    QCOMPARE(p.panel->controls()->row("weightVariance")->field()->value(), old);

    // Which plot is shown is not history.
    p.panel->plotTabs()->setCurrentIndex(int(NetworkPlot::PhaseDiagram));
    QCOMPARE(p.model()->network().plot, NetworkPlot::PhaseDiagram);
    QCOMPARE(p.window.undoStack()->index(), 0);
}

void TestUiNetwork::sceneFileKeepsThePanelSettings()
{
    QTemporaryDir dir;
    const QString path = dir.filePath("net.actscene");
    NetworkSetup expected;
    {
        OpenPanel p;
        NetworkControls *c = p.panel->controls();
        testsupport::typeInto(c->row("layers")->field(), QStringLiteral("37"));
        testsupport::typeInto(c->row("width")->field(), QStringLiteral("100"));
        testsupport::typeInto(c->row("weightVariance")->field(), QStringLiteral("1.75"));
        testsupport::typeInto(c->row("biasVariance")->field(), QStringLiteral("0.3"));
        testsupport::typeInto(c->row("inputVariance")->field(), QStringLiteral("2.5"));
        testsupport::typeInto(c->row("batch")->field(), QStringLiteral("33"));
        testsupport::typeInto(c->row("seed")->field(), QStringLiteral("12345"));
        p.panel->plotTabs()->setCurrentIndex(int(NetworkPlot::Direction));
        p.chooseQuantity(LayerQuantity::DeadFraction);
        expected = p.model()->network();
        QCOMPARE(expected.layers, 37);
        QCOMPARE(expected.width, 100);
        QCOMPARE(expected.weightVariance, 1.75);
        QCOMPARE(expected.biasVariance, 0.3);
        QCOMPARE(expected.inputVariance, 2.5);
        QCOMPARE(expected.batch, 33);
        QCOMPARE(expected.seed, std::uint64_t(12345));
        QCOMPARE(expected.plot, NetworkPlot::Direction);
        QCOMPARE(expected.quantity, LayerQuantity::DeadFraction);
        QCOMPARE(p.window.saveScene(path), std::nullopt);
    }
    OpenPanel q;
    QVERIFY(!(q.model()->network() == expected));
    QCOMPARE(q.window.openScene(path), std::nullopt);
    QVERIFY(q.model()->network() == expected);
    QCOMPARE(q.panel->controls()->row("layers")->field()->value(), 37.0);
    QCOMPARE(q.panel->controls()->row("seed")->field()->value(), 12345.0);
    QCOMPARE(q.panel->plotTabs()->currentIndex(), int(NetworkPlot::Direction));
    QCOMPARE(q.panel->quantityBox()->currentData().toInt(), int(LayerQuantity::DeadFraction));
    QTRY_COMPARE(q.panel->layerPlot()->theoryGraph(0)->dataCount(), 0); // no theory of it
}

void TestUiNetwork::overlaysGetTheoryCurvesOfTheirOwn()
{
    OpenPanel p;
    p.model()->setCurrent(FunctionId::Relu);
    p.model()->setOverlaid(FunctionId::LeakyRelu, true);
    act::Parameters leaky = p.model()->parameters(FunctionId::LeakyRelu);
    leaky.values[0] = 0.5;
    QVERIFY(!p.model()->setParameters(FunctionId::LeakyRelu, leaky));
    NetworkSetup network = p.model()->network();
    network.weightVariance = 2.0;
    network.layers = 5;
    QVERIFY(!p.model()->setNetwork(network));
    QTRY_VERIFY(p.panel->layerPlot()->theoryGraph(1));
    QTRY_COMPARE(p.panel->layerPlot()->theoryGraph(1)->dataCount(), 5);
    // Leaky ReLU: q_{l+1} = σw² (1 + a²)/2 · q_l = 1.25 q_l from q1 = 2; ReLU keeps q = 2.
    const std::vector<double> relu = values(p.panel->layerPlot()->theoryGraph(0));
    const std::vector<double> leakyQ = values(p.panel->layerPlot()->theoryGraph(1));
    for (int l = 0; l < 5; ++l) {
        COMPARE_CLOSE(relu[std::size_t(l)], 2.0, 1e-12);
        COMPARE_CLOSE(leakyQ[std::size_t(l)], 2.0 * std::pow(1.25, l), 1e-12);
    }
    QCOMPARE(p.panel->layerPlot()->theoryGraph(1)->name(), QStringLiteral("Leaky ReLU"));
    QCOMPARE(p.panel->layerPlot()->theoryGraph(1)->pen().color(),
             p.window.plotView()->colourOf(FunctionId::LeakyRelu));
    QTRY_VERIFY(p.panel->summary()->text().contains(QStringLiteral("Leaky ReLU")));
}

// The panel keeps each curve's theory while nothing it depends on changes: a drag of one
// curve's parameter, then of the depth, must still give every curve its own right numbers.
void TestUiNetwork::theoryFollowsEachCurvesParameters()
{
    OpenPanel p;
    p.model()->setCurrent(FunctionId::Relu);
    p.model()->setOverlaid(FunctionId::LeakyRelu, true);
    NetworkSetup network = p.model()->network();
    network.weightVariance = 1.0;
    network.biasVariance = 0.0;
    network.inputVariance = 1.0;
    network.layers = 4;
    QVERIFY(!p.model()->setNetwork(network));
    auto lastQ = [&](int curve) {
        const QCPGraph *graph = p.panel->layerPlot()->theoryGraph(curve);
        return graph && graph->dataCount() > 0 ? values(graph).back() : -1.0;
    };
    auto setSlope = [&](double a) {
        act::Parameters leaky = p.model()->parameters(FunctionId::LeakyRelu);
        leaky.values[0] = a;
        QVERIFY(!p.model()->setParameters(FunctionId::LeakyRelu, leaky));
    };
    // q_{l+1} = (1 + a²)/2 · q_l from q1 = 1: ReLU's q4 = 1/8; slope 1 is linear, q4 = 1.
    setSlope(1.0);
    QTRY_COMPARE(lastQ(1), 1.0);
    COMPARE_CLOSE(lastQ(0), 0.125, 1e-12);
    setSlope(0.5);
    QTRY_VERIFY(std::abs(lastQ(1) - std::pow(0.625, 3)) < 1e-12);
    COMPARE_CLOSE(lastQ(0), 0.125, 1e-12);
    network.layers = 6;
    QVERIFY(!p.model()->setNetwork(network));
    QTRY_COMPARE(p.panel->layerPlot()->theoryGraph(0)->dataCount(), 6);
    QTRY_VERIFY(std::abs(lastQ(0) - 1.0 / 32) < 1e-12);
    COMPARE_CLOSE(lastQ(1), std::pow(0.625, 5), 1e-12);
    setSlope(1.0);
    QTRY_COMPARE(lastQ(1), 1.0);
    COMPARE_CLOSE(lastQ(0), 1.0 / 32, 1e-12);
}

// Every axis of the panel's plots takes the theme's colours, the heat map's colour scale too
// (its axis sits in an axis rect of its own).
void TestUiNetwork::darkThemeReachesEveryAxis()
{
    OpenPanel p;
    for (const bool dark : {true, false}) {
        p.window.findChild<QAction *>(dark ? "theme:dark" : "theme:light")->trigger();
        std::vector<QCPAxis *> axes{p.panel->distributionPlot()->colourScale()->axis()};
        for (QCustomPlot *plot : p.panel->plots())
            for (QCPAxisRect *rect : plot->axisRects())
                for (QCPAxis *axis : rect->axes())
                    axes.push_back(axis);
        for (QCPAxis *axis : axes) {
            const QString what = axis->parentPlot()->objectName() + " axis " + axis->label();
            QVERIFY2((axis->labelColor().lightness() > 128) == dark, qPrintable(what));
            QVERIFY2((axis->tickLabelColor().lightness() > 128) == dark, qPrintable(what));
            QVERIFY2((axis->basePen().color().lightness() > 128) == dark, qPrintable(what));
        }
    }
}

// Presentation mode's large fonts in a short panel: every axis label fits its axis, on two
// lines or shortened if it must; with room again it is whole (on one or two lines).
void TestUiNetwork::axisLabelsStayInsideTheirAxes()
{
    OpenPanel p;
    auto axes = [&] {
        std::vector<QCPAxis *> all{p.panel->distributionPlot()->colourScale()->axis()};
        for (QCustomPlot *plot : p.panel->plots())
            for (QCPAxisRect *rect : plot->axisRects())
                for (QCPAxis *axis : rect->axes())
                    if (!axis->label().isEmpty()) all.push_back(axis);
        return all;
    };
    auto verifyInside = [&] {
        for (QCPAxis *axis : axes()) {
            axis->parentPlot()->replot(); // lays out at its present size
            const int room = axis->orientation() == Qt::Vertical ? axis->axisRect()->height()
                                                                 : axis->axisRect()->width();
            for (const QString &line : axis->label().split(QLatin1Char('\n')))
                QVERIFY2(QFontMetrics(axis->labelFont()).horizontalAdvance(line) <= room,
                         qPrintable(QString("%1: \"%2\" in %3 px")
                                        .arg(axis->parentPlot()->objectName(), line)
                                        .arg(room)));
        }
    };
    p.window.setPresenting(true);
    p.window.resize(1200, 800);
    QTRY_VERIFY(p.panel->layerPlot()->yAxis->label().contains(QChar(0x2026)) ||
                p.panel->layerPlot()->yAxis->label().contains(QLatin1Char('\n')));
    verifyInside();
    // What a screen reader reads is the whole label.
    QCOMPARE(plotaxes::fullLabel(*p.panel->layerPlot()->yAxis),
             QStringLiteral("variance q of the pre-activations"));
    p.window.setPresenting(false);
    p.window.resize(1900, 1400);
    QTRY_COMPARE(p.panel->layerPlot()->yAxis->label().replace(QLatin1Char('\n'), QLatin1Char(' ')),
                 QStringLiteral("variance q of the pre-activations"));
    verifyInside();
}

// Counts a plot's full replots and its live layer's redraws from now on.
struct Redraws
{
    QSignalSpy full;
    const PlotRefresh *refresh;
    int liveBefore;
    Redraws(QCustomPlot *plot, const PlotRefresh *r)
        : full(plot, &QCustomPlot::afterReplot), refresh(r), liveBefore(r->liveReplots())
    {
    }
    int live() const { return refresh->liveReplots() - liveBefore; }
};

// Lets every queued draw, replot and paint happen.
void settle()
{
    for (int i = 0; i < 5; ++i)
        QCoreApplication::processEvents();
}

// A panel at rest: theory drawn, simulation (small) delivered, nothing queued.
void waitUntilIdle(OpenPanel &p)
{
    NetworkSetup network = p.model()->network();
    network.layers = 8;
    network.width = 32;
    network.batch = 16;
    QVERIFY(!p.model()->setNetwork(network));
    QTRY_VERIFY_WITH_TIMEOUT(p.panel->analysis()->simulationIsCurrent(), kSimulationTimeout);
    QTRY_VERIFY_WITH_TIMEOUT(!p.panel->analysis()->theories().empty() &&
                                 p.panel->analysis()->theories().front().fixedPoint,
                             kSimulationTimeout);
    settle();
}

// What the panel draws again only when it changed: the same colours handed in again, another
// tab chosen (the per-layer plot's content is the same), redraw nothing there.
void TestUiNetwork::unchangedPlotsAreNotReplotted()
{
    OpenPanel p;
    waitUntilIdle(p);
    LayerPlot *layers = p.panel->layerPlot();
    Redraws layerRedraws(layers, layers->refresh());
    QSignalSpy distribution(p.panel->distributionPlot(), &QCustomPlot::afterReplot);
    p.panel->setColours([&p](CurveId id) { return p.window.plotView()->colourOf(id); });
    settle();
    QCOMPARE(layerRedraws.full.count(), 0);
    QCOMPARE(layerRedraws.live(), 0);
    QCOMPARE(distribution.count(), 0);

    QSignalSpy direction(p.panel->directionPlot(), &QCustomPlot::afterReplot);
    p.panel->plotTabs()->setCurrentIndex(int(NetworkPlot::Direction));
    settle();
    QCOMPARE(layerRedraws.full.count(), 0);
    QCOMPARE(layerRedraws.live(), 0);
    QVERIFY(direction.count() >= 1); // shown for the first time: drawn
    QVERIFY(p.panel->directionPlot()->output(0)->dataCount() > 100);
    direction.clear();
    // The same simulation again: nothing new for the direction plot either.
    p.panel->setColours([&p](CurveId id) { return p.window.plotView()->colourOf(id); });
    settle();
    QCOMPARE(direction.count(), 0);
}

// A parameter of the current function that leaves the axes as they are (here the linear
// overlay sets the range): one redraw of the live layer, no full replot, and the curve has the
// new theory.
void TestUiNetwork::currentCurveAloneRedrawsItsLayer()
{
    OpenPanel p;
    p.model()->setCurrent(FunctionId::LeakyRelu);
    p.model()->setOverlaid(FunctionId::Linear, true);
    NetworkSetup network = p.model()->network();
    network.weightVariance = 1.0;
    network.biasVariance = 0.0;
    network.inputVariance = 1.0;
    network.layers = 6;
    network.quantity = LayerQuantity::Variance;
    QVERIFY(!p.model()->setNetwork(network));
    p.panel->analysis()->setSimulating(false); // nothing else arrives meanwhile
    act::Parameters leaky = p.model()->parameters(FunctionId::LeakyRelu);
    leaky.values[0] = 0.5;
    QVERIFY(!p.model()->setParameters(FunctionId::LeakyRelu, leaky));
    QTRY_VERIFY(p.panel->analysis()->theories().size() == 2 &&
                p.panel->analysis()->theories().front().fixedPoint);
    settle();
    LayerPlot *plot = p.panel->layerPlot();
    const QCPRange range = plot->yAxis->range();
    Redraws redraws(plot, plot->refresh());
    leaky.values[0] = 0.25;
    QVERIFY(!p.model()->setParameters(FunctionId::LeakyRelu, leaky));
    settle();
    QCOMPARE(redraws.full.count(), 0);
    QCOMPARE(redraws.live(), 1);
    QVERIFY(plot->yAxis->range() == range);
    // q_{l+1} = (1 + a²)/2 · q_l from q1 = 1.
    const std::vector<double> q = values(plot->theoryGraph(0));
    QCOMPARE(int(q.size()), 6);
    for (int l = 0; l < 6; ++l)
        COMPARE_CLOSE(q[std::size_t(l)], std::pow((1 + 0.25 * 0.25) / 2, l), 1e-12);
    for (double v : values(plot->theoryGraph(1)))
        COMPARE_CLOSE(v, 1.0, 1e-12);
}

// Several changes in one pass of the event loop: each plot is replotted once.
void TestUiNetwork::signalsInOnePassReplotOnce()
{
    OpenPanel p;
    waitUntilIdle(p);
    p.panel->analysis()->setSimulating(false);
    settle();
    LayerPlot *plot = p.panel->layerPlot();
    Redraws redraws(plot, plot->refresh());
    const CurveId current = p.model()->current();
    act::Parameters params = p.model()->parameters(current.function());
    p.chooseQuantity(LayerQuantity::SecondMoment);
    p.chooseQuantity(LayerQuantity::Chi1);
    NetworkSetup network = p.model()->network();
    network.weightVariance = 1.3;
    QVERIFY(!p.model()->setNetwork(network));
    network.biasVariance = 0.2;
    QVERIFY(!p.model()->setNetwork(network));
    if (!params.values.empty()) {
        params.values[0] *= 1.1;
        p.model()->setParameters(current.function(), params);
    }
    settle();
    QCOMPARE(redraws.full.count() + redraws.live(), 1);
    QCOMPARE(plotaxes::fullLabel(*plot->yAxis), quantityLabel(LayerQuantity::Chi1));
}

// The order-to-chaos line depends on the function and its parameters: moving σw² and σb²
// moves the settings' mark (its layer alone) and leaves the line as it was, not recomputed.
void TestUiNetwork::phaseLineStaysWhenTheSettingsMove()
{
    OpenPanel p;
    p.model()->setCurrent(FunctionId::Tanh);
    p.panel->plotTabs()->setCurrentIndex(int(NetworkPlot::PhaseDiagram));
    PhasePlot *phase = p.panel->phasePlot();
    QTRY_VERIFY_WITH_TIMEOUT(phase->criticalLine()->dataCount() > 10, kSimulationTimeout);
    NetworkAnalysis *analysis = p.panel->analysis();
    analysis->setSimulating(false);
    QTRY_VERIFY_WITH_TIMEOUT(analysis->theories().front().fixedPoint, kSimulationTimeout);
    settle();
    const quint64 serial = analysis->phaseLineSerial();
    const int linePoints = phase->criticalLine()->dataCount();
    Redraws redraws(phase, phase->refresh());
    QSignalSpy lineChanged(analysis, &NetworkAnalysis::phaseLineChanged);
    QSlider *weight = p.panel->controls()->row("weightVariance")->slider();
    weight->setSliderDown(true);
    for (int step = 1; step <= 5; ++step) {
        weight->setValue(weight->value() + 3);
        settle();
        QCOMPARE(phase->currentPoint()->data()->constBegin()->key,
                 p.model()->network().weightVariance);
    }
    weight->setSliderDown(false);
    QVERIFY(p.model()->network().weightVariance < 4.5); // the axes stay
    QCOMPARE(lineChanged.count(), 0);
    QCOMPARE(analysis->phaseLineSerial(), serial);
    QCOMPARE(phase->criticalLine()->dataCount(), linePoints);
    QCOMPARE(redraws.full.count(), 0);
    QCOMPARE(redraws.live(), 5);
}

// A drag of the current function's parameter asks for its fixed point alone: the overlays'
// stay known on every frame (they were computed again on every frame before).
void TestUiNetwork::overlaysKeepTheirFixedPointsDuringADrag()
{
    OpenPanel p;
    p.model()->setCurrent(FunctionId::Elu);
    p.model()->setOverlaid(FunctionId::Tanh, true);
    p.model()->setOverlaid(FunctionId::Relu, true);
    NetworkAnalysis *analysis = p.panel->analysis();
    analysis->setSimulating(false);
    auto allKnown = [analysis] {
        for (const auto &t : analysis->theories())
            if (!t.fixedPoint) return false;
        return analysis->theories().size() == 3;
    };
    QTRY_VERIFY_WITH_TIMEOUT(allKnown(), kSimulationTimeout);
    const int computed = analysis->fixedPointsComputed();
    act::Parameters elu = p.model()->parameters(FunctionId::Elu);
    for (int step = 1; step <= 5; ++step) {
        elu.values[0] = 1.0 + 0.1 * step;
        QVERIFY(!p.model()->setParameters(FunctionId::Elu, elu));
        QCoreApplication::processEvents(); // the theory's update, queued
        const auto &theories = analysis->theories();
        QCOMPARE(theories.size(), std::size_t(3));
        QVERIFY(theories[1].fixedPoint && theories[2].fixedPoint);
    }
    // And the current one's comes: ReLU's q* from q0 = 1 at σw² = 1, σb² = 0 is 0.
    QTRY_VERIFY_WITH_TIMEOUT(allKnown(), kSimulationTimeout);
    QCOMPARE(analysis->theories()[2].fixedPoint->qStar, 0.0);
    // ELU's for some of the five settings (a newer one cancels an older), never the others'.
    const int during = analysis->fixedPointsComputed() - computed;
    QVERIFY2(during >= 1 && during <= 5, qPrintable(QString::number(during)));
}

// Starting a job while the worker is busy returns at once: the new job waits behind the old
// one, which stops at its next check and delivers nothing. The worker is one thread, of lower
// priority than the window's.
void TestUiNetwork::workerRestartNeverWaits()
{
    BackgroundTask task;
    std::atomic<bool> release{false}, firstRunning{false};
    std::atomic<int> threads{-1}, niceness{-100};
    bool firstDelivered = false, secondDelivered = false;
    task.start([&](const act::SimulationControl &control) {
        firstRunning = true;
        threads = control.threads;
#ifdef Q_OS_LINUX
        niceness = getpriority(PRIO_PROCESS, id_t(gettid()));
#endif
        while (!release)
            std::this_thread::yield();
        return BackgroundTask::Deliver([&] { firstDelivered = true; });
    });
    QTRY_VERIFY(firstRunning);
    QSignalSpy cancelled(&task, &BackgroundTask::cancelled);
    // The worker is held in the first job: were start() to wait for it, this would hang.
    task.start([&](const act::SimulationControl &) {
        return BackgroundTask::Deliver([&] { secondDelivered = true; });
    });
    QCOMPARE(cancelled.count(), 1);
    QVERIFY(task.isRunning());
    QVERIFY(!release); // still held: start() returned without it
    release = true;
    QTRY_VERIFY(secondDelivered);
    settle();
    QVERIFY(!firstDelivered);
    QCOMPARE(threads.load(), 1);
#ifdef Q_OS_LINUX
    QVERIFY2(niceness > getpriority(PRIO_PROCESS, id_t(gettid())),
             qPrintable(QString::number(niceness)));
#endif
}

// A drag of the current function's parameter while a large simulation runs: every frame shows
// that frame's theory at once, the simulation is restarted (the older run cancelled) and the
// window does not wait for it.
void TestUiNetwork::dragWithASimulationRunningShowsEachFramesTheory()
{
    OpenPanel p;
    p.model()->setCurrent(FunctionId::LeakyRelu);
    NetworkSetup big = p.model()->network();
    big.width = 1024;
    big.batch = 512;
    big.layers = 60;
    big.weightVariance = 1.0;
    big.biasVariance = 0.0;
    big.inputVariance = 1.0;
    big.quantity = LayerQuantity::Variance;
    QVERIFY(!p.model()->setNetwork(big));
    NetworkAnalysis *analysis = p.panel->analysis();
    QTRY_VERIFY(analysis->simulationRunning());
    QSignalSpy cancelled(analysis, &NetworkAnalysis::simulationCancelled);
    QSignalSpy finished(analysis, &NetworkAnalysis::simulationFinished);
    act::Parameters leaky = p.model()->parameters(FunctionId::LeakyRelu);
    for (int step = 1; step <= 10; ++step) {
        leaky.values[0] = 0.05 * step;
        QVERIFY(!p.model()->setParameters(FunctionId::LeakyRelu, leaky));
        settle();
        QVERIFY(analysis->simulationRunning());
        QVERIFY(!analysis->simulationIsCurrent());
        // q_l = ((1 + a²)/2)^(l−1) from q1 = 1.
        const std::vector<double> q = values(p.panel->layerPlot()->theoryGraph(0));
        QCOMPARE(int(q.size()), 60);
        COMPARE_CLOSE(q[5], std::pow((1 + leaky.values[0] * leaky.values[0]) / 2, 5), 1e-12);
    }
    QCOMPARE(cancelled.count(), 10);
    QCOMPARE(finished.count(), 0);
}

// Switched off, the simulation is not restarted by new settings; the theory still follows.
void TestUiNetwork::simulationCanBeSwitchedOff()
{
    OpenPanel p;
    NetworkAnalysis *analysis = p.panel->analysis();
    QTRY_VERIFY_WITH_TIMEOUT(analysis->simulationIsCurrent(), kSimulationTimeout);
    analysis->setSimulating(false);
    QVERIFY(!analysis->isSimulating());
    NetworkSetup network = p.model()->network();
    network.layers = 7;
    QVERIFY(!p.model()->setNetwork(network));
    QTRY_COMPARE(p.panel->layerPlot()->theoryGraph(0)->dataCount(), 7);
    settle();
    QVERIFY(!analysis->simulationRunning());
    QVERIFY(!analysis->simulationIsCurrent());
    analysis->setSimulating(true);
    QTRY_VERIFY_WITH_TIMEOUT(analysis->simulationIsCurrent(), kSimulationTimeout);
    QCOMPARE(analysis->simulation()->network.layers, 7);
}

void TestUiNetwork::everyExampleOpens()
{
    QVERIFY(exampleScenes().size() >= 7);
    MainWindow window;
    window.show();
    QMenu *menu = window.findChild<QMenu *>("examples");
    QVERIFY(menu);
    QCOMPARE(menu->actions().size(), qsizetype(exampleScenes().size()));
    for (const ExampleScene &example : exampleScenes()) {
        const SceneLoadResult loaded = loadScene(example.path);
        QVERIFY2(loaded.scene, qPrintable(loaded.error));
        QVERIFY2(loaded.notes.isEmpty(), qPrintable(example.path));
    }
    // From the menu: the scene, with the network panel open.
    menu->actions().front()->trigger();
    QVERIFY(window.networkDock()->isVisible());
    QCOMPARE(window.model()->current(), FunctionId::Sigmoid);
    window.undoStack()->undo();
    QCOMPARE(window.model()->current(), Scene{}.current);
}

void TestUiNetwork::examplesShowTheirClaims_data()
{
    QTest::addColumn<QString>("file");
    for (const char *name : {"sigmoid-vanishing-gradient", "relu-dead-units",
                             "elu-mean-toward-zero", "selu-fixed-point", "linear-layers-collapse",
                             "rrelu-random-slopes", "tanh-order-to-chaos"})
        QTest::newRow(name) << QStringLiteral(":/examples/%1.actscene").arg(QLatin1String(name));
}

void TestUiNetwork::examplesShowTheirClaims()
{
    QFETCH(QString, file);
    OpenPanel p;
    QCOMPARE(p.window.openExample(file), std::nullopt);
    QVERIFY(p.window.networkDock()->isVisible());
    const NetworkSetup &n = p.model()->network();
    NetworkAnalysis *analysis = p.panel->analysis();
    LayerPlot *plot = p.panel->layerPlot();
    // The theory of this scene's functions, not of the one before.
    QTRY_VERIFY(analysis->theories().size() == p.model()->plotted().size() &&
                analysis->theories().front().id == p.model()->current());
    QTRY_COMPARE(plot->theoryGraph(0) ? plot->theoryGraph(0)->dataCount() : -1,
                 n.quantity == LayerQuantity::DeadFraction ? 0 : n.layers);
    const std::vector<double> theory = values(plot->theoryGraph(0));
    const QString name = QFileInfo(file).completeBaseName();

    if (name == "sigmoid-vanishing-gradient") {
        QCOMPARE(n.quantity, LayerQuantity::GradientGain);
        // σ′ ≤ 1/4, so χ1 ≤ σw²/16 per layer.
        QVERIFY(theory.front() < 1e-3 * theory.back());
        QVERIFY(theory.front() <= std::pow(n.weightVariance / 16, n.layers - 1));
        QCOMPARE(theory.back(), 1.0);
    } else if (name == "relu-dead-units") {
        QCOMPARE(n.quantity, LayerQuantity::DeadFraction);
        QTRY_VERIFY_WITH_TIMEOUT(analysis->simulationIsCurrent(), kSimulationTimeout);
        const std::vector<double> dead = values(plot->simulationGraph());
        QCOMPARE(int(dead.size()), n.layers);
        // Few units are dead for every input in the first layer, many in the last.
        QVERIFY2(dead.front() < 0.05, qPrintable(QString::number(dead.front())));
        QVERIFY2(dead.back() > 0.2, qPrintable(QString::number(dead.back())));
    } else if (name == "elu-mean-toward-zero") {
        QCOMPARE(p.model()->scene().overlays, std::vector<CurveId>{FunctionId::Relu});
        const std::vector<double> relu = values(plot->theoryGraph(1));
        QCOMPARE(relu.size(), theory.size());
        for (std::size_t l = 0; l < relu.size(); ++l) {
            COMPARE_CLOSE(relu[l], 1 / std::sqrt(M_PI), 1e-12); // √(q/2π)/√(q/2)
            QVERIFY(theory[l] < 0.75 * relu[l]);
        }
    } else if (name == "selu-fixed-point") {
        // SELU's constants make E[φ] = 0 and E[φ²] = 1 at q = 1: q0 = 1 stays.
        for (double q : theory)
            COMPARE_CLOSE(q, 1.0, 1e-6);
        p.chooseQuantity(LayerQuantity::Mean);
        for (double mean : values(plot->theoryGraph(0)))
            QVERIFY(std::abs(mean) < 1e-6);
        QTRY_VERIFY_WITH_TIMEOUT(
            p.panel->summary()->text().contains(QStringLiteral("<i>q</i>* = 1,")),
            kSimulationTimeout);
    } else if (name == "linear-layers-collapse") {
        QCOMPARE(p.panel->plotTabs()->currentWidget(), p.panel->directionPlot());
        QTRY_VERIFY_WITH_TIMEOUT(analysis->simulationIsCurrent(), kSimulationTimeout);
        QTRY_VERIFY(p.panel->directionPlot()->output(0)->dataCount() > 100);
        for (int k = 0; k < NetworkAnalysis::kDirectionOutputs; ++k) {
            const std::vector<double> y = values(p.panel->directionPlot()->output(k));
            double scale = 0, bend = 0;
            for (std::size_t i = 1; i + 1 < y.size(); ++i) {
                scale = std::max(scale, std::abs(y[i]));
                bend = std::max(bend, std::abs(y[i + 1] - 2 * y[i] + y[i - 1]));
            }
            QVERIFY(scale > 0);
            QVERIFY2(bend < 1e-9 * scale, qPrintable(QString::number(bend / scale)));
        }
    } else if (name == "rrelu-random-slopes") {
        const act::Parameters r = p.model()->parameters(FunctionId::Rrelu);
        const double lo = r.values[0], hi = r.values[1];
        const double alpha = p.model()->parameters(FunctionId::LeakyRelu).values[0];
        const double s2 = (lo * lo + lo * hi + hi * hi) / 3; // E[s²], s ~ U(l, u)
        const std::vector<double> leaky = values(plot->theoryGraph(1));
        const double q1 = n.weightVariance * n.inputVariance;
        for (int l = 0; l < n.layers; ++l) {
            COMPARE_CLOSE(theory[std::size_t(l)], q1 * std::pow(n.weightVariance * (1 + s2) / 2, l),
                          1e-9);
            COMPARE_CLOSE(leaky[std::size_t(l)],
                          q1 * std::pow(n.weightVariance * (1 + alpha * alpha) / 2, l), 1e-9);
        }
        QVERIFY(alpha == (lo + hi) / 2 && theory.back() > leaky.back());
        // The simulation draws the slopes and follows the training-mode theory.
        QTRY_VERIFY_WITH_TIMEOUT(analysis->simulationIsCurrent(), kSimulationTimeout);
        const std::vector<double> simulated = values(plot->simulationGraph());
        COMPARE_CLOSE(simulated.back(), theory.back(), 0.25 * theory.back());
    } else if (name == "tanh-order-to-chaos") {
        QCOMPARE(p.panel->plotTabs()->currentWidget(), p.panel->phasePlot());
        QTRY_VERIFY_WITH_TIMEOUT(p.panel->phasePlot()->criticalLine()->dataCount() > 10,
                                 kSimulationTimeout);
        // At σb² = 0, q* = 0 and χ1(0) = σw² tanh′(0)² = σw²: the line starts at σw² = 1.
        const auto first = p.panel->phasePlot()->criticalLine()->data()->constBegin();
        COMPARE_CLOSE(first->key, 1.0, 1e-6);
        QCOMPARE(first->value, 0.0);
        QCOMPARE(p.panel->phasePlot()->currentPoint()->data()->constBegin()->key, n.weightVariance);
        QTRY_VERIFY_WITH_TIMEOUT(analysis->theories().front().fixedPoint, kSimulationTimeout);
        QVERIFY(analysis->theories().front().fixedPoint->chi1 < 1);
        QTRY_VERIFY(p.panel->summary()->text().contains(QStringLiteral("(ordered)")));
    } else {
        QFAIL("no claim checked for this example");
    }
}

QTEST_MAIN(TestUiNetwork)
#include "test_ui_network.moc"
