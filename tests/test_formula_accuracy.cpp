// Accuracy of formulas (core/formula) against the independent quad-precision reference
// (reference.h): the tail examples where a double evaluation of the formula as written fails
// (1/(1+exp(-x)) at -750, log(1+exp(x)) at 800, 1 - tanh(x)^2 at 20, ...), and the MPFR
// versions of all 26 catalogue functions. The requirement is core/README.md's: within 1e-12
// relative of the true value wherever that is a finite double; below DBL_MIN an absolute
// error of 1e-12·DBL_MIN. No conditioning allowance is needed here: the refinement is exact
// enough next to roots too.
#include "activations.h"
#include "formula.h"
#include "reference.h"

#include <QObject>
#include <QTest>

#include <cfloat>
#include <cmath>
#include <functional>
#include <string>
#include <vector>

using act::Formula;
using ref::quad;

Q_DECLARE_METATYPE(act::FunctionId)
Q_DECLARE_METATYPE(act::Parameters)

namespace {

constexpr double kTol = 1e-12;

Formula parsed(const std::string &text)
{
    const act::ParseResult r = Formula::parse(text);
    if (!r) qFatal("'%s' does not parse: %s", text.c_str(), r.error().message.c_str());
    return *r;
}

// Empty when `got` is within tolerance of the quad value `want`, otherwise why not.
QString mismatch(double got, quad want)
{
    const quad w = want;
    if (isnanq(w)) return std::isnan(got) ? QString() : QStringLiteral("expected NaN");
    if (fabsq(w) > quad(DBL_MAX))
        return std::isinf(got) && (got > 0) == (w > 0) ? QString()
                                                       : QStringLiteral("expected infinity");
    const quad err = fabsq(quad(got) - w);
    const quad scale = fabsq(w) > quad(DBL_MIN) ? fabsq(w) : quad(DBL_MIN);
    if (std::isfinite(got) && err <= quad(kTol) * scale) return {};
    return QStringLiteral("got %1, want %2, relative error %3")
        .arg(got, 0, 'g', 17)
        .arg(QString::fromStdString(ref::toString(w)))
        .arg(double(err / scale), 0, 'g', 3);
}

#define VERIFY_CLOSE(got, want, what)                                                              \
    do {                                                                                           \
        const QString why_ = mismatch((got), (want));                                              \
        QVERIFY2(why_.isEmpty(), qPrintable(QStringLiteral("%1: ").arg(what) + why_));             \
    } while (false)

struct Example
{
    const char *name;
    const char *formula;
    std::vector<double> params;
    std::vector<double> xs;
    std::function<ref::Derivatives(double)> reference;
};

ref::Derivatives sech2Reference(double x)
{
    const quad t = tanhq(quad(x));
    const quad c = coshq(quad(x));
    const quad s = 1 / (c * c);
    return {s, -2 * t * s, -2 * s * s + 4 * t * t * s};
}

const std::vector<Example> &examples()
{
    using F = act::FunctionId;
    static const std::vector<Example> list = {
        {"sigmoid as a quotient",
         "1/(1+exp(-x))",
         {},
         {-1000, -750, -745, -710, -700, -100, -1e-9, 0, 1e-300, 1e-9, 5, 40, 700, 1000},
         [](double x) { return ref::evaluate(F::Sigmoid, {}, x); }},
        {"softplus as a logarithm",
         "log(1+exp(x))",
         {},
         {-1000, -700, -40, -1e-10, 0, 3, 30, 709, 710, 800, 1000},
         [](double x) {
             return ref::evaluate(F::Softplus, {{1.0, INFINITY}}, x);
         }},
        {"sech squared as 1 - tanh^2",
         "1-tanh(x)^2",
         {},
         {-300, -20, -1e-8, 0.5, 20, 50, 300},
         sech2Reference},
        {"swish with a parameter",
         "x*sigmoid(b*x)",
         {2.0},
         {-1000, -300, -40, -1, -1e-8, 0, 0.3, 5, 40, 1000},
         [](double x) {
             return ref::evaluate(F::Swish, {{2.0, 0.0}}, x);
         }},
        {"mish written out",
         "x*tanh(softplus(x))",
         {},
         {-1000, -300, -30, -1.2, -1e-9, 0, 0.7, 8, 30, 1000},
         [](double x) { return ref::evaluate(F::Mish, {}, x); }},
        {"gelu from erfc",
         "x/2*erfc(-x/sqrt(2))",
         {},
         {-38, -30, -5, -0.7518, -1e-9, 0, 1, 10},
         [](double x) { return ref::evaluate(F::Gelu, {}, x); }},
    };
    return list;
}

std::vector<double> gridWithKinks(act::FunctionId id, const act::Parameters &p)
{
    std::vector<double> xs = {0.0, 1e-300, -1e-300, 1e-5, -1e-5};
    for (double v : {1000.0, 700.0, 100.0, 30.0, 10.0, 5.0, 3.0, 2.0, 1.0, 0.5, 0.1, 0.7518})
        xs.push_back(v), xs.push_back(-v);
    for (double k : ref::kinks(id, p))
        for (double x :
             {k, std::nextafter(k, -INFINITY), std::nextafter(k, INFINITY), k - 1e-9, k + 1e-9})
            xs.push_back(x);
    return xs;
}

std::string callText(act::FunctionId id, const act::Parameters &p)
{
    std::string text = std::string(act::spec(id).name) + "(x";
    char buffer[32];
    for (std::size_t i = 0; i < act::spec(id).parameters.size(); ++i) {
        std::snprintf(buffer, sizeof buffer, ", %.17g", p.values[i]);
        text += buffer;
    }
    return text + ")";
}

} // namespace

class TestFormulaAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void tails_data()
    {
        QTest::addColumn<int>("index");
        for (std::size_t i = 0; i < examples().size(); ++i)
            QTest::newRow(examples()[i].name) << int(i);
    }
    void tails()
    {
        QFETCH(int, index);
        const Example &e = examples()[std::size_t(index)];
        const Formula f = parsed(e.formula);
        for (double x : e.xs) {
            const act::Derivatives d = f.accurate(x, e.params);
            const ref::Derivatives r = e.reference(x);
            const QString at = QStringLiteral(" at x = %1").arg(x, 0, 'g', 17);
            VERIFY_CLOSE(d.f, r.f, "f" + at);
            VERIFY_CLOSE(d.d1, r.d1, "f'" + at);
            VERIFY_CLOSE(d.d2, r.d2, "f''" + at);
        }
    }

    // The cases the brief names, with their values: the double pass alone gets them wrong
    // (so the test above can fail), the refinement right.
    // Many points at once (spread over threads) give each point's own accurate values, in
    // order, also where the points needing MPFR cluster at one end.
    void manyPointsAsEachAlone_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::newRow("softplus overflow tail") << QString("log(1+exp(x))") << -50.0 << 900.0;
        QTest::newRow("tanh cancellation") << QString("1-tanh(x)^2") << -5.0 << 60.0;
    }
    void manyPointsAsEachAlone()
    {
        QFETCH(QString, text);
        QFETCH(double, lo);
        QFETCH(double, hi);
        const Formula f = parsed(text.toStdString());
        std::vector<double> x(777), v(x.size()), d1(x.size()), d2(x.size());
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = lo + (hi - lo) * double(i) / double(x.size() - 1);
        f.accurate(x, {}, v, d1, d2);
        for (std::size_t i = 0; i < x.size(); ++i) {
            const act::Derivatives alone = f.accurate(x[i]);
            if (alone.f != v[i] || alone.d1 != d1[i] || alone.d2 != d2[i])
                QFAIL(qPrintable(QString("x = %1: %2 %3 %4 alone, %5 %6 %7 together")
                                     .arg(x[i], 0, 'g', 17)
                                     .arg(alone.f, 0, 'g', 17)
                                     .arg(alone.d1, 0, 'g', 17)
                                     .arg(alone.d2, 0, 'g', 17)
                                     .arg(v[i], 0, 'g', 17)
                                     .arg(d1[i], 0, 'g', 17)
                                     .arg(d2[i], 0, 'g', 17)));
        }
    }

    void doublePassAloneFails()
    {
        const Formula sigmoid = parsed("1/(1+exp(-x))");
        QVERIFY(!std::isfinite(sigmoid.evaluate(-750).d1));
        QVERIFY(std::isnan(sigmoid.evaluate(-750).d1)); // inf/inf
        VERIFY_CLOSE(sigmoid.accurate(-700).d1,
                     ref::evaluate(act::FunctionId::Sigmoid, {}, -700).d1, "sigmoid'(-700)");
        QVERIFY(std::fabs(sigmoid.accurate(-700).d1 - 9.8596765437597708e-305) < 1e-318);

        const Formula softplus = parsed("log(1+exp(x))");
        QVERIFY(std::isinf(softplus.evaluate(800).f));
        QCOMPARE(softplus.accurate(800).f, 800.0);
        QCOMPARE(softplus.evaluate(-40).f, 0.0); // 1 + e^-40 rounds to 1

        const Formula sech2 = parsed("1-tanh(x)^2");
        QCOMPARE(sech2.evaluate(20).f, 0.0);
        const Formula::Checked c = sech2.checked(20);
        QVERIFY(c.errorBound.f > 1e-13 * std::fabs(c.value.f)); // the bound sees the cancellation
        VERIFY_CLOSE(sech2.accurate(20).f, sech2Reference(20).f, "sech²(20)");
        QVERIFY(std::fabs(sech2.accurate(20).f / 1.6993417021166355e-17 - 1) < 1e-15);
    }

    // The brief's comparison: the formula 1/(1+exp(-x)) against the catalogue's sigmoid, on
    // a grid over [-1000, 1000].
    void sigmoidFormulaAgainstCatalogue()
    {
        const Formula f = parsed("1/(1+exp(-x))");
        for (int i = -2000; i <= 2000; ++i) {
            const double x = i * 0.5;
            const act::Derivatives a = f.accurate(x);
            const act::Derivatives k = act::evaluate(act::FunctionId::Sigmoid, {}, x);
            const QString at = QStringLiteral(" at x = %1").arg(x, 0, 'g', 17);
            VERIFY_CLOSE(a.f, quad(k.f), "f" + at);
            VERIFY_CLOSE(a.d1, quad(k.d1), "f'" + at);
            VERIFY_CLOSE(a.d2, quad(k.d2), "f''" + at);
        }
    }

    // The MPFR pass alone (refine) for every catalogue function: the generic formulas of
    // catalogue_generic.h against the quad reference, on and next to every kink.
    void catalogueInMpfr_data()
    {
        QTest::addColumn<act::FunctionId>("id");
        QTest::addColumn<act::Parameters>("params");
        for (const act::FunctionSpec &s : act::functions())
            QTest::newRow(s.name.data()) << s.id << act::defaults(s.id);
        using F = act::FunctionId;
        QTest::newRow("swish beta 10") << F::Swish << act::Parameters{{10.0, 0.0}};
        QTest::newRow("softplus beta 2") << F::Softplus << act::Parameters{{2.0, 20.0}};
        QTest::newRow("celu alpha 0.25") << F::Celu << act::Parameters{{0.25, 0.0}};
        QTest::newRow("hardtanh -2 3") << F::Hardtanh << act::Parameters{{-2.0, 3.0}};
        QTest::newRow("threshold 1 -2") << F::Threshold << act::Parameters{{1.0, -2.0}};
    }
    void catalogueInMpfr()
    {
        QFETCH(act::FunctionId, id);
        QFETCH(act::Parameters, params);
        const Formula f = parsed(callText(id, params));
        for (double x : gridWithKinks(id, params)) {
            const Formula::Refined r = f.refine(x);
            const ref::Derivatives want = ref::evaluate(id, params, x);
            const QString at = QStringLiteral(" at x = %1").arg(x, 0, 'g', 17);
            QVERIFY2(r.converged, qPrintable("no convergence" + at));
            VERIFY_CLOSE(r.value.f, want.f, "f" + at);
            VERIFY_CLOSE(r.value.d1, want.d1, "f'" + at);
            VERIFY_CLOSE(r.value.d2, want.d2, "f''" + at);
        }
    }

    // accurate(): the checked double pass where its bound allows, the MPFR pass elsewhere.
    void catalogueAccurate_data() { catalogueInMpfr_data(); }
    void catalogueAccurate()
    {
        QFETCH(act::FunctionId, id);
        QFETCH(act::Parameters, params);
        const Formula f = parsed(callText(id, params) + "*2 - " + callText(id, params));
        for (double x : gridWithKinks(id, params)) {
            const act::Derivatives d = f.accurate(x);
            const ref::Derivatives want = ref::evaluate(id, params, x);
            const QString at = QStringLiteral(" at x = %1").arg(x, 0, 'g', 17);
            VERIFY_CLOSE(d.f, want.f, "f" + at);
            VERIFY_CLOSE(d.d1, want.d1, "f'" + at);
            VERIFY_CLOSE(d.d2, want.d2, "f''" + at);
        }
    }
};

QTEST_APPLESS_MAIN(TestFormulaAccuracy)
#include "test_formula_accuracy.moc"
