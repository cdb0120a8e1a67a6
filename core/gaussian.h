// Gaussian expectations of an activation: E[φ(z)], E[φ(z)²] and E[φ'(z)²] for z ~ N(0, q), the
// three numbers mean-field theory needs per layer. Plain C++20, no Qt.
//
// With z = √q·t over the standard normal, the real line is cut at every point where φ, φ' or
// φ'' jumps (so each piece is smooth) and each piece, the two infinite tails included, is
// integrated by globally adaptive Gauss–Kronrod (21 points, Boost.Math's nodes and weights); the
// three moments share every evaluation of φ. See core/README.md, "Mean-field theory".
#pragma once

#include "activation.h"

#include <functional>
#include <span>

namespace act {

struct GaussianMoments
{
    double mean = 0;             // E[φ(z)]
    double secondMoment = 0;     // E[φ(z)²]
    double derivativeSquare = 0; // E[φ'(z)²]
    // The quadrature's own (pessimistic) error estimate, relative to each moment's scale (the
    // mean's scale is √E[φ²]); the largest of the three.
    double relativeError = 0;
    bool converged = true; // false: the interval budget ran out before the tolerance was met
};

// φ and φ' at every x (f.size() == d1.size() == x.size()).
using BatchFunction =
    std::function<void(std::span<const double> x, std::span<double> f, std::span<double> d1)>;

// Requested relative accuracy of every moment (the achieved one is usually far better).
inline constexpr double kGaussianTolerance = 1e-11;

// E over z ~ N(0, q), q finite and >= 0, of any φ whose jumps (of φ, φ' or φ'') are at
// `breakpoints` (any order; points outside the Gaussian's reach are ignored). q = 0 gives the
// values at 0.
GaussianMoments gaussianMoments(const BatchFunction &phi, std::span<const double> breakpoints,
                                double q);

// Any activation, split at its discontinuities() within the Gaussian's reach (±40·√q). The
// catalogue's RReLU is taken in evaluation mode here (slope (l+u)/2); meanfield.h averages over
// its training-mode slopes.
GaussianMoments gaussianMoments(const Activation &phi, double q);

// A catalogue function with valid parameters, as above.
GaussianMoments gaussianMoments(FunctionId id, const Parameters &params, double q);

} // namespace act
