// The softmax panel: the bars are the core's probabilities for whatever the user typed or
// dragged, and refused entries leave the last valid bars in place.
#include "LiveLabel.h"
#include "MainWindow.h"
#include "SceneModel.h"
#include "SoftmaxView.h"
#include "softmax.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSlider>
#include <QTest>

#include <qcustomplot.h>

#include <cmath>
#include <vector>

namespace {

bool fuzzyEqual(double actual, double expected, double tolerance = 1e-12)
{
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

std::vector<double> barValues(const SoftmaxView *view)
{
    std::vector<double> values;
    for (auto it = view->bars()->data()->constBegin(); it != view->bars()->data()->constEnd(); ++it)
        values.push_back(it->value);
    return values;
}

void typeInto(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    if (text.isEmpty())
        QTest::keyClick(edit, Qt::Key_Backspace);
    else
        QTest::keyClicks(edit, text);
}

// The bars sum to 1 and are the core's softmax of `logits` at the model's temperature.
void verifyBars(const SoftmaxView *view, const std::vector<double> &logits, double temperature)
{
    std::vector<double> expected(logits.size());
    QCOMPARE(act::softmax(logits, temperature, expected), act::SoftmaxError::None);
    const std::vector<double> bars = barValues(view);
    QCOMPARE(bars.size(), logits.size());
    double sum = 0.0;
    for (std::size_t i = 0; i < bars.size(); ++i) {
        QVERIFY2(fuzzyEqual(bars[i], expected[i]),
                 qPrintable(QString("class %1: %2 vs %3").arg(i).arg(bars[i]).arg(expected[i])));
        sum += bars[i];
    }
    QVERIFY(fuzzyEqual(sum, 1.0, 1e-12));
}

} // namespace

class TestUiSoftmax : public QObject
{
    Q_OBJECT

private slots:
    void typedLogitsGiveCoreBars_data();
    void typedLogitsGiveCoreBars();
    void invalidEntriesAreRefused_data();
    void invalidEntriesAreRefused();
    void temperatureFollowsSliderAndSpinBox_data();
    void temperatureFollowsSliderAndSpinBox();
    void classesCanBeAddedAndRemoved();
    void presetsLoadTheSourceCases();
    void reluBeforeSoftmaxMergesNegativeLogits();
};

void TestUiSoftmax::typedLogitsGiveCoreBars_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("small edit") << 1 << "2.5" << 2.5;
    QTest::newRow("negative") << 0 << "-4" << -4.0;
    QTest::newRow("large logit") << 2 << "1000" << 1000.0;
    QTest::newRow("large negative") << 0 << "-750" << -750.0;
    QTest::newRow("exponent") << 1 << "1e2" << 100.0;
}

void TestUiSoftmax::typedLogitsGiveCoreBars()
{
    QFETCH(int, index);
    QFETCH(QString, text);
    QFETCH(double, value);
    MainWindow window;
    SoftmaxView *view = window.softmaxView();
    typeInto(view->logitEdit(index), text);
    QCOMPARE(window.model()->logits().at(static_cast<std::size_t>(index)), value);
    QVERIFY(view->message()->isHidden());
    verifyBars(view, window.model()->logits(), window.model()->temperature());
}

void TestUiSoftmax::invalidEntriesAreRefused_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("text") << "abc";
    QTest::newRow("NaN") << "nan";
    QTest::newRow("infinity") << "inf";
    QTest::newRow("empty") << "";
    QTest::newRow("leading junk") << "x1.5";
    QTest::newRow("double minus") << "--1";
}

void TestUiSoftmax::invalidEntriesAreRefused()
{
    QFETCH(QString, text);
    MainWindow window;
    SoftmaxView *view = window.softmaxView();
    typeInto(view->logitEdit(0), "2");
    const std::vector<double> valid = window.model()->logits();
    const std::vector<double> bars = barValues(view);

    typeInto(view->logitEdit(0), text);
    QVERIFY(!view->message()->isHidden());
    QVERIFY(!view->message()->text().isEmpty());
    QCOMPARE(window.model()->logits(), valid);
    QCOMPARE(barValues(view), bars);
}

void TestUiSoftmax::temperatureFollowsSliderAndSpinBox_data()
{
    QTest::addColumn<bool>("bySlider");
    QTest::addColumn<double>("temperature");
    QTest::newRow("slider, cold") << true << 0.0;
    QTest::newRow("slider, hot") << true << 0.0;
    QTest::newRow("spin box 0.25") << false << 0.25;
    QTest::newRow("spin box 5") << false << 5.0;
}

void TestUiSoftmax::temperatureFollowsSliderAndSpinBox()
{
    QFETCH(bool, bySlider);
    QFETCH(double, temperature);
    MainWindow window;
    SoftmaxView *view = window.softmaxView();
    if (bySlider) {
        const int position = QTest::currentDataTag() == QByteArray("slider, cold") ? 100 : 900;
        view->temperatureSlider()->setValue(position);
        temperature = SoftmaxView::temperatureAt(position);
        QVERIFY(std::abs(view->temperatureSpinBox()->value() - temperature) < 1e-3);
    } else {
        view->temperatureSpinBox()->setValue(temperature);
        QCOMPARE(view->temperatureSlider()->value(), SoftmaxView::temperaturePosition(temperature));
    }
    QCOMPARE(window.model()->temperature(), temperature);
    verifyBars(view, window.model()->logits(), temperature);
}

void TestUiSoftmax::classesCanBeAddedAndRemoved()
{
    MainWindow window;
    SoftmaxView *view = window.softmaxView();
    auto *add = view->findChild<QPushButton *>("addLogit");
    QVERIFY(add);
    while (window.model()->logits().size() < SceneModel::kMaxClasses)
        QTest::mouseClick(add, Qt::LeftButton);
    QVERIFY(!add->isEnabled());
    QCOMPARE(view->bars()->dataCount(), SceneModel::kMaxClasses);
    verifyBars(view, window.model()->logits(), 1.0);

    auto *remove = view->findChild<QWidget *>("removeLogit:0");
    QVERIFY(remove);
    while (window.model()->logits().size() > SceneModel::kMinClasses) {
        QTest::mouseClick(view->findChild<QWidget *>("removeLogit:0"), Qt::LeftButton);
    }
    QVERIFY(!view->findChild<QWidget *>("removeLogit:0")->isEnabled());
    QCOMPARE(view->bars()->dataCount(), SceneModel::kMinClasses);
    verifyBars(view, window.model()->logits(), 1.0);
}

void TestUiSoftmax::presetsLoadTheSourceCases()
{
    MainWindow window;
    SoftmaxView *view = window.softmaxView();
    const std::vector<std::vector<double>> expected = {
        {3.0, 0.7, 0.5}, {1.2, 1.0, 1.5}, {1.5, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2, 1.2}};
    for (int i = 0; i < 3; ++i) {
        QTest::mouseClick(view->findChild<QPushButton *>(QString("preset:%1").arg(i)),
                          Qt::LeftButton);
        QCOMPARE(window.model()->logits(), expected[static_cast<std::size_t>(i)]);
        verifyBars(view, expected[static_cast<std::size_t>(i)], 1.0);
        QCOMPARE(view->logitEdit(0)->text(),
                 QString::number(expected[static_cast<std::size_t>(i)][0]));
    }
    QVERIFY(view->statistics()->text().contains("entropy"));
}

void TestUiSoftmax::reluBeforeSoftmaxMergesNegativeLogits()
{
    MainWindow window;
    SceneModel *model = window.model();
    model->setCurrent(act::FunctionId::Relu);
    QVERIFY(!model->setLogits({2.0, -0.5, -3.0}));
    window.softmaxView()->findChild<QCheckBox *>("applyActivation")->setChecked(true);
    QVERIFY(model->appliesActivation());
    verifyBars(window.softmaxView(), {2.0, 0.0, 0.0}, 1.0);
    const std::vector<double> bars = barValues(window.softmaxView());
    QCOMPARE(bars[1], bars[2]); // the order of the negative logits is gone
    QVERIFY(window.softmaxView()
                ->findChild<LiveLabel *>("transformedLogits")
                ->text()
                .contains("indistinguishable"));
}

QTEST_MAIN(TestUiSoftmax)
#include "test_ui_softmax.moc"
