// The difference f − g of two activations and where its magnitude is largest over an x range:
// what "compare with…" reads out, so "the approximation is close" becomes a number. Plain C++20.
#pragma once

#include <optional>
#include <span>

namespace act {

class Activation;

struct DifferenceMaximum
{
    double x = 0.0;          // where |f − g| is largest
    double difference = 0.0; // f(x) − g(x) there, with its sign
};

// f − g at every x (NaN where either is undefined).
void difference(const Activation &f, const Activation &g, std::span<const double> x,
                std::span<double> out);

// The largest |f − g| over [lo, hi]: `samples` uniform samples, then each of the few best
// sampled peaks refined with Brent's method inside its two neighbouring intervals. None when
// the range is empty or the difference is undefined at every sample.
std::optional<DifferenceMaximum> maxAbsDifference(const Activation &f, const Activation &g,
                                                  double lo, double hi, int samples = 2001);

} // namespace act
