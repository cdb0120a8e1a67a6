// A typed formula with its parameter values as an act::Activation, so the sampler, the CSV
// writer, softmax and the network maths take it like a catalogue function.
#pragma once

#include "activation.h"
#include "formula.h"

#include <vector>

namespace act {

class FormulaActivation final : public Activation
{
public:
    // Double: the plain automatic-differentiation pass (fast; what a plot draws first while a
    // slider moves). Accurate: Formula::accurate(), within 1e-12 wherever the true value is a
    // finite double.
    enum class Precision { Double, Accurate };

    // `params` has one value per formula.parameters() entry, or is empty for the defaults.
    FormulaActivation(Formula formula, std::vector<double> params,
                      Precision precision = Precision::Accurate)
        : m_formula(std::move(formula)), m_params(std::move(params)), m_precision(precision)
    {
        if (m_params.empty()) m_params = m_formula.defaultParameters();
    }

    const Formula &formula() const { return m_formula; }
    const std::vector<double> &parameters() const { return m_params; }
    Precision precision() const { return m_precision; }

    using Activation::evaluate;
    void evaluate(std::span<const double> x, std::span<double> f, std::span<double> d1,
                  std::span<double> d2) const override
    {
        if (m_precision == Precision::Accurate)
            m_formula.accurate(x, m_params, f, d1, d2);
        else
            m_formula.evaluate(x, m_params, f, d1, d2);
    }
    std::vector<Discontinuity> discontinuities(double lo, double hi) const override
    {
        return m_formula.kinks(m_params, lo, hi);
    }

private:
    Formula m_formula;
    std::vector<double> m_params;
    Precision m_precision;
};

} // namespace act
