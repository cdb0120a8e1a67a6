// "Compare with…" in the scene layer: the largest |GELU − GELU (tanh)| and where it is, against
// an independent long-double reference; the readout's text; the model's rules; scene files
// keep the comparison and refuse bad ones with the field named; one click is one undo step.
#include "Comparison.h"
#include "SceneFile.h"
#include "SceneHistory.h"
#include "SceneModel.h"
#include "support/Compare.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using act::FunctionId;

namespace {

// GELU through erfc and its tanh approximation, written out here in long double.
long double geluReference(long double x)
{
    return 0.5L * x * std::erfc(-x / std::sqrt(2.0L));
}
long double geluTanhReference(long double x)
{
    const long double k = std::sqrt(2.0L / 3.14159265358979323846264338327950288L);
    return 0.5L * x * (1.0L + std::tanh(k * (x + 0.044715L * x * x * x)));
}
long double differenceReference(long double x)
{
    return geluReference(x) - geluTanhReference(x);
}

// The largest |difference| over [lo, hi]: a fine grid, then golden sections in long double.
std::pair<long double, long double> referenceMaximum(long double lo, long double hi)
{
    const int n = 200001;
    long double bestX = lo, best = 0;
    for (int i = 0; i < n; ++i) {
        const long double x = lo + (hi - lo) * i / (n - 1);
        if (std::fabs(differenceReference(x)) > best)
            best = std::fabs(differenceReference(x)), bestX = x;
    }
    const long double step = (hi - lo) / (n - 1);
    long double a = bestX - step, b = bestX + step;
    const long double g = (std::sqrt(5.0L) - 1) / 2;
    for (int i = 0; i < 200; ++i) {
        const long double c = b - g * (b - a), d = a + g * (b - a);
        if (std::fabs(differenceReference(c)) > std::fabs(differenceReference(d)))
            b = d;
        else
            a = c;
    }
    const long double x = (a + b) / 2;
    return {x, differenceReference(x)};
}

Scene comparing(CurveId current, CurveId compare)
{
    Scene scene;
    scene.current = current;
    scene.compare = compare;
    return scene;
}

QByteArray withCompare(const QJsonValue &compare, const QJsonValue &current = "gelu")
{
    QJsonObject root{{"format", "activation-explorer-scene"},
                     {"version", 2},
                     {"current", current},
                     {"compare", compare}};
    return QJsonDocument(root).toJson();
}

} // namespace

class TestComparison : public QObject
{
    Q_OBJECT

private slots:
    void maximumMatchesReference()
    {
        const Scene scene = comparing(FunctionId::Gelu, FunctionId::GeluTanh);
        const auto max = comparisonMaximum(scene, -6.0, 6.0);
        QVERIFY(max);
        const auto [x, d] = referenceMaximum(-6.0L, 6.0L);
        // The difference is even (both curves are x·something odd + x/2), so the peak is at ±x*.
        COMPARE_CLOSE(std::abs(max->difference), double(std::fabs(d)), 1e-9);
        COMPARE_CLOSE(std::abs(max->x), double(std::fabs(x)), 1e-6);
        COMPARE_CLOSE(max->difference, double(differenceReference(max->x)), 1e-9);
        QVERIFY(std::abs(max->difference) > 1e-4 && std::abs(max->difference) < 1e-3);
        // Over a range that holds only the left peak, x* is negative.
        const auto left = comparisonMaximum(scene, -6.0, -0.5);
        QVERIFY(left);
        COMPARE_CLOSE(left->x, -double(std::fabs(x)), 1e-6);
    }

    void readoutNamesBothAndTheNumbers()
    {
        const Scene scene = comparing(FunctionId::Gelu, FunctionId::GeluTanh);
        const auto max = comparisonMaximum(scene, -6.0, -0.5);
        const QString text = comparisonReadout(scene, max);
        QCOMPARE(text, QStringLiteral("max |GELU − GELU (tanh approx.)| = %1 at x = %2")
                           .arg(formatReadoutNumber(std::abs(max->difference), 2),
                                formatReadoutNumber(max->x, 3)));
        QVERIFY2(text.contains(QStringLiteral("4.7×10⁻⁴")), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral("x = −2.7")), qPrintable(text));
        QCOMPARE(comparisonReadout(Scene{}, std::nullopt), QString());
    }

    void numbers_data()
    {
        QTest::addColumn<double>("value");
        QTest::addColumn<int>("digits");
        QTest::addColumn<QString>("text");
        QTest::newRow("small") << 4.7312e-4 << 2 << QStringLiteral("4.7×10⁻⁴");
        QTest::newRow("rounds up a decade") << 9.96e-5 << 2 << QStringLiteral("1.0×10⁻⁴");
        QTest::newRow("negative x") << -2.2912 << 3 << QStringLiteral("−2.29");
        QTest::newRow("plain") << 0.0312 << 2 << QStringLiteral("0.031");
        QTest::newRow("zero") << 0.0 << 3 << QStringLiteral("0");
        QTest::newRow("large") << 123456.0 << 2 << QStringLiteral("1.2×10⁵");
    }
    void numbers()
    {
        QFETCH(double, value);
        QFETCH(int, digits);
        QFETCH(QString, text);
        QCOMPARE(formatReadoutNumber(value, digits), text);
    }

    void identicalCurvesDifferByZero()
    {
        Scene scene = comparing(FunctionId::Relu, FunctionId::LeakyRelu);
        scene.parametersOf(FunctionId::LeakyRelu).values[0] = 0.0;
        const auto max = comparisonMaximum(scene, -3.0, 3.0);
        QVERIFY(max);
        QCOMPARE(max->difference, 0.0);
    }

    void modelRules()
    {
        SceneModel model;
        model.setCurrent(FunctionId::Gelu);
        QVERIFY(model.setComparison(CurveId(FunctionId::Gelu)).has_value()); // itself
        QVERIFY(model.setComparison(CurveId::formula(7)).has_value());       // no such formula
        QVERIFY(!model.comparison());
        QVERIFY(!model.setComparison(CurveId(FunctionId::GeluTanh)));
        QCOMPARE(model.comparison(), CurveId(FunctionId::GeluTanh));
        // Choosing the compared curve stops comparing.
        model.setCurrent(FunctionId::GeluTanh);
        QVERIFY(!model.comparison());
        // Removing a compared formula stops comparing too.
        const auto added = model.addFormula("swish", "x*sigmoid(x)");
        const CurveId formula = std::get<CurveId>(added);
        model.setCurrent(FunctionId::Gelu);
        QVERIFY(!model.setComparison(formula));
        model.removeFormula(formula.formulaKey());
        QVERIFY(!model.comparison());
    }

    void fileRoundTrip()
    {
        Scene scene = comparing(FunctionId::Gelu, FunctionId::GeluTanh);
        auto loaded = sceneFromJson(sceneToJson(scene), "t");
        QVERIFY2(loaded.scene, qPrintable(loaded.error));
        QCOMPARE(loaded.scene->compare, CurveId(FunctionId::GeluTanh));
        // A formula as the compared curve.
        auto made = makeFormulaCurve("mine", "x*sigmoid(1.702*x)");
        FormulaCurve formula = std::get<FormulaCurve>(made);
        formula.key = 3;
        scene.formulas.push_back(formula);
        scene.compare = CurveId::formula(3);
        loaded = sceneFromJson(sceneToJson(scene), "t");
        QVERIFY2(loaded.scene, qPrintable(loaded.error));
        QCOMPARE(loaded.scene->compare, CurveId::formula(3));
        // Files without the field (all older ones) compare nothing.
        scene.compare.reset();
        QVERIFY(!sceneToJson(scene).contains("compare"));
        loaded = sceneFromJson(sceneToJson(scene), "t");
        QVERIFY(loaded.scene && !loaded.scene->compare);
    }

    void badFilesNameTheField_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("error");
        QTest::newRow("itself") << withCompare("gelu")
                                << "t: compare: gelu cannot be compared with itself";
        QTest::newRow("unknown") << withCompare("gelu_tan")
                                 << "t: compare: unknown function \"gelu_tan\"; did you mean "
                                    "\"gelu_tanh\"?";
        QTest::newRow("number") << withCompare(3)
                                << "t: compare: expected a function name, got a number";
        QTest::newRow("no formula") << withCompare(QJsonObject{{"formula", 2}})
                                    << "t: compare.formula: no formula with key 2 in \"formulas\"";
    }
    void badFilesNameTheField()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, error);
        const SceneLoadResult loaded = sceneFromJson(json, "t");
        QVERIFY(!loaded.scene);
        QCOMPARE(loaded.error, error);
    }

    void oneClickIsOneUndoStep()
    {
        SceneModel model;
        SceneHistory history(&model);
        model.setComparison(CurveId(FunctionId::GeluTanh));
        QCOMPARE(history.stack()->count(), 1);
        QCOMPARE(history.stack()->undoText(), QStringLiteral("Compare with GELU (tanh approx.)"));
        history.stack()->undo();
        QVERIFY(!model.comparison());
        history.stack()->redo();
        QCOMPARE(model.comparison(), CurveId(FunctionId::GeluTanh));
        model.setComparison(std::nullopt);
        QCOMPARE(history.stack()->undoText(), QStringLiteral("Stop comparing"));
        QCOMPARE(history.stack()->count(), 2);
    }
};

QTEST_GUILESS_MAIN(TestComparison)
#include "test_comparison.moc"
