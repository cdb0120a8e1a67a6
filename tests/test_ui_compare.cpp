// View ▸ Compare With in the real window: choosing GELU (tanh) draws GELU − GELU (tanh) in a
// panel of its own beneath the plot (values checked against erfc/tanh in long double), reads out
// the largest |difference| in view, follows the view and the parameters, is one undo step, and
// Stop Comparing removes the panel. The legend names each line once.
#include "Comparison.h"
#include "LiveLabel.h"
#include "MainWindow.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "WidgetColours.h"
#include "support/Compare.h"
#include "support/Settings.h"


#include <QMenu>
#include <QMenuBar>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using act::FunctionId;

namespace {

long double differenceReference(long double x)
{
    const long double k = std::sqrt(2.0L / 3.14159265358979323846264338327950288L);
    return 0.5L * x * std::erfc(-x / std::sqrt(2.0L)) -
           0.5L * x * (1.0L + std::tanh(k * (x + 0.044715L * x * x * x)));
}

QAction *compareAction(MainWindow &window, CurveId curve)
{
    auto *menu = window.findChild<QMenu *>("compareWith");
    if (!menu) return nullptr;
    emit menu->aboutToShow(); // as opening it does
    for (QAction *a : menu->actions())
        if (a->objectName() == QStringLiteral("compareWith:%1").arg(curve.value())) return a;
    return nullptr;
}

} // namespace

class TestUiCompare : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_compare")); }
    void init() { testsupport::clearSettings(); }

    void comparingDrawsTheDifferenceBeneath()
    {
        MainWindow window;
        window.resize(1400, 900);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        SceneModel *model = window.model();
        model->setCurrent(FunctionId::Gelu);
        PlotView *plot = window.plotView();
        QVERIFY(!plot->differenceRect());
        auto *stop = window.findChild<QAction *>("stopComparing");
        QVERIFY(stop && !stop->isEnabled());

        QAction *self = compareAction(window, FunctionId::Gelu);
        QVERIFY(self && !self->isEnabled()); // not with itself
        QAction *tanh = compareAction(window, FunctionId::GeluTanh);
        QVERIFY(tanh && tanh->isEnabled());
        tanh->trigger();
        QCOMPARE(model->comparison(), CurveId(FunctionId::GeluTanh));
        QVERIFY(stop->isEnabled());
        QVERIFY(plot->differenceRect());
        // Beneath the plot, on its own y axis, at the plot's x range.
        QTest::qWait(50); // the queued frame lays the panel out
        QVERIFY(plot->differenceRect()->rect().top() > plot->axisRect()->rect().bottom());
        QCOMPARE(plot->differenceRect()->axis(QCPAxis::atBottom)->range(), plot->xAxis->range());
        const QCPRange y = plot->differenceRect()->axis(QCPAxis::atLeft)->range();
        QVERIFY2(y.upper < 1e-3 && y.lower > -1e-3, "the difference has a y axis to its scale");

        // Its values, against the reference.
        const auto data = plot->differenceGraph()->data();
        QVERIFY(data->size() > 1000);
        int checked = 0;
        for (auto it = data->constBegin(); it < data->constEnd() - 97; it += 97, ++checked)
            // Both values are near x: the difference can be off by an ulp of x.
            QVERIFY2(std::abs(it->value - double(differenceReference(it->key))) <
                         1e-15 * std::max(1.0, std::abs(it->key)),
                     qPrintable(QString::number(it->key, 'g', 17) + " " +
                                QString::number(it->value - double(differenceReference(it->key)),
                                                'g', 3)));
        QVERIFY(checked > 10);

        // The readout and the marker: the largest |difference| in view, about 4.7e-4 at ±2.7.
        QString text = plot->differenceReadout();
        QVERIFY2(
            text.startsWith(QStringLiteral("max |GELU − GELU (tanh approx.)| = 4.7×10⁻⁴ at x = ")),
            qPrintable(text));
        QCOMPARE(plot->differenceMarker()->data()->size(), 1);
        const double markX = plot->differenceMarker()->data()->constBegin()->key;
        COMPARE_CLOSE(std::abs(markX), 2.70, 0.01);

        // A column-wide figure breaks the readout into two lines; the readout itself is one.
        auto *shown = plot->findChild<QCPTextElement *>("differenceReadout");
        QVERIFY(shown && !shown->text().contains(QLatin1Char('\n')));
        plot->placeLegendForFigure(QSize(300, 220));
        QVERIFY(shown->text().contains(QLatin1Char('\n')));
        QCOMPARE(QString(shown->text()).replace(QLatin1Char('\n'), QLatin1Char(' ')), text);
        plot->placeLegendForFigure(plot->size());
        QVERIFY(!shown->text().contains(QLatin1Char('\n')));
        // The plot's own x axis leaves its labels to the panel's.
        QVERIFY(!plot->xAxis->tickLabels());

        // A view with only the inner bumps in it: the readout follows.
        ViewRange view = model->view();
        view.xMin = -2.0;
        view.xMax = 0.5;
        QVERIFY(!model->setView(view));
        text = plot->differenceReadout();
        long double refX = 0, ref = 0;
        for (int i = 0; i <= 250000; ++i) {
            const long double x = -2.0L + 2.5L * i / 250000;
            if (std::fabs(differenceReference(x)) > ref)
                ref = std::fabs(differenceReference(x)), refX = x;
        }
        QCOMPARE(text, QStringLiteral("max |GELU − GELU (tanh approx.)| = %1 at x = %2")
                           .arg(formatReadoutNumber(double(ref), 2),
                                formatReadoutNumber(double(refX), 3)));
        QVERIFY2(text.endsWith(QStringLiteral("2.3×10⁻⁴ at x = −1.36")), qPrintable(text));
        QCOMPARE(plot->differenceRect()->axis(QCPAxis::atBottom)->range().lower, -2.0);

        // Undo takes it away in one step, redo brings it back.
        QCOMPARE(window.undoStack()->undoText(),
                 QStringLiteral("Compare with GELU (tanh approx.)"));
        window.undoStack()->undo();
        QVERIFY(!model->comparison());
        QVERIFY(!plot->differenceRect());
        window.undoStack()->redo();
        QVERIFY(plot->differenceRect());

        stop->trigger();
        QVERIFY(!model->comparison());
        QVERIFY(!plot->differenceRect());
        QVERIFY(plot->differenceReadout().isEmpty());
        QVERIFY(!stop->isEnabled());
    }

    void parametersMoveTheDifference()
    {
        MainWindow window;
        window.show();
        SceneModel *model = window.model();
        model->setCurrent(FunctionId::LeakyRelu);
        QVERIFY(!model->setParameter(FunctionId::LeakyRelu, 0, 0.25));
        compareAction(window, FunctionId::Relu)->trigger();
        PlotView *plot = window.plotView();
        ViewRange view = model->view();
        view.xMin = -4.0;
        view.xMax = 2.0;
        QVERIFY(!model->setView(view));
        // leaky − ReLU = α·x for x < 0: largest at the left edge, α·4 there.
        QCOMPARE(plot->differenceReadout(),
                 QStringLiteral("max |Leaky ReLU − ReLU| = 1 at x = −4"));
        QVERIFY(!model->setParameter(FunctionId::LeakyRelu, 0, 0.05));
        QCOMPARE(plot->differenceReadout(),
                 QStringLiteral("max |Leaky ReLU − ReLU| = 0.2 at x = −4"));
    }

    // Not the comparison, but beside it in the window: inline colours of rich text follow
    // the theme (a light gray or dark red on a dark window would not read).
    void inlineColoursFollowTheTheme()
    {
        MainWindow window;
        window.show();
        SceneModel *model = window.model();
        model->setCurrent(FunctionId::LeakyRelu);
        QVERIFY(!model->setParameter(FunctionId::LeakyRelu, 0, 0.3)); // "(faint: the default …)"
        const auto faintText = [&window] {
            for (LiveLabel *label : window.findChildren<LiveLabel *>())
                if (label->text().contains(QStringLiteral("faint"))) return label->text();
            return QString();
        };
        model->setTheme(SceneTheme::Light);
        QTRY_VERIFY(faintText().contains(QStringLiteral("color:gray")));
        model->setTheme(SceneTheme::Dark);
        QTRY_VERIFY(!faintText().isEmpty() && !faintText().contains(QStringLiteral("color:gray")));
        const QString dark = widgetcolours::themedHtml(
            "<span style='color:#b00020'>x</span><span style='color:#b35900'>y</span>",
            window.palette());
        QVERIFY(!dark.contains("#b00020") && !dark.contains("#b35900"));
        QVERIFY(dark.contains(widgetcolours::kErrorOnDark.name()));
        model->setTheme(SceneTheme::Light);
    }

    void legendNamesEachLineOnce()
    {
        MainWindow window;
        window.show();
        SceneModel *model = window.model();
        model->setCurrent(FunctionId::Gelu);
        model->setOrderShown(1, false);
        PlotView *plot = window.plotView();
        QCoreApplication::processEvents();
        QStringList names;
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
                names << item->plottable()->name();
        QCOMPARE(names, QStringList{QStringLiteral("GELU")});
        model->setOrderShown(1, true);
        names.clear();
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
                names << item->plottable()->name();
        QCOMPARE(names, (QStringList{QStringLiteral("GELU"), QStringLiteral("GELU′")}));
        // Two functions: the line-style key, then one entry per function.
        model->setOverlaid(FunctionId::Relu, true);
        names.clear();
        for (int i = 0; i < plot->legend->itemCount(); ++i)
            if (auto *item = qobject_cast<QCPPlottableLegendItem *>(plot->legend->item(i)))
                names << item->plottable()->name();
        QCOMPARE(names, (QStringList{QStringLiteral("f(x)"), QStringLiteral("f′(x)"),
                                     QStringLiteral("GELU"), QStringLiteral("ReLU")}));
    }
};

QTEST_MAIN(TestUiCompare)
#include "test_ui_compare.moc"
