// Samples f, f', f'' of one function on an x grid that straddles every discontinuity, so the
// one-sided limits are plotted and each curve can break (NaN) where it jumps instead of drawing
// a vertical line that is not there.
#pragma once

#include "activations.h"

#include <array>
#include <span>
#include <utility>
#include <vector>

namespace act {

class Activation;

// One one-sided value (or the value at the point itself) next to a jump.
struct JumpMarker
{
    double x;
    double y;
    bool filled; // the function takes this value at the jump; open: only a limit
};

struct SampledCurves
{
    std::vector<double> x;
    std::array<std::vector<double>, 3> y;           // f, f', f''; NaN where a curve breaks
    std::array<std::vector<JumpMarker>, 3> markers; // per derivative order
};

class CurveSampler
{
public:
    // `points` uniform samples over [xMin, xMax] plus three per discontinuity inside it: just
    // left of it, the point itself (the NaN break on curves that jump there) and just right.
    static SampledCurves sample(FunctionId id, const Parameters &params, double xMin, double xMax,
                                int points);
    // Fills `out` in place, reusing its storage: the redraw path allocates nothing once warm.
    static void sample(FunctionId id, const Parameters &params, double xMin, double xMax,
                       int points, SampledCurves &out);
    // Any activation, a typed formula too (its possible jumps are breaks only where the two
    // sides differ).
    static SampledCurves sample(const Activation &activation, double xMin, double xMax, int points);
    static void sample(const Activation &activation, double xMin, double xMax, int points,
                       SampledCurves &out);

    // sample() in steps, for a worker that shows part of a curve before the rest: the grid
    // (values NaN, no markers) and the discontinuities it straddles; the values of any index
    // range of it, by any activation (a fast one for a first look); then, once every value is
    // in, the breaks and jump markers. Together they give exactly what sample() gives.
    static std::vector<Discontinuity> layOut(const Activation &activation, double xMin, double xMax,
                                             int points, SampledCurves &out);
    static void evaluate(const Activation &activation, std::size_t begin, std::size_t end,
                         SampledCurves &out);
    static void markJumps(const Activation &activation, std::span<const Discontinuity> jumps,
                          SampledCurves &out);
    // A y range for a plot of the chosen orders of every curve over [xMin, xMax]: zero
    // included, a margin added, never empty.
    static std::pair<double, double> valueRange(std::span<const SampledCurves> curves, double xMin,
                                                double xMax, std::array<bool, 3> orders);
};

} // namespace act
