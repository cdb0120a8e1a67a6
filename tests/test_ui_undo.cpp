// Undo and redo in the real window, one step per gesture: a slider drag from press to release,
// each typed value committed with Enter, typing into a logit until it is committed, opening a
// scene file; Ctrl+Z and Ctrl+Shift+Z work wherever the focus is.
#include "MainWindow.h"
#include "NumberField.h"
#include "ParameterPanel.h"
#include "ParameterRow.h"
#include "PlotView.h"
#include "Scene.h"
#include "SceneModel.h"
#include "SoftmaxView.h"
#include "support/Settings.h"
#include "support/Typing.h"

#include <QAction>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QSlider>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <memory>

using act::FunctionId;
using testsupport::typeInto;

namespace {

void pressUndo(QWidget *focus)
{
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier);
}

void pressRedo(QWidget *focus)
{
    QTest::keyClick(focus, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
}

} // namespace

class TestUiUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_undo")); }
    void init()
    {
        testsupport::clearSettings();
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    void undoAndRedoAParameter();
    void sliderDragIsOneUndoStep();
    void eachTypedValueIsOneStep();
    void typingALogitIsOneStep();
    void temperatureDragIsOneStep();
    void undoFunctionAndOverlayChanges();
    void openingASceneIsOneUndoStep();
    void panningIsNotHistory();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUiUndo::undoAndRedoAParameter()
{
    MainWindow window;
    window.model()->setCurrent(FunctionId::Elu);
    window.undoStack()->clear();
    const double old = window.model()->parameters(FunctionId::Elu).values[0];
    window.parameterPanel()->rows().at(0)->spinBox()->setValue(1.75);
    QCOMPARE(window.model()->parameters(FunctionId::Elu).values[0], 1.75);
    QCOMPARE(window.undoStack()->count(), 1);

    window.findChild<QAction *>("undo")->trigger();
    QCOMPARE(window.model()->parameters(FunctionId::Elu).values[0], old);
    QCOMPARE(window.undoStack()->count(), 1); // undoing records nothing
    QCOMPARE(window.parameterPanel()->rows().at(0)->spinBox()->value(), old);
    window.findChild<QAction *>("redo")->trigger();
    QCOMPARE(window.model()->parameters(FunctionId::Elu).values[0], 1.75);
    QCOMPARE(window.model()->current(), FunctionId::Elu);
}

void TestUiUndo::sliderDragIsOneUndoStep()
{
    MainWindow window;
    window.model()->setCurrent(FunctionId::LeakyRelu);
    window.undoStack()->clear();
    const double old = window.model()->parameters(FunctionId::LeakyRelu).values[0];
    QSlider *slider = window.parameterPanel()->rows().at(0)->slider();
    slider->setSliderDown(true);
    const int start = slider->value();
    for (int step = 1; step <= 60; ++step)
        slider->setValue(std::min(slider->maximum(), start + step * 5));
    slider->setSliderDown(false);
    QVERIFY(window.model()->parameters(FunctionId::LeakyRelu).values[0] != old);
    QCOMPARE(window.undoStack()->count(), 1);

    // Releasing the slider ended the drag: the next one is a step of its own.
    const double afterFirst = window.model()->parameters(FunctionId::LeakyRelu).values[0];
    slider->setSliderDown(true);
    for (int step = 1; step <= 10; ++step)
        slider->setValue(slider->value() - 3);
    QCOMPARE(window.undoStack()->count(), 1); // nothing is recorded until the release
    slider->setSliderDown(false);
    QCOMPARE(window.undoStack()->count(), 2);
    window.undoStack()->undo();
    QCOMPARE(window.model()->parameters(FunctionId::LeakyRelu).values[0], afterFirst);
    QCOMPARE(window.undoStack()->count(), 2);
    window.undoStack()->setIndex(1);

    // Another parameter's change is a step of its own.
    window.model()->setOrderShown(2, true);
    QCOMPARE(window.undoStack()->count(), 2);
    window.undoStack()->undo();
    QCOMPARE(window.model()->isOrderShown(2), false);
    window.undoStack()->undo();
    QCOMPARE(window.model()->parameters(FunctionId::LeakyRelu).values[0], old);
    QVERIFY(!window.undoStack()->canUndo());
}

void TestUiUndo::undoFunctionAndOverlayChanges()
{
    MainWindow window;
    const CurveId first = window.model()->current();
    window.model()->setCurrent(FunctionId::Sigmoid);
    window.model()->setOverlaid(FunctionId::Tanh, true);
    QCOMPARE(window.undoStack()->count(), 2);
    window.undoStack()->undo();
    QVERIFY(!window.model()->isOverlaid(FunctionId::Tanh));
    QCOMPARE(window.model()->current(), FunctionId::Sigmoid);
    window.undoStack()->undo();
    QCOMPARE(window.model()->current(), first);
    window.undoStack()->redo();
    window.undoStack()->redo();
    QCOMPARE(window.model()->current(), FunctionId::Sigmoid);
    QVERIFY(window.model()->isOverlaid(FunctionId::Tanh));
}

void TestUiUndo::openingASceneIsOneUndoStep()
{
    MainWindow window;
    SceneModel *model = window.model();
    model->setCurrent(FunctionId::Selu);
    model->setOverlaid(FunctionId::Sigmoid, true);
    QVERIFY(!model->setLogits({2.0, -1.0, 0.25, 4.0}));
    window.plotView()->xAxis->setRange(-3.5, 2.25);
    window.plotView()->yAxis->setRange(-2.0, 3.0);
    const QString path = m_dir->filePath("lesson.actscene");
    QCOMPARE(window.saveScene(path), std::nullopt);
    const Scene inFile = window.model()->scene();

    // Something else on screen, with history of its own.
    model->setOverlaid(FunctionId::Sigmoid, false);
    model->setCurrent(FunctionId::Mish);
    QVERIFY(!model->setParameter(FunctionId::Selu, 0, 1.25));
    QVERIFY(!model->setTemperature(0.5));
    window.plotView()->xAxis->setRange(-10.0, 10.0);
    window.plotView()->yAxis->setRange(-1.0, 9.0);
    const Scene before = window.model()->scene();
    const int steps = window.undoStack()->count();
    QVERIFY(steps >= 4);

    QCOMPARE(window.openScene(path), std::nullopt);
    QVERIFY(window.model()->scene() == inFile);
    QCOMPARE(window.undoStack()->count(), steps + 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Open lesson.actscene"));
    QCOMPARE(window.findChild<QAction *>("undo")->isEnabled(), true);

    // One undo brings back everything, the view included; the older steps are still there.
    window.findChild<QAction *>("undo")->trigger();
    QVERIFY(window.model()->scene() == before);
    QCOMPARE(window.plotView()->xAxis->range().lower, -10.0);
    QCOMPARE(window.plotView()->yAxis->range().upper, 9.0);
    QCOMPARE(model->parameters(FunctionId::Selu).values[0], 1.25);
    window.undoStack()->undo();
    QCOMPARE(model->temperature(), 1.0);

    window.undoStack()->redo();
    window.findChild<QAction *>("redo")->trigger();
    QVERIFY(window.model()->scene() == inFile);
    QCOMPARE(model->logits(), std::vector<double>({2.0, -1.0, 0.25, 4.0}));

    // Opening the scene that is already on screen adds no empty step.
    QCOMPARE(window.openScene(path), std::nullopt);
    QCOMPARE(window.undoStack()->count(), steps + 1);

    // A change after opening is a step of its own on top.
    model->setCurrent(FunctionId::Tanh);
    QCOMPARE(window.undoStack()->count(), steps + 2);
    window.undoStack()->undo();
    Scene back = window.model()->scene();
    back.view = inFile.view; // undoing a function change fits the view to the function
    QVERIFY(back == inFile);
}

void TestUiUndo::eachTypedValueIsOneStep()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.model()->setCurrent(FunctionId::Elu);
    window.undoStack()->clear();
    QDoubleSpinBox *alpha = window.parameterPanel()->rows().at(0)->spinBox();
    const double old = window.model()->parameters(FunctionId::Elu).values[0];

    typeInto(alpha, QStringLiteral("1.5"));
    QCOMPARE(window.model()->parameters(FunctionId::Elu).values[0], 1.5);
    typeInto(alpha, QStringLiteral("2"));
    QCOMPARE(window.model()->parameters(FunctionId::Elu).values[0], 2.0);
    QCOMPARE(window.undoStack()->count(), 2);

    // The field still has the focus: Ctrl+Z is the window's, one typed value at a time.
    QVERIFY(alpha->hasFocus());
    pressUndo(alpha);
    QCOMPARE(window.model()->parameters(FunctionId::Elu).values[0], 1.5);
    QCOMPARE(alpha->value(), 1.5);
    pressUndo(alpha);
    QCOMPARE(window.model()->parameters(FunctionId::Elu).values[0], old);
    pressRedo(alpha);
    QCOMPARE(window.model()->parameters(FunctionId::Elu).values[0], 1.5);
}

void TestUiUndo::typingALogitIsOneStep()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    window.undoStack()->clear();
    QLineEdit *logit = window.softmaxView()->logitEdit(0);
    const double old = window.model()->logits()[0];

    // The bars follow every key, yet the whole entry is one step.
    logit->setFocus();
    logit->selectAll();
    QTest::keyClicks(logit, QStringLiteral("-2.25"));
    QCOMPARE(window.model()->logits()[0], -2.25);
    QCOMPARE(window.undoStack()->count(), 0); // not committed yet
    QTest::keyClick(logit, Qt::Key_Return);
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Change logit 1"));

    // A second entry, committed by leaving the field, is a second step.
    logit->selectAll();
    QTest::keyClicks(logit, QStringLiteral("0.5"));
    window.softmaxView()->logitEdit(1)->setFocus();
    QCOMPARE(window.undoStack()->count(), 2);

    pressUndo(window.softmaxView()->logitEdit(1));
    QCOMPARE(window.model()->logits()[0], -2.25);
    pressUndo(window.softmaxView()->logitEdit(1));
    QCOMPARE(window.model()->logits()[0], old);
    QCOMPARE(window.softmaxView()->logitEdit(0)->text(), QStringLiteral("3"));
}

void TestUiUndo::temperatureDragIsOneStep()
{
    MainWindow window;
    window.undoStack()->clear();
    QSlider *slider = window.softmaxView()->temperatureSlider();
    const double old = window.model()->temperature();
    slider->setSliderDown(true);
    for (int step = 1; step <= 40; ++step)
        slider->setValue(slider->value() + 5);
    slider->setSliderDown(false);
    QVERIFY(window.model()->temperature() > old);
    QCOMPARE(window.undoStack()->count(), 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Change temperature"));
    window.undoStack()->undo();
    QCOMPARE(window.model()->temperature(), old);

    // A drag that ends where it began leaves nothing to undo.
    const int start = slider->value();
    slider->setSliderDown(true);
    slider->setValue(start + 50);
    slider->setValue(start);
    slider->setSliderDown(false);
    QCOMPARE(window.undoStack()->index(), 0);
}

void TestUiUndo::panningIsNotHistory()
{
    MainWindow window;
    window.model()->setCurrent(FunctionId::Tanh);
    window.undoStack()->clear();
    window.plotView()->xAxis->setRange(-1.0, 1.0);
    QCOMPARE(window.model()->view().xMin, -1.0); // the plot writes its view into the model
    QCOMPARE(window.undoStack()->count(), 0);
    // An undo that keeps the function keeps the view.
    QVERIFY(!window.model()->setParameters(FunctionId::Tanh, {}));
    window.model()->setOrderShown(2, true);
    window.undoStack()->undo();
    QCOMPARE(window.plotView()->xAxis->range().lower, -1.0);
}

QTEST_MAIN(TestUiUndo)
#include "test_ui_undo.moc"
