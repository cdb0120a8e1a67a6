// Drives the same signal path as a user's drag (QSlider::setValue on the real widgets) and
// times each frame until it is painted.
#include "RedrawBenchmark.h"

#include "FunctionList.h"
#include "MainWindow.h"
#include "NetworkAnalysis.h"
#include "NetworkDock.h"
#include "NetworkPanel.h"
#include "ParameterPanel.h"
#include "ParameterRow.h"
#include "PlotView.h"
#include "ProbabilityChart.h"
#include "SceneModel.h"
#include "SoftmaxView.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QScopeGuard>
#include <QSlider>
#include <QTextStream>

#include <algorithm>
#include <functional>
#include <variant>
#include <vector>

namespace {

constexpr int kSweepStep = 25; // slider units per frame: 41 frames per slider
// A typed formula's parameter is dragged this many times, back and forth (201 frames).
constexpr int kFormulaPasses = 5;

QtMessageHandler g_previousHandler = nullptr;

// The offscreen platform warns each time the window's size hints change (a new parameter
// panel): noise around the figures, not a problem.
void dropOffscreenNoise(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    if (message.contains(QLatin1String("does not support propagateSizeHints"))) return;
    if (g_previousHandler) g_previousHandler(type, context, message);
}

// Queued redraws, timers and the paint they post: three passes leave nothing behind.
void finishFrame()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

double percentile(std::vector<double> sorted, double q)
{
    std::sort(sorted.begin(), sorted.end());
    const auto rank = static_cast<std::size_t>(q * static_cast<double>(sorted.size() - 1) + 0.5);
    return sorted[std::min(rank, sorted.size() - 1)];
}

double timeFrame(QSlider *slider, int position)
{
    QElapsedTimer timer;
    timer.start();
    slider->setValue(position);
    finishFrame();
    return static_cast<double>(timer.nsecsElapsed()) / 1e6;
}

// A drag from press to release, as a user's: undo records the gesture once, at the release.
void sweep(QSlider *slider, std::vector<double> &frames)
{
    slider->setSliderDown(true);
    for (int p = slider->minimum(); p <= slider->maximum(); p += kSweepStep)
        frames.push_back(timeFrame(slider, p));
    slider->setSliderDown(false);
}

// How one slider is swept: sweep() unless told otherwise.
using SliderSweep = std::function<void(QSlider *slider, std::vector<double> &frames)>;

std::vector<double> runSweeps(MainWindow &window, const SliderSweep &sweepSlider = sweep)
{
    using act::FunctionId;
    const FunctionId swept[] = {FunctionId::LeakyRelu, FunctionId::Elu,  FunctionId::Selu,
                                FunctionId::Swish,     FunctionId::Celu, FunctionId::Softplus,
                                FunctionId::Softshrink};
    std::vector<double> frames;
    for (FunctionId id : swept) {
        // Choosing the function is a full replot and not part of a drag.
        window.functionList()->setCurrentItem(window.functionList()->item(id));
        finishFrame();
        for (ParameterRow *row : window.parameterPanel()->rows()) {
            sweepSlider(row->slider(), frames);
            window.model()->resetParameters(id);
            finishFrame();
        }
    }
    QSlider *temperature = window.softmaxView()->temperatureSlider();
    const int start = temperature->value();
    sweepSlider(temperature, frames);
    temperature->setValue(start);
    finishFrame();
    return frames;
}

// Sees the plot's paint events: a formula frame ends when the plot has painted its fast pass,
// not when the worker's accurate values have arrived as well (timed on their own).
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(QWidget *plot) : m_plot(plot) { plot->installEventFilter(this); }
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_plot && event->type() == QEvent::Paint) painted = true;
        return false;
    }

private:
    QWidget *m_plot;
};

// One step of a drag, until the plot has painted it (a function of its own: callgrind's
// --toggle-collect=*formulaFrame* counts a frame's instructions alone).
[[gnu::noinline]] void formulaFrame(QSlider *slider, int position, PaintWatch &watch)
{
    watch.painted = false;
    slider->setValue(position);
    while (!watch.painted)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

// A typed formula's parameter dragged: each frame draws the double pass; the accurate values
// follow from a worker (FunctionPlot::setRefineInBackground). `refinedAfter` gets the time
// from each step until those of the points in view are drawn too (the rest of the sampled
// range follows; a further step cancels it).
std::vector<double> runFormulaSweep(MainWindow &window, const QString &expression,
                                    std::vector<double> &refinedAfter)
{
    SceneModel *model = window.model();
    PlotView *plot = window.plotView();
    const CurveId previous = model->current();
    const auto added = model->addFormula(QStringLiteral("typed"), expression);
    if (!std::holds_alternative<CurveId>(added)) return {};
    finishFrame();
    PaintWatch watch(plot);
    std::vector<double> frames;
    for (ParameterRow *row : window.parameterPanel()->rows()) {
        QSlider *slider = row->slider();
        // Back and forth, one drag each way: enough frames for a 95th percentile that is not
        // the second or third worst of one sweep. Each drag starts where the last one ended.
        std::vector<std::vector<int>> drags(kFormulaPasses);
        for (int pass = 0; pass < kFormulaPasses; ++pass) {
            for (int p = slider->minimum(); p <= slider->maximum(); p += kSweepStep)
                drags[pass].push_back(p);
            if (pass % 2) std::reverse(drags[pass].begin(), drags[pass].end());
            if (pass > 0) drags[pass].erase(drags[pass].begin()); // its first step moves
        }
        for (const std::vector<int> &drag : drags) {
            slider->setSliderDown(true);
            for (const int p : drag) {
                QElapsedTimer timer;
                timer.start();
                formulaFrame(slider, p, watch);
                frames.push_back(static_cast<double>(timer.nsecsElapsed()) / 1e6);
                if (plot->isRefiningView()) { // else they arrived before the first paint
                    while (plot->isRefiningView())
                        QCoreApplication::processEvents(QEventLoop::AllEvents |
                                                        QEventLoop::WaitForMoreEvents);
                    // A refinement that changed nothing visible paints nothing: then the values
                    // were on screen when the worker's result arrived. Else its paint ends it.
                    const qint64 arrived = timer.nsecsElapsed();
                    watch.painted = false;
                    QElapsedTimer limit;
                    limit.start();
                    while (!watch.painted && limit.elapsed() < 100)
                        QCoreApplication::processEvents(QEventLoop::AllEvents);
                    const qint64 done = watch.painted ? timer.nsecsElapsed() : arrived;
                    refinedAfter.push_back(static_cast<double>(done) / 1e6);
                } else {
                    refinedAfter.push_back(frames.back());
                }
                finishFrame();
            }
            slider->setSliderDown(false);
            finishFrame();
        }
    }
    model->removeFormula(std::get<CurveId>(added).formulaKey());
    model->setCurrent(previous);
    finishFrame();
    return frames;
}

void report(QTextStream &out, const QString &label, const std::vector<double> &frames)
{
    out << QString("redraw: %1 frames=%2 median_ms=%3 p95_ms=%4 max_ms=%5")
               .arg(label)
               .arg(frames.size())
               .arg(percentile(frames, 0.5), 0, 'f', 2)
               .arg(percentile(frames, 0.95), 0, 'f', 2)
               .arg(*std::max_element(frames.begin(), frames.end()), 0, 'f', 2)
        << Qt::endl;
}

// One line `redraw: <label> median=… p95=…`: the two sweeps' medians and 95th percentiles
// divided, frames ÷ baseline.
void reportRatio(QTextStream &out, const QString &label, const std::vector<double> &frames,
                 const std::vector<double> &baseline)
{
    out << QString("redraw: %1 median=%2 p95=%3")
               .arg(label)
               .arg(percentile(frames, 0.5) / percentile(baseline, 0.5), 0, 'f', 3)
               .arg(percentile(frames, 0.95) / percentile(baseline, 0.95), 0, 'f', 3)
        << Qt::endl;
}

} // namespace

int runRedrawBenchmark(QTextStream &out)
{
    g_previousHandler = qInstallMessageHandler(dropOffscreenNoise);
    const auto restore = qScopeGuard([] { qInstallMessageHandler(g_previousHandler); });
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    finishFrame();

    SceneModel *model = window.model();
    for (const act::FunctionSpec &spec : act::functions())
        model->setOverlaid(spec.id, true);
    for (int order = 0; order < 3; ++order)
        model->setOrderShown(order, true);
    std::vector<double> logits;
    for (int i = 0; i < SceneModel::kMaxClasses; ++i)
        logits.push_back(0.37 * i - 2.0);
    model->setLogits(logits);
    finishFrame();

    std::vector<double> closedPanel;
    for (int scale : {1, 2}) {
        window.plotView()->setBufferScale(scale);
        window.softmaxView()->chart()->setBufferDevicePixelRatio(scale);
        window.softmaxView()->chart()->replot();
        finishFrame();
        const std::vector<double> frames = runSweeps(window);
        report(out, QStringLiteral("scale=%1").arg(scale), frames);
        if (scale != 1) continue;
        closedPanel = frames;
        // The same frames with every frame a full replot, as without the live layer: the
        // ratio of the two holds on a noisy machine where the absolute figures do not.
        window.plotView()->setAlwaysReplotAll(true);
        const std::vector<double> baseline = runSweeps(window);
        window.plotView()->setAlwaysReplotAll(false);
        report(out, QStringLiteral("baseline=full-replot scale=1"), baseline);
        // The same goal with a typed formula current: its double pass draws each frame.
        std::vector<double> refinedAfter;
        const std::vector<double> formula =
            runFormulaSweep(window, QStringLiteral("x*sigmoid(b*x)"), refinedAfter);
        if (!formula.empty()) {
            // Its own baseline: the same formula frames, each a full replot.
            window.plotView()->setAlwaysReplotAll(true);
            std::vector<double> unused;
            const std::vector<double> formulaBaseline =
                runFormulaSweep(window, QStringLiteral("x*sigmoid(b*x)"), unused);
            window.plotView()->setAlwaysReplotAll(false);
            report(out, QStringLiteral("formula=x*sigmoid(b*x) scale=1"), formula);
            report(out, QStringLiteral("formula-refined-after scale=1"), refinedAfter);
            report(out, QStringLiteral("baseline=full-replot formula=x*sigmoid(b*x) scale=1"),
                   formulaBaseline);
            reportRatio(out, QStringLiteral("formula ratio_to_full_replot"), formula,
                        formulaBaseline);
        }
        reportRatio(out, QStringLiteral("scale=1 ratio_to_full_replot"), frames, baseline);
        // The same sweeps with a typed formula on screen too (overlaid, refined once), each
        // against its own full replots.
        const auto typed =
            model->addFormula(QStringLiteral("typed"), QStringLiteral("x*tanh(softplus(x))"));
        if (std::holds_alternative<CurveId>(typed)) {
            const CurveId formulaCurve = std::get<CurveId>(typed);
            model->setOverlaid(formulaCurve, true);
            while (window.plotView()->isRefining())
                QCoreApplication::processEvents(QEventLoop::AllEvents |
                                                QEventLoop::WaitForMoreEvents);
            finishFrame();
            const std::vector<double> withFormula = runSweeps(window);
            window.plotView()->setAlwaysReplotAll(true);
            const std::vector<double> withFormulaBaseline = runSweeps(window);
            window.plotView()->setAlwaysReplotAll(false);
            report(out, QStringLiteral("formula-on-screen scale=1"), withFormula);
            report(out, QStringLiteral("baseline=full-replot formula-on-screen scale=1"),
                   withFormulaBaseline);
            reportRatio(out, QStringLiteral("formula-on-screen ratio_to_full_replot"), withFormula,
                        withFormulaBaseline);
            model->removeFormula(formulaCurve.formulaKey());
            finishFrame();
        }
    }
    // The classroom case: presentation mode's large fonts and thick antialiased lines, the
    // slow case in QCustomPlot, at the projector's usual scale 1.
    window.plotView()->setBufferScale(1);
    window.softmaxView()->chart()->setBufferDevicePixelRatio(1);
    window.setPresenting(true);
    window.resize(1920, 1080);
    finishFrame();
    report(out, QStringLiteral("mode=presentation scale=1"), runSweeps(window));
    window.setPresenting(false);
    finishFrame();

    // The network panel open beside the plot, its theory following every frame for all 26
    // functions and the simulation of a large network (100 layers of 512 units, batch 512)
    // running in the worker all along: each parameter frame restarts it.
    window.networkDock()->show();
    NetworkSetup heavy = model->network();
    heavy.layers = 100;
    heavy.width = 512;
    heavy.batch = 512;
    model->setNetwork(heavy);
    finishFrame();
    NetworkAnalysis *analysis = window.networkDock()->panel()->analysis();
    const bool running = analysis->simulationRunning();
    // Each slider swept twice, with the simulation and with it switched off (theory and fixed
    // points only), the two in turns, so that the other work on a shared machine weighs on both
    // alike: their ratio is what the simulation running beside the window adds to its frames.
    std::vector<double> withPanel, idle;
    bool simulatingFirst = true;
    const auto both = [&](QSlider *slider, std::vector<double> &) {
        const int start = slider->value();
        for (const bool simulating : {simulatingFirst, !simulatingFirst}) {
            analysis->setSimulating(simulating);
            if (!simulating) analysis->simulationTask().waitForIdle();
            slider->setValue(start);
            finishFrame();
            sweep(slider, simulating ? withPanel : idle);
        }
        simulatingFirst = !simulatingFirst;
    };
    runSweeps(window, both);
    analysis->setSimulating(true);
    report(out, QStringLiteral("network-panel simulation-running=%1 scale=1").arg(running),
           withPanel);
    reportRatio(out, QStringLiteral("network-panel ratio_to_closed_panel"), withPanel, closedPanel);
    report(out, QStringLiteral("network-panel simulation-running=0 scale=1"), idle);
    reportRatio(out, QStringLiteral("network-panel ratio_running_to_not_running"), withPanel, idle);
    window.networkDock()->hide();
    return 0;
}
