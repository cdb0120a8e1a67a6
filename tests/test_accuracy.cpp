// Accuracy of act::evaluate against an independent quad-precision reference (reference.h).
//
// The requirement: relative error <= 1e-12 for f, f' and f'' over x in [-1000, 1000], for the
// default parameters and for other values (including the slider extremes). Two honest
// allowances, and only these:
//
// 1. Underflow. Where the true value is below DBL_MIN (subnormal or underflowing to 0, e.g.
//    sigmoid(-1000)), no double carries 1e-12 relative precision; there the test requires
//    |got - ref| <= 1e-12 * DBL_MIN instead.
// 2. Interior roots. Near a root of g in {f, f', f''} (gelu' at x ~ -0.7518, swish', mish', the
//    zero crossings of f'' ...) the relative error is bounded by the condition number of g, not
//    by the algorithm: an error of a few ulps in any intermediate quantity of size ~x moves the
//    result by ~eps * |x g'(x)|. There the test allows
//        |got - ref| <= 1e-12 * |ref| + 4 * DBL_EPSILON * |x * g'(x)|,
//    where g' is the next derivative taken from the reference (for g = f'', f''' is a
//    quad-precision centred difference of the reference f'', relative step 1e-12). Away from a
//    root this allowance is far below 1e-12 * |ref|, so tails are still checked strictly:
//    sigmoid'(-700), tanh'(+-50), softplus(-700), logsigmoid(700), gelu(-30), elu(-1e-300) must
//    be right relative to their tiny true values.
//
// Where the true value is beyond DBL_MAX (only with huge parameters, e.g. selu λα = 1e309 at
// x = −1000) no finite double is within any relative tolerance; there the result must be the
// infinity of the same sign. Anywhere else an infinity fails.
//
// Branches (kinks, softplus's threshold) are decided on the double x exactly as in the
// implementation, so the reference and the implementation are compared on the same branch; the
// kink values themselves follow PyTorch's autograd (see reference.cpp).
//
// Further checks: f' against a centred difference of the implementation's own f, and f''
// against one of its f', away from kinks; no NaN for any finite x (including +-DBL_MAX, +-0 and
// denormals) at the default and the extreme slider parameters, and an infinity only where the
// true value is beyond DBL_MAX; the span overload of evaluate is bit-identical to the point
// overload and accepts empty output spans.
#include "accuracy_cases.h"
#include "activations.h"
#include "reference.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

using act::FunctionId;
using ref::quad;

using namespace accuracy;

namespace {

constexpr double kRelTol = 1e-12;
constexpr double kEps = DBL_EPSILON;

const char *const kOrder[3] = {"f", "f'", "f''"};

double component(const act::Derivatives &d, int order)
{
    return order == 0 ? d.f : order == 1 ? d.d1 : d.d2;
}

quad component(const ref::Derivatives &d, int order)
{
    return order == 0 ? d.f : order == 1 ? d.d1 : d.d2;
}

QString num(double v)
{
    return QString::number(v, 'g', 17);
}
QString num(quad v)
{
    return QString::fromStdString(ref::toString(v, 21));
}

} // namespace

class TestAccuracy : public QObject
{
    Q_OBJECT

private slots:
    void kernelsAreTheOnesAsked();
    void defaultsAreTheDocumentedOnes();
    void referenceAgreesWithIndependentValues();
    void matchesQuadReference_data() { addSettingRows(true); }
    void matchesQuadReference();
    void firstDerivativeMatchesDifferenceQuotient_data() { addSettingRows(); }
    void firstDerivativeMatchesDifferenceQuotient() { checkDifferenceQuotient(1); }
    void secondDerivativeMatchesDifferenceQuotient_data() { addSettingRows(); }
    void secondDerivativeMatchesDifferenceQuotient() { checkDifferenceQuotient(2); }
    void farTailsOfExtremeParameters_data();
    void farTailsOfExtremeParameters();
    void finiteForEveryFiniteInput_data() { addSettingRows(true); }
    void finiteForEveryFiniteInput();
    void spanOverloadIsBitIdentical_data() { addSettingRows(true); }
    void spanOverloadIsBitIdentical();
    void spanOverloadAcceptsEmptyOutputs();

private:
    void checkDifferenceQuotient(int order);
};

void TestAccuracy::defaultsAreTheDocumentedOnes()
{
    for (std::size_t i = 0; i < act::kFunctionCount; ++i) {
        const auto id = static_cast<FunctionId>(i);
        const act::Parameters expected = documentedDefaults(id);
        const act::Parameters got = act::defaults(id);
        QCOMPARE(act::spec(id).parameters.size(), parameterCount(id));
        for (std::size_t k = 0; k < parameterCount(id); ++k)
            QVERIFY2(got.values[k] == expected.values[k],
                     qPrintable(QStringLiteral("%1 parameter %2: %3, documented %4")
                                    .arg(QLatin1String(name(id)))
                                    .arg(k)
                                    .arg(num(got.values[k]), num(expected.values[k]))));
    }
}

// Spot values computed separately with mpmath (60 digits), so the reference itself is checked
// against a third implementation. 1e-24 leaves room for the cancellation in x - tanh x just
// above the series cut-off (about 1e-25 at x = 1e-3), and is still 1e12 times tighter than
// what the reference is used for.
void TestAccuracy::referenceAgreesWithIndependentValues()
{
    struct Known
    {
        FunctionId id;
        act::Parameters p;
        double x;
        int order;
        const char *value;
    };
    const Known known[] = {
        {FunctionId::Gelu, params(), 1.0, 0, "0.8413447460685429485852325456320379"},
        {FunctionId::Gelu, params(), -30.0, 0, "-1.472014178144456117860142776974057e-196"},
        {FunctionId::Gelu, params(), -0.75, 1, "0.000774278260764895628308764459965319"},
        {FunctionId::GeluTanh, params(), 1.0, 0, "0.8411919906082767047819957770451839"},
        {FunctionId::GeluTanh, params(), 1.0, 2, "0.2421481979837729524188162992448481"},
        {FunctionId::Mish, params(), 1.0, 0, "0.8650983882673103461162334492563124"},
        {FunctionId::Mish, params(), -2.0, 1, "-0.1083550924203939428333489177457729"},
        {FunctionId::Mish, params(), 2.0, 2, "-0.05772466740829405527197725748555509"},
        {FunctionId::Sigmoid, params(), -700.0, 1, "9.859676543759770856705372947849465e-305"},
        {FunctionId::Tanh, params(), 50.0, 1, "1.488030390408334385183878321545247e-43"},
        {FunctionId::Logsigmoid, params(), 700.0, 0, "-9.859676543759770856705372947849465e-305"},
        {FunctionId::Softplus, params(1, 20), -700.0, 0,
         "9.859676543759770856705372947849465e-305"},
        {FunctionId::Tanhshrink, params(), 1e-3, 0, "3.333332000000539890487666082370725e-10"},
        {FunctionId::Tanhshrink, params(), 1.5e-3, 0, "1.124998987500922167629745266534281e-9"},
        {FunctionId::Tanhshrink, params(), 5e-4, 0, "4.16666625000004242290261934280607e-11"},
        {FunctionId::Tanhshrink, params(), 1e-8, 0, "3.333333333333333409225608301284723e-25"},
        {FunctionId::Tanhshrink, params(), -3e-6, 0, "-8.999999999967600684023268645572054e-18"},
        {FunctionId::Swish, params(2), -1.0, 2, "0.1001243373894138193002508543897795"},
        {FunctionId::Elu, params(1), -1e-300, 0, "-1.00000000000000002505909183520876e-300"},
        {FunctionId::Celu, params(0.25), -1.0, 0, "-0.2454210902778164549265704946816897"},
        // Huge and tiny parameters (mpmath on the exact double values): the products λα, l + u
        // and β·e^{βx} overflow or underflow in double, not in the reference.
        {FunctionId::Selu, params(1e308, 10), -5.0, 1, "6.737946999085467170612397257905138e+306"},
        {FunctionId::Selu, params(1e308, 10), -0.1, 0, "-9.516258196404043290340365830810697e+307"},
        {FunctionId::Elu, params(1e308), -1000.0, 1, "5.075958897549456821021085196194249e-127"},
        {FunctionId::Rrelu, params(1e308, DBL_MAX), -0.5, 0,
         "-6.994232837155789297810844666893747e+307"},
        {FunctionId::Celu, params(1e-300), -7.9432823472423995e-298, 2,
         "1.065689874258050393890558975547684e-45"},
        {FunctionId::Softplus, params(1e300, 20), -7.9432823472423995e-298, 2,
         "1.065689874257984818162658546080078e-45"},
    };
    for (const Known &k : known) {
        const quad expected = strtoflt128(k.value, nullptr);
        const quad got = component(ref::evaluate(k.id, k.p, k.x), k.order);
        const quad rel = fabsq(got - expected) / fabsq(expected);
        QVERIFY2(rel < static_cast<quad>(1e-24),
                 qPrintable(QStringLiteral("reference %1 %2(%3) = %4, mpmath %5")
                                .arg(QLatin1String(name(k.id)), QLatin1String(kOrder[k.order]),
                                     num(k.x), num(got), QLatin1String(k.value))));
    }
}

// CTest runs this test three times: with the CPU's best span kernels, and with
// ACTIVATION_SPAN_KERNELS=avx2 and =portable, so every path meets the reference here.
void TestAccuracy::kernelsAreTheOnesAsked()
{
    const QByteArray asked = qgetenv("ACTIVATION_SPAN_KERNELS");
    const QString used = QString::fromLatin1(act::spanKernelName());
    qInfo("span kernels: %s", qPrintable(used));
    if (asked == "portable") QCOMPARE(used, QStringLiteral("portable"));
    if (asked == "avx2" && used != QLatin1String("portable"))
        QCOMPARE(used, QStringLiteral("avx2+fma (SLEEF)"));
}

void TestAccuracy::matchesQuadReference()
{
    QFETCH(act::FunctionId, id);
    QFETCH(act::Parameters, params);

    struct Worst
    {
        double rel = 0; // where the true value is >= DBL_MIN
        double x = 0;
        double underflow = 0; // |err| / DBL_MIN where the true value is below DBL_MIN
        double underflowX = 0;
        int conditioned = 0;
        int overflow = 0; // true value beyond DBL_MAX, result the infinity of its sign
        double ratio = 0; // err / allowance at the conditioned points
        double ratioX = 0;
    } worst[3];
    QStringList failures;
    int failureCount = 0;

    const std::vector<double> grid = accuracyGrid(id, params);
    for (double x : grid) {
        const act::Derivatives got = act::evaluate(id, params, x);
        const ref::Derivatives r = ref::evaluate(id, params, x);
        for (int order = 0; order < 3; ++order) {
            const double g = component(got, order);
            const quad rv = component(r, order);
            // Beyond DBL_MAX the only double is the infinity of the same sign (huge parameters:
            // selu λα = 1e309 gives f(−1000) = −1e309); a finite result is still compared below.
            if (std::isinf(g) && fabsq(rv) > static_cast<quad>(DBL_MAX) && (g > 0) == (rv > 0)) {
                ++worst[order].overflow;
                continue;
            }
            const quad err = fabsq(static_cast<quad>(g) - rv);
            const quad scale = std::max(fabsq(rv), static_cast<quad>(DBL_MIN));
            const double rel = std::isfinite(g) ? static_cast<double>(err / scale) : HUGE_VAL;
            if (rel <= kRelTol) {
                Worst &w = worst[order];
                if (fabsq(rv) >= DBL_MIN && rel > w.rel) w.rel = rel, w.x = x;
                if (fabsq(rv) < DBL_MIN && rel > w.underflow) w.underflow = rel, w.underflowX = x;
                continue;
            }
            // Allowance 2: conditioning near an interior root of this component.
            const quad next = order == 0   ? r.d1
                              : order == 1 ? r.d2
                                           : ref::thirdDerivative(id, params, x);
            quad tol = kRelTol * fabsq(rv) + 4 * kEps * fabsq(static_cast<quad>(x) * next);
            if (fabsq(rv) < DBL_MIN) tol = std::max(tol, static_cast<quad>(kRelTol * DBL_MIN));
            if (std::isfinite(g) && err <= tol) {
                ++worst[order].conditioned;
                const double ratio = static_cast<double>(err / tol);
                if (ratio > worst[order].ratio) worst[order].ratio = ratio, worst[order].ratioX = x;
                continue;
            }
            if (++failureCount <= 25)
                failures << QStringLiteral("%1 %2(x=%3): got %4, reference %5, rel err %6, "
                                           "allowed abs err %7")
                                .arg(describe(id, params), QLatin1String(kOrder[order]), num(x),
                                     num(g), num(rv), QString::number(rel, 'g', 3),
                                     QString::number(static_cast<double>(tol), 'g', 3));
        }
    }

    QString summary =
        describe(id, params) + QStringLiteral(", %1 points, worst rel err:").arg(grid.size());
    for (int order = 0; order < 3; ++order) {
        summary += QStringLiteral(" %1 %2 (x=%3)")
                       .arg(QLatin1String(kOrder[order]))
                       .arg(worst[order].rel, 0, 'g', 2)
                       .arg(worst[order].x, 0, 'g', 6);
        if (worst[order].underflow > 0)
            summary += QStringLiteral(" [below DBL_MIN: max err/DBL_MIN %1 at x=%2]")
                           .arg(worst[order].underflow, 0, 'g', 2)
                           .arg(worst[order].underflowX, 0, 'g', 6);
        if (worst[order].overflow > 0)
            summary += QStringLiteral(" [%1 pts beyond DBL_MAX]").arg(worst[order].overflow);
        if (worst[order].conditioned > 0)
            summary += QStringLiteral(" [+%1 pts near a root, max err/allowance %2 at x=%3]")
                           .arg(worst[order].conditioned)
                           .arg(worst[order].ratio, 0, 'g', 2)
                           .arg(worst[order].ratioX, 0, 'g', 6);
        summary += QLatin1Char(';');
    }
    qInfo("%s", qPrintable(summary));
    for (const QString &f : failures)
        qWarning("%s", qPrintable(f));
    QVERIFY2(failureCount == 0,
             qPrintable(QStringLiteral("%1 point(s) outside the tolerance").arg(failureCount)));
}

// f^(order) against a centred difference quotient of the implementation's own f^(order-1),
// h = 1e-5 max(1, |x|), relative tolerance 1e-6 plus the rounding and truncation error of the
// quotient itself (estimated from the reference), at points away from every kink.
void TestAccuracy::checkDifferenceQuotient(int order)
{
    QFETCH(act::FunctionId, id);
    QFETCH(act::Parameters, params);

    std::vector<double> xs;
    for (int i = 0; i <= 578; ++i)
        xs.push_back(-50 + i * 0.173);
    for (int k = -24; k <= 12; ++k)
        appendSigned(xs, std::pow(10.0, k / 4.0));
    for (double v = 100; v <= 1000; v += 37.3)
        appendSigned(xs, v);
    std::vector<double> kinks = ref::kinks(id, params);

    QStringList failures;
    int failureCount = 0;
    int checked = 0;
    double worst = 0, worstX = 0;
    for (double x : xs) {
        const double h0 = 1e-5 * std::max(1.0, std::fabs(x));
        if (std::any_of(kinks.begin(), kinks.end(),
                        [&](double k) { return std::fabs(x - k) <= 4 * h0; }))
            continue;
        const double xp = x + h0, xm = x - h0;
        const double h2 = xp - xm; // the step actually taken
        const act::Derivatives a = act::evaluate(id, params, xm);
        const act::Derivatives b = act::evaluate(id, params, x);
        const act::Derivatives c = act::evaluate(id, params, xp);
        const double fd = (component(c, order - 1) - component(a, order - 1)) / h2;
        const double exact = component(b, order);

        // Truncation error h^2/6 |g'''| of the quotient for g = f^(order-1), estimated from
        // the reference; rounding error of the two values divided by the step.
        const ref::Derivatives ra = ref::evaluate(id, params, xm);
        const ref::Derivatives rb = ref::evaluate(id, params, x);
        const ref::Derivatives rc = ref::evaluate(id, params, xp);
        const quad truncation = order == 1 ? fabsq(rc.d2 - ra.d2) * h2 / 24 // f''' h^2/6
                                           : fabsq(rc.d2 - 2 * rb.d2 + ra.d2) / 6;
        const double magnitude =
            std::max(std::fabs(component(a, order - 1)), std::fabs(component(c, order - 1)));
        const double rounding = 16 * kEps * magnitude / h2;
        const double tol =
            1e-6 * std::fabs(exact) + rounding + 2 * static_cast<double>(truncation) + 1e-300;
        const double err = std::fabs(fd - exact);
        ++checked;
        if (err <= tol) {
            const double r = err / tol;
            if (r > worst) worst = r, worstX = x;
            continue;
        }
        if (++failureCount <= 25)
            failures << QStringLiteral("%1 %2(x=%3) = %4, difference quotient %5 (h=%6), "
                                       "allowed %7")
                            .arg(describe(id, params), QLatin1String(kOrder[order]), num(x),
                                 num(exact), num(fd), num(h0), QString::number(tol, 'g', 3));
    }
    qInfo("%s %s: %d points, max err/tol %.2g at x=%g", qPrintable(describe(id, params)),
          kOrder[order], checked, worst, worstX);
    for (const QString &f : failures)
        qWarning("%s", qPrintable(f));
    QVERIFY2(
        failureCount == 0,
        qPrintable(
            QStringLiteral("%1 point(s) disagree with the difference quotient").arg(failureCount)));
}

// Points beyond the [-1000, 1000] grid where an extreme parameter lifts a tail far below
// DBL_MIN back into the normal range: softplus with β = 1e-300 at βx = −740 is e^{−740}/β =
// 4.2e−22; λα·e^x = 1e309·e^{−1400} for selu. Same rule as matchesQuadReference: relative error
// 1e-12 where the true value is normal, absolute 1e-12·DBL_MIN below, the infinity of the same
// sign beyond DBL_MAX (these points are far from every root, so no conditioning allowance).
void TestAccuracy::farTailsOfExtremeParameters_data()
{
    QTest::addColumn<act::FunctionId>("id");
    QTest::addColumn<act::Parameters>("params");
    QTest::addColumn<double>("x");
    const struct
    {
        FunctionId id;
        act::Parameters p;
        std::vector<double> xs;
    } rows[] = {
        {FunctionId::Softplus, params(1e-300, 20), {-7.4e302, -1e303, -1.3e303, -1.4e303, 1e303}},
        {FunctionId::Softplus, params(1e-300, 1e308), {7.4e302, 1e303, 1.4e303}},
        {FunctionId::Elu, params(1e308), {-1400, -1410, -1e4}},
        {FunctionId::Selu, params(1e308, 10), {-1400, -1420, -1e4}},
        {FunctionId::Selu, params(DBL_MAX, DBL_MAX), {-1400, -2100, -2130}},
        {FunctionId::Celu, params(1e-300), {-1.4e-297, -2e-297}},
    };
    for (const auto &row : rows)
        for (double x : row.xs)
            QTest::newRow(qPrintable(describe(row.id, row.p) + QStringLiteral(" at x=") + num(x)))
                << row.id << row.p << x;
}

void TestAccuracy::farTailsOfExtremeParameters()
{
    QFETCH(act::FunctionId, id);
    QFETCH(act::Parameters, params);
    QFETCH(double, x);
    const act::Derivatives got = act::evaluate(id, params, x);
    const ref::Derivatives r = ref::evaluate(id, params, x);
    for (int order = 0; order < 3; ++order) {
        const double g = component(got, order);
        const quad rv = component(r, order);
        bool ok;
        if (fabsq(rv) > static_cast<quad>(DBL_MAX))
            ok = std::isinf(g) && (g > 0) == (rv > 0);
        else if (fabsq(rv) >= DBL_MIN)
            ok = std::isfinite(g) && fabsq(static_cast<quad>(g) - rv) <= kRelTol * fabsq(rv);
        else
            ok = std::isfinite(g) && fabsq(static_cast<quad>(g) - rv) <= kRelTol * DBL_MIN;
        QVERIFY2(ok, qPrintable(QStringLiteral("%1 %2(x=%3): got %4, reference %5")
                                    .arg(describe(id, params), QLatin1String(kOrder[order]), num(x),
                                         num(g), num(rv))));
    }
}

void TestAccuracy::finiteForEveryFiniteInput()
{
    QFETCH(act::FunctionId, id);
    QFETCH(act::Parameters, params);

    const double tiny = std::numeric_limits<double>::denorm_min();
    std::vector<double> xs;
    for (double v : {0.0,
                     tiny,
                     2 * tiny,
                     1e-320,
                     1e-310,
                     std::nextafter(DBL_MIN, 0.0),
                     DBL_MIN,
                     1e-300,
                     1e-20,
                     1e-8,
                     1.0,
                     30.0,
                     700.0,
                     710.0,
                     745.5,
                     1000.0,
                     1e4,
                     1e10,
                     1e20,
                     1e50,
                     1e100,
                     1e103,
                     1e154,
                     1e200,
                     1e300,
                     1e307,
                     1e308,
                     DBL_MAX / 2,
                     std::nextafter(DBL_MAX, 0.0),
                     DBL_MAX})
        appendSigned(xs, v);

    QStringList failures;
    for (double x : xs) {
        const act::Derivatives got = act::evaluate(id, params, x);
        const ref::Derivatives r = ref::evaluate(id, params, x);
        for (int order = 0; order < 3; ++order) {
            const double g = component(got, order);
            const quad rv = component(r, order);
            if (isnanq(rv)) {
                failures << QStringLiteral("test bug: the reference is NaN for %1 %2(x=%3)")
                                .arg(describe(id, params), QLatin1String(kOrder[order]), num(x));
                continue;
            }
            bool ok = !std::isnan(g);
            // An infinity is right only where the true value is beyond the double range.
            if (ok && std::isinf(g)) {
                ok = fabsq(rv) > static_cast<quad>(DBL_MAX) && (g > 0) == (rv > 0);
                if (ok)
                    qInfo("%s %s(x=%s) = %s: true value %s overflows",
                          qPrintable(describe(id, params)), kOrder[order], qPrintable(num(x)),
                          qPrintable(num(g)), qPrintable(num(rv)));
            }
            if (!ok)
                failures << QStringLiteral("%1 %2(x=%3) = %4 (reference %5)")
                                .arg(describe(id, params), QLatin1String(kOrder[order]), num(x),
                                     num(g), num(rv));
        }
    }
    for (const QString &f : failures)
        qWarning("%s", qPrintable(f));
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 NaN or spurious infinite values").arg(failures.size())));
}

void TestAccuracy::spanOverloadIsBitIdentical()
{
    QFETCH(act::FunctionId, id);
    QFETCH(act::Parameters, params);

    std::vector<double> xs = accuracyGrid(id, params);
    for (double v : {1e300, DBL_MAX, -1e300, -DBL_MAX})
        xs.push_back(v);
    std::vector<double> f(xs.size()), d1(xs.size()), d2(xs.size());
    act::evaluate(id, params, xs, f, d1, d2);
    int mismatches = 0;
    for (std::size_t i = 0; i < xs.size(); ++i) {
        const act::Derivatives p = act::evaluate(id, params, xs[i]);
        const double fromPoint[3] = {p.f, p.d1, p.d2};
        const double fromSpan[3] = {f[i], d1[i], d2[i]};
        for (int order = 0; order < 3; ++order) {
            if (std::memcmp(&fromPoint[order], &fromSpan[order], sizeof(double)) == 0) continue;
            if (++mismatches <= 10)
                qWarning("%s %s(x=%s): span %s, point %s", qPrintable(describe(id, params)),
                         kOrder[order], qPrintable(num(xs[i])), qPrintable(num(fromSpan[order])),
                         qPrintable(num(fromPoint[order])));
        }
    }
    QCOMPARE(mismatches, 0);
}

void TestAccuracy::spanOverloadAcceptsEmptyOutputs()
{
    const std::vector<double> xs = {-1000, -3, -1, -0.5, 0, 1e-300, 0.5, 1, 3, 6, 1000};
    const std::size_t n = xs.size();
    constexpr double kSentinel = 12345.678;
    for (std::size_t i = 0; i < act::kFunctionCount; ++i) {
        const auto id = static_cast<FunctionId>(i);
        const act::Parameters p = documentedDefaults(id);
        std::vector<act::Derivatives> expected;
        for (double x : xs)
            expected.push_back(act::evaluate(id, p, x));

        // Every subset of outputs; one element past each span must stay untouched.
        for (unsigned mask = 0; mask < 8; ++mask) {
            std::vector<double> out[3];
            std::span<double> spans[3];
            for (int k = 0; k < 3; ++k) {
                if ((mask >> k) & 1u) {
                    out[k].assign(n + 1, kSentinel);
                    spans[k] = std::span<double>(out[k]).first(n);
                }
            }
            act::evaluate(id, p, xs, spans[0], spans[1], spans[2]);
            for (int k = 0; k < 3; ++k) {
                if (!((mask >> k) & 1u)) continue;
                QVERIFY2(out[k][n] == kSentinel, "wrote past the end of an output span");
                for (std::size_t j = 0; j < n; ++j) {
                    const double e = component(expected[j], k);
                    QVERIFY2(std::memcmp(&out[k][j], &e, sizeof(double)) == 0,
                             qPrintable(QStringLiteral("%1 %2(x=%3) with output mask %4")
                                            .arg(QLatin1String(name(id)), QLatin1String(kOrder[k]),
                                                 num(xs[j]))
                                            .arg(mask)));
                }
            }
        }
        // No input at all.
        act::evaluate(id, p, std::span<const double>(), {}, {}, {});
        std::vector<double> none;
        act::evaluate(id, p, std::span<const double>(), none, none, none);
    }
}

QTEST_APPLESS_MAIN(TestAccuracy)
#include "test_accuracy.moc"
