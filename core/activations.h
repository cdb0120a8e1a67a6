// The catalogue of activation functions and their exact derivatives: the numbers every
// front end (GUI, command line, tests) shows. Plain C++20, no Qt.
//
// Conventions (kinks, thresholds, parameter domains) are decided in one place each:
// see core/README.md.
#pragma once

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace act {

enum class FunctionId {
    Linear,
    Sigmoid,
    Tanh,
    Relu,
    LeakyRelu,
    Prelu,
    Rrelu,
    Elu,
    Selu,
    Celu,
    Gelu,
    GeluTanh,
    Swish,
    Silu,
    Softplus,
    Relu6,
    Mish,
    Softsign,
    Hardtanh,
    Hardsigmoid,
    Hardswish,
    Logsigmoid,
    Tanhshrink,
    Softshrink,
    Hardshrink,
    Threshold,
};
inline constexpr std::size_t kFunctionCount = 26;
inline constexpr std::size_t kMaxParameters = 2;

enum class Family { Classic, Rectifier, Exponential, Smooth, Hard };
std::string_view familyName(Family family); // "classic", "rectifier", ...

struct ParameterSpec
{
    std::string_view key;         // as typed on the command line: "alpha"
    std::string_view symbol;      // as shown in the GUI (UTF-8): "α"
    std::string_view description; // one sentence for a tooltip
    double defaultValue;
    double sliderMin; // the range a slider offers; typing may go beyond it within the domain
    double sliderMax;
    double domainMin; // valid values; +-infinity when unbounded
    double domainMax;
    bool domainMinOpen; // true: the value must be strictly greater than domainMin
    bool domainMaxOpen;
};

struct FunctionSpec
{
    FunctionId id;
    std::string_view name;        // canonical, as on the command line: "leaky_relu"
    std::string_view displayName; // "Leaky ReLU"
    Family family;
    std::string_view formula;           // f(x) as display text (UTF-8)
    std::string_view derivativeFormula; // f'(x) as display text (UTF-8)
    std::string_view summary;           // what to look for in its shape, one or two sentences
    std::span<const ParameterSpec> parameters;
    double viewMin; // a sensible initial x range for a plot
    double viewMax;
};

// Parameter values in the order of FunctionSpec::parameters; unused slots are ignored.
struct Parameters
{
    std::array<double, kMaxParameters> values{};
    friend bool operator==(const Parameters &, const Parameters &) = default;
};

std::span<const FunctionSpec> functions(); // all of them, in FunctionId order
const FunctionSpec &spec(FunctionId id);
Parameters defaults(FunctionId id);
std::optional<FunctionId> findFunction(std::string_view name);
std::optional<std::size_t> findParameter(FunctionId id, std::string_view key);

// The catalogue name closest to a misspelt one (edit distance), for "did you mean".
std::string_view nearestFunctionName(std::string_view name);

// Why a parameter value is refused, as a code with its arguments, so that a window can say it
// in its own language; validateParameter()/validate() give the same in English.
struct ParameterProblem
{
    enum class Kind {
        NoSuchParameter, // index is beyond the function's parameters
        OutOfDomain,     // parameters[index] must lie in its domain, got value
        MinNotBelowMax,  // hardtanh: min (value) must be less than max (other)
        LowerAboveUpper, // rrelu: lower (value) must not exceed upper (other)
    };
    Kind kind;
    std::size_t index = 0;
    double value = 0;
    double other = 0;
};
std::optional<ParameterProblem> checkParameter(FunctionId id, std::size_t index, double value);
std::optional<ParameterProblem> checkParameters(FunctionId id, const Parameters &params);
std::string describe(FunctionId id, const ParameterProblem &problem);
// A parameter's domain in words: "a finite number", "> 0", ">= -1 and <= 1".
std::string describeDomain(const ParameterSpec &parameter);

// Empty when one value is valid for parameter `index`; otherwise a message that names the
// parameter and its domain.
std::optional<std::string> validateParameter(FunctionId id, std::size_t index, double value);
// As above for a whole set, including constraints between parameters (hardtanh min < max,
// rrelu lower <= upper).
std::optional<std::string> validate(FunctionId id, const Parameters &params);

// A point where f or one of its first two derivatives jumps. `order` is the lowest derivative
// order that is discontinuous there (0: f itself, 1: f', 2: f''); every curve of that order or
// higher must be drawn with a gap at x.
struct Discontinuity
{
    double x;
    int order;
    friend bool operator==(const Discontinuity &, const Discontinuity &) = default;
};
// Ascending in x. Depends on the parameters (hardtanh's min and max, a shrink's lambda, ...).
std::vector<Discontinuity> discontinuities(FunctionId id, const Parameters &params);

struct Derivatives
{
    double f;
    double d1;
    double d2;
};

// f, f', f'' at one point. The parameters must be valid (see validate()); at a kink the
// one-sided value follows PyTorch's autograd (core/README.md). The same bits as the span
// overload gives for x.
Derivatives evaluate(FunctionId id, const Parameters &params, double x);

// Whole spans at once, without allocating. Any output span may be empty to skip it; a
// non-empty one must have x.size() elements.
void evaluate(FunctionId id, const Parameters &params, std::span<const double> x,
              std::span<double> f, std::span<double> d1, std::span<double> d2);

// The portable path: the plain point-by-point loop over the scalar kernels. evaluate() takes
// it on CPUs without AVX2 and FMA; elsewhere it uses the vectorised kernels (SLEEF), whose
// values may differ from these in the last bits, both within the accuracy the tests require.
// Kept as bench/span_benchmark's baseline and for the tests of the portable path.

void evaluatePointwise(FunctionId id, const Parameters &params, std::span<const double> x,
                       std::span<double> f, std::span<double> d1, std::span<double> d2);

// What evaluate() runs on this CPU: "avx2+fma (SLEEF)" or "portable".
const char *spanKernelName();

// RReLU in training mode: each negative input gets its own slope drawn from U(lower, upper),
// reproducibly for a given seed. Positive inputs pass through.
void sampleRreluTraining(const Parameters &params, std::span<const double> x, std::span<double> y,
                         std::uint64_t seed);

} // namespace act
