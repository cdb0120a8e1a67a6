// The one number comparison the tests share (after LabPlot's tests/CommonTest.h): relative
// error against the expected value, with the absolute floor `tolerance` below magnitude 1.
#pragma once

#include <QString>
#include <QTest>

#include <algorithm>
#include <cmath>

namespace testsupport {

inline bool relativelyClose(double actual, double expected, double tolerance)
{
    if (std::isnan(expected)) return std::isnan(actual);
    if (std::isinf(expected)) return actual == expected;
    return std::abs(actual - expected) <= tolerance * std::max(1.0, std::abs(expected));
}

inline QString mismatch(double actual, double expected, double tolerance)
{
    return QStringLiteral("actual %1, expected %2 (relative tolerance %3)")
        .arg(actual, 0, 'g', 17)
        .arg(expected, 0, 'g', 17)
        .arg(tolerance, 0, 'g', 3);
}

} // namespace testsupport

// Fails the test with both numbers when they differ by more than `tolerance` (relative).
#define COMPARE_CLOSE(actual, expected, tolerance)                                                 \
    do {                                                                                           \
        const double compareActual_ = (actual);                                                    \
        const double compareExpected_ = (expected);                                                \
        QVERIFY2(                                                                                  \
            testsupport::relativelyClose(compareActual_, compareExpected_, (tolerance)),           \
            qPrintable(testsupport::mismatch(compareActual_, compareExpected_, (tolerance))));     \
    } while (false)
