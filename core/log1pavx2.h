// The inline log1p of the AVX2+FMA span kernels (spankernels_avx2.cpp) for the arguments
// softplus and logsigmoid pass it, log1p(e) with e = e^{−|x|} in [0, 1]; in a header of its own
// so tests/test_log1p_avx2.cpp can check it densely against libquadmath. Include only in
// translation units compiled with -mavx2 -mfma, and call only where the CPU has both.
#pragma once

#include "expminus.h"

#include <immintrin.h>

namespace act::spankernels::avx2 {

namespace detail {

// log1p(f) = 2·atanh(s), s = f/(2 + f), = 2s + s·z·p(z) with z = s², for |s| ≤ 1/5 (z ≤ 1/25):
// p of degree 7 by Chebyshev interpolation in 60-digit arithmetic (mpmath); with these doubles
// z·p(z) is within 1.5e−18 of the exact (log((1+s)/(1−s)) − 2s)/s. kLog1pP[i] is the
// coefficient of z^{7−i}.
inline constexpr double kLog1pP[8] = {
    0x1.169c38cc826bep-3, 0x1.0e8c55b42945fp-3, 0x1.3b29d0452d426p-3, 0x1.745cac43cc003p-3,
    0x1.c71c72df580fcp-3, 0x1.24924923de6edp-2, 0x1.9999999999f17p-2, 0x1.5555555555555p-1};

} // namespace detail

// log1p(e) for e in [0, 1] or NaN (NaN stays NaN, 0 gives +0, a subnormal itself): within 1 ulp,
// as SLEEF's u10 log1p (the worst measured 0.90 ulp over 40 million random points against
// libquadmath's log1pq, half uniform on [0, 1] and half log-uniform on [2^−60, 1]; 0.86 over
// test_log1p_avx2's 1.17 million). Outside [0, 1] the result is meaningless: call it only where
// the argument is known to be there, and SLEEF's log1p elsewhere.
// The reduction is exact, so 1 + e is never rounded and needs no correction term:
// log1p(e) = k·ln 2 + log1p(f) with k = 0, f = e below e = 1/2, and k = 1, f = (e − 1)/2 from
// there (exact: e/2 − 1/2 by Sterbenz's lemma), f in [−1/4, 1/2], s = f/(2 + f) in
// [−1/7, 1/5]. Then log1p(f) = f − (f²/2 − s·(f²/2 + z·p(z))) as in fdlibm's log: the identity
// 2s = f − s·f leaves the rounded division only in a term of order f³. ln 2 is added in two
// parts (expminus.h's). One division and 21 other operations, no table, no branch, inline;
// SLEEF's u10 log1p is a call of several times that (double-double arithmetic). The split at
// 1/2 rather than at √2 − 1 (fdlibm's) is what makes f exact; it widens |s| from 0.172 to 0.2,
// which costs p one degree.
[[gnu::always_inline]] inline __m256d log1pOfUnit(__m256d e)
{
    const __m256d half = _mm256_set1_pd(0.5);
    const __m256d upper = _mm256_cmp_pd(e, half, _CMP_GE_OQ); // k = 1; false for NaN
    const __m256d f = _mm256_blendv_pd(e, _mm256_fmsub_pd(e, half, half), upper);
    const __m256d s = _mm256_div_pd(f, _mm256_add_pd(f, _mm256_set1_pd(2.0)));
    const __m256d z = _mm256_mul_pd(s, s);
    using detail::kLog1pP;
    __m256d p = _mm256_set1_pd(kLog1pP[0]);
    for (int i = 1; i < 8; ++i)
        p = _mm256_fmadd_pd(p, z, _mm256_set1_pd(kLog1pP[i]));
    const __m256d hfsq = _mm256_mul_pd(_mm256_mul_pd(half, f), f); // f²/2 (f/2 is exact)
    const __m256d kLn2High = _mm256_and_pd(upper, _mm256_set1_pd(expminus::kLn2High));
    const __m256d kLn2Low = _mm256_and_pd(upper, _mm256_set1_pd(expminus::kLn2Low));
    // k·ln2_hi − ((f²/2 − (s·(f²/2 + z·p) + k·ln2_lo)) − f), fdlibm's order.
    const __m256d small = _mm256_fmadd_pd(s, _mm256_fmadd_pd(z, p, hfsq), kLn2Low);
    return _mm256_sub_pd(kLn2High, _mm256_sub_pd(_mm256_sub_pd(hfsq, small), f));
}

} // namespace act::spankernels::avx2
