// The one part of test_exp_avx2 built with -mavx2 -mfma: the AVX2 kernels' inline exp on four
// lanes. The test itself is built for the baseline CPU, so it can skip on one without AVX2
// before anything of AVX2 runs.
#include "exp_avx2_lanes.h"

#include "expavx2.h"

namespace expavx2test {

void expOfMinus(int variant, const double in[4], double out[4])
{
    const __m256d z = _mm256_loadu_pd(in);
    using act::spankernels::avx2::expOfMinus;
    const __m256d r = variant == 0   ? expOfMinus<0, 1>(z)
                      : variant == 1 ? expOfMinus<0, 2>(z)
                      : variant == 2 ? expOfMinus<-2, 2>(z)
                      : variant == 3 ? expOfMinus<0, 1, true>(z)
                      : variant == 4 ? expOfMinus<0, 2, true>(z)
                                     : expOfMinus<-2, 2, true>(z);
    _mm256_storeu_pd(out, r);
}

} // namespace expavx2test
