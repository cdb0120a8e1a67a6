// The softmax panel: the bars are the core's probabilities for whatever the user typed or
// dragged, and refused entries leave the last valid bars in place.
#include "LiveLabel.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ProbabilityChart.h"
#include "SceneModel.h"
#include "SoftmaxView.h"
#include "softmax.h"
#include "support/Compare.h"
#include "support/Events.h"

#include <QApplication>
#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSlider>
#include <QTest>

#include <qcustomplot.h>

#include <algorithm>
#include <cmath>
#include <optional>
#include <vector>

namespace {

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
        QVERIFY2(testsupport::relativelyClose(bars[i], expected[i], 1e-12),
                 qPrintable(QString("class %1: %2 vs %3").arg(i).arg(bars[i]).arg(expected[i])));
        sum += bars[i];
    }
    COMPARE_CLOSE(sum, 1.0, 1e-12);
}

// The application font scaled like presentation mode does it, and put back however the test
// ends.
class ScaledApplicationFont
{
public:
    explicit ScaledApplicationFont(double factor) : m_saved(QApplication::font())
    {
        QFont font = m_saved;
        if (font.pointSizeF() > 0)
            font.setPointSizeF(font.pointSizeF() * factor);
        else
            font.setPixelSize(qRound(font.pixelSize() * factor));
        QApplication::setFont(font);
    }
    ~ScaledApplicationFont() { QApplication::setFont(m_saved); }
    ScaledApplicationFont(const ScaledApplicationFont &) = delete;
    ScaledApplicationFont &operator=(const ScaledApplicationFont &) = delete;

private:
    QFont m_saved;
};

QRect rectIn(const QWidget *widget, const QWidget *ancestor)
{
    return QRect(widget->mapTo(ancestor, QPoint(0, 0)), widget->size());
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
    void overflowingActivationShowsNoBars();
    void panelLeavesTheTemperatureAlone();
    void toggleFollowsTheModel();
    void logitRowsKeepTheirHeight_data();
    void logitRowsKeepTheirHeight();
    void newProbabilitiesRedrawTheBarsAlone_data();
    void newProbabilitiesRedrawTheBarsAlone();
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

    const QColor normal = view->logitEdit(0)->palette().color(QPalette::Base);
    typeInto(view->logitEdit(0), text);
    QVERIFY(!view->message()->isHidden());
    QVERIFY(!view->message()->text().isEmpty());
    QCOMPARE(window.model()->logits(), valid);
    QCOMPARE(barValues(view), bars);
    // The refused entry stays, marked, until it is fixed.
    QCOMPARE(view->logitEdit(0)->text(), text);
    const QColor marked = view->logitEdit(0)->palette().color(QPalette::Base);
    QVERIFY(marked != normal);
    QVERIFY(marked.red() > marked.blue());
    typeInto(view->logitEdit(0), "1.5");
    QCOMPARE(window.model()->logits().front(), 1.5);
    QCOMPARE(view->logitEdit(0)->palette().color(QPalette::Base), normal);
    QVERIFY(view->message()->isHidden());
}

void TestUiSoftmax::temperatureFollowsSliderAndSpinBox_data()
{
    QTest::addColumn<int>("position"); // the slider's; -1: typed into the spin box
    QTest::addColumn<double>("temperature");
    QTest::newRow("slider, cold") << 100 << SoftmaxView::temperatureAt(100);
    QTest::newRow("slider, hot") << 900 << SoftmaxView::temperatureAt(900);
    QTest::newRow("spin box 0.25") << -1 << 0.25;
    QTest::newRow("spin box 5") << -1 << 5.0;
}

void TestUiSoftmax::temperatureFollowsSliderAndSpinBox()
{
    QFETCH(int, position);
    QFETCH(double, temperature);
    MainWindow window;
    SoftmaxView *view = window.softmaxView();
    if (position >= 0) {
        view->temperatureSlider()->setValue(position);
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
    // One click more than there is room for: the button must have stopped adding.
    const auto classes = [&window] { return static_cast<int>(window.model()->logits().size()); };
    for (int n = classes(); n <= SceneModel::kMaxClasses; ++n)
        QTest::mouseClick(add, Qt::LeftButton);
    QCOMPARE(classes(), SceneModel::kMaxClasses);
    QVERIFY(!add->isEnabled());
    QCOMPARE(view->bars()->dataCount(), SceneModel::kMaxClasses);
    verifyBars(view, window.model()->logits(), 1.0);

    auto *remove = view->findChild<QWidget *>("removeLogit:0");
    QVERIFY(remove);
    // One click more than there are classes to spare.
    for (int n = SceneModel::kMaxClasses; n >= SceneModel::kMinClasses; --n)
        QTest::mouseClick(view->findChild<QWidget *>("removeLogit:0"), Qt::LeftButton);
    QCOMPARE(classes(), SceneModel::kMinClasses);
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

void TestUiSoftmax::overflowingActivationShowsNoBars()
{
    MainWindow window;
    SceneModel *model = window.model();
    SoftmaxView *view = window.softmaxView();
    model->setCurrent(act::FunctionId::Linear);
    QVERIFY(!model->setParameter(act::FunctionId::Linear, 0, 3.0));
    view->findChild<QCheckBox *>("applyActivation")->setChecked(true);
    QVERIFY(!model->setLogit(0, 1e308)); // a valid logit, but 3 * 1e308 is infinite
    QVERIFY2(view->statistics()->text().contains("Linear sends a logit to infinity"),
             qPrintable(view->statistics()->text()));
    QCOMPARE(view->bars()->dataCount(), 0); // no bars rather than stale ones

    // Fewer classes while it overflows: every number shown is for the logits now there.
    QTest::mouseClick(view->findChild<QWidget *>("removeLogit:2"), Qt::LeftButton);
    QCOMPARE(model->logits().size(), std::size_t{2});
    QCOMPARE(model->softmax().inputs.size(), std::size_t{2});
    QCOMPARE(view->bars()->dataCount(), 0);

    QVERIFY(!model->setLogit(0, 1.0));
    QCOMPARE(view->bars()->dataCount(), 2);
    verifyBars(view, {3.0, 3.0 * model->logits()[1]}, 1.0);
    QVERIFY(view->statistics()->text().contains("Top class"));
}

void TestUiSoftmax::panelLeavesTheTemperatureAlone()
{
    // --export builds the panel on a model that already holds a scene's temperature.
    SceneModel model;
    QVERIFY(!model.setTemperature(2.0));
    SoftmaxView view(&model);
    QCOMPARE(model.temperature(), 2.0); // not the slider's nearest step, 2.0037...
    QCOMPARE(view.temperatureSpinBox()->value(), 2.0);
    QCOMPARE(view.temperatureSlider()->value(), SoftmaxView::temperaturePosition(2.0));
}

void TestUiSoftmax::toggleFollowsTheModel()
{
    MainWindow window;
    auto *toggle = window.softmaxView()->findChild<QCheckBox *>("applyActivation");
    QVERIFY(toggle);
    window.model()->setCurrent(act::FunctionId::Swish);
    QCOMPARE(toggle->text(), QStringLiteral("Apply Swish to the logits first"));
    window.model()->setApplyActivation(true); // as an opened scene or an undo would
    QVERIFY(toggle->isChecked());
    window.model()->setApplyActivation(false);
    QVERIFY(!toggle->isChecked());
}

void TestUiSoftmax::logitRowsKeepTheirHeight_data()
{
    QTest::addColumn<double>("fontFactor");   // of the application font, as presentation mode
    QTest::addColumn<int>("panelHeight");     // what the window gives the panel
    QTest::addColumn<int>("classes");         // logit rows
    QTest::addColumn<bool>("fontChangeLast"); // the font changes after the rows are rebuilt
    // Full screen at 1920x1080 with the side panels leaves the panel about 990 pixels; a
    // 1366x768 screen about 680.
    QTest::newRow("presenting, 1080p, 3 classes") << 1.6 << 990 << 3 << true;
    QTest::newRow("presenting, 768p, 3 classes") << 1.6 << 680 << 3 << true;
    QTest::newRow("presenting, short, 3 classes") << 1.6 << 600 << 3 << true;
    QTest::newRow("presenting, 1080p, 2 classes") << 1.6 << 990 << 2 << true;
    QTest::newRow("presenting, 1080p, 12 classes") << 1.6 << 990 << 12 << true;
    QTest::newRow("presenting, 768p, 12 classes") << 1.6 << 680 << 12 << true;
    QTest::newRow("presenting, 768p, 20 classes") << 1.6 << 680 << 20 << true;
    QTest::newRow("presenting, then 12 classes") << 1.6 << 680 << 12 << false;
    QTest::newRow("presenting, then 3 classes") << 1.6 << 680 << 3 << false;
    QTest::newRow("normal, 800p window, 3 classes") << 1.0 << 730 << 3 << true;
    QTest::newRow("normal, 800p window, 20 classes") << 1.0 << 730 << 20 << true;
    QTest::newRow("normal, short, 12 classes") << 1.0 << 500 << 12 << true;
}

// In a short panel with a large font every logit row keeps its natural height, the default
// three rows are all in view, more rows scroll, and the chart gets the rest.
void TestUiSoftmax::logitRowsKeepTheirHeight()
{
    QFETCH(double, fontFactor);
    QFETCH(int, panelHeight);
    QFETCH(int, classes);
    QFETCH(bool, fontChangeLast);

    // A window without a layout: the panel gets exactly this height, as in the main window's
    // splitter, and is squeezed if it needs more.
    QWidget window;
    window.resize(460, panelHeight);
    SceneModel model;
    auto &view = *new SoftmaxView(&model, &window);
    view.setGeometry(0, 0, 460, panelHeight);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    std::vector<double> logits;
    for (int i = 0; i < classes; ++i)
        logits.push_back(0.5 * i);
    std::optional<ScaledApplicationFont> font;
    if (!fontChangeLast) {
        font.emplace(fontFactor);
        testsupport::deliverPostedEvents();
    }
    QVERIFY(!model.setLogits(logits));
    QTRY_VERIFY(view.logitEdit(classes - 1)->isVisible());
    if (fontChangeLast) font.emplace(fontFactor);
    testsupport::deliverPostedEvents();

    // The panel fits where it is put: a large font does not make it need more than the screen.
    QVERIFY2(view.minimumSizeHint().height() <= panelHeight,
             qPrintable(QString("the panel needs %1 pixels").arg(view.minimumSizeHint().height())));
    auto *scroll = view.findChild<QScrollArea *>("logitScroll");
    QVERIFY(scroll);
    const QWidget *viewport = scroll->viewport();
    QVERIFY(!scroll->horizontalScrollBar()->isVisible());
    int previousBottom = -1;
    bool allInView = true;
    for (int i = 0; i < classes; ++i) {
        const QLineEdit *edit = view.logitEdit(i);
        const QSlider *slider = view.logitSlider(i);
        const QString row = QString("row %1").arg(i + 1);
        QVERIFY2(edit->isVisible() && slider->isVisible(), qPrintable(row));
        QVERIFY2(edit->height() >= edit->sizeHint().height(),
                 qPrintable(QString("%1: line edit %2 high, needs %3")
                                .arg(row)
                                .arg(edit->height())
                                .arg(edit->sizeHint().height())));
        QVERIFY2(slider->height() >= slider->sizeHint().height(),
                 qPrintable(QString("%1: slider %2 high, needs %3")
                                .arg(row)
                                .arg(slider->height())
                                .arg(slider->sizeHint().height())));
        const QRect editRect = rectIn(edit, viewport);
        const QRect sliderRect = rectIn(slider, viewport);
        QVERIFY2(editRect.top() > previousBottom && sliderRect.top() > previousBottom,
                 qPrintable(row + ": overlaps the row above"));
        previousBottom = std::max(editRect.bottom(), sliderRect.bottom());
        const bool inView =
            viewport->rect().contains(editRect) && viewport->rect().contains(sliderRect);
        if (i < 3)
            QVERIFY2(inView, qPrintable(QString("%1: (%2, %3) not within the %4 high viewport")
                                            .arg(row)
                                            .arg(editRect.top())
                                            .arg(editRect.bottom())
                                            .arg(viewport->height())));
        allInView = allInView && inView;
    }
    // Rows out of view can be scrolled to; all in view leave no idle space under them.
    QScrollBar *bar = scroll->verticalScrollBar();
    if (allInView) {
        QVERIFY(!bar->isVisible());
        QVERIFY2(viewport->height() - previousBottom <= view.logitEdit(0)->height(),
                 qPrintable(QString("rows end at %1 in a %2 high viewport")
                                .arg(previousBottom)
                                .arg(viewport->height())));
    } else {
        QVERIFY(bar->isVisible());
        QVERIFY(bar->maximum() > 0);
        bar->setValue(bar->maximum());
        QTRY_VERIFY2(viewport->rect().contains(rectIn(view.logitEdit(classes - 1), viewport)),
                     "the last row cannot be scrolled into view");
    }
    if (classes > 12) QVERIFY(bar->isVisible());
    QVERIFY(view.chart()->height() >= view.chart()->minimumHeight());

    // Back to the normal font (leaving presentation mode): a few rows leave no idle space.
    font.reset();
    testsupport::deliverPostedEvents();
    if (classes <= 3) {
        const QLineEdit *last = view.logitEdit(classes - 1);
        QVERIFY(!bar->isVisible());
        QVERIFY(viewport->height() - rectIn(last, viewport).bottom() <= last->height());
    }
}

// New probabilities for as many classes redraw the bars' layer alone (no full replot), and the
// chart then shows what a full replot shows; other classes replot everything.
void TestUiSoftmax::newProbabilitiesRedrawTheBarsAlone_data()
{
    QTest::addColumn<std::vector<double>>("logits");
    QTest::addColumn<bool>("full");
    QTest::newRow("as many classes") << std::vector<double>{3.0, -1.0, 0.5} << false;
    QTest::newRow("one more class") << std::vector<double>{3.0, -1.0, 0.5, 2.0} << true;
    QTest::newRow("upright labels") << std::vector<double>(9, 0.25) << true;
}

void TestUiSoftmax::newProbabilitiesRedrawTheBarsAlone()
{
    QFETCH(std::vector<double>, logits);
    QFETCH(bool, full);
    SceneModel model;
    QVERIFY(!model.setLogits({1.0, 2.0, 0.1}));
    ProbabilityChart chart(&model);
    chart.resize(420, 260);
    chart.show();
    QVERIFY(QTest::qWaitForWindowExposed(&chart));
    for (int i = 0; i < 3; ++i) // the replot its showing queued
        QCoreApplication::processEvents();
    QSignalSpy replots(&chart, &QCustomPlot::beforeReplot);
    QVERIFY(!model.setLogits(logits));
    QCoreApplication::processEvents(); // the queued redraw
    QCoreApplication::processEvents(); // a queued full replot, if any
    QCOMPARE(replots.count() > 0, full);
    const QImage drawn = chart.grab().toImage();
    chart.replot(QCustomPlot::rpImmediateRefresh);
    const QImage replotted = chart.grab().toImage();
    QVERIFY(drawn == replotted);
}

QTEST_MAIN(TestUiSoftmax)
#include "test_ui_softmax.moc"
