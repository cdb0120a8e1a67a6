// Typed formulas in the window: New Formula… (the dialog checks as one types and names the
// column of a mistake), the list entry, slider rows with an editable range, the curves in the
// plot refined to their accurate values on a worker thread, the points in view first (with the
// window saying so), and
// one undo step per new formula.
#include "FormulaActions.h"
#include "FormulaDialog.h"
#include "FunctionList.h"
#include "LiveLabel.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ParameterPanel.h"
#include "ParameterRow.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "SoftmaxView.h"
#include "support/Compare.h"
#include "support/Settings.h"
#include "support/Typing.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QThreadPool>
#include <QUndoStack>

#include <cmath>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#include <unistd.h>
#endif

namespace {

FormulaDialog *openNewFormula(MainWindow &window)
{
    window.findChild<QAction *>("newFormula")->trigger();
    return window.formulaActions()->dialog();
}

// The graph point of `order` nearest to x.
QCPGraphData nearest(const QCPGraph *graph, double x)
{
    auto it = graph->data()->findBegin(x, false);
    return *it;
}

} // namespace

class TestUiFormula : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings("test_ui_formula"); }
    void init() { testsupport::clearSettings(); }

    void typingAFormulaPlotsIt()
    {
        MainWindow window;
        window.show();
        FormulaDialog *dialog = openNewFormula(window);
        QVERIFY(dialog && dialog->isVisible());
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QTest::keyClicks(dialog->expressionField(), "x*sigmoid(b*x)");
        QVERIFY(dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        testsupport::typeInto(dialog->nameField(), "my swish");
        QTRY_VERIFY(!window.formulaActions()->dialog());

        SceneModel *model = window.model();
        const CurveId curve = model->current();
        QVERIFY(curve.isFormula());
        // The list names it, the panel has a slider row for b with its range, the legend too.
        QTreeWidgetItem *entry = window.functionList()->item(curve);
        QVERIFY(entry);
        QCOMPARE(entry->text(0), QString("my swish"));
        QCOMPARE(window.functionList()->currentItem(), entry);
        const auto &rows = window.parameterPanel()->rows();
        QCOMPARE(rows.size(), std::size_t(1));
        QVERIFY(rows[0]->rangeMinField());
        QCOMPARE(rows[0]->rangeMinField()->value(), -5.0);
        PlotView *plot = window.plotView();
        QVERIFY(plot->curve(curve, 0));
        QCOMPARE(plot->curve(curve, 0)->name(), QString("my swish"));

        // b = 2 typed: the plotted f is x σ(2x) (closed form), once refined.
        testsupport::typeInto(rows[0]->spinBox(), "2");
        QCOMPARE(model->parameterValue(curve, 0), 2.0);
        QTRY_VERIFY_WITH_TIMEOUT(!plot->isRefining(), 120000); // slow under the sanitizers
        const QCPGraphData p = nearest(plot->curve(curve, 0), 1.5);
        COMPARE_CLOSE(p.value, p.key / (1.0 + std::exp(-2.0 * p.key)), 1e-12);

        // A new slider range moves the slider, not the value.
        testsupport::typeInto(rows[0]->rangeMaxField(), "10");
        QCOMPARE(model->formula(curve.formulaKey())->parameters[0].max, 10.0);
        QCOMPARE(model->parameterValue(curve, 0), 2.0);
        QCOMPARE(window.parameterPanel()->rows()[0]->slider()->value(),
                 int(std::lround(ParameterRow::kSliderSteps * 7.0 / 15))); // (2 − (−5)) / 15
    }

    void mistakesNameTheColumnAndKeepTheDialog()
    {
        MainWindow window;
        window.show();
        FormulaDialog *dialog = openNewFormula(window);
        QTest::keyClicks(dialog->expressionField(), "x*sigmod(x)");
        QVERIFY(!dialog->buttons()->button(QDialogButtonBox::Ok)->isEnabled());
        QVERIFY2(dialog->message()->text().contains("column 3"),
                 qPrintable(dialog->message()->text()));
        QVERIFY(dialog->message()->text().contains("sigmoid"));
        QTest::keyClick(dialog->expressionField(), Qt::Key_Return);
        QVERIFY(dialog->isVisible());
        QVERIFY(window.model()->formulas().empty());
        dialog->reject();
        QTRY_VERIFY(!window.formulaActions()->dialog());
        QCOMPARE(window.undoStack()->count(), 0);
    }

    void refinementFollowsTheFastPass()
    {
        MainWindow window;
        window.show();
        SceneModel *model = window.model();
        const auto result = model->addFormula("logistic", "1/(1+exp(-x))");
        const CurveId curve = std::get<CurveId>(result);
        auto *indicator = window.findChild<LiveLabel *>("refiningIndicator");
        QVERIFY(!model->setView({-710, -690, -1, 1}));
        // The double pass draws first: σ'(−700) = 0 there, and the window says it refines.
        PlotView *plot = window.plotView();
        QVERIFY(plot->isRefining());
        QVERIFY(indicator->text().contains("logistic"));
        QCOMPARE(nearest(plot->curve(curve, 1), -700).value, 0.0);
        // Then the accurate values: σ'(x) = e^x/(1+e^x)² = e^x (1 − 2e^x …) ≈ e^x here.
        QTRY_VERIFY_WITH_TIMEOUT(!plot->isRefining(), 120000); // slow under the sanitizers
        QVERIFY(indicator->text().isEmpty());
        const QCPGraphData p = nearest(plot->curve(curve, 1), -700);
        COMPARE_CLOSE(p.value, std::exp(p.key), 1e-12);
    }

#ifdef Q_OS_LINUX
    // The refinement's threads run below the window's priority (niceness 10 against 0), so a
    // drag's next frame goes first: this process has more such threads once it refined.
    void refinementRunsBelowTheWindow()
    {
        // Whatever niceness the test itself runs at (`nice ctest`): the workers go ten below it.
        const int base = getpriority(PRIO_PROCESS, id_t(gettid()));
        const int worker = std::min(19, base + 10);
        const auto niced = [worker] {
            int count = 0;
            for (const QFileInfo &task :
                 QDir("/proc/self/task").entryInfoList(QDir::Dirs | QDir::NoDotAndDotDot)) {
                QFile stat(task.filePath() + "/stat");
                if (!stat.open(QIODevice::ReadOnly)) continue;
                // pid (comm) state ... : the niceness is the 17th field after the name.
                const QByteArray line = stat.readAll();
                const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
                count += fields.size() > 16 && fields[16].toInt() == worker;
            }
            return count;
        };
        // Idle pool threads of earlier refinements go first (they keep their niceness).
        QThreadPool *pool = QThreadPool::globalInstance();
        const int expiry = pool->expiryTimeout();
        pool->setExpiryTimeout(1);
        pool->waitForDone();
        QTest::qWait(50);
        pool->setExpiryTimeout(expiry);
        MainWindow window;
        window.show();
        const int before = niced();
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), base); // the window's thread
        SceneModel *model = window.model();
        model->addFormula("logistic", "1/(1+exp(-x))");
        QVERIFY(!model->setView({-710, -690, -1, 1}));
        QVERIFY(window.plotView()->isRefining());
        QTRY_VERIFY_WITH_TIMEOUT(!window.plotView()->isRefining(), 120000);
        QVERIFY2(niced() > before,
                 qPrintable(QString("%1 before, %2 after").arg(before).arg(niced())));
        QCOMPARE(getpriority(PRIO_PROCESS, id_t(gettid())), base);
    }
#endif

    void theViewIsRefinedBeforeTheRest()
    {
        MainWindow window;
        window.show();
        SceneModel *model = window.model();
        const CurveId curve = std::get<CurveId>(model->addFormula("sech2", "1-tanh(x)^2"));
        auto *indicator = window.findChild<LiveLabel *>("refiningIndicator");
        PlotView *plot = window.plotView();
        // What the plot holds at the moment its points in view are accurate: f at 25 (in view)
        // and at 35 (sampled, one view width to the right), and what the window says.
        double inView = NAN, beyond = NAN;
        bool stillRefining = false;
        QString said;
        connect(plot, &FunctionPlot::refiningChanged, this, [&] {
            if (!std::isnan(inView) || plot->isRefiningView()) return;
            inView = nearest(plot->curve(curve, 0), 25).value;
            beyond = nearest(plot->curve(curve, 0), 35).value;
            stillRefining = plot->isRefining();
            said = indicator->text();
        });
        QVERIFY(!model->setView({20, 30, -1, 1}));
        QTRY_VERIFY_WITH_TIMEOUT(!plot->isRefining(), 120000); // slow under the sanitizers
        // 1 − tanh² = 1/cosh²: in view already, beyond it still the double pass's exact 0
        // (tanh(35) rounds to 1), and the window no longer says it refines what it shows.
        const auto sech2 = [](double x) { return 1 / (std::cosh(x) * std::cosh(x)); };
        COMPARE_CLOSE(inView, sech2(nearest(plot->curve(curve, 0), 25).key), 1e-12);
        QVERIFY(stillRefining);
        QCOMPARE(beyond, 0.0);
        QVERIFY(said.isEmpty());
        // Then the rest.
        const QCPGraphData p = nearest(plot->curve(curve, 0), 35);
        COMPARE_CLOSE(p.value, sech2(p.key), 1e-12);
    }

    void aNewFormulaIsOneUndoStep()
    {
        MainWindow window;
        window.show();
        const CurveId before = window.model()->current();
        FormulaDialog *dialog = openNewFormula(window);
        testsupport::typeInto(dialog->expressionField(), "x^3");
        QTRY_VERIFY(!window.formulaActions()->dialog());
        QCOMPARE(window.undoStack()->count(), 1);
        window.undoStack()->undo();
        QVERIFY(window.model()->formulas().empty());
        QCOMPARE(window.model()->current(), before);
        QVERIFY(!window.functionList()->item(CurveId::formula(1)));
    }

    void theListOffersNewFormulaAndRemoval()
    {
        MainWindow window;
        window.show();
        FunctionList *list = window.functionList();
        emit list->itemClicked(list->newFormulaItem(), 0);
        FormulaDialog *dialog = window.formulaActions()->dialog();
        QVERIFY(dialog);
        testsupport::typeInto(dialog->expressionField(), "abs(x)");
        QTRY_VERIFY(!window.formulaActions()->dialog());
        const CurveId curve = window.model()->current();
        QVERIFY(curve.isFormula());
        list->setFocus();
        QTest::keyClick(list, Qt::Key_Delete);
        QVERIFY(window.model()->formulas().empty());
        QVERIFY(!window.model()->current().isFormula());
    }

    void softmaxTakesTheFormula()
    {
        MainWindow window;
        SceneModel *model = window.model();
        model->addFormula("double", "2*x");
        model->setApplyActivation(true);
        // softmax(2·[3, 0.7, 0.5]): closed form.
        const double a = std::exp(6.0), b = std::exp(1.4), c = std::exp(1.0);
        COMPARE_CLOSE(model->softmax().probabilities[0], a / (a + b + c), 1e-14);
    }
};

QTEST_MAIN(TestUiFormula)
#include "test_ui_formula.moc"
