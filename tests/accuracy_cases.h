// The cases test_accuracy runs over: each function's documented defaults and parameter count
// (written from the project brief, not taken from the catalogue under test), the parameter
// settings of the data-driven tests (defaults, the brief's values, slider extremes and
// combinations validate() accepts, and more extreme ones), and the points x each is checked
// at. The checks themselves are test_accuracy.cpp's.
#pragma once

#include "activations.h"

#include <QMetaType>
#include <QString>

#include <cstddef>
#include <vector>

Q_DECLARE_METATYPE(act::FunctionId)
Q_DECLARE_METATYPE(act::Parameters)

namespace accuracy {

// The brief's name of a function.
const char *name(act::FunctionId id);
act::Parameters params(double a = 0, double b = 0);
// The documented defaults (parameter order as documented).
act::Parameters documentedDefaults(act::FunctionId id);
std::size_t parameterCount(act::FunctionId id);
// "elu (0.5)": for test row names and messages.
QString describe(act::FunctionId id, const act::Parameters &p);

struct Setting
{
    act::FunctionId id;
    act::Parameters params;
    QString label;
};

// The settings every data-driven test runs over; extremeSettings() are added by some.
std::vector<Setting> settings();
std::vector<Setting> extremeSettings();
// v and −v.
void appendSigned(std::vector<double> &xs, double v);
// The columns "id" and "params" and a row per setting.
void addSettingRows(bool withExtremes = false);
// Several thousand points in [-1000, 1000], the kinks of id at p with their neighbours among them.
std::vector<double> accuracyGrid(act::FunctionId id, const act::Parameters &p);

} // namespace accuracy
