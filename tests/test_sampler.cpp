// The sampling behind the plot: every discontinuity the core reports becomes a NaN break in
// each curve of that order or higher, with both one-sided values sampled and marked, filled
// where the function takes the value and open where it is only a limit.
#include "activation.h"
#include "sampler.h"
#include "support/Compare.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using act::FunctionId;
Q_DECLARE_METATYPE(act::FunctionId)

namespace {

double component(const act::Derivatives &d, int order)
{
    return order == 0 ? d.f : order == 1 ? d.d1 : d.d2;
}

} // namespace

class TestSampler : public QObject
{
    Q_OBJECT

private slots:
    void jumpsAreBrokenAndMarked_data();
    void jumpsAreBrokenAndMarked();
    void gridIsSortedAndSpansTheRange();
    void stepsGiveThePointValues();
};

void TestSampler::jumpsAreBrokenAndMarked_data()
{
    QTest::addColumn<FunctionId>("function");
    QTest::addColumn<act::Parameters>("params");
    for (const act::FunctionSpec &spec : act::functions())
        QTest::newRow(spec.name.data()) << spec.id << act::defaults(spec.id);
    act::Parameters threshold = act::defaults(FunctionId::Threshold);
    threshold.values[1] = -1.0; // f jumps at θ
    QTest::newRow("threshold v=-1") << FunctionId::Threshold << threshold;
    act::Parameters softplus = act::defaults(FunctionId::Softplus);
    softplus.values[0] = 10.0; // the switch to x at βx = 20 moves into view
    QTest::newRow("softplus beta=10") << FunctionId::Softplus << softplus;
    act::Parameters elu = act::defaults(FunctionId::Elu);
    elu.values[0] = 2.0;
    QTest::newRow("elu alpha=2") << FunctionId::Elu << elu;
}

void TestSampler::jumpsAreBrokenAndMarked()
{
    QFETCH(FunctionId, function);
    QFETCH(act::Parameters, params);
    const act::FunctionSpec &spec = act::spec(function);
    const act::SampledCurves s =
        act::CurveSampler::sample(function, params, spec.viewMin, spec.viewMax, 500);

    std::size_t expectedBreaks[3] = {0, 0, 0};
    for (const act::Discontinuity &d : act::discontinuities(function, params)) {
        if (!(d.x > spec.viewMin && d.x < spec.viewMax)) continue;
        const auto at = std::lower_bound(s.x.begin(), s.x.end(), d.x);
        QVERIFY(at != s.x.end() && *at == d.x);
        const auto i = static_cast<std::size_t>(at - s.x.begin());
        QCOMPARE(s.x[i - 1], std::nextafter(d.x, -INFINITY));
        QCOMPARE(s.x[i + 1], std::nextafter(d.x, INFINITY));
        const act::Derivatives here = act::evaluate(function, params, d.x);
        for (int order = 0; order < 3; ++order) {
            const auto o = static_cast<std::size_t>(order);
            if (order < d.order) {
                QVERIFY(std::isfinite(s.y[o][i]));
                continue;
            }
            ++expectedBreaks[o];
            QVERIFY(std::isnan(s.y[o][i]));
            // Markers at this jump: a filled one carries the value f takes there.
            int markers = 0;
            int filled = 0;
            for (const act::JumpMarker &m : s.markers[o]) {
                if (std::abs(m.x - d.x) > 1e-12 * std::max(1.0, std::abs(d.x))) continue;
                ++markers;
                if (!m.filled) continue;
                ++filled;
                COMPARE_CLOSE(m.y, component(here, order), 1e-9);
            }
            QVERIFY(markers >= 2);
            // Exactly one marker says where the function is at the jump, when it is defined.
            if (std::isfinite(component(here, order))) QCOMPARE(filled, 1);
        }
    }
    for (int order = 0; order < 3; ++order) {
        const auto o = static_cast<std::size_t>(order);
        const auto nans = static_cast<std::size_t>(
            std::count_if(s.y[o].begin(), s.y[o].end(), [](double y) { return std::isnan(y); }));
        QCOMPARE(nans, expectedBreaks[o]);
    }
}

void TestSampler::gridIsSortedAndSpansTheRange()
{
    const act::SampledCurves s = act::CurveSampler::sample(FunctionId::Relu6, {}, -2.0, 8.0, 101);
    QVERIFY(std::is_sorted(s.x.begin(), s.x.end()));
    QVERIFY(std::adjacent_find(s.x.begin(), s.x.end()) == s.x.end());
    QCOMPARE(s.x.front(), -2.0);
    QCOMPARE(s.x.back(), 8.0);
    QCOMPARE(s.x.size(), std::size_t{101 + 4}); // 0 and 6 are grid points: two neighbours each
    const auto [low, high] = act::CurveSampler::valueRange({&s, 1}, -2.0, 8.0, {true, true, false});
    QVERIFY(low < 0.0 && high > 6.0);
}

// What a plot's refinement worker does: the grid, its second half evaluated before the first,
// then the jumps. Every value is the point kernel's at that x, and the breaks and markers are
// sample()'s.
void TestSampler::stepsGiveThePointValues()
{
    act::Parameters params = act::defaults(FunctionId::Threshold);
    params.values[1] = -1.0; // f jumps at θ
    const act::CatalogueActivation threshold(FunctionId::Threshold, params);
    act::SampledCurves s;
    const auto jumps = act::CurveSampler::layOut(threshold, -3.0, 3.0, 301, s);
    QVERIFY(!jumps.empty());
    const std::size_t n = s.x.size(), half = n / 2 + 7;
    act::CurveSampler::evaluate(threshold, half, n + 5, s); // an end past the grid is clipped
    act::CurveSampler::evaluate(threshold, 0, half, s);
    act::CurveSampler::markJumps(threshold, jumps, s);
    const act::SampledCurves whole = act::CurveSampler::sample(threshold, -3.0, 3.0, 301);
    QCOMPARE(s.x, whole.x);
    for (int order = 0; order < 3; ++order) {
        const auto o = static_cast<std::size_t>(order);
        QCOMPARE(s.markers[o].size(), whole.markers[o].size());
        for (std::size_t i = 0; i < n; ++i) {
            QCOMPARE(std::isnan(s.y[o][i]), std::isnan(whole.y[o][i]));
            if (std::isnan(s.y[o][i])) continue;
            const double expected =
                component(act::evaluate(FunctionId::Threshold, params, s.x[i]), order);
            COMPARE_CLOSE(s.y[o][i], expected, 1e-15);
        }
    }
}

QTEST_APPLESS_MAIN(TestSampler)
#include "test_sampler.moc"
