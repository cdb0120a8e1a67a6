// Presentation mode and themes in the real window: full screen and back, fonts ×1.6 on every
// text (and still whole), thick lines, the high-contrast palette (WCAG contrast computed here,
// independently of the app), arrows stepping through functions, and the theme menu.
#include "FunctionList.h"
#include "MainWindow.h"
#include "NumberField.h"
#include "ParameterPanel.h"
#include "PlotView.h"
#include "PrintSetup.h"
#include "ProbabilityChart.h"
#include "Scene.h"
#include "SceneModel.h"
#include "ShortcutsDialog.h"
#include "SoftmaxView.h"
#include "ValueTableDock.h"
#include "WidgetColours.h"
#include "support/Events.h"
#include "support/Settings.h"

#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QProxyStyle>
#include <QScopeGuard>
#include <QScreen>
#include <QSettings>
#include <QSlider>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyleOptionButton>
#include <QTableView>
#include <QTest>
#include <QTreeWidgetItem>

#include <algorithm>
#include <cmath>

using act::FunctionId;
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

} // namespace

class TestUiPresentation : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void presentationModeTogglesAndRestores();
    void presentationColoursStandOut_data();
    void presentationColoursStandOut();
    void presentationEnlargesEveryText_data();
    void presentationEnlargesEveryText();
    void presentationArrowsStepThroughFunctions();
    void themeMenuDarkensThePlots();
    void themeDarkensTheWholeWindow_data();
    void themeDarkensTheWholeWindow();
    void uncheckedBoxesShowInTheDark();
    void mutedAndErrorTextsFollowTheTheme();
    void noFormulaWidensTheWindow();
};

void TestUiPresentation::initTestCase()
{
    testsupport::useOwnSettings(QStringLiteral("test_ui_presentation"));
}

void TestUiPresentation::init()
{
    testsupport::clearSettings();
}

void TestUiPresentation::presentationModeTogglesAndRestores()
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
    QCoreApplication::processEvents(); // the new application font reaches widgets as events
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
    QCoreApplication::processEvents();
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

void TestUiPresentation::presentationColoursStandOut_data()
{
    QTest::addColumn<SceneTheme>("theme");
    QTest::newRow("light") << SceneTheme::Light;
    QTest::newRow("dark") << SceneTheme::Dark;
}

void TestUiPresentation::presentationColoursStandOut()
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
    // Function by function, in one fixed order: each keeps its colour through the changes below.
    const std::vector<CurveId> drawn = model->plotted();
    const auto colours = [&] {
        QList<QColor> result;
        for (CurveId id : drawn)
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
                     qPrintable(QString("function %1: %2 on %3 is %4:1")
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
        const FunctionId current = model->current().function();
        QCOMPARE(plot->curve(current, 1)->pen().color(), strong[0]);
        QVERIFY(contrast(plot->jumpMarkers(current, true)->scatterStyle().pen().color(),
                         background) >= 6.0);
        QCOMPARE(plot->jumpMarkers(current, false)->scatterStyle().brush().color(), background);
        QVERIFY(contrast(plot->xAxis->tickLabelColor(), background) >= 6.0);
        // The function list's swatches show the colours the plot draws in.
        FunctionList *list = window.functionList();
        for (int slot = 0; slot < strong.size(); ++slot) {
            const QVariant swatch =
                list->item(drawn[static_cast<std::size_t>(slot)])->data(0, Qt::DecorationRole);
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

void TestUiPresentation::presentationEnlargesEveryText_data()
{
    QTest::addColumn<FunctionId>("function");
    QTest::newRow("parameters") << FunctionId::Hardtanh; // word symbols: "min", "max"
    QTest::newRow("no parameters") << FunctionId::Gelu;
}

void TestUiPresentation::presentationEnlargesEveryText()
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

void TestUiPresentation::presentationArrowsStepThroughFunctions()
{
    MainWindow window;
    QAction *next = window.findChild<QAction *>("nextFunction");
    QAction *previous = window.findChild<QAction *>("previousFunction");
    QVERIFY(!next->isEnabled()); // the arrows belong to the widgets unless presenting
    window.setPresenting(true);
    QVERIFY(next->isEnabled());
    const FunctionId first = window.model()->current().function();
    next->trigger();
    QVERIFY(window.model()->current() != first);
    previous->trigger();
    QCOMPARE(window.model()->current(), first);
    window.setPresenting(false);
}

void TestUiPresentation::themeMenuDarkensThePlots()
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

void TestUiPresentation::themeDarkensTheWholeWindow_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<bool>("dark");
    QTest::newRow("dark") << "theme:dark" << true;
    QTest::newRow("light") << "theme:light" << false;
    QTest::newRow("system (a light desktop here)") << "theme:system" << false;
}

void TestUiPresentation::themeDarkensTheWholeWindow()
{
    QFETCH(QString, action);
    QFETCH(bool, dark);
    const QPalette desktop = QApplication::palette();
    QVERIFY(desktop.color(QPalette::Window).lightness() > 128); // the offscreen desktop: light
    {
        MainWindow window;
        window.model()->setCurrent(FunctionId::LeakyRelu);    // a slider and a number field
        window.findChild<QAction *>("theme:dark")->trigger(); // from dark, so light must undo it
        window.findChild<QAction *>(action)->trigger();
        testsupport::deliverPostedEvents(); // palette changes reach widgets as events
        auto *slider = window.parameterPanel()->findChild<QSlider *>();
        auto *field = window.parameterPanel()->findChild<NumberField *>();
        auto *menu = window.menuBar()->findChild<QMenu *>();
        QVERIFY(slider);
        QVERIFY(field);
        QVERIFY(menu);
        ShortcutsDialog dialog(window.allActions(), &window); // opened after the change
        const QList<std::pair<QWidget *, QPalette::ColorRole>> surfaces = {
            {&window, QPalette::Window},
            {static_cast<QWidget *>(window.parameterPanel()), QPalette::Window},
            {window.functionList(), QPalette::Base},
            {window.softmaxView(), QPalette::Window},
            {slider, QPalette::Button},
            {field, QPalette::Base},
            {window.menuBar(), QPalette::Window},
            {menu, QPalette::Window},
            {&dialog, QPalette::Window},
            {static_cast<QWidget *>(window.valueTable()->view()), QPalette::Base},
        };
        for (const auto &[widget, role] : surfaces) {
            const QPalette &p = widget->palette();
            const QColor back = p.color(role);
            const QColor text =
                p.color(role == QPalette::Base ? QPalette::Text : QPalette::WindowText);
            const QString what =
                QString("%1: background %2, text %3")
                    .arg(widget->metaObject()->className(), back.name(), text.name());
            QVERIFY2(dark ? back.lightness() < 70 : back.lightness() > 180, qPrintable(what));
            QVERIFY2(contrast(text, back) >= 7.0, qPrintable(what));
        }
        QCOMPARE(window.plotView()->xAxis->basePen().color().lightness() > 128, dark);
        if (dark) {
            const QStyle *style = QApplication::style();
            if (const auto *proxy = qobject_cast<const QProxyStyle *>(style))
                style = proxy->baseStyle();
            QCOMPARE(style->name().toLower(), QString("fusion"));
        }
    }
    // A window that is gone hands the desktop its look back.
    QCOMPARE(QApplication::palette().color(QPalette::Window), desktop.color(QPalette::Window));
    QCOMPARE(QApplication::palette().color(QPalette::WindowText),
             desktop.color(QPalette::WindowText));
}

// What a box's edge stands out by: the largest WCAG contrast of any pixel in `area` of `image`
// against `background` (WCAG 1.4.11 asks 3:1 of a control's outline).
static double edgeContrast(const QImage &image, const QRect &area, const QColor &background)
{
    double best = 1;
    for (int y = area.top(); y <= area.bottom(); ++y)
        for (int x = area.left(); x <= area.right(); ++x)
            if (image.rect().contains(x, y))
                best = std::max(best, contrast(image.pixelColor(x, y), background));
    return best;
}

// Fusion outlines check boxes in the window colour darkened: on the dark window an unchecked
// box (in the function list, every function not overlaid) was darker than its dark fill.
void TestUiPresentation::uncheckedBoxesShowInTheDark()
{
    MainWindow window;
    window.resize(1400, 900);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.findChild<QAction *>("theme:dark")->trigger();
    testsupport::deliverPostedEvents();

    QCheckBox box(QStringLiteral("a box"), &window);
    box.show();
    const QImage boxImage = box.grab().toImage();
    QStyleOptionButton option;
    option.initFrom(&box);
    const QRect indicator =
        box.style()->subElementRect(QStyle::SE_CheckBoxIndicator, &option, &box);
    const QColor base = box.palette().color(QPalette::Base);
    QVERIFY2(edgeContrast(boxImage, indicator, base) >= 3.0,
             qPrintable(QString::number(edgeContrast(boxImage, indicator, base))));

    // The list's unchecked boxes, against the list's own background.
    FunctionList *list = window.functionList();
    QTreeWidgetItem *item = list->item(FunctionId::Sigmoid);
    QCOMPARE(item->checkState(0), Qt::Unchecked);
    const QRect row = list->visualItemRect(item);
    const QImage listImage = list->viewport()->grab().toImage();
    const QColor listBase = list->palette().color(QPalette::Base);
    // The check box sits at the row's start, before the colour swatch and the name.
    const QRect start(row.left(), row.top(), row.height() * 2, row.height());
    QVERIFY2(edgeContrast(listImage, start, listBase) >= 3.0,
             qPrintable(QString::number(edgeContrast(listImage, start, listBase))));
}

void TestUiPresentation::mutedAndErrorTextsFollowTheTheme()
{
    MainWindow window;
    QLabel *hint = nullptr;
    for (QLabel *label : window.statusBar()->findChildren<QLabel *>())
        if (label->text().contains("wheel")) hint = label;
    QVERIFY(hint);
    for (const QString &theme : {QString("theme:dark"), QString("theme:light")}) {
        window.findChild<QAction *>(theme)->trigger();
        testsupport::deliverPostedEvents();
        const QPalette &p = hint->palette();
        const QColor text = p.color(QPalette::WindowText);
        const double muted = contrast(text, p.color(QPalette::Window));
        QVERIFY2(muted >= 3.0, qPrintable(QString("%1: %2").arg(theme).arg(muted)));
        QVERIFY(text != QApplication::palette().color(QPalette::WindowText)); // still muted
    }
    window.findChild<QAction *>("theme:dark")->trigger();
    testsupport::deliverPostedEvents();
    QLabel *error = nullptr;
    for (QLabel *label : window.findChildren<QLabel *>())
        if (label->palette().color(QPalette::WindowText) == widgetcolours::kErrorOnDark)
            error = label;
    QVERIFY2(error, "an error label takes the light red on the dark window");
    QVERIFY(contrast(error->palette().color(QPalette::WindowText),
                     error->palette().color(QPalette::Window)) >= 4.5);
    window.findChild<QAction *>("theme:light")->trigger();
    testsupport::deliverPostedEvents();
    QCOMPARE(error->palette().color(QPalette::WindowText), widgetcolours::kError);
}

void TestUiPresentation::noFormulaWidensTheWindow()
{
    // A projector's 1920 px, with presentation mode's large fonts: every function's formula
    // wraps inside the window instead of pushing it (and the softmax panel) off the screen.
    MainWindow window;
    window.resize(1920, 1080);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    window.setPresenting(true);
    QCoreApplication::processEvents();
    const int screenWidth = std::max(1920, window.screen()->availableGeometry().width());
    QAction *next = window.findChild<QAction *>("nextFunction");
    for (std::size_t i = 0; i < act::kFunctionCount; ++i) {
        next->trigger();
        QCoreApplication::processEvents();
        const QString name =
            QString::fromUtf8(act::spec(window.model()->current().function()).displayName);
        QVERIFY2(window.minimumSizeHint().width() <= screenWidth,
                 qPrintable(QString("%1 needs a window %2 px wide")
                                .arg(name)
                                .arg(window.minimumSizeHint().width())));
        auto *formula = window.findChild<QWidget *>("formulaView");
        QVERIFY2(formula->minimumSizeHint().width() <= 1000,
                 qPrintable(QString("%1's formulas need %2 px")
                                .arg(name)
                                .arg(formula->minimumSizeHint().width())));
    }
    window.setPresenting(false);
    QCoreApplication::processEvents();
    QVERIFY(window.width() <= screenWidth);
}

QTEST_MAIN(TestUiPresentation)
#include "test_ui_presentation.moc"
