// Capturing the model and plot into a Scene and putting one back, checked before any change.
#include "Scene.h"

#include "PlotView.h"
#include "SceneModel.h"

#include <algorithm>
#include <cmath>

std::array<act::Parameters, act::kFunctionCount> Scene::defaultParameters()
{
    std::array<act::Parameters, act::kFunctionCount> all{};
    for (const auto &f : act::functions())
        all[static_cast<std::size_t>(f.id)] = act::defaults(f.id);
    return all;
}

std::optional<QString> validateScene(const Scene &scene)
{
    for (const auto &f : act::functions())
        if (auto error = act::validate(f.id, scene.parametersOf(f.id)))
            return QString::fromStdString(*error);
    for (std::size_t i = 0; i < scene.overlays.size(); ++i) {
        const act::FunctionId id = scene.overlays[i];
        if (id == scene.current)
            return QStringLiteral("the current function is also listed as an overlay");
        if (std::find(scene.overlays.begin(), scene.overlays.begin() + std::ptrdiff_t(i), id) !=
            scene.overlays.begin() + std::ptrdiff_t(i))
            return QStringLiteral("an overlay is listed twice");
    }
    if (scene.view) {
        const ViewRange &v = *scene.view;
        for (double value : {v.xMin, v.xMax, v.yMin, v.yMax})
            if (!std::isfinite(value)) return QStringLiteral("the view range must be finite");
        if (!(v.xMin < v.xMax) || !(v.yMin < v.yMax))
            return QStringLiteral("the view range must have min < max");
        // QCustomPlot silently ignores ranges outside about +-1e250 or narrower than 1e-280.
        if (!QCPRange::validRange(v.xMin, v.xMax) || !QCPRange::validRange(v.yMin, v.yMax))
            return QStringLiteral("the view range is too wide or too narrow to show");
    }
    if (scene.logits.size() < std::size_t(SceneModel::kMinClasses) ||
        scene.logits.size() > std::size_t(SceneModel::kMaxClasses))
        return QStringLiteral("softmax needs %1 to %2 logits, got %3")
            .arg(SceneModel::kMinClasses)
            .arg(SceneModel::kMaxClasses)
            .arg(scene.logits.size());
    for (double logit : scene.logits)
        if (!std::isfinite(logit)) return QStringLiteral("every logit must be a finite number");
    if (!std::isfinite(scene.temperature) || scene.temperature <= 0.0)
        return QStringLiteral("the temperature must be a finite number greater than 0");
    return std::nullopt;
}

Scene captureScene(const SceneModel &model, const PlotView &plot, SceneTheme theme)
{
    Scene scene;
    scene.current = model.current();
    const auto &plotted = model.plotted();
    scene.overlays.assign(plotted.begin() + 1, plotted.end());
    for (const auto &f : act::functions())
        scene.parametersOf(f.id) = model.parameters(f.id);
    for (int order = 0; order < 3; ++order)
        scene.ordersShown[std::size_t(order)] = model.isOrderShown(order);
    scene.view = ViewRange{plot.xAxis->range().lower, plot.xAxis->range().upper,
                           plot.yAxis->range().lower, plot.yAxis->range().upper};
    scene.logits = model.logits();
    scene.temperature = model.temperature();
    scene.applyActivation = model.appliesActivation();
    scene.theme = theme;
    return scene;
}

std::optional<QString> applyScene(const Scene &scene, SceneModel &model, PlotView &plot)
{
    if (auto error = validateScene(scene)) return error;
    for (const auto &f : act::functions())
        if (auto error = model.setParameters(f.id, scene.parametersOf(f.id))) return error;
    for (int order = 0; order < 3; ++order)
        model.setOrderShown(order, scene.ordersShown[std::size_t(order)]);
    // Overlays are shown in the order they were added, so clear them and add them again.
    for (const auto &f : act::functions())
        model.setOverlaid(f.id, false);
    model.setCurrent(scene.current);
    for (act::FunctionId id : scene.overlays)
        model.setOverlaid(id, true);
    if (scene.view) {
        plot.xAxis->setRange(scene.view->xMin, scene.view->xMax);
        plot.yAxis->setRange(scene.view->yMin, scene.view->yMax);
    } else {
        plot.resetView();
    }
    if (auto error = model.setLogits(scene.logits)) return error;
    if (auto error = model.setTemperature(scene.temperature)) return error;
    model.setApplyActivation(scene.applyActivation);
    return std::nullopt;
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
