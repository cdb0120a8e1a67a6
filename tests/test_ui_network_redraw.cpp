// The network panel redraws only what changed and never waits for its worker: an unchanged
// plot is not replotted, a frame that changes only the current function's curve redraws that
// curve's layer alone, several changes in one pass replot once, the order-to-chaos line stays
// while the settings' mark moves, a drag computes the current function's fixed point alone,
// and restarting the worker (one thread, low priority) returns at once. Replots are counted
// with the plots' afterReplot signal and PlotRefresh's count of live-layer redraws; numbers
// are checked against closed forms.
#include "BackgroundTask.h"
#include "DirectionPlot.h"
#include "DistributionPlot.h"
#include "LayerPlot.h"
#include "NetworkAnalysis.h"
#include "NetworkControls.h"
#include "NetworkSettingRow.h"
#include "PhasePlot.h"
#include "PlotAxes.h"
#include "PlotRefresh.h"
#include "PlotView.h"
#include "support/Compare.h"
#include "support/NetworkPanelFixture.h"
#include "support/Settings.h"

#include <QSignalSpy>
#include <QSlider>
#include <QTabWidget>
#include <QTest>

#include <atomic>
#include <cmath>
#include <thread>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

using act::FunctionId;
using testsupport::kSimulationTimeout;
using testsupport::OpenPanel;
using testsupport::values;

class TestUiNetworkRedraw : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_network_redraw")); }
    void init() { testsupport::clearSettings(); }

    void unchangedPlotsAreNotReplotted();
    void currentCurveAloneRedrawsItsLayer();
    void signalsInOnePassReplotOnce();
    void phaseLineStaysWhenTheSettingsMove();
    void overlaysKeepTheirFixedPointsDuringADrag();
    void workerRestartNeverWaits();
    void dragWithASimulationRunningShowsEachFramesTheory();
    void simulationCanBeSwitchedOff();
};

namespace {

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

} // namespace

// What the panel draws again only when it changed: the same colours handed in again, another
// tab chosen (the per-layer plot's content is the same), redraw nothing there.
void TestUiNetworkRedraw::unchangedPlotsAreNotReplotted()
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
void TestUiNetworkRedraw::currentCurveAloneRedrawsItsLayer()
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
void TestUiNetworkRedraw::signalsInOnePassReplotOnce()
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
void TestUiNetworkRedraw::phaseLineStaysWhenTheSettingsMove()
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
void TestUiNetworkRedraw::overlaysKeepTheirFixedPointsDuringADrag()
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
void TestUiNetworkRedraw::workerRestartNeverWaits()
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
void TestUiNetworkRedraw::dragWithASimulationRunningShowsEachFramesTheory()
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
void TestUiNetworkRedraw::simulationCanBeSwitchedOff()
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

QTEST_MAIN(TestUiNetworkRedraw)
#include "test_ui_network_redraw.moc"
