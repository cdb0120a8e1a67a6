// CSV output shared by the command line and the GUI's data export: one x grid, and 17
// significant digits, so every double read back is the one written. Plain C++, no Qt.
#pragma once

#include <charconv>
#include <span>
#include <string>

namespace act {

// The i-th of `count` (>= 2) evenly spaced points from start to end: the ends exactly, the
// points in between at start + (end − start)·i/(count − 1).
inline double gridPoint(double start, double end, long long count, long long i)
{
    return i == count - 1
               ? end
               : start + (end - start) * static_cast<double>(i) / static_cast<double>(count - 1);
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
