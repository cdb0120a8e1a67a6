// "Compare with…" without a window: the difference current − compared of a scene, its largest
// magnitude over an x range and the readout that names it, for the plot, exports and tests.
#pragma once

#include "Scene.h"
#include "difference.h"

#include <QString>

#include <optional>
#include <span>

// "GELU − GELU (tanh)", or empty when the scene compares nothing.
QString comparisonName(const Scene &scene);
// f_current − f_compare at every x; false (nothing written) when the scene compares nothing.
bool comparisonValues(const Scene &scene, std::span<const double> x, std::span<double> out,
                      Precision precision = Precision::Accurate);
// The largest |current − compare| over [xMin, xMax] (act::maxAbsDifference).
std::optional<act::DifferenceMaximum> comparisonMaximum(const Scene &scene, double xMin,
                                                        double xMax,
                                                        Precision precision = Precision::Accurate);
// "max |GELU − GELU (tanh)| = 4.7×10⁻⁴ at x = −2.29" (tr()), or empty.
QString comparisonReadout(const Scene &scene, const std::optional<act::DifferenceMaximum> &max);
// 4.7×10⁻⁴, 0.031, −2.29: `digits` significant digits, powers of ten as superscripts and
// the true minus sign.
QString formatReadoutNumber(double value, int digits);
