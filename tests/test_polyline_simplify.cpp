// simplifyPolyline against a brute-force check of what it promises: it keeps a subsequence of
// the points, every break (NaN) and every kKeepEvery-th point, the ends of every run; every
// point it drops lies within the tolerance of the kept segment that spans it (distance to a
// segment computed directly, not with the cone the algorithm keeps); and on a sampled curve it
// keeps few enough points to be worth doing.
#include "PolylineSimplify.h"

#include <QTest>

#include <cmath>
#include <functional>
#include <random>

namespace {

bool isGap(const QPointF &p)
{
    return std::isnan(p.x()) || std::isnan(p.y());
}

// Bit for bit, a NaN the same as a NaN.
bool samePoint(const QPointF &a, const QPointF &b)
{
    const auto same = [](double u, double v) { return std::isnan(u) ? std::isnan(v) : u == v; };
    return same(a.x(), b.x()) && same(a.y(), b.y());
}

double distanceToSegment(QPointF p, QPointF a, QPointF b)
{
    const QPointF ab = b - a, ap = p - a;
    const double length2 = QPointF::dotProduct(ab, ab);
    const double t = length2 == 0 ? 0 : std::clamp(QPointF::dotProduct(ap, ab) / length2, 0.0, 1.0);
    const QPointF nearest = a + t * ab;
    return std::hypot(p.x() - nearest.x(), p.y() - nearest.y());
}

using Points = QVector<QPointF>;

Points sampled(int n, double x0, double x1, const std::function<double(double)> &f)
{
    Points p;
    for (int i = 0; i < n; ++i) {
        const double x = x0 + (x1 - x0) * i / (n - 1);
        p << QPointF(x, f(x));
    }
    return p;
}

} // namespace

class TestPolylineSimplify : public QObject
{
    Q_OBJECT

private slots:
    void keepsWhatItPromises_data();
    void keepsWhatItPromises();
};

void TestPolylineSimplify::keepsWhatItPromises_data()
{
    QTest::addColumn<Points>("points");
    QTest::addColumn<double>("tolerance");
    QTest::addColumn<double>("atMostKept"); // fraction of the points; 1: no claim

    const double nan = std::nan("");
    // The window's case: a sigmoid 800 points over 1500 pixels, 400 pixels tall.
    QTest::newRow("sigmoid, two points a pixel")
        << sampled(800, 0, 1500, [](double x) { return 400 / (1 + std::exp(-(x - 750) / 60)); })
        << 0.1 << 0.35;
    QTest::newRow("straight line")
        << sampled(1000, 0, 1000, [](double x) { return 0.3 * x; }) << 0.1 << 1.0 / 15;
    QTest::newRow("fast sine, turns sharper than the tolerance")
        << sampled(2000, 0, 1000, [](double x) { return 50 * std::sin(x); }) << 0.1 << 1.0;
    QTest::newRow("spike: up and back down on one x")
        << Points{{0, 0}, {1, 0}, {2, 0}, {2, 100}, {2, 50}, {2, 0}, {3, 0}, {4, 0}} << 0.1 << 1.0;
    QTest::newRow("turning back along the same line")
        << Points{{0, 0}, {10, 0}, {20, 0}, {30, 0}, {15, 0}, {5, 0}, {40, 0}} << 0.1 << 1.0;
    QTest::newRow("breaks, a lone point between two")
        << Points{{0, 0}, {1, 1}, {2, 2}, {nan, nan}, {3, 3}, {nan, 5}, {4, 4}, {5, 5}, {6, 6}}
        << 0.1 << 1.0;
    QTest::newRow("starts and ends with breaks")
        << Points{{nan, nan}, {0, 0}, {1, 0}, {2, 0}, {nan, nan}} << 0.1 << 1.0;
    QTest::newRow("repeated points")
        << Points{{0, 0}, {0, 0}, {0, 0}, {1, 1}, {1, 1}, {2, 2}} << 0.1 << 1.0;
    QTest::newRow("one point") << Points{{3, 4}} << 0.1 << 1.0;
    QTest::newRow("two points") << Points{{3, 4}, {5, 6}} << 0.1 << 1.0;
    Points noise;
    std::mt19937 random(7);
    std::uniform_real_distribution<double> jitter(-0.2, 0.2);
    for (int i = 0; i < 3000; ++i)
        noise << QPointF(i * 0.5 + jitter(random), 100 + jitter(random) * (i % 7));
    QTest::newRow("jitter about the tolerance") << noise << 0.1 << 1.0;
    // Far off the plot (a curve that grows past 1e86 pixels, where squared distances times
    // each other overflow): still every promise.
    QTest::newRow("exponential growth far off the plot")
        << sampled(400, 0, 400, [](double x) { return std::exp(x / 2); }) << 0.1 << 1.0;
    QTest::newRow("a half-pixel tolerance at scale 2, on a steep tanh")
        << sampled(2400, -4, 4, [](double x) { return 300 * std::tanh(5 * x); }) << 0.05 << 1.0;
}

void TestPolylineSimplify::keepsWhatItPromises()
{
    QFETCH(Points, points);
    QFETCH(double, tolerance);
    QFETCH(double, atMostKept);
    const QList<QPointF> kept = simplifyPolyline(points.constData(), points.size(), tolerance);

    // Which input point each kept one is: a subsequence, matched bit for bit.
    std::vector<qsizetype> index;
    qsizetype next = 0;
    for (const QPointF &k : kept) {
        while (next < points.size() && !samePoint(points[next], k))
            ++next;
        QVERIFY2(next < points.size(), "a kept point that is not the next of the input's");
        index.push_back(next++);
    }
    std::vector<bool> isKept(std::size_t(points.size()), false);
    for (qsizetype i : index)
        isKept[std::size_t(i)] = true;
    for (qsizetype i = 0; i < points.size(); ++i) {
        const bool gap = isGap(points[i]);
        const bool runEnd = !gap && (i == 0 || i == points.size() - 1 || isGap(points[i - 1]) ||
                                     isGap(points[i + 1]));
        if (gap || runEnd || i % kKeepEvery == 0)
            QVERIFY2(isKept[std::size_t(i)], qPrintable(QString("point %1 dropped").arg(i)));
    }
    // Every dropped point near the kept segment over it.
    for (std::size_t k = 0; k + 1 < index.size(); ++k) {
        const QPointF a = points[index[k]], b = points[index[k + 1]];
        for (qsizetype i = index[k] + 1; i < index[k + 1]; ++i) {
            QVERIFY(!isGap(points[i]));
            QVERIFY(!isGap(a) && !isGap(b));
            const double d = distanceToSegment(points[i], a, b);
            QVERIFY2(d <= tolerance * (1 + 1e-9),
                     qPrintable(QString("point %1 is %2 from the line drawn").arg(i).arg(d)));
        }
    }
    QVERIFY2(double(kept.size()) <= atMostKept * double(points.size()),
             qPrintable(QString("kept %1 of %2").arg(kept.size()).arg(points.size())));
}

QTEST_APPLESS_MAIN(TestPolylineSimplify)
#include "test_polyline_simplify.moc"
