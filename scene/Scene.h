// A snapshot of everything a user set up: the plotted curves (catalogue functions and typed
// formulas), every parameter, the shown derivatives, the view, the softmax panel, the network
// panel and the theme. A plain value: the scene model holds one, files store one (SceneFile.h),
// undo keeps two per step. Its member initialisers are the app's only defaults, and the rules
// below its only validator.
#pragma once

#include "CurveId.h"
#include "NetworkSetup.h"
#include "activations.h"
#include "formula_activation.h"

#include <QString>

#include <array>
#include <memory>
#include <optional>
#include <variant>
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

// One parameter of a typed formula: an identifier of the expression other than x, with the
// range its slider spans (the value itself may lie outside it, as typed).
struct FormulaParameter
{
    QString name;
    double value = 1.0;
    double min = -5.0;
    double max = 5.0;
    friend bool operator==(const FormulaParameter &, const FormulaParameter &) = default;
};

// A typed formula as the scene keeps it: its text is the truth; `parsed` is only a cache of
// parsing it (formulaOf() refreshes it when the text changed) and is not compared.
struct FormulaCurve
{
    static constexpr int kMaxNameLength = 60;

    int key = 0;        // from 1, unique in its scene; files refer to the formula by it
    QString name;       // the legend's name
    QString expression; // as typed: "x*sigmoid(b*x)"
    std::vector<FormulaParameter> parameters; // in the order the expression names them
    std::shared_ptr<const act::Formula> parsed;

    friend bool operator==(const FormulaCurve &a, const FormulaCurve &b)
    {
        return a.key == b.key && a.name == b.name && a.expression == b.expression &&
               a.parameters == b.parameters;
    }
};

struct Scene
{
    static constexpr int kMinClasses = 2;
    static constexpr int kMaxClasses = 20;
    static constexpr int kMaxFormulas = 64; // far more than a lesson needs

    CurveId current = act::FunctionId::Gelu;
    std::vector<CurveId> overlays; // in the order they were added; never `current`
    std::array<act::Parameters, act::kFunctionCount> parameters = defaultParameters();
    // Every typed formula of the scene, plotted or not, by ascending key.
    std::vector<FormulaCurve> formulas;
    std::array<bool, 3> ordersShown{true, true, false}; // f, f', f''
    // "Compare with…": the curve whose difference from the current one is drawn beneath the
    // plot (f_current − f_compare); never `current`, plotted or not.
    std::optional<CurveId> compare;
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
    const FormulaCurve *formula(int key) const;
    FormulaCurve *formula(int key);
    int nextFormulaKey() const;
    // Current first, then the overlays in the order they were added.
    std::vector<CurveId> plotted() const;
    static std::array<act::Parameters, act::kFunctionCount> defaultParameters();
    friend bool operator==(const Scene &, const Scene &) = default;
};

// The rules every scene obeys, each in one place: the model checks a single change with the
// one rule it touches, validateScene() checks a whole scene with all of them. Each returns
// empty when the value is fine, otherwise the reason (in lower case, to be prefixed).
namespace scenerules {
std::optional<QString> checkParameters(act::FunctionId id, const act::Parameters &params);
std::optional<QString> checkOverlays(CurveId current, const std::vector<CurveId> &overlays);
// The expression parses, its parameters are the ones listed (same names, same order), each
// value finite and each slider range finite with min < max, the name 1 to 60 characters on
// one line. Parses `formula.parsed` when it is missing or stale.
std::optional<QString> checkFormula(FormulaCurve &formula);
std::optional<QString> checkFormulaParameter(const FormulaParameter &parameter);
// Formula keys from 1 and unique; current and overlays name formulas the scene has.
std::optional<QString> checkCurves(const Scene &scene);
// The compared curve exists and is not the current one.
std::optional<QString> checkComparison(const Scene &scene, std::optional<CurveId> compare);
// Finite, min < max, and inside what a plot can show: |bound| < 1e250 and a width above
// 1e-280 (QCustomPlot ignores other ranges; a widget test keeps the two in step).
std::optional<QString> checkViewAxis(double min, double max);
std::optional<QString> checkView(const ViewRange &view);
std::optional<QString> checkLogits(const std::vector<double> &logits);
std::optional<QString> checkTemperature(double temperature);
} // namespace scenerules

// Empty when every value obeys the rules above; otherwise the first that does not. Parses
// formulas whose cache is missing or stale.
std::optional<QString> validateScene(Scene &scene);
std::optional<QString> validateScene(const Scene &scene);

// A new formula for `expression`: its parameters at 1 over [−5, 5], named `name` or, when that
// is empty, after the expression (shortened) . Not yet in any scene (key 0). The parse error
// when it does not parse: "unknown name 'sigmod' at column 3 — did you mean sigmoid?".
std::variant<FormulaCurve, QString> makeFormulaCurve(const QString &name,
                                                     const QString &expression);

// What a curve computes, with its current parameters: the thing the sampler, CSV, softmax and
// the network maths take. Null for a formula key the scene does not have. `precision` matters
// only for formulas (Double: the fast pass a dragged slider draws first).
using Precision = act::FormulaActivation::Precision;
std::unique_ptr<act::Activation> activationOf(const Scene &scene, CurveId curve,
                                              Precision precision = Precision::Accurate);
// The same with every parameter at its default (the plot's faint "ghost" curve).
std::unique_ptr<act::Activation> defaultActivationOf(const Scene &scene, CurveId curve,
                                                     Precision precision = Precision::Accurate);
// The legend's and the menus' name: "Leaky ReLU", or the formula's name.
QString curveName(const Scene &scene, CurveId curve);

// The x range a function is first shown over (the catalogue's), with y fitted to it.
// `fitAllCurves` fits y to every plotted curve and shown derivative; otherwise to the current
// function's f (and f′ when shown), as the window does when a function is chosen.
ViewRange fittedView(const Scene &scene, double xMin, double xMax, bool fitAllCurves);
ViewRange initialView(const Scene &scene, bool fitAllCurves = false);

QString themeName(SceneTheme theme);      // "light", "dark", "system"
QString functionName(act::FunctionId id); // the catalogue's name: "leaky_relu"
QString displayName(act::FunctionId id);  // "Leaky ReLU", in the installed language
std::optional<SceneTheme> themeByName(const QString &name);
