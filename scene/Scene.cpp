// The scene's rules, its fitted views and the names it is written with.
#include "Scene.h"

#include "CatalogueText.h"
#include "CoreMessages.h"
#include "activation.h"
#include "sampler.h"
#include "softmax.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace {

// What QCustomPlot 2.1 can show (QCPRange::minRange and maxRange).
constexpr double kMaxViewMagnitude = 1e250;
constexpr double kMinViewWidth = 1e-280;
// Samples per fitted x range: dense enough to find every peak a plot shows.
constexpr int kFitSamples = 801;

} // namespace

const FormulaCurve *Scene::formula(int key) const
{
    for (const FormulaCurve &f : formulas)
        if (f.key == key) return &f;
    return nullptr;
}

FormulaCurve *Scene::formula(int key)
{
    return const_cast<FormulaCurve *>(std::as_const(*this).formula(key));
}

int Scene::nextFormulaKey() const
{
    int key = 0;
    for (const FormulaCurve &f : formulas)
        key = std::max(key, f.key);
    return key + 1;
}

std::vector<CurveId> Scene::plotted() const
{
    std::vector<CurveId> all{current};
    all.insert(all.end(), overlays.begin(), overlays.end());
    return all;
}

std::array<act::Parameters, act::kFunctionCount> Scene::defaultParameters()
{
    std::array<act::Parameters, act::kFunctionCount> all{};
    for (const auto &f : act::functions())
        all[static_cast<std::size_t>(f.id)] = act::defaults(f.id);
    return all;
}

namespace {

// A curve's name in a message that has no scene at hand.
QString curveLabel(CurveId curve)
{
    return curve.isCatalogue()
               ? functionName(curve.function())
               : QCoreApplication::translate("Scene", "formula %1").arg(curve.formulaKey());
}

// A slider's span: finite, min < max, not wider than a double can step through.
std::optional<QString> checkSliderRange(double min, double max)
{
    if (!std::isfinite(min) || !std::isfinite(max) || !std::isfinite(max - min))
        return QCoreApplication::translate("Scene", "must be finite");
    if (!(min < max)) return QCoreApplication::translate("Scene", "needs min < max");
    return std::nullopt;
}

constexpr int kMaxFormulaKey = 1'000'000;

} // namespace

namespace scenerules {

std::optional<QString> checkParameters(act::FunctionId id, const act::Parameters &params)
{
    if (auto problem = act::checkParameters(id, params))
        return coremessages::parameterProblem(id, *problem);
    return std::nullopt;
}

std::optional<QString> checkOverlays(CurveId current, const std::vector<CurveId> &overlays)
{
    for (std::size_t i = 0; i < overlays.size(); ++i) {
        if (overlays[i] == current)
            return QCoreApplication::translate("Scene", "%1 is already the current function")
                .arg(curveLabel(current));
        if (std::find(overlays.begin(), overlays.begin() + std::ptrdiff_t(i), overlays[i]) !=
            overlays.begin() + std::ptrdiff_t(i))
            return QCoreApplication::translate("Scene", "%1 is listed twice")
                .arg(curveLabel(overlays[i]));
    }
    return std::nullopt;
}

std::optional<QString> checkFormulaParameter(const FormulaParameter &parameter)
{
    if (!std::isfinite(parameter.value))
        return QCoreApplication::translate("Scene", "%1 must be a finite number")
            .arg(parameter.name);
    if (auto error = checkSliderRange(parameter.min, parameter.max))
        return QCoreApplication::translate("Scene", "the range of %1: %2")
            .arg(parameter.name, *error);
    return std::nullopt;
}

std::optional<QString> checkFormula(FormulaCurve &formula)
{
    const QString trimmedName = formula.name.trimmed();
    if (trimmedName.isEmpty())
        return QCoreApplication::translate("Scene", "a formula needs a name");
    if (formula.name.size() > FormulaCurve::kMaxNameLength)
        return QCoreApplication::translate("Scene", "the name \"%1…\" is longer than %2 characters")
            .arg(formula.name.left(20), QString::number(FormulaCurve::kMaxNameLength));
    if (formula.name.contains(QLatin1Char('\n')) || formula.name.contains(QLatin1Char('\r')))
        return QCoreApplication::translate("Scene", "the name of %1 must be one line")
            .arg(trimmedName);
    const std::string text = formula.expression.toStdString();
    if (!formula.parsed || formula.parsed->text() != text) {
        formula.parsed.reset();
        act::ParseResult parsed = act::Formula::parse(text);
        if (!parsed)
            return QStringLiteral("%1: %2").arg(trimmedName,
                                                coremessages::parseError(parsed.error()));
        formula.parsed = std::make_shared<const act::Formula>(*parsed);
    }
    const std::vector<std::string> &names = formula.parsed->parameters();
    if (names.size() != formula.parameters.size())
        return QCoreApplication::translate("Scene", "%1 has %2 parameters, %3 listed")
            .arg(trimmedName, QString::number(names.size()),
                 QString::number(formula.parameters.size()));
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (formula.parameters[i].name != QString::fromStdString(names[i]))
            return QCoreApplication::translate("Scene", "%1: parameter %2 is %3, not %4")
                .arg(trimmedName, QString::number(i + 1), QString::fromStdString(names[i]),
                     formula.parameters[i].name);
        if (auto error = checkFormulaParameter(formula.parameters[i]))
            return QStringLiteral("%1: %2").arg(trimmedName, *error);
    }
    return std::nullopt;
}

std::optional<QString> checkCurves(const Scene &scene)
{
    if (scene.formulas.size() > std::size_t(Scene::kMaxFormulas))
        return QCoreApplication::translate("Scene", "a scene holds at most %1 formulas")
            .arg(Scene::kMaxFormulas);
    for (std::size_t i = 0; i < scene.formulas.size(); ++i) {
        const int key = scene.formulas[i].key;
        if (key < 1 || key > kMaxFormulaKey)
            return QCoreApplication::translate("Scene", "formula key %1 is outside 1 to %2")
                .arg(key)
                .arg(kMaxFormulaKey);
        for (std::size_t j = 0; j < i; ++j)
            if (scene.formulas[j].key == key)
                return QCoreApplication::translate("Scene", "formula key %1 is used twice")
                    .arg(key);
    }
    for (const CurveId &curve : scene.plotted())
        if (curve.isFormula() && !scene.formula(curve.formulaKey()))
            return QCoreApplication::translate("Scene", "there is no formula %1")
                .arg(curve.formulaKey());
    return std::nullopt;
}

std::optional<QString> checkComparison(const Scene &scene, std::optional<CurveId> compare)
{
    if (!compare) return std::nullopt;
    if (*compare == scene.current)
        return QCoreApplication::translate("Scene", "%1 cannot be compared with itself")
            .arg(curveLabel(*compare));
    if (compare->isFormula() && !scene.formula(compare->formulaKey()))
        return QCoreApplication::translate("Scene", "there is no formula %1")
            .arg(compare->formulaKey());
    return std::nullopt;
}

std::optional<QString> checkViewAxis(double min, double max)
{
    if (!std::isfinite(min) || !std::isfinite(max))
        return QCoreApplication::translate("Scene", "the view range must be finite");
    if (!(min < max))
        return QCoreApplication::translate("Scene", "expected [min, max] with min < max");
    const double width = max - min;
    if (min <= -kMaxViewMagnitude || max >= kMaxViewMagnitude || !(width < kMaxViewMagnitude) ||
        !(width > kMinViewWidth) || (min > 0 && std::isinf(max / min)) ||
        (max < 0 && std::isinf(min / max)))
        return QCoreApplication::translate("Scene", "too wide or too narrow to show");
    return std::nullopt;
}

std::optional<QString> checkView(const ViewRange &view)
{
    if (auto error = checkViewAxis(view.xMin, view.xMax))
        return QCoreApplication::translate("Scene", "view x: %1").arg(*error);
    if (auto error = checkViewAxis(view.yMin, view.yMax))
        return QCoreApplication::translate("Scene", "view y: %1").arg(*error);
    return std::nullopt;
}

std::optional<QString> checkLogits(const std::vector<double> &logits)
{
    if (logits.size() < std::size_t(Scene::kMinClasses) ||
        logits.size() > std::size_t(Scene::kMaxClasses))
        return QCoreApplication::translate("Scene", "softmax needs %1 to %2 logits, got %3")
            .arg(Scene::kMinClasses)
            .arg(Scene::kMaxClasses)
            .arg(logits.size());
    for (std::size_t i = 0; i < logits.size(); ++i)
        if (!std::isfinite(logits[i]))
            return QCoreApplication::translate("Scene", "logit %1 must be a finite number")
                .arg(i + 1);
    return std::nullopt;
}

std::optional<QString> checkTemperature(double temperature)
{
    if (!std::isfinite(temperature) || !(temperature > 0.0))
        // act::describe(act::SoftmaxError::BadTemperature), translatable.
        return QCoreApplication::translate("Scene",
                                           "the temperature must be a finite number above 0");
    return std::nullopt;
}

} // namespace scenerules

std::optional<QString> validateScene(const Scene &scene)
{
    Scene copy = scene;
    return validateScene(copy);
}

std::optional<QString> validateScene(Scene &scene)
{
    using namespace scenerules;
    for (const auto &f : act::functions())
        if (auto error = scenerules::checkParameters(f.id, scene.parametersOf(f.id))) return error;
    for (FormulaCurve &formula : scene.formulas)
        if (auto error = checkFormula(formula)) return error;
    if (auto error = checkCurves(scene)) return error;
    if (auto error = checkOverlays(scene.current, scene.overlays)) return error;
    if (auto error = checkComparison(scene, scene.compare))
        return QCoreApplication::translate("Scene", "compare: %1").arg(*error);
    if (scene.view)
        if (auto error = checkView(*scene.view)) return error;
    if (auto error = checkLogits(scene.logits)) return error;
    if (auto error = checkTemperature(scene.temperature)) return error;
    if (auto error = checkNetwork(scene.network))
        return QCoreApplication::translate("Scene", "network: %1").arg(*error);
    return std::nullopt;
}

ViewRange fittedView(const Scene &scene, double xMin, double xMax, bool fitAllCurves)
{
    std::vector<CurveId> fitted = scene.plotted();
    std::array<bool, 3> orders = scene.ordersShown;
    if (!fitAllCurves) {
        fitted.resize(1);
        orders = {true, scene.ordersShown[1], false};
    }
    std::vector<act::SampledCurves> curves(fitted.size());
    for (std::size_t i = 0; i < fitted.size(); ++i)
        if (const auto activation = activationOf(scene, fitted[i], Precision::Double))
            act::CurveSampler::sample(*activation, xMin, xMax, kFitSamples, curves[i]);
    const auto [low, high] = act::CurveSampler::valueRange(curves, xMin, xMax, orders);
    ViewRange view{xMin, xMax, low, high};
    if (scenerules::checkViewAxis(low, high)) view.yMin = -1.0, view.yMax = 1.0;
    return view;
}

ViewRange initialView(const Scene &scene, bool fitAllCurves)
{
    if (scene.current.isFormula()) {
        const ViewRange standard;
        return fittedView(scene, standard.xMin, standard.xMax, fitAllCurves);
    }
    const act::FunctionSpec &spec = act::spec(scene.current.function());
    return fittedView(scene, spec.viewMin, spec.viewMax, fitAllCurves);
}

std::variant<FormulaCurve, QString> makeFormulaCurve(const QString &name, const QString &expression)
{
    FormulaCurve formula;
    formula.expression = expression.trimmed();
    formula.name = name.trimmed();
    if (formula.name.isEmpty()) {
        formula.name = formula.expression.simplified();
        if (formula.name.size() > 24) formula.name = formula.name.left(23) + QChar(0x2026);
    }
    act::ParseResult parsed = act::Formula::parse(formula.expression.toStdString());
    if (!parsed) return coremessages::parseError(parsed.error());
    formula.parsed = std::make_shared<const act::Formula>(*parsed);
    for (const std::string &parameter : parsed->parameters())
        formula.parameters.push_back({QString::fromStdString(parameter)});
    if (formula.name.isEmpty()) formula.name = QStringLiteral("formula");
    if (auto error = scenerules::checkFormula(formula)) return *error;
    return formula;
}

namespace {

std::shared_ptr<const act::Formula> parsedFormula(const FormulaCurve &formula)
{
    if (formula.parsed && formula.parsed->text() == formula.expression.toStdString())
        return formula.parsed;
    act::ParseResult r = act::Formula::parse(formula.expression.toStdString());
    if (!r || r->parameters().size() != formula.parameters.size()) return nullptr;
    return std::make_shared<const act::Formula>(*r);
}

} // namespace

std::unique_ptr<act::Activation> defaultActivationOf(const Scene &scene, CurveId curve,
                                                     Precision precision)
{
    if (curve.isCatalogue()) return std::make_unique<act::CatalogueActivation>(curve.function());
    const FormulaCurve *formula = scene.formula(curve.formulaKey());
    const auto parsed = formula ? parsedFormula(*formula) : nullptr;
    if (!parsed) return nullptr;
    return std::make_unique<act::FormulaActivation>(*parsed, std::vector<double>{}, precision);
}

std::unique_ptr<act::Activation> activationOf(const Scene &scene, CurveId curve,
                                              Precision precision)
{
    if (curve.isCatalogue())
        return std::make_unique<act::CatalogueActivation>(curve.function(),
                                                          scene.parametersOf(curve.function()));
    const FormulaCurve *formula = scene.formula(curve.formulaKey());
    const auto parsed = formula ? parsedFormula(*formula) : nullptr;
    if (!parsed) return nullptr;
    std::vector<double> values;
    for (const FormulaParameter &p : formula->parameters)
        values.push_back(p.value);
    return std::make_unique<act::FormulaActivation>(*parsed, std::move(values), precision);
}

QString curveName(const Scene &scene, CurveId curve)
{
    if (curve.isCatalogue()) return displayName(curve.function());
    const FormulaCurve *formula = scene.formula(curve.formulaKey());
    return formula ? formula->name
                   : QCoreApplication::translate("Scene", "formula %1").arg(curve.formulaKey());
}

QString themeName(SceneTheme theme)
{
    switch (theme) {
    case SceneTheme::Light:
        return QStringLiteral("light");
    case SceneTheme::Dark:
        return QStringLiteral("dark");
    case SceneTheme::System:
        break;
    }
    return QStringLiteral("system");
}

std::optional<SceneTheme> themeByName(const QString &name)
{
    for (SceneTheme theme : {SceneTheme::Light, SceneTheme::Dark, SceneTheme::System})
        if (themeName(theme) == name) return theme;
    return std::nullopt;
}

QString functionName(act::FunctionId id)
{
    const auto name = act::spec(id).name;
    return QString::fromUtf8(name.data(), qsizetype(name.size()));
}

QString displayName(act::FunctionId id)
{
    return cataloguetext::displayName(id);
}
