// Accessibility: the QAccessible tree of the real window, its docks, menus and dialogs has a
// name for every control (the walk is shown to catch a nameless one); the plot describes what it
// shows and reads out its trace cursor, and both change, with events, when the scene or the
// cursor does; the softmax chart gives its probabilities as text; every feature is reachable
// from the keyboard (pan and zoom keys, shortcuts shown in the menus, Tab in reading order, a
// visible focus frame on the plot).
#include "AboutDialog.h"
#include "Accessibility.h"
#include "ExportDialog.h"
#include "FormulaDialog.h"
#include "FunctionList.h"
#include "MainWindow.h"
#include "NetworkDock.h"
#include "PlotView.h"
#include "ProbabilityChart.h"
#include "SceneModel.h"
#include "ShortcutsDialog.h"
#include "SoftmaxView.h"
#include "ValueTableDock.h"
#include "support/Events.h"
#include "support/Settings.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QMenu>
#include <QMenuBar>
#include <QSlider>
#include <QTabWidget>
#include <QTest>
#include <QVBoxLayout>

#include <memory>

using act::FunctionId;

namespace {

// The events the window sent since the last clear(): (object, type).
QList<QPair<QObject *, QAccessible::Event>> g_events;

void recordEvent(const QAccessibleEvent &event)
{
    g_events.append({event.object(), event.type()});
}

bool sent(QObject *object, QAccessible::Event type)
{
    return g_events.contains(qMakePair(object, type));
}

// Roles a user operates: each needs a name a screen reader can say.
bool isControl(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::Slider:
    case QAccessible::SpinBox:
    case QAccessible::EditableText:
    case QAccessible::List:
    case QAccessible::ListItem:
    case QAccessible::Tree:
    case QAccessible::TreeItem:
    case QAccessible::Table:
    case QAccessible::MenuItem:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ProgressBar:
    case QAccessible::Chart:
    case QAccessible::Dial:
        return true;
    default:
        return false;
    }
}

QString describe(QAccessibleInterface *iface)
{
    QObject *object = iface->object();
    return QStringLiteral("%1 (role 0x%2, %3)")
        .arg(object ? QString::fromLatin1(object->metaObject()->className())
                    : QStringLiteral("item"))
        .arg(int(iface->role()), 0, 16)
        .arg(object ? object->objectName() : iface->text(QAccessible::Value));
}

// Every shown control under `iface` without a name; a widget Tab stops at counts as a control
// whatever its role. A spin box's inner line edit is a part of the spin box, which is named.
void collectNameless(QAccessibleInterface *iface, const QString &path, QStringList &nameless,
                     int &controls)
{
    if (!iface || iface->state().invisible) return;
    QObject *object = iface->object();
    const auto *widget = qobject_cast<QWidget *>(object);
    const bool focusable = widget && (widget->focusPolicy() & Qt::TabFocus) &&
                           !widget->focusProxy() &&
                           object->objectName() != QLatin1String("qt_spinbox_lineedit");
    const QString here = path + QStringLiteral(" › ") + describe(iface);
    if (isControl(iface->role()) || focusable) {
        ++controls;
        if (iface->text(QAccessible::Name).trimmed().isEmpty() &&
            iface->role() != QAccessible::Separator)
            nameless << here;
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectNameless(iface->child(i), here, nameless, controls);
}

QStringList namelessUnder(QObject *root, int *count = nullptr)
{
    QStringList nameless;
    int controls = 0;
    collectNameless(QAccessible::queryAccessibleInterface(root), QString(), nameless, controls);
    if (count) *count = controls;
    return nameless;
}

// The menus' items (a closed menu's items are not in the window's tree).
void collectMenus(QMenu *menu, QList<QMenu *> &menus)
{
    menus << menu;
    for (QAction *action : menu->actions())
        if (action->menu()) collectMenus(action->menu(), menus);
}

QList<QMenu *> menusOf(MainWindow &window)
{
    QList<QMenu *> menus;
    for (QAction *action : window.menuBar()->actions())
        if (action->menu()) collectMenus(action->menu(), menus);
    return menus;
}

QString descriptionOf(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object)->text(QAccessible::Description);
}

// Tab's stops from `start` round to it again: shown, enabled widgets that take Tab.
QList<QWidget *> tabChain(QWidget *start)
{
    QList<QWidget *> chain;
    QWidget *widget = start;
    do {
        if (widget->isVisible() && widget->isEnabled() && (widget->focusPolicy() & Qt::TabFocus) &&
            !widget->focusProxy() && widget->objectName() != QLatin1String("qt_spinbox_lineedit"))
            chain << widget;
        widget = widget->nextInFocusChain();
    } while (widget && widget != start && chain.size() < 1000);
    return chain;
}

} // namespace

class TestUiAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theWalkFindsANamelessControl();
    void everyControlInTheWindowHasAName_data();
    void everyControlInTheWindowHasAName();
    void everyMenuItemHasAName();
    void everyDialogControlHasAName_data();
    void everyDialogControlHasAName();
    void controlsSayWhatTheyControl();
    void plotDescribesTheScene();
    void plotReadsOutTheCursor();
    void softmaxChartReadsOutProbabilities();
    void drawnTextsAreReadable();
    void keysPanAndZoomThePlot_data();
    void keysPanAndZoomThePlot();
    void menusShowTheirShortcuts();
    void tabFollowsTheLayout();
    void dialogsTabInReadingOrder_data();
    void dialogsTabInReadingOrder();
    void plotShowsItsFocus();

private:
    SceneModel *model() const { return m_window->model(); }
    PlotView *plot() const { return m_window->plotView(); }

    std::unique_ptr<MainWindow> m_window;
};

void TestUiAccessibility::initTestCase()
{
    testsupport::useOwnSettings(QStringLiteral("test_ui_accessibility"));
    // Offscreen Qt has no accessibility bridge: QAccessible::isActive() stays false and no
    // update handler hears anything, whatever setActive() says. The events the app's own
    // interfaces send (common/Accessibility.h) are observed where they are handed to Qt.
    accessibility::setEventObserver(recordEvent);
}

void TestUiAccessibility::init()
{
    testsupport::clearSettings();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    g_events.clear();
}

void TestUiAccessibility::cleanup()
{
    m_window.reset();
}

void TestUiAccessibility::theWalkFindsANamelessControl()
{
    QWidget form;
    auto *layout = new QVBoxLayout(&form);
    auto *named = new QSlider(Qt::Horizontal);
    named->setAccessibleName(QStringLiteral("Named"));
    auto *unnamed = new QSlider(Qt::Horizontal);
    unnamed->setObjectName(QStringLiteral("unnamedSlider"));
    layout->addWidget(named);
    layout->addWidget(unnamed);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    int controls = 0;
    const QStringList nameless = namelessUnder(&form, &controls);
    QCOMPARE(controls, 2);
    QCOMPARE(nameless.size(), 1);
    QVERIFY2(nameless.first().contains("unnamedSlider"), qPrintable(nameless.first()));
}

void TestUiAccessibility::everyControlInTheWindowHasAName_data()
{
    QTest::addColumn<QString>("setup");
    QTest::newRow("GELU") << "gelu";
    QTest::newRow("ELU with its parameter, an overlay and a comparison") << "elu";
    QTest::newRow("a typed formula with its slider range fields") << "formula";
    QTest::newRow("network panel, along a direction") << "network:1";
    QTest::newRow("network panel, order to chaos") << "network:2";
    QTest::newRow("value table") << "table";
}

void TestUiAccessibility::everyControlInTheWindowHasAName()
{
    QFETCH(QString, setup);
    if (setup == "elu") {
        model()->setCurrent(FunctionId::Elu);
        model()->setOverlaid(FunctionId::Relu, true);
        QVERIFY(!model()->setComparison(CurveId(FunctionId::Selu)));
    } else if (setup == "formula") {
        QVERIFY(std::holds_alternative<CurveId>(
            model()->addFormula(QStringLiteral("swish"), QStringLiteral("x*sigmoid(b*x)"))));
    } else if (setup.startsWith("network")) {
        m_window->networkDock()->show();
        auto *tabs = m_window->networkDock()->findChild<QTabWidget *>("networkPlots");
        QVERIFY(tabs);
        tabs->setCurrentIndex(setup.section(':', 1).toInt());
    } else if (setup == "table") {
        m_window->valueTable()->show();
    }
    plot()->setFocus(); // the readout is shown: it too is read out
    testsupport::deliverPostedEvents();
    int controls = 0;
    const QStringList nameless = namelessUnder(m_window.get(), &controls);
    QVERIFY2(nameless.isEmpty(), qPrintable("Nameless:\n" + nameless.join('\n')));
    QVERIFY2(controls > 40, qPrintable(QString::number(controls))); // the walk saw the window
}

void TestUiAccessibility::everyMenuItemHasAName()
{
    int items = 0;
    for (QMenu *menu : menusOf(*m_window)) {
        emit menu->aboutToShow(); // Open Recent and Compare With fill themselves then
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
        QVERIFY(iface);
        for (int i = 0; i < iface->childCount(); ++i) {
            QAccessibleInterface *item = iface->child(i);
            if (item->role() == QAccessible::Separator) continue;
            ++items;
            QVERIFY2(!item->text(QAccessible::Name).trimmed().isEmpty(),
                     qPrintable(menu->title() + QStringLiteral(": item %1").arg(i)));
        }
    }
    QVERIFY(items > 40);
}

void TestUiAccessibility::everyDialogControlHasAName_data()
{
    QTest::addColumn<QString>("dialog");
    for (const char *name : {"export", "formula", "about", "shortcuts"})
        QTest::newRow(name) << QString::fromLatin1(name);
}

namespace {

std::unique_ptr<QDialog> makeDialog(const QString &which, MainWindow &window)
{
    if (which == "export") return std::make_unique<ExportDialog>(&window);
    if (which == "formula") return std::make_unique<FormulaDialog>(window.model(), 0, &window);
    if (which == "about") return std::make_unique<AboutDialog>(&window);
    return std::make_unique<ShortcutsDialog>(window.allActions(), &window);
}

} // namespace

void TestUiAccessibility::everyDialogControlHasAName()
{
    QFETCH(QString, dialog);
    std::unique_ptr<QDialog> shown = makeDialog(dialog, *m_window);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    int controls = 0;
    const QStringList nameless = namelessUnder(shown.get(), &controls);
    QVERIFY2(nameless.isEmpty(), qPrintable("Nameless:\n" + nameless.join('\n')));
    QVERIFY(controls >= 1);
}

void TestUiAccessibility::controlsSayWhatTheyControl()
{
    model()->setCurrent(FunctionId::Elu);
    testsupport::deliverPostedEvents();
    const auto nameOf = [this](const char *objectName) {
        auto *widget = m_window->findChild<QWidget *>(objectName);
        return widget ? QAccessible::queryAccessibleInterface(widget)->text(QAccessible::Name)
                      : QStringLiteral("(no %1)").arg(objectName);
    };
    QCOMPARE(nameOf("slider:alpha"), QStringLiteral("ELU α"));
    QCOMPARE(nameOf("spin:alpha"), QStringLiteral("ELU α"));
    QCOMPARE(nameOf("temperatureSlider"), QStringLiteral("Temperature T"));
    QCOMPARE(nameOf("logitSlider:1"), QStringLiteral("Logit z2"));
    QCOMPARE(nameOf("slider:weightVariance"), QStringLiteral("Weight variance σw²"));
    for (const char *described : {"slider:alpha", "spin:alpha", "temperatureSpin", "logit:0",
                                  "functionList", "functionPlot", "softmaxPlot", "init:He"}) {
        auto *widget = m_window->findChild<QWidget *>(described);
        QVERIFY2(widget, described);
        QVERIFY2(!descriptionOf(widget).isEmpty(), described);
    }
}

void TestUiAccessibility::plotDescribesTheScene()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(plot());
    QCOMPARE(iface->role(), QAccessible::Chart);
    QCOMPARE(iface->text(QAccessible::Name), QStringLiteral("Function plot"));
    QString description = iface->text(QAccessible::Description);
    QVERIFY2(description.startsWith(QStringLiteral("GELU.")), qPrintable(description));
    const ViewRange view = model()->view();
    QVERIFY2(description.contains(QStringLiteral("x from %1 to %2")
                                      .arg(view.xMin, 0, 'g', 6)
                                      .arg(view.xMax, 0, 'g', 6)
                                      .replace('-', QChar(0x2212))),
             qPrintable(description));
    QVERIFY(description.contains(QStringLiteral("the function f")));

    model()->setCurrent(FunctionId::Elu);
    QVERIFY(sent(plot(), QAccessible::DescriptionChanged));
    description = iface->text(QAccessible::Description);
    QVERIFY2(description.startsWith(QStringLiteral("ELU (α = 1).")), qPrintable(description));

    g_events.clear();
    QVERIFY(!model()->setParameter(FunctionId::Elu, 0, 0.5));
    QVERIFY(sent(plot(), QAccessible::DescriptionChanged));
    QVERIFY2(iface->text(QAccessible::Description).startsWith(QStringLiteral("ELU (α = 0.5).")),
             qPrintable(iface->text(QAccessible::Description)));

    model()->setOverlaid(FunctionId::Relu, true);
    model()->setOrderShown(1, true);
    description = iface->text(QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("with ReLU overlaid")), qPrintable(description));
    QVERIFY2(description.contains(QStringLiteral("first derivative")), qPrintable(description));

    QVERIFY(!model()->setComparison(CurveId(FunctionId::Selu)));
    QTRY_VERIFY2(iface->text(QAccessible::Description).contains(QStringLiteral("max |")),
                 qPrintable(iface->text(QAccessible::Description)));
    QVERIFY(iface->text(QAccessible::Description).contains(QStringLiteral("ELU − SELU")));
}

void TestUiAccessibility::plotReadsOutTheCursor()
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(plot());
    QVERIFY(iface->text(QAccessible::Value).isEmpty()); // no cursor yet
    model()->setCurrent(FunctionId::Relu);
    plot()->setFocus();
    QTRY_VERIFY(plot()->isCursorShown());
    const QString middle = iface->text(QAccessible::Value);
    QVERIFY2(middle.startsWith(QStringLiteral("ReLU at x = 0: f = 0, f′ = ")), qPrintable(middle));
    g_events.clear();
    QTest::keyClick(plot(), Qt::Key_Right, Qt::ShiftModifier);
    const double x = *plot()->cursorX();
    QVERIFY(x > 0);
    const QString moved = iface->text(QAccessible::Value);
    QVERIFY2(moved.startsWith(
                 QStringLiteral("ReLU at x = %1: f = %1, f′ = 1, f″ = 0").arg(x, 0, 'g', 6)),
             qPrintable(moved));
    QVERIFY(sent(plot(), QAccessible::ValueChanged));
    // The box next to the cursor is read out too, as its own text.
    QWidget *box = plot()->findChild<QWidget *>("traceReadout");
    QVERIFY(box);
    QVERIFY(sent(box, QAccessible::NameChanged));
    QVERIFY2(QAccessible::queryAccessibleInterface(box)->text(QAccessible::Name).startsWith("ReLU"),
             qPrintable(QAccessible::queryAccessibleInterface(box)->text(QAccessible::Name)));
    // ↓ traces another curve: the value says which.
    model()->setOverlaid(FunctionId::Tanh, true);
    QTest::keyClick(plot(), Qt::Key_Down);
    QTRY_VERIFY2(iface->text(QAccessible::Value).startsWith(QStringLiteral("Tanh at x = ")),
                 qPrintable(iface->text(QAccessible::Value)));
    // Focus gone, no cursor: nothing to read.
    m_window->functionList()->setFocus();
    QTRY_VERIFY(iface->text(QAccessible::Value).isEmpty());
}

void TestUiAccessibility::softmaxChartReadsOutProbabilities()
{
    ProbabilityChart *chart = m_window->softmaxView()->chart();
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(chart);
    QCOMPARE(iface->role(), QAccessible::Chart);
    QVERIFY(!iface->text(QAccessible::Name).isEmpty());
    QVERIFY(!model()->setLogits({3.0, 0.7, 0.5}));
    const QString description = iface->text(QAccessible::Description);
    QVERIFY2(description.contains(QStringLiteral("class 1: 0.846, class 2: 0.085, class 3: 0.069")),
             qPrintable(description));
    g_events.clear();
    QVERIFY(!model()->setLogits({1.0, 1.0}));
    QVERIFY(sent(chart, QAccessible::DescriptionChanged));
    QVERIFY2(iface->text(QAccessible::Description).contains("class 1: 0.500, class 2: 0.500"),
             qPrintable(iface->text(QAccessible::Description)));
}

void TestUiAccessibility::drawnTextsAreReadable()
{
    QWidget *statistics = m_window->findChild<QWidget *>("softmaxStatistics");
    QVERIFY(statistics);
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(statistics);
    QCOMPARE(iface->role(), QAccessible::StaticText);
    QVERIFY(!model()->setLogits({3.0, 0.7, 0.5}));
    QVERIFY2(iface->text(QAccessible::Description).startsWith(QStringLiteral("Top class 1")),
             qPrintable(iface->text(QAccessible::Description)));
    g_events.clear();
    QVERIFY(!model()->setLogits({0.0, 3.0}));
    QVERIFY(sent(statistics, QAccessible::DescriptionChanged));
    QVERIFY2(iface->text(QAccessible::Description).startsWith(QStringLiteral("Top class 2")),
             qPrintable(iface->text(QAccessible::Description)));
    // A network plot without a description of its own says what its axes show.
    m_window->networkDock()->show();
    QWidget *layers = m_window->findChild<QWidget *>("layerPlot");
    QVERIFY(layers);
    QTRY_VERIFY2(descriptionOf(layers).contains(QStringLiteral(" from ")),
                 qPrintable(descriptionOf(layers)));
}

void TestUiAccessibility::keysPanAndZoomThePlot_data()
{
    QTest::addColumn<int>("key");
    QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
    // The view after the key, as multiples of the old width/height: shift of the centre and
    // the new width; the same for y.
    QTest::addColumn<double>("xShift");
    QTest::addColumn<double>("xScale");
    QTest::addColumn<double>("yShift");
    QTest::addColumn<double>("yScale");
    const auto ctrl = Qt::KeyboardModifiers(Qt::ControlModifier);
    const auto ctrlShift = Qt::KeyboardModifiers(Qt::ControlModifier | Qt::ShiftModifier);
    QTest::newRow("ctrl+right pans right")
        << int(Qt::Key_Right) << ctrl << 0.1 << 1.0 << 0.0 << 1.0;
    QTest::newRow("ctrl+left pans left") << int(Qt::Key_Left) << ctrl << -0.1 << 1.0 << 0.0 << 1.0;
    QTest::newRow("ctrl+up pans up") << int(Qt::Key_Up) << ctrl << 0.0 << 1.0 << 0.1 << 1.0;
    QTest::newRow("ctrl+down pans down") << int(Qt::Key_Down) << ctrl << 0.0 << 1.0 << -0.1 << 1.0;
    QTest::newRow("plus zooms in")
        << int(Qt::Key_Plus) << Qt::KeyboardModifiers() << 0.0 << 0.8 << 0.0 << 0.8;
    QTest::newRow("minus zooms out")
        << int(Qt::Key_Minus) << Qt::KeyboardModifiers() << 0.0 << 1.25 << 0.0 << 1.25;
    QTest::newRow("ctrl+shift+right widens x")
        << int(Qt::Key_Right) << ctrlShift << 0.0 << 1.25 << 0.0 << 1.0;
    QTest::newRow("ctrl+shift+down narrows y")
        << int(Qt::Key_Down) << ctrlShift << 0.0 << 1.0 << 0.0 << 0.8;
}

void TestUiAccessibility::keysPanAndZoomThePlot()
{
    QFETCH(int, key);
    QFETCH(Qt::KeyboardModifiers, modifiers);
    QFETCH(double, xShift);
    QFETCH(double, xScale);
    QFETCH(double, yShift);
    QFETCH(double, yScale);
    model()->setCurrent(FunctionId::Tanh);
    plot()->setFocus();
    QTRY_VERIFY(plot()->hasFocus());
    const ViewRange before = model()->view(); // the cursor sits at the centre
    const double width = before.xMax - before.xMin, height = before.yMax - before.yMin;
    QTest::keyClick(plot(), Qt::Key(key), modifiers);
    const ViewRange after = model()->view();
    const double tolerance = 1e-9 * (width + height);
    QVERIFY(std::abs((after.xMin + after.xMax) / 2 -
                     ((before.xMin + before.xMax) / 2 + xShift * width)) < tolerance);
    QVERIFY(std::abs((after.yMin + after.yMax) / 2 -
                     ((before.yMin + before.yMax) / 2 + yShift * height)) < tolerance);
    QVERIFY2(std::abs((after.xMax - after.xMin) - xScale * width) < tolerance,
             qPrintable(QString::number(after.xMax - after.xMin)));
    QVERIFY(std::abs((after.yMax - after.yMin) - yScale * height) < tolerance);
    // And back, from the menu, wherever the focus is.
    m_window->functionList()->setFocus();
    auto *zoomIn = m_window->findChild<QAction *>("zoomIn");
    QVERIFY(zoomIn);
    zoomIn->trigger();
    QVERIFY(std::abs((model()->view().xMax - model()->view().xMin) -
                     0.8 * (after.xMax - after.xMin)) < tolerance);
}

void TestUiAccessibility::menusShowTheirShortcuts()
{
    int withShortcut = 0;
    QSet<QAction *> inMenus;
    for (QMenu *menu : menusOf(*m_window)) {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(menu);
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(iface->childCount(), actions.size());
        for (int i = 0; i < actions.size(); ++i) {
            QAction *action = actions[i];
            inMenus << action;
            if (action->shortcut().isEmpty()) continue;
            ++withShortcut;
            // What the menu shows beside the item, and what a screen reader says.
            QCOMPARE(iface->child(i)->text(QAccessible::Accelerator),
                     action->shortcut().toString(QKeySequence::NativeText));
            QVERIFY2(action->isShortcutVisibleInContextMenu() ||
                         !QApplication::testAttribute(Qt::AA_DontShowShortcutsInContextMenus),
                     qPrintable(action->text()));
        }
    }
    QVERIFY(withShortcut > 20);
    // Every shortcut of the window is in a menu (the toolbar's too), so it is shown somewhere;
    // the table's Ctrl+C works inside the table and is listed in the shortcuts dialog.
    for (QAction *action : m_window->allActions())
        if (!action->shortcut().isEmpty() && action->objectName() != "copyValues")
            QVERIFY2(inMenus.contains(action), qPrintable(action->text()));
    // Every menu of the menu bar opens with Alt and a letter.
    for (QAction *menu : m_window->menuBar()->actions())
        QVERIFY2(menu->text().contains('&'), qPrintable(menu->text()));
}

void TestUiAccessibility::tabFollowsTheLayout()
{
    model()->setCurrent(FunctionId::Elu);
    testsupport::deliverPostedEvents();
    const QList<QWidget *> chain = tabChain(m_window->functionList());
    QStringList names;
    for (QWidget *widget : chain)
        names << widget->objectName();
    // The list, then its function's parameters, the plot, then the softmax panel top to bottom.
    const QStringList expected{"functionList",  "slider:alpha", "spin:alpha", "functionPlot",
                               "preset:0",      "preset:1",     "preset:2",   "logit:0",
                               "logitSlider:0", "removeLogit:0"};
    QCOMPARE(names.mid(0, expected.size()), expected);
    const qsizetype add = names.indexOf("addLogit");
    QVERIFY(add > names.indexOf("removeLogit:2"));
    QCOMPARE(names.mid(add, 4),
             (QStringList{"addLogit", "temperatureSlider", "temperatureSpin", "applyActivation"}));
    // A new function's rows take the same place.
    model()->setCurrent(FunctionId::Selu);
    testsupport::deliverPostedEvents();
    names.clear();
    for (QWidget *widget : tabChain(m_window->functionList()))
        names << widget->objectName();
    QCOMPARE(names.mid(0, 6), (QStringList{"functionList", "slider:alpha", "spin:alpha",
                                           "slider:lambda", "spin:lambda", "functionPlot"}));
    // And a new class of logits stays before the button below the rows.
    QVERIFY(!model()->setLogits({1, 2, 3, 4}));
    testsupport::deliverPostedEvents(); // the new rows are shown
    names.clear();
    for (QWidget *widget : tabChain(m_window->functionList()))
        names << widget->objectName();
    QCOMPARE(names.indexOf("addLogit"), names.indexOf("removeLogit:3") + 1);
}

void TestUiAccessibility::dialogsTabInReadingOrder_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::newRow("export") << "export";
    QTest::newRow("formula") << "formula";
}

void TestUiAccessibility::dialogsTabInReadingOrder()
{
    QFETCH(QString, dialog);
    std::unique_ptr<QDialog> shown = makeDialog(dialog, *m_window);
    shown->show();
    QVERIFY(QTest::qWaitForWindowExposed(shown.get()));
    QWidget *first = shown->focusWidget() ? shown->focusWidget() : shown->nextInFocusChain();
    QList<QWidget *> chain = tabChain(first);
    QVERIFY(chain.size() >= 3);
    // From the first stop (the topmost), each next one is on a lower row or further right on
    // the same row; the last wraps round to the first.
    const auto topLeft = [&](QWidget *w) { return w->mapTo(shown.get(), QPoint(0, 0)); };
    std::rotate(chain.begin(),
                std::min_element(chain.begin(), chain.end(),
                                 [&](QWidget *a, QWidget *b) {
                                     return std::pair(topLeft(a).y(), topLeft(a).x()) <
                                            std::pair(topLeft(b).y(), topLeft(b).x());
                                 }),
                chain.end());
    for (qsizetype i = 1; i < chain.size(); ++i) {
        const QPoint a = topLeft(chain[i - 1]), b = topLeft(chain[i]);
        const int rowTolerance = chain[i - 1]->height() / 2;
        const bool sameRow = std::abs(a.y() - b.y()) <= rowTolerance;
        QVERIFY2((sameRow && b.x() > a.x()) || (!sameRow && b.y() > a.y()),
                 qPrintable(QStringLiteral("%1 at (%2,%3) then %4 at (%5,%6)")
                                .arg(chain[i - 1]->accessibleName(), QString::number(a.x()),
                                     QString::number(a.y()), chain[i]->accessibleName(),
                                     QString::number(b.x()), QString::number(b.y()))));
    }
}

void TestUiAccessibility::plotShowsItsFocus()
{
    m_window->functionList()->setFocus();
    QTRY_VERIFY(!plot()->hasFocus());
    const QImage without = plot()->grab().toImage();
    plot()->setFocus();
    QTRY_VERIFY(plot()->hasFocus());
    const QImage with = plot()->grab().toImage();
    const QColor highlight = plot()->palette().color(QPalette::Highlight);
    const QPoint edge(with.width() / 3, int(with.devicePixelRatio()));
    QCOMPARE(with.pixelColor(edge).rgb(), highlight.rgb());
    QVERIFY(without.pixelColor(edge).rgb() != highlight.rgb());
}

QTEST_MAIN(TestUiAccessibility)
#include "test_ui_accessibility.moc"
