// The constants of the span kernels' inline 2^m·e^{−a·z}: those of expOfMinus in
// spankernels_avx512.cpp (a 16-entry table in registers), and ln 2 for expavx2.h too, whose
// larger table and shorter polynomial are its own (a gather costs the same for any table).
// Plain constants, no intrinsics.
#pragma once

namespace act::spankernels::expminus {

// −a·z = (k/N)·ln 2 + s (N = 16, or 256 on AVX2): 1/ln 2 for k, ln 2 in two parts for s
// (Cody–Waite).
inline constexpr double kInvLn2 = 0x1.71547652b82fep+0;
inline constexpr double kLn2High = 0x1.62e42fefa39efp-1;
inline constexpr double kLn2Low = 0x1.abc9e3b39803fp-56;

// 2^{j/16}, j = 0 … 15, rounded to nearest.
alignas(64) inline constexpr double kExp2Sixteenths[16] = {
    0x1p+0,
    0x1.0b5586cf9890fp+0,
    0x1.172b83c7d517bp+0,
    0x1.2387a6e756238p+0,
    0x1.306fe0a31b715p+0,
    0x1.3dea64c123422p+0,
    0x1.4bfdad5362a27p+0,
    0x1.5ab07dd485429p+0,
    0x1.6a09e667f3bcdp+0,
    0x1.7a11473eb0187p+0,
    0x1.8ace5422aa0dbp+0,
    0x1.9c49182a3f09p+0,
    0x1.ae89f995ad3adp+0,
    0x1.c199bdd85529cp+0,
    0x1.d5818dcfba487p+0,
    0x1.ea4afa2a490dap+0,
};

// e^s − 1 = s·q(s) for |s| ≤ ln2/32, q of degree 5 (Chebyshev interpolation in quad
// precision, truncation 1.4e−17 relative): kQ[i] is the coefficient of s^{5−i}. The kernels
// multiply kQ[i] by a^{6−i} to work in s/a, an exact scaling.
inline constexpr double kQ[6] = {0.0013889063441470963, 0.0083334729756037399, 0.041666666663595447,
                                 0.16666666664209684,   0.50000000000000011,   1.0000000000000007};

} // namespace act::spankernels::expminus
