// Vectorised span kernels: internal to core/, reached through act::evaluate().
#pragma once

#include "activations.h"

#include <cstddef>
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

// The kernels' inline Φ(x) (normalcdf.h) over x[0 … n), n a multiple of the width (4 for AVX2,
// 8 for AVX-512; the rest is left alone), for tests/test_normal_cdf.cpp.
void normalCdfAvx2(const double *x, double *cdf, std::size_t n);
void normalCdfAvx512(const double *x, double *cdf, std::size_t n);

} // namespace act::spankernels
