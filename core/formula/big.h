// A small value type over an MPFR number, so the generic jet code (jet.h) runs unchanged in
// arbitrary precision. New values take the thread's working precision (Big::Precision), which
// the refinement loop raises step by step. Internal to the formula library.
#pragma once

#include <mpfr.h>

#include <utility>

namespace act::formula {

class Big
{
public:
    // Sets the working precision for new values while it lives; restores the old one after.
    class Precision
    {
    public:
        explicit Precision(mpfr_prec_t bits) : m_old(current()) { current() = bits; }
        ~Precision() { current() = m_old; }
        Precision(const Precision &) = delete;
        Precision &operator=(const Precision &) = delete;

    private:
        mpfr_prec_t m_old;
    };
    static mpfr_prec_t precision() { return current(); }

    Big() { mpfr_init2(m_v, current()), mpfr_set_zero(m_v, 1); }
    Big(double d) { mpfr_init2(m_v, current()), mpfr_set_d(m_v, d, MPFR_RNDN); } // exact
    Big(const Big &o) { mpfr_init2(m_v, mpfr_get_prec(o.m_v)), mpfr_set(m_v, o.m_v, MPFR_RNDN); }
    Big(Big &&o) noexcept { mpfr_init2(m_v, MPFR_PREC_MIN), mpfr_swap(m_v, o.m_v); }
    Big &operator=(const Big &o)
    {
        if (this != &o) mpfr_set_prec(m_v, mpfr_get_prec(o.m_v)), mpfr_set(m_v, o.m_v, MPFR_RNDN);
        return *this;
    }
    Big &operator=(Big &&o) noexcept
    {
        mpfr_swap(m_v, o.m_v);
        return *this;
    }
    ~Big() { mpfr_clear(m_v); }

    // A decimal literal, correctly rounded to the working precision.
    static Big fromString(const char *text)
    {
        Big r;
        mpfr_set_str(r.m_v, text, 10, MPFR_RNDN);
        return r;
    }
    static Big pi()
    {
        Big r;
        mpfr_const_pi(r.m_v, MPFR_RNDN);
        return r;
    }
    double toDouble() const { return mpfr_get_d(m_v, MPFR_RNDN); }

    mpfr_ptr get() { return m_v; }
    mpfr_srcptr get() const { return m_v; }

private:
    static mpfr_prec_t &current()
    {
        thread_local mpfr_prec_t bits = 128;
        return bits;
    }
    mpfr_t m_v;
};

namespace bigdetail {
template <typename F> Big binary(const Big &a, const Big &b, F f)
{
    Big r;
    f(r.get(), a.get(), b.get(), MPFR_RNDN);
    return r;
}
template <typename F> Big unary(const Big &a, F f)
{
    Big r;
    f(r.get(), a.get(), MPFR_RNDN);
    return r;
}
} // namespace bigdetail

inline Big operator+(const Big &a, const Big &b)
{
    return bigdetail::binary(a, b, mpfr_add);
}
inline Big operator-(const Big &a, const Big &b)
{
    return bigdetail::binary(a, b, mpfr_sub);
}
inline Big operator*(const Big &a, const Big &b)
{
    return bigdetail::binary(a, b, mpfr_mul);
}
inline Big operator/(const Big &a, const Big &b)
{
    return bigdetail::binary(a, b, mpfr_div);
}
inline Big operator-(const Big &a)
{
    return bigdetail::unary(a, mpfr_neg);
}
inline bool operator<(const Big &a, const Big &b)
{
    return mpfr_less_p(a.get(), b.get());
}
inline bool operator>(const Big &a, const Big &b)
{
    return mpfr_greater_p(a.get(), b.get());
}
inline bool operator<=(const Big &a, const Big &b)
{
    return mpfr_lessequal_p(a.get(), b.get());
}
inline bool operator>=(const Big &a, const Big &b)
{
    return mpfr_greaterequal_p(a.get(), b.get());
}
inline bool operator==(const Big &a, const Big &b)
{
    return mpfr_equal_p(a.get(), b.get());
}

inline Big abs(const Big &a)
{
    return bigdetail::unary(a, mpfr_abs);
}
inline Big exp(const Big &a)
{
    return bigdetail::unary(a, mpfr_exp);
}
inline Big log(const Big &a)
{
    return bigdetail::unary(a, mpfr_log);
}
inline Big log1p(const Big &a)
{
    return bigdetail::unary(a, mpfr_log1p);
}
inline Big expm1(const Big &a)
{
    return bigdetail::unary(a, mpfr_expm1);
}
inline Big sqrt(const Big &a)
{
    return bigdetail::unary(a, mpfr_sqrt);
}
inline Big sin(const Big &a)
{
    return bigdetail::unary(a, mpfr_sin);
}
inline Big cos(const Big &a)
{
    return bigdetail::unary(a, mpfr_cos);
}
inline Big tan(const Big &a)
{
    return bigdetail::unary(a, mpfr_tan);
}
inline Big sinh(const Big &a)
{
    return bigdetail::unary(a, mpfr_sinh);
}
inline Big cosh(const Big &a)
{
    return bigdetail::unary(a, mpfr_cosh);
}
inline Big tanh(const Big &a)
{
    return bigdetail::unary(a, mpfr_tanh);
}
inline Big erf(const Big &a)
{
    return bigdetail::unary(a, mpfr_erf);
}
inline Big erfc(const Big &a)
{
    return bigdetail::unary(a, mpfr_erfc);
}
inline Big pow(const Big &a, const Big &b)
{
    return bigdetail::binary(a, b, mpfr_pow);
}
inline bool isnan(const Big &a)
{
    return mpfr_nan_p(a.get());
}
inline bool isfinite(const Big &a)
{
    return mpfr_number_p(a.get());
}
inline bool isInteger(const Big &a)
{
    return mpfr_integer_p(a.get());
}

} // namespace act::formula
