// The scene's rules, its fitted views and the names it is written with.
#include "Scene.h"

#include "sampler.h"
#include "softmax.h"

#include <algorithm>
#include <cmath>

namespace {

// What QCustomPlot 2.1 can show (QCPRange::minRange and maxRange).
constexpr double kMaxViewMagnitude = 1e250;
constexpr double kMinViewWidth = 1e-280;
// Samples per fitted x range: dense enough to find every peak a plot shows.
constexpr int kFitSamples = 801;

} // namespace

std::vector<act::FunctionId> Scene::plotted() const
{
    std::vector<act::FunctionId> all{current};
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

namespace scenerules {

std::optional<QString> checkParameters(act::FunctionId id, const act::Parameters &params)
{
    if (auto error = act::validate(id, params)) return QString::fromStdString(*error);
    return std::nullopt;
}

std::optional<QString> checkOverlays(act::FunctionId current,
                                     const std::vector<act::FunctionId> &overlays)
{
    for (std::size_t i = 0; i < overlays.size(); ++i) {
        if (overlays[i] == current)
            return QStringLiteral("%1 is already the current function").arg(functionName(current));
        if (std::find(overlays.begin(), overlays.begin() + std::ptrdiff_t(i), overlays[i]) !=
            overlays.begin() + std::ptrdiff_t(i))
            return QStringLiteral("%1 is listed twice").arg(functionName(overlays[i]));
    }
    return std::nullopt;
}

std::optional<QString> checkViewAxis(double min, double max)
{
    if (!std::isfinite(min) || !std::isfinite(max))
        return QStringLiteral("the view range must be finite");
    if (!(min < max)) return QStringLiteral("expected [min, max] with min < max");
    const double width = max - min;
    if (min <= -kMaxViewMagnitude || max >= kMaxViewMagnitude || !(width < kMaxViewMagnitude) ||
        !(width > kMinViewWidth) || (min > 0 && std::isinf(max / min)) ||
        (max < 0 && std::isinf(min / max)))
        return QStringLiteral("too wide or too narrow to show");
    return std::nullopt;
}

std::optional<QString> checkView(const ViewRange &view)
{
    if (auto error = checkViewAxis(view.xMin, view.xMax)) return "view x: " + *error;
    if (auto error = checkViewAxis(view.yMin, view.yMax)) return "view y: " + *error;
    return std::nullopt;
}

std::optional<QString> checkLogits(const std::vector<double> &logits)
{
    if (logits.size() < std::size_t(Scene::kMinClasses) ||
        logits.size() > std::size_t(Scene::kMaxClasses))
        return QStringLiteral("softmax needs %1 to %2 logits, got %3")
            .arg(Scene::kMinClasses)
            .arg(Scene::kMaxClasses)
            .arg(logits.size());
    for (std::size_t i = 0; i < logits.size(); ++i)
        if (!std::isfinite(logits[i]))
            return QStringLiteral("logit %1 must be a finite number").arg(i + 1);
    return std::nullopt;
}

std::optional<QString> checkTemperature(double temperature)
{
    if (!std::isfinite(temperature) || !(temperature > 0.0))
        return QString::fromUtf8(act::describe(act::SoftmaxError::BadTemperature).data());
    return std::nullopt;
}

} // namespace scenerules

std::optional<QString> validateScene(const Scene &scene)
{
    using namespace scenerules;
    for (const auto &f : act::functions())
        if (auto error = checkParameters(f.id, scene.parametersOf(f.id))) return error;
    if (auto error = checkOverlays(scene.current, scene.overlays)) return error;
    if (scene.view)
        if (auto error = checkView(*scene.view)) return error;
    if (auto error = checkLogits(scene.logits)) return error;
    if (auto error = checkTemperature(scene.temperature)) return error;
    if (auto error = checkNetwork(scene.network)) return "network: " + *error;
    return std::nullopt;
}

ViewRange fittedView(const Scene &scene, double xMin, double xMax, bool fitAllCurves)
{
    std::vector<act::FunctionId> fitted = scene.plotted();
    std::array<bool, 3> orders = scene.ordersShown;
    if (!fitAllCurves) {
        fitted.resize(1);
        orders = {true, scene.ordersShown[1], false};
    }
    std::vector<act::SampledCurves> curves(fitted.size());
    for (std::size_t i = 0; i < fitted.size(); ++i)
        act::CurveSampler::sample(fitted[i], scene.parametersOf(fitted[i]), xMin, xMax, kFitSamples,
                                  curves[i]);
    const auto [low, high] = act::CurveSampler::valueRange(curves, xMin, xMax, orders);
    ViewRange view{xMin, xMax, low, high};
    if (scenerules::checkViewAxis(low, high)) view.yMin = -1.0, view.yMax = 1.0;
    return view;
}

ViewRange initialView(const Scene &scene, bool fitAllCurves)
{
    const act::FunctionSpec &spec = act::spec(scene.current);
    return fittedView(scene, spec.viewMin, spec.viewMax, fitAllCurves);
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
    return QString::fromUtf8(act::spec(id).displayName);
}
