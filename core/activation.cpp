#include "activation.h"

#include <algorithm>

namespace act {

Derivatives Activation::evaluate(double x) const
{
    Derivatives out{};
    evaluate(std::span(&x, 1), std::span(&out.f, 1), std::span(&out.d1, 1), std::span(&out.d2, 1));
    return out;
}

std::vector<Discontinuity> CatalogueActivation::discontinuities(double lo, double hi) const
{
    std::vector<Discontinuity> all = act::discontinuities(m_id, m_params);
    std::erase_if(all, [&](const Discontinuity &d) { return d.x < lo || d.x > hi; });
    return all;
}

} // namespace act
