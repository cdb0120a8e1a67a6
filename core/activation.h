// One activation as everything that draws, writes or propagates it sees it: f, f', f'' on spans
// of x and the points where they jump. The catalogue's functions (CatalogueActivation, here)
// and typed formulas (act::FormulaActivation, core/formula/) both are one; the sampler, the CSV
// writer, softmax and the network maths take this, not a FunctionId. Plain C++20, no Qt.
#pragma once

#include "activations.h"

#include <span>
#include <vector>

namespace act {

class CatalogueActivation;

class Activation
{
public:
    virtual ~Activation() = default;

    // Any output span may be empty to skip it; a non-empty one has x.size() elements. Where
    // the function is undefined (a typed log(x) at x < 0) the values are NaN or infinite.
    virtual void evaluate(std::span<const double> x, std::span<double> f, std::span<double> d1,
                          std::span<double> d2) const = 0;
    Derivatives evaluate(double x) const;

    // The points in [lo, hi] where f or a derivative may jump, ascending in x (see
    // act::Discontinuity for the order).
    virtual std::vector<Discontinuity> discontinuities(double lo, double hi) const = 0;

    // The catalogue entry this is, or null: RReLU's training mode and closed forms need it.
    virtual const CatalogueActivation *catalogue() const { return nullptr; }
};

// A catalogue function with parameters that validate() accepts.
class CatalogueActivation final : public Activation
{
public:
    CatalogueActivation(FunctionId id, const Parameters &params) : m_id(id), m_params(params) {}
    explicit CatalogueActivation(FunctionId id) : CatalogueActivation(id, defaults(id)) {}

    FunctionId id() const { return m_id; }
    const Parameters &parameters() const { return m_params; }

    using Activation::evaluate;
    void evaluate(std::span<const double> x, std::span<double> f, std::span<double> d1,
                  std::span<double> d2) const override
    {
        act::evaluate(m_id, m_params, x, f, d1, d2);
    }
    std::vector<Discontinuity> discontinuities(double lo, double hi) const override;
    const CatalogueActivation *catalogue() const override { return this; }

private:
    FunctionId m_id;
    Parameters m_params;
};

} // namespace act
