// The formula engine (core/formula): parsing (precedence, associativity, errors with their
// columns, hostile input), derivatives by automatic differentiation against closed forms and
// against the catalogue, the kink conventions, and kinks(). Accuracy in the tails against the
// quad-precision reference is in test_formula_accuracy.cpp.
#include "formula.h"
#include "support/Compare.h"

#include <QObject>
#include <QTest>
#include <QVector>

#include <cmath>
#include <functional>
#include <string>
#include <vector>

using act::Formula;

namespace {

act::Formula parsed(const std::string &text)
{
    const act::ParseResult r = Formula::parse(text);
    if (!r) qFatal("'%s' does not parse: %s", text.c_str(), r.error().message.c_str());
    return *r;
}

struct ClosedForm
{
    const char *name;
    const char *formula;
    std::function<double(double)> f, d1, d2;
    std::vector<double> xs;
};

const std::vector<ClosedForm> &closedForms()
{
    static const std::vector<ClosedForm> forms = {
        {"exp of sin",
         "exp(sin(x))",
         [](double x) { return std::exp(std::sin(x)); },
         [](double x) { return std::cos(x) * std::exp(std::sin(x)); },
         [](double x) { return (std::cos(x) * std::cos(x) - std::sin(x)) * std::exp(std::sin(x)); },
         {-3, -0.5, 0, 0.7, 2.5}},
        {"cube of a negative",
         "x^3",
         [](double x) { return x * x * x; },
         [](double x) { return 3 * x * x; },
         [](double x) { return 6 * x; },
         {-7, -1.5, 0, 2}},
        {"square far left",
         "x^2",
         [](double x) { return x * x; },
         [](double x) { return 2 * x; },
         [](double) { return 2.0; },
         {-800, -1e100, 0, 3}},
        {"negative integer power",
         "x^-2",
         [](double x) { return 1 / (x * x); },
         [](double x) { return -2 / (x * x * x); },
         [](double x) { return 6 / (x * x * x * x); },
         {-3, -0.5, 0.25, 4}},
        {"x to the x",
         "x^x",
         [](double x) { return std::pow(x, x); },
         [](double x) { return std::pow(x, x) * (std::log(x) + 1); },
         [](double x) {
             const double l = std::log(x) + 1;
             return std::pow(x, x) * (l * l + 1 / x);
         },
         {0.3, 1, 2.5}},
        {"log of a quotient",
         "log(x/(1+x^2))",
         [](double x) { return std::log(x / (1 + x * x)); },
         [](double x) { return 1 / x - 2 * x / (1 + x * x); },
         [](double x) {
             const double q = 1 + x * x;
             return -1 / (x * x) - (2 * q - 4 * x * x) / (q * q);
         },
         {0.1, 1.5, 40}},
        {"sqrt",
         "sqrt(x)",
         [](double x) { return std::sqrt(x); },
         [](double x) { return 0.5 / std::sqrt(x); },
         [](double x) { return -0.25 / (x * std::sqrt(x)); },
         {0.01, 2, 1e6}},
        {"tan",
         "tan(x)",
         [](double x) { return std::tan(x); },
         [](double x) { return 1 / (std::cos(x) * std::cos(x)); },
         [](double x) { return 2 * std::tan(x) / (std::cos(x) * std::cos(x)); },
         {-1, 0.3, 1.2}},
        {"erf",
         "erf(x)",
         [](double x) { return std::erf(x); },
         [](double x) { return 2 / std::sqrt(M_PI) * std::exp(-x * x); },
         [](double x) { return -4 * x / std::sqrt(M_PI) * std::exp(-x * x); },
         {-2, 0, 0.5}},
        {"cosh over sinh",
         "cosh(x)/sinh(x)",
         [](double x) { return 1 / std::tanh(x); },
         [](double x) { return -1 / (std::sinh(x) * std::sinh(x)); },
         [](double x) { return 2 * std::cosh(x) / (std::sinh(x) * std::sinh(x) * std::sinh(x)); },
         {-2, 0.5, 3}},
    };
    return forms;
}

} // namespace

class TestFormula : public QObject
{
    Q_OBJECT

private slots:
    void values_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("expected");
        QTest::newRow("product before sum") << "1+2*3" << 0.0 << 7.0;
        QTest::newRow("parentheses") << "(1+2)*3" << 0.0 << 9.0;
        QTest::newRow("minus is left-associative") << "1-2-3" << 0.0 << -4.0;
        QTest::newRow("division is left-associative") << "8/4/2" << 0.0 << 1.0;
        QTest::newRow("power is right-associative") << "2^3^2" << 0.0 << 512.0;
        QTest::newRow("unary minus below power") << "-x^2" << 3.0 << -9.0;
        QTest::newRow("negated base in parentheses") << "(-x)^2" << 3.0 << 9.0;
        QTest::newRow("negative exponent") << "2^-1" << 0.0 << 0.5;
        QTest::newRow("double minus") << "--x" << 4.0 << 4.0;
        QTest::newRow("unary plus") << "+x*2" << 4.0 << 8.0;
        QTest::newRow("exponent notation") << "1.5e3 + 2E-1 + .5" << 0.0 << 1500.7;
        QTest::newRow("pi and e") << "pi*e" << 0.0 << M_PI * M_E;
        QTest::newRow("spaces and tabs") << " \t x  *\n2 " << 2.5 << 5.0;
        QTest::newRow("min of three") << "min(x, 2, 1)" << 5.0 << 1.0;
        QTest::newRow("max") << "max(x, -x)" << -3.0 << 3.0;
        QTest::newRow("catalogue by name") << "sigmoid(0)" << 0.0 << 0.5;
        QTest::newRow("catalogue parameter given") << "leaky_relu(x, 0.2)" << -1.0 << -0.2;
        QTest::newRow("catalogue default parameter") << "leaky_relu(x)" << -1.0 << -0.01;
        QTest::newRow("invalid catalogue parameter is a gap")
            << "celu(x, -1)" << -1.0 << double(NAN);
        QTest::newRow("division by zero is a gap") << "1/(x-1)" << 1.0 << double(INFINITY);
        QTest::newRow("zero over zero is a gap") << "x/x" << 0.0 << double(NAN);
        QTest::newRow("non-integer power of a negative") << "x^0.5" << -4.0 << double(NAN);
        QTest::newRow("log of a negative") << "log(x)" << -1.0 << double(NAN);
        QTest::newRow("tower overflows to a gap") << "x^x^x^x" << 9.0 << double(INFINITY);
    }
    void values()
    {
        QFETCH(QString, text);
        QFETCH(double, x);
        QFETCH(double, expected);
        const Formula f = parsed(text.toStdString());
        COMPARE_CLOSE(f.evaluate(x).f, expected, 1e-15);
    }

    void errors_data()
    {
        QTest::addColumn<QByteArray>("text");
        QTest::addColumn<int>("column");
        QTest::addColumn<QString>("message");
        QTest::newRow("misspelt function")
            << QByteArray("1+sigmod(x)") << 3
            << QStringLiteral("unknown name 'sigmod' at column 3 \u2014 did you mean sigmoid?");
        QTest::newRow("unknown function, nothing near")
            << QByteArray("x*qqqqqqq(x)") << 3
            << QStringLiteral("unknown name 'qqqqqqq' at column 3");
        QTest::newRow("number out of range")
            << QByteArray("2*1e999") << 3
            << QStringLiteral("the number 1e999 is out of range at column 3");
        QTest::newRow("number below the range")
            << QByteArray("1e-999") << 1
            << QStringLiteral("the number 1e-999 is out of range at column 1");
        QTest::newRow("empty") << QByteArray("") << 1
                               << QStringLiteral("the formula is empty at column 1");
        QTest::newRow("blank") << QByteArray("   ") << 1
                               << QStringLiteral("the formula is empty at column 1");
        QTest::newRow("unclosed parenthesis")
            << QByteArray("2*(x+1") << 3 << QStringLiteral("missing ')' for this '(' at column 3");
        QTest::newRow("unmatched parenthesis")
            << QByteArray("x)") << 2 << QStringLiteral("unmatched ')' at column 2");
        QTest::newRow("dangling operator")
            << QByteArray("x+") << 3
            << QStringLiteral("the formula ends where a value was expected at column 3");
        QTest::newRow("no implicit product")
            << QByteArray("2x") << 2
            << QStringLiteral("expected an operator before 'x' at column 2");
        QTest::newRow("function without call")
            << QByteArray("exp+1") << 1
            << QStringLiteral("'exp' is a function: write exp(...) at column 1");
        QTest::newRow("too many arguments")
            << QByteArray("exp(x, 1)") << 4
            << QStringLiteral("exp takes 1 argument, got 2 at column 4");
        QTest::newRow("catalogue arity")
            << QByteArray("relu6(x, 1)") << 6
            << QStringLiteral("relu6 takes 1 argument, got 2 at column 6");
        QTest::newRow("x-dependent catalogue parameter")
            << QByteArray("elu(x, x)") << 4
            << QStringLiteral("the parameters of elu must not depend on x at column 4");
        QTest::newRow("invalid UTF-8")
            << QByteArray("x+\xff") << 3 << QStringLiteral("invalid UTF-8 byte 0xFF at column 3");
        QTest::newRow("truncated UTF-8") << QByteArray("\xce\xb1+\xc3") << 3
                                         << QStringLiteral("invalid UTF-8 byte 0xC3 at column 3");
        QTest::newRow("valid UTF-8 that is no operator")
            << QByteArray("x \xc3\x97 2") << 3
            << QStringLiteral("expected an operator before '\u00d7' at column 3");
        QTest::newRow("valid UTF-8 that is no name")
            << QByteArray("\xce\xb1 + x") << 1
            << QStringLiteral("expected a number, x, a name or '(', found '\u03b1' at column 1");
        QTest::newRow("control character")
            << QByteArray("x\x01") << 2
            << QStringLiteral("expected an operator before U+0001 at column 2");
        QTest::newRow("too long")
            << QByteArray(10001, 'x') << 10001
            << QStringLiteral("the formula is longer than 10000 characters at column 10001");
        QTest::newRow("10000 nested parentheses")
            << (QByteArray(10000, '(') + "x" + QByteArray(10000, ')')) << 10001
            << QStringLiteral("the formula is longer than 10000 characters at column 10001");
        QTest::newRow("4000 nested parentheses")
            << (QByteArray(4000, '(') + "x" + QByteArray(4000, ')')) << 201
            << QStringLiteral("the formula is nested more than 200 levels deep at column 201");
        QTest::newRow("power tower of 1000")
            << QByteArray("x") + QByteArray("^x").repeated(1000) << 402
            << QStringLiteral("the formula is nested more than 200 levels deep at column 402");
    }
    void errors()
    {
        QFETCH(QByteArray, text);
        QFETCH(int, column);
        QFETCH(QString, message);
        const act::ParseResult r = Formula::parse(std::string_view(text.constData(), text.size()));
        QVERIFY(!r);
        QCOMPARE(QString::fromStdString(r.error().message), message);
        QCOMPARE(int(r.error().column), column);
    }

    void towerWithinLimits()
    {
        // 150 levels parse and evaluate (a loop over the tape, no recursion).
        std::string tower = "x";
        for (int i = 0; i < 150; ++i)
            tower += "^x";
        const Formula f = parsed(tower);
        QCOMPARE(f.evaluate(1.0).f, 1.0);
        QVERIFY(std::isinf(f.evaluate(2.0).f));
    }

    void parameters()
    {
        const Formula f = parsed("a*x + b*x^2 + a");
        QCOMPARE(f.parameters(), (std::vector<std::string>{"a", "b"}));
        QCOMPARE(f.defaultParameters(), (std::vector<double>{1.0, 1.0}));
        QCOMPARE(f.findParameter("b"), std::optional<std::size_t>(1));
        QCOMPARE(f.findParameter("x"), std::optional<std::size_t>());
        const std::vector<double> p{2.0, 3.0};
        const act::Derivatives d = f.evaluate(2.0, p);
        QCOMPARE(d.f, 2.0 * 2 + 3.0 * 4 + 2);
        QCOMPARE(d.d1, 2.0 + 2 * 3.0 * 2);
        QCOMPARE(d.d2, 6.0);
        QCOMPARE(f.evaluate(2.0).f, 2.0 + 4 + 1); // defaults
    }

    void derivativesAgainstClosedForms_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < closedForms().size(); ++i)
            QTest::newRow(closedForms()[i].name) << int(i);
    }
    void derivativesAgainstClosedForms()
    {
        QFETCH(int, index);
        const ClosedForm &c = closedForms()[std::size_t(index)];
        const Formula f = parsed(c.formula);
        for (double x : c.xs) {
            const act::Derivatives d = f.evaluate(x);
            COMPARE_CLOSE(d.f, c.f(x), 1e-13);
            COMPARE_CLOSE(d.d1, c.d1(x), 1e-13);
            COMPARE_CLOSE(d.d2, c.d2(x), 1e-13);
        }
    }

    // A catalogue function called with x is exactly the core's kernel. tanh is the exception:
    // the elementary function of that name wins, and its values (libm's tanh, the formula's own
    // derivatives) may differ from the kernel's vectorised ones in the last bits.
    void catalogueIsTheKernel()
    {
        for (const act::FunctionSpec &spec : act::functions()) {
            const Formula f = parsed(std::string(spec.name) + "(x)");
            const act::Parameters p = act::defaults(spec.id);
            const bool elementary = spec.id == act::FunctionId::Tanh;
            for (double x : {-50.0, -3.0, -0.75, 0.0, 0.3, 2.0, 6.0, 30.0}) {
                const act::Derivatives a = f.evaluate(x), b = act::evaluate(spec.id, p, x);
                if (elementary) {
                    COMPARE_CLOSE(a.f, b.f, 1e-15);
                    COMPARE_CLOSE(a.d1, b.d1, 1e-15);
                    COMPARE_CLOSE(a.d2, b.d2, 1e-15);
                    continue;
                }
                QVERIFY2(a.f == b.f && a.d1 == b.d1 && a.d2 == b.d2, spec.name.data());
            }
        }
    }

    // The chain rule through a kernel: sigmoid(2x + 1) against the kernel's own values.
    void chainThroughCatalogue()
    {
        const Formula f = parsed("sigmoid(2*x+1)");
        for (double x : {-20.0, -0.5, 0.0, 3.0}) {
            const act::Derivatives k = act::evaluate(act::FunctionId::Sigmoid, {}, 2 * x + 1);
            const act::Derivatives d = f.evaluate(x);
            COMPARE_CLOSE(d.f, k.f, 1e-15);
            COMPARE_CLOSE(d.d1, 2 * k.d1, 1e-15);
            COMPARE_CLOSE(d.d2, 4 * k.d2, 1e-15);
        }
    }

    // At kinks the core's one-sided convention: abs'(0) = sign(0) = 0; max and min take the
    // flatter side, so they agree with relu, relu6 and leaky_relu.
    void kinkConventions_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("d1");
        QTest::newRow("abs at 0") << "abs(x)" << 0.0 << 0.0;
        QTest::newRow("max(x, 0) is relu") << "max(x, 0)" << 0.0 << 0.0;
        QTest::newRow("max(0, x) is relu") << "max(0, x)" << 0.0 << 0.0;
        QTest::newRow("relu6 as min/max at 0") << "min(max(x, 0), 6)" << 0.0 << 0.0;
        QTest::newRow("relu6 as min/max at 6") << "min(max(x, 0), 6)" << 6.0 << 0.0;
        QTest::newRow("leaky as max") << "max(x, 0.01*x)" << 0.0 << 0.01;
        QTest::newRow("relu in a formula") << "2*relu(x)" << 0.0 << 0.0;
        QTest::newRow("elu in a formula") << "elu(x)" << 0.0 << 1.0;
        QTest::newRow("hardtanh upper clamp") << "hardtanh(x)" << 1.0 << 0.0;
    }
    void kinkConventions()
    {
        QFETCH(QString, text);
        QFETCH(double, x);
        QFETCH(double, d1);
        const Formula f = parsed(text.toStdString());
        QCOMPARE(f.evaluate(x).d1, d1);
        QCOMPARE(f.accurate(x).d1, d1);
    }

    void kinks_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QList<double>>("xs");
        QTest::addColumn<QList<int>>("orders");
        QTest::newRow("abs of affine") << "abs(x-1)" << QList<double>{1} << QList<int>{1};
        QTest::newRow("relu of a parabola")
            << "relu(x^2-4)" << QList<double>{-2, 2} << QList<int>{1, 1};
        QTest::newRow("hardtanh of 2x")
            << "hardtanh(2*x)" << QList<double>{-0.5, 0.5} << QList<int>{1, 1};
        QTest::newRow("pole") << "1/(x-0.25)" << QList<double>{0.25} << QList<int>{0};
        QTest::newRow("max of two lines") << "max(x, 1-x)" << QList<double>{0.5} << QList<int>{1};
        QTest::newRow("abs of sin") << "abs(sin(x))" << [] {
            QList<double> roots;
            for (int k = -2; k <= 7; ++k)
                roots << k * M_PI;
            return roots;
        }() << QList<int>(10, 1);
        QTest::newRow("softplus threshold") << "softplus(x)" << QList<double>{20} << QList<int>{0};
        QTest::newRow("touching zero is smooth") << "abs(x^2)" << QList<double>{} << QList<int>{};
        QTest::newRow("smooth") << "x*sigmoid(x)" << QList<double>{} << QList<int>{};
    }
    void kinks()
    {
        QFETCH(QString, text);
        QFETCH(QList<double>, xs);
        QFETCH(QList<int>, orders);
        const std::vector<act::Discontinuity> k = parsed(text.toStdString()).kinks({}, -7, 23);
        QCOMPARE(qsizetype(k.size()), xs.size());
        for (qsizetype i = 0; i < xs.size(); ++i) {
            const act::Discontinuity &kink = k[std::size_t(i)];
            QVERIFY2(std::fabs(kink.x - xs[i]) <= 4e-16 * std::max(1.0, std::fabs(xs[i])),
                     qPrintable(QString::number(kink.x, 'g', 17)));
            QCOMPARE(kink.order, orders[i]);
        }
    }

    // The span pass runs node by node over chunks of 256 points, catalogue functions with
    // parameters that do not follow x through the vectorised span kernels (the same values
    // as the scalar kernels to a few ulps): it must give what the point pass gives, across
    // chunk boundaries, at gaps, and where a parameter leaves its domain.
    void spanMatchesPoints_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QVector<double>>("params");
        QTest::newRow("catalogue inside elementary functions")
            << "x*tanh(softplus(x)) + abs(x)/(1+x^2)" << QVector<double>{};
        QTest::newRow("a parameter into a catalogue argument")
            << "x*sigmoid(b*x)" << QVector<double>{1.7};
        QTest::newRow("catalogue parameters given")
            << "leaky_relu(x, 0.2) + elu(x, a)" << QVector<double>{0.4};
        QTest::newRow("a parameter out of the domain: a gap")
            << "celu(x, a)" << QVector<double>{-1.0};
        QTest::newRow("no x at all") << "gelu(2) + a" << QVector<double>{3.0};
        QTest::newRow("gaps: log of negatives, division by zero")
            << "log(x) + 1/x + selu(x)" << QVector<double>{};
        QTest::newRow("every kind of node")
            << "min(x, 2)^3 - max(-x, e)*pi + mish(x)/2" << QVector<double>{};
    }

    void spanMatchesPoints()
    {
        QFETCH(QString, expression);
        QFETCH(QVector<double>, params);
        const Formula f = parsed(expression.toStdString());
        std::vector<double> xs;
        for (int i = 0; i < 700; ++i) // two chunks and a part of one
            xs.push_back(-30 + 60.0 * i / 699);
        xs.push_back(NAN);
        xs.push_back(0.0);
        xs.push_back(-0.0);
        std::vector<double> y(xs.size()), dy(xs.size()), d2y(xs.size());
        const std::span<const double> p(params.constData(), std::size_t(params.size()));
        f.evaluate(xs, p, y, dy, d2y);
        for (std::size_t i = 0; i < xs.size(); ++i) {
            const act::Derivatives d = f.evaluate(xs[i], p);
            COMPARE_CLOSE(y[i], d.f, 1e-14);
            COMPARE_CLOSE(dy[i], d.d1, 1e-14);
            COMPARE_CLOSE(d2y[i], d.d2, 1e-14);
        }
        std::vector<double> onlyD1(xs.size());
        f.evaluate(xs, p, {}, onlyD1, {}); // empty outputs are skipped
        for (std::size_t i = 0; i < xs.size(); ++i)
            QVERIFY((std::isnan(onlyD1[i]) && std::isnan(dy[i])) || onlyD1[i] == dy[i]);
    }
};

QTEST_APPLESS_MAIN(TestFormula)
#include "test_formula.moc"
