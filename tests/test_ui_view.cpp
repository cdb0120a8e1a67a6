// The plot as a plotting tool: the view fits every plotted curve, one axis zooms alone over
// its ticks or with a modifier, the plot area keeps its place when the function changes, tick
// labels use the true minus sign and the y axis names what it shows.
#include "MainWindow.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "support/Settings.h"

#include <QAction>
#include <QTest>
#include <QWheelEvent>

using act::FunctionId;

namespace {

void wheel(PlotView *plot, QPoint at, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWheelEvent event(at, plot->mapToGlobal(at), QPoint(), QPoint(0, 120), Qt::NoButton, modifiers,
                      Qt::NoScrollPhase, false);
    QCoreApplication::sendEvent(plot, &event);
}

} // namespace

class TestUiView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_view")); }
    void init() { testsupport::clearSettings(); }

    void viewFitsEveryPlottedCurve();
    void oneAxisZoomsAlone_data();
    void oneAxisZoomsAlone();
    void plotAreaKeepsItsPlace();
    void ticksUseTheMinusSign();
    void yAxisNamesWhatItShows();
    void legendSitsInTheEmptiestCorner();
};

void TestUiView::viewFitsEveryPlottedCurve()
{
    MainWindow window;
    SceneModel *model = window.model();
    model->setCurrent(FunctionId::Sigmoid);
    model->setOverlaid(FunctionId::Tanh, true);
    // Reset view (R): tanh's negative half, down to -1, is inside.
    window.findChild<QAction *>("resetView")->trigger();
    QVERIFY2(model->view().yMin < -0.99, qPrintable(QString::number(model->view().yMin)));
    // Fit all (F) keeps the x range and fits y to what is there.
    model->setOverlaid(FunctionId::Relu, true);
    QVERIFY(!model->setView({0.0, 50.0, -1.0, 1.0}));
    window.findChild<QAction *>("fitAll")->trigger();
    QCOMPARE(model->view().xMin, 0.0);
    QCOMPARE(model->view().xMax, 50.0);
    QVERIFY(model->view().yMax > 50.0); // relu(50)
    QCOMPARE(window.plotView()->yAxis->range().upper, model->view().yMax);
}

void TestUiView::oneAxisZoomsAlone_data()
{
    QTest::addColumn<QString>("where");
    QTest::addColumn<int>("modifiers");
    QTest::addColumn<bool>("xZooms");
    QTest::addColumn<bool>("yZooms");
    QTest::newRow("inside") << "inside" << int(Qt::NoModifier) << true << true;
    QTest::newRow("over the x axis") << "x axis" << int(Qt::NoModifier) << true << false;
    QTest::newRow("over the y axis") << "y axis" << int(Qt::NoModifier) << false << true;
    QTest::newRow("shift") << "inside" << int(Qt::ShiftModifier) << true << false;
    QTest::newRow("control") << "inside" << int(Qt::ControlModifier) << false << true;
}

void TestUiView::oneAxisZoomsAlone()
{
    QFETCH(QString, where);
    QFETCH(int, modifiers);
    QFETCH(bool, xZooms);
    QFETCH(bool, yZooms);
    MainWindow window;
    PlotView *plot = window.plotView();
    plot->resize(900, 600);
    plot->replot();
    const QRect area = plot->axisRect()->rect();
    const QPoint at = where == "x axis"   ? QPoint(area.center().x(), area.bottom() + 12)
                      : where == "y axis" ? QPoint(area.left() - 12, area.center().y())
                                          : area.center();
    const QCPRange x = plot->xAxis->range();
    const QCPRange y = plot->yAxis->range();
    wheel(plot, at, Qt::KeyboardModifiers(modifiers));
    QCOMPARE(plot->xAxis->range().size() < x.size(), xZooms);
    QCOMPARE(plot->yAxis->range().size() < y.size(), yZooms);
    if (!xZooms) QCOMPARE(plot->xAxis->range(), x);
    if (!yZooms) QCOMPARE(plot->yAxis->range(), y);
    // The model follows, as for every zoom.
    QCOMPARE(window.model()->view().xMin, plot->xAxis->range().lower);
    QCOMPARE(window.model()->view().yMax, plot->yAxis->range().upper);
}

void TestUiView::plotAreaKeepsItsPlace()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlotView *plot = window.plotView();
    QRect first;
    for (FunctionId id : {FunctionId::Sigmoid, FunctionId::Gelu, FunctionId::Softplus,
                          FunctionId::Selu, FunctionId::Hardshrink, FunctionId::Tanh}) {
        window.model()->setCurrent(id);
        plot->replot(); // lays the plot out for the new tick labels
        const QRect area = plot->axisRect()->rect();
        if (first.isNull()) first = area;
        QVERIFY2(area.left() == first.left() && area.width() == first.width(),
                 qPrintable(QString("%1: plot area from x = %2, %3 wide (first: %4, %5)")
                                .arg(QString::fromUtf8(act::spec(id).displayName))
                                .arg(area.left())
                                .arg(area.width())
                                .arg(first.left())
                                .arg(first.width())));
    }
}

void TestUiView::ticksUseTheMinusSign()
{
    MainWindow window;
    PlotView *plot = window.plotView();
    plot->replot();
    const QVector<QString> labels = plot->xAxis->tickVectorLabels();
    QVERIFY(!labels.isEmpty());
    bool negative = false;
    for (const QString &label : labels) {
        QVERIFY2(!label.contains(QLatin1Char('-')), qPrintable(label));
        negative = negative || label.startsWith(QChar(0x2212));
    }
    QVERIFY(negative); // GELU's view starts below 0
}

void TestUiView::yAxisNamesWhatItShows()
{
    MainWindow window;
    SceneModel *model = window.model();
    model->setCurrent(FunctionId::Elu);
    QCOMPARE(window.plotView()->yAxis->label(), QStringLiteral("ELU(x)"));
    model->setOverlaid(FunctionId::Relu, true);
    QCOMPARE(window.plotView()->yAxis->label(), QStringLiteral("f(x)"));
    QCOMPARE(window.plotView()->xAxis->label(), QStringLiteral("x"));
}

void TestUiView::legendSitsInTheEmptiestCorner()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    PlotView *plot = window.plotView();
    // ReLU fills the bottom left (0) and the top right (x): the key (three rows: f, f′, f″)
    // goes top left.
    window.model()->setOrderShown(2, true);
    window.model()->setCurrent(FunctionId::Relu);
    QTRY_COMPARE(plot->axisRect()->insetLayout()->insetAlignment(0), Qt::AlignTop | Qt::AlignLeft);
    plot->replot();
    QVERIFY(plot->axisRect()->rect().contains(plot->legend->outerRect()));
    // Sigmoid rises from the bottom left to the top right as well; -ReLU-like shapes go
    // elsewhere: a negative slope leaves the top right empty.
    window.model()->setCurrent(FunctionId::Linear);
    QVERIFY(!window.model()->setParameter(FunctionId::Linear, 0, -1.0));
    window.model()->resetView();
    QTRY_COMPARE(plot->axisRect()->insetLayout()->insetAlignment(0), Qt::AlignTop | Qt::AlignRight);
}

QTEST_MAIN(TestUiView)
#include "test_ui_view.moc"
