// The finite-width simulation (core/simulation.h): its statistics agree with mean-field theory
// within a few standard errors at large width; dead ReLU units behave as counted; a linear
// network along a direction is a straight line; seeds reproduce bit for bit; cancel and
// progress work as a worker thread needs them.
#include "formula.h"
#include "formula_activation.h"
#include "matrixproduct.h"
#include "meanfield.h"
#include "random.h"
#include "simulation.h"

#include <QTest>

#include <atomic>
#include <cmath>
#include <cstring>
#include <vector>

Q_DECLARE_METATYPE(act::FunctionId)

namespace {

act::SimulationSettings settings(act::FunctionId id, double weight, double bias, int layers,
                                 int width, int batch, std::uint64_t seed)
{
    act::SimulationSettings s;
    s.network = {act::catalogueActivation(id), weight, bias, 1.0, layers};
    s.width = width;
    s.batch = batch;
    s.seed = seed;
    return s;
}

bool sameBits(double a, double b)
{
    return std::memcmp(&a, &b, sizeof a) == 0;
}

} // namespace

class TestSimulation : public QObject
{
    Q_OBJECT

private slots:
    // Over independent networks (seeds), the per-layer averages of the measured variance,
    // activation second moment and squared gradient norm are within 4 standard errors (taken
    // from the spread between seeds) plus 2% of theory. The 2% covers finite-width corrections
    // and the skew of q̂ across networks (its logarithm random-walks by ~√(2l/N) per network,
    // so a few networks' mean sits below the expectation more often than above it): measured
    // at width 512 the deviations are up to 10% by layer 8, at width 2048 within 2%.
    void agreesWithTheory_data()
    {
        QTest::addColumn<act::FunctionId>("id");
        QTest::addColumn<double>("weight");
        QTest::addColumn<double>("bias");
        QTest::newRow("tanh ordered") << act::FunctionId::Tanh << 0.8 << 0.05;
        QTest::newRow("tanh chaotic") << act::FunctionId::Tanh << 2.0 << 0.05;
        QTest::newRow("relu critical") << act::FunctionId::Relu << 2.0 << 0.0;
        QTest::newRow("rrelu training") << act::FunctionId::Rrelu << 1.8 << 0.1;
        QTest::newRow("selu") << act::FunctionId::Selu << 1.0 << 0.0;
    }
    void agreesWithTheory()
    {
        QFETCH(act::FunctionId, id);
        QFETCH(double, weight);
        QFETCH(double, bias);
        constexpr int kLayers = 6, kSeeds = 8;
        const auto theory = act::propagate(settings(id, weight, bias, kLayers, 1, 1, 0).network);
        std::vector<std::vector<double>> variance(kLayers), second(kLayers), gradient(kLayers);
        for (int seed = 0; seed < kSeeds; ++seed) {
            const auto r = act::simulate(settings(id, weight, bias, kLayers, 1024, 64, seed));
            for (int l = 0; l < kLayers; ++l) {
                variance[l].push_back(r.layers[l].variance);
                second[l].push_back(r.layers[l].activationSecondMoment);
                gradient[l].push_back(r.layers[l].gradientNorm * r.layers[l].gradientNorm);
            }
        }
        auto check = [](const std::vector<double> &xs, double expected, const char *what,
                        int layer) {
            double mean = 0, spread = 0;
            for (double x : xs)
                mean += x / xs.size();
            for (double x : xs)
                spread += (x - mean) * (x - mean) / (xs.size() - 1);
            const double error = std::sqrt(spread / xs.size());
            QVERIFY2(std::fabs(mean - expected) <= 4 * error + 0.02 * std::fabs(expected),
                     qPrintable(QStringLiteral("layer %1 %2: simulated %3 ± %4, theory %5")
                                    .arg(layer + 1)
                                    .arg(what)
                                    .arg(mean)
                                    .arg(error)
                                    .arg(expected)));
        };
        for (int l = 0; l < kLayers; ++l) {
            check(variance[l], theory[l].q, "variance", l);
            check(second[l], theory[l].secondMoment, "second moment", l);
            check(gradient[l], theory[l].gradientGain, "gradient norm²", l);
        }
    }

    void deadReluUnits()
    {
        // Batch of one: each ReLU unit outputs 0 with probability ½.
        auto r = act::simulate(settings(act::FunctionId::Relu, 2.0, 0.0, 3, 1024, 1, 7));
        for (const auto &l : r.layers)
            QVERIFY2(std::fabs(l.deadFraction - 0.5) < 4 * std::sqrt(0.25 / 1024),
                     qPrintable(QString::number(l.deadFraction)));
        // A large batch of independent inputs keeps every unit of layer 1 alive (dead only with
        // probability 2^-256); deeper, the inputs' representations grow correlated (ReLU's
        // correlation map tends to 1), units see the same sign for all of them and die.
        r = act::simulate(settings(act::FunctionId::Relu, 2.0, 0.0, 40, 256, 256, 7));
        QCOMPARE(r.layers[0].deadFraction, 0.0);
        double shallow = 0, deep = 0;
        for (int l = 0; l < 10; ++l) {
            shallow += r.layers[l].deadFraction / 10;
            deep += r.layers[30 + l].deadFraction / 10;
        }
        QVERIFY2(deep > 0.15 && deep > 2 * shallow,
                 qPrintable(QStringLiteral("%1 then %2").arg(shallow).arg(deep)));
        // ...unless the biases dominate: a unit with a bias below −3σ of its input is dead for
        // every input, about half of them when σb² ≫ σw² q.
        r = act::simulate(settings(act::FunctionId::Relu, 0.01, 10.0, 1, 1024, 256, 7));
        QVERIFY2(r.layers[0].deadFraction > 0.4 && r.layers[0].deadFraction < 0.5,
                 qPrintable(QString::number(r.layers[0].deadFraction)));
        // tanh is never exactly 0 on real data.
        r = act::simulate(settings(act::FunctionId::Tanh, 1.0, 0.0, 3, 128, 1, 7));
        for (const auto &l : r.layers)
            QCOMPARE(l.deadFraction, 0.0);
    }

    void seedsReproduceBitForBit()
    {
        for (act::FunctionId id : {act::FunctionId::Tanh, act::FunctionId::Rrelu}) {
            const auto s = settings(id, 1.5, 0.1, 6, 96, 40, 12345);
            const auto a = act::simulate(s), b = act::simulate(s);
            QCOMPARE(a.layers.size(), b.layers.size());
            for (std::size_t l = 0; l < a.layers.size(); ++l) {
                QVERIFY(sameBits(a.layers[l].mean, b.layers[l].mean));
                QVERIFY(sameBits(a.layers[l].variance, b.layers[l].variance));
                QVERIFY(sameBits(a.layers[l].gradientNorm, b.layers[l].gradientNorm));
                QVERIFY(sameBits(a.layers[l].deadFraction, b.layers[l].deadFraction));
            }
            QCOMPARE(a.histograms.counts, b.histograms.counts);
            auto other = s;
            other.seed = 12346;
            QVERIFY(!sameBits(act::simulate(other).layers[0].variance, a.layers[0].variance));
        }
        // The generator itself: fixed numbers for a fixed seed, on every platform.
        act::SplitMix64 bits(0);
        QCOMPARE(bits.next(), 0xe220a8397b1dcdafULL);
        act::NormalGenerator normal(42);
        double sum = 0, squares = 0;
        for (int i = 0; i < 100000; ++i) {
            const double z = normal.next();
            sum += z;
            squares += z * z;
        }
        QVERIFY(std::fabs(sum / 1e5) < 0.02 && std::fabs(squares / 1e5 - 1) < 0.02);
    }

    void histogramsCountEveryValue()
    {
        auto s = settings(act::FunctionId::Tanh, 1.5, 0.0, 4, 64, 32, 3);
        s.histogramBins = 10;
        s.histogramMin = -1;
        s.histogramMax = 1;
        const auto r = act::simulate(s);
        QCOMPARE(r.histograms.counts.size(), std::size_t(40));
        for (int l = 0; l < 4; ++l) {
            std::uint64_t total = r.histograms.below[l] + r.histograms.above[l];
            for (int b = 0; b < 10; ++b)
                total += r.histograms.count(l, b);
            QCOMPARE(total, std::uint64_t(64 * 32));
        }
        QCOMPARE(r.histograms.binStart(5), 0.0);
    }

    void histogramsOfActivations()
    {
        // ReLU's activations: every h <= 0 becomes exactly 0, so the bin [0, 0.2) holds about
        // half of each layer's values and nothing is below 0; tanh's never leave (-1, 1).
        auto s = settings(act::FunctionId::Relu, 2.0, 0.0, 3, 128, 64, 5);
        s.histogramBins = 10;
        s.histogramMin = -1;
        s.histogramMax = 1;
        s.histogramOfActivations = true;
        const auto relu = act::simulate(s);
        for (int l = 0; l < 3; ++l) {
            QCOMPARE(relu.histograms.below[l], std::uint64_t(0));
            for (int b = 0; b < 5; ++b)
                QCOMPARE(relu.histograms.count(l, b), std::uint64_t(0));
            const double atZero = double(relu.histograms.count(l, 5)) / (128 * 64);
            QVERIFY2(atZero > 0.45 && atZero < 0.65, qPrintable(QString::number(atZero)));
        }
        auto t = settings(act::FunctionId::Tanh, 4.0, 0.0, 3, 128, 64, 5);
        t.histogramMin = -1;
        t.histogramMax = 1.0000001;
        t.histogramOfActivations = true;
        const auto tanh = act::simulate(t);
        for (int l = 0; l < 3; ++l)
            QCOMPARE(tanh.histograms.below[l] + tanh.histograms.above[l], std::uint64_t(0));
        // The pre-activations of the same network do leave [-1, 1).
        t.histogramOfActivations = false;
        const auto pre = act::simulate(t);
        QVERIFY(pre.histograms.below[1] + pre.histograms.above[1] > 0);
    }

    void linearNetworkIsAStraightLine()
    {
        auto s = settings(act::FunctionId::Linear, 1.0, 0.3, 40, 64, 1, 9);
        const auto sweep = act::outputAlongDirection(s, -3, 3, 101, 8);
        QCOMPARE(sweep.t.size(), std::size_t(101));
        QCOMPARE(sweep.outputs.size(), std::size_t(8));
        for (const auto &y : sweep.outputs) {
            double scale = 0;
            for (double v : y)
                scale = std::max(scale, std::fabs(v));
            for (std::size_t i = 0; i < y.size(); ++i) {
                const double line = y.front() + (y.back() - y.front()) * (sweep.t[i] + 3) / 6;
                QVERIFY2(std::fabs(y[i] - line) <= 1e-12 * scale,
                         qPrintable(QStringLiteral("%1 vs %2").arg(y[i]).arg(line)));
            }
        }
        // tanh bends it.
        s.network.activation = act::catalogueActivation(act::FunctionId::Tanh);
        s.network.weightVariance = 4.0;
        const auto bent = act::outputAlongDirection(s, -3, 3, 101, 1).outputs[0];
        const double middle = 0.5 * (bent.front() + bent.back());
        QVERIFY(std::fabs(bent[50] - middle) > 1e-3);
    }

    // A typed formula drives the simulation: max(x, 0) is ReLU, value for value, so the two
    // runs agree bit for bit, and a different formula does not.
    void typedFormulaIsSimulated()
    {
        auto s = settings(act::FunctionId::Relu, 2.0, 0.1, 6, 64, 16, 4);
        const auto relu = act::simulate(s);
        for (const char *text : {"max(x,0)", "max(x,0.01*x)"}) {
            const act::ParseResult parsed = act::Formula::parse(text);
            QVERIFY(parsed);
            s.network.activation = std::make_shared<const act::FormulaActivation>(
                *parsed, std::vector<double>{}, act::FormulaActivation::Precision::Double);
            const auto typed = act::simulate(s);
            QCOMPARE(typed.layers.size(), relu.layers.size());
            const bool same = std::string_view(text) == "max(x,0)";
            // Layer 1 is W·x + b, before any φ; the last layer's gradient is the projection r.
            for (std::size_t l = 1; l + 1 < relu.layers.size(); ++l) {
                QCOMPARE(sameBits(typed.layers[l].variance, relu.layers[l].variance), same);
                QCOMPARE(sameBits(typed.layers[l].gradientNorm, relu.layers[l].gradientNorm), same);
            }
            const auto sweep = act::outputAlongDirection(s, -1, 1, 5, 2);
            QCOMPARE(sweep.outputs.size(), std::size_t(2));
        }
    }

    void progressAndCancel()
    {
        auto s = settings(act::FunctionId::Relu, 2.0, 0.0, 5, 32, 8, 1);
        std::vector<int> steps;
        act::SimulationControl control;
        control.progress = [&](int done, int total) {
            QCOMPARE(total, 10);
            steps.push_back(done);
        };
        auto r = act::simulate(s, control);
        QCOMPARE(steps, (std::vector<int>{1, 2, 3, 4, 5, 6, 7, 8, 9, 10}));
        QVERIFY(!r.cancelled);
        std::atomic<bool> cancel{false};
        control.cancel = &cancel;
        control.progress = [&](int done, int) {
            if (done == 3) cancel = true;
        };
        r = act::simulate(s, control);
        QVERIFY(r.cancelled);
        QCOMPARE(r.layers.size(), std::size_t(3));
    }

    // The window's worker runs on one thread, the command line on both cores: the same
    // numbers either way (the columns are split between the threads, each column summed alike).
    void oneThreadGivesTheSameNumbers_data()
    {
        QTest::addColumn<act::FunctionId>("id");
        QTest::addColumn<int>("width");
        QTest::addColumn<int>("batch");
        QTest::newRow("tanh 512 x 512") << act::FunctionId::Tanh << 512 << 512;
        QTest::newRow("gelu 200 x 37") << act::FunctionId::Gelu << 200 << 37;
        QTest::newRow("rrelu 256 x 129") << act::FunctionId::Rrelu << 256 << 129;
    }
    void oneThreadGivesTheSameNumbers()
    {
        QFETCH(act::FunctionId, id);
        QFETCH(int, width);
        QFETCH(int, batch);
        auto s = settings(id, 1.7, 0.2, 3, width, batch, 7);
        s.histogramOfActivations = true;
        act::SimulationControl one;
        one.threads = 1;
        const auto a = act::simulate(s), b = act::simulate(s, one);
        QCOMPARE(a.layers.size(), b.layers.size());
        for (std::size_t l = 0; l < a.layers.size(); ++l) {
            QVERIFY(sameBits(a.layers[l].mean, b.layers[l].mean));
            QVERIFY(sameBits(a.layers[l].variance, b.layers[l].variance));
            QVERIFY(
                sameBits(a.layers[l].activationSecondMoment, b.layers[l].activationSecondMoment));
            QVERIFY(sameBits(a.layers[l].gradientNorm, b.layers[l].gradientNorm));
        }
        QCOMPARE(a.histograms.counts, b.histograms.counts);
        const auto da = act::outputAlongDirection(s, -2, 2, 301, 3);
        const auto db = act::outputAlongDirection(s, -2, 2, 301, 3, one);
        QCOMPARE(da.outputs.size(), std::size_t(3));
        for (std::size_t k = 0; k < 3; ++k)
            for (std::size_t i = 0; i < da.outputs[k].size(); ++i)
                QVERIFY(sameBits(da.outputs[k][i], db.outputs[k][i]));
    }

    // A cancelled sweep along a direction stops and has no outputs; cancelled before the
    // first layer, a simulation has none either.
    void directionSweepCancels()
    {
        const auto s = settings(act::FunctionId::Tanh, 1.5, 0.1, 4, 64, 8, 3);
        std::atomic<bool> cancel{true};
        act::SimulationControl control;
        control.cancel = &cancel;
        QVERIFY(act::outputAlongDirection(s, -1, 1, 11, 2, control).outputs.empty());
        const auto r = act::simulate(s, control);
        QVERIFY(r.cancelled);
        QVERIFY(r.layers.empty());
        cancel = false;
        QCOMPARE(act::outputAlongDirection(s, -1, 1, 11, 2, control).outputs.size(),
                 std::size_t(2));
    }

    void kernelsAgree()
    {
        const long n = 70, m = 33;
        std::vector<double> a(n * n), b(n * m), c1(n * m), c2(n * m);
        act::NormalGenerator g(5);
        for (double &v : a)
            v = g.next();
        for (double &v : b)
            v = g.next();
        for (bool transpose : {false, true}) {
            act::multiply(act::MatrixKernel::Baseline, a.data(), transpose, b.data(), c1.data(), n,
                          m);
            act::multiply(act::bestMatrixKernel(), a.data(), transpose, b.data(), c2.data(), n, m);
            for (long i = 0; i < n * m; ++i)
                QVERIFY(std::fabs(c1[i] - c2[i]) <= 1e-12 * std::max(1.0, std::fabs(c1[i])));
            // Spot check against the definition.
            double direct = 0;
            for (long k = 0; k < n; ++k)
                direct += (transpose ? a[k + 5 * n] : a[5 + k * n]) * b[k + 2 * n];
            QVERIFY(std::fabs(c1[5 + 2 * n] - direct) <= 1e-12 * std::max(1.0, std::fabs(direct)));
        }
    }

    void validation()
    {
        auto s = settings(act::FunctionId::Tanh, 1, 0, 10, 256, 256, 0);
        QVERIFY(!act::validate(s));
        s.width = 0;
        QVERIFY(act::validate(s));
        s.width = act::kMaxWidth + 1;
        QVERIFY(act::validate(s));
        s.width = 2048;
        s.batch = 4096;
        s.network.layers = 200;
        QVERIFY(act::validate(s)->find("at most") != std::string::npos);
    }
};

QTEST_APPLESS_MAIN(TestSimulation)
#include "test_simulation.moc"
