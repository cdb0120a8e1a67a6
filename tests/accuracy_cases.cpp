// See accuracy_cases.h.
#include "accuracy_cases.h"

#include "reference.h"

#include <QTest>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <limits>
#include <random>

namespace accuracy {

using act::FunctionId;

namespace {

// Names as written in the project brief (not taken from the catalogue under test).
const char *const kNames[act::kFunctionCount] = {
    "linear",     "sigmoid",     "tanh",      "relu",       "leaky_relu", "prelu",
    "rrelu",      "elu",         "selu",      "celu",       "gelu",       "gelu_tanh",
    "swish",      "silu",        "softplus",  "relu6",      "mish",       "softsign",
    "hardtanh",   "hardsigmoid", "hardswish", "logsigmoid", "tanhshrink", "softshrink",
    "hardshrink", "threshold"};

} // namespace

const char *name(FunctionId id)
{
    return kNames[static_cast<std::size_t>(id)];
}

act::Parameters params(double a, double b)
{
    return act::Parameters{{a, b}};
}

// The documented defaults (parameter order as documented).
act::Parameters documentedDefaults(FunctionId id)
{
    switch (id) {
    case FunctionId::Linear:
        return params(1);
    case FunctionId::LeakyRelu:
        return params(0.01);
    case FunctionId::Prelu:
        return params(0.25);
    case FunctionId::Rrelu:
        return params(1.0 / 8, 1.0 / 3);
    case FunctionId::Elu:
    case FunctionId::Celu:
        return params(1);
    case FunctionId::Selu:
        return params(1.6732632423543772848170429916717, 1.0507009873554804934193349852946);
    case FunctionId::Swish:
        return params(1);
    case FunctionId::Softplus:
        return params(1, 20);
    case FunctionId::Hardtanh:
        return params(-1, 1);
    case FunctionId::Softshrink:
    case FunctionId::Hardshrink:
        return params(0.5);
    case FunctionId::Threshold:
        return params(0, 0);
    default:
        return params();
    }
}

std::size_t parameterCount(FunctionId id)
{
    switch (id) {
    case FunctionId::Rrelu:
    case FunctionId::Selu:
    case FunctionId::Softplus:
    case FunctionId::Hardtanh:
    case FunctionId::Threshold:
        return 2;
    case FunctionId::Linear:
    case FunctionId::LeakyRelu:
    case FunctionId::Prelu:
    case FunctionId::Elu:
    case FunctionId::Celu:
    case FunctionId::Swish:
    case FunctionId::Softshrink:
    case FunctionId::Hardshrink:
        return 1;
    default:
        return 0;
    }
}

QString describe(FunctionId id, const act::Parameters &p)
{
    QString s = QString::fromLatin1(name(id));
    const std::size_t n = parameterCount(id);
    for (std::size_t i = 0; i < n; ++i)
        s += (i == 0 ? QStringLiteral(" (") : QStringLiteral(", ")) +
             QString::number(p.values[i], 'g', 17);
    if (n > 0) s += QLatin1Char(')');
    return s;
}

// The parameter settings every data-driven test runs over: the defaults, the values named in
// the brief, and every combination of slider extremes that validate() accepts (some tests add
// extremeSettings()).
std::vector<Setting> settings()
{
    std::vector<Setting> out;
    auto add = [&](FunctionId id, act::Parameters p, const QString &what) {
        for (const Setting &s : out)
            if (s.id == id && s.params == p) return;
        out.push_back({id, p, what + QStringLiteral(": ") + describe(id, p)});
    };
    for (std::size_t i = 0; i < act::kFunctionCount; ++i) {
        const auto id = static_cast<FunctionId>(i);
        add(id, documentedDefaults(id), QStringLiteral("default"));
    }
    const QString chosen = QStringLiteral("chosen");
    add(FunctionId::Linear, params(2.5), chosen);
    add(FunctionId::Linear, params(-0.75), chosen);
    add(FunctionId::LeakyRelu, params(0.2), chosen);
    add(FunctionId::LeakyRelu, params(0), chosen);
    add(FunctionId::LeakyRelu, params(1), chosen);
    add(FunctionId::Prelu, params(0.1), chosen);
    add(FunctionId::Rrelu, params(0.1, 0.3), chosen);
    add(FunctionId::Elu, params(0.5), chosen);
    add(FunctionId::Elu, params(2), chosen);
    add(FunctionId::Celu, params(0.25), chosen);
    add(FunctionId::Celu, params(3), chosen);
    add(FunctionId::Swish, params(0.5), chosen);
    add(FunctionId::Swish, params(2), chosen);
    add(FunctionId::Swish, params(10), chosen);
    add(FunctionId::Softplus, params(2, 20), chosen);
    add(FunctionId::Softplus, params(0.5, 10), chosen);
    add(FunctionId::Softplus, params(1, 50), chosen);
    add(FunctionId::Hardtanh, params(-2, 3), chosen);
    add(FunctionId::Softshrink, params(0), chosen);
    add(FunctionId::Softshrink, params(1.5), chosen);
    add(FunctionId::Hardshrink, params(0), chosen);
    add(FunctionId::Hardshrink, params(1.5), chosen);
    add(FunctionId::Threshold, params(1, -2), chosen);

    for (const act::FunctionSpec &spec : act::functions()) {
        const std::size_t n = spec.parameters.size();
        if (n == 0) continue;
        for (unsigned mask = 0; mask < (1u << n); ++mask) {
            act::Parameters p = documentedDefaults(spec.id);
            for (std::size_t i = 0; i < n; ++i)
                p.values[i] =
                    (mask >> i) & 1u ? spec.parameters[i].sliderMax : spec.parameters[i].sliderMin;
            if (!act::validate(spec.id, p)) add(spec.id, p, QStringLiteral("slider extremes"));
        }
    }
    return out;
}

// Parameters far outside the sliders, for the tests where they mean something (the difference
// quotients cannot follow a function that is nearly a step): swish with β = ±1e300 passes
// βx = ±800 at tiny x, where a tail is e^{-|βx|} times the huge β and still a normal number.
// Huge and tiny parameters whose products (λα for SELU, l + u for RReLU) overflow or underflow
// while f, f', f'' stay finite, and tails e^x far below DBL_MIN lifted back into the normal
// range by a huge factor (elu α = 1e308: f'(−740) = 4.2e−14), for every kernel with parameters.
std::vector<Setting> extremeSettings()
{
    const QString extreme = QStringLiteral("extreme");
    std::vector<Setting> out = {{FunctionId::Swish, params(1e300), extreme + ": swish (1e300)"},
                                {FunctionId::Swish, params(-1e300), extreme + ": swish (-1e300)"}};
    auto add = [&](FunctionId id, act::Parameters p) {
        out.push_back({id, p, QStringLiteral("huge/tiny: ") + describe(id, p)});
    };
    const double big = DBL_MAX;
    add(FunctionId::Linear, params(big));
    add(FunctionId::Linear, params(1e-300));
    add(FunctionId::LeakyRelu, params(1e308));
    add(FunctionId::LeakyRelu, params(-big));
    add(FunctionId::Prelu, params(1e-300));
    add(FunctionId::Rrelu, params(1e308, 1e308));
    add(FunctionId::Rrelu, params(big, big));
    add(FunctionId::Rrelu, params(-big, -big));
    add(FunctionId::Rrelu, params(1e308, big));
    add(FunctionId::Rrelu, params(-big, big));
    add(FunctionId::Rrelu, params(1e-300, 1e-300));
    add(FunctionId::Elu, params(1e308));
    add(FunctionId::Elu, params(-big));
    add(FunctionId::Elu, params(1e-300));
    add(FunctionId::Selu, params(1e308, 10));
    add(FunctionId::Selu, params(10, 1e308));
    add(FunctionId::Selu, params(-1e308, 10));
    add(FunctionId::Selu, params(1e200, -1e200));
    add(FunctionId::Selu, params(big, big));
    add(FunctionId::Selu, params(1e-300, 1e300));
    add(FunctionId::Selu, params(1e300, 1e-300));
    add(FunctionId::Selu, params(1e-200, 1e-200));
    add(FunctionId::Celu, params(1e308));
    add(FunctionId::Celu, params(big));
    add(FunctionId::Celu, params(1e-300));
    add(FunctionId::Celu, params(1e-310));
    add(FunctionId::Swish, params(big));
    add(FunctionId::Swish, params(1e-300));
    add(FunctionId::Softplus, params(1e300, 20));
    add(FunctionId::Softplus, params(big, 20));
    add(FunctionId::Softplus, params(1e300, 1e308));
    add(FunctionId::Softplus, params(1e-300, 20));
    add(FunctionId::Softplus, params(1e-300, -1e308));
    add(FunctionId::Hardtanh, params(-big, big));
    add(FunctionId::Softshrink, params(big));
    add(FunctionId::Softshrink, params(1e-300));
    add(FunctionId::Hardshrink, params(big));
    add(FunctionId::Threshold, params(-big, big));
    add(FunctionId::Threshold, params(big, -big));
    for (const Setting &s : out)
        if (auto error = act::validate(s.id, s.params)) qFatal("test bug: %s", error->c_str());
    return out;
}

void addSettingRows(bool withExtremes)
{
    QTest::addColumn<act::FunctionId>("id");
    QTest::addColumn<act::Parameters>("params");
    std::vector<Setting> all = settings();
    if (withExtremes)
        for (const Setting &s : extremeSettings())
            all.push_back(s);
    for (const Setting &s : all)
        QTest::newRow(qPrintable(s.label)) << s.id << s.params;
}

void appendSigned(std::vector<double> &xs, double v)
{
    xs.push_back(v);
    xs.push_back(-v);
}

// Several thousand points in [-1000, 1000]: linear, logarithmic in both signs, random, the
// named special points, and the kinks with their neighbours.
std::vector<double> accuracyGrid(FunctionId id, const act::Parameters &p)
{
    static const std::vector<double> base = [] {
        std::vector<double> xs;
        for (int i = -1000; i <= 1000; ++i)
            xs.push_back(i); // integers, including +-700, +-709, +-710, +-745
        for (int i = -1000; i <= 1000; ++i)
            xs.push_back(i * 0.02 + 0.00731); // dense near the origin
        for (int k = -3000; k <= 30; ++k)     // 10^-300 ... 10^3
            appendSigned(xs, std::pow(10.0, k / 10.0));
        std::mt19937_64 rng(20261123);
        std::uniform_real_distribution<double> wide(-1000, 1000);
        std::uniform_real_distribution<double> narrow(-10, 10);
        for (int i = 0; i < 2000; ++i)
            xs.push_back(wide(rng));
        for (int i = 0; i < 1000; ++i)
            xs.push_back(narrow(rng));
        for (double v : {1e-300,
                         1e-200,
                         1e-100,
                         1e-20,
                         1e-8,
                         1e-3,
                         0.1,
                         0.5,
                         1.0,
                         3.0,
                         5.0,
                         20.0,
                         50.0,
                         100.0,
                         700.0,
                         709.0,
                         709.78,
                         710.0,
                         745.0,
                         745.2,
                         1000.0,
                         0.7517915241,
                         1.4142135623730951,
                         1.1915,
                         30.0,
                         37.5,
                         38.5,
                         40.0})
            appendSigned(xs, v);
        appendSigned(xs, 0.0);
        appendSigned(xs, DBL_MIN);
        appendSigned(xs, std::numeric_limits<double>::denorm_min());
        appendSigned(xs, 1e-310);
        return xs;
    }();
    std::vector<double> xs = base;
    for (double c : ref::kinks(id, p)) {
        double up = c, down = c;
        xs.push_back(c);
        for (int i = 0; i < 4; ++i) {
            up = std::nextafter(up, HUGE_VAL);
            down = std::nextafter(down, -HUGE_VAL);
            xs.push_back(up);
            xs.push_back(down);
        }
        for (double d : {1e-12, 1e-8, 1e-4, 1e-2})
            for (double s : {-1.0, 1.0})
                xs.push_back(c + s * d * std::max(1.0, std::fabs(c)));
    }
    std::erase_if(xs, [](double x) { return !(std::fabs(x) <= 1000); });
    return xs;
}

} // namespace accuracy
