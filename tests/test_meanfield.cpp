// Mean-field theory (core/gaussian.h, core/meanfield.h) against closed forms and against an
// independent quad-precision integration, never against the quadrature under test.
//
// Closed forms for z ~ N(0, q): ReLU E[φ] = √(q/2π), E[φ²] = q/2, E[φ'²] = ½; leaky ReLU with
// slope a: (1 − a)√(q/2π), (1 + a²)q/2, (1 + a²)/2; linear αz: 0, α²q, α²; erf: E[φ²] =
// (2/π)·asin(2q/(1 + 2q)), E[φ'²] = 4/(π√(1 + 4q)). Smooth functions (tanh, sigmoid, GELU) are
// checked against the trapezoid rule in __float128 over t in [−40, 40] with step 1/64: for an
// analytic integrand the trapezoid error falls like exp(−2π·d/h), d the distance of the nearest
// pole from the real axis (tanh: π/(2√q) ≥ 0.49 for q ≤ 10), so it is far below 1e-20 there.
#include "formula.h"
#include "formula_activation.h"
#include "gaussian.h"
#include "meanfield.h"

#include <QTest>

#include <quadmath.h>

#include <cmath>
#include <numbers>

Q_DECLARE_METATYPE(act::FunctionId)

namespace {

constexpr double kAccuracy = 1e-10; // the requirement; the measured errors are ~1e-15

// |actual − expected| <= tolerance·scale, where scale defaults to |expected|.
bool near(double actual, double expected, double tolerance, double scale = -1)
{
    if (scale < 0) scale = std::fabs(expected);
    return std::fabs(actual - expected) <= tolerance * scale;
}

#define VERIFY_NEAR(actual, expected, ...)                                                         \
    QVERIFY2(near((actual), (expected), __VA_ARGS__),                                              \
             qPrintable(QStringLiteral("%1 = %2, expected %3")                                     \
                            .arg(#actual)                                                          \
                            .arg(double(actual), 0, 'g', 17)                                       \
                            .arg(double(expected), 0, 'g', 17)))

struct Reference
{
    double mean, second, derivativeSquare;
};

const __float128 kPi = acosq(__float128(-1));

// f and f' in quad precision, for the trapezoid reference.
void quadFunction(act::FunctionId id, __float128 x, __float128 &f, __float128 &d)
{
    switch (id) {
    case act::FunctionId::Tanh: {
        const __float128 t = tanhq(x);
        f = t;
        d = 1 - t * t;
        return;
    }
    case act::FunctionId::Sigmoid: {
        const __float128 s = 1 / (1 + expq(-x));
        f = s;
        d = s * (1 - s);
        return;
    }
    default: { // GELU: x·Φ(x)
        const __float128 cdf = __float128(0.5) * erfcq(-x / sqrtq(__float128(2)));
        const __float128 pdf = expq(-x * x / 2) / sqrtq(2 * kPi);
        f = x * cdf;
        d = cdf + x * pdf;
        return;
    }
    }
}

Reference trapezoid(act::FunctionId id, double q)
{
    const __float128 h = __float128(1) / 64, s = sqrtq(__float128(q));
    __float128 m = 0, m2 = 0, d2 = 0;
    for (int i = -40 * 64; i <= 40 * 64; ++i) {
        const __float128 t = i * h;
        const __float128 w = expq(-t * t / 2) / sqrtq(2 * kPi) * h;
        __float128 f, d;
        quadFunction(id, s * t, f, d);
        m += f * w;
        m2 += f * f * w;
        d2 += d * d * w;
    }
    return {double(m), double(m2), double(d2)};
}

act::Parameters slope(double a)
{
    return act::Parameters{{a, 0}};
}

std::shared_ptr<const act::Activation>
typed(const char *text, std::vector<double> params = {},
      act::FormulaActivation::Precision precision = act::FormulaActivation::Precision::Accurate)
{
    const act::ParseResult parsed = act::Formula::parse(text);
    if (!parsed) qFatal("%s: %s", text, parsed.error().message.c_str());
    return std::make_shared<const act::FormulaActivation>(*parsed, std::move(params), precision);
}

} // namespace

class TestMeanField : public QObject
{
    Q_OBJECT

private slots:
    void rectifiersMatchClosedForms_data()
    {
        QTest::addColumn<act::FunctionId>("id");
        QTest::addColumn<double>("a"); // the negative slope
        QTest::addColumn<double>("q");
        for (double q : {1e-8, 0.01, 0.5, 1.0, 3.7, 100.0, 1e6}) {
            const QByteArray at = " q=" + QByteArray::number(q);
            QTest::newRow("relu" + at) << act::FunctionId::Relu << 0.0 << q;
            QTest::newRow("leaky 0.01" + at) << act::FunctionId::LeakyRelu << 0.01 << q;
            QTest::newRow("leaky 0.2" + at) << act::FunctionId::LeakyRelu << 0.2 << q;
            QTest::newRow("leaky -0.5" + at) << act::FunctionId::LeakyRelu << -0.5 << q;
            QTest::newRow("prelu 3" + at) << act::FunctionId::Prelu << 3.0 << q;
        }
    }
    void rectifiersMatchClosedForms()
    {
        QFETCH(act::FunctionId, id);
        QFETCH(double, a);
        QFETCH(double, q);
        const act::GaussianMoments m = act::gaussianMoments(id, slope(a), q);
        QVERIFY(m.converged);
        VERIFY_NEAR(m.mean, (1 - a) * std::sqrt(q / (2 * std::numbers::pi)), kAccuracy);
        VERIFY_NEAR(m.secondMoment, (1 + a * a) * q / 2, kAccuracy);
        VERIFY_NEAR(m.derivativeSquare, (1 + a * a) / 2, kAccuracy);
    }

    void linearAndErfMatchClosedForms_data()
    {
        QTest::addColumn<double>("q");
        for (double q : {1e-6, 0.1, 1.0, 2.0, 10.0, 1e4})
            QTest::newRow(QByteArray::number(q)) << q;
    }
    void linearAndErfMatchClosedForms()
    {
        QFETCH(double, q);
        const act::GaussianMoments lin =
            act::gaussianMoments(act::FunctionId::Linear, slope(-1.5), q);
        VERIFY_NEAR(lin.mean, 0.0, kAccuracy, 1.5 * std::sqrt(q));
        VERIFY_NEAR(lin.secondMoment, 2.25 * q, kAccuracy);
        VERIFY_NEAR(lin.derivativeSquare, 2.25, kAccuracy);

        const act::BatchFunction erf = [](std::span<const double> x, std::span<double> f,
                                          std::span<double> d) {
            for (std::size_t i = 0; i < x.size(); ++i) {
                f[i] = std::erf(x[i]);
                d[i] = 2 / std::sqrt(std::numbers::pi) * std::exp(-x[i] * x[i]);
            }
        };
        const act::GaussianMoments e = act::gaussianMoments(erf, {}, q);
        QVERIFY(e.converged);
        VERIFY_NEAR(e.mean, 0.0, kAccuracy, 1.0);
        VERIFY_NEAR(e.secondMoment, 2 / std::numbers::pi * std::asin(2 * q / (1 + 2 * q)),
                    kAccuracy);
        VERIFY_NEAR(e.derivativeSquare, 4 / (std::numbers::pi * std::sqrt(1 + 4 * q)), kAccuracy);
    }

    void smoothFunctionsMatchQuadPrecision_data()
    {
        QTest::addColumn<act::FunctionId>("id");
        QTest::addColumn<double>("q");
        for (double q : {0.01, 0.3, 1.0, 2.5, 10.0}) {
            const QByteArray at = " q=" + QByteArray::number(q);
            QTest::newRow("tanh" + at) << act::FunctionId::Tanh << q;
            QTest::newRow("sigmoid" + at) << act::FunctionId::Sigmoid << q;
            QTest::newRow("gelu" + at) << act::FunctionId::Gelu << q;
        }
    }
    void smoothFunctionsMatchQuadPrecision()
    {
        QFETCH(act::FunctionId, id);
        QFETCH(double, q);
        const act::GaussianMoments m = act::gaussianMoments(id, act::defaults(id), q);
        const Reference r = trapezoid(id, q);
        QVERIFY(m.converged);
        VERIFY_NEAR(m.mean, r.mean, kAccuracy, std::max(std::fabs(r.mean), std::sqrt(r.second)));
        VERIFY_NEAR(m.secondMoment, r.second, kAccuracy);
        VERIFY_NEAR(m.derivativeSquare, r.derivativeSquare, kAccuracy);
    }

    // SELU's constants are rounded, so its self-normalisation holds to ~1e-6, not exactly.
    void seluIsSelfNormalising()
    {
        const auto m =
            act::gaussianMoments(act::FunctionId::Selu, act::defaults(act::FunctionId::Selu), 1.0);
        QVERIFY(std::fabs(m.mean) < 1e-6);
        QVERIFY(std::fabs(m.secondMoment - 1) < 1e-6);
    }

    void reluAtCriticalityKeepsEverything()
    {
        act::NetworkSettings s{act::catalogueActivation(act::FunctionId::Relu), 2.0, 0.0, 1.5, 200};
        const auto layers = act::propagate(s);
        QCOMPARE(layers.size(), std::size_t(200));
        for (const auto &l : layers) {
            VERIFY_NEAR(l.q, 3.0, 1e-12);
            VERIFY_NEAR(l.chi1, 1.0, 1e-12);
            VERIFY_NEAR(l.gradientGain, 1.0, 1e-10);
        }
        const act::FixedPoint p = act::fixedPoint(s);
        QCOMPARE(p.status, act::FixedPointStatus::Converged);
        VERIFY_NEAR(p.qStar, 3.0, 1e-12);
        QVERIFY(std::isinf(p.depthScale));
    }

    void linearRecursionIsGeometric()
    {
        act::NetworkSettings s{act::catalogueActivation(act::FunctionId::Linear, slope(1.0)), 0.8,
                               0.1, 2.0, 30};
        const auto layers = act::propagate(s);
        double q = 0.8 * 2.0 + 0.1, gain = 1.0;
        for (std::size_t i = 0; i < layers.size(); ++i) {
            VERIFY_NEAR(layers[i].q, q, 1e-12);
            VERIFY_NEAR(layers[i].secondMoment, q, 1e-12);
            VERIFY_NEAR(layers[i].chi1, 0.8, 1e-12);
            q = 0.8 * q + 0.1;
        }
        for (std::size_t i = layers.size(); i-- > 0;) {
            VERIFY_NEAR(layers[i].gradientGain, gain, 1e-12);
            gain *= 0.8;
        }
        const act::FixedPoint p = act::fixedPoint(s); // q* = σb²/(1 − σw²)
        QCOMPARE(p.status, act::FixedPointStatus::Converged);
        VERIFY_NEAR(p.qStar, 0.5, 1e-12);
        VERIFY_NEAR(p.depthScale, -1 / std::log(0.8), 1e-12);
    }

    void reluFixedPointClosedForm()
    {
        // q* = σb²/(1 − σw²/2), χ1 = σw²/2.
        act::NetworkSettings s{act::catalogueActivation(act::FunctionId::Relu), 1.0, 0.5, 1.0, 10};
        const act::FixedPoint p = act::fixedPoint(s);
        QCOMPARE(p.status, act::FixedPointStatus::Converged);
        VERIFY_NEAR(p.qStar, 1.0, 1e-12);
        VERIFY_NEAR(p.chi1, 0.5, 1e-12);
        VERIFY_NEAR(p.depthScale, 1 / std::log(2.0), 1e-12);
        s.weightVariance = 2.5;
        QCOMPARE(act::fixedPoint(s).status, act::FixedPointStatus::Diverged);
        QVERIFY(act::describe(act::fixedPoint(s)).find("without bound") != std::string::npos);
    }

    void tanhFixedPoints()
    {
        // σw² = 1, σb² = 0: q → 0 like 1/l, a power law; q* = 0 exactly (not a rounding
        // residue such as 1.3e-16) and χ1 = 1, from any q0.
        act::NetworkSettings s{act::catalogueActivation(act::FunctionId::Tanh), 1.0, 0.0, 1.0, 10};
        for (double q0 : {0.01, 0.5, 1.0, 2.0, 3.0, 10.0, 100.0}) {
            s.inputVariance = q0;
            const act::FixedPoint p = act::fixedPoint(s);
            QCOMPARE(p.status, act::FixedPointStatus::Converged);
            QVERIFY2(p.qStar == 0.0, qPrintable(QString::number(p.qStar))); // not fuzzy
            QCOMPARE(p.chi1, 1.0);
            QVERIFY(std::isinf(p.depthScale));
        }
        s.inputVariance = 1.0;
        act::FixedPoint p = act::fixedPoint(s);
        // Chaotic side: a positive q* with χ1 > 1, and it is a fixed point.
        s.weightVariance = 2.0;
        s.biasVariance = 0.05;
        p = act::fixedPoint(s);
        QCOMPARE(p.status, act::FixedPointStatus::Converged);
        const auto m = act::layerMoments(act::CatalogueActivation(act::FunctionId::Tanh), p.qStar);
        VERIFY_NEAR(2.0 * m.secondMoment + 0.05, p.qStar, 1e-12);
        VERIFY_NEAR(2.0 * m.derivativeSquare, p.chi1, 1e-14);
        QVERIFY(p.chi1 > 1 && p.depthScale < 0);
        // Near criticality the plain iteration is slow; the bracketed solve still lands on it.
        s.weightVariance = 1.01;
        s.biasVariance = 0.0;
        p = act::fixedPoint(s);
        QCOMPARE(p.status, act::FixedPointStatus::Converged);
        QVERIFY(p.qStar > 0);
        VERIFY_NEAR(1.01 *
                        act::layerMoments(act::CatalogueActivation(act::FunctionId::Tanh), p.qStar)
                            .secondMoment,
                    p.qStar, 1e-11);
    }

    void orderToChaosLine()
    {
        const auto relu =
            act::criticalWeightVariance(act::CatalogueActivation(act::FunctionId::Relu), 0.1);
        QVERIFY(relu);
        VERIFY_NEAR(*relu, 2.0, 1e-9);
        const auto tanh =
            act::criticalWeightVariance(act::CatalogueActivation(act::FunctionId::Tanh), 0.0);
        QVERIFY(tanh);
        VERIFY_NEAR(*tanh, 1.0, 1e-9);
        // With a bias the tanh line moves to σw² > 1 and χ1(q*) = 1 there.
        const auto biased =
            act::criticalWeightVariance(act::CatalogueActivation(act::FunctionId::Tanh), 0.05);
        QVERIFY(biased && *biased > 1.0);
        const act::FixedPoint p =
            act::fixedPoint({act::catalogueActivation(act::FunctionId::Tanh), *biased, 0.05, 1, 1});
        VERIFY_NEAR(p.chi1, 1.0, 1e-9);
    }

    void rreluAveragesTrainingSlopes()
    {
        const act::Parameters p{{0.1, 0.5}};
        const auto m = act::layerMoments(act::CatalogueActivation(act::FunctionId::Rrelu, p), 2.0);
        const double es2 = (0.01 + 0.05 + 0.25) / 3;
        VERIFY_NEAR(m.mean, (1 - 0.3) * std::sqrt(2.0 / (2 * std::numbers::pi)), kAccuracy);
        VERIFY_NEAR(m.secondMoment, (1 + es2) * 2.0 / 2, kAccuracy);
        VERIFY_NEAR(m.derivativeSquare, (1 + es2) / 2, kAccuracy);
    }

    // Typed formulas go through the same theory: max(x, a·x) against leaky ReLU's closed forms
    // (its kink at 0 comes from the formula's kinks()), erf(x) against erf's.
    void typedFormulasMatchClosedForms_data()
    {
        QTest::addColumn<QString>("formula");
        QTest::addColumn<QList<double>>("params");
        QTest::addColumn<double>("a"); // the negative slope of the closed form; NaN for erf
        QTest::addColumn<double>("q");
        for (double q : {1e-6, 0.1, 1.0, 3.7, 1e4}) {
            const QByteArray at = " q=" + QByteArray::number(q);
            QTest::newRow("max(x,0)" + at)
                << QStringLiteral("max(x,0)") << QList<double>{} << 0.0 << q;
            QTest::newRow("max(x,a*x) a=0.2" + at)
                << QStringLiteral("max(x,a*x)") << QList<double>{0.2} << 0.2 << q;
            QTest::newRow("abs(x)" + at)
                << QStringLiteral("abs(x)") << QList<double>{} << -1.0 << q;
            QTest::newRow("erf(x)" + at)
                << QStringLiteral("erf(x)") << QList<double>{} << qQNaN() << q;
        }
    }
    void typedFormulasMatchClosedForms()
    {
        QFETCH(QString, formula);
        QFETCH(QList<double>, params);
        QFETCH(double, a);
        QFETCH(double, q);
        const bool isErf = std::isnan(a);
        const auto phi =
            typed(qPrintable(formula), std::vector<double>(params.begin(), params.end()));
        const act::LayerMoments m = act::layerMoments(*phi, q);
        if (isErf) {
            VERIFY_NEAR(m.mean, 0.0, kAccuracy, 1.0);
            VERIFY_NEAR(m.secondMoment, 2 / std::numbers::pi * std::asin(2 * q / (1 + 2 * q)),
                        kAccuracy);
            VERIFY_NEAR(m.derivativeSquare, 4 / (std::numbers::pi * std::sqrt(1 + 4 * q)),
                        kAccuracy);
            return;
        }
        VERIFY_NEAR(m.mean, (1 - a) * std::sqrt(q / (2 * std::numbers::pi)), kAccuracy);
        VERIFY_NEAR(m.secondMoment, (1 + a * a) * q / 2, kAccuracy);
        VERIFY_NEAR(m.derivativeSquare, (1 + a * a) / 2, kAccuracy);
    }

    void typedReluIsCriticalAtTwo()
    {
        for (auto precision : {act::FormulaActivation::Precision::Double,
                               act::FormulaActivation::Precision::Accurate}) {
            act::NetworkSettings s{typed("max(x,0)", {}, precision), 2.0, 0.0, 1.5, 200};
            const auto layers = act::propagate(s);
            QCOMPARE(layers.size(), std::size_t(200));
            for (const auto &l : layers) {
                VERIFY_NEAR(l.q, 3.0, 1e-12);
                VERIFY_NEAR(l.secondMoment, 1.5, 1e-12);
                VERIFY_NEAR(l.chi1, 1.0, 1e-12);
            }
            // q* = σb²/(1 − σw²/2), χ1 = σw²/2, as for the catalogue's relu.
            s.weightVariance = 1.0;
            s.biasVariance = 0.5;
            const act::FixedPoint p = act::fixedPoint(s);
            QCOMPARE(p.status, act::FixedPointStatus::Converged);
            VERIFY_NEAR(p.qStar, 1.0, 1e-12);
            VERIFY_NEAR(p.chi1, 0.5, 1e-12);
            const auto critical = act::criticalWeightVariance(*s.activation, 0.1);
            QVERIFY(critical);
            VERIFY_NEAR(*critical, 2.0, 1e-9);
        }
        // erf at σb² = 0: q* = 0 on the ordered side, where χ1 = σw²·E[φ'²](q → 0) = σw²·4/π, so
        // the line is at σw² = π/4. Found to ~3e-8 only: just above it q* is small and χ1(q*) − 1
        // is of second order in σw² − π/4, so the sign change is shallow.
        const auto erf = act::criticalWeightVariance(*typed("erf(x)"), 0.0);
        QVERIFY(erf);
        VERIFY_NEAR(*erf, std::numbers::pi / 4, 1e-7);
    }

    // A typed "rrelu" formula is a function like any other: no training-mode averaging.
    void onlyTheCataloguesRreluIsTrained()
    {
        const auto m = act::layerMoments(*typed("max(x, 0.3*x)"), 2.0);
        VERIFY_NEAR(m.secondMoment, (1 + 0.09) * 2.0 / 2, kAccuracy);
    }

    void validation()
    {
        act::NetworkSettings s;
        QVERIFY(!act::validate(s));
        s.activation = nullptr;
        QVERIFY(act::validate(s));
        s.activation = act::catalogueActivation(act::FunctionId::Hardtanh, {{1.0, -1.0}});
        QVERIFY(act::validate(s));
        s = {};
        QVERIFY(!act::validate(s));
        s.layers = 0;
        QVERIFY(act::validate(s));
        s.layers = 201;
        QVERIFY(act::validate(s));
        s.layers = 200;
        s.weightVariance = -1;
        QVERIFY(act::validate(s));
        s.weightVariance = 1;
        s.inputVariance = std::nan("");
        QVERIFY(act::validate(s));
    }
};

QTEST_APPLESS_MAIN(TestMeanField)
#include "test_meanfield.moc"
