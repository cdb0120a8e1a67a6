// The window without a mouse: the plot pans and zooms from the keyboard, every shortcut is in a
// menu and shown there, Tab goes in reading order (in the window and its dialogs), the plot
// shows its focus, and every menu and menu item opens with Alt and a letter of its own, in
// English and in German.
#include "FunctionList.h"
#include "PlotView.h"
#include "SceneModel.h"
#include "Translations.h"
#include "support/Events.h"
#include "support/Settings.h"
#include "support/WindowParts.h"

#include <QAccessible>
#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using act::FunctionId;

namespace {

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

// Every problem with the mnemonics of `actions` (a menu's items, or the menu bar's menus): an
// item without one, or two with the same.
QStringList mnemonicProblems(const QString &where, const QList<QAction *> &actions)
{
    QStringList problems;
    QHash<QKeySequence, QString> taken;
    for (QAction *action : actions) {
        if (action->isSeparator()) continue;
        const QString text = action->text();
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            problems << QStringLiteral("%1: \"%2\" has no mnemonic").arg(where, text);
        else if (taken.contains(key))
            problems << QStringLiteral("%1: \"%2\" and \"%3\" share %4")
                            .arg(where, taken.value(key), text, key.toString());
        else
            taken.insert(key, text);
    }
    return problems;
}

} // namespace

class TestUiKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void theMnemonicCheckFindsProblems();
    void menusHaveMnemonics_data();
    void menusHaveMnemonics();
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

void TestUiKeyboard::initTestCase()
{
    testsupport::useOwnSettings(QStringLiteral("test_ui_keyboard"));
}

void TestUiKeyboard::init()
{
    testsupport::clearSettings();
    m_window = std::make_unique<MainWindow>();
    m_window->resize(1500, 950);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestUiKeyboard::cleanup()
{
    m_window.reset();
    translations::remove();
}

void TestUiKeyboard::theMnemonicCheckFindsProblems()
{
    QMenu menu;
    menu.addAction(QStringLiteral("&Open"));
    menu.addSeparator();
    menu.addAction(QStringLiteral("Save"));
    menu.addAction(QStringLiteral("Rock && &roll"));
    menu.addAction(QStringLiteral("&Reload"));
    menu.addAction(QStringLiteral("Jack && Jill")); // an escaped ampersand is no mnemonic
    const QStringList problems = mnemonicProblems(QStringLiteral("test"), menu.actions());
    QCOMPARE(problems, (QStringList{"test: \"Save\" has no mnemonic",
                                    "test: \"Rock && &roll\" and \"&Reload\" share Alt+R",
                                    "test: \"Jack && Jill\" has no mnemonic"}));
}

void TestUiKeyboard::menusHaveMnemonics_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("full"); // recent scenes, typed formulas, a comparison
    for (const char *language : {"en", "de"}) {
        QTest::addRow("%s, as the window starts", language) << QString(language) << false;
        QTest::addRow("%s, every menu filled", language) << QString(language) << true;
    }
}

void TestUiKeyboard::menusHaveMnemonics()
{
    QFETCH(QString, language);
    QFETCH(bool, full);
    if (language == "de") {
        QVERIFY(!translations::install(QLocale(QLocale::German, QLocale::Germany)).isEmpty());
        m_window = std::make_unique<MainWindow>(); // its texts in German
    }
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (full) {
        // Recent scenes (the most a list keeps), typed formulas and a comparison.
        for (int i = 0; i < 8; ++i) {
            const QString path = dir.filePath(QStringLiteral("scene %1 & more.actscene").arg(i));
            QVERIFY(!m_window->saveScene(path));
        }
        for (const char *expression : {"x*sigmoid(b*x)", "x*tanh(softplus(x))", "max(x, a*x)"})
            QVERIFY(std::holds_alternative<CurveId>(
                model()->addFormula(QString(), QString::fromLatin1(expression))));
        QVERIFY(std::holds_alternative<CurveId>(
            model()->addFormula(QStringLiteral("rock & roll"), QStringLiteral("x*x"))));
        QVERIFY(!model()->setComparison(CurveId(FunctionId::Gelu)));
    }
    QStringList problems =
        mnemonicProblems(QStringLiteral("menu bar"), m_window->menuBar()->actions());
    int items = 0;
    for (QMenu *menu : testsupport::menusOf(*m_window)) {
        emit menu->aboutToShow(); // Open Recent and Compare With fill themselves then
        problems += mnemonicProblems(menu->title(), menu->actions());
        items += int(menu->actions().size());
    }
    if (full) {
        // Names keep their ampersands: "&&" in the text, "&" on screen.
        const auto shown = [](const QMenu *menu) {
            QStringList texts;
            for (const QAction *action : menu->actions())
                texts << QString(action->text())
                             .replace(QLatin1String("&&"), QLatin1String("\x01"))
                             .remove(QLatin1Char('&'))
                             .replace(QLatin1Char('\x01'), QLatin1Char('&'));
            return texts;
        };
        const auto *recent = m_window->findChild<QMenu *>(QStringLiteral("recentScenes"));
        const auto *compare = m_window->findChild<QMenu *>(QStringLiteral("compareWith"));
        QVERIFY(recent && compare);
        QVERIFY2(shown(recent).contains(QStringLiteral("1 scene 7 & more.actscene")),
                 qPrintable(shown(recent).join(" | ")));
        QVERIFY2(shown(compare).filter(QStringLiteral("rock & roll")).size() == 1,
                 qPrintable(shown(compare).join(" | ")));
    }
    for (const QString &problem : std::as_const(problems)) // the failure message is cut short
        qWarning("%s", qPrintable(problem));
    QVERIFY2(problems.isEmpty(), qPrintable(language + ":\n" + problems.join('\n')));
    QVERIFY(items > (full ? 80 : 50)); // the walk saw the menus
}

void TestUiKeyboard::keysPanAndZoomThePlot_data()
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

void TestUiKeyboard::keysPanAndZoomThePlot()
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

void TestUiKeyboard::menusShowTheirShortcuts()
{
    int withShortcut = 0;
    QSet<QAction *> inMenus;
    for (QMenu *menu : testsupport::menusOf(*m_window)) {
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

void TestUiKeyboard::tabFollowsTheLayout()
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

void TestUiKeyboard::dialogsTabInReadingOrder_data()
{
    QTest::addColumn<QString>("dialog");
    QTest::newRow("export") << "export";
    QTest::newRow("formula") << "formula";
}

void TestUiKeyboard::dialogsTabInReadingOrder()
{
    QFETCH(QString, dialog);
    std::unique_ptr<QDialog> shown = testsupport::makeDialog(dialog, *m_window);
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

void TestUiKeyboard::plotShowsItsFocus()
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

QTEST_MAIN(TestUiKeyboard)
#include "test_ui_keyboard.moc"
