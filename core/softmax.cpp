// Softmax and friends. The largest scaled logit is subtracted before exponentiating, so
// [1000, 1001, 1002] gives exactly what [0, 1, 2] gives, and nothing overflows: not even the
// difference of two logits of opposite sign near ±DBL_MAX (see scaledGap).
#include "softmax.h"

#include <cmath>

namespace act {
namespace {

SoftmaxError check(std::span<const double> logits, double temperature, std::size_t outSize)
{
    if (logits.empty()) return SoftmaxError::Empty;
    for (double z : logits)
        if (!std::isfinite(z)) return SoftmaxError::NonFinite;
    if (!std::isfinite(temperature) || !(temperature > 0)) return SoftmaxError::BadTemperature;
    if (outSize != logits.size()) return SoftmaxError::SizeMismatch;
    return SoftmaxError::None;
}

// sign·(z − m)/T, the exponent of one term, with m the extreme logit. z − m overflows for logits
// of opposite sign near ±DBL_MAX (−1.7e308 − 1.7e308) although the scaled difference may be small
// (−3.4 at T = 1e308); the halves z/2 and m/2 are exact at that size and their difference is
// finite, so it is divided by T first and doubled after. Otherwise the division by T comes last,
// as before: one rounding for the difference, one for the quotient.
double scaledGap(double z, double m, double temperature, double sign)
{
    const double difference = z - m;
    if (std::isfinite(difference)) return sign * difference / temperature;
    return 2.0 * (sign * (0.5 * z - 0.5 * m) / temperature);
}

// Writes e^{(z_i − m)/T} (sign = +1) or e^{(m − z_i)/T} (sign = −1, softmin) into out, where m is
// the extreme logit, and returns the sum of all terms except the largest (which is exactly 1):
// log-softmax then uses log1p of it.
double shiftedExponentials(std::span<const double> z, double temperature, double sign,
                           std::span<double> out, std::size_t &top)
{
    top = 0;
    for (std::size_t i = 1; i < z.size(); ++i)
        if (sign * z[i] > sign * z[top]) top = i;
    double rest = 0;
    for (std::size_t i = 0; i < z.size(); ++i) {
        out[i] = std::exp(scaledGap(z[i], z[top], temperature, sign));
        if (i != top) rest += out[i];
    }
    return rest;
}

SoftmaxError normalised(std::span<const double> z, double temperature, double sign,
                        std::span<double> p)
{
    if (auto e = check(z, temperature, p.size()); e != SoftmaxError::None) return e;
    std::size_t top = 0;
    const double rest = shiftedExponentials(z, temperature, sign, p, top);
    const double sum = 1.0 + rest;
    for (double &v : p)
        v /= sum;
    return SoftmaxError::None;
}

} // namespace

std::string_view describe(SoftmaxError error)
{
    switch (error) {
    case SoftmaxError::None:
        return "no error";
    case SoftmaxError::Empty:
        return "there are no logits";
    case SoftmaxError::NonFinite:
        return "a logit is not a finite number (NaN or infinity)";
    case SoftmaxError::BadTemperature:
        return "the temperature must be a finite number above 0";
    case SoftmaxError::SizeMismatch:
        return "the output has a different size than the logits";
    }
    return "unknown error";
}

SoftmaxError softmax(std::span<const double> logits, double temperature,
                     std::span<double> probabilities)
{
    return normalised(logits, temperature, +1.0, probabilities);
}

SoftmaxError softmin(std::span<const double> logits, double temperature,
                     std::span<double> probabilities)
{
    return normalised(logits, temperature, -1.0, probabilities);
}

SoftmaxError logSoftmax(std::span<const double> logits, double temperature,
                        std::span<double> logProbabilities)
{
    if (auto e = check(logits, temperature, logProbabilities.size()); e != SoftmaxError::None)
        return e;
    std::size_t top = 0;
    const double rest = shiftedExponentials(logits, temperature, 1.0, logProbabilities, top);
    const double logSum = std::log1p(rest);
    for (std::size_t i = 0; i < logits.size(); ++i)
        logProbabilities[i] = scaledGap(logits[i], logits[top], temperature, 1.0) - logSum;
    return SoftmaxError::None;
}

SoftmaxError softmaxJacobian(std::span<const double> p, std::span<double> jacobian)
{
    const std::size_t n = p.size();
    if (n == 0) return SoftmaxError::Empty;
    for (double v : p)
        if (!std::isfinite(v)) return SoftmaxError::NonFinite;
    if (jacobian.size() != n * n) return SoftmaxError::SizeMismatch;
    for (std::size_t i = 0; i < n; ++i) {
        // 1 − p_i as the sum of the other entries: no cancellation when p_i ≈ 1.
        double others = 0;
        for (std::size_t j = 0; j < n; ++j)
            if (j != i) others += p[j];
        for (std::size_t j = 0; j < n; ++j)
            jacobian[i * n + j] = (i == j) ? p[i] * others : -p[i] * p[j];
    }
    return SoftmaxError::None;
}

double entropy(std::span<const double> p)
{
    double h = 0;
    for (double v : p)
        if (v > 0) h -= v * std::log(v);
    return h;
}

std::size_t argmax(std::span<const double> values)
{
    std::size_t best = 0;
    for (std::size_t i = 1; i < values.size(); ++i)
        if (values[i] > values[best]) best = i;
    return best;
}

} // namespace act
