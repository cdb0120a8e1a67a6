// The trace cursor in the real window, driven by keys and the pointer: Tab reaches the plot,
// ←/→/Home/End move the cursor by the documented steps and stop at jumps, the readout next to
// it names the curve and shows the core's values (act::evaluate, called here), it follows
// parameter changes, ↑/↓ switch the traced curve, and presentation mode's arrows still step
// through functions whenever the plot does not have focus.
#include "FunctionList.h"
#include "MainWindow.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "ShortcutsDialog.h"
#include "TraceReadout.h"
#include "support/Settings.h"

#include <QAction>
#include <QLabel>
#include <QStatusBar>
#include <QTest>

#include <cmath>

using act::FunctionId;
Q_DECLARE_METATYPE(act::FunctionId)
Q_DECLARE_METATYPE(Qt::Key)
Q_DECLARE_METATYPE(Qt::KeyboardModifiers)

namespace {

// The readout's plain text, e.g. "GELU x = 0.5 f = 0.345731 f′ = …".
QString plain(const QString &html)
{
    QTextDocument document;
    document.setHtml(html);
    return document.toPlainText().simplified();
}

QString expectedLine(const QString &symbol, double value)
{
    return QString("%1 = %2").arg(symbol, TraceReadout::number(value));
}

} // namespace

class TestUiTrace : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_trace")); }
    void init();
    void cleanup() { m_window.reset(); }

    void tabReachesThePlot();
    void keysMoveTheCursor_data();
    void keysMoveTheCursor();
    void readoutSitsNextToTheCursor();
    void cursorFollowsParameterChanges();
    void stepsStopAtJumps_data();
    void stepsStopAtJumps();
    void upAndDownSwitchTheTracedCurve();
    void hoverPutsTheReadoutByThePointer();
    void presentationArrowsStepWhenThePlotIsNotFocused();
    void numbersNeverReadNan_data();
    void numbersNeverReadNan();

private:
    PlotView *plot() const { return m_window->plotView(); }
    SceneModel *model() const { return m_window->model(); }
    QString readout() const { return plain(plot()->readout()->text()); }

    std::unique_ptr<MainWindow> m_window;
};

void TestUiTrace::init()
{
    testsupport::clearSettings();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1400, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiTrace::tabReachesThePlot()
{
    m_window->functionList()->setFocus();
    QVERIFY(m_window->functionList()->hasFocus());
    QVERIFY(!plot()->readout()->isVisible());
    for (int i = 0; i < 80 && !plot()->hasFocus(); ++i)
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QVERIFY(plot()->hasFocus());
    // Tabbed to, the cursor shows at once in the middle of the view.
    const ViewRange view = model()->view();
    QVERIFY(plot()->isCursorShown());
    QCOMPARE(*plot()->cursorX(), view.xMin + (view.xMax - view.xMin) / 2);
    QVERIFY(plot()->readout()->isVisible());
}

void TestUiTrace::keysMoveTheCursor_data()
{
    QTest::addColumn<Qt::Key>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    QTest::addColumn<double>("steps"); // in 1/200 of the view from the middle; NaN: an end
    QTest::addColumn<bool>("toEnd");
    QTest::newRow("right") << Qt::Key_Right << Qt::KeyboardModifiers() << 1.0 << false;
    QTest::newRow("left") << Qt::Key_Left << Qt::KeyboardModifiers() << -1.0 << false;
    QTest::newRow("shift+right") << Qt::Key_Right << Qt::KeyboardModifiers(Qt::ShiftModifier)
                                 << 10.0 << false;
    QTest::newRow("shift+left") << Qt::Key_Left << Qt::KeyboardModifiers(Qt::ShiftModifier) << -10.0
                                << false;
    QTest::newRow("home") << Qt::Key_Home << Qt::KeyboardModifiers() << -100.0 << true;
    QTest::newRow("end") << Qt::Key_End << Qt::KeyboardModifiers() << 100.0 << true;
}

void TestUiTrace::keysMoveTheCursor()
{
    QFETCH(Qt::Key, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(double, steps);
    QFETCH(bool, toEnd);
    model()->setCurrent(FunctionId::Tanh); // smooth: no jump stops a step
    plot()->setFocus();
    const ViewRange view = model()->view();
    const double width = view.xMax - view.xMin;
    const double middle = view.xMin + width / 2;
    QCOMPARE(*plot()->cursorX(), middle);
    QTest::keyClick(plot(), key, modifiers);
    const double expected =
        toEnd ? (steps < 0 ? view.xMin : view.xMax) : middle + steps * width / 200;
    QCOMPARE(*plot()->cursorX(), expected);
    const act::Derivatives v = act::evaluate(FunctionId::Tanh, {}, expected);
    const QString text = readout();
    QVERIFY2(text.startsWith("Tanh "), qPrintable(text));
    for (const QString &part : {expectedLine("x", expected), expectedLine("f", v.f),
                                expectedLine("f′", v.d1), expectedLine("f″", v.d2)})
        QVERIFY2(text.contains(part), qPrintable(text + " lacks " + part));
    // The marker sits on f at that x, and the status bar says the same.
    QCOMPARE(plot()->cursorPoint().x(), expected);
    QCOMPARE(plot()->cursorPoint().y(), v.f);
    auto *status = m_window->findChild<QLabel *>("hoverReadout");
    QVERIFY2(plain(status->text()).contains(expectedLine("f′(x)", v.d1)),
             qPrintable(status->text()));
    // The model is untouched: tracing changes nothing in the scene.
    QCOMPARE(model()->current(), FunctionId::Tanh);
    QCOMPARE(model()->view(), view);
}

void TestUiTrace::readoutSitsNextToTheCursor()
{
    model()->setCurrent(FunctionId::Sigmoid);
    plot()->setFocus();
    for (Qt::Key key : {Qt::Key_Home, Qt::Key_End, Qt::Key_Left}) {
        QTest::keyClick(plot(), key, Qt::ShiftModifier);
        const QPointF p = plot()->cursorPoint();
        const QPoint marker(int(plot()->xAxis->coordToPixel(p.x())),
                            int(plot()->yAxis->coordToPixel(p.y())));
        const QRect box = plot()->readout()->geometry();
        QVERIFY(plot()->readout()->isVisible());
        QVERIFY2(plot()->axisRect()->rect().contains(box), "inside the plot area");
        // Beside the marker, not over it, and close: within 40 px of it on both axes.
        QVERIFY(!box.contains(marker));
        const int dx = std::max({box.left() - marker.x(), marker.x() - box.right(), 0});
        const int dy = std::max({box.top() - marker.y(), marker.y() - box.bottom(), 0});
        QVERIFY2(dx <= 40 && dy <= 40,
                 qPrintable(QString("%1, %2 px from the marker").arg(dx).arg(dy)));
    }
}

void TestUiTrace::cursorFollowsParameterChanges()
{
    model()->setCurrent(FunctionId::LeakyRelu);
    plot()->setFocus();
    QTest::keyClick(plot(), Qt::Key_Home);
    const double x = *plot()->cursorX();
    QVERIFY(x < 0);
    QCOMPARE(model()->setParameter(FunctionId::LeakyRelu, 0, 0.25), std::nullopt);
    QCOMPARE(*plot()->cursorX(), x); // it keeps its x
    const act::Parameters alpha{{0.25}};
    const act::Derivatives v = act::evaluate(FunctionId::LeakyRelu, alpha, x);
    QCOMPARE(v.f, 0.25 * x);
    QCOMPARE(plot()->cursorPoint().y(), v.f); // and follows the curve
    QVERIFY2(readout().contains(expectedLine("f", v.f)), qPrintable(readout()));
    QVERIFY2(readout().contains(expectedLine("f′", 0.25)), qPrintable(readout()));
    // Panning keeps its x while it stays in view.
    ViewRange view = model()->view();
    view.xMin -= 1;
    view.xMax -= 1;
    QCOMPARE(model()->setView(view), std::nullopt);
    QCOMPARE(*plot()->cursorX(), x);
    QVERIFY(plot()->isCursorShown());
}

void TestUiTrace::stepsStopAtJumps_data()
{
    QTest::addColumn<FunctionId>("function");
    QTest::addColumn<double>("jump");
    QTest::addColumn<QString>("symbol");
    QTest::addColumn<double>("value"); // the one-sided value core/README.md gives
    QTest::newRow("relu'(0) = 0") << FunctionId::Relu << 0.0 << "f′" << 0.0;
    QTest::newRow("leaky_relu'(0) = alpha") << FunctionId::LeakyRelu << 0.0 << "f′" << 0.01;
    QTest::newRow("elu'(0) = alpha, f'' jumps") << FunctionId::Elu << 0.0 << "f′" << 1.0;
    QTest::newRow("hardtanh'(-1) = 0") << FunctionId::Hardtanh << -1.0 << "f′" << 0.0;
    QTest::newRow("hardtanh'(1) = 0") << FunctionId::Hardtanh << 1.0 << "f′" << 0.0;
    QTest::newRow("hardswish'(3) = 3/2") << FunctionId::Hardswish << 3.0 << "f′" << 1.5;
}

void TestUiTrace::stepsStopAtJumps()
{
    QFETCH(FunctionId, function);
    QFETCH(double, jump);
    QFETCH(QString, symbol);
    QFETCH(double, value);
    model()->setCurrent(function);
    ViewRange view = model()->view();
    view.xMin = -5.0107; // steps from here land on no jump by chance
    view.xMax = 5.0213;
    QCOMPARE(model()->setView(view), std::nullopt);
    plot()->setFocus();
    for (Qt::Key key : {Qt::Key_Right, Qt::Key_Left}) {
        QTest::keyClick(plot(), key == Qt::Key_Right ? Qt::Key_Home : Qt::Key_End);
        bool stopped = false;
        for (int i = 0; i < 400 && !stopped; ++i) {
            QTest::keyClick(plot(), key, Qt::ShiftModifier);
            stopped = *plot()->cursorX() == jump;
            if (key == Qt::Key_Right ? *plot()->cursorX() > jump : *plot()->cursorX() < jump) break;
        }
        QVERIFY2(stopped, qPrintable(QString("passed %1 at %2").arg(jump).arg(*plot()->cursorX())));
        const QString text = readout();
        QVERIFY2(text.contains(expectedLine(symbol, value)), qPrintable(text));
        QVERIFY2(text.contains("jumps here"), qPrintable(text));
        QVERIFY2(!text.contains("nan", Qt::CaseInsensitive), qPrintable(text));
        const act::Derivatives v = act::evaluate(function, model()->parameters(function), jump);
        QCOMPARE(v.d1, value); // the convention, straight from the core
    }
}

void TestUiTrace::upAndDownSwitchTheTracedCurve()
{
    model()->setCurrent(FunctionId::Gelu);
    model()->setOverlaid(FunctionId::Relu, true);
    model()->setOverlaid(FunctionId::Tanh, true);
    plot()->setFocus();
    QTest::keyClick(plot(), Qt::Key_Home);
    const double x = *plot()->cursorX();
    QCOMPARE(plot()->tracedFunction(), FunctionId::Gelu);
    QTest::keyClick(plot(), Qt::Key_Down);
    QCOMPARE(plot()->tracedFunction(), FunctionId::Relu);
    QVERIFY2(readout().startsWith("ReLU "), qPrintable(readout()));
    QCOMPARE(plot()->cursorPoint().y(), 0.0); // relu at x < 0
    QTest::keyClick(plot(), Qt::Key_Down);
    QCOMPARE(plot()->tracedFunction(), FunctionId::Tanh);
    QCOMPARE(plot()->cursorPoint().y(), std::tanh(x));
    QTest::keyClick(plot(), Qt::Key_Down); // around to the current function
    QCOMPARE(plot()->tracedFunction(), FunctionId::Gelu);
    QTest::keyClick(plot(), Qt::Key_Up);
    QCOMPARE(plot()->tracedFunction(), FunctionId::Tanh);
    QCOMPARE(*plot()->cursorX(), x);
    // An overlay that is no longer plotted hands the cursor back to the current function.
    model()->setOverlaid(FunctionId::Tanh, false);
    QCOMPARE(plot()->tracedFunction(), FunctionId::Gelu);
    QVERIFY2(readout().startsWith("GELU "), qPrintable(readout()));
}

void TestUiTrace::hoverPutsTheReadoutByThePointer()
{
    model()->setCurrent(FunctionId::Gelu);
    const QRect area = plot()->axisRect()->rect();
    const QPoint at(area.left() + area.width() / 4, area.top() + area.height() / 3);
    QMouseEvent move(QEvent::MouseMove, at, plot()->mapToGlobal(at), Qt::NoButton, Qt::NoButton,
                     Qt::NoModifier);
    QCoreApplication::sendEvent(plot(), &move);
    QVERIFY(plot()->readout()->isVisible());
    const double x = plot()->xAxis->pixelToCoord(at.x());
    QCOMPARE(*plot()->cursorX(), x);
    const QRect box = plot()->readout()->geometry();
    const int dx = std::max({box.left() - at.x(), at.x() - box.right(), 0});
    const int dy = std::max({box.top() - at.y(), at.y() - box.bottom(), 0});
    QVERIFY(!box.contains(at) && dx <= 40 && dy <= 40);
    const act::Derivatives v = act::evaluate(FunctionId::Gelu, {}, x);
    QVERIFY2(readout().contains(expectedLine("f", v.f)), qPrintable(readout()));
    QEvent leave(QEvent::Leave);
    QCoreApplication::sendEvent(plot(), &leave);
    QVERIFY(!plot()->readout()->isVisible()); // the plot has no focus: the cursor goes
    QVERIFY(m_window->findChild<QLabel *>("hoverReadout")->text().isEmpty());
}

void TestUiTrace::presentationArrowsStepWhenThePlotIsNotFocused()
{
    m_window->setPresenting(true);
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    const CurveId first = model()->current();
    plot()->setFocus();
    QVERIFY(plot()->hasFocus());
    const double x = *plot()->cursorX();
    QTest::keyClick(plot(), Qt::Key_Right);
    QCOMPARE(model()->current(), first); // the focused plot traces
    QVERIFY(*plot()->cursorX() > x);
    m_window->functionList()->setFocus();
    QTest::keyClick(m_window->functionList(), Qt::Key_Right);
    QVERIFY(model()->current() != first); // elsewhere the arrows step like slides
    QTest::keyClick(m_window->functionList(), Qt::Key_Left);
    QCOMPARE(model()->current(), first);
    m_window->setPresenting(false);
    // The shortcuts dialog states the rule.
    const QString help = plain(ShortcutsDialog::shortcutsHtml(m_window->allActions()));
    QVERIFY2(help.contains("While the plot has focus, ← and → move its trace cursor"),
             qPrintable(help));
}

void TestUiTrace::numbersNeverReadNan_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("text");
    QTest::newRow("negative") << -0.5 << "−0.5";
    QTest::newRow("negative zero") << -0.0 << "0";
    QTest::newRow("small") << 1.25e-7 << "1.25e−07"; // the exponent's minus too
    QTest::newRow("six digits") << 2.0 / 3.0 << "0.666667";
    QTest::newRow("nan") << std::nan("") << "undefined";
    QTest::newRow("+inf") << HUGE_VAL << "∞";
    QTest::newRow("-inf") << -HUGE_VAL << "−∞";
}

void TestUiTrace::numbersNeverReadNan()
{
    QFETCH(double, value);
    QFETCH(QString, text);
    QCOMPARE(TraceReadout::number(value), text);
}

QTEST_MAIN(TestUiTrace)
#include "test_ui_trace.moc"
