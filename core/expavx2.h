// The inline exponential of the AVX2+FMA span kernels (spankernels_avx2.cpp), in a header of
// its own so tests/test_exp_avx2.cpp can check it densely against libquadmath. Include only in
// translation units compiled with -mavx2 -mfma, and call only where the CPU has both.
#pragma once

#include "expminus.h"

#include <cstdint>
#include <immintrin.h>

namespace act::spankernels::avx2 {

// 2^m·e^{−a·z} for a = 1 or 2 and any z (z = +∞ gives 0, z = −∞ gives +∞, NaN stays NaN):
// within 2 ulp where the result is normal, results below DBL_MIN or beyond DBL_MAX rounded once
// (to subnormals, 0 or +∞). The method of the AVX-512 kernels' expOfMinus with AVX2's means:
// −a·z = (k/16)·ln 2 + s with |s| ≤ ln2/32, e^{−a·z} = 2^⌊k/16⌋ · 2^{(k mod 16)/16} · e^s, the
// middle factor gathered from expminus::kExp2Sixteenths by the low bits of k (which the rounding
// constant leaves in t's significand), e^s − 1 = s·q(s) with q of degree 5 (Chebyshev interpolation
// in quad precision, truncation 1.4e−17 relative). a is taken into the constants (s/a is computed
// and q's coefficients carry the powers of a), exact scalings. The power of two is added to the
// exponent bits; where the result might leave the normal range (|a·z| > 700) or z is NaN, a
// rarely taken branch multiplies by two powers of two instead, exact but for the last one, so
// a subnormal result is rounded once.
// Always inlined: as a call it keeps the kernels' registers from living across it.
// With nonNegative the caller promises z ≥ 0 or NaN (e^{−|x|} and the like): the range check
// needs no |z| then, one instruction of about thirty. The clamps for z = ±∞ and beyond are in
// the rare branch, as a blend after the fact: recomputing there from clamped arguments made GCC
// duplicate the common path, and CSE of tanh's and sech²'s shared e^{−2|x|} was lost.
template <int m, int a, bool nonNegative = false>
[[gnu::always_inline]] inline __m256d expOfMinus(__m256d z)
{
    static_assert(a == 1 || a == 2);
    static_assert(m >= -4 && m <= 4);
    constexpr double kA = a;
    const __m256d shifter = _mm256_set1_pd(0x1.8p48); // ulp 1/16: t − shifter is −a·z/ln 2 to 1/16
    const __m256d t = _mm256_fmadd_pd(z, _mm256_set1_pd(-kA * expminus::kInvLn2), shifter);
    const __m256d k16 = _mm256_sub_pd(t, shifter);                                 // k/16
    __m256d s = _mm256_fnmsub_pd(k16, _mm256_set1_pd(expminus::kLn2High / kA), z); // ln 2, high
    s = _mm256_fnmadd_pd(k16, _mm256_set1_pd(expminus::kLn2Low / kA), s);          // ln 2, low
    const __m256i tBits = _mm256_castpd_si256(t);
    const __m256i j = _mm256_and_si256(tBits, _mm256_set1_epi64x(15));
    const __m256d table = _mm256_i64gather_pd(expminus::kExp2Sixteenths, j, 8);
    constexpr double a2 = kA * kA, a3 = a2 * kA, a4 = a3 * kA, a5 = a4 * kA, a6 = a5 * kA;
    using expminus::kQ;
    __m256d q = _mm256_set1_pd(kQ[0] * a6);
    q = _mm256_fmadd_pd(q, s, _mm256_set1_pd(kQ[1] * a5));
    q = _mm256_fmadd_pd(q, s, _mm256_set1_pd(kQ[2] * a4));
    q = _mm256_fmadd_pd(q, s, _mm256_set1_pd(kQ[3] * a3));
    q = _mm256_fmadd_pd(q, s, _mm256_set1_pd(kQ[4] * a2));
    q = _mm256_fmadd_pd(q, s, _mm256_set1_pd(kQ[5] * kA));
    const __m256d r = _mm256_fmadd_pd(_mm256_mul_pd(table, s), q, table); // in [0.97, 2]
    const __m256d absZ = nonNegative ? z : _mm256_andnot_pd(_mm256_set1_pd(-0.0), z);
    const __m256d outside = _mm256_cmp_pd(absZ, _mm256_set1_pd(700.0 / kA), _CMP_NLE_UQ);
    if (_mm256_movemask_pd(outside) == 0) [[likely]] {
        // ⌊k/16⌋·2^52: t's bits are the shifter's plus k, whose low 16 bits the shift brings to
        // the top (the shifter's are zero there); the mask drops k mod 16. m is added last, so
        // tanh's e^{−2|x|} and sech²'s e^{−2|x|}/4 share everything before.
        const __m256i power = _mm256_and_si256(
            _mm256_slli_epi64(tBits, 48), _mm256_set1_epi64x(std::int64_t(0xfff0000000000000)));
        const __m256i bits = _mm256_add_epi64(_mm256_castpd_si256(r), power);
        return _mm256_castsi256_pd(
            _mm256_add_epi64(bits, _mm256_set1_epi64x(std::int64_t(std::uint64_t(m) << 52))));
    }
    // n = ⌊k/16⌋ + m in [−1592, 1042] as n1 + n2 with both in [−796, 521], normal powers of two:
    // r·2^n1 is exact, ·2^n2 the one rounding.
    const __m256d n = _mm256_add_pd(_mm256_floor_pd(k16), _mm256_set1_pd(double(m)));
    const __m256d n1 = _mm256_floor_pd(_mm256_mul_pd(n, _mm256_set1_pd(0.5)));
    const __m256d n2 = _mm256_sub_pd(n, n1);
    const __m256i one = _mm256_set1_epi64x(1023);
    const __m256i e1 = _mm256_add_epi64(_mm256_cvtepi32_epi64(_mm256_cvtpd_epi32(n1)), one);
    const __m256i e2 = _mm256_add_epi64(_mm256_cvtepi32_epi64(_mm256_cvtpd_epi32(n2)), one);
    const __m256d scaled =
        _mm256_mul_pd(_mm256_mul_pd(r, _mm256_castsi256_pd(_mm256_slli_epi64(e1, 52))),
                      _mm256_castsi256_pd(_mm256_slli_epi64(e2, 52)));
    // Beyond a·z = 1100 the result is 0, below a·z = −720 +∞ (2^m·e^720 overflows for every m);
    // there k and s are meaningless (∞ − ∞ for z = ±∞), so the ends are set here. NaN z compares
    // false and stays NaN.
    const __m256d low = _mm256_blendv_pd(scaled, _mm256_setzero_pd(),
                                         _mm256_cmp_pd(z, _mm256_set1_pd(1100.0 / kA), _CMP_GT_OQ));
    if constexpr (nonNegative) return low;
    return _mm256_blendv_pd(low, _mm256_set1_pd(__builtin_inf()),
                            _mm256_cmp_pd(z, _mm256_set1_pd(-720.0 / kA), _CMP_LT_OQ));
}

} // namespace act::spankernels::avx2
