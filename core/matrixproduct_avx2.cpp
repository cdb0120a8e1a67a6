// The AVX2+FMA build of the matrix product. Eigen's namespace is renamed for this file alone:
// its templates, instantiated here with AVX2 code, then cannot be merged by the linker with the
// baseline instantiations of the same names, which would run AVX2 code on any CPU.
#define Eigen activation_eigen_avx2
#include <Eigen/Core>

namespace act {

void multiplyAvx2Fma(const double *a, bool transposeA, const double *b, double *c, long n, long m)
{
    using Matrix = Eigen::Matrix<double, Eigen::Dynamic, Eigen::Dynamic>;
    const Eigen::Map<const Matrix> A(a, n, n), B(b, n, m);
    Eigen::Map<Matrix> C(c, n, m);
    if (transposeA)
        C.noalias() = A.transpose() * B;
    else
        C.noalias() = A * B;
}

} // namespace act
