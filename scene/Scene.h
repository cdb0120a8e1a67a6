// A snapshot of everything a user set up: the plotted functions, every parameter, the shown
// derivatives, the view, the softmax panel, the network panel and the theme. A plain value: the
// scene model holds one, files store one (SceneFile.h), undo keeps two per step. Its member
// initialisers are the app's only defaults, and the rules below its only validator.
#pragma once

#include "NetworkSetup.h"
#include "activations.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

enum class SceneTheme { Light, Dark, System };

struct ViewRange
{
    double xMin = -6.0;
    double xMax = 6.0;
    double yMin = -1.0;
    double yMax = 1.0;
    friend bool operator==(const ViewRange &, const ViewRange &) = default;
};

struct Scene
{
    static constexpr int kMinClasses = 2;
    static constexpr int kMaxClasses = 20;

    act::FunctionId current = act::FunctionId::Gelu;
    std::vector<act::FunctionId> overlays; // in the order they were added; never `current`
    std::array<act::Parameters, act::kFunctionCount> parameters = defaultParameters();
    std::array<bool, 3> ordersShown{true, true, false}; // f, f', f''
    // None: fit to the current function (a file or command line may leave it out; the scene
    // model always has one).
    std::optional<ViewRange> view;
    std::vector<double> logits{3.0, 0.7, 0.5};
    double temperature = 1.0;
    bool applyActivation = false;
    SceneTheme theme = SceneTheme::System;
    NetworkSetup network; // the network panel

    const act::Parameters &parametersOf(act::FunctionId id) const
    {
        return parameters[static_cast<std::size_t>(id)];
    }
    act::Parameters &parametersOf(act::FunctionId id)
    {
        return parameters[static_cast<std::size_t>(id)];
    }
    // Current first, then the overlays in the order they were added.
    std::vector<act::FunctionId> plotted() const;
    static std::array<act::Parameters, act::kFunctionCount> defaultParameters();
    friend bool operator==(const Scene &, const Scene &) = default;
};

// The rules every scene obeys, each in one place: the model checks a single change with the
// one rule it touches, validateScene() checks a whole scene with all of them. Each returns
// empty when the value is fine, otherwise the reason (in lower case, to be prefixed).
namespace scenerules {
std::optional<QString> checkParameters(act::FunctionId id, const act::Parameters &params);
std::optional<QString> checkOverlays(act::FunctionId current,
                                     const std::vector<act::FunctionId> &overlays);
// Finite, min < max, and inside what a plot can show: |bound| < 1e250 and a width above
// 1e-280 (QCustomPlot ignores other ranges; a widget test keeps the two in step).
std::optional<QString> checkViewAxis(double min, double max);
std::optional<QString> checkView(const ViewRange &view);
std::optional<QString> checkLogits(const std::vector<double> &logits);
std::optional<QString> checkTemperature(double temperature);
} // namespace scenerules

// Empty when every value obeys the rules above; otherwise the first that does not.
std::optional<QString> validateScene(const Scene &scene);

// The x range a function is first shown over (the catalogue's), with y fitted to it.
// `fitAllCurves` fits y to every plotted curve and shown derivative; otherwise to the current
// function's f (and f′ when shown), as the window does when a function is chosen.
ViewRange fittedView(const Scene &scene, double xMin, double xMax, bool fitAllCurves);
ViewRange initialView(const Scene &scene, bool fitAllCurves = false);

QString themeName(SceneTheme theme);      // "light", "dark", "system"
QString functionName(act::FunctionId id); // the catalogue's name: "leaky_relu"
QString displayName(act::FunctionId id);  // "Leaky ReLU"
std::optional<SceneTheme> themeByName(const QString &name);
