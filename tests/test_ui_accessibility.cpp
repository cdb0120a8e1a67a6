// Accessibility: the QAccessible tree of the real window, its docks, menus and dialogs has a
// name for every control (the walk is shown to catch a nameless one); the plot describes what it
// shows and reads out its trace cursor, and both change, with events, when the scene or the
// cursor does; the softmax chart gives its probabilities as text; every slider reports the
// number it stands for, as its field shows it, not its position. (test_ui_keyboard: the same
// window without a mouse.)
#include "Accessibility.h"
#include "FunctionList.h"
#include "NetworkDock.h"
#include "NumberField.h"
#include "PlotView.h"
#include "ProbabilityChart.h"
#include "SceneModel.h"
#include "SoftmaxView.h"
#include "ValueTableDock.h"
#include "support/Events.h"
#include "support/Settings.h"
#include "support/WindowParts.h"

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

QString descriptionOf(QObject *object)
{
    return QAccessible::queryAccessibleInterface(object)->text(QAccessible::Description);
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
    void slidersReadOutTheirValue_data();
    void slidersReadOutTheirValue();
    void everySliderStandsForItsNumber();

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

void TestUiAccessibility::slidersReadOutTheirValue_data()
{
    QTest::addColumn<QString>("setup");
    QTest::addColumn<QString>("slider"); // objectName
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("field"); // objectName of the field beside it
    QTest::addColumn<double>("value");  // what both say
    QTest::newRow("ELU α = 1, at position 333") << "elu"
                                                << "slider:alpha"
                                                << "ELU α"
                                                << "spin:alpha" << 1.0;
    QTest::newRow("ELU α = 7, beyond the slider's end") << "elu alpha=7"
                                                        << "slider:alpha"
                                                        << "ELU α"
                                                        << "spin:alpha" << 7.0;
    QTest::newRow("SELU λ, 17 digits") << "selu"
                                       << "slider:lambda"
                                       << "SELU λ"
                                       << "spin:lambda" << 1.0507009873554805;
    QTest::newRow("temperature, logarithmic") << "temperature=2"
                                              << "temperatureSlider"
                                              << "Temperature T"
                                              << "temperatureSpin" << 2.0;
    QTest::newRow("logit z2") << "logits"
                              << "logitSlider:1"
                              << "Logit z2"
                              << "logit:1" << 0.7;
    QTest::newRow("depth") << "network"
                           << "slider:layers"
                           << "Depth L"
                           << "field:layers" << 20.0;
    QTest::newRow("width, logarithmic") << "network"
                                        << "slider:width"
                                        << "Width N"
                                        << "field:width" << 256.0;
    QTest::newRow("weight variance") << "network weightVariance=1.5"
                                     << "slider:weightVariance"
                                     << "Weight variance σw²"
                                     << "field:weightVariance" << 1.5;
}

void TestUiAccessibility::slidersReadOutTheirValue()
{
    QFETCH(QString, setup);
    QFETCH(QString, slider);
    QFETCH(QString, name);
    QFETCH(QString, field);
    QFETCH(double, value);
    if (setup.startsWith("elu")) model()->setCurrent(FunctionId::Elu);
    if (setup == "elu alpha=7") QVERIFY(!model()->setParameter(FunctionId::Elu, 0, 7.0));
    if (setup == "selu") model()->setCurrent(FunctionId::Selu);
    if (setup == "temperature=2") QVERIFY(!model()->setTemperature(2.0));
    if (setup == "logits") QVERIFY(!model()->setLogits({3.0, 0.7, 0.5}));
    if (setup.startsWith("network")) m_window->networkDock()->show();
    if (setup == "network weightVariance=1.5") {
        NetworkSetup network = model()->network();
        network.weightVariance = 1.5;
        QVERIFY(!model()->setNetwork(network));
    }
    testsupport::deliverPostedEvents();
    auto *widget = m_window->findChild<QSlider *>(slider);
    QVERIFY2(widget, qPrintable(slider));
    QWidget *beside = m_window->findChild<QWidget *>(field);
    QVERIFY2(beside, qPrintable(field));
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    QCOMPARE(iface->role(), QAccessible::Slider);
    QCOMPARE(iface->text(QAccessible::Name), name);
    // The number as its field shows it, never the position.
    QCOMPARE(iface->text(QAccessible::Value), NumberField::format(value));
    QCOMPARE(iface->text(QAccessible::Value),
             QAccessible::queryAccessibleInterface(beside)->text(QAccessible::Value));
    QVERIFY(iface->text(QAccessible::Value) != QString::number(widget->value()));
    QAccessibleValueInterface *numbers = iface->valueInterface();
    QVERIFY(numbers);
    QCOMPARE(numbers->currentValue().toDouble(), value);
    QVERIFY(numbers->minimumValue().toDouble() < numbers->maximumValue().toDouble());
    QVERIFY(numbers->minimumStepSize().toDouble() > 0);
    QVERIFY(numbers->minimumStepSize().toDouble() <
            numbers->maximumValue().toDouble() - numbers->minimumValue().toDouble());

    // A key on the slider: the value read out follows its field, and an event says so.
    g_events.clear();
    widget->setFocus();
    QTest::keyClick(widget, Qt::Key_PageUp);
    testsupport::deliverPostedEvents();
    const QString moved = iface->text(QAccessible::Value);
    QVERIFY2(moved != NumberField::format(value) || value >= numbers->maximumValue().toDouble(),
             qPrintable(moved));
    QCOMPARE(moved, QAccessible::queryAccessibleInterface(beside)->text(QAccessible::Value));
    if (moved != NumberField::format(value)) QVERIFY(sent(widget, QAccessible::ValueChanged));

    // A screen reader sets a value in the units it reads: the slider goes there, the model too.
    const double low = numbers->minimumValue().toDouble();
    numbers->setCurrentValue(low);
    testsupport::deliverPostedEvents();
    QCOMPARE(numbers->currentValue().toDouble(), low);
    QCOMPARE(widget->value(), widget->minimum());
}

void TestUiAccessibility::everySliderStandsForItsNumber()
{
    // No slider of the window is left reporting positions: a range of positions (0 … 1000)
    // is no parameter's, setting's, temperature's or logit's.
    QVERIFY(std::holds_alternative<CurveId>(
        model()->addFormula(QStringLiteral("swish"), QStringLiteral("x*sigmoid(b*x)"))));
    m_window->networkDock()->show();
    testsupport::deliverPostedEvents();
    int sliders = 0;
    for (QSlider *slider : m_window->findChildren<QSlider *>()) {
        if (slider->objectName().isEmpty()) continue; // a row on its way out
        ++sliders;
        QAccessibleValueInterface *numbers =
            QAccessible::queryAccessibleInterface(slider)->valueInterface();
        QVERIFY2(numbers, qPrintable(slider->objectName()));
        QVERIFY2(numbers->maximumValue().toDouble() != slider->maximum(),
                 qPrintable(slider->objectName()));
        QCOMPARE(QAccessible::queryAccessibleInterface(slider)->text(QAccessible::Value),
                 NumberField::format(numbers->currentValue().toDouble()));
    }
    // b of the formula, the network's settings, the temperature and three logits.
    QVERIFY2(sliders >= 10, qPrintable(QString::number(sliders)));
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
    for (QMenu *menu : testsupport::menusOf(*m_window)) {
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

void TestUiAccessibility::everyDialogControlHasAName()
{
    QFETCH(QString, dialog);
    std::unique_ptr<QDialog> shown = testsupport::makeDialog(dialog, *m_window);
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

QTEST_MAIN(TestUiAccessibility)
#include "test_ui_accessibility.moc"
