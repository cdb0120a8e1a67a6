// The catalogue: names, families, display formulas, parameters with their domains, and the
// points where each function or its derivatives jump.
#include "activations.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <sstream>

// Marks the texts the window shows in the user's language for Qt Linguist's lupdate, which reads
// the source (`-tr-function-alias QT_TRANSLATE_NOOP+=ACT_TRANSLATABLE`, translations/
// CMakeLists.txt); the scene layer translates them (scene/CatalogueText.h). Here the marker is
// the text itself: the core stays plain C++, in English.
#define ACT_TRANSLATABLE(context, text) text

namespace act {
namespace {

constexpr double kInf = std::numeric_limits<double>::infinity();

// Parameter tables, one per function that has parameters.
constexpr ParameterSpec kLinear[] = {{"alpha", "α",
                                      ACT_TRANSLATABLE("Catalogue", "Slope of the line."), 1.0,
                                      -3.0, 3.0, -kInf, kInf, true, true}};
constexpr ParameterSpec kLeaky[] = {
    {"alpha", "α",
     ACT_TRANSLATABLE("Catalogue", "Slope for negative inputs: a small leak keeps the gradient "
                                   "from dying where ReLU's would be zero."),
     0.01, 0.0, 1.0, -kInf, kInf, true, true}};
constexpr ParameterSpec kPrelu[] = {
    {"alpha", "α",
     ACT_TRANSLATABLE("Catalogue", "Learned slope for negative inputs (0.25 is the paper's "
                                   "initial value)."),
     0.25, 0.0, 1.0, -kInf, kInf, true, true}};
constexpr ParameterSpec kRrelu[] = {
    {"lower", "l",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Lower bound of the random negative slope U(l, u); evaluation uses the mean (l+u)/2."),
     1.0 / 8, 0.0, 1.0, -kInf, kInf, true, true},
    {"upper", "u",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Upper bound of the random negative slope U(l, u); evaluation uses the mean (l+u)/2."),
     1.0 / 3, 0.0, 1.0, -kInf, kInf, true, true}};
constexpr ParameterSpec kElu[] = {
    {"alpha", "α",
     ACT_TRANSLATABLE("Catalogue", "Value the negative side saturates to: f(x) → −α as x → −∞."),
     1.0, 0.0, 3.0, -kInf, kInf, true, true}};
constexpr ParameterSpec kSelu[] = {
    {"alpha", "α",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Negative saturation; the default, with λ, makes activations self-normalising (mean 0, "
         "variance 1 are a fixed point)."),
     1.6732632423543772848170429916717, 0.0, 3.0, -kInf, kInf, true, true},
    {"lambda", "λ",
     ACT_TRANSLATABLE("Catalogue",
                      "Scale applied to both sides; above 1 so the variance can grow back."),
     1.0507009873554804934193349852946, 0.5, 2.0, -kInf, kInf, true, true}};
constexpr ParameterSpec kCelu[] = {
    {"alpha", "α",
     ACT_TRANSLATABLE("Catalogue", "Negative saturation −α; unlike ELU the derivative stays "
                                   "continuous at 0 for every α > 0."),
     1.0, 0.05, 3.0, 0.0, kInf, true, true}};
constexpr ParameterSpec kSwish[] = {
    {"beta", "β",
     ACT_TRANSLATABLE("Catalogue", "Sharpness: β = 0 gives x/2, β = 1 is SiLU, β → ∞ "
                                   "approaches ReLU."),
     1.0, 0.0, 10.0, -kInf, kInf, true, true}};
constexpr ParameterSpec kSoftplus[] = {
    {"beta", "β", ACT_TRANSLATABLE("Catalogue", "Sharpness: larger β hugs ReLU more closely."), 1.0,
     0.1, 10.0, 0.0, kInf, true, true},
    {"threshold", "t",
     ACT_TRANSLATABLE("Catalogue",
                      "Above βx = t the function is exactly x (PyTorch's overflow guard)."),
     20.0, 0.0, 40.0, -kInf, kInf, true, true}};
constexpr ParameterSpec kHardtanh[] = {
    {"min", "min", ACT_TRANSLATABLE("Catalogue", "Lower clamp value."), -1.0, -5.0, 5.0, -kInf,
     kInf, true, true},
    {"max", "max", ACT_TRANSLATABLE("Catalogue", "Upper clamp value."), 1.0, -5.0, 5.0, -kInf, kInf,
     true, true}};
constexpr ParameterSpec kSoftshrink[] = {
    {"lambda", "λ",
     ACT_TRANSLATABLE("Catalogue", "Half-width of the dead zone around 0; outside it the "
                                   "input is moved λ towards 0."),
     0.5, 0.0, 3.0, 0.0, kInf, false, true}};
constexpr ParameterSpec kHardshrink[] = {
    {"lambda", "λ",
     ACT_TRANSLATABLE("Catalogue", "Half-width of the zone around 0 that is set to 0; "
                                   "outside it the input passes unchanged."),
     0.5, 0.0, 3.0, 0.0, kInf, false, true}};
constexpr ParameterSpec kThreshold[] = {
    {"threshold", "θ", ACT_TRANSLATABLE("Catalogue", "Inputs at or below this value are replaced."),
     0.0, -5.0, 5.0, -kInf, kInf, true, true},
    {"value", "v", ACT_TRANSLATABLE("Catalogue", "What replaces inputs at or below the threshold."),
     0.0, -5.0, 5.0, -kInf, kInf, true, true}};

using F = FunctionId;
using Fam = Family;

constexpr FunctionSpec kFunctions[] = {
    {F::Linear, "linear", "Linear", Fam::Classic, "f(x) = αx", "f′(x) = α",
     ACT_TRANSLATABLE("Catalogue",
                      "No non-linearity: a stack of linear layers is still one linear map."),
     kLinear, -5, 5},
    {F::Sigmoid,
     "sigmoid",
     "Sigmoid",
     Fam::Classic,
     "σ(x) = 1 / (1 + e^(−x))",
     "σ′(x) = σ(x)(1 − σ(x))",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Saturates at 0 and 1: its gradient peaks at 1/4 and vanishes in both tails."),
     {},
     -8,
     8},
    {F::Tanh,
     "tanh",
     "Tanh",
     Fam::Classic,
     "f(x) = tanh x",
     "f′(x) = 1 − tanh² x",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Zero-centred sigmoid with range (−1, 1); its gradient also vanishes for large |x|."),
     {},
     -5,
     5},
    {F::Relu,
     "relu",
     "ReLU",
     Fam::Rectifier,
     "f(x) = max(0, x)",
     "f′(x) = 1 if x > 0, 0 if x ≤ 0",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Gradient 1 for x > 0 and exactly 0 for x ≤ 0: a unit stuck there stops learning (dying "
         "ReLU)."),
     {},
     -5,
     5},
    {F::LeakyRelu, "leaky_relu", "Leaky ReLU", Fam::Rectifier, "f(x) = x if x > 0, αx if x ≤ 0",
     "f′(x) = 1 if x > 0, α if x ≤ 0",
     ACT_TRANSLATABLE("Catalogue",
                      "A small slope α for x ≤ 0 keeps a gradient flowing where ReLU's dies."),
     kLeaky, -5, 5},
    {F::Prelu, "prelu", "PReLU", Fam::Rectifier, "f(x) = x if x > 0, αx if x ≤ 0 (α learned)",
     "f′(x) = 1 if x > 0, α if x ≤ 0",
     ACT_TRANSLATABLE("Catalogue", "Leaky ReLU whose negative slope α is learned per channel."),
     kPrelu, -5, 5},
    {F::Rrelu, "rrelu", "RReLU", Fam::Rectifier,
     "f(x) = x if x > 0, ((l + u)/2)·x if x ≤ 0 (evaluation); training draws the slope from U(l, "
     "u)",
     "f′(x) = 1 if x > 0, (l + u)/2 if x ≤ 0",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Randomised leaky ReLU: a random negative slope per input in training, its mean at test "
         "time."),
     kRrelu, -5, 5},
    {F::Elu, "elu", "ELU", Fam::Exponential, "f(x) = x if x > 0, α(eˣ − 1) if x ≤ 0",
     "f′(x) = 1 if x > 0, αeˣ = f(x) + α if x ≤ 0",
     ACT_TRANSLATABLE("Catalogue",
                      "Smooth negative side saturating at −α pushes mean activations towards 0."),
     kElu, -5, 5},
    {F::Selu, "selu", "SELU", Fam::Exponential, "f(x) = λ·(x if x > 0, α(eˣ − 1) if x ≤ 0)",
     "f′(x) = λ if x > 0, λαeˣ if x ≤ 0",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Scaled ELU: with the default α and λ, inputs with mean 0 and variance 1 keep mean 0 and "
         "variance 1 (self-normalising)."),
     kSelu, -5, 5},
    {F::Celu, "celu", "CELU", Fam::Exponential, "f(x) = x if x > 0, α(e^(x/α) − 1) if x ≤ 0",
     "f′(x) = 1 if x > 0, e^(x/α) if x ≤ 0",
     ACT_TRANSLATABLE("Catalogue",
                      "ELU rescaled so the derivative is continuous at 0 for every α."),
     kCelu, -5, 5},
    {F::Gelu,
     "gelu",
     "GELU",
     Fam::Smooth,
     "f(x) = x·Φ(x),  Φ the standard normal CDF",
     "f′(x) = Φ(x) + x·φ(x)",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Weights the input by the probability that a standard normal is below it: a smooth ReLU "
         "with a small dip below 0 near x ≈ −0.75."),
     {},
     -5,
     5},
    {F::GeluTanh,
     "gelu_tanh",
     ACT_TRANSLATABLE("Catalogue", "GELU (tanh approx.)"),
     Fam::Smooth,
     "f(x) = ½x(1 + tanh(√(2/π)(x + 0.044715x³)))",
     "f′(x) = ½(1 + tanh u) + ½x(1 − tanh² u)·√(2/π)(1 + 0.134145x²)",
     ACT_TRANSLATABLE(
         "Catalogue",
         "The tanh approximation of GELU used by BERT and GPT-2; within 5e-4 of the exact GELU."),
     {},
     -5,
     5},
    {F::Swish, "swish", "Swish", Fam::Smooth, "f(x) = x·σ(βx)",
     "f′(x) = σ(βx) + βx·σ(βx)(1 − σ(βx))",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Smooth and non-monotonic; β interpolates between x/2 (β = 0) and ReLU (β → ∞)."),
     kSwish, -5, 5},
    {F::Silu,
     "silu",
     "SiLU",
     Fam::Smooth,
     "f(x) = x·σ(x)",
     "f′(x) = σ(x)(1 + x(1 − σ(x)))",
     ACT_TRANSLATABLE("Catalogue",
                      "Swish with β = 1: a smooth ReLU with a small dip near x ≈ −1.28."),
     {},
     -5,
     5},
    {F::Softplus, "softplus", "Softplus", Fam::Smooth,
     "f(x) = (1/β)·log(1 + e^(βx)); x where βx > threshold",
     "f′(x) = σ(βx); 1 where βx > threshold",
     ACT_TRANSLATABLE("Catalogue", "A smooth ReLU; its derivative is the sigmoid."), kSoftplus, -5,
     5},
    {F::Relu6,
     "relu6",
     "ReLU6",
     Fam::Hard,
     "f(x) = min(max(0, x), 6)",
     "f′(x) = 1 if 0 < x < 6, else 0",
     ACT_TRANSLATABLE(
         "Catalogue",
         "ReLU capped at 6, a fixed range that suits low-precision (mobile) networks."),
     {},
     -2,
     8},
    {F::Mish,
     "mish",
     "Mish",
     Fam::Smooth,
     "f(x) = x·tanh(softplus(x))",
     "f′(x) = tanh(sp(x)) + x·sech²(sp(x))·σ(x)",
     ACT_TRANSLATABLE("Catalogue",
                      "Smooth and non-monotonic like Swish, with a slightly deeper dip."),
     {},
     -5,
     5},
    {F::Softsign,
     "softsign",
     "Softsign",
     Fam::Classic,
     "f(x) = x / (1 + |x|)",
     "f′(x) = 1 / (1 + |x|)²",
     ACT_TRANSLATABLE(
         "Catalogue",
         "Like tanh but approaches ±1 polynomially, so its gradient vanishes more slowly."),
     {},
     -8,
     8},
    {F::Hardtanh, "hardtanh", "Hardtanh", Fam::Hard, "f(x) = clamp(x, min, max)",
     "f′(x) = 1 if min < x < max, else 0",
     ACT_TRANSLATABLE("Catalogue", "Piecewise-linear tanh: cheap, with hard saturation."),
     kHardtanh, -3, 3},
    {F::Hardsigmoid,
     "hardsigmoid",
     "Hardsigmoid",
     Fam::Hard,
     "f(x) = relu6(x + 3) / 6",
     "f′(x) = 1/6 if −3 < x < 3, else 0",
     ACT_TRANSLATABLE("Catalogue", "Piecewise-linear sigmoid used in MobileNetV3."),
     {},
     -5,
     5},
    {F::Hardswish,
     "hardswish",
     "Hardswish",
     Fam::Hard,
     "f(x) = x·relu6(x + 3) / 6",
     "f′(x) = 0 if x < −3, (2x + 3)/6 if −3 ≤ x ≤ 3, 1 if x > 3",
     ACT_TRANSLATABLE("Catalogue", "Piecewise-quadratic Swish used in MobileNetV3."),
     {},
     -5,
     5},
    {F::Logsigmoid,
     "logsigmoid",
     "LogSigmoid",
     Fam::Classic,
     "f(x) = log σ(x) = −softplus(−x)",
     "f′(x) = σ(−x) = 1 − σ(x)",
     ACT_TRANSLATABLE("Catalogue", "Log of the sigmoid, as used in binary cross-entropy."),
     {},
     -8,
     4},
    {F::Tanhshrink,
     "tanhshrink",
     "Tanhshrink",
     Fam::Classic,
     "f(x) = x − tanh x",
     "f′(x) = tanh² x",
     ACT_TRANSLATABLE("Catalogue", "Flat (cubic) around 0, linear far from it."),
     {},
     -5,
     5},
    {F::Softshrink, "softshrink", "Softshrink", Fam::Hard,
     "f(x) = x − λ if x > λ, x + λ if x < −λ, else 0", "f′(x) = 1 if |x| > λ, else 0",
     ACT_TRANSLATABLE("Catalogue",
                      "Soft thresholding: zeroes a band around 0 and moves the rest λ towards 0."),
     kSoftshrink, -3, 3},
    {F::Hardshrink, "hardshrink", "Hardshrink", Fam::Hard, "f(x) = x if |x| > λ, else 0",
     "f′(x) = 1 if |x| > λ, else 0",
     ACT_TRANSLATABLE("Catalogue", "Hard thresholding: zeroes a band around 0, keeps the rest."),
     kHardshrink, -3, 3},
    {F::Threshold, "threshold", "Threshold", Fam::Hard, "f(x) = x if x > θ, else v",
     "f′(x) = 1 if x > θ, else 0",
     ACT_TRANSLATABLE("Catalogue",
                      "Replaces inputs at or below θ by a constant v; ReLU is θ = v = 0."),
     kThreshold, -5, 5},
};
static_assert(std::size(kFunctions) == kFunctionCount);

std::string formatNumber(double v)
{
    std::ostringstream out;
    out.precision(17);
    out << v;
    return out.str();
}

} // namespace

std::string describeDomain(const ParameterSpec &p)
{
    const bool lowBounded = std::isfinite(p.domainMin);
    const bool highBounded = std::isfinite(p.domainMax);
    if (!lowBounded && !highBounded) return "a finite number";
    std::string text;
    if (lowBounded) text += (p.domainMinOpen ? "> " : ">= ") + formatNumber(p.domainMin);
    if (lowBounded && highBounded) text += " and ";
    if (highBounded) text += (p.domainMaxOpen ? "< " : "<= ") + formatNumber(p.domainMax);
    return text;
}

std::string_view familyName(Family family)
{
    switch (family) {
    case Family::Classic:
        return ACT_TRANSLATABLE("Catalogue", "classic");
    case Family::Rectifier:
        return ACT_TRANSLATABLE("Catalogue", "rectifier");
    case Family::Exponential:
        return ACT_TRANSLATABLE("Catalogue", "exponential");
    case Family::Smooth:
        return ACT_TRANSLATABLE("Catalogue", "smooth");
    case Family::Hard:
        return ACT_TRANSLATABLE("Catalogue", "hard");
    }
    return "unknown";
}

std::span<const FunctionSpec> functions()
{
    return kFunctions;
}

const FunctionSpec &spec(FunctionId id)
{
    return kFunctions[static_cast<std::size_t>(id)];
}

Parameters defaults(FunctionId id)
{
    Parameters p;
    const auto params = spec(id).parameters;
    for (std::size_t i = 0; i < params.size(); ++i)
        p.values[i] = params[i].defaultValue;
    return p;
}

std::optional<FunctionId> findFunction(std::string_view name)
{
    for (const auto &f : kFunctions)
        if (f.name == name) return f.id;
    return std::nullopt;
}

std::optional<std::size_t> findParameter(FunctionId id, std::string_view key)
{
    const auto params = spec(id).parameters;
    for (std::size_t i = 0; i < params.size(); ++i)
        if (params[i].key == key) return i;
    return std::nullopt;
}

std::string_view nearestFunctionName(std::string_view name)
{
    // Levenshtein distance, case-insensitive; names are short so O(n*m) is nothing.
    auto lower = [](char c) { return (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c; };
    std::string_view best = kFunctions[0].name;
    std::size_t bestDistance = std::numeric_limits<std::size_t>::max();
    std::vector<std::size_t> row;
    for (const auto &f : kFunctions) {
        const std::string_view candidate = f.name;
        row.resize(candidate.size() + 1);
        std::iota(row.begin(), row.end(), std::size_t{0});
        for (std::size_t i = 1; i <= name.size(); ++i) {
            std::size_t diagonal = row[0];
            row[0] = i;
            for (std::size_t j = 1; j <= candidate.size(); ++j) {
                const std::size_t above = row[j];
                const bool same = lower(name[i - 1]) == candidate[j - 1];
                row[j] = std::min({row[j] + 1, row[j - 1] + 1, diagonal + (same ? 0 : 1)});
                diagonal = above;
            }
        }
        if (row[candidate.size()] < bestDistance) {
            bestDistance = row[candidate.size()];
            best = candidate;
        }
    }
    return best;
}

std::optional<ParameterProblem> checkParameter(FunctionId id, std::size_t index, double value)
{
    const auto params = spec(id).parameters;
    if (index >= params.size())
        return ParameterProblem{ParameterProblem::Kind::NoSuchParameter, index, value};
    const ParameterSpec &p = params[index];
    const bool tooLow = p.domainMinOpen ? !(value > p.domainMin) : !(value >= p.domainMin);
    const bool tooHigh = p.domainMaxOpen ? !(value < p.domainMax) : !(value <= p.domainMax);
    if (!std::isfinite(value) || tooLow || tooHigh)
        return ParameterProblem{ParameterProblem::Kind::OutOfDomain, index, value};
    return std::nullopt;
}

std::optional<ParameterProblem> checkParameters(FunctionId id, const Parameters &params)
{
    for (std::size_t i = 0; i < spec(id).parameters.size(); ++i)
        if (auto problem = checkParameter(id, i, params.values[i])) return problem;
    const double a = params.values[0];
    const double b = params.values[1];
    if (id == FunctionId::Hardtanh && !(a < b))
        return ParameterProblem{ParameterProblem::Kind::MinNotBelowMax, 0, a, b};
    if (id == FunctionId::Rrelu && !(a <= b))
        return ParameterProblem{ParameterProblem::Kind::LowerAboveUpper, 0, a, b};
    return std::nullopt;
}

std::string describe(FunctionId id, const ParameterProblem &problem)
{
    const std::string name(spec(id).name);
    switch (problem.kind) {
    case ParameterProblem::Kind::NoSuchParameter:
        return name + " has no parameter number " + std::to_string(problem.index);
    case ParameterProblem::Kind::OutOfDomain: {
        const ParameterSpec &p = spec(id).parameters[problem.index];
        return name + " parameter " + std::string(p.key) + " must be " + describeDomain(p) +
               ", got " + formatNumber(problem.value);
    }
    case ParameterProblem::Kind::MinNotBelowMax:
        return name +
               " parameter min must be less than max, got min=" + formatNumber(problem.value) +
               " and max=" + formatNumber(problem.other);
    case ParameterProblem::Kind::LowerAboveUpper:
        return name +
               " parameter lower must not exceed upper, got lower=" + formatNumber(problem.value) +
               " and upper=" + formatNumber(problem.other);
    }
    return name + ": invalid parameters";
}

std::optional<std::string> validateParameter(FunctionId id, std::size_t index, double value)
{
    if (auto problem = checkParameter(id, index, value)) return describe(id, *problem);
    return std::nullopt;
}

std::optional<std::string> validate(FunctionId id, const Parameters &params)
{
    if (auto problem = checkParameters(id, params)) return describe(id, *problem);
    return std::nullopt;
}

std::vector<Discontinuity> discontinuities(FunctionId id, const Parameters &params)
{
    const double a = params.values[0];
    const double b = params.values[1];
    switch (id) {
    case F::Linear:
    case F::Sigmoid:
    case F::Tanh:
    case F::Gelu:
    case F::GeluTanh:
    case F::Swish:
    case F::Silu:
    case F::Mish:
    case F::Logsigmoid:
    case F::Tanhshrink:
        return {};
    case F::Relu:
        return {{0.0, 1}};
    case F::LeakyRelu:
    case F::Prelu:
        if (a == 1.0) return {};
        return {{0.0, 1}};
    case F::Rrelu:
        if ((a + b) / 2 == 1.0) return {};
        return {{0.0, 1}};
    case F::Elu:
        if (a == 1.0) return {{0.0, 2}}; // f' continuous, f'' jumps from α to 0
        if (a == 0.0) return {{0.0, 1}};
        return {{0.0, 1}};
    case F::Selu:
        if (a == 1.0) return {{0.0, 2}};
        return {{0.0, 1}};
    case F::Celu:
        return {{0.0, 2}};
    case F::Softplus: {
        // Above βx = threshold PyTorch switches to x: a (tiny) jump in f, f' and f''.
        return {{b / a, 0}};
    }
    case F::Relu6:
        return {{0.0, 1}, {6.0, 1}};
    case F::Softsign:
        return {{0.0, 2}};
    case F::Hardtanh:
        return {{a, 1}, {b, 1}};
    case F::Hardsigmoid:
        return {{-3.0, 1}, {3.0, 1}};
    case F::Hardswish:
        return {{-3.0, 1}, {3.0, 1}};
    case F::Softshrink:
        if (a == 0.0) return {{0.0, 1}};
        return {{-a, 1}, {a, 1}};
    case F::Hardshrink:
        if (a == 0.0) return {{0.0, 1}};
        return {{-a, 0}, {a, 0}};
    case F::Threshold:
        return {{a, b == a ? 1 : 0}};
    }
    return {};
}

} // namespace act
