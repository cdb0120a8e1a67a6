// The inline exponential of the AVX2+FMA span kernels (spankernels_avx2.cpp), in a header of
// its own so tests/test_exp_avx2.cpp can check it densely against libquadmath. Include only in
// translation units compiled with -mavx2 -mfma, and call only where the CPU has both.
#pragma once

#include "expminus.h"

#include <array>
#include <bit>
#include <cstdint>
#include <immintrin.h>

namespace act::spankernels::avx2 {

namespace detail {

// 2^{j/256}, j = 0 … 255, rounded to nearest (libquadmath's exp2q).
// clang-format off
inline constexpr double kExp2Fractions[256] = {
    0x1p+0, 0x1.00b1afa5abcbfp+0, 0x1.0163da9fb3335p+0, 0x1.02168143b0281p+0,
    0x1.02c9a3e778061p+0, 0x1.037d42e11bbccp+0, 0x1.04315e86e7f85p+0, 0x1.04e5f72f654b1p+0,
    0x1.059b0d3158574p+0, 0x1.0650a0e3c1f89p+0, 0x1.0706b29ddf6dep+0, 0x1.07bd42b72a836p+0,
    0x1.0874518759bc8p+0, 0x1.092bdf66607ep+0, 0x1.09e3ecac6f383p+0, 0x1.0a9c79b1f3919p+0,
    0x1.0b5586cf9890fp+0, 0x1.0c0f145e46c85p+0, 0x1.0cc922b7247f7p+0, 0x1.0d83b23395decp+0,
    0x1.0e3ec32d3d1a2p+0, 0x1.0efa55fdfa9c5p+0, 0x1.0fb66affed31bp+0, 0x1.1073028d7233ep+0,
    0x1.11301d0125b51p+0, 0x1.11edbab5e2ab6p+0, 0x1.12abdc06c31ccp+0, 0x1.136a814f204abp+0,
    0x1.1429aaea92dep+0, 0x1.14e95934f312ep+0, 0x1.15a98c8a58e51p+0, 0x1.166a45471c3c2p+0,
    0x1.172b83c7d517bp+0, 0x1.17ed48695bbcp+0, 0x1.18af9388c8deap+0, 0x1.1972658375d2fp+0,
    0x1.1a35beb6fcb75p+0, 0x1.1af99f8138a1cp+0, 0x1.1bbe084045cd4p+0, 0x1.1c82f95281c6bp+0,
    0x1.1d4873168b9aap+0, 0x1.1e0e75eb44027p+0, 0x1.1ed5022fcd91dp+0, 0x1.1f9c18438ce4dp+0,
    0x1.2063b88628cd6p+0, 0x1.212be3578a819p+0, 0x1.21f49917ddc96p+0, 0x1.22bdda27912d1p+0,
    0x1.2387a6e756238p+0, 0x1.2451ffb82140ap+0, 0x1.251ce4fb2a63fp+0, 0x1.25e85711ece75p+0,
    0x1.26b4565e27cddp+0, 0x1.2780e341ddf29p+0, 0x1.284dfe1f56381p+0, 0x1.291ba7591bb7p+0,
    0x1.29e9df51fdee1p+0, 0x1.2ab8a66d10f13p+0, 0x1.2b87fd0dad99p+0, 0x1.2c57e39771b2fp+0,
    0x1.2d285a6e4030bp+0, 0x1.2df961f641589p+0, 0x1.2ecafa93e2f56p+0, 0x1.2f9d24abd886bp+0,
    0x1.306fe0a31b715p+0, 0x1.31432edeeb2fdp+0, 0x1.32170fc4cd831p+0, 0x1.32eb83ba8ea32p+0,
    0x1.33c08b26416ffp+0, 0x1.3496266e3fa2dp+0, 0x1.356c55f929ff1p+0, 0x1.36431a2de883bp+0,
    0x1.371a7373aa9cbp+0, 0x1.37f26231e754ap+0, 0x1.38cae6d05d866p+0, 0x1.39a401b7140efp+0,
    0x1.3a7db34e59ff7p+0, 0x1.3b57fbfec6cf4p+0, 0x1.3c32dc313a8e5p+0, 0x1.3d0e544ede173p+0,
    0x1.3dea64c123422p+0, 0x1.3ec70df1c5175p+0, 0x1.3fa4504ac801cp+0, 0x1.40822c367a024p+0,
    0x1.4160a21f72e2ap+0, 0x1.423fb2709468ap+0, 0x1.431f5d950a897p+0, 0x1.43ffa3f84b9d4p+0,
    0x1.44e086061892dp+0, 0x1.45c2042a7d232p+0, 0x1.46a41ed1d0057p+0, 0x1.4786d668b3237p+0,
    0x1.486a2b5c13cdp+0, 0x1.494e1e192aed2p+0, 0x1.4a32af0d7d3dep+0, 0x1.4b17dea6db7d7p+0,
    0x1.4bfdad5362a27p+0, 0x1.4ce41b817c114p+0, 0x1.4dcb299fddd0dp+0, 0x1.4eb2d81d8abffp+0,
    0x1.4f9b2769d2ca7p+0, 0x1.508417f4531eep+0, 0x1.516daa2cf6642p+0, 0x1.5257de83f4eefp+0,
    0x1.5342b569d4f82p+0, 0x1.542e2f4f6ad27p+0, 0x1.551a4ca5d920fp+0, 0x1.56070dde910d2p+0,
    0x1.56f4736b527dap+0, 0x1.57e27dbe2c4cfp+0, 0x1.58d12d497c7fdp+0, 0x1.59c0827ff07ccp+0,
    0x1.5ab07dd485429p+0, 0x1.5ba11fba87a03p+0, 0x1.5c9268a5946b7p+0, 0x1.5d84590998b93p+0,
    0x1.5e76f15ad2148p+0, 0x1.5f6a320dceb71p+0, 0x1.605e1b976dc09p+0, 0x1.6152ae6cdf6f4p+0,
    0x1.6247eb03a5585p+0, 0x1.633dd1d1929fdp+0, 0x1.6434634ccc32p+0, 0x1.652b9febc8fb7p+0,
    0x1.6623882552225p+0, 0x1.671c1c70833f6p+0, 0x1.68155d44ca973p+0, 0x1.690f4b19e9538p+0,
    0x1.6a09e667f3bcdp+0, 0x1.6b052fa75173ep+0, 0x1.6c012750bdabfp+0, 0x1.6cfdcddd47645p+0,
    0x1.6dfb23c651a2fp+0, 0x1.6ef9298593ae5p+0, 0x1.6ff7df9519484p+0, 0x1.70f7466f42e87p+0,
    0x1.71f75e8ec5f74p+0, 0x1.72f8286ead08ap+0, 0x1.73f9a48a58174p+0, 0x1.74fbd35d7cbfdp+0,
    0x1.75feb564267c9p+0, 0x1.77024b1ab6e09p+0, 0x1.780694fde5d3fp+0, 0x1.790b938ac1cf6p+0,
    0x1.7a11473eb0187p+0, 0x1.7b17b0976cfdbp+0, 0x1.7c1ed0130c132p+0, 0x1.7d26a62ff86fp+0,
    0x1.7e2f336cf4e62p+0, 0x1.7f3878491c491p+0, 0x1.80427543e1a12p+0, 0x1.814d2add106d9p+0,
    0x1.82589994cce13p+0, 0x1.8364c1eb941f7p+0, 0x1.8471a4623c7adp+0, 0x1.857f4179f5b21p+0,
    0x1.868d99b4492edp+0, 0x1.879cad931a436p+0, 0x1.88ac7d98a6699p+0, 0x1.89bd0a478580fp+0,
    0x1.8ace5422aa0dbp+0, 0x1.8be05bad61778p+0, 0x1.8cf3216b5448cp+0, 0x1.8e06a5e0866d9p+0,
    0x1.8f1ae99157736p+0, 0x1.902fed0282c8ap+0, 0x1.9145b0b91ffc6p+0, 0x1.925c353aa2fe2p+0,
    0x1.93737b0cdc5e5p+0, 0x1.948b82b5f98e5p+0, 0x1.95a44cbc8520fp+0, 0x1.96bdd9a7670b3p+0,
    0x1.97d829fde4e5p+0, 0x1.98f33e47a22a2p+0, 0x1.9a0f170ca07bap+0, 0x1.9b2bb4d53fe0dp+0,
    0x1.9c49182a3f09p+0, 0x1.9d674194bb8d5p+0, 0x1.9e86319e32323p+0, 0x1.9fa5e8d07f29ep+0,
    0x1.a0c667b5de565p+0, 0x1.a1e7aed8eb8bbp+0, 0x1.a309bec4a2d33p+0, 0x1.a42c980460ad8p+0,
    0x1.a5503b23e255dp+0, 0x1.a674a8af46052p+0, 0x1.a799e1330b358p+0, 0x1.a8bfe53c12e59p+0,
    0x1.a9e6b5579fdbfp+0, 0x1.ab0e521356ebap+0, 0x1.ac36bbfd3f37ap+0, 0x1.ad5ff3a3c2774p+0,
    0x1.ae89f995ad3adp+0, 0x1.afb4ce622f2ffp+0, 0x1.b0e07298db666p+0, 0x1.b20ce6c9a8952p+0,
    0x1.b33a2b84f15fbp+0, 0x1.b468415b749b1p+0, 0x1.b59728de5593ap+0, 0x1.b6c6e29f1c52ap+0,
    0x1.b7f76f2fb5e47p+0, 0x1.b928cf22749e4p+0, 0x1.ba5b030a1064ap+0, 0x1.bb8e0b79a6f1fp+0,
    0x1.bcc1e904bc1d2p+0, 0x1.bdf69c3f3a207p+0, 0x1.bf2c25bd71e09p+0, 0x1.c06286141b33dp+0,
    0x1.c199bdd85529cp+0, 0x1.c2d1cd9fa652cp+0, 0x1.c40ab5fffd07ap+0, 0x1.c544778fafb22p+0,
    0x1.c67f12e57d14bp+0, 0x1.c7ba88988c933p+0, 0x1.c8f6d9406e7b5p+0, 0x1.ca3405751c4dbp+0,
    0x1.cb720dcef9069p+0, 0x1.ccb0f2e6d1675p+0, 0x1.cdf0b555dc3fap+0, 0x1.cf3155b5bab74p+0,
    0x1.d072d4a07897cp+0, 0x1.d1b532b08c968p+0, 0x1.d2f87080d89f2p+0, 0x1.d43c8eacaa1d6p+0,
    0x1.d5818dcfba487p+0, 0x1.d6c76e862e6d3p+0, 0x1.d80e316c98398p+0, 0x1.d955d71ff6075p+0,
    0x1.da9e603db3285p+0, 0x1.dbe7cd63a8315p+0, 0x1.dd321f301b46p+0, 0x1.de7d5641c0658p+0,
    0x1.dfc97337b9b5fp+0, 0x1.e11676b197d17p+0, 0x1.e264614f5a129p+0, 0x1.e3b333b16ee12p+0,
    0x1.e502ee78b3ff6p+0, 0x1.e653924676d76p+0, 0x1.e7a51fbc74c83p+0, 0x1.e8f7977cdb74p+0,
    0x1.ea4afa2a490dap+0, 0x1.eb9f4867cca6ep+0, 0x1.ecf482d8e67f1p+0, 0x1.ee4aaa218851p+0,
    0x1.efa1bee615a27p+0, 0x1.f0f9c1cb6412ap+0, 0x1.f252b376bba97p+0, 0x1.f3ac948dd7274p+0,
    0x1.f50765b6e454p+0, 0x1.f6632798844f8p+0, 0x1.f7bfdad9cbe14p+0, 0x1.f91d802243c89p+0,
    0x1.fa7c1819e90d8p+0, 0x1.fbdba3692d514p+0, 0x1.fd3c22b8f71f1p+0, 0x1.fe9d96b2a23d9p+0,
};
// clang-format on

// The table as expOfMinus gathers it: each entry's bits less j·2^44, so that adding t's bits
// shifted by 44 (k·2^44, k = 256·⌊k/256⌋ + j) gives 2^⌊k/256⌋·2^{j/256} in one integer addition.
alignas(64) inline constexpr std::array<std::int64_t, 256> kExp2FractionsLessIndex = [] {
    std::array<std::int64_t, 256> bits{};
    for (int j = 0; j < 256; ++j)
        bits[std::size_t(j)] =
            std::bit_cast<std::int64_t>(kExp2Fractions[j]) - (std::int64_t(j) << 44);
    return bits;
}();

// e^s − 1 = s·q(s) for |s| ≤ ln2/512, q of degree 3 (Chebyshev interpolation in quad precision;
// with these doubles 1 + s·q(s) is within 4.8e−18 relative of e^s): kQ[i] is the coefficient of
// s^{3−i}. The kernels multiply kQ[i] by a^{4−i} to work in s/a, an exact scaling.
inline constexpr double kQ[4] = {0x1.555556b3422ecp-5, 0x1.55555762389bdp-3, 0x1.ffffffffffff5p-2,
                                 0x1.fffffffffffep-1};

} // namespace detail

// 2^m·e^{−a·z} for a = 1 or 2 and any z (z = +∞ gives 0, z = −∞ gives +∞, NaN stays NaN):
// within 2 ulp where the result is normal (1.03 ulp the worst of 4 million random points against
// libquadmath, the 16-entry version 1.13), results below DBL_MIN or beyond DBL_MAX rounded once
// (to subnormals, 0 or +∞). −a·z = (k/256)·ln 2 + s with |s| ≤ ln2/512 (k by a rounding
// constant, ln 2 in two parts from expminus.h), e^{−a·z} = 2^⌊k/256⌋ · 2^{(k mod 256)/256} · e^s:
// the middle factor gathered from a 256-entry table (2 KiB) by the low bits of k, which the
// rounding constant leaves in t's significand, and e^s − 1 = s·q(s) with q of degree 3. Until
// 2026-12-03 this was the AVX-512 kernels' method (16 entries, degree 5): the larger table costs
// the same gather and saves two FMAs and a mask per register, 10–15% of sigmoid′ and tanh′.
// a is taken into the constants (s/a is computed and q's coefficients carry the powers of a),
// exact scalings. Where the result might leave the normal range (|a·z| > 700) or z is NaN, a
// rarely taken branch multiplies by two powers of two instead, exact but for the last one, so a
// subnormal result is rounded once; elsewhere 2^⌊k/256⌋ is added to the table entry's exponent
// bits before the multiplication by e^s (the table holds each entry less its index's share of k,
// so that is one integer addition, no mask), and 2^m multiplies the result.
// Always inlined: as a call it keeps the kernels' registers from living across it.
// With nonNegative the caller promises z ≥ 0 or NaN (e^{−|x|} and the like): the range check
// needs no |z| then. The clamps for z = ±∞ and beyond are in the rare branch, as a blend after
// the fact: recomputing there from clamped arguments made GCC duplicate the common path, and
// CSE of tanh's and sech²'s shared e^{−2|x|} was lost.
template <int m, int a, bool nonNegative = false>
[[gnu::always_inline]] inline __m256d expOfMinus(__m256d z)
{
    static_assert(a == 1 || a == 2);
    static_assert(m >= -4 && m <= 4);
    constexpr double kA = a;
    // ulp 1/256: t − shifter is −a·z/ln 2 rounded to a multiple of 1/256.
    const __m256d shifter = _mm256_set1_pd(0x1.8p44);
    const __m256d t = _mm256_fmadd_pd(z, _mm256_set1_pd(-kA * expminus::kInvLn2), shifter);
    const __m256d k256 = _mm256_sub_pd(t, shifter);                                 // k/256
    __m256d s = _mm256_fnmsub_pd(k256, _mm256_set1_pd(expminus::kLn2High / kA), z); // ln 2, high
    s = _mm256_fnmadd_pd(k256, _mm256_set1_pd(expminus::kLn2Low / kA), s);          // ln 2, low
    const __m256i tBits = _mm256_castpd_si256(t);
    const __m256i j = _mm256_and_si256(tBits, _mm256_set1_epi64x(255));
    // vpgatherqq merges into its destination (lanes whose mask bit is clear keep their value),
    // so the hardware waits for the destination register's last writer even under a full mask.
    // For the unmasked intrinsic GCC picks any free register as that destination, often one a
    // later, dependent step of the previous iteration wrote (softplus's log1p), which chains
    // the iterations: gather, exp, log1p, gather, … (softplus f 2.2 → 3.7 ms in a reduced loop,
    // up to 2.5 times in the kernels, varying with the surrounding code). The masked form with
    // a zero source makes GCC zero the destination (an idiom without dependency) first; the
    // mask is hidden from GCC, which otherwise turns a constant all-ones mask back into the
    // unmasked form.
    __m256i all = _mm256_set1_epi64x(-1);
    asm("" : "+x"(all));
    const __m256i entry = _mm256_mask_i64gather_epi64(
        _mm256_setzero_si256(),
        reinterpret_cast<const long long *>(detail::kExp2FractionsLessIndex.data()), j, all, 8);
    constexpr double a2 = kA * kA, a3 = a2 * kA, a4 = a3 * kA;
    using detail::kQ;
    __m256d q = _mm256_set1_pd(kQ[0] * a4);
    q = _mm256_fmadd_pd(q, s, _mm256_set1_pd(kQ[1] * a3));
    q = _mm256_fmadd_pd(q, s, _mm256_set1_pd(kQ[2] * a2));
    q = _mm256_fmadd_pd(q, s, _mm256_set1_pd(kQ[3] * kA));
    const __m256d absZ = nonNegative ? z : _mm256_andnot_pd(_mm256_set1_pd(-0.0), z);
    const __m256d outside = _mm256_cmp_pd(absZ, _mm256_set1_pd(700.0 / kA), _CMP_NLE_UQ);
    if (_mm256_movemask_pd(outside) == 0) [[likely]] {
        // t's bits are the shifter's plus k, whose low 20 bits the shift brings to the top (the
        // shifter's are zero there): k·2^44 modulo 2^64, which makes the entry
        // 2^⌊k/256⌋·2^{j/256}, normal here. The product by e^s is then exactly 2^⌊k/256⌋ times
        // the one of the unscaled entry.
        const __m256d scaled =
            _mm256_castsi256_pd(_mm256_add_epi64(entry, _mm256_slli_epi64(tBits, 44)));
        const __m256d r = _mm256_fmadd_pd(_mm256_mul_pd(scaled, s), q, scaled);
        // 2^m by a multiplication, exact here (r ≥ 2^−1010), after which tanh's e^{−2|x|} and
        // sech²'s e^{−2|x|}/4 still share everything. As an integer addition to r's exponent
        // bits (the 16-entry version's way) some builds of a microbenchmark on the Xeon ran
        // sech² three times slower (28 cycles a register instead of 9, depending on the
        // surrounding code); the multiplication never did.
        if constexpr (m == 0) return r;
        return _mm256_mul_pd(r, _mm256_set1_pd(m > 0 ? double(1 << m) : 1.0 / double(1 << -m)));
    }
    // The entry itself, 2^{j/256}, times e^s: r in [0.99, 2].
    const __m256d table = _mm256_castsi256_pd(_mm256_add_epi64(entry, _mm256_slli_epi64(j, 44)));
    const __m256d r = _mm256_fmadd_pd(_mm256_mul_pd(table, s), q, table);
    // n = ⌊k/256⌋ + m in [−1592, 1042] as n1 + n2 with both in [−796, 521], normal powers of two:
    // r·2^n1 is exact, ·2^n2 the one rounding.
    const __m256d n = _mm256_add_pd(_mm256_floor_pd(k256), _mm256_set1_pd(double(m)));
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
