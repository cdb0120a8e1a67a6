// A snapshot of everything a user set up: the plotted functions, every parameter, the shown
// derivatives, the view, the softmax panel and the theme. A plain value, so it can be saved,
// compared and applied as one piece (see SceneFile.h for the file format).
#pragma once

#include "activations.h"

#include <QString>

#include <array>
#include <optional>
#include <vector>

class PlotView;
class SceneModel;

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
    act::FunctionId current = act::FunctionId::Gelu;
    std::vector<act::FunctionId> overlays; // in the order they were added; never `current`
    std::array<act::Parameters, act::kFunctionCount> parameters = defaultParameters();
    std::array<bool, 3> ordersShown{true, true, false}; // f, f', f''
    std::optional<ViewRange> view;                      // none: fit to the current function
    std::vector<double> logits{3.0, 0.7, 0.5};
    double temperature = 1.0;
    bool applyActivation = false;
    SceneTheme theme = SceneTheme::System;

    const act::Parameters &parametersOf(act::FunctionId id) const
    {
        return parameters[static_cast<std::size_t>(id)];
    }
    act::Parameters &parametersOf(act::FunctionId id)
    {
        return parameters[static_cast<std::size_t>(id)];
    }
    static std::array<act::Parameters, act::kFunctionCount> defaultParameters();
    friend bool operator==(const Scene &, const Scene &) = default;
};

// Empty when every value is one the model and the plot accept; otherwise what is wrong.
std::optional<QString> validateScene(const Scene &scene);

// The theme is not part of the model; the caller fills it in.
Scene captureScene(const SceneModel &model, const PlotView &plot,
                   SceneTheme theme = SceneTheme::System);

// All or nothing: an invalid scene is refused with the reason and nothing changes. The theme
// is left to the caller (see PlotTheme.h).
std::optional<QString> applyScene(const Scene &scene, SceneModel &model, PlotView &plot);

QString themeName(SceneTheme theme);      // "light", "dark", "system"
QString functionName(act::FunctionId id); // the catalogue's name: "leaky_relu"
std::optional<SceneTheme> themeByName(const QString &name);
