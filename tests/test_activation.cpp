// act::Activation, the one interface the sampler, CSV, softmax and the network maths take: a
// catalogue function and a typed formula through it give the published / closed-form values,
// and discontinuities() keeps only the jumps inside the asked interval.
#include "activation.h"
#include "formula_activation.h"
#include "support/Compare.h"

#include <QObject>
#include <QTest>

#include <cmath>
#include <memory>

Q_DECLARE_METATYPE(std::shared_ptr<const act::Activation>)

namespace {

std::shared_ptr<const act::Activation>
typed(const char *text,
      act::FormulaActivation::Precision precision = act::FormulaActivation::Precision::Accurate)
{
    const act::ParseResult r = act::Formula::parse(text);
    if (!r) qFatal("'%s' does not parse", text);
    return std::make_shared<act::FormulaActivation>(*r, std::vector<double>{}, precision);
}

} // namespace

class TestActivation : public QObject
{
    Q_OBJECT

private slots:
    void valuesThroughTheInterface_data()
    {
        QTest::addColumn<std::shared_ptr<const act::Activation>>("activation");
        QTest::addColumn<double>("x");
        QTest::addColumn<double>("f");
        QTest::addColumn<double>("d1");
        // SiLU(1) = 1/(1+e^-1), SiLU'(1) = σ(1)(1 + 1·(1−σ(1))); closed forms, 17 digits.
        const double s = 1.0 / (1.0 + std::exp(-1.0));
        QTest::newRow("catalogue silu at 1")
            << std::shared_ptr<const act::Activation>(
                   std::make_shared<act::CatalogueActivation>(act::FunctionId::Silu))
            << 1.0 << s << s * (2.0 - s);
        QTest::newRow("typed x*sigmoid(x) at 1")
            << typed("x*sigmoid(x)") << 1.0 << s << s * (2.0 - s);
        // The example: a typed logistic's slope at −700 is e^-700 (a normal double),
        // where the plain double pass gives 0.
        QTest::newRow("typed logistic at -700, accurate")
            << typed("1/(1+exp(-x))") << -700.0 << std::exp(-700.0) << std::exp(-700.0);
    }
    void valuesThroughTheInterface()
    {
        QFETCH(std::shared_ptr<const act::Activation>, activation);
        QFETCH(double, x);
        QFETCH(double, f);
        QFETCH(double, d1);
        const act::Derivatives d = activation->evaluate(x);
        COMPARE_CLOSE(d.f, f, 1e-12);
        COMPARE_CLOSE(d.d1, d1, 1e-12);
    }

    void doublePrecisionIsThePlainPass()
    {
        const auto fast = typed("1/(1+exp(-x))", act::FormulaActivation::Precision::Double);
        QCOMPARE(fast->evaluate(-700.0).d1, 0.0); // what every double-only plotter shows
    }

    void discontinuitiesInsideTheInterval_data()
    {
        QTest::addColumn<std::shared_ptr<const act::Activation>>("activation");
        QTest::addColumn<double>("lo");
        QTest::addColumn<double>("hi");
        QTest::addColumn<int>("count");
        const auto hardtanh = std::shared_ptr<const act::Activation>(
            std::make_shared<act::CatalogueActivation>(act::FunctionId::Hardtanh)); // kinks ±1
        QTest::newRow("hardtanh, both") << hardtanh << -5.0 << 5.0 << 2;
        QTest::newRow("hardtanh, right only") << hardtanh << 0.0 << 5.0 << 1;
        QTest::newRow("hardtanh, none") << hardtanh << 2.0 << 5.0 << 0;
        QTest::newRow("typed abs(x-2)") << typed("abs(x-2)") << 0.0 << 5.0 << 1;
        QTest::newRow("typed abs(x-2), outside") << typed("abs(x-2)") << -5.0 << 0.0 << 0;
    }
    void discontinuitiesInsideTheInterval()
    {
        QFETCH(std::shared_ptr<const act::Activation>, activation);
        QFETCH(double, lo);
        QFETCH(double, hi);
        QFETCH(int, count);
        const auto jumps = activation->discontinuities(lo, hi);
        QCOMPARE(int(jumps.size()), count);
        for (const auto &j : jumps)
            QVERIFY(j.x >= lo && j.x <= hi);
    }

    void catalogueSaysWhatItIs()
    {
        const act::CatalogueActivation relu(act::FunctionId::Relu);
        QVERIFY(relu.catalogue() == &relu);
        QCOMPARE(relu.catalogue()->id(), act::FunctionId::Relu);
        QVERIFY(typed("x")->catalogue() == nullptr);
    }
};

QTEST_APPLESS_MAIN(TestActivation)
#include "test_activation.moc"
