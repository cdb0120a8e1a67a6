// Vectorised span kernels: internal to core/, reached through act::evaluate().
#pragma once

#include "activations.h"

#include <span>

namespace act::spankernels {

// The kernels built with SLEEF for AVX2 with FMA (spankernels_avx2.cpp) and for AVX-512F
// (spankernels_avx512.cpp) from the templates of spankernels_simd.h. Each writes the requested
// outputs and returns true, or returns false without writing anything where there is no vector
// kernel for the function or its parameters (the caller then takes the portable loop). Call
// only where the CPU has the instruction set.
bool evaluateAvx2(FunctionId id, const Parameters &params, std::span<const double> x,
                  std::span<double> f, std::span<double> d1, std::span<double> d2);
bool evaluateAvx512(FunctionId id, const Parameters &params, std::span<const double> x,
                    std::span<double> f, std::span<double> d1, std::span<double> d2);

} // namespace act::spankernels
