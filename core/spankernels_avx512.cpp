// The span kernels for AVX-512F: eight doubles per register, masks in k registers. Compiled
// with -mavx512f and called only where the CPU has it (evaluate.cpp decides).
#include "expminus.h"
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
        // Bitwise signBit ? sign : magnitude (truth table 0xAC), one instruction.
        const __m512i signBit = _mm512_set1_epi64(std::int64_t(0x8000000000000000ULL));
        return _mm512_castsi512_pd(_mm512_ternarylogic_epi64(
            signBit, _mm512_castpd_si512(magnitude), _mm512_castpd_si512(sign), 0xAC));
    }
    static V max(V a, V b) { return _mm512_max_pd(a, b); }
    static V min(V a, V b) { return _mm512_min_pd(a, b); }
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

    // A lane's interval, 0, 1 or 2 (how many of the masks hold); lookup takes row[interval]
    // from the row's four entries broadcast to both halves, in one permute.
    using I = __m512i;
    static I interval(M first, M second)
    {
        const __m512i one = _mm512_set1_epi64(1);
        return _mm512_add_epi64(_mm512_maskz_mov_epi64(first, one),
                                _mm512_maskz_mov_epi64(second, one));
    }
    static V lookup(const double *row, I index)
    {
        return _mm512_permutexvar_pd(index, _mm512_broadcast_f64x4(_mm256_load_pd(row)));
    }

    static V exp(V x) { return Sleef_expd8_u10avx512f(x); }
    static V log1p(V x) { return Sleef_log1pd8_u10avx512f(x); }
    static V log1pOfUnit(V x) { return log1p(x); } // x in [0, 1] or NaN (AVX2 has its own)

    // 2^m·e^{−a·z} for z ≥ 0 and a = 1 or 2 (z = +∞ gives 0, NaN stays NaN), inline, for the
    // many kernels whose exp argument is −|·| or −2|·|: within 2 ulp where the result is normal
    // (measured against libquadmath over [0, 750]), subnormal results rounded once.
    // −a·z = (k/16)·ln 2 + s with |s| ≤ ln2/32; e^{−a·z} = 2^⌊k/16⌋ · 2^{(k mod 16)/16} · e^s,
    // the middle factor from a 16-entry table held in two registers (vpermt2pd picks it by the
    // low bits of k, which the rounding constant leaves in t's significand), e^s − 1 = s·q(s)
    // with q of degree 5 (Chebyshev interpolation in quad precision, truncation 1.4e−17
    // relative), and vscalefpd applying 2^{⌊k/16⌋ + m} with one rounding, subnormal and zero
    // results included. The factor a is taken into the constants (s/a is computed, and q's
    // coefficients carry the powers of a), exact scalings that give the bits −a·z would.
    // About half SLEEF's cost (which handles every argument, and is a call).
    template <int m, int a> static V expOfMinus(V z)
    {
        static_assert(a == 1 || a == 2);
        constexpr double kA = a;
        z = _mm512_min_pd(set(1100.0 / kA), z); // e^−1100 is 0 too; keeps k finite for z = ∞
        const V shifter = set(0x1.8p48);        // ulp 1/16: t − shifter is −a·z/ln 2 to 1/16
        const V t = _mm512_fmadd_pd(z, set(-kA * expminus::kInvLn2), shifter); // 1/ln 2
        const V k16 = _mm512_sub_pd(t, shifter);                               // k/16
        V s = _mm512_fnmsub_pd(k16, set(expminus::kLn2High / kA), z);          // ln 2, high part
        s = _mm512_fnmadd_pd(k16, set(expminus::kLn2Low / kA), s);             // ln 2, low part
        const V low = _mm512_load_pd(expminus::kExp2Sixteenths);               // 2^{j/16}, j < 8
        const V high = _mm512_load_pd(expminus::kExp2Sixteenths + 8);
        const V table = _mm512_permutex2var_pd(low, _mm512_castpd_si512(t), high);
        constexpr double a2 = kA * kA, a3 = a2 * kA, a4 = a3 * kA, a5 = a4 * kA, a6 = a5 * kA;
        using expminus::kQ;
        V q = set(kQ[0] * a6);
        q = _mm512_fmadd_pd(q, s, set(kQ[1] * a5));
        q = _mm512_fmadd_pd(q, s, set(kQ[2] * a4));
        q = _mm512_fmadd_pd(q, s, set(kQ[3] * a3));
        q = _mm512_fmadd_pd(q, s, set(kQ[4] * a2));
        q = _mm512_fmadd_pd(q, s, set(kQ[5] * kA));
        const V r = _mm512_fmadd_pd(_mm512_mul_pd(table, s), q, table);
        if constexpr (m == 0) return _mm512_scalef_pd(r, k16);
        return _mm512_scalef_pd(r, _mm512_sub_pd(t, set(0x1.8p48 - m)));
    }
};

} // namespace

bool evaluateAvx512(FunctionId id, const Parameters &params, std::span<const double> x,
                    std::span<double> f, std::span<double> d1, std::span<double> d2)
{
    return Simd<Avx512>::evaluate(id, params, x, f, d1, d2);
}

void normalCdfAvx512(const double *x, double *cdf, std::size_t n)
{
    for (std::size_t i = 0; i + Avx512::kLanes <= n; i += Avx512::kLanes)
        Avx512::store(cdf + i, normal<Avx512>(Avx512::load(x + i)).cdf);
}

} // namespace act::spankernels
