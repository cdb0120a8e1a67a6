// Ends any dirty upper state of the AVX registers (vzeroupper) on CPUs that have AVX.
//
// Qt 6.4's 32-bit fill (QImage::fill, qt_memfill32's AVX2 version) returns with the upper halves
// of the YMM registers still in use. Until something clears them, every legacy SSE instruction
// after it pays for merging them: zlib's deflate and the PNG filter after a figure's background
// fill ran 2.8x slower (22 ms instead of 7.6 ms for a 1600x1000 figure), and every double in
// code built for baseline x86-64 is SSE. XGETBV(1) shows the state (bit 2) set after the fill.
#pragma once

namespace vectorstate {

// Cheap (one instruction, or nothing without AVX): call it after a Qt fill and before SSE work.
void clearUpperHalves();

} // namespace vectorstate
