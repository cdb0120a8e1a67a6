// CSV output shared by the command line and the GUI's data export: one x grid, and 17
// significant digits, so every double read back is the one written. Plain C++, no Qt.
#pragma once

#include <charconv>
#include <cmath>
#include <span>
#include <string>

namespace act {

// The i-th of `count` (>= 2) evenly spaced points from start to end (finite, start < end): the
// ends exactly, the points in between at start + (end − start)·i/(count − 1), non-decreasing in
// i. Where the width or width·i would overflow (e.g. −1e306:1e306, or −1.7e308:1.7e308 whose
// width itself is beyond DBL_MAX), the same formula runs on start and end scaled down by a power
// of two, which is exact at these magnitudes, and the result is scaled back up: every point is
// finite. Where width·(count − 1) is finite the unscaled formula is used, bit for bit as before.
inline double gridPoint(double start, double end, long long count, long long i)
{
    if (i == 0) return start;
    if (i == count - 1) return end;
    const double steps = static_cast<double>(count - 1);
    const double index = static_cast<double>(i);
    const double width = end - start;
    if (std::isfinite(width * steps)) return start + width * index / steps;
    // Scale 2^-k with 2^(k−1) >= count − 1, so (e − s)·i <= 2·DBL_MAX·2^-k·(count − 1) <= DBL_MAX.
    int k = 1;
    while (std::ldexp(1.0, k - 1) < steps)
        ++k;
    const double s = std::ldexp(start, -k);
    const double e = std::ldexp(end, -k);
    return std::ldexp(s + (e - s) * index / steps, k);
}

// Appends the values separated by commas, then a newline.
inline void appendCsvRow(std::string &out, std::span<const double> values)
{
    char buffer[32];
    for (std::size_t i = 0; i < values.size(); ++i) {
        if (i > 0) out.push_back(',');
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, values[i],
                                          std::chars_format::general, 17);
        out.append(buffer, result.ptr);
    }
    out.push_back('\n');
}

} // namespace act
