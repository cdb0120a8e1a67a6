// The one part of test_log1p_avx2 built with -mavx2 -mfma: the AVX2 kernels' inline log1p on
// four lanes. The test itself is built for the baseline CPU, so it can skip on one without AVX2
// before anything of AVX2 runs.
#include "log1p_avx2_lanes.h"

#include "log1pavx2.h"

namespace log1pavx2test {

void log1pOfUnit(const double in[4], double out[4])
{
    _mm256_storeu_pd(out, act::spankernels::avx2::log1pOfUnit(_mm256_loadu_pd(in)));
}

} // namespace log1pavx2test
