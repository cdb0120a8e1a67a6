// The span kernels for AVX-512F: eight doubles per register, masks in k registers. Compiled
// with -mavx512f and called only where the CPU has it (evaluate.cpp decides).
#include "spankernels.h"
#include "spankernels_simd.h"

#include <immintrin.h>
#include <sleef.h>

namespace act::spankernels {
namespace {

struct Avx512
{
    using V = __m512d;
    using M = __mmask8;
    static constexpr std::size_t kLanes = 8;

    static V set(double a) { return _mm512_set1_pd(a); }
    static V load(const double *p) { return _mm512_loadu_pd(p); }
    static void store(double *p, V v) { _mm512_storeu_pd(p, v); }
    static V abs(V x) { return _mm512_abs_pd(x); }
    static V copySign(V magnitude, V sign)
    {
        const __m512i signBit = _mm512_set1_epi64(std::int64_t(0x8000000000000000ULL));
        const __m512i m = _mm512_andnot_si512(signBit, _mm512_castpd_si512(magnitude));
        const __m512i s = _mm512_and_si512(signBit, _mm512_castpd_si512(sign));
        return _mm512_castsi512_pd(_mm512_or_si512(m, s));
    }
    static V max(V a, V b) { return _mm512_max_pd(a, b); }
    static V fma(V a, V b, V c) { return _mm512_fmadd_pd(a, b, c); }

    static M gt(V a, V b) { return _mm512_cmp_pd_mask(a, b, _CMP_GT_OQ); }
    static M ge(V a, V b) { return _mm512_cmp_pd_mask(a, b, _CMP_GE_OQ); }
    static M lt(V a, V b) { return _mm512_cmp_pd_mask(a, b, _CMP_LT_OQ); }
    static M le(V a, V b) { return _mm512_cmp_pd_mask(a, b, _CMP_LE_OQ); }
    static M notGe(V a, V b) { return _mm512_cmp_pd_mask(a, b, _CMP_NGE_UQ); }
    static M notLe(V a, V b) { return _mm512_cmp_pd_mask(a, b, _CMP_NLE_UQ); }
    static M none() { return 0; }
    static M orM(M a, M b) { return M(a | b); }
    static M andNotM(M a, M b) { return M(~a & b); } // !a && b
    static unsigned bits(M m) { return m; }
    static V pick(M m, V a, V b) { return _mm512_mask_blend_pd(m, b, a); } // m ? a : b

    static V exp(V x) { return Sleef_expd8_u10avx512f(x); }
    static V log1p(V x) { return Sleef_log1pd8_u10avx512f(x); }
    static V erfc(V x) { return Sleef_erfcd8_u15avx512f(x); }
};

} // namespace

bool evaluateAvx512(FunctionId id, const Parameters &params, std::span<const double> x,
                    std::span<double> f, std::span<double> d1, std::span<double> d2)
{
    return Simd<Avx512>::evaluate(id, params, x, f, d1, d2);
}

} // namespace act::spankernels
