// The network simulation's matrix products, C = op(A)·B with A square: Eigen, built twice, for
// the baseline x86-64 instruction set and for AVX2 with FMA, chosen when the program starts by
// what the CPU offers (the build machine and the one running it may differ, so no -march).
// Plain C++20, no Qt. Column-major storage throughout, as Eigen's default.
#pragma once

namespace act {

enum class MatrixKernel { Baseline, Avx2Fma };

// The fastest kernel this CPU runs.
MatrixKernel bestMatrixKernel();
const char *kernelName(MatrixKernel kernel); // "baseline", "avx2+fma"

// C (n×m) = A (n×n)·B (n×m), or Aᵀ·B when `transposeA`. No aliasing between C and A or B.
// Baseline and AVX2 results agree to rounding, not bit for bit (FMA rounds once).
void multiply(MatrixKernel kernel, const double *a, bool transposeA, const double *b, double *c,
              long n, long m);

} // namespace act
