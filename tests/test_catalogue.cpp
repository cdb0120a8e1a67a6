// The catalogue's contract: names, defaults, parameter domains, the kink conventions at the
// exact kink points, discontinuities, "did you mean", RReLU training sampling, the CSV x grid
// and CSV round-trip.
#include "activations.h"
#include "csv.h"

#include <QTest>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <cstdlib>
#include <limits>
#include <set>
#include <string>

using act::FunctionId;

Q_DECLARE_METATYPE(FunctionId)

class TestCatalogue : public QObject
{
    Q_OBJECT

private slots:
    void namesAreUniqueAndFindable()
    {
        QCOMPARE(act::functions().size(), act::kFunctionCount);
        std::set<std::string_view> names;
        for (std::size_t i = 0; i < act::functions().size(); ++i) {
            const auto &f = act::functions()[i];
            QCOMPARE(std::size_t(f.id), i);
            QVERIFY2(names.insert(f.name).second, f.name.data());
            QCOMPARE(act::findFunction(f.name), std::optional(f.id));
            QVERIFY(!f.displayName.empty() && !f.formula.empty() && !f.derivativeFormula.empty());
            QVERIFY(!f.summary.empty());
            QVERIFY(f.viewMin < f.viewMax);
        }
        QVERIFY(!act::findFunction("ReLU"));
        QVERIFY(!act::findFunction(""));
    }

    void defaultsAreValidAndInsideSliders()
    {
        for (const auto &f : act::functions()) {
            QVERIFY2(!act::validate(f.id, act::defaults(f.id)), f.name.data());
            for (std::size_t i = 0; i < f.parameters.size(); ++i) {
                const auto &p = f.parameters[i];
                QVERIFY(p.sliderMin < p.sliderMax);
                QVERIFY2(p.sliderMin <= p.defaultValue && p.defaultValue <= p.sliderMax,
                         p.key.data());
                QVERIFY(!p.symbol.empty() && !p.description.empty());
                QCOMPARE(act::findParameter(f.id, p.key), std::optional(i));
                // Every slider position is a valid value.
                QVERIFY(!act::validateParameter(f.id, i, p.sliderMax));
            }
        }
    }

    void publishedDefaults_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("key");
        QTest::addColumn<double>("expected");
        QTest::newRow("leaky alpha") << "leaky_relu"
                                     << "alpha" << 0.01;
        QTest::newRow("prelu alpha") << "prelu"
                                     << "alpha" << 0.25;
        QTest::newRow("rrelu lower") << "rrelu"
                                     << "lower" << 0.125;
        QTest::newRow("rrelu upper") << "rrelu"
                                     << "upper" << 1.0 / 3.0;
        QTest::newRow("selu alpha") << "selu"
                                    << "alpha" << 1.6732632423543772848;
        QTest::newRow("selu lambda") << "selu"
                                     << "lambda" << 1.0507009873554804934;
        QTest::newRow("softplus threshold") << "softplus"
                                            << "threshold" << 20.0;
        QTest::newRow("hardtanh min") << "hardtanh"
                                      << "min" << -1.0;
        QTest::newRow("shrink lambda") << "softshrink"
                                       << "lambda" << 0.5;
    }
    void publishedDefaults()
    {
        QFETCH(QString, name);
        QFETCH(QString, key);
        QFETCH(double, expected);
        const auto id = act::findFunction(name.toStdString());
        QVERIFY(id);
        const auto index = act::findParameter(*id, key.toStdString());
        QVERIFY(index);
        QCOMPARE(act::defaults(*id).values[*index], expected);
    }

    void invalidParametersAreRejected_data()
    {
        QTest::addColumn<FunctionId>("id");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<QString>("mentions");
        const double nan = std::numeric_limits<double>::quiet_NaN();
        const double inf = std::numeric_limits<double>::infinity();
        QTest::newRow("softplus beta=0") << FunctionId::Softplus << 0.0 << 20.0 << "beta";
        QTest::newRow("softplus beta<0") << FunctionId::Softplus << -1.0 << 20.0 << "beta";
        QTest::newRow("celu alpha=0") << FunctionId::Celu << 0.0 << 0.0 << "alpha";
        QTest::newRow("hardtanh min=max") << FunctionId::Hardtanh << 1.0 << 1.0 << "min";
        QTest::newRow("hardtanh min>max") << FunctionId::Hardtanh << 2.0 << -2.0 << "max";
        QTest::newRow("rrelu lower>upper") << FunctionId::Rrelu << 0.5 << 0.25 << "lower";
        QTest::newRow("softshrink lambda<0") << FunctionId::Softshrink << -0.1 << 0.0 << "lambda";
        QTest::newRow("hardshrink lambda<0") << FunctionId::Hardshrink << -1.0 << 0.0 << "lambda";
        QTest::newRow("elu alpha NaN") << FunctionId::Elu << nan << 0.0 << "alpha";
        QTest::newRow("swish beta inf") << FunctionId::Swish << inf << 0.0 << "beta";
        QTest::newRow("threshold value -inf") << FunctionId::Threshold << 0.0 << -inf << "value";
    }
    void invalidParametersAreRejected()
    {
        QFETCH(FunctionId, id);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(QString, mentions);
        const auto error = act::validate(id, act::Parameters{{a, b}});
        QVERIFY(error);
        QVERIFY2(QString::fromStdString(*error).contains(mentions), error->c_str());
    }

    void edgeParametersAreAccepted()
    {
        QVERIFY(!act::validate(FunctionId::Softshrink, {{0.0, 0.0}}));
        QVERIFY(!act::validate(FunctionId::Rrelu, {{0.2, 0.2}}));
        QVERIFY(!act::validate(FunctionId::Celu, {{1e-3, 0.0}}));
        QVERIFY(!act::validate(FunctionId::Hardtanh, {{-2.0, 3.0}}));
    }

    // One-sided values at the exact kink point follow PyTorch's autograd.
    void kinkConventions_data()
    {
        QTest::addColumn<FunctionId>("id");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("f");
        QTest::addColumn<double>("d1");
        QTest::addColumn<double>("d2");
        QTest::newRow("relu'(0)=0") << FunctionId::Relu << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("leaky'(0)=alpha")
            << FunctionId::LeakyRelu << 0.2 << 0.0 << 0.0 << 0.0 << 0.2 << 0.0;
        QTest::newRow("rrelu'(0)=(l+u)/2")
            << FunctionId::Rrelu << 0.1 << 0.3 << 0.0 << 0.0 << 0.2 << 0.0;
        QTest::newRow("elu'(0)=alpha") << FunctionId::Elu << 2.0 << 0.0 << 0.0 << 0.0 << 2.0 << 2.0;
        QTest::newRow("celu'(0)=1") << FunctionId::Celu << 0.5 << 0.0 << 0.0 << 0.0 << 1.0 << 2.0;
        QTest::newRow("relu6'(0)=0") << FunctionId::Relu6 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0 << 0.0;
        QTest::newRow("relu6'(6)=0") << FunctionId::Relu6 << 0.0 << 0.0 << 6.0 << 6.0 << 0.0 << 0.0;
        QTest::newRow("hardtanh'(max)=0")
            << FunctionId::Hardtanh << -1.0 << 1.0 << 1.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("hardtanh'(min)=0")
            << FunctionId::Hardtanh << -1.0 << 1.0 << -1.0 << -1.0 << 0.0 << 0.0;
        QTest::newRow("hardsigmoid'(3)=0")
            << FunctionId::Hardsigmoid << 0.0 << 0.0 << 3.0 << 1.0 << 0.0 << 0.0;
        QTest::newRow("hardswish'(-3)=-1/2")
            << FunctionId::Hardswish << 0.0 << 0.0 << -3.0 << 0.0 << -0.5 << 1.0 / 3;
        QTest::newRow("hardswish'(3)=3/2")
            << FunctionId::Hardswish << 0.0 << 0.0 << 3.0 << 3.0 << 1.5 << 1.0 / 3;
        QTest::newRow("softshrink'(lambda)=0")
            << FunctionId::Softshrink << 0.5 << 0.0 << 0.5 << 0.0 << 0.0 << 0.0;
        QTest::newRow("hardshrink(lambda)=0")
            << FunctionId::Hardshrink << 0.5 << 0.0 << -0.5 << 0.0 << 0.0 << 0.0;
        QTest::newRow("threshold(theta)=value")
            << FunctionId::Threshold << 1.0 << -2.0 << 1.0 << -2.0 << 0.0 << 0.0;
        QTest::newRow("softsign''(0)=0")
            << FunctionId::Softsign << 0.0 << 0.0 << 0.0 << 0.0 << 1.0 << 0.0;
        QTest::newRow("softplus above threshold is x")
            << FunctionId::Softplus << 2.0 << 10.0 << 5.5 << 5.5 << 1.0 << 0.0;
    }
    void kinkConventions()
    {
        QFETCH(FunctionId, id);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(double, x);
        QFETCH(double, f);
        QFETCH(double, d1);
        QFETCH(double, d2);
        const act::Derivatives r = act::evaluate(id, act::Parameters{{a, b}}, x);
        QCOMPARE(r.f, f);
        QCOMPARE(r.d1, d1);
        QCOMPARE(r.d2, d2);
    }

    void discontinuities_data()
    {
        QTest::addColumn<FunctionId>("id");
        QTest::addColumn<double>("a");
        QTest::addColumn<double>("b");
        QTest::addColumn<QList<double>>("xs");
        QTest::addColumn<QList<int>>("orders");
        QTest::newRow("relu") << FunctionId::Relu << 0.0 << 0.0 << QList<double>{0}
                              << QList<int>{1};
        QTest::newRow("relu6") << FunctionId::Relu6 << 0.0 << 0.0 << QList<double>{0, 6}
                               << QList<int>{1, 1};
        QTest::newRow("hardtanh(-2,3)")
            << FunctionId::Hardtanh << -2.0 << 3.0 << QList<double>{-2, 3} << QList<int>{1, 1};
        QTest::newRow("hardshrink jumps in f")
            << FunctionId::Hardshrink << 1.0 << 0.0 << QList<double>{-1, 1} << QList<int>{0, 0};
        QTest::newRow("softshrink kinks")
            << FunctionId::Softshrink << 1.0 << 0.0 << QList<double>{-1, 1} << QList<int>{1, 1};
        QTest::newRow("threshold jumps in f")
            << FunctionId::Threshold << 1.0 << -2.0 << QList<double>{1} << QList<int>{0};
        QTest::newRow("threshold continuous when value=theta")
            << FunctionId::Threshold << 1.0 << 1.0 << QList<double>{1} << QList<int>{1};
        QTest::newRow("elu alpha=1: only f'' jumps")
            << FunctionId::Elu << 1.0 << 0.0 << QList<double>{0} << QList<int>{2};
        QTest::newRow("elu alpha=2: f' jumps")
            << FunctionId::Elu << 2.0 << 0.0 << QList<double>{0} << QList<int>{1};
        QTest::newRow("softplus switch at t/beta")
            << FunctionId::Softplus << 2.0 << 10.0 << QList<double>{5} << QList<int>{0};
        QTest::newRow("leaky alpha=1 is linear")
            << FunctionId::LeakyRelu << 1.0 << 0.0 << QList<double>{} << QList<int>{};
        QTest::newRow("gelu smooth")
            << FunctionId::Gelu << 0.0 << 0.0 << QList<double>{} << QList<int>{};
    }
    void discontinuities()
    {
        QFETCH(FunctionId, id);
        QFETCH(double, a);
        QFETCH(double, b);
        QFETCH(QList<double>, xs);
        QFETCH(QList<int>, orders);
        const auto points = act::discontinuities(id, act::Parameters{{a, b}});
        QCOMPARE(qsizetype(points.size()), xs.size());
        for (qsizetype i = 0; i < xs.size(); ++i) {
            QCOMPARE(points[i].x, xs[i]);
            QCOMPARE(points[i].order, orders[i]);
        }
    }

    // Every declared jump is real: the one-sided values differ, and they don't elsewhere.
    void discontinuitiesMatchTheValues()
    {
        for (const auto &f : act::functions()) {
            const act::Parameters p = act::defaults(f.id);
            for (const auto &d : act::discontinuities(f.id, p)) {
                const auto left = act::evaluate(f.id, p, std::nextafter(d.x, -1e300));
                const auto right = act::evaluate(f.id, p, std::nextafter(d.x, 1e300));
                const double l[] = {left.f, left.d1, left.d2};
                const double r[] = {right.f, right.d1, right.d2};
                QVERIFY2(std::abs(l[d.order] - r[d.order]) > 1e-12, f.name.data());
                for (int k = 0; k < d.order; ++k)
                    QVERIFY2(std::abs(l[k] - r[k]) < 1e-12, f.name.data());
            }
        }
    }

    void nearestName_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("nearest");
        QTest::newRow("gelus") << "gelus"
                               << "gelu";
        QTest::newRow("Relu") << "Relu"
                              << "relu";
        QTest::newRow("leakyrelu") << "leakyrelu"
                                   << "leaky_relu";
        QTest::newRow("hardswitch") << "hardswitch"
                                    << "hardswish";
        QTest::newRow("sigmod") << "sigmod"
                                << "sigmoid";
    }
    void nearestName()
    {
        QFETCH(QString, typed);
        QFETCH(QString, nearest);
        QCOMPARE(QString::fromUtf8(act::nearestFunctionName(typed.toStdString()).data()), nearest);
    }

    void rreluTrainingDrawsSlopesInRange()
    {
        const act::Parameters p{{0.1, 0.3}};
        std::vector<double> x(2000), y(2000), again(2000);
        for (std::size_t i = 0; i < x.size(); ++i)
            x[i] = i % 2 ? -1.0 - double(i) / 100 : 2.0;
        act::sampleRreluTraining(p, x, y, 42);
        act::sampleRreluTraining(p, x, again, 42);
        QCOMPARE(y, again);
        double minSlope = 1, maxSlope = 0, sum = 0;
        int negatives = 0;
        for (std::size_t i = 0; i < x.size(); ++i) {
            if (x[i] > 0) {
                QCOMPARE(y[i], x[i]);
                continue;
            }
            const double slope = y[i] / x[i];
            minSlope = std::min(minSlope, slope);
            maxSlope = std::max(maxSlope, slope);
            sum += slope;
            ++negatives;
        }
        QVERIFY(minSlope >= 0.1 && maxSlope <= 0.3);
        QVERIFY(minSlope < 0.11 && maxSlope > 0.29); // it really spreads over U(l, u)
        QVERIFY(std::abs(sum / negatives - 0.2) < 0.01);
        act::sampleRreluTraining(p, x, again, 43);
        QVERIFY(y != again);
    }

    // Bounds whose difference overflows (u − l = 2·DBL_MAX): every slope is still a finite draw
    // from [l, u], spread over both signs with mean near 0, and a positive input passes through.
    void rreluTrainingWithHugeBounds()
    {
        const double big = std::numeric_limits<double>::max();
        const act::Parameters p{{-big, big}};
        std::vector<double> x(2000, -1.0), y(2000);
        x[0] = 2.0;
        act::sampleRreluTraining(p, x, y, 7);
        QCOMPARE(y[0], 2.0);
        int positive = 0;
        double mean = 0;
        for (std::size_t i = 1; i < x.size(); ++i) {
            const double slope = -y[i];
            QVERIFY2(std::isfinite(slope) && -big <= slope && slope <= big,
                     qPrintable(QString::number(slope)));
            positive += slope > 0;
            mean += slope / big / double(x.size() - 1);
        }
        QVERIFY(positive > 900 && positive < 1100);
        QVERIFY(std::abs(mean) < 0.05); // U(-1, 1) mean 0, standard error 0.013
    }

    // The CSV x grid against start + (end − start)·i/(n − 1) in __float128 (113-bit significand,
    // exponent range far beyond double, so neither the width nor the product overflows there):
    // every point finite and within a few ulps of the larger endpoint, the ends exact,
    // non-decreasing, and strictly increasing where the spacing is many ulps wide.
    void gridPointIsFiniteExactAndMonotone_data()
    {
        QTest::addColumn<double>("start");
        QTest::addColumn<double>("end");
        QTest::addColumn<long long>("count");
        QTest::newRow("-6:6, 1001") << -6.0 << 6.0 << 1001LL;
        QTest::newRow("-3:2, 7") << -3.0 << 2.0 << 7LL;
        QTest::newRow("0.1:0.7, 3") << 0.1 << 0.7 << 3LL;
        QTest::newRow("1:1+2^-50, 1001") << 1.0 << 1.0 + 0x1p-50 << 1001LL;
        QTest::newRow("subnormal -1e-310:1e-310, 1001") << -1e-310 << 1e-310 << 1001LL;
        QTest::newRow("-1e306:1e306, 1001 (issue 6)") << -1e306 << 1e306 << 1001LL;
        QTest::newRow("0:1e306, 1001") << 0.0 << 1e306 << 1001LL;
        QTest::newRow("1e300:DBL_MAX, 1001") << 1e300 << DBL_MAX << 1001LL;
        QTest::newRow("-DBL_MAX:-1e307, 1001") << -DBL_MAX << -1e307 << 1001LL;
        QTest::newRow("0:DBL_MAX, 2") << 0.0 << DBL_MAX << 2LL;
        QTest::newRow("0:DBL_MAX, 3") << 0.0 << DBL_MAX << 3LL;
        QTest::newRow("1e-300:DBL_MAX, 1001") << 1e-300 << DBL_MAX << 1001LL;
        QTest::newRow("-1.7e308:1.7e308, 1001 (width overflows)") << -1.7e308 << 1.7e308 << 1001LL;
        QTest::newRow("-DBL_MAX:DBL_MAX, 2") << -DBL_MAX << DBL_MAX << 2LL;
        QTest::newRow("-DBL_MAX:DBL_MAX, 3") << -DBL_MAX << DBL_MAX << 3LL;
        QTest::newRow("-DBL_MAX:1, 1001") << -DBL_MAX << 1.0 << 1001LL;
        QTest::newRow("-1e-300:DBL_MAX, 1001") << -1e-300 << DBL_MAX << 1001LL;
        QTest::newRow("-DBL_MAX:DBL_MAX, 4097") << -DBL_MAX << DBL_MAX << 4097LL;
        QTest::newRow("-DBL_MAX:DBL_MAX, 1000001") << -DBL_MAX << DBL_MAX << 1000001LL;
        QTest::newRow("-1:1, 1000001") << -1.0 << 1.0 << 1000001LL;
    }
    void gridPointIsFiniteExactAndMonotone()
    {
        QFETCH(double, start);
        QFETCH(double, end);
        QFETCH(long long, count);
        using quad = __float128;
        const quad qs = start, qe = end;
        const double largest = std::max(std::fabs(start), std::fabs(end));
        const double tol =
            4 * DBL_EPSILON * largest + 2 * std::numeric_limits<double>::denorm_min();
        // Spacing of many ulps: the points must then be strictly increasing.
        const bool wide = (qe - qs) / quad(count - 1) > quad(16 * DBL_EPSILON * largest);
        QVERIFY(act::gridPoint(start, end, count, 0) == start); // exact, not fuzzy
        QVERIFY(act::gridPoint(start, end, count, count - 1) == end);
        double previous = -HUGE_VAL, worst = 0;
        int failures = 0;
        for (long long i = 0; i < count; ++i) {
            const double x = act::gridPoint(start, end, count, i);
            const quad expected = qs + (qe - qs) * quad(i) / quad(count - 1);
            const quad diff = quad(x) - expected;
            const double err = std::isfinite(x) ? double(diff < 0 ? -diff : diff) : HUGE_VAL;
            worst = std::max(worst, err);
            const bool ordered = wide ? x > previous : x >= previous;
            if ((!(err <= tol) || !ordered) && ++failures <= 10)
                qWarning("x[%lld] = %.17g, expected %.17g (error %.3g, allowed %.3g), previous "
                         "%.17g",
                         i, x, double(expected), err, tol, previous);
            previous = x;
        }
        qInfo("worst error %.3g = %.3g ulp(largest endpoint)", worst,
              worst / (largest > 0 ? largest - std::nextafter(largest, 0.0) : 1));
        QCOMPARE(failures, 0);
    }

    void csvRoundTrips()
    {
        const double values[] = {0.1,
                                 -1.0 / 3,
                                 1e-300,
                                 -4.9406564584124654e-324,
                                 1.7976931348623157e308,
                                 123456789.123456789,
                                 -0.0};
        std::string text;
        act::appendCsvRow(text, values);
        QVERIFY(text.ends_with('\n'));
        const QStringList cells = QString::fromStdString(text).trimmed().split(',');
        QCOMPARE(cells.size(), qsizetype(std::size(values)));
        for (qsizetype i = 0; i < cells.size(); ++i)
            QCOMPARE(std::strtod(cells[i].toLatin1().constData(), nullptr), values[i]);
    }
};

QTEST_APPLESS_MAIN(TestCatalogue)
#include "test_catalogue.moc"
