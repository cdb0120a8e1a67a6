// The scene model: every change is checked with Scene.h's rules before it takes effect.
#include "SceneModel.h"

#include <cmath>

SceneModel::SceneModel(QObject *parent) : QObject(parent)
{
    m_scene.view = initialView(m_scene, true);
    updatePlotted();
    updateSoftmax();
}

std::optional<QString> SceneModel::setScene(const Scene &given)
{
    Scene scene = given;
    if (auto error = validateScene(scene)) return error;
    // While the curves change over, every formula either scene refers to exists: first the
    // union of both lists, then the new one.
    std::vector<FormulaCurve> both = scene.formulas;
    for (const FormulaCurve &old : m_scene.formulas)
        if (!scene.formula(old.key)) both.push_back(old);
    std::sort(both.begin(), both.end(),
              [](const FormulaCurve &a, const FormulaCurve &b) { return a.key < b.key; });
    setFormulas(std::move(both));
    for (const FormulaCurve &formula : scene.formulas)
        setFormulaParameters(formula.key, formula.parameters);
    for (const auto &f : act::functions())
        setParameters(f.id, scene.parametersOf(f.id));
    for (int order = 0; order < 3; ++order)
        setOrderShown(order, scene.ordersShown[std::size_t(order)]);
    // Overlays are shown in the order they were added, so clear them and add them again.
    while (!m_scene.overlays.empty())
        setOverlaid(m_scene.overlays.back(), false);
    setCurrent(scene.current);
    for (CurveId curve : scene.overlays)
        setOverlaid(curve, true);
    setComparison(scene.compare);
    setFormulas(scene.formulas);
    setView(scene.view ? *scene.view : initialView(m_scene, true));
    setLogits(scene.logits);
    setTemperature(scene.temperature);
    setApplyActivation(scene.applyActivation);
    setTheme(scene.theme);
    setNetwork(scene.network);
    return std::nullopt;
}

void SceneModel::setCurrent(CurveId id)
{
    if (id == current()) return;
    if (id.isFormula() && !formula(id.formulaKey())) return;
    const CurveId previous = current();
    m_scene.current = id;
    // An overlay that becomes the current function is no longer an overlay (it is drawn as
    // the current one), and its check box must say so.
    const bool wasOverlaid = std::erase(m_scene.overlays, id) > 0;
    // A curve is not compared with itself: choosing the compared one stops comparing.
    const bool wasCompared = m_scene.compare == id;
    if (wasCompared) m_scene.compare.reset();
    updatePlotted();
    emit currentChanged(id, previous);
    if (wasOverlaid) emit overlayChanged(id, false);
    if (wasCompared) emit comparisonChanged();
    resetView();
    if (appliesActivation()) {
        updateSoftmax();
        emit softmaxChanged();
    }
}

void SceneModel::setOverlaid(CurveId id, bool overlaid)
{
    if (isOverlaid(id) == overlaid || (overlaid && id == current())) return;
    if (overlaid && id.isFormula() && !formula(id.formulaKey())) return;
    if (overlaid)
        m_scene.overlays.push_back(id);
    else
        std::erase(m_scene.overlays, id);
    updatePlotted();
    emit overlayChanged(id, overlaid);
}

bool SceneModel::isDefault(CurveId curve) const
{
    if (curve.isCatalogue()) return parameters(curve.function()) == act::defaults(curve.function());
    const FormulaCurve *f = formula(curve.formulaKey());
    return !f || std::all_of(f->parameters.begin(), f->parameters.end(),
                             [](const FormulaParameter &p) { return p.value == 1.0; });
}

std::size_t SceneModel::parameterCount(CurveId curve) const
{
    if (curve.isCatalogue()) return act::spec(curve.function()).parameters.size();
    const FormulaCurve *f = formula(curve.formulaKey());
    return f ? f->parameters.size() : 0;
}

double SceneModel::parameterValue(CurveId curve, std::size_t parameter) const
{
    if (curve.isCatalogue()) return parameters(curve.function()).values[parameter];
    return formula(curve.formulaKey())->parameters[parameter].value;
}

std::optional<QString> SceneModel::setParameter(CurveId curve, std::size_t parameter, double value)
{
    if (parameter >= parameterCount(curve))
        return tr("%1 has no parameter %2").arg(curveName(curve)).arg(parameter);
    if (curve.isFormula()) {
        std::vector<FormulaParameter> params = formula(curve.formulaKey())->parameters;
        params[parameter].value = value;
        return setFormulaParameters(curve.formulaKey(), std::move(params));
    }
    const act::FunctionId id = curve.function();
    act::Parameters params = parameters(id);
    params.values[parameter] = value;
    return setParameters(id, params);
}

std::optional<QString> SceneModel::setParameters(act::FunctionId id, const act::Parameters &params)
{
    if (auto error = scenerules::checkParameters(id, params)) return error;
    if (params == parameters(id)) return std::nullopt;
    m_scene.parametersOf(id) = params;
    emit parametersChanged(id);
    if (appliesActivation() && current() == id) {
        updateSoftmax();
        emit softmaxChanged();
    }
    return std::nullopt;
}

std::optional<QString> SceneModel::setFormulaParameters(int key,
                                                        std::vector<FormulaParameter> params)
{
    FormulaCurve *f = m_scene.formula(key);
    if (!f) return tr("there is no formula %1").arg(key);
    if (params.size() != f->parameters.size())
        return tr("%1 has %2 parameters").arg(f->name).arg(f->parameters.size());
    for (std::size_t i = 0; i < params.size(); ++i) {
        params[i].name = f->parameters[i].name;
        if (auto error = scenerules::checkFormulaParameter(params[i])) return error;
    }
    if (params == f->parameters) return std::nullopt;
    f->parameters = std::move(params);
    const CurveId curve = CurveId::formula(key);
    emit parametersChanged(curve);
    if (appliesActivation() && current() == curve) {
        updateSoftmax();
        emit softmaxChanged();
    }
    return std::nullopt;
}

std::optional<QString> SceneModel::setFormulaRange(int key, std::size_t parameter, double min,
                                                   double max)
{
    const FormulaCurve *f = formula(key);
    if (!f || parameter >= f->parameters.size()) return tr("there is no such parameter");
    std::vector<FormulaParameter> params = f->parameters;
    params[parameter].min = min;
    params[parameter].max = max;
    return setFormulaParameters(key, std::move(params));
}

void SceneModel::resetParameter(CurveId curve, std::size_t parameter)
{
    if (curve.isFormula()) {
        setParameter(curve, parameter, 1.0);
        return;
    }
    const act::FunctionId id = curve.function();
    act::Parameters params = parameters(id);
    params.values[parameter] = act::defaults(id).values[parameter];
    // Resetting one of two coupled parameters (hardtanh min < max) may be refused; then both
    // go back, which is what the user asked for in spirit.
    if (setParameters(id, params)) resetParameters(id);
}

void SceneModel::resetParameters(CurveId curve)
{
    if (curve.isCatalogue()) {
        setParameters(curve.function(), act::defaults(curve.function()));
        return;
    }
    const FormulaCurve *f = formula(curve.formulaKey());
    if (!f) return;
    std::vector<FormulaParameter> params = f->parameters;
    for (FormulaParameter &p : params)
        p.value = 1.0;
    setFormulaParameters(curve.formulaKey(), std::move(params));
}

std::variant<CurveId, QString> SceneModel::addFormula(const QString &name,
                                                      const QString &expression)
{
    if (formulas().size() >= std::size_t(Scene::kMaxFormulas))
        return tr("a scene holds at most %1 formulas; remove one first").arg(Scene::kMaxFormulas);
    auto made = makeFormulaCurve(name, expression);
    if (auto *error = std::get_if<QString>(&made)) return *error;
    FormulaCurve formula = std::get<FormulaCurve>(std::move(made));
    formula.key = m_scene.nextFormulaKey();
    const CurveId curve = CurveId::formula(formula.key);
    std::vector<FormulaCurve> formulas = m_scene.formulas;
    formulas.push_back(std::move(formula));
    setFormulas(std::move(formulas));
    setCurrent(curve);
    return curve;
}

std::optional<QString> SceneModel::editFormula(int key, const QString &name,
                                               const QString &expression)
{
    const FormulaCurve *old = formula(key);
    if (!old) return tr("there is no formula %1").arg(key);
    auto made = makeFormulaCurve(name, expression);
    if (auto *error = std::get_if<QString>(&made)) return *error;
    FormulaCurve edited = std::get<FormulaCurve>(std::move(made));
    edited.key = key;
    for (FormulaParameter &p : edited.parameters)
        for (const FormulaParameter &before : old->parameters)
            if (before.name == p.name) p = before;
    if (edited == *old) return std::nullopt;
    std::vector<FormulaCurve> formulas = m_scene.formulas;
    for (FormulaCurve &f : formulas)
        if (f.key == key) f = std::move(edited);
    setFormulas(std::move(formulas));
    const CurveId curve = CurveId::formula(key);
    emit parametersChanged(curve);
    if (isPlotted(curve) && appliesActivation() && current() == curve) {
        updateSoftmax();
        emit softmaxChanged();
    }
    return std::nullopt;
}

void SceneModel::removeFormula(int key)
{
    if (!formula(key)) return;
    const CurveId curve = CurveId::formula(key);
    setOverlaid(curve, false);
    if (current() == curve) {
        CurveId next = act::FunctionId::Gelu;
        if (!m_scene.overlays.empty()) next = m_scene.overlays.front();
        setCurrent(next);
    }
    if (comparison() == curve) setComparison(std::nullopt);
    std::vector<FormulaCurve> formulas = m_scene.formulas;
    std::erase_if(formulas, [key](const FormulaCurve &f) { return f.key == key; });
    setFormulas(std::move(formulas));
}

void SceneModel::setFormulas(std::vector<FormulaCurve> formulas)
{
    if (formulas == m_scene.formulas) return;
    m_scene.formulas = std::move(formulas);
    emit formulasChanged();
}

void SceneModel::setOrderShown(int order, bool shown)
{
    bool &slot = m_scene.ordersShown[std::size_t(order)];
    if (slot == shown) return;
    slot = shown;
    emit orderShownChanged(order, shown);
}

std::optional<QString> SceneModel::setComparison(std::optional<CurveId> compare)
{
    if (auto error = scenerules::checkComparison(m_scene, compare)) return error;
    if (compare == m_scene.compare) return std::nullopt;
    m_scene.compare = compare;
    emit comparisonChanged();
    return std::nullopt;
}

std::optional<QString> SceneModel::setView(const ViewRange &view)
{
    if (auto error = scenerules::checkView(view)) return error;
    if (view == *m_scene.view) return std::nullopt;
    m_scene.view = view;
    emit viewChanged(view);
    return std::nullopt;
}

void SceneModel::resetView()
{
    setView(initialView(m_scene, true));
}

void SceneModel::fitToCurves()
{
    setView(fittedView(m_scene, view().xMin, view().xMax, true));
}

void SceneModel::setTheme(SceneTheme theme)
{
    if (theme == m_scene.theme) return;
    m_scene.theme = theme;
    emit themeChanged(theme);
}

std::optional<QString> SceneModel::setLogits(const std::vector<double> &logits)
{
    if (auto error = scenerules::checkLogits(logits)) return error;
    if (logits == m_scene.logits) return std::nullopt;
    m_scene.logits = logits;
    updateSoftmax();
    emit logitsChanged();
    emit softmaxChanged();
    return std::nullopt;
}

std::optional<QString> SceneModel::setLogit(std::size_t index, double value)
{
    if (index >= logits().size()) return tr("there is no class %1").arg(index + 1);
    std::vector<double> changed = logits();
    changed[index] = value;
    return setLogits(changed);
}

std::optional<QString> SceneModel::setTemperature(double temperature)
{
    if (auto error = scenerules::checkTemperature(temperature)) return error;
    if (temperature == m_scene.temperature) return std::nullopt;
    m_scene.temperature = temperature;
    updateSoftmax();
    emit temperatureChanged(temperature);
    emit softmaxChanged();
    return std::nullopt;
}

void SceneModel::setApplyActivation(bool apply)
{
    if (apply == m_scene.applyActivation) return;
    m_scene.applyActivation = apply;
    updateSoftmax();
    emit applyActivationChanged(apply);
    emit softmaxChanged();
}

std::optional<QString> SceneModel::setNetwork(const NetworkSetup &network)
{
    if (auto error = scenerules::checkNetwork(network)) return error;
    if (network == m_scene.network) return std::nullopt;
    m_scene.network = network;
    emit networkChanged(network);
    return std::nullopt;
}

void SceneModel::updatePlotted()
{
    m_plotted = m_scene.plotted();
}

void SceneModel::updateSoftmax()
{
    SoftmaxResult result;
    result.inputs = logits();
    if (appliesActivation())
        if (const auto activation = this->activation(current()))
            activation->evaluate(logits(), result.inputs, {}, {});
    result.probabilities.assign(result.inputs.size(), 0.0);
    // The activation may overflow a logit (e.g. linear with a steep slope).
    result.error = act::softmax(result.inputs, temperature(), result.probabilities);
    if (result.error == act::SoftmaxError::None) {
        result.entropy = act::entropy(result.probabilities);
        result.topClass = act::argmax(result.probabilities);
    } else {
        result.probabilities.clear();
    }
    m_softmax = std::move(result);
}
