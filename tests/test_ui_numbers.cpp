// Numbers typed into the window's fields: what the command line accepts is accepted (exponents,
// -0, the C locale's and the user's decimal separator), nothing is rounded, clamped or
// rewritten, and what is refused says why while the previous value stays.
#include "MainWindow.h"
#include "NumberField.h"
#include "ParameterPanel.h"
#include "ParameterRow.h"
#include "SceneModel.h"
#include "SoftmaxView.h"
#include "support/Settings.h"
#include "support/Typing.h"

#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalSpy>
#include <QTest>

#include <cmath>

using act::FunctionId;
using testsupport::typeInto;

namespace {

// The user's locale for as long as it lives.
class UserLocale
{
public:
    explicit UserLocale(const QLocale &locale) { QLocale::setDefault(locale); }
    ~UserLocale() { QLocale::setDefault(m_saved); }
    UserLocale(const UserLocale &) = delete;
    UserLocale &operator=(const UserLocale &) = delete;

private:
    QLocale m_saved;
};

} // namespace

class TestUiNumbers : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { testsupport::useOwnSettings(QStringLiteral("test_ui_numbers")); }
    void init() { testsupport::clearSettings(); }

    void parsesWhatTheCommandLineParses_data();
    void parsesWhatTheCommandLineParses();
    void fieldHoldsTheValueItIsGiven_data();
    void fieldHoldsTheValueItIsGiven();
    void fieldWithASuffixHoldsItsValue();
    void parameterTakesTypedNumbersExactly_data();
    void parameterTakesTypedNumbersExactly();
    void refusedParameterTextKeepsTheValue_data();
    void refusedParameterTextKeepsTheValue();
    void temperatureIsNeverClampedOrRewritten();
    void logitTakesExponentsAndLocaleCommas();
};

void TestUiNumbers::parsesWhatTheCommandLineParses_data()
{
    QTest::addColumn<QString>("locale");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<double>("value");
    QTest::newRow("exponent") << "C"
                              << "1e-2" << true << 0.01;
    QTest::newRow("exponent, capital") << "C"
                                       << "1E308" << true << 1e308;
    QTest::newRow("negative zero") << "C"
                                   << "-0" << true << -0.0;
    QTest::newRow("spaces") << "C"
                            << "  2.5 " << true << 2.5;
    QTest::newRow("plus") << "C"
                          << "+3" << true << 3.0;
    QTest::newRow("German comma") << "de_DE"
                                  << "0,25" << true << 0.25;
    QTest::newRow("German, C point") << "de_DE"
                                     << "0.25" << true << 0.25;
    QTest::newRow("German exponent") << "de_DE"
                                     << "1,5e-3" << true << 1.5e-3;
    QTest::newRow("comma is no group separator") << "C"
                                                 << "1,5" << false << 0.0;
    QTest::newRow("English comma") << "en_US"
                                   << "1,000" << false << 0.0;
    QTest::newRow("overflow") << "C"
                              << "1e999" << false << 0.0;
    QTest::newRow("infinity") << "C"
                              << "inf" << false << 0.0;
    QTest::newRow("nan") << "C"
                         << "nan" << false << 0.0;
    QTest::newRow("empty") << "C"
                           << "" << false << 0.0;
    QTest::newRow("half an exponent") << "C"
                                      << "1e" << false << 0.0;
    QTest::newRow("words") << "C"
                           << "alpha" << false << 0.0;
}

void TestUiNumbers::parsesWhatTheCommandLineParses()
{
    QFETCH(QString, locale);
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(double, value);
    const UserLocale user{QLocale(locale)};
    const std::optional<double> parsed = NumberField::parse(text);
    QCOMPARE(parsed.has_value(), valid);
    if (!valid) return;
    QCOMPARE(*parsed, value);
    QCOMPARE(std::signbit(*parsed), std::signbit(value));
    // What is shown reads back as exactly the same double.
    QCOMPARE(NumberField::parse(NumberField::format(*parsed)), parsed);
}

// NumberField::setValue (not QDoubleSpinBox's, which rounds through text at 323 decimals and so
// turned 5e-324 into 0) holds and shows exactly the double it is given, and says so once.
void TestUiNumbers::fieldHoldsTheValueItIsGiven_data()
{
    QTest::addColumn<double>("value");
    QTest::newRow("no short decimal form") << 0.1 + 0.2;
    QTest::newRow("tiny") << 1e-300;
    QTest::newRow("smallest subnormal") << 5e-324;
    QTest::newRow("largest") << -1.7976931348623157e308;
    QTest::newRow("seventeen digits") << 0.12345678901234566;
}

void TestUiNumbers::fieldHoldsTheValueItIsGiven()
{
    QFETCH(double, value);
    NumberField field;
    field.setValue(2.5);
    QSignalSpy changed(&field, &QDoubleSpinBox::valueChanged);
    field.setValue(value);
    QCOMPARE(field.value(), value);
    QCOMPARE(field.text(), QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toDouble(), value);
    field.setValue(value);
    QCOMPARE(changed.count(), 1); // the same value again: nothing changed
}

// The export dialog's resolution: " dpi" after the number, which valueFromText does not read.
void TestUiNumbers::fieldWithASuffixHoldsItsValue()
{
    NumberField field;
    field.setSuffix(QStringLiteral(" dpi"));
    field.setValue(150);
    QCOMPARE(field.value(), 150.0);
    QCOMPARE(field.text(), QStringLiteral("150 dpi"));
}

void TestUiNumbers::parameterTakesTypedNumbersExactly_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<double>("value");
    QTest::newRow("its own default") << "1e-2" << 0.01;
    QTest::newRow("tiny") << "1e-5" << 1e-5;
    QTest::newRow("huge") << "1e308" << 1e308;
    QTest::newRow("many digits") << "0.123456789012345" << 0.123456789012345;
    QTest::newRow("negative zero") << "-0" << -0.0;
    QTest::newRow("past the old spin box range") << "-2.5e7" << -2.5e7;
}

void TestUiNumbers::parameterTakesTypedNumbersExactly()
{
    QFETCH(QString, text);
    QFETCH(double, value);
    MainWindow window;
    window.model()->setCurrent(FunctionId::LeakyRelu);
    NumberField *alpha = window.parameterPanel()->rows().at(0)->spinBox();
    typeInto(alpha, text);
    const double held = window.model()->parameters(FunctionId::LeakyRelu).values[0];
    QCOMPARE(held, value);
    QCOMPARE(std::signbit(held), std::signbit(value));
    QCOMPARE(alpha->value(), value);
    QCOMPARE(NumberField::parse(alpha->text()), std::optional(value));
    QVERIFY(window.parameterPanel()->message()->isHidden());
}

void TestUiNumbers::refusedParameterTextKeepsTheValue_data()
{
    QTest::addColumn<int>("function");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a number") << int(FunctionId::LeakyRelu) << "abc"
                                  << "\"abc\" is not";
    QTest::newRow("overflow") << int(FunctionId::LeakyRelu) << "1e999"
                              << "\"1e999\" is not";
    QTest::newRow("outside the domain") << int(FunctionId::Softplus) << "-1"
                                        << "beta";
}

void TestUiNumbers::refusedParameterTextKeepsTheValue()
{
    QFETCH(int, function);
    QFETCH(QString, text);
    QFETCH(QString, reason);
    const auto id = static_cast<FunctionId>(function);
    MainWindow window;
    window.model()->setCurrent(id);
    const double old = window.model()->parameters(id).values[0];
    NumberField *field = window.parameterPanel()->rows().at(0)->spinBox();
    typeInto(field, text);
    QCOMPARE(window.model()->parameters(id).values[0], old);
    QCOMPARE(field->value(), old);
    QCOMPARE(NumberField::parse(field->text()), std::optional(old));
    const QLabel *message = window.parameterPanel()->message();
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains(reason), qPrintable(message->text()));
    QVERIFY2(message->text().contains("previous value stays"), qPrintable(message->text()));
}

void TestUiNumbers::temperatureIsNeverClampedOrRewritten()
{
    MainWindow window;
    NumberField *temperature = window.softmaxView()->temperatureSpinBox();
    typeInto(temperature, "1e308");
    QCOMPARE(window.model()->temperature(), 1e308);
    typeInto(temperature, "0.0005");
    QCOMPARE(window.model()->temperature(), 0.0005);
    typeInto(temperature, "0");
    QCOMPARE(window.model()->temperature(), 0.0005); // refused, not made 1 or 0.001
    QCOMPARE(temperature->value(), 0.0005);
    const QLabel *message = window.softmaxView()->message();
    QVERIFY(!message->isHidden());
    QVERIFY2(message->text().contains("above 0"), qPrintable(message->text()));
    typeInto(temperature, "hot");
    QCOMPARE(window.model()->temperature(), 0.0005);
    QVERIFY2(message->text().contains("\"hot\" is not"), qPrintable(message->text()));
}

void TestUiNumbers::logitTakesExponentsAndLocaleCommas()
{
    const UserLocale user{QLocale(QLocale::German, QLocale::Germany)};
    MainWindow window;
    QLineEdit *logit = window.softmaxView()->logitEdit(1);
    typeInto(logit, "2,5e-1");
    QCOMPARE(window.model()->logits()[1], 0.25);
    typeInto(logit, "-1e2");
    QCOMPARE(window.model()->logits()[1], -100.0);
}

QTEST_MAIN(TestUiNumbers)
#include "test_ui_numbers.moc"
