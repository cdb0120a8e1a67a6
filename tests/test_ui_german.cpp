// The window in German: with the German translator installed, no text the window, its menus,
// docks and dialogs show or tell a screen reader is left in English (the check is shown to find
// English), undo texts, refused scenes, formula errors and the core's refusals and reports
// (network settings, fixed points, softmax) are worded in German in the widgets that show them.
#include "AboutDialog.h"
#include "ExportDialog.h"
#include "FigureExporter.h"
#include "FormulaDialog.h"
#include "FormulaView.h"
#include "MainWindow.h"
#include "NetworkDock.h"
#include "ParameterPanel.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "ShortcutsDialog.h"
#include "Translations.h"
#include "ValueTableDock.h"
#include "support/Events.h"
#include "support/Settings.h"
#include "support/Typing.h"
#include "support/VisibleTexts.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QRegularExpression>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using testsupport::collectAction;
using testsupport::collectAll;
using testsupport::Seen;

class TestUiGerman : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase() { translations::remove(); }
    void init() { testsupport::clearSettings(); }

    void checkFindsEnglish();
    void windowHasNoEnglishLeft();
    void dialogsHaveNoEnglishLeft();
    void examplesHaveNoEnglishLeft();
    void undoTextsAreGerman();
    void refusedSceneIsGerman_data();
    void refusedSceneIsGerman();
    void formulaErrorIsGerman_data();
    void formulaErrorIsGerman();
    void coreReportsAreGerman_data();
    void coreReportsAreGerman();
    void exportRefusalsAreGerman_data();
    void exportRefusalsAreGerman();

private:
    // Fails naming every text still in English.
    void checkGerman(const QList<Seen> &seen, qsizetype atLeast = 20);

    testsupport::EnglishCheck m_english;
};

void TestUiGerman::initTestCase()
{
    testsupport::useOwnSettings(QStringLiteral("test_ui_german"));
    QVERIFY(!translations::install(QLocale(QLocale::German, QLocale::Germany)).isEmpty());
    QString error;
    const QList<testsupport::TsMessage> messages =
        testsupport::readTs(testsupport::germanTsPath(), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    error = m_english.load(messages);
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TestUiGerman::checkGerman(const QList<Seen> &seen, qsizetype atLeast)
{
    QVERIFY(seen.size() >= atLeast); // the walk found what there is to check
    const QStringList english = m_english.englishIn(seen);
    QVERIFY2(english.isEmpty(), qPrintable("left in English:\n" + english.join('\n')));
}

void TestUiGerman::checkFindsEnglish()
{
    // The check itself: without the translation, the window is English, and it says so.
    translations::remove();
    QList<Seen> seen;
    {
        MainWindow window;
        collectAll(&window, seen);
    }
    translations::install(QLocale(QLocale::German, QLocale::Germany));
    const QStringList english = m_english.englishIn(seen);
    QVERIFY2(english.size() > 100, qPrintable(QString::number(english.size())));
    QVERIFY(english.contains(QStringLiteral("MainWindow action \"exportFigure\" text: "
                                            "\"Export Figure…\" is the English source")));
}

void TestUiGerman::windowHasNoEnglishLeft()
{
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Everything that can be on screen at once: both docks, an overlay, derivatives, a
    // comparison, the softmax applied through the function.
    window.networkDock()->setVisible(true);
    window.valueTable()->setVisible(true);
    SceneModel *model = window.model();
    model->setCurrent(act::FunctionId::Gelu);
    model->setOverlaid(CurveId(act::FunctionId::Relu), true);
    model->setOverlaid(CurveId(act::FunctionId::GeluTanh), true);
    model->setOrderShown(1, true);
    model->setOrderShown(2, true);
    QVERIFY(!model->setComparison(CurveId(act::FunctionId::GeluTanh)));
    model->setApplyActivation(true);
    QList<Seen> seen;
    collectAll(&window, seen);
    for (QAction *action : window.menuBar()->actions())
        collectAction(action, "menu", seen);
    checkGerman(seen);
    // Each quantity and plot of the network panel, with the trace cursor's readout shown.
    window.plotView()->setFocus();
    auto *quantity = window.findChild<QComboBox *>(QStringLiteral("layerQuantity"));
    auto *plots = window.findChild<QTabWidget *>(QStringLiteral("networkPlots"));
    QVERIFY(quantity && plots);
    for (int q = 0; q < quantity->count(); ++q) {
        quantity->setCurrentIndex(q);
        plots->setCurrentIndex(q % plots->count());
        testsupport::deliverPostedEvents();
        QList<Seen> one;
        collectAll(&window, one);
        for (Seen &s : one)
            s.where.prepend(quantity->currentText() + ": ");
        checkGerman(one);
    }
    // Each function's own texts: formulas, parameters and summary.
    for (const act::FunctionSpec &spec : act::functions()) {
        model->setCurrent(spec.id);
        QList<Seen> one;
        collectAll(window.formulaView(), one);
        collectAll(window.parameterPanel(), one);
        for (Seen &s : one)
            s.where.prepend(QString::fromUtf8(spec.name) + ": ");
        checkGerman(one, 3);
    }
}

void TestUiGerman::dialogsHaveNoEnglishLeft()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QList<Seen> seen;
    {
        AboutDialog about(&window);
        collectAll(&about, seen);
    }
    {
        ExportDialog exportDialog(&window);
        collectAll(&exportDialog, seen);
    }
    {
        FormulaDialog formula(window.model(), 0, &window);
        collectAll(&formula, seen);
        formula.expressionField()->setText(QStringLiteral("x*sigmoid(b*x)"));
        collectAll(&formula, seen); // with its parameters listed
    }
    {
        ShortcutsDialog shortcuts(window.findChildren<QAction *>(), &window);
        collectAll(&shortcuts, seen);
    }
    checkGerman(seen);
}

void TestUiGerman::examplesHaveNoEnglishLeft()
{
    // The prepared scenes reach settings the window does not start with: a network that
    // diverges, the order-to-chaos map, dead units.
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *examples = window.findChild<QMenu *>(QStringLiteral("examples"));
    QVERIFY(examples);
    QVERIFY(examples->actions().size() >= 7);
    for (QAction *example : examples->actions()) {
        example->trigger();
        window.networkDock()->setVisible(true);
        // The fixed points computed and the simulation finished: every text is final.
        auto *summary = window.findChild<QWidget *>(QStringLiteral("fixedPointSummary"));
        auto *progress = window.findChild<QProgressBar *>(QStringLiteral("simulationProgress"));
        QVERIFY(summary && progress);
        // The simulation runs on one thread at a low priority: slow under the sanitizers.
        QTRY_VERIFY_WITH_TIMEOUT(!summary->property("text").toString().contains("berechnet"),
                                 120000);
        QTRY_COMPARE_WITH_TIMEOUT(progress->value(), progress->maximum(), 120000);
        QList<Seen> seen;
        collectAll(&window, seen);
        for (Seen &s : seen)
            s.where.prepend(testsupport::plainText(example->text()) + ": ");
        checkGerman(seen);
    }
}

void TestUiGerman::undoTextsAreGerman()
{
    MainWindow window;
    window.model()->setCurrent(act::FunctionId::Elu);
    QUndoStack *stack = window.undoStack();
    QVERIFY(stack->canUndo());
    QCOMPARE(stack->undoText(), QStringLiteral("ELU zeigen"));
    // Qt's own prefix of the Undo action's text.
    QUndoStack own;
    const QString undo = own.createUndoAction(&own)->text();
    QVERIFY2(testsupport::plainText(undo).startsWith(QStringLiteral("Rückgängig")),
             qPrintable(undo));
}

void TestUiGerman::refusedSceneIsGerman_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected"); // a part of the German message
    const QByteArray head = R"({"format": "activation-explorer-scene", "version": 2, )";
    QTest::newRow("not JSON") << QByteArray("{\"format\": ")
                              << QStringLiteral("kein gültiges JSON");
    QTest::newRow("another format")
        << QByteArray(R"({"format": "xyz", "version": 1, "current": "relu"})")
        << QStringLiteral("keine Activation-Explorer-Szene");
    QTest::newRow("misspelt function")
        << head + R"("current": "sigmod"})" << QStringLiteral("meinten Sie „sigmoid“?");
    QTest::newRow("parameter out of its domain")
        << head + R"("current": "softplus", "functions": {"softplus": {"beta": -1}}})"
        << QStringLiteral("muss > 0 sein, erhalten: -1");
    QTest::newRow("formula parse error")
        << head + R"("current": {"formula": 1}, "formulas": [{"key": 1, "name": "f", )"
                  R"j("expression": "x*sigmod(x)"}]})j"
        << QStringLiteral("unbekannter Name 'sigmod' in Spalte 3 — meinten Sie sigmoid?");
    QTest::newRow("unknown field") << head + R"("current": "relu", "colour": 1})"
                                   << QStringLiteral("colour: unbekanntes Feld");
}

void TestUiGerman::refusedSceneIsGerman()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("refused.actscene"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json);
    file.close();

    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // The message box is modal: read and close it from inside its event loop.
    QString shown;
    QList<Seen> seen;
    QTimer::singleShot(0, &window, [&] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) return;
        shown = box->text();
        collectAll(box, seen);
        box->accept();
    });
    window.openSceneAndReport(path);
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY2(shown.startsWith(QStringLiteral("Die Szene wurde nicht geöffnet")), qPrintable(shown));
    // The file's name, the field's path ("formulas[0].expression: ") and the format's name
    // are names, not English.
    static const QRegularExpression names(
        QStringLiteral("refused\\.actscene: ([a-z_]+(\\[\\d+\\])?(\\.[a-z_]+)*: )?|"
                       "activation-explorer-scene"));
    for (Seen &s : seen)
        s.text.remove(names);
    checkGerman(seen, 2);
}

void TestUiGerman::formulaErrorIsGerman_data()
{
    QTest::addColumn<QString>("expression");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("cursor"); // where OK puts the cursor
    QTest::newRow("unknown name, leading spaces")
        << QStringLiteral("  x*sigmod(x)")
        << QStringLiteral("unbekannter Name 'sigmod' in Spalte 3 — meinten Sie sigmoid?") << 4;
    QTest::newRow("unmatched parenthesis")
        << QStringLiteral("(x+1") << QStringLiteral("')' zu dieser '(' fehlt, in Spalte 1") << 0;
    QTest::newRow("wrong argument count")
        << QStringLiteral("tanh(x, 2)")
        << QStringLiteral("tanh nimmt 1 Argument, erhalten: 2, in Spalte 5") << 4;
    QTest::newRow("a non-BMP character counts once")
        << QStringLiteral("x + \U0001D465 + y")
        << QStringLiteral("Zahl, x, Name oder '(' erwartet, gefunden: '\U0001D465' in Spalte 5")
        << 4;
}

void TestUiGerman::formulaErrorIsGerman()
{
    QFETCH(QString, expression);
    QFETCH(QString, message);
    QFETCH(int, cursor);
    MainWindow window;
    FormulaDialog dialog(window.model(), 0, &window);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    dialog.expressionField()->setText(expression);
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("formulaMessage"));
    QVERIFY(label);
    QCOMPARE(label->text(), message);
    QList<Seen> seen;
    collectAll(&dialog, seen);
    checkGerman(seen, 5);
    // OK refuses it too and puts the cursor at the column the parser named.
    dialog.expressionField()->setCursorPosition(expression.size());
    static_cast<QDialog &>(dialog).accept(); // as Return would
    QVERIFY(dialog.isVisible());
    QCOMPARE(label->text(), message);
    QCOMPARE(dialog.expressionField()->cursorPosition(), cursor);
}

void TestUiGerman::coreReportsAreGerman_data()
{
    // The core words these for the command line in English; the window words them from their
    // codes (scene/CoreMessages).
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("widget");   // its objectName
    QTest::addColumn<QString>("expected"); // a part of what it shows or tells a screen reader
    QTest::newRow("a network setting beyond its limit")
        << "type width=5000"
        << "networkMessage"
        << "Die Breite muss zwischen 1 und 2048 liegen. Der vorherige Wert bleibt.";
    QTest::newRow("a network too large to simulate")
        << "type layers=200 width=2048"
        << "networkMessage"
        << "Schichten × Breite × Stapelgröße darf höchstens 33554432 sein";
    QTest::newRow("no fixed point: ReLU at σw² = 3")
        << "relu, type weightVariance=3"
        << "fixedPointSummary"
        << "kein Fixpunkt: q wächst unbeschränkt (es überschritt";
    QTest::newRow("softmax of a NaN logit") << "sqrt(x) of the logits"
                                            << "softmaxStatistics"
                                            << "Keine Wahrscheinlichkeiten: Ein Logit ist keine "
                                               "endliche Zahl (NaN oder unendlich).";
    QTest::newRow("the chart of an infinite logit, read out")
        << "linear α=1e308 of the logits"
        << "softmaxPlot"
        << "Keine Wahrscheinlichkeiten: Ein Logit ist keine endliche Zahl (NaN oder unendlich).";
}

void TestUiGerman::coreReportsAreGerman()
{
    QFETCH(QString, setup);
    QFETCH(QString, widget);
    QFETCH(QString, expected);
    MainWindow window;
    window.resize(1600, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.networkDock()->setVisible(true);
    SceneModel *model = window.model();
    if (setup.startsWith("relu")) model->setCurrent(act::FunctionId::Relu);
    if (setup.contains("sqrt(x)")) {
        const auto added = model->addFormula(QStringLiteral("root"), QStringLiteral("sqrt(x)"));
        QVERIFY(std::holds_alternative<CurveId>(added));
        QVERIFY(!model->setLogits({3.0, -1.0, 0.5}));
    }
    if (setup.startsWith("linear")) {
        model->setCurrent(act::FunctionId::Linear);
        QVERIFY(!model->setParameter(act::FunctionId::Linear, 0, 1e308));
    }
    if (setup.contains("of the logits")) model->setApplyActivation(true);
    // "type key=value ...": as a user types into the network panel's fields.
    static const QRegularExpression typed(QStringLiteral("(\\w+)=([\\d.]+)"));
    if (setup.contains("type "))
        for (auto it = typed.globalMatch(setup.section("type ", 1)); it.hasNext();) {
            const auto match = it.next();
            auto *field = window.findChild<QWidget *>("field:" + match.captured(1));
            QVERIFY2(field, qPrintable(match.captured(1)));
            testsupport::typeInto(field, match.captured(2));
        }
    testsupport::deliverPostedEvents();
    auto *shown = window.findChild<QWidget *>(widget);
    QVERIFY2(shown, qPrintable(widget));
    const auto text = [shown] {
        const QString own = shown->property("text").toString();
        return testsupport::plainText(
            !own.isEmpty()
                ? own
                : QAccessible::queryAccessibleInterface(shown)->text(QAccessible::Description));
    };
    QTRY_VERIFY2(text().contains(expected), qPrintable(text()));
    QVERIFY(shown->isVisible());
    QList<Seen> seen;
    collectAll(&window, seen);
    checkGerman(seen);
}

void TestUiGerman::exportRefusalsAreGerman_data()
{
    QTest::addColumn<QSizeF>("size"); // in pixels
    QTest::addColumn<bool>("ok");     // press OK: some sizes are refused only when drawn
    QTest::addColumn<QString>("expected");
    QTest::newRow("a side beyond the limit")
        << QSizeF(100000, 100000) << false
        << "100000 x 100000 px ist zu groß für eine Abbildung: höchstens 16384 px je Seite";
    QTest::newRow("more pixels than a PNG may have")
        << QSizeF(16000, 16000) << true
        << "Ein Bild mit 16000 x 16000 Pixeln ist zu groß (höchstens 16384 Pixel je Seite und 64 "
           "Megapixel)";
}

void TestUiGerman::exportRefusalsAreGerman()
{
    QFETCH(QSizeF, size);
    QFETCH(bool, ok);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *exportFigure = window.findChild<QAction *>(QStringLiteral("exportFigure"));
    QVERIFY(exportFigure);
    // File ▸ Export Figure… is modal: fill it in and read it from inside its event loop.
    QString shown;
    QList<Seen> seen;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<ExportDialog *>(QApplication::activeModalWidget());
        if (!dialog) return;
        dialog->setPath(dir.filePath(QStringLiteral("bild.png")));
        FigureOptions options;
        options.size = size;
        dialog->setOptions(options);
        if (ok) dialog->accept(); // the exporter refuses; the dialog stays open with the reason
        if (auto *problem = dialog->findChild<QLabel *>(QStringLiteral("exportProblem")))
            shown = problem->text();
        collectAll(dialog, seen);
        dialog->reject();
    });
    exportFigure->trigger();
    QVERIFY2(shown.contains(expected), qPrintable(shown));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("bild.png"))));
    for (Seen &s : seen) // the folder's name is a name, not English
        s.text.remove(dir.path());
    checkGerman(seen);
}

QTEST_MAIN(TestUiGerman)
#include "test_ui_german.moc"
