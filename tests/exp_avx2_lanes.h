// See exp_avx2_lanes.cpp.
#pragma once

namespace expavx2test {

// 2^m·e^{−a·z} on each of in's four lanes through core/expavx2.h, for the kernels' three
// instantiations: variant 0 is e^{−z} (m = 0, a = 1), 1 is e^{−2z}, 2 is e^{−2z}/4, and 3, 4, 5
// the same for z ≥ 0 only (nonNegative, as the kernels call them). Only on a CPU with AVX2 and FMA.
void expOfMinus(int variant, const double in[4], double out[4]);

} // namespace expavx2test
