// The span kernels for AVX2 with FMA: four doubles per register. Compiled with -mavx2 -mfma
// and called only where the CPU has both (evaluate.cpp decides).
#include "expavx2.h"
#include "log1pavx2.h"
#include "spankernels.h"
#include "spankernels_simd.h"

#include <immintrin.h>
#include <sleef.h>

namespace act::spankernels {
namespace {

struct Avx2
{
    using V = __m256d;
    using M = __m256d; // all-ones lanes where true
    static constexpr std::size_t kLanes = 4;

    static V set(double a) { return _mm256_set1_pd(a); }
    static V load(const double *p) { return _mm256_loadu_pd(p); }
    static void store(double *p, V v) { _mm256_storeu_pd(p, v); }
    static void prefetch(const double *p)
    {
        _mm_prefetch(reinterpret_cast<const char *>(p), _MM_HINT_T0);
    }
    static V abs(V x) { return _mm256_andnot_pd(_mm256_set1_pd(-0.0), x); }
    static V copySign(V magnitude, V sign)
    {
        const V signBit = _mm256_set1_pd(-0.0);
        return _mm256_or_pd(_mm256_andnot_pd(signBit, magnitude), _mm256_and_pd(signBit, sign));
    }
    static V max(V a, V b) { return _mm256_max_pd(a, b); }
    static V min(V a, V b) { return _mm256_min_pd(a, b); }
    static V fma(V a, V b, V c) { return _mm256_fmadd_pd(a, b, c); }

    // Ordered comparisons are false where either side is NaN, as C++'s; notGe and notLe are
    // true there ("not safely inside": the lanes handed to the point kernel).
    static M gt(V a, V b) { return _mm256_cmp_pd(a, b, _CMP_GT_OQ); }
    static M ge(V a, V b) { return _mm256_cmp_pd(a, b, _CMP_GE_OQ); }
    static M lt(V a, V b) { return _mm256_cmp_pd(a, b, _CMP_LT_OQ); }
    static M le(V a, V b) { return _mm256_cmp_pd(a, b, _CMP_LE_OQ); }
    static M notGe(V a, V b) { return _mm256_cmp_pd(a, b, _CMP_NGE_UQ); }
    static M notLe(V a, V b) { return _mm256_cmp_pd(a, b, _CMP_NLE_UQ); }
    static M none() { return _mm256_setzero_pd(); }
    static M orM(M a, M b) { return _mm256_or_pd(a, b); }
    static M andNotM(M a, M b) { return _mm256_andnot_pd(a, b); } // !a && b
    static unsigned bits(M m) { return unsigned(_mm256_movemask_pd(m)); }
    static V pick(M m, V a, V b) { return _mm256_blendv_pd(b, a, m); } // m ? a : b

    // A lane's interval, 0, 1 or 2 (how many of the masks hold), as the 32-bit indices of its
    // double's two halves for vpermps; lookup takes row[interval] in one permute.
    using I = __m256i;
    static I interval(M first, M second)
    {
        const __m256i k =
            _mm256_sub_epi64(_mm256_sub_epi64(_mm256_setzero_si256(), _mm256_castpd_si256(first)),
                             _mm256_castpd_si256(second));
        const __m256i k2 = _mm256_add_epi64(k, k);
        return _mm256_or_si256(k2,
                               _mm256_slli_epi64(_mm256_add_epi64(k2, _mm256_set1_epi64x(1)), 32));
    }
    static V lookup(const double *row, I index)
    {
        return _mm256_castps_pd(
            _mm256_permutevar8x32_ps(_mm256_load_ps(reinterpret_cast<const float *>(row)), index));
    }

    // The inline exp of expavx2.h (within 2 ulp, no call), e^x = e^{−(−x)}; always inlined, as
    // a call would keep the kernels' registers from living across it.
    [[gnu::always_inline]] static V exp(V x) { return avx2::expOfMinus<0, 1>(-x); }
    static V log1p(V x) { return Sleef_log1pd4_u10avx2(x); }
    // log1p for x in [0, 1] or NaN only (log1p(e^{−|x|})): the inline one of log1pavx2.h,
    // within 1 ulp as SLEEF's; SLEEF's call was most of softplus f's time on AVX2.
    [[gnu::always_inline]] static V log1pOfUnit(V x) { return avx2::log1pOfUnit(x); }
    template <int m, int a> [[gnu::always_inline]] static V expOfMinus(V z)
    {
        return avx2::expOfMinus<m, a, true>(z); // z ≥ 0 (or NaN) wherever the kernels call it
    }
};

} // namespace

bool evaluateAvx2(FunctionId id, const Parameters &params, std::span<const double> x,
                  std::span<double> f, std::span<double> d1, std::span<double> d2)
{
    return Simd<Avx2>::evaluate(id, params, x, f, d1, d2);
}

void normalCdfAvx2(const double *x, double *cdf, std::size_t n)
{
    for (std::size_t i = 0; i + Avx2::kLanes <= n; i += Avx2::kLanes)
        Avx2::store(cdf + i, normal<Avx2>(Avx2::load(x + i)).cdf);
}

} // namespace act::spankernels
