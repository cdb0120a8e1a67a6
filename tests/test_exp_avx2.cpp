// The AVX2 span kernels' inline exponential (core/expavx2.h), 2^m·e^{−a·z}, against libquadmath's
// expq: densely over every argument whose result is normal (within 2 ulp), subnormal (rounded
// once: within half the subnormal spacing plus the 2 ulp of the normal case) or beyond the
// range (exactly 0 or +∞), and the special inputs 0, ±0, +∞, −∞ and NaN, each also in a
// register whose other lanes are ordinary, so the rarely taken branch for the range's ends is
// seen to leave the other lanes' values as the common one gives them. Skipped where the CPU
// has no AVX2 or FMA. Only exp_avx2_lanes.cpp is compiled with -mavx2 -mfma (tests/CMakeLists.txt).
#include "exp_avx2_lanes.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <quadmath.h>

#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <random>
#include <vector>

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

using quad = __float128;

constexpr double kInf = std::numeric_limits<double>::infinity();

// Runs `exp` over `z` four at a time; lane `lane` of every register is `filler` when
// `withFiller` is set (the others carry the points), so every point also passes through a
// register that has a special value next to it.
std::vector<double> apply(int variant, const std::vector<double> &z, bool withFiller = false,
                          double filler = 0, int lane = 0)
{
    std::vector<double> out(z.size());
    const std::size_t step = withFiller ? 3 : 4;
    for (std::size_t i = 0; i < z.size(); i += step) {
        double in[4], res[4];
        int slot[4] = {-1, -1, -1, -1};
        for (std::size_t l = 0, j = i; l < 4; ++l) {
            if (withFiller && int(l) == lane) {
                in[l] = filler;
                continue;
            }
            in[l] = j < z.size() ? z[j] : 0.0;
            slot[l] = j < z.size() ? int(j - i) : -1;
            ++j;
        }
        expavx2test::expOfMinus(variant, in, res);
        for (int l = 0; l < 4; ++l)
            if (slot[l] >= 0) out[i + std::size_t(slot[l])] = res[l];
    }
    return out;
}

// 2^m·e^{−a·z} in quad precision (a·z is exact there).
quad reference(int m, int a, double z)
{
    return ldexpq(expq(-quad(a) * quad(z)), m);
}

// Where the reference is normal: |got − ref| ≤ 2 ulp (ulp of the double nearest ref). Below
// DBL_MIN: |got − ref| ≤ 2^−1075 (the one rounding) + 2·2^−52·ref. Beyond DBL_MAX: +∞.
// Returns an empty string when within, else a message.
QString check(double z, double got, quad ref)
{
    const auto text = [](quad v) {
        char buffer[64];
        quadmath_snprintf(buffer, sizeof buffer, "%.21Qg", v);
        return QString::fromLatin1(buffer);
    };
    if (ref > quad(DBL_MAX)) {
        if (got == kInf) return {};
        return QStringLiteral("z = %1: got %2, want +inf").arg(z, 0, 'g', 17).arg(got, 0, 'g', 17);
    }
    quad bound;
    if (ref >= quad(DBL_MIN)) {
        int exponent = 0;
        std::frexp(double(ref), &exponent);
        bound = 2 * ldexpq(1, exponent - 53); // 2 ulp
    } else {
        bound = ldexpq(1, -1075) + 2 * ldexpq(ref, -52);
    }
    const quad error = fabsq(quad(got) - ref);
    if (std::isfinite(got) && error <= bound) return {};
    return QStringLiteral("z = %1: got %2, want %3 (error %4, bound %5)")
        .arg(z, 0, 'g', 17)
        .arg(got, 0, 'g', 17)
        .arg(text(ref), text(error), text(bound));
}

struct Variant
{
    const char *name;
    int m, a;
    bool nonNegative; // defined for z ≥ 0 and NaN only
};

// The instantiations the span kernels use (spankernels_simd.h), in expavx2test's order.
const Variant kVariants[] = {
    {"e^-z", 0, 1, false},     {"e^-2z", 0, 2, false},     {"e^-2z/4", -2, 2, false},
    {"e^-z z>=0", 0, 1, true}, {"e^-2z z>=0", 0, 2, true}, {"e^-2z/4 z>=0", -2, 2, true},
};

// Drops the negative arguments for a nonNegative variant.
std::vector<double> forVariant(const Variant &v, std::vector<double> z)
{
    if (v.nonNegative) std::erase_if(z, [](double x) { return x < 0 || std::signbit(x); });
    return z;
}

} // namespace

class TestExpAvx2 : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma"))
            QSKIP("this CPU has no AVX2 with FMA");
    }

    void dense_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<std::vector<double>>("z");
        std::mt19937_64 random(20261203);
        for (int v = 0; v < int(std::size(kVariants)); ++v) {
            const double a = kVariants[v].a;
            // e^{−a·z} from overflow (z < −709.79/a, the exp(x) = e^{−(−x)} use) through the
            // normal range and the subnormals down to 0 (a·z > 745.14): evenly spaced points
            // plus random ones, and every 1/64 (where k mod 256, the table index, takes all 256
            // values).
            const auto span = [&](double lo, double hi, int count) {
                std::vector<double> z;
                std::uniform_real_distribution<double> uniform(lo, hi);
                for (int i = 0; i < count; ++i)
                    z.push_back(lo + (hi - lo) * i / (count - 1));
                for (int i = 0; i < count; ++i)
                    z.push_back(uniform(random));
                for (double x = std::ceil(lo * 64) / 64; x <= hi; x += 1.0 / 64)
                    z.push_back(x);
                return z;
            };
            const QByteArray name = kVariants[v].name;
            const Variant &var = kVariants[v];
            if (!var.nonNegative)
                QTest::newRow(name + " overflow and large") << v << span(-712 / a, -690 / a, 20000);
            QTest::newRow(name + " normal")
                << v << forVariant(var, span(var.nonNegative ? 0 : -690 / a, 690 / a, 200000));
            QTest::newRow(name + " small")
                << v << forVariant(var, span(-1.0 / 64, 1.0 / 64, 20000));
            QTest::newRow(name + " subnormal and zero") << v << span(690 / a, 760 / a, 40000);
            // Near 0 where the table index and the exponent both change sign.
            std::vector<double> tiny;
            for (double x = DBL_MIN; x < 1e-3; x *= 1.5) {
                tiny.push_back(x);
                tiny.push_back(-x);
            }
            QTest::newRow(name + " tiny") << v << forVariant(var, tiny);
        }
    }

    void dense()
    {
        QFETCH(int, variant);
        QFETCH(std::vector<double>, z);
        const Variant &v = kVariants[variant];
        // Alone, and with a NaN, a +∞ or a subnormal-result argument in each lane next to them.
        struct Filler
        {
            bool on;
            double value;
        };
        const Filler fillers[] = {{false, 0},
                                  {true, std::numeric_limits<double>::quiet_NaN()},
                                  {true, kInf},
                                  {true, 740.0 / v.a}};
        std::vector<quad> want(z.size());
        for (std::size_t i = 0; i < z.size(); ++i)
            want[i] = reference(v.m, v.a, z[i]);
        int failures = 0;
        QString first;
        for (const Filler &filler : fillers) {
            for (int lane = 0; lane < (filler.on ? 4 : 1); ++lane) {
                const std::vector<double> got = apply(variant, z, filler.on, filler.value, lane);
                for (std::size_t i = 0; i < z.size(); ++i) {
                    const QString message = check(z[i], got[i], want[i]);
                    if (message.isEmpty()) continue;
                    if (failures++ == 0) first = message;
                }
            }
        }
        QVERIFY2(failures == 0,
                 qPrintable(QString::number(failures) + " failures, first " + first));
    }

    void special_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<double>("z");
        QTest::addColumn<double>("want");
        for (int v = 0; v < int(std::size(kVariants)); ++v) {
            const QByteArray name = kVariants[v].name;
            const double one = std::ldexp(1.0, kVariants[v].m);
            QTest::newRow(name + " 0") << v << 0.0 << one;
            QTest::newRow(name + " -0") << v << -0.0 << one;
            QTest::newRow(name + " +inf") << v << kInf << 0.0;
            if (!kVariants[v].nonNegative) QTest::newRow(name + " -inf") << v << -kInf << kInf;
            QTest::newRow(name + " DBL_MAX") << v << DBL_MAX << 0.0;
            if (!kVariants[v].nonNegative)
                QTest::newRow(name + " -DBL_MAX") << v << -DBL_MAX << kInf;
            QTest::newRow(name + " 1000") << v << 1000.0 << 0.0;
            QTest::newRow(name + " NaN") << v << std::numeric_limits<double>::quiet_NaN()
                                         << std::numeric_limits<double>::quiet_NaN();
        }
    }

    void special()
    {
        QFETCH(int, variant);
        QFETCH(double, z);
        QFETCH(double, want);
        // In every lane, next to ordinary arguments.
        for (int lane = 0; lane < 4; ++lane) {
            double in[4] = {0.5, 1.5, 2.5, 3.5}, out[4];
            in[lane] = z;
            expavx2test::expOfMinus(variant, in, out);
            if (std::isnan(want)) {
                QVERIFY2(std::isnan(out[lane]), qPrintable(QString::number(out[lane])));
            } else {
                QCOMPARE(out[lane], want);
                QCOMPARE(std::signbit(out[lane]), std::signbit(want));
            }
            for (int l = 0; l < 4; ++l) {
                if (l == lane) continue;
                const QString message = check(
                    in[l], out[l], reference(kVariants[variant].m, kVariants[variant].a, in[l]));
                QVERIFY2(message.isEmpty(), qPrintable(message));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestExpAvx2)
#include "test_exp_avx2.moc"
