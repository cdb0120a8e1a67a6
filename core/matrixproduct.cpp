// The baseline kernel and the choice between the two (matrixproduct_avx2.cpp is the other).
#include "matrixproduct.h"

#include <Eigen/Core>

namespace act {

// In matrixproduct_avx2.cpp, compiled with -mavx2 -mfma; never called on a CPU without them.
void multiplyAvx2Fma(const double *a, bool transposeA, const double *b, double *c, long n, long m);

MatrixKernel bestMatrixKernel()
{
#if defined(ACTIVATION_HAVE_AVX2_KERNEL) && (defined(__x86_64__) || defined(__i386__))
    // libgcc checks the OS saves the AVX registers (XGETBV) before reporting avx2.
    static const bool avx2 = __builtin_cpu_supports("avx2") && __builtin_cpu_supports("fma");
    if (avx2) return MatrixKernel::Avx2Fma;
#endif
    return MatrixKernel::Baseline;
}

const char *kernelName(MatrixKernel kernel)
{
    return kernel == MatrixKernel::Avx2Fma ? "avx2+fma" : "baseline";
}

void multiply(MatrixKernel kernel, const double *a, bool transposeA, const double *b, double *c,
              long n, long m)
{
#ifdef ACTIVATION_HAVE_AVX2_KERNEL
    if (kernel == MatrixKernel::Avx2Fma) return multiplyAvx2Fma(a, transposeA, b, c, n, m);
#endif
    (void)kernel;
    using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
    const Eigen::Map<const Matrix> A(a, n, n), B(b, n, m);
    Eigen::Map<Matrix> C(c, n, m);
    if (transposeA)
        C.noalias() = A.transpose() * B;
    else
        C.noalias() = A * B;
}

} // namespace act
