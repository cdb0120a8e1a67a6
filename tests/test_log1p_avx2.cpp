// The AVX2 span kernels' inline log1p for arguments in [0, 1] (core/log1pavx2.h), the
// log1p(e^{−|x|}) of softplus and logsigmoid, against libquadmath's log1pq: densely over [0, 1]
// (evenly spaced and random points, both sides of the reduction's switch at 1/2, next to 1, the
// kernels' own arguments e^{−|x|}, and powers from the smallest subnormal up), within 1 ulp of
// the exact value; and 0, 1, the subnormals and NaN exactly, each in every lane of a register
// whose other lanes are ordinary. Skipped where the CPU has no AVX2 or FMA. Only
// log1p_avx2_lanes.cpp is compiled with -mavx2 -mfma (tests/CMakeLists.txt).
#include "log1p_avx2_lanes.h"

#include <QObject>
#include <QString>
#include <QTest>

#include <quadmath.h>

#include <cfloat>
#include <cmath>
#include <limits>
#include <random>
#include <vector>

Q_DECLARE_METATYPE(std::vector<double>)

namespace {

using quad = __float128;

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

std::vector<double> apply(const std::vector<double> &e)
{
    std::vector<double> out(e.size());
    for (std::size_t i = 0; i < e.size(); i += 4) {
        double in[4] = {0, 0, 0, 0}, res[4];
        for (std::size_t l = 0; l < 4 && i + l < e.size(); ++l)
            in[l] = e[i + l];
        log1pavx2test::log1pOfUnit(in, res);
        for (std::size_t l = 0; l < 4 && i + l < e.size(); ++l)
            out[i + l] = res[l];
    }
    return out;
}

// The error of got in ulp of the double nearest the exact value (the subnormals' spacing below
// DBL_MIN); infinite for a NaN or infinite got.
double ulpError(double e, double got)
{
    const quad ref = log1pq(quad(e));
    if (!std::isfinite(got)) return std::numeric_limits<double>::infinity();
    int exponent = 0;
    std::frexp(double(ref), &exponent);
    const quad ulp = ref >= quad(DBL_MIN) ? ldexpq(1, exponent - 53) : ldexpq(1, -1074);
    return double(fabsq(quad(got) - ref) / ulp);
}

} // namespace

class TestLog1pAvx2 : public QObject
{
    Q_OBJECT

    double worst_ = 0;

private slots:
    void initTestCase()
    {
        if (!__builtin_cpu_supports("avx2") || !__builtin_cpu_supports("fma"))
            QSKIP("this CPU has no AVX2 with FMA");
    }

    void dense_data()
    {
        QTest::addColumn<std::vector<double>>("e");
        std::mt19937_64 random(20261203);
        std::vector<double> even, uniform, middle, top, kernels, powers;
        for (int i = 0; i <= 400000; ++i)
            even.push_back(i / 400000.0);
        std::uniform_real_distribution<double> unit(0.0, 1.0);
        for (int i = 0; i < 400000; ++i)
            uniform.push_back(unit(random));
        // The reduction switches from f = e to f = (e − 1)/2 at 1/2.
        for (int i = -20000; i <= 20000; ++i) {
            middle.push_back(0.5 + i * 0x1p-54);
            middle.push_back(0.5 + i * 0x1p-36);
        }
        for (int i = 0; i <= 20000; ++i)
            top.push_back(1.0 - i * 0x1p-53);
        // What the kernels pass: e^{−|x|} for |x| up to where it is 0.
        for (double x = 0; x <= 746; x += 1.0 / 256)
            kernels.push_back(std::exp(-x));
        // Every subnormal multiple of the smallest up to 200 (×1.01 rounds back there), then
        // by factors of 1.01.
        for (double v = DBL_TRUE_MIN; v <= 1; v = std::max(v * 1.01, std::nextafter(v, 2.0)))
            powers.push_back(v);
        QTest::newRow("evenly spaced") << even;
        QTest::newRow("random") << uniform;
        QTest::newRow("around 1/2") << middle;
        QTest::newRow("next to 1") << top;
        QTest::newRow("e^-|x|") << kernels;
        QTest::newRow("from the subnormals up") << powers;
    }

    void dense()
    {
        QFETCH(std::vector<double>, e);
        const std::vector<double> got = apply(e);
        int failures = 0;
        QString first;
        for (std::size_t i = 0; i < e.size(); ++i) {
            const double error = ulpError(e[i], got[i]);
            worst_ = std::max(worst_, error);
            if (error <= 1.0) continue;
            if (failures++ == 0)
                first = QStringLiteral("log1p(%1): got %2, %3 ulp")
                            .arg(e[i], 0, 'g', 17)
                            .arg(got[i], 0, 'g', 17)
                            .arg(error);
        }
        QVERIFY2(failures == 0,
                 qPrintable(QString::number(failures) + " beyond 1 ulp, first " + first));
    }

    void special_data()
    {
        QTest::addColumn<double>("e");
        QTest::addColumn<double>("want");
        const double ln2 = double(logq(quad(2)));
        QTest::newRow("0") << 0.0 << 0.0;
        QTest::newRow("smallest subnormal") << DBL_TRUE_MIN << DBL_TRUE_MIN;
        QTest::newRow("subnormal") << 0x1.23456789abcdep-1030 << 0x1.23456789abcdep-1030;
        QTest::newRow("DBL_MIN") << DBL_MIN << DBL_MIN;
        QTest::newRow("2^-60") << 0x1p-60 << 0x1p-60;
        QTest::newRow("1") << 1.0 << ln2;
        QTest::newRow("NaN") << kNaN << kNaN;
    }

    void special()
    {
        QFETCH(double, e);
        QFETCH(double, want);
        // In every lane, next to ordinary arguments.
        for (int lane = 0; lane < 4; ++lane) {
            double in[4] = {0.125, 0.375, 0.625, 0.875}, out[4];
            in[lane] = e;
            log1pavx2test::log1pOfUnit(in, out);
            if (std::isnan(want)) {
                QVERIFY2(std::isnan(out[lane]), qPrintable(QString::number(out[lane])));
            } else {
                QCOMPARE(out[lane], want);
                QVERIFY(!std::signbit(out[lane]));
            }
            for (int l = 0; l < 4; ++l) {
                if (l == lane) continue;
                const double error = ulpError(in[l], out[l]);
                QVERIFY2(error <= 1.0,
                         qPrintable(
                             QStringLiteral("log1p(%1) next to it: %2 ulp").arg(in[l]).arg(error)));
            }
        }
    }

    void cleanupTestCase() { qInfo("worst error of the dense points: %.3f ulp", worst_); }
};

QTEST_APPLESS_MAIN(TestLog1pAvx2)
#include "test_log1p_avx2.moc"
