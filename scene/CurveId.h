// What a plotted curve is: one of the catalogue's functions, or one of the scene's typed
// formulas (by the key the scene gave it). Nothing in the model or the scene file assumes a
// fixed set of functions; a FunctionId converts to a CurveId implicitly, as every catalogue
// function is a curve.
#pragma once

#include "activations.h"

#include <QHashFunctions>

#include <compare>

class CurveId
{
public:
    CurveId() = default; // the catalogue's first function
    CurveId(act::FunctionId function) : m_value(static_cast<int>(function)) {} // NOLINT
    // Keys start at 1 (Scene::addFormula hands them out).
    static CurveId formula(int key) { return CurveId(kFormulaBase + key); }

    bool isFormula() const { return m_value >= kFormulaBase; }
    bool isCatalogue() const { return !isFormula(); }
    // Only for catalogue curves.
    act::FunctionId function() const { return static_cast<act::FunctionId>(m_value); }
    // Only for formula curves.
    int formulaKey() const { return m_value - kFormulaBase; }
    int value() const { return m_value; } // unique among all curves; for hashing and sorting
    static CurveId fromValue(int value) { return CurveId(value); }

    friend auto operator<=>(const CurveId &, const CurveId &) = default;
    friend bool operator==(const CurveId &, const CurveId &) = default;
    friend bool operator==(const CurveId &a, act::FunctionId b) { return a == CurveId(b); }

private:
    static constexpr int kFormulaBase = 1 << 20;
    explicit CurveId(int value) : m_value(value) {}
    int m_value = 0;
};

inline size_t qHash(const CurveId &id, size_t seed = 0) noexcept
{
    return ::qHash(id.value(), seed);
}
