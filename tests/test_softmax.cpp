// The output family (core/softmax.h) against a quad-precision (__float128) reference written
// here from the definitions: p_i = exp(z_i/T - max_j z_j/T) / sum_k exp(z_k/T - max_j z_j/T),
// log p_i, softmin = softmax(-z/T), J = diag(p) - p p^T, H = -sum p log p.
//
// Tolerances: relative 1e-13 plus what the conditioning of the problem forces on any double
// implementation: the exponent (z_i - max)/T carries a rounding error of about
// eps * |z_i - max| / T, which becomes a relative error of p_i; the normalisation sums n terms.
// Where a probability is below DBL_MIN the absolute error must be below 1e-13 * DBL_MIN.
#include "softmax.h"

#include <quadmath.h>

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

using quad = __float128;
using Vec = std::vector<double>;

Q_DECLARE_METATYPE(Vec)

namespace {

constexpr double kEps = DBL_EPSILON;
constexpr double kRel = 1e-13;
const double kNaN = std::numeric_limits<double>::quiet_NaN();
const double kInf = std::numeric_limits<double>::infinity();

quad q(double v)
{
    return static_cast<quad>(v);
}

QString num(double v)
{
    return QString::number(v, 'g', 17);
}
QString num(quad v)
{
    char buffer[64];
    quadmath_snprintf(buffer, sizeof buffer, "%.21Qg", v);
    return QString::fromLatin1(buffer);
}

// The scaled logits s_i = sign * z_i / T in quad, and their maximum.
std::vector<quad> scaled(const Vec &z, double temperature, int sign)
{
    std::vector<quad> s;
    for (double v : z)
        s.push_back(sign * q(v) / q(temperature));
    return s;
}

struct Reference
{
    std::vector<quad> p;    // probabilities
    std::vector<quad> logp; // log probabilities
    std::vector<quad> gap;  // max_j s_j - s_i >= 0, the exponent's magnitude
    quad meanGap = 0;       // sum_i p_i gap_i
};

Reference reference(const Vec &z, double temperature, int sign)
{
    const std::vector<quad> s = scaled(z, temperature, sign);
    const quad m = *std::max_element(s.begin(), s.end());
    Reference r;
    quad sum = 0;
    for (quad v : s)
        sum += expq(v - m);
    for (quad v : s) {
        r.p.push_back(expq(v - m) / sum);
        r.logp.push_back((v - m) - logq(sum));
        r.gap.push_back(m - v);
    }
    for (std::size_t i = 0; i < s.size(); ++i)
        r.meanGap += r.p[i] * r.gap[i];
    return r;
}

quad referenceEntropy(const Vec &p)
{
    quad h = 0;
    for (double v : p)
        if (v > 0) h -= q(v) * logq(q(v));
    return h;
}

Vec randomVector(std::size_t n, double spread, unsigned seed)
{
    std::mt19937_64 rng(seed);
    std::uniform_real_distribution<double> u(-spread, spread);
    Vec v(n);
    for (double &x : v)
        x = u(rng);
    return v;
}

// Checks got (probabilities or log probabilities) against the reference; returns messages.
QStringList compare(const char *what, const Vec &got, const Reference &r, bool logarithmic,
                    double &worstRel)
{
    QStringList failures;
    worstRel = 0;
    const std::size_t n = got.size();
    for (std::size_t i = 0; i < n; ++i) {
        const quad ref = logarithmic ? r.logp[i] : r.p[i];
        const quad err = fabsq(q(got[i]) - ref);
        if (std::isfinite(got[i]))
            worstRel =
                std::max(worstRel, static_cast<double>(err / std::max(fabsq(ref), q(DBL_MIN))));
        // Error of the exponent (gap_i and the normalisation's mean gap), n roundings in the
        // sum, and the final rounding.
        const quad condition = 4 * kEps * (r.gap[i] + r.meanGap + n + 1);
        quad tol = logarithmic ? kRel * fabsq(ref) + condition : fabsq(ref) * (kRel + condition);
        if (!logarithmic && fabsq(ref) < DBL_MIN) tol = std::max(tol, q(kRel * DBL_MIN));
        const bool overflow = logarithmic && fabsq(ref) > q(DBL_MAX) && std::isinf(got[i]) &&
                              got[i] < 0; // the true value is below -DBL_MAX
        if ((std::isfinite(got[i]) && err <= tol) || overflow) continue;
        failures << QStringLiteral("%1[%2] = %3, reference %4, allowed abs err %5")
                        .arg(QLatin1String(what))
                        .arg(i)
                        .arg(num(got[i]), num(ref), num(static_cast<double>(tol)));
    }
    return failures;
}

quad quadSum(const Vec &v)
{
    quad s = 0;
    for (double x : v)
        s += x;
    return s;
}

} // namespace

class TestSoftmax : public QObject
{
    Q_OBJECT

private slots:
    void matchesQuadReference_data();
    void matchesQuadReference();
    void shiftByConstantGivesIdenticalResults();
    void documentedExamples();
    void temperatureExtremes();
    void logSoftmaxDoesNotUnderflowToMinusInfinity();
    void errorsLeaveOutputUntouched();
    void jacobianErrors();
    void jacobianKnownValues();
    void entropyKnownValues();
    void argmaxFirstOfTies();
    void describeNamesEveryError();
};

void TestSoftmax::matchesQuadReference_data()
{
    QTest::addColumn<Vec>("logits");
    QTest::addColumn<double>("temperature");

    const Vec doc1 = {3, 0.7, 0.5};
    QTest::newRow("[3, 0.7, 0.5]") << doc1 << 1.0;
    QTest::newRow("[1.2, 1, 1.5]") << Vec{1.2, 1, 1.5} << 1.0;
    Vec doc3(10, 1.2);
    doc3[0] = 1.5;
    QTest::newRow("[1.5, nine times 1.2]") << doc3 << 1.0;
    QTest::newRow("[3, 0.7, 0.5] T=0.5") << doc1 << 0.5;
    QTest::newRow("[3, 0.7, 0.5] T=2") << doc1 << 2.0;
    QTest::newRow("[3, 0.7, 0.5] T=100") << doc1 << 100.0;
    QTest::newRow("[3, 0.7, 0.5] T=1e-3") << doc1 << 1e-3;
    QTest::newRow("[0.001, 0.002, 0.0035] T=1e-3") << Vec{0.001, 0.002, 0.0035} << 1e-3;
    QTest::newRow("[1000, 1001, 1002]") << Vec{1000, 1001, 1002} << 1.0;
    QTest::newRow("[1000, 1001, 1002] T=1e-3") << Vec{1000, 1001, 1002} << 1e-3;
    QTest::newRow("[0, -1000]") << Vec{0, -1000} << 1.0;
    QTest::newRow("[-1000, 0, 1000]") << Vec{-1000, 0, 1000} << 1.0;
    QTest::newRow("[0, -30, -700, -745, -750]") << Vec{0, -30, -700, -745, -750} << 1.0;
    QTest::newRow("single [5]") << Vec{5} << 1.0;
    QTest::newRow("all equal [2, 2, 2, 2]") << Vec{2, 2, 2, 2} << 1.0;
    QTest::newRow("tiny [1e-300, -1e-300, 0]") << Vec{1e-300, -1e-300, 0} << 1.0;
    QTest::newRow("huge [1e308, -1e308, 0]") << Vec{1e308, -1e308, 0} << 1.0;
    QTest::newRow("[DBL_MAX, -DBL_MAX] T=1e-3") << Vec{DBL_MAX, -DBL_MAX} << 1e-3;
    // Logits of opposite sign whose difference overflows a double while z/T does not.
    QTest::newRow("[-1.7e308, 1.7e308] T=1e308 (issue 8)") << Vec{-1.7e308, 1.7e308} << 1e308;
    QTest::newRow("[-DBL_MAX, DBL_MAX] T=DBL_MAX") << Vec{-DBL_MAX, DBL_MAX} << DBL_MAX;
    QTest::newRow("[DBL_MAX, 0, -DBL_MAX] T=1e308") << Vec{DBL_MAX, 0, -DBL_MAX} << 1e308;
    QTest::newRow("[-DBL_MAX, DBL_MAX] T=3") << Vec{-DBL_MAX, DBL_MAX} << 3.0;
    QTest::newRow("[-DBL_MAX, DBL_MAX, 0] T=1") << Vec{-DBL_MAX, DBL_MAX, 0} << 1.0;
    QTest::newRow("[1e308, -1e308, 5e307] T=1e307") << Vec{1e308, -1e308, 5e307} << 1e307;
    QTest::newRow("random 10 in [-5, 5]") << randomVector(10, 5, 1) << 1.0;
    QTest::newRow("random 10 in [-5, 5] T=0.3") << randomVector(10, 5, 2) << 0.3;
    QTest::newRow("random 16 in [-40, 40]") << randomVector(16, 40, 3) << 1.0;
    QTest::newRow("random 1000 in [-50, 50]") << randomVector(1000, 50, 4) << 1.0;
    QTest::newRow("random 1000 in [-1, 1] T=7") << randomVector(1000, 1, 5) << 7.0;
}

void TestSoftmax::matchesQuadReference()
{
    QFETCH(Vec, logits);
    QFETCH(double, temperature);
    const std::size_t n = logits.size();
    QStringList failures;

    Vec p(n), logp(n), pmin(n);
    QCOMPARE(act::softmax(logits, temperature, p), act::SoftmaxError::None);
    QCOMPARE(act::logSoftmax(logits, temperature, logp), act::SoftmaxError::None);
    QCOMPARE(act::softmin(logits, temperature, pmin), act::SoftmaxError::None);
    double worst[3];
    failures << compare("softmax", p, reference(logits, temperature, 1), false, worst[0]);
    failures << compare("logSoftmax", logp, reference(logits, temperature, 1), true, worst[1]);
    failures << compare("softmin", pmin, reference(logits, temperature, -1), false, worst[2]);
    qInfo("worst rel err: softmax %.2g, logSoftmax %.2g, softmin %.2g", worst[0], worst[1],
          worst[2]);

    // The probabilities sum to 1 within 1e-15 (summed in quad, so only the implementation's
    // rounding counts); for long vectors n roundings of the normaliser allow n eps / 2.
    const double sumTol = n <= 16 ? 1e-15 : n * kEps / 2;
    for (const Vec *v : {&p, &pmin}) {
        const quad s = quadSum(*v);
        if (!(fabsq(s - 1) <= sumTol))
            failures << QStringLiteral("%1 sums to 1 %2 %3")
                            .arg(QLatin1String(v == &p ? "softmax" : "softmin"))
                            .arg(QLatin1String(s > 1 ? "+" : "-"))
                            .arg(num(fabsq(s - 1)));
    }

    // The Jacobian of these probabilities: diag(p) - p p^T, symmetric, rows summing to 0.
    Vec jac(n * n, kNaN);
    QCOMPARE(act::softmaxJacobian(p, jac), act::SoftmaxError::None);
    const quad massError = fabsq(quadSum(p) - 1);
    for (std::size_t i = 0; i < n; ++i) {
        quad rowSum = 0;
        for (std::size_t j = 0; j < n; ++j) {
            const double got = jac[i * n + j];
            const quad ref = (i == j ? q(p[i]) : q(0)) - q(p[i]) * q(p[j]);
            const quad tol = kRel * fabsq(ref) + 2 * kEps * q(p[i]) * q(p[j]) + q(1e-320);
            if (!(fabsq(q(got) - ref) <= tol) && failures.size() < 40)
                failures << QStringLiteral("J[%1][%2] = %3, reference %4")
                                .arg(i)
                                .arg(j)
                                .arg(num(got), num(ref));
            if (std::memcmp(&jac[i * n + j], &jac[j * n + i], sizeof(double)) != 0 &&
                failures.size() < 40)
                failures << QStringLiteral("J not symmetric: J[%1][%2] = %3, J[%2][%1] = %4")
                                .arg(i)
                                .arg(j)
                                .arg(num(got), num(jac[j * n + i]));
            rowSum += got;
        }
        const quad rowTol = q(p[i]) * (massError + 4 * n * kEps) + q(1e-320);
        if (!(fabsq(rowSum) <= rowTol))
            failures << QStringLiteral("J row %1 sums to %2").arg(i).arg(num(rowSum));
    }

    // Entropy of the computed distribution, and argmax of the logits.
    const quad h = referenceEntropy(p);
    const double gotH = act::entropy(p);
    const quad hTol = std::max(kRel, 4 * n * kEps) * h + q(1e-300);
    if (!(fabsq(q(gotH) - h) <= hTol))
        failures << QStringLiteral("entropy %1, reference %2").arg(num(gotH), num(h));
    // ... and against the entropy of the true distribution, -sum p_i log p_i of the reference:
    // a relative error r_i of p_i moves H by p_i |log p_i + 1| r_i, with r_i bounded as in
    // compare().
    {
        const Reference r = reference(logits, temperature, 1);
        quad trueH = 0, propagated = 0;
        for (std::size_t i = 0; i < n; ++i) {
            if (r.p[i] == 0) continue;
            trueH -= r.p[i] * r.logp[i];
            const quad condition = 4 * kEps * (r.gap[i] + r.meanGap + n + 1);
            propagated += r.p[i] * fabsq(r.logp[i] + 1) * (kRel + condition);
        }
        if (!(fabsq(q(gotH) - trueH) <= hTol + propagated))
            failures << QStringLiteral("entropy %1, of the true distribution %2")
                            .arg(num(gotH), num(trueH));
    }
    const std::size_t expectedArg =
        std::max_element(logits.begin(), logits.end()) - logits.begin(); // first maximum
    if (act::argmax(logits) != expectedArg)
        failures
            << QStringLiteral("argmax %1, expected %2").arg(act::argmax(logits)).arg(expectedArg);

    for (const QString &f : failures)
        qWarning("%s", qPrintable(f));
    QVERIFY2(failures.isEmpty(),
             qPrintable(QStringLiteral("%1 mismatch(es)").arg(failures.size())));
}

void TestSoftmax::shiftByConstantGivesIdenticalResults()
{
    const Vec a = {1000, 1001, 1002};
    const Vec b = {0, 1, 2};
    for (double t : {1.0, 0.5, 2.0}) {
        Vec pa(3), pb(3);
        QCOMPARE(act::softmax(a, t, pa), act::SoftmaxError::None);
        QCOMPARE(act::softmax(b, t, pb), act::SoftmaxError::None);
        QVERIFY(std::memcmp(pa.data(), pb.data(), 3 * sizeof(double)) == 0);
        QCOMPARE(act::logSoftmax(a, t, pa), act::SoftmaxError::None);
        QCOMPARE(act::logSoftmax(b, t, pb), act::SoftmaxError::None);
        QVERIFY(std::memcmp(pa.data(), pb.data(), 3 * sizeof(double)) == 0);
        QCOMPARE(act::softmin(a, t, pa), act::SoftmaxError::None);
        QCOMPARE(act::softmin(b, t, pb), act::SoftmaxError::None);
        QVERIFY(std::memcmp(pa.data(), pb.data(), 3 * sizeof(double)) == 0);
    }
}

// The examples of the source documents, which quote rounded values.
void TestSoftmax::documentedExamples()
{
    auto rounded = [](double v, int decimals) {
        const double scale = std::pow(10.0, decimals);
        return std::round(v * scale) / scale;
    };
    Vec p(3);
    QCOMPARE(act::softmax(Vec{3, 0.7, 0.5}, 1.0, p), act::SoftmaxError::None);
    QCOMPARE(rounded(p[0], 3), 0.846);
    QCOMPARE(rounded(p[1], 3), 0.085);
    QCOMPARE(rounded(p[2], 3), 0.069);
    QCOMPARE(act::softmax(Vec{1.2, 1, 1.5}, 1.0, p), act::SoftmaxError::None);
    QCOMPARE(rounded(p[0], 3), 0.316);
    QCOMPARE(rounded(p[1], 3), 0.258);
    QCOMPARE(rounded(p[2], 3), 0.426);
    Vec z(10, 1.2);
    z[0] = 1.5;
    Vec p10(10);
    QCOMPARE(act::softmax(z, 1.0, p10), act::SoftmaxError::None);
    QCOMPARE(rounded(p10[0], 2), 0.13);
    for (std::size_t i = 1; i < 10; ++i)
        QCOMPARE(rounded(p10[i], 3), 0.097);
}

void TestSoftmax::temperatureExtremes()
{
    const Vec z = {3, 0.7, 0.5};
    Vec p(3);
    // Very low temperature: one-hot on the largest logit (the others underflow).
    QCOMPARE(act::softmax(z, 1e-3, p), act::SoftmaxError::None);
    QCOMPARE(p, (Vec{1, 0, 0}));
    QCOMPARE(act::softmin(z, 1e-3, p), act::SoftmaxError::None);
    QCOMPARE(p[0], 0.0);                                     // e^-2500
    QVERIFY(std::fabs(p[1] / std::exp(-200.0) - 1) < 1e-12); // (0.5 - 0.7) / 1e-3
    QCOMPARE(p[2], 1.0);
    // Very high temperature: close to uniform.
    QCOMPARE(act::softmax(z, 1e6, p), act::SoftmaxError::None);
    for (double v : p)
        QVERIFY(std::fabs(v - 1.0 / 3) < 1e-6);
    // Temperature T is the same as dividing the logits by T (exactly, for powers of two).
    for (double t : {0.5, 2.0, 0.25}) {
        Vec scaledLogits;
        for (double v : z)
            scaledLogits.push_back(v / t);
        Vec pt(3), ps(3);
        QCOMPARE(act::softmax(z, t, pt), act::SoftmaxError::None);
        QCOMPARE(act::softmax(scaledLogits, 1.0, ps), act::SoftmaxError::None);
        QCOMPARE(pt, ps);
    }
}

void TestSoftmax::logSoftmaxDoesNotUnderflowToMinusInfinity()
{
    Vec lp(2);
    QCOMPARE(act::logSoftmax(Vec{0, -1000}, 1.0, lp), act::SoftmaxError::None);
    QCOMPARE(lp[1], -1000.0);
    QVERIFY(lp[0] <= 0 && lp[0] > -1e-300);
    QCOMPARE(act::logSoftmax(Vec{0, -1e5}, 1.0, lp), act::SoftmaxError::None);
    QCOMPARE(lp[1], -1e5);
    Vec p(2);
    QCOMPARE(act::softmax(Vec{0, -1000}, 1.0, p), act::SoftmaxError::None);
    QCOMPARE(p, (Vec{1, 0}));
}

void TestSoftmax::errorsLeaveOutputUntouched()
{
    using act::SoftmaxError;
    using Fn = SoftmaxError (*)(std::span<const double>, double, std::span<double>);
    const struct
    {
        const char *name;
        Fn fn;
    } functions[] = {
        {"softmax", &act::softmax}, {"logSoftmax", &act::logSoftmax}, {"softmin", &act::softmin}};
    constexpr double kSentinel = -12345.5;
    struct Case
    {
        const char *what;
        Vec logits;
        double temperature;
        std::size_t outputSize;
        SoftmaxError expected;
    };
    const Case cases[] = {
        {"empty", {}, 1.0, 0, SoftmaxError::Empty},
        {"NaN logit", {1, kNaN, 2}, 1.0, 3, SoftmaxError::NonFinite},
        {"+inf logit", {1, kInf, 2}, 1.0, 3, SoftmaxError::NonFinite},
        {"-inf logit", {-kInf, 1, 2}, 1.0, 3, SoftmaxError::NonFinite},
        {"T = 0", {1, 2}, 0.0, 2, SoftmaxError::BadTemperature},
        {"T = -0", {1, 2}, -0.0, 2, SoftmaxError::BadTemperature},
        {"T = -1", {1, 2}, -1.0, 2, SoftmaxError::BadTemperature},
        {"T = NaN", {1, 2}, kNaN, 2, SoftmaxError::BadTemperature},
        {"T = +inf", {1, 2}, kInf, 2, SoftmaxError::BadTemperature},
        {"T = -inf", {1, 2}, -kInf, 2, SoftmaxError::BadTemperature},
        {"output too short", {1, 2, 3}, 1.0, 2, SoftmaxError::SizeMismatch},
        {"output too long", {1, 2, 3}, 1.0, 4, SoftmaxError::SizeMismatch},
        {"output empty", {1, 2, 3}, 1.0, 0, SoftmaxError::SizeMismatch},
    };
    for (const auto &f : functions) {
        for (const Case &c : cases) {
            Vec out(c.outputSize, kSentinel);
            const SoftmaxError got = f.fn(c.logits, c.temperature, out);
            QVERIFY2(got == c.expected,
                     qPrintable(QStringLiteral("%1, %2: error %3, expected %4")
                                    .arg(QLatin1String(f.name), QLatin1String(c.what))
                                    .arg(static_cast<int>(got))
                                    .arg(static_cast<int>(c.expected))));
            for (double v : out)
                QVERIFY2(v == kSentinel,
                         qPrintable(QStringLiteral("%1, %2: output written")
                                        .arg(QLatin1String(f.name), QLatin1String(c.what))));
        }
    }
}

void TestSoftmax::jacobianErrors()
{
    using act::SoftmaxError;
    constexpr double kSentinel = -12345.5;
    Vec none;
    QCOMPARE(act::softmaxJacobian(Vec{}, none), SoftmaxError::Empty);
    const Vec p = {0.2, 0.3, 0.5};
    for (std::size_t size : {0u, 3u, 8u, 10u, 81u}) {
        Vec out(size, kSentinel);
        QCOMPARE(act::softmaxJacobian(p, out), SoftmaxError::SizeMismatch);
        for (double v : out)
            QCOMPARE(v, kSentinel);
    }
}

void TestSoftmax::jacobianKnownValues()
{
    const Vec p = {0.25, 0.25, 0.5}; // exact in binary, so J is exact too
    Vec j(9);
    QCOMPARE(act::softmaxJacobian(p, j), act::SoftmaxError::None);
    const Vec expected = {0.1875, -0.0625, -0.125, -0.0625, 0.1875, -0.125, -0.125, -0.125, 0.25};
    QCOMPARE(j, expected);
    Vec one(1);
    QCOMPARE(act::softmaxJacobian(Vec{1.0}, one), act::SoftmaxError::None);
    QCOMPARE(one[0], 0.0);
}

void TestSoftmax::entropyKnownValues()
{
    QCOMPARE(act::entropy(Vec{1, 0, 0}), 0.0);
    QCOMPARE(act::entropy(Vec{0, 1}), 0.0);
    QCOMPARE(act::entropy(Vec{}), 0.0);
    const double log2 = static_cast<double>(logq(q(2)));
    QVERIFY(std::fabs(act::entropy(Vec{0.5, 0.5}) - log2) <= kEps * log2);
    for (std::size_t n : {3u, 7u, 10u, 1000u}) {
        const Vec uniform(n, 1.0 / n);
        const quad ref = referenceEntropy(uniform);
        QVERIFY2(fabsq(q(act::entropy(uniform)) - ref) <= 4 * n * kEps * ref,
                 qPrintable(QStringLiteral("uniform %1: %2, reference %3")
                                .arg(n)
                                .arg(num(act::entropy(uniform)), num(ref))));
    }
    // 0 log 0 = 0 also next to tiny but non-zero entries.
    const Vec tiny = {1 - 1e-10, 1e-10, 0, std::numeric_limits<double>::denorm_min()};
    const quad ref = referenceEntropy(tiny);
    QVERIFY(std::isfinite(act::entropy(tiny)));
    QVERIFY(fabsq(q(act::entropy(tiny)) - ref) <= kRel * ref);
}

void TestSoftmax::argmaxFirstOfTies()
{
    QCOMPARE(act::argmax(Vec{}), std::size_t{0});
    QCOMPARE(act::argmax(Vec{7}), std::size_t{0});
    QCOMPARE(act::argmax(Vec{1, 3, 3, 2}), std::size_t{1});
    QCOMPARE(act::argmax(Vec{-5, -2, -2}), std::size_t{1});
    QCOMPARE(act::argmax(Vec{2, 2}), std::size_t{0});
    QCOMPARE(act::argmax(Vec{-kInf, -1}), std::size_t{1});
    QCOMPARE(act::argmax(Vec{0.1, 0.2, 0.7, 0.7000000000000001}), std::size_t{3});
}

void TestSoftmax::describeNamesEveryError()
{
    using act::SoftmaxError;
    for (SoftmaxError e : {SoftmaxError::Empty, SoftmaxError::NonFinite,
                           SoftmaxError::BadTemperature, SoftmaxError::SizeMismatch})
        QVERIFY(!act::describe(e).empty());
}

QTEST_APPLESS_MAIN(TestSoftmax)
#include "test_softmax.moc"
