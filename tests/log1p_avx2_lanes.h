// See log1p_avx2_lanes.cpp.
#pragma once

namespace log1pavx2test {

// log1p on each of in's four lanes through core/log1pavx2.h (arguments in [0, 1] or NaN).
// Only on a CPU with AVX2 and FMA.
void log1pOfUnit(const double in[4], double out[4]);

} // namespace log1pavx2test
