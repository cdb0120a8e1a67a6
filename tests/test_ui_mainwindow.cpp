// The main window's menus: scene files opened and saved through the code the actions use (a
// refused file changes nothing), undo and redo of model changes (one slider drag is one step),
// copying the plot, presentation mode, the shortcuts list and exporting with the dialog's
// options. Settings are isolated in Qt's test-mode locations.
#include "ExportDialog.h"
#include "FunctionList.h"
#include "MainWindow.h"
#include "ParameterPanel.h"
#include "ParameterRow.h"
#include "PlotView.h"
#include "PrintSetup.h"
#include "ProbabilityChart.h"
#include "RecentScenes.h"
#include "Scene.h"
#include "SceneFile.h"
#include "SceneModel.h"
#include "ShortcutsDialog.h"
#include "SoftmaxView.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileInfo>
#include <QIcon>
#include <QLabel>
#include <QScopeGuard>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

#include <algorithm>
#include <cmath>

using act::FunctionId;
Q_DECLARE_METATYPE(FigureContent)
Q_DECLARE_METATYPE(SceneTheme)

namespace {

// WCAG 2 contrast ratio, from the sRGB relative luminance.
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) {
            return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4);
        };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) +
               0.0722 * channel(c.blueF());
    };
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

Scene sceneOf(MainWindow &window)
{
    return captureScene(*window.model(), *window.plotView(), window.theme());
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

} // namespace

class TestUiMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void savedSceneOpensBack();
    void refusedFileChangesNothing_data();
    void refusedFileChangesNothing();
    void newerFileOpensWithANote();
    void recentScenesDropMissingFiles();
    void undoAndRedoAParameter();
    void sliderDragIsOneUndoStep();
    void undoFunctionAndOverlayChanges();
    void openingASceneIsOneUndoStep();
    void copyImagePutsThePlotOnTheClipboard();
    void bundledIconRenders();
    void presentationModeTogglesAndRestores();
    void presentationArrowsStepThroughFunctions();
    void presentationEnlargesEveryText_data();
    void presentationEnlargesEveryText();
    void presentationColoursStandOut_data();
    void presentationColoursStandOut();
    void everyShortcutIsListed();
    void themeMenuDarkensThePlots();
    void exportWithDialogOptions_data();
    void exportWithDialogOptions();
    void exportDialogRemembersChoices();
    void settingsSurviveARestart();
    void lastSessionComesBack();
    void brokenSessionIsSkipped();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestUiMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("ActivationExplorerTests"));
    QCoreApplication::setApplicationName(QStringLiteral("test_ui_mainwindow"));
}

void TestUiMainWindow::init()
{
    QSettings().clear();
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestUiMainWindow::savedSceneOpensBack()
{
    MainWindow window;
    SceneModel *model = window.model();
    model->setCurrent(FunctionId::Elu);
    QVERIFY(!model->setParameter(FunctionId::Elu, 0, 0.375));
    model->setOverlaid(FunctionId::Relu, true);
    model->setOrderShown(2, true);
    QVERIFY(!model->setTemperature(2.5));
    window.setTheme(SceneTheme::Dark);
    const Scene saved = sceneOf(window);
    const QString path = m_dir->filePath("round.actscene");
    QCOMPARE(window.saveScene(path), std::nullopt);
    QVERIFY(QFileInfo::exists(path));

    model->setCurrent(FunctionId::Tanh);
    model->setOverlaid(FunctionId::Relu, false);
    model->resetParameters(FunctionId::Elu);
    window.setTheme(SceneTheme::Light);
    QVERIFY(!(sceneOf(window) == saved));

    QCOMPARE(window.openScene(path), std::nullopt);
    QVERIFY(sceneOf(window) == saved);
    QCOMPARE(window.theme(), SceneTheme::Dark);
    QCOMPARE(model->parameters(FunctionId::Elu).values[0], 0.375);
}

void TestUiMainWindow::refusedFileChangesNothing_data()
{
    QTest::addColumn<QByteArray>("contents"); // empty: the file does not exist
    QTest::addColumn<QString>("mentions");
    QTest::newRow("missing file") << QByteArray() << "broken.actscene";
    QTest::newRow("not json") << QByteArray("{ this is not json") << "broken.actscene";
    QTest::newRow("wrong format") << QByteArray(R"({"format": "something-else", "version": 1})")
                                  << "format";
    QTest::newRow("parameter of the wrong type")
        << QByteArray(R"({"format": "activation-explorer-scene", "version": 1,
                          "current": "elu", "functions": {"elu": {"alpha": "big"}}})")
        << "alpha";
}

void TestUiMainWindow::refusedFileChangesNothing()
{
    QFETCH(QByteArray, contents);
    QFETCH(QString, mentions);
    MainWindow window;
    window.model()->setCurrent(FunctionId::Softplus);
    QVERIFY(!window.model()->setParameter(FunctionId::Softplus, 0, 2.0));
    const Scene before = sceneOf(window);
    const int steps = window.undoStack()->count();
    const QString path = m_dir->filePath("broken.actscene");
    if (!contents.isEmpty()) writeFile(path, contents);

    const std::optional<QString> error = window.openScene(path);
    QVERIFY(error.has_value());
    QVERIFY2(error->contains(mentions), qPrintable(*error));
    QVERIFY(sceneOf(window) == before);
    QCOMPARE(window.undoStack()->count(), steps);
}

void TestUiMainWindow::newerFileOpensWithANote()
{
    MainWindow window;
    window.model()->setCurrent(FunctionId::Swish);
    const QString path = m_dir->filePath("newer.actscene");
    QCOMPARE(window.saveScene(path), std::nullopt);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QByteArray json = file.readAll();
    file.close();
    const QByteArray version =
        QByteArray("\"version\": ") + QByteArray::number(kSceneFormatVersion);
    QVERIFY2(json.contains(version), json.constData());
    json.replace(version, "\"future_field\": true, \"version\": 99");
    writeFile(path, json);

    window.model()->setCurrent(FunctionId::Relu);
    QCOMPARE(window.openScene(path), std::nullopt);
    QCOMPARE(window.model()->current(), FunctionId::Swish);
    QVERIFY2(window.statusBar()->currentMessage().contains("future_field"),
             qPrintable(window.statusBar()->currentMessage()));
}

void TestUiMainWindow::recentScenesDropMissingFiles()
{
    MainWindow window;
    const QString a = m_dir->filePath("a.actscene");
    const QString b = m_dir->filePath("b.actscene");
    QCOMPARE(window.saveScene(a), std::nullopt);
    QCOMPARE(window.saveScene(b), std::nullopt);
    QCOMPARE(RecentScenes::paths(), QStringList({b, a}));
    QCOMPARE(window.openScene(a), std::nullopt);
    QCOMPARE(RecentScenes::paths(), QStringList({a, b}));
    QVERIFY(QFile::remove(b));
    QCOMPARE(RecentScenes::paths(), QStringList({a}));
    for (int i = 0; i < RecentScenes::kMaxEntries + 3; ++i)
        QCOMPARE(window.saveScene(m_dir->filePath(QString("s%1.actscene").arg(i))), std::nullopt);
    QCOMPARE(RecentScenes::paths().size(), RecentScenes::kMaxEntries);
}

void TestUiMainWindow::undoAndRedoAParameter()
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

void TestUiMainWindow::sliderDragIsOneUndoStep()
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

    // Releasing the mouse ends the drag: the next one is a step of its own.
    QTest::mouseRelease(slider, Qt::LeftButton);
    const double afterFirst = window.model()->parameters(FunctionId::LeakyRelu).values[0];
    for (int step = 1; step <= 10; ++step)
        slider->setValue(slider->value() - 3);
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

void TestUiMainWindow::undoFunctionAndOverlayChanges()
{
    MainWindow window;
    const FunctionId first = window.model()->current();
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

void TestUiMainWindow::openingASceneIsOneUndoStep()
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
    const Scene inFile = sceneOf(window);

    // Something else on screen, with history of its own.
    model->setOverlaid(FunctionId::Sigmoid, false);
    model->setCurrent(FunctionId::Mish);
    QVERIFY(!model->setParameter(FunctionId::Selu, 0, 1.25));
    QVERIFY(!model->setTemperature(0.5));
    window.plotView()->xAxis->setRange(-10.0, 10.0);
    window.plotView()->yAxis->setRange(-1.0, 9.0);
    const Scene before = sceneOf(window);
    const int steps = window.undoStack()->count();
    QVERIFY(steps >= 4);

    QCOMPARE(window.openScene(path), std::nullopt);
    QVERIFY(sceneOf(window) == inFile);
    QCOMPARE(window.undoStack()->count(), steps + 1);
    QCOMPARE(window.undoStack()->undoText(), QStringLiteral("Open lesson.actscene"));
    QCOMPARE(window.findChild<QAction *>("undo")->isEnabled(), true);

    // One undo brings back everything, the view included; the older steps are still there.
    window.findChild<QAction *>("undo")->trigger();
    QVERIFY(sceneOf(window) == before);
    QCOMPARE(window.plotView()->xAxis->range().lower, -10.0);
    QCOMPARE(window.plotView()->yAxis->range().upper, 9.0);
    QCOMPARE(model->parameters(FunctionId::Selu).values[0], 1.25);
    window.undoStack()->undo();
    QCOMPARE(model->temperature(), 1.0);

    window.undoStack()->redo();
    window.findChild<QAction *>("redo")->trigger();
    QVERIFY(sceneOf(window) == inFile);
    QCOMPARE(model->logits(), std::vector<double>({2.0, -1.0, 0.25, 4.0}));

    // Opening the scene that is already on screen adds no empty step.
    QCOMPARE(window.openScene(path), std::nullopt);
    QCOMPARE(window.undoStack()->count(), steps + 1);

    // A change after opening is a step of its own on top.
    model->setCurrent(FunctionId::Tanh);
    QCOMPARE(window.undoStack()->count(), steps + 2);
    window.undoStack()->undo();
    Scene back = sceneOf(window);
    back.view = inFile.view; // undoing a function change fits the view to the function
    QVERIFY(back == inFile);
}

void TestUiMainWindow::copyImagePutsThePlotOnTheClipboard()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QApplication::clipboard()->clear();
    window.findChild<QAction *>("copyImage")->trigger();
    const QImage image = QApplication::clipboard()->image();
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), window.plotView()->size());
}

void TestUiMainWindow::bundledIconRenders()
{
    const QIcon icon(QStringLiteral(":/icons/activation-explorer.svg"));
    const QImage image = icon.pixmap(48, 48).toImage();
    QVERIFY(!image.isNull());
    QCOMPARE(image.pixelColor(24, 1).alpha(), 255); // the rounded frame is drawn
}

void TestUiMainWindow::presentationModeTogglesAndRestores()
{
    MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    const QFont font = QApplication::font();
    const QFont tickFont = window.plotView()->xAxis->tickLabelFont();
    auto *formula = window.findChild<QLabel *>("formulaFunction");
    QVERIFY(formula);
    const double formulaSize = formula->font().pointSizeF();
    const auto current = window.model()->current();
    const double fWidth = window.plotView()->curve(current, 0)->pen().widthF();
    const double dWidth = window.plotView()->curve(current, 1)->pen().widthF();
    QAction *present = window.findChild<QAction *>("presentation");
    present->trigger();
    QVERIFY(window.isPresenting());
    // Thick lines for the back of the room, on every curve.
    QVERIFY(window.plotView()->curve(current, 0)->pen().widthF() >= 2 * fWidth);
    QVERIFY(window.plotView()->curve(current, 1)->pen().widthF() >= 2 * dWidth);
    QCOMPARE(formula->font().pointSizeF(), formulaSize * 1.6); // the formulas grow too
    QVERIFY(window.windowState() & Qt::WindowFullScreen);
    QCOMPARE(QApplication::font().pointSizeF(), font.pointSizeF() * 1.6);
    QVERIFY(window.plotView()->xAxis->tickLabelFont().pointSizeF() > tickFont.pointSizeF());
    window.findChild<QAction *>("showSidePanels")->trigger();
    QVERIFY(!window.sidePanelsShown());

    window.findChild<QAction *>("leavePresentation")->trigger();
    QVERIFY(!window.isPresenting());
    QVERIFY(!(window.windowState() & Qt::WindowFullScreen));
    QCOMPARE(QApplication::font(), font);
    QVERIFY(window.sidePanelsShown());
    QVERIFY(window.findChild<QAction *>("showSidePanels")->isChecked());
    QCOMPARE(window.plotView()->xAxis->tickLabelFont(), tickFont);
    QCOMPARE(window.plotView()->curve(current, 0)->pen().widthF(), fWidth);
    QCOMPARE(window.plotView()->curve(current, 1)->pen().widthF(), dWidth);
    QCOMPARE(formula->font().pointSizeF(), formulaSize);

    present->trigger();
    present->trigger(); // F11 again leaves too
    QVERIFY(!window.isPresenting());
    QCOMPARE(QApplication::font(), font);
}

void TestUiMainWindow::presentationColoursStandOut_data()
{
    QTest::addColumn<SceneTheme>("theme");
    QTest::newRow("light") << SceneTheme::Light;
    QTest::newRow("dark") << SceneTheme::Dark;
}

void TestUiMainWindow::presentationColoursStandOut()
{
    QFETCH(SceneTheme, theme);
    MainWindow window;
    window.setTheme(theme);
    SceneModel *model = window.model();
    model->setCurrent(FunctionId::Hardtanh); // has jumps in f', so jump markers
    const FunctionId overlays[] = {FunctionId::Relu, FunctionId::Sigmoid, FunctionId::Tanh,
                                   FunctionId::Elu,  FunctionId::Swish,   FunctionId::Softplus};
    for (FunctionId id : overlays)
        model->setOverlaid(id, true);
    PlotView *plot = window.plotView();
    const QColor background = PrintSetup::backgroundBrush(*plot).color();
    const auto colours = [&] {
        QList<QColor> result;
        for (FunctionId id : model->plotted())
            result << plot->curve(id, 0)->pen().color();
        return result;
    };
    const QList<QColor> standard = colours();
    QCOMPARE(standard.size(), 7);
    // Colour-blind safe but not all strong: what a projector washes out.
    QVERIFY(std::any_of(standard.begin(), standard.end(),
                        [&](const QColor &c) { return contrast(c, background) < 4.5; }));

    window.setPresenting(true);
    QVERIFY(plot->isHighContrast());
    const auto checkStrong = [&] {
        const QList<QColor> strong = colours();
        for (int slot = 0; slot < strong.size(); ++slot) {
            const QColor c = strong[slot];
            QVERIFY2(contrast(c, background) >= 6.0,
                     qPrintable(QString("slot %1: %2 on %3 is %4:1")
                                    .arg(slot)
                                    .arg(c.name(), background.name())
                                    .arg(contrast(c, background))));
            // The same hue as on the desk, so a function keeps its colour's name.
            if (standard[slot].hslHue() >= 0) {
                const int turn = std::abs(c.hslHue() - standard[slot].hslHue()) % 360;
                QVERIFY2(std::min(turn, 360 - turn) <= 25, qPrintable(c.name()));
            }
            for (int other = 0; other < slot; ++other)
                QVERIFY(strong[other] != c);
        }
        const FunctionId current = model->current();
        QCOMPARE(plot->curve(current, 1)->pen().color(), strong[0]);
        QVERIFY(contrast(plot->jumpMarkers(current, true)->scatterStyle().pen().color(),
                         background) >= 6.0);
        QCOMPARE(plot->jumpMarkers(current, false)->scatterStyle().brush().color(), background);
        QVERIFY(contrast(plot->xAxis->tickLabelColor(), background) >= 6.0);
        // The function list's swatches show the colours the plot draws in.
        FunctionList *list = window.functionList();
        for (int slot = 0; slot < strong.size(); ++slot) {
            const QVariant swatch = list->item(model->plotted()[static_cast<std::size_t>(slot)])
                                        ->data(0, Qt::DecorationRole);
            const QImage image = swatch.value<QPixmap>().toImage();
            QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2), strong[slot]);
        }
    };
    checkStrong();
    if (QTest::currentTestFailed()) return;
    // Changes while presenting keep the palette (the plot restyles on every change).
    model->setOverlaid(FunctionId::Tanh, false);
    model->setOverlaid(FunctionId::Tanh, true);
    model->setOrderShown(2, true);
    checkStrong();

    window.setPresenting(false);
    model->setOrderShown(2, false);
    QVERIFY(!plot->isHighContrast());
    QCOMPARE(colours(), standard);
}

void TestUiMainWindow::presentationEnlargesEveryText_data()
{
    QTest::addColumn<FunctionId>("function");
    QTest::newRow("parameters") << FunctionId::Hardtanh; // word symbols: "min", "max"
    QTest::newRow("no parameters") << FunctionId::Gelu;
}

void TestUiMainWindow::presentationEnlargesEveryText()
{
    QFETCH(FunctionId, function);
    MainWindow window;
    window.model()->setCurrent(function);
    QVERIFY(!window.model()->setLogits({9.0, 1.0})); // the softmax rows
    window.statusBar()->clearMessage();
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    // Every text a user reads, by what it says (or its name when it says nothing).
    const auto sizes = [&] {
        QMap<QString, double> result;
        for (QWidget *w : window.findChildren<QWidget *>()) {
            QString key = w->objectName();
            if (auto *label = qobject_cast<QLabel *>(w))
                key = label->text();
            else if (auto *button = qobject_cast<QAbstractButton *>(w))
                key = button->text();
            else if (!qobject_cast<QLineEdit *>(w) && !qobject_cast<QAbstractSpinBox *>(w))
                continue;
            if (!w->isVisible() || key.isEmpty()) continue;
            const QFont f = w->font();
            result[key + "@" + w->metaObject()->className()] =
                f.pointSizeF() > 0 ? f.pointSizeF() : f.pixelSize() * 0.75;
        }
        return result;
    };
    const QMap<QString, double> before = sizes();
    QVERIFY(before.size() > 10);
    const auto leave = qScopeGuard([&] { window.setPresenting(false); });
    window.setPresenting(true);
    QCoreApplication::processEvents(); // font changes reach the widgets as events
    const QMap<QString, double> presenting = sizes();
    QStringList small;
    for (auto it = before.begin(); it != before.end(); ++it)
        if (!(presenting.value(it.key()) >= 1.5 * it.value()))
            small << QString("%1: %2 pt, presenting %3 pt")
                         .arg(it.key())
                         .arg(it.value())
                         .arg(presenting.value(it.key()));
    QVERIFY2(small.isEmpty(), qPrintable(small.join("; ")));
    // Larger, and still whole: short plain labels are not cut off.
    window.resize(1920, 1080); // what full screen gives on a projector (no window manager here)
    QCoreApplication::processEvents();
    QStringList cut;
    for (QLabel *label : window.findChildren<QLabel *>()) {
        if (!label->isVisible() || label->wordWrap() || Qt::mightBeRichText(label->text()) ||
            label->text().isEmpty())
            continue;
        if (label->contentsRect().width() < label->fontMetrics().horizontalAdvance(label->text()))
            cut << QString("%1 (%2 px for %3 px)")
                       .arg(label->text())
                       .arg(label->contentsRect().width())
                       .arg(label->fontMetrics().horizontalAdvance(label->text()));
    }
    for (QAbstractSpinBox *spin : window.findChildren<QAbstractSpinBox *>()) {
        auto *edit = spin->findChild<QLineEdit *>();
        if (!spin->isVisible() || !edit) continue;
        const int needed = edit->fontMetrics().horizontalAdvance(edit->text());
        if (edit->contentsRect().width() < needed)
            cut << QString("%1 (%2 px for %3 px)")
                       .arg(edit->text())
                       .arg(edit->contentsRect().width())
                       .arg(needed);
    }
    QVERIFY2(cut.isEmpty(), qPrintable(cut.join("; ")));
    window.setPresenting(false);
    QCoreApplication::processEvents();
    QCOMPARE(sizes(), before);
}

void TestUiMainWindow::presentationArrowsStepThroughFunctions()
{
    MainWindow window;
    QAction *next = window.findChild<QAction *>("nextFunction");
    QAction *previous = window.findChild<QAction *>("previousFunction");
    QVERIFY(!next->isEnabled()); // the arrows belong to the widgets unless presenting
    window.setPresenting(true);
    QVERIFY(next->isEnabled());
    const FunctionId first = window.model()->current();
    next->trigger();
    QVERIFY(window.model()->current() != first);
    previous->trigger();
    QCOMPARE(window.model()->current(), first);
    window.setPresenting(false);
}

void TestUiMainWindow::everyShortcutIsListed()
{
    MainWindow window;
    ShortcutsDialog dialog(window.allActions());
    const QString text =
        dialog.findChild<QWidget *>("shortcutsText")->property("plainText").toString();
    int withShortcut = 0;
    for (QAction *action : window.findChildren<QAction *>()) {
        for (const QKeySequence &key : action->shortcuts()) {
            ++withShortcut;
            QVERIFY2(text.contains(key.toString(QKeySequence::NativeText)),
                     qPrintable(action->objectName() + " " + key.toString()));
        }
    }
    QVERIFY(withShortcut >= 15);
    for (const char *key : {"Ctrl+O", "Ctrl+S", "Ctrl+E", "Ctrl+Q", "Ctrl+Z", "Ctrl+Shift+Z",
                            "Ctrl+Shift+C", "F11", "Ctrl+H"})
        QVERIFY2(text.contains(QKeySequence(key).toString(QKeySequence::NativeText)), key);
}

void TestUiMainWindow::themeMenuDarkensThePlots()
{
    MainWindow window;
    const QColor light = window.plotView()->xAxis->basePen().color();
    window.findChild<QAction *>("theme:dark")->trigger();
    QCOMPARE(window.theme(), SceneTheme::Dark);
    const QColor dark = window.plotView()->xAxis->basePen().color();
    QVERIFY(dark.lightness() > light.lightness());
    // The plot restyles its curves when one is added; open markers stay filled with the dark
    // background instead of going back to white.
    window.model()->setCurrent(FunctionId::Hardtanh);
    window.model()->setOverlaid(FunctionId::Relu, true);
    QCPGraph *open = window.plotView()->jumpMarkers(FunctionId::Hardtanh, false);
    QVERIFY(open);
    QVERIFY(open->scatterStyle().brush().color().lightness() < 128);
    QVERIFY(window.softmaxView()->chart()->xAxis->basePen().color().lightness() > 128);
    window.findChild<QAction *>("theme:light")->trigger();
    QCOMPARE(window.plotView()->xAxis->basePen().color(), light);
    QCOMPARE(open->scatterStyle().brush().color(), QColor(Qt::white));
}

void TestUiMainWindow::exportWithDialogOptions_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<FigureContent>("content");
    QTest::addColumn<QStringList>("written");
    QTest::newRow("png") << "f.png" << FigureContent::Plot << QStringList{"f.png"};
    QTest::newRow("svg side by side")
        << "f.svg" << FigureContent::PlotBesideSoftmax << QStringList{"f.svg"};
    QTest::newRow("pdf softmax") << "f.pdf" << FigureContent::Softmax << QStringList{"f.pdf"};
    QTest::newRow("png two files")
        << "f.png" << FigureContent::PlotAndSoftmaxFiles << QStringList{"f.png", "f-softmax.png"};
    QTest::newRow("csv") << "f.csv" << FigureContent::Plot << QStringList{"f.csv"};
}

void TestUiMainWindow::exportWithDialogOptions()
{
    QFETCH(QString, file);
    QFETCH(FigureContent, content);
    QFETCH(QStringList, written);
    MainWindow window;
    ExportDialog dialog(&window);
    dialog.setPath(m_dir->filePath(file));
    FigureOptions options;
    options.size = QSizeF(90, 60);
    options.unit = SizeUnit::Millimetres;
    options.dpi = 150;
    options.scale = 1.5;
    options.transparent = true;
    options.content = content;
    dialog.setOptions(options);
    const FigureOptions chosen = dialog.options();
    QCOMPARE(chosen.size, options.size);
    QCOMPARE(chosen.unit, options.unit);
    QCOMPARE(chosen.content, content);
    QCOMPARE(window.exportFile(dialog.path(), chosen), std::nullopt);
    for (const QString &name : written)
        QVERIFY2(QFileInfo(m_dir->filePath(name)).size() > 0, qPrintable(name));
}

void TestUiMainWindow::exportDialogRemembersChoices()
{
    FigureOptions options;
    options.size = QSizeF(4, 3);
    options.unit = SizeUnit::Inches;
    options.dpi = 300;
    options.scale = 2;
    options.transparent = true;
    options.content = FigureContent::PlotBesideSoftmax;
    {
        ExportDialog dialog;
        dialog.setPath(m_dir->filePath("figure.pdf"));
        dialog.setOptions(options);
        dialog.accept();
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
    }
    ExportDialog again;
    QCOMPARE(again.path(), m_dir->filePath("figure.pdf"));
    const FigureOptions read = again.options();
    QCOMPARE(read.size, options.size);
    QCOMPARE(read.unit, options.unit);
    QCOMPARE(read.dpi, options.dpi);
    QCOMPARE(read.scale, options.scale);
    QCOMPARE(read.transparent, true);
    QCOMPARE(read.content, options.content);

    ExportDialog wrong;
    wrong.setPath(m_dir->filePath("figure.gif"));
    wrong.accept();
    QVERIFY(wrong.result() != int(QDialog::Accepted));
}

void TestUiMainWindow::settingsSurviveARestart()
{
    QSize size;
    {
        MainWindow window;
        window.setTheme(SceneTheme::Dark);
        window.resize(900, 700);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QCOMPARE(window.saveScene(m_dir->filePath("last.actscene")), std::nullopt);
        size = window.size();
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.theme(), SceneTheme::Dark);
    QCOMPARE(window.size(), size);
    QVERIFY(window.findChild<QAction *>("theme:dark")->isChecked());
    QCOMPARE(QSettings().value("lastScenePath").toString(), m_dir->filePath("last.actscene"));
}

void TestUiMainWindow::lastSessionComesBack()
{
    Scene closed;
    {
        MainWindow window;
        SceneModel *model = window.model();
        model->setCurrent(FunctionId::Selu);
        model->setOverlaid(FunctionId::Relu, true);
        QVERIFY(!model->setParameter(FunctionId::Selu, 1, 1.5));
        QVERIFY(!model->setLogits({1.0, 2.0, 3.0, -4.0}));
        window.plotView()->xAxis->setRange(-2.5, 4.0);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        closed = sceneOf(window);
        window.close();
    }
    MainWindow window;
    QCOMPARE(window.model()->current(), FunctionId::Gelu); // only when asked (main() asks)
    window.restoreLastSession();
    QVERIFY(sceneOf(window) == closed);
    QCOMPARE(window.model()->parameters(FunctionId::Selu).values[1], 1.5);
    QVERIFY(!window.undoStack()->canUndo()); // where history starts
}

void TestUiMainWindow::brokenSessionIsSkipped()
{
    QSettings().setValue("session/scene", QByteArray(R"({"format": "activation-explorer-scene",
        "version": 1, "current": "no_such_function"})"));
    MainWindow window;
    const Scene before = sceneOf(window);
    window.restoreLastSession();
    QVERIFY(sceneOf(window) == before);
    QVERIFY2(window.statusBar()->currentMessage().contains("no_such_function"),
             qPrintable(window.statusBar()->currentMessage()));
}

QTEST_MAIN(TestUiMainWindow)
#include "test_ui_mainwindow.moc"
