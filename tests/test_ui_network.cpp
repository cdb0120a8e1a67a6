// The network panel in the real window: its sliders and buttons change the theory it draws, the
// simulation runs in a worker and is cancelled by a newer one, scene files keep its settings,
// and every prepared scene shows what its claim says. Numbers are checked against closed forms
// (ReLU's E[φ²] = q/2, linear recursions of q, SELU's fixed point), not the panel's own code.
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
#include "PlotView.h"
#include "SceneFile.h"
#include "SceneModel.h"
#include "support/Compare.h"
#include "support/NetworkPanelFixture.h"
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

#include <cmath>
#include <memory>

using act::FunctionId;

using testsupport::kSimulationTimeout;
using testsupport::OpenPanel;
using testsupport::values;

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
