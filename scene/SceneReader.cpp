// Reading a .actscene document field by field. Every check carries the path of the value at
// hand, so a refusal says where the problem is; nothing is returned until all of it passed.
#include "SceneReader.h"

#include "CoreMessages.h"
#include "SceneFile.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>
#include <cmath>

namespace {

QString typeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("true/false");
    case QJsonValue::Double:
        return QCoreApplication::translate("SceneReader", "a number");
    case QJsonValue::String:
        return QCoreApplication::translate("SceneReader", "a string");
    case QJsonValue::Array:
        return QCoreApplication::translate("SceneReader", "an array");
    case QJsonValue::Object:
        return QCoreApplication::translate("SceneReader", "an object");
    case QJsonValue::Undefined:
        break;
    }
    return QCoreApplication::translate("SceneReader", "nothing");
}

using act::FunctionId;

struct SceneError
{
    QString message;
};

class SceneReader
{
    Q_DECLARE_TR_FUNCTIONS(SceneReader)

public:
    Scene read(const QJsonObject &root)
    {
        const QString format = string(root, QStringLiteral("format"), {});
        if (format != QLatin1String(kSceneFormatName))
            fail(QStringLiteral("format"),
                 tr("not an Activation Explorer scene (expected \"%1\", got \"%2\")")
                     .arg(QLatin1String(kSceneFormatName), format));
        const double version = number(root, QStringLiteral("version"), {});
        if (version != std::floor(version) || version < 1 || version > 1e9)
            fail(QStringLiteral("version"),
                 tr("expected a whole number from 1, got %1").arg(QString::number(version)));
        m_newer = version > kSceneFormatVersion;
        checkKeys(root, {},
                  {"format", "version", "current", "overlays", "functions", "formulas", "curves",
                   "view", "softmax", "theme", "network", "compare"});
        if (version < 2 && root.contains(QStringLiteral("formulas")))
            fail(QStringLiteral("formulas"), tr("needs format version 2 or later"));

        Scene scene;
        if (root.contains(QStringLiteral("formulas"))) readFormulas(root, scene);
        scene.current =
            curve(root.value(QStringLiteral("current")), QStringLiteral("current"), scene);
        if (root.contains(QStringLiteral("overlays"))) readOverlays(root, scene);
        if (root.contains(QStringLiteral("compare"))) {
            const CurveId compared =
                curve(root.value(QStringLiteral("compare")), QStringLiteral("compare"), scene);
            if (auto error = scenerules::checkComparison(scene, compared))
                fail(QStringLiteral("compare"), *error);
            scene.compare = compared;
        }
        if (root.contains(QStringLiteral("functions"))) readFunctions(root, scene);
        if (root.contains(QStringLiteral("curves"))) {
            const QJsonObject curves = object(root, QStringLiteral("curves"), {});
            checkKeys(curves, QStringLiteral("curves"),
                      {kSceneCurveKeys[0], kSceneCurveKeys[1], kSceneCurveKeys[2]});
            for (std::size_t order = 0; order < 3; ++order)
                if (curves.contains(QLatin1String(kSceneCurveKeys[order])))
                    scene.ordersShown[order] = boolean(
                        curves, QLatin1String(kSceneCurveKeys[order]), QStringLiteral("curves"));
        }
        if (root.contains(QStringLiteral("view"))) readView(root, scene);
        if (root.contains(QStringLiteral("softmax"))) readSoftmax(root, scene);
        if (root.contains(QStringLiteral("theme"))) {
            const QString name = string(root, QStringLiteral("theme"), {});
            const auto theme = themeByName(name);
            if (!theme)
                fail(QStringLiteral("theme"),
                     tr("expected \"light\", \"dark\" or \"system\", got \"%1\"").arg(name));
            scene.theme = *theme;
        }
        if (root.contains(QStringLiteral("network"))) readNetwork(root, scene);
        // Whatever the fields checked above let through that the model would still refuse.
        if (auto error = validateScene(scene)) fail({}, *error);
        return scene;
    }

    const QStringList &ignored() const { return m_ignored; }

private:
    [[noreturn]] static void fail(const QString &path, const QString &problem)
    {
        throw SceneError{path.isEmpty() ? problem : path + QStringLiteral(": ") + problem};
    }
    static QString join(const QString &parent, const QString &key)
    {
        return parent.isEmpty() ? key : parent + QLatin1Char('.') + key;
    }
    static QJsonValue required(const QJsonObject &object, const QString &key, const QString &parent)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) fail(join(parent, key), tr("missing"));
        return value;
    }
    static void expect(const QJsonValue &value, QJsonValue::Type type, const QString &path,
                       const QString &what)
    {
        if (value.type() != type) fail(path, tr("expected %1, got %2").arg(what, typeName(value)));
    }
    static double number(const QJsonValue &value, const QString &path)
    {
        expect(value, QJsonValue::Double, path, tr("a number"));
        const double x = value.toDouble();
        if (!std::isfinite(x)) fail(path, tr("expected a finite number"));
        return x;
    }
    static double number(const QJsonObject &object, const QString &key, const QString &parent)
    {
        return number(required(object, key, parent), join(parent, key));
    }
    static QString string(const QJsonObject &object, const QString &key, const QString &parent)
    {
        const QJsonValue value = required(object, key, parent);
        expect(value, QJsonValue::String, join(parent, key), tr("a string"));
        return value.toString();
    }
    static bool boolean(const QJsonObject &object, const QString &key, const QString &parent)
    {
        const QJsonValue value = required(object, key, parent);
        expect(value, QJsonValue::Bool, join(parent, key), tr("true or false"));
        return value.toBool();
    }
    static QJsonObject object(const QJsonObject &object, const QString &key, const QString &parent)
    {
        const QJsonValue value = required(object, key, parent);
        expect(value, QJsonValue::Object, join(parent, key), tr("an object"));
        return value.toObject();
    }
    static QJsonArray array(const QJsonObject &object, const QString &key, const QString &parent,
                            qsizetype minSize, qsizetype maxSize)
    {
        const QJsonValue value = required(object, key, parent);
        expect(value, QJsonValue::Array, join(parent, key), tr("an array"));
        const QJsonArray items = value.toArray();
        if (items.size() < minSize || items.size() > maxSize)
            fail(join(parent, key), tr("expected %1 to %2 entries, got %3")
                                        .arg(QString::number(minSize), QString::number(maxSize),
                                             QString::number(items.size())));
        return items;
    }
    static FunctionId function(const QJsonValue &value, const QString &path)
    {
        if (value.isUndefined()) fail(path, tr("missing"));
        expect(value, QJsonValue::String, path, tr("a function name"));
        const QString name = value.toString();
        if (auto id = act::findFunction(name.toStdString())) return *id;
        const auto nearest = act::nearestFunctionName(name.toStdString());
        fail(path, tr("unknown function \"%1\"; did you mean \"%2\"?")
                       .arg(name, QString::fromUtf8(nearest.data(), qsizetype(nearest.size()))));
    }

    // A function name, or {"formula": key} for one of the file's formulas.
    CurveId curve(const QJsonValue &value, const QString &path, const Scene &scene)
    {
        if (!value.isObject()) return function(value, path);
        const QJsonObject ref = value.toObject();
        checkKeys(ref, path, {"formula"});
        const double key = number(ref, QStringLiteral("formula"), path);
        const QString keyPath = join(path, QStringLiteral("formula"));
        if (key != std::floor(key) || key < 1 || key > 1e6 || !scene.formula(int(key)))
            fail(keyPath, tr("no formula with key %1 in \"formulas\"").arg(QString::number(key)));
        return CurveId::formula(int(key));
    }

    void readFormulas(const QJsonObject &root, Scene &scene)
    {
        const QJsonArray items =
            array(root, QStringLiteral("formulas"), {}, 0, Scene::kMaxFormulas);
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("formulas[%1]").arg(i);
            expect(items[i], QJsonValue::Object, path, tr("an object"));
            const QJsonObject item = items[i].toObject();
            checkKeys(item, path, {"key", "name", "expression", "parameters"});
            const double key = number(item, QStringLiteral("key"), path);
            if (key != std::floor(key) || key < 1 || key > 1e6)
                fail(join(path, QStringLiteral("key")),
                     tr("expected a whole number from 1 to 1000000, got %1")
                         .arg(QString::number(key)));
            if (scene.formula(int(key)))
                fail(join(path, QStringLiteral("key")), tr("key %1 is used twice").arg(int(key)));
            auto made = makeFormulaCurve(string(item, QStringLiteral("name"), path),
                                         string(item, QStringLiteral("expression"), path));
            if (auto *error = std::get_if<QString>(&made))
                fail(join(path, QStringLiteral("expression")), *error);
            FormulaCurve formula = std::get<FormulaCurve>(std::move(made));
            formula.key = int(key);
            if (item.contains(QStringLiteral("parameters"))) {
                const QString parametersPath = join(path, QStringLiteral("parameters"));
                const QJsonObject values = object(item, QStringLiteral("parameters"), path);
                for (auto p = values.begin(); p != values.end(); ++p) {
                    const QString parameterPath = join(parametersPath, p.key());
                    auto it = std::find_if(
                        formula.parameters.begin(), formula.parameters.end(),
                        [&](const FormulaParameter &fp) { return fp.name == p.key(); });
                    if (it == formula.parameters.end()) {
                        if (!m_newer)
                            fail(parameterPath, tr("the expression has no parameter of that name"));
                        m_ignored << parameterPath;
                        continue;
                    }
                    expect(p.value(), QJsonValue::Object, parameterPath, tr("an object"));
                    const QJsonObject entry = p.value().toObject();
                    checkKeys(entry, parameterPath, {"value", "min", "max"});
                    if (entry.contains(QStringLiteral("value")))
                        it->value = number(entry, QStringLiteral("value"), parameterPath);
                    if (entry.contains(QStringLiteral("min")))
                        it->min = number(entry, QStringLiteral("min"), parameterPath);
                    if (entry.contains(QStringLiteral("max")))
                        it->max = number(entry, QStringLiteral("max"), parameterPath);
                    if (auto error = scenerules::checkFormulaParameter(*it))
                        fail(parameterPath, *error);
                }
            }
            scene.formulas.push_back(std::move(formula));
        }
        std::sort(scene.formulas.begin(), scene.formulas.end(),
                  [](const FormulaCurve &a, const FormulaCurve &b) { return a.key < b.key; });
    }

    // Unknown keys are a mistake in a file of this version, and expected in a newer one.
    void checkKeys(const QJsonObject &object, const QString &parent,
                   std::initializer_list<const char *> known)
    {
        for (const QString &key : object.keys()) {
            const bool isKnown = std::any_of(known.begin(), known.end(), [&key](const char *k) {
                return key == QLatin1String(k);
            });
            if (isKnown) continue;
            if (!m_newer) fail(join(parent, key), tr("unknown field"));
            m_ignored << join(parent, key);
        }
    }

    void readOverlays(const QJsonObject &root, Scene &scene)
    {
        const QJsonArray items = array(root, QStringLiteral("overlays"), {}, 0,
                                       qsizetype(act::kFunctionCount + scene.formulas.size()));
        for (qsizetype i = 0; i < items.size(); ++i) {
            const QString path = QStringLiteral("overlays[%1]").arg(i);
            scene.overlays.push_back(curve(items[i], path, scene));
            if (auto error = scenerules::checkOverlays(scene.current, scene.overlays))
                fail(path, *error);
        }
    }

    void readFunctions(const QJsonObject &root, Scene &scene)
    {
        const QJsonObject functions = object(root, QStringLiteral("functions"), {});
        for (auto it = functions.begin(); it != functions.end(); ++it) {
            const QString path = QStringLiteral("functions.") + it.key();
            const auto id = act::findFunction(it.key().toStdString());
            if (!id) {
                if (!m_newer) fail(path, tr("unknown function"));
                m_ignored << path;
                continue;
            }
            expect(it.value(), QJsonValue::Object, path, tr("an object"));
            const QJsonObject values = it.value().toObject();
            act::Parameters &params = scene.parametersOf(*id);
            for (auto p = values.begin(); p != values.end(); ++p) {
                const QString parameterPath = path + QLatin1Char('.') + p.key();
                const auto index = act::findParameter(*id, p.key().toStdString());
                if (!index) {
                    if (!m_newer) fail(parameterPath, tr("unknown parameter"));
                    m_ignored << parameterPath;
                    continue;
                }
                const double value = number(p.value(), parameterPath);
                if (auto problem = act::checkParameter(*id, *index, value))
                    fail(parameterPath, coremessages::parameterProblem(*id, *problem));
                params.values[*index] = value;
            }
            if (auto problem = act::checkParameters(*id, params))
                fail(path, coremessages::parameterProblem(*id, *problem));
        }
    }

    void readView(const QJsonObject &root, Scene &scene)
    {
        const QJsonObject view = object(root, QStringLiteral("view"), {});
        checkKeys(view, QStringLiteral("view"), {"x", "y"});
        double bounds[2][2];
        for (int axis = 0; axis < 2; ++axis) {
            const QString key = axis == 0 ? QStringLiteral("x") : QStringLiteral("y");
            const QString path = QStringLiteral("view.") + key;
            const QJsonArray pair = array(view, key, QStringLiteral("view"), 2, 2);
            for (int end = 0; end < 2; ++end)
                bounds[axis][end] = number(pair[end], path + QStringLiteral("[%1]").arg(end));
            if (auto error = scenerules::checkViewAxis(bounds[axis][0], bounds[axis][1]))
                fail(path, *error);
        }
        scene.view = ViewRange{bounds[0][0], bounds[0][1], bounds[1][0], bounds[1][1]};
    }

    void readSoftmax(const QJsonObject &root, Scene &scene)
    {
        const QString parent = QStringLiteral("softmax");
        const QJsonObject softmax = object(root, parent, {});
        checkKeys(softmax, parent, {"logits", "temperature", "apply_activation"});
        if (softmax.contains(QStringLiteral("logits"))) {
            const QJsonArray logits = array(softmax, QStringLiteral("logits"), parent,
                                            Scene::kMinClasses, Scene::kMaxClasses);
            scene.logits.clear();
            for (qsizetype i = 0; i < logits.size(); ++i)
                scene.logits.push_back(
                    number(logits[i], QStringLiteral("softmax.logits[%1]").arg(i)));
        }
        if (softmax.contains(QStringLiteral("temperature"))) {
            scene.temperature = number(softmax, QStringLiteral("temperature"), parent);
            if (auto error = scenerules::checkTemperature(scene.temperature))
                fail(QStringLiteral("softmax.temperature"),
                     tr("%1, got %2").arg(*error, QString::number(scene.temperature)));
        }
        if (softmax.contains(QStringLiteral("apply_activation")))
            scene.applyActivation = boolean(softmax, QStringLiteral("apply_activation"), parent);
    }

    static int whole(const QJsonObject &object, const QString &key, const QString &parent,
                     double min, double max)
    {
        const double x = number(object, key, parent);
        if (x != std::floor(x) || x < min || x > max)
            fail(join(parent, key),
                 tr("expected a whole number from %1 to %2, got %3")
                     .arg(QString::number(min, 'g', 17), QString::number(max, 'g', 17),
                          QString::number(x, 'g', 17)));
        return int(x);
    }

    void readNetwork(const QJsonObject &root, Scene &scene)
    {
        const QString parent = QStringLiteral("network");
        const QJsonObject network = object(root, parent, {});
        checkKeys(network, parent,
                  {"layers", "width", "weight_variance", "bias_variance", "input_variance", "batch",
                   "seed", "plot", "quantity"});
        NetworkSetup &n = scene.network;
        const auto has = [&network](const char *key) {
            return network.contains(QLatin1String(key));
        };
        if (has("layers"))
            n.layers = whole(network, QStringLiteral("layers"), parent, 1, act::kMaxLayers);
        if (has("width"))
            n.width = whole(network, QStringLiteral("width"), parent, 1, act::kMaxWidth);
        if (has("batch"))
            n.batch = whole(network, QStringLiteral("batch"), parent, 1, act::kMaxBatch);
        if (has("seed")) {
            const double seed = number(network, QStringLiteral("seed"), parent);
            if (seed != std::floor(seed) || seed < 0 || seed > NetworkSetup::kMaxSeed)
                fail(QStringLiteral("network.seed"),
                     tr("expected a whole number from 0 to 2^53, got %1").arg(seed, 0, 'g', 17));
            n.seed = std::uint64_t(seed);
        }
        for (const auto &[key, member] :
             {std::pair{"weight_variance", &NetworkSetup::weightVariance},
              std::pair{"bias_variance", &NetworkSetup::biasVariance},
              std::pair{"input_variance", &NetworkSetup::inputVariance}}) {
            if (!has(key)) continue;
            const double v = number(network, QLatin1String(key), parent);
            if (v < 0)
                fail(join(parent, QLatin1String(key)),
                     tr("a variance cannot be negative, got %1").arg(v, 0, 'g', 17));
            n.*member = v;
        }
        if (has("plot")) {
            const QString name = string(network, QStringLiteral("plot"), parent);
            const auto plot = networkPlotByName(name);
            if (!plot)
                fail(QStringLiteral("network.plot"),
                     tr("expected \"distributions\", \"direction\" or \"phase_diagram\", got "
                        "\"%1\"")
                         .arg(name));
            n.plot = *plot;
        }
        if (has("quantity")) {
            const QString name = string(network, QStringLiteral("quantity"), parent);
            const auto quantity = quantityByName(name);
            if (!quantity)
                fail(QStringLiteral("network.quantity"),
                     tr("expected \"variance\", \"mean\", \"relative_mean\", \"second_moment\", "
                        "\"chi1\", \"gradient_gain\" or \"dead_fraction\", got \"%1\"")
                         .arg(name));
            n.quantity = *quantity;
        }
        if (auto error = scenerules::checkNetwork(n)) fail(parent, *error);
    }

    bool m_newer = false;
    QStringList m_ignored;
};

} // namespace

SceneReadResult readScene(const QJsonObject &root)
{
    SceneReadResult result;
    try {
        SceneReader reader;
        result.scene = reader.read(root);
        result.ignored = reader.ignored();
    } catch (const SceneError &error) {
        result.error = error.message;
    }
    return result;
}
