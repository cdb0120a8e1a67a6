// The function plot: what it draws is what the core computes, slider drags reach it, overlays
// and derivative toggles add and remove curves, and jumps become gaps.
#include "FunctionList.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ParameterPanel.h"
#include "ParameterRow.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "TraceReadout.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>
#include <QToolButton>
#include <QWheelEvent>

#include <cmath>

using act::FunctionId;
Q_DECLARE_METATYPE(act::FunctionId)

namespace {

// The plot must show exactly the core's numbers: the same function evaluated point by point.
bool sameValue(double actual, double expected)
{
    if (std::isnan(actual) || std::isnan(expected))
        return std::isnan(actual) && std::isnan(expected);
    return actual == expected;
}

double component(const act::Derivatives &d, int order)
{
    return order == 0 ? d.f : order == 1 ? d.d1 : d.d2;
}

// Every drawn (non-NaN) point of every shown curve of `id` equals the core's value there.
void verifyCurves(const FunctionPlot *plot, const SceneModel *model, FunctionId id)
{
    for (int order = 0; order < 3; ++order) {
        QCPGraph *graph = plot->curve(id, order);
        if (!model->isOrderShown(order)) {
            QVERIFY(!graph);
            continue;
        }
        QVERIFY(graph);
        QVERIFY(graph->data()->size() >= PlotView::kSamples);
        for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it) {
            if (std::isnan(it->value)) continue;
            const double expected =
                component(act::evaluate(id, model->parameters(id), it->key), order);
            if (!sameValue(it->value, expected))
                QFAIL(qPrintable(QString("order %1 at x=%2: plotted %3, core %4")
                                     .arg(order)
                                     .arg(it->key, 0, 'g', 17)
                                     .arg(it->value, 0, 'g', 17)
                                     .arg(expected, 0, 'g', 17)));
        }
    }
}

} // namespace

class TestUiPlot : public QObject
{
    Q_OBJECT

private slots:
    void sliderDrivesCurve_data();
    void sliderDrivesCurve();
    void parametersBelongToTheirFunction();
    void dragRedrawsOnlyTheCurrentFunction();
    void overlayAddsAndRemovesGraphs();
    void derivativeTogglesAddAndRemoveCurves_data();
    void derivativeTogglesAddAndRemoveCurves();
    void jumpsBecomeGaps_data();
    void jumpsBecomeGaps();
    void continuousCurvesHaveNoGap();
    void hoverShowsValues();
    void resetViewRestoresRanges();
    void wheelZoomsAndDragPans();
    void plotFollowsTheModelsView();
    void viewRulesAreQCustomPlots_data();
    void viewRulesAreQCustomPlots();
};

void TestUiPlot::sliderDrivesCurve_data()
{
    QTest::addColumn<FunctionId>("function");
    QTest::addColumn<int>("parameter");
    QTest::addColumn<bool>("byKey");
    QTest::newRow("leaky_relu alpha, key") << FunctionId::LeakyRelu << 0 << true;
    QTest::newRow("leaky_relu alpha, setValue") << FunctionId::LeakyRelu << 0 << false;
    QTest::newRow("elu alpha, setValue") << FunctionId::Elu << 0 << false;
    QTest::newRow("selu lambda, key") << FunctionId::Selu << 1 << true;
    QTest::newRow("swish beta, setValue") << FunctionId::Swish << 0 << false;
    QTest::newRow("softplus threshold, setValue") << FunctionId::Softplus << 1 << false;
    QTest::newRow("hardtanh max, setValue") << FunctionId::Hardtanh << 1 << false;
    QTest::newRow("softshrink lambda, key") << FunctionId::Softshrink << 0 << true;
    QTest::newRow("threshold value, setValue") << FunctionId::Threshold << 1 << false;
}

void TestUiPlot::sliderDrivesCurve()
{
    QFETCH(FunctionId, function);
    QFETCH(int, parameter);
    QFETCH(bool, byKey);
    MainWindow window;
    SceneModel *model = window.model();
    window.functionList()->setCurrentItem(window.functionList()->item(function));
    QCOMPARE(model->current(), function);
    ParameterRow *row = window.parameterPanel()->rows().at(static_cast<std::size_t>(parameter));
    QSlider *slider = row->slider();
    const int before = slider->value();

    if (byKey) {
        QTest::keyClick(slider, Qt::Key_PageUp);
    } else {
        slider->setValue(before > 600 ? 300 : 800);
    }
    QVERIFY(slider->value() != before);
    const double expected = row->sliderValue(slider->value());
    QCOMPARE(model->parameters(function).values[static_cast<std::size_t>(parameter)], expected);
    QVERIFY(std::abs(row->spinBox()->value() - expected) < 1e-4);
    verifyCurves(window.plotView(), model, function);
    QVERIFY(window.plotView()->ghost(function, 0)->visible());

    QTest::mouseClick(row->resetButton(), Qt::LeftButton);
    QCOMPARE(model->parameters(function), act::defaults(function));
    QCOMPARE(slider->value(), before);
    QVERIFY(std::abs(row->spinBox()->value() -
                     act::defaults(function).values[static_cast<std::size_t>(parameter)]) < 1e-4);
    QVERIFY(!window.plotView()->ghost(function, 0)->visible());
    verifyCurves(window.plotView(), model, function);
}

void TestUiPlot::parametersBelongToTheirFunction()
{
    MainWindow window;
    SceneModel *model = window.model();
    model->setCurrent(FunctionId::LeakyRelu);
    window.parameterPanel()->rows().at(0)->slider()->setValue(900);
    QVERIFY(model->parameters(FunctionId::LeakyRelu) != act::defaults(FunctionId::LeakyRelu));
    QCOMPARE(model->parameters(FunctionId::Elu), act::defaults(FunctionId::Elu));
    model->setCurrent(FunctionId::Elu);
    QCOMPARE(window.parameterPanel()->rows().at(0)->spinBox()->value(), 1.0);
    model->setCurrent(FunctionId::LeakyRelu);
    QCOMPARE(window.parameterPanel()->rows().at(0)->slider()->value(), 900);
}

void TestUiPlot::dragRedrawsOnlyTheCurrentFunction()
{
    MainWindow window;
    SceneModel *model = window.model();
    PlotView *plot = window.plotView();
    model->setOverlaid(FunctionId::Relu, true);
    model->setCurrent(FunctionId::LeakyRelu);
    // The current function's curves have a buffered layer of their own; the rest stay cached.
    for (int order = 0; order < 2; ++order) {
        QCOMPARE(plot->curve(FunctionId::LeakyRelu, order)->layer(), plot->liveLayer());
        QCOMPARE(plot->curve(FunctionId::Relu, order)->layer()->name(), QString("main"));
    }
    QCOMPARE(plot->liveLayer()->mode(), QCPLayer::lmBuffered);
    const QCPGraphDataContainer *reluData = plot->curve(FunctionId::Relu, 0)->data().data();
    const QCPGraphDataContainer *leakyData = plot->curve(FunctionId::LeakyRelu, 0)->data().data();
    const double reluFirst = reluData->constBegin()->value;
    const double leakyFirst = leakyData->constBegin()->value;

    window.parameterPanel()->rows().at(0)->slider()->setValue(500);
    // Values are written into the existing containers; ReLU's are not touched.
    QCOMPARE(plot->curve(FunctionId::LeakyRelu, 0)->data().data(), leakyData);
    QVERIFY(leakyData->constBegin()->value != leakyFirst);
    QCOMPARE(plot->curve(FunctionId::Relu, 0)->data().data(), reluData);
    QCOMPARE(reluData->constBegin()->value, reluFirst);
    verifyCurves(plot, model, FunctionId::LeakyRelu);
}

void TestUiPlot::overlayAddsAndRemovesGraphs()
{
    MainWindow window;
    PlotView *plot = window.plotView();
    QTreeWidgetItem *relu = window.functionList()->item(FunctionId::Relu);
    const int before = plot->graphCount();
    QVERIFY(!plot->curve(FunctionId::Relu, 0));

    relu->setCheckState(0, Qt::Checked);
    QVERIFY(window.model()->isOverlaid(FunctionId::Relu));
    QVERIFY(plot->curve(FunctionId::Relu, 0));
    QVERIFY(plot->curve(FunctionId::Relu, 1));
    QVERIFY(plot->graphCount() > before);
    verifyCurves(plot, window.model(), FunctionId::Relu);
    // The legend names the function; its key names the derivatives' line styles.
    QVERIFY(plot->legend->hasItemWithPlottable(plot->curve(FunctionId::Relu, 0)));
    QCOMPARE(plot->curve(FunctionId::Relu, 0)->name(), QString("ReLU"));
    QVERIFY(plot->legend->hasItemWithPlottable(plot->findChild<QCPGraph *>("styleKey:1")));

    relu->setCheckState(0, Qt::Unchecked);
    QVERIFY(!plot->curve(FunctionId::Relu, 0));
    // GELU alone: its own two lines, no key of line styles beside them.
    QCOMPARE(plot->legend->itemCount(), 2);
    QVERIFY(plot->legend->hasItemWithPlottable(plot->curve(FunctionId::Gelu, 1)));
    QCOMPARE(plot->curve(FunctionId::Gelu, 1)->name(), QStringLiteral("GELU′"));
    QCOMPARE(plot->graphCount(), before);
}

void TestUiPlot::derivativeTogglesAddAndRemoveCurves_data()
{
    QTest::addColumn<int>("order");
    QTest::newRow("f") << 0;
    QTest::newRow("f'") << 1;
    QTest::newRow("f''") << 2;
}

void TestUiPlot::derivativeTogglesAddAndRemoveCurves()
{
    QFETCH(int, order);
    MainWindow window;
    SceneModel *model = window.model();
    PlotView *plot = window.plotView();
    model->setOverlaid(FunctionId::Relu, true);
    auto *action = window.findChild<QAction *>(QString("showOrder%1").arg(order));
    QVERIFY(action);
    const bool wasShown = model->isOrderShown(order);
    const int before = plot->graphCount();

    action->trigger();
    QCOMPARE(model->isOrderShown(order), !wasShown);
    for (FunctionId id : {FunctionId::Gelu, FunctionId::Relu})
        QCOMPARE(plot->curve(id, order) != nullptr, !wasShown);
    // Two functions, plus the current one's ghost.
    QCOMPARE(plot->graphCount(), before + (wasShown ? -3 : 3));
    verifyCurves(plot, model, FunctionId::Relu);

    action->trigger();
    QCOMPARE(plot->graphCount(), before);
}

void TestUiPlot::jumpsBecomeGaps_data()
{
    QTest::addColumn<FunctionId>("function");
    QTest::addColumn<double>("x");
    QTest::addColumn<int>("order"); // lowest order with a gap there
    QTest::newRow("relu f' at 0") << FunctionId::Relu << 0.0 << 1;
    QTest::newRow("relu6 f' at 0") << FunctionId::Relu6 << 0.0 << 1;
    QTest::newRow("relu6 f' at 6") << FunctionId::Relu6 << 6.0 << 1;
    QTest::newRow("hardtanh f' at -1") << FunctionId::Hardtanh << -1.0 << 1;
    QTest::newRow("hardtanh f' at 1") << FunctionId::Hardtanh << 1.0 << 1;
    QTest::newRow("softshrink f' at 0.5") << FunctionId::Softshrink << 0.5 << 1;
    QTest::newRow("hardshrink f at -0.5") << FunctionId::Hardshrink << -0.5 << 0;
    QTest::newRow("threshold f' at 0") << FunctionId::Threshold << 0.0 << 1;
    QTest::newRow("hardswish f' at 3") << FunctionId::Hardswish << 3.0 << 1;
}

void TestUiPlot::jumpsBecomeGaps()
{
    QFETCH(FunctionId, function);
    QFETCH(double, x);
    QFETCH(int, order);
    MainWindow window;
    SceneModel *model = window.model();
    model->setOrderShown(2, true);
    model->setCurrent(function);
    PlotView *plot = window.plotView();
    for (int k = 0; k < 3; ++k) {
        QCPGraph *graph = plot->curve(function, k);
        QVERIFY(graph);
        auto at = graph->data()->findBegin(x, false);
        QVERIFY(at != graph->data()->constEnd());
        QCOMPARE(at->key, x);
        if (k < order) {
            QVERIFY2(std::isfinite(at->value), "a continuous curve must not break");
            continue;
        }
        QVERIFY2(std::isnan(at->value), qPrintable(QString("no gap in order %1").arg(k)));
        // Adaptive sampling would draw a min-max line across the break at narrow widths.
        QVERIFY(!graph->adaptiveSampling());
        // The one-sided values either side are plotted, right next to the jump.
        const auto left = at - 1;
        const auto right = at + 1;
        QCOMPARE(left->key, std::nextafter(x, -INFINITY));
        QCOMPARE(right->key, std::nextafter(x, INFINITY));
        QVERIFY(std::isfinite(left->value) && std::isfinite(right->value));
    }
    // And marked.
    const int markers = plot->jumpMarkers(function, true)->dataCount() +
                        plot->jumpMarkers(function, false)->dataCount();
    QVERIFY(markers >= 2);
    verifyCurves(plot, model, function);
}

void TestUiPlot::continuousCurvesHaveNoGap()
{
    MainWindow window;
    window.model()->setOrderShown(2, true);
    for (FunctionId id : {FunctionId::Gelu, FunctionId::Tanh, FunctionId::Mish}) {
        window.model()->setCurrent(id);
        for (int k = 0; k < 3; ++k) {
            const QCPGraph *graph = window.plotView()->curve(id, k);
            for (auto it = graph->data()->constBegin(); it != graph->data()->constEnd(); ++it)
                QVERIFY(std::isfinite(it->value));
        }
    }
}

void TestUiPlot::hoverShowsValues()
{
    MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlotView *plot = window.plotView();
    QSignalSpy spy(plot, &PlotView::hovered);
    const QPoint centre = plot->axisRect()->rect().center();
    QMouseEvent move(QEvent::MouseMove, centre, plot->mapToGlobal(centre), Qt::NoButton,
                     Qt::NoButton, Qt::NoModifier);
    QCoreApplication::sendEvent(plot, &move);
    QCOMPARE(spy.count(), 1);
    const double x = spy.at(0).at(0).toDouble();
    QVERIFY(std::abs(x - plot->xAxis->pixelToCoord(centre.x())) < 1e-12);
    const auto values = spy.at(0).at(1).value<act::Derivatives>();
    const act::Derivatives expected = act::evaluate(FunctionId::Gelu, {}, x);
    QCOMPARE(values.f, expected.f);
    QCOMPARE(values.d1, expected.d1);
    auto *readout = window.findChild<QLabel *>("hoverReadout");
    QVERIFY(readout);
    QVERIFY2(readout->text().contains(TraceReadout::number(expected.f)),
             qPrintable(readout->text()));
}

void TestUiPlot::resetViewRestoresRanges()
{
    MainWindow window;
    window.model()->setCurrent(FunctionId::Relu6);
    PlotView *plot = window.plotView();
    const act::FunctionSpec &spec = act::spec(FunctionId::Relu6);
    QCOMPARE(plot->xAxis->range().lower, spec.viewMin);
    QCOMPARE(plot->xAxis->range().upper, spec.viewMax);
    const QCPRange y = plot->yAxis->range();
    QVERIFY(y.lower < 0 && y.upper > 6); // all of relu6 in view, zero line included
    plot->xAxis->setRange(100, 140);     // panned far away: the curves are resampled there
    verifyCurves(plot, window.model(), FunctionId::Relu6);
    QVERIFY(plot->curve(FunctionId::Relu6, 0)->data()->constBegin()->key <= 100);
    window.findChild<QAction *>("resetView")->trigger();
    QCOMPARE(plot->xAxis->range().lower, spec.viewMin);
    QCOMPARE(plot->xAxis->range().upper, spec.viewMax);
    QCOMPARE(plot->yAxis->range(), y);
}

void TestUiPlot::wheelZoomsAndDragPans()
{
    MainWindow window;
    PlotView *plot = window.plotView();
    plot->resize(900, 600);
    plot->replot(); // lays out the axis rect the events are aimed at
    const QPoint centre = plot->axisRect()->rect().center();
    const QCPRange before = plot->xAxis->range();

    QWheelEvent wheel(centre, plot->mapToGlobal(centre), QPoint(), QPoint(0, 120), Qt::NoButton,
                      Qt::NoModifier, Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &wheel);
    const QCPRange zoomed = plot->xAxis->range();
    QVERIFY(zoomed.size() < before.size());

    auto send = [&](QEvent::Type type, QPoint at, Qt::MouseButtons buttons) {
        QMouseEvent event(type, at, plot->mapToGlobal(at), Qt::LeftButton, buttons, Qt::NoModifier);
        QCoreApplication::sendEvent(plot, &event);
    };
    send(QEvent::MouseButtonPress, centre, Qt::LeftButton);
    send(QEvent::MouseMove, centre + QPoint(-300, 0), Qt::LeftButton);
    send(QEvent::MouseButtonRelease, centre + QPoint(-300, 0), Qt::NoButton);
    const QCPRange panned = plot->xAxis->range();
    QVERIFY(panned.lower > zoomed.lower);
    QVERIFY(std::abs(panned.size() - zoomed.size()) < 1e-9 * zoomed.size());
    // The samples still cover what is shown, and are still the core's values.
    const QCPGraph *f = plot->curve(FunctionId::Gelu, 0);
    QVERIFY(f->data()->constBegin()->key <= panned.lower);
    QVERIFY((f->data()->constEnd() - 1)->key >= panned.upper);
    verifyCurves(plot, window.model(), FunctionId::Gelu);
    // Zoom and pan went into the model, which is what a saved scene stores.
    const ViewRange &view = window.model()->view();
    QCOMPARE(view.xMin, panned.lower);
    QCOMPARE(view.xMax, panned.upper);
    QCOMPARE(view.yMin, plot->yAxis->range().lower);
}

void TestUiPlot::plotFollowsTheModelsView()
{
    SceneModel model;
    FunctionPlot plot(&model); // the renderer exports use: no mouse, no window
    QVERIFY(!model.setView({40.0, 60.0, -2.0, 70.0}));
    QCOMPARE(plot.xAxis->range(), QCPRange(40.0, 60.0));
    QCOMPARE(plot.yAxis->range(), QCPRange(-2.0, 70.0));
    // Far outside what was sampled: resampled there, with the core's values.
    const QCPGraph *f = plot.curve(FunctionId::Gelu, 0);
    QVERIFY(f->data()->constBegin()->key <= 40.0);
    QVERIFY((f->data()->constEnd() - 1)->key >= 60.0);
    verifyCurves(&plot, &model, FunctionId::Gelu);
    // A new current function is shown over its own initial view.
    model.setCurrent(FunctionId::Tanh);
    QCOMPARE(plot.xAxis->range().lower, act::spec(FunctionId::Tanh).viewMin);
    QCOMPARE(plot.xAxis->range().upper, act::spec(FunctionId::Tanh).viewMax);
}

void TestUiPlot::viewRulesAreQCustomPlots_data()
{
    QTest::addColumn<double>("lower");
    QTest::addColumn<double>("upper");
    QTest::newRow("usual") << -6.0 << 6.0;
    QTest::newRow("wide") << -1e249 << 1e249;
    QTest::newRow("too far out") << -1e251 << 0.0;
    QTest::newRow("too wide") << -6e249 << 6e249;
    QTest::newRow("narrow") << 1.0 << 1.0 + 1e-15;
    QTest::newRow("too narrow") << 0.0 << 1e-281;
    QTest::newRow("tiny, positive") << 1e-300 << 1e-290;
    QTest::newRow("ratio overflows") << 1e-310 << 1e10;
    QTest::newRow("negative ratio overflows") << -1e10 << -1e-310;
}

void TestUiPlot::viewRulesAreQCustomPlots()
{
    // The scene layer does not link QCustomPlot, so it states the plot's limits itself.
    QFETCH(double, lower);
    QFETCH(double, upper);
    QCOMPARE(!scenerules::checkViewAxis(lower, upper).has_value(),
             QCPRange::validRange(lower, upper));
}

QTEST_MAIN(TestUiPlot)
#include "test_ui_plot.moc"
