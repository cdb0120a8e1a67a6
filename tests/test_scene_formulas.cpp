// Typed formulas in the scene layer: the model adds, edits and removes them as curves like any
// other; scene files (format version 2) keep them; bad ones are refused with the field named;
// the CSV writer computes them accurately where double precision fails (closed forms).
#include "CurveCsvExporter.h"
#include "SceneFile.h"
#include "SceneHistory.h"
#include "SceneModel.h"
#include "support/Compare.h"
#include "support/Csv.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

#include <cmath>

using act::FunctionId;

namespace {

CurveId added(SceneModel &model, const QString &name, const QString &expression)
{
    const auto result = model.addFormula(name, expression);
    if (const auto *error = std::get_if<QString>(&result)) qFatal("%s", qPrintable(*error));
    return std::get<CurveId>(result);
}

QJsonObject withFormula(const QJsonObject &formula, const QJsonValue &current)
{
    return QJsonObject{{"format", "activation-explorer-scene"},
                       {"version", 2},
                       {"current", current},
                       {"formulas", QJsonArray{formula}}};
}

} // namespace

class TestSceneFormulas : public QObject
{
    Q_OBJECT

private slots:
    void aFormulaBecomesTheCurrentCurve()
    {
        SceneModel model;
        QSignalSpy formulas(&model, &SceneModel::formulasChanged);
        const CurveId swish = added(model, "my swish", "x*sigmoid(b*x)");
        QVERIFY(swish.isFormula());
        QCOMPARE(formulas.count(), 1);
        QCOMPARE(model.current(), swish);
        QCOMPARE(model.curveName(swish), QString("my swish"));
        QCOMPARE(model.parameterCount(swish), std::size_t(1));
        QCOMPARE(model.formula(swish.formulaKey())->parameters[0].name, QString("b"));
        QCOMPARE(model.parameterValue(swish, 0), 1.0);
        // b = 1 is SiLU: x σ(x), closed form at x = 2.
        COMPARE_CLOSE(model.activation(swish)->evaluate(2.0).f, 2.0 / (1.0 + std::exp(-2.0)),
                      1e-15);
        QVERIFY(!model.setParameter(swish, 0, 2.0));
        COMPARE_CLOSE(model.activation(swish)->evaluate(1.0).f, 1.0 / (1.0 + std::exp(-2.0)),
                      1e-15);
        QVERIFY(!model.isDefault(swish));
        model.resetParameters(swish);
        QVERIFY(model.isDefault(swish));
    }

    void aFormulaIsOverlaidAndRemoved()
    {
        SceneModel model;
        const CurveId typed = added(model, "", "tanh(x)^2");
        QCOMPARE(model.curveName(typed), QString("tanh(x)^2")); // named after its expression
        model.setCurrent(FunctionId::Relu);
        model.setOverlaid(typed, true);
        QCOMPARE(model.plotted(), (std::vector<CurveId>{FunctionId::Relu, typed}));
        model.removeFormula(typed.formulaKey());
        QCOMPARE(model.plotted(), std::vector<CurveId>{FunctionId::Relu});
        QVERIFY(model.formulas().empty());
        model.setOverlaid(typed, true); // gone: refused
        QVERIFY(!model.isOverlaid(typed));
    }

    void editingKeepsParametersThatKeepTheirName()
    {
        SceneModel model;
        const CurveId curve = added(model, "f", "a*x + b");
        QVERIFY(!model.setParameter(curve, 1, 3.0));
        QVERIFY(!model.setFormulaRange(curve.formulaKey(), 1, 0.0, 10.0));
        QVERIFY(!model.editFormula(curve.formulaKey(), "g", "b*x^2 + c"));
        const FormulaCurve *f = model.formula(curve.formulaKey());
        QCOMPARE(f->name, QString("g"));
        QCOMPARE(f->parameters.size(), std::size_t(2));
        QCOMPARE(f->parameters[0].name, QString("b"));
        QCOMPARE(f->parameters[0].value, 3.0);
        QCOMPARE(f->parameters[0].max, 10.0);
        QCOMPARE(f->parameters[1].value, 1.0);
        // A bad edit changes nothing and says where.
        const auto refused = model.editFormula(curve.formulaKey(), "g", "sigmod(x)");
        QVERIFY(refused);
        QVERIFY2(refused->contains("column 1") && refused->contains("sigmoid"),
                 qPrintable(*refused));
        QCOMPARE(model.formula(curve.formulaKey())->expression, QString("b*x^2 + c"));
    }

    void badFormulasAreRefused_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<QString>("reason");
        QTest::newRow("misspelt function") << "x*sigmod(x)"
                                           << "did you mean sigmoid";
        QTest::newRow("empty") << ""
                               << "column";
        QTest::newRow("unbalanced") << "(x+1"
                                    << "column";
        QTest::newRow("deep nesting")
            << QString(300, QChar(40)) + "x" + QString(300, QChar(41)) << "nest";
    }
    void badFormulasAreRefused()
    {
        QFETCH(QString, expression);
        QFETCH(QString, reason);
        SceneModel model;
        const Scene before = model.scene();
        const auto result = model.addFormula("bad", expression);
        QVERIFY(std::holds_alternative<QString>(result));
        QVERIFY2(std::get<QString>(result).contains(reason), qPrintable(std::get<QString>(result)));
        QVERIFY(model.scene() == before);
    }

    void rangesAndValuesAreChecked()
    {
        SceneModel model;
        const CurveId curve = added(model, "f", "a*x");
        QVERIFY(model.setFormulaRange(curve.formulaKey(), 0, 2.0, 1.0));
        QVERIFY(model.setParameter(curve, 0, qQNaN()));
        QVERIFY(model.setParameter(curve, 0, qInf()));
        QCOMPARE(model.parameterValue(curve, 0), 1.0);
    }

    void undoTakesANewFormulaBackInOneStep()
    {
        SceneModel model;
        SceneHistory history(&model);
        history.beginGesture(); // as the dialog does: add and show are one step
        const CurveId curve = added(model, "f", "x^3");
        history.endGesture();
        QCOMPARE(history.stack()->count(), 1);
        QCOMPARE(history.stack()->undoText(), QString("New formula"));
        history.stack()->undo();
        QVERIFY(model.formulas().empty());
        QCOMPARE(model.current(), CurveId(FunctionId::Gelu));
        history.stack()->redo();
        QCOMPARE(model.current(), curve);
    }

    void scenesKeepFormulas()
    {
        SceneModel model;
        const CurveId swish = added(model, "swish, b", "x*sigmoid(b*x)");
        QVERIFY(!model.setParameter(swish, 0, 1.702));
        QVERIFY(!model.setFormulaRange(swish.formulaKey(), 0, 0.0, 4.0));
        const CurveId square = added(model, "square", "x^2");
        model.setCurrent(FunctionId::Elu);
        model.setOverlaid(swish, true);
        model.setOverlaid(square, true);
        const QByteArray json = sceneToJson(model.scene());
        QVERIFY(json.contains("\"version\": 2"));
        const SceneLoadResult loaded = sceneFromJson(json, "formulas.actscene");
        QVERIFY2(loaded.scene, qPrintable(loaded.error));
        QVERIFY(*loaded.scene == model.scene());
        SceneModel other;
        QVERIFY(!other.setScene(*loaded.scene));
        QCOMPARE(other.plotted(), model.plotted());
        COMPARE_CLOSE(other.activation(swish)->evaluate(1.0).f, 1.0 / (1.0 + std::exp(-1.702)),
                      1e-15);
    }

    void badFormulaFilesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("reason");
        const QJsonObject good{{"key", 1}, {"name", "f"}, {"expression", "a*x"}};
        QJsonObject misspelt = good;
        misspelt["expression"] = "sigmod(x)";
        QTest::newRow("bad expression")
            << QJsonDocument(withFormula(misspelt, QJsonObject{{"formula", 1}})).toJson()
            << "formulas[0].expression: unknown name 'sigmod' at column 1";
        QTest::newRow("missing formula")
            << QJsonDocument(withFormula(good, QJsonObject{{"formula", 2}})).toJson()
            << "current.formula: no formula with key 2";
        QJsonObject unknownParameter = good;
        unknownParameter["parameters"] = QJsonObject{{"b", QJsonObject{{"value", 2}}}};
        QTest::newRow("unknown parameter")
            << QJsonDocument(withFormula(unknownParameter, "relu")).toJson()
            << "formulas[0].parameters.b: the expression has no parameter";
        QJsonObject badRange = good;
        badRange["parameters"] =
            QJsonObject{{"a", QJsonObject{{"value", 2}, {"min", 3}, {"max", 1}}}};
        QTest::newRow("empty range") << QJsonDocument(withFormula(badRange, "relu")).toJson()
                                     << "formulas[0].parameters.a: the range of a";
        QJsonObject version1 = withFormula(good, "relu");
        version1["version"] = 1;
        QTest::newRow("formulas in version 1")
            << QJsonDocument(version1).toJson() << "formulas: needs format version 2";
        QJsonObject twice = withFormula(good, "relu");
        twice["formulas"] = QJsonArray{good, good};
        QTest::newRow("key twice") << QJsonDocument(twice).toJson() << "used twice";
    }
    void badFormulaFilesAreRefused()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, reason);
        const SceneLoadResult loaded = sceneFromJson(json, "bad.actscene");
        QVERIFY(!loaded.scene);
        QVERIFY2(loaded.error.contains(reason), qPrintable(loaded.error));
    }

    // The examples, where a plotter in plain double gets 0 or infinity.
    void csvIsAccurateWhereDoubleIsNot_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<double>("x");
        QTest::addColumn<int>("column"); // 1: f, 2: f'
        QTest::addColumn<double>("expected");
        // 1 − tanh(x)² = sech²(x) = 4e^{−2x}/(1+e^{−2x})², at x = 20: 4e^{−40}(1 − 2e^{−40}).
        QTest::newRow("1-tanh^2 at 20") << "1-tanh(x)^2" << 20.0 << 1 << 4 * std::exp(-40.0);
        // σ'(x) = e^{x}/(1+e^{x})² ≈ e^{x} at x = −700 (a normal double, 9.86e-305).
        QTest::newRow("logistic slope at -700")
            << "1/(1+exp(-x))" << -700.0 << 2 << std::exp(-700.0);
        // log(1 + e^{800}) = 800 + log1p(e^{−800}) = 800 in double.
        QTest::newRow("softplus at 800") << "log(1+exp(x))" << 800.0 << 1 << 800.0;
    }
    void csvIsAccurateWhereDoubleIsNot()
    {
        QFETCH(QString, expression);
        QFETCH(double, x);
        QFETCH(int, column);
        QFETCH(double, expected);
        SceneModel model;
        added(model, "typed, \"quoted\"", expression);
        const auto csv = CurveCsvExporter(model.scene()).csv(x, x + 1, 2);
        QVERIFY(std::holds_alternative<std::string>(csv));
        QString header;
        const auto rows =
            testsupport::parseCsv(QString::fromStdString(std::get<std::string>(csv)), &header);
        // The name has a comma and quotes: quoted as RFC 4180 says.
        QVERIFY2(header.startsWith("x,\"typed, \"\"quoted\"\"\",\"typed, \"\"quoted\"\"'\""),
                 qPrintable(header));
        // Only the numbers' cells: the quoted names hold commas, the numbers none.
        COMPARE_CLOSE(rows.at(0).at(column), expected, 1e-12);
    }
};

QTEST_GUILESS_MAIN(TestSceneFormulas)
#include "test_scene_formulas.moc"
