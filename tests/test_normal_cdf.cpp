// The span kernels' inline Φ(x) (core/normalcdf.h, GELU's f and f′), for AVX2 and AVX-512,
// against libquadmath's erfcq: Φ(x) = ½·erfc(−x/√2) in quad precision. Densely over the three
// intervals and their edges, the lower tail down to the subnormal results and 0, the upper
// side up to where Φ rounds to 1, tiny and subnormal x, and the special inputs ±0, ±∞, NaN and
// huge |x|. Every point is evaluated twice, in order and shuffled (other intervals in the other
// lanes), and must have the same bits both times. Skipped for an instruction set the CPU lacks.
#include "spankernels.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <quadmath.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstring>
#include <limits>
#include <numeric>
#include <random>
#include <vector>

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

using quad = __float128;

constexpr double kInf = std::numeric_limits<double>::infinity();
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

struct Set
{
    const char *name;
    bool (*available)();
    void (*cdf)(const double *, double *, std::size_t);
    std::size_t lanes;
};

const Set kSets[] = {
    {"avx2", [] { return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma"); },
     act::spankernels::normalCdfAvx2, 4},
    {"avx512", [] { return bool(__builtin_cpu_supports("avx512f")); },
     act::spankernels::normalCdfAvx512, 8},
};

// Φ over x, padded to whole registers with 0.
std::vector<double> apply(const Set &set, std::vector<double> x)
{
    const std::size_t n = x.size();
    x.resize((n + set.lanes - 1) / set.lanes * set.lanes, 0.0);
    std::vector<double> out(x.size());
    set.cdf(x.data(), out.data(), x.size());
    out.resize(n);
    return out;
}

quad reference(double x)
{
    return quad(0.5) * erfcq(-quad(x) / sqrtq(quad(2)));
}

// Where Φ is normal: relative error ≤ 1.5e−15, about 13 ulp (measured: 1.02e−15, in the lower
// tail, mostly the exp's 2 ulp and e^{−x²/2}'s sensitivity to it). Below DBL_MIN: |error| ≤
// 2^−1074 (a few roundings in the subnormal range) + 1.5e−15·Φ. An empty string when within.
QString check(double x, double got, quad ref)
{
    const auto text = [](quad v) {
        char buffer[64];
        quadmath_snprintf(buffer, sizeof buffer, "%.21Qg", v);
        return QString::fromLatin1(buffer);
    };
    const quad bound =
        ref >= quad(DBL_MIN) ? quad(1.5e-15) * ref : ldexpq(1, -1074) + quad(1.5e-15) * ref;
    const quad error = fabsq(quad(got) - ref);
    if (std::isfinite(got) && error <= bound) return {};
    return QStringLiteral("x = %1: got %2, want %3 (error %4, bound %5)")
        .arg(x, 0, 'g', 17)
        .arg(got, 0, 'g', 17)
        .arg(text(ref), text(error), text(bound));
}

} // namespace

class TestNormalCdf : public QObject
{
    Q_OBJECT

private slots:
    void dense_data()
    {
        QTest::addColumn<int>("set");
        QTest::addColumn<std::vector<double>>("x");
        std::mt19937_64 random(20261203);
        const auto span = [&](double lo, double hi, int count) {
            std::vector<double> x;
            std::uniform_real_distribution<double> uniform(lo, hi);
            for (int i = 0; i < count; ++i) {
                x.push_back(lo + (hi - lo) * i / (count - 1));
                x.push_back(uniform(random));
            }
            return x;
        };
        // 2000 doubles either side of a point (each side of an interval's edge).
        const auto around = [](double at) {
            std::vector<double> x;
            double up = at, down = at;
            for (int i = 0; i < 2000; ++i) {
                x.push_back(up = std::nextafter(up, kInf));
                x.push_back(down = std::nextafter(down, -kInf));
            }
            x.push_back(at);
            return x;
        };
        for (int s = 0; s < int(std::size(kSets)); ++s) {
            const QByteArray name = kSets[s].name;
            QTest::newRow(name + " lower tail") << s << span(-37.5, -5.0, 200000);
            QTest::newRow(name + " middle and inner") << s << span(-6.0, 6.0, 200000);
            QTest::newRow(name + " upper, to 1") << s << span(5.0, 12.0, 50000);
            QTest::newRow(name + " subnormal and 0") << s << span(-39.5, -37.3, 50000);
            for (const double edge : {0.66291, 5.656854249492380195})
                for (const double sign : {1.0, -1.0})
                    QTest::newRow(qPrintable(name + " edge " + QByteArray::number(sign * edge)))
                        << s << around(sign * edge);
            std::vector<double> tiny;
            for (double v = std::numeric_limits<double>::denorm_min(); v < 1e-2; v *= 1.7) {
                tiny.push_back(v);
                tiny.push_back(-v);
            }
            QTest::newRow(name + " tiny and subnormal x") << s << tiny;
        }
    }

    void dense()
    {
        QFETCH(int, set);
        QFETCH(std::vector<double>, x);
        const Set &s = kSets[set];
        if (!s.available()) QSKIP("this CPU lacks the instruction set");
        const std::vector<double> got = apply(s, x);
        // Shuffled: the same bits whatever the other lanes hold.
        std::vector<std::size_t> order(x.size());
        std::iota(order.begin(), order.end(), std::size_t(0));
        std::shuffle(order.begin(), order.end(), std::mt19937_64(7));
        std::vector<double> shuffled(x.size());
        for (std::size_t i = 0; i < x.size(); ++i)
            shuffled[i] = x[order[i]];
        const std::vector<double> again = apply(s, shuffled);
        int failures = 0, differ = 0;
        QString first;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (std::memcmp(&got[order[i]], &again[i], sizeof(double)) != 0) ++differ;
            const QString message = check(x[i], got[i], reference(x[i]));
            if (message.isEmpty()) continue;
            if (failures++ == 0) first = message;
        }
        QVERIFY2(failures == 0,
                 qPrintable(QString::number(failures) + " failures, first " + first));
        QCOMPARE(differ, 0);
    }

    void special_data()
    {
        QTest::addColumn<int>("set");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("want");
        for (int s = 0; s < int(std::size(kSets)); ++s) {
            const QByteArray name = kSets[s].name;
            QTest::newRow(name + " 0") << s << 0.0 << 0.5;
            QTest::newRow(name + " -0") << s << -0.0 << 0.5;
            QTest::newRow(name + " +inf") << s << kInf << 1.0;
            QTest::newRow(name + " -inf") << s << -kInf << 0.0;
            QTest::newRow(name + " DBL_MAX") << s << DBL_MAX << 1.0;
            QTest::newRow(name + " -DBL_MAX") << s << -DBL_MAX << 0.0;
            QTest::newRow(name + " 1e200") << s << 1e200 << 1.0;
            QTest::newRow(name + " -1e200") << s << -1e200 << 0.0;
            QTest::newRow(name + " 40") << s << 40.0 << 1.0;
            QTest::newRow(name + " -40") << s << -40.0 << 0.0;
            QTest::newRow(name + " -41") << s << -41.0 << 0.0;
            QTest::newRow(name + " 9") << s << 9.0 << 1.0;
            QTest::newRow(name + " NaN") << s << kNaN << kNaN;
        }
    }

    void special()
    {
        QFETCH(int, set);
        QFETCH(double, x);
        QFETCH(double, want);
        const Set &s = kSets[set];
        if (!s.available()) QSKIP("this CPU lacks the instruction set");
        // In every lane, next to ordinary points of all three intervals.
        const double ordinary[8] = {0.5, -2.5, 7.5, -0.25, 3.0, -6.0, 0.6, -30.0};
        for (std::size_t lane = 0; lane < s.lanes; ++lane) {
            std::vector<double> in(ordinary, ordinary + s.lanes);
            in[lane] = x;
            const std::vector<double> out = apply(s, in);
            if (std::isnan(want)) {
                QVERIFY2(std::isnan(out[lane]), qPrintable(QString::number(out[lane])));
            } else {
                QCOMPARE(out[lane], want);
                QVERIFY(!std::signbit(out[lane]));
            }
            for (std::size_t l = 0; l < s.lanes; ++l) {
                if (l == lane) continue;
                const QString message = check(in[l], out[l], reference(in[l]));
                QVERIFY2(message.isEmpty(), qPrintable(message));
            }
        }
    }
};

QTEST_APPLESS_MAIN(TestNormalCdf)
#include "test_normal_cdf.moc"
