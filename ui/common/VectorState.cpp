// See VectorState.h.
#include "VectorState.h"

namespace vectorstate {

void clearUpperHalves()
{
#if defined(__x86_64__) || defined(__i386__)
    // An asm statement, not _mm256_zeroupper(): GCC drops that one where it believes the state
    // clean, and a function of its own would need -mavx for the intrinsic.
    static const bool hasAvx = __builtin_cpu_supports("avx");
    // The clobbers: should this be inlined into AVX code, no 256-bit value may live across it.
    if (hasAvx)
        asm volatile("vzeroupper" ::
                         : "xmm0", "xmm1", "xmm2", "xmm3", "xmm4", "xmm5", "xmm6", "xmm7", "xmm8",
                           "xmm9", "xmm10", "xmm11", "xmm12", "xmm13", "xmm14", "xmm15");
#endif
}

} // namespace vectorstate
