// The function list and the parameter and formula panels: built from the catalogue, refusing
// values outside a parameter's domain with a message.
#include "FormulaView.h"
#include "FunctionList.h"
#include "LiveLabel.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ParameterPanel.h"
#include "ParameterRow.h"
#include "PlotView.h"
#include "SceneModel.h"

#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTest>

#include <cmath>

using act::FunctionId;
Q_DECLARE_METATYPE(act::FunctionId)

class TestUiPanels : public QObject
{
    Q_OBJECT

private slots:
    void panelFollowsTheCatalogue();
    void outOfDomainValuesAreRefused_data();
    void outOfDomainValuesAreRefused();
    void resetAllRestoresDefaults();
    void typedValuesMayLeaveTheSliderRange();
    void upAndDownMoveThroughTheList();
    void formulaIsTypeset();
};

void TestUiPanels::panelFollowsTheCatalogue()
{
    MainWindow window;
    ParameterPanel *panel = window.parameterPanel();
    for (const act::FunctionSpec &spec : act::functions()) {
        window.model()->setCurrent(spec.id);
        QCOMPARE(panel->rows().size(), spec.parameters.size());
        QCOMPARE(panel->findChild<QLabel *>("noParameters")->isHidden(), !spec.parameters.empty());
        for (std::size_t i = 0; i < spec.parameters.size(); ++i) {
            ParameterRow *row = panel->rows()[i];
            QCOMPARE(row->objectName(),
                     "parameterRow:" + QString::fromUtf8(spec.parameters[i].key));
            QVERIFY(row->slider()->toolTip().contains(
                QString::fromUtf8(spec.parameters[i].description).toHtmlEscaped()));
            // The spin box shows four decimals.
            QVERIFY(std::abs(row->spinBox()->value() - spec.parameters[i].defaultValue) < 1e-4);
            QCOMPARE(row->sliderValue(row->slider()->minimum()), spec.parameters[i].sliderMin);
            QCOMPARE(row->sliderValue(row->slider()->maximum()), spec.parameters[i].sliderMax);
        }
    }
}

void TestUiPanels::outOfDomainValuesAreRefused_data()
{
    QTest::addColumn<FunctionId>("function");
    QTest::addColumn<int>("parameter");
    QTest::addColumn<QString>("typed");
    QTest::newRow("celu alpha 0") << FunctionId::Celu << 0 << "0";
    QTest::newRow("celu alpha negative") << FunctionId::Celu << 0 << "-1";
    QTest::newRow("hardtanh min above max") << FunctionId::Hardtanh << 0 << "2";
    QTest::newRow("hardtanh max below min") << FunctionId::Hardtanh << 1 << "-3";
    QTest::newRow("softshrink negative lambda") << FunctionId::Softshrink << 0 << "-0.5";
    QTest::newRow("rrelu lower above upper") << FunctionId::Rrelu << 0 << "0.9";
}

void TestUiPanels::outOfDomainValuesAreRefused()
{
    QFETCH(FunctionId, function);
    QFETCH(int, parameter);
    QFETCH(QString, typed);
    MainWindow window;
    window.model()->setCurrent(function);
    ParameterPanel *panel = window.parameterPanel();
    QDoubleSpinBox *spin = panel->rows().at(static_cast<std::size_t>(parameter))->spinBox();
    const act::Parameters before = window.model()->parameters(function);

    spin->selectAll();
    QTest::keyClicks(spin, typed);
    QTest::keyClick(spin, Qt::Key_Return);

    QCOMPARE(window.model()->parameters(function), before);
    QVERIFY(!panel->message()->isHidden());
    QVERIFY2(panel->message()->text().contains(QString::fromUtf8(
                 act::spec(function).parameters[static_cast<std::size_t>(parameter)].key)),
             qPrintable(panel->message()->text()));
    QCOMPARE(spin->value(), before.values[static_cast<std::size_t>(parameter)]);

    // A valid value afterwards clears the message.
    panel->rows()
        .at(static_cast<std::size_t>(parameter))
        ->slider()
        ->setValue(panel->rows().at(static_cast<std::size_t>(parameter))->slider()->value() + 1);
    QVERIFY(panel->message()->isHidden());
}

void TestUiPanels::resetAllRestoresDefaults()
{
    MainWindow window;
    window.model()->setCurrent(FunctionId::Selu);
    ParameterPanel *panel = window.parameterPanel();
    panel->rows().at(0)->slider()->setValue(100);
    panel->rows().at(1)->slider()->setValue(900);
    QVERIFY(!window.model()->isDefault(FunctionId::Selu));
    QTest::mouseClick(panel->findChild<QPushButton *>("resetAllParameters"), Qt::LeftButton);
    QCOMPARE(window.model()->parameters(FunctionId::Selu), act::defaults(FunctionId::Selu));
    QVERIFY(!window.plotView()->ghost(FunctionId::Selu, 0)->visible());
}

void TestUiPanels::typedValuesMayLeaveTheSliderRange()
{
    MainWindow window;
    window.model()->setCurrent(FunctionId::LeakyRelu);
    ParameterRow *row = window.parameterPanel()->rows().at(0);
    row->spinBox()->selectAll();
    QTest::keyClicks(row->spinBox(), "5");
    QTest::keyClick(row->spinBox(), Qt::Key_Return);
    QCOMPARE(window.model()->parameters(FunctionId::LeakyRelu).values[0], 5.0);
    QCOMPARE(row->slider()->value(), row->slider()->maximum());
    QVERIFY(window.parameterPanel()->message()->isHidden());
}

void TestUiPanels::upAndDownMoveThroughTheList()
{
    MainWindow window;
    FunctionList *list = window.functionList();
    SceneModel *model = window.model();
    model->setCurrent(FunctionId::Linear); // first entry of the first family
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(model->current(), FunctionId::Linear);
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(model->current(), FunctionId::Sigmoid);
    model->setCurrent(FunctionId::Tanhshrink); // last of "classic": Down crosses the header
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(model->current(), FunctionId::Relu);
    QTest::keyClick(list, Qt::Key_Up);
    QCOMPARE(model->current(), FunctionId::Tanhshrink);
    QCOMPARE(list->currentItem(), list->item(FunctionId::Tanhshrink));
}

void TestUiPanels::formulaIsTypeset()
{
    const QString sigmoid = FormulaView::toHtml("σ(x) = 1 / (1 + e^(−x))");
    QVERIFY(sigmoid.contains("<sup>"));
    QVERIFY(sigmoid.contains("<i>x</i>"));
    QVERIFY(sigmoid.contains("border-bottom")); // a fraction bar
    const QString relu = FormulaView::toHtml("f′(x) = 1 if x > 0, 0 if x ≤ 0");
    QVERIFY(relu.contains("{")); // cases
    QVERIFY(relu.contains("if <i>x</i> &gt; 0"));

    MainWindow window;
    window.model()->setCurrent(FunctionId::LeakyRelu);
    window.parameterPanel()->rows().at(0)->spinBox()->setValue(0.2);
    const QString values = window.formulaView()->findChild<LiveLabel *>("formulaValues")->text();
    QVERIFY2(values.contains("0.2"), qPrintable(values));
    const QString details = window.formulaView()->findChild<QLabel *>("formulaDetails")->text();
    QVERIFY(details.contains(
        QString::fromUtf8(act::spec(FunctionId::LeakyRelu).summary).toHtmlEscaped()));
}

QTEST_MAIN(TestUiPanels)
#include "test_ui_panels.moc"
